/* test-champion-report.c: the report a champion takes to a coaching session
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "lds-champion-report.h"
#include "lds-demo.h"
#include "lds-markdown.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

static LdsStore *
sample (const char *language)
{
  g_autoptr(GError) error = NULL;
  LdsStore *store = lds_test_new_store ();

  g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  return store;
}

static LdsId
unit_id (LdsStore   *store,
         const char *path)
{
  g_autoptr(LdsUnit) unit = lds_store_find_unit_by_path (store, path, NULL);

  g_assert_nonnull (unit);
  return unit->id;
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” is not in the report", part);
}

/* Everything the champion needs about the team is in the report. */
static void
test_markdown_team (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autoptr(LdsCycle) cycle = lds_store_current_cycle (store, NULL);
  LdsId team = unit_id (store, "Sales/Direct Sales");
  LdsCoachScope scope = { cycle->id, LDS_RECORD_UNIT, team };
  g_autoptr(GPtrArray) findings = lds_coach_check_store (store, &scope, NULL);
  g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE,
                                                       "owner_unit_id", team, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *report = lds_champion_report_markdown (store, 0, team, &error);
  guint n_objectives = 0;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (report, "# Champion Report: Direct Sales\n"));
  assert_contains (report, "Brightwater Systems/Sales/Direct Sales · 2026 Q4, 1 Oct 2026 to "
                           "31 Dec 2026 · written 22 Nov 2026");
  assert_contains (report, "## Summary");
  assert_contains (report, "- **Coach health:**");
  assert_contains (report, "## Coach Findings");
  assert_contains (report, "## Overdue Key Results");
  assert_contains (report, "## Check-in Streaks");
  assert_contains (report, "## Objectives and Key Results");

  /* The coach's findings, each with its advice. */
  g_assert_cmpuint (findings->len, >=, 2);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *message = lds_markdown_escape (f->message);
      assert_contains (report, message);
    }

  /* The team's OKRs of the cycle with their key results. */
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) krs = NULL;
      g_autofree char *title = NULL;

      if (o->cycle_id != cycle->id)
        {
          title = lds_markdown_escape (o->title);
          g_assert_null (strstr (report, title));
          continue;
        }
      n_objectives++;
      title = g_strdup_printf ("#### %s · ", o->title);
      assert_contains (report, title);
      krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);
      for (guint k = 0; k < krs->len; k++)
        {
          g_autofree char *cell = g_strdup_printf ("| %s |",
                                                   ((LdsKeyResult *) krs->pdata[k])->title);
          assert_contains (report, cell);
        }
    }
  g_assert_cmpuint (n_objectives, >=, 5);
  /* Rachel's own objective is the team's business too. */
  assert_contains (report, "### Rachel Quinn");
}

/* Finance stopped checking in on one key result three weeks ago. */
static void
test_markdown_overdue_and_streak (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autoptr(GError) error = NULL;
  g_autofree char *report = lds_champion_report_markdown (store, 0, unit_id (store, "Finance"),
                                                          &error);
  const char *overdue, *streaks;

  g_assert_no_error (error);
  overdue = strstr (report, "## Overdue Key Results");
  streaks = strstr (report, "## Check-in Streaks");
  g_assert_nonnull (overdue);
  g_assert_nonnull (streaks);
  g_assert_nonnull (strstr (overdue, "| Working days to close the month | Brian Lawlor |"));
  g_assert_true (strstr (overdue, "| Working days to close the month |") < streaks);
  /* Brian broke his streak; Catherine kept hers. */
  g_assert_nonnull (strstr (streaks, "| Brian Lawlor | 2 | 0 weeks |"));
  g_assert_null (strstr (streaks, "| Catherine Ward | 2 | 0 weeks |"));
  g_assert_nonnull (strstr (streaks, "| Catherine Ward | 2 |"));
  assert_contains (report, "- **Check-ins overdue:** 1\n");
}

