/* lds-map-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drawing follows sysprof's flame graph: the layout is computed apart from
 * drawing; the static picture is kept as a render node until the data, the
 * transform or the size change; hover and selection are drawn over it each
 * frame.
 */

#define G_LOG_DOMAIN "lds-map-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-format.h"
#include "lds-map-view-private.h"
#include "lds-score.h"

#define MARGIN 24.0
#define OVERVIEW_WIDTH 200.0
#define OVERVIEW_HEIGHT 120.0

enum {
  PROP_0,
  PROP_MODEL,
  PROP_ORIENTATION,
  PROP_SCALE,
  PROP_SELECTED_ID,
  PROP_FOCUS_MODE,
  PROP_HIGHLIGHT_UNALIGNED,
  PROP_SHOW_DEPENDS,
  PROP_N_MATCHES,
  N_PROPS
};

enum {
  ACTIVATE_OBJECTIVE,
  ALIGN_REQUESTED,
  COACH_BADGE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsMapView, lds_map_view, GTK_TYPE_WIDGET)

/* Helpers */

void
_lds_map_view_to_model (LdsMapView *self,
                        double      x,
                        double      y,
                        double     *mx,
                        double     *my)
{
  *mx = self->origin_x + x / self->scale;
  *my = self->origin_y + y / self->scale;
}

static void
to_widget (LdsMapView *self,
           double      mx,
           double      my,
           double     *x,
           double     *y)
{
  *x = (mx - self->origin_x) * self->scale;
  *y = (my - self->origin_y) * self->scale;
}

static LdsMapRect
visible_area (LdsMapView *self)
{
  return (LdsMapRect) { self->origin_x, self->origin_y,
                        gtk_widget_get_width (GTK_WIDGET (self)) / self->scale,
                        gtk_widget_get_height (GTK_WIDGET (self)) / self->scale };
}

guint
_lds_map_view_node_at (LdsMapView *self,
                       double      x,
                       double      y)
{
  double mx, my;

  if (self->layout == NULL)
    return LDS_MAP_NONE;
  _lds_map_view_to_model (self, x, y, &mx, &my);
  return lds_map_layout_node_at (self->layout, mx, my);
}

