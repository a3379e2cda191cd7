/* lds-checkin-view.c: the weekly round of check-ins of a team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every key result of the chosen team (its own objectives and its
 * people's) or person in the chosen cycle, one row each, for a round that
 * takes ten seconds a key result: type the value, Tab, the confidence,
 * Tab, a note, Enter: the check-in is written (one action, "Check In") and
 * the keyboard goes on to the next key result. Enter on a row left as it
 * was passes to the next without writing anything. Each row shows where
 * the key result stands, its last check-in, a mark when it is overdue (the
 * coach's rule) or checked in this round, and its history as a sparkline.
 *
 * The rows are plain boxes in a box, so that Tab runs through them in
 * order. A change to the file updates them in place; what is typed and
 * not yet given stays, even when the list is rebuilt (and across a rebuild
 * of the window: save_state/restore_state).
 */

#define G_LOG_DOMAIN "lds-checkin-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-checkin-dialog.h"
#include "lds-checkin-view.h"
#include "lds-date.h"
#include "lds-date-entry.h"
#include "lds-format.h"
#include "lds-history-chart.h"
#include "lds-pickers.h"
#include "lds-store-checkin.h"
#include "lds-store-tracking.h"
#include "lds-tracking.h"
#include "lds-widgets.h"

typedef struct
{
  LdsId       id;
  gboolean    milestone;
  int         confidence;     /* as stored */
  GtkWidget  *meta;
  GtkWidget  *overdue;
  GtkWidget  *checked;
  GtkWidget  *chart;
  GtkWidget  *value;          /* an entry, or for a milestone a check button */
  GtkWidget  *spin;
  GtkWidget  *note;
  GtkWidget  *message;
} Row;

typedef struct
{
  char     *value;
  gboolean  done;
  int       confidence;
  char     *note;
} Draft;

struct _LdsCheckinView
{
  LdsPage          parent_instance;

  LdsContext      *context;  /* the page's, borrowed */
  LdsFileSettings  settings;
  GHashTable      *rows;          /* key result id → Row */
  GArray          *order;         /* key result ids, top down */
  GHashTable      *drafts;        /* key result id → Draft, kept across a rebuild */
  GtkSizeGroup    *values;        /* the values (entries, or milestones' boxes) */
  GtkSizeGroup    *units;         /* and their units, as wide in every row */

  GtkWidget       *title;
  GtkWidget       *subtitle;
  GtkWidget       *summary;
  GtkWidget       *day;
  GtkWidget       *scroller;
  GtkWidget       *list;
  GtkWidget       *empty;
};

static void lds_checkin_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsCheckinView, lds_checkin_view, LDS_TYPE_PAGE,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_checkin_view_view_init))

#define ID_KEY(id) ((gpointer) (gsize) (id))

static void
draft_free (Draft *draft)
{
  g_free (draft->value);
  g_free (draft->note);
  g_free (draft);
}

static LdsStore *
store_of (LdsCheckinView *self)
{
  return lds_context_get_store (self->context);
}

/* Drafts ------------------------------------------------------------------------ */

static Draft *
draft_of_row (const Row *r)
{
  Draft *draft = g_new0 (Draft, 1);

  if (r->milestone)
    draft->done = gtk_check_button_get_active (GTK_CHECK_BUTTON (r->value));
  else
    draft->value = g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->value)));
  draft->confidence = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (r->spin));
  draft->note = g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->note)));
  return draft;
}

/* Whether the person touched the row: a value, a note, another confidence. */
static gboolean
row_is_touched (const Row          *r,
                const LdsKeyResult *kr)
{
  const char *value = r->milestone ? "" : gtk_editable_get_text (GTK_EDITABLE (r->value));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (r->note));
  int confidence = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (r->spin));

  if (r->milestone && kr != NULL &&
      gtk_check_button_get_active (GTK_CHECK_BUTTON (r->value)) != (kr->current_value >= 1.0))
    return TRUE;
  return *value != '\0' || *note != '\0' || confidence != (r->confidence >= 0 ? r->confidence : 5);
}

