/* lds-history-chart.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-history-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-format.h"
#include "lds-history-chart.h"
#include "lds-tracking.h"

struct _LdsHistoryChart
{
  GtkWidget  parent_instance;

  gboolean   detailed;
  GArray    *points;          /* LdsChartPoint, oldest first */
  gint64     from, to;        /* the plan's days; 0: none */
  double     start_value;
  double     target_value;
  gboolean   straight_line;   /* a key result's plan; else a KPI's target */
  gint64     marker;          /* the day shown by time travel; 0: none */
};

G_DEFINE_FINAL_TYPE (LdsHistoryChart, lds_history_chart, GTK_TYPE_WIDGET)

#define PAD 3.0

static void
confidence_colour (int      confidence,
                   GdkRGBA *rgba)
{
  if (confidence < 0)
    gdk_rgba_parse (rgba, "#9a9996");
  else if (confidence < LDS_CONFIDENCE_LOW)
    gdk_rgba_parse (rgba, "#c01c28");
  else if (confidence < 7)
    gdk_rgba_parse (rgba, "#e5a50a");
  else
    gdk_rgba_parse (rgba, "#26a269");
}

static void
range (LdsHistoryChart *self,
       double          *lo,
       double          *hi,
       gint64          *t0,
       gint64          *t1)
{
  *lo = INFINITY;
  *hi = -INFINITY;
  *t0 = self->from;
  *t1 = self->to;
  if (!isnan (self->start_value) && self->straight_line)
    *lo = *hi = self->start_value;
  if (!isnan (self->target_value))
    {
      *lo = MIN (*lo, self->target_value);
      *hi = MAX (*hi, self->target_value);
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      const LdsChartPoint *p = &g_array_index (self->points, LdsChartPoint, i);

      if (!isnan (p->value))
        {
          *lo = MIN (*lo, p->value);
          *hi = MAX (*hi, p->value);
        }
      if (*t0 == 0 || p->at < *t0)
        *t0 = p->at;
      if (*t1 == 0 || p->at > *t1)
        *t1 = p->at;
    }
  if (!isfinite (*lo))
    *lo = 0, *hi = 1;
  if (*hi - *lo < 1e-9)
    {
      *lo -= 1;
      *hi += 1;
    }
  if (*t1 <= *t0)
    *t1 = *t0 + LDS_DAY_SECONDS;
}

static PangoLayout *
small_text (LdsHistoryChart *self,
            const char      *text)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), text);
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_attr_list_insert (attrs, pango_attr_scale_new (0.8));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  return layout;
}

static void
draw (LdsHistoryChart *self,
      cairo_t         *cr,
      double           width,
      double           height)
{
  GdkRGBA fg, dot;
  double lo, hi, left = PAD, right = width - PAD, top = PAD + 3, bottom = height - PAD - 3;
  gint64 t0, t1;
  gboolean first = TRUE;
  double last_y = NAN;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  range (self, &lo, &hi, &t0, &t1);

  if (self->detailed)
    {
      g_autofree char *top_text = lds_format_value (hi);
      g_autofree char *bottom_text = lds_format_value (lo);
      g_autofree char *from_text = lds_format_time_as_date (t0);
      g_autofree char *to_text = lds_format_time_as_date (t1);
      g_autoptr(PangoLayout) a = small_text (self, top_text);
      g_autoptr(PangoLayout) b = small_text (self, bottom_text);
      g_autoptr(PangoLayout) c = small_text (self, from_text);
      g_autoptr(PangoLayout) d = small_text (self, to_text);
      int aw, ah, bw, bh, cw, ch, dw, dh;

      pango_layout_get_pixel_size (a, &aw, &ah);
      pango_layout_get_pixel_size (b, &bw, &bh);
      pango_layout_get_pixel_size (c, &cw, &ch);
      pango_layout_get_pixel_size (d, &dw, &dh);
      left = PAD + MAX (aw, bw) + 6;
      bottom = height - PAD - MAX (ch, dh) - 4;
      top = PAD + ah / 2.0;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.6);
      cairo_move_to (cr, left - 6 - aw, top - ah / 2.0);
      pango_cairo_show_layout (cr, a);
      cairo_move_to (cr, left - 6 - bw, bottom - bh / 2.0);
      pango_cairo_show_layout (cr, b);
      cairo_move_to (cr, left, bottom + 4);
      pango_cairo_show_layout (cr, c);
      cairo_move_to (cr, right - dw, bottom + 4);
      pango_cairo_show_layout (cr, d);

      /* The frame of the plot */
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.15);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, left + 0.5, top + 0.5, right - left - 1, bottom - top - 1);
      cairo_stroke (cr);
    }

