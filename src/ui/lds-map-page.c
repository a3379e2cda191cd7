/* lds-map-page.c: the window's alignment map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The map of the window's cycle, filtered by the unit or person chosen in
 * the sidebar, with a toolbar to find, choose what is shown, turn, zoom,
 * focus, export and print. It follows the window's context both ways:
 * selecting an objective sets the context's objective, and an objective
 * chosen elsewhere is selected and shown here. Enter or a double click
 * asks the window to open the objective; dragging an objective onto a key
 * result aligns it there.
 *
 * The model is rebuilt when the data or the context change, but only while
 * the page is shown: hidden, it only notes that it is out of date.
 *
 * The day shown is the context's (the date control in the toolbar): a map
 * of a past day moves to another day in place (lds_map_day_move()) when
 * the same objectives existed on both. Today's map carries the coach's
 * findings as a count on each objective; a click on it (or Ctrl+Shift+H)
 * shows them in the coach view.
 */

#define G_LOG_DOMAIN "lds-map-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-dialogs.h"
#include "lds-map-day.h"
#include "lds-map-edit.h"
#include "lds-map-page-private.h"
#include "lds-resources-private.h"

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_SHOW_DRAFTS,
  PROP_SHOW_CANCELLED,
  PROP_SHOW_CONTEXT,
  PROP_SHOW_DEPENDS,
  PROP_HIGHLIGHT_UNALIGNED,
  PROP_LEFT_TO_RIGHT,
  PROP_FOCUS_MODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void lds_map_page_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsMapPage, lds_map_page, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_map_page_view_init))

/* The model */

static char *
empty_message (LdsMapPage *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  g_autofree char *owner = NULL;

  if (cycle_id == 0)
    return g_strdup (_("This organisation has no cycles yet."));
  if (owner_id != 0)
    {
      gpointer record = lds_store_get (store, type, owner_id, NULL);

      if (record != NULL)
        {
          owner = g_strdup (type == LDS_RECORD_UNIT ? ((LdsUnit *) record)->name
                                                    : ((LdsPerson *) record)->name);
          lds_record_free (type, record);
        }
    }
  if (owner != NULL && type == LDS_RECORD_PERSON)
    /* Translators: %s is a person's name */
    return g_strdup_printf (_("%s has no objectives in this cycle yet."), owner);
  if (owner != NULL)
    /* Translators: %s is a unit: a company, department or team */
    return g_strdup_printf (_("%s and the units below it have no objectives in this cycle yet."),
                            owner);
  return g_strdup (_("No objectives in this cycle yet."));
}

/* The coach's findings, counted on each objective of today's map */
static void
set_badges (LdsMapPage  *self,
            LdsMapModel *model)
{
  gboolean today = lds_context_get_at (self->context) == 0;
  guint n = model != NULL ? lds_map_model_get_n_nodes (model) : 0;

  /* The map is drawn at once; the counts follow once the coach has checked. */
  if (today && !lds_coach_model_is_ready (self->coach))
    {
      lds_coach_model_queue_check (self->coach);
      today = FALSE;
    }

  for (guint v = 0; v < n; v++)
    lds_map_model_set_badge (model, v,
                             today ? lds_coach_model_count_for_objective (
                                       self->coach, lds_map_model_get_node (model, v)->id)
                                   : 0);
}

