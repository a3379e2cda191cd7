/* lds-form.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-form"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-form.h"
#include "lds-view-state.h"

typedef struct
{
  GtkWidget *box;
  GtkWidget *widget;
  GtkWidget *message;    /* shown when the value is refused */
  char      *name;
  char      *loaded;     /* the text lds_form_load_text() put there last */
} Field;

static void
field_free (Field *field)
{
  g_free (field->name);
  g_free (field->loaded);
  g_free (field);
}

struct _LdsForm
{
  GtkWidget   parent_instance;

  GtkWidget  *general;   /* messages for no field in particular */
  GHashTable *fields;    /* name → Field (one Field may have several names) */
  GPtrArray  *all;       /* Field, owned */

  LdsFormCommitFunc commit;      /* what lds_form_watch() was given */
  gpointer          commit_data;
};

G_DEFINE_FINAL_TYPE (LdsForm, lds_form, GTK_TYPE_WIDGET)

static char *field_text (Field *field);

static GtkWidget *
message_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  gtk_widget_add_css_class (label, "lds-field-message");
  gtk_widget_set_visible (label, FALSE);
  return label;
}

static void
lds_form_dispose (GObject *object)
{
  LdsForm *self = LDS_FORM (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);

  G_OBJECT_CLASS (lds_form_parent_class)->dispose (object);
}

static void
lds_form_class_init (LdsFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_form_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldsform");
}

static void
lds_form_init (LdsForm *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->all = g_ptr_array_new_with_free_func ((GDestroyNotify) field_free);
  self->general = message_label ();
  gtk_widget_set_parent (self->general, GTK_WIDGET (self));
}

GtkWidget *
lds_form_new (void)
{
  return g_object_new (LDS_TYPE_FORM, NULL);
}

/**
 * lds_form_dialog_new:
 * @parent: the window the dialog belongs to
 * @title: the dialog's title
 * @accept: the label of the button that accepts, in the header bar beside Cancel
 * @destructive: whether accepting destroys something (the button says so)
 * @form: (out) (transfer none): the dialog's form, empty
 *
 * A modal dialog with Cancel and @accept in its header bar and an empty
 * form as its content; the form is also the dialog's data "lds-form".
 *
 * Returns: (transfer floating): the dialog
 */
GtkWidget *
lds_form_dialog_new (GtkWindow   *parent,
                     const char  *title,
                     const char  *accept,
                     gboolean     destructive,
                     LdsForm    **form)
{
  GtkWidget *dialog = g_object_new (GTK_TYPE_DIALOG, "use-header-bar", TRUE, "modal", TRUE,
                                    "transient-for", parent, "title", title,
                                    "destroy-with-parent", TRUE, NULL);
  GtkWidget *button;

  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  button = gtk_dialog_add_button (GTK_DIALOG (dialog), accept, GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (button, destructive ? "destructive-action" : "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  *form = LDS_FORM (lds_form_new ());
  gtk_widget_set_margin_start (GTK_WIDGET (*form), 18);
  gtk_widget_set_margin_end (GTK_WIDGET (*form), 18);
  gtk_widget_set_margin_top (GTK_WIDGET (*form), 12);
  gtk_widget_set_margin_bottom (GTK_WIDGET (*form), 18);
  gtk_widget_set_size_request (GTK_WIDGET (*form), 380, -1);
  gtk_box_append (GTK_BOX (gtk_dialog_get_content_area (GTK_DIALOG (dialog))), GTK_WIDGET (*form));
  g_object_set_data (G_OBJECT (dialog), "lds-form", *form);
  return dialog;
}

/* A check button whose label wraps, so that a form stays as narrow as its panel. */
GtkWidget *
lds_form_check_new (const char *label)
{
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *text = gtk_label_new_with_mnemonic (label);

  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (text), check);
  gtk_check_button_set_child (GTK_CHECK_BUTTON (check), text);
  return check;
}

void
lds_form_add_heading (LdsForm    *self,
                      const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  g_return_if_fail (LDS_IS_FORM (self));

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_widget_set_margin_top (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL, 3, -1);
  gtk_widget_set_parent (label, GTK_WIDGET (self));
}

/**
 * lds_form_add:
 * @fields: the record fields the widget edits, separated by commas
 *   ("owner_unit_id,owner_person_id"); the first names the CSS class
 * @label: (nullable): with a mnemonic ("_Title"); %NULL for a check button
 *   or switch row that carries its own
 */
void
lds_form_add (LdsForm    *self,
              const char *fields,
              const char *label,
              GtkWidget  *widget)
{
  g_auto(GStrv) names = NULL;
  g_autofree char *css = NULL;
  Field *field;

  g_return_if_fail (LDS_IS_FORM (self));
  g_return_if_fail (fields != NULL && GTK_IS_WIDGET (widget));

  names = g_strsplit (fields, ",", -1);
  field = g_new0 (Field, 1);
  field->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  field->widget = widget;
  field->message = message_label ();
  field->name = g_strdup (g_strstrip (names[0]));

  if (label != NULL)
    {
      GtkWidget *title = gtk_label_new_with_mnemonic (label);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (title), widget);
      gtk_widget_add_css_class (title, "dim-label");
      gtk_box_append (GTK_BOX (field->box), title);
    }
  {
    /* A widget shown inside another (a text view in a frame) brings it. */
    GtkWidget *shown = widget;

    while (gtk_widget_get_parent (shown) != NULL)
      shown = gtk_widget_get_parent (shown);
    gtk_box_append (GTK_BOX (field->box), shown);
  }
  gtk_box_append (GTK_BOX (field->box), field->message);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  field->message, NULL, -1);

  css = g_strdup_printf ("lds-field-%s", names[0]);
  gtk_widget_add_css_class (widget, css);

  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_insert (self->fields, g_strdup (g_strstrip (names[i])), field);
  g_ptr_array_add (self->all, field);
  gtk_widget_set_parent (field->box, GTK_WIDGET (self));
}

