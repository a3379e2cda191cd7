/* test-workspace.c: the editing workspace, piece by piece, through its widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-alignment-picker.h"
#include "lds-checkin-dialog.h"
#include "lds-cycle-dialog.h"
#include "lds-date-entry.h"
#include "lds-date-control.h"
#include "lds-demo.h"
#include "lds-inline-title.h"
#include "lds-key-result-editor.h"
#include "lds-objective-editor.h"
#include "lds-objective-row.h"
#include "lds-objectives-view.h"
#include "lds-pickers.h"
#include "lds-store-align.h"
#include "lds-store-okr.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  LdsStore  *store;
  LdsId      company, sales, east, west, person;
  LdsId      year, q4, q1;
  LdsId      company_o, company_kr;
  LdsId      sales_o, sales_kr1, sales_kr2, sales_o2;
  LdsId      east_o;
  LdsWindow *window;
  GtkWidget *view;
} Fixture;

static LdsId
add_year (LdsStore *store)
{
  g_autoptr(LdsCycle) year = lds_cycle_new ();
  g_autoptr(GError) error = NULL;

  lds_set_text (&year->name, "2026");
  year->kind = LDS_CYCLE_KIND_YEAR;
  year->start_date = g_strdup ("2026-01-01");
  year->end_date = g_strdup ("2026-12-31");
  year->state = LDS_CYCLE_STATE_ACTIVE;
  g_assert_true (lds_store_append (store, LDS_RECORD_CYCLE, year, &error));
  return year->id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsCycle) q4 = NULL;
  g_autoptr(GError) error = NULL;

  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  f->east = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->west = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "West");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->year = add_year (f->store);
  f->q4 = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");
  f->q1 = lds_test_add_cycle (f->store, "2027 Q1", "2027-01-01", "2027-03-31");
  q4 = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);
  q4->parent_id = f->year;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_CYCLE, q4, &error));

  f->company_o = lds_test_add_objective (f->store, f->q4, f->company, "Delight every customer");
  f->company_kr = lds_test_add_key_result (f->store, f->company_o, "Net promoter score", 20, 50, 30);
  f->sales_o = lds_test_add_objective (f->store, f->q4, f->sales, "Win the east");
  f->sales_kr1 = lds_test_add_key_result (f->store, f->sales_o, "New customers", 0, 40, 30);
  f->sales_kr2 = lds_test_add_key_result (f->store, f->sales_o, "Churn", 8, 2, 5);
  f->sales_o2 = lds_test_add_objective (f->store, f->q4, f->sales, "让客户爱上我们");
  {
    g_autoptr(LdsObjective) o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->sales_o2, NULL);
    o->position = 1;
    lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, NULL);
  }
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, f->sales_o,
                                           LDS_RECORD_KEY_RESULT, f->company_kr, NULL, &error));
  f->east_o = lds_test_add_objective (f->store, f->q4, f->east, "Open the east coast");
  lds_store_clear_history (f->store);

  f->window = lds_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  f->view = lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_OBJECTIVES_VIEW);
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
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

static LdsObjective *
get_objective (Fixture *f,
               LdsId    id)
{
  return lds_store_get (f->store, LDS_RECORD_OBJECTIVE, id, NULL);
}

static gboolean
focus_on_row (Fixture *f,
              LdsId    objective)
{
  LdsObjectiveRow *row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), objective);

  return row != NULL && lds_objective_row_focus_part (row, LDS_ROW_PART_ROW, 0);
}

/* A new title in an active cycle is a revision: the dialog asks why, and
 * the change is written once the reason is given. */
static void
give_reason (Fixture    *f,
             const char *reason)
{
  GtkWindow *dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  GtkWidget *entry;

  g_assert_nonnull (dialog);
  entry = lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-reason");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), reason);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
}

/* Editors: every field, and a refused value at its field, never half-saved. */

static void
test_key_result_editor (Fixture       *f,
                        gconstpointer  data)
{
  LdsForm *form;
  GtkWidget *editor;
  g_autoptr(LdsKeyResult) before = get_kr (f, f->sales_kr1);
  g_autoptr(LdsKeyResult) after = NULL;
  g_autoptr(LdsCycle) q4 = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);

  /* While the cycle is planned, targets change freely: in an active one a
   * new target asks why first (test-tracking-ui.c). */
  q4->state = LDS_CYCLE_STATE_PLANNING;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_CYCLE, q4, NULL));
  lds_store_clear_history (f->store);

  gtk_widget_activate_action (f->view, "workspace.edit-key-result", "x", f->sales_kr1);
  lds_test_ui_iterate ();
  editor = lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (f->view));
  g_assert_true (LDS_IS_KEY_RESULT_EDITOR (editor));
  form = lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (editor));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (form, "target_value"))),
                   ==, "40");

  /* A target equal to the start: refused at the target, nothing saved. */
  lds_test_ui_fill (GTK_WIDGET (form), "target_value", "0");
  g_assert_nonnull (lds_form_get_error (form, "target_value"));
  after = get_kr (f, f->sales_kr1);
  g_assert_true (lds_record_equal (LDS_RECORD_KEY_RESULT, before, after));
  g_assert_false (lds_store_can_undo (f->store));

  /* Not a number: said at the field. */
  lds_test_ui_fill (GTK_WIDGET (form), "start_value", "forty");
  g_assert_nonnull (strstr (lds_form_get_error (form, "start_value"), "forty"));
  lds_test_ui_fill (GTK_WIDGET (form), "start_value", "0");

  /* A weight below zero: refused, and while it stays, a good target is not
   * saved either (the record is saved whole or not at all). */
  lds_test_ui_fill (GTK_WIDGET (form), "weight", "-1");
  g_assert_nonnull (lds_form_get_error (form, "weight"));
  lds_test_ui_fill (GTK_WIDGET (form), "target_value", "60");
  g_assert_nonnull (lds_form_get_error (form, "weight"));
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpfloat (after->weight, ==, 1.0);
  g_assert_cmpfloat (after->target_value, ==, 40);

  /* Put right: target and weight saved together, as one action. */
  lds_test_ui_fill (GTK_WIDGET (form), "weight", "2");
  g_assert_false (lds_form_has_errors (form));
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpfloat (after->target_value, ==, 60);
  g_assert_cmpfloat (after->weight, ==, 2);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Key Result");

  /* The owner, the confidence, the flags. */
  g_assert_true (lds_record_dropdown_select (lds_form_get_widget (form, "owner_id"),
                                             LDS_RECORD_PERSON, f->person));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lds_form_get_widget (form, "confidence")), 8);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lds_form_get_widget (form, "tied_to_compensation")),
                               TRUE);
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpint (after->owner_id, ==, f->person);
  g_assert_cmpint (after->confidence, ==, 7);
  g_assert_true (after->tied_to_compensation);

  /* A milestone: done or not. */
  lds_enum_dropdown_set (lds_form_get_widget (form, "metric"), LDS_METRIC_MILESTONE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lds_form_get_widget (form, "done")), TRUE);
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpint (after->metric, ==, LDS_METRIC_MILESTONE);
  g_assert_cmpfloat (after->current_value, ==, 1.0);

  /* Undo, from the window, takes it back step by step: not done, then a
   * number again, and the editor shows what is stored. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  lds_test_ui_iterate ();
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpfloat (after->current_value, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  lds_test_ui_iterate ();
  g_clear_pointer (&after, lds_key_result_free);
  after = get_kr (f, f->sales_kr1);
  g_assert_cmpint (after->metric, ==, LDS_METRIC_NUMBER);
  g_assert_cmpfloat (after->current_value, ==, 30);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (form, "current_value"))),
                   ==, "30");

  /* Escape closes the panel. */
  gtk_widget_activate_action (f->view, "workspace.close-editor", NULL);
  lds_test_ui_iterate ();
  g_assert_null (lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (f->view)));
}

