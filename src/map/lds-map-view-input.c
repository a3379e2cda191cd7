/* lds-map-view-input.c: mouse, touch and keyboard on the map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything the mouse does has a key (and every key is listed in the
 * shortcuts window): arrows move between objectives, Enter opens, Space
 * collapses, + − 0 1 . zoom, F focuses, Shift+arrows pan, Menu opens the
 * context menu.
 */

#define G_LOG_DOMAIN "lds-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-map-view-private.h"

#define ZOOM_STEP 1.25
#define DRAG_THRESHOLD 8.0
#define EDGE_SCROLL 32.0

static guint
first_root (LdsMapView *self)
{
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (self->model, &n_roots);

  for (guint i = 0; i < n_roots; i++)
    if (lds_map_layout_is_visible (self->layout, roots[i]))
      return roots[i];
  return LDS_MAP_NONE;
}

/* Actions */

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  double x = gtk_widget_get_width (widget) / 2.0, y = gtk_widget_get_height (widget) / 2.0;

  if (g_str_equal (action_name, "map.zoom-fit"))
    {
      lds_map_view_zoom_to_fit (self);
      return;
    }
  if (g_str_equal (action_name, "map.zoom-selection"))
    {
      lds_map_view_zoom_to_selection (self);
      return;
    }
  if (self->pointer_inside)
    {
      x = self->pointer_x;
      y = self->pointer_y;
    }
  if (g_str_equal (action_name, "map.zoom-in"))
    lds_map_view_zoom_at (self, ZOOM_STEP, x, y);
  else if (g_str_equal (action_name, "map.zoom-out"))
    lds_map_view_zoom_at (self, 1 / ZOOM_STEP, x, y);
  else
    lds_map_view_zoom_at (self, 1.0 / self->scale, x, y);
}

static void
select_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  const char *key = g_variant_get_string (parameter, NULL);
  gboolean top_down = self->orientation == LDS_MAP_TOP_DOWN;
  LdsMapDirection direction;
  guint next;

  if (self->layout == NULL)
    return;
  if (self->selected == LDS_MAP_NONE || !lds_map_layout_is_visible (self->layout, self->selected) ||
      g_str_equal (key, "top"))
    {
      _lds_map_view_select_node (self, first_root (self), TRUE);
      return;
    }

  /* Screen directions to tree directions */
  if (g_str_equal (key, "up"))
    direction = top_down ? LDS_MAP_TOWARDS_PARENT : LDS_MAP_TOWARDS_PREVIOUS;
  else if (g_str_equal (key, "down"))
    direction = top_down ? LDS_MAP_TOWARDS_CHILD : LDS_MAP_TOWARDS_NEXT;
  else if (g_str_equal (key, "left"))
    direction = top_down ? LDS_MAP_TOWARDS_PREVIOUS : LDS_MAP_TOWARDS_PARENT;
  else
    direction = top_down ? LDS_MAP_TOWARDS_NEXT : LDS_MAP_TOWARDS_CHILD;

  next = lds_map_layout_neighbour (self->layout, self->selected, direction);
  if (next != LDS_MAP_NONE)
    _lds_map_view_select_node (self, next, TRUE);
  else
    gtk_widget_error_bell (widget);
}

static void
pan_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  double dx, dy;

  g_variant_get (parameter, "(dd)", &dx, &dy);
  /* A quarter of the view per step */
  self->placed = TRUE;
  _lds_map_view_set_origin (self, self->origin_x + dx * gtk_widget_get_width (widget) / 4 / self->scale,
                            self->origin_y + dy * gtk_widget_get_height (widget) / 4 / self->scale);
}

static void
activate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);

  if (self->selected != LDS_MAP_NONE)
    _lds_map_view_emit_activate (self, self->selected);
}

static void
toggle_collapsed_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);

  if (self->selected != LDS_MAP_NONE)
    _lds_map_view_toggle_collapsed (self, self->selected);
}