/* A line of explanation under a field, such as a warning. */
void
lds_form_add_caption (LdsForm    *self,
                      const char *field_name,
                      const char *text)
{
  Field *field;
  GtkWidget *caption;

  g_return_if_fail (LDS_IS_FORM (self));

  field = g_hash_table_lookup (self->fields, field_name);
  g_return_if_fail (field != NULL);

  caption = gtk_label_new (text);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 40);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_insert_child_after (GTK_BOX (field->box), caption,
                              gtk_widget_get_prev_sibling (field->message));
}

/* Any other widget (a list, a row of buttons), as wide as the form. */
void
lds_form_add_widget (LdsForm   *self,
                     GtkWidget *widget)
{
  g_return_if_fail (LDS_IS_FORM (self));

  gtk_widget_set_parent (widget, GTK_WIDGET (self));
}

GtkWidget *
lds_form_get_widget (LdsForm    *self,
                     const char *field_name)
{
  Field *field;

  g_return_val_if_fail (LDS_IS_FORM (self), NULL);

  field = g_hash_table_lookup (self->fields, field_name);
  return field != NULL ? field->widget : NULL;
}

void
lds_form_set_visible (LdsForm    *self,
                      const char *field_name,
                      gboolean    visible)
{
  Field *field;

  g_return_if_fail (LDS_IS_FORM (self));

  field = g_hash_table_lookup (self->fields, field_name);
  if (field != NULL)
    gtk_widget_set_visible (field->box, visible);
}

/**
 * lds_form_set_error:
 * @field_name: (nullable): the field at fault; a field the form does not
 *   show (or %NULL) puts the message at the top
 * @message: (nullable): %NULL to take the message away
 */
void
lds_form_set_error (LdsForm    *self,
                    const char *field_name,
                    const char *message)
{
  Field *field;
  GtkWidget *label;

  g_return_if_fail (LDS_IS_FORM (self));

  field = field_name != NULL ? g_hash_table_lookup (self->fields, field_name) : NULL;
  if (field != NULL && !gtk_widget_get_visible (field->box))
    field = NULL;
  label = field != NULL ? field->message : self->general;

  gtk_label_set_label (GTK_LABEL (label), message);
  gtk_widget_set_visible (label, message != NULL);
  if (field != NULL)
    {
      if (message != NULL)
        gtk_widget_add_css_class (field->widget, "error");
      else
        gtk_widget_remove_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                                   : GTK_ACCESSIBLE_INVALID_FALSE, -1);
    }
}

/**
 * lds_form_get_error:
 *
 * Returns: (nullable): the message shown at the field (%NULL: the one at the top)
 */