static void
test_objective_editor (Fixture       *f,
                       gconstpointer  data)
{
  LdsForm *form;
  GtkWidget *editor;
  g_autoptr(LdsObjective) o = NULL;

  gtk_widget_activate_action (f->view, "workspace.edit-objective", "x", f->sales_o);
  lds_test_ui_iterate ();
  editor = lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (f->view));
  g_assert_true (LDS_IS_OBJECTIVE_EDITOR (editor));
  form = lds_objective_editor_get_form (LDS_OBJECTIVE_EDITOR (editor));

  /* An empty title is refused at the title. */
  lds_test_ui_fill (GTK_WIDGET (form), "title", "   ");
  g_assert_nonnull (lds_form_get_error (form, "title"));
  o = get_objective (f, f->sales_o);
  g_assert_cmpstr (o->title, ==, "Win the east");
  g_assert_false (lds_store_can_undo (f->store));

  lds_test_ui_fill (GTK_WIDGET (form), "title", "Win the whole east");
  give_reason (f, "The west is covered by partners");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Rename Objective");
  lds_enum_dropdown_set (lds_form_get_widget (form, "type"), LDS_OBJECTIVE_TYPE_ASPIRATIONAL);
  lds_enum_dropdown_set (lds_form_get_widget (form, "perspective"), LDS_PERSPECTIVE_CUSTOMER);
  lds_enum_dropdown_set (lds_form_get_widget (form, "visibility"), LDS_VISIBILITY_PRIVATE);
  lds_test_ui_fill (GTK_WIDGET (form), "private_reason", "Names a customer");
  g_clear_pointer (&o, lds_objective_free);
  o = get_objective (f, f->sales_o);
  g_assert_cmpint (o->type, ==, LDS_OBJECTIVE_TYPE_ASPIRATIONAL);
  g_assert_cmpint (o->perspective, ==, LDS_PERSPECTIVE_CUSTOMER);
  g_assert_cmpstr (o->private_reason, ==, "Names a customer");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Objective");

  /* Another cycle, from the editor: a move, and the objective stays in focus. */
  g_assert_true (lds_record_dropdown_select (lds_form_get_widget (form, "cycle_id"), LDS_RECORD_CYCLE,
                                             f->q1));
  lds_test_ui_iterate ();
  g_clear_pointer (&o, lds_objective_free);
  o = get_objective (f, f->sales_o);
  g_assert_cmpint (o->cycle_id, ==, f->q1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Move Objective");
  g_assert_cmpint (lds_window_get_cycle_id (f->window), ==, f->q1);
  g_assert_nonnull (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o));
}

/* Inline editing, ordering, duplicating and deleting, from the keyboard. */

static void
test_inline_rename (Fixture       *f,
                    gconstpointer  data)
{
  LdsObjectiveRow *row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o);
  LdsInlineTitle *title;
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;

  /* F2 on the row edits its title in place. */
  g_assert_true (focus_on_row (f, f->sales_o));
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "F2"));
  title = LDS_INLINE_TITLE (gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (f->window)),
                                                     LDS_TYPE_INLINE_TITLE));
  g_assert_nonnull (title);
  g_assert_true (lds_inline_title_get_editing (title));

  /* Emptied, it is refused and says why; the title stays. */
  lds_inline_title_set_editing_text (title, "");
  lds_inline_title_stop_editing (title, TRUE);
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window),
                                        _("An objective needs a title that says where you want to be.")));
  o = get_objective (f, f->sales_o);
  g_assert_cmpstr (o->title, ==, "Win the east");

  row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o);
  g_assert_true (lds_objective_row_rename (row, 0));
  title = LDS_INLINE_TITLE (gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (f->window)),
                                                     LDS_TYPE_INLINE_TITLE));
  lds_inline_title_set_editing_text (title, "赢得华东市场");
  lds_inline_title_stop_editing (title, TRUE);
  lds_test_ui_iterate ();
  give_reason (f, "A clearer name");
  g_clear_pointer (&o, lds_objective_free);
  o = get_objective (f, f->sales_o);
  g_assert_cmpstr (o->title, ==, "赢得华东市场");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Rename Objective");

  /* A key result too. */
  row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o);
  g_assert_true (lds_objective_row_rename (row, f->sales_kr2));
  title = LDS_INLINE_TITLE (gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (f->window)),
                                                     LDS_TYPE_INLINE_TITLE));
  lds_inline_title_set_editing_text (title, "Monthly churn");
  lds_inline_title_stop_editing (title, TRUE);
  lds_test_ui_iterate ();
  give_reason (f, "Said per month now");
  kr = get_kr (f, f->sales_kr2);
  g_assert_cmpstr (kr->title, ==, "Monthly churn");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Rename Key Result");
}

static void
test_reorder (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LdsObjective) first = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  GtkWidget *focus;

  /* Alt+Down moves the objective down, and the keyboard stays on it. */
  g_assert_true (focus_on_row (f, f->sales_o));
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "<Alt>Down"));
  lds_test_ui_iterate ();
  first = get_objective (f, f->sales_o);
  g_assert_cmpint (first->position, ==, 1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Reorder Objectives");
  focus = lds_test_ui_focus (GTK_WINDOW (f->window));
  g_assert_true (gtk_widget_get_ancestor (focus, LDS_TYPE_OBJECTIVE_ROW) ==
                 GTK_WIDGET (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o)));

  /* A drop before the other one puts it back first. */
  gtk_widget_activate_action (f->view, "workspace.place-objective", "(xxb)", f->sales_o, f->sales_o2,
                              FALSE);
  lds_test_ui_iterate ();
  g_clear_pointer (&first, lds_objective_free);
  first = get_objective (f, f->sales_o);
  g_assert_cmpint (first->position, ==, 0);

  /* Key results: Alt+Up on the second. */
  lds_objective_row_focus_part (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o),
                                LDS_ROW_PART_KEY_RESULT, f->sales_kr2);
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "<Alt>Up"));
  lds_test_ui_iterate ();
  kr = get_kr (f, f->sales_kr2);
  g_assert_cmpint (kr->position, ==, 0);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Reorder Key Results");
}

