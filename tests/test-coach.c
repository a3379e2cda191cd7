/* test-coach.c: the coach's rules, one by one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each rule is given cases that must fire and cases that must not, in a
 * small organisation written to an in-memory store (Acme: Sales, Direct
 * Sales, Ann in it), with English and Chinese titles. Then what findings
 * add up to: scopes, health, counts, order, and the three output formats.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "lds-coach-format.h"
#include "lds-store-coach.h"
#include "lds-test-utils.h"

#define DAY ((gint64) 86400)

typedef struct
{
  LdsStore *store;
  LdsId     company, sales, team, other_team, ann, bob;
  LdsId     cycle, closed;
  LdsId     company_objective, company_kr;
} Org;

static void
org_free (Org *org)
{
  g_clear_object (&org->store);
  g_free (org);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Org, org_free)

static LdsId
add_person (Org        *org,
            LdsId       unit,
            const char *name,
            LdsRole     role)
{
  g_autoptr(LdsPerson) person = lds_store_get (org->store, LDS_RECORD_PERSON,
                                               lds_test_add_person (org->store, unit, name), NULL);
  g_autoptr(GError) error = NULL;

  person->role = role;
  g_assert_true (lds_store_update (org->store, LDS_RECORD_PERSON, person, &error));
  g_assert_no_error (error);
  return person->id;
}

static void
link_aligns (Org   *org,
             LdsId  from,
             LdsId  to_kr)
{
  g_autoptr(LdsLink) link = lds_link_new ();
  g_autoptr(GError) error = NULL;

  link->kind = LDS_LINK_KIND_ALIGNS;
  link->from_id = from;
  link->to_key_result_id = to_kr;
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_LINK, link, &error));
  g_assert_no_error (error);
}

/* Today is 2026-11-22 (LODESTAR_NOW): 2026 Q4 is under way, Q3 closed. */
static Org *
org_new (void)
{
  Org *org = g_new0 (Org, 1);
  g_autoptr(LdsCycle) closed = NULL;
  g_autoptr(GError) error = NULL;

  org->store = lds_test_new_store ();
  org->company = lds_test_add_unit (org->store, 0, LDS_UNIT_KIND_COMPANY, "Acme");
  org->sales = lds_test_add_unit (org->store, org->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  org->team = lds_test_add_unit (org->store, org->sales, LDS_UNIT_KIND_TEAM, "Direct Sales");
  org->other_team = lds_test_add_unit (org->store, org->sales, LDS_UNIT_KIND_TEAM, "Partners");
  org->ann = add_person (org, org->team, "Ann Lee", LDS_ROLE_MEMBER);
  org->bob = add_person (org, org->other_team, "Bob Ray", LDS_ROLE_MANAGER);
  org->cycle = lds_test_add_cycle (org->store, "2026 Q4", "2026-10-01", "2026-12-31");
  org->closed = lds_test_add_cycle (org->store, "2026 Q3", "2026-07-01", "2026-09-30");
  closed = lds_store_get (org->store, LDS_RECORD_CYCLE, org->closed, NULL);
  closed->state = LDS_CYCLE_STATE_CLOSED;
  g_assert_true (lds_store_update (org->store, LDS_RECORD_CYCLE, closed, &error));
  g_assert_no_error (error);

  /* The company's objective, with a key result the others can align to. */
  org->company_objective = lds_test_add_objective (org->store, org->cycle, org->company,
                                                   "Delight every customer");
  org->company_kr = lds_test_add_key_result (org->store, org->company_objective,
                                             "Net promoter score", 20, 40, 30);
  {
    g_autoptr(LdsKeyResult) kr = lds_store_get (org->store, LDS_RECORD_KEY_RESULT,
                                                org->company_kr, NULL);
    kr->owner_id = org->bob;
    g_assert_true (lds_store_update (org->store, LDS_RECORD_KEY_RESULT, kr, &error));
  }
  return org;
}

static void
update (Org           *org,
        LdsRecordType  type,
        gpointer       record)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_store_update (org->store, type, record, &error));
  g_assert_no_error (error);
}

/* A good key result: measured, owned, checked in yesterday. */
static LdsId
add_kr (Org        *org,
        LdsId       objective,
        const char *title)
{
  LdsId id = lds_test_add_key_result (org->store, objective, title, 0, 10, 4);
  g_autoptr(LdsKeyResult) kr = lds_store_get (org->store, LDS_RECORD_KEY_RESULT, id, NULL);
  g_autoptr(LdsCheckin) checkin = lds_checkin_new ();
  g_autoptr(GError) error = NULL;

  kr->owner_id = org->ann;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  checkin->key_result_id = id;
  checkin->at = lds_now () - DAY;
  checkin->value = 4;
  checkin->author_id = org->ann;
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_CHECKIN, checkin, &error));
  g_assert_no_error (error);
  return id;
}

/* A good objective of @owner (a unit, or a person when @person): aligned,
 * with two good key results. */
static LdsId
add_objective_of (Org        *org,
                  LdsId       cycle,
                  LdsId       owner,
                  gboolean    person,
                  const char *title)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;

  o->cycle_id = cycle;
  if (person)
    o->owner_person_id = owner;
  else
    o->owner_unit_id = owner;
  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  lds_set_text (&o->title, title);
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  link_aligns (org, o->id, org->company_kr);
  add_kr (org, o->id, "Customers who renew");
  add_kr (org, o->id, "Days to answer a complaint");
  return o->id;
}

static LdsId
add_objective (Org        *org,
               const char *title)
{
  return add_objective_of (org, org->cycle, org->team, FALSE, title);
}

