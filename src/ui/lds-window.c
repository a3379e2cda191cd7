/* lds-window.c: the main window of one organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is a frame: the sidebar holds the organisation's name, the
 * cycle selector and the organisation tree (company → departments → teams →
 * people); the content is a stack of views (the table below), switched from
 * the header bar or with Ctrl+1, Ctrl+2, …. What the sidebar chooses goes
 * into the window's LdsContext, which every view follows; and the sidebar
 * follows the context in turn, when a view (the map, a search, a link)
 * shows another owner or cycle. The actions (undo, the organisation, the
 * cycles) are in lds-window-actions.c, the search in lds-window-search.c.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-application.h"
#include "lds-changes-view.h"
#include "lds-checkin-view.h"
#include "lds-coach-model.h"
#include "lds-coach-view.h"
#include "lds-dialogs.h"
#include "lds-kpi-view.h"
#include "lds-form.h"
#include "lds-map-page.h"
#include "lds-midcycle-view.h"
#include "lds-objectives-view.h"
#include "lds-org-model.h"
#include "lds-pickers.h"
#include "lds-record-object.h"
#include "lds-resources-private.h"
#include "lds-store-lookup.h"
#include "lds-store-okr.h"
#include "lds-window-private.h"


/* The views of the window, in the order of the view switcher. */
static const struct
{
  const char   *name;
  const char   *title;
  GType       (*get_type) (void);
} views[] = {
  { "objectives", N_("Objectives"), lds_objectives_view_get_type },
  { "map", N_("Alignment Map"), lds_map_page_get_type },
  { "coach", N_("Coach"), lds_coach_view_get_type },
  { "checkins", N_("Check-ins"), lds_checkin_view_get_type },
  { "midcycle", N_("Mid-cycle Review"), lds_midcycle_view_get_type },
  { "changes", N_("Changes"), lds_changes_view_get_type },
  { "kpis", N_("KPIs"), lds_kpi_view_get_type },
};

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsWindow, lds_window, GTK_TYPE_APPLICATION_WINDOW)

/* Helpers */

LdsRecordObject *
_lds_window_selected_owner (LdsWindow *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->org_selection);

  if (row == NULL)
    return NULL;
  return gtk_tree_list_row_get_item (row);
}

static void
update_title (LdsWindow *self)
{
  const char *path = lds_store_get_path (self->store);
  g_autofree char *basename = path != NULL ? g_filename_display_basename (path) : NULL;
  const char *company = lds_org_model_get_company_name (self->org_model);

  gtk_label_set_label (self->title_label, company != NULL ? company : _("Lodestar"));
  gtk_label_set_label (self->subtitle_label, basename != NULL ? basename : "");
  gtk_window_set_title (GTK_WINDOW (self), company != NULL ? company : _("Lodestar"));
  gtk_stack_set_visible_child_name (self->content_stack, company != NULL ? "views" : "empty");
}

static guint
default_cycle_position (LdsWindow *self)
{
  g_autoptr(LdsCycle) current = lds_store_current_cycle (self->store, NULL);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cycles));

  for (guint i = 0; current != NULL && i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (G_LIST_MODEL (self->cycles), i);

      if (lds_record_object_get_id (item) == current->id)
        return i;
    }
  return 0;
}

static void
reload_cycles (LdsWindow *self)
{
  g_autoptr(GListModel) cycles = lds_cycle_model_new (self->store, FALSE);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  LdsId previous = lds_context_get_cycle_id (self->context);
  guint position = GTK_INVALID_LIST_POSITION;
  guint n = g_list_model_get_n_items (cycles);

  /* The cycles in the order of their nesting: a year, then its quarters. */
  for (guint i = 0; i < n; i++)
    {
      LdsRecordObject *item = g_list_model_get_item (cycles, i);

      if (lds_record_object_get_id (item) == previous && self->cycle_chosen)
        position = i;
      g_ptr_array_add (items, item);
    }

  self->reloading = TRUE;
  g_list_store_splice (self->cycles, 0, g_list_model_get_n_items (G_LIST_MODEL (self->cycles)),
                       items->pdata, items->len);
  if (position == GTK_INVALID_LIST_POSITION)
    position = default_cycle_position (self);
  gtk_drop_down_set_selected (self->cycle_dropdown, items->len > 0 ? position
                                                                   : GTK_INVALID_LIST_POSITION);
  self->reloading = FALSE;
  lds_context_set_cycle_id (self->context, lds_window_get_cycle_id (self));
}

