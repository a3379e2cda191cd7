/* test-tracking.c: check-ins, revisions, time travel, summaries and KPIs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The clock is fixed at 2026-11-22T10:00:00Z (LODESTAR_NOW); the fixture's
 * quarter runs from 2026-10-01 to 2026-12-31 and is active.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-coach.h"
#include "lds-demo.h"
#include "lds-map-day.h"
#include "lds-score.h"
#include "lds-store-checkin.h"
#include "lds-store-coach.h"
#include "lds-store-history.h"
#include "lds-store-lookup.h"
#include "lds-store-okr.h"
#include "lds-store-revision.h"
#include "lds-store-tracking.h"
#include "lds-test-utils.h"
#include "lds-tracking.h"

#define DAY LDS_DAY_SECONDS

typedef struct
{
  LdsStore *store;
  LdsId     company, sales, east, person;
  LdsId     quarter;
  LdsId     objective;
  LdsId     kr_a, kr_b;
  gint64    start;    /* 2026-10-01T00:00:00Z */
} Fixture;

static gint64
day (Fixture *f,
     int      n)
{
  return f->start + n * DAY + 10 * 3600;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(LdsKeyResult) a = lds_key_result_new ();
  g_autoptr(LdsKeyResult) b = lds_key_result_new ();
  g_autoptr(GError) error = NULL;

  f->store = lds_test_new_store ();
  f->start = lds_date_to_time ("2026-10-01");
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  f->east = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->quarter = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");

  o = lds_objective_new ();
  o->cycle_id = f->quarter;
  o->owner_unit_id = f->east;
  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  o->created_at = f->start - 5 * DAY;
  lds_set_text (&o->title, "Win the east");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  f->objective = o->id;

  /* Weighted 3 : 1 */
  a->objective_id = b->objective_id = o->id;
  a->created_at = b->created_at = f->start - 5 * DAY;
  lds_set_text (&a->title, "New customers");
  a->start_value = 10;
  a->target_value = 50;
  a->current_value = 10;
  a->weight = 3;
  lds_set_text (&b->title, "Churn");
  b->start_value = 8;
  b->target_value = 4;
  b->current_value = 8;
  b->direction = LDS_DIRECTION_DECREASE;
  b->weight = 1;
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, a, &error));
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, b, &error));
  g_assert_no_error (error);
  f->kr_a = a->id;
  f->kr_b = b->id;
  lds_store_clear_history (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static void
check_in (Fixture    *f,
          LdsId       kr,
          gint64      at,
          double      value,
          int         confidence,
          const char *note)
{
  g_autoptr(LdsCheckin) c = lds_checkin_new ();
  g_autoptr(GError) error = NULL;

  c->key_result_id = kr;
  c->at = at;
  c->value = value;
  c->confidence = confidence;
  lds_set_text (&c->note, note);
  g_assert_true (lds_store_check_in (f->store, c, &error));
  g_assert_no_error (error);
}

static LdsKeyResult *
get_kr (Fixture *f,
        LdsId    id)
{
  g_autoptr(GError) error = NULL;
  LdsKeyResult *kr = lds_store_get (f->store, LDS_RECORD_KEY_RESULT, id, &error);

  g_assert_no_error (error);
  return kr;
}

/* Cadence ------------------------------------------------------------------ */

static void
test_overdue (void)
{
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  gint64 start = lds_date_to_time ("2026-10-01");
  int days = -1;

  cycle->state = LDS_CYCLE_STATE_ACTIVE;
  cycle->start_date = g_strdup ("2026-10-01");
  cycle->end_date = g_strdup ("2026-12-31");
  cycle->cadence_days = 7;
  kr->created_at = start - 3 * DAY;

  /* A check-in 8 days ago is overdue; one 6 days ago is not. */
  g_assert_true (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr,
                                            start + 20 * DAY, 7, start + 28 * DAY, &days));
  g_assert_cmpint (days, ==, 8);
  g_assert_false (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr,
                                             start + 22 * DAY, 7, start + 28 * DAY, &days));
  /* Never checked in: counted from the start of the cycle … */
  g_assert_true (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr, 0, 7,
                                            start + 10 * DAY, &days));
  g_assert_cmpint (days, ==, 10);
  /* … or from when the key result was added, if later. */
  kr->created_at = start + 5 * DAY;
  g_assert_false (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr, 0, 7,
                                             start + 10 * DAY, NULL));
  /* The cycle's own cadence wins over the organisation's. */
  cycle->cadence_days = 14;
  g_assert_false (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr,
                                             start + 20 * DAY, 7, start + 28 * DAY, NULL));
  cycle->cadence_days = 0;
  g_assert_true (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr,
                                            start + 20 * DAY, 7, start + 28 * DAY, NULL));
  /* Only active objectives of active cycles are tracked. */
  g_assert_false (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_DRAFT, kr,
                                             start + 20 * DAY, 7, start + 28 * DAY, NULL));
  cycle->state = LDS_CYCLE_STATE_PLANNING;
  g_assert_false (lds_key_result_is_overdue (cycle, LDS_OBJECTIVE_STATUS_ACTIVE, kr,
                                             start + 20 * DAY, 7, start + 28 * DAY, NULL));
}

