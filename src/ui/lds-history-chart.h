/* lds-history-chart.h: a key result's (or a KPI's) history, drawn small
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The value over time against the straight line from the start value at
 * the start of the cycle to the target at its end (for a KPI: against its
 * target), each check-in a dot coloured by its confidence (red below 5,
 * amber to 7, green above; grey without one). Small in a list row (a
 * sparkline), larger in an editor, with the first and last values and the
 * dates written beside.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_TYPE_HISTORY_CHART (lds_history_chart_get_type ())

G_DECLARE_FINAL_TYPE (LdsHistoryChart, lds_history_chart, LDS, HISTORY_CHART, GtkWidget)

typedef struct
{
  gint64  at;
  double  value;        /* NAN: the check-in gave no value */
  int     confidence;   /* -1: none */
} LdsChartPoint;

GtkWidget *lds_history_chart_new           (gboolean               detailed);
void       lds_history_chart_set_points    (LdsHistoryChart       *self,
                                            const LdsChartPoint   *points,
                                            guint                  n_points);
void       lds_history_chart_set_plan      (LdsHistoryChart       *self,
                                            gint64                 from,
                                            gint64                 to,
                                            double                 start_value,
                                            double                 target_value,
                                            gboolean               straight_line);
void       lds_history_chart_set_key_result (LdsHistoryChart      *self,
                                             const LdsKeyResult   *kr,
                                             const LdsCycle       *cycle,
                                             GPtrArray            *checkins);
void       lds_history_chart_set_marker    (LdsHistoryChart       *self,
                                            gint64                 at);

G_END_DECLS
