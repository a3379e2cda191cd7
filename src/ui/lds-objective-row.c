/* lds-objective-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-objective-row"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-coach-badge.h"
#include "lds-format.h"
#include "lds-inline-title.h"
#include "lds-objective-row-private.h"
#include "lds-score.h"
#include "lds-store-align.h"
#include "lds-widgets.h"


struct _LdsObjectiveRow
{
  GtkListBoxRow  parent_instance;

  LdsId          id;
  GtkWidget     *title;       /* LdsInlineTitle */
  GtkWidget     *kr_list;     /* GtkListBox, or NULL */
  GtkWidget     *add_entry;
  gboolean       past;        /* a day looked back at: nothing to edit */
};

G_DEFINE_FINAL_TYPE (LdsObjectiveRow, lds_objective_row, GTK_TYPE_LIST_BOX_ROW)


/* Shortcuts and actions */

static void
add_shortcut (GtkEventController *controller,
              const char         *trigger,
              const char         *action,
              GVariant           *arguments)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                            gtk_named_action_new (action));

  gtk_shortcut_set_arguments (shortcut, arguments);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
}

static gboolean
rename_cb (GtkWidget *widget,
           GVariant  *arguments,
           gpointer   user_data)
{
  LdsObjectiveRow *self = LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (widget,
                                                                       LDS_TYPE_OBJECTIVE_ROW));

  if (self->past)
    return FALSE;
  return lds_objective_row_rename (self, GTK_IS_LIST_BOX_ROW (widget) && widget != GTK_WIDGET (self)
                                           ? KR_ID (widget) : 0);
}

static gboolean
focus_add_cb (GtkWidget *widget,
              GVariant  *arguments,
              gpointer   user_data)
{
  return lds_objective_row_focus_part (LDS_OBJECTIVE_ROW (widget), LDS_ROW_PART_ADD_KEY_RESULT, 0);
}

static void
add_callback_shortcut (GtkEventController *controller,
                       const char         *trigger,
                       GtkShortcutFunc     callback)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_callback_action_new (callback, NULL,
                                                                                   NULL)));
}

static void
title_commit_cb (LdsInlineTitle *title,
                 const char     *text,
                 gpointer        data)
{
  LdsId id = (LdsId) GPOINTER_TO_SIZE (data);
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (title), GTK_TYPE_LIST_BOX_ROW);

  gtk_widget_activate_action (GTK_WIDGET (title),
                              LDS_IS_OBJECTIVE_ROW (row) ? "workspace.rename-objective"
                                                         : "workspace.rename-key-result",
                              "(xs)", id, text);
}

