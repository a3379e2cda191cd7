/* lds-coach-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-coach-badge"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-coach-badge.h"

#define TYPE_KEY "lds-badge-type"
#define ID_KEY "lds-badge-id"

static void
update (GtkWidget     *button,
        LdsCoachModel *coach)
{
  LdsRecordType type = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), TYPE_KEY));
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), ID_KEY));
  g_autofree char *text = NULL;
  g_autofree char *said = NULL;
  guint n;

  /* A row is shown at once; its count follows when the coach has checked. */
  if (!lds_coach_model_is_ready (coach))
    {
      gtk_widget_set_visible (button, FALSE);
      lds_coach_model_queue_check (coach);
      return;
    }
  n = lds_coach_model_count_for_record (coach, type, id);
  gtk_widget_set_visible (button, n > 0);
  if (n == 0)
    return;
  text = g_strdup_printf ("%u", n);
  gtk_button_set_label (GTK_BUTTON (button), text);
  said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u is how many things the coach found */
                                       "The coach has %u hint here: show it",
                                       "The coach has %u hints here: show them", n),
                          n);
  gtk_widget_set_tooltip_text (button, said);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
}

static void
changed_cb (GtkWidget *button)
{
  LdsCoachModel *coach = g_object_get_data (G_OBJECT (button), "lds-coach");

  if (coach != NULL)
    update (button, coach);
}

/**
 * lds_coach_badge_new:
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT
 *
 * Returns: (transfer floating): the badge; the findings counted are those
 *   about the record itself (an objective's row has its key results' own)
 */
GtkWidget *
lds_coach_badge_new (LdsCoachModel *coach,
                     LdsRecordType  type,
                     LdsId          id)
{
  GtkWidget *button = gtk_button_new ();

  g_return_val_if_fail (LDS_IS_COACH_MODEL (coach), button);

  gtk_widget_add_css_class (button, "lds-coach-badge");
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-coach-findings");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "(ix)", (int) type, (gint64) id);
  g_object_set_data (G_OBJECT (button), TYPE_KEY, GINT_TO_POINTER (type));
  g_object_set_data (G_OBJECT (button), ID_KEY, GSIZE_TO_POINTER ((gsize) id));
  g_object_set_data_full (G_OBJECT (button), "lds-coach", g_object_ref (coach), g_object_unref);
  g_signal_connect_object (coach, "changed", G_CALLBACK (changed_cb), button, G_CONNECT_SWAPPED);
  update (button, coach);
  return button;
}