#define X(t) (left + (right - left) * (double) ((t) - t0) / (double) (t1 - t0))
#define Y(v) (bottom - (bottom - top) * ((v) - lo) / (hi - lo))

  /* The plan: a straight line from start to target, or a KPI's target */
  if (!isnan (self->target_value))
    {
      double dashes[] = { 4, 3 };

      cairo_save (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.45);
      cairo_set_line_width (cr, 1.2);
      cairo_set_dash (cr, dashes, 2, 0);
      if (self->straight_line && !isnan (self->start_value) && self->from != 0 && self->to != 0)
        {
          cairo_move_to (cr, X (self->from), Y (self->start_value));
          cairo_line_to (cr, X (self->to), Y (self->target_value));
        }
      else
        {
          cairo_move_to (cr, left, Y (self->target_value));
          cairo_line_to (cr, right, Y (self->target_value));
        }
      cairo_stroke (cr);
      cairo_restore (cr);
    }

  /* The day looked back at */
  if (self->marker != 0 && self->marker >= t0 && self->marker <= t1)
    {
      cairo_set_source_rgba (cr, 0.11, 0.44, 0.85, 0.8);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, X (self->marker), top - 2);
      cairo_line_to (cr, X (self->marker), bottom + 2);
      cairo_stroke (cr);
    }

  /* The values */
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, fg.alpha * 0.85);
  cairo_set_line_width (cr, self->detailed ? 2 : 1.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  if (self->straight_line && !isnan (self->start_value) && self->from != 0 &&
      self->points->len > 0 && g_array_index (self->points, LdsChartPoint, 0).at > self->from)
    {
      cairo_move_to (cr, X (self->from), Y (self->start_value));
      first = FALSE;
    }
  for (guint i = 0; i < self->points->len; i++)
    {
      const LdsChartPoint *p = &g_array_index (self->points, LdsChartPoint, i);

      if (isnan (p->value))
        continue;
      if (first)
        cairo_move_to (cr, X (p->at), Y (p->value));
      else
        cairo_line_to (cr, X (p->at), Y (p->value));
      first = FALSE;
    }
  cairo_stroke (cr);

  /* Each check-in, coloured by its confidence */
  for (guint i = 0; i < self->points->len; i++)
    {
      const LdsChartPoint *p = &g_array_index (self->points, LdsChartPoint, i);
      double y = !isnan (p->value) ? Y (p->value)
               : !isnan (last_y) ? last_y
               : Y (!isnan (self->start_value) ? self->start_value : lo);

      last_y = y;
      confidence_colour (p->confidence, &dot);
      gdk_cairo_set_source_rgba (cr, &dot);
      cairo_arc (cr, X (p->at), y, self->detailed ? 3.5 : 2.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
#undef X
#undef Y
}

static void
lds_history_chart_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LdsHistoryChart *self = LDS_HISTORY_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 2 * PAD || height <= 2 * PAD)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
lds_history_chart_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LdsHistoryChart *self = LDS_HISTORY_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = self->detailed ? 160 : 72;
      *natural = self->detailed ? 240 : 96;
    }
  else
    *minimum = *natural = self->detailed ? 130 : 26;
}

