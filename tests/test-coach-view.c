/* test-coach-view.c: the coach in the window, driven as a champion would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the sample company, in a file: open a team in the coach view, follow
 * a finding to its record, fix it, see it vanish and the team's health
 * rise (in the view and in the organisation tree), undo; the findings the
 * window lists are the ones `lodestar coach --format json` prints; reviews
 * are written and completed; the roll-out checklist and the champions are
 * edited, each change one undoable action.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lds-coach-model.h"
#include "lds-demo.h"
#include "lds-health-badge.h"
#include "lds-note-editor.h"
#include "lds-record-object.h"
#include "lds-review-page.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  char       *dir;
  char       *path;
  LdsStore   *store;
  LdsWindow  *window;
  GtkWidget  *view;           /* the coach view */
  LdsCycle   *current;
  LdsRecordType opened_type;
  LdsId       opened_id;
} Fixture;

/* By name: some of the types are private to the views. */
static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  type_name)
{
  return g_str_equal (G_OBJECT_TYPE_NAME (widget), type_name);
}

static GtkWidget *
find_type (GtkWidget  *root,
           const char *type_name)
{
  return lds_test_ui_find_first (root, is_named, type_name);
}

static void
opened_cb (LdsContext *context,
           int         type,
           gint64      id,
           Fixture    *f)
{
  f->opened_type = type;
  f->opened_id = id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = lds_test_make_dir ();
  f->path = g_build_filename (f->dir, "sample.lodestar", NULL);
  f->store = lds_store_open (f->path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_sample (f->store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  f->current = lds_store_current_cycle (f->store, NULL);

  f->window = lds_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  lds_window_show_view (f->window, "coach");
  lds_test_ui_iterate ();
  f->view = find_type (GTK_WIDGET (f->window), "LdsCoachView");
  g_assert_nonnull (f->view);
  g_assert_true (gtk_widget_get_mapped (f->view));
  g_signal_connect (lds_window_get_context (f->window), "open-record", G_CALLBACK (opened_cb), f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_clear_object (&f->store);
  g_clear_pointer (&f->current, lds_cycle_free);
  lds_test_remove_dir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static LdsId
unit_id (Fixture    *f,
         const char *path)
{
  g_autoptr(LdsUnit) unit = lds_store_find_unit_by_path (f->store, path, NULL);

  g_assert_nonnull (unit);
  return unit->id;
}

/* Waits for the coach's idle refresh. */
static void
settle (void)
{
  lds_test_ui_wait (50);
}

static GtkWidget *
findings_list (Fixture *f)
{
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();

  lds_test_ui_collect (f->view, "lds-findings", lists);
  g_assert_cmpuint (lists->len, ==, 1);
  return lists->pdata[0];
}

/* What the list shows, item by item. */
static GPtrArray *
finding_rows (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (findings_list (f))));
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (rows, g_list_model_get_item (model, i));
  return rows;
}

static const char *
label_with_class (GtkWidget  *root,
                  const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  lds_test_ui_collect (root, css_class, found);
  g_assert_cmpuint (found->len, ==, 1);
  return gtk_label_get_label (found->pdata[0]);
}

/* The position of the finding about @title, or -1. */
static int
row_titled (Fixture    *f,
            const char *title)
{
  g_autoptr(GPtrArray) rows = finding_rows (f);

  for (guint i = 0; i < rows->len; i++)
    if (g_str_equal (lds_coach_item_get_finding (rows->pdata[i])->title, title))
      return i;
  return -1;
}

/* A click on the row, or Enter on it. */
static void
activate_row (Fixture *f,
              int      position)
{
  g_assert_cmpint (position, >=, 0);
  g_assert_true (gtk_widget_activate_action (findings_list (f), "list.activate-item", "u",
                                             (guint) position));
}

static const char *
health_text (Fixture *f)
{
  GtkWidget *label = find_type (f->view, "GtkLevelBar");

  g_assert_nonnull (label);
  /* The percentage is the label above the bar. */
  return gtk_label_get_label (GTK_LABEL (gtk_widget_get_prev_sibling (label)));
}

/* The health badge beside @name in the organisation tree. */
static double
tree_health (Fixture    *f,
             const char *name)
{
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();

  lds_test_ui_collect (GTK_WIDGET (f->window), "lds-health", badges);
  for (guint i = 0; i < badges->len; i++)
    {
      GtkWidget *box = gtk_widget_get_parent (badges->pdata[i]);

      for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (GTK_IS_LABEL (child) && g_str_equal (gtk_label_get_label (GTK_LABEL (child)), name))
          return lds_health_badge_get_health (badges->pdata[i]);
    }
  return -1;
}

/* Open a team, follow a finding to its record, fix it, see it vanish and
 * the health score rise; undo, and it is back. */
static void
test_follow_and_fix (Fixture       *f,
                     gconstpointer  data)
{
  LdsId team = unit_id (f, "Sales/Direct Sales");
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(LdsObjective) objective = NULL;
  g_autoptr(GError) error = NULL;
  LdsCoachScope scope = { f->current->id, LDS_RECORD_UNIT, team };
  g_autofree char *before = NULL;
  double tree_before;
  int row;

  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, team));
  settle ();
  g_assert_true (lds_test_ui_has_label (f->view, "Direct Sales"));

  /* The team's findings, as the coach finds them. */
  expected = lds_coach_check_store (f->store, &scope, &error);
  g_assert_no_error (error);
  rows = finding_rows (f);
  g_assert_cmpuint (rows->len, ==, expected->len);
  g_assert_cmpuint (rows->len, >=, 2);
  before = g_strdup (health_text (f));
  tree_before = tree_health (f, "Direct Sales");
  g_assert_cmpfloat (tree_before, >, 0);
  g_assert_cmpfloat (tree_before, <, 1);

  /* One click (here: Enter) on the finding opens its record. */
  row = row_titled (f, "Reach €1M in new revenue");
  activate_row (f, row);
  settle ();
  g_assert_cmpint (f->opened_type, ==, LDS_RECORD_OBJECTIVE);
  objective = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->opened_id, NULL);
  g_assert_nonnull (objective);
  g_assert_cmpstr (objective->title, ==, "Reach €1M in new revenue");
  g_assert_cmpint (lds_context_get_objective_id (lds_window_get_context (f->window)), ==,
                   objective->id);
  /* The window shows where the record is edited. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (gtk_widget_get_parent (f->view))),
                   ==, "objectives");

  /* The owner rewrites it as an aim: one undoable action. */
  g_assert_true (lds_store_begin (f->store, "Edit Objective", &error));
  lds_set_text (&objective->title, "Grow with the customers who already trust us");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, objective, &error));
  g_assert_true (lds_store_commit (f->store, &error));
  g_assert_no_error (error);

  lds_window_show_view (f->window, "coach");
  settle ();
  g_assert_cmpint (row_titled (f, "Reach €1M in new revenue"), ==, -1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = finding_rows (f);
  g_assert_cmpuint (rows->len, ==, expected->len - 1);
  g_assert_cmpstr (health_text (f), !=, before);
  g_assert_cmpfloat (tree_health (f, "Direct Sales"), >, tree_before);

  /* Undo brings the finding back, and the health down. */
  g_assert_true (lds_store_undo (f->store, &error));
  settle ();
  g_assert_cmpint (row_titled (f, "Reach €1M in new revenue"), >=, 0);
  g_assert_cmpstr (health_text (f), ==, before);
  g_assert_cmpfloat (tree_health (f, "Direct Sales"), ==, tree_before);
}

