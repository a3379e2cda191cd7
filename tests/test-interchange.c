/* test-interchange.c: CSV and JSON import and export, and merging
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "lds-csv.h"
#include "lds-cycle-name.h"
#include "lds-demo.h"
#include "lds-export-data.h"
#include "lds-import.h"
#include "lds-interchange.h"
#include "lds-store-exchange.h"
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

static char *
export (LdsStore   *store,
        const char *format,
        LdsId       unit_id)
{
  g_autoptr(GError) error = NULL;
  LdsExportOptions options = { .unit_id = unit_id };
  char *data = g_str_equal (format, "csv") ? lds_export_csv_to_data (store, &options, NULL, &error)
                                           : lds_export_json_to_data (store, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static LdsImport *
load (const char *name,
      const char *data)
{
  g_autoptr(GError) error = NULL;
  LdsImport *import = lds_import_new ();

  g_assert_true (lds_import_load_data (import, name, LDS_IMPORT_FORMAT_UNKNOWN, data,
                                       strlen (data), &error));
  g_assert_no_error (error);
  return import;
}

/* Imports @data into @store, expecting success. */
static void
import_ok (LdsStore   *store,
           const char *name,
           const char *data)
{
  g_autoptr(LdsImport) import = load (name, data);
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_import_prepare (import, store, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lds_import_get_n_conflicts (import), ==, 0);
  g_assert_true (lds_import_apply (import, store, &error));
  g_assert_no_error (error);
}

/* The CSV reader */

static void
test_csv_reader (void)
{
  const char data[] = "\xef\xbb\xbf" "a,b,c\r\n"
                      "1,\"two, with comma\",\"say \"\"hi\"\"\"\r\n"
                      "\r\n"
                      "x,\"multi\nline\",\n"
                      "last,,end";
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsCsvTable) table = NULL;
  LdsCsvPosition position;
  LdsCsvRow *row;

  table = lds_csv_parse (data, sizeof data - 1, &position, &error);
  g_assert_no_error (error);
  g_assert_true (table->had_bom);
  g_assert_cmpint (table->separator, ==, ',');
  g_assert_cmpuint (table->rows->len, ==, 4);   /* the blank line is no row */

  row = table->rows->pdata[1];
  g_assert_cmpuint (row->line, ==, 2);
  g_assert_cmpuint (row->n_fields, ==, 3);
  g_assert_cmpstr (row->fields[1], ==, "two, with comma");
  g_assert_cmpstr (row->fields[2], ==, "say \"hi\"");

  row = table->rows->pdata[2];
  g_assert_cmpuint (row->line, ==, 4);
  g_assert_cmpstr (row->fields[1], ==, "multi\nline");
  g_assert_cmpstr (row->fields[2], ==, "");
  g_assert_cmpuint (row->n_fields, ==, 3);

  row = table->rows->pdata[3];
  g_assert_cmpuint (row->line, ==, 6);
  g_assert_cmpstr (row->fields[0], ==, "last");
  g_assert_cmpstr (row->fields[2], ==, "end");
}

static void
test_csv_reader_tabs (void)
{
  const char data[] = "周期\t目标\n2027 Q1\t\"a, b\"\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsCsvTable) table = NULL;
  LdsCsvPosition position;
  LdsCsvRow *row;

  table = lds_csv_parse (data, sizeof data - 1, &position, &error);
  g_assert_no_error (error);
  g_assert_cmpint (table->separator, ==, '\t');
  row = table->rows->pdata[1];
  g_assert_cmpstr (row->fields[0], ==, "2027 Q1");
  g_assert_cmpstr (row->fields[1], ==, "a, b");
}

