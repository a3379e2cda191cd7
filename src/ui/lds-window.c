/* lds-window.c: the main window of one organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sidebar holds the cycle selector and the organisation as a tree
 * (company → departments → teams → people); the content shows the selected
 * unit's or person's objectives in the selected cycle, with their key
 * results, progress and scores. The window follows the store's ::changed
 * signal, so an undo, another window or an import is seen at once.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-org-model.h"
#include "lds-record-object.h"
#include "lds-resources-private.h"
#include "lds-score.h"
#include "lds-window.h"

struct _LdsWindow
{
  GtkApplicationWindow  parent_instance;

  LdsStore             *store;
  GSettings            *settings;
  GListStore           *cycles;
  LdsOrgModel          *org_model;
  GtkSingleSelection   *org_selection;
  GListStore           *objectives;
  GListStore           *people;
  gboolean              reloading;

  /* Template widgets */
  GtkDropDown          *cycle_dropdown;
  GtkStack             *content_stack;
  GtkLabel             *empty_body;
  GtkLabel             *empty_title;
  GtkLabel             *objectives_empty;
  GtkLabel             *objectives_heading;
  GtkListBox           *objectives_list;
  GtkLabel             *owner_subtitle;
  GtkLabel             *owner_title;
  GtkListView          *org_view;
  GtkPaned             *paned;
  GtkLabel             *people_heading;
  GtkListBox           *people_list;
  GtkMenuButton        *primary_menu_button;
  GMenu                *recent_submenu;
  GtkLabel             *subtitle_label;
  GtkLabel             *title_label;
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsWindow, lds_window, GTK_TYPE_APPLICATION_WINDOW)

static void refresh_content (LdsWindow *self);

/* Helpers */

static LdsRecordObject *
selected_owner (LdsWindow *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->org_selection);

  if (row == NULL)
    return NULL;
  return gtk_tree_list_row_get_item (row);
}

static void
update_title (LdsWindow *self)
{
  const char *path = lds_store_get_path (self->store);
  g_autofree char *basename = path != NULL ? g_filename_display_basename (path) : NULL;
  const char *company = lds_org_model_get_company_name (self->org_model);

  gtk_label_set_label (self->title_label, company != NULL ? company : _("Lodestar"));
  gtk_label_set_label (self->subtitle_label, basename != NULL ? basename : "");
  gtk_window_set_title (GTK_WINDOW (self), company != NULL ? company : _("Lodestar"));
}

/* The cycle a person would expect: the shortest active cycle that contains
 * today, else the latest that has started, else the first. */
static guint
default_cycle_position (LdsWindow *self)
{
  g_autofree char *today = lds_today ();
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cycles));
  guint best = 0;
  int best_span = G_MAXINT;
  gboolean found = FALSE;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (G_LIST_MODEL (self->cycles), i);
      LdsCycle *cycle = lds_record_object_get_record (item);
      int span = lds_date_days_between (cycle->start_date, cycle->end_date);

      if (g_strcmp0 (cycle->start_date, today) <= 0 && g_strcmp0 (today, cycle->end_date) <= 0 &&
          cycle->state != LDS_CYCLE_STATE_CLOSED && span < best_span)
        {
          best = i;
          best_span = span;
          found = TRUE;
        }
    }
  if (found)
    return best;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (G_LIST_MODEL (self->cycles), i);
      LdsCycle *cycle = lds_record_object_get_record (item);

      if (g_strcmp0 (cycle->start_date, today) <= 0)
        best = i;
    }
  return best;
}

static void
reload_cycles (LdsWindow *self)
{
  g_autoptr(GPtrArray) cycles = lds_store_list (self->store, LDS_RECORD_CYCLE, NULL);
  LdsId previous = lds_window_get_cycle_id (self);
  guint position = GTK_INVALID_LIST_POSITION;

  g_list_store_remove_all (self->cycles);
  if (cycles == NULL)
    return;

  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);
      g_autoptr(LdsRecordObject) item = NULL;

      if (cycle->id == previous)
        position = i;
      item = lds_record_object_new (LDS_RECORD_CYCLE, lds_cycle_copy (cycle));
      g_list_store_append (self->cycles, item);
    }

  if (position == GTK_INVALID_LIST_POSITION)
    position = default_cycle_position (self);
  gtk_drop_down_set_selected (self->cycle_dropdown, position);
}