/* A finding about a team opens the team; one about a key result focuses
 * its objective. */
static void
test_follow_unit_and_key_result (Fixture       *f,
                                 gconstpointer  data)
{
  LdsId sales = unit_id (f, "Sales");
  g_autoptr(LdsKeyResult) kr = NULL;

  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, sales));
  settle ();
  /* Headed as the objectives are: the unit's name and kind, not its name twice */
  g_assert_true (lds_test_ui_has_label (f->view, "Sales"));
  g_assert_true (lds_test_ui_has_label (f->view, "Department"));
  g_assert_false (lds_test_ui_has_label (f->view, "Brightwater Systems › Sales"));

  activate_row (f, row_titled (f, "New ARR signed by direct sales"));
  settle ();
  g_assert_cmpint (f->opened_type, ==, LDS_RECORD_KEY_RESULT);
  kr = lds_store_get (f->store, LDS_RECORD_KEY_RESULT, f->opened_id, NULL);
  g_assert_cmpstr (kr->title, ==, "New ARR signed by direct sales");
  g_assert_cmpint (lds_context_get_objective_id (lds_window_get_context (f->window)), ==,
                   kr->objective_id);

  lds_window_show_view (f->window, "coach");
  settle ();
  activate_row (f, row_titled (f, "Direct Sales"));
  settle ();
  g_assert_cmpint (f->opened_type, ==, LDS_RECORD_UNIT);
  g_assert_cmpint (lds_context_get_owner_type (lds_window_get_context (f->window)), ==,
                   LDS_RECORD_UNIT);
  g_assert_cmpint (lds_context_get_owner_id (lds_window_get_context (f->window)), ==,
                   unit_id (f, "Sales/Direct Sales"));
}