static void
test_csv_reader_errors (void)
{
  static const struct { const char *data; gsize length; int code; guint line; } cases[] = {
    { "a,b\n1,\"open\n2,3\n", 0, LDS_IMPORT_ERROR_SYNTAX, 2 },      /* cut inside quotes */
    { "a,b\n1,\"x\"y\n", 0, LDS_IMPORT_ERROR_SYNTAX, 2 },           /* text after a quote */
    { "a,b\n1,\xc4\xe3\xba\xc3\n", 0, LDS_IMPORT_ERROR_ENCODING, 2 }, /* GBK */
    { "\xff\xfe" "a\0,\0", 6, LDS_IMPORT_ERROR_ENCODING, 1 },        /* UTF-16 */
    { "", 0, LDS_IMPORT_ERROR_SYNTAX, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(LdsCsvTable) table = NULL;
      gsize length = cases[i].length ? cases[i].length : strlen (cases[i].data);
      LdsCsvPosition position;

      table = lds_csv_parse (cases[i].data, length, &position, &error);
      g_assert_null (table);
      g_assert_error (error, LDS_IMPORT_ERROR, cases[i].code);
      g_assert_cmpuint (position.line, ==, cases[i].line);
    }
}

static void
test_csv_writer (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *fields[] = { "plain", "with, comma", "say \"hi\"", "two\nlines", "", " pad" };
  g_autoptr(LdsCsvTable) table = NULL;
  LdsCsvPosition position;

  lds_csv_append_row (out, fields, G_N_ELEMENTS (fields), ',');
  g_assert_cmpstr (out->str, ==,
                   "plain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\",,\" pad\"\r\n");
  table = lds_csv_parse (out->str, out->len, &position, NULL);
  g_assert_nonnull (table);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    g_assert_cmpstr (((LdsCsvRow *) table->rows->pdata[0])->fields[i], ==, fields[i]);
}

static void
test_cycle_names (void)
{
  static const struct { const char *name; LdsCycleKind kind; const char *start, *end; } ok[] = {
    { "2027 Q1", LDS_CYCLE_KIND_QUARTER, "2027-01-01", "2027-03-31" },
    { "2027Q4", LDS_CYCLE_KIND_QUARTER, "2027-10-01", "2027-12-31" },
    { "2028 H1", LDS_CYCLE_KIND_HALF, "2028-01-01", "2028-06-30" },
    { "2027 H2", LDS_CYCLE_KIND_HALF, "2027-07-01", "2027-12-31" },
    { "2027", LDS_CYCLE_KIND_YEAR, "2027-01-01", "2027-12-31" },
    { "2027年度", LDS_CYCLE_KIND_YEAR, "2027-01-01", "2027-12-31" },
    { "2027年第一季度", LDS_CYCLE_KIND_QUARTER, "2027-01-01", "2027-03-31" },
    { "2024年第1季度", LDS_CYCLE_KIND_QUARTER, "2024-01-01", "2024-03-31" },
    { "2027年下半年", LDS_CYCLE_KIND_HALF, "2027-07-01", "2027-12-31" },
    { "Strategy 2026–2028", LDS_CYCLE_KIND_STRATEGY, "2026-01-01", "2028-12-31" },
    { "2025—2027年战略规划", LDS_CYCLE_KIND_STRATEGY, "2025-01-01", "2027-12-31" },
  };
  static const char * const bad[] = { "Spring push", "2027 Q5", "27 Q1", "2027 Q1 extra", "", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (ok); i++)
    {
      g_autofree char *start = NULL, *end = NULL;
      LdsCycleKind kind;

      g_assert_true (lds_cycle_name_parse (ok[i].name, &kind, &start, &end));
      g_assert_cmpint (kind, ==, ok[i].kind);
      g_assert_cmpstr (start, ==, ok[i].start);
      g_assert_cmpstr (end, ==, ok[i].end);
    }
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_autofree char *start = NULL, *end = NULL;
      LdsCycleKind kind;

      g_assert_false (lds_cycle_name_parse (bad[i], &kind, &start, &end));
      g_assert_null (start);
    }
}

/* Round trips */

