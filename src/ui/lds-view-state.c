/* lds-view-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-view-state"

#include "config.h"

#include "lds-view-state.h"

/* How long a scroll position waits for content tall enough to reach it */
#define RESTORE_WAIT_MS 3000

typedef struct
{
  GtkAdjustment *adjustment;   /* weak */
  double         value;
  gulong         changed_id;
  guint          timeout_id;
} Restore;

static void
restore_free (Restore *restore)
{
  if (restore->adjustment != NULL)
    {
      g_clear_signal_handler (&restore->changed_id, restore->adjustment);
      g_object_remove_weak_pointer (G_OBJECT (restore->adjustment),
                                    (gpointer *) &restore->adjustment);
    }
  g_clear_handle_id (&restore->timeout_id, g_source_remove);
  g_free (restore);
}

static gboolean
try_restore (Restore *restore)
{
  GtkAdjustment *adjustment = restore->adjustment;
  double reachable;

  if (adjustment == NULL)
    return TRUE;
  reachable = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);
  gtk_adjustment_set_value (adjustment, restore->value);
  /* Until the page is laid out, its size is 0 and nothing can be reached. */
  return gtk_adjustment_get_page_size (adjustment) > 0 && reachable >= restore->value - 0.5;
}

static void
changed_cb (GtkAdjustment *adjustment,
            Restore       *restore)
{
  if (try_restore (restore))
    restore_free (restore);
}

static gboolean
timeout_cb (gpointer data)
{
  Restore *restore = data;

  restore->timeout_id = 0;
  /* As near as the content lets it come */
  try_restore (restore);
  restore_free (restore);
  return G_SOURCE_REMOVE;
}

/**
 * lds_adjustment_restore:
 * @value: a scroll position saved earlier
 *
 * Scrolls to @value now if the content is laid out and tall enough, else as
 * soon as it is (waiting a few seconds at most).
 */
void
lds_adjustment_restore (GtkAdjustment *adjustment,
                        double         value)
{
  Restore *restore;

  g_return_if_fail (GTK_IS_ADJUSTMENT (adjustment));

  restore = g_new0 (Restore, 1);
  restore->adjustment = adjustment;
  restore->value = value;
  g_object_add_weak_pointer (G_OBJECT (adjustment), (gpointer *) &restore->adjustment);
  if (try_restore (restore))
    {
      restore_free (restore);
      return;
    }
  restore->changed_id = g_signal_connect (adjustment, "changed", G_CALLBACK (changed_cb), restore);
  restore->timeout_id = g_timeout_add (RESTORE_WAIT_MS, timeout_cb, restore);
}

/**
 * lds_widget_has_focus_within:
 *
 * Returns: whether the keyboard focus is in @widget or a widget inside it
 */
gboolean
lds_widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/**
 * lds_editable_save:
 * @widget: a #GtkEditable or a #GtkTextView
 *
 * Returns: (transfer full): its text, where the cursor is, and whether it
 *   has the keyboard focus, as "(sib)"
 */
GVariant *
lds_editable_save (GtkWidget *widget)
{
  g_autofree char *text = NULL;
  int cursor = 0;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end, insert;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      gtk_text_buffer_get_iter_at_mark (buffer, &insert, gtk_text_buffer_get_insert (buffer));
      cursor = gtk_text_iter_get_offset (&insert);
    }
  else if (GTK_IS_EDITABLE (widget))
    {
      text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (widget)));
      cursor = gtk_editable_get_position (GTK_EDITABLE (widget));
    }
  else
    text = g_strdup ("");
  return g_variant_new ("(sib)", text, cursor, lds_widget_has_focus_within (widget));
}

/**
 * lds_editable_restore:
 * @state: (nullable): what lds_editable_save() gave
 *
 * Puts the text back, the cursor where it was, and the focus when it had it.
 */
void
lds_editable_restore (GtkWidget *widget,
                      GVariant  *state)
{
  const char *text = NULL;
  int cursor = 0;
  gboolean focus = FALSE;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (state == NULL || !g_variant_is_of_type (state, G_VARIANT_TYPE ("(sib)")))
    return;
  g_variant_get (state, "(&sib)", &text, &cursor, &focus);
  if (focus)
    gtk_widget_grab_focus (widget);
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter iter;

      gtk_text_buffer_set_text (buffer, text, -1);
      gtk_text_buffer_get_iter_at_offset (buffer, &iter, cursor);
      gtk_text_buffer_place_cursor (buffer, &iter);
    }
  else if (GTK_IS_EDITABLE (widget))
    {
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) != 0)
        gtk_editable_set_text (GTK_EDITABLE (widget), text);
      gtk_editable_set_position (GTK_EDITABLE (widget), cursor);
    }
}