void
_lds_map_view_invalidate (LdsMapView *self,
                          gboolean    base)
{
  if (base)
    g_clear_pointer (&self->base, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/* Keeps some of the map in sight, however far one pans. */
void
_lds_map_view_set_origin (LdsMapView *self,
                          double      origin_x,
                          double      origin_y)
{
  double vw = gtk_widget_get_width (GTK_WIDGET (self)) / self->scale;
  double vh = gtk_widget_get_height (GTK_WIDGET (self)) / self->scale;

  if (self->layout != NULL && lds_map_layout_get_n_visible (self->layout) > 0)
    {
      const LdsMapRect *b = lds_map_layout_get_bounds (self->layout);

      origin_x = CLAMP (origin_x, b->x - vw * 0.8, MAX (b->x - vw * 0.8, b->x + b->width - vw * 0.2));
      origin_y = CLAMP (origin_y, b->y - vh * 0.8, MAX (b->y - vh * 0.8, b->y + b->height - vh * 0.2));
    }
  self->center_pending = FALSE;
  if (origin_x == self->origin_x && origin_y == self->origin_y)
    return;
  self->origin_x = origin_x;
  self->origin_y = origin_y;
  _lds_map_view_invalidate (self, TRUE);
}

static void
set_scale_at (LdsMapView *self,
              double      scale,
              double      x,
              double      y)
{
  double mx, my;

  scale = CLAMP (scale, LDS_MAP_VIEW_MIN_SCALE, LDS_MAP_VIEW_MAX_SCALE);
  if (scale == self->scale)
    return;
  _lds_map_view_to_model (self, x, y, &mx, &my);
  self->scale = scale;
  _lds_map_view_set_origin (self, mx - x / scale, my - y / scale);
  _lds_map_view_invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

static const LdsMapNode *
node_of (LdsMapView *self,
         guint       node)
{
  return lds_map_model_get_node (self->model, node);
}

/* The selection's way to the top, for the path highlight */
static void
update_path (LdsMapView *self)
{
  for (guint i = 0; i < self->path->len; i++)
    self->marks[g_array_index (self->path, guint, i)] &= ~LDS_MAP_MARK_PATH;
  g_array_set_size (self->path, 0);
  if (self->marks == NULL || self->selected == LDS_MAP_NONE)
    return;
  for (guint v = self->selected; v != LDS_MAP_NONE; v = node_of (self, v)->parent)
    {
      self->marks[v] |= LDS_MAP_MARK_PATH;
      g_array_append_val (self->path, v);
    }
}

static void
update_accessible (LdsMapView *self)
{
  g_autofree char *description = NULL;

  if (self->selected == LDS_MAP_NONE)
    description = g_strdup (_("No objective selected. The arrow keys move between objectives."));
  else
    {
      const LdsMapNode *n = node_of (self, self->selected);
      const LdsFileSettings *settings = lds_map_model_get_settings (self->model);
      g_autofree char *score = lds_format_score (n->score, settings->scale);
      LdsScoreBand band = lds_file_settings_band (settings, n->score);

      /* Translators: what a screen reader says about the objective selected in the map:
       * its title, score, score band ("On track") and owner */
      description = g_strdup_printf (_("%1$s. Score %2$s, %3$s. Owner: %4$s."), n->title, score,
                                     lds_enum_label (LDS_TYPE_SCORE_BAND, band), n->owner_name);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static int
compare_reading_order (gconstpointer a,
                       gconstpointer b,
                       gpointer      user_data)
{
  LdsMapView *self = user_data;
  guint x = *(const guint *) a, y = *(const guint *) b;
  const LdsMapNode *nx = node_of (self, x), *ny = node_of (self, y);
  const LdsMapRect *bx = lds_map_layout_get_box (self->layout, x);
  const LdsMapRect *by = lds_map_layout_get_box (self->layout, y);
  gboolean top_down = self->orientation == LDS_MAP_TOP_DOWN;

  if (nx->depth != ny->depth)
    return nx->depth < ny->depth ? -1 : 1;
  if (bx != NULL && by != NULL)
    {
      double px = top_down ? bx->x : bx->y, py = top_down ? by->x : by->y;
      double sx = top_down ? bx->y : bx->x, sy = top_down ? by->y : by->x;

      if (px != py)
        return px < py ? -1 : 1;
      if (sx != sy)
        return sx < sy ? -1 : 1;
    }
  return x < y ? -1 : (x > y ? 1 : 0);
}

static void
relayout (LdsMapView *self)
{
  LdsMapLayoutOptions options = LDS_MAP_LAYOUT_OPTIONS_DEFAULT;
  g_autofree guint8 *collapsed = NULL;
  guint n;

  g_clear_object (&self->layout);
  g_clear_pointer (&self->overview, gsk_render_node_unref);
  if (self->model == NULL)
    {
      _lds_map_view_invalidate (self, TRUE);
      return;
    }

  n = lds_map_model_get_n_nodes (self->model);
  if (g_hash_table_size (self->collapsed) > 0)
    {
      GHashTableIter iter;
      gpointer key;

      collapsed = g_new0 (guint8, MAX (n, 1));
      g_hash_table_iter_init (&iter, self->collapsed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          guint v = lds_map_model_find (self->model, *(gint64 *) key);
          if (v != LDS_MAP_NONE)
            collapsed[v] = 1;
        }
    }
  options.orientation = self->orientation;
  options.collapsed = collapsed;
  options.focus = self->focus_mode ? self->selected : LDS_MAP_NONE;
  self->layout = lds_map_layout_new (self->model, &options);

  if (self->matches->len > 0)
    g_array_sort_with_data (self->matches, compare_reading_order, self);
  _lds_map_view_invalidate (self, TRUE);
}

/* Keeps @node where it is on screen across a change of layout. */
static void
relayout_keeping (LdsMapView *self,
                  guint       node)
{
  const LdsMapRect *box;
  double x = 0, y = 0;
  gboolean anchored = FALSE;

  if (self->layout != NULL && node != LDS_MAP_NONE &&
      (box = lds_map_layout_get_box (self->layout, node)) != NULL)
    {
      to_widget (self, box->x, box->y, &x, &y);
      anchored = TRUE;
    }
  relayout (self);
  if (anchored && (box = lds_map_layout_get_box (self->layout, node)) != NULL)
    _lds_map_view_set_origin (self, box->x - x / self->scale, box->y - y / self->scale);
}

void
_lds_map_view_emit_activate (LdsMapView *self,
                             guint       node)
{
  /* Parents shown for context (other units, other cycles) open too. */
  if (node != LDS_MAP_NONE)
    g_signal_emit (self, signals[ACTIVATE_OBJECTIVE], 0, (gint64) node_of (self, node)->id);
}

void
_lds_map_view_emit_align (LdsMapView *self,
                          guint       node,
                          guint       target,
                          int         kr)
{
  const LdsMapKeyResult *key_result = lds_map_model_get_key_result (self->model, target, kr);

  g_signal_emit (self, signals[ALIGN_REQUESTED], 0, (gint64) node_of (self, node)->id,
                 (gint64) key_result->id);
}

/* The node whose count of coach findings (the badge on its top right
 * corner) lies under (@x, @y), if any. */
guint
_lds_map_view_coach_badge_at (LdsMapView *self,
                              double      x,
                              double      y)
{
  g_autoptr(GArray) nodes = g_array_new (FALSE, FALSE, sizeof (guint));
  double mx, my;

  if (self->layout == NULL)
    return LDS_MAP_NONE;
  _lds_map_view_to_model (self, x, y, &mx, &my);
  lds_map_layout_query (self->layout, &(LdsMapRect) { mx - 30, my - 20, 60, 40 }, nodes, NULL);
  for (guint i = 0; i < nodes->len; i++)
    {
      guint v = g_array_index (nodes, guint, i);
      const LdsMapRect *box = lds_map_layout_get_box (self->layout, v);
      const LdsMapNode *n = node_of (self, v);
      double half = 8 + 5 * (n->badge >= 10) + 5 * (n->badge >= 100);

      if (n->badge > 0 && box != NULL &&
          fabs (mx - (box->x + box->width - 4)) <= half + 2 && fabs (my - (box->y + 2)) <= 11)
        return v;
    }
  return LDS_MAP_NONE;
}

void
_lds_map_view_emit_coach_badge (LdsMapView *self,
                                guint       node)
{
  if (node != LDS_MAP_NONE)
    g_signal_emit (self, signals[COACH_BADGE_ACTIVATED], 0, (gint64) node_of (self, node)->id);
}

/* Whether (@x, @y) is on the "+N" of a collapsed node. */
gboolean
_lds_map_view_badge_at (LdsMapView *self,
                        guint       node,
                        double      x,
                        double      y)
{
  const LdsMapRect *box;
  double mx, my;

  if (self->layout == NULL || !lds_map_layout_is_collapsed (self->layout, node))
    return FALSE;
  box = lds_map_layout_get_box (self->layout, node);
  _lds_map_view_to_model (self, x, y, &mx, &my);
  if (self->orientation == LDS_MAP_TOP_DOWN)
    return mx >= box->x + box->width / 2 - 40 && mx <= box->x + box->width / 2 + 40 &&
           my >= box->y + box->height && my <= box->y + box->height + 30;
  return mx >= box->x + box->width && mx <= box->x + box->width + 80 &&
         my >= box->y + box->height / 2 - 14 && my <= box->y + box->height / 2 + 14;
}

static void
scroll_into_view (LdsMapView *self,
                  guint       node)
{
  const LdsMapRect *box = lds_map_layout_get_box (self->layout, node);
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double x0, y0, x1, y1, dx = 0, dy = 0, margin = MIN (MARGIN, MIN (w, h) / 4);

  if (box == NULL || w <= 0 || h <= 0)
    return;
  to_widget (self, box->x, box->y, &x0, &y0);
  to_widget (self, box->x + box->width, box->y + box->height, &x1, &y1);
  /* Too large to fit: its top left, then. */
  if (x1 - x0 > w - 2 * margin)
    dx = x0 - margin;
  else if (x0 < margin)
    dx = x0 - margin;
  else if (x1 > w - margin)
    dx = x1 - (w - margin);
  if (y1 - y0 > h - 2 * margin)
    dy = y0 - margin;
  else if (y0 < margin)
    dy = y0 - margin;
  else if (y1 > h - margin)
    dy = y1 - (h - margin);
  if (dx != 0 || dy != 0)
    _lds_map_view_set_origin (self, self->origin_x + dx / self->scale,
                              self->origin_y + dy / self->scale);
}

/* Shows @node: expands what hides it, leaves focus mode if it lies outside. */
static void
unhide (LdsMapView *self,
        guint       node)
{
  gboolean changed = FALSE;

  if (self->focus_mode && self->layout != NULL && !lds_map_layout_is_visible (self->layout, node))
    {
      self->focus_mode = FALSE;
      changed = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_MODE]);
    }
  for (guint v = node_of (self, node)->parent; v != LDS_MAP_NONE; v = node_of (self, v)->parent)
    {
      gint64 id = node_of (self, v)->id;

      if (g_hash_table_remove (self->collapsed, &id))
        changed = TRUE;
    }
  if (changed)
    relayout_keeping (self, self->selected);
}

void
_lds_map_view_select_node (LdsMapView *self,
                           guint       node,
                           gboolean    reveal)
{
  if (self->model == NULL)
    return;
  if (node != LDS_MAP_NONE && reveal)
    unhide (self, node);
  if (node != self->selected)
    {
      guint previous = self->selected;

      self->selected = node;
      update_path (self);
      update_accessible (self);
      /* In focus mode, the line shown follows the selection. */
      if (self->focus_mode && node != LDS_MAP_NONE)
        relayout_keeping (self, previous != LDS_MAP_NONE ? node : LDS_MAP_NONE);
      _lds_map_view_invalidate (self, TRUE);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
    }
  if (node != LDS_MAP_NONE && reveal)
    scroll_into_view (self, node);
}

void
_lds_map_view_toggle_collapsed (LdsMapView *self,
                                guint       node)
{
  gint64 id;

  if (node == LDS_MAP_NONE || node_of (self, node)->n_children == 0)
    return;
  id = node_of (self, node)->id;
  if (!g_hash_table_remove (self->collapsed, &id))
    g_hash_table_add (self->collapsed, g_memdup2 (&id, sizeof id));
  relayout_keeping (self, node);
}

/* The first view of a map: all of it when its boxes can be told apart,
 * else its top, with titles to read. */
static void
place (LdsMapView *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  const LdsMapRect *b;
  double fit;
  guint n_roots;
  const guint *roots;

  if (self->layout == NULL || w <= 0 || h <= 0 || lds_map_layout_get_n_visible (self->layout) == 0)
    return;
  self->placed = TRUE;
  b = lds_map_layout_get_bounds (self->layout);
  fit = MIN ((w - 2 * MARGIN) / MAX (b->width, 1), (h - 2 * MARGIN) / MAX (b->height, 1));
  /* The whole map, when its titles can be read so; else its top, at the
   * furthest zoom that shows titles: on a laptop, a company's map fitted
   * would be boxes with nothing written in them. */
  if (fit >= lds_map_render_detail_scale (LDS_MAP_DETAIL_TITLES))
    {
      lds_map_view_zoom_to_fit (self);
      return;
    }
  self->scale = lds_map_render_detail_scale (LDS_MAP_DETAIL_TITLES);
  roots = lds_map_model_get_roots (self->model, &n_roots);
  for (guint i = 0; i < n_roots; i++)
    {
      const LdsMapRect *box = lds_map_layout_get_box (self->layout, roots[i]);

      if (box == NULL)
        continue;
      if (self->orientation == LDS_MAP_TOP_DOWN)
        _lds_map_view_set_origin (self, box->x + box->width / 2 - w / 2 / self->scale,
                                  b->y - MARGIN / self->scale);
      else
        _lds_map_view_set_origin (self, b->x - MARGIN / self->scale,
                                  box->y + box->height / 2 - h / 2 / self->scale);
      break;
    }
  _lds_map_view_invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
}

/* Drawing */

static void
render_base (LdsMapView *self,
             double      width,
             double      height)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  LdsMapRenderOptions options;
  LdsMapRect area = visible_area (self);
  cairo_t *cr;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -self->origin_x, -self->origin_y);
  lds_map_render_options_init (&options, &area);
  options.layers = LDS_MAP_LAYER_BASE;
  options.scale = self->scale;
  options.dark = self->dark;
  options.background = TRUE;
  options.highlight_unaligned = self->highlight_unaligned;
  options.hide_depends = !self->show_depends;
  options.selected = self->selected;
  options.marks = self->marks;
  options.cache = self->cache;
  lds_map_render (self->layout, cr, &options);
  cairo_destroy (cr);

  g_clear_pointer (&self->base, gsk_render_node_unref);
  self->base = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  self->base_key[0] = self->scale;
  self->base_key[1] = self->origin_x;
  self->base_key[2] = self->origin_y;
  self->base_key[3] = width;
  self->base_key[4] = height;
}

static void
render_overlay (LdsMapView  *self,
                GtkSnapshot *snapshot,
                double       width,
                double       height)
{
  LdsMapRenderOptions options;
  LdsMapRect area = visible_area (self);
  cairo_t *cr;

  if (self->selected == LDS_MAP_NONE && self->hovered == LDS_MAP_NONE &&
      self->drop_node == LDS_MAP_NONE && !self->dragging)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_save (cr);
  cairo_scale (cr, self->scale, self->scale);
  cairo_translate (cr, -self->origin_x, -self->origin_y);
  lds_map_render_options_init (&options, &area);
  options.layers = LDS_MAP_LAYER_OVERLAY;
  options.scale = self->scale;
  options.dark = self->dark;
  options.selected = self->selected;
  options.hovered = self->dragging ? LDS_MAP_NONE : self->hovered;
  options.drop_node = self->drop_node;
  options.drop_kr = self->drop_kr;
  options.drop_refused = self->drop_refused;
  options.cache = self->cache;
  lds_map_render (self->layout, cr, &options);
  cairo_restore (cr);

  /* The objective being dragged, following the pointer */
  if (self->dragging && self->drag_node != LDS_MAP_NONE)
    {
      const LdsMapRect *box = lds_map_layout_get_box (self->layout, self->drag_node);
      double accent[4], w = box->width * self->scale, h = MIN (box->height * self->scale, 60);

      lds_map_accent_color (self->dark, accent);
      w = CLAMP (w, 60, 240);
      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 0.25);
      cairo_rectangle (cr, self->pointer_x + 8, self->pointer_y + 8, w, MAX (h, 24));
      cairo_fill_preserve (cr);
      cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 0.9);
      cairo_set_line_width (cr, 2);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

/* A small picture of the whole map in a corner, with what the view shows. */
static void
render_overview (LdsMapView  *self,
                 GtkSnapshot *snapshot,
                 double       width,
                 double       height)
{
  const LdsMapRect *b = lds_map_layout_get_bounds (self->layout);
  LdsMapRect area = visible_area (self);
  double scale, ow, oh, ox, oy, vx0, vy0, vx1, vy1, accent[4], canvas[4];
  cairo_t *cr;

  self->overview_rect = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  /* Only when there is more map than view, and room for it */
  if (b->width <= area.width * 1.05 && b->height <= area.height * 1.05)
    return;
  if (width < OVERVIEW_WIDTH * 2.5 || height < OVERVIEW_HEIGHT * 2.5)
    return;

  scale = MIN (OVERVIEW_WIDTH / b->width, OVERVIEW_HEIGHT / b->height);
  ow = MAX (b->width * scale, 24);
  oh = MAX (b->height * scale, 24);
  ox = width - ow - 12;
  oy = height - oh - 12;
  self->overview_rect = GRAPHENE_RECT_INIT (ox, oy, ow, oh);

  if (self->overview == NULL)
    {
      g_autoptr(GtkSnapshot) picture = gtk_snapshot_new ();
      LdsMapRenderOptions options;
      cairo_t *pcr = gtk_snapshot_append_cairo (picture, &GRAPHENE_RECT_INIT (0, 0, ow, oh));

      /* Opaque: the cards under it would show through as noise */
      lds_map_canvas_color (self->dark, canvas);
      cairo_set_source_rgb (pcr, canvas[0], canvas[1], canvas[2]);
      cairo_paint (pcr);
      cairo_translate (pcr, (ow - b->width * scale) / 2, (oh - b->height * scale) / 2);
      cairo_scale (pcr, scale, scale);
      cairo_translate (pcr, -b->x, -b->y);
      lds_map_render_options_init (&options, b);
      options.layers = LDS_MAP_LAYER_BASE;
      options.scale = scale;
      options.dark = self->dark;
      options.hide_depends = TRUE;
      options.highlight_unaligned = self->highlight_unaligned;
      lds_map_render (self->layout, pcr, &options);
      cairo_destroy (pcr);
      self->overview = gtk_snapshot_free_to_node (g_steal_pointer (&picture));
    }

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ox, oy));
  gtk_snapshot_append_node (snapshot, self->overview);
  gtk_snapshot_restore (snapshot);

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (ox - 2, oy - 2, ow + 4, oh + 4));
  lds_map_accent_color (self->dark, accent);
  cairo_set_source_rgba (cr, self->dark ? 1 : 0, self->dark ? 1 : 0, self->dark ? 1 : 0, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_rectangle (cr, ox + 0.5, oy + 0.5, ow - 1, oh - 1);
  cairo_stroke (cr);
  /* What the view shows */
  vx0 = ox + (ow - b->width * scale) / 2 + (area.x - b->x) * scale;
  vy0 = oy + (oh - b->height * scale) / 2 + (area.y - b->y) * scale;
  vx1 = vx0 + area.width * scale;
  vy1 = vy0 + area.height * scale;
  vx0 = CLAMP (vx0, ox, ox + ow - 4);
  vy0 = CLAMP (vy0, oy, oy + oh - 4);
  vx1 = CLAMP (MAX (vx1, vx0 + 4), ox + 4, ox + ow);
  vy1 = CLAMP (MAX (vy1, vy0 + 4), oy + 4, oy + oh);
  cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 0.2);
  cairo_rectangle (cr, vx0, vy0, vx1 - vx0, vy1 - vy0);
  cairo_fill_preserve (cr);
  cairo_set_source_rgba (cr, accent[0], accent[1], accent[2], 1);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
