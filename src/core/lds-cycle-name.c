/* lds-cycle-name.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-cycle-name"

#include "config.h"

#include <string.h>

#include "lds-cycle-name.h"
#include "lds-date.h"

static const char * const chinese_numbers[] = { "一", "二", "三", "四" };

/* Reads four digits at *p as a year and moves past them. */
static gboolean
read_year (const char **p,
           int         *year)
{
  const char *s = *p;

  for (int i = 0; i < 4; i++)
    if (!g_ascii_isdigit (s[i]))
      return FALSE;
  if (g_ascii_isdigit (s[4]))
    return FALSE;
  *year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  *p = s + 4;
  return *year >= 1900 && *year <= 9999;
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == '-' || *p == '_' || *p == '/')
    p++;
  return p;
}

static gboolean
ends (const char *p,
      const char *rest)
{
  p = skip_spaces (p);
  return g_str_equal (p, rest);
}

static void
set_dates (int    year,
           int    first_month,
           int    months,
           char **start,
           char **end)
{
  GDate d;
  int last_month = first_month + months - 1;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, g_date_get_days_in_month (last_month, year), last_month, year);
  *start = g_strdup_printf ("%04d-%02d-01", year, first_month);
  *end = lds_date_format_iso (&d);
}

/* "Q1", "第一季度", "第1季度", "一季度", "1季度" → 1..4, else 0. */
static int
quarter_of (const char *p)
{
  p = skip_spaces (p);
  if ((p[0] == 'Q' || p[0] == 'q') && p[1] >= '1' && p[1] <= '4' && ends (p + 2, ""))
    return p[1] - '0';
  if (g_str_has_prefix (p, "第"))
    p += strlen ("第");
  for (int i = 0; i < 4; i++)
    {
      char digit[2] = { (char) ('1' + i), '\0' };
      const char *after = NULL;

      if (g_str_has_prefix (p, chinese_numbers[i]))
        after = p + strlen (chinese_numbers[i]);
      else if (g_str_has_prefix (p, digit))
        after = p + 1;
      else if ((p[0] == 'Q' || p[0] == 'q') && p[1] == digit[0])
        after = p + 2;
      if (after != NULL && (ends (after, "季度") || ends (after, "季")))
        return i + 1;
    }
  return 0;
}

/* "H1", "上半年", "下半年" → 1 or 2, else 0. */
static int
half_of (const char *p)
{
  p = skip_spaces (p);
  if ((p[0] == 'H' || p[0] == 'h') && (p[1] == '1' || p[1] == '2') && ends (p + 2, ""))
    return p[1] - '0';
  if (ends (p, "上半年"))
    return 1;
  if (ends (p, "下半年"))
    return 2;
  return 0;
}

/**
 * lds_cycle_name_parse:
 * @start_date: (out) (transfer full): "YYYY-MM-DD"
 * @end_date: (out) (transfer full): "YYYY-MM-DD"
 *
 * Returns: whether @name says its dates
 */
gboolean
lds_cycle_name_parse (const char    *name,
                      LdsCycleKind  *kind,
                      char         **start_date,
                      char         **end_date)
{
  g_autofree char *text = NULL;
  const char *p;
  int year, last;

  g_return_val_if_fail (kind != NULL && start_date != NULL && end_date != NULL, FALSE);

  *start_date = *end_date = NULL;
  if (name == NULL)
    return FALSE;
  text = g_strstrip (g_strdup (name));
  p = text;

  /* A strategy: two years with a dash between them, anywhere in the name. */
  for (const char *s = text; *s != '\0'; s++)
    {
      const char *q = s;
      int first;

      if ((s > text && g_ascii_isdigit (s[-1])) || !read_year (&q, &first))
        continue;
      while (*q == ' ')
        q++;
      if (g_str_has_prefix (q, "–") || g_str_has_prefix (q, "—"))
        q += strlen ("–");
      else if (*q == '-' || *q == '~')
        q++;
      else if (g_str_has_prefix (q, "至"))
        q += strlen ("至");
      else
        continue;
      while (*q == ' ')
        q++;
      if (read_year (&q, &last) && last > first)
        {
          *kind = LDS_CYCLE_KIND_STRATEGY;
          *start_date = g_strdup_printf ("%04d-01-01", first);
          *end_date = g_strdup_printf ("%04d-12-31", last);
          return TRUE;
        }
    }

  if (!read_year (&p, &year))
    return FALSE;
  if (g_str_has_prefix (p, "年度"))
    p += strlen ("年度");
  else if (g_str_has_prefix (p, "年"))
    p += strlen ("年");

  if (ends (p, ""))
    {
      *kind = LDS_CYCLE_KIND_YEAR;
      set_dates (year, 1, 12, start_date, end_date);
      return TRUE;
    }
  if (quarter_of (p) > 0)
    {
      *kind = LDS_CYCLE_KIND_QUARTER;
      set_dates (year, 1 + 3 * (quarter_of (p) - 1), 3, start_date, end_date);
      return TRUE;
    }
  if (half_of (p) > 0)
    {
      *kind = LDS_CYCLE_KIND_HALF;
      set_dates (year, 1 + 6 * (half_of (p) - 1), 6, start_date, end_date);
      return TRUE;
    }
  return FALSE;
}
