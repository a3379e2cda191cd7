/* test-coach-sample.c: the coach on the sample company, and `lodestar coach`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The sample company carries one deliberate instance of each rule's
 * problem (src/io/lds-demo-sample.c, add_problems()); the coach must find
 * every one, once, on the record planted for it, in English and in Chinese,
 * on other days of the year too, and nothing at all in the clean sample.
 * Then the command line must print the very findings the library returns.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "lds-coach-format.h"
#include "lds-demo.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

/* Where each problem sits: the record's title (or name) in both languages,
 * its type, and whether it is in the closed quarter before today's. */
static const struct
{
  const char    *rule;
  LdsRecordType  type;
  gboolean       previous_quarter;
  const char    *en;
  const char    *zh;
} planted[] = {
  { "too-many-objectives", LDS_RECORD_UNIT, FALSE, "Direct Sales", "直销组" },
  { "too-many-key-results", LDS_RECORD_OBJECTIVE, FALSE,
    "Be there fastest when the shop is busiest", "门店最忙的时候，我们响应最快" },
  { "objective-without-key-results", LDS_RECORD_OBJECTIVE, FALSE,
    "Put Brightwater on the map at engineering meetups", "让青禾在技术社区里打出知名度" },
  { "objective-has-number", LDS_RECORD_OBJECTIVE, FALSE,
    "Reach €1M in new revenue", "新增营收达到1000万" },
  { "key-result-not-measurable", LDS_RECORD_KEY_RESULT, FALSE,
    "Merchant happiness with the new menu editor", "商户对新版菜单编辑器的满意度" },
  { "key-result-is-task", LDS_RECORD_KEY_RESULT, FALSE,
    "Launch the new onboarding flow", "上线新版新手引导流程" },
  { "key-result-without-owner", LDS_RECORD_KEY_RESULT, FALSE,
    "Partners certified on the new installer course", "通过新版安装认证课程的渠道伙伴数" },
  { "not-aligned", LDS_RECORD_OBJECTIVE, FALSE,
    "Make on-call calm and predictable", "让值班不再提心吊胆" },
  { "tied-to-compensation", LDS_RECORD_KEY_RESULT, FALSE,
    "New ARR signed by direct sales", "直销新签ARR" },
  { "stale-check-in", LDS_RECORD_KEY_RESULT, FALSE,
    "Working days to close the month", "月度关账所需工作日" },
  { "score-too-high", LDS_RECORD_PERSON, TRUE, "David Moran", "李强" },
  { "score-too-low", LDS_RECORD_KEY_RESULT, TRUE,
    "Nova pilot units delivered by the factory", "工厂交付的 Nova 试点样机数" },
  { "private-okr", LDS_RECORD_OBJECTIVE, FALSE,
    "Make engineering pay fair and easy to explain", "让研发序列的薪酬公平、讲得清楚" },
  { "duplicate-objective", LDS_RECORD_OBJECTIVE, FALSE,
    "Build a pipeline we can really trust", "打造一条真正靠得住的销售管道" },
};

static const char * const languages[] = { "en", "zh_CN" };

/* Runs the test again in a process that speaks Chinese from the start
 * (GLib decides once per process whether to translate). Returns TRUE in
 * that process, where the test goes on. */
static gboolean
in_chinese (void)
{
  g_autofree char *saved = NULL;

  if (g_test_subprocess ())
    return TRUE;
  saved = g_strdup (g_getenv ("LANGUAGE"));
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", saved, TRUE);
  g_test_trap_assert_passed ();
  return FALSE;
}

static LdsStore *
sample (const char   *language,
        LdsDemoFlags  flags)
{
  g_autoptr(GError) error = NULL;
  LdsStore *store = lds_test_new_store ();

  g_assert_true (lds_demo_write_sample (store, language, flags, &error));
  g_assert_no_error (error);
  return store;
}

/* The quarter containing today, and the one before it. */
static void
quarters (LdsStore *store,
          LdsId    *current,
          LdsId    *previous)
{
  g_autoptr(LdsCycle) now = lds_store_current_cycle (store, NULL);
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, NULL);
  g_autofree char *day_before = lds_date_add_days (now->start_date, -1);

  *current = now->id;
  *previous = 0;
  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *c = g_ptr_array_index (cycles, i);
      if (c->kind == LDS_CYCLE_KIND_QUARTER && g_strcmp0 (c->end_date, day_before) == 0)
        *previous = c->id;
    }
  g_assert_cmpint (now->kind, ==, LDS_CYCLE_KIND_QUARTER);
  g_assert_cmpint (*previous, !=, 0);
}

static GPtrArray *
check (LdsStore *store,
       LdsId     cycle_id)
{
  LdsCoachScope scope = { cycle_id, LDS_RECORD_UNIT, 0 };
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = lds_coach_check_store (store, &scope, &error);

  g_assert_no_error (error);
  return findings;
}

