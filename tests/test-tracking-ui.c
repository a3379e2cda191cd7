/* test-tracking-ui.c: the weekly check-in round, the check-in dialog, the
 * revisions asked for in the editors, and the lists of a past day, through
 * their widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock is fixed at 2026-11-22T10:00:00Z; the quarter runs from
 * 2026-10-01 and is active.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-changes-view.h"
#include "lds-checkin-dialog.h"
#include "lds-checkin-view.h"
#include "lds-coach-view.h"
#include "lds-form.h"
#include "lds-key-result-editor.h"
#include "lds-kpi-view.h"
#include "lds-map-page.h"
#include "lds-map-view.h"
#include "lds-midcycle-view.h"
#include "lds-objectives-view.h"
#include "lds-store-checkin.h"
#include "lds-tracking-list.h"
#include "lds-store-revision.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-tracking.h"
#include "lds-window.h"

typedef struct
{
  LdsStore  *store;
  LdsId      company, east, person;
  LdsId      quarter;
  LdsId      objective, kr_a, kr_b, person_objective, kr_c;
  LdsWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsKeyResult) milestone = lds_key_result_new ();
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(GError) error = NULL;

  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->east = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->quarter = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");
  f->objective = lds_test_add_objective (f->store, f->quarter, f->east, "Win the east");
  o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->objective, NULL);
  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  f->kr_a = lds_test_add_key_result (f->store, f->objective, "New customers", 10, 50, 10);
  milestone->objective_id = f->objective;
  milestone->metric = LDS_METRIC_MILESTONE;
  milestone->start_value = 0;
  milestone->target_value = 1;
  milestone->current_value = 0;
  lds_set_text (&milestone->title, "Open the Hangzhou office");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, milestone, &error));
  f->kr_b = milestone->id;
  {
    g_autoptr(LdsObjective) p = lds_objective_new ();

    p->cycle_id = f->quarter;
    p->owner_person_id = f->person;
    p->status = LDS_OBJECTIVE_STATUS_ACTIVE;
    lds_set_text (&p->title, "Learn the product");
    g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, p, &error));
    f->person_objective = p->id;
  }
  f->kr_c = lds_test_add_key_result (f->store, f->person_objective, "Demos given", 0, 12, 0);
  lds_store_clear_history (f->store);

  f->window = lds_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  /* What the window makes once it is on screen (the other views, the
   * editors) is made before the test types. */
  lds_test_ui_wait (700);
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->east));
  lds_test_ui_iterate ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_clear_object (&f->store);
}

static LdsKeyResult *
get_kr (Fixture *f,
        LdsId    id)
{
  return lds_store_get (f->store, LDS_RECORD_KEY_RESULT, id, NULL);
}

/* The widget carrying @css_class that holds the keyboard focus, if any. */
static GtkWidget *
focused (Fixture    *f,
         const char *css_class)
{
  GtkWidget *focus = lds_test_ui_focus (GTK_WINDOW (f->window));

  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (w, css_class))
      return w;
  return NULL;
}

static void
tab (Fixture *f)
{
  /* The Tab key, pressed where the keyboard is, once a frame has laid out
   * what the last key changed; within a row the row takes it, else the
   * window moves the focus on. */
  lds_test_ui_wait_frame (GTK_WIDGET (f->window));
  if (!lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "Tab"))
    g_assert_true (gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD));
  lds_test_ui_iterate ();
}

static GPtrArray *
checkins_of (Fixture *f,
             LdsId    kr)
{
  return lds_store_list_by (f->store, LDS_RECORD_CHECKIN, "key_result_id", kr, NULL);
}

/* The round's count, in the interface's language */
static gboolean
says_checked_in (GtkWidget *view,
                 guint      n,
                 guint      of)
{
  g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                        "%1$u of %2$u key result checked in",
                                                        "%1$u of %2$u key results checked in", of),
                                           n, of);

  return lds_test_ui_has_label (view, text);
}