/* Hands the tree's choice (a unit of id 0 when none) to the context and
 * remembers it. @only_new: not when it is the choice handed last (see
 * selection_changed_cb()). */
static void
sync_owner (LdsWindow *self,
            gboolean   only_new)
{
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);
  LdsRecordType type = owner != NULL ? lds_record_object_get_kind (owner) : LDS_RECORD_UNIT;
  LdsId id = owner != NULL ? lds_record_object_get_id (owner) : 0;

  if (only_new && type == self->told_type && id == self->told_id)
    return;
  self->told_type = type;
  self->told_id = id;
  lds_context_set_owner (self->context, type, id);
}

/* Signal callbacks */

static void
store_changed_cb (LdsWindow  *self,
                  LdsChanges *changes,
                  LdsStore   *store)
{
  if (lds_changes_has_type (changes, LDS_RECORD_CYCLE))
    reload_cycles (self);
  if (lds_changes_has_type (changes, LDS_RECORD_UNIT) ||
      lds_changes_has_type (changes, LDS_RECORD_PERSON))
    {
      LdsRecordType type = lds_context_get_owner_type (self->context);
      LdsId id = lds_context_get_owner_id (self->context);

      /* Keep the same unit or person chosen across the reload. */
      self->reloading = TRUE;
      lds_org_model_reload (self->org_model);
      self->reloading = FALSE;
      if (id == 0 || !lds_window_select_owner (self, type, id))
        gtk_single_selection_set_selected (self->org_selection, 0);
      sync_owner (self, FALSE);
      update_title (self);
    }
  _lds_window_update_actions (self);
}

/* The tree tells the views of a new choice only. It also says "changed"
 * when rows open above the chosen one, and the choice it still holds then
 * may be an old one: a view has just shown another owner, whose rows the
 * tree is opening. Handed back to the context during the context's own
 * notification, it would start that notification over (GObject's notify
 * does not recurse), and every view would build the new owner's page
 * twice. */
static void
selection_changed_cb (LdsWindow *self)
{
  if (!self->reloading)
    sync_owner (self, TRUE);
  _lds_window_update_actions (self);
}

static void
cycle_changed_cb (LdsWindow *self)
{
  if (self->reloading)
    return;
  self->cycle_chosen = TRUE;
  lds_context_set_cycle_id (self->context, lds_window_get_cycle_id (self));
}

/* The views */

/* The views are made once the window is on screen, which it then is
 * sooner: until then, empty pages of the same names and titles hold their
 * places in the view switcher. The objectives, the page shown first, are
 * made as soon as the first frame is drawn; the others, which take a
 * while to make, when nothing else waits, or the moment one is wanted. */

#define N_VIEWS G_N_ELEMENTS (views)

/* Adds the pages from @first on, in the switcher's order: the views
 * before @n_made, placeholders after them. */
static void
add_pages (LdsWindow *self,
           guint      first,
           guint      n_made)
{
  for (guint i = first; i < N_VIEWS; i++)
    {
      GtkWidget *page;

      if (i < n_made)
        page = g_object_new (views[i].get_type (), "context", self->context, NULL);
      else
        page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_stack_add_titled (self->views_stack, page, views[i].name, _(views[i].title));
    }
}

/* Makes the views up to @last in place of their placeholders; the page
 * shown stays shown. */
static void
make_views (LdsWindow *self,
            guint      last)
{
  g_autofree char *visible = NULL;
  guint first = self->n_views_made;

  if (last < first)
    return;
  self->n_views_made = last + 1;
  visible = g_strdup (gtk_stack_get_visible_child_name (self->views_stack));
  /* A stack has no way to put a page in the middle: the pages from the
   * first placeholder on are added again, in order. */
  self->replacing_views = TRUE;
  for (guint i = first; i < N_VIEWS; i++)
    gtk_stack_remove (self->views_stack,
                      gtk_stack_get_child_by_name (self->views_stack, views[i].name));
  add_pages (self, first, self->n_views_made);
  if (visible != NULL)
    gtk_stack_set_visible_child_name (self->views_stack, visible);
  self->replacing_views = FALSE;
}

void
_lds_window_make_views (LdsWindow *self)
{
  make_views (self, N_VIEWS - 1);
}

/* Once the window is on screen: the objectives first, filled before the
 * next frame; the others after that frame. */
