/* test-core-score.c: the scoring rules of the method, at their edges
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#include "lds-file-settings.h"
#include "lds-format.h"
#include "lds-i18n.h"
#include "lds-score.h"
#include "lds-test-utils.h"

static LdsKeyResult *
kr_new (LdsMetric    metric,
        LdsDirection direction,
        double       start,
        double       target,
        double       current)
{
  LdsKeyResult *kr = lds_key_result_new ();

  kr->metric = metric;
  kr->direction = direction;
  kr->start_value = start;
  kr->target_value = target;
  kr->current_value = current;
  return kr;
}

static void
test_progress_increase (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 10, 50, 32);

  g_assert_cmpfloat_with_epsilon (lds_key_result_progress (kr), 22.0 / 40.0, 1e-12);
  kr->current_value = 10;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
  kr->current_value = 50;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 1.0);
}

static void
test_progress_decrease (void)
{
  /* Churn from 8 % down to 2 %: at 5 % half the way is done. */
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_PERCENT, LDS_DIRECTION_DECREASE, 8, 2, 5);

  g_assert_cmpfloat_with_epsilon (lds_key_result_progress (kr), 0.5, 1e-12);
  kr->current_value = 9;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
  kr->current_value = 1;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 1.0);
  /* Not moved yet: 0, which reads "0.0", not "-0.0" */
  kr->current_value = 8;
  g_assert_false (signbit (lds_key_result_progress (kr)));
  {
    g_autofree char *shown = lds_format_score (lds_key_result_score (kr), LDS_SCORE_SCALE_DECIMAL);
    g_assert_cmpstr (shown, ==, "0.0");
  }
}

static void
test_progress_clamped_beyond_target (void)
{
  g_autoptr(LdsKeyResult) up = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 100, 250);
  g_autoptr(LdsKeyResult) below = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 20, 100, -5);

  g_assert_cmpfloat (lds_key_result_progress (up), ==, 1.0);
  g_assert_cmpfloat (lds_key_result_progress (below), ==, 0.0);
}

static void
test_progress_target_equals_start (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 5, 5, 5);

  /* Nothing to achieve: met when the value holds the target in its direction. */
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 1.0);
  kr->current_value = 4;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
  kr->direction = LDS_DIRECTION_DECREASE;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 1.0);
  kr->current_value = 6;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
}

static void
test_progress_missing_values (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, NAN);

  g_assert_true (isnan (lds_key_result_progress (kr)));
  kr->current_value = 5;
  kr->target_value = NAN;
  g_assert_true (isnan (lds_key_result_progress (kr)));
  kr->target_value = 10;
  kr->start_value = NAN;
  g_assert_true (isnan (lds_key_result_progress (kr)));
  kr->start_value = INFINITY;
  g_assert_true (isnan (lds_key_result_progress (kr)));
}

static void
test_milestone (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_MILESTONE, LDS_DIRECTION_INCREASE, NAN, NAN, NAN);

  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
  kr->current_value = 0;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 0.0);
  kr->current_value = 1;
  g_assert_cmpfloat (lds_key_result_progress (kr), ==, 1.0);
}

static void
test_self_assessment_wins (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 9);

  g_assert_cmpfloat_with_epsilon (lds_key_result_score (kr), 0.9, 1e-12);
  kr->score = 0.6;
  g_assert_cmpfloat (lds_key_result_score (kr), ==, 0.6);
  kr->score = 0.0;
  g_assert_cmpfloat (lds_key_result_score (kr), ==, 0.0);
  /* An impossible self-assessment does not count. */
  kr->score = 1.7;
  g_assert_cmpfloat_with_epsilon (lds_key_result_score (kr), 0.9, 1e-12);
}

