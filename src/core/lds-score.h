/* lds-score.h: the scoring rules of the OKR method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A key result's progress is (value − start) / (target − start), clamped to
 * 0..1; a milestone is 0 or 1. A self-assessed score, when the owner has set
 * one, wins over the computed progress. An objective's score is the weighted
 * mean of its key results' scores. NAN means "no score": not measurable, or
 * not started.
 */

#pragma once

#include "lds-records.h"

G_BEGIN_DECLS

typedef struct
{
  double red_below;    /* scores below this are red */
  double green_from;   /* scores from this up are green; amber between */
} LdsScoreBands;

#define LDS_SCORE_BANDS_DEFAULT ((LdsScoreBands) { 0.4, 0.7 })

double       lds_progress_for_value   (LdsMetric            metric,
                                       LdsDirection         direction,
                                       double               start_value,
                                       double               target_value,
                                       double               value);
double       lds_key_result_progress  (const LdsKeyResult  *kr);
double       lds_key_result_score     (const LdsKeyResult  *kr);
double       lds_objective_score      (LdsKeyResult *const *krs,
                                       guint                n_krs);
LdsScoreBand lds_score_band           (double               score,
                                       const LdsScoreBands *bands);
gboolean     lds_score_is_valid       (double               score);
double       lds_score_round          (double               score);

G_END_DECLS