static void
rebuild (LdsMapPage *self)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsMapFilter filter = { 0 };
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(GError) error = NULL;

  self->dirty = FALSE;
  filter.cycle_id = lds_context_get_cycle_id (self->context);
  if (lds_context_get_owner_type (self->context) == LDS_RECORD_PERSON)
    filter.person_id = lds_context_get_owner_id (self->context);
  else
    filter.unit_id = lds_context_get_owner_id (self->context);
  filter.hide_drafts = !self->show_drafts;
  filter.hide_cancelled = !self->show_cancelled;
  filter.hide_context = !self->show_context;
  filter.at = lds_context_get_at (self->context);

  if (filter.cycle_id != 0)
    model = lds_map_model_new_from_store (store, &filter, self->text, &error);
  if (error != NULL)
    g_warning ("Could not read the map: %s", error->message);
  set_badges (self, model);

  self->syncing = TRUE;
  lds_map_view_set_model (self->view, model);
  lds_map_view_select (self->view, lds_context_get_objective_id (self->context));
  self->syncing = FALSE;

  if (model == NULL || lds_map_model_get_n_nodes (model) == 0)
    {
      g_autofree char *message = error != NULL ? g_strdup (error->message) : empty_message (self);

      /* What to do next: a cycle to plan in, objectives to write */
      if (filter.cycle_id == 0)
        lds_empty_state_no_cycles (self->empty_state);
      else if (error != NULL)
        lds_empty_state_set (self->empty_state, "dialog-warning-symbolic",
                             _("The Map Cannot Be Drawn"), message);
      else
        lds_empty_state_no_objectives (self->empty_state, message);
      gtk_widget_set_visible (GTK_WIDGET (self->empty_state), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->empty_state), FALSE);
}

static void
queue_rebuild (LdsMapPage *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

static void
update_match_label (LdsMapPage *self)
{
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n = lds_map_view_get_n_matches (self->view), match = lds_map_view_get_match (self->view);
  g_autofree char *text = NULL;

  if (search == NULL || *search == '\0')
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else if (match == 0)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u match", "%u matches", n), n);
  else
    /* Translators: which match is selected, of how many: "3 of 12" */
    text = g_strdup_printf (_("%1$u of %2$u"), match, n);
  gtk_label_set_label (self->match_label, text);
  /* Room for the toolbar on a narrow window while nothing is searched */
  gtk_widget_set_visible (GTK_WIDGET (self->match_label), *text != '\0');
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.next-match", n > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.previous-match", n > 0);
}

static void
update_zoom_label (LdsMapPage *self)
{
  g_autofree char *text = NULL;
  double percent = lds_map_view_get_scale (self->view) * 100;

  /* Translators: the zoom level of the map, as in "75%" */
  text = g_strdup_printf (_("%.0f%%"), percent < 1 ? ceil (percent) : round (percent));
  gtk_button_set_label (self->zoom_button, text);
}

void
_lds_map_page_update_actions (LdsMapPage *self)
{
  gboolean selected = lds_map_view_get_selected (self->view) != 0;
  LdsMapModel *model = lds_map_view_get_model (self->view);
  gboolean any = model != NULL && lds_map_model_get_n_nodes (model) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.zoom-selection", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.focus-mode",
                                 selected || lds_map_view_get_focus_mode (self->view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.export", any && self->export == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.export-file",
                                 any && self->export == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.cancel-export", self->export != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.print", any);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "map-page.print-file", any);
}

/* Signal callbacks */

static void
zoom_idle_cb (gpointer user_data)
{
  LdsMapPage *self = user_data;

  self->zoom_idle = 0;
  update_zoom_label (self);
}

static void
context_filter_changed_cb (LdsMapPage *self)
{
  queue_rebuild (self);
}

/* Another day: in place when the same objectives existed on both days. */
static void
context_day_changed_cb (LdsMapPage *self)
{
  LdsMapModel *model = lds_map_view_get_model (self->view);
  LdsMapDay *day = model != NULL ? lds_map_day_get_for_model (model) : NULL;
  g_autoptr(GError) error = NULL;
  LdsMapDayChange change;

  if (self->dirty || day == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      queue_rebuild (self);
      return;
    }
  change = lds_map_day_move (day, lds_context_get_store (self->context),
                             lds_context_get_at (self->context), &error);
  if (error != NULL)
    g_warning ("Could not read the history of the map: %s", error->message);
  if (change == LDS_MAP_DAY_REBUILD)
    {
      queue_rebuild (self);
      return;
    }
  set_badges (self, model);
  lds_map_view_values_changed (self->view, change == LDS_MAP_DAY_RESHAPED);
}