/* The coach's stale-check-in rule and the lists' overdue marks are one rule:
 * on the sample company they mark the same key results. */
static void
test_overdue_is_the_coachs_rule (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(LdsCycle) current = NULL;
  g_autoptr(LdsCoachSnapshot) snapshot = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) tracked = NULL;
  g_autoptr(GHashTable) stale = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GError) error = NULL;
  LdsCoachScope scope = LDS_COACH_SCOPE_ALL;
  LdsFileSettings settings;
  guint n_overdue = 0;

  g_assert_true (lds_demo_write_sample (store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  current = lds_store_current_cycle (store, &error);
  g_assert_nonnull (current);
  scope.cycle_id = current->id;
  snapshot = lds_store_coach_snapshot (store, current->id, &error);
  g_assert_no_error (error);
  findings = lds_coach_check (snapshot, &scope);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *finding = g_ptr_array_index (findings, i);
      if (finding->rule == LDS_COACH_RULE_STALE_CHECK_IN)
        g_hash_table_add (stale, &finding->record_id);
    }
  g_assert_cmpuint (g_hash_table_size (stale), >, 0);

  lds_store_get_file_settings (store, &settings);
  tracked = lds_store_list_tracked (store, current->id, LDS_RECORD_UNIT, 0, LDS_SCOPE_BELOW,
                                    &error);
  g_assert_no_error (error);
  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      for (guint k = 0; k < t->key_results->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (t->key_results, k);
          gboolean overdue = lds_key_result_is_overdue (current, t->objective->status, kr,
                                                        lds_store_last_checkin (store, kr->id,
                                                                                G_MAXINT64),
                                                        settings.cadence_days, lds_now (), NULL);

          g_assert_cmpint (overdue, ==, g_hash_table_contains (stale, &kr->id));
          n_overdue += overdue;
        }
    }
  g_assert_cmpuint (n_overdue, ==, g_hash_table_size (stale));
}

/* Check-ins ----------------------------------------------------------------- */

static void
test_check_in (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(GError) error = NULL;

  check_in (f, f->kr_a, 0, 24, 7, "Two big deals signed");
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 24);
  g_assert_cmpint (kr->confidence, ==, 7);
  checkins = lds_store_list_by (f->store, LDS_RECORD_CHECKIN, "key_result_id", f->kr_a, &error);
  g_assert_cmpuint (checkins->len, ==, 1);
  g_assert_cmpint (((LdsCheckin *) checkins->pdata[0])->at, ==, lds_now ());

  /* One step of Undo takes the check-in and the new value back. */
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Check In");
  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 10);
  g_assert_cmpint (kr->confidence, ==, -1);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 0);
  g_assert_false (lds_store_can_undo (f->store));
}

static void
test_check_in_back_dated (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  g_autoptr(LdsCheckin) future = lds_checkin_new ();
  g_autoptr(GError) error = NULL;

  check_in (f, f->kr_a, day (f, 40), 30, 6, "");
  /* An older check-in, entered late, is history: the value stays. */
  check_in (f, f->kr_a, day (f, 33), 25, 3, "");
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 30);
  g_assert_cmpint (kr->confidence, ==, 6);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 2);

  /* Tomorrow cannot be checked in yet; nothing is written. */
  future->key_result_id = f->kr_a;
  future->at = lds_now () + 2 * DAY;
  future->value = 50;
  g_assert_false (lds_store_check_in (f->store, future, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 2);
  g_clear_error (&error);

  /* Nothing to say is refused too. */
  future->at = 0;
  future->value = NAN;
  future->confidence = -1;
  g_assert_false (lds_store_check_in (f->store, future, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Deleting the latest gives the key result the one before it. */
  {
    g_autoptr(GPtrArray) list = lds_store_list_by (f->store, LDS_RECORD_CHECKIN, "key_result_id",
                                                   f->kr_a, &error);
    LdsCheckin *last = g_ptr_array_index (list, list->len - 1);

    g_assert_cmpint (last->at, ==, day (f, 40));
    g_assert_true (lds_store_delete_checkin (f->store, last->id, &error));
    g_assert_no_error (error);
  }
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->current_value, ==, 25);
  g_assert_cmpint (kr->confidence, ==, 3);
}

static void
test_milestone_check_in (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LdsKeyResult) kr = get_kr (f, f->kr_b);
  g_autoptr(GError) error = NULL;

  kr->metric = LDS_METRIC_MILESTONE;
  kr->start_value = 0;
  kr->target_value = 1;
  kr->current_value = 0;
  kr->direction = LDS_DIRECTION_INCREASE;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  check_in (f, f->kr_b, 0, 3, 9, "Shipped");
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_b);
  g_assert_cmpfloat (kr->current_value, ==, 1);
  g_assert_cmpfloat (lds_key_result_score (kr), ==, 1);
}

