/* lds-cycle-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The cycles in a list, each under the cycle it lies in (a strategy, its
 * years, their quarters), and the chosen cycle's fields beside it, saved as
 * they are given, like the workspace's editors. A new cycle follows the
 * chosen one, or lies inside it, with its dates and name worked out; a
 * cycle can be closed, and its unfinished objectives copied into the next.
 */

#define G_LOG_DOMAIN "lds-cycle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cycle-dialog-private.h"
#include "lds-date.h"
#include "lds-date-entry.h"
#include "lds-format.h"
#include "lds-pickers.h"
#include "lds-store-okr.h"


G_DEFINE_FINAL_TYPE (LdsCycleDialog, lds_cycle_dialog, GTK_TYPE_WINDOW)


void
_lds_cycle_dialog_set_status (LdsCycleDialog *self,
                              const char     *text,
                              gboolean        error)
{
  gtk_label_set_label (GTK_LABEL (self->status), text);
  if (error)
    gtk_widget_add_css_class (self->status, "error");
  else
    gtk_widget_remove_css_class (self->status, "error");
  gtk_widget_set_visible (self->status, text != NULL);
}

/* Names and dates of new cycles */

static char *
cycle_name (LdsCycleKind  kind,
            const char   *start,
            const char   *end)
{
  GDate from, to;
  int year, month;

  if (!lds_date_parse (start, &from) || !lds_date_parse (end, &to))
    return g_strdup (_("New cycle"));
  year = g_date_get_year (&from);
  month = g_date_get_month (&from);
  switch (kind)
    {
    case LDS_CYCLE_KIND_STRATEGY:
      /* Translators: the name of a multi-year cycle; %1$d and %2$d are its first and last years */
      return g_strdup_printf (_("Strategy %1$d–%2$d"), year, g_date_get_year (&to));
    case LDS_CYCLE_KIND_YEAR:
      /* Translators: the name of a year's cycle; %d is the year */
      return g_strdup_printf (C_("cycle name", "%d"), year);
    case LDS_CYCLE_KIND_HALF:
      return month <= 6
        /* Translators: the name of the first half of a year; %d is the year */
        ? g_strdup_printf (_("%d H1"), year)
        /* Translators: the name of the second half of a year; %d is the year */
        : g_strdup_printf (_("%d H2"), year);
    case LDS_CYCLE_KIND_QUARTER:
    default:
      /* Translators: the name of a quarter; %1$d is the year, %2$d the quarter (1 to 4) */
      return g_strdup_printf (_("%1$d Q%2$d"), year, (month - 1) / 3 + 1);
    }
}

static int
months_of (LdsCycleKind kind)
{
  switch (kind)
    {
    case LDS_CYCLE_KIND_STRATEGY:
      return 36;
    case LDS_CYCLE_KIND_YEAR:
      return 12;
    case LDS_CYCLE_KIND_HALF:
      return 6;
    case LDS_CYCLE_KIND_QUARTER:
    default:
      return 3;
    }
}

/* The last day of a cycle of @kind starting on @start, within @limit. */
static char *
end_of (LdsCycleKind  kind,
        const char   *start,
        const char   *limit)
{
  GDate date;
  g_autofree char *end = NULL;

  if (!lds_date_parse (start, &date))
    return g_strdup (start);
  g_date_add_months (&date, months_of (kind));
  g_date_subtract_days (&date, 1);
  end = lds_date_format_iso (&date);
  if (limit != NULL && g_strcmp0 (end, limit) > 0)
    return g_strdup (limit);
  return g_steal_pointer (&end);
}

static gboolean
insert_cycle (LdsCycleDialog *self,
              LdsCycle       *cycle)
{
  g_autoptr(GError) error = NULL;

  lds_take_text (&cycle->name, cycle_name (cycle->kind, cycle->start_date, cycle->end_date));
  if (!lds_store_append (self->store, LDS_RECORD_CYCLE, cycle, &error))
    {
      _lds_cycle_dialog_set_status (self, error->message, TRUE);
      return FALSE;
    }
  lds_cycle_dialog_select (self, cycle->id);
  gtk_widget_grab_focus (self->name);
  return TRUE;
}