lds_map_view_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  double canvas[4];

  if (self->layout == NULL || width <= 0 || height <= 0)
    {
      lds_map_canvas_color (self->dark, canvas);
      gtk_snapshot_append_color (snapshot,
                                 &(GdkRGBA) { canvas[0], canvas[1], canvas[2], 1 },
                                 &GRAPHENE_RECT_INIT (0, 0, width, height));
      return;
    }
  if (self->base == NULL || self->base_key[0] != self->scale || self->base_key[1] != self->origin_x ||
      self->base_key[2] != self->origin_y || self->base_key[3] != width || self->base_key[4] != height)
    render_base (self, width, height);
  gtk_snapshot_append_node (snapshot, self->base);
  render_overlay (self, snapshot, width, height);
  render_overview (self, snapshot, width, height);
}

static gboolean
lds_map_view_query_tooltip (GtkWidget  *widget,
                            int         x,
                            int         y,
                            gboolean    keyboard,
                            GtkTooltip *tooltip)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);
  guint node = keyboard ? self->selected : _lds_map_view_node_at (self, x, y);
  const LdsFileSettings *settings;
  const LdsMapNode *n;
  g_autofree char *score = NULL, *title = NULL, *owner = NULL;
  GString *markup;

  if (node == LDS_MAP_NONE || self->dragging)
    return FALSE;
  n = node_of (self, node);
  settings = lds_map_model_get_settings (self->model);
  score = lds_format_score (n->score, settings->scale);
  title = g_markup_escape_text (n->title, -1);
  owner = g_markup_escape_text (n->owner_name, -1);

  markup = g_string_new (NULL);
  g_string_append_printf (markup, "<b>%s</b>\n", title);
  /* Translators: in a tooltip: an objective's owner, the owner's level ("Team"), its score
   * and score band */
  g_string_append_printf (markup, _("%1$s (%2$s) · score %3$s, %4$s"), owner,
                          lds_map_level_name (n->level), score,
                          lds_enum_label (LDS_TYPE_SCORE_BAND,
                                          lds_file_settings_band (settings, n->score)));
  for (guint i = 0; i < n->n_krs; i++)
    {
      const LdsMapKeyResult *kr = lds_map_model_get_key_result (self->model, node, i);
      g_autofree char *kr_title = g_markup_escape_text (kr->title, -1);
      g_autofree char *value = lds_map_model_format_value (self->model, kr);
      g_autofree char *value_text = g_markup_escape_text (value, -1);
      g_autofree char *kr_score = lds_format_score (kr->score, settings->scale);

      g_string_append_printf (markup, "\n%u. %s — %s (%s)", i + 1, kr_title, value_text, kr_score);
    }
  if (n->flags & LDS_MAP_NODE_UNALIGNED)
    g_string_append_printf (markup, "\n<i>%s</i>",
                            _("Aligns to nothing and is not marked self-driven."));
  if (n->badge > 0)
    {
      g_autofree char *findings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                                "%u coaching hint",
                                                                "%u coaching hints", n->badge),
                                                   n->badge);
      g_string_append_printf (markup, "\n<i>%s</i>", findings);
    }
  gtk_tooltip_set_markup (tooltip, markup->str);
  g_string_free (markup, TRUE);
  return TRUE;
}

