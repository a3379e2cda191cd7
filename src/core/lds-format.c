/* lds-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-format"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-format.h"

/* Numbers are written as both languages of the interface write them, with
 * a decimal point, whatever the system's number format (LC_NUMERIC) says:
 * the entries that read them back take a point, too. */
static char *
decimal (const char *format,
         double      value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, format, value));
}

/* @number ("-12500.5") with its whole part in groups of three digits, as
 * the interface's language separates them ("-12,500.5") */
static char *
grouped (char *number)
{
  const char *digits = number + (*number == '-');
  size_t n = strspn (digits, "0123456789");
  const char *separator;
  GString *out;

  /* Most numbers need no separator: no need to look it up. */
  if (n <= 3)
    return number;
  /* Translators: what separates groups of three digits in a number, as in "12,500" */
  separator = C_("number", ",");
  out = g_string_new_len (number, digits - number);
  for (size_t i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, separator);
      g_string_append_c (out, digits[i]);
    }
  g_string_append (out, digits + n);
  g_free (number);
  return g_string_free (out, FALSE);
}

/* A value with no more decimals than it needs, its digits grouped as the
 * interface's language groups them: "40", "6.5", "12,500", "–" for none.
 * For reading only: entries and files keep plain numbers. */
char *
lds_format_value (double value)
{
  if (isnan (value))
    return g_strdup ("–");
  if (fabs (value - round (value)) < 1e-9)
    return grouped (decimal ("%.0f", value));
  if (fabs (value * 10.0 - round (value * 10.0)) < 1e-9)
    return grouped (decimal ("%.1f", value));
  return grouped (decimal ("%.2f", value));
}

/* A score as people read it: "0.7" or "70%", and an en dash for none. */
char *
lds_format_score (double        score,
                  LdsScoreScale scale)
{
  if (isnan (score))
    return g_strdup ("–");
  /* The value whose band colours it (see lds_file_settings_band()) */
  score = lds_score_shown (score, scale);
  if (scale == LDS_SCORE_SCALE_PERCENT)
    /* Translators: a score as a percentage; %.0f is the number, keep the percent sign as "%%" */
    return g_strdup_printf (_("%.0f%%"), score * 100.0);
  return decimal ("%.1f", score);
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
  if (g_strcmp0 (kr->unit_label, "%") == 0)
    /* Translators: a key result's progress in percent: current value / target value,
     * as in "58 / 70%"; keep the percent sign as "%%" */
    return g_strdup_printf (_("%1$s / %2$s%%"), current, target);
  if (kr->unit_label != NULL && *kr->unit_label != '\0')
    /* Translators: a key result's progress: current value / target value and its unit,
     * as in "32 / 50 customers" */
    return g_strdup_printf (_("%1$s / %2$s %3$s"), current, target, kr->unit_label);
  /* Translators: a key result's progress: current value / target value */
  return g_strdup_printf (_("%1$s / %2$s"), current, target);
}

/* Months as the date format below names them */
static const char *const months[] = {
  NC_("month", "Jan"), NC_("month", "Feb"), NC_("month", "Mar"), NC_("month", "Apr"),
  NC_("month", "May"), NC_("month", "Jun"), NC_("month", "Jul"), NC_("month", "Aug"),
  NC_("month", "Sep"), NC_("month", "Oct"), NC_("month", "Nov"), NC_("month", "Dec"),
};

/* How the interface's language writes a day: lds_format_date() writes by
 * it and lds_parse_date() reads by it. */
static const char *
written_pattern (void)
{
  /* Translators: how a date is written. %d is the day, %m the month's number,
   * %b the month's short name (translated with the context "month"), %Y the
   * year; for Chinese "%Y年%m月%d日". */
  /* xgettext:no-c-format */
  return _("%d %b %Y");
}

/**
 * lds_format_date:
 * @iso: a date, "YYYY-MM-DD"
 *
 * Returns: the date as the interface's language writes it ("22 Nov 2026",
 *   "2026年11月22日"); @iso itself when it is not a date, "–" for none
 */
char *
lds_format_date (const char *iso)
{
  GDate date;
  GString *out;
  const char *pattern;

  if (iso == NULL || *iso == '\0')
    return g_strdup ("–");
  if (!lds_date_parse (iso, &date))
    return g_strdup (iso);

  pattern = written_pattern ();
  out = g_string_new (NULL);
  for (const char *p = pattern; *p != '\0'; p++)
    {
      if (*p != '%' || p[1] == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      switch (*++p)
        {
        case 'd':
          g_string_append_printf (out, "%d", g_date_get_day (&date));
          break;
        case 'm':
          g_string_append_printf (out, "%d", g_date_get_month (&date));
          break;
        case 'b':
          g_string_append (out, g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                              months[g_date_get_month (&date) - 1]));
          break;
        case 'Y':
          g_string_append_printf (out, "%d", g_date_get_year (&date));
          break;
        default:
          g_string_append_c (out, '%');
          g_string_append_c (out, *p);
        }
    }
  return g_string_free (out, FALSE);
}

