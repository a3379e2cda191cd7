/* lds-objectives-view.c: the chosen owner's objectives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the unit or person chosen in the organisation tree, the objectives
 * of the chosen cycle with their key results, progress and scores, and a
 * unit's people.
 */

#define G_LOG_DOMAIN "lds-objectives-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-format.h"
#include "lds-objectives-view.h"
#include "lds-record-object.h"
#include "lds-resources-private.h"
#include "lds-widgets.h"

struct _LdsObjectivesView
{
  GtkWidget          parent_instance;

  LdsContext        *context;
  GListStore        *objectives;
  GListStore        *people;
  GtkSizeGroup      *value_group;     /* lines up the values of every key result */
  LdsFileSettings    settings;

  /* Template widgets */
  GtkLabel          *objectives_empty;
  GtkLabel          *objectives_heading;
  GtkListBox        *objectives_list;
  GtkLabel          *owner_subtitle;
  GtkLabel          *owner_title;
  GtkLabel          *people_heading;
  GtkListBox        *people_list;
  GtkScrolledWindow *scroller;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static void lds_objectives_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsObjectivesView, lds_objectives_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW,
                                                      lds_objectives_view_view_init))

static GtkWidget *
key_result_row (LdsObjectivesView  *self,
                const LdsKeyResult *kr)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (kr->title);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *value_text = lds_format_kr_progress (kr);
  GtkWidget *value = gtk_label_new (value_text);
  double progress = lds_key_result_progress (kr);
  g_autofree char *accessible = NULL;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_widget_add_css_class (grid, "lds-kr-row");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), isnan (progress) ? 0.0 : progress);
  gtk_widget_set_size_request (bar, 120, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  accessible = g_strdup_printf ("%s: %s", kr->title, value_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_add_css_class (value, "numeric");
  gtk_size_group_add_widget (self->value_group, value);

  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), bar, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), lds_score_badge_new (lds_key_result_score (kr), &self->settings),
                   3, 0, 1, 1);
  return grid;
}

static GtkWidget *
create_objective_row (gpointer item,
                      gpointer user_data)
{
  LdsObjectivesView *self = user_data;
  LdsStore *store = lds_context_get_store (self->context);
  LdsObjective *o = lds_record_object_get_record (item);
  g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT,
                                                "objective_id", o->id, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = gtk_label_new (o->title);
  GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *row;
  double score;

  gtk_widget_add_css_class (box, "lds-objective");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "lds-objective-title");

  score = krs != NULL ? lds_objective_score ((LdsKeyResult * const *) krs->pdata, krs->len) : NAN;
  gtk_box_append (GTK_BOX (head), title);
  gtk_box_append (GTK_BOX (head), lds_score_badge_new (score, &self->settings));
  gtk_box_append (GTK_BOX (box), head);

  gtk_box_append (GTK_BOX (pills),
                  lds_pill_new (lds_enum_label (lds_objective_type_get_type (), o->type),
                                o->type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL ? "lds-aspirational"
                                                                           : "lds-committed"));
  gtk_box_append (GTK_BOX (pills),
                  lds_pill_new (lds_enum_label (lds_objective_status_get_type (), o->status), NULL));
  if (o->self_driven)
    gtk_box_append (GTK_BOX (pills), lds_pill_new (_("Self-driven"), "lds-self-driven"));
  if (o->visibility == LDS_VISIBILITY_PRIVATE)
    gtk_box_append (GTK_BOX (pills),
                    lds_pill_new (lds_enum_label (lds_visibility_get_type (), o->visibility), NULL));
  if (o->perspective != LDS_PERSPECTIVE_NONE)
    gtk_box_append (GTK_BOX (pills),
                    lds_pill_new (lds_enum_label (lds_perspective_get_type (), o->perspective), NULL));
  gtk_box_append (GTK_BOX (box), pills);

  if (krs == NULL || krs->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("No key results yet"));
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_widget_add_css_class (none, "dim-label");
      gtk_box_append (GTK_BOX (box), none);
    }
  else
    for (guint i = 0; i < krs->len; i++)
      gtk_box_append (GTK_BOX (box), key_result_row (self, g_ptr_array_index (krs, i)));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, o->title, -1);
  return row;
}

static GtkWidget *
create_person_row (gpointer item,
                   gpointer user_data)
{
  LdsPerson *person = lds_record_object_get_record (item);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *name = gtk_label_new (person->name);
  GtkWidget *row;

  gtk_widget_add_css_class (box, "lds-person");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("avatar-default-symbolic"));
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  if (person->champion)
    gtk_box_append (GTK_BOX (box), lds_pill_new (_("Champion"), "lds-champion"));
  gtk_box_append (GTK_BOX (box),
                  lds_pill_new (lds_enum_label (lds_role_get_type (), person->role), NULL));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill (GListStore    *list,
      GPtrArray     *records,
      LdsRecordType  type,
      LdsId          cycle_id)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; records != NULL && i < records->len; i++)
    {
      gpointer record = g_ptr_array_index (records, i);

      if (type == LDS_RECORD_OBJECTIVE && ((LdsObjective *) record)->cycle_id != cycle_id)
        continue;
      g_ptr_array_add (items, lds_record_object_new (type, lds_record_copy (type, record)));
    }
  g_list_store_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                       items->pdata, items->len);
}

