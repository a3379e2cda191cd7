/* test-map-page.c: the window's alignment map, driven through its actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lds-demo.h"
#include "lds-export-dot.h"
#include "lds-map-page.h"
#include "lds-record-object.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  LdsStore   *store;
  LdsWindow  *window;
  LdsMapPage *page;
  LdsMapView *view;
  LdsContext *context;
  char       *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = lds_test_make_dir ();
  f->store = lds_test_new_store ();
  /* @data: how many objectives of the synthetic organisation; NULL: the sample */
  if (data != NULL)
    g_assert_true (lds_demo_write_synthetic (f->store, GPOINTER_TO_UINT (data), 1, &error));
  else
    g_assert_true (lds_demo_write_sample (f->store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  f->window = lds_window_new (NULL, f->store);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  f->context = lds_window_get_context (f->window);
  f->page = LDS_MAP_PAGE (lds_test_ui_find_type (GTK_WIDGET (f->window), LDS_TYPE_MAP_PAGE));
  g_assert_nonnull (f->page);
  f->view = lds_map_page_get_view (f->page);
  /* Ctrl+2: the second view of the table */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "map"));
  lds_test_ui_wait (300);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->window != NULL)
    gtk_window_destroy (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_clear_object (&f->store);
  lds_test_remove_dir (f->dir);
  g_free (f->dir);
}

static gboolean
page_action (Fixture    *f,
             const char *name,
             GVariant   *parameter)
{
  gboolean done;

  if (parameter != NULL)
    done = gtk_widget_activate_action_variant (GTK_WIDGET (f->page), name, parameter);
  else
    done = gtk_widget_activate_action (GTK_WIDGET (f->page), name, NULL);
  lds_test_ui_iterate ();
  return done;
}

/* The error message on screen, if there is one; closes it. */
static char *
take_error (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  char *text = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && text == NULL; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_MESSAGE_DIALOG (window) && gtk_widget_has_css_class (GTK_WIDGET (window), "lds-error"))
        {
          g_object_get (window, "secondary-text", &text, NULL);
          gtk_window_destroy (window);
        }
    }
  lds_test_ui_iterate ();
  return text;
}

static guint
node_titled (LdsMapModel *model,
             const char  *title)
{
  for (guint v = 0; v < lds_map_model_get_n_nodes (model); v++)
    if (g_str_equal (lds_map_model_get_node (model, v)->title, title))
      return v;
  g_error ("No objective “%s” on the map", title);
}

static void
open_record_cb (LdsContext *context,
                int         type,
                gint64      id,
                gint64     *out)
{
  *out = type == LDS_RECORD_OBJECTIVE ? id : -1;
}

