/* lds-changes-view.c: what moved between two days, for the weekly meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * For the chosen unit (and everything below it) or person, what changed in
 * the cycle between a day and the day shown (today, or the context's day):
 * objectives and key results added, revisions with their reasons, the key
 * results checked in (from which value to which, the confidence, the last
 * note) and the objectives whose score moved. Objective by objective, in
 * the organisation's order; only those where something moved.
 */

#define G_LOG_DOMAIN "lds-changes-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date-control.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-changes-view.h"
#include "lds-score.h"
#include "lds-store-history.h"
#include "lds-store-tracking.h"
#include "lds-tracking-list.h"
#include "lds-tracking.h"

/* A score that moves less than this has not moved (scores are shown to a tenth). */
#define SCORE_MOVED 0.05

static const struct
{
  int          days;       /* 0: since the cycle started */
  const char  *label;
} spans[] = {
  { 7, N_("Since a week before") },
  { 14, N_("Since two weeks before") },
  { 30, N_("Since a month before") },
  { 0, N_("Since the cycle started") },
};

struct _LdsChangesView
{
  LdsPage          parent_instance;

  LdsContext      *context;  /* the page's, borrowed */
  LdsFileSettings  settings;

  GtkWidget       *title;
  GtkWidget       *subtitle;
  GtkWidget       *since;
};

static void lds_changes_view_view_init (LdsViewInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdsChangesView, lds_changes_view, LDS_TYPE_PAGE,
                               G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_changes_view_view_init))

typedef struct
{
  guint n_new;
  guint n_revisions;
  guint n_checked_in;
  guint n_scores;
} Counts;

static double
objective_score (LdsTrackedObjective *t)
{
  if (t == NULL || t->key_results->len == 0)
    return NAN;
  return lds_objective_score ((LdsKeyResult *const *) t->key_results->pdata, t->key_results->len);
}

/* "410 → 450 k€" */
static char *
moved (const LdsKeyResult *then,
       const LdsKeyResult *now)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (now->metric == LDS_METRIC_MILESTONE)
    {
      before = g_strdup (then != NULL && then->current_value >= 1.0 ? C_("milestone", "Done")
                                                                     : C_("milestone", "Not done"));
      after = g_strdup (now->current_value >= 1.0 ? C_("milestone", "Done")
                                                  : C_("milestone", "Not done"));
    }
  else
    {
      before = lds_format_value (then != NULL ? then->current_value : now->start_value);
      after = lds_format_value (now->current_value);
    }
  if (now->metric != LDS_METRIC_MILESTONE && g_strcmp0 (now->unit_label, "%") == 0)
    /* Translators: a value in percent that moved: before → after, as in "84 → 85%"
     * (written as a key result's progress is, "84 / 90%"); keep the percent sign as "%%" */
    return g_strdup_printf (_("%1$s → %2$s%%"), before, after);
  /* Translators: a value that moved: before → after, and its unit, as in "410 → 450 k€" */
  return g_strstrip (g_strdup_printf (_("%1$s → %2$s %3$s"), before, after,
                                      now->metric == LDS_METRIC_MILESTONE ? "" : now->unit_label));
}