static GtkWidget *
show_round (Fixture *f)
{
  GtkWidget *view;

  lds_window_show_view (f->window, "checkins");
  lds_test_ui_iterate ();
  view = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_CHECKIN_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return view;
}

/* A value's entry hints at the value now as the line above writes it
 * ("2,870", not "2870"), and takes it back grouped. */
static void
test_round_grouped (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LdsKeyResult) kr = get_kr (f, f->kr_a);
  GtkWidget *view, *value;

  kr->target_value = 5000;
  kr->current_value = 2870;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, NULL));
  view = show_round (f);
  g_assert_true (lds_checkin_view_focus_first (LDS_CHECKIN_VIEW (view)));
  value = focused (f, "lds-round-value");
  g_assert_nonnull (value);
  g_assert_cmpstr (gtk_entry_get_placeholder_text (GTK_ENTRY (value)), ==, "2,870");

  /* Typed as shown, it is read as the number it is */
  gtk_editable_set_text (GTK_EDITABLE (value), "3,010");
  g_assert_true (gtk_widget_activate_action (value, "round.check-in", "x", (gint64) f->kr_a));
  lds_test_ui_iterate ();
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 3010);
}

/* Type, Tab, type, Tab, type, Enter: one key result after another. */
static void
test_round (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *view, *value, *spin, *note;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  LdsCheckin *checkin;

  /* One value with a unit, the others without */
  kr = get_kr (f, f->kr_a);
  lds_set_text (&kr->unit_label, "customers");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, NULL));
  g_clear_pointer (&kr, lds_key_result_free);
  view = show_round (f);

  /* Three key results: the team's two, then its person's. */
  g_assert_cmpuint (lds_test_ui_count (view, "lds-round-value"), ==, 3);
  /* Each row's two numbers say what they are: a unit where there is one,
   * "Confidence" before the other, at the same place in every row */
  g_assert_true (lds_test_ui_has_label (view, "customers"));
  {
    g_autoptr(GPtrArray) captions = g_ptr_array_new ();
    double x = -1;
    guint confidences = 0;

    lds_test_ui_collect (view, "lds-round-caption", captions);
    for (guint i = 0; i < captions->len; i++)
      {
        graphene_point_t at;

        if (g_strcmp0 (gtk_label_get_label (captions->pdata[i]), _("Confidence")) != 0)
          continue;
        confidences++;
        g_assert_true (gtk_widget_compute_point (captions->pdata[i], view,
                                                 &GRAPHENE_POINT_INIT (0, 0), &at));
        if (x >= 0)
          g_assert_cmpfloat (fabs (at.x - x), <, 0.5);
        x = at.x;
      }
    g_assert_cmpuint (confidences, ==, 3);
  }
  g_assert_true (lds_test_ui_has_label (view, "Learn the product"));
  g_assert_true (says_checked_in (view, 0, 3));

  g_assert_true (lds_checkin_view_focus_first (LDS_CHECKIN_VIEW (view)));
  value = focused (f, "lds-round-value");
  g_assert_nonnull (value);
  gtk_editable_set_text (GTK_EDITABLE (value), "24");
  tab (f);
  spin = focused (f, "lds-round-confidence");
  g_assert_nonnull (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "8");
  tab (f);
  note = focused (f, "lds-round-note");
  g_assert_nonnull (note);
  gtk_editable_set_text (GTK_EDITABLE (note), "Two chains signed");
  g_signal_emit_by_name (note, "activate");
  lds_test_ui_iterate ();

  a = checkins_of (f, f->kr_a);
  g_assert_cmpuint (a->len, ==, 1);
  checkin = g_ptr_array_index (a, 0);
  g_assert_cmpfloat (checkin->value, ==, 24);
  g_assert_cmpint (checkin->confidence, ==, 8);
  g_assert_cmpstr (checkin->note, ==, "Two chains signed");
  g_assert_cmpint (checkin->at, ==, lds_now ());
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 24);
  g_assert_cmpint (kr->confidence, ==, 8);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, _("Check In"));
  /* The row is ready for next week; its mark says it is done. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note)), ==, "");
  g_assert_true (says_checked_in (view, 1, 3));

  /* The keyboard went on to the milestone; Enter there, untouched, only moves on. */
  g_assert_nonnull (focused (f, "lds-round-value"));
  g_assert_true (GTK_IS_CHECK_BUTTON (focused (f, "lds-round-value")));
  tab (f);

  g_assert_nonnull (focused (f, "lds-round-confidence"));
  /* (The row's own Enter is caught before the spin button's text, in the
   * capture phase: pressed where it is installed.) */
  g_assert_true (lds_test_ui_press (focused (f, "lds-round-confidence"), "Return"));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 1);

  /* The person's key result: a value and Enter. */
  value = focused (f, "lds-round-value");
  g_assert_nonnull (value);
  gtk_editable_set_text (GTK_EDITABLE (value), "3");
  g_signal_emit_by_name (value, "activate");
  lds_test_ui_iterate ();
  c = checkins_of (f, f->kr_c);
  g_assert_cmpuint (c->len, ==, 1);
  g_assert_cmpfloat (((LdsCheckin *) c->pdata[0])->value, ==, 3);
  /* Untouched, the confidence is the one it had (none: the middle of the scale). */
  g_assert_cmpint (((LdsCheckin *) c->pdata[0])->confidence, ==, 5);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 2);

  /* Undo takes the last check-in back, and the row shows it. */
  g_assert_true (lds_store_undo (f->store, NULL));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 1);
  g_assert_true (says_checked_in (view, 1, 3));
}

