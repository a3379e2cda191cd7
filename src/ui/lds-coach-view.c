/* lds-coach-view.c: the OKR coach for the chosen team or person
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three pages for HR and OKR champions, on the unit (with everything below
 * it) or person chosen in the sidebar and the chosen cycle:
 *
 *   Findings  what the coach's rules find, each a click (or Enter) away
 *             from the record it is about; the list follows every change
 *             to the file, so a fixed problem disappears and the health
 *             score above rises;
 *   Reviews   the end-of-cycle OKR reviews (LdsReviewPage);
 *   Roll-out  the organisation's roll-out checklist and its champions
 *             (LdsRolloutPage).
 *
 * The header shows the coach health (the share of rules passed); Export
 * Report writes the champion report of the team as PDF or Markdown.
 */

#define G_LOG_DOMAIN "lds-coach-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-champion-report.h"
#include "lds-coach-model.h"
#include "lds-coach-view.h"
#include "lds-dialogs.h"
#include "lds-empty-state.h"
#include "lds-format.h"
#include "lds-health-badge.h"
#include "lds-resources-private.h"
#include "lds-review-page.h"
#include "lds-rollout-page.h"
#include "lds-store-lookup.h"
#include "lds-view-state.h"
#include "lds-widgets.h"

struct _LdsCoachView
{
  GtkWidget          parent_instance;

  LdsContext        *context;
  LdsCoachModel     *coach;
  GListStore        *findings;
  GtkWidget         *review_page;
  GtkWidget         *rollout_page;
  gboolean           stale;          /* the findings changed while the view was hidden */

  /* Template widgets */
  GtkMenuButton     *export_button;
  GtkListView       *findings_list;
  GtkLabel          *findings_heading;
  GtkWidget         *findings_empty;
  GtkLabel          *findings_empty_body;
  LdsEmptyState     *findings_nothing;
  GtkScrolledWindow *findings_scroller;
  GtkLevelBar       *health_bar;
  GtkWidget         *health_box;
  GtkLabel          *health_caption;
  GtkLabel          *health_label;
  GtkLabel          *owner_subtitle;
  GtkLabel          *owner_title;
  GtkStack          *pages;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static void lds_coach_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsCoachView, lds_coach_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_coach_view_view_init))

static const char * const severity_icons[] = {
  "dialog-error-symbolic", "dialog-warning-symbolic", "dialog-information-symbolic",
};

static const char * const severity_classes[] = {
  "lds-severity-error", "lds-severity-warning", "lds-severity-hint",
};

/* Rows ------------------------------------------------------------------------ */

static char *
record_kind (LdsCoachView          *self,
             const LdsCoachFinding *f)
{
  switch (f->record_type)
    {
    case LDS_RECORD_OBJECTIVE:
      return g_strdup (C_("record", "Objective"));
    case LDS_RECORD_KEY_RESULT:
      return g_strdup (C_("record", "Key result"));
    case LDS_RECORD_PERSON:
      return g_strdup (C_("record", "Person"));
    case LDS_RECORD_UNIT:
    default:
      {
        g_autoptr(LdsUnit) unit = lds_store_get (lds_context_get_store (self->context),
                                                 LDS_RECORD_UNIT, f->record_id, NULL);
        return g_strdup (unit != NULL ? lds_enum_label (lds_unit_kind_get_type (), unit->kind)
                                      : C_("record", "Unit"));
      }
    }
}