static void
test_page_context (Fixture       *f,
                   gconstpointer  data)
{
  LdsMapModel *model = lds_map_view_get_model (f->view);
  g_autoptr(LdsUnit) sales = lds_store_find_unit_by_path (f->store, "Sales", NULL);
  guint n_all;
  LdsId id;
  gint64 opened = 0;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->view)));
  g_assert_nonnull (model);
  n_all = lds_map_model_get_n_nodes (model);
  g_assert_cmpuint (n_all, >, 30);

  /* An objective chosen elsewhere (deep in the map) is selected here … */
  id = 0;
  for (guint v = 0; v < n_all && id == 0; v++)
    if (lds_map_model_get_node (model, v)->depth >= 3)
      id = lds_map_model_get_node (model, v)->id;
  lds_context_set_objective_id (f->context, id);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_map_view_get_selected (f->view), ==, id);

  /* … and one selected here is the window's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.select", "s", "top"));
  g_assert_cmpint (lds_context_get_objective_id (f->context), ==, lds_map_view_get_selected (f->view));
  g_assert_cmpint (lds_context_get_objective_id (f->context), !=, id);

  /* Enter asks the window to open it (one of this cycle: the top may be a
   * parent from another, and the workspace would show that cycle). */
  lds_context_set_objective_id (f->context, id);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_map_view_get_selected (f->view), ==, id);
  g_signal_connect (f->context, "open-record", G_CALLBACK (open_record_cb), &opened);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.activate", NULL));
  g_assert_cmpint (opened, ==, lds_context_get_objective_id (f->context));
  /* The window went to the objectives view to open it; back to the map. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "map"));
  lds_test_ui_wait (300);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (f->page)));

  /* The sidebar's unit filters the map, with the parents above as context. */
  g_assert_true (lds_window_select_owner (f->window, LDS_RECORD_UNIT, sales->id));
  lds_test_ui_wait (100);
  model = lds_map_view_get_model (f->view);
  g_assert_cmpuint (lds_map_model_get_n_nodes (model), <, n_all);
  g_assert_cmpstr (lds_map_model_get_title (model), ==, "Sales · 2026 Q4");

  /* The cycle chosen in the sidebar too */
  {
    g_autoptr(LdsCycle) q3 = lds_store_find_cycle (f->store, "2026 Q3", NULL);
    GtkDropDown *cycles = GTK_DROP_DOWN (lds_test_ui_find_type (GTK_WIDGET (f->window), GTK_TYPE_DROP_DOWN));
    GListModel *items = gtk_drop_down_get_model (cycles);

    for (guint i = 0; i < g_list_model_get_n_items (items); i++)
      {
        g_autoptr(LdsRecordObject) item = g_list_model_get_item (items, i);

        if (lds_record_object_get_id (item) == q3->id)
          gtk_drop_down_set_selected (cycles, i);
      }
    lds_test_ui_iterate ();
    g_assert_cmpint (lds_context_get_cycle_id (f->context), ==, q3->id);
    g_assert_cmpstr (lds_map_model_get_title (lds_map_view_get_model (f->view)), ==, "Sales · 2026 Q3");

    /* Hidden, the map waits to be shown again before it reads the store. */
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "objectives"));
    lds_test_ui_wait (400);
    g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
    gtk_drop_down_set_selected (cycles, 0);
    lds_test_ui_iterate ();
    g_assert_cmpint (lds_context_get_cycle_id (f->context), !=, q3->id);
    g_assert_cmpstr (lds_map_model_get_title (lds_map_view_get_model (f->view)), ==, "Sales · 2026 Q3");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-view", "s", "map"));
    lds_test_ui_iterate ();
    g_assert_cmpstr (lds_map_model_get_title (lds_map_view_get_model (f->view)), !=, "Sales · 2026 Q3");
  }
}

static void
test_page_filters (Fixture       *f,
                   gconstpointer  data)
{
  guint with_drafts = lds_map_model_get_n_nodes (lds_map_view_get_model (f->view));
  gboolean any_draft = FALSE;
  LdsMapModel *model;

  g_assert_true (page_action (f, "map-page.show-drafts", NULL));
  model = lds_map_view_get_model (f->view);
  g_assert_cmpuint (lds_map_model_get_n_nodes (model), <, with_drafts);
  for (guint v = 0; v < lds_map_model_get_n_nodes (model); v++)
    any_draft |= (lds_map_model_get_node (model, v)->flags & LDS_MAP_NODE_DRAFT) != 0;
  g_assert_false (any_draft);
  g_assert_true (page_action (f, "map-page.show-drafts", NULL));
  g_assert_cmpuint (lds_map_model_get_n_nodes (lds_map_view_get_model (f->view)), ==, with_drafts);

  g_assert_true (page_action (f, "map-page.left-to-right", NULL));
  g_assert_cmpint (lds_map_view_get_orientation (f->view), ==, LDS_MAP_LEFT_RIGHT);
  g_assert_true (page_action (f, "map-page.highlight-unaligned", NULL));
  g_assert_false (lds_map_view_get_highlight_unaligned (f->view));
  g_assert_true (page_action (f, "map-page.show-depends", NULL));
  g_assert_false (lds_map_view_get_show_depends (f->view));

  /* Zoom from the toolbar, and its label */
  lds_map_view_set_scale (f->view, 1.0);
  g_assert_true (page_action (f, "map-page.zoom-out", NULL));
  lds_test_ui_wait (50);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->page), "80%"));
  g_assert_true (page_action (f, "map-page.zoom-fit", NULL));
  g_assert_cmpfloat (lds_map_view_get_scale (f->view), <, 0.5);

  /* Focus needs a selection. */
  page_action (f, "map-page.focus-mode", NULL);
  g_assert_false (lds_map_view_get_focus_mode (f->view));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.select", "s", "top"));
  lds_test_ui_iterate ();
  g_assert_true (page_action (f, "map-page.focus-mode", NULL));
  g_assert_true (lds_map_view_get_focus_mode (f->view));
}

