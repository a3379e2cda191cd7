/* lds-tracking.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-tracking"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-format.h"
#include "lds-score.h"
#include "lds-tracking.h"

/* How far a key result may fall behind the straight line from its start
 * to its target before it is off track. */
#define OFF_TRACK_MARGIN 0.2

/* Cadence ------------------------------------------------------------------ */

/* The days between two check-ins that a cycle asks for: its own cadence,
 * else the organisation's. */
int
lds_cycle_cadence (const LdsCycle *cycle,
                   int             default_cadence_days)
{
  if (cycle != NULL && cycle->cadence_days > 0)
    return cycle->cadence_days;
  return default_cadence_days > 0 ? default_cadence_days : 7;
}

/* The last second of a day ("YYYY-MM-DD", UTC); 0 when it is not a date.
 * "As it stood on that day" means at the end of it. */
gint64
lds_day_end (const char *iso_date)
{
  if (!lds_date_is_valid (iso_date))
    return 0;
  return lds_date_to_time (iso_date) + LDS_DAY_SECONDS - 1;
}

/* Whether an objective or key result added at @at comes in the middle of
 * the cycle: the cycle is active, and its first day is over. */
gboolean
lds_cycle_is_under_way (const LdsCycle *cycle,
                        gint64          at)
{
  return cycle != NULL && cycle->state == LDS_CYCLE_STATE_ACTIVE &&
         lds_date_is_valid (cycle->start_date) && at > lds_day_end (cycle->start_date);
}

/**
 * lds_key_result_is_overdue:
 * @cycle: the cycle of the key result's objective
 * @status: the objective's status
 * @last_checkin: the time of the key result's latest check-in at or before
 *   @at; 0 when it has none
 * @default_cadence_days: the organisation's cadence, for a cycle without its own
 * @at: the moment to judge (now, or a day looked back at)
 * @days_since: (out) (optional): days since the last check-in, or since the
 *   key result got under way when it has none
 *
 * Whether a key result's check-in is overdue: its objective is active in an
 * active cycle and more than a cadence has passed since its last check-in
 * (or, when it never had one, since the cycle started or the key result was
 * added, whichever is later). The coach's stale-check-in rule, the lists,
 * the map and the reports all ask here.
 */
gboolean
lds_key_result_is_overdue (const LdsCycle      *cycle,
                           LdsObjectiveStatus   status,
                           const LdsKeyResult  *kr,
                           gint64               last_checkin,
                           int                  default_cadence_days,
                           gint64               at,
                           int                 *days_since)
{
  gint64 since;
  int cadence;

  g_return_val_if_fail (kr != NULL, FALSE);

  if (days_since != NULL)
    *days_since = 0;
  if (cycle == NULL || cycle->state != LDS_CYCLE_STATE_ACTIVE ||
      status != LDS_OBJECTIVE_STATUS_ACTIVE || cycle->start_date == NULL)
    return FALSE;

  cadence = lds_cycle_cadence (cycle, default_cadence_days);
  if (last_checkin != 0)
    since = last_checkin;
  else
    since = MAX (lds_date_to_time (cycle->start_date), kr->created_at);
  if (since > at || at - since <= cadence * LDS_DAY_SECONDS)
    return FALSE;
  if (days_since != NULL)
    *days_since = (int) ((at - since) / LDS_DAY_SECONDS);
  return TRUE;
}

/* On track ------------------------------------------------------------------ */

/* How much of a cycle has gone by at @at, 0..1; NAN without dates. */
double
lds_cycle_elapsed (const LdsCycle *cycle,
                   gint64          at)
{
  gint64 start, end;

  if (cycle == NULL || !lds_date_is_valid (cycle->start_date) ||
      !lds_date_is_valid (cycle->end_date))
    return NAN;
  start = lds_date_to_time (cycle->start_date);
  end = lds_day_end (cycle->end_date);
  if (end <= start)
    return NAN;
  return CLAMP ((double) (at - start) / (double) (end - start), 0.0, 1.0);
}

/* Where a key result should stand at @at if it moves in a straight line:
 * a committed one to its target by the end of the cycle, an aspirational
 * one to 0.7 of it, which is success for a stretch goal. */
double
lds_key_result_expected (const LdsCycle   *cycle,
                         LdsObjectiveType  type,
                         gint64            at)
{
  double elapsed = lds_cycle_elapsed (cycle, at);

  if (isnan (elapsed))
    return NAN;
  return elapsed * (type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL ? 0.7 : 1.0);
}