static void
capture_drafts (LdsCheckinView *self)
{
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, self->rows);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (row_is_touched (value, NULL))
      g_hash_table_replace (self->drafts, key, draft_of_row (value));
}

static void
apply_draft (Row         *r,
             const Draft *draft)
{
  if (r->milestone)
    gtk_check_button_set_active (GTK_CHECK_BUTTON (r->value), draft->done);
  else
    gtk_editable_set_text (GTK_EDITABLE (r->value), draft->value != NULL ? draft->value : "");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (r->spin), draft->confidence);
  gtk_editable_set_text (GTK_EDITABLE (r->note), draft->note != NULL ? draft->note : "");
}

/* Rows --------------------------------------------------------------------------- */

static LdsCycle *
current_cycle (LdsCheckinView *self)
{
  LdsId cycle_id = lds_context_get_cycle_id (self->context);

  return cycle_id != 0 ? lds_store_get (store_of (self), LDS_RECORD_CYCLE, cycle_id, NULL) : NULL;
}

/* Where a key result stands, its last check-in, its marks and history. */
static void
update_row (LdsCheckinView     *self,
            Row                *r,
            const LdsObjective *o,
            const LdsKeyResult *kr,
            const char         *owner,
            const LdsCycle     *cycle,
            gboolean           *overdue_out,
            gboolean           *checked_out)
{
  g_autoptr(GPtrArray) checkins = lds_store_list_by (store_of (self), LDS_RECORD_CHECKIN,
                                                     "key_result_id", kr->id, NULL);
  g_autofree char *progress = lds_format_kr_progress (kr);
  g_autofree char *last_text = NULL;
  g_autofree char *meta = NULL;
  /* The value now, written as the line above writes it ("2,870"): the
   * entry takes digits grouped or not */
  g_autofree char *placeholder = isnan (kr->current_value) ? g_strdup ("")
                                                           : lds_format_value (kr->current_value);
  gint64 last = 0, now = lds_now ();
  int cadence = lds_cycle_cadence (cycle, self->settings.cadence_days);
  gboolean overdue, checked;
  int previous = r->confidence;

  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    last = MAX (last, ((LdsCheckin *) checkins->pdata[i])->at);
  overdue = lds_key_result_is_overdue (cycle, o->status, kr, last, self->settings.cadence_days,
                                       now, NULL);
  checked = last != 0 && now - last < cadence * LDS_DAY_SECONDS && !overdue;

  if (last != 0)
    {
      g_autofree char *day = lds_format_time_as_date (last);
      /* Translators: when a key result was last checked in, as in "checked in on 14 Nov 2026" */
      last_text = g_strdup_printf (_("checked in on %s"), day);
    }
  else
    last_text = g_strdup (_("no check-in yet"));
  /* Translators: a key result in the check-in round: its owner, where it stands
   * ("410 / 600 k€"), and its last check-in */
  meta = g_strdup_printf (_("%1$s · %2$s · %3$s"), owner != NULL ? owner : _("No owner yet"),
                          progress, last_text);
  gtk_label_set_label (GTK_LABEL (r->meta), meta);
  gtk_widget_set_visible (r->overdue, overdue);
  gtk_widget_set_visible (r->checked, checked);
  lds_history_chart_set_key_result (LDS_HISTORY_CHART (r->chart), kr, cycle, checkins);

  r->confidence = kr->confidence;
  /* The confidence follows the stored one, unless the person changed it. */
  if (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (r->spin)) ==
      (previous >= 0 ? previous : 5))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (r->spin), kr->confidence >= 0 ? kr->confidence : 5);
  if (!r->milestone)
    gtk_entry_set_placeholder_text (GTK_ENTRY (r->value), placeholder);
  else if (!row_is_touched (r, NULL))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (r->value), kr->current_value >= 1.0);
  *overdue_out = overdue;
  *checked_out = checked;
}

static void focus_next (LdsCheckinView *self,
                        LdsId           id);
static gboolean check_in_row (LdsCheckinView *self,
                              LdsId           id);