/* Revisions ----------------------------------------------------------------- */

static void
test_revisions (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdsKeyResult) kr = get_kr (f, f->kr_a);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  LdsRevision *r;

  /* Two fields changed: two revisions, each with its old and new value. */
  kr->target_value = 45;
  lds_set_text (&kr->title, "New paying customers");
  kr->weight = 2;   /* not a revision: weights are tuned freely */
  pending = lds_store_pending_revisions (f->store, LDS_RECORD_KEY_RESULT, kr, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pending->len, ==, 2);

  /* Without a reason, nothing is written. */
  g_assert_false (lds_store_revise (f->store, LDS_RECORD_KEY_RESULT, kr, "  ", NULL, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);

  g_assert_true (lds_store_revise (f->store, LDS_RECORD_KEY_RESULT, kr,
                                   "Fewer groups than we assumed", "Revise Target", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Revise Target");
  revisions = lds_store_list_revisions (f->store, kr->uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (revisions->len, ==, 2);
  r = g_ptr_array_index (revisions, 0);
  g_assert_cmpstr (r->record_table, ==, "key_results");
  g_assert_cmpstr (r->field, ==, "title");
  g_assert_cmpstr (r->old_value, ==, "New customers");
  g_assert_cmpstr (r->new_value, ==, "New paying customers");
  g_assert_cmpstr (r->reason, ==, "Fewer groups than we assumed");
  g_assert_cmpint (r->at, ==, lds_now ());
  r = g_ptr_array_index (revisions, 1);
  g_assert_cmpstr (r->field, ==, "target_value");
  g_assert_cmpstr (r->old_value, ==, "50");
  g_assert_cmpstr (r->new_value, ==, "45");

  /* Writing the same values again revises nothing. */
  g_assert_true (lds_store_revise (f->store, LDS_RECORD_KEY_RESULT, kr, "", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 2);

  /* Undo takes the change and its revisions back together. */
  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->target_value, ==, 50);
  g_assert_cmpstr (kr->title, ==, "New customers");
  g_assert_true (lds_store_redo (f->store, &error));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 2);

  /* An objective's title is revised the same way. */
  {
    g_autoptr(LdsObjective) o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->objective,
                                               &error);
    g_autoptr(GPtrArray) list = NULL;

    lds_set_text (&o->title, "Lead the east");
    g_assert_true (lds_store_revise (f->store, LDS_RECORD_OBJECTIVE, o, "Clearer", NULL, &error));
    list = lds_store_list_revisions (f->store, o->uuid, &error);
    g_assert_cmpuint (list->len, ==, 1);
    g_assert_cmpstr (((LdsRevision *) list->pdata[0])->old_value, ==, "Win the east");
    g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Revise Objective");
  }
}

/* Changes while the cycle is planned are free, and not recorded. */
static void
test_revisions_only_while_active (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(LdsCycle) cycle = lds_store_get (f->store, LDS_RECORD_CYCLE, f->quarter, NULL);
  g_autoptr(LdsKeyResult) kr = get_kr (f, f->kr_a);
  g_autoptr(GPtrArray) pending = NULL;
  g_autoptr(GError) error = NULL;

  cycle->state = LDS_CYCLE_STATE_PLANNING;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_CYCLE, cycle, &error));
  kr->target_value = 70;
  pending = lds_store_pending_revisions (f->store, LDS_RECORD_KEY_RESULT, kr, &error);
  g_assert_cmpuint (pending->len, ==, 0);
  g_assert_true (lds_store_revise (f->store, LDS_RECORD_KEY_RESULT, kr, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_REVISION), ==, 0);
  g_clear_pointer (&kr, lds_key_result_free);
  kr = get_kr (f, f->kr_a);
  g_assert_cmpfloat (kr->target_value, ==, 70);
}