static gboolean
make_views_cb (gpointer data)
{
  LdsWindow *self = data;

  self->views_id = 0;
  if (self->n_views_made == 0)
    {
      make_views (self, 0);
      self->views_id = g_idle_add (make_views_cb, self);
      return G_SOURCE_REMOVE;
    }
  _lds_window_make_views (self);
  /* The window manager's icon, for a copy run from its build folder */
  lds_application_ensure_icon ();
  return G_SOURCE_REMOVE;
}

/* A placeholder chosen in the view switcher: the views are made now. */
static void
visible_view_cb (LdsWindow *self)
{
  const char *name = gtk_stack_get_visible_child_name (self->views_stack);

  if (self->replacing_views || name == NULL)
    return;
  _lds_window_get_view (self, name);
}

GtkWidget *
_lds_window_get_view (LdsWindow  *self,
                      const char *name)
{
  for (guint i = self->n_views_made; i < N_VIEWS; i++)
    if (g_strcmp0 (name, views[i].name) == 0)
      {
        /* The objectives alone, as they are wanted first and most; any
         * other, all of them. */
        make_views (self, i == 0 ? 0 : N_VIEWS - 1);
        break;
      }
  return gtk_stack_get_child_by_name (self->views_stack, name);
}

static void
open_record_cb (LdsWindow     *self,
                int            type,
                gint64         id,
                LdsContext    *context)
{
  GtkWidget *view = _lds_window_get_view (self, "objectives");
  LdsId objective = id;

  /* The objectives view is where records are edited. */
  switch (type)
    {
    case LDS_RECORD_UNIT:
    case LDS_RECORD_PERSON:
      lds_context_set_owner (context, type, id);
      gtk_stack_set_visible_child_name (self->views_stack, "objectives");
      return;
    case LDS_RECORD_KEY_RESULT:
      {
        g_autoptr(LdsKeyResult) kr = lds_store_get (self->store, LDS_RECORD_KEY_RESULT, id, NULL);

        if (kr == NULL)
          return;
        objective = kr->objective_id;
      }
      break;
    case LDS_RECORD_OBJECTIVE:
      break;
    default:
      return;
    }
  lds_context_show_objective (context, objective);
  gtk_stack_set_visible_child_name (self->views_stack, "objectives");
  if (view != NULL)
    lds_objectives_view_show_record (LDS_OBJECTIVES_VIEW (view), type, id, TRUE);
}

/* A view showed another owner or cycle: the sidebar follows. */
static void
context_owner_cb (LdsWindow *self)
{
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId id = lds_context_get_owner_id (self->context);

  if (self->reloading || id == 0)
    return;
  if (owner != NULL && lds_record_object_get_kind (owner) == type &&
      lds_record_object_get_id (owner) == id)
    return;
  lds_window_select_owner (self, type, id);
  _lds_window_update_actions (self);
}

static void
context_cycle_cb (LdsWindow *self)
{
  LdsId id = lds_context_get_cycle_id (self->context);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->cycles));

  if (self->reloading || id == lds_window_get_cycle_id (self))
    return;
  self->cycle_chosen = TRUE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (G_LIST_MODEL (self->cycles), i);

      if (lds_record_object_get_id (item) == id)
        gtk_drop_down_set_selected (self->cycle_dropdown, i);
    }
}

static void
damaged_cb (LdsWindow *self)
{
  const GError *damage = lds_store_get_damage (self->store);

  if (damage == NULL)
    return;
  gtk_label_set_label (self->subtitle_label, _("Damaged: nothing can be changed"));
  lds_show_error (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self),
                  _("This organisation cannot be changed"), damage);
  _lds_window_update_actions (self);
}

/* Once the window is on screen, the file's pages can be checked; and the
 * start-up benchmark (LODESTAR_EXIT_WHEN_SHOWN) is told the time. */
static void
after_paint_cb (GdkFrameClock *clock,
                LdsWindow     *self)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  lds_store_start_background_check (self->store);
  if (self->views_id == 0)
    self->views_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 5, make_views_cb, self, NULL);
  if (g_getenv ("LODESTAR_EXIT_WHEN_SHOWN") == NULL)
    return;
  g_print ("lodestar: window shown\n");
  fflush (stdout);
  if (app != NULL)
    g_application_quit (app);
}

static void
realize_cb (LdsWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (clock != NULL)
    g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), self);
}

