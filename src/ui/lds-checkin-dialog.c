/* lds-checkin-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-checkin-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-checkin-dialog.h"
#include "lds-date.h"
#include "lds-date-entry.h"
#include "lds-form.h"
#include "lds-format.h"
#include "lds-pickers.h"
#include "lds-store-checkin.h"
#include "lds-tracking.h"

typedef struct
{
  LdsStore      *store;
  LdsRecordType  type;        /* LDS_RECORD_KEY_RESULT or LDS_RECORD_KPI */
  LdsId          id;
  gboolean       milestone;
  LdsForm       *form;
} Dialog;

static void
dialog_free (Dialog *d)
{
  g_clear_object (&d->store);
  g_free (d);
}

/**
 * lds_checkin_read_day:
 * @text: a day as people write it ("22 Nov 2026", "2026-11-22"); empty
 *   for today
 * @at: (out): the moment to date a check-in with: now for today, the
 *   middle of a day missed
 *
 * Returns: whether @text is a day; @error says what is expected when not
 */
gboolean
lds_checkin_read_day (const char  *text,
                      gint64      *at,
                      GError     **error)
{
  g_autofree char *typed = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *today = lds_today ();
  g_autofree char *day = NULL;
  GDate date;

  if (*typed == '\0')
    {
      *at = lds_now ();
      return TRUE;
    }
  if (!lds_parse_date (typed, &date))
    {
      g_autofree char *example = lds_format_date (today);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %1$s is what was typed for a day, %2$s today's date as
                    * the interface writes dates ("22 Nov 2026") */
                   _("“%1$s” is not a day: write it as, for example, %2$s, or leave it empty "
                     "for today."), typed, example);
      return FALSE;
    }
  day = lds_date_format_iso (&date);
  *at = g_strcmp0 (day, today) == 0 ? lds_now () : lds_date_to_time (day) + 12 * 3600;
  return TRUE;
}

static char *
note_text (Dialog *d)
{
  GtkWidget *view = lds_form_get_widget (d->form, "note");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
}

static gboolean
read_value (Dialog  *d,
            double  *value)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *widget = lds_form_get_widget (d->form, "value");

  if (d->milestone)
    {
      *value = gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)) ? 1.0 : 0.0;
      return TRUE;
    }
  if (lds_parse_number (gtk_editable_get_text (GTK_EDITABLE (widget)), value, &error))
    return TRUE;
  lds_form_set_error (d->form, "value", error->message);
  return FALSE;
}

static gboolean
save (Dialog  *d,
      GError **error)
{
  g_autofree char *note = note_text (d);
  g_autoptr(GError) day_error = NULL;
  double value = NAN;
  gint64 at = 0;
  gboolean ok;

  ok = read_value (d, &value);
  if (!lds_checkin_read_day (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (d->form,
                                                                                        "date"))),
                             &at, &day_error))
    {
      lds_form_set_error (d->form, "date", day_error->message);
      ok = FALSE;
    }
  if (!ok)
    return FALSE;

  if (d->type == LDS_RECORD_KPI)
    {
      g_autoptr(LdsKpiCheckin) c = lds_kpi_checkin_new ();

      c->kpi_id = d->id;
      c->at = at;
      c->value = value;
      lds_set_text (&c->note, note);
      return lds_store_check_in_kpi (d->store, c, error);
    }
  else
    {
      g_autoptr(LdsCheckin) c = lds_checkin_new ();
      GtkWidget *scale = lds_form_get_widget (d->form, "confidence");

      c->key_result_id = d->id;
      c->at = at;
      c->value = value;
      c->confidence = (int) round (gtk_range_get_value (GTK_RANGE (scale)));
      lds_set_text (&c->note, note);
      return lds_store_check_in (d->store, c, error);
    }
}

static void
response_cb (GtkDialog *dialog,
             int        response,
             gpointer   data)
{
  Dialog *d = g_object_get_data (G_OBJECT (dialog), "lds-dialog");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      lds_form_clear_errors (d->form);
      if (!save (d, &error))
        {
          lds_form_show_refusal (d->form, GTK_WIDGET (dialog), error);
          return;
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
dialog_new (GtkWindow     *parent,
            LdsStore      *store,
            LdsRecordType  type,
            LdsId          id,
            const char    *title,
            const char    *accept,
            Dialog       **out)
{
  Dialog *d = g_new0 (Dialog, 1);
  GtkWidget *dialog = lds_form_dialog_new (parent, title, accept, FALSE, &d->form);

  d->store = g_object_ref (store);
  d->type = type;
  d->id = id;
  g_object_set_data_full (G_OBJECT (dialog), "lds-dialog", d, (GDestroyNotify) dialog_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), NULL);
  *out = d;
  return dialog;
}

static GtkWidget *
heading (const char *title,
         const char *subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *a = gtk_label_new (title);
  GtkWidget *b = gtk_label_new (subtitle);

  gtk_label_set_wrap (GTK_LABEL (a), TRUE);
  gtk_label_set_xalign (GTK_LABEL (a), 0);
  gtk_widget_add_css_class (a, "heading");
  gtk_label_set_wrap (GTK_LABEL (b), TRUE);
  gtk_label_set_xalign (GTK_LABEL (b), 0);
  gtk_widget_add_css_class (b, "dim-label");
  gtk_widget_add_css_class (b, "numeric");
  gtk_box_append (GTK_BOX (box), a);
  gtk_box_append (GTK_BOX (box), b);
  gtk_widget_set_margin_bottom (box, 6);
  return box;
}

static GtkWidget *
value_entry (double      current,
             const char *unit_label)
{
  GtkWidget *entry = gtk_entry_new ();
  g_autofree char *text = lds_number_text (current);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  if (unit_label != NULL && *unit_label != '\0')
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), unit_label);
  return entry;
}

