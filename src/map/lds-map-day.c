/* lds-map-day.c: the alignment map as it stood on one day
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Moving the day of a map of 10,000 objectives must redraw it in well
 * under 100 ms: the history (360,000 check-ins) is read once, then each
 * day is a binary search per key result in memory, and the model's
 * values are replaced in place.
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-map-day-private.h"
#include "lds-store-history.h"
#include "lds-tracking.h"

#define DATA_KEY "lds-map-day"

typedef struct
{
  gint64              created_at;
  LdsObjectiveStatus  status;
  LdsId               cycle_id;
} DayNode;

/* A key result as it stands today */
typedef struct
{
  LdsId         id;
  gint64        created_at;
  gint64        last_checkin;    /* today's latest; 0: none */
  LdsMetric     metric;
  LdsDirection  direction;
  double        start_value;
  double        target_value;
  double        current_value;
  double        score;
  int           confidence;
} DayKr;

struct _LdsMapDay
{
  LdsMapModel  *model;          /* not owned: it owns us */
  gint64        at;             /* the day shown; 0: today */
  GArray       *nodes;          /* DayNode, by node */
  GArray       *krs;            /* DayKr, by the model's order of key results */
  GArray       *left_out;       /* gint64: creation times of what a day left out */
  GHashTable   *cycles;         /* id → LdsCycle */
  LdsHistory   *history;        /* read once a past day is asked for */
};

static void
day_free (gpointer data)
{
  LdsMapDay *day = data;

  g_array_unref (day->nodes);
  g_array_unref (day->krs);
  g_array_unref (day->left_out);
  g_hash_table_unref (day->cycles);
  lds_history_free (day->history);
  g_free (day);
}

/* Building (lds-map-build.c) ------------------------------------------------ */

LdsMapDay *
_lds_map_day_new (LdsMapModel *model,
                  gint64       at)
{
  LdsMapDay *day = g_new0 (LdsMapDay, 1);

  day->model = model;
  day->at = at;
  day->nodes = g_array_new (FALSE, TRUE, sizeof (DayNode));
  day->krs = g_array_new (FALSE, TRUE, sizeof (DayKr));
  day->left_out = g_array_new (FALSE, FALSE, sizeof (gint64));
  day->cycles = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                       (GDestroyNotify) lds_cycle_free);
  g_object_set_data_full (G_OBJECT (model), DATA_KEY, day, day_free);
  return day;
}

void
_lds_map_day_add_node (LdsMapDay          *day,
                       guint               node,
                       gint64              created_at,
                       LdsObjectiveStatus  status,
                       LdsId               cycle_id)
{
  DayNode *d;

  if (node >= day->nodes->len)
    g_array_set_size (day->nodes, node + 1);
  d = &g_array_index (day->nodes, DayNode, node);
  d->created_at = created_at;
  d->status = status;
  d->cycle_id = cycle_id;
}

/* In the order the model is given its key results. */
void
_lds_map_day_add_key_result (LdsMapDay          *day,
                             const LdsKeyResult *kr)
{
  DayKr d = {
    .id = kr->id,
    .created_at = kr->created_at,
    .metric = kr->metric,
    .direction = kr->direction,
    .start_value = kr->start_value,
    .target_value = kr->target_value,
    .current_value = kr->current_value,
    .score = kr->score,
    .confidence = kr->confidence,
  };

  g_array_append_val (day->krs, d);
}

/* An objective or key result that did not exist on the day shown yet. */
void
_lds_map_day_left_out (LdsMapDay *day,
                       gint64     created_at)
{
  g_array_append_val (day->left_out, created_at);
}

static DayKr *
day_kr (LdsMapDay *day,
        guint      node,
        guint      i)
{
  return &g_array_index (day->krs, DayKr, lds_map_model_get_node (day->model, node)->first_kr + i);
}

static void
last_checkin_cb (LdsId    key_result_id,
                 gint64   at,
                 gpointer user_data)
{
  GHashTable *times = user_data;

  g_hash_table_insert (times, g_memdup2 (&key_result_id, sizeof key_result_id),
                       g_memdup2 (&at, sizeof at));
}

static gboolean
load_cycles (LdsMapDay  *day,
             LdsStore   *store,
             GError    **error)
{
  for (guint v = 0; v < day->nodes->len; v++)
    {
      LdsId id = g_array_index (day->nodes, DayNode, v).cycle_id;
      LdsCycle *cycle;

      if (id == 0 || g_hash_table_contains (day->cycles, &id))
        continue;
      cycle = lds_store_get (store, LDS_RECORD_CYCLE, id, error);
      if (cycle == NULL)
        return FALSE;
      g_hash_table_insert (day->cycles, &cycle->id, cycle);
    }
  return TRUE;
}

/* What every day needs besides the history: the cycles, and the time of
 * each key result's latest check-in today. */
gboolean
_lds_map_day_load (LdsMapDay  *day,
                   LdsStore   *store,
                   GError    **error)
{
  g_autoptr(GHashTable) times = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer key;

  if (!load_cycles (day, store, error))
    return FALSE;
  g_hash_table_iter_init (&iter, day->cycles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!lds_store_each_last_checkin (store, *(LdsId *) key, last_checkin_cb, times, error))
      return FALSE;
  for (guint k = 0; k < day->krs->len; k++)
    {
      DayKr *d = &g_array_index (day->krs, DayKr, k);
      gint64 *last = g_hash_table_lookup (times, &d->id);

      d->last_checkin = last != NULL ? *last : 0;
    }
  return TRUE;
}

