/* lds-application-prefs.c: preferences, more windows, and another language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application applies the person's preferences (GSettings "language"
 * and "appearance") at start-up and whenever they change. A new language
 * is heard at once by gettext (lds_i18n_set_language()); what is on screen
 * was built with the old words, so every window is built again: each
 * LdsWindow is replaced by a new one on the same file, given the old one's
 * state (lds-window-state.c: the selection, the view, scroll positions, the
 * open editor, text typed and not given yet), then the preferences and the
 * guide; a running workshop's audience view and controls are made again by
 * their session (lds_workshop_session_rebuild()), in the same phase, with
 * the same card in focus and the same words half typed. A window that has
 * a dialog open waits for it to close.
 *
 * "New Window" opens a second window on the same file (the same LdsStore):
 * both follow the store's "changed" signal, so each shows the other's
 * changes at once, and they share one undo history.
 */

#define G_LOG_DOMAIN "lds-application"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-appearance.h"
#include "lds-form.h"
#include "lds-application-private.h"
#include "lds-guide-window.h"
#include "lds-i18n.h"
#include "lds-preferences-window.h"
#include "lds-store-undo-names.h"
#include "lds-welcome-window.h"
#include "lds-workshop-session.h"

#define LANGUAGE_KEY "lds-language"   /* on each window: the language it was built in */

typedef struct
{
  GSettings *settings;
  guint      rebuild_id;
} Prefs;

static void
prefs_free (Prefs *prefs)
{
  g_clear_handle_id (&prefs->rebuild_id, g_source_remove);
  g_clear_object (&prefs->settings);
  g_free (prefs);
}

static Prefs *
prefs_of (LdsApplication *self)
{
  return g_object_get_data (G_OBJECT (self), "lds-prefs");
}

/**
 * _lds_application_main_window:
 *
 * Returns: (transfer none) (nullable): the organisation window used last
 */
LdsWindow *
_lds_application_main_window (LdsApplication *self)
{
  /* GtkApplication lists its windows, the one used last first. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      return l->data;
  return NULL;
}

static gboolean
built_in_current_language (GtkWindow *window)
{
  return g_strcmp0 (g_object_get_data (G_OBJECT (window), LANGUAGE_KEY),
                    lds_i18n_get_language ()) == 0;
}

static void
mark_language (GtkWindow *window)
{
  g_object_set_data_full (G_OBJECT (window), LANGUAGE_KEY, g_strdup (lds_i18n_get_language ()),
                          g_free);
}

/* Rebuilding */

static void schedule_rebuild (LdsApplication *self);

static void
dialog_gone_cb (GtkWidget      *dialog,
                LdsApplication *self)
{
  g_signal_handlers_disconnect_by_func (dialog, dialog_gone_cb, self);
  schedule_rebuild (self);
}

/* A dialog of the window (a cycle being edited, an import being checked)
 * holds what the person is doing: the window waits until it closes. */
static GtkWindow *
open_dialog (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (other) == window && gtk_window_get_modal (other) &&
          gtk_widget_get_visible (GTK_WIDGET (other)) && !LDS_IS_PREFERENCES_WINDOW (other) &&
          !LDS_IS_WELCOME_WINDOW (other))
        return g_steal_pointer (&other);
    }
  return NULL;
}

static void
move_transients (GtkWindow *from,
                 GtkWindow *to)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* (transfer none) */
  g_autoptr(GPtrArray) moving = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkWindow) other = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (other) == from)
        g_ptr_array_add (moving, g_steal_pointer (&other));
    }
  for (guint i = 0; i < moving->len; i++)
    gtk_window_set_transient_for (moving->pdata[i], to);
}

static void
rebuild_window (LdsApplication *self,
                LdsWindow      *old)
{
  g_autoptr(GVariant) state = lds_window_save_state (old);
  GtkWindow *help = GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (old)));
  gboolean help_shown = help != NULL && gtk_widget_get_visible (GTK_WIDGET (help));
  LdsWindow *window = lds_window_new (self, lds_window_get_store (old));

  lds_window_restore_state (window, state);
  gtk_window_present (GTK_WINDOW (window));
  move_transients (GTK_WINDOW (old), GTK_WINDOW (window));
  /* What was typed and not given lives on in the new window, not saved. */
  g_object_set_data (G_OBJECT (old), LDS_FORM_HANDED_OVER, GINT_TO_POINTER (TRUE));
  gtk_window_set_focus (GTK_WINDOW (old), NULL);
  gtk_window_destroy (GTK_WINDOW (old));
  if (help_shown)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
}