static void
add_objective (LdsChangesView      *self,
               LdsTrackedObjective *t,
               LdsTrackedObjective *then,
               GHashTable          *krs_then,
               GHashTable          *checkins,
               GHashTable          *revisions,
               gint64               from,
               gint64               to,
               GPtrArray           *items,
               Counts              *counts)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LdsTrackingItem) heading = NULL;
  g_autofree char *subtitle = NULL;
  gboolean is_new = t->objective->created_at > from && t->objective->created_at <= to;
  double before = objective_score (then), after = objective_score (t);
  gboolean score_moved = !isnan (after) && (isnan (before) ? after > 0 : fabs (after - before) >= SCORE_MOVED);
  GPtrArray *objective_revisions = g_hash_table_lookup (revisions, t->objective->uuid);

  /* Revisions of the objective itself */
  for (guint i = 0; objective_revisions != NULL && i < objective_revisions->len; i++)
    {
      LdsRevision *r = g_ptr_array_index (objective_revisions, i);
      g_autofree char *from_text = lds_revision_format_value (r->record_table, r->field, r->old_value);
      g_autofree char *to_text = lds_revision_format_value (r->record_table, r->field, r->new_value);
      /* Translators: a revision: the field, its old value and its new one, as in "Title: A → B" */
      g_autofree char *text = g_strdup_printf (_("%1$s: %2$s → %3$s"),
                                               lds_revision_field_label (r->record_table, r->field),
                                               from_text, to_text);
      LdsTrackingItem *row = lds_tracking_item_new_row (LDS_RECORD_OBJECTIVE, t->objective->id,
                                                        t->objective->id, text, NULL);

      lds_tracking_item_add_pill (row, _("Revised"), "lds-flag");
      lds_tracking_item_set_detail (row, r->reason);
      g_ptr_array_add (rows, row);
      counts->n_revisions++;
    }

  for (guint k = 0; k < t->key_results->len; k++)
    {
      LdsKeyResult *kr = g_ptr_array_index (t->key_results, k);
      GPtrArray *kr_checkins = g_hash_table_lookup (checkins, &kr->id);
      GPtrArray *kr_revisions = g_hash_table_lookup (revisions, kr->uuid);

      if (kr->created_at > from && kr->created_at <= to && !is_new)
        {
          LdsTrackingItem *row = lds_tracking_item_new_row (LDS_RECORD_KEY_RESULT, kr->id,
                                                            t->objective->id, kr->title,
                                                            _("A key result added"));

          lds_tracking_item_add_pill (row, _("New"), "lds-mid-cycle");
          g_ptr_array_add (rows, row);
          counts->n_new++;
        }
      for (guint i = 0; kr_revisions != NULL && i < kr_revisions->len; i++)
        {
          LdsRevision *r = g_ptr_array_index (kr_revisions, i);
          g_autofree char *from_text = lds_revision_format_value (r->record_table, r->field,
                                                                  r->old_value);
          g_autofree char *to_text = lds_revision_format_value (r->record_table, r->field,
                                                                r->new_value);
          g_autofree char *text = g_strdup_printf (_("%1$s: %2$s → %3$s"),
                                                   lds_revision_field_label (r->record_table,
                                                                             r->field),
                                                   from_text, to_text);
          LdsTrackingItem *row = lds_tracking_item_new_row (LDS_RECORD_KEY_RESULT, kr->id,
                                                            t->objective->id, kr->title, text);

          lds_tracking_item_add_pill (row, _("Revised"), "lds-flag");
          lds_tracking_item_set_detail (row, r->reason);
          g_ptr_array_add (rows, row);
          counts->n_revisions++;
        }
      if (kr_checkins != NULL && kr_checkins->len > 0)
        {
          LdsCheckin *last = g_ptr_array_index (kr_checkins, kr_checkins->len - 1);
          g_autofree char *value = moved (g_hash_table_lookup (krs_then, &kr->id), kr);
          g_autofree char *day = lds_format_time_as_date (last->at);
          g_autofree char *subtitle_text = NULL;
          LdsTrackingItem *row;

          if (kr->confidence >= 0)
            /* Translators: a key result checked in: how its value moved, its confidence, and
             * the day of its last check-in, as in "410 → 450 k€ · confidence 7/10 · 20 Nov 2026" */
            subtitle_text = g_strdup_printf (_("%1$s · confidence %2$d/10 · %3$s"), value,
                                             kr->confidence, day);
          else
            /* Translators: a key result checked in: how its value moved, and the day */
            subtitle_text = g_strdup_printf (_("%1$s · %2$s"), value, day);
          row = lds_tracking_item_new_row (LDS_RECORD_KEY_RESULT, kr->id, t->objective->id,
                                           kr->title, subtitle_text);
          lds_tracking_item_set_detail (row, last->note);
          if (kr->confidence >= 0 && kr->confidence < LDS_CONFIDENCE_LOW)
            lds_tracking_item_add_pill (row, _("Low confidence"), "lds-confidence-low");
          g_ptr_array_add (rows, row);
          counts->n_checked_in++;
        }
    }

  if (!is_new && !score_moved && rows->len == 0)
    return;

  /* Translators: under an objective: its owner and its unit, as in "Hannah Doyle · Direct Sales" */
  subtitle = g_strcmp0 (t->owner_name, t->unit_name) != 0
             ? g_strdup_printf (_("%1$s · %2$s"), t->owner_name, t->unit_name)
             : g_strdup (t->owner_name);
  heading = lds_tracking_item_new_heading (t->objective->title, subtitle);
  if (is_new)
    {
      lds_tracking_item_add_pill (heading, _("New objective"), "lds-mid-cycle");
      counts->n_new++;
    }
  if (score_moved)
    {
      g_autofree char *a = lds_format_score (before, self->settings.scale);
      g_autofree char *b = lds_format_score (after, self->settings.scale);
      /* Translators: an objective's score moved, as in "Score 0.3 → 0.5" */
      g_autofree char *text = g_strdup_printf (_("Score %1$s → %2$s"), a, b);

      lds_tracking_item_add_pill (heading, text,
                                  !isnan (before) && after < before ? "lds-confidence-low"
                                                                    : "lds-self-driven");
      counts->n_scores++;
    }
  g_ptr_array_add (items, g_steal_pointer (&heading));
  g_ptr_array_extend_and_steal (items, g_steal_pointer (&rows));
}