/* Puts the values and overdue marks of day->at into the model. Returns
 * whether a node's height changed. */
gboolean
_lds_map_day_apply (LdsMapDay *day)
{
  const LdsFileSettings *settings = lds_map_model_get_settings (day->model);
  gint64 when = day->at != 0 ? day->at : lds_now ();
  guint n = lds_map_model_get_n_nodes (day->model);
  gboolean reshaped = FALSE;

  g_return_val_if_fail (day->at == 0 || day->history != NULL, FALSE);

  for (guint v = 0; v < n && v < day->nodes->len; v++)
    {
      const DayNode *dn = &g_array_index (day->nodes, DayNode, v);
      const LdsCycle *cycle = g_hash_table_lookup (day->cycles, &dn->cycle_id);
      guint n_krs = lds_map_model_get_node (day->model, v)->n_krs;
      gboolean overdue = FALSE;

      for (guint i = 0; i < n_krs; i++)
        {
          const DayKr *d = day_kr (day, v, i);
          LdsKeyResult kr = {
            .id = d->id,
            .created_at = d->created_at,
            .metric = d->metric,
            .direction = d->direction,
            .start_value = d->start_value,
            .target_value = d->target_value,
            .current_value = d->current_value,
            .score = d->score,
            .confidence = d->confidence,
          };
          gint64 last = d->last_checkin;

          if (day->at != 0)
            {
              lds_history_key_result_at (day->history, &kr, day->at);
              last = lds_history_last_checkin (day->history, kr.id, day->at);
              /* Titles stay as the map measured them. */
              g_clear_pointer (&kr.title, g_free);
            }
          lds_map_model_set_key_result_range (day->model, v, i, kr.start_value, kr.target_value);
          lds_map_model_set_key_result_values (day->model, v, i, kr.current_value, kr.score,
                                               kr.confidence);
          overdue = overdue || lds_key_result_is_overdue (cycle, dn->status, &kr, last,
                                                          settings->cadence_days, when, NULL);
        }
      reshaped |= lds_map_model_set_overdue (day->model, v, overdue);
    }
  return reshaped;
}

/* Public -------------------------------------------------------------------- */

/**
 * lds_map_day_get_for_model:
 *
 * Returns: (transfer none) (nullable): the day of a model built from the
 *   store; %NULL for one built node by node
 */
LdsMapDay *
lds_map_day_get_for_model (LdsMapModel *model)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (model), NULL);

  return g_object_get_data (G_OBJECT (model), DATA_KEY);
}

/* The day shown: the end of a day, or 0 for today. */
gint64
lds_map_day_get_at (LdsMapDay *day)
{
  g_return_val_if_fail (day != NULL, 0);

  return day->at;
}

/**
 * lds_map_day_load_history:
 *
 * Reads the check-ins and revisions of the map's cycles, if not read yet,
 * so that the first move to a past day is as quick as the others.
 */
gboolean
lds_map_day_load_history (LdsMapDay  *day,
                          LdsStore   *store,
                          GError    **error)
{
  g_autoptr(GArray) ids = NULL;
  GHashTableIter iter;
  gpointer key;

  g_return_val_if_fail (day != NULL, FALSE);
  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  if (day->history != NULL)
    return TRUE;
  if (!load_cycles (day, store, error))
    return FALSE;
  ids = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_hash_table_iter_init (&iter, day->cycles);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_array_append_val (ids, *(LdsId *) key);
  day->history = lds_store_history_load (store, (const LdsId *) (gpointer) ids->data, ids->len,
                                         error);
  return day->history != NULL;
}

static gboolean
created_between (GArray *times,
                 gsize   stride,
                 gsize   offset,
                 gint64  lo,
                 gint64  hi)
{
  for (guint i = 0; i < times->len; i++)
    {
      gint64 t = *(gint64 *) (gpointer) (times->data + i * stride + offset);

      if (t > lo && t <= hi)
        return TRUE;
    }
  return FALSE;
}

/**
 * lds_map_day_move:
 * @at: the end of the day to show; 0: today
 *
 * Shows another day in the same model, when the same objectives and key
 * results existed on both days.
 *
 * Returns: what changed; %LDS_MAP_DAY_REBUILD when the model was left as
 *   it was (another shape, or @error set)
 */
LdsMapDayChange
lds_map_day_move (LdsMapDay  *day,
                  LdsStore   *store,
                  gint64      at,
                  GError    **error)
{
  gint64 from, to, lo, hi;

  g_return_val_if_fail (day != NULL, LDS_MAP_DAY_REBUILD);
  g_return_val_if_fail (LDS_IS_STORE (store), LDS_MAP_DAY_REBUILD);

  from = day->at != 0 ? day->at : G_MAXINT64;
  to = at != 0 ? at : G_MAXINT64;
  lo = MIN (from, to);
  hi = MAX (from, to);
  if (lo != hi &&
      (created_between (day->nodes, sizeof (DayNode), G_STRUCT_OFFSET (DayNode, created_at), lo, hi) ||
       created_between (day->krs, sizeof (DayKr), G_STRUCT_OFFSET (DayKr, created_at), lo, hi) ||
       created_between (day->left_out, sizeof (gint64), 0, lo, hi)))
    return LDS_MAP_DAY_REBUILD;

  if (at != 0 && !lds_map_day_load_history (day, store, error))
    return LDS_MAP_DAY_REBUILD;
  day->at = at;
  return _lds_map_day_apply (day) ? LDS_MAP_DAY_RESHAPED : LDS_MAP_DAY_VALUES;
}