static void
test_objective_weighted_mean (void)
{
  g_autoptr(LdsKeyResult) a = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 10);
  g_autoptr(LdsKeyResult) b = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 0);
  g_autoptr(LdsKeyResult) c = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 5);
  LdsKeyResult *krs[] = { a, b, c };

  g_assert_cmpfloat_with_epsilon (lds_objective_score (krs, 3), 0.5, 1e-12);
  a->weight = 3.0;
  /* (1.0 * 3 + 0 * 1 + 0.5 * 1) / 5 */
  g_assert_cmpfloat_with_epsilon (lds_objective_score (krs, 3), 3.5 / 5.0, 1e-12);
}

static void
test_objective_zero_weights (void)
{
  g_autoptr(LdsKeyResult) a = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 10);
  g_autoptr(LdsKeyResult) b = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 0);
  LdsKeyResult *krs[] = { a, b };

  /* A weight of zero takes a key result out … */
  b->weight = 0.0;
  g_assert_cmpfloat (lds_objective_score (krs, 2), ==, 1.0);
  /* … and when all weigh zero, they count equally. */
  a->weight = 0.0;
  g_assert_cmpfloat_with_epsilon (lds_objective_score (krs, 2), 0.5, 1e-12);
}

static void
test_objective_unscored (void)
{
  g_autoptr(LdsKeyResult) a = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, NAN);
  g_autoptr(LdsKeyResult) b = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 10, 4);
  LdsKeyResult *krs[] = { a, b };

  g_assert_true (isnan (lds_objective_score (NULL, 0)));
  g_assert_true (isnan (lds_objective_score (krs, 1)));
  /* A key result with no score yet does not pull the mean down. */
  g_assert_cmpfloat_with_epsilon (lds_objective_score (krs, 2), 0.4, 1e-12);
}

static void
test_bands (void)
{
  LdsScoreBands custom = { 0.3, 0.8 };

  g_assert_cmpint (lds_score_band (NAN, NULL), ==, LDS_SCORE_BAND_NONE);
  g_assert_cmpint (lds_score_band (0.0, NULL), ==, LDS_SCORE_BAND_RED);
  g_assert_cmpint (lds_score_band (0.39, NULL), ==, LDS_SCORE_BAND_RED);
  g_assert_cmpint (lds_score_band (0.4, NULL), ==, LDS_SCORE_BAND_AMBER);
  g_assert_cmpint (lds_score_band (0.69, NULL), ==, LDS_SCORE_BAND_AMBER);
  g_assert_cmpint (lds_score_band (0.7, NULL), ==, LDS_SCORE_BAND_GREEN);
  g_assert_cmpint (lds_score_band (1.0, NULL), ==, LDS_SCORE_BAND_GREEN);
  g_assert_cmpint (lds_score_band (0.35, &custom), ==, LDS_SCORE_BAND_AMBER);
  g_assert_cmpint (lds_score_band (0.75, &custom), ==, LDS_SCORE_BAND_AMBER);
}

static void
test_format_score (void)
{
  g_autofree char *decimal = lds_format_score (0.66, LDS_SCORE_SCALE_DECIMAL);
  g_autofree char *percent = lds_format_score (0.66, LDS_SCORE_SCALE_PERCENT);
  g_autofree char *none = lds_format_score (NAN, LDS_SCORE_SCALE_DECIMAL);

  g_assert_cmpstr (decimal, ==, "0.7");
  g_assert_cmpstr (percent, ==, "66%");
  g_assert_cmpstr (none, ==, "–");
  g_assert_cmpfloat (lds_score_round (0.66), ==, 0.7);
}

static void
test_format_progress (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 50, 32);
  g_autofree char *plain = NULL, *with_unit = NULL, *half = NULL, *done = NULL, *v = NULL;

  plain = lds_format_kr_progress (kr);
  g_assert_cmpstr (plain, ==, "32 / 50");
  lds_set_text (&kr->unit_label, "customers");
  with_unit = lds_format_kr_progress (kr);
  g_assert_cmpstr (with_unit, ==, "32 / 50 customers");
  kr->current_value = 6.5;
  half = lds_format_kr_progress (kr);
  g_assert_cmpstr (half, ==, "6.5 / 50 customers");
  kr->metric = LDS_METRIC_MILESTONE;
  kr->current_value = 1;
  done = lds_format_kr_progress (kr);
  g_assert_cmpstr (done, ==, "Done");
  v = lds_format_value (NAN);
  g_assert_cmpstr (v, ==, "–");
  g_assert_cmpfloat (lds_score_round (0.04), ==, 0.0);
}