static void
test_duplicate_delete_undo (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *tip = NULL;
  gint64 n = lds_store_count (f->store, LDS_RECORD_OBJECTIVE);
  gint64 n_krs = lds_store_count (f->store, LDS_RECORD_KEY_RESULT);

  g_assert_true (focus_on_row (f, f->sales_o));
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "<Control>d"));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n + 1);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, n_krs + 2);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), "Win the east (copy)"));

  /* Delete on the copy (which has the keyboard): gone, with Undo offered. */
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "Delete"));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n);
  g_assert_false (lds_test_ui_has_label (GTK_WIDGET (f->window), "Win the east (copy)"));
  tip = g_strdup_printf (_("Undo %s"), _("Delete Objective"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (lds_test_ui_find (GTK_WIDGET (f->window), "lds-undo")),
                   ==, tip);

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n + 1);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, n_krs + 2);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), "Win the east (copy)"));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n);

  /* A key result, with Delete on its row. */
  lds_objective_row_focus_part (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o),
                                LDS_ROW_PART_KEY_RESULT, f->sales_kr2);
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "Delete"));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, n_krs - 1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Delete Key Result");
}

static void
test_move_dialog (Fixture       *f,
                  gconstpointer  data)
{
  GtkWindow *dialog;
  g_autoptr(LdsObjective) o = NULL;

  g_assert_true (focus_on_row (f, f->sales_o2));
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (f->window)), "<Control>m"));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_true (lds_record_dropdown_select (lds_test_ui_find (GTK_WIDGET (dialog),
                                                               "lds-field-owner_unit_id"),
                                             LDS_RECORD_PERSON, f->person));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  o = get_objective (f, f->sales_o2);
  g_assert_cmpint (o->owner_person_id, ==, f->person);
  g_assert_cmpint (o->owner_unit_id, ==, 0);
  g_assert_false (lds_test_ui_has_label (GTK_WIDGET (f->window), "让客户爱上我们"));
}

static void
test_alignment (Fixture       *f,
                gconstpointer  data)
{
  LdsAlignmentPicker *picker;

  /* East's objective serves nothing and is not self-driven: flagged. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->east));
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-flag"), ==, 1);

  /* The picker finds Sales's key result by a Chinese or an English word,
   * shows the owner chain, and links. */
  gtk_widget_activate_action (f->view, "workspace.align-objective", "x", f->east_o);
  lds_test_ui_iterate ();
  picker = LDS_ALIGNMENT_PICKER (lds_test_ui_find_dialog (GTK_WINDOW (f->window),
                                                          LDS_TYPE_ALIGNMENT_PICKER));
  g_assert_nonnull (picker);
  lds_alignment_picker_search (picker, "customers");
  g_assert_cmpuint (lds_alignment_picker_get_n_shown (picker), ==, 1);
  lds_alignment_picker_search (picker, "客户");
  g_assert_cmpuint (lds_alignment_picker_get_n_shown (picker), ==, 1);
  g_assert_true (lds_alignment_picker_select (picker, LDS_RECORD_OBJECTIVE, f->sales_o2));
  /* Each item's owner chain starts under its title, not under the O or KR
   * before it; and the line under the list names the item chosen. */
  {
    GtkWidget *item = lds_test_ui_find (GTK_WIDGET (picker), "lds-picker-item");
    GtkWidget *title = gtk_grid_get_child_at (GTK_GRID (item), 1, 0);
    GtkWidget *chain = gtk_grid_get_child_at (GTK_GRID (item), 1, 1);
    graphene_point_t at_title, at_chain, at_kind;

    lds_test_ui_wait (300);
    g_assert_true (gtk_widget_compute_point (title, GTK_WIDGET (picker), &GRAPHENE_POINT_INIT (0, 0),
                                             &at_title));
    g_assert_true (gtk_widget_compute_point (chain, GTK_WIDGET (picker), &GRAPHENE_POINT_INIT (0, 0),
                                             &at_chain));
    g_assert_true (gtk_widget_compute_point (gtk_grid_get_child_at (GTK_GRID (item), 0, 0),
                                             GTK_WIDGET (picker), &GRAPHENE_POINT_INIT (0, 0),
                                             &at_kind));
    g_assert_cmpfloat (at_chain.x, ==, at_title.x);
    g_assert_cmpfloat (at_kind.x, <, at_title.x);
    g_assert_cmpfloat (at_chain.y, >, at_title.y);
    g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (chain)), ==, "Northwind → Sales");
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (picker), "Nothing aligns to “让客户爱上我们” yet."));
  }
  lds_alignment_picker_search (picker, "northwind sales");
  g_assert_true (lds_alignment_picker_select (picker, LDS_RECORD_KEY_RESULT, f->sales_kr1));
  gtk_widget_activate_action (GTK_WIDGET (picker), "picker.choose", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-flag"), ==, 0);
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-link"), ==, 1);

  /* The same again is refused, in the picker, which stays open. */
  gtk_widget_activate_action (f->view, "workspace.align-objective", "x", f->east_o);
  lds_test_ui_iterate ();
  picker = LDS_ALIGNMENT_PICKER (lds_test_ui_find_dialog (GTK_WINDOW (f->window),
                                                          LDS_TYPE_ALIGNMENT_PICKER));
  g_assert_true (lds_alignment_picker_select (picker, LDS_RECORD_KEY_RESULT, f->sales_kr1));
  gtk_widget_activate_action (GTK_WIDGET (picker), "picker.choose", NULL);
  lds_test_ui_iterate ();
  g_assert_nonnull (lds_test_ui_find_dialog (GTK_WINDOW (f->window), LDS_TYPE_ALIGNMENT_PICKER));
  {
    GtkWidget *message = lds_test_ui_find (GTK_WIDGET (picker), "lds-picker-message");

    g_assert_nonnull (message);
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (message)), "New customers"));
  }
  gtk_window_close (GTK_WINDOW (picker));
  lds_test_ui_iterate ();

  /* Removing the link, from its ✕. */
  {
    GtkWidget *remove = lds_test_ui_find (GTK_WIDGET (f->window), "lds-remove-link");

    g_assert_nonnull (remove);
    g_signal_emit_by_name (remove, "clicked");
    lds_test_ui_iterate ();
  }
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Remove Alignment");
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-flag"), ==, 1);

  /* Or marked self-driven: no flag either. */
  gtk_widget_activate_action (f->view, "workspace.mark-self-driven", "x", f->east_o);
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-flag"), ==, 0);
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (f->window), "lds-self-driven"), ==, 1);
}

/* What other views and the search ask for. */

static void
count_added_rows_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *count)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (model, i);

      *count += LDS_IS_OBJECTIVE_ROW (child);
    }
}