static GtkWidget *
score_badge (double score)
{
  static const char * const classes[] = { "lds-score-none", "lds-score-red", "lds-score-amber",
                                          "lds-score-green" };
  g_autofree char *text = lds_format_score (score, LDS_SCORE_SCALE_DECIMAL);
  GtkWidget *label = gtk_label_new (text);
  LdsScoreBand band = lds_score_band (score, NULL);

  gtk_widget_add_css_class (label, "lds-score");
  gtk_widget_add_css_class (label, classes[band]);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (label, lds_enum_label (lds_score_band_get_type (), band));
  return label;
}

static char *
format_value (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  return g_strdup_printf ("%.1f", value);
}

/* "32 / 50 customers", "done", "not done" */
static char *
format_progress (const LdsKeyResult *kr)
{
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;

  if (kr->metric == LDS_METRIC_MILESTONE)
    return g_strdup (kr->current_value >= 1.0 ? C_("milestone", "Done") : C_("milestone", "Not done"));

  current = format_value (kr->current_value);
  target = format_value (kr->target_value);
  if (kr->unit_label != NULL && *kr->unit_label != '\0')
    /* Translators: a key result's progress: current value / target value and its unit,
     * as in "32 / 50 customers" */
    return g_strdup_printf (_("%1$s / %2$s %3$s"), current, target, kr->unit_label);
  /* Translators: a key result's progress: current value / target value */
  return g_strdup_printf (_("%1$s / %2$s"), current, target);
}

static GtkWidget *
key_result_row (const LdsKeyResult *kr)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (kr->title);
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *value_text = format_progress (kr);
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
  gtk_widget_set_size_request (value, 130, -1);
  gtk_widget_add_css_class (value, "numeric");

  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), bar, 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), value, 2, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), score_badge (lds_key_result_score (kr)), 3, 0, 1, 1);
  return grid;
}

