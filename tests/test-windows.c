/* test-windows.c: one file open in several places
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two windows of one process on the same file (New Window) show each
 * other's changes at once; a change made by another writer of the file
 * (another process; here another connection) reaches every view, which
 * keeps the person's place: the unit, the open editor, what is being
 * typed, the scroll position, the map's zoom, the coach's page.
 */

#include "config.h"

#include "lds-application.h"
#include "lds-coach-view.h"
#include "lds-demo.h"
#include "lds-inline-title.h"
#include "lds-key-result-editor.h"
#include "lds-map-page.h"
#include "lds-objective-row.h"
#include "lds-objectives-view.h"
#include "lds-review-page.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

static LdsApplication *shared_app;
static char *sample_path;

static LdsApplication *
started_app (void)
{
  if (shared_app == NULL)
    {
      g_autoptr(GError) error = NULL;

      shared_app = lds_application_new ();
      /* Other tests run beside this one, each with an application of its own. */
      g_application_set_flags (G_APPLICATION (shared_app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (shared_app), NULL, &error));
      g_assert_no_error (error);
      g_application_hold (G_APPLICATION (shared_app));
    }
  return g_object_ref (shared_app);
}

static void
close_all (LdsApplication *app)
{
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (app)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_destroy (l->data);
  g_list_free (windows);
  lds_test_ui_iterate ();
}

static GList *
lds_windows (LdsApplication *app)
{
  GList *result = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      result = g_list_prepend (result, l->data);
  return result;
}

/* Whether a shown inline title of @root reads @text */
static gboolean
shows_title (GtkWidget  *root,
             const char *text)
{
  if (!gtk_widget_get_visible (root))
    return FALSE;
  if (LDS_IS_INLINE_TITLE (root))
    return g_strcmp0 (lds_inline_title_get_text (LDS_INLINE_TITLE (root)), text) == 0;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_title (child, text))
      return TRUE;
  return FALSE;
}

static LdsObjectiveRow *
row_of (GtkWidget *view,
        LdsId      objective_id)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  lds_test_ui_collect (view, "lds-objective", rows);
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (rows->pdata[i], LDS_TYPE_OBJECTIVE_ROW);

      if (row != NULL && lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row)) == objective_id)
        return LDS_OBJECTIVE_ROW (row);
    }
  return NULL;
}

/* The objectives the window's company has in its cycle, in order */
static GPtrArray *
company_objectives (LdsWindow *window)
{
  LdsContext *context = lds_window_get_context (window);
  GPtrArray *all = lds_store_list_by (lds_window_get_store (window), LDS_RECORD_OBJECTIVE,
                                      "owner_unit_id", lds_context_get_owner_id (context), NULL);

  for (guint i = 0; i < all->len;)
    if (((LdsObjective *) all->pdata[i])->cycle_id != lds_context_get_cycle_id (context))
      g_ptr_array_remove_index (all, i);
    else
      i++;
  g_assert_cmpuint (all->len, >=, 3);
  return all;
}

static LdsKeyResult *
first_key_result (LdsStore *store,
                  LdsId     objective_id)
{
  g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                objective_id, NULL);

  g_assert_cmpuint (krs->len, >, 0);
  return lds_key_result_copy (krs->pdata[0]);
}

static GtkWidget *
editor_field (LdsWindow  *window,
              const char *field)
{
  GtkWidget *editor = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_KEY_RESULT_EDITOR);

  g_assert_nonnull (editor);
  return lds_form_get_widget (lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (editor)), field);
}

static void
rename_objective (LdsWindow  *window,
                  LdsId       id,
                  const char *title)
{
  GtkWidget *view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);

  g_assert_true (gtk_widget_activate_action (view, "workspace.rename-objective", "(xs)", id, title));
  lds_test_ui_iterate ();
}

/* New Window opens a second window on the same file, where the first is;
 * what one does, the other shows at once, without touching what the
 * other is typing; Undo is shared; closing one leaves the other working. */
