/* lds-tracking.h: the rules of tracking progress
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the method says about a cycle under way (OKR-METHOD.md, "Time" and
 * "Tracking and scoring"), in one place for the coach, the lists, the map,
 * the reports and the command line:
 *
 *   - cadence: when a key result's check-in is overdue;
 *   - on track: whether a key result's progress keeps up with the cycle;
 *   - revisions: which changes of a running cycle are recorded, with a
 *     reason, and how they read;
 *   - summaries: how a unit's or a cycle's scores are spread (KPIs never
 *     enter them: only key results are added);
 *   - history: a key result as it stood on any day, from its check-ins and
 *     the revisions of its target, start, title and metric.
 */

#pragma once

#include <glib.h>

#include "lds-file-settings.h"
#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_DAY_SECONDS ((gint64) 86400)

/* Confidence below this (0..10) is low: the owner doubts the target. */
#define LDS_CONFIDENCE_LOW 5

/* Cadence */
gboolean    lds_key_result_is_overdue    (const LdsCycle      *cycle,
                                          LdsObjectiveStatus   status,
                                          const LdsKeyResult  *kr,
                                          gint64               last_checkin,
                                          int                  default_cadence_days,
                                          gint64               at,
                                          int                 *days_since);
int         lds_cycle_cadence            (const LdsCycle      *cycle,
                                          int                  default_cadence_days);
gint64      lds_day_end                  (const char          *iso_date);
gboolean    lds_cycle_is_under_way       (const LdsCycle      *cycle,
                                          gint64               at);

/* On track */
double      lds_cycle_elapsed            (const LdsCycle      *cycle,
                                          gint64               at);
double      lds_key_result_expected      (const LdsCycle      *cycle,
                                          LdsObjectiveType     type,
                                          gint64               at);
gboolean    lds_key_result_is_off_track  (const LdsKeyResult  *kr,
                                          const LdsCycle      *cycle,
                                          LdsObjectiveType     type,
                                          gint64               at);

/* Revisions */
gboolean    lds_revision_field_is_tracked (LdsRecordType       type,
                                           const char         *field);
const char *lds_revision_field_label     (const char          *table,
                                          const char          *field);
char       *lds_revision_format_value    (const char          *table,
                                          const char          *field,
                                          const char          *value);
GPtrArray  *lds_revision_diff            (LdsRecordType        type,
                                          gconstpointer        before,
                                          gconstpointer        after);

/* Summaries of scores */
typedef struct
{
  guint   n_key_results;
  guint   n_scored;
  guint   by_band[4];              /* indexed by LdsScoreBand */
  guint   histogram[10];           /* scored key results by tenth: 0.0–0.1 … 0.9–1.0 */
  guint   n_committed;
  guint   n_committed_met;         /* scored 1.0 */
  guint   n_aspirational;
  guint   n_aspirational_healthy;  /* scored 0.6 or more */
  double  score_sum;
} LdsScoreSummary;

void        lds_score_summary_add        (LdsScoreSummary       *summary,
                                          LdsObjectiveType       type,
                                          double                 score,
                                          const LdsFileSettings *settings);
double      lds_score_summary_mean       (const LdsScoreSummary *summary);
double      lds_score_summary_committed_met   (const LdsScoreSummary *summary);
double      lds_score_summary_aspirational_healthy (const LdsScoreSummary *summary);

/* History */
typedef struct _LdsHistory LdsHistory;

LdsHistory *lds_history_new              (void);
void        lds_history_free             (LdsHistory          *history);
void        lds_history_add_checkin      (LdsHistory          *history,
                                          LdsId                key_result_id,
                                          gint64               at,
                                          double               value,
                                          int                  confidence);
void        lds_history_add_revision     (LdsHistory          *history,
                                          LdsRecordType        type,
                                          LdsId                id,
                                          const char          *field,
                                          const char          *old_value,
                                          gint64               at);
void        lds_history_finish           (LdsHistory          *history);
guint       lds_history_get_n_checkins   (const LdsHistory    *history);
gint64      lds_history_last_checkin     (const LdsHistory    *history,
                                          LdsId                key_result_id,
                                          gint64               at);
gboolean    lds_history_value_at         (const LdsHistory    *history,
                                          LdsId                key_result_id,
                                          gint64               at,
                                          double              *value,
                                          int                 *confidence);
gboolean    lds_history_key_result_at    (const LdsHistory    *history,
                                          LdsKeyResult        *kr,
                                          gint64               at);
gboolean    lds_history_objective_at     (const LdsHistory    *history,
                                          LdsObjective        *objective,
                                          gint64               at);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsHistory, lds_history_free)

G_END_DECLS
