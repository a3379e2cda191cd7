/* test-core-records.c: records, their descriptions, and validation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-date.h"
#include "lds-error.h"
#include "lds-records.h"
#include "lds-test-utils.h"
#include "lds-validate.h"

static void
test_new_defaults (void)
{
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();

  g_assert_cmpstr (kr->title, ==, "");
  g_assert_true (isnan (kr->start_value) && isnan (kr->target_value) && isnan (kr->score));
  g_assert_cmpint (kr->confidence, ==, -1);
  g_assert_cmpfloat (kr->weight, ==, 1.0);
  g_assert_cmpint (cycle->cadence_days, ==, 7);
  g_assert_null (cycle->start_date);
}

static void
test_copy_equal (void)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(LdsObjective) copy = NULL;

  lds_set_text (&o->title, "提升客户满意度");
  o->uuid = g_strdup ("0d6b1c3e-8a57-4a7e-9d5b-1b2f2c0e5a11");
  copy = lds_objective_copy (o);
  g_assert_true (copy->title != o->title);
  g_assert_cmpstr (copy->title, ==, "提升客户满意度");
  g_assert_cmpstr (copy->uuid, ==, o->uuid);
  g_assert_true (lds_record_equal (LDS_RECORD_OBJECTIVE, o, copy));

  copy->self_driven = TRUE;
  g_assert_false (lds_record_equal (LDS_RECORD_OBJECTIVE, o, copy));
  copy->self_driven = FALSE;
  lds_set_text (&copy->description, "x");
  g_assert_false (lds_record_equal (LDS_RECORD_OBJECTIVE, o, copy));
}

static void
test_equal_nan (void)
{
  g_autoptr(LdsKeyResult) a = lds_key_result_new ();
  g_autoptr(LdsKeyResult) b = lds_key_result_new ();

  /* Two unset values are equal; unset and set are not. */
  g_assert_true (lds_record_equal (LDS_RECORD_KEY_RESULT, a, b));
  b->score = 0.5;
  g_assert_false (lds_record_equal (LDS_RECORD_KEY_RESULT, a, b));
}

static void
test_info (void)
{
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const LdsRecordInfo *info = lds_record_info (t);

      g_assert_cmpint (info->type, ==, t);
      g_assert_true (lds_record_info_for_table (info->table) == info);
      for (guint i = 0; i < info->n_fields; i++)
        {
          const LdsField *f = &info->fields[i];
          g_assert_true (lds_record_info_find_field (info, f->name) == f);
          g_assert_cmpuint (f->offset, >=, sizeof (LdsRecord));
          g_assert_cmpuint (f->offset, <, info->size);
          if (f->kind == LDS_FIELD_ENUM)
            g_assert_nonnull (f->enum_type);
        }
    }
  g_assert_null (lds_record_info_for_table ("sqlite_master"));
}

static void
test_field_to_string (void)
{
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  const LdsRecordInfo *info = lds_record_info (LDS_RECORD_KEY_RESULT);
  g_autofree char *metric = NULL, *start = NULL, *confidence = NULL;

  kr->metric = LDS_METRIC_CURRENCY;
  kr->start_value = 12.5;
  metric = lds_record_field_to_string (lds_record_info_find_field (info, "metric"), kr);
  start = lds_record_field_to_string (lds_record_info_find_field (info, "start_value"), kr);
  confidence = lds_record_field_to_string (lds_record_info_find_field (info, "confidence"), kr);
  g_assert_cmpstr (metric, ==, "currency");
  g_assert_cmpstr (start, ==, "12.5");
  g_assert_null (confidence);
}

static void
assert_invalid (LdsRecordType  type,
                gconstpointer  record,
                const char    *expected_field)
{
  g_autoptr(GError) error = NULL;
  const char *field = NULL;

  g_assert_false (lds_record_validate (type, record, &field, &error));
  g_assert_error (error, LDS_ERROR, LDS_ERROR_INVALID);
  g_assert_cmpstr (field, ==, expected_field);
  g_assert_cmpstr (error->message, !=, "");
}

static void
test_validate_key_result (void)
{
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;

  kr->objective_id = 1;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "title");
  lds_set_text (&kr->title, "   ");
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "title");
  lds_set_text (&kr->title, "活跃客户数");
  kr->start_value = 10;
  kr->target_value = 10;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "target_value");
  kr->target_value = 5;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "target_value");
  kr->direction = LDS_DIRECTION_DECREASE;
  g_assert_true (lds_record_validate (LDS_RECORD_KEY_RESULT, kr, NULL, &error));
  g_assert_no_error (error);
  kr->weight = -0.5;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "weight");
  kr->weight = 1;
  kr->score = 1.2;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "score");
  kr->score = NAN;
  kr->confidence = 11;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "confidence");
  kr->confidence = 7;
  kr->metric = LDS_METRIC_MILESTONE;
  kr->current_value = 0.5;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "current_value");
  kr->current_value = 1;
  g_assert_true (lds_record_validate (LDS_RECORD_KEY_RESULT, kr, NULL, NULL));
  kr->metric = 42;
  assert_invalid (LDS_RECORD_KEY_RESULT, kr, "metric");
}