/* New cycles take the organisation's check-in cadence (its settings). */
static int
default_cadence (LdsCycleDialog *self)
{
  LdsFileSettings settings;

  lds_store_get_file_settings (self->store, &settings);
  return settings.cadence_days;
}

/* A cycle like the chosen one, starting the day after it ends (a first
 * cycle when there is none: this year). */
static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (widget);
  g_autoptr(LdsCycle) chosen = self->id != 0 ? lds_store_get (self->store, LDS_RECORD_CYCLE,
                                                              self->id, NULL) : NULL;
  g_autoptr(LdsCycle) parent = NULL;
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();

  if (chosen != NULL)
    {
      cycle->kind = chosen->kind;
      cycle->parent_id = chosen->parent_id;
      cycle->start_date = lds_date_add_days (chosen->end_date, 1);
      parent = chosen->parent_id != 0 ? lds_store_get (self->store, LDS_RECORD_CYCLE,
                                                       chosen->parent_id, NULL) : NULL;
      /* Past the end of the cycle it lies in, it lies in none. */
      if (parent != NULL && g_strcmp0 (cycle->start_date, parent->end_date) > 0)
        {
          cycle->parent_id = 0;
          g_clear_pointer (&parent, lds_cycle_free);
        }
    }
  else
    {
      g_autofree char *today = lds_today ();

      cycle->kind = LDS_CYCLE_KIND_YEAR;
      cycle->start_date = g_strdup_printf ("%.4s-01-01", today);
    }
  cycle->end_date = end_of (cycle->kind, cycle->start_date, parent != NULL ? parent->end_date : NULL);
  cycle->cadence_days = default_cadence (self);
  cycle->state = LDS_CYCLE_STATE_PLANNING;
  insert_cycle (self, cycle);
}

static int
compare_starts (gconstpointer a,
                gconstpointer b)
{
  const LdsCycle *x = *(LdsCycle * const *) a, *y = *(LdsCycle * const *) b;

  return g_strcmp0 (x->start_date, y->start_date);
}

/* The first part of the chosen cycle not yet covered by cycles inside it. */
static void
new_inside_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (widget);
  g_autoptr(LdsCycle) chosen = lds_store_get (self->store, LDS_RECORD_CYCLE, self->id, NULL);
  g_autoptr(GPtrArray) children = NULL;
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();
  g_autofree char *start = NULL;

  if (chosen == NULL)
    return;
  if (chosen->kind == LDS_CYCLE_KIND_QUARTER)
    {
      _lds_cycle_dialog_set_status (self, _("A quarter is the shortest cycle: it holds no other."), TRUE);
      return;
    }
  /* The first day that no cycle inside it covers. */
  start = g_strdup (chosen->start_date);
  children = lds_store_list_by (self->store, LDS_RECORD_CYCLE, "parent_id", chosen->id, NULL);
  if (children != NULL)
    g_ptr_array_sort (children, compare_starts);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      LdsCycle *child = g_ptr_array_index (children, i);

      if (g_strcmp0 (child->start_date, start) > 0)
        break;
      if (g_strcmp0 (child->end_date, start) >= 0)
        {
          g_free (start);
          start = lds_date_add_days (child->end_date, 1);
        }
    }
  if (g_strcmp0 (start, chosen->end_date) > 0)
    {
      _lds_cycle_dialog_set_status (self, _("Cycles inside this one cover it to its end already."), TRUE);
      return;
    }
  cycle->kind = chosen->kind == LDS_CYCLE_KIND_STRATEGY ? LDS_CYCLE_KIND_YEAR
                                                        : LDS_CYCLE_KIND_QUARTER;
  cycle->parent_id = chosen->id;
  cycle->cadence_days = default_cadence (self);
  cycle->start_date = g_steal_pointer (&start);
  cycle->end_date = end_of (cycle->kind, cycle->start_date, chosen->end_date);
  cycle->state = LDS_CYCLE_STATE_PLANNING;
  insert_cycle (self, cycle);
}