/* A row's widgets, made once and filled for each finding it shows. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LdsCoachView             *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *title = lds_wrapped_label_new (NULL, "lds-finding-title");
  GtkWidget *meta = lds_wrapped_label_new (NULL, "caption");
  GtkWidget *message = lds_wrapped_label_new (NULL, "lds-finding-message");
  GtkWidget *rule = lds_pill_new ("", NULL);

  gtk_widget_add_css_class (box, "lds-finding");
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_box_append (GTK_BOX (text), title);
  gtk_box_append (GTK_BOX (text), meta);
  gtk_box_append (GTK_BOX (text), message);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_set_valign (rule, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), rule);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_widget_set_tooltip_text (box, _("Open the record to fix it"));

  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "title", title);
  g_object_set_data (G_OBJECT (box), "meta", meta);
  g_object_set_data (G_OBJECT (box), "message", message);
  g_object_set_data (G_OBJECT (box), "rule", rule);
  gtk_list_item_set_child (list_item, box);
}

static void
set_severity_class (GtkWidget        *widget,
                    LdsCoachSeverity  severity)
{
  for (guint i = 0; i < G_N_ELEMENTS (severity_classes); i++)
    gtk_widget_remove_css_class (widget, severity_classes[i]);
  gtk_widget_add_css_class (widget, severity_classes[severity]);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             LdsCoachView             *self)
{
  const LdsCoachFinding *f = lds_coach_item_get_finding (gtk_list_item_get_item (list_item));
  GObject *box = G_OBJECT (gtk_list_item_get_child (list_item));
  GtkWidget *icon = g_object_get_data (box, "icon");
  GtkWidget *rule = g_object_get_data (box, "rule");
  g_autofree char *kind = record_kind (self, f);
  g_autofree char *meta = NULL;
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), severity_icons[f->severity]);
  set_severity_class (icon, f->severity);
  gtk_widget_set_tooltip_text (icon, lds_coach_severity_label (f->severity));
  gtk_label_set_label (g_object_get_data (box, "title"), f->title);
  /* Translators: under a coach finding: what the record is ("Key result") and its owner */
  meta = g_strdup_printf (C_("coach finding", "%1$s · %2$s"), kind, f->owner);
  gtk_label_set_label (g_object_get_data (box, "meta"), meta);
  gtk_label_set_label (g_object_get_data (box, "message"), f->message);
  gtk_label_set_label (GTK_LABEL (rule), lds_coach_rule_name (f->rule));
  set_severity_class (rule, f->severity);
  gtk_widget_set_tooltip_text (rule, lds_coach_rule_info (f->rule)->id);

  /* Translators: what a screen reader says for a coach finding: its severity ("Warning"), the
   * rule's name and the title of the record it is about */
  accessible = g_strdup_printf (C_("accessible finding", "%1$s: %2$s: %3$s"),
                                lds_coach_severity_label (f->severity),
                                lds_coach_rule_name (f->rule), f->title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, f->message, -1);
}

/* Refreshing ------------------------------------------------------------------- */

static void
refresh_health (LdsCoachView  *self,
                LdsRecordType  type,
                LdsId          owner_id)
{
  LdsCoachHealth health;
  double score;
  g_autofree char *text = NULL;
  g_autofree char *caption = NULL;

  lds_coach_model_get_health (self->coach, type, owner_id, &health);
  score = lds_coach_health_score (&health);
  gtk_widget_set_visible (self->health_box, !isnan (score));
  if (isnan (score))
    return;

  /* Translators: a team's coach health as a percentage, such as "93%" */
  text = g_strdup_printf (_("%d%%"), (int) lround (score * 100));
  gtk_label_set_label (self->health_label, text);
  gtk_level_bar_set_value (self->health_bar, score);
  caption = lds_health_describe (score);
  gtk_label_set_label (self->health_caption, caption);
  gtk_widget_set_tooltip_text (self->health_box, caption);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->health_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, caption, -1);
}

