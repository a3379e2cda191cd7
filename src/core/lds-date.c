/* lds-date.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-date"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "lds-date.h"

gint64
lds_now (void)
{
  const char *fixed = g_getenv ("LODESTAR_NOW");

  if (fixed != NULL && *fixed != '\0')
    {
      g_autoptr(GDateTime) dt = NULL;
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();

      if (strlen (fixed) == 10 && lds_date_is_valid (fixed))
        return lds_date_to_time (fixed) + 12 * 3600;
      dt = g_date_time_new_from_iso8601 (fixed, utc);
      if (dt != NULL)
        return g_date_time_to_unix (dt);
      g_warning ("LODESTAR_NOW=%s is not an ISO 8601 date; using the real time", fixed);
    }

  return g_get_real_time () / G_USEC_PER_SEC;
}

char *
lds_today (void)
{
  return lds_date_from_time (lds_now ());
}

gboolean
lds_date_parse (const char *iso,
                GDate      *date)
{
  unsigned y, m, d;
  char tail;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (iso == NULL || strlen (iso) != 10 || iso[4] != '-' || iso[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (iso[i]))
      return FALSE;
  if (sscanf (iso, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

gboolean
lds_date_is_valid (const char *iso)
{
  GDate date;

  return lds_date_parse (iso, &date);
}

char *
lds_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

/* Midnight UTC at the start of the day. */
gint64
lds_date_to_time (const char *iso)
{
  GDate date;

  if (!lds_date_parse (iso, &date))
    return 0;
  return ((gint64) g_date_get_julian (&date) - 719163) * 86400;
}

char *
lds_date_from_time (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);

  if (dt == NULL)
    return NULL;
  return g_date_time_format (dt, "%Y-%m-%d");
}

char *
lds_date_add_days (const char *iso,
                   int         days)
{
  GDate date;

  if (!lds_date_parse (iso, &date))
    return NULL;
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  return lds_date_format_iso (&date);
}

int
lds_date_days_between (const char *from_iso,
                       const char *to_iso)
{
  GDate a, b;

  if (!lds_date_parse (from_iso, &a) || !lds_date_parse (to_iso, &b))
    return 0;
  return g_date_days_between (&a, &b);
}