static GtkWidget *
key_result_row (const LdsObjectiveRowData *data,
                const LdsKeyResult        *kr)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = lds_inline_title_new (kr->title);
  GtkWidget *owner;
  GtkWidget *bar = gtk_progress_bar_new ();
  g_autofree char *value_text = lds_format_kr_progress (kr);
  GtkWidget *value = gtk_label_new (value_text);
  GtkWidget *badge;
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  const char *owner_name = kr->owner_id != 0 ? g_hash_table_lookup (data->people,
                                                                    GSIZE_TO_POINTER (kr->owner_id))
                                             : NULL;
  double progress = lds_key_result_progress (kr);
  g_autofree char *accessible = NULL;
  int column = 0;

  g_object_set_data (G_OBJECT (row), "lds-id", GSIZE_TO_POINTER ((gsize) kr->id));
  gtk_widget_add_css_class (grid, "lds-kr-row");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);

  {
    GtkWidget *handle = _lds_row_handle_new (DRAG_KEY_RESULT);

    gtk_widget_set_visible (handle, !data->past);
    gtk_grid_attach (GTK_GRID (grid), handle, column++, 0, 1, 1);
  }
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "lds-kr-title");
  g_signal_connect (title, "commit", G_CALLBACK (title_commit_cb),
                    GSIZE_TO_POINTER ((gsize) kr->id));
  gtk_grid_attach (GTK_GRID (grid), title, column++, 0, 1, 1);
  /* The coach's count at the end of the title's line, as an objective's
   * sits by its score: not a line of its own under every key result */
  if (data->coach != NULL)
    gtk_grid_attach (GTK_GRID (grid), lds_coach_badge_new (data->coach, LDS_RECORD_KEY_RESULT, kr->id),
                     column++, 0, 1, 1);

  owner = gtk_label_new (owner_name != NULL ? owner_name : "");
  gtk_label_set_ellipsize (GTK_LABEL (owner), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (owner), 4);
  /* Most full names whole ("Laura Fitzgerald"); longer ones ellipsized, whole in the tooltip */
  gtk_label_set_max_width_chars (GTK_LABEL (owner), 16);
  gtk_widget_add_css_class (owner, "dim-label");
  gtk_widget_add_css_class (owner, "lds-kr-owner");
  gtk_widget_set_tooltip_text (owner, owner_name != NULL ? owner_name : _("No owner yet"));
  gtk_label_set_xalign (GTK_LABEL (owner), 1);
  gtk_size_group_add_widget (data->owner_group, owner);
  gtk_grid_attach (GTK_GRID (grid), owner, column++, 0, 1, 1);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (bar), isnan (progress) ? 0.0 : progress);
  gtk_widget_set_size_request (bar, 64, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), bar, column++, 0, 1, 1);

  gtk_label_set_xalign (GTK_LABEL (value), 1);
  gtk_widget_add_css_class (value, "numeric");
  gtk_size_group_add_widget (data->value_group, value);
  gtk_grid_attach (GTK_GRID (grid), value, column++, 0, 1, 1);

  /* A column is kept where a key result has nothing to show, so that the
   * columns line up. */
  badge = _lds_row_served_badge (data, kr->id);
  if (badge == NULL)
    badge = gtk_label_new (NULL);
  gtk_size_group_add_widget (data->served_group, badge);
  gtk_grid_attach (GTK_GRID (grid), badge, column++, 0, 1, 1);
  if (kr->confidence < 0)
    {
      GtkWidget *none = gtk_label_new (NULL);

      gtk_size_group_add_widget (data->confidence_group, none);
      gtk_grid_attach (GTK_GRID (grid), none, column++, 0, 1, 1);
    }
  else
    {
      g_autofree char *text = g_strdup_printf ("%d/10", kr->confidence);
      /* Translators: a key result's confidence, for screen readers and the tooltip */
      g_autofree char *said = g_strdup_printf (_("Confidence: %d out of 10"), kr->confidence);
      GtkWidget *pill = lds_pill_new (text, kr->confidence < 5 ? "lds-confidence-low"
                                                                 : "lds-confidence");

      gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (pill, said);
      gtk_accessible_update_property (GTK_ACCESSIBLE (pill), GTK_ACCESSIBLE_PROPERTY_LABEL, said,
                                      -1);
      gtk_size_group_add_widget (data->confidence_group, pill);
      gtk_grid_attach (GTK_GRID (grid), pill, column++, 0, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (grid), lds_score_badge_new (lds_key_result_score (kr), data->settings),
                   column++, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), _lds_row_kr_marks (data, kr), 1, 1, 1, 1);
  if (data->past)
    gtk_widget_set_can_target (title, FALSE);

  /* Translators: a key result for screen readers: its title, owner and progress */
  accessible = g_strdup_printf (_("%1$s, %2$s, %3$s"), kr->title,
                                owner_name != NULL ? owner_name : _("No owner yet"), value_text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_widget_set_tooltip_text (row, _("Double-click or press Enter to edit"));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  add_shortcut (shortcuts, "Delete", "workspace.delete-key-result", g_variant_new_int64 (kr->id));
  add_shortcut (shortcuts, "<Alt>Up", "workspace.move-key-result-up", g_variant_new_int64 (kr->id));
  add_shortcut (shortcuts, "<Alt>Down", "workspace.move-key-result-down",
                g_variant_new_int64 (kr->id));
  add_shortcut (shortcuts, "<Control>u", "workspace.check-in", g_variant_new_int64 (kr->id));
  add_shortcut (shortcuts, "<Control><Shift>h", "win.show-coach-findings",
                g_variant_new ("(ix)", (int) LDS_RECORD_KEY_RESULT, (gint64) kr->id));
  add_callback_shortcut (shortcuts, "F2", rename_cb);
  gtk_widget_add_controller (row, shortcuts);
  if (!data->past)
    _lds_row_drop_zone (row, DRAG_KEY_RESULT);
  return row;
}

