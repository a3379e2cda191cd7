/* shoot-workspace.c: screenshots of the editing workspace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 *   shoot-workspace FILE.lodestar OUTDIR WIDTH HEIGHT
 *
 * Opens FILE in a window of WIDTH×HEIGHT, puts it in the states worth
 * looking at (the company's objectives, a team with the editor open, a key
 * result's editor, the alignment picker, the search, the cycles, deleting a
 * unit) and renders each window to OUTDIR/NN-name.png. Run it under Xvfb
 * (build-aux/update-screenshots --review does, in English and Chinese, at 1280×800 and
 * 1920×1080). Not a test: a person looks at the pictures.
 */

#include "config.h"

#include "lds-alignment-picker.h"
#include "lds-cycle-dialog.h"
#include "lds-objectives-view.h"
#include "lds-resources-private.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

static char *outdir;
static int shot;

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
  int width, height;

  lds_test_ui_wait (400);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  {
    /* The window's shadow lies outside its size: take the whole picture. */
    graphene_rect_t bounds;

    gsk_render_node_get_bounds (node, &bounds);
    texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                           &bounds);
  }
  gsk_render_node_unref (node);
  file = g_strdup_printf ("%02d-%s.png", ++shot, name);
  path = g_build_filename (outdir, file, NULL);
  gdk_texture_save_to_png (texture, path);
  g_print ("%s\n", path);
}

static LdsId
find_unit (LdsStore *store,
           int       depth)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

  /* The first department (depth 1) or the first team below it (depth 2). */
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      g_autoptr(LdsUnit) parent = unit->parent_id != 0
        ? lds_store_get (store, LDS_RECORD_UNIT, unit->parent_id, NULL) : NULL;

      if (depth == 1 && parent != NULL && parent->parent_id == 0)
        return unit->id;
      if (depth == 2 && parent != NULL && parent->parent_id != 0)
        return unit->id;
    }
  return 0;
}

static GtkWidget *
find_view (GtkWidget *root)
{
  if (LDS_IS_OBJECTIVES_VIEW (root))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_view (child);
      if (found != NULL)
        return found;
    }
  return NULL;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  LdsWindow *window;
  GtkWindow *dialog;
  GtkWidget *view;
  LdsContext *context;
  LdsId team, department, objective = 0;


  lds_i18n_init ();
  gtk_init ();
  /* Still pictures: no transitions half-way. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  lds_test_ui_load_styles ();
  if (argc != 5)
    {
      g_printerr ("usage: %s FILE OUTDIR WIDTH HEIGHT\n", argv[0]);
      return 2;
    }
  outdir = argv[2];
  g_mkdir_with_parents (outdir, 0755);

  store = lds_store_open (argv[1], LDS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), atoi (argv[3]), atoi (argv[4]));
  gtk_window_present (GTK_WINDOW (window));
  context = lds_window_get_context (window);
  view = find_view (GTK_WIDGET (window));
  save (GTK_WIDGET (window), "company");

  department = find_unit (store, 1);
  team = find_unit (store, 2);
  lds_window_select_owner (window, LDS_RECORD_UNIT, team);
  objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "owner_unit_id", team, NULL);
  for (guint i = 0; i < objectives->len; i++)
    if (((LdsObjective *) objectives->pdata[i])->cycle_id == lds_context_get_cycle_id (context))
      {
        objective = ((LdsObjective *) objectives->pdata[i])->id;
        break;
      }
  save (GTK_WIDGET (window), "team");

  if (objective != 0)
    {
      g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id",
                                                    objective, NULL);

      lds_context_open_record (context, LDS_RECORD_OBJECTIVE, objective);
      save (GTK_WIDGET (window), "objective-editor");
      if (krs->len > 0)
        {
          gtk_widget_activate_action (view, "workspace.edit-key-result", "x",
                                      ((LdsKeyResult *) krs->pdata[0])->id);
          save (GTK_WIDGET (window), "key-result-editor");
        }
      gtk_widget_activate_action (view, "workspace.close-editor", NULL);

      gtk_widget_activate_action (view, "workspace.align-objective", "x", objective);
      dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_ALIGNMENT_PICKER);
      if (dialog != NULL)
        {
          save (GTK_WIDGET (dialog), "alignment-picker");
          gtk_window_destroy (dialog);
        }
    }

  /* A person's page. */
  {
    g_autoptr(GPtrArray) people = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id", team, NULL);

    if (people->len > 0)
      {
        lds_window_select_owner (window, LDS_RECORD_PERSON, ((LdsPerson *) people->pdata[0])->id);
        save (GTK_WIDGET (window), "person");
      }
  }

  /* The search, with results in the sidebar. */
  {
    GtkWidget *entry;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
    entry = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
    if (entry != NULL)
      {
        const char *language = g_getenv ("LANGUAGE");

        gtk_editable_set_text (GTK_EDITABLE (entry),
                               language != NULL && g_str_has_prefix (language, "zh") ? "商户" : "merch");
        g_signal_emit_by_name (entry, "search-changed");
        save (GTK_WIDGET (window), "search");
        g_signal_emit_by_name (entry, "stop-search");
      }
  }

  lds_window_select_owner (window, LDS_RECORD_UNIT, department);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-owner", NULL);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "edit-unit");
      gtk_window_destroy (dialog);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-owner", NULL);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "delete-unit");
      gtk_window_destroy (dialog);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-person", NULL);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "new-person");
      gtk_window_destroy (dialog);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-cycles", NULL);
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_CYCLE_DIALOG);
  if (dialog != NULL)
    {
      save (GTK_WIDGET (dialog), "cycles");
      gtk_window_destroy (dialog);
    }

  /* The keyboard shortcuts, both sections. */
  {
    g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/lodestar/Lodestar/gtk/help-overlay.ui");
    GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));

    gtk_window_set_transient_for (GTK_WINDOW (overlay), GTK_WINDOW (window));
    gtk_window_present (GTK_WINDOW (overlay));
    save (overlay, "shortcuts");
    g_object_set (overlay, "section-name", "workspace", NULL);
    save (overlay, "shortcuts-workspace");
    gtk_window_destroy (GTK_WINDOW (overlay));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  return 0;
}
