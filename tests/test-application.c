/* test-application.c: the application shell, as a user meets it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-application.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

static char *data_home;
static LdsApplication *shared_app;

static GList *
lds_windows (LdsApplication *app)
{
  GList *result = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      result = g_list_prepend (result, l->data);
  return result;
}

static GtkWindow *
find_message (LdsApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (GTK_IS_MESSAGE_DIALOG (l->data))
      return l->data;
  return NULL;
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

/* One application for the whole test, as in a real session: its id can be
 * registered only once per process. */
static LdsApplication *
started_app (void)
{
  if (shared_app == NULL)
    {
      g_autoptr(GError) error = NULL;

      shared_app = lds_application_new ();
      g_assert_true (g_application_register (G_APPLICATION (shared_app), NULL, &error));
      g_assert_no_error (error);
      /* Tests drive it by hand; nothing should quit it between them. */
      g_application_hold (G_APPLICATION (shared_app));
    }
  return g_object_ref (shared_app);
}

static void
test_open_file (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "北极星.lodestar", NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  GList *windows;

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "青禾科技");
  g_clear_object (&store);

  lds_application_open_path (app, path, NULL);
  lds_test_ui_iterate ();
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (windows->data), ==, "青禾科技");

  /* The same file again brings its window forward instead of a second one. */
  lds_application_open_path (app, path, NULL);
  lds_test_ui_iterate ();
  g_list_free (windows);
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_list_free (windows);

  close_all (app);
  lds_test_remove_dir (dir);
}

static void
test_bad_file_message (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "notes.lodestar", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  GtkWindow *message;
  GList *windows;

  g_assert_true (g_file_set_contents (path, "meeting notes, not an organisation\n", -1, NULL));
  before = lds_test_read_bytes (path);

  lds_application_open_path (app, path, NULL);
  lds_test_ui_iterate ();
  windows = lds_windows (app);
  g_assert_null (windows);
  message = find_message (app);
  g_assert_nonnull (message);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (message), "Could not open the organisation"));
  {
    g_autofree char *expected = g_strdup_printf ("“%s” is not a Lodestar organisation file.", path);
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (message), expected));
  }
  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));

  close_all (app);
  lds_test_remove_dir (dir);
}

static void
test_default_organisation (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *expected = g_build_filename (data_home, "lodestar", "organisation.lodestar", NULL);
  g_autofree char *path = lds_application_default_file ();
  GList *windows;

  g_assert_cmpstr (path, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* Started with no file, Lodestar opens the user's own, creating it. */
  g_application_activate (G_APPLICATION (app));
  lds_test_ui_iterate ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (lds_store_get_path (lds_window_get_store (windows->data)), ==, path);
  /* An empty organisation says so, and offers the sample company. */
  g_assert_true (lds_test_ui_has_label (windows->data, "This Organisation Is Empty"));
  g_list_free (windows);

  close_all (app);
}

static void
test_open_sample (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *sample = g_build_filename (data_home, "lodestar", "sample-en.lodestar", NULL);
  GList *windows;

  g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
  lds_test_ui_iterate ();
  g_assert_true (g_file_test (sample, G_FILE_TEST_EXISTS));
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (windows->data), ==, "Brightwater Systems");
  g_list_free (windows);

  /* It is remembered among the recent organisations, and offered in the menu. */
  {
    g_autofree char *uri = g_filename_to_uri (sample, NULL, NULL);
    GMenuModel *recent = lds_application_get_recent_menu (app);
    gboolean listed = FALSE;

    g_assert_true (gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri));
    lds_test_ui_wait (200);
    for (int i = 0; i < g_menu_model_get_n_items (recent); i++)
      {
        g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
          recent, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
        if (target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri))
          listed = TRUE;
      }
    g_assert_true (listed);
  }
  close_all (app);
}

