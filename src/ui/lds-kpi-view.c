/* lds-kpi-view.c: a unit's KPIs, kept apart from its OKRs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A KPI is a health metric: it measures how the unit runs (margin, uptime,
 * days to close the books), may be tied to pay, and has its own updates.
 * OKR-METHOD.md keeps it apart from the OKRs: nothing here counts toward a
 * score, and no score counts here. The view lists the KPIs of the unit
 * chosen (a person's: their unit's), each with its value against its
 * target, its history and its latest note; a KPI is added by typing its
 * name, updated, edited and deleted, each one action of Undo.
 */

#define G_LOG_DOMAIN "lds-kpi-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-checkin-dialog.h"
#include "lds-dialogs.h"
#include "lds-form.h"
#include "lds-format.h"
#include "lds-history-chart.h"
#include "lds-kpi-view.h"
#include "lds-pickers.h"
#include "lds-store-okr.h"
#include "lds-widgets.h"

struct _LdsKpiView
{
  LdsPage      parent_instance;

  LdsContext  *context;  /* the page's, borrowed */
  LdsId        unit_id;

  GtkWidget   *title;
  GtkWidget   *list;
  GtkWidget   *empty;
  GtkWidget   *entry;
};

static void lds_kpi_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsKpiView, lds_kpi_view, LDS_TYPE_PAGE,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_kpi_view_view_init))

static LdsStore *
store_of (LdsKpiView *self)
{
  return lds_context_get_store (self->context);
}

static void
show_error (LdsKpiView   *self,
            const char   *primary,
            const GError *error)
{
  lds_show_error_over (GTK_WIDGET (self), primary, error);
}

/* The unit whose KPIs are shown: the one chosen, a person's, else the company. */
static LdsUnit *
chosen_unit (LdsKpiView *self)
{
  LdsStore *store = store_of (self);
  LdsId id = lds_context_get_owner_id (self->context);

  if (lds_context_get_owner_type (self->context) == LDS_RECORD_PERSON && id != 0)
    {
      g_autoptr(LdsPerson) person = lds_store_get (store, LDS_RECORD_PERSON, id, NULL);
      id = person != NULL ? person->unit_id : 0;
    }
  if (id == 0)
    {
      g_autoptr(GPtrArray) roots = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", 0, NULL);
      id = roots != NULL && roots->len > 0 ? ((LdsUnit *) roots->pdata[0])->id : 0;
    }
  return id != 0 ? lds_store_get (store, LDS_RECORD_UNIT, id, NULL) : NULL;
}

static GtkWidget *
button (const char *label,
        const char *action,
        LdsId       id)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "x", (gint64) id);
  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  return b;
}

