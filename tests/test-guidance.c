/* test-guidance.c: the welcome, the empty views and the guide to the method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lds-application.h"
#include "lds-empty-state.h"
#include "lds-guide-window.h"
#include "lds-guide.h"
#include "lds-i18n.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-welcome-window.h"
#include "lds-window.h"

static char *data_home;
static LdsApplication *shared_app;

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

static gpointer
window_of_type (LdsApplication *app,
                GType           type)
{
  gpointer found = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      found = l->data;
  return found;
}

static gboolean
is_shown_of_type (GtkWidget     *widget,
                  gconstpointer  type)
{
  return lds_test_ui_is_type (widget, type) && gtk_widget_get_mapped (widget);
}

static guint
count_windows (LdsApplication *app,
               GType           type)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    n += G_TYPE_CHECK_INSTANCE_TYPE (l->data, type);
  return n;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      g_strcmp0 (gtk_button_get_label (GTK_BUTTON (root)), label) == 0)
    return root;
  if (GTK_IS_BUTTON (root) && gtk_widget_get_mapped (root) &&
      lds_test_ui_has_label (root, label))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first start: a welcome over the new, empty organisation, offering
 * the sample company or an empty organisation; once only. */
static void
test_welcome (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  LdsWelcomeWindow *welcome;
  LdsWindow *window;
  GtkWidget *button;

  g_assert_false (g_settings_get_boolean (settings, "welcome-shown"));
  g_application_activate (G_APPLICATION (app));
  lds_test_ui_wait (200);
  window = window_of_type (app, LDS_TYPE_WINDOW);
  welcome = window_of_type (app, LDS_TYPE_WELCOME_WINDOW);
  g_assert_nonnull (window);
  g_assert_nonnull (welcome);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (welcome)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (welcome)));
  g_assert_true (g_settings_get_boolean (settings, "welcome-shown"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (welcome), "Welcome to Lodestar"));

  /* The sample company opens in a window of its own. */
  button = find_button (GTK_WIDGET (welcome), "Explore the _Sample Company");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  lds_test_ui_wait (300);
  g_assert_null (window_of_type (app, LDS_TYPE_WELCOME_WINDOW));
  g_assert_cmpuint (count_windows (app, LDS_TYPE_WINDOW), ==, 2);
  close_all (app);

  /* Not again */
  g_application_activate (G_APPLICATION (app));
  lds_test_ui_wait (200);
  window = window_of_type (app, LDS_TYPE_WINDOW);
  g_assert_nonnull (window);
  g_assert_null (window_of_type (app, LDS_TYPE_WELCOME_WINDOW));

  /* An organisation of one's own begins with the company's name. */
  welcome = lds_welcome_window_new (GTK_APPLICATION (app), GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (welcome));
  lds_test_ui_wait (200);
  button = find_button (GTK_WIDGET (welcome), "Start _Your Own Organisation");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  lds_test_ui_wait (200);
  g_assert_null (window_of_type (app, LDS_TYPE_WELCOME_WINDOW));
  g_assert_cmpuint (count_windows (app, LDS_TYPE_WINDOW), ==, 1);
  {
    GtkWindow *dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_WINDOW);

    g_assert_nonnull (dialog);
    g_assert_nonnull (lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-name"));
    gtk_window_destroy (dialog);
  }
  close_all (app);
}

static const char *
empty_title (GtkWidget *root)
{
  GtkWidget *state = lds_test_ui_find_first (root, is_shown_of_type,
                                             GSIZE_TO_POINTER (LDS_TYPE_EMPTY_STATE));

  if (state == NULL)
    return NULL;
  for (GtkWidget *w = gtk_widget_get_first_child (gtk_widget_get_first_child (state)); w != NULL;
       w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "title-2"))
      return gtk_label_get_label (GTK_LABEL (w));
  return NULL;
}

/* Each view of an organisation with nothing in it says what to do next,
 * and its button does it. */
static void
test_empty_views (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "empty.lodestar", NULL);
  const char *views[] = { "objectives", "map", "coach" };
  LdsWindow *window;
  LdsId company;

  {
    g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);

    company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
    lds_test_add_unit (store, company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  }
  lds_application_open_path (app, path, NULL);
  lds_test_ui_wait (300);
  window = window_of_type (app, LDS_TYPE_WINDOW);

  /* No cycle: every view says so, and offers to add one. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      lds_window_show_view (window, views[i]);
      lds_test_ui_wait (200);
      g_assert_cmpstr (empty_title (GTK_WIDGET (window)), ==, "No Cycles Yet");
      g_assert_nonnull (find_button (GTK_WIDGET (window), "_Add a Cycle…"));
      g_assert_cmpstr (gtk_actionable_get_action_name (
                         GTK_ACTIONABLE (find_button (GTK_WIDGET (window), "_Add a Cycle…"))),
                       ==, "win.edit-cycles");
    }

  /* A cycle, no objectives: the map and the coach send the person to write them. */
  lds_test_add_cycle (lds_window_get_store (window), "2026 Q4", "2026-10-01", "2026-12-31");
  lds_test_ui_wait (200);
  /* The objectives view says what an objective is, above the entry for the first */
  lds_window_show_view (window, "objectives");
  for (int i = 0; i < 100 && empty_title (GTK_WIDGET (window)) != NULL; i++)
    lds_test_ui_wait (50);
  g_assert_null (empty_title (GTK_WIDGET (window)));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window),
                                        "No objectives in this cycle yet. Write the first one "
                                        "below: where do you want to be at the end of the cycle?"));
  g_assert_nonnull (lds_test_ui_find (GTK_WIDGET (window), "lds-new-objective"));
  for (guint i = 1; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *button;

      lds_window_show_view (window, views[i]);
      lds_test_ui_wait (200);
      g_assert_cmpstr (empty_title (GTK_WIDGET (window)), ==,
                       i == 1 ? "No Objectives Yet" : "Nothing to Coach Yet");
      button = find_button (GTK_WIDGET (window), "_Write Objectives");
      g_assert_nonnull (button);
      g_signal_emit_by_name (button, "clicked");
      lds_test_ui_wait (200);
      /* The objectives view, with the entry for the first one */
      g_assert_true (lds_test_ui_find (GTK_WIDGET (window), "lds-new-objective") != NULL);
    }

  close_all (app);
  lds_test_remove_dir (dir);
}