/* The main menu is made the first time it opens. */
static void
create_primary_menu_cb (GtkMenuButton *button,
                        gpointer       data)
{
  LdsWindow *self = data;
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  /* The recent files are read the first time they are asked for. */
  if (app != NULL)
    g_menu_append_section (self->recent_submenu, NULL,
                           lds_application_get_recent_menu (LDS_APPLICATION (app)));
  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static gboolean
close_request_cb (LdsWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  g_settings_set_int (self->settings, "sidebar-width", gtk_paned_get_position (self->paned));
  return FALSE;
}

/* Actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (_lds_window_get_view (self, name) != NULL)
    gtk_stack_set_visible_child_name (self->views_stack, name);
}

/* A badge of coach findings was clicked, on a row or the map: the coach
 * view shows the first finding about that record. */
static void
show_coach_findings_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  GtkWidget *view = _lds_window_get_view (self, "coach");
  int type = 0;
  gint64 id = 0;

  g_variant_get (parameter, "(ix)", &type, &id);
  if (view == NULL || type < 0 || type >= LDS_N_RECORD_TYPES)
    return;
  gtk_stack_set_visible_child_name (self->views_stack, "coach");
  lds_coach_view_show_record (LDS_COACH_VIEW (view), type, id);
}

/* The shortcuts window is read the first time it is asked for (F1,
 * Ctrl+?), not with every window. */
static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       data)
{
  LdsWindow *self = data;
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (self));

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH
                                                                     "/gtk/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), overlay);
    }
  gtk_window_present (GTK_WINDOW (overlay));
}

/* GObject */

static void
lds_window_constructed (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);

  G_OBJECT_CLASS (lds_window_parent_class)->constructed (object);

  g_assert (self->store != NULL);
  self->context = lds_context_new (self->store);
  /* Another Lodestar or `lodestar import` may write the same file. */
  lds_store_watch_others (self->store, TRUE);

  gtk_menu_button_set_create_popup_func (self->primary_menu_button, create_primary_menu_cb, self,
                                         NULL);
  {
    g_autoptr(GSimpleAction) help = g_simple_action_new ("show-help-overlay", NULL);

    g_signal_connect_object (help, "activate", G_CALLBACK (show_help_overlay_cb), self, 0);
    g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (help));
  }
  lds_record_dropdown_setup (GTK_WIDGET (self->cycle_dropdown));
  gtk_drop_down_set_model (self->cycle_dropdown, G_LIST_MODEL (self->cycles));

  self->org_model = lds_org_model_new (self->store);
  lds_org_model_set_coach (self->org_model, lds_coach_model_get_for_context (self->context));
  self->org_selection = gtk_single_selection_new (
    G_LIST_MODEL (g_object_ref (lds_org_model_get_tree (self->org_model))));
  gtk_list_view_set_model (self->org_view, GTK_SELECTION_MODEL (self->org_selection));
  {
    g_autoptr(GtkListItemFactory) factory = _lds_window_org_factory (self);
    gtk_list_view_set_factory (self->org_view, factory);
  }

  add_pages (self, 0, 0);
  /* The switcher makes its buttons once, rather than again for every
   * property of every page as it is added (each time asking the display
   * where the pointer is, for the buttons' tooltips). */
  gtk_stack_switcher_set_stack (self->view_switcher, self->views_stack);
  g_signal_connect_object (self->views_stack, "notify::visible-child",
                           G_CALLBACK (visible_view_cb), self, G_CONNECT_SWAPPED);

  reload_cycles (self);
  sync_owner (self, FALSE);
  update_title (self);
  _lds_window_init_actions (self);
  _lds_window_init_search (self);
  /* The keyboard starts in the organisation, not in the search. */
  gtk_widget_grab_focus (GTK_WIDGET (self->org_view));

  g_signal_connect_object (self->org_selection, "notify::selected",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->org_selection, "items-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cycle_dropdown, "notify::selected",
                           G_CALLBACK (cycle_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "open-record",
                           G_CALLBACK (open_record_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::owner-id",
                           G_CALLBACK (context_owner_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id",
                           G_CALLBACK (context_cycle_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::damaged",
                           G_CALLBACK (damaged_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "realize", G_CALLBACK (realize_cb), NULL);
}

static void
lds_window_dispose (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);

  /* What is being typed is given (saved) now, while the window is whole. */
  lds_form_flush_all (GTK_WIDGET (self));
  g_clear_handle_id (&self->views_id, g_source_remove);
  g_clear_object (&self->org_selection);
  g_clear_object (&self->org_model);
  g_clear_object (&self->result_selection);
  g_clear_object (&self->results);
  g_clear_pointer (&self->org_menu, gtk_widget_unparent);

  G_OBJECT_CLASS (lds_window_parent_class)->dispose (object);
}

static void
lds_window_finalize (GObject *object)
{
  LdsWindow *self = LDS_WINDOW (object);

  g_clear_object (&self->context);
  g_clear_object (&self->store);
  g_clear_object (&self->settings);
  g_clear_object (&self->cycles);

  G_OBJECT_CLASS (lds_window_parent_class)->finalize (object);
}

static void
lds_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LdsWindow *self = LDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LdsWindow *self = LDS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_window_class_init (LdsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_window_constructed;
  object_class->dispose = lds_window_dispose;
  object_class->finalize = lds_window_finalize;
  object_class->get_property = lds_window_get_property;
  object_class->set_property = lds_window_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LDS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LDS_TYPE_RECORD_OBJECT);
  lds_ensure_resources ();

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, cycle_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, org_view);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, recent_submenu);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, view_switcher);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, results_view);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, LdsWindow, views_stack);
  gtk_widget_class_bind_template_child_full (widget_class, "edit_section", FALSE,
                                             G_STRUCT_OFFSET (LdsWindow, edit_section));
  gtk_widget_class_bind_template_child_full (widget_class, "org_menu_model", FALSE,
                                             G_STRUCT_OFFSET (LdsWindow, org_menu_model));
  gtk_widget_class_bind_template_child_full (widget_class, "primary_menu", FALSE,
                                             G_STRUCT_OFFSET (LdsWindow, primary_menu));

  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.show-coach-findings", "(ix)",
                                   show_coach_findings_action);
  for (guint i = 0; i < N_VIEWS && i < 9; i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_CONTROL_MASK,
                                         "win.show-view", "s", views[i].name);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, 0, "menu.popup", NULL);
  _lds_window_class_init_actions (widget_class);
  _lds_window_class_init_search (widget_class);
}

