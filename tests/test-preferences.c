/* test-preferences.c: the preferences, and the interface changing language at once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-application.h"
#include "lds-cycle-dialog.h"
#include "lds-demo.h"
#include "lds-format.h"
#include "lds-i18n.h"
#include "lds-map-page.h"
#include "lds-key-result-editor.h"
#include "lds-objective-row.h"
#include "lds-objectives-view.h"
#include "lds-preferences-window.h"
#include "lds-store-coach.h"
#include "lds-store-okr.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-session.h"

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

static LdsWindow *
only_window (LdsApplication *app)
{
  LdsWindow *found = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  g_assert_nonnull (found);
  return found;
}

/* Every text a person reads on screen: labels, tooltips, placeholders,
 * accessible labels are left to the accessibility tests. */
static void
collect_texts (GtkWidget *widget,
               GPtrArray *texts)
{
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (texts, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  if (GTK_IS_ENTRY (widget) && gtk_entry_get_placeholder_text (GTK_ENTRY (widget)) != NULL)
    g_ptr_array_add (texts, g_strdup (gtk_entry_get_placeholder_text (GTK_ENTRY (widget))));
  if (tooltip != NULL)
    g_ptr_array_add (texts, g_strdup (tooltip));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_texts (child, texts);
}

/* Nothing on screen is a message of Lodestar's (or GTK's) left in English
 * while the interface speaks Chinese: each text that has a Chinese
 * translation must show it. Returns how many texts were Chinese. */
static guint
assert_all_chinese (GtkWidget *root)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  guint chinese = 0;

  g_assert_cmpstr (lds_i18n_get_language (), ==, "zh_CN");
  collect_texts (root, texts);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = texts->pdata[i];

      if (*text == '\0')
        continue;
      if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, text), text) != 0 ||
          g_strcmp0 (g_dgettext ("gtk40", text), text) != 0)
        g_error ("“%s” is still in English on screen", text);
      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        if (g_unichar_get_script (g_utf8_get_char (p)) == G_UNICODE_SCRIPT_HAN)
          {
            chinese++;
            break;
          }
    }
  return chinese;
}

static gboolean
focus_in (LdsWindow *window,
          GtkWidget *widget)
{
  GtkWidget *focus = lds_test_ui_focus (GTK_WINDOW (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static LdsKeyResult *
first_key_result (LdsStore *store,
                  LdsId     objective_id)
{
  g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                objective_id, NULL);

  g_assert_nonnull (krs);
  g_assert_cmpuint (krs->len, >, 0);
  return lds_key_result_copy (krs->pdata[0]);
}

static GtkWidget *
key_result_title_entry (LdsWindow *window)
{
  GtkWidget *editor = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_KEY_RESULT_EDITOR);
  gint64 give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  /* On a busy machine the editor may take more than a frame to appear. */
  while ((editor == NULL || !gtk_widget_get_mapped (editor)) &&
         g_get_monotonic_time () < give_up)
    {
      lds_test_ui_wait (20);
      editor = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_KEY_RESULT_EDITOR);
    }
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  return lds_form_get_widget (lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (editor)),
                              "title");
}

static void
set_language (const char *language)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_string (settings, "language", language);
  lds_test_ui_wait (300);
}

/* The person switches to Chinese with a key result half rewritten in its
 * editor and another half typed at the end of an objective: every window
 * is built again in Chinese, showing the same unit, cycle, editor and
 * text; nothing was saved on the way; and back to English. */