static void
test_two_windows (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  GList *windows;
  LdsWindow *first, *second;
  LdsStore *store;
  GtkWidget *first_view, *second_view, *title, *add_entry;
  LdsId o1, o2, o3;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  first = windows->data;
  g_list_free (windows);
  store = lds_window_get_store (first);

  g_action_group_activate_action (G_ACTION_GROUP (app), "new-window", NULL);
  lds_test_ui_wait (300);
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  second = windows->data != first ? windows->data : windows->next->data;
  g_list_free (windows);
  g_assert_true (lds_window_get_store (second) == store);
  g_assert_cmpint (lds_context_get_owner_id (lds_window_get_context (second)), ==,
                   lds_context_get_owner_id (lds_window_get_context (first)));
  g_assert_cmpint (lds_context_get_cycle_id (lds_window_get_context (second)), ==,
                   lds_context_get_cycle_id (lds_window_get_context (first)));
  /* Opening the file again brings a window of it forward, without a third. */
  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_iterate ();
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 2);
  g_list_free (windows);

  objectives = company_objectives (first);
  o1 = ((LdsObjective *) objectives->pdata[0])->id;
  o2 = ((LdsObjective *) objectives->pdata[1])->id;
  o3 = ((LdsObjective *) objectives->pdata[2])->id;
  kr = first_key_result (store, o1);
  first_view = lds_test_ui_find_type (GTK_WIDGET (first), LDS_TYPE_OBJECTIVES_VIEW);
  second_view = lds_test_ui_find_type (GTK_WIDGET (second), LDS_TYPE_OBJECTIVES_VIEW);

  /* In the second window, someone is typing: a key result's new title in
   * its editor, and a new key result under another objective. */
  g_assert_true (gtk_widget_activate_action (second_view, "workspace.edit-key-result", "x", kr->id));
  lds_test_ui_wait (300);
  title = editor_field (second, "title");
  gtk_widget_grab_focus (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "Merchants still active after");
  add_entry = lds_objective_row_get_add_entry (row_of (second_view, o2));
  gtk_editable_set_text (GTK_EDITABLE (add_entry), "Half of new merchants");

  /* Meanwhile the first window renames an objective. */
  rename_objective (first, o3, "Stay up when everyone orders at once");
  g_assert_true (shows_title (first_view, "Stay up when everyone orders at once"));
  g_assert_true (shows_title (second_view, "Stay up when everyone orders at once"));
  /* The second window's typing is untouched. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_field (second, "title"))), ==,
                   "Merchants still active after");
  add_entry = lds_objective_row_get_add_entry (row_of (second_view, o2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_entry)), ==, "Half of new merchants");

  /* The second window gives its title (Enter) and its key result; the
   * first shows both. */
  g_signal_emit_by_name (editor_field (second, "title"), "activate");
  lds_test_ui_iterate ();
  g_assert_true (shows_title (first_view, "Merchants still active after"));
  add_entry = lds_objective_row_get_add_entry (row_of (second_view, o2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_entry)), ==, "Half of new merchants");
  gtk_widget_grab_focus (add_entry);
  g_signal_emit_by_name (add_entry, "activate");
  lds_test_ui_iterate ();
  g_assert_true (shows_title (first_view, "Half of new merchants"));
  g_assert_true (shows_title (second_view, "Half of new merchants"));
  /* ...and its entry is empty again, for the next one. */
  add_entry = lds_objective_row_get_add_entry (row_of (second_view, o2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_entry)), ==, "");

  /* The map of the second window draws the first one's change. */
  lds_window_show_view (second, "map");
  lds_test_ui_wait (200);
  {
    LdsMapView *map = lds_map_page_get_view (LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (second),
                                                                                  LDS_TYPE_MAP_PAGE)));
    LdsMapModel *model = lds_map_view_get_model (map);
    gboolean found = FALSE;

    for (guint i = 0; i < lds_map_model_get_n_nodes (model); i++)
      found = found || g_strcmp0 (lds_map_model_get_node (model, i)->title,
                                  "Stay up when everyone orders at once") == 0;
    g_assert_true (found);
  }
  lds_window_show_view (second, "objectives");
  lds_test_ui_iterate ();

  /* One history: Undo in the first window takes back the second's key result. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (first), "win.undo", NULL));
  lds_test_ui_iterate ();
  g_assert_false (shows_title (first_view, "Half of new merchants"));
  g_assert_false (shows_title (second_view, "Half of new merchants"));
  g_assert_true (shows_title (second_view, "Merchants still active after"));
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Rename Key Result");

  /* Closing the first window leaves the second one working on the file. */
  gtk_window_destroy (GTK_WINDOW (first));
  lds_test_ui_iterate ();
  title = editor_field (second, "title");
  gtk_editable_set_text (GTK_EDITABLE (title), "Merchants still active after 60 days");
  g_signal_emit_by_name (title, "activate");
  lds_test_ui_iterate ();
  {
    g_autoptr(LdsKeyResult) after = lds_store_get (store, LDS_RECORD_KEY_RESULT, kr->id, NULL);

    g_assert_cmpstr (after->title, ==, "Merchants still active after 60 days");
  }
  g_assert_true (shows_title (second_view, "Merchants still active after 60 days"));

  close_all (app);
}