static void
check_sample (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      gboolean chinese = g_str_equal (languages[l], "zh_CN");
      g_autoptr(LdsStore) store = sample (languages[l], LDS_DEMO_DEFAULT);
      g_autoptr(LdsStore) clean = sample (languages[l], LDS_DEMO_CLEAN);
      g_autoptr(GPtrArray) all = check (store, 0);
      g_autoptr(GPtrArray) nothing = check (clean, 0);
      g_autoptr(GPtrArray) in_current = NULL;
      g_autoptr(GPtrArray) in_previous = NULL;
      LdsId current, previous;
      guint n_current = 0;

      quarters (store, &current, &previous);
      in_current = check (store, current);
      in_previous = check (store, previous);

      for (guint i = 0; i < nothing->len; i++)
        g_test_message ("the clean %s sample: %s on “%s”", languages[l],
                        lds_coach_rule_info (((LdsCoachFinding *) nothing->pdata[i])->rule)->id,
                        ((LdsCoachFinding *) nothing->pdata[i])->title);
      g_assert_cmpuint (nothing->len, ==, 0);

      /* One finding per rule, on the record planted for it. */
      g_assert_cmpuint (all->len, ==, LDS_COACH_N_RULES);
      g_assert_cmpuint (G_N_ELEMENTS (planted), ==, LDS_COACH_N_RULES);
      for (guint p = 0; p < G_N_ELEMENTS (planted); p++)
        {
          LdsCoachRule rule;
          LdsCoachFinding *found = NULL;

          g_assert_true (lds_coach_rule_from_id (planted[p].rule, &rule));
          for (guint i = 0; i < all->len; i++)
            {
              LdsCoachFinding *f = g_ptr_array_index (all, i);
              if (f->rule == rule)
                {
                  g_assert_null (found);
                  found = f;
                }
            }
          g_test_message ("%s, %s", languages[l], planted[p].rule);
          g_assert_nonnull (found);
          g_assert_cmpstr (found->title, ==, chinese ? planted[p].zh : planted[p].en);
          g_assert_cmpint (found->record_type, ==, planted[p].type);
          g_assert_cmpint (found->cycle_id, ==, planted[p].previous_quarter ? previous : current);
          g_assert_cmpstr (found->message, !=, "");
          n_current += !planted[p].previous_quarter;
        }

      /* Each cycle has its own. */
      g_assert_cmpuint (in_current->len, ==, n_current);
      g_assert_cmpuint (in_previous->len, ==, LDS_COACH_N_RULES - n_current);
    }
}

static void
test_sample_problems (void)
{
  check_sample ();
}

/* At the start of a year (the quarter before is last year's last), and in
 * the middle of a summer quarter. Not in a quarter's first week: a key
 * result is given one cadence to get its first check-in, so the planted
 * stale-check-in problem (a key result with no check-in for twenty days)
 * cannot show before then. */
static void
test_sample_other_days (void)
{
  static const char * const days[] = { "2027-02-10T09:00:00Z", "2026-08-16T08:00:00Z" };
  g_autofree char *saved = g_strdup (g_getenv ("LODESTAR_NOW"));

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_setenv ("LODESTAR_NOW", days[d], TRUE);
      check_sample ();
    }
  g_setenv ("LODESTAR_NOW", saved, TRUE);
}

/* The messages speak the interface's language, the titles the company's. */
static void
check_messages (gboolean chinese)
{
  g_autoptr(LdsStore) store = sample ("zh_CN", LDS_DEMO_DEFAULT);
  g_autoptr(GPtrArray) findings = check (store, 0);

  g_assert_cmpuint (findings->len, ==, LDS_COACH_N_RULES);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);

      g_assert_true (g_utf8_validate (f->message, -1, NULL));
      g_assert_true ((strstr (f->message, "。") != NULL) == chinese);
      if (f->rule == LDS_COACH_RULE_TOO_MANY_OBJECTIVES)
        g_assert_nonnull (strstr (f->message, "直销组"));
    }
}

static void
test_sample_messages_english (void)
{
  check_messages (FALSE);
}

static void
test_sample_messages_chinese (void)
{
  if (in_chinese ())
    check_messages (TRUE);
}

/* `lodestar coach` ----------------------------------------------------------- */