static void
test_switch_language (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  LdsWindow *window, *before;
  LdsStore *store;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autofree char *undo_name = NULL;
  LdsId owner, cycle, second_objective;
  GtkWidget *view, *title, *add_entry;
  const char *half = "Merchants still active after 6";
  const char *drafted = "Fewer than 3 support tickets per";

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  store = lds_window_get_store (window);
  owner = lds_context_get_owner_id (lds_window_get_context (window));
  cycle = lds_context_get_cycle_id (lds_window_get_context (window));
  g_assert_cmpint (owner, !=, 0);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "Alignment Map"));

  /* A change made before, so that Undo names one. */
  view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
  lds_test_ui_collect (view, "lds-objective", rows);
  g_assert_cmpuint (rows->len, >=, 2);
  {
    LdsObjectiveRow *row = LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (rows->pdata[0],
                                                                        LDS_TYPE_OBJECTIVE_ROW));
    LdsObjectiveRow *other = LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (rows->pdata[1],
                                                                          LDS_TYPE_OBJECTIVE_ROW));
    g_assert_nonnull (row);
    g_assert_nonnull (other);
    kr = first_key_result (store, lds_objective_row_get_id (row));
    second_objective = lds_objective_row_get_id (other);
  }
  g_assert_true (gtk_widget_activate_action (view, "workspace.rename-key-result", "(xs)", kr->id,
                                             "Merchants still active after 30 days"));
  lds_test_ui_iterate ();
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Rename Key Result");

  /* Half a new title in the key result's editor (leaving a field there
   * gives what it holds, so the keyboard is elsewhere: in the entry at the
   * end of another objective, where a key result is half written). The
   * list was rebuilt since the rename: its rows are new. */
  g_assert_true (gtk_widget_activate_action (view, "workspace.edit-key-result", "x", kr->id));
  lds_test_ui_wait (300);
  g_ptr_array_set_size (rows, 0);
  lds_test_ui_collect (view, "lds-objective", rows);
  add_entry = lds_objective_row_get_add_entry (
    LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (rows->pdata[1], LDS_TYPE_OBJECTIVE_ROW)));
  g_assert_cmpint (lds_objective_row_get_id (LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (rows->pdata[1], LDS_TYPE_OBJECTIVE_ROW))),
                   ==, second_objective);
  gtk_widget_grab_focus (add_entry);
  lds_test_ui_iterate ();
  title = key_result_title_entry (window);
  gtk_editable_set_text (GTK_EDITABLE (title), half);
  gtk_editable_set_text (GTK_EDITABLE (add_entry), drafted);
  gtk_editable_set_position (GTK_EDITABLE (add_entry), 5);
  lds_test_ui_iterate ();
  g_assert_true (focus_in (window, add_entry));
  undo_name = g_strdup (lds_store_get_undo_name (store));

  set_language ("zh_CN");

  before = window;
  window = only_window (app);
  g_assert_true (window != before);
  g_assert_true (lds_window_get_store (window) == store);
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (window)), >, 10);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "对齐视图"));
  g_assert_false (lds_test_ui_has_label (GTK_WIDGET (window), "Alignment Map"));
  /* The same place: unit or person, cycle, editor, text, cursor, keyboard. */
  g_assert_cmpint (lds_context_get_owner_id (lds_window_get_context (window)), ==, owner);
  g_assert_cmpint (lds_context_get_cycle_id (lds_window_get_context (window)), ==, cycle);
  title = key_result_title_entry (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, half);
  {
    LdsObjectivesView *objectives = LDS_OBJECTIVES_VIEW (lds_test_ui_find_type (GTK_WIDGET (window),
                                                                                LDS_TYPE_OBJECTIVES_VIEW));
    g_autoptr(GPtrArray) new_rows = g_ptr_array_new ();
    GtkWidget *entry = NULL;

    lds_test_ui_collect (GTK_WIDGET (objectives), "lds-objective", new_rows);
    for (guint i = 0; i < new_rows->len; i++)
      {
        LdsObjectiveRow *row = LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (new_rows->pdata[i],
                                                                            LDS_TYPE_OBJECTIVE_ROW));
        if (lds_objective_row_get_id (row) == second_objective)
          entry = lds_objective_row_get_add_entry (row);
      }
    g_assert_nonnull (entry);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, drafted);
    g_assert_cmpint (gtk_editable_get_position (GTK_EDITABLE (entry)), ==, 5);
    g_assert_true (focus_in (window, entry));
  }
  /* Nothing was saved on the way, and the history speaks Chinese too. */
  {
    g_autoptr(LdsKeyResult) stored = lds_store_get (store, LDS_RECORD_KEY_RESULT, kr->id, NULL);

    g_assert_cmpstr (stored->title, ==, "Merchants still active after 30 days");
  }
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, g_dgettext (GETTEXT_PACKAGE, undo_name));
  g_assert_cmpstr (lds_store_get_undo_name (store), !=, undo_name);
  /* Dates, numbers, GTK's own words */
  {
    g_autofree char *date = lds_format_date ("2026-11-22");
    g_autofree char *score = lds_format_score (0.7, LDS_SCORE_SCALE_PERCENT);

    g_assert_cmpstr (date, ==, "2026年11月22日");
    g_assert_cmpstr (score, ==, "70%");
    g_assert_cmpstr (g_dgettext ("gtk40", "_Cancel"), !=, "_Cancel");
  }

  /* Giving the title now saves it, in either language. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Merchants still active after 60 days");
  g_signal_emit_by_name (title, "activate");
  lds_test_ui_iterate ();
  {
    g_autoptr(LdsKeyResult) stored = lds_store_get (store, LDS_RECORD_KEY_RESULT, kr->id, NULL);

    g_assert_cmpstr (stored->title, ==, "Merchants still active after 60 days");
  }
  gtk_editable_set_text (GTK_EDITABLE (title), half);

  /* And back: following the system is English here (LANGUAGE=en). */
  set_language ("");
  before = window;
  window = only_window (app);
  g_assert_true (window != before);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "en");
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "Alignment Map"));
  g_assert_false (lds_test_ui_has_label (GTK_WIDGET (window), "对齐视图"));
  title = key_result_title_entry (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, half);
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Rename Key Result");
  {
    g_autofree char *date = lds_format_date ("2026-11-22");

    g_assert_cmpstr (date, ==, "22 Nov 2026");
  }

  close_all (app);
}