static void
coach_changed_cb (LdsMapPage *self)
{
  LdsMapModel *model = lds_map_view_get_model (self->view);

  if (self->dirty || model == NULL)
    return;
  set_badges (self, model);
  lds_map_view_values_changed (self->view, FALSE);
}

static void
show_findings (LdsMapPage *self,
               LdsId       objective_id)
{
  if (objective_id != 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-coach-findings", "(ix)",
                                (int) LDS_RECORD_OBJECTIVE, (gint64) objective_id);
}

static void
view_coach_badge_cb (LdsMapPage *self,
                     gint64      objective_id)
{
  show_findings (self, objective_id);
}

static void
context_objective_changed_cb (LdsMapPage *self)
{
  LdsId id = lds_context_get_objective_id (self->context);

  if (self->syncing || id == lds_map_view_get_selected (self->view))
    return;
  self->syncing = TRUE;
  if (!lds_map_view_select (self->view, id))
    lds_map_view_select (self->view, 0);
  self->syncing = FALSE;
}

static void
store_changed_cb (LdsMapPage *self,
                  LdsChanges *changes)
{
  if (changes->everything || changes->settings ||
      (changes->types & ((1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) | (1 << LDS_RECORD_CYCLE) |
                         (1 << LDS_RECORD_OBJECTIVE) | (1 << LDS_RECORD_KEY_RESULT) |
                         (1 << LDS_RECORD_LINK) | (1 << LDS_RECORD_CHECKIN))))
    queue_rebuild (self);
}

static void
view_selected_cb (LdsMapPage *self)
{
  if (!self->syncing)
    lds_context_set_objective_id (self->context, lds_map_view_get_selected (self->view));
  _lds_map_page_update_actions (self);
}

static void
view_activate_cb (LdsMapPage *self,
                  gint64      objective_id)
{
  lds_context_open_record (self->context, LDS_RECORD_OBJECTIVE, objective_id);
}

static void
view_align_cb (LdsMapPage *self,
               gint64      objective_id,
               gint64      key_result_id)
{
  g_autoptr(GError) error = NULL;

  if (!lds_map_align_objective (lds_context_get_store (self->context), objective_id, key_result_id,
                                &error))
    lds_show_error_over (GTK_WIDGET (self), _("Could not align the objective"), error);
}

static void
search_changed_cb (LdsMapPage *self)
{
  lds_map_view_set_search (self->view, gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  update_match_label (self);
}

static void
search_activate_cb (LdsMapPage *self)
{
  lds_map_view_next_match (self->view, TRUE);
  update_match_label (self);
}

static void
search_stop_cb (LdsMapPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

/* Actions */

static void
show_findings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);

  show_findings (self, lds_map_view_get_selected (self->view));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
match_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);

  lds_map_view_next_match (self->view, g_str_equal (action_name, "map-page.next-match"));
  update_match_label (self);
}

/* Zooming and the like are the view's; the toolbar's buttons reach them here. */
static void
view_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);
  const char *name = action_name + strlen ("map-page.");
  g_autofree char *view_action_name = g_strconcat ("map.", name, NULL);

  gtk_widget_activate_action (GTK_WIDGET (self->view), view_action_name, NULL);
}

/* LdsView */

/* A new (floating) copy of a state */
static GVariant *
copy_state (GVariant *state)
{
  gboolean left_to_right, focus;
  double scale, x, y;
  const char *search;

  g_variant_get (state, "(bdddb&s)", &left_to_right, &scale, &x, &y, &focus, &search);
  return g_variant_new ("(bdddbs)", left_to_right, scale, x, y, focus, search);
}