static GtkWidget *
kpi_row (LdsKpiView   *self,
         const LdsKpi *kpi)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *name = gtk_label_new (kpi->name);
  GtkWidget *value_label, *meta, *chart, *remove;
  g_autoptr(GPtrArray) updates = lds_store_list_by (store_of (self), LDS_RECORD_KPI_CHECKIN,
                                                    "kpi_id", kpi->id, NULL);
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LdsChartPoint));
  g_autofree char *current = lds_format_value (kpi->current_value);
  g_autofree char *target = lds_format_value (kpi->target_value);
  g_autofree char *value = NULL;
  g_autofree char *last = NULL;
  LdsKpiCheckin *latest = NULL;

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_wrap (GTK_LABEL (name), TRUE);
  gtk_widget_add_css_class (name, "heading");
  gtk_box_append (GTK_BOX (head), name);
  if (kpi->tied_to_compensation)
    gtk_box_append (GTK_BOX (head), lds_pill_new (_("Tied to compensation"), "lds-champion"));
  gtk_box_append (GTK_BOX (text), head);

  /* Translators: a KPI's value, its target and its unit: "24, target 28 days" */
  value = g_strstrip (g_strdup_printf (_("%1$s, target %2$s %3$s"), current, target,
                                       kpi->unit_label));
  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_add_css_class (value_label, "numeric");
  gtk_box_append (GTK_BOX (text), value_label);

  for (guint i = 0; updates != NULL && i < updates->len; i++)
    {
      LdsKpiCheckin *c = g_ptr_array_index (updates, i);
      LdsChartPoint p = { c->at, c->value, -1 };

      g_array_append_val (points, p);
      latest = c;
    }
  if (latest != NULL)
    {
      g_autofree char *day = lds_format_time_as_date (latest->at);

      last = latest->note != NULL && *latest->note != '\0'
        /* Translators: a KPI's latest update: its day and its note */
        ? g_strdup_printf (_("Updated on %1$s: %2$s"), day, latest->note)
        /* Translators: the day of a KPI's latest update */
        : g_strdup_printf (_("Updated on %s"), day);
    }
  meta = gtk_label_new (last != NULL ? last : _("No updates yet"));
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_wrap (GTK_LABEL (meta), TRUE);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_box_append (GTK_BOX (text), meta);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), text);

  chart = lds_history_chart_new (FALSE);
  gtk_widget_set_size_request (chart, 140, 36);
  gtk_widget_set_valign (chart, GTK_ALIGN_CENTER);
  lds_history_chart_set_plan (LDS_HISTORY_CHART (chart), 0, 0, NAN, kpi->target_value, FALSE);
  lds_history_chart_set_points (LDS_HISTORY_CHART (chart),
                                (const LdsChartPoint *) (gpointer) points->data, points->len);
  gtk_box_append (GTK_BOX (row), chart);

  gtk_box_append (GTK_BOX (row), button (_("_Update…"), "kpi.update", kpi->id));
  gtk_box_append (GTK_BOX (row), button (_("_Edit…"), "kpi.edit", kpi->id));
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "kpi.delete");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", (gint64) kpi->id);
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Delete This KPI"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete This KPI"), -1);
  gtk_box_append (GTK_BOX (row), remove);
  gtk_widget_add_css_class (row, "lds-kpi");
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, kpi->name, -1);
  return row;
}

static void
refresh (LdsPage *page)
{
  LdsKpiView *self = LDS_KPI_VIEW (page);
  g_autoptr(LdsUnit) unit = chosen_unit (self);
  g_autoptr(GPtrArray) kpis = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->list)) != NULL)
    gtk_box_remove (GTK_BOX (self->list), child);
  self->unit_id = unit != NULL ? unit->id : 0;
  gtk_label_set_label (GTK_LABEL (self->title), unit != NULL ? unit->name : "");
  if (unit != NULL)
    kpis = lds_store_list_by (store_of (self), LDS_RECORD_KPI, "unit_id", unit->id, NULL);
  for (guint i = 0; kpis != NULL && i < kpis->len; i++)
    gtk_box_append (GTK_BOX (self->list), kpi_row (self, g_ptr_array_index (kpis, i)));
  gtk_widget_set_visible (self->empty, kpis == NULL || kpis->len == 0);
  gtk_widget_set_sensitive (self->entry, unit != NULL);
}

/* Actions */

static void
add_cb (LdsKpiView *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->entry))));
  g_autoptr(LdsKpi) kpi = lds_kpi_new ();
  g_autoptr(GError) error = NULL;

  if (*name == '\0' || self->unit_id == 0)
    return;
  kpi->unit_id = self->unit_id;
  lds_set_text (&kpi->name, name);
  if (!lds_store_append (store_of (self), LDS_RECORD_KPI, kpi, &error))
    {
      show_error (self, _("The KPI Could Not Be Added"), error);
      return;
    }
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
}

static void
update_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsKpiView *self = LDS_KPI_VIEW (widget);
  GtkWidget *dialog = lds_kpi_checkin_dialog_new (lds_page_get_window (LDS_PAGE (self)), store_of (self),
                                                  g_variant_get_int64 (parameter));

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsKpiView *self = LDS_KPI_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (!lds_store_delete (store_of (self), LDS_RECORD_KPI, g_variant_get_int64 (parameter), &error))
    show_error (self, _("The KPI Could Not Be Deleted"), error);
}