static void
row_activate_cb (GtkWidget      *widget,
                 LdsCheckinView *self)
{
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (widget), "lds-id"));

  if (check_in_row (self, id))
    focus_next (self, id);
}

static gboolean
spin_enter_cb (GtkWidget *widget,
               GVariant  *arguments,
               gpointer   user_data)
{
  gtk_spin_button_update (GTK_SPIN_BUTTON (widget));
  row_activate_cb (widget, user_data);
  return TRUE;
}

/* Tab and Shift+Tab within a row's inputs go value → confidence → note →
 * button, whatever their sizes: GTK orders Tab by where widgets sit, and a
 * check box beside a spin button can sit a half pixel lower. */
static gboolean
row_tab_cb (GtkWidget *inputs,
            GVariant  *arguments,
            gpointer   user_data)
{
  gboolean back = GPOINTER_TO_INT (user_data);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (inputs));
  GtkWidget *child, *target = NULL;

  for (child = gtk_widget_get_first_child (inputs); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (focus != NULL && (focus == child || gtk_widget_is_ancestor (focus, child)))
      break;
  if (child == NULL)
    return FALSE;
  /* Past the words between the inputs (a unit, "Confidence") */
  for (target = back ? gtk_widget_get_prev_sibling (child) : gtk_widget_get_next_sibling (child);
       target != NULL && (GTK_IS_LABEL (target) ||
                          !(gtk_widget_get_visible (target) && gtk_widget_is_sensitive (target)));
       target = back ? gtk_widget_get_prev_sibling (target) : gtk_widget_get_next_sibling (target))
    ;
  /* Out of the row: GTK goes on to the next row, or back to the last. */
  return target != NULL && gtk_widget_grab_focus (target);
}

static GtkWidget *
labelled (GtkWidget  *widget,
          const char *said,
          LdsId       id)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
  g_object_set_data (G_OBJECT (widget), "lds-id", ID_KEY (id));
  return widget;
}

/* Words between a row's inputs, which the screen reader has in their labels */
static GtkWidget *
caption (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "lds-round-caption");
  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return label;
}