/* A value the round cannot read is refused at its row; nothing is written. */
static void
test_round_refuses (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *view = show_round (f);
  GtkWidget *value, *day;

  g_assert_true (lds_checkin_view_focus_first (LDS_CHECKIN_VIEW (view)));
  value = focused (f, "lds-round-value");
  gtk_editable_set_text (GTK_EDITABLE (value), "lots");
  g_signal_emit_by_name (value, "activate");
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 0);
  g_assert_true (focused (f, "lds-round-value") == value);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "lots");
  g_assert_true (lds_test_ui_count (view, "error") > 0);

  /* A day to come is refused too, and what was typed stays. */
  day = lds_test_ui_find (view, "lds-round-day");
  gtk_editable_set_text (GTK_EDITABLE (day), "2026-12-25");
  gtk_editable_set_text (GTK_EDITABLE (value), "30");
  g_signal_emit_by_name (value, "activate");
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "30");

  /* A week missed is back-dated. */
  gtk_editable_set_text (GTK_EDITABLE (day), "2026-11-15");
  g_signal_emit_by_name (value, "activate");
  lds_test_ui_iterate ();
  {
    g_autoptr(GPtrArray) a = checkins_of (f, f->kr_a);

    g_assert_cmpuint (a->len, ==, 1);
    g_assert_cmpint (((LdsCheckin *) a->pdata[0])->at, ==,
                     lds_date_to_time ("2026-11-15") + 12 * 3600);
  }
}

/* What is typed and not given survives a change to the file and a rebuilt window. */
static void
test_round_keeps_drafts (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *view = show_round (f);
  GtkWidget *value;
  g_autoptr(GVariant) state = NULL;

  g_assert_true (lds_checkin_view_focus_first (LDS_CHECKIN_VIEW (view)));
  value = focused (f, "lds-round-value");
  gtk_editable_set_text (GTK_EDITABLE (value), "31");

  /* A key result added elsewhere rebuilds the list. */
  lds_test_add_key_result (f->store, f->objective, "Referrals", 0, 20, 0);
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (view, "lds-round-value"), ==, 4);
  value = focused (f, "lds-round-value");
  g_assert_nonnull (value);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "31");

  /* save_state / restore_state, as a window rebuilt in another language does */
  state = lds_view_save_state (LDS_VIEW (view));
  g_variant_ref_sink (state);
  gtk_editable_set_text (GTK_EDITABLE (value), "");
  lds_view_restore_state (LDS_VIEW (view), state);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (value)), ==, "31");
}