static void
edit_response_cb (GtkDialog *dialog,
                  int        response,
                  gpointer   data)
{
  LdsForm *form = g_object_get_data (G_OBJECT (dialog), "lds-form");
  LdsStore *store = g_object_get_data (G_OBJECT (dialog), "lds-store");
  LdsId id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "lds-id"));
  g_autoptr(LdsKpi) kpi = NULL;
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  gboolean ok;

  if (response != GTK_RESPONSE_ACCEPT)
    {
      gtk_window_destroy (GTK_WINDOW (dialog));
      return;
    }
  lds_form_clear_errors (form);
  kpi = lds_store_get (store, LDS_RECORD_KPI, id, &error);
  ok = kpi != NULL;
  if (ok)
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (
                                            GTK_EDITABLE (lds_form_get_widget (form, "name")))));

      lds_set_text (&kpi->name, name);
      lds_set_text (&kpi->unit_label,
                    gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (form, "unit_label"))));
      kpi->tied_to_compensation =
        gtk_check_button_get_active (GTK_CHECK_BUTTON (lds_form_get_widget (form,
                                                                            "tied_to_compensation")));
      if (!lds_parse_number (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (form,
                                                                                        "target_value"))),
                             &kpi->target_value, &error))
        {
          lds_form_set_error (form, "target_value", error->message);
          gtk_widget_error_bell (GTK_WIDGET (dialog));
          return;
        }
      ok = lds_store_check_record (store, LDS_RECORD_KPI, kpi, &field, &error);
      if (!ok)
        {
          lds_form_set_error (form, field, error->message);
          gtk_widget_error_bell (GTK_WIDGET (dialog));
          return;
        }
      ok = lds_store_begin (store, _("Change KPI"), &error);
      if (ok && !lds_store_update (store, LDS_RECORD_KPI, kpi, &error))
        {
          lds_store_rollback (store);
          ok = FALSE;
        }
      ok = ok && lds_store_commit (store, &error);
    }
  if (!ok)
    {
      lds_form_set_error (form, NULL, error->message);
      gtk_widget_error_bell (GTK_WIDGET (dialog));
      return;
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdsKpiView *self = LDS_KPI_VIEW (widget);
  LdsId id = g_variant_get_int64 (parameter);
  g_autoptr(LdsKpi) kpi = lds_store_get (store_of (self), LDS_RECORD_KPI, id, NULL);
  g_autofree char *target = NULL;
  GtkWidget *dialog, *name, *target_entry, *unit_label, *tied;
  LdsForm *form;

  if (kpi == NULL)
    return;
  dialog = lds_form_dialog_new (lds_page_get_window (LDS_PAGE (self)), _("Edit KPI"), _("_Save"),
                                FALSE, &form);
  name = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (name), kpi->name);
  gtk_entry_set_activates_default (GTK_ENTRY (name), TRUE);
  lds_form_add (form, "name", _("_Name"), name);
  target = lds_number_text (kpi->target_value);
  target_entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (target_entry), target);
  gtk_entry_set_activates_default (GTK_ENTRY (target_entry), TRUE);
  lds_form_add (form, "target_value", _("_Target"), target_entry);
  unit_label = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (unit_label), kpi->unit_label);
  gtk_entry_set_activates_default (GTK_ENTRY (unit_label), TRUE);
  lds_form_add (form, "unit_label", _("U_nit"), unit_label);
  tied = lds_form_check_new (_("Tied to _compensation"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (tied), kpi->tied_to_compensation);
  lds_form_add (form, "tied_to_compensation", NULL, tied);
  lds_form_add_caption (form, "tied_to_compensation",
                        _("KPIs may set pay; OKRs may not. That is why they are kept apart."));

  g_object_set_data_full (G_OBJECT (dialog), "lds-store", g_object_ref (store_of (self)),
                          g_object_unref);
  g_object_set_data (G_OBJECT (dialog), "lds-id", GSIZE_TO_POINTER ((gsize) id));
  g_signal_connect (dialog, "response", G_CALLBACK (edit_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* LdsView */

static GVariant *
lds_kpi_view_save_state (LdsView *view)
{
  LdsKpiView *self = LDS_KPI_VIEW (view);

  return g_variant_new ("(sd)", gtk_editable_get_text (GTK_EDITABLE (self->entry)),
                        lds_page_get_scroll (LDS_PAGE (self)));
}

static void
lds_kpi_view_restore_state (LdsView  *view,
                            GVariant *state)
{
  LdsKpiView *self = LDS_KPI_VIEW (view);
  const char *text = NULL;
  double scroll = 0;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(sd)")))
    return;
  g_variant_get (state, "(&sd)", &text, &scroll);
  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  lds_page_restore_scroll (LDS_PAGE (self), scroll);
}

static void
lds_kpi_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_kpi_view_save_state;
  iface->restore_state = lds_kpi_view_restore_state;
}

/* GObject */

static void
build (LdsKpiView *self)
{
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *subtitle;

  lds_page_add_header (LDS_PAGE (self), &self->title, &subtitle);
  gtk_label_set_label (GTK_LABEL (subtitle),
                       _("KPIs: the health metrics of the unit, kept apart from its OKRs. They "
                         "may be tied to pay; they never count toward an OKR score."));

  self->list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->list, "lds-kpis");
  gtk_box_append (GTK_BOX (page), self->list);
  self->empty = gtk_label_new (_("No KPIs yet. Add the few numbers that say whether the unit "
                                 "runs well, such as margin, uptime or days to close the books."));
  gtk_label_set_wrap (GTK_LABEL (self->empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (self->empty), 0);
  gtk_widget_add_css_class (self->empty, "dim-label");
  gtk_box_append (GTK_BOX (page), self->empty);
  self->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), _("Add a KPI and press Enter"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("New KPI"), -1);
  gtk_widget_add_css_class (self->entry, "lds-new-kpi");
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (add_cb), self);
  gtk_box_append (GTK_BOX (page), self->entry);
  gtk_widget_set_margin_start (page, 24);
  gtk_widget_set_margin_end (page, 24);
  gtk_widget_set_margin_bottom (page, 24);

  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (lds_page_add_scroller (LDS_PAGE (self))),
                                 page);
}