/* The scores' texts in the workspace, and their bands (by CSS class) */
static void
collect_scores (GtkWidget *root,
                GPtrArray *texts,
                guint     *n_red)
{
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();

  lds_test_ui_collect (root, "lds-score", badges);
  for (guint i = 0; i < badges->len; i++)
    {
      g_ptr_array_add (texts, g_strdup (gtk_label_get_label (badges->pdata[i])));
      *n_red += gtk_widget_has_css_class (badges->pdata[i], "lds-score-red");
    }
}

static LdsPreferencesWindow *
open_preferences (LdsApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
  lds_test_ui_wait (200);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_PREFERENCES_WINDOW (l->data))
      return l->data;
  g_assert_not_reached ();
}

/* The organisation's settings: each change one action that Undo takes
 * back, bad values refused with a message, and the scale and bands shown
 * in the workspace at once. The person's appearance: light or dark. */
static void
test_organisation_settings (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func (g_free);
  LdsPreferencesWindow *prefs;
  LdsFileSettings settings;
  LdsWindow *window;
  LdsStore *store;
  GtkWidget *view, *scale, *red, *green, *message;
  guint red_before = 0, red_after = 0;
  gboolean dark = FALSE;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  store = lds_window_get_store (window);
  view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
  collect_scores (view, before, &red_before);
  g_assert_cmpuint (before->len, >, 5);
  for (guint i = 0; i < before->len; i++)
    g_assert_null (strchr (before->pdata[i], '%'));

  prefs = open_preferences (app);
  g_assert_true (lds_preferences_window_get_store (prefs) == store);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (window));
  scale = lds_test_ui_find (GTK_WIDGET (prefs), "lds-setting-scale");
  red = lds_test_ui_find (GTK_WIDGET (prefs), "lds-setting-red-below");
  green = lds_test_ui_find (GTK_WIDGET (prefs), "lds-setting-green-from");
  g_assert_nonnull (scale);

  /* Percentages: the workspace shows every score as one. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (scale), 1);
  lds_test_ui_iterate ();
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.scale, ==, LDS_SCORE_SCALE_PERCENT);
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Change Settings");
  collect_scores (view, after, &red_after);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    if (g_strcmp0 (before->pdata[i], "–") != 0)
      g_assert_nonnull (strchr (after->pdata[i], '%'));
  /* The bands are given in the same scale. */
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (red)), ==, 40);

  /* Red below 80%, above green from 70%: refused, said, nothing written */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (red), 80);
  lds_test_ui_iterate ();
  message = lds_test_ui_find (GTK_WIDGET (prefs), "lds-field-message");
  g_assert_nonnull (message);
  g_assert_true (gtk_widget_has_css_class (red, "error"));
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpfloat (settings.bands.red_below, ==, 0.4);
  /* Green from 90% first: then red below 80% is taken, and more is red. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (green), 90);
  lds_test_ui_iterate ();
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (red), 80);
  lds_test_ui_iterate ();
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpfloat_with_epsilon (settings.bands.red_below, 0.8, 1e-9);
  g_assert_cmpfloat_with_epsilon (settings.bands.green_from, 0.9, 1e-9);
  g_assert_false (gtk_widget_get_visible (message));
  g_ptr_array_set_size (after, 0);
  red_after = 0;
  collect_scores (view, after, &red_after);
  g_assert_cmpuint (red_after, >, red_before);

  /* Undo, three times: the file and the preferences are as before. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  lds_test_ui_iterate ();
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.scale, ==, LDS_SCORE_SCALE_DECIMAL);
  g_assert_cmpfloat (settings.bands.red_below, ==, 0.4);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (scale)), ==, 0);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (red)), ==, 0.4);

  /* The appearance is the person's: dark, then light. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lds_test_ui_find (GTK_WIDGET (prefs), "lds-appearance")), 2);
  lds_test_ui_iterate ();
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_true (dark);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lds_test_ui_find (GTK_WIDGET (prefs), "lds-appearance")), 1);
  lds_test_ui_iterate ();
  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_false (dark);

  close_all (app);
}

static gboolean
stored_title_is (LdsStore   *store,
                 LdsId       kr_id,
                 const char *title)
{
  g_autoptr(LdsKeyResult) stored = lds_store_get (store, LDS_RECORD_KEY_RESULT, kr_id, NULL);

  return stored != NULL && g_strcmp0 (stored->title, title) == 0;
}

/* As a person does it: a key result's title half rewritten in its editor,
 * the keyboard still in it, then Preferences (Ctrl+,) and 简体中文 in its
 * language list. The main window and the preferences come back in Chinese,
 * in the same place, with the title as typed; then English from the new
 * preferences window, and what was typed meanwhile is still there. */
