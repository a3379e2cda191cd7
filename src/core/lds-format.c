/* lds-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-format.h"

/* A value with no more decimals than it needs: "40", "6.5", "–" for none. */
char *
lds_format_value (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value - round (value)) < 1e-9)
    return g_strdup_printf ("%.0f", value);
  if (fabs (value * 10.0 - round (value * 10.0)) < 1e-9)
    return g_strdup_printf ("%.1f", value);
  return g_strdup_printf ("%.2f", value);
}

/* A score as people read it: "0.7" or "70%", and an en dash for none. */
char *
lds_format_score (double        score,
                  LdsScoreScale scale)
{
  if (isnan (score))
    return g_strdup ("–");
  if (scale == LDS_SCORE_SCALE_PERCENT)
    /* Translators: a score as a percentage; %.0f is the number, keep the percent sign as "%%" */
    return g_strdup_printf (_("%.0f%%"), score * 100.0);
  return g_strdup_printf ("%.1f", score);
}

/* A key result's progress: "32 / 50 customers", "Done", "Not done". */
char *
lds_format_kr_progress (const LdsKeyResult *kr)
{
  g_autofree char *current = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (kr != NULL, NULL);

  if (kr->metric == LDS_METRIC_MILESTONE)
    return g_strdup (kr->current_value >= 1.0 ? C_("milestone", "Done")
                                              : C_("milestone", "Not done"));

  current = lds_format_value (kr->current_value);
  target = lds_format_value (kr->target_value);
  if (kr->unit_label != NULL && *kr->unit_label != '\0')
    /* Translators: a key result's progress: current value / target value and its unit,
     * as in "32 / 50 customers" */
    return g_strdup_printf (_("%1$s / %2$s %3$s"), current, target, kr->unit_label);
  /* Translators: a key result's progress: current value / target value */
  return g_strdup_printf (_("%1$s / %2$s"), current, target);
}

/* A day as people read it: "22 Oct 2026", "2026年10月22日"; the ISO text
 * itself when it is not a date. The months are the program's own words,
 * so that they follow the interface's language, not the system's. */
char *
lds_format_date (const char *iso_date)
{
  static const char * const months[] = {
    NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
    NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
    NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
  };
  GDate date;

  if (!lds_date_parse (iso_date, &date))
    return g_strdup (iso_date != NULL ? iso_date : "");
  /* Translators: a day: %1$d the day of the month, %2$s the month's short name,
   * %3$d the year, as in "22 Oct 2026" */
  return g_strdup_printf (_("%1$d %2$s %3$d"), g_date_get_day (&date),
                          g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                        months[g_date_get_month (&date) - 1]),
                          g_date_get_year (&date));
}

/* The day of a moment (seconds since the epoch, UTC), as lds_format_date(). */
char *
lds_format_time_as_date (gint64 time)
{
  g_autofree char *iso = lds_date_from_time (time);

  return lds_format_date (iso);
}
