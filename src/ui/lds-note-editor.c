/* lds-note-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A framed, wrapping text view for answers and notes. There is no Save
 * button anywhere in Lodestar: the editor emits ::committed with its text
 * a moment after typing stops, or at once when the focus leaves it, and
 * the page that owns it writes that as one store action. Text set from the
 * file (after an undo, say) never replaces what the person is typing.
 */

#define G_LOG_DOMAIN "lds-note-editor"

#include "config.h"

#include "lds-note-editor.h"

#define PAUSE_MS 800

struct _LdsNoteEditor
{
  GtkWidget    parent_instance;

  GtkWidget   *frame;
  GtkTextView *view;
  gboolean     dirty;
  gboolean     setting;
  guint        pause_id;
};

enum {
  COMMITTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsNoteEditor, lds_note_editor, GTK_TYPE_WIDGET)

static void
commit (LdsNoteEditor *self)
{
  g_autofree char *text = NULL;

  g_clear_handle_id (&self->pause_id, g_source_remove);
  if (!self->dirty)
    return;
  self->dirty = FALSE;
  text = lds_note_editor_get_text (self);
  g_signal_emit (self, signals[COMMITTED], 0, text);
}

static gboolean
pause_cb (gpointer data)
{
  LdsNoteEditor *self = data;

  self->pause_id = 0;
  commit (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (LdsNoteEditor *self)
{
  if (self->setting)
    return;
  self->dirty = TRUE;
  g_clear_handle_id (&self->pause_id, g_source_remove);
  self->pause_id = g_timeout_add (PAUSE_MS, pause_cb, self);
}

static void
focus_leave_cb (LdsNoteEditor *self)
{
  commit (self);
}

static void
lds_note_editor_dispose (GObject *object)
{
  LdsNoteEditor *self = LDS_NOTE_EDITOR (object);

  g_clear_handle_id (&self->pause_id, g_source_remove);
  g_clear_pointer (&self->frame, gtk_widget_unparent);

  G_OBJECT_CLASS (lds_note_editor_parent_class)->dispose (object);
}

static void
lds_note_editor_class_init (LdsNoteEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_note_editor_dispose;

  /**
   * LdsNoteEditor::committed:
   * @text: the text now in the editor
   *
   * The person changed the text and stopped typing, or left the editor.
   */
  signals[COMMITTED] =
    g_signal_new ("committed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "noteeditor");
}

static void
lds_note_editor_init (LdsNoteEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkWidget *scroller;

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (self->view, FALSE);
  gtk_text_view_set_top_margin (self->view, 6);
  gtk_text_view_set_bottom_margin (self->view, 6);
  gtk_text_view_set_left_margin (self->view, 8);
  gtk_text_view_set_right_margin (self->view, 8);
  /* Long notes scroll rather than push the page; the frame grows to a few lines. */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 44);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));

  self->frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (self->frame), scroller);
  gtk_widget_set_parent (self->frame, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-note");

  g_signal_connect_object (gtk_text_view_get_buffer (self->view), "changed",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (focus, "leave", G_CALLBACK (focus_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->view), focus);
}

/**
 * lds_note_editor_new:
 * @accessible_label: what screen readers call the text
 */
GtkWidget *
lds_note_editor_new (const char *accessible_label)
{
  LdsNoteEditor *self = g_object_new (LDS_TYPE_NOTE_EDITOR, NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  return GTK_WIDGET (self);
}

char *
lds_note_editor_get_text (LdsNoteEditor *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (LDS_IS_NOTE_EDITOR (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Shows @text, unless the person is changing what is there. */
void
lds_note_editor_set_text (LdsNoteEditor *self,
                          const char    *text)
{
  g_autofree char *current = NULL;

  g_return_if_fail (LDS_IS_NOTE_EDITOR (self));

  if (self->dirty)
    return;
  current = lds_note_editor_get_text (self);
  if (g_strcmp0 (current, text != NULL ? text : "") == 0)
    return;
  self->setting = TRUE;
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->view), text != NULL ? text : "", -1);
  self->setting = FALSE;
}

gboolean
lds_note_editor_is_dirty (LdsNoteEditor *self)
{
  g_return_val_if_fail (LDS_IS_NOTE_EDITOR (self), FALSE);

  return self->dirty;
}

/* Commits what was typed now, before the editor shows something else. */
void
lds_note_editor_flush (LdsNoteEditor *self)
{
  g_return_if_fail (LDS_IS_NOTE_EDITOR (self));

  commit (self);
}

/**
 * lds_note_editor_get_view:
 *
 * Returns: (transfer none): the text view, to focus it or type into it
 */
GtkWidget *
lds_note_editor_get_view (LdsNoteEditor *self)
{
  g_return_val_if_fail (LDS_IS_NOTE_EDITOR (self), NULL);

  return GTK_WIDGET (self->view);
}