static void
update_dark (LdsMapView *self)
{
  GdkRGBA colour;
  gboolean dark;

  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
  /* Light text means a dark appearance. */
  dark = 0.2126 * colour.red + 0.7152 * colour.green + 0.0722 * colour.blue > 0.5;
  if (dark == self->dark)
    return;
  self->dark = dark;
  g_clear_pointer (&self->overview, gsk_render_node_unref);
  _lds_map_view_invalidate (self, TRUE);
}

static void
lds_map_view_css_changed (GtkWidget         *widget,
                          GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (lds_map_view_parent_class)->css_changed (widget, change);
  update_dark (LDS_MAP_VIEW (widget));
}

static void
lds_map_view_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  LdsMapView *self = LDS_MAP_VIEW (widget);

  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
  if (self->center_pending && width > 0 && height > 0)
    {
      self->center_pending = FALSE;
      lds_map_view_center_on (self, self->pending_x, self->pending_y);
    }
  if (!self->placed)
    place (self);
}

static void
lds_map_view_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = 120;
  *natural = 600;
}

/* GObject */

static void
lds_map_view_dispose (GObject *object)
{
  LdsMapView *self = LDS_MAP_VIEW (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  g_clear_object (&self->layout);
  g_clear_object (&self->model);
  g_clear_pointer (&self->base, gsk_render_node_unref);
  g_clear_pointer (&self->overview, gsk_render_node_unref);

  G_OBJECT_CLASS (lds_map_view_parent_class)->dispose (object);
}

static void
lds_map_view_finalize (GObject *object)
{
  LdsMapView *self = LDS_MAP_VIEW (object);

  g_hash_table_unref (self->collapsed);
  g_array_unref (self->path);
  g_array_unref (self->matches);
  g_free (self->marks);
  g_free (self->search);
  lds_map_render_cache_free (self->cache);

  G_OBJECT_CLASS (lds_map_view_parent_class)->finalize (object);
}

static void
lds_map_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LdsMapView *self = LDS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_ORIENTATION:
      g_value_set_enum (value, self->orientation);
      break;
    case PROP_SCALE:
      g_value_set_double (value, self->scale);
      break;
    case PROP_SELECTED_ID:
      g_value_set_int64 (value, lds_map_view_get_selected (self));
      break;
    case PROP_FOCUS_MODE:
      g_value_set_boolean (value, self->focus_mode);
      break;
    case PROP_HIGHLIGHT_UNALIGNED:
      g_value_set_boolean (value, self->highlight_unaligned);
      break;
    case PROP_SHOW_DEPENDS:
      g_value_set_boolean (value, self->show_depends);
      break;
    case PROP_N_MATCHES:
      g_value_set_uint (value, self->matches->len);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_map_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LdsMapView *self = LDS_MAP_VIEW (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      lds_map_view_set_model (self, g_value_get_object (value));
      break;
    case PROP_ORIENTATION:
      lds_map_view_set_orientation (self, g_value_get_enum (value));
      break;
    case PROP_SCALE:
      lds_map_view_set_scale (self, g_value_get_double (value));
      break;
    case PROP_SELECTED_ID:
      lds_map_view_select (self, g_value_get_int64 (value));
      break;
    case PROP_FOCUS_MODE:
      lds_map_view_set_focus_mode (self, g_value_get_boolean (value));
      break;
    case PROP_HIGHLIGHT_UNALIGNED:
      lds_map_view_set_highlight_unaligned (self, g_value_get_boolean (value));
      break;
    case PROP_SHOW_DEPENDS:
      lds_map_view_set_show_depends (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_map_view_class_init (LdsMapViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_map_view_dispose;
  object_class->finalize = lds_map_view_finalize;
  object_class->get_property = lds_map_view_get_property;
  object_class->set_property = lds_map_view_set_property;

  widget_class->snapshot = lds_map_view_snapshot;
  widget_class->measure = lds_map_view_measure;
  widget_class->size_allocate = lds_map_view_size_allocate;
  widget_class->query_tooltip = lds_map_view_query_tooltip;
  widget_class->css_changed = lds_map_view_css_changed;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, LDS_TYPE_MAP_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIENTATION] =
    g_param_spec_enum ("orientation", NULL, NULL, LDS_TYPE_MAP_ORIENTATION, LDS_MAP_TOP_DOWN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SCALE] =
    g_param_spec_double ("scale", NULL, NULL, LDS_MAP_VIEW_MIN_SCALE, LDS_MAP_VIEW_MAX_SCALE, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_ID] =
    g_param_spec_int64 ("selected-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FOCUS_MODE] =
    g_param_spec_boolean ("focus-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HIGHLIGHT_UNALIGNED] =
    g_param_spec_boolean ("highlight-unaligned", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_DEPENDS] =
    g_param_spec_boolean ("show-depends", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MATCHES] =
    g_param_spec_uint ("n-matches", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LdsMapView::activate-objective:
   * @id: the objective's id
   *
   * Enter or a double click on an objective: open it.
   */
  signals[ACTIVATE_OBJECTIVE] =
    g_signal_new ("activate-objective", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT64);
  /**
   * LdsMapView::align-requested:
   * @objective_id: the objective dragged
   * @key_result_id: the key result it was dropped on
   *
   * The person dragged an objective onto a key result of another to align
   * it there. The view changes nothing; the handler decides.
   */
  signals[ALIGN_REQUESTED] =
    g_signal_new ("align-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  /**
   * LdsMapView::coach-badge-activated:
   * @id: the objective's id
   *
   * A click on the count of coach findings an objective carries
   * (lds_map_model_set_badge()): show them.
   */
  signals[COACH_BADGE_ACTIVATED] =
    g_signal_new ("coach-badge-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                  NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_css_name (widget_class, "ldsmapview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  _lds_map_view_class_init_input (widget_class);
}

static void
lds_map_view_init (LdsMapView *self)
{
  self->orientation = LDS_MAP_TOP_DOWN;
  self->collapsed = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->highlight_unaligned = TRUE;
  self->show_depends = TRUE;
  self->scale = 1.0;
  self->selected = LDS_MAP_NONE;
  self->hovered = LDS_MAP_NONE;
  self->drag_node = LDS_MAP_NONE;
  self->drop_node = LDS_MAP_NONE;
  self->drop_kr = -1;
  self->path = g_array_new (FALSE, FALSE, sizeof (guint));
  self->matches = g_array_new (FALSE, FALSE, sizeof (guint));
  self->match = G_MAXUINT;
  self->cache = lds_map_render_cache_new ();

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focus_on_click (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Alignment map"), -1);
  update_accessible (self);
  _lds_map_view_init_input (self);
}

/* Public API */

GtkWidget *
lds_map_view_new (void)
{
  return g_object_new (LDS_TYPE_MAP_VIEW, NULL);
}

/**
 * lds_map_view_set_model:
 * @model: (nullable): the map to show
 *
 * Shows @model. When it replaces a model (the data changed), the view
 * keeps its zoom, position, selection, collapsed objectives and search.
 */
void
lds_map_view_set_model (LdsMapView  *self,
                        LdsMapModel *model)
{
  LdsId selected;

  g_return_if_fail (LDS_IS_MAP_VIEW (self));
  g_return_if_fail (model == NULL || LDS_IS_MAP_MODEL (model));

  if (model == self->model)
    return;
  selected = lds_map_view_get_selected (self);
  g_set_object (&self->model, model);
  g_clear_pointer (&self->marks, g_free);
  g_array_set_size (self->path, 0);
  g_array_set_size (self->matches, 0);
  self->selected = self->hovered = self->drag_node = self->drop_node = LDS_MAP_NONE;
  self->dragging = FALSE;
  lds_map_render_cache_clear (self->cache);
  if (model != NULL)
    {
      self->marks = g_new0 (guint8, MAX (lds_map_model_get_n_nodes (model), 1));
      self->selected = lds_map_model_find (model, selected);
      update_path (self);
    }
  if (self->focus_mode && self->selected == LDS_MAP_NONE)
    {
      self->focus_mode = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_MODE]);
    }
  relayout (self);
  if (self->search != NULL)
    {
      g_autofree char *search = g_steal_pointer (&self->search);
      lds_map_view_set_search (self, search);
    }
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
  if (lds_map_view_get_selected (self) != selected)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ID]);
}

/**
 * lds_map_view_values_changed:
 * @reshaped: whether node heights changed too (lds_map_model_set_overdue())
 *
 * The model's values (scores, badges, marks) were changed in place, for
 * instance to show another day: draw it again, and lay it out again when
 * nodes changed height, keeping the selected node where it is.
 */
void
lds_map_view_values_changed (LdsMapView *self,
                             gboolean    reshaped)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  lds_map_render_cache_clear (self->cache);
  g_clear_pointer (&self->overview, gsk_render_node_unref);
  if (reshaped)
    relayout_keeping (self, self->selected);
  else
    _lds_map_view_invalidate (self, TRUE);
  update_accessible (self);
}

/**
 * lds_map_view_get_model:
 *
 * Returns: (transfer none) (nullable): the map shown
 */
LdsMapModel *
lds_map_view_get_model (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), NULL);

  return self->model;
}

/**
 * lds_map_view_get_layout:
 *
 * Returns: (transfer none) (nullable): the map as laid out on screen
 */
LdsMapLayout *
lds_map_view_get_layout (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), NULL);

  return self->layout;
}