static void
test_open_record (Fixture       *f,
                  gconstpointer  data)
{
  LdsContext *context = lds_window_get_context (f->window);
  GtkWidget *editor;

  GtkWidget *list = gtk_widget_get_ancestor (lds_test_ui_find (f->view, "lds-objective"),
                                             GTK_TYPE_LIST_BOX);
  g_autoptr(GListModel) rows = gtk_widget_observe_children (list);
  guint added = 0;

  /* An objective of another owner and another cycle: the window goes there
   * and the workspace opens its editor. The page is built once, for the
   * new owner in the new cycle: not on the way for Sales in the new cycle,
   * which has an objective there too. */
  lds_test_add_objective (f->store, f->q1, f->sales, "Sales next quarter");
  g_assert_true (lds_store_move_objective (f->store, f->east_o, LDS_RECORD_UNIT, f->east, f->q1,
                                           NULL));
  lds_test_ui_iterate ();
  g_signal_connect (rows, "items-changed", G_CALLBACK (count_added_rows_cb), &added);
  lds_context_open_record (context, LDS_RECORD_OBJECTIVE, f->east_o);
  lds_test_ui_iterate ();
  g_signal_handlers_disconnect_by_func (rows, count_added_rows_cb, &added);
  g_assert_cmpuint (added, ==, 1);
  g_assert_cmpint (lds_window_get_cycle_id (f->window), ==, f->q1);
  g_assert_cmpint (lds_context_get_owner_id (context), ==, f->east);
  g_assert_cmpint (lds_context_get_objective_id (context), ==, f->east_o);
  editor = lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (f->view));
  g_assert_true (LDS_IS_OBJECTIVE_EDITOR (editor));
  g_assert_cmpint (lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (editor)), ==, f->east_o);

  /* A key result: its editor. */
  lds_context_open_record (context, LDS_RECORD_KEY_RESULT, f->company_kr);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_context_get_owner_id (context), ==, f->company);
  editor = lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (f->view));
  g_assert_true (LDS_IS_KEY_RESULT_EDITOR (editor));
  g_assert_cmpint (lds_key_result_editor_get_key_result (LDS_KEY_RESULT_EDITOR (editor)), ==,
                   f->company_kr);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  LdsContext *context = lds_window_get_context (f->window);
  GtkWidget *entry;

  g_assert_true (lds_test_ui_press (GTK_WIDGET (f->window), "<Control>f"));
  entry = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (f->window)), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);

  /* Chinese: a unit by a part of its name. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "华东");
  g_signal_emit_by_name (entry, "search-changed");
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), "华东销售组"));
  g_signal_emit_by_name (entry, "activate");
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_context_get_owner_type (context), ==, LDS_RECORD_UNIT);
  g_assert_cmpint (lds_context_get_owner_id (context), ==, f->east);

  /* English: a key result, which leads to its objective. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "promoter");
  g_signal_emit_by_name (entry, "search-changed");
  lds_test_ui_iterate ();
  g_signal_emit_by_name (entry, "activate");
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_context_get_owner_id (context), ==, f->company);
  g_assert_cmpint (lds_context_get_objective_id (context), ==, f->company_o);
  g_assert_true (gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (f->window)),
                                          LDS_TYPE_OBJECTIVE_ROW) != NULL);

  /* Escape leaves the search for the tree. */
  g_signal_emit_by_name (entry, "stop-search");
  lds_test_ui_iterate ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

/* The organisation and the cycles. */

static void
test_organisation (Fixture       *f,
                   gconstpointer  data)
{
  GtkWindow *dialog;
  g_autoptr(LdsUnit) west = NULL;
  g_autoptr(LdsObjective) o = NULL;
  LdsId hr = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "HR");

  /* Renaming and moving a team is one action, and its OKRs go with it. */
  lds_test_add_objective (f->store, f->q4, f->west, "West aim");
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->west));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-owner", NULL);
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-name")),
                         "West & Partners");
  g_assert_true (lds_record_dropdown_select (lds_test_ui_find (GTK_WIDGET (dialog),
                                                               "lds-field-parent_id"),
                                             LDS_RECORD_UNIT, hr));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  west = lds_store_get (f->store, LDS_RECORD_UNIT, f->west, NULL);
  g_assert_cmpstr (west->name, ==, "West & Partners");
  g_assert_cmpint (west->parent_id, ==, hr);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Unit");
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), "West aim"));

  /* A unit inside itself is refused at the field; the dialog stays. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-owner", NULL);
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-name")), "");
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_assert_nonnull (lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG));
  g_assert_nonnull (lds_form_get_error (g_object_get_data (G_OBJECT (dialog), "lds-form"), "name"));
  gtk_window_destroy (dialog);

  /* A champion. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.new-person", NULL);
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  gtk_editable_set_text (GTK_EDITABLE (lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-name")),
                         "Wang Fang");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (lds_test_ui_find (GTK_WIDGET (dialog),
                                                                   "lds-field-champion")), TRUE);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), _("Champion")));

  /* Deleting Sales asks; its OKRs move to the company. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.delete-owner", NULL);
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), GTK_TYPE_DIALOG);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (lds_test_ui_find (GTK_WIDGET (dialog),
                                                                                  "lds-field-move"))));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_assert_null (lds_store_get (f->store, LDS_RECORD_UNIT, f->sales, NULL));
  o = get_objective (f, f->sales_o);
  g_assert_cmpint (o->owner_unit_id, ==, f->company);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Delete Unit");
}

static void
test_cycles (Fixture       *f,
             gconstpointer  data)
{
  LdsCycleDialog *cycles;
  GtkWindow *copy;
  g_autoptr(GPtrArray) carried = NULL;

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-cycles", NULL);
  lds_test_ui_iterate ();
  cycles = LDS_CYCLE_DIALOG (lds_test_ui_find_dialog (GTK_WINDOW (f->window), LDS_TYPE_CYCLE_DIALOG));
  g_assert_nonnull (cycles);
  g_assert_cmpint (lds_cycle_dialog_get_cycle (cycles), ==, f->q4);

  gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.close", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Close Cycle");
  g_assert_nonnull (lds_cycle_dialog_get_status (cycles));

  /* Copying the unfinished objectives: into the next quarter by default. */
  gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.copy-unfinished", NULL);
  lds_test_ui_iterate ();
  copy = lds_test_ui_find_dialog (GTK_WINDOW (cycles), GTK_TYPE_DIALOG);
  g_assert_nonnull (copy);
  gtk_dialog_response (GTK_DIALOG (copy), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  carried = lds_store_list_by (f->store, LDS_RECORD_OBJECTIVE, "cycle_id", f->q1, NULL);
  g_assert_cmpuint (carried->len, ==, 4);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Copy Unfinished Objectives");

  /* A new cycle inside the year, and a date outside it refused at its field. */
  lds_cycle_dialog_select (cycles, f->year);
  gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.new-inside", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Cycle");
  lds_test_ui_fill (GTK_WIDGET (lds_cycle_dialog_get_form (cycles)), "start_date", "2025-12-01");
  g_assert_nonnull (lds_form_get_error (lds_cycle_dialog_get_form (cycles), "start_date"));
  gtk_window_close (GTK_WINDOW (cycles));
  lds_test_ui_iterate ();
}

