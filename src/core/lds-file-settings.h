/* lds-file-settings.h: the settings an organisation file keeps for itself
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These belong to the organisation, not to the person at the keyboard: the
 * check-in cadence, the coach's limits, the score bands and how scores are
 * shown. The store reads and writes them; everything else takes them from
 * here with the method's defaults filled in.
 */

#pragma once

#include <glib.h>

#include "lds-score.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_SCORE_SCALE_DECIMAL,   /* 0.0–1.0 */
  LDS_SCORE_SCALE_PERCENT,   /* 0–100 % */
} LdsScoreScale;

typedef struct
{
  int            cadence_days;             /* default check-in rhythm */
  int            max_objectives;           /* per owner in a cycle */
  int            max_key_results;          /* per objective */
  LdsScoreBands  bands;
  LdsScoreScale  scale;
} LdsFileSettings;

#define LDS_FILE_SETTINGS_DEFAULT \
  ((LdsFileSettings) { 7, 5, 4, { 0.4, 0.7 }, LDS_SCORE_SCALE_DECIMAL })

#define LDS_SETTING_CADENCE_DAYS    "cadence-days"
#define LDS_SETTING_MAX_OBJECTIVES  "max-objectives"
#define LDS_SETTING_MAX_KEY_RESULTS "max-key-results"
#define LDS_SETTING_RED_BELOW       "score-red-below"
#define LDS_SETTING_GREEN_FROM      "score-green-from"
#define LDS_SETTING_SCORE_SCALE     "score-scale"

gboolean     lds_file_settings_validate (const LdsFileSettings  *settings,
                                         GError                **error);
double       lds_score_shown            (double                  score,
                                         LdsScoreScale           scale);
LdsScoreBand lds_file_settings_band     (const LdsFileSettings  *settings,
                                         double                  score);

G_END_DECLS