static void
test_switch_from_preferences (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  const char *half = "New merchants who finish setup in one";
  const char *more = "New merchants who finish setup in one sitting";
  LdsPreferencesWindow *prefs, *before_prefs;
  LdsWindow *window, *before;
  GtkWidget *view, *title, *language;
  LdsStore *store;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  store = lds_window_get_store (window);
  view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
  lds_test_ui_collect (view, "lds-objective", rows);
  g_assert_cmpuint (rows->len, >, 0);
  kr = first_key_result (store, lds_objective_row_get_id (
    LDS_OBJECTIVE_ROW (gtk_widget_get_ancestor (rows->pdata[0], LDS_TYPE_OBJECTIVE_ROW))));
  g_assert_true (gtk_widget_activate_action (view, "workspace.edit-key-result", "x", kr->id));
  lds_test_ui_wait (300);
  title = key_result_title_entry (window);
  gtk_widget_grab_focus (title);
  gtk_editable_set_text (GTK_EDITABLE (title), half);
  lds_test_ui_iterate ();
  g_assert_true (focus_in (window, title));

  /* Going to another window leaves the field, which gives what it holds:
   * when the main window hears it lost the keyboard depends on the display
   * (tests share one, without a window manager), so below the file holds
   * the title as it was or as typed, never anything else. */
  prefs = open_preferences (app);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (prefs), "_Appearance"));
  language = lds_test_ui_find (GTK_WIDGET (prefs), "lds-language");
  g_assert_nonnull (language);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (language)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (language), 2);
  lds_test_ui_wait (400);

  before = window;
  before_prefs = prefs;
  window = only_window (app);
  prefs = open_preferences (app);
  g_assert_true (window != before);
  g_assert_true (prefs != before_prefs);
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (window)), >, 10);
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (prefs)), >, 5);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == GTK_WINDOW (window));
  language = lds_test_ui_find (GTK_WIDGET (prefs), "lds-language");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (language)), ==, 2);
  title = key_result_title_entry (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, half);
  g_assert_true (stored_title_is (store, kr->id, kr->title) || stored_title_is (store, kr->id, half));
  /* Still the person's to change: more typed */
  gtk_editable_set_text (GTK_EDITABLE (title), more);

  /* Back to English from the preferences built in Chinese */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (language), 1);
  lds_test_ui_wait (400);
  window = only_window (app);
  prefs = open_preferences (app);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "en");
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "Alignment Map"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (prefs), "_Appearance"));
  title = key_result_title_entry (window);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, more);
  g_assert_true (stored_title_is (store, kr->id, kr->title) || stored_title_is (store, kr->id, half) ||
                 stored_title_is (store, kr->id, more));
  /* Given with Enter, in the window built again */
  g_signal_emit_by_name (title, "activate");
  lds_test_ui_iterate ();
  g_assert_true (stored_title_is (store, kr->id, more));
  /* Following the system again, for the tests after this one */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (lds_test_ui_find (GTK_WIDGET (prefs), "lds-language")), 0);
  lds_test_ui_wait (400);
  close_all (app);
}

