/* lds-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-dialogs.h"

static void
error_response_cb (GtkDialog *dialog,
                   int        response,
                   gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/**
 * lds_show_error:
 * @app: (nullable): the application, which stays alive while the message
 *   is shown even when no other window is open
 * @parent: (nullable): the window the message is about
 * @primary: what could not be done ("Could not open the organisation")
 * @error: why, in the words of the layer that failed
 *
 * Returns: (transfer none): the message window, for tests
 */
GtkWindow *
lds_show_error (GtkApplication *app,
                GtkWindow      *parent,
                const char     *primary,
                const GError   *error)
{
  GtkWidget *dialog;

  g_return_val_if_fail (primary != NULL, NULL);

  g_debug ("%s: %s", primary, error != NULL ? error->message : "");

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_DESTROY_WITH_PARENT | (parent ? GTK_DIALOG_MODAL : 0),
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  if (error != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", error->message);
  gtk_widget_add_css_class (dialog, "lds-error");
  if (app != NULL)
    gtk_window_set_application (GTK_WINDOW (dialog), app);
  g_signal_connect (dialog, "response", G_CALLBACK (error_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

/**
 * lds_widget_get_window:
 *
 * Returns: (transfer none) (nullable): the window @widget is in, for the
 *   dialogs it opens; %NULL while it is in none
 */
GtkWindow *
lds_widget_get_window (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  root = gtk_widget_get_root (widget);
  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * lds_show_error_over:
 * @widget: where the failed action was asked for
 *
 * lds_show_error() over the window @widget is in, in its application.
 *
 * Returns: (transfer none): the message window, for tests
 */
GtkWindow *
lds_show_error_over (GtkWidget    *widget,
                     const char   *primary,
                     const GError *error)
{
  GtkWindow *window = lds_widget_get_window (widget);

  return lds_show_error (window != NULL ? gtk_window_get_application (window) : NULL, window,
                         primary, error);
}