static void
expand_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  lds_map_view_expand_all (LDS_MAP_VIEW (widget));
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);

  if (self->dragging || self->drag_node != LDS_MAP_NONE)
    {
      self->dragging = FALSE;
      self->drag_node = self->drop_node = LDS_MAP_NONE;
      _lds_map_view_invalidate (self, FALSE);
    }
  else if (self->focus_mode)
    lds_map_view_set_focus_mode (self, FALSE);
}

static void
popup_menu (LdsMapView *self,
            guint       node,
            double      x,
            double      y)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  const LdsMapNode *n;

  if (node == LDS_MAP_NONE)
    return;
  _lds_map_view_select_node (self, node, FALSE);
  n = lds_map_model_get_node (self->model, node);

  g_menu_append (menu, _("_Open"), "map.activate");
  if (n->n_children > 0)
    g_menu_append (menu, lds_map_layout_is_collapsed (self->layout, node) ? _("_Expand") : _("_Collapse"),
                   "map.toggle-collapsed");
  g_menu_append (menu, self->focus_mode ? _("Show _Everything") : _("_Focus on This Objective"),
                 "map.focus-mode");
  g_menu_append (menu, _("_Zoom to Objective"), "map.zoom-selection");
  g_menu_append (section, _("E_xpand All"), "map.expand-all");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (section));

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
menu_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  double x = gtk_widget_get_width (widget) / 2.0, y = gtk_widget_get_height (widget) / 2.0;

  if (self->selected == LDS_MAP_NONE)
    return;
  lds_map_view_get_node_position (self, lds_map_view_get_selected (self), &x, &y);
  popup_menu (self, self->selected, x, y);
}

/* Dragging an objective */

void
_lds_map_view_update_drop (LdsMapView *self,
                           double      x,
                           double      y)
{
  guint target = _lds_map_view_node_at (self, x, y);
  double mx, my;

  self->pointer_x = x;
  self->pointer_y = y;
  self->drop_node = target;
  self->drop_kr = -1;
  self->drop_refused = FALSE;
  if (target == LDS_MAP_NONE)
    return;
  _lds_map_view_to_model (self, x, y, &mx, &my);
  self->drop_kr = lds_map_layout_key_result_at (self->layout, target, mx, my);
  /* Onto itself, or below itself: that would go round in a circle. */
  self->drop_refused = lds_map_model_is_ancestor (self->model, self->drag_node, target);
}

static gboolean
edge_scroll_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget), dx = 0, dy = 0;

  if (!self->dragging)
    return G_SOURCE_REMOVE;
  if (self->pointer_x < EDGE_SCROLL)
    dx = -(EDGE_SCROLL - self->pointer_x);
  else if (self->pointer_x > w - EDGE_SCROLL)
    dx = self->pointer_x - (w - EDGE_SCROLL);
  if (self->pointer_y < EDGE_SCROLL)
    dy = -(EDGE_SCROLL - self->pointer_y);
  else if (self->pointer_y > h - EDGE_SCROLL)
    dy = self->pointer_y - (h - EDGE_SCROLL);
  if (dx != 0 || dy != 0)
    {
      _lds_map_view_set_origin (self, self->origin_x + dx / 2 / self->scale,
                                self->origin_y + dy / 2 / self->scale);
      _lds_map_view_update_drop (self, self->pointer_x, self->pointer_y);
    }
  return G_SOURCE_CONTINUE;
}

/* Gestures */

static void
centre_on_overview (LdsMapView *self,
                    double      x,
                    double      y)
{
  const LdsMapRect *b = lds_map_layout_get_bounds (self->layout);
  graphene_rect_t *r = &self->overview_rect;
  double scale = MIN (r->size.width / b->width, r->size.height / b->height);
  double left = r->origin.x + (r->size.width - b->width * scale) / 2;
  double top = r->origin.y + (r->size.height - b->height * scale) / 2;

  self->placed = TRUE;
  lds_map_view_center_on (self, b->x + (x - left) / scale, b->y + (y - top) / scale);
}

static guint
badge_near (LdsMapView *self,
            double      x,
            double      y)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  double mx, my;

  _lds_map_view_to_model (self, x, y, &mx, &my);
  lds_map_layout_query (self->layout, &(LdsMapRect) { mx - 100, my - 40, 200, 80 }, nodes, NULL);
  for (guint i = 0; i < nodes->len; i++)
    if (_lds_map_view_badge_at (self, g_array_index (nodes, guint, i), x, y))
      return g_array_index (nodes, guint, i);
  return LDS_MAP_NONE;
}