static void
kr_activated_cb (GtkListBox    *list,
                 GtkListBoxRow *row)
{
  gtk_widget_activate_action (GTK_WIDGET (list), "workspace.edit-key-result", "x", KR_ID (row));
}

static void
add_entry_activate_cb (GtkEntry *entry,
                       gpointer  data)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  gtk_widget_activate_action (GTK_WIDGET (entry), "workspace.add-key-result", "(xs)",
                              (gint64) GPOINTER_TO_SIZE (data), text);
}

static GMenuModel *
objective_menu (LdsId id)
{
  static const struct { const char *label; const char *action; const char *accel; } items[] = {
    { N_("_Edit…"), "workspace.edit-objective", "Return" },
    { N_("Re_vision History"), "workspace.show-history", NULL },
    { N_("_Rename"), "workspace.rename", "F2" },
    { N_("Add _Key Result"), "workspace.focus-add-key-result", "<Control><Shift>k" },
    { N_("_Align To…"), "workspace.align-objective", "<Control>l" },
    { N_("Add De_pendency…"), "workspace.add-dependency", "<Control><Shift>l" },
    { N_("D_uplicate"), "workspace.duplicate-objective", "<Control>d" },
    { N_("_Move To…"), "workspace.move-objective", "<Control>m" },
    { N_("Move _Up"), "workspace.move-objective-up", "<Alt>Up" },
    { N_("Move Do_wn"), "workspace.move-objective-down", "<Alt>Down" },
    { N_("_Delete"), "workspace.delete-objective", "Delete" },
  };
  GMenu *menu = g_menu_new ();
  GMenu *section = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(items[i].label), NULL);

      if (i == 0 || i == 4 || i == 6 || i == 10)
        {
          section = g_menu_new ();
          g_menu_append_section (menu, NULL, G_MENU_MODEL (section));
          g_object_unref (section);
        }
      g_menu_item_set_action_and_target_value (item, items[i].action, g_variant_new_int64 (id));
      if (items[i].accel != NULL)
        g_menu_item_set_attribute (item, "accel", "s", items[i].accel);
      g_menu_append_item (section, item);
    }
  return G_MENU_MODEL (menu);
}

/* The menu is made when it first opens. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  g_autoptr(GMenuModel) model = NULL;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  model = objective_menu (KR_ID (button));
  gtk_menu_button_set_menu_model (button, model);
}

static GtkWidget *
pills_box (const LdsObjectiveRowData *data)
{
  const LdsObjective *o = data->objective;
  GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

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
  if (o->mid_cycle)
    gtk_box_append (GTK_BOX (pills), lds_pill_new (_("Added mid-cycle"), "lds-mid-cycle"));

  if (data->needs_parent)
    {
      GtkWidget *flag = lds_pill_new (_("Not aligned"), "lds-flag");
      GtkWidget *align = gtk_button_new_with_mnemonic (_("_Align…"));
      GtkWidget *self_driven = gtk_button_new_with_mnemonic (_("Mark _Self-driven"));
      const char *why = _("This objective serves nothing above it. Align it to a key result "
                          "or objective a level up, or mark it self-driven.");

      gtk_widget_set_tooltip_text (flag, why);
      gtk_accessible_update_property (GTK_ACCESSIBLE (flag), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      why, -1);
      gtk_box_append (GTK_BOX (pills), flag);
      for (GtkWidget *b = align; b != NULL; b = b == align ? self_driven : NULL)
        {
          gtk_widget_add_css_class (b, "flat");
          gtk_widget_add_css_class (b, "lds-small-button");
          gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "x", o->id);
          gtk_box_append (GTK_BOX (pills), b);
        }
      gtk_actionable_set_action_name (GTK_ACTIONABLE (align), "workspace.align-objective");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self_driven), "workspace.mark-self-driven");
    }
  return pills;
}

/**
 * lds_objective_row_new:
 *
 * Returns: (transfer floating): the row, which keeps nothing of @data
 */