static void
rebuild_preferences (LdsApplication       *self,
                     LdsPreferencesWindow *old)
{
  g_autoptr(GVariant) state = lds_preferences_window_save_state (old);
  LdsPreferencesWindow *window = lds_preferences_window_new (GTK_APPLICATION (self),
                                                             gtk_window_get_transient_for (GTK_WINDOW (old)),
                                                             lds_preferences_window_get_store (old));
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (old), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  lds_preferences_window_restore_state (window, state);
  gtk_window_destroy (GTK_WINDOW (old));
  gtk_window_present (GTK_WINDOW (window));
}

static void
rebuild_guide (LdsApplication *self,
               LdsGuideWindow *old)
{
  g_autoptr(GVariant) state = lds_guide_window_save_state (old);
  LdsGuideWindow *window = lds_guide_window_new (GTK_APPLICATION (self),
                                                 gtk_window_get_transient_for (GTK_WINDOW (old)));

  lds_guide_window_restore_state (window, state);
  gtk_window_destroy (GTK_WINDOW (old));
  gtk_window_present (GTK_WINDOW (window));
}

static void
rebuild_welcome (LdsApplication   *self,
                 LdsWelcomeWindow *old)
{
  LdsWelcomeWindow *window = lds_welcome_window_new (GTK_APPLICATION (self),
                                                     gtk_window_get_transient_for (GTK_WINDOW (old)));

  gtk_window_destroy (GTK_WINDOW (old));
  gtk_window_present (GTK_WINDOW (window));
}

/* A running workshop: its audience view and controls are made again by
 * its session, which holds the phase, the card in focus, the mode and the
 * words half typed (lds-workshop-session.h). A dialog over one of them (the
 * summary being saved) is waited for, as for the organisation's windows. */
static void
rebuild_workshop (LdsApplication *self,
                  GtkWindow      *old)
{
  LdsWorkshopSession *session = lds_workshop_session_from_window (old);
  GtkWindow *windows[2], *dialog;

  if (session == NULL)
    return;
  windows[0] = lds_workshop_session_get_audience (session);
  windows[1] = lds_workshop_session_get_controls (session);
  if (windows[0] == NULL || built_in_current_language (windows[0]))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (windows); i++)
    if (windows[i] != NULL && (dialog = open_dialog (windows[i])) != NULL)
      {
        g_signal_connect_object (dialog, "unmap", G_CALLBACK (dialog_gone_cb), self, 0);
        g_object_unref (dialog);
        return;
      }
  lds_workshop_session_rebuild (session);
}

static gboolean
rebuild_cb (gpointer data)
{
  LdsApplication *self = data;
  GList *windows = g_list_copy_deep (gtk_application_get_windows (GTK_APPLICATION (self)),
                                     (GCopyFunc) (void (*) (void)) g_object_ref, NULL);

  prefs_of (self)->rebuild_id = 0;

  /* The one used last is shown last, so that it stays in front; the
   * organisations' windows first, then the windows over them. */
  for (GList *l = g_list_last (windows); l != NULL; l = l->prev)
    {
      GtkWindow *dialog;

      if (!LDS_IS_WINDOW (l->data) || built_in_current_language (l->data))
        continue;
      if ((dialog = open_dialog (l->data)) != NULL)
        {
          g_signal_connect_object (dialog, "unmap", G_CALLBACK (dialog_gone_cb), self, 0);
          g_object_unref (dialog);
          continue;
        }
      rebuild_window (self, l->data);
    }
  for (GList *l = g_list_last (windows); l != NULL; l = l->prev)
    {
      if (built_in_current_language (l->data) || gtk_widget_in_destruction (l->data))
        continue;
      if (LDS_IS_PREFERENCES_WINDOW (l->data))
        rebuild_preferences (self, l->data);
      else if (LDS_IS_GUIDE_WINDOW (l->data))
        rebuild_guide (self, l->data);
      else if (LDS_IS_WELCOME_WINDOW (l->data))
        rebuild_welcome (self, l->data);
      else if (lds_workshop_session_from_window (l->data) != NULL)
        rebuild_workshop (self, l->data);
    }
  g_list_free_full (windows, g_object_unref);
  return G_SOURCE_REMOVE;
}

/* After the handler that changed the setting has returned: it may belong
 * to a widget about to be built again. */