/* The dialog: a milestone done, a confidence, a note */
static void
test_checkin_dialog (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *dialog = lds_checkin_dialog_new (GTK_WINDOW (f->window), f->store, f->kr_b);
  GtkWidget *done, *scale, *note;
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GPtrArray) b = NULL;

  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_iterate ();
  done = lds_test_ui_find (dialog, "lds-field-value");
  scale = lds_test_ui_find (dialog, "lds-field-confidence");
  note = lds_test_ui_find (dialog, "lds-field-note");
  g_assert_true (GTK_IS_CHECK_BUTTON (done));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (done), TRUE);
  gtk_range_set_value (GTK_RANGE (scale), 9);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (note)), "Keys handed over", -1);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();

  kr = get_kr (f, f->kr_b);
  g_assert_cmpfloat (kr->current_value, ==, 1);
  g_assert_cmpint (kr->confidence, ==, 9);
  b = checkins_of (f, f->kr_b);
  g_assert_cmpuint (b->len, ==, 1);
  g_assert_cmpstr (((LdsCheckin *) b->pdata[0])->note, ==, "Keys handed over");
}

/* A new target in an active cycle asks why; cancelled, nothing is written. */
static void
test_revision_asked (Fixture       *f,
                     gconstpointer  data)
{
  GtkWidget *view, *editor, *entry;
  GtkWindow *dialog;
  LdsForm *form;
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  LdsRevision *r;

  lds_window_show_view (f->window, "objectives");
  lds_test_ui_iterate ();
  view = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_OBJECTIVES_VIEW);
  gtk_widget_activate_action (view, "workspace.edit-key-result", "x", f->kr_a);
  lds_test_ui_iterate ();
  editor = lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (view));
  g_assert_true (LDS_IS_KEY_RESULT_EDITOR (editor));
  form = lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (editor));

  lds_test_ui_fill (GTK_WIDGET (form), "target_value", "45");
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  g_assert_nonnull (dialog);
  /* It says what changes, from what to what. */
  {
    g_autofree char *change = g_strdup_printf (_("%1$s: %2$s → %3$s"), _("Target"), "50", "45");
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), change));
  }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  lds_test_ui_iterate ();
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->target_value, ==, 50);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (form, "target_value"))),
                   ==, "50");

  /* Again, with a reason: the change and one revision, in one step of Undo. */
  lds_test_ui_fill (GTK_WIDGET (form), "target_value", "45");
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  entry = lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-reason");
  /* Without a reason, the dialog says what it needs and stays. */
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (lds_test_ui_count (GTK_WIDGET (dialog), "error") > 0);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Two groups moved to next quarter");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->target_value, ==, 45);
  revisions = lds_store_list_revisions (f->store, kr->uuid, NULL);
  g_assert_cmpuint (revisions->len, ==, 1);
  r = g_ptr_array_index (revisions, 0);
  g_assert_cmpstr (r->field, ==, "target_value");
  g_assert_cmpstr (r->old_value, ==, "50");
  g_assert_cmpstr (r->new_value, ==, "45");
  g_assert_cmpstr (r->reason, ==, "Two groups moved to next quarter");
  g_assert_true (lds_store_undo (f->store, NULL));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);
}