GtkWidget *
lds_objective_row_new (const LdsObjectiveRowData *data)
{
  const LdsObjective *o = data->objective;
  LdsObjectiveRow *self = g_object_new (LDS_TYPE_OBJECTIVE_ROW, NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *menu = gtk_menu_button_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  guint n_krs = data->key_results != NULL ? data->key_results->len : 0;
  double score;

  self->id = o->id;
  gtk_widget_add_css_class (box, "lds-objective");

  gtk_box_append (GTK_BOX (head), _lds_row_handle_new (DRAG_OBJECTIVE));
  self->title = lds_inline_title_new (o->title);
  gtk_widget_set_hexpand (self->title, TRUE);
  gtk_widget_add_css_class (lds_inline_title_get_label (LDS_INLINE_TITLE (self->title)),
                            "lds-objective-title");
  g_signal_connect (self->title, "commit", G_CALLBACK (title_commit_cb),
                    GSIZE_TO_POINTER ((gsize) o->id));
  gtk_box_append (GTK_BOX (head), self->title);

  score = n_krs > 0 ? lds_objective_score ((LdsKeyResult *const *) data->key_results->pdata, n_krs)
                    : NAN;
  if (data->coach != NULL)
    gtk_box_append (GTK_BOX (head), lds_coach_badge_new (data->coach, LDS_RECORD_OBJECTIVE, o->id));
  gtk_box_append (GTK_BOX (head), lds_score_badge_new (score, data->settings));

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu), "view-more-symbolic");
  g_object_set_data (G_OBJECT (menu), "lds-id", GSIZE_TO_POINTER ((gsize) o->id));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu), create_menu_cb, NULL, NULL);
  gtk_widget_add_css_class (menu, "flat");
  gtk_widget_set_valign (menu, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (menu, _("Objective Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Objective Menu"), -1);
  gtk_box_append (GTK_BOX (head), menu);
  gtk_box_append (GTK_BOX (box), head);

  gtk_box_append (GTK_BOX (box), pills_box (data));
  gtk_box_append (GTK_BOX (box), _lds_row_links_box (data));

  if (n_krs > 0)
    {
      self->kr_list = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->kr_list), GTK_SELECTION_NONE);
      gtk_list_box_set_activate_on_single_click (GTK_LIST_BOX (self->kr_list), FALSE);
      gtk_widget_add_css_class (self->kr_list, "lds-kr-list");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->kr_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Key results"), -1);
      for (guint i = 0; i < n_krs; i++)
        gtk_list_box_append (GTK_LIST_BOX (self->kr_list),
                             key_result_row (data, g_ptr_array_index (data->key_results, i)));
      g_signal_connect (self->kr_list, "row-activated", G_CALLBACK (kr_activated_cb), NULL);
      gtk_box_append (GTK_BOX (box), self->kr_list);
    }

  self->past = data->past;
  if (data->past)
    {
      /* A day looked back at is read, not written. */
      gtk_widget_set_visible (gtk_widget_get_first_child (head), FALSE);
      gtk_widget_set_visible (menu, FALSE);
      gtk_widget_set_can_target (self->title, FALSE);
    }
  self->add_entry = gtk_entry_new ();
  gtk_widget_set_visible (self->add_entry, !data->past);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->add_entry),
                                  n_krs == 0 ? _("No key results yet: add one and press Enter")
                                             : _("Add a key result and press Enter"));
  gtk_widget_add_css_class (self->add_entry, "lds-new-key-result");
  gtk_widget_set_margin_start (self->add_entry, 24);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->add_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New key result"), -1);
  g_signal_connect (self->add_entry, "activate", G_CALLBACK (add_entry_activate_cb),
                    GSIZE_TO_POINTER ((gsize) o->id));
  gtk_box_append (GTK_BOX (box), self->add_entry);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, o->title, -1);

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  add_shortcut (shortcuts, "Delete", "workspace.delete-objective", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Control>d", "workspace.duplicate-objective", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Alt>Up", "workspace.move-objective-up", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Alt>Down", "workspace.move-objective-down", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Control>l", "workspace.align-objective", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Control><Shift>l", "workspace.add-dependency",
                g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Control>m", "workspace.move-objective", g_variant_new_int64 (o->id));
  add_shortcut (shortcuts, "<Control><Shift>h", "win.show-coach-findings",
                g_variant_new ("(ix)", (int) LDS_RECORD_OBJECTIVE, (gint64) o->id));
  add_callback_shortcut (shortcuts, "<Control><Shift>k", focus_add_cb);
  add_callback_shortcut (shortcuts, "F2", rename_cb);
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  if (!data->past)
    _lds_row_drop_zone (GTK_WIDGET (self), DRAG_OBJECTIVE);
  return GTK_WIDGET (self);
}