static void
test_csv_round_trip (gconstpointer data)
{
  const char *language = data;
  g_autoptr(LdsStore) original = sample (language);
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autofree char *first = export (original, "csv", 0);
  g_autofree char *second = NULL;

  import_ok (copy, "okrs.csv", first);
  second = export (copy, "csv", 0);
  g_assert_cmpstr (first, ==, second);
  g_assert_cmpint (lds_store_count (copy, LDS_RECORD_KEY_RESULT), ==,
                   lds_store_count (original, LDS_RECORD_KEY_RESULT));
  if (g_str_equal (language, "zh_CN"))
    g_assert_nonnull (strstr (second, "青禾科技"));
}

static void
test_json_round_trip (gconstpointer data)
{
  const char *language = data;
  g_autoptr(LdsStore) original = sample (language);
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autoptr(LdsStore) copy2 = lds_test_new_store ();
  g_autofree char *first = export (original, "json", 0);
  g_autofree char *second = NULL, *third = NULL;
  g_autoptr(JsonNode) a = NULL, b = NULL;

  import_ok (copy, "org.json", first);
  second = export (copy, "json", 0);

  /* The copy holds exactly the same records and settings; what it adds is
   * the base of the exchange it came from. */
  a = json_from_string (first, NULL);
  b = json_from_string (second, NULL);
  g_assert_true (json_object_has_member (json_node_get_object (b), "base"));
  g_assert_false (json_object_has_member (json_node_get_object (a), "base"));
  json_object_remove_member (json_node_get_object (b), "base");
  g_assert_true (json_node_equal (a, b));
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    g_assert_cmpint (lds_store_count (copy, t), ==, lds_store_count (original, t));

  /* And from there on, byte for byte. */
  import_ok (copy2, "org.json", second);
  third = export (copy2, "json", 0);
  g_assert_cmpstr (second, ==, third);
  if (g_str_equal (language, "zh_CN"))
    g_assert_nonnull (strstr (third, "青禾科技"));
}

/* A spreadsheet as a Chinese HR team writes it */

static const char chinese_sheet[] =
  "周期,组织单元,个人,目标编号,目标,目标类型,自驱,对齐到,关键结果,关键结果编号,指标类型,初始值,目标值,当前值,单位,关键结果负责人,与薪酬挂钩\n"
  "2027年第一季度,星辰科技,,O1,成为华东地区最受信赖的服务商,挑战型,否,,签约客户数,KR1,数值,10,50,12,家,王芳,否\n"
  ",,,,,,,,客户满意度,KR2,百分比,80,95,85,%,李雷,否\n"
  "2027年第一季度,星辰科技/销售部,,O2,拿下华东市场,承诺型,否,KR1,华东新签客户,KR3,数值,0,30,5,家,张伟,是\n"
  "2027年第一季度,星辰科技/销售部,张伟,O3,提升个人谈判能力,挑战型,是,,完成谈判培训,KR4,里程碑,0,1,0,,张伟,否\n";