/* The map shown, an objective selected, zoomed and moved: in Chinese, the
 * map is shown again, the same objective selected, at the same place. */
static void
test_switch_language_map (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  LdsWindow *window, *before;
  LdsMapView *map;
  LdsMapModel *model;
  LdsId selected;
  double x, y, x2, y2;
  int width, height;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  lds_window_show_view (window, "map");
  lds_test_ui_wait (300);
  map = lds_map_page_get_view (LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_PAGE)));
  model = lds_map_view_get_model (map);
  g_assert_cmpuint (lds_map_model_get_n_nodes (model), >, 3);
  selected = lds_map_model_get_node (model, 2)->id;
  g_assert_true (lds_map_view_select (map, selected));
  lds_map_view_set_scale (map, 0.6);
  lds_map_view_center_on (map, 500, 400);
  lds_test_ui_iterate ();
  lds_map_view_get_center (map, &x, &y);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  g_assert_cmpint (width, >, 0);

  set_language ("zh_CN");
  before = window;
  window = only_window (app);
  g_assert_true (window != before);
  /* The same size (not the size less what GTK draws around it) */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (window)), >, 10);
  map = lds_map_page_get_view (LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_PAGE)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (map)));
  g_assert_cmpint (lds_map_view_get_selected (map), ==, selected);
  g_assert_cmpfloat_with_epsilon (lds_map_view_get_scale (map), 0.6, 1e-6);
  lds_map_view_get_center (map, &x2, &y2);
  g_assert_cmpfloat_with_epsilon (x2, x, 1.0);
  g_assert_cmpfloat_with_epsilon (y2, y, 1.0);

  set_language ("");
  window = only_window (app);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), "Alignment Map"));
  map = lds_map_page_get_view (LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_PAGE)));
  g_assert_cmpint (lds_map_view_get_selected (map), ==, selected);
  close_all (app);
}

static LdsWorkshopSession *
running_workshop (LdsApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WORKSHOP_AUDIENCE (l->data))
      return lds_workshop_session_from_window (l->data);
  return NULL;
}

static const char *
card_title (LdsWorkshopSession *session,
            LdsId               card_id)
{
  LdsWorkshopCard *card = lds_workshop_data_get_card (lds_workshop_session_get_data (session),
                                                      card_id);

  g_assert_nonnull (card);
  return card->title;
}

/* A workshop runs on the projector, a proposal half typed, when the
 * facilitator switches the interface to Chinese: its audience view and
 * controls are built again at once in Chinese, in the same phase, with the
 * same cards, the same card in focus and the words still there; the new
 * audience view takes the keys; and back to English. The language may also
 * be chosen for the projector when the workshop starts: the whole
 * interface follows it. */
