/* lds-midcycle-view.c: the mid-cycle review of a part of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the halfway point of a cycle (OKR-METHOD.md, "Reviews"): the key
 * results of the chosen unit (and every unit below it) or person that need
 * a conversation, grouped by unit: off track (more than a fifth behind the
 * straight line from start to target; for an aspirational objective, to
 * 0.7 of it), with a low confidence (below 5 of 10), or with a check-in
 * overdue (the coach's rule). Above them, how the scores are spread, for
 * the part chosen and for the whole cycle: a histogram by tenths in the
 * organisation's colours, the share of committed key results met and of
 * aspirational ones at 0.6 or more. KPIs never enter these figures.
 *
 * It shows the day the context shows (the date control), as it stood.
 */

#define G_LOG_DOMAIN "lds-midcycle-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date-control.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-midcycle-view.h"
#include "lds-score.h"
#include "lds-store-lookup.h"
#include "lds-store-tracking.h"
#include "lds-tracking-list.h"
#include "lds-tracking.h"

typedef struct
{
  GtkWidget       *title;
  GtkWidget       *chart;
  GtkWidget       *lines;
  LdsScoreSummary  summary;
} Card;

struct _LdsMidcycleView
{
  LdsPage          parent_instance;

  LdsContext      *context;  /* the page's, borrowed */
  LdsFileSettings  settings;
  Card             cards[2];      /* the part chosen, the whole cycle */

  GtkWidget       *title;
  GtkWidget       *subtitle;
  GtkWidget       *empty;
};

static void lds_midcycle_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsMidcycleView, lds_midcycle_view, LDS_TYPE_PAGE,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_midcycle_view_view_init))

/* Writes @text centred on @x with its top at @y, in the text colour at @alpha */
static void
draw_text (GtkWidget     *widget,
           cairo_t       *cr,
           const GdkRGBA *fg,
           double         alpha,
           const char    *text,
           double         x,
           double         y)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, alpha);
  cairo_move_to (cr, x - w / 2.0, y);
  pango_cairo_show_layout (cr, layout);
}

/* The histogram of a card: one bar a tenth, in the band's colour, each
 * with its count above it, and the scale from 0 to 1 beneath */
static void
draw_histogram (GtkDrawingArea *area,
                cairo_t        *cr,
                int             width,
                int             height,
                gpointer        data)
{
  LdsMidcycleView *self = g_object_get_data (G_OBJECT (area), "lds-view");
  GtkWidget *widget = GTK_WIDGET (area);
  const LdsScoreSummary *summary = data;
  g_autoptr(PangoLayout) probe = gtk_widget_create_pango_layout (widget, "0");
  guint most = 1;
  double gap = 3, bar = (width - 9 * gap) / 10.0;
  int line;
  double top, base;
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  pango_layout_get_pixel_size (probe, NULL, &line);
  top = line + 2;
  base = height - line - 4;
  for (guint i = 0; i < 10; i++)
    most = MAX (most, summary->histogram[i]);
  for (guint i = 0; i < 10; i++)
    {
      /* A bar of one is a bar, not a hairline like the empty tenths' */
      double h = summary->histogram[i] > 0
                   ? MAX ((base - top) * summary->histogram[i] / (double) most, 4)
                   : 0;
      LdsScoreBand band = lds_score_band (i / 10.0 + 0.05, &self->settings.bands);
      GdkRGBA colour;

      gdk_rgba_parse (&colour, band == LDS_SCORE_BAND_RED ? "#c01c28"
                             : band == LDS_SCORE_BAND_AMBER ? "#e5a50a" : "#26a269");
      gdk_cairo_set_source_rgba (cr, &colour);
      cairo_rectangle (cr, i * (bar + gap), base - h, bar, h);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.2);
      cairo_rectangle (cr, i * (bar + gap), base, bar, 1);
      cairo_fill (cr);
      if (summary->histogram[i] > 0)
        {
          g_autofree char *count = g_strdup_printf ("%u", summary->histogram[i]);

          draw_text (widget, cr, &fg, 0.7, count, i * (bar + gap) + bar / 2, base - h - line - 1);
        }
    }
  for (guint i = 0; i <= 2; i++)
    {
      g_autofree char *mark = lds_format_score (i / 2.0, self->settings.scale);
      double x = CLAMP (i * width / 2.0, 12, width - 12);

      draw_text (widget, cr, &fg, 0.55, mark, x, base + 3);
    }
}