static void
test_revision_wording (void)
{
  g_autofree char *target = lds_revision_format_value ("key_results", "target_value", "45");
  g_autofree char *metric = lds_revision_format_value ("key_results", "metric", "milestone");
  g_autofree char *none = lds_revision_format_value ("key_results", "start_value", "");

  g_assert_cmpstr (target, ==, "45");
  g_assert_cmpstr (metric, ==, "Milestone");
  g_assert_cmpstr (none, ==, "–");
  g_assert_cmpstr (lds_revision_field_label ("key_results", "target_value"), ==, "Target");
  g_assert_true (lds_revision_field_is_tracked (LDS_RECORD_KEY_RESULT, "start_value"));
  g_assert_false (lds_revision_field_is_tracked (LDS_RECORD_KEY_RESULT, "weight"));
  g_assert_false (lds_revision_field_is_tracked (LDS_RECORD_OBJECTIVE, "description"));
}

/* Added mid-cycle ----------------------------------------------------------- */

static void
test_mid_cycle (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(LdsObjective) planned = lds_objective_new ();
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;
  LdsId next = lds_test_add_cycle (f->store, "2027 Q1", "2027-01-01", "2027-03-31");
  g_autoptr(LdsCycle) q1 = lds_store_get (f->store, LDS_RECORD_CYCLE, next, NULL);

  /* The quarter started on October 1st; today is November 22nd. */
  o->cycle_id = f->quarter;
  o->owner_unit_id = f->east;
  lds_set_text (&o->title, "Open the Hangzhou office");
  g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  g_assert_true (o->mid_cycle);
  kr->objective_id = f->objective;
  lds_set_text (&kr->title, "Partners signed");
  g_assert_true (lds_store_append (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_true (kr->mid_cycle);

  /* Next quarter's, written ahead, is not. */
  q1->state = LDS_CYCLE_STATE_PLANNING;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_CYCLE, q1, &error));
  planned->cycle_id = next;
  planned->owner_unit_id = f->east;
  lds_set_text (&planned->title, "Grow the west");
  g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, planned, &error));
  g_assert_false (planned->mid_cycle);
}

/* Time travel --------------------------------------------------------------- */

/* The fixture's history: key result A (10 → 50) checked in on days 10, 20
 * and 30 (30 with a confidence only), its target revised from 60 to 50 on
 * day 15; B (8 → 4) on day 20. */
static void
write_history (Fixture *f)
{
  g_autoptr(LdsKeyResult) kr = get_kr (f, f->kr_a);
  g_autoptr(GError) error = NULL;

  /* The target was 60 until day 15. */
  kr->target_value = 60;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  {
    g_autoptr(LdsRevision) r = lds_revision_new ();

    lds_set_text (&r->record_table, "key_results");
    lds_set_text (&r->record_uuid, kr->uuid);
    lds_set_text (&r->field, "target_value");
    lds_set_text (&r->old_value, "60");
    lds_set_text (&r->new_value, "50");
    lds_set_text (&r->reason, "Two groups moved to next quarter");
    r->at = day (f, 15);
    g_assert_true (lds_store_insert (f->store, LDS_RECORD_REVISION, r, &error));
  }
  kr->target_value = 50;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);

  check_in (f, f->kr_a, day (f, 10), 20, 6, "First deals");
  check_in (f, f->kr_a, day (f, 20), 30, 4, "");
  check_in (f, f->kr_a, day (f, 30), NAN, 8, "Pipeline looks better");
  check_in (f, f->kr_b, day (f, 20), 6, 5, "");
}

static LdsHistory *
load_history (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LdsHistory *history = lds_store_history_load (f->store, &f->quarter, 1, &error);

  g_assert_no_error (error);
  g_assert_nonnull (history);
  return history;
}

static void
assert_day (Fixture          *f,
            const LdsHistory *history,
            gint64            at,
            double            value,
            int               confidence,
            double            target,
            double            objective_score)
{
  LdsKeyResult *krs[2] = { get_kr (f, f->kr_a), get_kr (f, f->kr_b) };

  g_assert_true (lds_history_key_result_at (history, krs[0], at));
  g_assert_true (lds_history_key_result_at (history, krs[1], at));
  g_assert_cmpfloat (krs[0]->current_value, ==, value);
  g_assert_cmpint (krs[0]->confidence, ==, confidence);
  g_assert_cmpfloat (krs[0]->target_value, ==, target);
  g_assert_cmpfloat_with_epsilon (lds_objective_score (krs, 2), objective_score, 1e-9);
  lds_key_result_free (krs[0]);
  lds_key_result_free (krs[1]);
}