static void
refresh (LdsCoachView *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id,
                                                             NULL)
                                            : NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  gpointer owner = owner_id != 0 ? lds_store_get (store, type, owner_id, NULL) : NULL;
  const char *name;

  self->stale = FALSE;
  if (owner == NULL)
    {
      g_autoptr(GPtrArray) roots = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", 0, NULL);
      name = roots != NULL && roots->len > 0 ? ((LdsUnit *) roots->pdata[0])->name : "";
      gtk_label_set_label (self->owner_title, name);
      owner_id = 0;
    }
  else
    gtk_label_set_label (self->owner_title, type == LDS_RECORD_UNIT ? ((LdsUnit *) owner)->name
                                                                    : ((LdsPerson *) owner)->name);
  subtitle = lds_owner_subtitle (store, type, owner);
  gtk_label_set_label (self->owner_subtitle, subtitle);
  if (owner != NULL)
    lds_record_free (type, owner);

  findings = lds_coach_model_list (self->coach, type, owner_id);
  for (guint i = 0; i < findings->len; i++)
    g_ptr_array_add (items, lds_coach_item_new (g_ptr_array_index (findings, i)));
  g_list_store_splice (self->findings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->findings)),
                       items->pdata, items->len);

  if (cycle == NULL)
    heading = g_strdup (_("This organisation has no cycles yet."));
  else if (findings->len == 0)
    /* Translators: %s is a cycle, such as "2026 Q4" */
    heading = g_strdup_printf (_("Coach findings in %s"), cycle->name);
  else
    {
      g_autofree char *count = lds_format_value (findings->len);

      /* Translators: %1$s is how many problems the coach found, in digits grouped
       * as numbers are ("40,577"); %2$s a cycle such as "2026 Q4" */
      heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$s thing to improve in %2$s",
                                              "%1$s things to improve in %2$s", findings->len),
                                 count, cycle->name);
    }
  gtk_label_set_label (self->findings_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_scroller), findings->len > 0);
  /* No cycle, or no objectives in it: nothing to coach, and what to do */
  {
    LdsCoachHealth health = { 0 };
    gboolean nothing;

    if (cycle != NULL && findings->len == 0)
      lds_coach_model_get_health (self->coach, type, owner_id, &health);
    nothing = cycle == NULL || (findings->len == 0 && health.n_objectives == 0);
    if (cycle == NULL)
      lds_empty_state_no_cycles (self->findings_nothing);
    else if (nothing)
      {
        lds_empty_state_set (self->findings_nothing, "document-edit-symbolic",
                             _("Nothing to Coach Yet"),
                             _("The coach reads the objectives and key results of the cycle "
                               "shown, and there are none here yet. Write them first: the "
                               "coach checks them as they are written."));
        lds_empty_state_set_button (self->findings_nothing, _("_Write Objectives"),
                                    "win.show-view", g_variant_new_string ("objectives"));
      }
    gtk_widget_set_visible (GTK_WIDGET (self->findings_nothing), nothing);
    gtk_widget_set_visible (self->findings_empty, findings->len == 0 && !nothing);
  }
  gtk_label_set_label (self->findings_empty_body,
                       type == LDS_RECORD_PERSON && owner_id != 0
                       ? _("These OKRs follow every rule of the method. Check again after the "
                           "next changes, or look at the person’s team.")
                       : _("These OKRs follow every rule of the method: few objectives, "
                           "measurable key results with owners, aligned, checked in on time."));

  refresh_health (self, type, owner_id);
}

/* Callbacks -------------------------------------------------------------------- */

static void
activate_cb (LdsCoachView *self,
             guint         position)
{
  g_autoptr(LdsCoachItem) item = g_list_model_get_item (G_LIST_MODEL (self->findings), position);
  const LdsCoachFinding *f;

  if (item == NULL)
    return;
  f = lds_coach_item_get_finding (item);
  /* Every view follows the objective in focus; the window shows where to edit it. */
  if (f->objective_id != 0)
    lds_context_set_objective_id (self->context, f->objective_id);
  lds_context_open_record (self->context, f->record_type, f->record_id);
}

/* A hidden view catches up when it is shown. */
static void
changed_cb (LdsCoachView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
map_cb (LdsCoachView *self)
{
  if (self->stale)
    refresh (self);
}

/* Actions ----------------------------------------------------------------------- */

static LdsId
report_unit (LdsCoachView *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  g_autoptr(LdsPerson) person = NULL;

  if (lds_context_get_owner_type (self->context) == LDS_RECORD_UNIT)
    return owner_id;
  person = owner_id != 0 ? lds_store_get (store, LDS_RECORD_PERSON, owner_id, NULL) : NULL;
  return person != NULL ? person->unit_id : 0;
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    LdsCoachView    *self)
{
  LdsChampionReportFormat format =
    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "format"));
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = file != NULL ? g_file_get_path (file) : NULL;
    }
  if (path != NULL &&
      !lds_champion_report_write (lds_context_get_store (self->context),
                                  lds_context_get_cycle_id (self->context), report_unit (self),
                                  format, path, &error))
    lds_show_error_over (GTK_WIDGET (self), _("The Report Could Not Be Written"), error);
  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
