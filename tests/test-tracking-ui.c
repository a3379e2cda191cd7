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

#include "lds-checkin-dialog.h"
#include "lds-checkin-view.h"
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

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

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
  /* What the Tab key does: the window moves the focus on. */
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
  view = find_type (GTK_WIDGET (f->window), LDS_TYPE_CHECKIN_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (view));
  return view;
}

/* Type, Tab, type, Tab, type, Enter: one key result after another. */
static void
test_round (Fixture       *f,
            gconstpointer  data)
{
  GtkWidget *view = show_round (f);
  GtkWidget *value, *spin, *note;
  g_autoptr(GPtrArray) a = NULL;
  g_autoptr(GPtrArray) c = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  LdsCheckin *checkin;

  /* Three key results: the team's two, then its person's. */
  g_assert_cmpuint (lds_test_ui_count (view, "lds-round-value"), ==, 3);
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

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/tracking-ui/round", test_round);
  ADD ("/tracking-ui/round/refuses", test_round_refuses);
  ADD ("/tracking-ui/round/drafts", test_round_keeps_drafts);
  ADD ("/tracking-ui/checkin-dialog", test_checkin_dialog);
#undef ADD

  return g_test_run ();
}