/* Numbers, percentages and dates as the interface's language writes them,
 * changing with it */
static void
test_format_language (void)
{
  g_autoptr(LdsKeyResult) kr = kr_new (LDS_METRIC_NUMBER, LDS_DIRECTION_INCREASE, 0, 2500, 1750);
  const char *languages[] = { "en", "zh_CN" };
  const char *dates[] = { "22 Nov 2026", "2026年11月22日" };
  const char *users[] = { "1,750 / 2,500 users", "1,750 / 2,500 人" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      g_autofree char *big = NULL, *negative = NULL, *small = NULL, *progress = NULL;
      g_autofree char *percent = NULL, *score = NULL, *date = NULL;

      lds_i18n_set_language (languages[i]);
      g_assert_cmpstr (lds_i18n_get_language (), ==, languages[i]);
      big = lds_format_value (1234567.25);
      negative = lds_format_value (-12500.5);
      small = lds_format_value (-999);
      g_assert_cmpstr (big, ==, "1,234,567.25");
      g_assert_cmpstr (negative, ==, "-12,500.5");
      g_assert_cmpstr (small, ==, "-999");
      lds_set_text (&kr->unit_label, i == 0 ? "users" : "人");
      progress = lds_format_kr_progress (kr);
      g_assert_cmpstr (progress, ==, users[i]);
      kr->current_value = 58;
      kr->target_value = 70;
      lds_set_text (&kr->unit_label, "%");
      g_free (progress);
      progress = lds_format_kr_progress (kr);
      g_assert_cmpstr (progress, ==, "58 / 70%");
      kr->current_value = 1750;
      kr->target_value = 2500;
      percent = lds_format_score (0.7, LDS_SCORE_SCALE_PERCENT);
      score = lds_format_score (0.7, LDS_SCORE_SCALE_DECIMAL);
      g_assert_cmpstr (percent, ==, "70%");
      g_assert_cmpstr (score, ==, "0.7");
      date = lds_format_date ("2026-11-22");
      g_assert_cmpstr (date, ==, dates[i]);
    }
  lds_i18n_set_language (NULL);
  g_assert_cmpstr (lds_i18n_get_language (), ==, "en");
}

/* A day written as the interface writes it is read back as that day, in
 * both languages, for every day of ten years; the other usual ways of
 * writing one are read too, and what is not a day (or could be two) is not. */
static void
test_parse_date (void)
{
  const char *languages[] = { "en", "zh_CN" };
  const struct { const char *text; const char *iso; } read[] = {
    { "2026-11-22", "2026-11-22" },     { " 22 Nov 2026 ", "2026-11-22" },
    { "22 november 2026", "2026-11-22" }, { "Nov 22, 2026", "2026-11-22" },
    { "Sept 3 2027", "2027-09-03" },    { "3 sep. 2027", "2027-09-03" },
    { "2026年11月22日", "2026-11-22" },  { "2026 年 1 月 5 日", "2026-01-05" },
    { "29 Feb 2028", "2028-02-29" },    { "1-Jan-2027", "2027-01-01" },
    { "２０２６年１１月２２日", "2026-11-22" }, { "2026年11月22日\u3000", "2026-11-22" },
  };
  const char *refused[] = {
    "", "11/12/2026", "22 Nov", "Nov 2026", "31 Feb 2026", "29 Feb 2027", "2026-13-01",
    "22 Foo 2026", "22 Nov 2026 at noon", "122 Nov 2026", "22 Nov 26", "2026年11月",
    "No 22 2026", "22 Nov 2026年", "-22 Nov 2026", "/2026-11-22",
  };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      GDate day;

      lds_i18n_set_language (languages[l]);
      g_date_clear (&day, 1);
      g_date_set_dmy (&day, 1, G_DATE_JANUARY, 2025);
      for (guint i = 0; i < 3653; i++, g_date_add_days (&day, 1))
        {
          g_autofree char *iso = lds_date_format_iso (&day);
          g_autofree char *written = lds_format_date (iso);
          GDate back;

          if (!lds_parse_date (written, &back) || g_date_compare (&back, &day) != 0)
            g_error ("%s: \"%s\" (%s) is not read back", languages[l], written, iso);
        }
      for (guint i = 0; i < G_N_ELEMENTS (read); i++)
        {
          g_autofree char *iso = NULL;

          if (!lds_parse_date (read[i].text, &day))
            g_error ("%s: \"%s\" is not read", languages[l], read[i].text);
          iso = lds_date_format_iso (&day);
          g_assert_cmpstr (iso, ==, read[i].iso);
        }
      for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
        if (lds_parse_date (refused[i], &day))
          g_error ("%s: \"%s\" is read as a day", languages[l], refused[i]);
    }
  lds_i18n_set_language (NULL);
}