/* The window lists what `lodestar coach --format json` prints, in order. */
static void
test_same_as_command_line (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *program = g_build_filename (g_getenv ("LODESTAR_BUILD_DIR"), "src",
                                               "lodestar", NULL);
  g_autoptr(LdsUnit) company = lds_store_get (f->store, LDS_RECORD_UNIT,
                                              unit_id (f, "Brightwater Systems"), NULL);
  const char *argv[] = { program, "coach", f->path, "--cycle", f->current->name, "--unit",
                         company->name, "--format", "json", NULL };
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *array;
  int status;

  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, company->id));
  settle ();
  rows = finding_rows (f);

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out,
                               NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));

  g_assert_cmpuint (rows->len, ==, json_array_get_length (array));
  g_assert_cmpuint (rows->len, >=, 10);
  for (guint i = 0; i < rows->len; i++)
    {
      const LdsCoachFinding *finding = lds_coach_item_get_finding (rows->pdata[i]);
      JsonObject *o = json_array_get_object_element (array, i);

      g_assert_cmpstr (finding->title, ==, json_object_get_string_member (o, "title"));
      g_assert_cmpstr (finding->owner, ==, json_object_get_string_member (o, "owner"));
      g_assert_cmpstr (finding->message, ==, json_object_get_string_member (o, "message"));
      g_assert_cmpstr (finding->record_uuid, ==, json_object_get_string_member (o, "record_uuid"));
    }

  /* The rows on screen show their findings, in order. */
  lds_test_ui_collect (findings_list (f), "lds-finding", shown);
  g_assert_cmpuint (shown->len, >=, 4);
  for (guint i = 0; i < shown->len; i++)
    {
      JsonObject *o = json_array_get_object_element (array, i);

      g_assert_cmpstr (label_with_class (shown->pdata[i], "lds-finding-title"), ==,
                       json_object_get_string_member (o, "title"));
      g_assert_cmpstr (label_with_class (shown->pdata[i], "lds-finding-message"), ==,
                       json_object_get_string_member (o, "message"));
    }
}

static LdsCycle *
previous_quarter (Fixture *f)
{
  g_autofree char *day_before = lds_date_add_days (f->current->start_date, -1);
  g_autoptr(GPtrArray) cycles = lds_store_list (f->store, LDS_RECORD_CYCLE, NULL);

  for (guint i = 0; i < cycles->len; i++)
    if (g_strcmp0 (((LdsCycle *) cycles->pdata[i])->end_date, day_before) == 0)
      return lds_cycle_copy (cycles->pdata[i]);
  g_assert_not_reached ();
}

static LdsId
person_id (Fixture    *f,
           const char *name)
{
  g_autoptr(GPtrArray) people = lds_store_list (f->store, LDS_RECORD_PERSON, NULL);

  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (((LdsPerson *) people->pdata[i])->name, name))
      return ((LdsPerson *) people->pdata[i])->id;
  g_assert_not_reached ();
}

static LdsReview *
review_of (Fixture *f,
           LdsId    person,
           LdsId    cycle)
{
  g_autoptr(GPtrArray) reviews = lds_store_list_by (f->store, LDS_RECORD_REVIEW, "person_id",
                                                    person, NULL);

  for (guint i = 0; i < reviews->len; i++)
    if (((LdsReview *) reviews->pdata[i])->cycle_id == cycle)
      return lds_review_copy (reviews->pdata[i]);
  return NULL;
}