static GtkWidget *
pill (const char *text,
      const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "lds-pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

static GtkWidget *
create_objective_row (gpointer item,
                      gpointer user_data)
{
  LdsWindow *self = user_data;
  LdsObjective *o = lds_record_object_get_record (item);
  g_autoptr(GPtrArray) krs = lds_store_list_by (self->store, LDS_RECORD_KEY_RESULT,
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
  gtk_box_append (GTK_BOX (head), score_badge (score));
  gtk_box_append (GTK_BOX (box), head);

  gtk_box_append (GTK_BOX (pills), pill (lds_enum_label (lds_objective_type_get_type (), o->type),
                                         o->type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL
                                           ? "lds-aspirational" : "lds-committed"));
  gtk_box_append (GTK_BOX (pills),
                  pill (lds_enum_label (lds_objective_status_get_type (), o->status), NULL));
  if (o->self_driven)
    gtk_box_append (GTK_BOX (pills), pill (_("Self-driven"), "lds-self-driven"));
  if (o->visibility == LDS_VISIBILITY_PRIVATE)
    gtk_box_append (GTK_BOX (pills), pill (C_("visibility", "Private"), NULL));
  if (o->perspective != LDS_PERSPECTIVE_NONE)
    gtk_box_append (GTK_BOX (pills),
                    pill (lds_enum_label (lds_perspective_get_type (), o->perspective), NULL));
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
      gtk_box_append (GTK_BOX (box), key_result_row (g_ptr_array_index (krs, i)));

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
    gtk_box_append (GTK_BOX (box), pill (_("Champion"), "lds-champion"));
  gtk_box_append (GTK_BOX (box), pill (lds_enum_label (lds_role_get_type (), person->role), NULL));

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static void
fill_objectives (LdsWindow       *self,
                 LdsRecordObject *owner,
                 LdsId            cycle_id)
{
  LdsRecordType kind = lds_record_object_get_kind (owner);
  g_autoptr(GPtrArray) objectives =
    lds_store_list_by (self->store, LDS_RECORD_OBJECTIVE,
                       kind == LDS_RECORD_UNIT ? "owner_unit_id" : "owner_person_id",
                       lds_record_object_get_id (owner), NULL);

  g_list_store_remove_all (self->objectives);
  if (objectives == NULL)
    return;
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(LdsRecordObject) item = NULL;

      if (o->cycle_id != cycle_id)
        continue;
      item = lds_record_object_new (LDS_RECORD_OBJECTIVE, lds_objective_copy (o));
      g_list_store_append (self->objectives, item);
    }
}

static void
fill_people (LdsWindow       *self,
             LdsRecordObject *owner)
{
  g_autoptr(GPtrArray) people = NULL;

  g_list_store_remove_all (self->people);
  if (lds_record_object_get_kind (owner) != LDS_RECORD_UNIT)
    return;
  people = lds_store_list_by (self->store, LDS_RECORD_PERSON, "unit_id",
                              lds_record_object_get_id (owner), NULL);
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      g_autoptr(LdsRecordObject) item =
        lds_record_object_new (LDS_RECORD_PERSON, lds_person_copy (g_ptr_array_index (people, i)));
      g_list_store_append (self->people, item);
    }
}

static void
refresh_content (LdsWindow *self)
{
  g_autoptr(LdsRecordObject) owner = selected_owner (self);
  g_autoptr(LdsRecordObject) cycle = gtk_drop_down_get_selected_item (self->cycle_dropdown) != NULL
    ? g_object_ref (gtk_drop_down_get_selected_item (self->cycle_dropdown)) : NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  guint n_objectives, n_people;

  if (owner == NULL)
    {
      gtk_stack_set_visible_child_name (self->content_stack, "empty");
      return;
    }

  gtk_label_set_label (self->owner_title, lds_record_object_get_title (owner));
  if (lds_record_object_get_kind (owner) == LDS_RECORD_UNIT)
    {
      LdsUnit *unit = lds_record_object_get_record (owner);
      subtitle = g_strdup (lds_enum_label (lds_unit_kind_get_type (), unit->kind));
    }
  else
    {
      LdsPerson *person = lds_record_object_get_record (owner);
      const char *unit_name = lds_org_model_get_unit_name (self->org_model, person->unit_id);
      /* Translators: a person's role and unit, as in "Manager · Sales" */
      subtitle = g_strdup_printf (_("%1$s · %2$s"), lds_enum_label (lds_role_get_type (), person->role),
                                  unit_name != NULL ? unit_name : "");
    }
  gtk_label_set_label (self->owner_subtitle, subtitle);

  fill_objectives (self, owner, cycle != NULL ? lds_record_object_get_id (cycle) : 0);
  fill_people (self, owner);

  n_objectives = g_list_model_get_n_items (G_LIST_MODEL (self->objectives));
  n_people = g_list_model_get_n_items (G_LIST_MODEL (self->people));
  if (cycle != NULL)
    /* Translators: %s is the name of a cycle, such as "2027 Q1" */
    heading = g_strdup_printf (_("Objectives in %s"), lds_record_object_get_title (cycle));
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

  gtk_stack_set_visible_child_name (self->content_stack, "owner");
}

/* Signal callbacks */

static void
store_changed_cb (LdsWindow  *self,
                  LdsChanges *changes,
                  LdsStore   *store)
{
  if (lds_changes_has_type (changes, LDS_RECORD_CYCLE))
    reload_cycles (self);
  if (lds_changes_has_type (changes, LDS_RECORD_UNIT) ||
      lds_changes_has_type (changes, LDS_RECORD_PERSON))
    {
      g_autoptr(LdsRecordObject) owner = selected_owner (self);

      /* Keep the same unit or person selected across the reload. */
      self->reloading = TRUE;
      lds_org_model_reload (self->org_model);
      self->reloading = FALSE;
      if (owner == NULL ||
          !lds_window_select_owner (self, lds_record_object_get_kind (owner),
                                    lds_record_object_get_id (owner)))
        gtk_single_selection_set_selected (self->org_selection, 0);
      update_title (self);
    }
  refresh_content (self);
}

static void
selection_changed_cb (LdsWindow *self)
{
  if (!self->reloading)
    refresh_content (self);
}

static gboolean
close_request_cb (LdsWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->paned));
  return FALSE;
}