static void
test_validate_others (void)
{
  g_autoptr(LdsUnit) unit = lds_unit_new ();
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(LdsLink) link = lds_link_new ();
  g_autoptr(LdsRolloutItem) item = lds_rollout_item_new ();

  lds_set_text (&unit->name, "Sales");
  unit->kind = LDS_UNIT_KIND_TEAM;
  assert_invalid (LDS_RECORD_UNIT, unit, "parent_id");
  unit->kind = LDS_UNIT_KIND_COMPANY;
  g_assert_true (lds_record_validate (LDS_RECORD_UNIT, unit, NULL, NULL));

  lds_set_text (&cycle->name, "2027 Q1");
  cycle->start_date = g_strdup ("2027-01-01");
  cycle->end_date = g_strdup ("2027-02-30");
  assert_invalid (LDS_RECORD_CYCLE, cycle, "end_date");
  lds_set_text (&cycle->end_date, "2026-12-31");
  assert_invalid (LDS_RECORD_CYCLE, cycle, "end_date");
  lds_set_text (&cycle->end_date, "2027-03-31");
  g_assert_true (lds_record_validate (LDS_RECORD_CYCLE, cycle, NULL, NULL));

  lds_set_text (&o->title, "Delight customers");
  o->cycle_id = 1;
  assert_invalid (LDS_RECORD_OBJECTIVE, o, "owner_unit_id");
  o->owner_unit_id = 1;
  o->owner_person_id = 2;
  assert_invalid (LDS_RECORD_OBJECTIVE, o, "owner_unit_id");
  o->owner_person_id = 0;
  g_assert_true (lds_record_validate (LDS_RECORD_OBJECTIVE, o, NULL, NULL));

  link->from_id = 3;
  link->to_objective_id = 3;
  assert_invalid (LDS_RECORD_LINK, link, "to_objective_id");
  link->to_key_result_id = 4;
  assert_invalid (LDS_RECORD_LINK, link, "to_key_result_id");

  item->factor = 10;
  assert_invalid (LDS_RECORD_ROLLOUT_ITEM, item, "factor");
}

static void
test_dates (void)
{
  g_autofree char *later = lds_date_add_days ("2026-12-30", 3);
  g_autofree char *earlier = lds_date_add_days ("2027-03-01", -1);
  g_autofree char *back = lds_date_from_time (lds_date_to_time ("2026-11-22"));

  g_assert_cmpstr (later, ==, "2027-01-02");
  g_assert_cmpstr (earlier, ==, "2027-02-28");
  g_assert_cmpstr (back, ==, "2026-11-22");
  g_assert_cmpint (lds_date_to_time ("1970-01-02"), ==, 86400);
  g_assert_cmpint (lds_date_days_between ("2026-01-01", "2026-12-31"), ==, 364);
  g_assert_false (lds_date_is_valid ("2026-13-01"));
  g_assert_false (lds_date_is_valid ("2026-1-01"));
  g_assert_false (lds_date_is_valid ("2026-01-01x"));
  g_assert_false (lds_date_is_valid ("+202-01-01"));
  g_assert_false (lds_date_is_valid ("2026-+1-01"));
  g_assert_false (lds_date_is_valid (NULL));
}

static void
test_now_fixed (void)
{
  g_autofree char *today = lds_today ();

  /* The tests fix the clock with LODESTAR_NOW. */
  g_assert_cmpstr (today, ==, "2026-11-22");
}

static void
test_enum_labels (void)
{
  g_assert_cmpstr (lds_enum_to_nick (lds_metric_get_type (), LDS_METRIC_MILESTONE), ==, "milestone");
  g_assert_cmpstr (lds_enum_label (lds_cycle_state_get_type (), LDS_CYCLE_STATE_REVIEW), ==, "Review");
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const LdsRecordInfo *info = lds_record_info (t);
      for (guint i = 0; i < info->n_fields; i++)
        if (info->fields[i].kind == LDS_FIELD_ENUM)
          {
            GType type = info->fields[i].enum_type ();
            for (guint v = 0; v < lds_enum_n_values (type); v++)
              g_assert_cmpstr (lds_enum_label (type, v), !=, "");
          }
    }
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/records/new", test_new_defaults);
  g_test_add_func ("/records/copy-equal", test_copy_equal);
  g_test_add_func ("/records/equal-nan", test_equal_nan);
  g_test_add_func ("/records/info", test_info);
  g_test_add_func ("/records/to-string", test_field_to_string);
  g_test_add_func ("/records/validate/key-result", test_validate_key_result);
  g_test_add_func ("/records/validate/others", test_validate_others);
  g_test_add_func ("/records/dates", test_dates);
  g_test_add_func ("/records/now", test_now_fixed);
  g_test_add_func ("/records/enum-labels", test_enum_labels);

  return g_test_run ();
}