/* The list and the form */

static GtkWidget *
cycle_row (LdsRecordObject *item)
{
  LdsCycle *cycle = lds_record_object_get_record (item);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *name = gtk_label_new (cycle->name);
  GtkWidget *state = gtk_label_new (lds_enum_label (lds_cycle_state_get_type (), cycle->state));
  g_autofree char *start = lds_format_date (cycle->start_date);
  g_autofree char *end = lds_format_date (cycle->end_date);
  /* Translators: a cycle's first and last days, as in "1 Oct 2026 – 31 Dec 2026" */
  g_autofree char *span = g_strdup_printf (_("%1$s – %2$s"), start, end);
  GtkWidget *dates = gtk_label_new (span);
  int depth = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item), "lds-depth"));

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (line), name);
  gtk_widget_add_css_class (state, "lds-pill");
  gtk_box_append (GTK_BOX (line), state);
  gtk_box_append (GTK_BOX (box), line);
  gtk_label_set_xalign (GTK_LABEL (dates), 0);
  gtk_widget_add_css_class (dates, "dim-label");
  gtk_widget_add_css_class (dates, "caption");
  gtk_box_append (GTK_BOX (box), dates);
  gtk_widget_set_margin_start (box, 6 + 18 * depth);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  name, state, dates, NULL, -1);
  g_object_set_data (G_OBJECT (row), "lds-id", GSIZE_TO_POINTER ((gsize) cycle->id));
  return row;
}

static void
load_form (LdsCycleDialog *self)
{
  g_autoptr(LdsCycle) cycle = self->id != 0 ? lds_store_get (self->store, LDS_RECORD_CYCLE,
                                                             self->id, NULL) : NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->form), cycle != NULL);
  if (cycle == NULL)
    return;
  self->loading = TRUE;
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->parent), lds_cycle_model_new (self->store, TRUE));
  g_object_unref (gtk_drop_down_get_model (GTK_DROP_DOWN (self->parent)));
  if (lds_form_get_error (self->form, "name") == NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->name), cycle->name);
  lds_enum_dropdown_set (self->kind, cycle->kind);
  lds_record_dropdown_select (self->parent, LDS_RECORD_CYCLE, cycle->parent_id);
  if (lds_form_get_error (self->form, "start_date") == NULL)
    lds_date_entry_set_date (self->start, cycle->start_date);
  if (lds_form_get_error (self->form, "end_date") == NULL)
    lds_date_entry_set_date (self->end, cycle->end_date);
  lds_enum_dropdown_set (self->state, cycle->state);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence), cycle->cadence_days);
  self->loading = FALSE;
}

static void
reload (LdsCycleDialog *self)
{
  g_autoptr(GListModel) cycles = lds_cycle_model_new (self->store, FALSE);
  guint n = g_list_model_get_n_items (cycles);
  GtkWidget *child;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (cycles, i);
      GtkWidget *row = cycle_row (item);

      gtk_list_box_append (GTK_LIST_BOX (self->list), row);
      if (lds_record_object_get_id (item) == self->id)
        gtk_list_box_select_row (GTK_LIST_BOX (self->list), GTK_LIST_BOX_ROW (row));
    }
  self->loading = FALSE;
  load_form (self);
}

static void
row_selected_cb (LdsCycleDialog *self,
                 GtkListBoxRow  *row)
{
  if (self->loading || row == NULL || CYCLE_ID (row) == self->id)
    return;
  self->id = CYCLE_ID (row);
  lds_form_clear_errors (self->form);
  _lds_cycle_dialog_set_status (self, NULL, FALSE);
  load_form (self);
}