/* GObject */

static void
lds_window_constructed (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);
  g_autoptr(GtkExpression) expression = NULL;
  LdsApplication *app;

  G_OBJECT_CLASS (lds_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);

  app = LDS_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  if (app != NULL)
    g_menu_append_section (self->recent_submenu, NULL, lds_application_get_recent_menu (app));

  expression = gtk_property_expression_new (LDS_TYPE_RECORD_OBJECT, NULL, "title");
  gtk_drop_down_set_expression (self->cycle_dropdown, expression);
  gtk_drop_down_set_model (self->cycle_dropdown, G_LIST_MODEL (self->cycles));

  self->org_model = lds_org_model_new (self->store);
  self->org_selection = gtk_single_selection_new (
    G_LIST_MODEL (g_object_ref (lds_org_model_get_tree (self->org_model))));
  gtk_list_view_set_model (self->org_view, GTK_SELECTION_MODEL (self->org_selection));

  gtk_list_box_bind_model (self->objectives_list, G_LIST_MODEL (self->objectives),
                           create_objective_row, self, NULL);
  gtk_list_box_bind_model (self->people_list, G_LIST_MODEL (self->people),
                           create_person_row, self, NULL);

  reload_cycles (self);
  update_title (self);

  g_signal_connect_object (self->org_selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->org_selection, "items-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cycle_dropdown, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  refresh_content (self);
}

static void
lds_window_dispose (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);

  g_clear_object (&self->org_selection);
  g_clear_object (&self->org_model);

  G_OBJECT_CLASS (lds_window_parent_class)->dispose (object);
}

static void
lds_window_finalize (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cycles);
  g_clear_object (&self->objectives);
  g_clear_object (&self->people);

  G_OBJECT_CLASS (lds_window_parent_class)->finalize (object);
}

static void
lds_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LdsWindow *self = LDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LdsWindow *self = LDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_window_class_init (LdsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_window_constructed;
  object_class->dispose = lds_window_dispose;
  object_class->finalize = lds_window_finalize;
  object_class->get_property = lds_window_get_property;
  object_class->set_property = lds_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LDS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LDS_TYPE_RECORD_OBJECT);
  lds_ensure_resources ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, cycle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, empty_body);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, empty_title);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, objectives_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, objectives_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, org_view);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, owner_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, owner_title);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, people_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, title_label);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "menu.popup", NULL);
}

static void
lds_window_init (LdsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  self->cycles = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->objectives = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->people = g_list_store_new (LDS_TYPE_RECORD_OBJECT);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

LdsWindow *
lds_window_new (LdsApplication *application,
                LdsStore       *store)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  return g_object_new (LDS_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

LdsStore *
lds_window_get_store (LdsWindow *self)
{
  g_return_val_if_fail (LDS_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * lds_window_get_cycle_id:
 *
 * Returns: the cycle the window shows, or 0 when the organisation has none
 */
LdsId
lds_window_get_cycle_id (LdsWindow *self)
{
  gpointer item;

  g_return_val_if_fail (LDS_IS_WINDOW (self), 0);

  item = gtk_drop_down_get_selected_item (self->cycle_dropdown);
  return item != NULL ? lds_record_object_get_id (item) : 0;
}

/**
 * lds_window_select_owner:
 * @type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 *
 * Selects a unit or person in the organisation tree, expanding the rows
 * above it. Returns whether it was found.
 */
gboolean
lds_window_select_owner (LdsWindow     *self,
                         LdsRecordType  type,
                         LdsId          id)
{
  guint position;

  g_return_val_if_fail (LDS_IS_WINDOW (self), FALSE);

  position = lds_org_model_expand_to (self->org_model, type, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->org_selection, position);
  return TRUE;
}