static char *
share (guint n,
       guint of)
{
  /* Translators: a share, as in "3 of 8 (38%)" */
  return g_strdup_printf (_("%1$u of %2$u (%3$.0f%%)"), n, of, of > 0 ? 100.0 * n / of : 0.0);
}

static void
fill_card (LdsMidcycleView *self,
           Card            *card,
           const char      *title)
{
  const LdsScoreSummary *s = &card->summary;
  g_autofree char *mean = lds_format_score (lds_score_summary_mean (s), self->settings.scale);
  g_autofree char *met = share (s->n_committed_met, s->n_committed);
  g_autofree char *healthy = share (s->n_aspirational_healthy, s->n_aspirational);
  g_autofree char *scored = NULL;
  g_autofree char *committed = NULL;
  g_autofree char *aspirational = NULL;
  g_autofree char *text = NULL;

  gtk_label_set_label (GTK_LABEL (card->title), title);
  scored = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$u key results, %2$u of them scored,
                                          * %3$s their mean score, such as "0.5" */
                                         "%1$u key result, %2$u scored, mean %3$s",
                                         "%1$u key results, %2$u scored, mean %3$s",
                                         s->n_key_results),
                            s->n_key_results, s->n_scored, mean);
  /* Translators: %s is a share, as in "3 of 8 (38%)" */
  committed = g_strdup_printf (_("Committed key results met: %s"), met);
  /* Translators: %s is a share, as in "3 of 8 (38%)" */
  aspirational = g_strdup_printf (_("Aspirational ones at 0.6 or more: %s"), healthy);
  text = g_strjoin ("\n", scored, committed, aspirational, NULL);
  gtk_label_set_label (GTK_LABEL (card->lines), text);
  gtk_widget_queue_draw (card->chart);
}

static void
summarise (LdsScoreSummary *summary,
           GPtrArray       *tracked,
           LdsFileSettings *settings)
{
  memset (summary, 0, sizeof *summary);
  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      if (t->objective->status == LDS_OBJECTIVE_STATUS_DRAFT ||
          t->objective->status == LDS_OBJECTIVE_STATUS_CANCELLED)
        continue;
      for (guint k = 0; k < t->key_results->len; k++)
        lds_score_summary_add (summary, t->objective->type,
                               lds_key_result_score (t->key_results->pdata[k]), settings);
    }
}

/* The unit or person chosen, else the company */
static char *
owner_name (LdsMidcycleView *self)
{
  g_autoptr(GPtrArray) roots = NULL;
  char *name = lds_page_dup_owner_name (LDS_PAGE (self));

  if (name != NULL)
    return name;
  roots = lds_store_list_by (lds_context_get_store (self->context), LDS_RECORD_UNIT, "parent_id",
                             0, NULL);
  return g_strdup (roots != NULL && roots->len > 0 ? ((LdsUnit *) roots->pdata[0])->name : "");
}