/* The organisation's own text comes out as written, not as Markdown. */
static void
test_markdown_escaping (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  LdsId company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Acme *Ltd*");
  LdsId cycle = lds_test_add_cycle (store, "2026 Q4", "2026-10-01", "2026-12-31");
  LdsId o = lds_test_add_objective (store, cycle, company, "# Be | the best");
  g_autoptr(GError) error = NULL;
  g_autofree char *report = NULL;
  g_autofree char *escaped = lds_markdown_escape ("1. first_second <b>`x`</b>");

  lds_test_add_key_result (store, o, "Cut *waste* | fast", 10, 5, 8);
  report = lds_champion_report_markdown (store, cycle, 0, &error);
  g_assert_no_error (error);
  assert_contains (report, "# Champion Report: Acme \\*Ltd\\*\n");
  assert_contains (report, "#### \\# Be \\| the best · ");
  assert_contains (report, "| Cut \\*waste\\* \\| fast |");
  g_assert_cmpstr (escaped, ==, "1\\. first\\_second \\<b\\>\\`x\\`\\</b\\>");
}

static char *
pdf_text (const char *path)
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  const char *argv[] = { pdftotext, "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (pdftotext == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                               NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_pdf (void)
{
  static const struct
  {
    const char *language;
    const char *team;
    const char *title;
    const char *kr;
  } cases[] = {
    { "en", "Sales/Direct Sales", "Champion Report: Direct Sales", "Forecast accuracy for the month" },
    { "zh_CN", "销售部/直销组", "直销组", "月度业绩预测准确率" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdsStore) store = sample (cases[i].language);
      g_autofree char *dir = lds_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
      g_autofree char *contents = NULL;
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;
      gsize length = 0;

      g_assert_true (lds_champion_report_write (store, 0, unit_id (store, cases[i].team),
                                                LDS_CHAMPION_REPORT_PDF, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 2000);
      g_assert_true (g_str_has_prefix (contents, "%PDF-"));

      text = pdf_text (path);
      if (text != NULL)
        {
          assert_contains (text, cases[i].title);
          assert_contains (text, cases[i].kr);
        }
      else
        g_test_message ("pdftotext is missing: the PDF's text was not read back");
      g_unlink (path);
      lds_test_remove_dir (dir);
    }
}

/* Whole or not at all: a folder that does not exist leaves nothing behind. */
static void
test_write_failure (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "report.pdf", NULL);
  g_autofree char *md = g_build_filename (dir, "missing", "report.md", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;

  g_assert_false (lds_champion_report_write (store, 0, 0, LDS_CHAMPION_REPORT_PDF, path, &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE);
  assert_contains (error->message, "report.pdf");
  g_clear_error (&error);
  g_assert_false (lds_champion_report_write (store, 0, 0, LDS_CHAMPION_REPORT_MARKDOWN, md,
                                             &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  lds_test_remove_dir (dir);
}

/* `lodestar export --format champion-md|champion-pdf` */
static void
test_export_formats (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.md", NULL);
  g_autofree char *contents = NULL;
  LdsExportOptions options = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (lds_export_find_format ("champion-pdf"));
  g_assert_nonnull (lds_export_find_format ("champion-md"));
  options.unit_id = unit_id (store, "Finance");
  g_assert_true (lds_export (store, "champion-md", &options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Champion Report: Finance\n"));

  /* The report is of today only. */
  options.at = lds_date_to_time ("2026-10-15");
  g_assert_false (lds_export (store, "champion-md", &options, path, &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID);
  g_unlink (path);
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/champion-report/markdown/team", test_markdown_team);
  g_test_add_func ("/champion-report/markdown/overdue-and-streak", test_markdown_overdue_and_streak);
  g_test_add_func ("/champion-report/markdown/escaping", test_markdown_escaping);
  g_test_add_func ("/champion-report/pdf", test_pdf);
  g_test_add_func ("/champion-report/write-failure", test_write_failure);
  g_test_add_func ("/champion-report/export-formats", test_export_formats);

  return g_test_run ();
}