static void
test_time_travel (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LdsHistory) history = NULL;
  g_autoptr(LdsKeyResult) late = lds_key_result_new ();
  g_autoptr(GError) error = NULL;

  write_history (f);
  history = load_history (f);
  g_assert_cmpuint (lds_history_get_n_checkins (history), ==, 4);

  /* Before the first check-in: the start values, no confidence, the old target. */
  assert_day (f, history, day (f, 5), 10, -1, 60, 0.0);
  /* The first check-in's day: A at 20 of 60 is 0.2; B not moved; weights 3 : 1. */
  assert_day (f, history, day (f, 10), 20, 6, 60, (0.2 * 3 + 0.0) / 4);
  /* Between two: the target revised on day 15. */
  assert_day (f, history, day (f, 16), 20, 6, 50, (0.25 * 3 + 0.0) / 4);
  /* After the second: A 30 of 50 is 0.5, B 6 of 8 → 4 is 0.5. */
  assert_day (f, history, day (f, 25), 30, 4, 50, 0.5);
  /* Day 30 gave a confidence and no value: the value stays. */
  assert_day (f, history, day (f, 31), 30, 8, 50, 0.5);
  /* After the last, long after. */
  assert_day (f, history, lds_now (), 30, 8, 50, 0.5);

  g_assert_cmpint (lds_history_last_checkin (history, f->kr_a, day (f, 25)), ==, day (f, 20));
  g_assert_cmpint (lds_history_last_checkin (history, f->kr_a, day (f, 5)), ==, 0);

  /* A key result added later did not exist on an earlier day. */
  late->objective_id = f->objective;
  lds_set_text (&late->title, "Added later");
  late->created_at = day (f, 40);
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, late, &error));
  g_assert_false (lds_history_key_result_at (history, late, day (f, 30)));
  g_assert_true (lds_history_key_result_at (history, late, day (f, 41)));
}

/* The map of a day, and moving it to another in place */
static const LdsMapKeyResult *
map_kr (LdsMapModel *model,
        LdsId        id,
        guint       *node)
{
  guint i = 0;

  *node = lds_map_model_find_key_result (model, id, &i);
  g_assert_cmpuint (*node, !=, LDS_MAP_NONE);
  return lds_map_model_get_key_result (model, *node, i);
}