/* Whether a key result has fallen more than a fifth behind where it should
 * stand. One that cannot be measured is not off track: the coach asks for
 * a measure instead. */
gboolean
lds_key_result_is_off_track (const LdsKeyResult *kr,
                             const LdsCycle     *cycle,
                             LdsObjectiveType    type,
                             gint64              at)
{
  double expected = lds_key_result_expected (cycle, type, at);
  double score;

  g_return_val_if_fail (kr != NULL, FALSE);

  score = lds_key_result_score (kr);
  if (isnan (expected) || isnan (score))
    return FALSE;
  return score < expected - OFF_TRACK_MARGIN;
}

/* Revisions ------------------------------------------------------------------ */

static const struct
{
  LdsRecordType  type;
  const char    *field;
  const char    *label;
} tracked[] = {
  { LDS_RECORD_OBJECTIVE, "title", N_("Title") },
  { LDS_RECORD_KEY_RESULT, "title", N_("Title") },
  { LDS_RECORD_KEY_RESULT, "metric", N_("Measured as") },
  { LDS_RECORD_KEY_RESULT, "start_value", N_("Start value") },
  { LDS_RECORD_KEY_RESULT, "target_value", N_("Target") },
};

/* Whether changing @field of a record in an active cycle is a revision:
 * the method asks for a reason, and the change is recorded. */
gboolean
lds_revision_field_is_tracked (LdsRecordType  type,
                               const char    *field)
{
  for (guint i = 0; i < G_N_ELEMENTS (tracked); i++)
    if (tracked[i].type == type && g_strcmp0 (tracked[i].field, field) == 0)
      return TRUE;
  return FALSE;
}

/* What a revised field is called, translated: "Target". */
const char *
lds_revision_field_label (const char *table,
                          const char *field)
{
  const LdsRecordInfo *info = lds_record_info_for_table (table);

  for (guint i = 0; info != NULL && i < G_N_ELEMENTS (tracked); i++)
    if (tracked[i].type == info->type && g_strcmp0 (tracked[i].field, field) == 0)
      return _(tracked[i].label);
  return field;
}

/* A value as a revision keeps it (see lds_record_field_to_string()), as
 * people read it: "45", "Milestone", "–" for none. */
char *
lds_revision_format_value (const char *table,
                           const char *field,
                           const char *value)
{
  const LdsRecordInfo *info = lds_record_info_for_table (table);
  const LdsField *f = info != NULL ? lds_record_info_find_field (info, field) : NULL;

  if (value == NULL || *value == '\0')
    return g_strdup ("–");
  if (f == NULL)
    return g_strdup (value);
  switch (f->kind)
    {
    case LDS_FIELD_REAL:
      {
        char *end = NULL;
        double v = g_ascii_strtod (value, &end);

        if (end == value || *end != '\0')
          return g_strdup (value);
        return lds_format_value (v);
      }
    case LDS_FIELD_ENUM:
      {
        int v = 0;

        if (lds_enum_from_nick (f->enum_type (), value, &v))
          return g_strdup (lds_enum_label (f->enum_type (), v));
        return g_strdup (value);
      }
    default:
      return g_strdup (value);
    }
}

/**
 * lds_revision_diff:
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT
 * @before: the record as stored
 * @after: the record as it is to be
 *
 * Returns: (transfer container) (element-type LdsRevision): one revision
 *   (record, field, old and new values; no time, author or reason yet)
 *   per tracked field that differs, in the order of lds_revision_field_label()
 */
GPtrArray *
lds_revision_diff (LdsRecordType  type,
                   gconstpointer  before,
                   gconstpointer  after)
{
  const LdsRecordInfo *info = lds_record_info (type);
  GPtrArray *revisions = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_revision_free);

  g_return_val_if_fail (before != NULL && after != NULL, revisions);

  for (guint i = 0; i < G_N_ELEMENTS (tracked); i++)
    {
      const LdsField *field;
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;
      LdsRevision *revision;

      if (tracked[i].type != type)
        continue;
      field = lds_record_info_find_field (info, tracked[i].field);
      g_assert (field != NULL);
      old_value = lds_record_field_to_string (field, before);
      new_value = lds_record_field_to_string (field, after);
      if (g_strcmp0 (old_value != NULL ? old_value : "", new_value != NULL ? new_value : "") == 0)
        continue;

      revision = lds_revision_new ();
      lds_set_text (&revision->record_table, info->table);
      lds_set_text (&revision->record_uuid, ((const LdsRecord *) before)->uuid);
      lds_set_text (&revision->field, tracked[i].field);
      lds_set_text (&revision->old_value, old_value != NULL ? old_value : "");
      lds_set_text (&revision->new_value, new_value != NULL ? new_value : "");
      g_ptr_array_add (revisions, revision);
    }
  return revisions;
}