static GPtrArray *
check (Org *org)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = lds_coach_check_store (org->store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (findings);
  return findings;
}

/* How often @rule fires; @title (if not NULL) is what it fired on last. */
static guint
fired (Org           *org,
       LdsCoachRule   rule,
       const char   **title)
{
  static char *last = NULL;
  g_autoptr(GPtrArray) findings = check (org);
  guint n = 0;

  g_clear_pointer (&last, g_free);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      if (f->rule != rule)
        continue;
      n++;
      g_free (last);
      last = g_strdup (f->title);
    }
  if (title != NULL)
    *title = last;
  return n;
}

static LdsCoachFinding *
find (GPtrArray    *findings,
      LdsCoachRule  rule)
{
  for (guint i = 0; i < findings->len; i++)
    if (((LdsCoachFinding *) g_ptr_array_index (findings, i))->rule == rule)
      return g_ptr_array_index (findings, i);
  return NULL;
}

/* The baseline --------------------------------------------------------------- */

static void
test_good_okrs (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(GPtrArray) findings = NULL;

  add_objective (org, "Win the cafés on our doorstep");
  add_objective (org, "打造一条靠得住的销售管道");
  add_objective_of (org, org->cycle, org->ann, TRUE, "Become the go-to expert for bakeries");
  findings = check (org);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("unexpected: %s",
                    ((LdsCoachFinding *) g_ptr_array_index (findings, i))->message);
  g_assert_cmpuint (findings->len, ==, 0);
}

static void
test_rule_table (void)
{
  for (guint r = 0; r < LDS_COACH_N_RULES; r++)
    {
      const LdsCoachRuleInfo *info = lds_coach_rule_info (r);
      LdsCoachRule back;

      g_assert_cmpint (info->rule, ==, r);
      g_assert_true (lds_coach_rule_from_id (info->id, &back));
      g_assert_cmpint (back, ==, r);
      g_assert_cmpstr (lds_coach_rule_name (r), !=, "");
      g_assert_cmpstr (lds_coach_rule_summary (r), !=, "");
    }
  g_assert_false (lds_coach_rule_from_id ("no-such-rule", &(LdsCoachRule) { 0 }));
  g_assert_cmpstr (lds_coach_rule_info (LDS_COACH_RULE_TOO_MANY_OBJECTIVES)->id, ==,
                   "too-many-objectives");
  g_assert_cmpstr (lds_coach_rule_info (LDS_COACH_RULE_DUPLICATE_OBJECTIVE)->id, ==,
                   "duplicate-objective");
  g_assert_cmpstr (lds_coach_severity_to_string (LDS_COACH_SEVERITY_HINT), ==, "hint");
}

/* The rules -------------------------------------------------------------------- */

static void
test_too_many_objectives (void)
{
  g_autoptr(Org) org = org_new ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(LdsObjective) sixth = NULL;
  LdsFileSettings settings;
  LdsCoachFinding *f;
  LdsId last = 0;
  g_autoptr(GError) error = NULL;

  for (int i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Objective number %c", 'A' + i);
      add_objective (org, title);
    }
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_OBJECTIVES, NULL), ==, 0);

  last = add_objective (org, "Open the door to restaurant groups");
  findings = check (org);
  f = find (findings, LDS_COACH_RULE_TOO_MANY_OBJECTIVES);
  g_assert_nonnull (f);
  g_assert_cmpint (f->record_type, ==, LDS_RECORD_UNIT);
  g_assert_cmpint (f->record_id, ==, org->team);
  g_assert_cmpstr (f->title, ==, "Direct Sales");
  g_assert_cmpstr (f->owner, ==, "Acme/Sales/Direct Sales");
  g_assert_nonnull (strstr (f->message, "6 objectives"));
  g_assert_nonnull (strstr (f->message, "2026 Q4"));

  /* A cancelled objective is not counted. */
  sixth = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, last, NULL);
  sixth->status = LDS_OBJECTIVE_STATUS_CANCELLED;
  update (org, LDS_RECORD_OBJECTIVE, sixth);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_OBJECTIVES, NULL), ==, 0);
  sixth->status = LDS_OBJECTIVE_STATUS_DRAFT;
  update (org, LDS_RECORD_OBJECTIVE, sixth);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_OBJECTIVES, NULL), ==, 1);

  /* The limit is the organisation's. */
  lds_store_get_file_settings (org->store, &settings);
  settings.max_objectives = 6;
  g_assert_true (lds_store_set_file_settings (org->store, &settings, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_OBJECTIVES, NULL), ==, 0);

  /* A person, in another cycle: counted apart. */
  for (int i = 0; i < 7; i++)
    {
      g_autofree char *title = g_strdup_printf ("个人目标 %c", 'A' + i);
      add_objective_of (org, org->closed, org->ann, TRUE, title);
    }
  findings = (g_ptr_array_unref (findings), check (org));
  f = find (findings, LDS_COACH_RULE_TOO_MANY_OBJECTIVES);
  g_assert_nonnull (f);
  g_assert_cmpint (f->record_type, ==, LDS_RECORD_PERSON);
  g_assert_cmpstr (f->title, ==, "Ann Lee");
  g_assert_cmpstr (f->owner, ==, "Ann Lee");
}