/* A review written with Rachel at the end of the last quarter. */
static void
test_reviews (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(LdsCycle) previous = previous_quarter (f);
  GtkWidget *page = find_type (f->view, "LdsReviewPage");
  LdsId rachel = person_id (f, "Rachel Quinn");
  g_autoptr(LdsReview) review = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *editor, *text_view;

  g_assert_nonnull (page);
  g_assert_true (gtk_widget_activate_action (f->view, "coach.show-page", "s", "reviews"));
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT,
                                          unit_id (f, "Sales/Direct Sales")));
  lds_context_set_cycle_id (lds_window_get_context (f->window), previous->id);
  settle ();
  g_assert_true (gtk_widget_get_mapped (page));

  /* Who has and has not completed it. */
  g_assert_true (lds_test_ui_has_label (page, "2 of 4 people have completed the review of "
                                              "2026 Q3."));
  g_assert_true (lds_test_ui_has_label (page, "Tom Byrne"));
  g_assert_true (lds_test_ui_has_label (page, "Not yet"));
  /* Tom's review, with the method's three questions and his key results beside it. */
  g_assert_true (lds_test_ui_has_label (page, "Which key result did you contribute to most, "
                                              "and how?"));
  g_assert_true (lds_test_ui_has_label (page, "Sales playbook chapters in daily use"));

  /* Rachel's: typed, saved once typing stops. */
  g_assert_null (review_of (f, rachel, previous->id));
  g_assert_true (lds_review_page_select_person (LDS_REVIEW_PAGE (page), rachel));
  settle ();
  editor = find_type (page, "LdsNoteEditor");
  text_view = lds_note_editor_get_view (LDS_NOTE_EDITOR (editor));
  gtk_widget_grab_focus (text_view);
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (text_view)),
                                    "The breakfast sessions filled our demo diary.", -1);
  lds_test_ui_wait (1200);
  review = review_of (f, rachel, previous->id);
  g_assert_nonnull (review);
  g_assert_cmpstr (review->answer_helped, ==, "The breakfast sessions filled our demo diary.");
  g_assert_cmpint (review->completed_at, ==, 0);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Edit OKR Review");

  /* Completed with Ctrl+Enter's action. */
  g_assert_true (gtk_widget_activate_action (page, "review.toggle-completed", NULL));
  settle ();
  g_clear_pointer (&review, lds_review_free);
  review = review_of (f, rachel, previous->id);
  g_assert_cmpint (review->completed_at, ==, lds_now ());
  g_assert_true (lds_test_ui_has_label (page, "3 of 4 people have completed the review of "
                                              "2026 Q3."));
  g_assert_true (lds_store_undo (f->store, &error));
  settle ();
  g_assert_true (lds_test_ui_has_label (page, "2 of 4 people have completed the review of "
                                              "2026 Q3."));
}

static LdsRolloutItem *
rollout_item (Fixture *f,
              int      factor)
{
  g_autoptr(GPtrArray) items = lds_store_list (f->store, LDS_RECORD_ROLLOUT_ITEM, NULL);

  for (guint i = 0; i < items->len; i++)
    if (((LdsRolloutItem *) items->pdata[i])->factor == factor)
      return lds_rollout_item_copy (items->pdata[i]);
  return NULL;
}

static void
test_rollout (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *page = find_type (f->view, "LdsRolloutPage");
  g_autoptr(GPtrArray) steps = g_ptr_array_new ();
  g_autoptr(LdsRolloutItem) item = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *step, *check, *entry;
  gboolean was_done;

  g_assert_true (gtk_widget_activate_action (f->view, "coach.show-page", "s", "rollout"));
  settle ();
  g_assert_true (gtk_widget_get_mapped (page));
  lds_test_ui_collect (page, "lds-rollout-step", steps);
  g_assert_cmpuint (steps->len, ==, 9);

  /* Factor 6, drafting with a coach: checked off. */
  step = steps->pdata[5];
  check = find_type (step, "GtkCheckButton");
  item = rollout_item (f, 6);
  was_done = item->done;
  g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==, was_done);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), !was_done);
  settle ();
  g_clear_pointer (&item, lds_rollout_item_free);
  item = rollout_item (f, 6);
  g_assert_cmpint (item->done, ==, !was_done);
  g_assert_true (lds_store_undo (f->store, &error));
  settle ();
  g_assert_cmpint (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)), ==, was_done);

  /* A date that is not one is refused, and says how to write it. */
  entry = find_type (step, "GtkEntry");
  gtk_editable_set_text (GTK_EDITABLE (entry), "next Tuesday");
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_clear_pointer (&item, lds_rollout_item_free);
  item = rollout_item (f, 6);
  g_assert_cmpstr (item->due_date, !=, "next Tuesday");
  gtk_editable_set_text (GTK_EDITABLE (entry), "2027-01-15");
  g_signal_emit_by_name (entry, "activate");
  settle ();
  g_assert_false (gtk_widget_has_css_class (entry, "error"));
  g_clear_pointer (&item, lds_rollout_item_free);
  item = rollout_item (f, 6);
  g_assert_cmpstr (item->due_date, ==, "2027-01-15");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Set Roll-out Date");
}

