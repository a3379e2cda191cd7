/* lds-file-settings.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-file-settings"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-error.h"
#include "lds-file-settings.h"

gboolean
lds_file_settings_validate (const LdsFileSettings  *settings,
                            GError                **error)
{
  g_return_val_if_fail (settings != NULL, FALSE);

  if (settings->cadence_days < 1 || settings->cadence_days > 92)
    {
      g_set_error (error, LDS_ERROR, LDS_ERROR_INVALID,
                   _("The check-in cadence must be between 1 and 92 days, not %d."),
                   settings->cadence_days);
      return FALSE;
    }
  if (settings->max_objectives < 1 || settings->max_objectives > 20)
    {
      g_set_error (error, LDS_ERROR, LDS_ERROR_INVALID,
                   _("The limit of objectives per owner must be between 1 and 20, not %d."),
                   settings->max_objectives);
      return FALSE;
    }
  if (settings->max_key_results < 1 || settings->max_key_results > 20)
    {
      g_set_error (error, LDS_ERROR, LDS_ERROR_INVALID,
                   _("The limit of key results per objective must be between 1 and 20, not %d."),
                   settings->max_key_results);
      return FALSE;
    }
  if (!(settings->bands.red_below > 0.0 && settings->bands.red_below < settings->bands.green_from &&
        settings->bands.green_from <= 1.0))
    {
      g_set_error_literal (error, LDS_ERROR, LDS_ERROR_INVALID,
                           _("The score bands must rise from red to amber to green between 0 and 1."));
      return FALSE;
    }
  return TRUE;
}

/**
 * lds_score_shown:
 *
 * Returns: @score as it is shown on @scale: to one decimal (0.0–1.0) or to
 *   a whole percent; lds_format_score() writes this value
 */
double
lds_score_shown (double        score,
                 LdsScoreScale scale)
{
  if (scale == LDS_SCORE_SCALE_PERCENT)
    return isnan (score) ? NAN : round (score * 100.0) / 100.0;
  return lds_score_round (score);
}

/**
 * lds_file_settings_band:
 *
 * Returns: the band of @score as it is shown (see lds_score_shown()): a
 *   score shown as "0.7" is green wherever green begins at 0.7, not amber
 *   for being 0.68
 */
LdsScoreBand
lds_file_settings_band (const LdsFileSettings *settings,
                        double                 score)
{
  g_return_val_if_fail (settings != NULL, LDS_SCORE_BAND_NONE);

  return lds_score_band (lds_score_shown (score, settings->scale), &settings->bands);
}