static void
lds_window_init (LdsWindow *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each view's button as wide as its own name, not as the longest one:
   * seven views still leave the window narrow enough for half a screen. */
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self->view_switcher));
  if (GTK_IS_BOX_LAYOUT (layout))
    gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (layout), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view_switcher), "lds-view-switcher");

  self->settings = g_settings_new (APPLICATION_ID);
  self->cycles = g_list_store_new (LDS_TYPE_RECORD_OBJECT);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}

LdsWindow *
lds_window_new (LdsApplication *application,
                LdsStore       *store)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  return g_object_new (LDS_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * lds_window_get_store:
 *
 * Returns: (transfer none): the organisation file the window shows
 */
LdsStore *
lds_window_get_store (LdsWindow *self)
{
  g_return_val_if_fail (LDS_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * lds_window_get_context:
 *
 * Returns: (transfer none): what the window's views share
 */
LdsContext *
lds_window_get_context (LdsWindow *self)
{
  g_return_val_if_fail (LDS_IS_WINDOW (self), NULL);

  return self->context;
}

/**
 * lds_window_get_cycle_id:
 *
 * Returns: the cycle chosen in the window, or 0 when the organisation has none
 */
LdsId
lds_window_get_cycle_id (LdsWindow *self)
{
  gpointer item;

  g_return_val_if_fail (LDS_IS_WINDOW (self), 0);

  item = gtk_drop_down_get_selected_item (self->cycle_dropdown);
  return item != NULL ? lds_record_object_get_id (item) : 0;
}

/**
 * lds_window_select_owner:
 * @type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 *
 * Chooses a unit or person in the organisation tree, expanding the rows
 * above it. Returns whether it was found.
 */
gboolean
lds_window_select_owner (LdsWindow     *self,
                         LdsRecordType  type,
                         LdsId          id)
{
  guint position;

  g_return_val_if_fail (LDS_IS_WINDOW (self), FALSE);

  position = lds_org_model_expand_to (self->org_model, type, id);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->org_selection, position);
  return TRUE;
}

/**
 * lds_window_show_view:
 * @name: a view's name, such as "objectives"
 */
void
lds_window_show_view (LdsWindow  *self,
                      const char *name)
{
  g_return_if_fail (LDS_IS_WINDOW (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-view", "s", name);
}
