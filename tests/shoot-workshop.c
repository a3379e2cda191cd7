/* shoot-workshop.c: a whole workshop, as a facilitator runs it, in pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   shoot-workshop FILE.lodestar OUTDIR
 *
 * Opens the sample company's FILE, starts a workshop for the Merchant App
 * team (商家端产品组) in 2026 Q4 and runs it from the first proposal to the
 * confirmed OKRs through the keys of the audience view only: typing
 * proposals, merging two, parking one, dots, choosing, key results, hidden
 * confidence votes and their reveal, alignment up and left and right,
 * owners, confirming. The audience view takes the whole screen; each phase
 * is rendered to OUTDIR/NN-name.png, with the help, the parking lot and the
 * facilitator's controls. Run it under Xvfb at the projector's size
 * (build-aux/update-screenshots --review does, in English and Chinese, at
 * 1280×800, 1920×1080 and 3840×2160); the summary is written there too,
 * as PDF and Markdown. Not a test: a person looks at the pictures.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lds-resources-private.h"
#include "lds-store-lookup.h"
#include "lds-store-workshop.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-session.h"
#include "lds-workshop-summary.h"
#include "lds-workshop-script.h"

static char *outdir;
static int shot;
static GtkWindow *audience;
static GtkWidget *entry;

static void
save (GtkWidget  *widget,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;

  lds_test_ui_wait (300);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                                              gtk_widget_get_height (widget)));
  gsk_render_node_unref (node);
  file = g_strdup_printf ("%02d-%s.png", ++shot, name);
  path = g_build_filename (outdir, file, NULL);
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
}

/* A key, as the facilitator presses it on the audience view. */
static void
press (const char *accelerator)
{
  GtkWidget *focus = lds_test_ui_focus (audience);

  if (!lds_test_ui_press (focus != NULL ? focus : GTK_WIDGET (audience), accelerator))
    g_printerr ("nothing took %s\n", accelerator);
  lds_test_ui_iterate ();
}

static void
type (const char *words)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), words);
  press ("Return");
}