/* The workspace on a past day: what existed, with that day's values, read only */
static void
test_past_day (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsObjective) early = lds_objective_new ();
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;
  gint64 start = lds_date_to_time ("2026-10-01");
  GtkWidget *view;
  LdsContext *context = lds_window_get_context (f->window);
  g_autofree char *then = NULL;
  g_autofree char *now = NULL;

  early->cycle_id = f->quarter;
  early->owner_unit_id = f->east;
  early->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  early->created_at = kr->created_at = start - LDS_DAY_SECONDS;
  lds_set_text (&early->title, "Be known in Hangzhou");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, early, &error));
  kr->objective_id = early->id;
  lds_set_text (&kr->title, "Cafés that know us");
  kr->start_value = 0;
  kr->target_value = 80;
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  {
    g_autoptr(LdsCheckin) c = lds_checkin_new ();
    c->key_result_id = kr->id;
    c->at = start + 10 * LDS_DAY_SECONDS;
    c->value = 12;
    g_assert_true (lds_store_check_in (f->store, c, &error));
  }
  {
    g_autoptr(LdsCheckin) c = lds_checkin_new ();
    c->key_result_id = kr->id;
    c->at = start + 40 * LDS_DAY_SECONDS;
    c->value = 48;
    g_assert_true (lds_store_check_in (f->store, c, &error));
  }
  g_assert_no_error (error);

  lds_window_show_view (f->window, "objectives");
  lds_test_ui_iterate ();
  view = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_OBJECTIVES_VIEW);
  then = g_strdup_printf (_("%1$s / %2$s"), "12", "80");
  now = g_strdup_printf (_("%1$s / %2$s"), "48", "80");
  g_assert_true (lds_test_ui_has_label (view, now));
  g_assert_true (lds_test_ui_has_label (view, "Win the east"));

  /* October 20th: the value of the first check-in; the objective written
   * today is not there yet; nothing can be edited. */
  lds_context_set_at (context, lds_day_end ("2026-10-20"));
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (view, then));
  g_assert_false (lds_test_ui_has_label (view, now));
  g_assert_false (lds_test_ui_has_label (view, "Win the east"));
  g_assert_true (lds_test_ui_has_label (view, "Be known in Hangzhou"));
  g_assert_false (gtk_widget_activate_action (view, "workspace.delete-objective", "x", early->id) &&
                  lds_store_count (f->store, LDS_RECORD_OBJECTIVE) < 3);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 3);

  /* Back to today (Alt+Home) */
  g_assert_true (lds_test_ui_press (view, "<Alt>Home"));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_context_get_at (context), ==, 0);
  g_assert_true (lds_test_ui_has_label (view, now));

  /* The same from the toolbar: the day button's popover (made when it
   * first opens) has a calendar and a week's steps. */
  {
    GtkWidget *day = lds_test_ui_find (view, "lds-day-button");
    GtkWidget *popover, *calendar, *earlier = NULL;
    g_autoptr(GDateTime) october_20 = g_date_time_new_utc (2026, 10, 20, 12, 0, 0);

    g_assert_true (GTK_IS_MENU_BUTTON (day));
    g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (day)));
    gtk_menu_button_popup (GTK_MENU_BUTTON (day));
    lds_test_ui_iterate ();
    popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (day)));
    g_assert_nonnull (popover);
    calendar = lds_test_ui_find_type (popover, GTK_TYPE_CALENDAR);
    g_assert_nonnull (calendar);
    gtk_calendar_select_day (GTK_CALENDAR (calendar), october_20);
    lds_test_ui_iterate ();
    g_assert_cmpint (lds_context_get_at (context), ==, lds_day_end ("2026-10-20"));
    g_assert_true (lds_test_ui_has_label (view, then));

    gtk_menu_button_popup (GTK_MENU_BUTTON (day));
    lds_test_ui_iterate ();
    for (GtkWidget *w = lds_test_ui_find_type (popover, GTK_TYPE_BUTTON); w != NULL && earlier == NULL;
         w = gtk_widget_get_next_sibling (w))
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), _("A Week _Earlier")) == 0)
        earlier = w;
    g_assert_nonnull (earlier);
    g_signal_emit_by_name (earlier, "clicked");
    lds_test_ui_iterate ();
    g_assert_cmpint (lds_context_get_at (context), ==, lds_day_end ("2026-10-13"));

    /* The 13th of November, from the 13th of October: GTK does not tell of
     * it (the day of the month is the same), Enter takes it all the same. */
    {
      g_autoptr(GDateTime) november_13 = g_date_time_new_utc (2026, 11, 13, 12, 0, 0);

      gtk_menu_button_popup (GTK_MENU_BUTTON (day));
      lds_test_ui_iterate ();
      gtk_calendar_select_day (GTK_CALENDAR (calendar), november_13);
      lds_test_ui_iterate ();
      g_assert_cmpint (lds_context_get_at (context), ==, lds_day_end ("2026-10-13"));
      lds_test_ui_press_on (calendar, GDK_KEY_Return, 0, GTK_PHASE_CAPTURE);
      lds_test_ui_iterate ();
      g_assert_cmpint (lds_context_get_at (context), ==, lds_day_end ("2026-11-13"));
      g_assert_false (gtk_widget_get_mapped (calendar));
    }
  }
}

