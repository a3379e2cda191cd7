/* lds-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One process, any number of windows, each showing one organisation file.
 * Started with no file, Lodestar opens the user's own organisation in the
 * XDG data folder, creating it on the first start.
 */

#define G_LOG_DOMAIN "lds-application"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "lds-application-private.h"
#include "lds-demo.h"
#include "lds-dialogs.h"
#include "lds-import-actions.h"
#include "lds-resources-private.h"
#include "lds-window.h"

#define LODESTAR_MIME_TYPE "application/x-lodestar"

struct _LdsApplication
{
  GtkApplication  parent_instance;

  GMenu          *recent_menu;   /* filled when first asked for */
  gboolean        recent_read;
};

G_DEFINE_FINAL_TYPE (LdsApplication, lds_application, GTK_TYPE_APPLICATION)

/* Helpers */

static LdsWindow *
find_window_for_path (LdsApplication *self,
                      const char     *path)
{
  g_autofree char *canonical = g_canonicalize_filename (path, NULL);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      LdsStore *store;

      if (!LDS_IS_WINDOW (l->data))
        continue;
      store = lds_window_get_store (l->data);
      if (store != NULL && g_strcmp0 (lds_store_get_path (store), canonical) == 0)
        return l->data;
    }
  return NULL;
}

static gboolean
remember_recent_cb (gpointer user_data)
{
  const char *uri = user_data;
  GtkRecentData data = { 0 };

  data.mime_type = (char *) LODESTAR_MIME_TYPE;
  data.app_name = (char *) "Lodestar";
  data.app_exec = (char *) "lodestar %f";
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
  return G_SOURCE_REMOVE;
}

/* The list of recent files is read, and written, once the window has
 * been shown: the first read of a long list takes a while. */
static void
remember_recent (const char *path)
{
  char *uri = g_filename_to_uri (path, NULL, NULL);

  if (uri != NULL)
    g_idle_add_full (G_PRIORITY_LOW, remember_recent_cb, uri, g_free);
}