static GtkWidget *
key_result_row (LdsCheckinView     *self,
                const LdsKeyResult *kr,
                Row                *r)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *title = gtk_label_new (kr->title);
  GtkWidget *inputs = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_button_new_with_label (_("Check In"));
  g_autofree char *value_said = NULL;
  g_autofree char *confidence_said = NULL;
  g_autofree char *note_said = NULL;

  r->id = kr->id;
  r->milestone = kr->metric == LDS_METRIC_MILESTONE;
  r->confidence = kr->confidence;
  gtk_widget_add_css_class (grid, "lds-round-row");
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "lds-round-title");
  gtk_box_append (GTK_BOX (head), title);
  r->overdue = lds_pill_new (_("Check-in overdue"), "lds-overdue");
  gtk_widget_set_valign (r->overdue, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (head), r->overdue);
  r->checked = lds_pill_new (_("Checked in"), "lds-self-driven");
  gtk_widget_set_valign (r->checked, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (head), r->checked);
  gtk_grid_attach (GTK_GRID (grid), head, 0, 0, 1, 1);

  r->meta = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (r->meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (r->meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (r->meta, "dim-label");
  gtk_widget_add_css_class (r->meta, "numeric");
  gtk_grid_attach (GTK_GRID (grid), r->meta, 0, 1, 1, 1);

  r->chart = lds_history_chart_new (FALSE);
  gtk_widget_set_valign (r->chart, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), r->chart, 1, 0, 1, 2);

  /* Translators: for screen readers; %s is a key result */
  value_said = g_strdup_printf (_("Value now of “%s”"), kr->title);
  /* Translators: for screen readers; %s is a key result */
  confidence_said = g_strdup_printf (_("Confidence, 0 to 10, of “%s”"), kr->title);
  /* Translators: for screen readers; %s is a key result */
  note_said = g_strdup_printf (_("Note on “%s”"), kr->title);
  if (r->milestone)
    {
      r->value = gtk_check_button_new_with_label (_("Done"));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (r->value), kr->current_value >= 1.0);
    }
  else
    {
      r->value = gtk_entry_new ();
      gtk_editable_set_width_chars (GTK_EDITABLE (r->value), 7);
      gtk_editable_set_max_width_chars (GTK_EDITABLE (r->value), 9);
      gtk_entry_set_input_purpose (GTK_ENTRY (r->value), GTK_INPUT_PURPOSE_NUMBER);
      gtk_entry_set_alignment (GTK_ENTRY (r->value), 1.0);
      g_signal_connect (r->value, "activate", G_CALLBACK (row_activate_cb), self);
    }
  gtk_widget_set_tooltip_text (r->value, value_said);
  gtk_widget_add_css_class (r->value, "lds-round-value");
  gtk_size_group_add_widget (self->values, r->value);
  gtk_box_append (GTK_BOX (inputs), labelled (r->value, value_said, kr->id));
  /* Two numbers side by side say what they are: the value its unit, the
   * other that it is the confidence */
  {
    GtkWidget *unit = caption (!r->milestone && kr->unit_label != NULL ? kr->unit_label : "");
    GtkWidget *confidence = caption (_("Confidence"));

    /* As wide in every row: the confidences line up */
    gtk_label_set_xalign (GTK_LABEL (unit), 0);
    gtk_size_group_add_widget (self->units, unit);
    gtk_box_append (GTK_BOX (inputs), unit);
    gtk_widget_set_margin_start (confidence, 6);
    gtk_box_append (GTK_BOX (inputs), confidence);
  }

  r->spin = gtk_spin_button_new_with_range (0, 10, 1);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (r->spin), kr->confidence >= 0 ? kr->confidence : 5);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (r->spin), TRUE);
  gtk_widget_set_tooltip_text (r->spin, _("Confidence of reaching the target, from 0 to 10"));
  gtk_widget_add_css_class (r->spin, "lds-round-confidence");
  {
    /* A spin button gives Enter to nobody (GTK 4.8): the row takes it first. */
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (
                                                              "Return|KP_Enter"),
                                                            gtk_callback_action_new (spin_enter_cb,
                                                                                     self, NULL)));
    gtk_widget_add_controller (r->spin, keys);
  }
  gtk_box_append (GTK_BOX (inputs), labelled (r->spin, confidence_said, kr->id));

  r->note = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (r->note), _("What happened, what is in the way"));
  gtk_widget_set_hexpand (r->note, TRUE);
  gtk_widget_add_css_class (r->note, "lds-round-note");
  g_signal_connect (r->note, "activate", G_CALLBACK (row_activate_cb), self);
  gtk_box_append (GTK_BOX (inputs), labelled (r->note, note_said, kr->id));

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "round.check-in");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", (gint64) kr->id);
  gtk_widget_add_css_class (button, "lds-round-button");
  gtk_box_append (GTK_BOX (inputs), button);
  gtk_grid_attach (GTK_GRID (grid), inputs, 0, 2, 2, 1);
  {
    GtkEventController *tabs = gtk_shortcut_controller_new ();

    gtk_event_controller_set_propagation_phase (tabs, GTK_PHASE_CAPTURE);
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (tabs),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Tab"),
                                                            gtk_callback_action_new (row_tab_cb,
                                                                                     GINT_TO_POINTER (FALSE),
                                                                                     NULL)));
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (tabs),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (
                                                              "<Shift>Tab|<Shift>ISO_Left_Tab"),
                                                            gtk_callback_action_new (row_tab_cb,
                                                                                     GINT_TO_POINTER (TRUE),
                                                                                     NULL)));
    gtk_widget_add_controller (inputs, tabs);
  }

  r->message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (r->message), 0);
  gtk_label_set_wrap (GTK_LABEL (r->message), TRUE);
  gtk_widget_add_css_class (r->message, "error");
  gtk_widget_set_visible (r->message, FALSE);
  gtk_grid_attach (GTK_GRID (grid), r->message, 0, 3, 2, 1);
  return grid;
}

