/* lds-shoot.c: the pictures of the README and of the AppStream metadata
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   lds-shoot FILE OUT.png [--size WxH] [--view NAME] [--unit N] [--edit-key-result N]
 *             [--zoom fit|close|SCALE] [--select N] [--coach-page NAME] [--window NAME]
 *             [--action NAME] [--dark] [--type TEXT] [--switch-to LANGUAGE]
 *             [--workshop propose|vote]
 *
 * Opens FILE the way Lodestar does (the application, its styles and
 * actions), puts the window in the state asked for and writes it to
 * OUT.png. Records are chosen by their place, not their names, so that the
 * same options serve the English and the Chinese sample companies.
 * --workshop starts a co-creation workshop for the sample's Merchant App
 * team from the window (F5's dialog), has the team propose in the
 * language shown (lds-workshop-script.h) and, for "vote", moves on to the
 * dots; the picture is then the audience view, at the size asked for.
 * build-aux/update-screenshots runs it under a virtual display. Exits 3
 * when the view, window or action asked for does not exist (yet).
 */

#include "config.h"

#include <stdlib.h>

#include "lds-application.h"
#include "lds-guide-window.h"
#include "lds-i18n.h"
#include "lds-map-page.h"
#include "lds-objectives-view.h"
#include "lds-preferences-window.h"
#include "lds-test-ui.h"
#include "lds-store-lookup.h"
#include "lds-welcome-window.h"
#include "lds-window.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-script.h"
#include "lds-workshop-session.h"

#define MISSING 3

static GtkStack *
views_of (LdsWindow *window)
{
  return lds_test_ui_views_stack (GTK_WIDGET (window));
}

static LdsWindow *
main_window (LdsApplication *app)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static GtkWindow *
window_of_type (LdsApplication *app,
                GType           type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  return NULL;
}

/* The Nth unit below the company, in the order of the tree */
static LdsId
nth_unit (LdsStore *store,
          guint     n)
{
  g_autoptr(GPtrArray) roots = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", 0, NULL);
  g_autoptr(GPtrArray) units = NULL;

  if (roots == NULL || roots->len == 0)
    return 0;
  if (n == 0)
    return ((LdsUnit *) roots->pdata[0])->id;
  units = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", ((LdsUnit *) roots->pdata[0])->id,
                             NULL);
  return units != NULL && n <= units->len ? ((LdsUnit *) units->pdata[n - 1])->id : 0;
}

/* The Nth objective the owner shown has in the cycle shown */
static LdsId
nth_objective (LdsWindow *window,
               guint      n)
{
  LdsContext *context = lds_window_get_context (window);
  LdsStore *store = lds_window_get_store (window);
  g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE,
    lds_context_get_owner_type (context) == LDS_RECORD_UNIT ? "owner_unit_id" : "owner_person_id",
    lds_context_get_owner_id (context), NULL);

  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];

      if (o->cycle_id == lds_context_get_cycle_id (context) && n-- == 0)
        return o->id;
    }
  return 0;
}

/* The Nth key result of the first objective the owner has in the cycle shown */
static LdsId
nth_key_result (LdsWindow *window,
                guint      n)
{
  LdsId objective = nth_objective (window, 0);
  g_autoptr(GPtrArray) krs = NULL;

  if (objective == 0)
    return 0;
  krs = lds_store_list_by (lds_window_get_store (window), LDS_RECORD_KEY_RESULT, "objective_id",
                           objective, NULL);
  return krs != NULL && n < krs->len ? ((LdsKeyResult *) krs->pdata[n])->id : 0;
}

static gboolean
save (GtkWidget  *widget,
      const char *path)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  /* The window without its shadow, as a screenshot tool takes it */
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  return gdk_texture_save_to_png (texture, path);
}

/* A key on the audience view, where its focus is */
static void
press (GtkWindow  *audience,
       const char *accelerator)
{
  GtkWidget *focus = lds_test_ui_focus (audience);

  if (!lds_test_ui_press (focus != NULL ? focus : GTK_WIDGET (audience), accelerator))
    g_printerr ("Nothing took %s\n", accelerator);
  lds_test_ui_iterate ();
}

/* The workshop, run from the window as a facilitator does, up to the phase
 * asked for; returns its audience view, or NULL. */