/* Summaries ------------------------------------------------------------------ */

/* Adds one key result (of an objective of @type) to a summary, in the
 * band of its score as @settings (%NULL: the method's defaults) show it.
 * KPIs have no place here: they are health metrics, not scores. */
void
lds_score_summary_add (LdsScoreSummary       *summary,
                       LdsObjectiveType       type,
                       double                 score,
                       const LdsFileSettings *settings)
{
  LdsFileSettings defaults = LDS_FILE_SETTINGS_DEFAULT;
  gboolean scored = lds_score_is_valid (score);
  double shown;

  g_return_if_fail (summary != NULL);
  if (settings == NULL)
    settings = &defaults;

  summary->n_key_results++;
  if (type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL)
    summary->n_aspirational++;
  else
    summary->n_committed++;
  summary->by_band[lds_file_settings_band (settings, scored ? score : NAN)]++;
  if (!scored)
    return;

  summary->n_scored++;
  summary->score_sum += score;
  /* In the tenth of the score as it is shown: a "0.7" among the 0.7s */
  shown = lds_score_shown (score, settings->scale);
  summary->histogram[MIN ((int) floor (shown * 10.0 + 1e-9), 9)]++;
  if (type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL)
    {
      if (score >= 0.6 - 1e-9)
        summary->n_aspirational_healthy++;
    }
  else if (score >= 1.0 - 1e-9)
    summary->n_committed_met++;
}

double
lds_score_summary_mean (const LdsScoreSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NAN);

  return summary->n_scored > 0 ? summary->score_sum / summary->n_scored : NAN;
}

/* The share of committed key results met, 0..1; NAN when there are none. */
double
lds_score_summary_committed_met (const LdsScoreSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NAN);

  return summary->n_committed > 0 ? (double) summary->n_committed_met / summary->n_committed : NAN;
}

/* The share of aspirational key results at 0.6 or more, 0..1; NAN when none. */
double
lds_score_summary_aspirational_healthy (const LdsScoreSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NAN);

  return summary->n_aspirational > 0
         ? (double) summary->n_aspirational_healthy / summary->n_aspirational
         : NAN;
}

/* History ------------------------------------------------------------------- */

typedef struct
{
  LdsId   key_result_id;
  gint64  at;
  double  value;
  int     confidence;
} Point;

typedef struct
{
  LdsId  key_result_id;
  guint  first;
  guint  n;
} Span;

typedef struct
{
  gint64  at;
  char   *field;
  char   *old_value;
} Change;

struct _LdsHistory
{
  GArray     *points;       /* Point, by key result then time once finished */
  GArray     *spans;        /* Span, by key result */
  GHashTable *revisions;    /* record key (revision_key ()) → GArray of Change, by time */
  gboolean    sorted;
  gboolean    finished;
};

static void
change_clear (gpointer data)
{
  Change *change = data;

  g_free (change->field);
  g_free (change->old_value);
}

/**
 * lds_history_new:
 *
 * An empty history; add check-ins and revisions, then finish it. The store
 * fills one for a cycle (lds_store_history_load()); tests build their own.
 */
LdsHistory *
lds_history_new (void)
{
  LdsHistory *self = g_new0 (LdsHistory, 1);

  self->points = g_array_new (FALSE, FALSE, sizeof (Point));
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->revisions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
  self->sorted = TRUE;
  return self;
}

void
lds_history_free (LdsHistory *history)
{
  if (history == NULL)
    return;
  g_array_unref (history->points);
  g_array_unref (history->spans);
  g_hash_table_unref (history->revisions);
  g_free (history);
}

static int
compare_points (gconstpointer a,
                gconstpointer b)
{
  const Point *p = a, *q = b;

  if (p->key_result_id != q->key_result_id)
    return p->key_result_id < q->key_result_id ? -1 : 1;
  return p->at < q->at ? -1 : p->at > q->at;
}