static GVariant *
lds_map_page_save_state (LdsView *view)
{
  LdsMapPage *self = LDS_MAP_PAGE (view);
  double x, y;

  /* Not shown since it was given a state: that state, as it was */
  if (self->pending_state != NULL)
    return copy_state (self->pending_state);
  /* Never shown: nothing placed yet, the map places itself when shown. */
  if (!self->shown)
    return NULL;
  lds_map_view_get_center (self->view, &x, &y);
  return g_variant_new ("(bdddbs)", lds_map_view_get_orientation (self->view) == LDS_MAP_LEFT_RIGHT,
                        lds_map_view_get_scale (self->view), x, y,
                        lds_map_view_get_focus_mode (self->view),
                        gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
apply_state (LdsMapPage *self,
             GVariant   *state)
{
  gboolean left_to_right, focus;
  double scale, x, y;
  const char *search;

  g_variant_get (state, "(bdddb&s)", &left_to_right, &scale, &x, &y, &focus, &search);
  if (self->dirty)
    rebuild (self);
  lds_map_view_set_orientation (self->view, left_to_right ? LDS_MAP_LEFT_RIGHT : LDS_MAP_TOP_DOWN);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), search);
  lds_map_view_set_focus_mode (self->view, focus);
  lds_map_view_set_scale (self->view, scale);
  lds_map_view_center_on (self->view, x, y);
}

/* A hidden map (a window built again showing another view) keeps the
 * state until it is shown: laying out a large organisation's map is then
 * not in the way. */
static void
lds_map_page_restore_state (LdsView  *view,
                            GVariant *state)
{
  LdsMapPage *self = LDS_MAP_PAGE (view);

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(bdddbs)")))
    return;
  g_clear_pointer (&self->pending_state, g_variant_unref);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->pending_state = g_variant_ref_sink (copy_state (state));
      return;
    }
  apply_state (self, state);
}

static void
lds_map_page_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_map_page_save_state;
  iface->restore_state = lds_map_page_restore_state;
}

/* GtkWidget */

static void
lds_map_page_map (GtkWidget *widget)
{
  LdsMapPage *self = LDS_MAP_PAGE (widget);

  GTK_WIDGET_CLASS (lds_map_page_parent_class)->map (widget);
  if (self->dirty)
    rebuild (self);
  self->shown = TRUE;
  if (self->pending_state != NULL)
    {
      g_autoptr(GVariant) state = g_steal_pointer (&self->pending_state);

      apply_state (self, state);
    }
}

/* GObject */