static void
commit_cb (gpointer    user_data,
           const char *field)
{
  LdsCycleDialog *self = user_data;
  g_autoptr(LdsCycle) stored = NULL;
  g_autoptr(LdsCycle) draft = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  LdsRecordObject *parent;
  const char *at = NULL;

  if (self->store == NULL || self->loading || self->id == 0)
    return;
  stored = lds_store_get (self->store, LDS_RECORD_CYCLE, self->id, NULL);
  if (stored == NULL)
    return;
  draft = lds_cycle_copy (stored);
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name))));
  lds_set_text (&draft->name, name);
  draft->kind = lds_enum_dropdown_get (self->kind);
  parent = lds_record_dropdown_get (self->parent);
  draft->parent_id = parent != NULL ? lds_record_object_get_id (parent) : 0;
  draft->state = lds_enum_dropdown_get (self->state);
  draft->cadence_days = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->cadence));

  lds_form_clear_errors (self->form);
  _lds_cycle_dialog_set_status (self, NULL, FALSE);
  {
    const struct { const char *field; GtkWidget *entry; char **date; } days[] = {
      { "start_date", self->start, &draft->start_date },
      { "end_date", self->end, &draft->end_date },
    };

    for (guint i = 0; i < G_N_ELEMENTS (days); i++)
      {
        g_clear_pointer (days[i].date, g_free);
        if (!lds_date_entry_get_date (days[i].entry, days[i].date, &error))
          {
            lds_form_set_error (self->form, days[i].field, error->message);
            return;
          }
      }
  }
  if (!lds_store_check_record (self->store, LDS_RECORD_CYCLE, draft, &at, &error))
    {
      lds_form_set_error (self->form, at, error->message);
      return;
    }
  if (lds_record_equal (LDS_RECORD_CYCLE, draft, stored))
    return;
  if (!lds_store_update (self->store, LDS_RECORD_CYCLE, draft, &error))
    _lds_cycle_dialog_set_status (self, error->message, TRUE);
}

static void
store_changed_cb (LdsCycleDialog *self,
                  LdsChanges     *changes)
{
  if (lds_changes_has_type (changes, LDS_RECORD_CYCLE))
    {
      g_autoptr(LdsCycle) still = self->id != 0 ? lds_store_get (self->store, LDS_RECORD_CYCLE,
                                                                 self->id, NULL) : NULL;
      if (still == NULL)
        self->id = 0;
      reload (self);
    }
}

/* GObject */

static GtkWidget *
button_for (const char *label,
            const char *action)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static void
build (LdsCycleDialog *self)
{
  GtkWidget *paned = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *left = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *adds = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *right = gtk_scrolled_window_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *header = gtk_header_bar_new ();

  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_window_set_title (GTK_WINDOW (self), _("Cycles"));
  gtk_window_set_default_size (GTK_WINDOW (self), 780, 660);

  self->list = gtk_list_box_new ();
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cycles"), -1);
  g_signal_connect_swapped (self->list, "row-selected", G_CALLBACK (row_selected_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (left), scroller);
  gtk_box_append (GTK_BOX (adds), button_for (_("Ne_w Cycle"), "cycles.new"));
  gtk_box_append (GTK_BOX (adds), button_for (_("New C_ycle Inside"), "cycles.new-inside"));
  gtk_widget_set_margin_start (adds, 6);
  gtk_widget_set_margin_bottom (adds, 6);
  gtk_box_append (GTK_BOX (left), adds);
  gtk_widget_set_size_request (left, 280, -1);
  gtk_box_append (GTK_BOX (paned), left);
  gtk_box_append (GTK_BOX (paned), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  self->form = LDS_FORM (lds_form_new ());
  self->name = gtk_entry_new ();
  lds_form_add (self->form, "name", _("_Name"), self->name);
  self->kind = lds_enum_dropdown_new (lds_cycle_kind_get_type ());
  lds_form_add (self->form, "kind", _("_Kind"), self->kind);
  self->parent = lds_record_dropdown_new (lds_cycle_model_new (self->store, TRUE));
  lds_form_add (self->form, "parent_id", _("_Inside"), self->parent);
  self->start = lds_date_entry_new (_("First day of the cycle"));
  lds_form_add (self->form, "start_date", _("_Starts"), self->start);
  self->end = lds_date_entry_new (_("Last day of the cycle"));
  gtk_widget_set_hexpand (self->start, TRUE);
  gtk_widget_set_hexpand (self->end, TRUE);
  lds_form_add (self->form, "end_date", _("_Ends"), self->end);
  self->state = lds_enum_dropdown_new (lds_cycle_state_get_type ());
  lds_form_add (self->form, "state", _("S_tate"), self->state);
  self->cadence = gtk_spin_button_new_with_range (1, 92, 1);
  lds_form_add (self->form, "cadence_days", _("Check-in e_very (days)"), self->cadence);
  lds_form_watch (self->form, commit_cb, self);

  gtk_box_append (GTK_BOX (buttons), button_for (_("C_lose Cycle"), "cycles.close"));
  gtk_box_append (GTK_BOX (buttons), button_for (_("_Copy Unfinished Objectives…"),
                                                 "cycles.copy-unfinished"));
  {
    GtkWidget *delete = button_for (_("_Delete Cycle…"), "cycles.delete");
    gtk_widget_add_css_class (delete, "destructive-action");
    gtk_widget_set_hexpand (delete, TRUE);
    gtk_widget_set_halign (delete, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (buttons), delete);
  }
  gtk_widget_set_margin_top (buttons, 12);
  lds_form_add_widget (self->form, buttons);
  self->status = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->status), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->status), 0);
  gtk_widget_add_css_class (self->status, "lds-cycle-status");
  gtk_widget_set_visible (self->status, FALSE);
  lds_form_add_widget (self->form, self->status);

  gtk_widget_set_margin_start (GTK_WIDGET (self->form), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (self->form), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (self->form), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->form), 18);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (right), GTK_WIDGET (self->form));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (right), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_hexpand (right, TRUE);
  gtk_box_append (GTK_BOX (paned), right);
  gtk_window_set_child (GTK_WINDOW (self), paned);
}