static void
click_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  LdsMapView      *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  guint node, badge;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (self->layout == NULL)
    return;
  if (graphene_rect_contains_point (&self->overview_rect, &GRAPHENE_POINT_INIT (x, y)))
    {
      centre_on_overview (self, x, y);
      return;
    }
  node = _lds_map_view_node_at (self, x, y);
  if (button == GDK_BUTTON_SECONDARY)
    {
      popup_menu (self, node, x, y);
      return;
    }
  if (n_press == 1 && (badge = _lds_map_view_coach_badge_at (self, x, y)) != LDS_MAP_NONE)
    {
      _lds_map_view_select_node (self, badge, FALSE);
      _lds_map_view_emit_coach_badge (self, badge);
      return;
    }
  if (node == LDS_MAP_NONE && (badge = badge_near (self, x, y)) != LDS_MAP_NONE)
    {
      _lds_map_view_toggle_collapsed (self, badge);
      return;
    }
  if (n_press == 2 && node != LDS_MAP_NONE)
    _lds_map_view_emit_activate (self, node);
  else if (n_press == 1)
    _lds_map_view_select_node (self, node, FALSE);
}

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               LdsMapView     *self)
{
  self->on_overview = graphene_rect_contains_point (&self->overview_rect, &GRAPHENE_POINT_INIT (x, y));
  self->drag_origin_x = self->origin_x;
  self->drag_origin_y = self->origin_y;
  self->dragging = FALSE;
  self->panning = FALSE;
  self->drag_node = self->on_overview ? LDS_MAP_NONE : _lds_map_view_node_at (self, x, y);
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                LdsMapView     *self)
{
  double sx, sy;

  if (self->layout == NULL)
    return;
  gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
  if (self->on_overview)
    {
      centre_on_overview (self, sx + dx, sy + dy);
      return;
    }
  if (!self->dragging && !self->panning && hypot (dx, dy) < DRAG_THRESHOLD)
    return;

  if (self->drag_node != LDS_MAP_NONE)
    {
      if (!self->dragging)
        {
          self->dragging = TRUE;
          gtk_widget_set_cursor_from_name (GTK_WIDGET (self), "grabbing");
          gtk_widget_add_tick_callback (GTK_WIDGET (self), edge_scroll_cb, NULL, NULL);
        }
      _lds_map_view_update_drop (self, sx + dx, sy + dy);
      _lds_map_view_invalidate (self, FALSE);
      return;
    }
  self->panning = TRUE;
  self->placed = TRUE;
  _lds_map_view_set_origin (self, self->drag_origin_x - dx / self->scale,
                            self->drag_origin_y - dy / self->scale);
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             LdsMapView     *self)
{
  double sx, sy;

  if (self->dragging && self->drag_node != LDS_MAP_NONE)
    {
      gtk_gesture_drag_get_start_point (gesture, &sx, &sy);
      lds_map_view_drop (self, lds_map_model_get_node (self->model, self->drag_node)->id, sx + dx,
                         sy + dy);
    }
  gtk_widget_set_cursor (GTK_WIDGET (self), NULL);
  self->dragging = self->panning = self->on_overview = FALSE;
  self->drag_node = self->drop_node = LDS_MAP_NONE;
  _lds_map_view_invalidate (self, FALSE);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           LdsMapView               *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (self->layout == NULL)
    return FALSE;
  self->placed = TRUE;
  if (state & GDK_CONTROL_MASK)
    {
      lds_map_view_zoom_at (self, pow (ZOOM_STEP, -dy), self->pointer_x, self->pointer_y);
      return TRUE;
    }
  if ((state & GDK_SHIFT_MASK) && dx == 0)
    {
      dx = dy;
      dy = 0;
    }
  _lds_map_view_set_origin (self, self->origin_x + dx * 50 / self->scale,
                            self->origin_y + dy * 50 / self->scale);
  return TRUE;
}