static void
test_key_result_counts (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective (org, "Win the cafés on our doorstep");
  LdsId empty = lds_test_add_objective (org->store, org->cycle, org->team, "让新商户开业第一周就用得顺手");
  g_autoptr(GPtrArray) findings = NULL;
  LdsFileSettings settings;
  const char *title = NULL;
  g_autoptr(GError) error = NULL;

  link_aligns (org, empty, org->company_kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS, &title), ==, 1);
  g_assert_cmpstr (title, ==, "让新商户开业第一周就用得顺手");

  add_kr (org, o, "Third");
  add_kr (org, o, "Fourth");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS, NULL), ==, 0);
  add_kr (org, o, "Fifth");
  findings = check (org);
  g_assert_nonnull (find (findings, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS));
  g_assert_cmpstr (find (findings, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS)->title, ==,
                   "Win the cafés on our doorstep");
  g_assert_cmpint (find (findings, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS)->severity, ==,
                   LDS_COACH_SEVERITY_WARNING);
  g_assert_cmpint (find (findings, LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS)->severity, ==,
                   LDS_COACH_SEVERITY_ERROR);

  lds_store_get_file_settings (org->store, &settings);
  settings.max_key_results = 5;
  g_assert_true (lds_store_set_file_settings (org->store, &settings, &error));
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS, NULL), ==, 0);

  add_kr (org, empty, "First at last");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS, NULL), ==, 0);
}

static void
test_objective_has_number (void)
{
  static const struct
  {
    const char *title;
    const char *number;   /* NULL: must not fire */
  } cases[] = {
    { "Reach €1M in new revenue", "€1M" },
    { "Grow revenue by 30%", "30%" },
    { "Sign 200 new merchants", "200" },
    { "Sign 1,200 new merchants", "1,200" },
    { "Cut costs by $ 50k", "$ 50k" },
    { "Double our software revenue", "Double" },
    { "Win three million users", "million" },
    { "新增营收达到1000万", "1000万" },
    { "营收增长百分之三十", "百分之三十" },
    { "签约三十家连锁门店", "三十" },
    { "用户数增长两倍", "两倍" },
    { "市场份额提升到２５％", "２５％" },
    { "Delight every customer", NULL },
    { "Make checkout fast on 5G networks", NULL },
    { "Win the Q3 trade fair crowd", NULL },
    { "Answer at P95 speed, every time", NULL },
    { "Be the number one choice for bakeries", NULL },
    { "打造一家让人愿意长期成长的公司", NULL },
    { "从内部培养下一批团队负责人", NULL },
    { "让新商户从开业第一周起就用得顺手", NULL },
    { "商户资金准时到账，一笔不差", NULL },
    { "让新一代 Nova 收银机达到门店可用标准", NULL },
  };
  g_autoptr(Org) org = org_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *number = lds_coach_find_number (cases[i].title);
      g_test_message ("%s", cases[i].title);
      g_assert_cmpstr (number, ==, cases[i].number);
    }

  /* Through the store, with the number in the message. */
  add_objective (org, "Delight every café owner");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER, NULL), ==, 0);
  add_objective (org, "新增营收达到1000万");
  {
    g_autoptr(GPtrArray) findings = check (org);
    LdsCoachFinding *f = find (findings, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER);

    g_assert_nonnull (f);
    g_assert_cmpstr (f->title, ==, "新增营收达到1000万");
    g_assert_nonnull (strstr (f->message, "“1000万”"));
  }
}

static LdsKeyResult *
get_kr (Org   *org,
        LdsId  id)
{
  return lds_store_get (org->store, LDS_RECORD_KEY_RESULT, id, NULL);
}

static void
test_key_result_not_measurable (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective (org, "Make the menu editor a joy");
  LdsId id = add_kr (org, o, "商户对新版菜单编辑器的满意度");
  g_autoptr(LdsKeyResult) kr = get_kr (org, id);
  g_autoptr(GPtrArray) findings = NULL;
  const char *title = NULL;

  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, NULL), ==, 0);

  kr->start_value = NAN;
  kr->target_value = NAN;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, &title), ==, 1);
  g_assert_cmpstr (title, ==, "商户对新版菜单编辑器的满意度");

  /* Only the start missing: said so. */
  kr->target_value = 80;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  findings = check (org);
  g_assert_nonnull (find (findings, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE));
  g_assert_nonnull (strstr (find (findings, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE)->message,
                            "no start value"));

  /* A milestone needs no numbers. */
  kr->metric = LDS_METRIC_MILESTONE;
  kr->start_value = 0;
  kr->target_value = 1;
  kr->current_value = 0;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, NULL), ==, 0);
}