static GtkWidget *
cycle_date_entry (LdsCycleDialog *cycles,
                  const char     *field)
{
  g_autofree char *css = g_strdup_printf ("lds-field-%s", field);
  GtkWidget *entry = lds_test_ui_find (GTK_WIDGET (lds_cycle_dialog_get_form (cycles)), css);

  g_assert_true (GTK_IS_ENTRY (entry));
  return entry;
}

static char *
stored_end (Fixture *f)
{
  g_autoptr(LdsCycle) cycle = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);

  return g_strdup (cycle->end_date);
}

/* A cycle's days read as the rest of the interface writes them, in either
 * language; typed that way, as "2026-12-15", or picked from the calendar
 * that Alt+Down opens; something else is refused at the field with an
 * example, and the cycle is left as it was. */
static void
test_cycle_days (Fixture       *f,
                 gconstpointer  data)
{
  const char *languages[] = { "en", "zh_CN" };
  const char *starts[] = { "1 Oct 2026", "2026年10月1日" };
  const char *typed[] = { "15 Dec 2026", "2026年12月16日" };
  const char *typed_iso[] = { "2026-12-15", "2026-12-16" };
  const char *picked[] = { "20 Dec 2026", "2026年12月20日" };
  const char *examples[] = { "22 Nov 2026", "2026年11月22日" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      LdsCycleDialog *cycles;
      GtkWidget *end, *popover, *calendar;
      g_autoptr(GDateTime) day = g_date_time_new_utc (2026, 12, 20, 12, 0, 0);
      g_autofree char *end_before = NULL;
      g_autofree char *end_after = NULL;
      g_autofree char *end_picked = NULL;
      const char *message;

      lds_i18n_set_language (languages[l]);
      gtk_widget_activate_action (GTK_WIDGET (f->window), "win.edit-cycles", NULL);
      lds_test_ui_iterate ();
      cycles = LDS_CYCLE_DIALOG (lds_test_ui_find_dialog (GTK_WINDOW (f->window),
                                                          LDS_TYPE_CYCLE_DIALOG));
      lds_cycle_dialog_select (cycles, f->q4);
      lds_test_ui_iterate ();
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (cycle_date_entry (cycles, "start_date"))),
                       ==, starts[l]);

      /* Typed as the interface writes days */
      lds_test_ui_fill (GTK_WIDGET (lds_cycle_dialog_get_form (cycles)), "end_date", typed[l]);
      lds_test_ui_iterate ();
      end_after = stored_end (f);
      g_assert_cmpstr (end_after, ==, typed_iso[l]);
      g_assert_null (lds_form_get_error (lds_cycle_dialog_get_form (cycles), "end_date"));

      /* Numbers that could be two days: refused, with an example */
      end_before = stored_end (f);
      lds_test_ui_fill (GTK_WIDGET (lds_cycle_dialog_get_form (cycles)), "end_date", "12/11/2026");
      message = lds_form_get_error (lds_cycle_dialog_get_form (cycles), "end_date");
      g_assert_nonnull (message);
      g_assert_nonnull (strstr (message, "12/11/2026"));
      g_assert_nonnull (strstr (message, examples[l]));
      g_clear_pointer (&end_after, g_free);
      end_after = stored_end (f);
      g_assert_cmpstr (end_after, ==, end_before);

      /* Picked from the calendar, which Alt+Down opens on the day typed */
      end = cycle_date_entry (cycles, "end_date");
      lds_date_entry_set_date (end, "2026-12-15");
      g_assert_true (lds_test_ui_press_on (end, GDK_KEY_Down, GDK_ALT_MASK, GTK_PHASE_BUBBLE));
      lds_test_ui_iterate ();
      calendar = lds_test_ui_find_type (GTK_WIDGET (cycles), GTK_TYPE_CALENDAR);
      g_assert_nonnull (calendar);
      popover = gtk_widget_get_ancestor (calendar, GTK_TYPE_POPOVER);
      g_assert_true (gtk_widget_get_visible (popover));
      {
        g_autoptr(GDateTime) shown = gtk_calendar_get_date (GTK_CALENDAR (calendar));

        g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, 15);
      }
      gtk_calendar_select_day (GTK_CALENDAR (calendar), day);
      lds_test_ui_iterate ();
      g_assert_false (gtk_widget_get_visible (popover));
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (end)), ==, picked[l]);
      end_picked = stored_end (f);
      g_assert_cmpstr (end_picked, ==, "2026-12-20");

      /* The same day of another month, which GTK does not announce: taken
       * by Enter (or a click on the day) all the same. */
      {
        GtkWidget *start = cycle_date_entry (cycles, "start_date");
        g_autoptr(GDateTime) next_month = g_date_time_new_utc (2026, 11, 1, 12, 0, 0);
        g_autoptr(LdsCycle) q4 = NULL;

        g_assert_true (lds_test_ui_press_on (start, GDK_KEY_Down, GDK_ALT_MASK, GTK_PHASE_BUBBLE));
        lds_test_ui_iterate ();
        calendar = lds_test_ui_find_type (gtk_widget_get_parent (start), GTK_TYPE_CALENDAR);
        gtk_calendar_select_day (GTK_CALENDAR (calendar), next_month);
        lds_test_ui_iterate ();
        g_assert_true (gtk_widget_get_mapped (calendar));
        lds_test_ui_press_on (calendar, GDK_KEY_Return, 0, GTK_PHASE_CAPTURE);
        lds_test_ui_iterate ();
        g_assert_false (gtk_widget_get_mapped (calendar));
        q4 = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);
        g_assert_cmpstr (q4->start_date, ==, "2026-11-01");
        lds_date_entry_set_date (start, "2026-10-01");
        g_signal_emit_by_name (start, "activate");
        lds_test_ui_iterate ();
      }

      gtk_window_close (GTK_WINDOW (cycles));
      lds_test_ui_iterate ();
    }
  lds_i18n_set_language (NULL);
}

/* A damaged file, found after the window opened: nothing can be changed. */

static void
test_damaged (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "damaged.lodestar", NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  LdsWindow *window;

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  g_clear_object (&store);
  g_file_get_contents (path, &contents, &length, &error);
  memset (contents + 4096, 0x5a, 4096);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  store = lds_store_open (path, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_assert_no_error (error);
  window = lds_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_assert_false (lds_store_wait_for_check (store, NULL));
  lds_test_ui_iterate ();
  /* The message says so, and the actions that change the file are off. */
  {
    GtkWindow *message = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_WINDOW);

    g_assert_nonnull (message);
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (message), _("This organisation cannot be changed")));
    gtk_window_destroy (message);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-unit", NULL);
  lds_test_ui_iterate ();
  g_assert_null (lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_WINDOW));
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

/* Screen readers: rows and buttons say what they are. */

