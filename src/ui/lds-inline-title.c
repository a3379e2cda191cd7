/* lds-inline-title.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-inline-title"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-inline-title.h"

struct _LdsInlineTitle
{
  GtkWidget  parent_instance;

  GtkWidget *stack;
  GtkWidget *label;
  GtkWidget *entry;
  char      *text;
  gboolean   stopping;
};

enum {
  COMMIT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsInlineTitle, lds_inline_title, GTK_TYPE_WIDGET)

static void
entry_activate_cb (LdsInlineTitle *self)
{
  lds_inline_title_stop_editing (self, TRUE);
}

static gboolean
entry_key_cb (LdsInlineTitle        *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Escape)
    return FALSE;
  lds_inline_title_stop_editing (self, FALSE);
  return TRUE;
}

static void
entry_leave_cb (LdsInlineTitle *self)
{
  if (lds_inline_title_get_editing (self))
    lds_inline_title_stop_editing (self, TRUE);
}

static void
label_pressed_cb (LdsInlineTitle  *self,
                  int              n_press,
                  double           x,
                  double           y,
                  GtkGestureClick *gesture)
{
  if (n_press != 2)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  lds_inline_title_start_editing (self);
}

static void
lds_inline_title_dispose (GObject *object)
{
  LdsInlineTitle *self = LDS_INLINE_TITLE (object);

  g_clear_pointer (&self->stack, gtk_widget_unparent);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (lds_inline_title_parent_class)->dispose (object);
}

static void
lds_inline_title_class_init (LdsInlineTitleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_inline_title_dispose;

  /**
   * LdsInlineTitle::commit:
   * @text: the new title, changed and not yet checked
   */
  signals[COMMIT] =
    g_signal_new ("commit", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

/* The entry is made when editing starts: a list of many titles opens
 * sooner with labels alone. */
static void
ensure_entry (LdsInlineTitle *self)
{
  GtkEventController *key;
  GtkEventController *focus;

  if (self->entry != NULL)
    return;
  self->entry = gtk_entry_new ();
  gtk_widget_add_css_class (self->entry, "lds-inline-entry");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Title"), -1);
  gtk_stack_add_named (GTK_STACK (self->stack), self->entry, "entry");

  key = gtk_event_controller_key_new ();
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (entry_activate_cb), self);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (entry_key_cb), self);
  gtk_widget_add_controller (self->entry, key);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (entry_leave_cb), self);
  gtk_widget_add_controller (self->entry, focus);
}

static void
lds_inline_title_init (LdsInlineTitle *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->stack = gtk_stack_new ();
  gtk_stack_set_hhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_stack_set_vhomogeneous (GTK_STACK (self->stack), FALSE);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  self->label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  /* Never squeezed to a column of letters. */
  gtk_label_set_width_chars (GTK_LABEL (self->label), 10);
  gtk_stack_add_named (GTK_STACK (self->stack), self->label, "label");

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (label_pressed_cb), self);
  gtk_widget_add_controller (self->label, GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
lds_inline_title_new (const char *text)
{
  LdsInlineTitle *self = g_object_new (LDS_TYPE_INLINE_TITLE, NULL);

  self->text = g_strdup (text);
  gtk_label_set_label (GTK_LABEL (self->label), text);
  return GTK_WIDGET (self);
}

const char *
lds_inline_title_get_text (LdsInlineTitle *self)
{
  g_return_val_if_fail (LDS_IS_INLINE_TITLE (self), NULL);

  return self->text;
}

/**
 * lds_inline_title_get_label:
 *
 * Returns: (transfer none): the label shown when not editing, to style it
 */
GtkWidget *
lds_inline_title_get_label (LdsInlineTitle *self)
{
  g_return_val_if_fail (LDS_IS_INLINE_TITLE (self), NULL);

  return self->label;
}

void
lds_inline_title_start_editing (LdsInlineTitle *self)
{
  g_return_if_fail (LDS_IS_INLINE_TITLE (self));

  if (lds_inline_title_get_editing (self))
    return;
  ensure_entry (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), self->text);
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->entry);
  gtk_widget_grab_focus (self->entry);
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

gboolean
lds_inline_title_get_editing (LdsInlineTitle *self)
{
  g_return_val_if_fail (LDS_IS_INLINE_TITLE (self), FALSE);

  return self->entry != NULL && gtk_stack_get_visible_child (GTK_STACK (self->stack)) == self->entry;
}

/**
 * lds_inline_title_get_entry:
 *
 * Returns: (transfer none) (nullable): the entry shown while editing, once made
 */
GtkWidget *
lds_inline_title_get_entry (LdsInlineTitle *self)
{
  g_return_val_if_fail (LDS_IS_INLINE_TITLE (self), NULL);

  return self->entry;
}

/* What a person types while editing; for tests. */
void
lds_inline_title_set_editing_text (LdsInlineTitle *self,
                                   const char     *text)
{
  g_return_if_fail (LDS_IS_INLINE_TITLE (self));

  ensure_entry (self);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
}

/**
 * lds_inline_title_stop_editing:
 * @commit: whether to emit ::commit with the text typed (when it changed)
 */
void
lds_inline_title_stop_editing (LdsInlineTitle *self,
                               gboolean        commit)
{
  g_autofree char *typed = NULL;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus;

  g_return_if_fail (LDS_IS_INLINE_TITLE (self));

  if (!lds_inline_title_get_editing (self) || self->stopping)
    return;

  self->stopping = TRUE;
  typed = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry)));
  had_focus = focus != NULL && (focus == self->entry || gtk_widget_is_ancestor (focus, self->entry));
  gtk_stack_set_visible_child (GTK_STACK (self->stack), self->label);
  /* Keyboard users stay where they were: on the row that holds the title. */
  if (had_focus)
    {
      GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_LIST_BOX_ROW);

      if (row != NULL)
        gtk_widget_grab_focus (row);
    }
  self->stopping = FALSE;

  /* The handler may rebuild the list, and this widget with it. */
  if (commit && g_strcmp0 (typed, self->text) != 0)
    g_signal_emit (self, signals[COMMIT], 0, typed);
}