static void
test_key_result_is_task (void)
{
  static const struct
  {
    const char *title;
    const char *verb;    /* NULL: must not fire */
  } wording[] = {
    { "Launch the new onboarding flow", "Launch" },
    { "Completed the migration to the new data centre", "Completed" },
    { "Successfully roll out the loyalty app", "roll out" },
    { "Ship the offline queue", "Ship" },
    { "Build a partner portal", "Build" },
    { "Running three breakfast sessions", "Running" },
    { "上线新版新手引导流程", "上线" },
    { "按时完成年度预算编制", "完成" },
    { "搭建渠道伙伴门户", "搭建" },
    { "推进门店数字化改造", "推进" },
    { "新版引导流程上线", "上线" },
    { "会员系统改版落地。", "落地" },
    { "Nova passes the drop and spill tests", NULL },
    { "Failover to a second acquiring bank certified", NULL },
    { "Launchpad adopted by every team", NULL },
    { "Shipments delivered on time", NULL },
    { "第二家收单银行容灾切换通过认证", NULL },
    { "试点门店的外卖平台订单自动进入收银系统", NULL },
    { "Nova 通过跌落和防泼溅测试", NULL },
  };
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective (org, "Make onboarding effortless");
  LdsId id = add_kr (org, o, "Launch 3 self-serve guides");
  g_autoptr(LdsKeyResult) kr = get_kr (org, id);
  const char *title = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (wording); i++)
    {
      g_autofree char *verb = lds_coach_find_activity (wording[i].title);
      g_test_message ("%s", wording[i].title);
      g_assert_cmpstr (verb, ==, wording[i].verb);
    }

  /* Worded as a task but measured: not a task. */
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_IS_TASK, NULL), ==, 0);

  /* A milestone that only says what to do. */
  kr->metric = LDS_METRIC_MILESTONE;
  kr->start_value = 0;
  kr->target_value = 1;
  kr->current_value = 0;
  lds_set_text (&kr->title, "上线新版新手引导流程");
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_IS_TASK, &title), ==, 1);
  g_assert_cmpstr (title, ==, "上线新版新手引导流程");

  /* A milestone that names an outcome. */
  lds_set_text (&kr->title, "Nova passes the drop and spill tests");
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_IS_TASK, NULL), ==, 0);

  /* No numbers and a task: both rules speak. */
  kr->metric = LDS_METRIC_NUMBER;
  kr->start_value = NAN;
  kr->target_value = NAN;
  lds_set_text (&kr->title, "Launch the new onboarding flow");
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_IS_TASK, NULL), ==, 1);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, NULL), ==, 1);
}

static void
test_key_result_owner_and_pay (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective (org, "Turn our pipeline into recurring revenue");
  LdsId id = add_kr (org, o, "直销新签ARR");
  g_autoptr(LdsKeyResult) kr = get_kr (org, id);
  const char *title = NULL;

  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER, NULL), ==, 0);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TIED_TO_COMPENSATION, NULL), ==, 0);

  kr->owner_id = 0;
  kr->tied_to_compensation = TRUE;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER, &title), ==, 1);
  g_assert_cmpstr (title, ==, "直销新签ARR");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_TIED_TO_COMPENSATION, &title), ==, 1);
  g_assert_cmpstr (title, ==, "直销新签ARR");
}

static void
test_not_aligned (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId team_o = lds_test_add_objective (org->store, org->cycle, org->team, "让值班不再提心吊胆");
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(LdsLink) depends = lds_link_new ();
  const char *title = NULL;
  g_autoptr(GError) error = NULL;

  add_kr (org, team_o, "Pages outside working hours");
  /* The company's own objective aligns to nothing, and need not. */
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_NOT_ALIGNED, &title), ==, 1);
  g_assert_cmpstr (title, ==, "让值班不再提心吊胆");

  /* Depending on a team left and right is not aligning upwards. */
  depends->kind = LDS_LINK_KIND_DEPENDS;
  depends->from_id = team_o;
  depends->to_objective_id = org->company_objective;
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_LINK, depends, &error));
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_NOT_ALIGNED, NULL), ==, 1);

  o = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, team_o, NULL);
  o->self_driven = TRUE;
  update (org, LDS_RECORD_OBJECTIVE, o);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_NOT_ALIGNED, NULL), ==, 0);
  o->self_driven = FALSE;
  update (org, LDS_RECORD_OBJECTIVE, o);
  link_aligns (org, team_o, org->company_kr);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_NOT_ALIGNED, NULL), ==, 0);

  /* A person's objective is held to the rule too. */
  o = (lds_objective_free (o), lds_objective_new ());
  o->cycle_id = org->cycle;
  o->owner_person_id = org->ann;
  lds_set_text (&o->title, "Know the card scheme rules");
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_OBJECTIVE, o, &error));
  add_kr (org, o->id, "Retry rules checked");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_NOT_ALIGNED, &title), ==, 1);
  g_assert_cmpstr (title, ==, "Know the card scheme rules");
}

static void
add_checkin (Org    *org,
             LdsId   kr,
             gint64  at)
{
  g_autoptr(LdsCheckin) checkin = lds_checkin_new ();
  g_autoptr(GError) error = NULL;

  checkin->key_result_id = kr;
  checkin->at = at;
  checkin->value = 5;
  checkin->author_id = org->ann;
  g_assert_true (lds_store_insert (org->store, LDS_RECORD_CHECKIN, checkin, &error));
  g_assert_no_error (error);
}

static void
test_stale_check_in (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective (org, "Close the books fast");
  LdsId id = lds_test_add_key_result (org->store, o, "Working days to close the month", 12, 5, 7);
  g_autoptr(LdsKeyResult) kr = get_kr (org, id);
  g_autoptr(LdsCycle) cycle = lds_store_get (org->store, LDS_RECORD_CYCLE, org->cycle, NULL);
  g_autoptr(LdsObjective) objective = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, o, NULL);
  g_autoptr(GPtrArray) findings = NULL;
  gint64 now = lds_now ();
  const char *title = NULL;

  kr->owner_id = org->ann;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  /* Just added, not checked in yet: it has a week. */
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_STALE_CHECK_IN, NULL), ==, 0);

  add_checkin (org, id, now - 8 * DAY);
  findings = check (org);
  g_assert_nonnull (find (findings, LDS_COACH_RULE_STALE_CHECK_IN));
  g_assert_cmpstr (find (findings, LDS_COACH_RULE_STALE_CHECK_IN)->title, ==,
                   "Working days to close the month");
  g_assert_nonnull (strstr (find (findings, LDS_COACH_RULE_STALE_CHECK_IN)->message, "8 days"));

  /* The cycle's cadence decides. */
  cycle->cadence_days = 14;
  update (org, LDS_RECORD_CYCLE, cycle);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_STALE_CHECK_IN, NULL), ==, 0);
  cycle->cadence_days = 7;
  update (org, LDS_RECORD_CYCLE, cycle);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_STALE_CHECK_IN, &title), ==, 1);

  /* A draft is not under way. */
  objective->status = LDS_OBJECTIVE_STATUS_DRAFT;
  update (org, LDS_RECORD_OBJECTIVE, objective);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_STALE_CHECK_IN, NULL), ==, 0);
  objective->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  update (org, LDS_RECORD_OBJECTIVE, objective);

  /* A fresh check-in settles it. */
  add_checkin (org, id, now - 6 * DAY);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_STALE_CHECK_IN, NULL), ==, 0);
}

