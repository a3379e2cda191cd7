/* lds-application-help.c: the guide to the method, and the welcome
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-application"

#include "config.h"

#include "lds-application-private.h"
#include "lds-guide-window.h"
#include "lds-welcome-window.h"

static void
guide_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  LdsApplication *self = user_data;
  LdsGuideWindow *guide = NULL;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LDS_IS_GUIDE_WINDOW (l->data))
      guide = l->data;
  if (guide == NULL)
    guide = lds_guide_window_new (GTK_APPLICATION (self),
                                  GTK_WINDOW (_lds_application_main_window (self)));
  gtk_window_present (GTK_WINDOW (guide));
}

static const GActionEntry actions[] = {
  { "guide", guide_activated },
};

void
_lds_application_init_help (LdsApplication *self)
{
  const char *accels[] = { "<Shift>F1", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.guide", accels);
}

/**
 * _lds_application_welcome:
 * @window: the window of the organisation just created on the first start
 *
 * Offers the sample company or an empty organisation, once.
 */
void
_lds_application_welcome (LdsApplication *self,
                          LdsWindow      *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  if (g_settings_get_boolean (settings, "welcome-shown"))
    return;
  g_settings_set_boolean (settings, "welcome-shown", TRUE);
  gtk_window_present (GTK_WINDOW (lds_welcome_window_new (GTK_APPLICATION (self),
                                                          GTK_WINDOW (window))));
}