const char *
lds_form_get_error (LdsForm    *self,
                    const char *field_name)
{
  Field *field;
  GtkWidget *label;

  g_return_val_if_fail (LDS_IS_FORM (self), NULL);

  field = field_name != NULL ? g_hash_table_lookup (self->fields, field_name) : NULL;
  label = field != NULL ? field->message : self->general;
  return gtk_widget_get_visible (label) ? gtk_label_get_label (GTK_LABEL (label)) : NULL;
}

gboolean
lds_form_has_errors (LdsForm *self)
{
  g_return_val_if_fail (LDS_IS_FORM (self), FALSE);

  if (gtk_widget_get_visible (self->general))
    return TRUE;
  for (guint i = 0; i < self->all->len; i++)
    if (gtk_widget_get_visible (((Field *) g_ptr_array_index (self->all, i))->message))
      return TRUE;
  return FALSE;
}

/**
 * lds_form_show_refusal:
 * @widget: where the error bell rings (the dialog)
 * @error: (nullable): why a save was refused
 *
 * After a save that failed: shows @error above the fields, unless a field
 * shows its own message already (a value refused at its field), and rings
 * the bell.
 */
void
lds_form_show_refusal (LdsForm      *self,
                       GtkWidget    *widget,
                       const GError *error)
{
  g_return_if_fail (LDS_IS_FORM (self));

  if (error != NULL && !lds_form_has_errors (self))
    lds_form_set_error (self, NULL, error->message);
  gtk_widget_error_bell (widget);
}

void
lds_form_clear_errors (LdsForm *self)
{
  g_return_if_fail (LDS_IS_FORM (self));

  lds_form_set_error (self, NULL, NULL);
  for (guint i = 0; i < self->all->len; i++)
    {
      Field *field = g_ptr_array_index (self->all, i);

      gtk_widget_set_visible (field->message, FALSE);
      gtk_widget_remove_css_class (field->widget, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (field->widget), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_FALSE, -1);
    }
}

typedef struct
{
  LdsForm           *form;
  LdsFormCommitFunc  commit;
  gpointer           user_data;
  char              *field;
} Watch;

static void
watch_free (gpointer data,
            GClosure *closure)
{
  Watch *watch = data;

  g_free (watch->field);
  g_free (watch);
}

typedef struct
{
  LdsForm           *form;        /* a reference */
  GObject           *owner;       /* user_data, a reference */
  LdsFormCommitFunc  commit;
  char              *field;
} Leave;

/* A value given is no longer typing: what the file holds next replaces
 * it (the store may keep it otherwise than typed, " x " as "x"). When
 * giving it changed nothing, the text shown is what the file holds. */
static void
given (Field *field)
{
  if (field != NULL)
    g_clear_pointer (&field->loaded, g_free);
}

static void
given_done (Field *field)
{
  if (field != NULL && field->loaded == NULL)
    field->loaded = field_text (field);
}

static gboolean
leave_cb (gpointer data)
{
  Leave *leave = data;
  Field *field = leave->form->fields != NULL ? g_hash_table_lookup (leave->form->fields, leave->field)
                                             : NULL;

  given (field);
  leave->commit (leave->owner, leave->field);
  given_done (field);
  g_object_unref (leave->form);
  g_object_unref (leave->owner);
  g_free (leave->field);
  g_free (leave);
  return G_SOURCE_REMOVE;
}

static gboolean
handed_over (LdsForm *form)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (form));

  /* A window built again (in another language) hands what is typed over
   * to the new one: leaving it gives nothing. */
  return root != NULL && g_object_get_data (G_OBJECT (root), LDS_FORM_HANDED_OVER) != NULL;
}

/* Leaving a field gives its value once GTK has finished moving the focus:
 * saving rebuilds what shows the record, and the widget that takes the
 * focus may be part of it. The form and its owner are kept until then
 * (also when their window closes meanwhile: the value is still given). */
static void
watch_leave_cb (Watch *watch)
{
  Leave *leave;

  if (handed_over (watch->form))
    return;
  leave = g_new0 (Leave, 1);
  leave->form = g_object_ref (watch->form);
  leave->owner = g_object_ref (watch->user_data);
  leave->commit = watch->commit;
  leave->field = g_strdup (watch->field);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, leave_cb, leave, NULL);
}