/* The rules on a snapshot of one's own: a key result never checked in,
 * added long ago. */
static void
test_stale_never_checked_in (void)
{
  g_autoptr(LdsCoachSnapshot) snapshot = lds_coach_snapshot_new ();
  g_autoptr(GPtrArray) findings = NULL;
  LdsUnit *company = lds_unit_new ();
  LdsCycle *cycle = lds_cycle_new ();
  LdsObjective *o = lds_objective_new ();
  LdsKeyResult *kr = lds_key_result_new ();
  LdsPerson *person = lds_person_new ();

  snapshot->now = lds_date_to_time ("2026-11-22");
  company->id = 1;
  lds_set_text (&company->name, "Acme");
  g_ptr_array_add (snapshot->units, company);
  person->id = 1;
  person->unit_id = 1;
  lds_set_text (&person->name, "Ann Lee");
  g_ptr_array_add (snapshot->people, person);
  cycle->id = 1;
  lds_set_text (&cycle->name, "2026 Q4");
  cycle->start_date = g_strdup ("2026-10-01");
  cycle->end_date = g_strdup ("2026-12-31");
  cycle->state = LDS_CYCLE_STATE_ACTIVE;
  cycle->cadence_days = 7;
  g_ptr_array_add (snapshot->cycles, cycle);
  o->id = 1;
  o->cycle_id = 1;
  o->owner_unit_id = 1;
  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  lds_set_text (&o->title, "Delight every customer");
  g_ptr_array_add (snapshot->objectives, o);
  kr->id = 1;
  kr->objective_id = 1;
  kr->owner_id = 1;
  kr->start_value = 0;
  kr->target_value = 10;
  kr->created_at = lds_date_to_time ("2026-10-02");
  lds_set_text (&kr->title, "Customers who renew");
  g_ptr_array_add (snapshot->key_results, kr);

  findings = lds_coach_check (snapshot, NULL);
  g_assert_cmpuint (findings->len, ==, 1);
  g_assert_cmpint (((LdsCoachFinding *) findings->pdata[0])->rule, ==,
                   LDS_COACH_RULE_STALE_CHECK_IN);
  g_assert_nonnull (strstr (((LdsCoachFinding *) findings->pdata[0])->message, "51 days"));

  /* Added three days ago: not yet due. */
  kr->created_at = snapshot->now - 3 * DAY;
  g_ptr_array_unref (findings);
  findings = lds_coach_check (snapshot, NULL);
  g_assert_cmpuint (findings->len, ==, 0);

  /* Checked in yesterday. */
  kr->created_at = lds_date_to_time ("2026-10-02");
  lds_coach_snapshot_set_last_checkin (snapshot, 1, snapshot->now - DAY);
  lds_coach_snapshot_set_last_checkin (snapshot, 1, snapshot->now - 30 * DAY);
  g_ptr_array_unref (findings);
  findings = lds_coach_check (snapshot, NULL);
  g_assert_cmpuint (findings->len, ==, 0);
}

static LdsId
scored_kr (Org        *org,
           LdsId       objective,
           LdsId       owner,
           double      score,
           const char *note)
{
  LdsId id = add_kr (org, objective, "Scored key result");
  g_autoptr(LdsKeyResult) kr = get_kr (org, id);

  kr->owner_id = owner;
  kr->score = score;
  lds_set_text (&kr->score_note, note);
  update (org, LDS_RECORD_KEY_RESULT, kr);
  return id;
}