static void
lds_cycle_dialog_dispose (GObject *object)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (lds_cycle_dialog_parent_class)->dispose (object);
}

static void
lds_cycle_dialog_class_init (LdsCycleDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_cycle_dialog_dispose;
  gtk_widget_class_install_action (widget_class, "cycles.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "cycles.new-inside", NULL, new_inside_action);
  _lds_cycle_dialog_install_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "cycles.new",
                                       NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "cycles.new-inside", NULL);
}

static void
lds_cycle_dialog_init (LdsCycleDialog *self)
{
}

/**
 * lds_cycle_dialog_new:
 * @cycle_id: the cycle to show first (0: the first)
 */
GtkWidget *
lds_cycle_dialog_new (GtkWindow *parent,
                      LdsStore  *store,
                      LdsId      cycle_id)
{
  LdsCycleDialog *self = g_object_new (LDS_TYPE_CYCLE_DIALOG, "transient-for", parent,
                                       "modal", TRUE, "destroy-with-parent", TRUE, NULL);

  self->store = g_object_ref (store);
  self->id = cycle_id;
  build (self);
  reload (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}

LdsId
lds_cycle_dialog_get_cycle (LdsCycleDialog *self)
{
  g_return_val_if_fail (LDS_IS_CYCLE_DIALOG (self), 0);

  return self->id;
}

void
lds_cycle_dialog_select (LdsCycleDialog *self,
                         LdsId           cycle_id)
{
  g_return_if_fail (LDS_IS_CYCLE_DIALOG (self));

  self->id = cycle_id;
  lds_form_clear_errors (self->form);
  reload (self);
}

/**
 * lds_cycle_dialog_get_form:
 *
 * Returns: (transfer none): the chosen cycle's fields, which tests fill in
 */
LdsForm *
lds_cycle_dialog_get_form (LdsCycleDialog *self)
{
  g_return_val_if_fail (LDS_IS_CYCLE_DIALOG (self), NULL);

  return self->form;
}

/**
 * lds_cycle_dialog_get_status:
 *
 * Returns: (nullable): what the last action said
 */
const char *
lds_cycle_dialog_get_status (LdsCycleDialog *self)
{
  g_return_val_if_fail (LDS_IS_CYCLE_DIALOG (self), NULL);

  return gtk_widget_get_visible (self->status) ? gtk_label_get_label (GTK_LABEL (self->status))
                                               : NULL;
}