static GtkWidget *
objective_heading (const LdsTrackedObjective *t)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = gtk_label_new (t->objective->title);
  GtkWidget *owner = gtk_label_new (t->owner_name);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_widget_add_css_class (title, "lds-objective-title");
  gtk_widget_add_css_class (owner, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), owner);
  gtk_widget_add_css_class (box, "lds-round-objective");
  return box;
}

static void
clear_list (LdsCheckinView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  g_hash_table_remove_all (self->rows);
  g_array_set_size (self->order, 0);
}

static gboolean
same_order (LdsCheckinView *self,
            GPtrArray      *tracked)
{
  guint k = 0;

  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      for (guint j = 0; j < t->key_results->len; j++, k++)
        if (k >= self->order->len ||
            g_array_index (self->order, LdsId, k) != ((LdsKeyResult *) t->key_results->pdata[j])->id)
          return FALSE;
    }
  return k == self->order->len;
}

static void
refresh (LdsPage *page)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (page);
  LdsStore *store = store_of (self);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  g_autoptr(LdsCycle) cycle = current_cycle (self);
  g_autoptr(GPtrArray) tracked = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *summary = NULL;
  gpointer owner = owner_id != 0 ? lds_store_get (store, type, owner_id, NULL) : NULL;
  guint n_krs = 0, n_overdue = 0, n_checked = 0;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  LdsId focus_id = 0;
  int focus_part = -1;
  gboolean rebuild;

  lds_store_get_file_settings (store, &self->settings);
  gtk_label_set_label (GTK_LABEL (self->title),
                       owner == NULL ? "" : type == LDS_RECORD_UNIT ? ((LdsUnit *) owner)->name
                                                                    : ((LdsPerson *) owner)->name);
  if (cycle != NULL)
    /* Translators: %s is a cycle, such as "2026 Q4" */
    subtitle = g_strdup_printf (_("Weekly check-in · %s"), cycle->name);
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");

  if (owner != NULL && cycle != NULL)
    tracked = lds_store_list_tracked (store, cycle->id, type, owner_id, LDS_SCOPE_OWN, NULL);
  if (tracked == NULL)
    tracked = g_ptr_array_new ();
  rebuild = !same_order (self, tracked);

  if (rebuild)
    {
      /* Where the keyboard was, and what was typed, come back. */
      if (focus != NULL && gtk_widget_is_ancestor (focus, self->list))
        {
          for (GtkWidget *w = focus; w != NULL && focus_id == 0; w = gtk_widget_get_parent (w))
            focus_id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (w), "lds-id"));
          if (focus_id != 0)
            {
              Row *r = g_hash_table_lookup (self->rows, ID_KEY (focus_id));

              focus_part = r == NULL ? -1
                         : gtk_widget_is_ancestor (focus, r->note) || focus == r->note ? 2
                         : gtk_widget_is_ancestor (focus, r->spin) || focus == r->spin ? 1 : 0;
            }
        }
      capture_drafts (self);
      clear_list (self);
    }

  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      if (rebuild && t->key_results->len > 0)
        gtk_box_append (GTK_BOX (self->list), objective_heading (t));
      for (guint j = 0; j < t->key_results->len; j++)
        {
          LdsKeyResult *kr = g_ptr_array_index (t->key_results, j);
          g_autoptr(LdsPerson) person = kr->owner_id != 0
                                        ? lds_store_get (store, LDS_RECORD_PERSON, kr->owner_id, NULL)
                                        : NULL;
          Row *r;
          gboolean overdue = FALSE, checked = FALSE;

          if (rebuild)
            {
              Draft *draft = g_hash_table_lookup (self->drafts, ID_KEY (kr->id));

              r = g_new0 (Row, 1);
              gtk_box_append (GTK_BOX (self->list), key_result_row (self, kr, r));
              g_hash_table_insert (self->rows, ID_KEY (kr->id), r);
              g_array_append_val (self->order, kr->id);
              if (draft != NULL)
                apply_draft (r, draft);
            }
          else
            r = g_hash_table_lookup (self->rows, ID_KEY (kr->id));
          update_row (self, r, t->objective, kr, person != NULL ? person->name : NULL, cycle,
                      &overdue, &checked);
          n_krs++;
          n_overdue += overdue;
          n_checked += checked;
        }
    }
  if (rebuild)
    g_hash_table_remove_all (self->drafts);

  if (rebuild && focus_id != 0)
    {
      Row *r = g_hash_table_lookup (self->rows, ID_KEY (focus_id));

      if (r != NULL)
        gtk_widget_grab_focus (focus_part == 2 ? r->note : focus_part == 1 ? r->spin : r->value);
    }

  if (n_krs > 0)
    {
      g_autofree char *checked_text =
        /* Translators: %1$u of %2$u key results of the team were checked in this round */
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$u of %2$u key result checked in",
                                      "%1$u of %2$u key results checked in", n_krs),
                         n_checked, n_krs);

      if (n_overdue > 0)
        /* Translators: %1$s says how many key results were checked in, %2$u how many are overdue */
        summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s · %2$u overdue",
                                                "%1$s · %2$u overdue", n_overdue),
                                   checked_text, n_overdue);
      else
        summary = g_steal_pointer (&checked_text);
    }
  gtk_label_set_label (GTK_LABEL (self->summary), summary != NULL ? summary : "");
  gtk_widget_set_visible (self->scroller, n_krs > 0);
  gtk_widget_set_visible (self->empty, n_krs == 0);
  gtk_label_set_label (GTK_LABEL (self->empty),
                       cycle == NULL ? _("This organisation has no cycles yet.")
                       : owner == NULL ? _("Choose a team or a person in the sidebar for its "
                                           "weekly check-in.")
                       : _("No key results to check in on in this cycle: the objectives of this "
                           "team and its people have none yet."));
  if (owner != NULL)
    lds_record_free (type, owner);
}

