/* lds-format.h: numbers, scores and progress as people read them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Used by every place that shows a value (lists, the map, exports, the
 * command line), so they all read the same.
 */

#pragma once

#include "lds-file-settings.h"
#include "lds-records.h"

G_BEGIN_DECLS

char *lds_format_value        (double              value);
char *lds_format_score        (double              score,
                               LdsScoreScale       scale);
char *lds_format_kr_progress  (const LdsKeyResult *kr);
char *lds_format_date         (const char         *iso_date);
char *lds_format_time_as_date (gint64              time);
gboolean lds_parse_date       (const char         *text,
                               GDate              *date);

G_END_DECLS
