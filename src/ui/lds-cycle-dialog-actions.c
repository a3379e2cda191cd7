/* lds-cycle-dialog-actions.c: closing a cycle, deleting it, carrying its objectives over
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cycle-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cycle-dialog-private.h"
#include "lds-pickers.h"
#include "lds-store-okr.h"

/* Closing, deleting, copying */

static void
close_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (widget);
  g_autoptr(LdsCycle) cycle = lds_store_get (self->store, LDS_RECORD_CYCLE, self->id, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (cycle == NULL)
    return;
  if (!lds_store_close_cycle (self->store, cycle->id, &error))
    {
      _lds_cycle_dialog_set_status (self, error->message, TRUE);
      return;
    }
  /* Translators: %s is a cycle's name */
  text = g_strdup_printf (_("“%s” is closed, and its active objectives with it. Copy its "
                            "unfinished objectives into the next cycle to carry on."), cycle->name);
  _lds_cycle_dialog_set_status (self, text, FALSE);
}

static void
delete_response_cb (GtkDialog      *dialog,
                    int             response,
                    LdsCycleDialog *self)
{
  g_autoptr(GError) error = NULL;
  LdsId id = CYCLE_ID (dialog);

  gtk_window_destroy (GTK_WINDOW (dialog));
  if (response != GTK_RESPONSE_ACCEPT)
    return;
  if (!lds_store_delete_cycle (self->store, id, &error))
    {
      _lds_cycle_dialog_set_status (self, error->message, TRUE);
      return;
    }
  self->id = 0;
  _lds_cycle_dialog_set_status (self, _("The cycle was deleted. You can undo this in the main window."), FALSE);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (widget);
  g_autoptr(LdsCycle) cycle = lds_store_get (self->store, LDS_RECORD_CYCLE, self->id, NULL);
  g_autoptr(GPtrArray) objectives = NULL;
  GtkWidget *dialog;
  GtkWidget *button;

  if (cycle == NULL)
    return;
  objectives = lds_store_list_by (self->store, LDS_RECORD_OBJECTIVE, "cycle_id", cycle->id, NULL);
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   /* Translators: %s is a cycle's name */
                                   _("Delete “%s”?"), cycle->name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            g_dngettext (GETTEXT_PACKAGE,
                                                         "The cycles inside it go too, and the "
                                                         "%u objective it holds.",
                                                         "The cycles inside it go too, and the "
                                                         "%u objectives it holds.",
                                                         objectives != NULL ? objectives->len : 0),
                                            objectives != NULL ? objectives->len : 0);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Delete"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "destructive-action");
  g_object_set_data (G_OBJECT (dialog), "lds-id", GSIZE_TO_POINTER ((gsize) cycle->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_response_cb (GtkDialog      *dialog,
                  int             response,
                  LdsCycleDialog *self)
{
  GtkWidget *targets = g_object_get_data (G_OBJECT (dialog), "lds-targets");
  LdsRecordObject *target = lds_record_dropdown_get (targets);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  LdsId from = CYCLE_ID (dialog);
  guint n = 0;

  if (response != GTK_RESPONSE_ACCEPT || target == NULL)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  if (!lds_store_copy_unfinished (self->store, from, lds_record_object_get_id (target), &n, &error))
    {
      GtkWidget *message = g_object_get_data (G_OBJECT (dialog), "lds-message");

      gtk_label_set_label (GTK_LABEL (message), error->message);
      gtk_widget_set_visible (message, TRUE);
      return;
    }
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%1$u objective was copied into “%2$s”, as a draft.",
                                       "%1$u objectives were copied into “%2$s”, as drafts.", n),
                          n, lds_record_object_get_title (target));
  _lds_cycle_dialog_set_status (self, text, FALSE);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
copy_unfinished_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LdsCycleDialog *self = LDS_CYCLE_DIALOG (widget);
  g_autoptr(LdsCycle) cycle = lds_store_get (self->store, LDS_RECORD_CYCLE, self->id, NULL);
  g_autoptr(LdsCycle) next = NULL;
  g_autoptr(GPtrArray) unfinished = NULL;
  g_autofree char *title = NULL;
  g_autofree char *count = NULL;
  GtkWidget *dialog, *content, *box, *label, *targets, *message, *button;
  guint n;

  if (cycle == NULL)
    return;
  next = lds_store_next_cycle (self->store, cycle->id);
  unfinished = lds_store_list_unfinished (self->store, cycle->id, NULL);
  n = unfinished != NULL ? unfinished->len : 0;

  /* Translators: %s is a cycle's name */
  title = g_strdup_printf (_("Copy Unfinished Objectives of “%s”"), cycle->name);
  dialog = g_object_new (GTK_TYPE_DIALOG, "use-header-bar", TRUE, "modal", TRUE,
                         "transient-for", self, "title", title, NULL);
  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), _("C_opy"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_widget_set_sensitive (button, n > 0);

  content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);
  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u objective is not cancelled and not fully achieved. "
                                        "It will be copied as a draft, with its unfinished key "
                                        "results starting where they stand.",
                                        "%u objectives are not cancelled and not fully achieved. "
                                        "They will be copied as drafts, with their unfinished key "
                                        "results starting where they stand.", n), n);
  label = gtk_label_new (count);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_box_append (GTK_BOX (box), label);
  targets = lds_record_dropdown_new (lds_cycle_model_new (self->store, FALSE));
  if (next == NULL || !lds_record_dropdown_select (targets, LDS_RECORD_CYCLE, next->id))
    lds_record_dropdown_select (targets, LDS_RECORD_CYCLE, cycle->id);
  label = gtk_label_new_with_mnemonic (_("_Into"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), targets);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (targets, "lds-field-target");
  gtk_box_append (GTK_BOX (box), targets);
  message = gtk_label_new (NULL);
  gtk_widget_add_css_class (message, "error");
  gtk_label_set_wrap (GTK_LABEL (message), TRUE);
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), message);
  gtk_box_append (GTK_BOX (content), box);

  g_object_set_data (G_OBJECT (dialog), "lds-targets", targets);
  g_object_set_data (G_OBJECT (dialog), "lds-message", message);
  g_object_set_data (G_OBJECT (dialog), "lds-id", GSIZE_TO_POINTER ((gsize) cycle->id));
  g_signal_connect_object (dialog, "response", G_CALLBACK (copy_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_lds_cycle_dialog_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cycles.close", NULL, close_action);
  gtk_widget_class_install_action (widget_class, "cycles.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "cycles.copy-unfinished", NULL,
                                   copy_unfinished_action);
}