/* Naming a champion shows in the roll-out page and in the tree. */
static void
test_champions (Fixture       *f,
                gconstpointer  data)
{
  GtkWidget *page = find_type (f->view, "LdsRolloutPage");
  LdsId ellen = person_id (f, "Ellen Hayes");
  g_autoptr(GPtrArray) stars = g_ptr_array_new ();
  g_autoptr(GPtrArray) menus = g_ptr_array_new ();
  g_autoptr(LdsPerson) person = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (f->view, "coach.show-page", "s", "rollout"));
  settle ();
  /* Every department of the sample has a champion, and a menu to choose them. */
  g_assert_false (lds_test_ui_has_label (page, "No champion yet"));
  g_assert_true (lds_test_ui_has_label (page, "Aoife Brennan"));
  g_assert_false (lds_test_ui_has_label (page, "Ellen Hayes"));
  lds_test_ui_collect (page, "lds-champion-row", menus);
  g_assert_cmpuint (menus->len, ==, 6);

  g_assert_true (gtk_widget_activate_action (page, "rollout.set-champion", "(xb)",
                                             (gint64) ellen, TRUE));
  settle ();
  person = lds_store_get (f->store, LDS_RECORD_PERSON, ellen, NULL);
  g_assert_true (person->champion);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Name OKR Champion");
  g_assert_true (lds_test_ui_has_label (page, "Ellen Hayes"));

  /* The tree shows her with a star. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_PERSON, ellen));
  settle ();
  lds_test_ui_collect (GTK_WIDGET (f->window), "lds-champion-star", stars);
  g_assert_cmpuint (stars->len, >=, 1);

  /* Relieved, then undone. */
  g_assert_true (gtk_widget_activate_action (page, "rollout.set-champion", "(xb)",
                                             (gint64) ellen, FALSE));
  g_clear_pointer (&person, lds_person_free);
  person = lds_store_get (f->store, LDS_RECORD_PERSON, ellen, NULL);
  g_assert_false (person->champion);
  g_assert_true (lds_store_undo (f->store, &error));
  g_clear_pointer (&person, lds_person_free);
  person = lds_store_get (f->store, LDS_RECORD_PERSON, ellen, NULL);
  g_assert_true (person->champion);
}

static GtkWidget *
find_pages (GtkWidget *root)
{
  if (GTK_IS_STACK (root) && gtk_stack_get_child_by_name (GTK_STACK (root), "findings") != NULL)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_pages (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_actions (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *pages = find_pages (f->view);

  g_assert_true (gtk_widget_activate_action (f->view, "coach.show-page", "s", "rollout"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pages)), ==, "rollout");
  g_assert_true (gtk_widget_activate_action (f->view, "coach.show-page", "s", "findings"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (pages)), ==, "findings");
  g_assert_true (gtk_widget_is_sensitive (find_type (f->view, "GtkMenuButton")));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (find_type (GTK_WIDGET (f->window),
                                                              "LdsHealthBadge")),
                                   GTK_ACCESSIBLE_ROLE_STATUS);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) \
  g_test_add ("/coach-view/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("follow-and-fix", test_follow_and_fix);
  ADD ("follow-unit-and-key-result", test_follow_unit_and_key_result);
  ADD ("same-as-command-line", test_same_as_command_line);
  ADD ("reviews", test_reviews);
  ADD ("rollout", test_rollout);
  ADD ("champions", test_champions);
  ADD ("actions", test_actions);

  return g_test_run ();
}
