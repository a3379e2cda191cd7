/* lds-appearance.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * GTK 4.8 draws dark when GtkSettings:gtk-application-prefer-dark-theme
 * says so; the alignment map follows the colours of the theme. "Light" and
 * "dark" set it; "system" follows the desktop's style preference, read from
 * the settings portal (org.freedesktop.appearance color-scheme: 1 prefers
 * dark, 2 prefers light) and followed as it changes, or, without a portal,
 * keeps what GTK started with.
 */

#define G_LOG_DOMAIN "lds-appearance"

#include "config.h"

#include "lds-appearance.h"

#define PORTAL_NAME      "org.freedesktop.portal.Desktop"
#define PORTAL_PATH      "/org/freedesktop/portal/desktop"
#define PORTAL_SETTINGS  "org.freedesktop.portal.Settings"
#define APPEARANCE       "org.freedesktop.appearance"

static char     *mode;             /* "system", "light" or "dark" */
static gboolean  started;
static gboolean  started_dark;     /* what GTK had before Lodestar said anything */
static int       portal_scheme = -1;   /* -1: not known; 0 no preference, 1 dark, 2 light */
static gboolean  portal_asked;

static void
update (void)
{
  GtkSettings *settings = gtk_settings_get_default ();
  gboolean dark, now = FALSE;

  if (settings == NULL)
    return;
  if (g_strcmp0 (mode, "dark") == 0)
    dark = TRUE;
  else if (g_strcmp0 (mode, "light") == 0)
    dark = FALSE;
  else if (portal_scheme == 1 || portal_scheme == 2)
    dark = portal_scheme == 1;
  else
    dark = started_dark;
  /* Setting it, even to what it is, makes GTK parse its theme again (some
   * 20 ms at start-up): only a change is set. */
  g_object_get (settings, "gtk-application-prefer-dark-theme", &now, NULL);
  if (now != dark)
    g_object_set (settings, "gtk-application-prefer-dark-theme", dark, NULL);
}

/* The portal wraps the value once more in older versions. */
static void
take_scheme (GVariant *value)
{
  g_autoptr(GVariant) inner = g_variant_ref (value);

  while (g_variant_is_of_type (inner, G_VARIANT_TYPE_VARIANT))
    {
      GVariant *next = g_variant_get_variant (inner);

      g_variant_unref (inner);
      inner = next;
    }
  if (g_variant_is_of_type (inner, G_VARIANT_TYPE_UINT32))
    portal_scheme = (int) g_variant_get_uint32 (inner);
  update ();
}

static void
setting_changed_cb (GDBusConnection *connection,
                    const char      *sender,
                    const char      *path,
                    const char      *interface,
                    const char      *signal,
                    GVariant        *parameters,
                    gpointer         data)
{
  const char *namespace = NULL, *key = NULL;
  g_autoptr(GVariant) value = NULL;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(ssv)")))
    return;
  g_variant_get (parameters, "(&s&sv)", &namespace, &key, &value);
  if (g_str_equal (namespace, APPEARANCE) && g_str_equal (key, "color-scheme"))
    take_scheme (value);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  g_autoptr(GVariant) value = NULL;

  /* No portal: the system's preference is what GTK started with. */
  if (reply == NULL)
    return;
  g_variant_get (reply, "(v)", &value);
  take_scheme (value);
}

static void
bus_cb (GObject      *source,
        GAsyncResult *result,
        gpointer      data)
{
  static GDBusConnection *bus;

  /* Kept for the process's life, for the signal. */
  bus = g_bus_get_finish (result, NULL);
  if (bus == NULL)
    return;
  g_dbus_connection_signal_subscribe (bus, PORTAL_NAME, PORTAL_SETTINGS, "SettingChanged",
                                      PORTAL_PATH, APPEARANCE, G_DBUS_SIGNAL_FLAGS_NONE,
                                      setting_changed_cb, NULL, NULL);
  g_dbus_connection_call (bus, PORTAL_NAME, PORTAL_PATH, PORTAL_SETTINGS, "Read",
                          g_variant_new ("(ss)", APPEARANCE, "color-scheme"),
                          G_VARIANT_TYPE ("(v)"), G_DBUS_CALL_FLAGS_NO_AUTO_START, 2000, NULL,
                          read_cb, NULL);
}

/**
 * lds_appearance_apply:
 * @appearance: "system", "light" or "dark"
 */
void
lds_appearance_apply (const char *appearance)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (settings == NULL)
    return;
  if (!started)
    {
      started = TRUE;
      g_object_get (settings, "gtk-application-prefer-dark-theme", &started_dark, NULL);
    }
  g_free (mode);
  mode = g_strdup (appearance);
  if (g_strcmp0 (mode, "system") == 0 && !portal_asked)
    {
      portal_asked = TRUE;
      g_bus_get (G_BUS_TYPE_SESSION, NULL, bus_cb, NULL);
    }
  update ();
}