export_report_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LdsCoachView *self = LDS_COACH_VIEW (widget);
  gboolean pdf = g_str_equal (g_variant_get_string (parameter, NULL), "pdf");
  LdsChampionReportFormat format = pdf ? LDS_CHAMPION_REPORT_PDF : LDS_CHAMPION_REPORT_MARKDOWN;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (pdf ? _("Export Champion Report as PDF")
                                            : _("Export Champion Report as Markdown"),
                                        lds_widget_get_window (widget),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_filter_set_name (filter, pdf ? _("PDF documents") : _("Markdown documents"));
  gtk_file_filter_add_suffix (filter, pdf ? "pdf" : "md");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  name = lds_champion_report_default_name (lds_context_get_store (self->context),
                                           lds_context_get_cycle_id (self->context),
                                           report_unit (self), format);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_object_set_data (G_OBJECT (dialog), "format", GINT_TO_POINTER (format));
  g_signal_connect (dialog, "response", G_CALLBACK (export_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LdsCoachView *self = LDS_COACH_VIEW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (gtk_stack_get_child_by_name (self->pages, name) != NULL)
    gtk_stack_set_visible_child_name (self->pages, name);
}

/* LdsView -------------------------------------------------------------------------- */

static GVariant *
lds_coach_view_save_state (LdsView *view)
{
  LdsCoachView *self = LDS_COACH_VIEW (view);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->findings_scroller);

  /* ...and whose review was open */
  return g_variant_new ("(sdx)", gtk_stack_get_visible_child_name (self->pages),
                        gtk_adjustment_get_value (adjustment),
                        (gint64) lds_review_page_get_person (LDS_REVIEW_PAGE (self->review_page)));
}

static void
lds_coach_view_restore_state (LdsView  *view,
                              GVariant *state)
{
  LdsCoachView *self = LDS_COACH_VIEW (view);
  const char *page = NULL;
  double scroll = 0;
  gint64 person = 0;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(sdx)")))
    return;
  g_variant_get (state, "(&sdx)", &page, &scroll, &person);
  if (gtk_stack_get_child_by_name (self->pages, page) != NULL)
    gtk_stack_set_visible_child_name (self->pages, page);
  lds_adjustment_restore (gtk_scrolled_window_get_vadjustment (self->findings_scroller), scroll);
  if (person != 0)
    lds_review_page_select_person (LDS_REVIEW_PAGE (self->review_page), person);
}

static void
lds_coach_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_coach_view_save_state;
  iface->restore_state = lds_coach_view_restore_state;
}

/* GObject ---------------------------------------------------------------------------- */