static void
lds_map_page_constructed (GObject *object)
{
  LdsMapPage *self = LDS_MAP_PAGE (object);

  G_OBJECT_CLASS (lds_map_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);

  g_signal_connect_object (self->context, "notify::cycle-id",
                           G_CALLBACK (context_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::owner-id",
                           G_CALLBACK (context_filter_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::objective-id",
                           G_CALLBACK (context_objective_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::at",
                           G_CALLBACK (context_day_changed_cb), self, G_CONNECT_SWAPPED);
  self->coach = g_object_ref (lds_coach_model_get_for_context (self->context));
  g_signal_connect_object (self->coach, "changed", G_CALLBACK (coach_changed_cb), self,
                           G_CONNECT_SWAPPED);
  lds_date_control_set_context (self->date_control, self->context);
  lds_date_control_add_shortcuts (self->date_control, GTK_WIDGET (self));
  g_signal_connect_object (lds_context_get_store (self->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  self->dirty = TRUE;
  _lds_map_page_update_actions (self);
}

static void
lds_map_page_dispose (GObject *object)
{
  LdsMapPage *self = LDS_MAP_PAGE (object);

  g_clear_handle_id (&self->zoom_idle, g_source_remove);
  _lds_map_page_dispose_export (self);
  g_clear_pointer (&self->pending_state, g_variant_unref);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_MAP_PAGE);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  if (self->coach != NULL)
    g_signal_handlers_disconnect_by_data (self->coach, self);
  g_clear_object (&self->coach);
  g_clear_object (&self->context);
  g_clear_pointer (&self->text, lds_map_text_unref);

  G_OBJECT_CLASS (lds_map_page_parent_class)->dispose (object);
}

static void
lds_map_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LdsMapPage *self = LDS_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_SHOW_DRAFTS:
      g_value_set_boolean (value, self->show_drafts);
      break;
    case PROP_SHOW_CANCELLED:
      g_value_set_boolean (value, self->show_cancelled);
      break;
    case PROP_SHOW_CONTEXT:
      g_value_set_boolean (value, self->show_context);
      break;
    case PROP_SHOW_DEPENDS:
      g_value_set_boolean (value, lds_map_view_get_show_depends (self->view));
      break;
    case PROP_HIGHLIGHT_UNALIGNED:
      g_value_set_boolean (value, lds_map_view_get_highlight_unaligned (self->view));
      break;
    case PROP_LEFT_TO_RIGHT:
      g_value_set_boolean (value, lds_map_view_get_orientation (self->view) == LDS_MAP_LEFT_RIGHT);
      break;
    case PROP_FOCUS_MODE:
      g_value_set_boolean (value, lds_map_view_get_focus_mode (self->view));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_filter (LdsMapPage *self,
            gboolean   *field,
            gboolean    value,
            guint       prop_id)
{
  if (*field == value)
    return;
  *field = value;
  queue_rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
lds_map_page_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LdsMapPage *self = LDS_MAP_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_SHOW_DRAFTS:
      set_filter (self, &self->show_drafts, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_CANCELLED:
      set_filter (self, &self->show_cancelled, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_CONTEXT:
      set_filter (self, &self->show_context, g_value_get_boolean (value), prop_id);
      break;
    case PROP_SHOW_DEPENDS:
      lds_map_view_set_show_depends (self->view, g_value_get_boolean (value));
      break;
    case PROP_HIGHLIGHT_UNALIGNED:
      lds_map_view_set_highlight_unaligned (self->view, g_value_get_boolean (value));
      break;
    case PROP_LEFT_TO_RIGHT:
      lds_map_view_set_orientation (self->view, g_value_get_boolean (value) ? LDS_MAP_LEFT_RIGHT
                                                                            : LDS_MAP_TOP_DOWN);
      break;
    case PROP_FOCUS_MODE:
      lds_map_view_set_focus_mode (self->view, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The view's own settings, seen through the page's properties (for the
 * toolbar's and menu's toggles). */
static void
forward_notify (LdsMapPage *self,
                GParamSpec *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  if (g_str_equal (name, "show-depends"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DEPENDS]);
  else if (g_str_equal (name, "highlight-unaligned"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_UNALIGNED]);
  else if (g_str_equal (name, "orientation"))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEFT_TO_RIGHT]);
  else if (g_str_equal (name, "focus-mode"))
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_MODE]);
      _lds_map_page_update_actions (self);
    }
  else if (g_str_equal (name, "scale") && self->zoom_idle == 0)
    /* The view zooms while it is being allocated (to fit a new map); the
     * toolbar's label changes after. */
    self->zoom_idle = g_idle_add_once (zoom_idle_cb, self);
  else if (g_str_equal (name, "n-matches"))
    update_match_label (self);
  else if (g_str_equal (name, "model"))
    _lds_map_page_update_actions (self);
}

static void
lds_map_page_class_init (LdsMapPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_map_page_constructed;
  object_class->dispose = lds_map_page_dispose;
  object_class->get_property = lds_map_page_get_property;
  object_class->set_property = lds_map_page_set_property;
  widget_class->map = lds_map_page_map;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  properties[PROP_CONTEXT] = g_object_class_find_property (object_class, "context");
  properties[PROP_SHOW_DRAFTS] =
    g_param_spec_boolean ("show-drafts", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CANCELLED] =
    g_param_spec_boolean ("show-cancelled", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CONTEXT] =
    g_param_spec_boolean ("show-context", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DEPENDS] =
    g_param_spec_boolean ("show-depends", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT_UNALIGNED] =
    g_param_spec_boolean ("highlight-unaligned", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEFT_TO_RIGHT] =
    g_param_spec_boolean ("left-to-right", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_MODE] =
    g_param_spec_boolean ("focus-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  for (guint i = PROP_SHOW_DRAFTS; i < N_PROPS; i++)
    g_object_class_install_property (object_class, i, properties[i]);

  g_type_ensure (LDS_TYPE_MAP_VIEW);
  g_type_ensure (LDS_TYPE_DATE_CONTROL);
  g_type_ensure (LDS_TYPE_EMPTY_STATE);
  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-map-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, date_control);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, empty_state);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, export_bar);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, export_button);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, export_label);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, export_progress);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, match_label);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, show_button);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, view);
  gtk_widget_class_bind_template_child (widget_class, LdsMapPage, zoom_button);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "map-page.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "map-page.show-findings", NULL,
                                   show_findings_action);
  gtk_widget_class_install_action (widget_class, "map-page.next-match", NULL, match_action);
  gtk_widget_class_install_action (widget_class, "map-page.previous-match", NULL, match_action);
  gtk_widget_class_install_action (widget_class, "map-page.zoom-in", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "map-page.zoom-out", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "map-page.zoom-reset", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "map-page.zoom-fit", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "map-page.zoom-selection", NULL, view_action);
  gtk_widget_class_install_action (widget_class, "map-page.expand-all", NULL, view_action);
  gtk_widget_class_install_property_action (widget_class, "map-page.show-drafts", "show-drafts");
  gtk_widget_class_install_property_action (widget_class, "map-page.show-cancelled", "show-cancelled");
  gtk_widget_class_install_property_action (widget_class, "map-page.show-context", "show-context");
  gtk_widget_class_install_property_action (widget_class, "map-page.show-depends", "show-depends");
  gtk_widget_class_install_property_action (widget_class, "map-page.highlight-unaligned",
                                            "highlight-unaligned");
  gtk_widget_class_install_property_action (widget_class, "map-page.left-to-right", "left-to-right");
  gtk_widget_class_install_property_action (widget_class, "map-page.focus-mode", "focus-mode");
  _lds_map_page_class_init_export (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "map-page.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                       "map-page.next-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map-page.previous-match", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK,
                                       "map-page.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK,
                                       "map-page.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK,
                                       "map-page.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK,
                                       "map-page.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_r, GDK_CONTROL_MASK,
                                       "map-page.left-to-right", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "map-page.show-findings", NULL);
}