void
lds_history_add_checkin (LdsHistory *history,
                         LdsId       key_result_id,
                         gint64      at,
                         double      value,
                         int         confidence)
{
  Point point = { key_result_id, at, value, confidence };

  g_return_if_fail (history != NULL);
  g_return_if_fail (!history->finished);

  if (history->points->len > 0 &&
      compare_points (&g_array_index (history->points, Point, history->points->len - 1),
                      &point) > 0)
    history->sorted = FALSE;
  g_array_append_val (history->points, point);
}

/* Objectives and key results share one table of revisions. */
static gint64
revision_key (LdsRecordType type,
              LdsId         id)
{
  return id * 2 + (type == LDS_RECORD_KEY_RESULT);
}

/* A revision of @field of an objective or key result, made at @at; the
 * value before it is what the record held until then. */
void
lds_history_add_revision (LdsHistory    *history,
                          LdsRecordType  type,
                          LdsId          id,
                          const char    *field,
                          const char    *old_value,
                          gint64         at)
{
  Change change = { at, g_strdup (field), g_strdup (old_value != NULL ? old_value : "") };
  gint64 key = revision_key (type, id);
  GArray *changes;

  g_return_if_fail (history != NULL && field != NULL);
  g_return_if_fail (type == LDS_RECORD_OBJECTIVE || type == LDS_RECORD_KEY_RESULT);
  g_return_if_fail (!history->finished);

  changes = g_hash_table_lookup (history->revisions, &key);
  if (changes == NULL)
    {
      changes = g_array_new (FALSE, FALSE, sizeof (Change));
      g_array_set_clear_func (changes, change_clear);
      g_hash_table_insert (history->revisions, g_memdup2 (&key, sizeof key), changes);
    }
  g_array_append_val (changes, change);
}

static int
compare_changes (gconstpointer a,
                 gconstpointer b)
{
  const Change *p = a, *q = b;

  return p->at < q->at ? -1 : p->at > q->at;
}

/* Sorts what was added, so that a day is found by binary search. */
void
lds_history_finish (LdsHistory *history)
{
  GHashTableIter iter;
  gpointer value;

  g_return_if_fail (history != NULL);

  if (history->finished)
    return;
  history->finished = TRUE;
  if (!history->sorted)
    g_array_sort (history->points, compare_points);

  for (guint i = 0; i < history->points->len;)
    {
      Span span = { g_array_index (history->points, Point, i).key_result_id, i, 0 };

      while (i < history->points->len &&
             g_array_index (history->points, Point, i).key_result_id == span.key_result_id)
        {
          span.n++;
          i++;
        }
      g_array_append_val (history->spans, span);
    }

  g_hash_table_iter_init (&iter, history->revisions);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_array_sort (value, compare_changes);
}

guint
lds_history_get_n_checkins (const LdsHistory *history)
{
  g_return_val_if_fail (history != NULL, 0);

  return history->points->len;
}

