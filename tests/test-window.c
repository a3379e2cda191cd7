/* test-window.c: the main window, driven as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-application.h"
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
  ADD ("/window/saves-size", test_saves_size);
#undef ADD
  g_test_add_func ("/window/empty", test_empty_organisation);
  g_test_add_func ("/window/error-dialog", test_error_dialog);

  return g_test_run ();
}