static void
refresh (LdsPage *page)
{
  LdsChangesView *self = LDS_CHANGES_VIEW (page);
  LdsStore *store = lds_context_get_store (self->context);
  LdsRecordType type = lds_context_get_owner_type (self->context);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  gint64 at = lds_context_get_at (self->context);
  guint span = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->since));
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL)
                                            : NULL;
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GPtrArray) then = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GHashTable) objectives_then = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) krs_then = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) by_kr = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                       (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = lds_page_dup_owner_name (LDS_PAGE (self));
  g_autofree char *subtitle = NULL;
  g_autofree char *heading = NULL;
  Counts counts = { 0 };
  gint64 to = at != 0 ? at : lds_now ();
  gint64 from;

  lds_store_get_file_settings (store, &self->settings);
  gtk_label_set_label (GTK_LABEL (self->title), name != NULL ? name : "");
  if (span >= G_N_ELEMENTS (spans))
    span = 0;
  if (spans[span].days > 0 || cycle == NULL)
    from = to - (gint64) MAX (spans[span].days, 7) * LDS_DAY_SECONDS;
  else
    from = lds_date_to_time (cycle->start_date) - 1;

  if (cycle != NULL)
    {
      g_autofree char *a = lds_format_time_as_date (from + 1);
      g_autofree char *b = lds_date_control_describe (at);

      /* Translators: %1$s is a cycle, %2$s and %3$s the days between which changes are listed */
      subtitle = g_strdup_printf (_("What moved in %1$s, from %2$s to %3$s"), cycle->name, a, b);
      now = lds_store_list_tracked_at (store, cycle->id, type, owner_id, LDS_SCOPE_BELOW, at, NULL,
                                       NULL);
      then = lds_store_list_tracked_at (store, cycle->id, type, owner_id, LDS_SCOPE_BELOW, from,
                                        NULL, NULL);
      checkins = lds_store_list_checkins_between (store, cycle->id, from, to, NULL);
      revisions = lds_store_list_revisions_between (store, from, to, NULL);
    }
  gtk_label_set_label (GTK_LABEL (self->subtitle), subtitle != NULL ? subtitle : "");

  for (guint i = 0; then != NULL && i < then->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (then, i);

      g_hash_table_insert (objectives_then, &t->objective->id, t);
      for (guint k = 0; k < t->key_results->len; k++)
        g_hash_table_insert (krs_then, &((LdsKeyResult *) t->key_results->pdata[k])->id,
                             t->key_results->pdata[k]);
    }
  for (guint i = 0; checkins != NULL && i < checkins->len; i++)
    {
      LdsCheckin *c = g_ptr_array_index (checkins, i);
      GPtrArray *list = g_hash_table_lookup (by_kr, &c->key_result_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_kr, &c->key_result_id, list);
        }
      g_ptr_array_add (list, c);
    }
  for (guint i = 0; revisions != NULL && i < revisions->len; i++)
    {
      LdsRevision *r = g_ptr_array_index (revisions, i);
      GPtrArray *list = g_hash_table_lookup (by_uuid, r->record_uuid);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (by_uuid, r->record_uuid, list);
        }
      g_ptr_array_add (list, r);
    }

  for (guint i = 0; now != NULL && i < now->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (now, i);

      add_objective (self, t, g_hash_table_lookup (objectives_then, &t->objective->id), krs_then,
                     by_kr, by_uuid, from, to, items, &counts);
    }

  if (cycle == NULL)
    heading = g_strdup (_("This organisation has no cycles yet."));
  else if (items->len == 0)
    heading = g_strdup (_("Nothing moved: no check-ins, no revisions, nothing new."));
  else
    /* Translators: a summary of what moved; each number counts what follows it */
    heading = g_strdup_printf (_("New: %1$u · Revised: %2$u · Checked in: %3$u · Scores moved: %4$u"),
                               counts.n_new, counts.n_revisions, counts.n_checked_in,
                               counts.n_scores);
  lds_page_set_tracking_items (LDS_PAGE (self), items, heading);
}