static void
test_map_day (Fixture       *f,
              gconstpointer  data)
{
  LdsMapFilter filter = { 0 };
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(LdsMapModel) later = NULL;
  g_autoptr(LdsObjective) added = lds_objective_new ();
  g_autoptr(GError) error = NULL;
  const LdsMapKeyResult *kr;
  LdsMapDay *md;
  guint node;

  write_history (f);
  /* Aligned, the objective has no marks; an overdue one takes a line. */
  {
    g_autoptr(LdsObjective) top = lds_objective_new ();
    g_autoptr(LdsKeyResult) top_kr = lds_key_result_new ();
    g_autoptr(LdsLink) link = lds_link_new ();

    top->cycle_id = f->quarter;
    top->owner_unit_id = f->company;
    top->status = LDS_OBJECTIVE_STATUS_ACTIVE;
    top->created_at = top_kr->created_at = f->start - 10 * DAY;
    lds_set_text (&top->title, "Grow");
    g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, top, &error));
    top_kr->objective_id = top->id;
    lds_set_text (&top_kr->title, "Revenue");
    g_assert_true (lds_store_insert (f->store, LDS_RECORD_KEY_RESULT, top_kr, &error));

    link->kind = LDS_LINK_KIND_ALIGNS;
    link->from_id = f->objective;
    link->to_key_result_id = top_kr->id;
    g_assert_true (lds_store_insert (f->store, LDS_RECORD_LINK, link, &error));
    g_assert_no_error (error);
  }
  filter.cycle_id = f->quarter;
  filter.at = day (f, 9);
  model = lds_map_model_new_from_store (f->store, &filter, NULL, &error);
  g_assert_no_error (error);
  md = lds_map_day_get_for_model (model);
  g_assert_nonnull (md);
  g_assert_cmpint (lds_map_day_get_at (md), ==, day (f, 9));

  /* Nine days into the quarter and no check-in yet: overdue, at the start. */
  kr = map_kr (model, f->kr_a, &node);
  g_assert_cmpfloat (kr->current_value, ==, 10);
  g_assert_cmpfloat (kr->target_value, ==, 60);
  g_assert_cmpint (kr->confidence, ==, -1);
  g_assert_true (lds_map_model_get_node (model, node)->flags & LDS_MAP_NODE_OVERDUE);

  /* Day 12: A was checked in on day 10, B not yet: still overdue. */
  g_assert_cmpint (lds_map_day_move (md, f->store, day (f, 12), &error), ==, LDS_MAP_DAY_VALUES);
  g_assert_no_error (error);
  kr = map_kr (model, f->kr_a, &node);
  g_assert_cmpfloat (kr->current_value, ==, 20);
  g_assert_cmpint (kr->confidence, ==, 6);
  g_assert_true (lds_map_model_get_node (model, node)->flags & LDS_MAP_NODE_OVERDUE);
  g_assert_cmpfloat_with_epsilon (lds_map_model_get_node (model, node)->score,
                                  (0.2 * 3 + 0.0) / 4, 1e-9);

  /* Day 22: both checked in on day 20; the mark goes, and the node is shorter. */
  g_assert_cmpint (lds_map_day_move (md, f->store, day (f, 22), &error), ==, LDS_MAP_DAY_RESHAPED);
  g_assert_false (lds_map_model_get_node (model, node)->flags & LDS_MAP_NODE_OVERDUE);

  /* Day 25: after the revision of the target and the second check-in */
  g_assert_cmpint (lds_map_day_move (md, f->store, day (f, 25), &error), ==, LDS_MAP_DAY_VALUES);
  kr = map_kr (model, f->kr_a, &node);
  g_assert_cmpfloat (kr->current_value, ==, 30);
  g_assert_cmpfloat (kr->target_value, ==, 50);
  g_assert_cmpfloat_with_epsilon (lds_map_model_get_node (model, node)->score, 0.5, 1e-9);

  /* Today, November 22nd: the last check-in was on day 30, 22 days ago. */
  g_assert_cmpint (lds_map_day_move (md, f->store, 0, &error), ==, LDS_MAP_DAY_RESHAPED);
  kr = map_kr (model, f->kr_a, &node);
  g_assert_cmpint (kr->confidence, ==, 8);
  g_assert_true (lds_map_model_get_node (model, node)->flags & LDS_MAP_NODE_OVERDUE);

  /* An objective written on day 40 is in the map of day 45, not of day 35:
   * moving across its day needs another map. */
  added->cycle_id = f->quarter;
  added->owner_unit_id = f->east;
  added->created_at = day (f, 40);
  lds_set_text (&added->title, "Open Hangzhou");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, added, &error));
  filter.at = day (f, 35);
  later = lds_map_model_new_from_store (f->store, &filter, NULL, &error);
  g_assert_cmpuint (lds_map_model_find (later, added->id), ==, LDS_MAP_NONE);
  g_assert_cmpuint (lds_map_model_get_n_nodes (later), ==, 2);
  g_assert_cmpint (lds_map_day_move (lds_map_day_get_for_model (later), f->store, day (f, 45),
                                     &error), ==, LDS_MAP_DAY_REBUILD);
  g_assert_cmpint (lds_map_day_get_at (lds_map_day_get_for_model (later)), ==, day (f, 35));
  g_assert_cmpint (lds_map_day_move (lds_map_day_get_for_model (later), f->store, day (f, 38),
                                     &error), !=, LDS_MAP_DAY_REBUILD);
}

/* The value of a day, from check-ins given out of order */
static void
test_history_in_memory (void)
{
  g_autoptr(LdsHistory) history = lds_history_new ();
  double value;
  int confidence;

  lds_history_add_checkin (history, 7, 300, 3, 5);
  lds_history_add_checkin (history, 2, 100, 1, -1);
  lds_history_add_checkin (history, 7, 100, 1, 2);
  lds_history_add_checkin (history, 7, 200, 2, 4);
  lds_history_finish (history);

  g_assert_false (lds_history_value_at (history, 7, 99, &value, &confidence));
  g_assert_true (isnan (value));
  g_assert_cmpint (confidence, ==, -1);
  g_assert_true (lds_history_value_at (history, 7, 100, &value, &confidence));
  g_assert_cmpfloat (value, ==, 1);
  g_assert_cmpint (confidence, ==, 2);
  g_assert_true (lds_history_value_at (history, 7, 250, &value, &confidence));
  g_assert_cmpfloat (value, ==, 2);
  g_assert_true (lds_history_value_at (history, 7, 1000, &value, &confidence));
  g_assert_cmpfloat (value, ==, 3);
  g_assert_cmpint (confidence, ==, 5);
  g_assert_true (lds_history_value_at (history, 2, 1000, &value, &confidence));
  g_assert_cmpint (confidence, ==, -1);
  g_assert_false (lds_history_value_at (history, 3, 1000, &value, &confidence));
}