static void
test_chinese_sheet (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(LdsUnit) sales = NULL;
  g_autoptr(GPtrArray) objectives = NULL, krs = NULL, links = NULL, people = NULL;
  g_autoptr(GError) error = NULL;
  LdsObjective *o1 = NULL, *o2 = NULL, *o3 = NULL;

  import_ok (store, "okr.csv", chinese_sheet);

  cycle = lds_store_find_cycle (store, "2027年第一季度", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cycle->start_date, ==, "2027-01-01");
  g_assert_cmpstr (cycle->end_date, ==, "2027-03-31");
  g_assert_cmpint (cycle->kind, ==, LDS_CYCLE_KIND_QUARTER);
  sales = lds_store_find_unit_by_path (store, "星辰科技/销售部", &error);
  g_assert_no_error (error);
  g_assert_cmpint (sales->kind, ==, LDS_UNIT_KIND_DEPARTMENT);

  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
  g_assert_cmpuint (objectives->len, ==, 3);
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];
      if (g_str_equal (o->title, "成为华东地区最受信赖的服务商"))
        o1 = o;
      else if (g_str_equal (o->title, "拿下华东市场"))
        o2 = o;
      else if (g_str_equal (o->title, "提升个人谈判能力"))
        o3 = o;
    }
  g_assert_nonnull (o1);
  g_assert_nonnull (o2);
  g_assert_nonnull (o3);
  g_assert_cmpint (o1->type, ==, LDS_OBJECTIVE_TYPE_ASPIRATIONAL);
  g_assert_cmpint (o2->type, ==, LDS_OBJECTIVE_TYPE_COMMITTED);
  g_assert_cmpint (o2->owner_unit_id, ==, sales->id);
  g_assert_true (o3->self_driven);
  g_assert_cmpint (o3->owner_unit_id, ==, 0);
  g_assert_cmpint (o3->owner_person_id, !=, 0);

  /* The merged cell of line 3 is the second key result of O1. */
  krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o1->id, NULL);
  g_assert_cmpuint (krs->len, ==, 2);
  g_assert_cmpstr (((LdsKeyResult *) krs->pdata[1])->title, ==, "客户满意度");
  g_assert_cmpint (((LdsKeyResult *) krs->pdata[1])->metric, ==, LDS_METRIC_PERCENT);
  g_assert_cmpfloat (((LdsKeyResult *) krs->pdata[0])->target_value, ==, 50);
  g_clear_pointer (&krs, g_ptr_array_unref);

  krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o2->id, NULL);
  g_assert_true (((LdsKeyResult *) krs->pdata[0])->tied_to_compensation);

  links = lds_store_list (store, LDS_RECORD_LINK, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((LdsLink *) links->pdata[0])->from_id, ==, o2->id);

  /* 张伟 owns an objective and key results: one person, in 销售部. */
  people = lds_store_list (store, LDS_RECORD_PERSON, NULL);
  for (guint i = 0, n = 0; i < people->len; i++)
    if (g_str_equal (((LdsPerson *) people->pdata[i])->name, "张伟"))
      {
        g_assert_cmpuint (++n, ==, 1);
        g_assert_cmpint (((LdsPerson *) people->pdata[i])->unit_id, ==, sales->id);
      }
}

/* Malformed input: a clear message with its place, and nothing written */

static void
expect_problem (const char *name,
                const char *data,
                gsize       length,
                const char *expected_text)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autofree char *before = export (store, "json", 0);
  g_autofree char *after = NULL;
  g_autoptr(LdsImport) import = lds_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) said = NULL;
  gint64 objectives = lds_store_count (store, LDS_RECORD_OBJECTIVE);

  if (lds_import_load_data (import, name, LDS_IMPORT_FORMAT_UNKNOWN, data, length, &error))
    {
      g_assert_false (lds_import_prepare (import, store, &error));
      g_assert_cmpuint (lds_import_get_problems (import)->len, >, 0);
    }
  g_assert_error (error, LDS_IMPORT_ERROR, error->code);
  said = g_string_new (error->message);
  for (guint i = 0; lds_import_get_problems (import) != NULL &&
                    i < lds_import_get_problems (import)->len; i++)
    {
      g_autofree char *text = lds_import_format_problem (import,
                                                         lds_import_get_problems (import)->pdata[i]);
      g_string_append_printf (said, "\n%s", text);
    }
  if (strstr (said->str, expected_text) == NULL)
    g_error ("“%s” does not say “%s”", said->str, expected_text);

  after = export (store, "json", 0);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_OBJECTIVE), ==, objectives);
  g_assert_false (lds_store_can_undo (store));
}