/* Checking in --------------------------------------------------------------------- */

static void
show_message (Row        *r,
              const char *message)
{
  gtk_label_set_label (GTK_LABEL (r->message), message != NULL ? message : "");
  gtk_widget_set_visible (r->message, message != NULL);
}

/* Writes the row's check-in; a row left as it was writes nothing. Returns
 * whether the round may go on to the next key result. */
static gboolean
check_in_row (LdsCheckinView *self,
              LdsId           id)
{
  Row *r = g_hash_table_lookup (self->rows, ID_KEY (id));
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(LdsCheckin) c = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  gint64 at = 0;

  if (r == NULL)
    return FALSE;
  kr = lds_store_get (store_of (self), LDS_RECORD_KEY_RESULT, id, NULL);
  if (kr == NULL)
    return FALSE;
  show_message (r, NULL);
  if (!row_is_touched (r, kr))
    return TRUE;

  c = lds_checkin_new ();
  c->key_result_id = id;
  if (r->milestone)
    c->value = gtk_check_button_get_active (GTK_CHECK_BUTTON (r->value)) ? 1.0 : 0.0;
  else if (*gtk_editable_get_text (GTK_EDITABLE (r->value)) != '\0' &&
           !lds_parse_number (gtk_editable_get_text (GTK_EDITABLE (r->value)), &c->value, &error))
    {
      show_message (r, error->message);
      gtk_widget_grab_focus (r->value);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  c->confidence = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (r->spin));
  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (r->note))));
  lds_set_text (&c->note, note);
  if (!lds_checkin_read_day (gtk_editable_get_text (GTK_EDITABLE (self->day)), &at, &error))
    {
      show_message (r, error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  c->at = at;

  /* Cleared first: the store's ::changed updates the row in place. */
  if (!r->milestone)
    gtk_editable_set_text (GTK_EDITABLE (r->value), "");
  gtk_editable_set_text (GTK_EDITABLE (r->note), "");
  if (!lds_store_check_in (store_of (self), c, &error))
    {
      if (!r->milestone && !isnan (c->value))
        {
          g_autofree char *text = lds_number_text (c->value);
          gtk_editable_set_text (GTK_EDITABLE (r->value), text);
        }
      gtk_editable_set_text (GTK_EDITABLE (r->note), note);
      show_message (r, error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return FALSE;
    }
  return TRUE;
}

static void
focus_next (LdsCheckinView *self,
            LdsId           id)
{
  for (guint i = 0; i < self->order->len; i++)
    if (g_array_index (self->order, LdsId, i) == id)
      {
        Row *next = i + 1 < self->order->len
                    ? g_hash_table_lookup (self->rows,
                                           ID_KEY (g_array_index (self->order, LdsId, i + 1)))
                    : NULL;

        if (next != NULL)
          gtk_widget_grab_focus (next->value);
        return;
      }
}

static void
check_in_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (widget);
  LdsId id = g_variant_get_int64 (parameter);

  if (check_in_row (self, id))
    focus_next (self, id);
}

/* The full dialog, for the key result with the keyboard */
static void
check_in_dialog_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *dialog;
  LdsId id = 0;

  for (GtkWidget *w = focus; w != NULL && id == 0; w = gtk_widget_get_parent (w))
    id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (w), "lds-id"));
  if (id == 0)
    return;
  dialog = lds_checkin_dialog_new (lds_page_get_window (LDS_PAGE (self)),
                                   store_of (self), id);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* Callbacks ------------------------------------------------------------------------ */