/* Skips spaces and the punctuation people put between a date's parts
 * ("Nov. 22, 2026"). */
static const char *
skip_separators (const char *p)
{
  while (*p == ' ' || *p == '\t' || *p == ',' || *p == '.' || *p == '/' || *p == '-')
    p++;
  return p;
}

static gboolean
read_digits (const char **p,
             guint        max_digits,
             guint       *value)
{
  guint n = 0;

  *value = 0;
  while (g_ascii_isdigit (**p) && n < max_digits)
    {
      *value = *value * 10 + (guint) (**p - '0');
      (*p)++;
      n++;
    }
  return n > 0 && !g_ascii_isdigit (**p);
}

/* A month's name at @p: the interface's short names, or the English ones,
 * short or whole ("Nov", "November"), in any case. */
static gboolean
read_month (const char **p,
            guint       *month)
{
  static const char *const english[] = {
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
  };
  const char *end = *p;
  g_autofree char *word = NULL;

  while (*end != '\0' && !g_ascii_isdigit (*end) && strchr (" \t,./-", *end) == NULL)
    end = g_utf8_next_char (end);
  if (end == *p)
    return FALSE;
  word = g_utf8_casefold (*p, end - *p);
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      g_autofree char *translated = g_utf8_casefold (g_dpgettext2 (GETTEXT_PACKAGE, "month",
                                                                   months[m]), -1);
      g_autofree char *whole = g_utf8_casefold (english[m], -1);

      if (g_str_equal (word, translated) || g_str_equal (word, whole) ||
          (strlen (word) >= 3 && g_str_has_prefix (whole, word)))
        {
          *month = m + 1;
          *p = end;
          return TRUE;
        }
    }
  return FALSE;
}

/* @text read by @pattern (as lds_format_date()'s: %d, %m, %b, %Y and
 * letters that must be there), spaces and commas between the parts left
 * to the writer. */
static gboolean
read_by_pattern (const char *text,
                 const char *pattern,
                 GDate      *date)
{
  guint day = 0, month = 0, year = 0;
  const char *p = text;

  for (const char *q = pattern; *q != '\0';)
    {
      if (*q == '%' && q[1] != '\0')
        {
          gboolean ok;

          p = skip_separators (p);
          switch (q[1])
            {
            case 'd': ok = read_digits (&p, 2, &day); break;
            case 'm': ok = read_digits (&p, 2, &month); break;
            case 'Y': ok = read_digits (&p, 4, &year) && year >= 1000; break;
            case 'b': ok = read_month (&p, &month); break;
            default: ok = FALSE;
            }
          if (!ok)
            return FALSE;
          q += 2;
        }
      else if (*q == ' ' || *q == ',' || *q == '.')
        q++;
      else
        {
          const char *next = g_utf8_next_char (q);

          p = skip_separators (p);
          if (strncmp (p, q, next - q) != 0)
            return FALSE;
          p += next - q;
          q = next;
        }
    }
  if (*skip_separators (p) != '\0' ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/**
 * lds_parse_date:
 * @text: a day as someone typed it
 * @date: (out): the day
 *
 * Reads a day written as lds_format_date() writes it in the interface's
 * language ("22 Nov 2026", "2026年11月22日"), in the other language's way,
 * as "Nov 22, 2026", or as "2026-11-22". Numbers alone in another order
 * ("11/12/2026") are not read: they mean different days to different
 * people.
 *
 * Returns: whether @text is a day
 */
gboolean
lds_parse_date (const char *text,
                GDate      *date)
{
  const char *patterns[] = { written_pattern (), "%d %b %Y", "%b %d %Y", "%Y年%m月%d日" };
  GString *plain = g_string_new (NULL);
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (date != NULL, FALSE);

  /* As Chinese input methods may type it: full-width digits ("２０２６")
   * and the ideographic space are read as digits and a space. */
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF10 && c <= 0xFF19)
        g_string_append_c (plain, (char) ('0' + (c - 0xFF10)));
      else if (g_unichar_isspace (c))
        g_string_append_c (plain, ' ');
      else
        g_string_append_unichar (plain, c);
    }
  trimmed = g_strstrip (g_string_free (plain, FALSE));
  /* A sign or a separator before the first part is not a day's */
  if (*trimmed != '\0' && strchr ("-/,.", *trimmed) != NULL)
    {
      g_date_clear (date, 1);
      return FALSE;
    }
  if (lds_date_parse (trimmed, date))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    if (read_by_pattern (trimmed, patterns[i], date))
      return TRUE;
  g_date_clear (date, 1);
  return FALSE;
}

/* The day of a moment (seconds since the epoch, UTC), as lds_format_date(). */
char *
lds_format_time_as_date (gint64 time)
{
  g_autofree char *iso = lds_date_from_time (time);

  return lds_format_date (iso);
}