static void
test_malformed (void)
{
  g_autofree char *truncated = g_strndup (chinese_sheet, strlen (chinese_sheet) - 40);
  g_autofree char *missing = lds_test_replace (chinese_sheet, ",目标,", ",标题,");
  g_autofree char *bad_number = lds_test_replace (chinese_sheet, ",50,12,", ",五十,12,");
  g_autofree char *loop = lds_test_replace (chinese_sheet, "否,,签约", "否,KR3,签约");
  g_autofree char *unknown = lds_test_replace (chinese_sheet, "否,KR1,华东", "否,KR9,华东");
  g_autofree char *duplicate = lds_test_replace (chinese_sheet, ",KR2,", ",KR1,");
  g_autofree char *no_title = lds_test_replace (chinese_sheet, "拿下华东市场", "");
  g_autoptr(GError) error = NULL;
  g_autofree char *gbk = g_convert (chinese_sheet, -1, "GB18030", "UTF-8", NULL, NULL, &error);
  g_autoptr(LdsStore) company = sample ("en");
  g_autofree char *json = export (company, "json", 0);
  g_autofree char *json_cut = g_strndup (json, strlen (json) / 2);
  g_autofree char *json_bad = lds_test_replace (json, "\"target_value\" : 20000",
                                                "\"target_value\" : \"lots\"");

  g_assert_no_error (error);
  expect_problem ("t.csv", truncated, strlen (truncated), "Line 5, column");
  expect_problem ("t.csv", truncated, strlen (truncated), "cut short");
  *g_utf8_find_prev_char (truncated, truncated + strlen (truncated)) = '\0';
  expect_problem ("t.csv", truncated, strlen (truncated), "Line 5, column");
  expect_problem ("t.csv", truncated, strlen (truncated), "cut short");
  expect_problem ("m.csv", missing, strlen (missing), "The column “objective” (目标) is missing");
  expect_problem ("b.csv", bad_number, strlen (bad_number),
                  "Line 2, column 13 (目标值): “五十” is not a number");
  expect_problem ("l.csv", loop, strlen (loop), "Line 4, column 8 (对齐到): This alignment makes a circle");
  expect_problem ("u.csv", unknown, strlen (unknown), "Line 4, column 8 (对齐到): “KR9”");
  expect_problem ("d.csv", duplicate, strlen (duplicate),
                  "Line 3, column 10 (关键结果编号): The reference “KR1” is used already, on line 2");
  expect_problem ("n.csv", no_title, strlen (no_title), "Line 4, column 5 (目标): The objective has no title");
  expect_problem ("g.csv", gbk, strlen (gbk), "GBK");
  expect_problem ("c.json", json_cut, strlen (json_cut), "cut short");
  expect_problem ("v.json", json_bad, strlen (json_bad), "$.key_results[0].target_value: Expected a number");
  expect_problem ("x.json", "{\"units\": []}", 13, "not a Lodestar export");
}

/* Times as JSON writes them: what g_date_time_format() writes, and back */
static void
test_json_times (void)
{
  const gint64 times[] = {
    1, 59, 86399, 951782400 /* 2000-02-29 */, 1795341600 /* 2026-11-22T10:00:00Z */,
    -62135596800 /* 0001-01-01 */, -30610224000 /* 1000-01-01 */, -30610224001,
    -2208988800 /* 1900-01-01 */, 253402300799 /* 9999-12-31T23:59:59 */, 4102444799,
  };

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (times[i]);
      g_autofree char *expected = g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ");
      g_autofree char *iso = lds_interchange_time_to_iso (times[i]);
      gint64 back = 0;

      g_assert_cmpstr (iso, ==, expected);
      if (times[i] > -30610224000)  /* ISO 8601 years have four digits */
        {
          g_assert_true (lds_interchange_time_from_iso (iso, &back));
          g_assert_cmpint (back, ==, times[i]);
        }
    }
  g_assert_null (lds_interchange_time_to_iso (253402300800));
  g_assert_null (lds_interchange_time_to_iso (-62135596801));
}

/* Merging a department's file back */

static LdsKeyResult *
find_kr (LdsStore   *store,
         const char *uuid)
{
  g_autoptr(GError) error = NULL;
  LdsKeyResult *kr = lds_store_get_by_uuid (store, LDS_RECORD_KEY_RESULT, uuid, &error);

  g_assert_no_error (error);
  return kr;
}