/* The rows of the key results that need a conversation, unit by unit. */
static guint
list_attention (LdsMidcycleView *self,
                GPtrArray       *tracked,
                GHashTable      *last,
                const LdsCycle  *cycle,
                gint64           when,
                GPtrArray       *items)
{
  LdsStore *store = lds_context_get_store (self->context);
  LdsId unit_shown = -1;
  guint n = 0;

  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      if (t->objective->status != LDS_OBJECTIVE_STATUS_ACTIVE)
        continue;
      for (guint k = 0; k < t->key_results->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (t->key_results, k);
          gboolean off = lds_key_result_is_off_track (kr, cycle, t->objective->type, when);
          gboolean low = kr->confidence >= 0 && kr->confidence < LDS_CONFIDENCE_LOW;
          gboolean overdue = lds_key_result_is_overdue (cycle, t->objective->status, kr,
                                                        lds_last_checkin_lookup (last, kr->id),
                                                        self->settings.cadence_days, when, NULL);
          g_autofree char *progress = NULL;
          g_autofree char *subtitle = NULL;
          g_autoptr(LdsTrackingItem) row = NULL;

          if (!off && !low && !overdue)
            continue;
          if (t->unit_id != unit_shown)
            {
              g_autofree char *path = lds_store_get_unit_path (store, t->unit_id);
              g_auto(GStrv) parts = path != NULL ? g_strsplit (path, "/", -1) : NULL;
              g_autofree char *shown = parts != NULL ? g_strjoinv (" › ", parts) : NULL;

              g_ptr_array_add (items, lds_tracking_item_new_heading (shown != NULL ? shown
                                                                                   : t->unit_name,
                                                                     NULL));
              unit_shown = t->unit_id;
            }
          progress = lds_format_kr_progress (kr);
          /* Translators: under a key result: its objective, its owner, where it stands */
          subtitle = g_strdup_printf (_("%1$s · %2$s · %3$s"), t->objective->title, t->owner_name,
                                      progress);
          row = lds_tracking_item_new_row (LDS_RECORD_KEY_RESULT, kr->id, t->objective->id,
                                           kr->title, subtitle);
          if (off)
            {
              g_autofree char *score = lds_format_score (lds_key_result_score (kr),
                                                         self->settings.scale);
              g_autofree char *expected = lds_format_score (lds_key_result_expected (
                                                              cycle, t->objective->type, when),
                                                            self->settings.scale);
              /* Translators: a key result behind plan: its score, and where it should stand */
              g_autofree char *text = g_strdup_printf (_("Off track: %1$s, expected %2$s"), score,
                                                       expected);

              lds_tracking_item_add_pill (row, text, "lds-confidence-low");
            }
          if (low)
            {
              /* Translators: a key result's confidence, as in "Low confidence 3/10" */
              g_autofree char *text = g_strdup_printf (_("Low confidence %d/10"), kr->confidence);

              lds_tracking_item_add_pill (row, text, "lds-flag");
            }
          if (overdue)
            lds_tracking_item_add_pill (row, _("Check-in overdue"), "lds-overdue");
          g_ptr_array_add (items, g_steal_pointer (&row));
          n++;
        }
    }
  return n;
}

static void
refresh (LdsPage *page)
{
  LdsMidcycleView *self = LDS_MIDCYCLE_VIEW (page);
  LdsStore *store = lds_context_get_store (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  gint64 at = lds_context_get_at (self->context);
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL)
                                            : NULL;
  g_autoptr(GPtrArray) tracked = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GHashTable) last = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = owner_name (self);
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *day = lds_date_control_describe (at);
  guint n = 0;

  lds_store_get_file_settings (store, &self->settings);
  gtk_label_set_label (GTK_LABEL (self->title), name);
  if (cycle != NULL)
    /* Translators: %1$s is a cycle, such as "2026 Q4", %2$s a day or "Today" */
    subtitle = g_strdup_printf (_("Mid-cycle review · %1$s · %2$s"), cycle->name, day);
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");

  if (cycle != NULL)
    {
      tracked = lds_store_list_tracked_at (store, cycle->id, type, owner_id, LDS_SCOPE_BELOW, at,
                                           &last, NULL);
      g_autoptr(LdsUnit) unit = type == LDS_RECORD_UNIT && owner_id != 0
                                ? lds_store_get (store, LDS_RECORD_UNIT, owner_id, NULL) : NULL;
      gboolean whole = owner_id == 0 || (unit != NULL && unit->parent_id == 0);

      all = !whole ? lds_store_list_tracked_at (store, cycle->id, LDS_RECORD_UNIT, 0,
                                                LDS_SCOPE_BELOW, at, NULL, NULL)
                   : NULL;
    }
  if (tracked != NULL)
    {
      summarise (&self->cards[0].summary, tracked, &self->settings);
      summarise (&self->cards[1].summary, all != NULL ? all : tracked, &self->settings);
      n = list_attention (self, tracked, last, cycle, at != 0 ? at : lds_now (), items);
    }
  else
    {
      memset (&self->cards[0].summary, 0, sizeof (LdsScoreSummary));
      memset (&self->cards[1].summary, 0, sizeof (LdsScoreSummary));
    }
  fill_card (self, &self->cards[0], name);
  fill_card (self, &self->cards[1], _("The whole cycle"));
  /* The company's is the whole cycle's. */
  gtk_widget_set_visible (gtk_widget_get_parent (self->cards[1].title), all != NULL);

  if (cycle == NULL)
    heading = g_strdup (_("This organisation has no cycles yet."));
  else if (n == 0)
    heading = g_strdup (_("Every key result is on track, with a fair confidence and its "
                          "check-ins on time."));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            /* Translators: %u is a number of key results */
                                            "%u key result to talk over: off track, with low "
                                            "confidence, or with a check-in overdue",
                                            "%u key results to talk over: off track, with low "
                                            "confidence, or with a check-in overdue", n),
                               n);
  lds_page_set_tracking_items (LDS_PAGE (self), items, heading);
}