void
lds_map_view_set_orientation (LdsMapView        *self,
                              LdsMapOrientation  orientation)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (orientation == self->orientation)
    return;
  self->orientation = orientation;
  relayout (self);
  if (self->selected != LDS_MAP_NONE && lds_map_layout_get_box (self->layout, self->selected))
    {
      const LdsMapRect *box = lds_map_layout_get_box (self->layout, self->selected);
      lds_map_view_center_on (self, box->x + box->width / 2, box->y + box->height / 2);
    }
  else
    self->placed = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORIENTATION]);
}

LdsMapOrientation
lds_map_view_get_orientation (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), LDS_MAP_TOP_DOWN);

  return self->orientation;
}

/**
 * lds_map_view_get_selected:
 *
 * Returns: the id of the selected objective, or 0
 */
LdsId
lds_map_view_get_selected (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 0);

  if (self->model == NULL || self->selected == LDS_MAP_NONE)
    return 0;
  return node_of (self, self->selected)->id;
}

/**
 * lds_map_view_select:
 * @objective_id: an objective, or 0 for none
 *
 * Selects the objective, showing it (its collapsed parents are expanded)
 * and scrolling it into view.
 *
 * Returns: whether the map holds the objective
 */
gboolean
lds_map_view_select (LdsMapView *self,
                     LdsId       objective_id)
{
  guint node;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  if (self->model == NULL)
    return FALSE;
  node = objective_id != 0 ? lds_map_model_find (self->model, objective_id) : LDS_MAP_NONE;
  if (objective_id != 0 && node == LDS_MAP_NONE)
    return FALSE;
  _lds_map_view_select_node (self, node, TRUE);
  return TRUE;
}