static GtkWindow *
run_workshop (LdsApplication *app,
              LdsWindow      *window,
              const char     *phase,
              int             width,
              int             height)
{
  const LdsWorkshopScript *s = lds_workshop_script_for (lds_i18n_get_language ());
  g_autoptr(LdsUnit) team = lds_store_find_unit_by_path (lds_window_get_store (window),
                                                         s->team_path, NULL);
  GtkWindow *dialog, *audience;
  GtkWidget *entry;

  if (team == NULL || !lds_window_select_owner (window, LDS_RECORD_UNIT, team->id))
    {
      g_printerr ("No team %s\n", s->team_path);
      return NULL;
    }
  if (!gtk_widget_activate_action (GTK_WIDGET (window), "win.workshop", NULL))
    {
      g_printerr ("Lodestar has no action “win.workshop”\n");
      return NULL;
    }
  lds_test_ui_wait (300);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_WORKSHOP_DIALOG);
  if (dialog == NULL || !lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)))
    return NULL;
  lds_test_ui_wait (300);
  audience = window_of_type (app, LDS_TYPE_WORKSHOP_AUDIENCE);
  if (audience == NULL)
    return NULL;
  /* The projector's size is the picture's, not the virtual screen's. */
  gtk_window_set_default_size (audience, width, height);
  lds_test_ui_wait (300);

  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));
  for (guint i = 0; i < 6; i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), s->objectives[i]);
      press (audience, "Return");
    }
  if (g_str_equal (phase, "vote"))
    {
      /* Dots on each card, from the first; three chosen; the focus on the
       * second, chosen. */
      static const char *const dots[] = { "7", "5", "2", "6", "3", "1" };

      press (audience, "Page_Down");
      for (guint i = 0; i < 8; i++)
        press (audience, "Left");
      for (guint i = 0; i < G_N_ELEMENTS (dots); i++)
        {
          press (audience, dots[i]);
          if (i == 0 || i == 1 || i == 3)
            press (audience, "space");
          press (audience, "Right");
        }
      for (guint i = 0; i < 4; i++)
        press (audience, "Left");
    }
  else if (!g_str_equal (phase, "propose"))
    {
      g_printerr ("The workshop has no phase “%s” to show\n", phase);
      return NULL;
    }
  lds_test_ui_wait (400);
  return audience;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *size = g_strdup ("1280x800"), *view_name = NULL, *zoom = NULL;
  g_autofree char *coach_page = NULL, *window_name = NULL, *action = NULL;
  g_autofree char *typed = NULL, *switch_to = NULL, *workshop = NULL;
  int unit = -1, edit = -1, select = -1;
  gboolean dark = FALSE;
  const GOptionEntry entries[] = {
    { "size", 0, 0, G_OPTION_ARG_STRING, &size, "The window's size", "WxH" },
    { "view", 0, 0, G_OPTION_ARG_STRING, &view_name, "The view to show", "NAME" },
    { "unit", 0, 0, G_OPTION_ARG_INT, &unit, "Choose the company (0) or its Nth department", "N" },
    { "edit-key-result", 0, 0, G_OPTION_ARG_INT, &edit, "Edit the Nth key result of the first objective", "N" },
    { "zoom", 0, 0, G_OPTION_ARG_STRING, &zoom, "The map's zoom: fit, close or a scale", "ZOOM" },
    { "select", 0, 0, G_OPTION_ARG_INT, &select, "Select the owner's Nth objective in the map", "N" },
    { "coach-page", 0, 0, G_OPTION_ARG_STRING, &coach_page, "The coach's page", "NAME" },
    { "window", 0, 0, G_OPTION_ARG_STRING, &window_name, "preferences, guide or welcome", "NAME" },
    { "action", 0, 0, G_OPTION_ARG_STRING, &action, "A window action to run, such as win.workshop", "NAME" },
    { "dark", 0, 0, G_OPTION_ARG_NONE, &dark, "The dark appearance", NULL },
    { "type", 0, 0, G_OPTION_ARG_STRING, &typed, "Type TEXT into the field with the keyboard, not given", "TEXT" },
    { "switch-to", 0, 0, G_OPTION_ARG_STRING, &switch_to, "Then switch the interface to LANGUAGE (en, zh_CN or \"\")", "LANGUAGE" },
    { "workshop", 0, 0, G_OPTION_ARG_STRING, &workshop, "Run a workshop up to PHASE and show its audience view", "propose|vote" },
    { NULL }
  };
  g_autoptr(GOptionContext) options = g_option_context_new ("FILE OUT.png");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;
  GtkWidget *shot;
  LdsWindow *window;
  int width = 1280, height = 800;

  lds_i18n_init ();
  /* (A bare X server has no window manager to make a window full screen.) */
  g_setenv ("LODESTAR_WORKSHOP_WINDOWED", "1", TRUE);
  g_option_context_add_main_entries (options, entries, NULL);
  if (!g_option_context_parse (options, &argc, &argv, &error) || argc != 3)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "lds-shoot FILE OUT.png [OPTIONS]");
      return 2;
    }
  if (sscanf (size, "%dx%d", &width, &height) != 2)
    return 2;

  gtk_init ();
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "appearance", dark ? "dark" : "light");
  g_settings_set_boolean (settings, "welcome-shown", TRUE);
  g_settings_set_int (settings, "window-width", width);
  g_settings_set_int (settings, "window-height", height);

  app = lds_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  if (!g_application_register (G_APPLICATION (app), NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  g_application_hold (G_APPLICATION (app));
  lds_application_open_path (app, argv[1], NULL);
  lds_test_ui_wait (800);
  window = main_window (app);
  if (window == NULL)
    {
      g_printerr ("Could not open %s\n", argv[1]);
      return 1;
    }
  /* The window's default size counts the room GTK keeps around it for a
   * shadow; the picture, without it, is to have the size asked for. The
   * window is opened again at the size that gives it (resized under the
   * virtual pointer, a list would take the pointer's row as chosen). */
  {
    int dw = width - gtk_widget_get_width (GTK_WIDGET (window));
    int dh = height - gtk_widget_get_height (GTK_WIDGET (window));

    if (dw != 0 || dh != 0)
      {
        gtk_window_destroy (GTK_WINDOW (window));
        lds_test_ui_iterate ();
        g_settings_set_int (settings, "window-width", width + dw);
        g_settings_set_int (settings, "window-height", height + dh);
        lds_application_open_path (app, argv[1], NULL);
        lds_test_ui_wait (800);
        window = main_window (app);
        if (window == NULL)
          {
            g_printerr ("Could not open %s again\n", argv[1]);
            return 1;
          }
      }
  }

  if (unit >= 0)
    {
      LdsId id = nth_unit (lds_window_get_store (window), unit);

      if (id == 0 || !lds_window_select_owner (window, LDS_RECORD_UNIT, id))
        {
          g_printerr ("No unit %d\n", unit);
          return 1;
        }
      lds_test_ui_wait (300);
    }
  if (view_name != NULL)
    {
      lds_window_show_view (window, view_name);
      lds_test_ui_wait (500);
      if (g_strcmp0 (gtk_stack_get_visible_child_name (views_of (window)), view_name) != 0)
        {
          g_printerr ("Lodestar has no view “%s”\n", view_name);
          return MISSING;
        }
    }
  if (edit >= 0)
    {
      GtkWidget *view = lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_OBJECTIVES_VIEW);
      LdsId kr = nth_key_result (window, edit);

      GtkWidget *focus;

      if (kr == 0 || !gtk_widget_activate_action (view, "workspace.edit-key-result", "x", kr))
        {
          g_printerr ("No key result %d\n", edit);
          return 1;
        }
      lds_test_ui_wait (500);
      /* The cursor at the start of the field, its text not selected */
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && GTK_IS_EDITABLE (focus))
        gtk_editable_select_region (GTK_EDITABLE (focus), 0, 0);
    }
  if (g_strcmp0 (view_name, "map") == 0)
    {
      LdsMapView *map = LDS_MAP_VIEW (lds_test_ui_find_type (GTK_WIDGET (window), LDS_TYPE_MAP_VIEW));
      LdsId selected = select >= 0 ? nth_objective (window, select) : 0;

      if (selected != 0)
        lds_map_view_select (map, selected);
      lds_test_ui_wait (200);
      if (g_strcmp0 (zoom, "fit") == 0)
        lds_map_view_zoom_to_fit (map);
      else if (zoom != NULL)
        lds_map_view_set_scale (map, g_strcmp0 (zoom, "close") == 0 ? 1.0 : g_ascii_strtod (zoom, NULL));
      /* The objective chosen near the top, what serves it below */
      if (selected != 0 && g_strcmp0 (zoom, "fit") != 0)
        {
          double x, y;

          lds_map_view_reveal (map, selected);
          lds_map_view_get_center (map, &x, &y);
          lds_map_view_center_on (map, x, y + (gtk_widget_get_height (GTK_WIDGET (map)) / 2.0 - 170) /
                                                lds_map_view_get_scale (map));
        }
      gtk_widget_grab_focus (GTK_WIDGET (map));
    }
  if (coach_page != NULL)
    {
      GtkWidget *coach = gtk_stack_get_visible_child (views_of (window));

      if (!gtk_widget_activate_action (coach, "coach.show-page", "s", coach_page))
        {
          g_printerr ("The coach has no page “%s”\n", coach_page);
          return MISSING;
        }
    }
  if (action != NULL)
    {
      if (!gtk_widget_activate_action (GTK_WIDGET (window), action, NULL))
        {
          g_printerr ("Lodestar has no action “%s”\n", action);
          return MISSING;
        }
    }
  if (typed != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      if (focus == NULL || !GTK_IS_EDITABLE (focus))
        {
          g_printerr ("No field has the keyboard to type into\n");
          return 1;
        }
      gtk_editable_set_text (GTK_EDITABLE (focus), typed);
      gtk_editable_set_position (GTK_EDITABLE (focus), -1);
    }
  lds_test_ui_wait (600);

  if (workshop != NULL && run_workshop (app, window, workshop, width, height) == NULL)
    {
      g_printerr ("Could not run the workshop\n");
      return 1;
    }

  /* The interface in another language, at once: the window is built again
   * in it, where it was (and a workshop's audience view). How long that
   * took goes to the standard error. */
  if (switch_to != NULL)
    {
      LdsWindow *before = window;
      gint64 start = g_get_monotonic_time ();

      g_settings_set_string (settings, "language", switch_to);
      while ((window = main_window (app)) == before || window == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_printerr ("Built again in %s in %.0f ms\n", lds_i18n_get_language (),
                  (g_get_monotonic_time () - start) / 1000.0);
      lds_test_ui_wait (600);
    }

  shot = GTK_WIDGET (window);
  if (workshop != NULL)
    shot = GTK_WIDGET (window_of_type (app, LDS_TYPE_WORKSHOP_AUDIENCE));
  if (window_name != NULL)
    {
      GtkWindow *other = NULL;

      if (g_str_equal (window_name, "preferences"))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "preferences", NULL);
          lds_test_ui_wait (400);
          other = window_of_type (app, LDS_TYPE_PREFERENCES_WINDOW);
        }
      else if (g_str_equal (window_name, "guide"))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "guide", NULL);
          lds_test_ui_wait (400);
          other = window_of_type (app, LDS_TYPE_GUIDE_WINDOW);
        }
      else if (g_str_equal (window_name, "welcome"))
        {
          gtk_window_present (GTK_WINDOW (lds_welcome_window_new (GTK_APPLICATION (app),
                                                                  GTK_WINDOW (window))));
          lds_test_ui_wait (400);
          other = window_of_type (app, LDS_TYPE_WELCOME_WINDOW);
        }
      else if (action != NULL)
        {
          /* The window the action opened, such as a projector's or the
           * shortcuts window (not every one belongs to the application) */
          GListModel *toplevels = gtk_window_get_toplevels ();

          for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
            {
              g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

              if (toplevel != GTK_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (toplevel)) &&
                  g_str_equal (G_OBJECT_TYPE_NAME (toplevel), window_name))
                other = toplevel;
            }
        }
      if (other == NULL)
        {
          g_printerr ("Lodestar has no window “%s”\n", window_name);
          return MISSING;
        }
      lds_test_ui_wait (400);
      shot = GTK_WIDGET (other);
    }

  if (!save (shot, argv[2]))
    {
      g_printerr ("Could not write %s\n", argv[2]);
      return 1;
    }
  /* One at a time: closing a workshop's audience view closes its controls. */
  while (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL)
    gtk_window_destroy (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  lds_test_ui_iterate ();
  return 0;
}