static void
test_switch_language_workshop (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  g_autoptr(LdsUnit) team = NULL;
  LdsWindow *window;
  LdsStore *store;
  LdsWorkshopSession *session;
  GtkWindow *dialog, *audience, *controls, *old_audience, *old_controls;
  GtkWidget *entry, *language;
  LdsId focus;
  guint n_cards;
  const char *half = "Owners find their way without a ca";

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  store = lds_window_get_store (window);
  team = lds_store_find_unit_by_path (store, "Product/Merchant App", NULL);
  g_assert_nonnull (team);
  lds_window_select_owner (window, LDS_RECORD_UNIT, team->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.workshop", NULL));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_WORKSHOP_DIALOG);
  g_assert_nonnull (dialog);
  language = lds_test_ui_find (GTK_WIDGET (dialog), "lds-workshop-language");
  g_assert_nonnull (language);
  /* The projector speaks the interface's language unless told otherwise. */
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (language)), ==, 0);
  g_assert_true (lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)));
  lds_test_ui_wait (300);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "en");

  session = running_workshop (app);
  g_assert_nonnull (session);
  audience = lds_workshop_session_get_audience (session);
  controls = lds_workshop_session_get_controls (session);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (audience), "Workshop, "));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (controls), "_Next Phase"));
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Owners set up their shop alone");
  g_assert_true (lds_workshop_session_submit (session));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Make the report the first thing owners open");
  g_assert_true (lds_workshop_session_submit (session));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Shops live within a day");
  g_assert_true (lds_workshop_session_submit (session));
  g_assert_true (lds_workshop_session_activate (session, "left", NULL));
  focus = lds_workshop_session_get_selected (session);
  g_assert_cmpint (focus, !=, 0);
  g_assert_cmpstr (card_title (session, focus), !=, "Shops live within a day");
  gtk_editable_set_text (GTK_EDITABLE (entry), half);
  n_cards = lds_workshop_session_get_data (session)->cards->len;
  g_assert_cmpuint (n_cards, ==, 3);
  /* Out of full screen (F11) and made smaller: kept so. */
  gtk_window_set_default_size (audience, 600, 400);
  lds_test_ui_wait (200);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (audience)), ==, 600);

  set_language ("zh_CN");
  g_assert_true (running_workshop (app) == session);
  old_audience = audience;
  old_controls = controls;
  audience = lds_workshop_session_get_audience (session);
  controls = lds_workshop_session_get_controls (session);
  g_assert_true (audience != old_audience);
  g_assert_true (controls != old_controls);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (audience), "共创会，"));
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (audience)), >=, 1);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (audience)), ==, 600);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (audience)), ==, 400);
  g_assert_cmpuint (assert_all_chinese (gtk_window_get_child (controls)), >, 5);
  g_assert_cmpint (lds_workshop_session_get_data (session)->workshop->phase, ==,
                   LDS_WORKSHOP_PHASE_OBJECTIVES);
  g_assert_cmpuint (lds_workshop_session_get_data (session)->cards->len, ==, n_cards);
  g_assert_cmpint (lds_workshop_session_get_selected (session), ==, focus);
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, half);
  /* The new view takes the keys: Return gives the words typed. */
  g_assert_true (lds_test_ui_press (entry, "Return"));
  lds_test_ui_iterate ();
  g_assert_cmpuint (lds_workshop_session_get_data (session)->cards->len, ==, n_cards + 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  set_language ("");
  audience = lds_workshop_session_get_audience (session);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (audience), "Workshop, "));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (lds_workshop_session_get_controls (session)),
                                        "_Next Phase"));

  /* Chosen for the projector when the workshop starts (or resumes): the
   * interface follows, the workshop first. */
  lds_workshop_session_close (session);
  lds_test_ui_iterate ();
  window = only_window (app);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.workshop", NULL));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_WORKSHOP_DIALOG);
  g_assert_nonnull (dialog);
  language = lds_test_ui_find (GTK_WIDGET (dialog), "lds-workshop-language");
  gtk_drop_down_set_selected (GTK_DROP_DOWN (language), 1);
  g_assert_true (lds_workshop_dialog_resume (LDS_WORKSHOP_DIALOG (dialog),
                                             lds_workshop_session_get_id (session)));
  lds_test_ui_wait (300);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "zh_CN");
  session = running_workshop (app);
  g_assert_nonnull (session);
  g_assert_true (g_str_has_prefix (gtk_window_get_title (lds_workshop_session_get_audience (session)),
                                   "共创会，"));
  g_assert_cmpuint (lds_workshop_session_get_data (session)->cards->len, ==, n_cards + 1);
  window = only_window (app);
  g_assert_cmpuint (assert_all_chinese (GTK_WIDGET (window)), >, 10);

  set_language ("");
  lds_workshop_session_close (session);
  close_all (app);
}