/* Centres the objective in the view, at the present zoom. */
void
lds_map_view_reveal (LdsMapView *self,
                     LdsId       objective_id)
{
  guint node;
  const LdsMapRect *box;

  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (self->model == NULL || (node = lds_map_model_find (self->model, objective_id)) == LDS_MAP_NONE)
    return;
  unhide (self, node);
  box = lds_map_layout_get_box (self->layout, node);
  if (box != NULL)
    lds_map_view_center_on (self, box->x + box->width / 2, box->y + box->height / 2);
}

double
lds_map_view_get_scale (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 1.0);

  return self->scale;
}

/* Zooms around the middle of the view. */
void
lds_map_view_set_scale (LdsMapView *self,
                        double      scale)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  self->placed = TRUE;
  set_scale_at (self, scale, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                gtk_widget_get_height (GTK_WIDGET (self)) / 2.0);
}

/* Zooms by @factor, keeping the point (@x, @y) of the view where it is. */
void
lds_map_view_zoom_at (LdsMapView *self,
                      double      factor,
                      double      x,
                      double      y)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));
  g_return_if_fail (factor > 0);

  self->placed = TRUE;
  set_scale_at (self, self->scale * factor, x, y);
}

static void
zoom_to_rect (LdsMapView       *self,
              const LdsMapRect *rect,
              double            max_scale)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self)), h = gtk_widget_get_height (GTK_WIDGET (self));
  double scale;

  if (w <= 0 || h <= 0)
    {
      /* Not shown yet: when it is. */
      self->placed = FALSE;
      return;
    }
  self->placed = TRUE;
  scale = MIN ((w - 2 * MARGIN) / MAX (rect->width, 1), (h - 2 * MARGIN) / MAX (rect->height, 1));
  scale = CLAMP (MIN (scale, max_scale), LDS_MAP_VIEW_MIN_SCALE, LDS_MAP_VIEW_MAX_SCALE);
  if (scale != self->scale)
    {
      self->scale = scale;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SCALE]);
    }
  lds_map_view_center_on (self, rect->x + rect->width / 2, rect->y + rect->height / 2);
}

