/* lds-form.h: labelled fields with their messages, for editors and dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A form lists fields one under the other: a label (with its mnemonic), the
 * widget, and under it a message when the value is refused. Fields are
 * known by the names of the record fields they edit ("title",
 * "target_value"), so that the field named by lds_store_check_record() is
 * the one that shows the message. Each input widget carries the CSS class
 * "lds-field-NAME", which tests use to find it.
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_FORM (lds_form_get_type ())

G_DECLARE_FINAL_TYPE (LdsForm, lds_form, LDS, FORM, GtkWidget)

GtkWidget  *lds_form_new          (void);
GtkWidget  *lds_form_dialog_new   (GtkWindow   *parent,
                                   const char  *title,
                                   const char  *accept,
                                   gboolean     destructive,
                                   LdsForm    **form);
GtkWidget  *lds_form_check_new    (const char  *label);
void        lds_form_add_heading  (LdsForm     *self,
                                   const char  *text);
void        lds_form_add          (LdsForm     *self,
                                   const char  *fields,
                                   const char  *label,
                                   GtkWidget   *widget);
void        lds_form_add_caption  (LdsForm     *self,
                                   const char  *field,
                                   const char  *text);
void        lds_form_add_widget   (LdsForm     *self,
                                   GtkWidget   *widget);
GtkWidget  *lds_form_get_widget   (LdsForm     *self,
                                   const char  *field);
void        lds_form_set_visible  (LdsForm     *self,
                                   const char  *field,
                                   gboolean     visible);
void        lds_form_set_error    (LdsForm     *self,
                                   const char  *field,
                                   const char  *message);
const char *lds_form_get_error    (LdsForm     *self,
                                   const char  *field);
void        lds_form_clear_errors (LdsForm     *self);
gboolean    lds_form_has_errors   (LdsForm     *self);
void        lds_form_show_refusal (LdsForm      *self,
                                   GtkWidget    *widget,
                                   const GError *error);

/* Set on a window that another replaces (lds_form_restore_state() gives
 * the new one what was typed): its forms give nothing as it goes. */
#define LDS_FORM_HANDED_OVER "lds-form-handed-over"

typedef void (*LdsFormCommitFunc) (gpointer    user_data,
                                   const char *field);

void        lds_form_watch        (LdsForm          *self,
                                   LdsFormCommitFunc commit,
                                   gpointer          user_data);

void        lds_form_load_text     (LdsForm    *self,
                                    const char *field,
                                    const char *text);
void        lds_form_forget_edits  (LdsForm    *self);
void        lds_form_flush         (LdsForm    *self);
void        lds_form_flush_all     (GtkWidget  *root);
GVariant   *lds_form_save_state    (LdsForm    *self);
void        lds_form_restore_state (LdsForm    *self,
                                    GVariant   *state);

G_END_DECLS