static void
watch_cb (Watch *watch)
{
  Field *field = g_hash_table_lookup (watch->form->fields, watch->field);

  if (handed_over (watch->form))
    return;
  given (field);
  watch->commit (watch->user_data, watch->field);
  given_done (field);
}

static Watch *
watch_new (LdsForm           *form,
           LdsFormCommitFunc  commit,
           gpointer           user_data,
           const char        *field)
{
  Watch *watch = g_new0 (Watch, 1);

  watch->form = form;
  watch->commit = commit;
  watch->user_data = user_data;
  watch->field = g_strdup (field);
  return watch;
}

/**
 * lds_form_watch:
 * @commit: called with the field's name when a value is given: an entry's
 *   Enter or leaving it (a moment later), a choice in a drop-down, a check
 *   button toggled
 * @user_data: a #GObject (kept alive until a value given by leaving a
 *   field is committed)
 *
 * Watches every field added so far.
 */
void
lds_form_watch (LdsForm           *self,
                LdsFormCommitFunc  commit,
                gpointer           user_data)
{
  g_return_if_fail (LDS_IS_FORM (self));
  g_return_if_fail (G_IS_OBJECT (user_data));

  self->commit = commit;
  self->commit_data = user_data;
  for (guint i = 0; i < self->all->len; i++)
    {
      Field *field = g_ptr_array_index (self->all, i);
      GtkWidget *w = field->widget;

      if (GTK_IS_ENTRY (w) || GTK_IS_TEXT_VIEW (w) || GTK_IS_SPIN_BUTTON (w))
        {
          GtkEventController *focus = gtk_event_controller_focus_new ();

          g_signal_connect_data (focus, "leave", G_CALLBACK (watch_leave_cb),
                                 watch_new (self, commit, user_data, field->name), watch_free,
                                 G_CONNECT_SWAPPED);
          gtk_widget_add_controller (w, focus);
          if (GTK_IS_ENTRY (w))
            g_signal_connect_data (w, "activate", G_CALLBACK (watch_cb),
                                   watch_new (self, commit, user_data, field->name), watch_free,
                                   G_CONNECT_SWAPPED);
          else if (GTK_IS_SPIN_BUTTON (w))
            g_signal_connect_data (w, "value-changed", G_CALLBACK (watch_cb),
                                   watch_new (self, commit, user_data, field->name), watch_free,
                                   G_CONNECT_SWAPPED);
        }
      else if (GTK_IS_DROP_DOWN (w))
        g_signal_connect_data (w, "notify::selected", G_CALLBACK (watch_cb),
                               watch_new (self, commit, user_data, field->name), watch_free,
                               G_CONNECT_SWAPPED);
      else if (GTK_IS_CHECK_BUTTON (w))
        g_signal_connect_data (w, "toggled", G_CALLBACK (watch_cb),
                               watch_new (self, commit, user_data, field->name), watch_free,
                               G_CONNECT_SWAPPED);
      else if (GTK_IS_SWITCH (w))
        g_signal_connect_data (w, "notify::active", G_CALLBACK (watch_cb),
                               watch_new (self, commit, user_data, field->name), watch_free,
                               G_CONNECT_SWAPPED);
    }
}

/* Texts the file gives, and texts the person is typing */