/* Shows the whole map. */
void
lds_map_view_zoom_to_fit (LdsMapView *self)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (self->layout == NULL || lds_map_layout_get_n_visible (self->layout) == 0)
    return;
  zoom_to_rect (self, lds_map_layout_get_bounds (self->layout), 1.5);
}

/* Shows the selected objective, close enough to read. */
void
lds_map_view_zoom_to_selection (LdsMapView *self)
{
  const LdsMapRect *box;

  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (self->layout == NULL || self->selected == LDS_MAP_NONE ||
      (box = lds_map_layout_get_box (self->layout, self->selected)) == NULL)
    return;
  zoom_to_rect (self, box, 1.25);
}

void
lds_map_view_center_on (LdsMapView *self,
                        double      model_x,
                        double      model_y)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  /* A view not laid out yet (a window being built again) has no middle:
   * the center is kept until it has one. */
  if (gtk_widget_get_width (GTK_WIDGET (self)) <= 0 || gtk_widget_get_height (GTK_WIDGET (self)) <= 0)
    {
      self->center_pending = TRUE;
      self->pending_x = model_x;
      self->pending_y = model_y;
      self->placed = TRUE;
      return;
    }
  _lds_map_view_set_origin (self, model_x - gtk_widget_get_width (GTK_WIDGET (self)) / 2.0 / self->scale,
                            model_y - gtk_widget_get_height (GTK_WIDGET (self)) / 2.0 / self->scale);
}

void
lds_map_view_get_center (LdsMapView *self,
                         double     *model_x,
                         double     *model_y)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (self->center_pending)
    {
      *model_x = self->pending_x;
      *model_y = self->pending_y;
      return;
    }
  _lds_map_view_to_model (self, gtk_widget_get_width (GTK_WIDGET (self)) / 2.0,
                          gtk_widget_get_height (GTK_WIDGET (self)) / 2.0, model_x, model_y);
}

/**
 * lds_map_view_objective_at:
 * @x: a point of the view
 *
 * Returns: the id of the objective drawn there, or 0
 */
LdsId
lds_map_view_objective_at (LdsMapView *self,
                           double      x,
                           double      y)
{
  guint node;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 0);

  node = _lds_map_view_node_at (self, x, y);
  return node != LDS_MAP_NONE ? node_of (self, node)->id : 0;
}

/**
 * lds_map_view_get_node_position:
 * @x: (out): where the middle of the objective's node is in the view
 *
 * Returns: whether the objective is shown
 */
gboolean
lds_map_view_get_node_position (LdsMapView *self,
                                LdsId       objective_id,
                                double     *x,
                                double     *y)
{
  const LdsMapRect *box;
  guint node;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  if (self->layout == NULL || (node = lds_map_model_find (self->model, objective_id)) == LDS_MAP_NONE ||
      (box = lds_map_layout_get_box (self->layout, node)) == NULL)
    return FALSE;
  to_widget (self, box->x + box->width / 2, box->y + box->height / 2, x, y);
  return TRUE;
}

/**
 * lds_map_view_get_key_result_position:
 * @x: (out): where the middle of the key result's row is in the view
 */
gboolean
lds_map_view_get_key_result_position (LdsMapView *self,
                                      LdsId       key_result_id,
                                      double     *x,
                                      double     *y)
{
  const LdsMapRect *box;
  guint node, index = 0;
  double top, height;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  if (self->layout == NULL ||
      (node = lds_map_model_find_key_result (self->model, key_result_id, &index)) == LDS_MAP_NONE ||
      (box = lds_map_layout_get_box (self->layout, node)) == NULL)
    return FALSE;
  lds_map_model_kr_row (self->model, node, index, &top, &height);
  to_widget (self, box->x + box->width / 2, box->y + top + height / 2, x, y);
  return TRUE;
}

void
lds_map_view_set_collapsed (LdsMapView *self,
                            LdsId       objective_id,
                            gboolean    collapsed)
{
  guint node;

  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (collapsed == lds_map_view_get_collapsed (self, objective_id))
    return;
  node = self->model != NULL ? lds_map_model_find (self->model, objective_id) : LDS_MAP_NONE;
  if (collapsed)
    g_hash_table_add (self->collapsed, g_memdup2 (&objective_id, sizeof objective_id));
  else
    g_hash_table_remove (self->collapsed, &objective_id);
  relayout_keeping (self, node);
}