static void
test_page_search (Fixture       *f,
                  gconstpointer  data)
{
  GtkSearchEntry *entry = GTK_SEARCH_ENTRY (lds_test_ui_find_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY));
  guint n;

  /* Ctrl+F goes to the entry. */
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
  g_assert_true (page_action (f, "map-page.search", NULL));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), GTK_WIDGET (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), "merchant");
  lds_test_ui_wait (400);   /* the entry waits a moment before it searches */
  n = lds_map_view_get_n_matches (f->view);
  g_assert_cmpuint (n, >, 1);
  {
    g_autofree char *label = g_strdup_printf ("%u matches", n);
    g_autofree char *first = g_strdup_printf ("1 of %u", n);

    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->page), label));
    g_assert_true (page_action (f, "map-page.next-match", NULL));
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->page), first));
    g_assert_cmpint (lds_map_view_get_selected (f->view), !=, 0);
  }
  gtk_editable_set_text (GTK_EDITABLE (entry), "这里没有");
  lds_test_ui_wait (400);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (f->page), "No matches"));
}

static void
check_header (const char *path,
              const char *magic)
{
  g_autoptr(GBytes) bytes = lds_test_read_bytes (path);

  g_assert_cmpuint (g_bytes_get_size (bytes), >, strlen (magic));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), strlen (magic), magic, strlen (magic));
}

/* Until the page's export (in another thread) has ended; returns how many
 * times a 5 ms timer ran on the main loop meanwhile. */
static gboolean
count_tick_cb (gpointer data)
{
  (*(guint *) data)++;
  return G_SOURCE_CONTINUE;
}

static guint
wait_export (LdsMapPage *page)
{
  guint ticks = 0, timer = g_timeout_add (5, count_tick_cb, &ticks);
  gint64 deadline = g_get_monotonic_time () + 120 * G_TIME_SPAN_SECOND;

  while (lds_map_page_is_exporting (page))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (timer);
  lds_test_ui_iterate ();
  return ticks;
}

static void
test_page_export (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { const char *name, *magic; } files[] = {
    { "map.pdf", "%PDF-" }, { "map.svg", "<?xml" }, { "map.png", "\x89PNG" }, { "map.dot", "digraph" },
  };
  g_autofree char *printed = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autofree char *wrong = g_build_filename (f->dir, "map.bmp", NULL);
  g_autofree char *message = NULL;

  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (f->page)));
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, files[i].name, NULL);

      g_assert_true (page_action (f, "map-page.export-file", g_variant_new_string (path)));
      wait_export (f->page);
      g_assert_null (take_error ());
      check_header (path, files[i].magic);
    }

  /* An ending Lodestar does not write: a message, no file */
  g_assert_true (page_action (f, "map-page.export-file", g_variant_new_string (wrong)));
  message = take_error ();
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "map.bmp"));
  g_assert_false (g_file_test (wrong, G_FILE_TEST_EXISTS));

  /* Printing, into a PDF */
  g_assert_true (page_action (f, "map-page.print-file", g_variant_new_string (printed)));
  check_header (printed, "%PDF-");
}

/* A large map is written in another thread: the window goes on answering,
 * the export can be cancelled (the file is then left as it was), and what
 * is written is the map as the page showed it when the export began. */