static void
lds_objective_row_class_init (LdsObjectiveRowClass *klass)
{
}

static void
lds_objective_row_init (LdsObjectiveRow *self)
{
}

LdsId
lds_objective_row_get_id (LdsObjectiveRow *self)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVE_ROW (self), 0);

  return self->id;
}

/**
 * lds_objective_row_find_part:
 * @focus: (nullable): the widget with the keyboard focus
 * @key_result_id: (out): the key result when the focus is on one
 *
 * Says which part of the row holds @focus, so that it can be given the
 * focus again once the list is rebuilt.
 */
LdsRowPart
lds_objective_row_find_part (LdsObjectiveRow *self,
                             GtkWidget       *focus,
                             LdsId           *key_result_id)
{
  GtkWidget *kr_row;

  g_return_val_if_fail (LDS_IS_OBJECTIVE_ROW (self), LDS_ROW_PART_NONE);

  *key_result_id = 0;
  if (focus == NULL || (focus != GTK_WIDGET (self) && !gtk_widget_is_ancestor (focus, GTK_WIDGET (self))))
    return LDS_ROW_PART_NONE;
  if (focus == self->add_entry || gtk_widget_is_ancestor (focus, self->add_entry))
    return LDS_ROW_PART_ADD_KEY_RESULT;
  kr_row = self->kr_list != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  if (kr_row != NULL && kr_row != GTK_WIDGET (self))
    {
      *key_result_id = KR_ID (kr_row);
      return LDS_ROW_PART_KEY_RESULT;
    }
  return LDS_ROW_PART_ROW;
}

static GtkWidget *
find_kr_row (LdsObjectiveRow *self,
             LdsId            key_result_id)
{
  for (GtkWidget *child = self->kr_list != NULL ? gtk_widget_get_first_child (self->kr_list) : NULL;
       child != NULL; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && KR_ID (child) == key_result_id)
      return child;
  return NULL;
}

gboolean
lds_objective_row_focus_part (LdsObjectiveRow *self,
                              LdsRowPart       part,
                              LdsId            key_result_id)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVE_ROW (self), FALSE);

  switch (part)
    {
    case LDS_ROW_PART_ADD_KEY_RESULT:
      return gtk_widget_grab_focus (self->add_entry);
    case LDS_ROW_PART_KEY_RESULT:
      {
        GtkWidget *row = find_kr_row (self, key_result_id);

        if (row != NULL)
          return gtk_widget_grab_focus (row);
      }
      G_GNUC_FALLTHROUGH;
    case LDS_ROW_PART_ROW:
      return gtk_widget_grab_focus (GTK_WIDGET (self));
    case LDS_ROW_PART_NONE:
    default:
      return FALSE;
    }
}

/**
 * lds_objective_row_rename:
 * @key_result_id: a key result of the objective, or 0 for the objective
 *
 * Starts editing the title in place.
 */
gboolean
lds_objective_row_rename (LdsObjectiveRow *self,
                          LdsId            key_result_id)
{
  GtkWidget *title = self->title;

  g_return_val_if_fail (LDS_IS_OBJECTIVE_ROW (self), FALSE);

  if (key_result_id != 0)
    {
      GtkWidget *row = find_kr_row (self, key_result_id);
      GtkWidget *grid = row != NULL ? gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)) : NULL;

      title = grid != NULL ? gtk_grid_get_child_at (GTK_GRID (grid), 1, 0) : NULL;
      if (title == NULL || !LDS_IS_INLINE_TITLE (title))
        return FALSE;
    }
  lds_inline_title_start_editing (LDS_INLINE_TITLE (title));
  return TRUE;
}

/**
 * lds_objective_row_get_add_entry:
 *
 * Returns: (transfer none): the entry that adds a key result
 */
GtkWidget *
lds_objective_row_get_add_entry (LdsObjectiveRow *self)
{
  g_return_val_if_fail (LDS_IS_OBJECTIVE_ROW (self), NULL);

  return self->add_entry;
}
