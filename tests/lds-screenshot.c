/* lds-screenshot.c: pictures of a window, for looking at (and the README)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   lds-screenshot FILE OUT.png [--view NAME] [--size WxH] [--zoom fit|close|SCALE]
 *                  [--select TITLE] [--dark] [--left-to-right] [--at DATE]
 *                  [--unit PATH] [--edit-key-result TITLE] [--exporting OUT]
 *
 * Opens FILE in a window of that size (under Xvfb, say), shows the view,
 * zooms, and writes what the window draws to OUT.png. Not a test: run it
 * by hand to see what a change looks like (see README, "Screenshots").
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "lds-i18n.h"
#include "lds-map-page.h"
#include "lds-objectives-view.h"
#include "lds-resources-private.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-tracking.h"
#include "lds-window.h"

static gboolean
select_by_title (LdsMapView *view,
                 const char *title)
{
  LdsMapModel *model = lds_map_view_get_model (view);

  for (guint v = 0; model != NULL && v < lds_map_model_get_n_nodes (model); v++)
    if (strstr (lds_map_model_get_node (model, v)->title, title) != NULL)
      return lds_map_view_select (view, lds_map_model_get_node (model, v)->id);
  return FALSE;
}

static void
dump (GtkWidget *widget,
      int        depth)
{
  graphene_rect_t r;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &r))
    r = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  g_printerr ("%*s%s %s %.0f,%.0f %dx%d\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget),
              gtk_widget_get_visible (widget) ? "" : "(hidden)", r.origin.x, r.origin.y,
              gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (depth < 12)
      dump (child, depth + 1);
}

static LdsMapView *
find_view (GtkWidget *widget)
{
  if (LDS_IS_MAP_VIEW (widget))
    return LDS_MAP_VIEW (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LdsMapView *view = find_view (child);

      if (view != NULL)
        return view;
    }
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *view_name = g_strdup ("map"), *size = g_strdup ("1280x800");
  g_autofree char *zoom = NULL, *select = NULL, *at = NULL, *unit = NULL, *edit = NULL;
  g_autofree char *exporting = NULL;
  gboolean dark = FALSE, left_to_right = FALSE;
  const GOptionEntry entries[] = {
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name, "The view to show", "NAME" },
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "The window's size", "WxH" },
    { "zoom", 0, 0, G_OPTION_ARG_STRING, &zoom, "fit, close or a scale", "ZOOM" },
    { "select", 0, 0, G_OPTION_ARG_STRING, &select, "Select the objective with this title", "TITLE" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "The dark appearance", NULL },
    { "left-to-right", 0, 0, G_OPTION_ARG_NONE, &left_to_right, "Lay the map out sideways", NULL },
    { "at", 0, 0, G_OPTION_ARG_STRING, &at, "Show the organisation as it stood that day", "DATE" },
    { "unit", 0, 0, G_OPTION_ARG_STRING, &unit, "Choose this unit in the sidebar", "PATH" },
    { "edit-key-result", 0, 0, G_OPTION_ARG_STRING, &edit,
      "Open the editor of the key result with this title, scrolled to its progress", "TITLE" },
    { "exporting", 0, 0, G_OPTION_ARG_FILENAME, &exporting,
      "Start exporting the map to this file first, to show the export's progress", "OUT" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  LdsWindow *window;
  int width = 1280, height = 800;

  setlocale (LC_ALL, "");
  lds_i18n_init ();
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "FILE OUT.png");
      return 2;
    }
  sscanf (size, "%dx%d", &width, &height);
  gtk_init ();
  lds_test_ui_load_styles ();
  if (dark)
    g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);

  store = lds_store_open (argv[1], LDS_STORE_OPEN_READ_ONLY, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_wait (300);
  if (unit != NULL)
    {
      g_autoptr(LdsUnit) found = lds_store_find_unit_by_path (store, unit, NULL);

      if (found != NULL)
        lds_window_select_owner (window, LDS_RECORD_UNIT, found->id);
      else
        g_printerr ("No unit “%s”\n", unit);
    }
  if (at != NULL)
    lds_context_set_at (lds_window_get_context (window), lds_day_end (at));
  lds_window_show_view (window, view_name);
  lds_test_ui_wait (300);

  if (g_str_equal (view_name, "map"))
    {
      LdsMapView *view = find_view (GTK_WIDGET (window));

      if (view != NULL)
        {
          if (left_to_right)
            lds_map_view_set_orientation (view, LDS_MAP_LEFT_RIGHT);
          if (select != NULL && !select_by_title (view, select))
            g_printerr ("No objective titled “%s”\n", select);
          lds_test_ui_wait (100);
          if (g_strcmp0 (zoom, "fit") == 0)
            lds_map_view_zoom_to_fit (view);
          else if (g_strcmp0 (zoom, "close") == 0)
            {
              lds_map_view_set_scale (view, 1.0);
              if (lds_map_view_get_selected (view) != 0)
                lds_map_view_reveal (view, lds_map_view_get_selected (view));
            }
          else if (zoom != NULL)
            lds_map_view_set_scale (view, g_ascii_strtod (zoom, NULL));
          gtk_widget_grab_focus (GTK_WIDGET (view));
          if (exporting != NULL)
            gtk_widget_activate_action (GTK_WIDGET (view), "map-page.export-file", "s", exporting);
        }
    }
  if (edit != NULL)
    {
      g_autoptr(GPtrArray) krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);
      GtkWidget *view = gtk_widget_get_first_child (GTK_WIDGET (window));
      GtkWidget *editor = NULL;

      while (view != NULL && !LDS_IS_OBJECTIVES_VIEW (view))
        {
          GtkWidget *next = gtk_widget_get_first_child (view);
          while (next == NULL && view != NULL)
            {
              next = gtk_widget_get_next_sibling (view);
              if (next == NULL)
                view = gtk_widget_get_parent (view);
            }
          view = next;
        }
      for (guint i = 0; view != NULL && krs != NULL && i < krs->len; i++)
        if (g_strcmp0 (((LdsKeyResult *) krs->pdata[i])->title, edit) == 0)
          gtk_widget_activate_action (view, "workspace.edit-key-result", "x",
                                      ((LdsKeyResult *) krs->pdata[i])->id);
      lds_test_ui_wait (300);
      editor = view != NULL ? lds_objectives_view_get_editor (LDS_OBJECTIVES_VIEW (view)) : NULL;
      for (GtkWidget *w = editor != NULL ? lds_test_ui_find (editor, "lds-field-score_note") : NULL;
           w != NULL; w = gtk_widget_get_parent (w))
        if (GTK_IS_SCROLLED_WINDOW (w))
          {
            GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w));
            gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
            break;
          }
    }
  lds_test_ui_wait (500);
  if (g_getenv ("LDS_DUMP"))
    dump (GTK_WIDGET (window), 0);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0,
                                                              gtk_widget_get_width (GTK_WIDGET (window)),
                                                              gtk_widget_get_height (GTK_WIDGET (window))));
  if (!gdk_texture_save_to_png (texture, argv[2]))
    {
      g_printerr ("Could not write %s\n", argv[2]);
      return 1;
    }
  for (GtkWidget *page = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_PAGE);
       page != NULL && lds_map_page_is_exporting (LDS_MAP_PAGE (page));)
    g_main_context_iteration (NULL, TRUE);
  if (g_getenv ("LDS_SHOT_WAIT"))
    lds_test_ui_wait (atoi (g_getenv ("LDS_SHOT_WAIT")));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