static void
test_open_recent (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "recent.lodestar", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  GList *windows;

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Recent Ltd");
  g_clear_object (&store);

  g_action_group_activate_action (G_ACTION_GROUP (app), "open-recent", g_variant_new_string (uri));
  lds_test_ui_iterate ();
  windows = lds_windows (app);
  g_assert_cmpuint (g_list_length (windows), ==, 1);
  g_assert_cmpstr (gtk_window_get_title (windows->data), ==, "Recent Ltd");
  g_list_free (windows);

  close_all (app);
  lds_test_remove_dir (dir);
}

/* A file opened is remembered once its window is shown, and the main
 * menu's recent section (read when first asked for) lists it. */
static void
test_recent_menu (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "remembered.lodestar", NULL);
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  GMenuModel *menu;
  gboolean listed = FALSE;

  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Remembered Ltd");
  g_clear_object (&store);

  lds_application_open_path (app, path, NULL);
  menu = lds_application_get_recent_menu (app);
  while (!listed && g_get_monotonic_time () < give_up)
    {
      lds_test_ui_wait (50);
      for (int i = 0; i < g_menu_model_get_n_items (menu) && !listed; i++)
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (
            menu, i, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);

          listed = target != NULL && g_str_equal (g_variant_get_string (target, NULL), uri);
        }
    }
  g_assert_true (listed);

  close_all (app);
  lds_test_remove_dir (dir);
}

/* Run from the build folder, Lodestar's icon comes from its resources. */
static void
test_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  lds_application_ensure_icon ();
  g_assert_true (gtk_icon_theme_has_icon (theme, APPLICATION_ID));
}

static void
test_shortcuts_window (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsWindow *window = lds_window_new (app, store);
  GtkWindow *overlay;

  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  lds_test_ui_iterate ();
  overlay = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));

  /* Every view is listed with its own shortcut (Ctrl+1 the first), under
   * the title the view switcher shows. */
  {
    g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
    GtkStack *views = lds_test_ui_views_stack (GTK_WIDGET (window));
    g_autoptr(GListModel) pages = NULL;

    g_assert_nonnull (views);
    pages = G_LIST_MODEL (gtk_stack_get_pages (views));
    g_assert_cmpuint (g_list_model_get_n_items (pages), >=, 3);
    lds_test_ui_collect_type (GTK_WIDGET (overlay), GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
    for (guint i = 0; i < g_list_model_get_n_items (pages) && i < 9; i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (pages, i);
        GtkStackPage *page = GTK_STACK_PAGE (item);
        g_autofree char *accelerator = g_strdup_printf ("<Control>%u", i + 1);
        gboolean listed = FALSE;

        for (guint s = 0; s < shortcuts->len && !listed; s++)
          {
            g_autofree char *title = NULL, *accel = NULL;

            g_object_get (shortcuts->pdata[s], "title", &title, "accelerator", &accel, NULL);
            listed = g_strcmp0 (accel, accelerator) == 0 &&
                     g_strcmp0 (title, gtk_stack_page_get_title (page)) == 0;
          }
        if (!listed)
          g_error ("The shortcuts window does not list %s for the view “%s”", accelerator,
                   gtk_stack_page_get_title (page));
      }
  }
  close_all (app);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* A data folder of the test's own, before GLib reads the environment. */
  data_home = lds_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  lds_test_init (&argc, &argv);
  gtk_init ();

  g_test_add_func ("/application/open-file", test_open_file);
  g_test_add_func ("/application/bad-file", test_bad_file_message);
  g_test_add_func ("/application/default-organisation", test_default_organisation);
  g_test_add_func ("/application/open-sample", test_open_sample);
  g_test_add_func ("/application/open-recent", test_open_recent);
  g_test_add_func ("/application/recent-menu", test_recent_menu);
  g_test_add_func ("/application/icon", test_icon);
  g_test_add_func ("/application/shortcuts", test_shortcuts_window);

  status = g_test_run ();
  g_clear_object (&shared_app);
  {
    g_autofree char *lodestar = g_build_filename (data_home, "lodestar", NULL);
    lds_test_remove_dir (lodestar);
    lds_test_remove_dir (data_home);
  }
  return status;
}
