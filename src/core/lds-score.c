/* lds-score.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-score"

#include "config.h"

#include <math.h>

#include "lds-score.h"

/* The progress a value represents on the way from start to target, 0..1,
 * or NAN when there is nothing to measure (no value, no start or target).
 * A milestone is done (1) when its value is 1 or more. When the target
 * equals the start, the key result is met as soon as the value reaches the
 * target in its direction. */
double
lds_progress_for_value (LdsMetric    metric,
                        LdsDirection direction,
                        double       start_value,
                        double       target_value,
                        double       value)
{
  double progress;

  if (metric == LDS_METRIC_MILESTONE)
    return (!isnan (value) && value >= 1.0) ? 1.0 : 0.0;

  if (isnan (value) || isnan (start_value) || isnan (target_value) ||
      isinf (value) || isinf (start_value) || isinf (target_value))
    return NAN;

  if (target_value == start_value)
    {
      if (direction == LDS_DIRECTION_DECREASE)
        return value <= target_value ? 1.0 : 0.0;
      return value >= target_value ? 1.0 : 0.0;
    }

  progress = (value - start_value) / (target_value - start_value);
  /* + 0.0: no progress on a falling target is 0, not −0 (which reads "-0.0") */
  return CLAMP (progress, 0.0, 1.0) + 0.0;
}

double
lds_key_result_progress (const LdsKeyResult *kr)
{
  g_return_val_if_fail (kr != NULL, NAN);

  return lds_progress_for_value (kr->metric, kr->direction,
                                 kr->start_value, kr->target_value, kr->current_value);
}

gboolean
lds_score_is_valid (double score)
{
  return !isnan (score) && score >= 0.0 && score <= 1.0;
}

double
lds_key_result_score (const LdsKeyResult *kr)
{
  g_return_val_if_fail (kr != NULL, NAN);

  if (lds_score_is_valid (kr->score))
    return kr->score;
  return lds_key_result_progress (kr);
}

/* The weighted mean of the key results' scores. Key results without a
 * score do not count. A weight of zero takes a key result out of the mean;
 * when every scored key result weighs zero, they count equally. */
double
lds_objective_score (LdsKeyResult *const *krs,
                     guint                n_krs)
{
  double weighted = 0.0, weights = 0.0, plain = 0.0;
  guint n_scored = 0;

  g_return_val_if_fail (krs != NULL || n_krs == 0, NAN);

  for (guint i = 0; i < n_krs; i++)
    {
      double score = lds_key_result_score (krs[i]);
      double weight = krs[i]->weight;

      if (isnan (score))
        continue;
      if (isnan (weight) || weight < 0.0)
        weight = 0.0;
      weighted += score * weight;
      weights += weight;
      plain += score;
      n_scored++;
    }

  if (n_scored == 0)
    return NAN;
  if (weights > 0.0)
    return weighted / weights;
  return plain / n_scored;
}

LdsScoreBand
lds_score_band (double               score,
                const LdsScoreBands *bands)
{
  LdsScoreBands defaults = LDS_SCORE_BANDS_DEFAULT;

  if (bands == NULL)
    bands = &defaults;
  if (isnan (score))
    return LDS_SCORE_BAND_NONE;
  if (score < bands->red_below)
    return LDS_SCORE_BAND_RED;
  if (score < bands->green_from)
    return LDS_SCORE_BAND_AMBER;
  return LDS_SCORE_BAND_GREEN;
}

/* Scores are shown and self-assessed with one decimal (0.0–1.0). */
double
lds_score_round (double score)
{
  if (isnan (score))
    return NAN;
  return round (score * 10.0) / 10.0;
}