static void
lds_map_page_init (LdsMapPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->show_drafts = TRUE;
  self->show_context = TRUE;
  self->text = lds_map_text_new ();

  g_signal_connect_object (self->view, "notify::selected-id",
                           G_CALLBACK (view_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "notify", G_CALLBACK (forward_notify), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "activate-objective", G_CALLBACK (view_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "align-requested", G_CALLBACK (view_align_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->view, "coach-badge-activated", G_CALLBACK (view_coach_badge_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "next-match", G_CALLBACK (search_activate_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (search_stop_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  update_zoom_label (self);
  update_match_label (self);
}

GtkWidget *
lds_map_page_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_MAP_PAGE, "context", context, NULL);
}

/**
 * lds_map_page_get_view:
 *
 * Returns: (transfer none): the map widget
 */
LdsMapView *
lds_map_page_get_view (LdsMapPage *self)
{
  g_return_val_if_fail (LDS_IS_MAP_PAGE (self), NULL);

  return self->view;
}

/**
 * lds_map_page_is_exporting:
 *
 * Returns: whether an export of the map is being written (in another
 *   thread: the window goes on answering meanwhile)
 */
gboolean
lds_map_page_is_exporting (LdsMapPage *self)
{
  g_return_val_if_fail (LDS_IS_MAP_PAGE (self), FALSE);

  return self->export != NULL;
}