static void
test_accessibility (Fixture       *f,
                    gconstpointer  data)
{
  LdsObjectiveRow *row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o);
  GtkWidget *undo = lds_test_ui_find (GTK_WIDGET (f->window), "lds-undo");
  GtkWidget *entry = lds_test_ui_find (GTK_WIDGET (f->window), "lds-new-key-result");

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Win the east");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (undo), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       _("Nothing to Undo"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       _("New key result"));
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (lds_test_ui_find (GTK_WIDGET (row),
                                                                                     "lds-kr-row")),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL) ||
                 gtk_test_accessible_has_property (
                   GTK_ACCESSIBLE (gtk_widget_get_parent (lds_test_ui_find (GTK_WIDGET (row),
                                                                             "lds-kr-row"))),
                   GTK_ACCESSIBLE_PROPERTY_LABEL));
}

/* The views after the first are made once the window is on screen; the
 * view switcher names them all from the start, and asking for one makes
 * it at once. */

static gboolean
has_type (GtkWidget  *root,
          const char *type_name)
{
  if (g_str_equal (G_OBJECT_TYPE_NAME (root), type_name))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_type (child, type_name))
      return TRUE;
  return FALSE;
}

static void
test_later_views (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsWindow *window;
  GtkStack *stack;

  for (guint i = 0; i < 3; i++)
    {
      window = lds_window_new (NULL, store);
      stack = lds_test_ui_views_stack (GTK_WIDGET (window));
      g_assert_nonnull (gtk_stack_get_child_by_name (stack, "coach"));
      g_assert_cmpstr (gtk_stack_page_get_title (
                         gtk_stack_get_page (stack, gtk_stack_get_child_by_name (stack, "coach"))),
                       ==, _("Coach"));
      g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "objectives");
      g_assert_false (has_type (GTK_WIDGET (window), "LdsObjectivesView"));
      g_assert_false (has_type (GTK_WIDGET (window), "LdsCoachView"));
      if (i == 0)
        {
          /* On screen: made after the first frame. */
          gtk_window_present (GTK_WINDOW (window));
          lds_test_ui_wait (100);
          g_assert_true (has_type (GTK_WIDGET (window), "LdsObjectivesView"));
          g_assert_true (has_type (GTK_WIDGET (window), "LdsCoachView"));
          g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "objectives");
        }
      else if (i == 1)
        {
          /* Asked for: made at once, with the others. */
          lds_window_show_view (window, "coach");
          g_assert_true (has_type (GTK_WIDGET (window), "LdsCoachView"));
          g_assert_true (has_type (GTK_WIDGET (window), "LdsObjectivesView"));
          g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "coach");
        }
      else
        {
          /* The objectives asked for: made alone, the others wait. */
          lds_window_show_view (window, "objectives");
          g_assert_true (has_type (GTK_WIDGET (window), "LdsObjectivesView"));
          g_assert_false (has_type (GTK_WIDGET (window), "LdsCoachView"));
          g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "objectives");
        }
      g_assert_true (gtk_widget_get_parent (gtk_stack_get_child_by_name (stack, "coach")) ==
                     GTK_WIDGET (stack));
      /* The switcher keeps its order, whatever was made when. */
      {
        static const char *order[] = { "objectives", "map", "coach", "checkins", "midcycle",
                                       "changes", "kpis" };
        g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (stack));

        g_assert_cmpuint (g_list_model_get_n_items (pages), ==, G_N_ELEMENTS (order));
        for (guint p = 0; p < G_N_ELEMENTS (order); p++)
          {
            GtkStackPage *page = g_list_model_get_item (pages, p);

            g_assert_cmpstr (gtk_stack_page_get_name (page), ==, order[p]);
            g_object_unref (page);
          }
      }
      gtk_window_destroy (GTK_WINDOW (window));
      lds_test_ui_iterate ();
    }
}

typedef struct
{
  GtkWidget *window;
  gboolean   painted;
  gboolean   page_drawn;
} FirstFrame;

static void
first_frame_cb (GdkFrameClock *clock,
                FirstFrame    *first)
{
  if (first->painted)
    return;
  GtkWidget *view = lds_test_ui_find_type (first->window, LDS_TYPE_OBJECTIVES_VIEW);

  first->painted = TRUE;
  first->page_drawn = view != NULL && gtk_widget_is_drawable (view);
}

static void
first_frame_realize_cb (GtkWidget  *window,
                        FirstFrame *first)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_cb), first);
}

/* The window's first frame shows the sidebar and no half-made page (a
 * title without its text, a date and buttons over nothing): the page is
 * made and appears whole, with its objectives, in the frames just after. */
static void
test_first_frame (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  LdsId cycle = lds_test_add_cycle (store, "2026 Q4", "2026-10-01", "2026-12-31");
  LdsId objective = lds_test_add_objective (store, cycle, company, "Delight every customer");
  FirstFrame first = { NULL };
  LdsWindow *window = lds_window_new (NULL, store);
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  first.window = GTK_WIDGET (window);
  g_signal_connect (window, "realize", G_CALLBACK (first_frame_realize_cb), &first);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  while (!first.painted && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (first.painted);
  g_assert_false (first.page_drawn);

  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_is_drawable (lds_test_ui_find_type (GTK_WIDGET (window),
                                                                LDS_TYPE_DATE_CONTROL)));
  g_assert_nonnull (lds_test_ui_find_objective_row (GTK_WIDGET (window), objective));
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (window)),
                                        first_frame_cb, &first);
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
}

/* The rows of the page left are taken apart once the new page is shown,
 * and every one of them: the person waits for the new page only. */
static void
test_retired_rows (Fixture       *f,
                   gconstpointer  data)
{
  LdsObjectiveRow *row = lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o);
  gpointer old = row;

  g_assert_nonnull (row);
  g_object_add_weak_pointer (G_OBJECT (row), &old);
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->east));
  g_assert_nonnull (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->east_o));
  g_assert_null (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->sales_o));
  g_assert_nonnull (old);
  g_assert_null (gtk_widget_get_parent (GTK_WIDGET (old)));

  lds_test_ui_iterate ();
  g_assert_null (old);

  /* Back and forth, and the window closed with rows still waiting. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->east));
  g_assert_nonnull (lds_test_ui_find_objective_row (GTK_WIDGET (f->window), f->east_o));
}

/* A window of 1280×800 on the sample company, written into @store in
 * @language (the interface's language too), shown */
static LdsWindow *
sample_window (LdsStore   *store,
               const char *language)
{
  g_autoptr(GError) error = NULL;
  LdsWindow *window;

  lds_i18n_set_language (language);
  g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_wait (300);
  return window;
}

/* A team's objective of the sample company (which has key results) */
static LdsObjective *
team_objective (LdsStore *store)
{
  g_autoptr(GPtrArray) objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *candidate = objectives->pdata[i];
      g_autoptr(LdsUnit) unit = candidate->owner_unit_id != 0
        ? lds_store_get (store, LDS_RECORD_UNIT, candidate->owner_unit_id, NULL) : NULL;

      if (unit != NULL && unit->kind == LDS_UNIT_KIND_TEAM)
        return lds_objective_copy (candidate);
    }
  g_assert_not_reached ();
}