static gboolean
lists (GListModel *items,
       const char *title)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LdsTrackingItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (lds_tracking_item_get_title (item), title) == 0)
        return TRUE;
    }
  return FALSE;
}

/* The mid-cycle review lists a key result with low confidence; the changes
 * of the last week list its check-in. */
static void
test_review_and_changes (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LdsCheckin) c = lds_checkin_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *midcycle, *changes;
  g_autoptr(LdsKeyResult) on_track = get_kr (f, f->kr_a);

  /* Three quarters of the way in the middle of the quarter: on track. */
  on_track->current_value = 40;
  lds_set_text (&on_track->unit_label, "%");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, on_track, &error));
  lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->company);
  lds_test_ui_iterate ();
  lds_window_show_view (f->window, "midcycle");
  lds_test_ui_iterate ();
  midcycle = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_MIDCYCLE_VIEW);
  g_assert_false (lists (lds_midcycle_view_get_items (LDS_MIDCYCLE_VIEW (midcycle)), "New customers"));

  c->key_result_id = f->kr_a;
  c->value = 41;
  c->confidence = 2;
  lds_set_text (&c->note, "Lost the biggest prospect");
  g_assert_true (lds_store_check_in (f->store, c, &error));
  lds_test_ui_iterate ();
  g_assert_true (lists (lds_midcycle_view_get_items (LDS_MIDCYCLE_VIEW (midcycle)), "New customers"));
  g_assert_true (lists (lds_midcycle_view_get_items (LDS_MIDCYCLE_VIEW (midcycle)), "Northwind › 华东销售组"));

  lds_window_show_view (f->window, "changes");
  lds_test_ui_iterate ();
  changes = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_CHANGES_VIEW);
  g_assert_true (lists (lds_changes_view_get_items (LDS_CHANGES_VIEW (changes)), "Win the east"));
  g_assert_true (lists (lds_changes_view_get_items (LDS_CHANGES_VIEW (changes)), "New customers"));
  g_assert_false (lists (lds_changes_view_get_items (LDS_CHANGES_VIEW (changes)), "Demos given"));

  /* A value in percent moved (from its start), written as its progress is:
   * "41%", not "41 %" */
  {
    GListModel *items = lds_changes_view_get_items (LDS_CHANGES_VIEW (changes));
    const char *subtitle = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(LdsTrackingItem) item = g_list_model_get_item (items, i);

        if (g_strcmp0 (lds_tracking_item_get_title (item), "New customers") == 0)
          subtitle = lds_tracking_item_get_subtitle (item);
      }
    g_assert_nonnull (subtitle);
    g_assert_true (g_str_has_prefix (subtitle, "10 → 41% · "));
  }
}