static void
update_accessible (LdsHistoryChart *self)
{
  g_autofree char *said = NULL;
  const LdsChartPoint *last = NULL;

  for (guint i = self->points->len; i > 0 && last == NULL; i--)
    if (!isnan (g_array_index (self->points, LdsChartPoint, i - 1).value))
      last = &g_array_index (self->points, LdsChartPoint, i - 1);
  if (last == NULL)
    said = g_strdup (_("No check-ins yet"));
  else
    {
      g_autofree char *value = lds_format_value (last->value);
      g_autofree char *day = lds_format_time_as_date (last->at);

      said = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           /* Translators: for screen readers: %1$u check-ins, the
                                            * latest value %2$s on the day %3$s */
                                           "%1$u check-in, the latest %2$s on %3$s",
                                           "%1$u check-ins, the latest %2$s on %3$s",
                                           self->points->len),
                              self->points->len, value, day);
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
}

static void
lds_history_chart_finalize (GObject *object)
{
  LdsHistoryChart *self = LDS_HISTORY_CHART (object);

  g_array_unref (self->points);

  G_OBJECT_CLASS (lds_history_chart_parent_class)->finalize (object);
}

static void
lds_history_chart_class_init (LdsHistoryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = lds_history_chart_finalize;
  widget_class->snapshot = lds_history_chart_snapshot;
  widget_class->measure = lds_history_chart_measure;
  gtk_widget_class_set_css_name (widget_class, "ldshistorychart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
lds_history_chart_init (LdsHistoryChart *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (LdsChartPoint));
  self->start_value = self->target_value = NAN;
  update_accessible (self);
}

/**
 * lds_history_chart_new:
 * @detailed: with values and dates written beside (an editor), or a
 *   sparkline (a list row)
 */
GtkWidget *
lds_history_chart_new (gboolean detailed)
{
  LdsHistoryChart *self = g_object_new (LDS_TYPE_HISTORY_CHART, NULL);

  self->detailed = detailed;
  return GTK_WIDGET (self);
}

void
lds_history_chart_set_points (LdsHistoryChart     *self,
                              const LdsChartPoint *points,
                              guint                n_points)
{
  g_return_if_fail (LDS_IS_HISTORY_CHART (self));

  g_array_set_size (self->points, 0);
  g_array_append_vals (self->points, points, n_points);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lds_history_chart_set_plan:
 * @from: the start of the cycle; 0: none
 * @to: its end; 0: none
 * @straight_line: a key result's line from start to target; else a KPI's
 *   target, level
 */
void
lds_history_chart_set_plan (LdsHistoryChart *self,
                            gint64           from,
                            gint64           to,
                            double           start_value,
                            double           target_value,
                            gboolean         straight_line)
{
  g_return_if_fail (LDS_IS_HISTORY_CHART (self));

  self->from = from;
  self->to = to;
  self->start_value = start_value;
  self->target_value = target_value;
  self->straight_line = straight_line;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * lds_history_chart_set_key_result:
 * @cycle: (nullable): the cycle of the key result's objective
 * @checkins: (element-type LdsCheckin): its check-ins, oldest first
 */
void
lds_history_chart_set_key_result (LdsHistoryChart    *self,
                                  const LdsKeyResult *kr,
                                  const LdsCycle     *cycle,
                                  GPtrArray          *checkins)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (LdsChartPoint));
  gboolean milestone;

  g_return_if_fail (LDS_IS_HISTORY_CHART (self));
  g_return_if_fail (kr != NULL);

  milestone = kr->metric == LDS_METRIC_MILESTONE;
  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    {
      const LdsCheckin *c = g_ptr_array_index (checkins, i);
      LdsChartPoint p = { c->at, c->value, c->confidence };

      g_array_append_val (points, p);
    }
  lds_history_chart_set_plan (self,
                              cycle != NULL ? lds_date_to_time (cycle->start_date) : 0,
                              cycle != NULL ? lds_day_end (cycle->end_date) : 0,
                              milestone ? 0.0 : kr->start_value,
                              milestone ? 1.0 : kr->target_value, TRUE);
  lds_history_chart_set_points (self, (const LdsChartPoint *) (gpointer) points->data, points->len);
}

/* A line at the day the views look back at; 0: none. */
void
lds_history_chart_set_marker (LdsHistoryChart *self,
                              gint64           at)
{
  g_return_if_fail (LDS_IS_HISTORY_CHART (self));

  self->marker = at;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}