/* Summaries and KPIs ---------------------------------------------------------- */

static void
test_summary (void)
{
  LdsScoreSummary summary = { 0 };
  LdsFileSettings settings = LDS_FILE_SETTINGS_DEFAULT;

  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_COMMITTED, 1.0, &settings);
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_COMMITTED, 0.5, &settings);
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_COMMITTED, NAN, &settings);
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_ASPIRATIONAL, 0.6, &settings);
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_ASPIRATIONAL, 0.7, &settings);
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_ASPIRATIONAL, 0.3, &settings);

  g_assert_cmpuint (summary.n_key_results, ==, 6);
  g_assert_cmpuint (summary.n_scored, ==, 5);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_NONE], ==, 1);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_RED], ==, 1);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_AMBER], ==, 2);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_GREEN], ==, 2);
  g_assert_cmpuint (summary.histogram[9], ==, 1);
  g_assert_cmpuint (summary.histogram[7], ==, 1);
  g_assert_cmpuint (summary.histogram[6], ==, 1);
  g_assert_cmpuint (summary.histogram[5], ==, 1);
  g_assert_cmpuint (summary.histogram[3], ==, 1);
  g_assert_cmpfloat_with_epsilon (lds_score_summary_committed_met (&summary), 1.0 / 3, 1e-9);
  g_assert_cmpfloat_with_epsilon (lds_score_summary_aspirational_healthy (&summary), 2.0 / 3,
                                  1e-9);
  g_assert_cmpfloat_with_epsilon (lds_score_summary_mean (&summary), 3.1 / 5, 1e-9);

  /* 0.68 is shown as "0.7": green, among the 0.7s; in percent, "68%": amber, among the 0.6s */
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_COMMITTED, 0.68, &settings);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_GREEN], ==, 3);
  g_assert_cmpuint (summary.histogram[7], ==, 2);
  settings.scale = LDS_SCORE_SCALE_PERCENT;
  lds_score_summary_add (&summary, LDS_OBJECTIVE_TYPE_COMMITTED, 0.68, &settings);
  g_assert_cmpuint (summary.by_band[LDS_SCORE_BAND_AMBER], ==, 3);
  g_assert_cmpuint (summary.histogram[6], ==, 2);
}

/* The scores of a unit's OKRs, as the views add them up. */
static void
summarise (Fixture         *f,
           LdsScoreSummary *summary,
           double          *objective_score)
{
  g_autoptr(GPtrArray) tracked = NULL;
  g_autoptr(GError) error = NULL;

  memset (summary, 0, sizeof *summary);
  tracked = lds_store_list_tracked (f->store, f->quarter, LDS_RECORD_UNIT, f->sales,
                                    LDS_SCOPE_BELOW, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tracked->len, ==, 1);
  for (guint i = 0; i < tracked->len; i++)
    {
      LdsTrackedObjective *t = g_ptr_array_index (tracked, i);

      *objective_score = lds_objective_score ((LdsKeyResult *const *) t->key_results->pdata,
                                              t->key_results->len);
      for (guint k = 0; k < t->key_results->len; k++)
        lds_score_summary_add (summary, t->objective->type,
                               lds_key_result_score (t->key_results->pdata[k]), NULL);
    }
}