/* In a 1280×800 window, the key results' owners show their full names
 * (the sample company's longest is "Laura Fitzgerald"), not "Laura Fitzge…",
 * and the coach's count of a key result sits on its title's line, not on
 * a line of its own below it. */
static void
test_key_result_rows (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();
  LdsWindow *window;
  gboolean longest = FALSE;
  guint badges = 0;

  window = sample_window (store, "en");

  /* Every unit's page, as someone going down the sidebar */
  {
    g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

    for (guint u = 0; u < units->len; u++)
      {
        g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT,
                                                ((LdsUnit *) units->pdata[u])->id));
        lds_test_ui_wait (50);
        g_ptr_array_set_size (owners, 0);
        lds_test_ui_collect (GTK_WIDGET (window), "lds-kr-owner", owners);
        for (guint i = 0; i < owners->len; i++)
          {
            GtkLabel *label = owners->pdata[i];

            if (!gtk_widget_get_mapped (GTK_WIDGET (label)))
              continue;
            longest |= g_strcmp0 (gtk_label_get_label (label), "Laura Fitzgerald") == 0;
            if (pango_layout_is_ellipsized (gtk_label_get_layout (label)))
              g_error ("\"%s\" is cut short", gtk_label_get_label (label));
          }
        g_ptr_array_set_size (owners, 0);
        lds_test_ui_collect (GTK_WIDGET (window), "lds-kr-row", owners);
        for (guint i = 0; i < owners->len; i++)
          {
            GtkWidget *row = owners->pdata[i];
            GtkWidget *badge = lds_test_ui_find (row, "lds-coach-badge");
            GtkWidget *title = lds_test_ui_find (row, "lds-kr-title");
            graphene_rect_t b, t;

            if (badge == NULL || !gtk_widget_get_mapped (badge))
              continue;
            badges++;
            g_assert_true (gtk_widget_compute_bounds (badge, row, &b));
            g_assert_true (gtk_widget_compute_bounds (title, row, &t));
            g_assert_cmpfloat (b.origin.y, <, t.origin.y + t.size.height);
          }
      }
  }
  g_assert_true (longest);
  g_assert_cmpuint (badges, >, 0);
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
}

static gboolean
is_page_title (GtkWidget     *widget,
               gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_has_css_class (widget, "title-1") &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0;
}

/* Every view is headed alike: switching views, the owner's name stays
 * where it is, as large. */
static void
test_headers_line_up (void)
{
  const char *views[] = { "objectives", "coach", "checkins", "midcycle", "changes", "kpis" };
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsWindow *window;
  double y = -1;

  window = sample_window (store, "en");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *title;
      graphene_point_t at;

      lds_window_show_view (window, views[i]);
      lds_test_ui_wait (400);
      title = lds_test_ui_find_first (gtk_stack_get_visible_child (lds_test_ui_views_stack (
                                        GTK_WIDGET (window))),
                                      is_page_title, "Brightwater Systems");
      if (title == NULL)
        g_error ("the %s view has no title like the others", views[i]);
      g_assert_true (gtk_widget_compute_point (title, GTK_WIDGET (window),
                                               &GRAPHENE_POINT_INIT (0, 0), &at));
      if (y >= 0 && fabs (at.y - y) > 0.5)
        g_error ("the %s view's title is at %g, the objectives' at %g", views[i], at.y, y);
      y = at.y;
    }
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
}

/* In the narrow sidebar, search results can be told apart: a result's
 * title and the line under it take two lines before being cut, and the
 * cycle's name ("2026 Q4") is never split between them. */
static void
test_search_results_readable (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  LdsWindow *window = sample_window (store, "en");
  GtkWidget *entry;
  guint checked = 0;

  g_assert_true (lds_test_ui_press (GTK_WIDGET (window), "<Control>f"));
  entry = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "merch");
  g_signal_emit_by_name (entry, "search-changed");
  lds_test_ui_wait (300);

  lds_test_ui_collect_type (GTK_WIDGET (window), GTK_TYPE_LABEL, titles);
  for (guint i = 0; i < titles->len; i++)
    {
      GtkLabel *label = titles->pdata[i];
      PangoLayout *layout;
      const char *text = gtk_label_get_label (label);
      const char *cycle = strstr (text, "2026\u00a0Q");

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)) ||
          gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_LIST_VIEW) == NULL ||
          gtk_widget_get_ancestor (GTK_WIDGET (label), GTK_TYPE_STACK) == NULL ||
          g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_ancestor (
            GTK_WIDGET (label), GTK_TYPE_STACK))), "results") != 0)
        continue;
      layout = gtk_label_get_layout (label);
      if (pango_layout_is_ellipsized (layout))
        g_error ("the search result “%s” is cut short", text);
      if (strstr (text, "Objective · ") == text)
        {
          g_assert_nonnull (cycle);
          for (int l = 1; l < pango_layout_get_line_count (layout); l++)
            {
              int at = pango_layout_get_line_readonly (layout, l)->start_index;

              if (at > cycle - text && at < cycle - text + (int) strlen ("2026\u00a0Q4"))
                g_error ("“%s” is split in its cycle's name", text);
            }
        }
      checked++;
    }
  g_assert_cmpuint (checked, >, 10);
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
}

/* In a 1280×800 window, the objective's and the key result's editors fit
 * beside the list, in English and in Chinese: nothing of them (the close
 * button, the ends of the fields) runs past the window's edge. */
static void
test_editors_fit (void)
{
  const char *languages[] = { "en", "zh_CN" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(LdsStore) store = lds_test_new_store ();
      g_autoptr(GPtrArray) key_results = NULL;
      GType editors[] = { LDS_TYPE_OBJECTIVE_EDITOR, LDS_TYPE_KEY_RESULT_EDITOR };
      LdsWindow *window = sample_window (store, languages[l]);
      g_autoptr(LdsObjective) o = team_objective (store);
      GtkWidget *view;

      g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, o->owner_unit_id));
      lds_test_ui_wait (100);
      view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
      key_results = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);
      g_assert_cmpuint (key_results->len, >, 0);

      for (guint e = 0; e < G_N_ELEMENTS (editors); e++)
        {
          GtkWidget *editor;
          GtkWidget *header = lds_test_ui_find_type (GTK_WIDGET (window), GTK_TYPE_HEADER_BAR);
          graphene_rect_t bounds, edge;
          int min;

          if (e == 0)
            gtk_widget_activate_action (view, "workspace.edit-objective", "x", o->id);
          else
            gtk_widget_activate_action (view, "workspace.edit-key-result", "x",
                                        ((LdsRecord *) key_results->pdata[0])->id);
          /* the panel slides in for a quarter of a second */
          lds_test_ui_wait (600);
          editor = lds_test_ui_find_type (GTK_WIDGET (window), editors[e]);
          g_assert_true (gtk_widget_get_mapped (editor));
          gtk_widget_measure (editor, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
          /* The header bar spans the window: the editor ends where it does. */
          g_assert_true (gtk_widget_compute_bounds (editor, GTK_WIDGET (window), &bounds));
          g_assert_true (gtk_widget_compute_bounds (header, GTK_WIDGET (window), &edge));
          if (min > gtk_widget_get_width (editor) ||
              bounds.origin.x + bounds.size.width > edge.origin.x + edge.size.width + 0.5)
            g_error ("%s: the %s needs %d px, has %d, and ends at %g where the window ends at %g",
                     languages[l], G_OBJECT_TYPE_NAME (editor), min, gtk_widget_get_width (editor),
                     bounds.origin.x + bounds.size.width, edge.origin.x + edge.size.width);
        }
      gtk_window_destroy (GTK_WINDOW (window));
      lds_test_ui_iterate ();
    }
  lds_i18n_set_language (NULL);
}