/* A score's colour is the band of the number shown: "0.7" is green where
 * green begins at 0.7, though the score is 0.66; "69%" is amber. */
static void
test_band_as_shown (void)
{
  const double edges[] = { 0.35, 0.65, 0.66, 0.695, 0.699, 0.7, 0.395, 0.3999, 0.4 };

  for (int scale = LDS_SCORE_SCALE_DECIMAL; scale <= LDS_SCORE_SCALE_PERCENT; scale++)
    {
      LdsFileSettings settings = LDS_FILE_SETTINGS_DEFAULT;

      settings.scale = scale;
      for (guint i = 0; i <= 2000 + G_N_ELEMENTS (edges); i++)
        {
          double score = i <= 2000 ? i / 2000.0 : edges[i - 2001];
          g_autofree char *text = lds_format_score (score, settings.scale);
          double shown = g_ascii_strtod (text, NULL) / (scale == LDS_SCORE_SCALE_PERCENT ? 100 : 1);

          g_assert_cmpfloat_with_epsilon (shown, lds_score_shown (score, settings.scale), 1e-9);
          if (lds_file_settings_band (&settings, score) != lds_score_band (shown, &settings.bands))
            g_error ("%g shown as %s is coloured as %d", score, text,
                     lds_file_settings_band (&settings, score));
        }
    }
  {
    LdsFileSettings defaults = LDS_FILE_SETTINGS_DEFAULT;

    g_assert_cmpint (lds_file_settings_band (&defaults, 0.66), ==, LDS_SCORE_BAND_GREEN);
  }
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/score/progress/increase", test_progress_increase);
  g_test_add_func ("/score/format/language", test_format_language);
  g_test_add_func ("/score/format/parse-date", test_parse_date);
  g_test_add_func ("/score/progress/decrease", test_progress_decrease);
  g_test_add_func ("/score/progress/clamped", test_progress_clamped_beyond_target);
  g_test_add_func ("/score/progress/target-equals-start", test_progress_target_equals_start);
  g_test_add_func ("/score/progress/missing", test_progress_missing_values);
  g_test_add_func ("/score/progress/milestone", test_milestone);
  g_test_add_func ("/score/self-assessment", test_self_assessment_wins);
  g_test_add_func ("/score/objective/weighted", test_objective_weighted_mean);
  g_test_add_func ("/score/objective/zero-weights", test_objective_zero_weights);
  g_test_add_func ("/score/objective/unscored", test_objective_unscored);
  g_test_add_func ("/score/bands", test_bands);
  g_test_add_func ("/score/bands/as-shown", test_band_as_shown);
  g_test_add_func ("/score/format", test_format_score);
  g_test_add_func ("/score/format-progress", test_format_progress);

  return g_test_run ();
}