static void
change_kr (LdsStore   *store,
           const char *uuid,
           double      current)
{
  g_autoptr(LdsKeyResult) kr = find_kr (store, uuid);
  g_autoptr(GError) error = NULL;

  kr->current_value = current;
  g_assert_true (lds_store_update (store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
}

static void
test_merge (void)
{
  g_autoptr(LdsStore) company = sample ("en");
  g_autoptr(LdsStore) department = lds_test_new_store ();
  g_autoptr(LdsUnit) product = NULL;
  g_autoptr(LdsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(LdsObjective) added = lds_objective_new ();
  g_autofree char *part = NULL, *back = NULL;
  g_autofree char *theirs_uuid = NULL, *both_uuid = NULL, *mine_uuid = NULL;
  g_autofree char *base = NULL;
  LdsImportEntry entry;
  gint64 company_objectives = lds_store_count (company, LDS_RECORD_OBJECTIVE);
  LdsKeyResult *kr;

  product = lds_store_find_unit_by_path (company, "Product", &error);
  g_assert_no_error (error);
  part = export (company, "json", product->id);

  /* The department starts its own file from its part. */
  import_ok (department, "product.json", part);
  base = lds_store_get_exchange_base (department);
  g_assert_nonnull (base);
  g_assert_nonnull (strstr (base, "Product"));
  g_assert_cmpint (lds_store_count (department, LDS_RECORD_OBJECTIVE), <, company_objectives);

  /* Three key results of the department: one it changes, one the company
   * changes, one both change. */
  krs = lds_store_list (department, LDS_RECORD_KEY_RESULT, NULL);
  for (guint i = 0; i < krs->len && both_uuid == NULL; i++)
    {
      g_autoptr(LdsObjective) o = NULL;
      kr = krs->pdata[i];
      o = lds_store_get (department, LDS_RECORD_OBJECTIVE, kr->objective_id, NULL);
      if (o->owner_unit_id == 0 || kr->metric == LDS_METRIC_MILESTONE)
        continue;
      if (theirs_uuid == NULL)
        theirs_uuid = g_strdup (kr->uuid);
      else if (mine_uuid == NULL)
        mine_uuid = g_strdup (kr->uuid);
      else
        both_uuid = g_strdup (kr->uuid);
    }
  g_assert_nonnull (both_uuid);

  change_kr (department, theirs_uuid, 101);
  change_kr (department, both_uuid, 202);
  change_kr (company, mine_uuid, 303);
  change_kr (company, both_uuid, 404);

  /* And a new objective of its own. */
  {
    g_autoptr(GPtrArray) objectives = lds_store_list (department, LDS_RECORD_OBJECTIVE, NULL);
    LdsObjective *first = NULL;
    for (guint i = 0; i < objectives->len && first == NULL; i++)
      if (((LdsObjective *) objectives->pdata[i])->owner_unit_id != 0)
        first = objectives->pdata[i];
    added->cycle_id = first->cycle_id;
    added->owner_unit_id = first->owner_unit_id;
  }
  lds_set_text (&added->title, "Drafted on the department's laptop");
  g_assert_true (lds_store_insert (department, LDS_RECORD_OBJECTIVE, added, &error));

  back = export (department, "json", 0);
  g_assert_nonnull (strstr (back, "\"base\""));

  import = load ("product-back.json", back);
  g_assert_true (lds_import_prepare (import, company, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (lds_import_count (import, LDS_RECORD_OBJECTIVE, LDS_IMPORT_OP_CREATE), ==, 1);
  g_assert_cmpuint (lds_import_count (import, LDS_RECORD_KEY_RESULT, LDS_IMPORT_OP_UPDATE), ==, 1);
  g_assert_cmpuint (lds_import_get_n_conflicts (import), ==, 1);
  g_assert_true (lds_import_get_conflict (import, 0, &entry));
  g_assert_cmpstr (entry.uuid, ==, both_uuid);
  differences = lds_import_get_differences (import, 0);
  g_assert_cmpuint (differences->len, ==, 1);
  g_assert_cmpstr (((LdsImportDifference *) differences->pdata[0])->field, ==, "current_value");
  g_assert_cmpstr (((LdsImportDifference *) differences->pdata[0])->mine, ==, "404");
  g_assert_cmpstr (((LdsImportDifference *) differences->pdata[0])->theirs, ==, "202");

  /* Never silently: an undecided conflict writes nothing. */
  g_assert_false (lds_import_apply (import, company, &error));
  g_assert_error (error, LDS_IMPORT_ERROR, LDS_IMPORT_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (lds_store_count (company, LDS_RECORD_OBJECTIVE), ==, company_objectives);

  lds_import_resolve (import, 0, LDS_IMPORT_TAKE_THEIRS);
  g_assert_true (lds_import_apply (import, company, &error));
  g_assert_no_error (error);

  kr = find_kr (company, theirs_uuid);
  g_assert_cmpfloat (kr->current_value, ==, 101);
  lds_key_result_free (kr);
  kr = find_kr (company, mine_uuid);
  g_assert_cmpfloat (kr->current_value, ==, 303);
  lds_key_result_free (kr);
  kr = find_kr (company, both_uuid);
  g_assert_cmpfloat (kr->current_value, ==, 202);
  lds_key_result_free (kr);
  g_assert_cmpint (lds_store_count (company, LDS_RECORD_OBJECTIVE), ==, company_objectives + 1);

  /* One action: one undo takes it all back. */
  g_assert_cmpstr (lds_store_get_undo_name (company), ==, "Import");
  g_assert_true (lds_store_undo (company, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (company, LDS_RECORD_OBJECTIVE), ==, company_objectives);
  kr = find_kr (company, both_uuid);
  g_assert_cmpfloat (kr->current_value, ==, 404);
  lds_key_result_free (kr);
}

static void
test_merge_keep_mine (void)
{
  g_autoptr(LdsStore) company = sample ("en");
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autoptr(LdsImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = lds_store_list (company, LDS_RECORD_KEY_RESULT, NULL);
  g_autofree char *whole = export (company, "json", 0);
  g_autofree char *back = NULL;
  const char *uuid = ((LdsRecord *) krs->pdata[0])->uuid;
  LdsKeyResult *kr;

  import_ok (copy, "org.json", whole);
  change_kr (copy, uuid, 7);
  change_kr (company, uuid, 8);
  back = export (copy, "json", 0);

  import = load ("org.json", back);
  g_assert_true (lds_import_prepare (import, company, &error));
  g_assert_cmpuint (lds_import_get_n_conflicts (import), ==, 1);
  lds_import_resolve_all (import, LDS_IMPORT_KEEP_MINE);
  g_assert_true (lds_import_apply (import, company, &error));
  g_assert_no_error (error);
  kr = find_kr (company, uuid);
  g_assert_cmpfloat (kr->current_value, ==, 8);
  lds_key_result_free (kr);
}

/* The same file imported twice: everything is there already. */
static void
test_json_again_is_nothing (void)
{
  g_autoptr(LdsStore) company = sample ("zh_CN");
  g_autofree char *whole = export (company, "json", 0);
  g_autoptr(LdsImport) import = load ("org.json", whole);
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_import_prepare (import, company, &error));
  g_assert_no_error (error);
  g_assert_false (lds_import_has_changes (import));
  g_assert_cmpuint (lds_import_count (import, LDS_RECORD_OBJECTIVE, LDS_IMPORT_OP_SAME), ==,
                    lds_store_count (company, LDS_RECORD_OBJECTIVE));
}

/* A department's part holds what it needs to stand alone. */
static void
test_part_is_closed (void)
{
  g_autoptr(LdsStore) company = sample ("en");
  g_autoptr(LdsStore) department = lds_test_new_store ();
  g_autoptr(LdsUnit) team = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *part = NULL;
  g_autoptr(GPtrArray) units = NULL;

  team = lds_store_find_unit_by_path (company, "Product/Merchant App", &error);
  g_assert_no_error (error);
  part = export (company, "json", team->id);
  import_ok (department, "team.json", part);
  g_assert_true (lds_store_verify (department, &error));

  /* Its parent units came along, so paths still work there. */
  g_clear_pointer (&team, lds_unit_free);
  team = lds_store_find_unit_by_path (department, "Product/Merchant App", &error);
  g_assert_no_error (error);
  units = lds_store_list (department, LDS_RECORD_UNIT, NULL);
  g_assert_cmpuint (units->len, <, (guint) lds_store_count (company, LDS_RECORD_UNIT));
}

/* The document is written record by record: it must be what JsonGenerator
 * makes of the whole tree (pretty, indented by two), with every record, and
 * a file gets exactly those bytes, or stays as it was. */
static void
test_json_written_in_pieces (gconstpointer data)
{
  g_autoptr(LdsStore) company = sample (data);
  g_autofree char *whole = export (company, "json", 0);
  g_autofree char *part = NULL;
  g_autoptr(LdsUnit) team = NULL;
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "org.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "none.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  LdsExportOptions options = { 0 };

  team = lds_store_find_unit_by_path (company, "Product/Merchant App", &error);
  if (team == NULL)
    {
      g_clear_error (&error);
      team = lds_store_get (company, LDS_RECORD_UNIT, 2, &error);
    }
  g_assert_no_error (error);
  part = export (company, "json", team->id);

  for (int i = 0; i < 2; i++)
    {
      const char *text = i == 0 ? whole : part;
      g_autoptr(JsonNode) root = json_from_string (text, &error);
      g_autoptr(JsonGenerator) generator = json_generator_new ();
      g_autofree char *again = NULL, *again_line = NULL;
      JsonObject *doc;

      g_assert_no_error (error);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
      doc = json_node_get_object (root);
      /* Every record of the whole organisation */
      if (i == 0)
        for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                              doc, lds_record_info (t)->table)),
                            ==, (guint) lds_store_count (company, t));
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
      json_generator_set_root (generator, root);
      again = json_generator_to_data (generator, NULL);
      again_line = g_strconcat (again, "\n", NULL);
      g_assert_cmpstr (text, ==, again_line);
    }

  /* Over a file that was there */
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_true (lds_export_json (company, &options, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, whole);

  /* A refused export leaves it, and makes no file */
  options.at = 1;
  g_assert_false (lds_export_json (company, &options, path, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (lds_export_json (company, &options, missing, &error));
  g_clear_error (&error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, whole);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  lds_test_remove_dir (dir);
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/interchange/csv/reader", test_csv_reader);
  g_test_add_func ("/interchange/csv/reader-tabs", test_csv_reader_tabs);
  g_test_add_func ("/interchange/csv/reader-errors", test_csv_reader_errors);
  g_test_add_func ("/interchange/csv/writer", test_csv_writer);
  g_test_add_func ("/interchange/cycle-names", test_cycle_names);
  g_test_add_data_func ("/interchange/csv/round-trip/en", "en", test_csv_round_trip);
  g_test_add_data_func ("/interchange/csv/round-trip/zh_CN", "zh_CN", test_csv_round_trip);
  g_test_add_data_func ("/interchange/json/round-trip/en", "en", test_json_round_trip);
  g_test_add_data_func ("/interchange/json/round-trip/zh_CN", "zh_CN", test_json_round_trip);
  g_test_add_func ("/interchange/csv/chinese-sheet", test_chinese_sheet);
  g_test_add_func ("/interchange/malformed", test_malformed);
  g_test_add_func ("/interchange/json/times", test_json_times);
  g_test_add_func ("/interchange/json/again-is-nothing", test_json_again_is_nothing);
  g_test_add_func ("/interchange/json/part-is-closed", test_part_is_closed);
  g_test_add_data_func ("/interchange/json/written-in-pieces/en", "en", test_json_written_in_pieces);
  g_test_add_data_func ("/interchange/json/written-in-pieces/zh_CN", "zh_CN",
                        test_json_written_in_pieces);
  g_test_add_func ("/interchange/merge/one-conflict", test_merge);
  g_test_add_func ("/interchange/merge/keep-mine", test_merge_keep_mine);

  return g_test_run ();
}