static void
test_scores (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId o = add_objective_of (org, org->closed, org->team, FALSE, "Let payments recover by themselves");
  g_autoptr(LdsObjective) objective = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, o, NULL);
  g_autoptr(GPtrArray) findings = NULL;
  LdsId low;
  const char *title = NULL;

  /* The two key results of the objective score 0.4 (computed) and are Ann's. */
  objective->type = LDS_OBJECTIVE_TYPE_ASPIRATIONAL;
  objective->status = LDS_OBJECTIVE_STATUS_CLOSED;
  update (org, LDS_RECORD_OBJECTIVE, objective);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_HIGH, NULL), ==, 0);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, NULL), ==, 0);

  /* Every one of Bob's aspirational key results at 0.9 or more. */
  scored_kr (org, o, org->bob, 0.9, "Reached on the newest terminals");
  scored_kr (org, o, org->bob, 1.0, "");
  findings = check (org);
  g_assert_nonnull (find (findings, LDS_COACH_RULE_SCORE_TOO_HIGH));
  g_assert_cmpint (find (findings, LDS_COACH_RULE_SCORE_TOO_HIGH)->record_type, ==,
                   LDS_RECORD_PERSON);
  g_assert_cmpstr (find (findings, LDS_COACH_RULE_SCORE_TOO_HIGH)->title, ==, "Bob Ray");
  g_assert_cmpint (find (findings, LDS_COACH_RULE_SCORE_TOO_HIGH)->cycle_id, ==, org->closed);
  /* Ann's 0.4s are fine. */
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_HIGH, NULL), ==, 1);

  /* One below 0.9 and Bob stretched after all. */
  scored_kr (org, o, org->bob, 0.6, "Paused during certification");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_HIGH, NULL), ==, 0);

  /* Below 0.3 with no note. */
  low = scored_kr (org, o, org->ann, 0.2, "");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, &title), ==, 1);
  {
    g_autoptr(LdsKeyResult) kr = get_kr (org, low);

    lds_set_text (&kr->score_note, "   ");
    update (org, LDS_RECORD_KEY_RESULT, kr);
    g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, NULL), ==, 1);
    lds_set_text (&kr->score_note, "The factory moved its dates; pilots move to next quarter.");
    update (org, LDS_RECORD_KEY_RESULT, kr);
    g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, NULL), ==, 0);
    lds_set_text (&kr->score_note, "");
    kr->score = 0.3;
    update (org, LDS_RECORD_KEY_RESULT, kr);
    g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, NULL), ==, 0);
  }

  /* Not at review time: in the active cycle, scores say nothing yet. */
  {
    LdsId active = add_objective (org, "Keep every terminal up to date");
    g_autoptr(LdsObjective) a = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, active, NULL);

    a->type = LDS_OBJECTIVE_TYPE_ASPIRATIONAL;
    update (org, LDS_RECORD_OBJECTIVE, a);
    scored_kr (org, active, org->ann, 0.1, "");
    scored_kr (org, active, org->bob, 1.0, "");
    g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_LOW, NULL), ==, 0);
    g_assert_cmpuint (fired (org, LDS_COACH_RULE_SCORE_TOO_HIGH, NULL), ==, 0);
  }
}

static void
test_private_okr (void)
{
  g_autoptr(Org) org = org_new ();
  LdsId id = add_objective (org, "让研发序列的薪酬公平、讲得清楚");
  g_autoptr(LdsObjective) o = lds_store_get (org->store, LDS_RECORD_OBJECTIVE, id, NULL);
  const char *title = NULL;

  o->visibility = LDS_VISIBILITY_PRIVATE;
  lds_set_text (&o->private_reason, "涉及个人薪酬数据");
  update (org, LDS_RECORD_OBJECTIVE, o);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_PRIVATE_OKR, NULL), ==, 0);

  lds_set_text (&o->private_reason, " \n ");
  update (org, LDS_RECORD_OBJECTIVE, o);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_PRIVATE_OKR, &title), ==, 1);
  g_assert_cmpstr (title, ==, "让研发序列的薪酬公平、讲得清楚");

  o->visibility = LDS_VISIBILITY_PUBLIC;
  update (org, LDS_RECORD_OBJECTIVE, o);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_PRIVATE_OKR, NULL), ==, 0);
}

static void
test_duplicate_objective (void)
{
  g_autoptr(Org) org = org_new ();
  const char *title = NULL;
  LdsId later;
  g_autoptr(GPtrArray) findings = NULL;

  g_assert_true (lds_coach_titles_alike ("Build a pipeline we can trust",
                                         "build a pipeline we can TRUST!"));
  g_assert_true (lds_coach_titles_alike ("打造一条靠得住的销售管道", "打造一条真正靠得住的销售管道"));
  g_assert_false (lds_coach_titles_alike ("Win new customers", "Keep our customers"));
  g_assert_false (lds_coach_titles_alike ("让支付链路稳如磐石", "让每个周末晚高峰都稳稳当当"));
  g_assert_false (lds_coach_titles_alike ("", ""));

  add_objective (org, "Build a pipeline we can trust");
  add_objective_of (org, org->cycle, org->other_team, FALSE, "Build a pipeline we can trust");
  add_objective_of (org, org->closed, org->team, FALSE, "Build a pipeline we can trust");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_DUPLICATE_OBJECTIVE, NULL), ==, 0);

  later = add_objective (org, "Build a pipeline we can really trust");
  findings = check (org);
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_DUPLICATE_OBJECTIVE, &title), ==, 1);
  g_assert_cmpstr (title, ==, "Build a pipeline we can really trust");
  g_assert_cmpint (find (findings, LDS_COACH_RULE_DUPLICATE_OBJECTIVE)->record_id, ==, later);
  g_assert_nonnull (strstr (find (findings, LDS_COACH_RULE_DUPLICATE_OBJECTIVE)->message,
                            "“Build a pipeline we can trust”"));

  /* A third copy: one finding each for the two later ones. */
  add_objective (org, "Build a pipeline we can trust.");
  g_assert_cmpuint (fired (org, LDS_COACH_RULE_DUPLICATE_OBJECTIVE, NULL), ==, 2);
}

/* What findings add up to ------------------------------------------------------ */

/* A problem or two in each team: Direct Sales an unowned key result, the
 * partners too many key results, Ann an objective aligned to nothing. */