static void
context_changed_cb (LdsCheckinView *self)
{
  /* Drafts belong to the key results of the team shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      g_hash_table_remove_all (self->drafts);
      clear_list (self);
    }
  lds_page_queue_refresh (LDS_PAGE (self));
}

/* LdsView -------------------------------------------------------------------------- */

static GVariant *
lds_checkin_view_save_state (LdsView *view)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (view);
  GVariantBuilder drafts;

  capture_drafts (self);
  g_variant_builder_init (&drafts, G_VARIANT_TYPE ("a(xsbis)"));
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, self->drafts);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        Draft *d = value;

        g_variant_builder_add (&drafts, "(xsbis)", (gint64) GPOINTER_TO_SIZE (key),
                               d->value != NULL ? d->value : "", d->done, d->confidence,
                               d->note != NULL ? d->note : "");
      }
  }
  return g_variant_new ("(dsa(xsbis))", lds_page_get_scroll (LDS_PAGE (self)),
                        gtk_editable_get_text (GTK_EDITABLE (self->day)), &drafts);
}

static void
lds_checkin_view_restore_state (LdsView  *view,
                                GVariant *state)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (view);
  g_autoptr(GVariantIter) iter = NULL;
  const char *day = NULL, *value = NULL, *note = NULL;
  gboolean done;
  double scroll;
  gint64 id;
  int confidence;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(dsa(xsbis))")))
    return;
  g_variant_get (state, "(d&sa(xsbis))", &scroll, &day, &iter);
  gtk_editable_set_text (GTK_EDITABLE (self->day), day);
  while (g_variant_iter_loop (iter, "(x&sbi&s)", &id, &value, &done, &confidence, &note))
    {
      Draft *d = g_new0 (Draft, 1);
      Row *r = g_hash_table_lookup (self->rows, ID_KEY (id));

      d->value = g_strdup (value);
      d->done = done;
      d->confidence = confidence;
      d->note = g_strdup (note);
      if (r != NULL)
        {
          apply_draft (r, d);
          draft_free (d);
        }
      else
        g_hash_table_replace (self->drafts, ID_KEY (id), d);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)),
                            scroll);
}

static void
lds_checkin_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_checkin_view_save_state;
  iface->restore_state = lds_checkin_view_restore_state;
}

/* GObject -------------------------------------------------------------------------- */

