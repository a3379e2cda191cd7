/* test-window.c: the main window, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-application.h"
#include "lds-context.h"
#include "lds-dialogs.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  LdsStore  *store;
  LdsId      company;
  LdsId      sales;
  LdsId      east;
  LdsId      person;
  LdsId      q3;
  LdsId      q4;
  LdsWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  LdsId o;

  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  f->east = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->q3 = lds_test_add_cycle (f->store, "2026 Q3", "2026-07-01", "2026-09-30");
  f->q4 = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");

  o = lds_test_add_objective (f->store, f->q4, f->sales, "Win the east");
  lds_test_add_key_result (f->store, o, "New customers", 0, 40, 30);
  lds_test_add_key_result (f->store, o, "Churn", 8, 2, 5);
  lds_test_add_objective (f->store, f->q4, f->sales, "让客户爱上我们");
  lds_test_add_objective (f->store, f->q3, f->sales, "Last quarter's aim");

  f->window = lds_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
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

static void
test_shows_organisation (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  /* The company is selected and expanded; the title says whose file it is. */
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==, "Northwind");
  g_assert_true (lds_test_ui_has_label (root, "Sales"));
  /* The current cycle is chosen by default: today is in 2026 Q4. */
  g_assert_cmpint (lds_window_get_cycle_id (f->window), ==, f->q4);
}

static void
test_selected_owner_objectives (Fixture       *f,
                                gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);

  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 2);
  g_assert_cmpuint (lds_test_ui_count (root, "lds-kr-row"), ==, 2);
  g_assert_true (lds_test_ui_has_label (root, "让客户爱上我们"));
  g_assert_true (lds_test_ui_has_label (root, "30 / 40"));
  g_assert_false (lds_test_ui_has_label (root, "Last quarter's aim"));

  /* A person deep in the tree is found and shown. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_PERSON, f->person));
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (root, "张伟"));
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 0);
}

static void
test_follows_store (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *root = GTK_WIDGET (f->window);
  g_autoptr(GError) error = NULL;

  /* Showing the person expands Sales above them. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_PERSON, f->person));
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->sales));
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 2);

  lds_test_add_objective (f->store, f->q4, f->sales, "A third aim");
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 3);

  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 2);

  /* A new team appears in the tree, expanded rows stay expanded and the
   * selection stays. */
  lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "Key Accounts");
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (root, "Key Accounts"));
  g_assert_cmpuint (lds_test_ui_count (root, "lds-objective"), ==, 2);
}

typedef struct
{
  LdsContext *context;
  GArray     *owners;
} OwnerLog;

static void
tree_changed_cb (GListModel *model,
                 guint       position,
                 guint       removed,
                 guint       added,
                 OwnerLog   *log)
{
  LdsId id = lds_context_get_owner_id (log->context);

  g_array_append_val (log->owners, id);
}

/* Going to an objective deep in the tree (opening it from the map, a
 * search, the coach) changes the owner the views show once. The tree
 * expands the rows above it on the way, and the old choice, still chosen
 * in the tree meanwhile, must not be handed back to the views: each would
 * show it, and then, as a notification sent during another starts that
 * one again, rebuild the new owner's page twice. */
static void
test_show_objective_once (Fixture       *f,
                          gconstpointer  data)
{
  LdsContext *context = lds_window_get_context (f->window);
  g_autoptr(GArray) owners = g_array_new (FALSE, FALSE, sizeof (LdsId));
  OwnerLog log = { context, owners };
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;
  GListModel *tree;
  LdsId support;

  /* Chosen: a department below the one the objective's owner is in. */
  support = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Support");
  lds_test_ui_iterate ();
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, support));
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_context_get_owner_id (context), ==, support);
  o->cycle_id = f->q4;
  o->owner_person_id = f->person;
  lds_set_text (&o->title, "张伟的目标");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  lds_test_ui_iterate ();

  tree = G_LIST_MODEL (gtk_list_view_get_model (
    GTK_LIST_VIEW (lds_test_ui_find (GTK_WIDGET (f->window), "navigation-sidebar"))));
  g_signal_connect (tree, "items-changed", G_CALLBACK (tree_changed_cb), &log);
  g_assert_true (lds_context_show_objective (context, o->id));
  lds_test_ui_iterate ();
  g_signal_handlers_disconnect_by_func (tree, tree_changed_cb, &log);

  /* Sales and its team opened, and the owner was the person throughout. */
  g_assert_cmpuint (owners->len, >=, 2);
  for (guint i = 0; i < owners->len; i++)
    g_assert_cmpint (g_array_index (owners, LdsId, i), ==, f->person);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->window), "张伟的目标"));
}

static void
test_saves_size (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  /* Wider than the window can be narrowed to, whatever the fonts. */
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1555, 877);
  lds_test_ui_iterate ();
  gtk_window_close (GTK_WINDOW (f->window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1555);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 877);
  /* The next window opens at that size. */
  f->window = lds_window_new (NULL, f->store);
  {
    int w, h;
    gtk_window_get_default_size (GTK_WINDOW (f->window), &w, &h);
    g_assert_cmpint (w, ==, 1555);
    g_assert_cmpint (h, ==, 877);
  }
}

static void
test_empty_organisation (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsWindow *window = lds_window_new (NULL, store);

  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "This Organisation Is Empty"));
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
}

static void
test_error_dialog (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_open ("/etc/passwd", LDS_STORE_OPEN_DEFAULT, &error);
  GtkWindow *dialog;

  g_assert_null (store);
  dialog = lds_show_error (NULL, NULL, "Could not open the organisation", error);
  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "Could not open the organisation"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), error->message));
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CLOSE);
  lds_test_ui_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/window/organisation", test_shows_organisation);
  ADD ("/window/objectives", test_selected_owner_objectives);
  ADD ("/window/follows-store", test_follows_store);
  ADD ("/window/show-objective-once", test_show_objective_once);
  ADD ("/window/saves-size", test_saves_size);
#undef ADD
  g_test_add_func ("/window/empty", test_empty_organisation);
  g_test_add_func ("/window/error-dialog", test_error_dialog);

  return g_test_run ();
}