/* KPIs: added, updated, and never in a score */
static void
test_kpis (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *view, *entry, *value, *dialog;
  g_autoptr(GPtrArray) kpis = NULL;
  g_autoptr(LdsKeyResult) before = get_kr (f, f->kr_a);
  g_autoptr(LdsKeyResult) after = NULL;
  LdsKpi *kpi;

  lds_window_show_view (f->window, "kpis");
  lds_test_ui_iterate ();
  view = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_KPI_VIEW);
  entry = lds_test_ui_find (view, "lds-new-kpi");
  gtk_editable_set_text (GTK_EDITABLE (entry), "Gross margin");
  g_signal_emit_by_name (entry, "activate");
  lds_test_ui_iterate ();
  kpis = lds_store_list_by (f->store, LDS_RECORD_KPI, "unit_id", f->east, NULL);
  g_assert_cmpuint (kpis->len, ==, 1);
  kpi = g_ptr_array_index (kpis, 0);
  g_assert_true (lds_test_ui_has_label (view, "Gross margin"));

  gtk_widget_activate_action (view, "kpi.update", "x", kpi->id);
  lds_test_ui_iterate ();
  dialog = GTK_WIDGET (lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG));
  value = lds_test_ui_find (dialog, "lds-field-value");
  gtk_editable_set_text (GTK_EDITABLE (value), "31");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_clear_pointer (&kpis, g_ptr_array_unref);
  kpis = lds_store_list_by (f->store, LDS_RECORD_KPI, "unit_id", f->east, NULL);
  g_assert_cmpfloat (((LdsKpi *) kpis->pdata[0])->current_value, ==, 31);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KPI_CHECKIN), ==, 1);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 0);
  after = get_kr (f, f->kr_a);
  g_assert_true (lds_record_equal (LDS_RECORD_KEY_RESULT, before, after));
}

/* The map: another day in place; a coach badge leads to its findings */
static void
test_map (Fixture       *f,
          gconstpointer  data)
{
  LdsContext *context = lds_window_get_context (f->window);
  GtkWidget *page, *coach;
  LdsMapView *map;
  LdsMapModel *model;
  guint node, i = 0;

  lds_window_show_view (f->window, "map");
  lds_test_ui_wait (200);
  page = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_MAP_PAGE);
  map = lds_map_page_get_view (LDS_MAP_PAGE (page));
  model = lds_map_view_get_model (map);
  g_assert_nonnull (model);
  /* Today: the coach counts its findings on the objective. */
  node = lds_map_model_find (model, f->objective);
  g_assert_cmpuint (node, !=, LDS_MAP_NONE);
  g_assert_cmpuint (lds_map_model_get_node (model, node)->badge, >, 0);

  /* The objectives were written today: a week back, the map is empty. */
  lds_context_set_at (context, lds_day_end ("2026-11-15"));
  lds_test_ui_iterate ();
  model = lds_map_view_get_model (map);
  g_assert_true (model == NULL || lds_map_model_find (model, f->objective) == LDS_MAP_NONE);
  lds_context_set_at (context, 0);
  lds_test_ui_iterate ();
  model = lds_map_view_get_model (map);
  node = lds_map_model_find_key_result (model, f->kr_a, &i);
  g_assert_cmpuint (node, !=, LDS_MAP_NONE);

  /* Ctrl+Shift+H: the findings of the selected objective, in the coach view */
  g_assert_true (lds_map_view_select (map, f->objective));
  gtk_widget_activate_action (page, "map-page.show-findings", NULL);
  lds_test_ui_iterate ();
  coach = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_COACH_VIEW);
  g_assert_true (gtk_widget_get_mapped (coach));
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/tracking-ui/round", test_round);
  ADD ("/tracking-ui/round/grouped", test_round_grouped);
  ADD ("/tracking-ui/round/refuses", test_round_refuses);
  ADD ("/tracking-ui/round/drafts", test_round_keeps_drafts);
  ADD ("/tracking-ui/checkin-dialog", test_checkin_dialog);
  ADD ("/tracking-ui/revision-asked", test_revision_asked);
  ADD ("/tracking-ui/past-day", test_past_day);
  ADD ("/tracking-ui/review-and-changes", test_review_and_changes);
  ADD ("/tracking-ui/kpis", test_kpis);
  ADD ("/tracking-ui/map", test_map);
#undef ADD

  return g_test_run ();
}