static void
update_recent_menu (LdsApplication *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l != NULL && shown < 10; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autofree char *path = g_filename_from_uri (uri, NULL, NULL);
      g_autofree char *label = NULL;
      g_autoptr(GMenuItem) item = NULL;

      if (path == NULL || !g_str_has_suffix (path, ".lodestar") || !gtk_recent_info_exists (info))
        continue;
      label = g_filename_display_basename (path);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "app.open-recent", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      shown++;
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/**
 * lds_application_default_file:
 *
 * Returns: the user's own organisation file, in the XDG data folder
 */
char *
lds_application_default_file (void)
{
  return g_build_filename (g_get_user_data_dir (), "lodestar", "organisation.lodestar", NULL);
}

/**
 * lds_application_open_path:
 * @parent: (nullable): the window to place an error message over
 *
 * Opens @path in a window of its own, or brings forward the window that
 * shows it already. A file that cannot be opened gets a message that says
 * why; nothing is written to it.
 */
void
lds_application_open_path (LdsApplication *self,
                           const char     *path,
                           GtkWindow      *parent)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LdsWindow *window;

  g_return_if_fail (LDS_IS_APPLICATION (self));
  g_return_if_fail (path != NULL);

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  /* A large file's pages are checked once its window is on screen; nothing is
   * written to it before the check has passed (lds-store-check.c). */
  store = lds_store_open (path, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  if (store == NULL)
    {
      lds_show_error (GTK_APPLICATION (self), parent, _("Could not open the organisation"), error);
      return;
    }

  window = lds_window_new (self, store);
  remember_recent (path);
  gtk_window_present (GTK_WINDOW (window));
}

static gboolean
open_default (LdsApplication *self)
{
  g_autofree char *path = lds_application_default_file ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LdsWindow *window;
  gboolean first;

  window = find_window_for_path (self, path);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return TRUE;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (&error, G_FILE_ERROR, g_file_error_from_errno (errno),
                   /* Translators: %1$s is a folder, %2$s the system's reason */
                   _("Could not create the folder “%1$s”: %2$s"), dir, g_strerror (errno));
      lds_show_error (GTK_APPLICATION (self), NULL, _("Could not open the organisation"), error);
      return FALSE;
    }

  first = !g_file_test (path, G_FILE_TEST_EXISTS);
  store = lds_store_open (path, LDS_STORE_OPEN_CREATE | LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  if (store == NULL)
    {
      lds_show_error (GTK_APPLICATION (self), NULL, _("Could not open the organisation"), error);
      return FALSE;
    }
  window = lds_window_new (self, store);
  gtk_window_present (GTK_WINDOW (window));
  /* The first start: the sample company, or an empty organisation? */
  if (first)
    _lds_application_welcome (self, window);
  return TRUE;
}

/* File choosers */

static GtkFileFilter *
lodestar_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Lodestar organisations"));
  gtk_file_filter_add_pattern (filter, "*.lodestar");
  gtk_file_filter_add_mime_type (filter, LODESTAR_MIME_TYPE);
  return filter;
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  LdsApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        lds_application_open_path (self, path, gtk_native_dialog_get_transient_for (dialog));
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
new_response_cb (GtkNativeDialog *dialog,
                 int              response,
                 LdsApplication  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = file != NULL ? g_file_get_path (file) : NULL;
      g_autofree char *path = NULL;
      g_autoptr(LdsStore) store = NULL;
      g_autoptr(GError) error = NULL;
      GtkWindow *parent = gtk_native_dialog_get_transient_for (dialog);

      if (chosen != NULL)
        {
          path = g_str_has_suffix (chosen, ".lodestar") ? g_strdup (chosen)
                                                        : g_strconcat (chosen, ".lodestar", NULL);
          /* The chooser asked before replacing; a new organisation starts empty. */
          if (g_file_test (path, G_FILE_TEST_EXISTS) && find_window_for_path (self, path) == NULL)
            g_unlink (path);
          store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
          if (store == NULL)
            lds_show_error (GTK_APPLICATION (self), parent,
                            _("Could not create the organisation"), error);
          else
            {
              LdsWindow *window = lds_window_new (self, store);
              remember_recent (path);
              gtk_window_present (GTK_WINDOW (window));
            }
        }
    }
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

/* Actions */

static void
new_activated (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  LdsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = lodestar_filter ();

  dialog = gtk_file_chooser_native_new (_("New Organisation"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog),
                                     /* Translators: the suggested name of a new file; keep .lodestar */
                                     _("Organisation.lodestar"));
  g_signal_connect (dialog, "response", G_CALLBACK (new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LdsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkFileChooserNative *dialog;
  g_autoptr(GtkFileFilter) filter = lodestar_filter ();

  dialog = gtk_file_chooser_native_new (_("Open Organisation"), parent,
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
open_recent_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LdsApplication *self = user_data;
  g_autofree char *path = g_filename_from_uri (g_variant_get_string (parameter, NULL), NULL, NULL);

  if (path != NULL)
    lds_application_open_path (self, path,
                               gtk_application_get_active_window (GTK_APPLICATION (self)));
}

/* The sample company in the interface's language, kept beside the user's
 * own organisation; made the first time it is asked for. */
static void
open_sample_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LdsApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *language = lds_demo_language_for_locale ();
  g_autofree char *name = g_strdup_printf ("sample-%s.lodestar", language);
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "lodestar", name, NULL);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autoptr(LdsStore) store = NULL;

      g_mkdir_with_parents (dir, 0700);
      store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
      if (store == NULL ||
          !lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error))
        {
          g_clear_object (&store);
          g_unlink (path);
          lds_show_error (GTK_APPLICATION (self), parent,
                          _("Could not create the sample company"), error);
          return;
        }
    }
  lds_application_open_path (self, path, parent);
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LdsApplication *self = user_data;
  const char *authors[] = { _("The Lodestar authors"), NULL };

  lds_application_ensure_icon ();
  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _("Lodestar"),
                         "logo-icon-name", APPLICATION_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan and track objectives and key results, aligned "
                                       "across the whole organisation"),
                         "website", "https://github.com/lodestar/lodestar",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "copyright", _("© 2026 The Lodestar authors"),
                         NULL);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  LdsApplication *self = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  /* Closing each window lets it save its size; the data is saved already. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static const GActionEntry app_actions[] = {
  { "new", new_activated },
  { "open", open_activated },
  { "open-recent", open_recent_activated, "s" },
  { "open-sample", open_sample_activated },
  { "about", about_activated },
  { "quit", quit_activated },
};

/**
 * lds_application_ensure_icon:
 *
 * Makes sure the icon theme has Lodestar's icon, which an installed copy
 * finds among the system's icons; a copy run from its build folder adds
 * the one in its resources. Adding a resource path makes GTK read the
 * whole icon theme again, on the main thread, and restyle every window:
 * so it is done only when the icon is wanted and missing (the about and
 * welcome windows ask; the main window asks once it is on screen), not
 * while the first window is being shown.
 */