/* LdsView */

static GVariant *
lds_midcycle_view_save_state (LdsView *view)
{
  return g_variant_new ("d", lds_page_get_scroll (LDS_PAGE (view)));
}

static void
lds_midcycle_view_restore_state (LdsView  *view,
                                 GVariant *state)
{
  if (g_variant_is_of_type (state, G_VARIANT_TYPE_DOUBLE))
    lds_page_restore_scroll (LDS_PAGE (view), g_variant_get_double (state));
}

static void
lds_midcycle_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_midcycle_view_save_state;
  iface->restore_state = lds_midcycle_view_restore_state;
}

/* GObject */

static GtkWidget *
card_new (LdsMidcycleView *self,
          Card            *card)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  card->title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (card->title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (card->title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (card->title, "heading");
  card->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (card->chart), 96);
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (card->chart), 200);
  g_object_set_data (G_OBJECT (card->chart), "lds-view", self);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (card->chart), draw_histogram, &card->summary,
                                  NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("How the scores are spread, from 0.0 to 1.0"), -1);
  card->lines = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (card->lines), 0);
  gtk_label_set_wrap (GTK_LABEL (card->lines), TRUE);
  gtk_widget_add_css_class (card->lines, "numeric");
  gtk_box_append (GTK_BOX (box), card->title);
  gtk_box_append (GTK_BOX (box), card->chart);
  gtk_box_append (GTK_BOX (box), card->lines);
  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "lds-summary-card");
  gtk_widget_set_hexpand (box, TRUE);
  return box;
}

static void
build (LdsMidcycleView *self)
{
  GtkWidget *header = lds_page_add_header (LDS_PAGE (self), &self->title, &self->subtitle);
  GtkWidget *cards = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

  lds_page_add_date_control (LDS_PAGE (self), header);

  gtk_widget_add_css_class (cards, "lds-summary-cards");
  gtk_box_append (GTK_BOX (cards), card_new (self, &self->cards[0]));
  gtk_box_append (GTK_BOX (cards), card_new (self, &self->cards[1]));
  lds_page_append (LDS_PAGE (self), cards);
}

static void
lds_midcycle_view_constructed (GObject *object)
{
  LdsMidcycleView *self = LDS_MIDCYCLE_VIEW (object);

  G_OBJECT_CLASS (lds_midcycle_view_parent_class)->constructed (object);

  self->context = lds_page_get_context (LDS_PAGE (self));
  lds_page_add_tracking_list (LDS_PAGE (self));
}

static void
lds_midcycle_view_class_init (LdsMidcycleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LdsPageClass *page_class = LDS_PAGE_CLASS (klass);

  object_class->constructed = lds_midcycle_view_constructed;

  gtk_widget_class_set_css_name (widget_class, "ldsmidcycleview");

  page_class->refresh = refresh;
  page_class->watched_types = (1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) |
                              (1 << LDS_RECORD_CYCLE) | (1 << LDS_RECORD_OBJECTIVE) |
                              (1 << LDS_RECORD_KEY_RESULT) | (1 << LDS_RECORD_CHECKIN) |
                              (1 << LDS_RECORD_REVISION);
  page_class->watches_settings = TRUE;
  page_class->follows = LDS_PAGE_FOLLOWS_OWNER | LDS_PAGE_FOLLOWS_CYCLE | LDS_PAGE_FOLLOWS_DAY;
}

static void
lds_midcycle_view_init (LdsMidcycleView *self)
{
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
  build (self);
}

GtkWidget *
lds_midcycle_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_MIDCYCLE_VIEW, "context", context, NULL);
}

/**
 * lds_midcycle_view_get_items:
 *
 * Returns: (transfer none): the rows listed (LdsTrackingItem), for tests
 */
GListModel *
lds_midcycle_view_get_items (LdsMidcycleView *self)
{
  g_return_val_if_fail (LDS_IS_MIDCYCLE_VIEW (self), NULL);

  lds_page_refresh_if_stale (LDS_PAGE (self));
  return lds_page_get_tracking_items (LDS_PAGE (self));
}