static void
test_page_export_background (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "large.pdf", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "kept.pdf", NULL);
  g_autofree char *dot = g_build_filename (f->dir, "large.dot", NULL);
  g_autofree char *expected = g_build_filename (f->dir, "expected.dot", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) written = NULL, wanted = NULL, old = NULL;
  g_autoptr(LdsMapLayout) shown = NULL;
  LdsMapPage *page = f->page;
  LdsMapView *view = f->view;
  LdsMapModel *model = lds_map_view_get_model (view);
  guint ticks;

  g_assert_nonnull (model);

  /* The window answers while the file is written. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                                     g_variant_new_string (pdf)));
  g_assert_true (lds_map_page_is_exporting (page));
  /* No second export while the first runs (the action is disabled). */
  gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                      g_variant_new_string (kept));
  ticks = wait_export (page);
  g_assert_cmpuint (ticks, >=, 3);
  g_assert_null (take_error ());
  check_header (pdf, "%PDF-");
  g_assert_false (g_file_test (kept, G_FILE_TEST_EXISTS));

  /* Cancelled: what was there stays, and no message. */
  g_assert_true (g_file_set_contents (kept, "kept", -1, NULL));
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                                     g_variant_new_string (kept)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map-page.cancel-export", NULL));
  wait_export (page);
  g_assert_null (take_error ());
  old = lds_test_read_bytes (kept);
  g_assert_cmpmem (g_bytes_get_data (old, NULL), g_bytes_get_size (old), "kept", 4);

  /* Cancelled, a new file: none is made, and nothing is left beside. */
  g_assert_true (g_remove (pdf) == 0);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                                     g_variant_new_string (pdf)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map-page.cancel-export", NULL));
  wait_export (page);
  g_assert_null (take_error ());
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  {
    g_autoptr(GDir) folder = g_dir_open (f->dir, 0, NULL);

    for (const char *name; (name = g_dir_read_name (folder)) != NULL;)
      g_assert_cmpstr (name, ==, "kept.pdf");
  }

  /* The map as shown (left to right, one subtree folded), not as it is
   * changed after the export began. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "map-page.left-to-right", NULL));
  lds_map_view_set_collapsed (view, lds_map_model_get_node (model, 1)->id, TRUE);
  lds_test_ui_iterate ();
  shown = g_object_ref (lds_map_view_get_layout (view));
  g_assert_true (lds_export_dot_write (shown, expected, &error));
  g_assert_no_error (error);
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                                     g_variant_new_string (dot)));
  lds_map_view_set_collapsed (view, lds_map_model_get_node (model, 1)->id, FALSE);
  wait_export (page);
  g_assert_null (take_error ());
  written = lds_test_read_bytes (dot);
  wanted = lds_test_read_bytes (expected);
  g_assert_true (g_bytes_equal (written, wanted));

  /* The window closed while the file is written: the export goes on. */
  g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (page), "map-page.export-file",
                                                     g_variant_new_string (pdf)));
  g_assert_true (lds_map_page_is_exporting (page));
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&f->window)));
  {
    gint64 deadline = g_get_monotonic_time () + 120 * G_TIME_SPAN_SECOND;

    while (!g_file_test (pdf, G_FILE_TEST_EXISTS))
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_usleep (10 * G_TIME_SPAN_MILLISECOND);
        g_main_context_iteration (NULL, FALSE);
      }
  }
  lds_test_ui_wait (100);
  g_assert_null (take_error ());
  check_header (pdf, "%PDF-");
}