typedef struct
{
  char *out;
  char *err;
  int   status;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
lodestar (Run         *run,
          const char  *language,
          const char  *first,
          ...)
{
  g_autofree char *program = g_build_filename (g_getenv ("LODESTAR_BUILD_DIR"), "src", "lodestar",
                                               NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  va_list args;

  g_ptr_array_add (argv, program);
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &run->status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (run->status) ? WEXITSTATUS (run->status) : -1;
}

static char *
write_sample_file (const char *dir,
                   const char *language)
{
  char *path = g_build_filename (dir, "sample.lodestar", NULL);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  return path;
}

/* The command prints, in JSON and as text, exactly what the library finds,
 * in the language this process speaks. */
static void
check_cli (const char *language)
{
    {
      g_autofree char *dir = lds_test_make_dir ();
      g_autofree char *path = write_sample_file (dir, language);
      g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_READ_ONLY, NULL);
      g_autoptr(LdsUnit) sales = NULL;
      g_autoptr(LdsCycle) current = lds_store_current_cycle (store, NULL);
      g_autoptr(GPtrArray) findings = NULL;
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_auto(Run) json = { 0 };
      g_auto(Run) text = { 0 };
      g_autofree char *unit_path = NULL;
      LdsCoachScope scope = { current->id, LDS_RECORD_UNIT, 0 };
      JsonArray *array;

      {
        g_autoptr(GPtrArray) roots = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", 0,
                                                        NULL);
        g_autoptr(GPtrArray) units = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id",
                                                        ((LdsUnit *) roots->pdata[0])->id, NULL);
        sales = lds_unit_copy (units->pdata[0]);
      }
      unit_path = lds_store_get_unit_path (store, sales->id);
      scope.owner_id = sales->id;

      findings = lds_coach_check_store (store, &scope, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (findings->len, >=, 3);

      lodestar (&json, language, "coach", path, "--cycle", current->name, "--unit", unit_path,
                "--format", "json", NULL);
      g_assert_cmpint (json.status, ==, 0);
      g_assert_cmpstr (json.err, ==, "");
      g_assert_true (json_parser_load_from_data (parser, json.out, -1, &error));
      g_assert_no_error (error);
      array = json_node_get_array (json_parser_get_root (parser));
      g_assert_cmpuint (json_array_get_length (array), ==, findings->len);

      lodestar (&text, language, "coach", path, "--cycle", current->name, "--unit", unit_path,
                NULL);
      g_assert_cmpint (text.status, ==, 0);

      for (guint i = 0; i < findings->len; i++)
        {
          LdsCoachFinding *f = g_ptr_array_index (findings, i);
          JsonObject *o = json_array_get_object_element (array, i);

          g_assert_cmpstr (json_object_get_string_member (o, "rule"), ==,
                           lds_coach_rule_info (f->rule)->id);
          g_assert_cmpstr (json_object_get_string_member (o, "record_uuid"), ==, f->record_uuid);
          g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, f->title);
          g_assert_cmpstr (json_object_get_string_member (o, "owner"), ==, f->owner);
          g_assert_cmpstr (json_object_get_string_member (o, "message"), ==, f->message);
          g_assert_nonnull (strstr (text.out, f->message));
          g_assert_nonnull (strstr (text.out, f->title));
        }

      g_clear_object (&store);
      lds_test_remove_dir (dir);
    }
}

static void
test_cli_english (void)
{
  check_cli ("en");
}

static void
test_cli_chinese (void)
{
  if (in_chinese ())
    check_cli ("zh_CN");
}

/* Wrong options: a usage error (2); a wrong cycle: the work failed (1). */
static void
test_cli_mistakes (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = write_sample_file (dir, "en");
  g_auto(Run) format = { 0 };
  g_auto(Run) cycle = { 0 };
  g_auto(Run) unit = { 0 };
  g_auto(Run) none = { 0 };
  g_auto(Run) markdown = { 0 };

  lodestar (&format, "en", "coach", path, "--format", "yaml", NULL);
  g_assert_cmpint (format.status, ==, 2);
  g_assert_nonnull (strstr (format.err, "yaml"));
  lodestar (&cycle, "en", "coach", path, "--cycle", "1999 Q9", NULL);
  g_assert_cmpint (cycle.status, ==, 1);
  g_assert_nonnull (strstr (cycle.err, "1999 Q9"));
  lodestar (&unit, "zh_CN", "coach", path, "--unit", "Nowhere", NULL);
  g_assert_cmpint (unit.status, ==, 1);
  g_assert_nonnull (strstr (unit.err, "Nowhere"));
  lodestar (&none, "en", "coach", NULL);
  g_assert_cmpint (none.status, ==, 2);
  lodestar (&markdown, "en", "coach", path, "--format", "markdown", NULL);
  g_assert_cmpint (markdown.status, ==, 0);
  g_assert_true (g_str_has_prefix (markdown.out, "# Coach Findings\n"));
  g_assert_nonnull (strstr (markdown.out, "`too-many-objectives`"));
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/coach-sample/problems", test_sample_problems);
  g_test_add_func ("/coach-sample/other-days", test_sample_other_days);
  g_test_add_func ("/coach-sample/messages/en", test_sample_messages_english);
  g_test_add_func ("/coach-sample/messages/zh_CN", test_sample_messages_chinese);
  g_test_add_func ("/coach-sample/cli-same-findings/en", test_cli_english);
  g_test_add_func ("/coach-sample/cli-same-findings/zh_CN", test_cli_chinese);
  g_test_add_func ("/coach-sample/cli-mistakes", test_cli_mistakes);

  return g_test_run ();
}