static void
add_note_and_day (Dialog     *d,
                  const char *note_label)
{
  GtkWidget *note = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *date = lds_date_entry_new (_("The day the values were for"));
  g_autofree char *today = lds_today ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (note), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (note), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (note), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (note), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (note), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (note), 6);
  gtk_widget_set_size_request (note, -1, 72);
  gtk_frame_set_child (GTK_FRAME (frame), note);
  lds_form_add (d->form, "note", note_label, note);

  lds_date_entry_set_date (date, today);
  gtk_widget_set_hexpand (date, TRUE);
  gtk_entry_set_activates_default (GTK_ENTRY (date), TRUE);
  lds_form_add (d->form, "date", _("Da_y"), date);
  lds_form_add_caption (d->form, "date", _("Missed a week? Give the day it was for."));
}

/**
 * lds_checkin_dialog_new:
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
GtkWidget *
lds_checkin_dialog_new (GtkWindow *parent,
                        LdsStore  *store,
                        LdsId      key_result_id)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autofree char *progress = NULL;
  GtkWidget *dialog, *value, *scale;
  Dialog *d;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, key_result_id, NULL);
  if (kr == NULL)
    return NULL;
  dialog = dialog_new (parent, store, LDS_RECORD_KEY_RESULT, key_result_id, _("Check In"),
                       _("Check _In"), &d);
  d->milestone = kr->metric == LDS_METRIC_MILESTONE;

  progress = lds_format_kr_progress (kr);
  lds_form_add_widget (d->form, heading (kr->title, progress));

  if (d->milestone)
    {
      value = lds_form_check_new (_("_Done"));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (value), kr->current_value >= 1.0);
      lds_form_add (d->form, "value", NULL, value);
    }
  else
    {
      value = value_entry (kr->current_value, kr->unit_label);
      lds_form_add (d->form, "value", _("_Value now"), value);
    }

  scale = gtk_scale_new_with_range (GTK_ORIENTATION_HORIZONTAL, 0, 10, 1);
  gtk_scale_set_digits (GTK_SCALE (scale), 0);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_scale_add_mark (GTK_SCALE (scale), 0, GTK_POS_BOTTOM, C_("confidence", "No chance"));
  gtk_scale_add_mark (GTK_SCALE (scale), 5, GTK_POS_BOTTOM, NULL);
  gtk_scale_add_mark (GTK_SCALE (scale), 10, GTK_POS_BOTTOM, C_("confidence", "Certain"));
  gtk_range_set_value (GTK_RANGE (scale), kr->confidence >= 0 ? kr->confidence : 5);
  lds_form_add (d->form, "confidence", _("C_onfidence of reaching the target"), scale);

  add_note_and_day (d, _("_What happened, and what is in the way"));
  return dialog;
}

/**
 * lds_kpi_checkin_dialog_new:
 *
 * Returns: (transfer none): the dialog, not shown yet
 */
GtkWidget *
lds_kpi_checkin_dialog_new (GtkWindow *parent,
                            LdsStore  *store,
                            LdsId      kpi_id)
{
  g_autoptr(LdsKpi) kpi = NULL;
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;
  g_autofree char *subtitle = NULL;
  GtkWidget *dialog;
  Dialog *d;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  kpi = lds_store_get (store, LDS_RECORD_KPI, kpi_id, NULL);
  if (kpi == NULL)
    return NULL;
  dialog = dialog_new (parent, store, LDS_RECORD_KPI, kpi_id, _("Update KPI"), _("_Update"), &d);
  current = lds_format_value (kpi->current_value);
  target = lds_format_value (kpi->target_value);
  /* Translators: a KPI's value and target, as in "31 of 30 %" */
  subtitle = g_strdup_printf (_("%1$s now, target %2$s %3$s"), current, target, kpi->unit_label);
  lds_form_add_widget (d->form, heading (kpi->name, subtitle));
  lds_form_add (d->form, "value", _("_Value now"), value_entry (kpi->current_value,
                                                                kpi->unit_label));
  add_note_and_day (d, _("_Note"));
  return dialog;
}