static void
test_page_align (Fixture       *f,
                 gconstpointer  data)
{
  LdsMapModel *model = lds_map_view_get_model (f->view);
  guint target = node_titled (model, "Grow into a software company, not a till seller");
  guint dragged = node_titled (model, "Make on-call calm and predictable");
  const LdsMapKeyResult *kr = lds_map_model_get_key_result (model, target, 1);
  LdsId dragged_id = lds_map_model_get_node (model, dragged)->id, kr_id = kr->id;
  LdsId target_id = lds_map_model_get_node (model, target)->id;
  gint64 links = lds_store_count (f->store, LDS_RECORD_LINK);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  double x, y;

  g_assert_true (lds_map_model_get_node (model, dragged)->flags & LDS_MAP_NODE_UNALIGNED);
  lds_map_view_set_scale (f->view, 0.8);
  lds_map_view_reveal (f->view, lds_map_model_get_node (model, target)->id);
  g_assert_true (lds_map_view_get_key_result_position (f->view, kr_id, &x, &y));
  lds_map_view_drop (f->view, dragged_id, x, y);
  lds_test_ui_iterate ();

  /* One undoable action, and the map shows it at once */
  g_assert_null (take_error ());
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_LINK), ==, links + 1);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Align Objective");
  model = lds_map_view_get_model (f->view);
  dragged = lds_map_model_find (model, dragged_id);
  g_assert_false (lds_map_model_get_node (model, dragged)->flags & LDS_MAP_NODE_UNALIGNED);
  g_assert_cmpint (lds_map_model_get_node (model, lds_map_model_get_node (model, dragged)->parent)->id,
                   ==, target_id);
  g_assert_cmpint (lds_map_model_get_node (model, dragged)->parent_kr, ==, 1);

  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  lds_test_ui_iterate ();
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_LINK), ==, links);

  /* Onto its own key result: refused, with a message that says why */
  model = lds_map_view_get_model (f->view);
  kr = lds_map_model_get_key_result (model, lds_map_model_find (model, dragged_id), 0);
  lds_map_view_reveal (f->view, dragged_id);
  g_assert_true (lds_map_view_get_key_result_position (f->view, kr->id, &x, &y));
  lds_map_view_drop (f->view, dragged_id, x, y);
  lds_test_ui_iterate ();
  message = take_error ();
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "its own"));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_LINK), ==, links);
}

static void
test_page_state (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GVariant) state = NULL;
  GtkWidget *again;

  lds_map_view_set_orientation (f->view, LDS_MAP_LEFT_RIGHT);
  lds_map_view_set_scale (f->view, 0.42);
  state = lds_view_save_state (LDS_VIEW (f->page));
  g_assert_nonnull (state);

  /* A page rebuilt (the window in another language) looks as it did; while
   * it is hidden it keeps the state, and gives it back, without laying out
   * the map. */
  again = lds_map_page_new (f->context);
  g_object_ref_sink (again);
  lds_view_restore_state (LDS_VIEW (again), state);
  {
    g_autoptr(GVariant) kept = lds_view_save_state (LDS_VIEW (again));

    g_assert_nonnull (kept);
    g_assert_true (g_variant_equal (kept, state));
    g_assert_null (lds_map_view_get_model (lds_map_page_get_view (LDS_MAP_PAGE (again))));
  }
  {
    GtkWidget *window = gtk_window_new ();

    gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
    gtk_window_set_child (GTK_WINDOW (window), again);
    gtk_window_present (GTK_WINDOW (window));
    lds_test_ui_wait (200);
    g_assert_cmpint (lds_map_view_get_orientation (lds_map_page_get_view (LDS_MAP_PAGE (again))), ==,
                     LDS_MAP_LEFT_RIGHT);
    g_assert_cmpfloat (lds_map_view_get_scale (lds_map_page_get_view (LDS_MAP_PAGE (again))), ==, 0.42);
    gtk_window_destroy (GTK_WINDOW (window));
  }
  g_object_unref (again);
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/map-page/context", test_page_context);
  ADD ("/map-page/filters", test_page_filters);
  ADD ("/map-page/search", test_page_search);
  ADD ("/map-page/export", test_page_export);
  g_test_add ("/map-page/export/background", Fixture, GUINT_TO_POINTER (3000), fixture_setup,
              test_page_export_background, fixture_teardown);
  ADD ("/map-page/align", test_page_align);
  ADD ("/map-page/state", test_page_state);
#undef ADD

  return g_test_run ();
}