static Org *
org_with_problems (LdsId *unowned)
{
  Org *org = org_new ();
  LdsId ds = add_objective (org, "Win the cafés on our doorstep");
  LdsId partners = add_objective_of (org, org->cycle, org->other_team, FALSE,
                                     "Make resellers our strongest sales force");
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GError) error = NULL;

  *unowned = add_kr (org, ds, "Demos booked");
  kr = get_kr (org, *unowned);
  kr->owner_id = 0;
  update (org, LDS_RECORD_KEY_RESULT, kr);
  for (int i = 0; i < 3; i++)
    add_kr (org, partners, "Partners certified");
  add_objective_of (org, org->cycle, org->ann, TRUE, "Know the card scheme rules");
  {
    g_autoptr(GPtrArray) links = lds_store_list (org->store, LDS_RECORD_LINK, NULL);
    for (guint i = 0; i < links->len; i++)
      {
        LdsLink *link = g_ptr_array_index (links, i);
        g_autoptr(LdsObjective) from = lds_store_get (org->store, LDS_RECORD_OBJECTIVE,
                                                      link->from_id, NULL);
        if (from->owner_person_id == org->ann)
          g_assert_true (lds_store_delete (org->store, LDS_RECORD_LINK, link->id, &error));
      }
  }
  return org;
}

static GPtrArray *
check_scope (Org           *org,
             LdsRecordType  type,
             LdsId          id)
{
  LdsCoachScope scope = { org->cycle, type, id };
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = lds_coach_check_store (org->store, &scope, &error);

  g_assert_no_error (error);
  return findings;
}

static void
test_scope (void)
{
  LdsId unowned;
  g_autoptr(Org) org = org_with_problems (&unowned);
  g_autoptr(GPtrArray) all = check_scope (org, LDS_RECORD_UNIT, 0);
  g_autoptr(GPtrArray) sales = check_scope (org, LDS_RECORD_UNIT, org->sales);
  g_autoptr(GPtrArray) team = check_scope (org, LDS_RECORD_UNIT, org->team);
  g_autoptr(GPtrArray) partners = check_scope (org, LDS_RECORD_UNIT, org->other_team);
  g_autoptr(GPtrArray) ann = check_scope (org, LDS_RECORD_PERSON, org->ann);
  g_autoptr(GPtrArray) bob = check_scope (org, LDS_RECORD_PERSON, org->bob);
  g_autoptr(GPtrArray) other_cycle = NULL;
  LdsCoachScope closed = { org->closed, LDS_RECORD_UNIT, 0 };

  g_assert_cmpuint (all->len, ==, 3);
  g_assert_cmpuint (sales->len, ==, 3);
  /* The team's own, and Ann's (she is in it). */
  g_assert_cmpuint (team->len, ==, 2);
  g_assert_nonnull (find (team, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER));
  g_assert_nonnull (find (team, LDS_COACH_RULE_NOT_ALIGNED));
  g_assert_cmpuint (partners->len, ==, 1);
  g_assert_nonnull (find (partners, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS));
  /* A person: their objectives, and the key results they own elsewhere. */
  g_assert_cmpuint (ann->len, ==, 1);
  g_assert_nonnull (find (ann, LDS_COACH_RULE_NOT_ALIGNED));
  g_assert_cmpuint (bob->len, ==, 0);

  other_cycle = lds_coach_check_store (org->store, &closed, NULL);
  g_assert_cmpuint (other_cycle->len, ==, 0);

  /* The unowned key result's finding leads to it and to its objective. */
  {
    LdsCoachFinding *f = find (all, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER);
    g_autoptr(LdsKeyResult) kr = get_kr (org, unowned);

    g_assert_cmpint (f->record_type, ==, LDS_RECORD_KEY_RESULT);
    g_assert_cmpint (f->record_id, ==, unowned);
    g_assert_cmpstr (f->record_uuid, ==, kr->uuid);
    g_assert_cmpint (f->objective_id, ==, kr->objective_id);
    g_assert_cmpstr (f->owner, ==, "Acme/Sales/Direct Sales");
    g_assert_cmpint (f->cycle_id, ==, org->cycle);
  }
}

static void
test_health (void)
{
  LdsId unowned;
  g_autoptr(Org) org = org_with_problems (&unowned);
  g_autoptr(LdsCoachSnapshot) snapshot = lds_store_coach_snapshot (org->store, org->cycle, NULL);
  LdsCoachScope scope = { org->cycle, LDS_RECORD_UNIT, 0 };
  g_autoptr(GPtrArray) findings = lds_coach_check (snapshot, &scope);
  g_autoptr(GHashTable) health = lds_coach_health_by_unit (snapshot, findings, org->cycle);
  const LdsId units[] = { org->company, org->sales, org->team, org->other_team };
  LdsCoachHealth *team;

  /* The table says what the findings of each unit's scope say. */
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      LdsCoachScope unit = { org->cycle, LDS_RECORD_UNIT, units[i] };
      g_autoptr(GPtrArray) own = lds_coach_select (snapshot, findings, &unit);
      LdsCoachHealth expected;
      LdsCoachHealth *got = g_hash_table_lookup (health, &units[i]);

      lds_coach_health_of (own, lds_coach_count_objectives (snapshot, &unit), &expected);
      g_assert_nonnull (got);
      g_assert_cmpuint (got->broken, ==, expected.broken);
      g_assert_cmpuint (got->n_findings, ==, expected.n_findings);
      g_assert_cmpuint (got->n_objectives, ==, expected.n_objectives);
    }

  team = g_hash_table_lookup (health, &org->team);
  g_assert_cmpuint (team->n_objectives, ==, 2);
  g_assert_cmpuint (lds_coach_health_n_passed (team), ==, LDS_COACH_N_RULES - 2);
  g_assert_cmpfloat_with_epsilon (lds_coach_health_score (team),
                                  (double) (LDS_COACH_N_RULES - 2) / LDS_COACH_N_RULES, 1e-9);
  g_assert_cmpuint (((LdsCoachHealth *) g_hash_table_lookup (health, &org->company))->n_findings,
                    ==, 3);
  g_assert_cmpuint (lds_coach_health_n_passed (g_hash_table_lookup (health, &org->company)), ==,
                    LDS_COACH_N_RULES - 3);

  /* Nothing to check: no score. */
  {
    LdsCoachHealth none = { 0 };
    g_assert_true (isnan (lds_coach_health_score (&none)));
  }
}