/* The letter keys (Alt+letter) shown under the labels of @root's mapped
 * widgets that are on the same letter; "" when each letter is one
 * widget's. */
static char *
mnemonic_clashes (GtkWidget *root)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GString *clashes = g_string_new (NULL);

  lds_test_ui_collect_type (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    {
      GtkLabel *label = labels->pdata[i];
      guint key = gtk_label_get_mnemonic_keyval (label);
      const char *other;

      if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || !gtk_label_get_use_underline (label) ||
          key == GDK_KEY_VoidSymbol)
        continue;
      key = gdk_keyval_to_lower (key);
      other = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));
      if (other != NULL)
        g_string_append_printf (clashes, "“%s” and “%s”; ", other, gtk_label_get_label (label));
      else
        g_hash_table_insert (seen, GUINT_TO_POINTER (key), (gpointer) gtk_label_get_label (label));
    }
  return g_string_free (clashes, FALSE);
}

/* Alt+letter goes to one place: in the main window with either editor
 * open, and in the cycles dialog, no two labels shown share a letter, in
 * English and in Chinese (whose labels show the letter too). */
static void
test_mnemonics_unique (void)
{
  const char *languages[] = { "en", "zh_CN" };
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(LdsStore) store = lds_test_new_store ();
      g_autoptr(GPtrArray) key_results = NULL;
      LdsWindow *window = sample_window (store, languages[l]);
      g_autoptr(LdsObjective) o = team_objective (store);
      GtkWidget *view;
      GtkWindow *cycles;
      struct { const char *where; char *clashes; } found[7] = { { NULL, NULL } };

      g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, o->owner_unit_id));
      lds_test_ui_wait (100);
      view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
      found[0].where = "the main window";
      found[0].clashes = mnemonic_clashes (GTK_WIDGET (window));
      gtk_widget_activate_action (view, "workspace.edit-objective", "x", o->id);
      lds_test_ui_wait (600);
      found[1].where = "the objective editor";
      found[1].clashes = mnemonic_clashes (GTK_WIDGET (window));
      key_results = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);
      gtk_widget_activate_action (view, "workspace.edit-key-result", "x",
                                  ((LdsRecord *) key_results->pdata[0])->id);
      lds_test_ui_wait (600);
      found[2].where = "the key result editor";
      found[2].clashes = mnemonic_clashes (GTK_WIDGET (window));
      gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-cycles", NULL);
      lds_test_ui_wait (300);
      cycles = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_CYCLE_DIALOG);
      found[3].where = "the cycles dialog";
      found[3].clashes = mnemonic_clashes (GTK_WIDGET (cycles));
      gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.copy-unfinished", NULL);
      lds_test_ui_wait (200);
      {
        GtkWindow *copy = lds_test_ui_find_dialog (cycles, GTK_TYPE_DIALOG);

        found[4].where = "the dialog copying unfinished objectives";
        found[4].clashes = mnemonic_clashes (GTK_WIDGET (copy));
        gtk_window_destroy (copy);
      }
      /* A check-in of a number, and of a milestone (with its Done) */
      for (guint k = 0; k < 2; k++)
        {
          g_autoptr(GPtrArray) krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);
          GtkWidget *dialog = NULL;

          for (guint i = 0; i < krs->len && dialog == NULL; i++)
            {
              LdsKeyResult *kr = krs->pdata[i];

              if ((kr->metric == LDS_METRIC_MILESTONE) == (k == 1))
                dialog = lds_checkin_dialog_new (GTK_WINDOW (window), store, kr->id);
            }
          g_assert_nonnull (dialog);
          gtk_window_present (GTK_WINDOW (dialog));
          lds_test_ui_wait (200);
          found[5 + k].where = k == 0 ? "a check-in" : "a milestone's check-in";
          found[5 + k].clashes = mnemonic_clashes (dialog);
          gtk_window_destroy (GTK_WINDOW (dialog));
        }
      for (guint i = 0; i < G_N_ELEMENTS (found); i++)
        {
          if (*found[i].clashes != '\0')
            g_string_append_printf (all, "\n%s, %s: %s", languages[l], found[i].where,
                                    found[i].clashes);
          g_free (found[i].clashes);
        }
      gtk_window_destroy (cycles);
      gtk_window_destroy (GTK_WINDOW (window));
      lds_test_ui_iterate ();
    }
  lds_i18n_set_language (NULL);
  if (all->len > 0)
    g_error ("letters shared:%s", all->str);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();
  lds_test_ui_load_styles ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/workspace/key-result-editor", test_key_result_editor);
  ADD ("/workspace/objective-editor", test_objective_editor);
  ADD ("/workspace/inline-rename", test_inline_rename);
  ADD ("/workspace/reorder", test_reorder);
  ADD ("/workspace/duplicate-delete-undo", test_duplicate_delete_undo);
  ADD ("/workspace/move-dialog", test_move_dialog);
  ADD ("/workspace/alignment", test_alignment);
  ADD ("/workspace/open-record", test_open_record);
  ADD ("/workspace/retired-rows", test_retired_rows);
  ADD ("/workspace/search", test_search);
  ADD ("/workspace/organisation", test_organisation);
  ADD ("/workspace/cycles", test_cycles);
  ADD ("/workspace/cycles/days", test_cycle_days);
  ADD ("/workspace/accessibility", test_accessibility);
#undef ADD
  g_test_add_func ("/workspace/damaged", test_damaged);
  g_test_add_func ("/workspace/later-views", test_later_views);
  g_test_add_func ("/workspace/first-frame", test_first_frame);
  g_test_add_func ("/workspace/key-result-rows", test_key_result_rows);
  g_test_add_func ("/workspace/headers-line-up", test_headers_line_up);
  g_test_add_func ("/workspace/editors-fit", test_editors_fit);
  g_test_add_func ("/workspace/search-results-readable", test_search_results_readable);
  g_test_add_func ("/workspace/mnemonics-unique", test_mnemonics_unique);

  return g_test_run ();
}