static guint
count_findings (LdsStore     *store,
                LdsCoachRule  rule)
{
  LdsCoachScope scope = LDS_COACH_SCOPE_ALL;
  g_autoptr(GPtrArray) findings = lds_coach_check_store (store, &scope, NULL);
  guint n = 0;

  g_assert_nonnull (findings);
  for (guint i = 0; i < findings->len; i++)
    n += ((LdsCoachFinding *) findings->pdata[i])->rule == rule;
  return n;
}

/* The cadence the preferences set is the one a new cycle takes; the
 * coach's limits are the ones its rules apply. */
static void
test_cadence_and_limits (void)
{
  g_autoptr(LdsApplication) app = started_app ();
  LdsPreferencesWindow *prefs;
  LdsFileSettings settings;
  LdsCycleDialog *cycles;
  LdsWindow *window;
  LdsStore *store;
  guint too_many;

  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  window = only_window (app);
  store = lds_window_get_store (window);
  too_many = count_findings (store, LDS_COACH_RULE_TOO_MANY_OBJECTIVES);
  g_assert_cmpuint (too_many, >, 0);

  prefs = open_preferences (app);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lds_test_ui_find (GTK_WIDGET (prefs), "lds-setting-cadence")), 14);
  lds_test_ui_iterate ();
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (lds_test_ui_find (GTK_WIDGET (prefs), "lds-setting-max-objectives")), 2);
  lds_test_ui_iterate ();
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.cadence_days, ==, 14);
  g_assert_cmpint (settings.max_objectives, ==, 2);
  g_assert_cmpuint (count_findings (store, LDS_COACH_RULE_TOO_MANY_OBJECTIVES), >, too_many);
  gtk_window_destroy (GTK_WINDOW (prefs));
  lds_test_ui_iterate ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-cycles", NULL);
  lds_test_ui_iterate ();
  cycles = LDS_CYCLE_DIALOG (lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_CYCLE_DIALOG));
  g_assert_nonnull (cycles);
  gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.new", NULL);
  lds_test_ui_iterate ();
  g_assert_cmpstr (lds_store_get_undo_name (store), ==, "Add Cycle");
  {
    g_autoptr(LdsCycle) cycle = lds_store_get (store, LDS_RECORD_CYCLE,
                                               lds_cycle_dialog_get_cycle (cycles), NULL);

    g_assert_nonnull (cycle);
    g_assert_cmpint (cycle->cadence_days, ==, 14);
  }
  gtk_window_destroy (GTK_WINDOW (cycles));
  lds_test_ui_iterate ();

  /* Undone, the file's settings are as they were. */
  for (int i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  lds_test_ui_iterate ();
  lds_store_get_file_settings (store, &settings);
  g_assert_cmpint (settings.cadence_days, ==, 7);
  g_assert_cmpint (settings.max_objectives, ==, 5);
  g_assert_cmpuint (count_findings (store, LDS_COACH_RULE_TOO_MANY_OBJECTIVES), ==, too_many);
  close_all (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  int status;

  /* (A bare X server has no window manager to make a window full screen.) */
  g_setenv ("LODESTAR_WORKSHOP_WINDOWED", "1", TRUE);
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

  g_test_add_func ("/preferences/switch-language", test_switch_language);
  g_test_add_func ("/preferences/switch-language-map", test_switch_language_map);
  g_test_add_func ("/preferences/organisation-settings", test_organisation_settings);
  g_test_add_func ("/preferences/cadence-and-limits", test_cadence_and_limits);
  g_test_add_func ("/preferences/switch-from-preferences", test_switch_from_preferences);
  g_test_add_func ("/preferences/switch-language-workshop", test_switch_language_workshop);

  status = g_test_run ();
  g_clear_object (&shared_app);
  lds_test_remove_dir (dir);
  g_free (sample_path);
  return status;
}