/* LdsView */

static GVariant *
lds_changes_view_save_state (LdsView *view)
{
  LdsChangesView *self = LDS_CHANGES_VIEW (view);

  return g_variant_new ("(ud)", gtk_drop_down_get_selected (GTK_DROP_DOWN (self->since)),
                        lds_page_get_scroll (LDS_PAGE (self)));
}

static void
lds_changes_view_restore_state (LdsView  *view,
                                GVariant *state)
{
  LdsChangesView *self = LDS_CHANGES_VIEW (view);
  guint span = 0;
  double scroll = 0;

  if (!g_variant_is_of_type (state, G_VARIANT_TYPE ("(ud)")))
    return;
  g_variant_get (state, "(ud)", &span, &scroll);
  if (span < G_N_ELEMENTS (spans))
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->since), span);
  lds_page_restore_scroll (LDS_PAGE (self), scroll);
}

static void
lds_changes_view_view_init (LdsViewInterface *iface)
{
  iface->save_state = lds_changes_view_save_state;
  iface->restore_state = lds_changes_view_restore_state;
}

/* GObject */

static void
build (LdsChangesView *self)
{
  GtkWidget *header = lds_page_add_header (LDS_PAGE (self), &self->title, &self->subtitle);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    gtk_string_list_append (labels, _(spans[i].label));
  self->since = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&labels)), NULL);
  gtk_widget_set_valign (self->since, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (self->since, _("From which day changes are listed"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->since), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("From which day changes are listed"), -1);
  g_signal_connect_swapped (self->since, "notify::selected", G_CALLBACK (lds_page_queue_refresh), self);
  gtk_box_append (GTK_BOX (header), self->since);
  lds_page_add_date_control (LDS_PAGE (self), header);
}

static void
lds_changes_view_constructed (GObject *object)
{
  LdsChangesView *self = LDS_CHANGES_VIEW (object);

  G_OBJECT_CLASS (lds_changes_view_parent_class)->constructed (object);

  self->context = lds_page_get_context (LDS_PAGE (self));
  lds_page_add_tracking_list (LDS_PAGE (self));
}

static void
lds_changes_view_class_init (LdsChangesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  LdsPageClass *page_class = LDS_PAGE_CLASS (klass);

  object_class->constructed = lds_changes_view_constructed;

  gtk_widget_class_set_css_name (widget_class, "ldschangesview");

  page_class->refresh = refresh;
  page_class->watched_types = (1 << LDS_RECORD_UNIT) | (1 << LDS_RECORD_PERSON) |
                              (1 << LDS_RECORD_CYCLE) | (1 << LDS_RECORD_OBJECTIVE) |
                              (1 << LDS_RECORD_KEY_RESULT) | (1 << LDS_RECORD_CHECKIN) |
                              (1 << LDS_RECORD_REVISION);
  page_class->watches_settings = TRUE;
  page_class->follows = LDS_PAGE_FOLLOWS_OWNER | LDS_PAGE_FOLLOWS_CYCLE | LDS_PAGE_FOLLOWS_DAY;
}

static void
lds_changes_view_init (LdsChangesView *self)
{
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
  build (self);
}

GtkWidget *
lds_changes_view_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_CHANGES_VIEW, "context", context, NULL);
}

/**
 * lds_changes_view_set_since:
 * @days: 7, 14 or 30 days before the day shown; 0: since the cycle started
 */
void
lds_changes_view_set_since (LdsChangesView *self,
                            int             days)
{
  g_return_if_fail (LDS_IS_CHANGES_VIEW (self));

  for (guint i = 0; i < G_N_ELEMENTS (spans); i++)
    if (spans[i].days == days)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->since), i);
}

/**
 * lds_changes_view_get_items:
 *
 * Returns: (transfer none): the rows listed (LdsTrackingItem), for tests
 */
GListModel *
lds_changes_view_get_items (LdsChangesView *self)
{
  g_return_val_if_fail (LDS_IS_CHANGES_VIEW (self), NULL);

  lds_page_refresh_if_stale (LDS_PAGE (self));
  return lds_page_get_tracking_items (LDS_PAGE (self));
}