/* The guide says the same things in both languages: the same sections,
 * lists and notes, in the same order. */
static void
test_guide_parity (void)
{
  g_autoptr(GPtrArray) en_guide = NULL;
  g_autoptr(GPtrArray) zh_guide = NULL;
  GPtrArray *guides[2];
  const char *languages[] = { "en", "zh_CN" };
  const char *sections[] = { "The cycle", "Writing a good objective", "Writing good key results",
                             "Aligning", "Checking in", "Scoring", "Reviewing" };
  guint n_sections = 0;

  for (guint l = 0; l < 2; l++)
    {
      g_autofree char *path = g_build_filename (g_getenv ("LODESTAR_SOURCE_DIR"), "data", "guide",
                                                languages[l], NULL);
      g_autofree char *file = g_strconcat (path, ".md", NULL);
      g_autoptr(GBytes) bytes = lds_test_read_bytes (file);
      g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

      g_assert_true (g_utf8_validate (text, -1, NULL));
      guides[l] = lds_guide_parse (text);
    }
  en_guide = guides[0];
  zh_guide = guides[1];
  g_assert_cmpuint (guides[0]->len, ==, guides[1]->len);
  for (guint i = 0; i < guides[0]->len; i++)
    {
      LdsGuideBlock *en = guides[0]->pdata[i];
      LdsGuideBlock *zh = guides[1]->pdata[i];

      g_assert_cmpint (en->kind, ==, zh->kind);
      g_assert_cmpstr (en->text, !=, "");
      if (en->kind == LDS_GUIDE_SECTION)
        {
          g_assert_cmpuint (n_sections, <, G_N_ELEMENTS (sections));
          g_assert_cmpstr (en->text, ==, sections[n_sections]);
          n_sections++;
        }
      /* Bold spans open and close. */
      for (guint l = 0; l < 2; l++)
        {
          LdsGuideBlock *block = guides[l]->pdata[i];
          g_auto(GStrv) parts = g_strsplit (block->text, "**", -1);

          g_assert_cmpuint (g_strv_length (parts) % 2, ==, 1);
        }
    }
  g_assert_cmpuint (n_sections, ==, G_N_ELEMENTS (sections));
  g_assert_cmpint (((LdsGuideBlock *) guides[0]->pdata[0])->kind, ==, LDS_GUIDE_TITLE);
}

/* From the help menu, in the interface's language; a section chosen in
 * the list is shown; the guide follows a change of language. */
static void
test_guide_window (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *text = NULL;
  LdsGuideWindow *guide, *before;

  g_application_activate (G_APPLICATION (app));
  lds_test_ui_wait (200);
  g_action_group_activate_action (G_ACTION_GROUP (app), "guide", NULL);
  lds_test_ui_wait (200);
  guide = window_of_type (app, LDS_TYPE_GUIDE_WINDOW);
  g_assert_nonnull (guide);
  g_assert_cmpuint (lds_guide_window_get_n_sections (guide), ==, 7);
  text = lds_guide_window_get_text (guide);
  g_assert_nonnull (strstr (text, "Writing good key results"));
  g_assert_null (strstr (text, "**"));
  g_assert_null (strstr (text, "## "));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (guide), "Scoring"));
  lds_guide_window_show_section (guide, 5);
  lds_test_ui_iterate ();
  /* Asked again: the same window, brought forward */
  g_action_group_activate_action (G_ACTION_GROUP (app), "guide", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpuint (count_windows (app, LDS_TYPE_GUIDE_WINDOW), ==, 1);

  g_settings_set_string (settings, "language", "zh_CN");
  lds_test_ui_wait (300);
  before = guide;
  guide = window_of_type (app, LDS_TYPE_GUIDE_WINDOW);
  g_assert_true (guide != before);
  g_clear_pointer (&text, g_free);
  text = lds_guide_window_get_text (guide);
  g_assert_nonnull (strstr (text, "写好关键结果"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (guide), "评分"));
  {
    g_autoptr(GVariant) state = lds_guide_window_save_state (guide);
    int section = -1;

    g_variant_get (state, "(id)", &section, NULL);
    g_assert_cmpint (section, ==, 5);
  }
  g_settings_set_string (settings, "language", "");
  lds_test_ui_wait (300);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "en");
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

  g_test_add_func ("/guidance/welcome", test_welcome);
  g_test_add_func ("/guidance/empty-views", test_empty_views);
  g_test_add_func ("/guidance/guide-parity", test_guide_parity);
  g_test_add_func ("/guidance/guide-window", test_guide_window);

  status = g_test_run ();
  g_clear_object (&shared_app);
  {
    g_autofree char *lodestar = g_build_filename (data_home, "lodestar", NULL);

    lds_test_remove_dir (lodestar);
    lds_test_remove_dir (data_home);
  }
  return status;
}