/* Closing a window while a value is typed in an editor gives it (there
 * is no Save button) and closes cleanly. */
static void
test_close_gives_typing (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(LdsKeyResult) after = NULL;
  g_autoptr(LdsStore) store = NULL;
  GList *windows;
  LdsWindow *window;
  GtkWidget *title;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  windows = lds_windows (app);
  window = windows->data;
  g_list_free (windows);
  store = g_object_ref (lds_window_get_store (window));
  objectives = company_objectives (window);
  kr = first_key_result (store, ((LdsObjective *) objectives->pdata[0])->id);

  g_assert_true (gtk_widget_activate_action (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW),
                                             "workspace.edit-key-result", "x", kr->id));
  lds_test_ui_wait (300);
  title = editor_field (window, "title");
  gtk_widget_grab_focus (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "Merchants still active after 90 days");
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();

  after = lds_store_get (store, LDS_RECORD_KEY_RESULT, kr->id, NULL);
  g_assert_cmpstr (after->title, ==, "Merchants still active after 90 days");
  close_all (app);
}

/* Another writer (another process, or `lodestar import`) changes the
 * file: the window sees it within a second, in every view, and keeps the
 * person's place. */
static void
test_other_writer (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(LdsStore) other = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GError) error = NULL;
  GList *windows;
  LdsWindow *window;
  LdsStore *store;
  GtkWidget *view, *title, *add_entry;
  GtkAdjustment *scroll;
  LdsMapView *map;
  double scale, x, y, top;
  LdsId o2, o3, reviewed = 0;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  windows = lds_windows (app);
  window = windows->data;
  g_list_free (windows);
  store = lds_window_get_store (window);
  objectives = company_objectives (window);
  o2 = ((LdsObjective *) objectives->pdata[1])->id;
  o3 = ((LdsObjective *) objectives->pdata[2])->id;
  kr = first_key_result (store, ((LdsObjective *) objectives->pdata[0])->id);
  view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);

  /* The map, zoomed and moved; the coach on its reviews */
  lds_window_show_view (window, "map");
  lds_test_ui_wait (300);
  map = lds_map_page_get_view (LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_PAGE)));
  lds_map_view_set_scale (map, 0.5);
  lds_map_view_center_on (map, 400, 300);
  lds_test_ui_iterate ();
  scale = lds_map_view_get_scale (map);
  lds_map_view_get_center (map, &x, &y);
  lds_window_show_view (window, "coach");
  lds_test_ui_wait (200);
  g_assert_true (gtk_widget_activate_action (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_COACH_VIEW),
                                             "coach.show-page", "s", "reviews"));
  lds_test_ui_iterate ();
  {
    g_autoptr(GPtrArray) people = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id",
      lds_context_get_owner_id (lds_window_get_context (window)), NULL);
    LdsReviewPage *reviews = LDS_REVIEW_PAGE (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_REVIEW_PAGE));

    g_assert_cmpuint (people->len, >=, 2);
    reviewed = ((LdsPerson *) people->pdata[1])->id;
    g_assert_true (lds_review_page_select_person (reviews, reviewed));
  }

  /* The workspace: scrolled down, an editor open with a value half typed,
   * a key result half written */
  lds_window_show_view (window, "objectives");
  lds_test_ui_wait (300);
  g_assert_true (gtk_widget_activate_action (view, "workspace.edit-key-result", "x", kr->id));
  lds_test_ui_wait (300);
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (
    gtk_widget_get_ancestor (GTK_WIDGET (row_of (view, o2)), GTK_TYPE_SCROLLED_WINDOW)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll) - gtk_adjustment_get_page_size (scroll), >, 100);
  gtk_adjustment_set_value (scroll, 100);
  top = gtk_adjustment_get_value (scroll);
  title = editor_field (window, "current_value");
  gtk_widget_grab_focus (title);
  gtk_editable_set_text (GTK_EDITABLE (title), "8");
  add_entry = lds_objective_row_get_add_entry (row_of (view, o2));
  gtk_editable_set_text (GTK_EDITABLE (add_entry), "Answer every ticket within");
  lds_test_ui_iterate ();

  /* Another connection to the file renames an objective. */
  other = lds_store_open (sample_path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  {
    g_autoptr(LdsObjective) o = lds_store_get (other, LDS_RECORD_OBJECTIVE, o3, &error);

    g_assert_no_error (error);
    lds_set_text (&o->title, "Stay calm on the busiest night");
    g_assert_true (lds_store_update (other, LDS_RECORD_OBJECTIVE, o, &error));
    g_assert_no_error (error);
  }
  lds_test_ui_wait (1200);

  /* Seen, and nothing of the person's place lost */
  g_assert_true (shows_title (view, "Stay calm on the busiest night"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (editor_field (window, "current_value"))), ==, "8");
  g_assert_cmpint (lds_key_result_editor_get_key_result (
                     LDS_KEY_RESULT_EDITOR (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_KEY_RESULT_EDITOR))),
                   ==, kr->id);
  add_entry = lds_objective_row_get_add_entry (row_of (view, o2));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (add_entry)), ==, "Answer every ticket within");
  g_assert_cmpfloat_with_epsilon (gtk_adjustment_get_value (scroll), top, 1.0);

  lds_window_show_view (window, "map");
  lds_test_ui_wait (300);
  g_assert_cmpfloat_with_epsilon (lds_map_view_get_scale (map), scale, 1e-6);
  {
    double x2, y2;

    lds_map_view_get_center (map, &x2, &y2);
    g_assert_cmpfloat_with_epsilon (x2, x, 1.0);
    g_assert_cmpfloat_with_epsilon (y2, y, 1.0);
  }
  lds_window_show_view (window, "coach");
  lds_test_ui_wait (200);
  {
    GtkWidget *coach = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_COACH_VIEW);
    g_autoptr(GVariant) state = lds_view_save_state (LDS_VIEW (coach));
    const char *page = NULL;

    gint64 person = 0;

    g_variant_get (state, "(&sdx)", &page, NULL, &person);
    g_assert_cmpstr (page, ==, "reviews");
    g_assert_cmpint (person, ==, reviewed);
  }

  close_all (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  lds_test_init (&argc, &argv);
  gtk_init ();

  dir = lds_test_make_dir ();
  sample_path = g_build_filename (dir, "sample.lodestar", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LdsStore) store = lds_store_open (sample_path, LDS_STORE_OPEN_CREATE, &error);

    g_assert_no_error (error);
    g_assert_true (lds_demo_write_sample (store, "en", LDS_DEMO_DEFAULT, &error));
    g_assert_no_error (error);
    /* Renames here are about windows, not about a running cycle's reasons. */
    lds_test_plan_cycles (store);
  }

  g_test_add_func ("/windows/two-windows", test_two_windows);
  g_test_add_func ("/windows/close-gives-typing", test_close_gives_typing);
  g_test_add_func ("/windows/other-writer", test_other_writer);

  status = g_test_run ();
  g_clear_object (&shared_app);
  lds_test_remove_dir (dir);
  g_free (sample_path);
  return status;
}