static void
presses (const char *accelerator,
         int         times)
{
  for (int i = 0; i < times; i++)
    press (accelerator);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsUnit) team = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  const LdsWorkshopScript *s;
  LdsWorkshopSession *session;
  LdsWindow *window;
  GtkWindow *dialog;
  LdsId workshop = 0;
  const char *lang;
  gint64 started;

  lds_i18n_init ();
  gtk_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  lds_test_ui_load_styles ();
  if (argc != 3 && argc != 5)
    {
      g_printerr ("usage: %s FILE OUTDIR [TEAM-PATH CYCLE]\n", argv[0]);
      return 2;
    }
  outdir = argv[2];
  g_mkdir_with_parents (outdir, 0755);
  lang = g_getenv ("LANGUAGE");
  s = lds_workshop_script_for (lang);
  if (argc == 5)
    {
      /* Another file's team (a large synthetic organisation, say), with
       * the same words. */
      static LdsWorkshopScript other;

      other = *s;
      other.team_path = argv[3];
      other.cycle = argv[4];
      s = &other;
    }
  started = g_get_monotonic_time ();

  store = lds_store_open (argv[1], LDS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  team = lds_store_find_unit_by_path (store, s->team_path, &error);
  cycle = lds_store_find_cycle (store, s->cycle, &error);
  if (team == NULL || cycle == NULL)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "no team or cycle");
      return 1;
    }

  /* Started from the main window, as a facilitator does: F5's dialog. */
  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  lds_window_select_owner (window, LDS_RECORD_UNIT, team->id);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.workshop", NULL);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_WORKSHOP_DIALOG);
  save (GTK_WIDGET (dialog), "dialog");
  if (!lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)))
    return 1;
  {
    g_autoptr(GPtrArray) list = lds_store_list_workshops (store, TRUE, NULL);
    workshop = ((LdsWorkshopInfo *) list->pdata[0])->id;
  }
  session = lds_workshop_session_open (NULL, NULL, store, workshop, &error);
  if (session == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  audience = lds_workshop_session_get_audience (session);
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));
  lds_test_ui_wait (500);
  /* Where the windows went: with two screens the controls are up beside
   * the projector, with one they hide away. */
  g_print ("%u screen(s); audience %d×%d; controls %s\n",
           g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ())),
           gtk_widget_get_width (GTK_WIDGET (audience)),
           gtk_widget_get_height (GTK_WIDGET (audience)),
           gtk_widget_get_visible (GTK_WIDGET (lds_workshop_session_get_controls (session)))
             ? "shown" : "hidden");
  save (GTK_WIDGET (audience), "start");

  /* 1. Proposals, typed and Enter; the countdown set to ten minutes. */
  /* Ten minutes, running (the first Ctrl+T starts five). */
  press ("<Control>t");
  presses ("<Control>Up", 5);
  press ("<Control>t");
  for (guint i = 0; i < G_N_ELEMENTS (s->objectives); i++)
    type (s->objectives[i]);
  /* A card in focus that the coach has something to say about. */
  presses ("Left", 5);
  save (GTK_WIDGET (audience), "propose-objectives");
  /* The seventh proposal says what the first says: merge them. */
  presses ("Right", 4);
  press ("<Control>m");
  presses ("Left", 6);
  save (GTK_WIDGET (audience), "merging");
  press ("<Control>m");

  /* 2. Dots and choices. */
  press ("Page_Down");
  press ("<Control>t");
  {
    int dots[] = { 7, 5, 2, 6, 3, 0, 1 };
    presses ("Left", 8);
    for (guint i = 0; i < G_N_ELEMENTS (dots); i++)
      {
        char key[2] = { '0' + dots[i], '\0' };
        press (key);
        if (i == 0 || i == 1 || i == 3)
          press ("space");
        if (i == 5)
          press ("<Control>p");
        else
          press ("Right");
      }
  }
  presses ("Left", 8);
  save (GTK_WIDGET (audience), "choose-objectives");
  press ("F1");
  save (GTK_WIDGET (audience), "help");
  press ("Escape");
  press ("<Control>l");
  save (GTK_WIDGET (audience), "parking-lot");
  press ("<Control>l");

  /* 3. Key results under each chosen objective. */
  press ("Page_Down");
  press ("<Control>t");
  presses ("Left", 3);
  for (guint o = 0; o < 3; o++)
    {
      for (guint k = 0; k < 4 && s->krs[o][k] != NULL; k++)
        type (s->krs[o][k]);
      press ("Up");
      presses ("Up", 5);
      press ("Right");
    }
  presses ("Left", 3);
  presses ("Down", 3);
  save (GTK_WIDGET (audience), "propose-key-results");

  /* 4. Dots, choices, and a hidden confidence vote revealed. */
  press ("Page_Down");
  press ("<Control>t");
  presses ("Left", 3);
  presses ("Up", 6);
  press ("Down");
  {
    int dots[3][4] = { { 6, 4, 1, 3 }, { 5, 3 }, { 4, 4 } };
    for (guint o = 0; o < 3; o++)
      {
        for (guint k = 0; k < 4 && s->krs[o][k] != NULL; k++)
          {
            char key[2] = { '0' + dots[o][k], '\0' };
            press (key);
            if (k != 2)
              press ("space");
            press ("Down");
          }
        presses ("Up", 6);
        press ("Right");
        press ("Down");
      }
  }
  presses ("Left", 3);
  presses ("Up", 6);
  press ("Down");
  press ("<Control>k");
  type ("7");
  type ("6");
  type ("8");
  type ("5");
  save (GTK_WIDGET (audience), "confidence-hidden");
  press ("Escape");
  press ("<Control>r");
  press ("Down");
  press ("<Control>k");
  type ("4");
  type ("6");
  press ("Escape");
  press ("<Control>r");
  press ("Up");
  save (GTK_WIDGET (audience), "choose-key-results");

  /* 5. Alignment: up, self-driven, left and right; owners. */
  press ("Page_Down");
  presses ("Left", 3);
  presses ("Up", 5);
  press ("1");
  press ("a");
  press ("Down");
  press ("<Control>o");
  press ("Down");
  press ("<Control>o");
  presses ("<Control>o", 2);
  press ("Down");
  press ("<Control>o");
  press ("Right");
  press ("4");
  press ("Down");
  press ("<Control>o");
  press ("Right");
  press ("0");
  press ("Down");
  press ("<Control>o");
  press ("<Control>n");
  type (s->note);
  save (GTK_WIDGET (audience), "align");

  /* 6. Confirm. */
  press ("Page_Down");
  save (GTK_WIDGET (audience), "confirm");
  press ("<Control>Return");
  save (GTK_WIDGET (audience), "done");
  /* The one-page summary, as Ctrl+E writes it. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *summary = g_build_filename (outdir, i == 0 ? "summary.pdf" : "summary.md",
                                                   NULL);
      if (!lds_workshop_summary_write (store, workshop, summary, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_print ("%s\n", summary);
    }

  g_print ("The workshop took %.1f s, pictures and their waits included\n",
           (g_get_monotonic_time () - started) / (double) G_USEC_PER_SEC);

  /* The shortcuts window's section for workshops. */
  {
    g_autoptr(GtkBuilder) builder =
      gtk_builder_new_from_resource ("/io/github/lodestar/Lodestar/gtk/help-overlay.ui");
    GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

    gtk_window_present (GTK_WINDOW (overlay));
    g_object_set (overlay, "section-name", "workshop", NULL);
    save (overlay, "shortcuts");
    gtk_window_destroy (GTK_WINDOW (overlay));
  }

  /* The facilitator's window, as the laptop shows it. */
  press ("F12");
  {
    GtkWindow *controls = lds_workshop_session_get_controls (session);
    gtk_window_set_default_size (controls, 1280, 800);
    save (GTK_WIDGET (controls), "controls");
  }
  return 0;
}