gboolean
lds_map_view_get_collapsed (LdsMapView *self,
                            LdsId       objective_id)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  return g_hash_table_contains (self->collapsed, &objective_id);
}

void
lds_map_view_expand_all (LdsMapView *self)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (g_hash_table_size (self->collapsed) == 0)
    return;
  g_hash_table_remove_all (self->collapsed);
  relayout_keeping (self, self->selected);
}

/**
 * lds_map_view_set_focus_mode:
 *
 * In focus mode the view shows only the selected objective, what it
 * aligns to up to the top, and what aligns to it. Without a selection
 * there is nothing to focus on, and the mode stays off.
 */
void
lds_map_view_set_focus_mode (LdsMapView *self,
                             gboolean    focus_mode)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  focus_mode = focus_mode && self->selected != LDS_MAP_NONE;
  if (focus_mode == self->focus_mode)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_MODE]);
      return;
    }
  self->focus_mode = focus_mode;
  relayout_keeping (self, self->selected);
  if (focus_mode)
    lds_map_view_zoom_to_fit (self);
  else if (self->selected != LDS_MAP_NONE)
    scroll_into_view (self, self->selected);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FOCUS_MODE]);
}

gboolean
lds_map_view_get_focus_mode (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  return self->focus_mode;
}

void
lds_map_view_set_highlight_unaligned (LdsMapView *self,
                                      gboolean    highlight)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (highlight == self->highlight_unaligned)
    return;
  self->highlight_unaligned = highlight;
  g_clear_pointer (&self->overview, gsk_render_node_unref);
  _lds_map_view_invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT_UNALIGNED]);
}

gboolean
lds_map_view_get_highlight_unaligned (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  return self->highlight_unaligned;
}

void
lds_map_view_set_show_depends (LdsMapView *self,
                               gboolean    show)
{
  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (show == self->show_depends)
    return;
  self->show_depends = show;
  _lds_map_view_invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_DEPENDS]);
}

gboolean
lds_map_view_get_show_depends (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  return self->show_depends;
}

/**
 * lds_map_view_set_search:
 * @text: (nullable): what to find; %NULL or "" for nothing
 *
 * Marks the objectives whose title, owner or key results hold @text.
 *
 * Returns: how many there are
 */
guint
lds_map_view_set_search (LdsMapView *self,
                         const char *text)
{
  g_autoptr(GArray) found = NULL;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 0);

  if (g_strcmp0 (text, self->search) == 0 && self->search != NULL)
    return self->matches->len;
  g_free (self->search);
  self->search = text != NULL && *text != '\0' ? g_strdup (text) : NULL;

  for (guint i = 0; i < self->matches->len; i++)
    self->marks[g_array_index (self->matches, guint, i)] &= ~LDS_MAP_MARK_MATCH;
  g_array_set_size (self->matches, 0);
  self->match = G_MAXUINT;
  if (self->model != NULL && self->search != NULL)
    {
      found = lds_map_model_search (self->model, self->search);
      g_array_append_vals (self->matches, found->data, found->len);
      for (guint i = 0; i < self->matches->len; i++)
        self->marks[g_array_index (self->matches, guint, i)] |= LDS_MAP_MARK_MATCH;
      if (self->layout != NULL)
        g_array_sort_with_data (self->matches, compare_reading_order, self);
    }
  g_clear_pointer (&self->overview, gsk_render_node_unref);
  _lds_map_view_invalidate (self, TRUE);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_MATCHES]);
  return self->matches->len;
}

guint
lds_map_view_get_n_matches (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 0);

  return self->matches->len;
}

/**
 * lds_map_view_get_match:
 *
 * Returns: which match is selected, from 1; 0 before the first jump
 */
guint
lds_map_view_get_match (LdsMapView *self)
{
  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), 0);

  return self->match == G_MAXUINT ? 0 : self->match + 1;
}

/**
 * lds_map_view_next_match:
 * @forward: %FALSE for the previous one
 *
 * Selects the next objective found (in reading order, round to the first
 * after the last) and brings it into view.
 *
 * Returns: whether there was one
 */
gboolean
lds_map_view_next_match (LdsMapView *self,
                         gboolean    forward)
{
  guint n;

  g_return_val_if_fail (LDS_IS_MAP_VIEW (self), FALSE);

  n = self->matches->len;
  if (n == 0)
    return FALSE;
  if (self->match == G_MAXUINT)
    self->match = forward ? 0 : n - 1;
  else
    self->match = forward ? (self->match + 1) % n : (self->match + n - 1) % n;
  _lds_map_view_select_node (self, g_array_index (self->matches, guint, self->match), TRUE);
  /* Found from afar: come close enough to read it. */
  if (lds_map_render_detail_for (self->scale) < LDS_MAP_DETAIL_FULL)
    lds_map_view_zoom_to_selection (self);
  return TRUE;
}

/**
 * lds_map_view_drop:
 * @x: where in the view the objective is dropped
 *
 * Drops @objective_id at (@x, @y) as a drag of it with the mouse would:
 * on a key result, the view asks to align it there (::align-requested);
 * anywhere else, nothing happens.
 */
void
lds_map_view_drop (LdsMapView *self,
                   LdsId       objective_id,
                   double      x,
                   double      y)
{
  guint node;

  g_return_if_fail (LDS_IS_MAP_VIEW (self));

  if (self->model == NULL || (node = lds_map_model_find (self->model, objective_id)) == LDS_MAP_NONE)
    return;
  self->drag_node = node;
  _lds_map_view_update_drop (self, x, y);
  /* A refused drop (onto itself, or below itself) is still asked for: the
   * handler says why it cannot be. */
  if (self->drop_node != LDS_MAP_NONE && self->drop_kr >= 0)
    _lds_map_view_emit_align (self, node, self->drop_node, self->drop_kr);
  self->drag_node = self->drop_node = LDS_MAP_NONE;
  self->drop_kr = -1;
  self->dragging = FALSE;
  _lds_map_view_invalidate (self, FALSE);
}