static void
lds_coach_view_constructed (GObject *object)
{
  LdsCoachView *self = LDS_COACH_VIEW (object);
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkSingleSelection) selection = NULL;

  G_OBJECT_CLASS (lds_coach_view_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  self->coach = g_object_ref (lds_coach_model_get_for_context (self->context));

  self->review_page = lds_review_page_new (self->context);
  gtk_stack_add_titled (self->pages, self->review_page, "reviews", _("Reviews"));
  self->rollout_page = lds_rollout_page_new (self->context);
  gtk_stack_add_titled (self->pages, self->rollout_page, "rollout", _("Roll-out"));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->findings_list, factory);
  /* Nothing is selected but the finding a badge leads to. */
  selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->findings)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_model (self->findings_list, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->findings_list, "activate", G_CALLBACK (activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->coach, "changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::owner-id", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  /* Filled when first shown. */
  self->stale = TRUE;
}

static void
lds_coach_view_dispose (GObject *object)
{
  LdsCoachView *self = LDS_COACH_VIEW (object);
  GtkWidget *child;

  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_data (self->coach, self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  if (self->findings_list != NULL)
    g_signal_handlers_disconnect_by_data (self->findings_list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_COACH_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->findings);
  g_clear_object (&self->coach);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_coach_view_parent_class)->dispose (object);
}

static void
lds_coach_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LdsCoachView *self = LDS_COACH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_coach_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LdsCoachView *self = LDS_COACH_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_coach_view_class_init (LdsCoachViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_coach_view_constructed;
  object_class->dispose = lds_coach_view_dispose;
  object_class->get_property = lds_coach_view_get_property;
  object_class->set_property = lds_coach_view_set_property;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");

  lds_ensure_resources ();
  g_type_ensure (LDS_TYPE_EMPTY_STATE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-coach-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, export_button);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_empty_body);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_nothing);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_list);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, findings_scroller);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, health_bar);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, health_box);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, health_caption);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, health_label);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, owner_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, owner_title);
  gtk_widget_class_bind_template_child (widget_class, LdsCoachView, pages);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "coach.export-report", "s",
                                   export_report_action);
  gtk_widget_class_install_action (widget_class, "coach.show-page", "s", show_page_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e,
                                       GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "coach.export-report", "s", "pdf");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, GDK_ALT_MASK,
                                       "coach.show-page", "s", "findings");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_2, GDK_ALT_MASK,
                                       "coach.show-page", "s", "reviews");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_3, GDK_ALT_MASK,
                                       "coach.show-page", "s", "rollout");
}

static void
lds_coach_view_init (LdsCoachView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->findings = g_list_store_new (LDS_TYPE_COACH_ITEM);
  /* The same bands as the health badges of the organisation tree */
  gtk_level_bar_remove_offset_value (self->health_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->health_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->health_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->health_bar, "lds-health-poor", 0.79);
  gtk_level_bar_add_offset_value (self->health_bar, "lds-health-fair", 0.99);
  gtk_level_bar_add_offset_value (self->health_bar, "lds-health-good", 1.0);
}

GtkWidget *
lds_coach_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_COACH_VIEW, "context", context, NULL);
}

static gboolean
finding_is_about (const LdsCoachFinding *f,
                  LdsRecordType          type,
                  LdsId                  id)
{
  return (f->record_type == type && f->record_id == id) ||
         (type == LDS_RECORD_OBJECTIVE && f->objective_id == id);
}

static guint
find_record (LdsCoachView  *self,
             LdsRecordType  type,
             LdsId          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->findings));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsCoachItem) item = g_list_model_get_item (G_LIST_MODEL (self->findings), i);

      if (finding_is_about (lds_coach_item_get_finding (item), type, id))
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/**
 * lds_coach_view_show_record:
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT (or the owner's type)
 *
 * Shows the findings page with the first finding about the record (for
 * an objective, about it or its key results) selected and in sight; when
 * the record's owner is not the one the view shows, it shows that owner.
 *
 * Returns: whether a finding about the record was found
 */
gboolean
lds_coach_view_show_record (LdsCoachView  *self,
                            LdsRecordType  type,
                            LdsId          id)
{
  GtkSelectionModel *selection;
  guint position;

  g_return_val_if_fail (LDS_IS_COACH_VIEW (self), FALSE);

  gtk_stack_set_visible_child_name (self->pages, "findings");
  refresh (self);
  position = find_record (self, type, id);
  if (position == GTK_INVALID_LIST_POSITION)
    {
      GPtrArray *all = lds_coach_model_get_findings (self->coach);

      for (guint i = 0; i < all->len; i++)
        {
          const LdsCoachFinding *f = g_ptr_array_index (all, i);

          if (finding_is_about (f, type, id))
            {
              lds_context_set_owner (self->context, f->owner_type, f->owner_id);
              refresh (self);
              position = find_record (self, type, id);
              break;
            }
        }
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;

  selection = gtk_list_view_get_model (self->findings_list);
  gtk_selection_model_select_item (selection, position, TRUE);
  gtk_widget_activate_action (GTK_WIDGET (self->findings_list), "list.scroll-to-item", "u",
                              position);
  return TRUE;
}