static char *
owner_subtitle (LdsStore      *store,
                LdsRecordType  type,
                gpointer       record)
{
  if (type == LDS_RECORD_UNIT)
    return g_strdup (lds_enum_label (lds_unit_kind_get_type (), ((LdsUnit *) record)->kind));
  else
    {
      LdsPerson *person = record;
      g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, person->unit_id, NULL);

      /* Translators: a person's role and unit, as in "Manager · Sales" */
      return g_strdup_printf (_("%1$s · %2$s"), lds_enum_label (lds_role_get_type (), person->role),
                              unit != NULL ? unit->name : "");
    }
}

static void
refresh (LdsObjectivesView *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL)
                                            : NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GPtrArray) people = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  gpointer owner = NULL;
  guint n_objectives, n_people;

  lds_store_get_file_settings (store, &self->settings);

  if (owner_id != 0)
    owner = lds_store_get (store, type, owner_id, NULL);
  if (owner == NULL)
    {
      g_list_store_remove_all (self->objectives);
      g_list_store_remove_all (self->people);
      gtk_widget_set_visible (GTK_WIDGET (self->scroller), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->scroller), TRUE);

  gtk_label_set_label (self->owner_title, type == LDS_RECORD_UNIT ? ((LdsUnit *) owner)->name
                                                                  : ((LdsPerson *) owner)->name);
  subtitle = owner_subtitle (store, type, owner);
  gtk_label_set_label (self->owner_subtitle, subtitle);

  objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE,
                                  type == LDS_RECORD_UNIT ? "owner_unit_id" : "owner_person_id",
                                  owner_id, NULL);
  fill (self->objectives, objectives, LDS_RECORD_OBJECTIVE, cycle_id);
  if (type == LDS_RECORD_UNIT)
    people = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id", owner_id, NULL);
  fill (self->people, people, LDS_RECORD_PERSON, 0);
  lds_record_free (type, owner);

  n_objectives = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  if (cycle != NULL)
    /* Translators: %s is the name of a cycle, such as "2027 Q1" */
    heading = g_strdup_printf (_("Objectives in %s"), cycle->name);
  else
    heading = g_strdup (_("Objectives"));
  gtk_label_set_label (self->objectives_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_list), n_objectives > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_empty), n_objectives == 0);
  gtk_label_set_label (self->objectives_empty,
                       cycle != NULL ? _("No objectives in this cycle yet.")
                                     : _("This organisation has no cycles yet."));
  gtk_widget_set_visible (GTK_WIDGET (self->people_heading), n_people > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->people_list), n_people > 0);
}

static void
context_changed_cb (LdsObjectivesView *self)
{
  refresh (self);
}

static void
store_changed_cb (LdsObjectivesView *self,
                  LdsChanges        *changes)
{
  refresh (self);
}

/* LdsView */

static GVariant *
lds_objectives_view_save_state (LdsView *view)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (view);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  return g_variant_new ("(d)", gtk_adjustment_get_value (adjustment));
}

static void
lds_objectives_view_restore_state (LdsView  *view,
                                   GVariant *state)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (view);
  double scroll = 0;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(d)")))
    return;
  g_variant_get (state, "(d)", &scroll);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
}

static void
lds_objectives_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_objectives_view_save_state;
  iface->restore_state = lds_objectives_view_restore_state;
}

/* GObject */

static void
lds_objectives_view_constructed (GObject *object)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  G_OBJECT_CLASS (lds_objectives_view_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  gtk_list_box_bind_model (self->objectives_list, G_LIST_MODEL (self->objectives),
                           create_objective_row, self, NULL);
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people),
                           create_person_row, self, NULL);

  g_signal_connect_object (self->context, "notify::owner-id",
                           G_CALLBACK (context_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id",
                           G_CALLBACK (context_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (lds_context_get_store (self->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  refresh (self);
}

static void
lds_objectives_view_dispose (GObject *object)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_OBJECTIVES_VIEW);
  g_clear_object (&self->objectives);
  g_clear_object (&self->people);
  g_clear_object (&self->value_group);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_objectives_view_parent_class)->dispose (object);
}

static void
lds_objectives_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_objectives_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LdsObjectivesView *self = LDS_OBJECTIVES_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_objectives_view_class_init (LdsObjectivesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_objectives_view_constructed;
  object_class->dispose = lds_objectives_view_dispose;
  object_class->get_property = lds_objectives_view_get_property;
  object_class->set_property = lds_objectives_view_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lds-objectives-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, owner_title);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, people_list);
  gtk_widget_class_bind_template_child (widget_class, LdsObjectivesView, scroller);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lds_objectives_view_init (LdsObjectivesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->objectives = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->people = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->value_group = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
}

GtkWidget *
lds_objectives_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_OBJECTIVES_VIEW, "context", context, NULL);
}