static void
build (LdsCheckinView *self)
{
  GtkWidget *header = lds_page_add_header (LDS_PAGE (self), &self->title, &self->subtitle);
  GtkWidget *day_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *day_label = gtk_label_new_with_mnemonic (_("_Dated"));
  g_autofree char *today = lds_today ();

  self->summary = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->summary), 0);
  gtk_widget_add_css_class (self->summary, "numeric");
  gtk_box_append (GTK_BOX (gtk_widget_get_parent (self->subtitle)), self->summary);

  self->day = lds_date_entry_new (_("The day these check-ins are for: today, or a week "
                                    "missed"));
  lds_date_entry_set_date (self->day, today);
  gtk_label_set_mnemonic_widget (GTK_LABEL (day_label), self->day);
  gtk_widget_add_css_class (day_label, "dim-label");
  gtk_widget_add_css_class (self->day, "lds-round-day");
  gtk_widget_set_valign (day_box, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (day_box), day_label);
  gtk_box_append (GTK_BOX (day_box), gtk_widget_get_parent (self->day));
  gtk_box_append (GTK_BOX (header), day_box);

  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->list, "lds-round");
  self->scroller = lds_page_add_scroller (LDS_PAGE (self));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), self->list);

  self->empty = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->empty), TRUE);
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_widget_add_css_class (self->empty, "lds-empty-state");
  gtk_widget_set_vexpand (self->empty, TRUE);
  gtk_widget_set_valign (self->empty, GTK_ALIGN_START);
  lds_page_append (LDS_PAGE (self), self->empty);
}

static void
lds_checkin_view_constructed (GObject *object)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (object);

  G_OBJECT_CLASS (lds_checkin_view_parent_class)->constructed (object);

  self->context = lds_page_get_context (LDS_PAGE (self));
  g_signal_connect_object (self->context, "notify::owner-id", G_CALLBACK (context_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id", G_CALLBACK (context_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
lds_checkin_view_finalize (GObject *object)
{
  LdsCheckinView *self = LDS_CHECKIN_VIEW (object);

  g_hash_table_unref (self->rows);
  g_hash_table_unref (self->drafts);
  g_array_unref (self->order);
  g_object_unref (self->values);
  g_object_unref (self->units);

  G_OBJECT_CLASS (lds_checkin_view_parent_class)->finalize (object);
}

static void
lds_checkin_view_class_init (LdsCheckinViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LdsPageClass *page_class = LDS_PAGE_CLASS (klass);

  object_class->constructed = lds_checkin_view_constructed;
  object_class->finalize = lds_checkin_view_finalize;

  gtk_widget_class_set_css_name (widget_class, "ldscheckinview");

  page_class->refresh = refresh;
  page_class->watched_types = (1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) |
                              (1 << LDS_RECORD_CYCLE) | (1 << LDS_RECORD_OBJECTIVE) |
                              (1 << LDS_RECORD_KEY_RESULT) | (1 << LDS_RECORD_CHECKIN);
  page_class->watches_settings = TRUE;
  page_class->follows = 0;
  gtk_widget_class_install_action (widget_class, "round.check-in", "x", check_in_action);
  gtk_widget_class_install_action (widget_class, "round.check-in-dialog", NULL,
                                   check_in_dialog_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK,
                                       "round.check-in-dialog", NULL);
}

static void
lds_checkin_view_init (LdsCheckinView *self)
{
  self->rows = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->drafts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) draft_free);
  self->order = g_array_new (FALSE, FALSE, sizeof (LdsId));
  self->values = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->units = gtk_size_group_new (GTK_SIZE_GROUP_HORIZONTAL);
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
  build (self);
}

GtkWidget *
lds_checkin_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_CHECKIN_VIEW, "context", context, NULL);
}

/* Puts the keyboard on the first key result's value, to start the round. */
gboolean
lds_checkin_view_focus_first (LdsCheckinView *self)
{
  Row *r;

  g_return_val_if_fail (LDS_IS_CHECKIN_VIEW (self), FALSE);

  lds_page_refresh_if_stale (LDS_PAGE (self));
  if (self->order->len == 0)
    return FALSE;
  r = g_hash_table_lookup (self->rows, ID_KEY (g_array_index (self->order, LdsId, 0)));
  return r != NULL && gtk_widget_grab_focus (r->value);
}