static void
test_kpis_stay_apart (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LdsKpi) kpi = lds_kpi_new ();
  g_autoptr(LdsKpiCheckin) update = lds_kpi_checkin_new ();
  g_autoptr(LdsKpi) stored = NULL;
  LdsScoreSummary before, after;
  double score_before = NAN, score_after = NAN;
  g_autoptr(GError) error = NULL;

  check_in (f, f->kr_a, day (f, 20), 30, 7, "");
  summarise (f, &before, &score_before);
  g_assert_cmpuint (before.n_key_results, ==, 2);

  /* A KPI of the same team, tied to pay, far beyond its target */
  kpi->unit_id = f->east;
  lds_set_text (&kpi->name, "Gross margin");
  kpi->current_value = 31;
  kpi->target_value = 30;
  lds_set_text (&kpi->unit_label, "%");
  kpi->tied_to_compensation = TRUE;
  g_assert_true (lds_store_append (f->store, LDS_RECORD_KPI, kpi, &error));
  g_assert_no_error (error);
  update->kpi_id = kpi->id;
  update->at = day (f, 30);
  update->value = 45;
  lds_set_text (&update->note, "A good month");
  g_assert_true (lds_store_check_in_kpi (f->store, update, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Update KPI");
  stored = lds_store_get (f->store, LDS_RECORD_KPI, kpi->id, &error);
  g_assert_cmpfloat (stored->current_value, ==, 45);

  /* The OKRs' scores and their summary do not move. */
  summarise (f, &after, &score_after);
  g_assert_cmpfloat (score_after, ==, score_before);
  g_assert_cmpuint (after.n_key_results, ==, before.n_key_results);
  g_assert_cmpuint (after.n_scored, ==, before.n_scored);
  g_assert_cmpfloat (after.score_sum, ==, before.score_sum);
  g_assert_cmpint (memcmp (after.histogram, before.histogram, sizeof before.histogram), ==, 0);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CHECKIN), ==, 1);
}

/* Scopes ----------------------------------------------------------------------- */

static void
test_scope (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GPtrArray) own = NULL;
  g_autoptr(GPtrArray) below = NULL;
  g_autoptr(GPtrArray) person = NULL;
  g_autoptr(LdsObjective) theirs = lds_objective_new ();
  g_autoptr(LdsObjective) top = lds_objective_new ();
  g_autoptr(GError) error = NULL;
  LdsTrackedObjective *t;

  theirs->cycle_id = top->cycle_id = f->quarter;
  theirs->owner_person_id = f->person;
  lds_set_text (&theirs->title, "Learn the product");
  top->owner_unit_id = f->sales;
  lds_set_text (&top->title, "Sell more");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, theirs, &error));
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, top, &error));

  /* A team's round: its own objectives, then its people's. */
  own = lds_store_list_tracked (f->store, f->quarter, LDS_RECORD_UNIT, f->east, LDS_SCOPE_OWN,
                                &error);
  g_assert_no_error (error);
  g_assert_cmpuint (own->len, ==, 2);
  t = g_ptr_array_index (own, 0);
  g_assert_cmpint (t->objective->id, ==, f->objective);
  g_assert_cmpuint (t->key_results->len, ==, 2);
  g_assert_cmpstr (t->owner_name, ==, "华东销售组");
  t = g_ptr_array_index (own, 1);
  g_assert_cmpstr (t->owner_name, ==, "张伟");
  g_assert_cmpstr (t->unit_name, ==, "华东销售组");

  /* The department's, down the tree: its own first. */
  below = lds_store_list_tracked (f->store, f->quarter, LDS_RECORD_UNIT, f->sales,
                                  LDS_SCOPE_BELOW, &error);
  g_assert_cmpuint (below->len, ==, 3);
  g_assert_cmpint (((LdsTrackedObjective *) below->pdata[0])->objective->id, ==, top->id);
  g_clear_pointer (&own, g_ptr_array_unref);
  own = lds_store_list_tracked (f->store, f->quarter, LDS_RECORD_UNIT, f->sales, LDS_SCOPE_OWN,
                                &error);
  g_assert_cmpuint (own->len, ==, 1);

  person = lds_store_list_tracked (f->store, f->quarter, LDS_RECORD_PERSON, f->person,
                                   LDS_SCOPE_BELOW, &error);
  g_assert_cmpuint (person->len, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

#define ADD(path, fn) g_test_add (path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  g_test_add_func ("/tracking/overdue", test_overdue);
  g_test_add_func ("/tracking/overdue/coach", test_overdue_is_the_coachs_rule);
  ADD ("/tracking/check-in", test_check_in);
  ADD ("/tracking/check-in/back-dated", test_check_in_back_dated);
  ADD ("/tracking/check-in/milestone", test_milestone_check_in);
  ADD ("/tracking/revisions", test_revisions);
  ADD ("/tracking/revisions/planning", test_revisions_only_while_active);
  g_test_add_func ("/tracking/revisions/wording", test_revision_wording);
  ADD ("/tracking/mid-cycle", test_mid_cycle);
  ADD ("/tracking/time-travel", test_time_travel);
  ADD ("/tracking/time-travel/map", test_map_day);
  g_test_add_func ("/tracking/history", test_history_in_memory);
  g_test_add_func ("/tracking/summary", test_summary);
  ADD ("/tracking/kpis-apart", test_kpis_stay_apart);
  ADD ("/tracking/scope", test_scope);
#undef ADD

  return g_test_run ();
}