static void
zoom_begin_cb (GtkGesture       *gesture,
               GdkEventSequence *sequence,
               LdsMapView       *self)
{
  self->zoom_begin_scale = self->scale;
}

static void
zoom_scale_changed_cb (GtkGestureZoom *gesture,
                       double          scale,
                       LdsMapView     *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    return;
  lds_map_view_zoom_at (self, self->zoom_begin_scale * scale / self->scale, x, y);
}

static void
motion_cb (GtkEventControllerMotion *controller,
           double                    x,
           double                    y,
           LdsMapView               *self)
{
  guint hovered;

  self->pointer_x = x;
  self->pointer_y = y;
  self->pointer_inside = TRUE;
  hovered = _lds_map_view_node_at (self, x, y);
  if (hovered != self->hovered)
    {
      self->hovered = hovered;
      _lds_map_view_invalidate (self, FALSE);
    }
}

static void
leave_cb (GtkEventControllerMotion *controller,
          LdsMapView               *self)
{
  self->pointer_inside = FALSE;
  if (self->hovered != LDS_MAP_NONE)
    {
      self->hovered = LDS_MAP_NONE;
      _lds_map_view_invalidate (self, FALSE);
    }
}

void
_lds_map_view_init_input (LdsMapView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *zoom = gtk_gesture_zoom_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *motion = gtk_event_controller_motion_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect (zoom, "begin", G_CALLBACK (zoom_begin_cb), self);
  g_signal_connect (zoom, "scale-changed", G_CALLBACK (zoom_scale_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (zoom));

  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  g_signal_connect (motion, "enter", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

static void
bind_select (GtkWidgetClass *widget_class,
             guint           key,
             guint           keypad,
             const char     *direction)
{
  gtk_widget_class_add_binding_action (widget_class, key, 0, "map.select", "s", direction);
  gtk_widget_class_add_binding_action (widget_class, keypad, 0, "map.select", "s", direction);
}

static void
bind_pan (GtkWidgetClass *widget_class,
          guint           key,
          double          dx,
          double          dy)
{
  gtk_widget_class_add_binding_action (widget_class, key, GDK_SHIFT_MASK, "map.pan", "(dd)", dx, dy);
}

void
_lds_map_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "map.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.zoom-selection", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "map.select", "s", select_action);
  gtk_widget_class_install_action (widget_class, "map.pan", "(dd)", pan_action);
  gtk_widget_class_install_action (widget_class, "map.activate", NULL, activate_action);
  gtk_widget_class_install_action (widget_class, "map.toggle-collapsed", NULL, toggle_collapsed_action);
  gtk_widget_class_install_action (widget_class, "map.expand-all", NULL, expand_all_action);
  gtk_widget_class_install_action (widget_class, "map.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "map.menu", NULL, menu_action);
  gtk_widget_class_install_property_action (widget_class, "map.focus-mode", "focus-mode");

  bind_select (widget_class, GDK_KEY_Up, GDK_KEY_KP_Up, "up");
  bind_select (widget_class, GDK_KEY_Down, GDK_KEY_KP_Down, "down");
  bind_select (widget_class, GDK_KEY_Left, GDK_KEY_KP_Left, "left");
  bind_select (widget_class, GDK_KEY_Right, GDK_KEY_KP_Right, "right");
  bind_select (widget_class, GDK_KEY_Home, GDK_KEY_KP_Home, "top");
  bind_pan (widget_class, GDK_KEY_Up, 0, -1);
  bind_pan (widget_class, GDK_KEY_Down, 0, 1);
  bind_pan (widget_class, GDK_KEY_Left, -1, 0);
  bind_pan (widget_class, GDK_KEY_Right, 1, 0);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_ISO_Enter, 0, "map.activate", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "map.toggle-collapsed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "map.toggle-collapsed", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_asterisk, 0, "map.expand-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Multiply, 0, "map.expand-all", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, 0, "map.focus-mode", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "map.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "map.menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "map.menu", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, 0, "map.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, 0, "map.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, 0, "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, 0, "map.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1, 0, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_1, 0, "map.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_period, 0, "map.zoom-selection", NULL);
}