static void
schedule_rebuild (LdsApplication *self)
{
  Prefs *prefs = prefs_of (self);

  if (prefs->rebuild_id == 0)
    prefs->rebuild_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, rebuild_cb, self, NULL);
}

/* The undo history names its actions in the language they were made in. */
static char *
english_name (const char *name,
              gpointer    data)
{
  const char *english = lds_i18n_untranslate (name);

  return english != NULL ? g_strdup (english) : NULL;
}

static char *
translated_name (const char *name,
                 gpointer    data)
{
  return g_strdup (g_dgettext (GETTEXT_PACKAGE, name));
}

static GPtrArray *
open_stores (LdsApplication *self)
{
  GPtrArray *stores = g_ptr_array_new ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data) &&
        !g_ptr_array_find (stores, lds_window_get_store (l->data), NULL))
      g_ptr_array_add (stores, lds_window_get_store (l->data));
  return stores;
}

static void
apply_language (LdsApplication *self)
{
  g_autofree char *language = g_settings_get_string (prefs_of (self)->settings, "language");
  g_autoptr(GPtrArray) stores = open_stores (self);
  gboolean changed;

  for (guint i = 0; i < stores->len; i++)
    lds_store_rename_actions (stores->pdata[i], english_name, NULL);
  changed = lds_i18n_set_language (language);
  for (guint i = 0; i < stores->len; i++)
    lds_store_rename_actions (stores->pdata[i], translated_name, NULL);
  /* (GLib keeps the application's name as it was first set.) */
  if (changed)
    schedule_rebuild (self);
}

static void
apply_appearance (LdsApplication *self)
{
  g_autofree char *appearance = g_settings_get_string (prefs_of (self)->settings, "appearance");

  lds_appearance_apply (appearance);
}

static void
window_added_cb (LdsApplication *self,
                 GtkWindow      *window)
{
  mark_language (window);
}

/* Actions */

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  LdsApplication *self = user_data;
  LdsWindow *main_window = _lds_application_main_window (self);
  LdsStore *store = main_window != NULL ? lds_window_get_store (main_window) : NULL;
  LdsPreferencesWindow *window = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LDS_IS_PREFERENCES_WINDOW (l->data) &&
        lds_preferences_window_get_store (l->data) == store)
      window = l->data;
  if (window == NULL)
    window = lds_preferences_window_new (GTK_APPLICATION (self), GTK_WINDOW (main_window), store);
  gtk_window_present (GTK_WINDOW (window));
}

/* A second window on the same file, showing the same unit, person and cycle */
static void
new_window_activated (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  LdsApplication *self = user_data;
  LdsWindow *from = _lds_application_main_window (self);
  g_autoptr(GVariant) state = NULL;
  GVariantDict dict;
  LdsWindow *window;

  if (from == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      return;
    }
  state = lds_window_save_state (from);
  g_variant_dict_init (&dict, state);
  g_variant_dict_remove (&dict, "views");
  g_variant_dict_remove (&dict, "maximized");
  g_variant_dict_remove (&dict, "fullscreen");
  g_variant_dict_remove (&dict, "search");
  g_clear_pointer (&state, g_variant_unref);
  state = g_variant_ref_sink (g_variant_dict_end (&dict));

  window = lds_window_new (self, lds_window_get_store (from));
  lds_window_restore_state (window, state);
  gtk_window_present (GTK_WINDOW (window));
}

static const GActionEntry actions[] = {
  { "preferences", preferences_activated },
  { "new-window", new_window_activated },
};

/**
 * _lds_application_init_preferences:
 *
 * At start-up, before any window: applies the person's language and
 * appearance, follows them, and adds the actions.
 */
void
_lds_application_init_preferences (LdsApplication *self)
{
  static const struct { const char *action; const char *accels[2]; } accels[] = {
    { "app.preferences", { "<Control>comma", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
  };
  Prefs *prefs = g_new0 (Prefs, 1);
  g_autofree char *language = NULL;

  prefs->settings = g_settings_new (APPLICATION_ID);
  g_object_set_data_full (G_OBJECT (self), "lds-prefs", prefs, (GDestroyNotify) prefs_free);

  /* No window is built yet: nothing to build again. */
  language = g_settings_get_string (prefs->settings, "language");
  lds_i18n_set_language (language);
  apply_appearance (self);
  g_signal_connect_object (prefs->settings, "changed::language", G_CALLBACK (apply_language),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (prefs->settings, "changed::appearance", G_CALLBACK (apply_appearance),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "window-added", G_CALLBACK (window_added_cb), NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action,
                                           accels[i].accels);
}