static void
lds_kpi_view_constructed (GObject *object)
{
  LdsKpiView *self = LDS_KPI_VIEW (object);

  G_OBJECT_CLASS (lds_kpi_view_parent_class)->constructed (object);

  self->context = lds_page_get_context (LDS_PAGE (self));
}

static void
lds_kpi_view_class_init (LdsKpiViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LdsPageClass *page_class = LDS_PAGE_CLASS (klass);

  object_class->constructed = lds_kpi_view_constructed;

  gtk_widget_class_set_css_name (widget_class, "ldskpiview");

  page_class->refresh = refresh;
  page_class->watched_types = (1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) |
                              (1 << LDS_RECORD_KPI) | (1 << LDS_RECORD_KPI_CHECKIN);
  page_class->watches_settings = FALSE;
  page_class->follows = LDS_PAGE_FOLLOWS_OWNER;
  gtk_widget_class_install_action (widget_class, "kpi.update", "x", update_action);
  gtk_widget_class_install_action (widget_class, "kpi.edit", "x", edit_action);
  gtk_widget_class_install_action (widget_class, "kpi.delete", "x", delete_action);
}

static void
lds_kpi_view_init (LdsKpiView *self)
{
  build (self);
}

GtkWidget *
lds_kpi_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_KPI_VIEW, "context", context, NULL);
}