static char *
field_text (Field *field)
{
  if (GTK_IS_TEXT_VIEW (field->widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  if (GTK_IS_EDITABLE (field->widget))
    return g_strdup (gtk_editable_get_text (GTK_EDITABLE (field->widget)));
  return NULL;
}

static gboolean
field_is_edited (Field *field)
{
  g_autofree char *text = field_text (field);

  return text != NULL && field->loaded != NULL && g_strcmp0 (text, field->loaded) != 0;
}

/**
 * lds_form_load_text:
 * @field_name: an entry's or a text view's field
 *
 * Shows the value the file holds, unless the field shows a value that was
 * refused (with its message), or the person has typed into it since it was
 * last loaded and not given it yet: what they type is never replaced under
 * their fingers (by a change made in another window, say).
 */
void
lds_form_load_text (LdsForm    *self,
                    const char *field_name,
                    const char *text)
{
  Field *field;
  g_autofree char *shown = NULL;

  g_return_if_fail (LDS_IS_FORM (self));

  field = g_hash_table_lookup (self->fields, field_name);
  g_return_if_fail (field != NULL);

  if (text == NULL)
    text = "";
  shown = field_text (field);
  if (g_strcmp0 (shown, text) != 0 &&
      (gtk_widget_get_visible (field->message) || field_is_edited (field)))
    return;
  g_free (field->loaded);
  field->loaded = g_strdup (text);
  if (g_strcmp0 (shown, text) == 0)
    return;
  if (GTK_IS_TEXT_VIEW (field->widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (field->widget), text);
}

/**
 * lds_form_forget_edits:
 *
 * The form shows another record: lds_form_load_text() replaces every text.
 */
void
lds_form_forget_edits (LdsForm *self)
{
  g_return_if_fail (LDS_IS_FORM (self));

  for (guint i = 0; i < self->all->len; i++)
    g_clear_pointer (&((Field *) g_ptr_array_index (self->all, i))->loaded, g_free);
}

/**
 * lds_form_save_state:
 *
 * Returns: (transfer full): the texts typed and not given yet, the messages
 *   shown, and where the keyboard is, as a{sv}
 */
GVariant *
lds_form_save_state (LdsForm *self)
{
  GVariantBuilder builder;

  g_return_val_if_fail (LDS_IS_FORM (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  for (guint i = 0; i < self->all->len; i++)
    {
      Field *field = g_ptr_array_index (self->all, i);
      gboolean refused = gtk_widget_get_visible (field->message);
      gboolean focused = lds_widget_has_focus_within (field->widget);

      if (!refused && !focused && !field_is_edited (field))
        continue;
      if (!GTK_IS_TEXT_VIEW (field->widget) && !GTK_IS_EDITABLE (field->widget) && !focused)
        continue;
      g_variant_builder_add (&builder, "{sv}", field->name,
                             g_variant_new ("(@(sib)bs)", lds_editable_save (field->widget),
                                            field_is_edited (field) || refused,
                                            refused ? gtk_label_get_label (GTK_LABEL (field->message))
                                                    : ""));
    }
  return g_variant_builder_end (&builder);
}

/**
 * lds_form_restore_state:
 * @state: what lds_form_save_state() gave, for a form of the same kind
 *   showing the same record
 */
void
lds_form_restore_state (LdsForm  *self,
                        GVariant *state)
{
  GVariantIter iter;
  const char *name;
  GVariant *value;

  g_return_if_fail (LDS_IS_FORM (self));

  if (state == NULL || !g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT))
    return;
  g_variant_iter_init (&iter, state);
  while (g_variant_iter_loop (&iter, "{&sv}", &name, &value))
    {
      Field *field = g_hash_table_lookup (self->fields, name);
      g_autoptr(GVariant) editable = NULL;
      const char *message = NULL;
      gboolean edited = FALSE;

      if (field == NULL || !g_variant_is_of_type (value, G_VARIANT_TYPE ("((sib)bs)")))
        continue;
      g_variant_get (value, "(@(sib)b&s)", &editable, &edited, &message);
      if (edited && (GTK_IS_TEXT_VIEW (field->widget) || GTK_IS_EDITABLE (field->widget)))
        lds_editable_restore (field->widget, editable);
      else
        {
          gboolean focused = FALSE;

          g_variant_get (editable, "(sib)", NULL, NULL, &focused);
          if (focused)
            gtk_widget_grab_focus (field->widget);
        }
      if (*message != '\0')
        lds_form_set_error (self, name, message);
    }
}

/**
 * lds_form_flush:
 *
 * Gives at once the value being typed in a field (there is no Save
 * button): for a window that closes, say.
 */
void
lds_form_flush (LdsForm *self)
{
  g_return_if_fail (LDS_IS_FORM (self));

  if (self->commit == NULL || handed_over (self))
    return;
  for (guint i = 0; i < self->all->len; i++)
    {
      Field *field = g_ptr_array_index (self->all, i);

      if (!field_is_edited (field) || gtk_widget_get_visible (field->message))
        continue;
      given (field);
      self->commit (self->commit_data, field->name);
      given_done (field);
    }
}

/**
 * lds_form_flush_all:
 * @root: a window, or any widget
 *
 * lds_form_flush() on every form inside @root.
 */
void
lds_form_flush_all (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (LDS_IS_FORM (root))
    {
      lds_form_flush (LDS_FORM (root));
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    lds_form_flush_all (child);
}