void
lds_application_ensure_icon (void)
{
  static gboolean added;
  GdkDisplay *display = gdk_display_get_default ();
  GtkIconTheme *theme;

  if (added || display == NULL)
    return;
  theme = gtk_icon_theme_get_for_display (display);
  if (gtk_icon_theme_has_icon (theme, APPLICATION_ID))
    return;
  added = TRUE;
  gtk_icon_theme_add_resource_path (theme, RESOURCE_PATH "/icons");
}

/* GApplication */

static void
lds_application_activate (GApplication *app)
{
  LdsApplication *self = LDS_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }
  open_default (self);
}

static void
lds_application_open (GApplication  *app,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  LdsApplication *self = LDS_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      g_autofree char *path = g_file_get_path (files[i]);

      if (path == NULL)
        {
          g_autofree char *uri = g_file_get_uri (files[i]);
          g_autoptr(GError) error = g_error_new (G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                                                 _("“%s” is not a local file."), uri);
          lds_show_error (GTK_APPLICATION (self), NULL, _("Could not open the organisation"),
                          error);
          continue;
        }
      lds_application_open_path (self, path, NULL);
    }
}

static void
recent_changed_cb (GtkRecentManager *manager,
                   LdsApplication   *self)
{
  update_recent_menu (self);
}

static void
lds_application_startup (GApplication *app)
{
  LdsApplication *self = LDS_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.new", { "<Control>n", NULL } },
    { "app.open", { "<Control>o", NULL } },
    { "app.quit", { "<Control>q", NULL } },
    { "win.close", { "<Control>w", NULL } },
    { "win.show-help-overlay", { "<Control>question", "F1", NULL } },
  };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (lds_application_parent_class)->startup (app);
  /* The person's language first, before any word is shown. */
  _lds_application_init_preferences (self);
  _lds_application_init_help (self);

  g_set_application_name (_("Lodestar"));
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions),
                                   self);
  lds_import_actions_add (GTK_APPLICATION (self));
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);

  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->recent_menu = g_menu_new ();
}

static void
lds_application_dispose (GObject *object)
{
  LdsApplication *self = LDS_APPLICATION (object);

  g_clear_object (&self->recent_menu);

  G_OBJECT_CLASS (lds_application_parent_class)->dispose (object);
}

static void
lds_application_class_init (LdsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = lds_application_dispose;
  app_class->activate = lds_application_activate;
  app_class->open = lds_application_open;
  app_class->startup = lds_application_startup;

  lds_ensure_resources ();
}

static void
lds_application_init (LdsApplication *self)
{
}

LdsApplication *
lds_application_new (void)
{
  return g_object_new (LDS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       /* No base path: GTK would read the shortcuts window
                        * for every new window; LdsWindow reads it when it is
                        * asked for, and the icon when it is missing
                        * (lds_application_ensure_icon()). */
                       "resource-base-path", NULL,
                       NULL);
}

/**
 * lds_application_get_recent_menu:
 *
 * Returns: (transfer none): the menu of recently opened organisations
 */
GMenuModel *
lds_application_get_recent_menu (LdsApplication *self)
{
  g_return_val_if_fail (LDS_IS_APPLICATION (self), NULL);

  if (!self->recent_read)
    {
      self->recent_read = TRUE;
      update_recent_menu (self);
      g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                               G_CALLBACK (recent_changed_cb), self, 0);
    }
  return G_MENU_MODEL (self->recent_menu);
}