static const Span *
find_span (const LdsHistory *history,
           LdsId             key_result_id)
{
  guint lo = 0, hi = history->spans->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const Span *span = &g_array_index (history->spans, Span, mid);

      if (span->key_result_id == key_result_id)
        return span;
      if (span->key_result_id < key_result_id)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* The index just after the key result's last check-in at or before @at,
 * counted from the span's first; 0 when it had none by then. */
static guint
count_until (const LdsHistory *history,
             const Span       *span,
             gint64            at)
{
  const Point *points = &g_array_index (history->points, Point, span->first);
  guint lo = 0, hi = span->n;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (points[mid].at <= at)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* The time of the key result's latest check-in at or before @at; 0: none. */
gint64
lds_history_last_checkin (const LdsHistory *history,
                          LdsId             key_result_id,
                          gint64            at)
{
  const Span *span;
  guint n;

  g_return_val_if_fail (history != NULL && history->finished, 0);

  span = find_span (history, key_result_id);
  if (span == NULL)
    return 0;
  n = count_until (history, span, at);
  return n > 0 ? g_array_index (history->points, Point, span->first + n - 1).at : 0;
}

/**
 * lds_history_value_at:
 * @value: (out): the value of the latest check-in at or before @at that
 *   gave one; NAN when none did
 * @confidence: (out): likewise the latest confidence given; -1 when none
 *
 * Returns: whether the key result had any check-in at or before @at
 */
gboolean
lds_history_value_at (const LdsHistory *history,
                      LdsId             key_result_id,
                      gint64            at,
                      double           *value,
                      int              *confidence)
{
  const Span *span;
  const Point *points;
  guint n;

  g_return_val_if_fail (history != NULL && history->finished, FALSE);

  *value = NAN;
  *confidence = -1;
  span = find_span (history, key_result_id);
  if (span == NULL)
    return FALSE;
  n = count_until (history, span, at);
  points = &g_array_index (history->points, Point, span->first);
  for (guint i = n; i > 0 && (isnan (*value) || *confidence < 0); i--)
    {
      if (isnan (*value) && !isnan (points[i - 1].value))
        *value = points[i - 1].value;
      if (*confidence < 0 && points[i - 1].confidence >= 0)
        *confidence = points[i - 1].confidence;
    }
  return n > 0;
}

static void
set_field_from_string (LdsRecordType  type,
                       gpointer       record,
                       const char    *name,
                       const char    *text)
{
  const LdsField *field = lds_record_info_find_field (lds_record_info (type), name);

  if (field == NULL)
    return;
  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
      if (text != NULL && *text != '\0')
        lds_set_text (LDS_FIELD_PTR (record, field, char *), text);
      break;
    case LDS_FIELD_REAL:
      {
        char *end = NULL;
        double v = text != NULL && *text != '\0' ? g_ascii_strtod (text, &end) : NAN;

        if (end == NULL || *end == '\0')
          *LDS_FIELD_PTR (record, field, double) = v;
      }
      break;
    case LDS_FIELD_ENUM:
      {
        int v = 0;

        if (lds_enum_from_nick (field->enum_type (), text, &v))
          *LDS_FIELD_PTR (record, field, int) = v;
      }
      break;
    default:
      break;
    }
}

/* Puts back, field by field, what the record held at @at: the old value of
 * the first revision of each field made after it. */
static void
undo_revisions (const LdsHistory *history,
                LdsRecordType     type,
                gpointer          record,
                gint64            at)
{
  gint64 key = revision_key (type, ((LdsRecord *) record)->id);
  GArray *changes = g_hash_table_lookup (history->revisions, &key);
  g_autoptr(GHashTable) done = NULL;

  if (changes == NULL)
    return;
  done = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < changes->len; i++)
    {
      const Change *change = &g_array_index (changes, Change, i);

      if (change->at <= at || g_hash_table_contains (done, change->field))
        continue;
      g_hash_table_add (done, change->field);
      set_field_from_string (type, record, change->field, change->old_value);
    }
}

/**
 * lds_history_key_result_at:
 * @kr: (inout): a key result as it stands now; made into the key result as
 *   it stood at @at
 *
 * The start, target, title and metric of that day (from the revisions made
 * since), its value and confidence (from its latest check-in at or before
 * @at; before its first check-in, the start value and no confidence). The
 * self-assessed score is left out: it is given once, and not dated, so a
 * day of the past is scored by progress.
 *
 * Returns: whether the key result existed at @at
 */
gboolean
lds_history_key_result_at (const LdsHistory *history,
                           LdsKeyResult     *kr,
                           gint64            at)
{
  double value;
  int confidence;

  g_return_val_if_fail (history != NULL && history->finished, FALSE);
  g_return_val_if_fail (kr != NULL, FALSE);

  if (kr->created_at > at)
    return FALSE;
  undo_revisions (history, LDS_RECORD_KEY_RESULT, kr, at);
  lds_history_value_at (history, kr->id, at, &value, &confidence);
  if (isnan (value))
    value = kr->metric == LDS_METRIC_MILESTONE ? 0.0 : kr->start_value;
  kr->current_value = value;
  kr->confidence = confidence;
  kr->score = NAN;
  return TRUE;
}

/**
 * lds_history_objective_at:
 * @objective: (inout): an objective as it stands now; given its title of @at
 *
 * Returns: whether the objective existed at @at
 */
gboolean
lds_history_objective_at (const LdsHistory *history,
                          LdsObjective     *objective,
                          gint64            at)
{
  g_return_val_if_fail (history != NULL && history->finished, FALSE);
  g_return_val_if_fail (objective != NULL, FALSE);

  if (objective->created_at > at)
    return FALSE;
  undo_revisions (history, LDS_RECORD_OBJECTIVE, objective, at);
  return TRUE;
}