static void
test_counts_and_order (void)
{
  LdsId unowned;
  g_autoptr(Org) org = org_with_problems (&unowned);
  g_autoptr(GPtrArray) findings = check (org);
  g_autoptr(GHashTable) by_record = lds_coach_count_by_record (findings);
  g_autoptr(GHashTable) by_objective = lds_coach_count_by_objective (findings);
  g_autoptr(LdsKeyResult) kr = get_kr (org, unowned);

  g_assert_cmpuint (lds_coach_count_lookup (by_record, LDS_RECORD_KEY_RESULT, unowned), ==, 1);
  g_assert_cmpuint (lds_coach_count_lookup (by_record, LDS_RECORD_OBJECTIVE, kr->objective_id),
                    ==, 0);
  g_assert_cmpuint (lds_coach_count_lookup (by_objective, LDS_RECORD_OBJECTIVE, kr->objective_id),
                    ==, 1);
  g_assert_cmpuint (lds_coach_count_lookup (by_record, LDS_RECORD_UNIT, org->team), ==, 0);

  /* Errors first, then in the order of the rule table. */
  for (guint i = 1; i < findings->len; i++)
    {
      LdsCoachFinding *a = g_ptr_array_index (findings, i - 1);
      LdsCoachFinding *b = g_ptr_array_index (findings, i);

      g_assert_cmpint (a->severity, <=, b->severity);
      if (a->severity == b->severity)
        g_assert_cmpint (a->rule, <=, b->rule);
    }
  g_assert_cmpint (((LdsCoachFinding *) findings->pdata[0])->rule, ==,
                   LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER);
}

/* The three formats say the same, field for field. */
static void
test_formats (void)
{
  LdsId unowned;
  g_autoptr(Org) org = org_with_problems (&unowned);
  g_autoptr(GPtrArray) findings = check (org);
  g_autofree char *json = lds_coach_format_json (findings);
  g_autofree char *text = lds_coach_format_text (findings);
  g_autofree char *markdown = lds_coach_format_markdown (findings, 2);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autofree char *empty_json = lds_coach_format_json (none);
  g_autofree char *empty_text = lds_coach_format_text (none);
  JsonArray *array;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  array = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (array), ==, findings->len);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      JsonObject *o = json_array_get_object_element (array, i);

      g_assert_cmpuint (json_object_get_size (o), ==, 7);
      g_assert_cmpstr (json_object_get_string_member (o, "rule"), ==,
                       lds_coach_rule_info (f->rule)->id);
      g_assert_cmpstr (json_object_get_string_member (o, "severity"), ==,
                       lds_coach_severity_to_string (f->severity));
      g_assert_cmpstr (json_object_get_string_member (o, "record_uuid"), ==, f->record_uuid);
      g_assert_cmpstr (json_object_get_string_member (o, "record_type"), ==,
                       lds_record_info (f->record_type)->name);
      g_assert_cmpstr (json_object_get_string_member (o, "title"), ==, f->title);
      g_assert_cmpstr (json_object_get_string_member (o, "owner"), ==, f->owner);
      g_assert_cmpstr (json_object_get_string_member (o, "message"), ==, f->message);
      g_assert_nonnull (strstr (text, f->message));
      g_assert_nonnull (strstr (text, lds_coach_rule_info (f->rule)->id));
      g_assert_nonnull (strstr (markdown, lds_coach_rule_info (f->rule)->id));
    }
  g_assert_nonnull (strstr (text, "3 things to improve"));
  g_assert_true (g_str_has_prefix (markdown, "## Coach Findings\n"));
  g_assert_nonnull (strstr (markdown, "\n### Error\n"));
  g_assert_cmpstr (g_strstrip (empty_json), ==, "[]");
  g_assert_nonnull (strstr (empty_text, "nothing to improve"));
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/coach/rule-table", test_rule_table);
  g_test_add_func ("/coach/good-okrs", test_good_okrs);
  g_test_add_func ("/coach/rule/too-many-objectives", test_too_many_objectives);
  g_test_add_func ("/coach/rule/key-result-counts", test_key_result_counts);
  g_test_add_func ("/coach/rule/objective-has-number", test_objective_has_number);
  g_test_add_func ("/coach/rule/key-result-not-measurable", test_key_result_not_measurable);
  g_test_add_func ("/coach/rule/key-result-is-task", test_key_result_is_task);
  g_test_add_func ("/coach/rule/owner-and-pay", test_key_result_owner_and_pay);
  g_test_add_func ("/coach/rule/not-aligned", test_not_aligned);
  g_test_add_func ("/coach/rule/stale-check-in", test_stale_check_in);
  g_test_add_func ("/coach/rule/stale-never-checked-in", test_stale_never_checked_in);
  g_test_add_func ("/coach/rule/scores", test_scores);
  g_test_add_func ("/coach/rule/private-okr", test_private_okr);
  g_test_add_func ("/coach/rule/duplicate-objective", test_duplicate_objective);
  g_test_add_func ("/coach/scope", test_scope);
  g_test_add_func ("/coach/health", test_health);
  g_test_add_func ("/coach/counts-and-order", test_counts_and_order);
  g_test_add_func ("/coach/formats", test_formats);

  return g_test_run ();
}
