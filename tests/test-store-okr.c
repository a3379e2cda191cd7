/* test-store-okr.c: the workspace's compound edits, each one undoable action
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lds-store-align.h"
#include "lds-store-okr.h"
#include "lds-test-utils.h"

typedef struct
{
  LdsStore *store;
  LdsId     company, sales, east, west, person;
  LdsId     year, q3, q4, q1;
} Fixture;

static LdsId
add_child_cycle (LdsStore   *store,
                 LdsId       parent,
                 const char *name,
                 const char *start,
                 const char *end)
{
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();
  g_autoptr(GError) error = NULL;

  lds_set_text (&cycle->name, name);
  cycle->parent_id = parent;
  cycle->kind = parent != 0 ? LDS_CYCLE_KIND_QUARTER : LDS_CYCLE_KIND_YEAR;
  cycle->start_date = g_strdup (start);
  cycle->end_date = g_strdup (end);
  g_assert_true (lds_store_append (store, LDS_RECORD_CYCLE, cycle, &error));
  g_assert_no_error (error);
  return cycle->id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  f->east = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->west = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "West");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->year = add_child_cycle (f->store, 0, "2026", "2026-01-01", "2026-12-31");
  f->q3 = add_child_cycle (f->store, f->year, "2026 Q3", "2026-07-01", "2026-09-30");
  f->q4 = add_child_cycle (f->store, f->year, "2026 Q4", "2026-10-01", "2026-12-31");
  f->q1 = lds_test_add_cycle (f->store, "2027 Q1", "2027-01-01", "2027-03-31");
  lds_store_clear_history (f->store);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static LdsObjective *
get_objective (LdsStore *store,
               LdsId     id)
{
  g_autoptr(GError) error = NULL;
  LdsObjective *o = lds_store_get (store, LDS_RECORD_OBJECTIVE, id, &error);

  g_assert_no_error (error);
  return o;
}

static LdsId
append_objective (Fixture    *f,
                  LdsId       unit,
                  const char *title)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;

  o->cycle_id = f->q4;
  o->owner_unit_id = unit;
  lds_set_text (&o->title, title);
  g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  return o->id;
}

static void
undo (LdsStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_store_undo (store, &error));
  g_assert_no_error (error);
}

static void
test_append_and_reorder (Fixture       *f,
                         gconstpointer  data)
{
  LdsId a = append_objective (f, f->sales, "A");
  LdsId b = append_objective (f, f->sales, "B");
  LdsId c = append_objective (f, f->sales, "C");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsObjective) oa = NULL, ob = NULL, oc = NULL;

  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Objective");

  /* C goes first; the list is numbered again in one action. */
  g_assert_true (lds_store_reorder (f->store, LDS_RECORD_OBJECTIVE, c, 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Reorder Objectives");
  oa = get_objective (f->store, a);
  ob = get_objective (f->store, b);
  oc = get_objective (f->store, c);
  g_assert_cmpint (oc->position, ==, 0);
  g_assert_cmpint (oa->position, ==, 1);
  g_assert_cmpint (ob->position, ==, 2);

  undo (f->store);
  g_clear_pointer (&oc, lds_objective_free);
  oc = get_objective (f->store, c);
  g_assert_cmpint (oc->position, ==, 2);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Objective");

  /* An objective of another cycle is not one of the list. */
  {
    g_autoptr(LdsObjective) other = lds_objective_new ();
    other->cycle_id = f->q3;
    other->owner_unit_id = f->sales;
    lds_set_text (&other->title, "Old");
    g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, other, &error));
    g_assert_cmpint (other->position, ==, 0);
  }
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  LdsId parent = append_objective (f, f->sales, "Win the east");
  LdsId parent_kr = lds_test_add_key_result (f->store, parent, "Customers", 0, 40, 10);
  LdsId a = append_objective (f, f->east, "Call every shop");
  LdsId b = append_objective (f, f->east, "Last");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(LdsObjective) copy = NULL;
  g_autoptr(LdsObjective) last = NULL;
  LdsId copy_id = 0;
  gint64 n_objectives, n_krs;

  lds_test_add_key_result (f->store, a, "Shops called", 0, 300, 20);
  lds_test_add_key_result (f->store, a, "Orders", 0, 50, 5);
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, a,
                                           LDS_RECORD_KEY_RESULT, parent_kr, NULL, &error));
  g_assert_no_error (error);
  n_objectives = lds_store_count (f->store, LDS_RECORD_OBJECTIVE);
  n_krs = lds_store_count (f->store, LDS_RECORD_KEY_RESULT);

  g_assert_true (lds_store_duplicate_objective (f->store, a, &copy_id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Duplicate Objective");

  copy = get_objective (f->store, copy_id);
  g_assert_cmpstr (copy->title, ==, "Call every shop (copy)");
  g_assert_cmpint (copy->position, ==, 1);   /* just after the original */
  last = get_objective (f->store, b);
  g_assert_cmpint (last->position, ==, 2);
  krs = lds_store_list_by (f->store, LDS_RECORD_KEY_RESULT, "objective_id", copy_id, NULL);
  g_assert_cmpuint (krs->len, ==, 2);
  g_assert_cmpstr (((LdsKeyResult *) krs->pdata[1])->title, ==, "Orders");
  links = lds_store_list_links_from (f->store, copy_id, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((LdsLinkInfo *) links->pdata[0])->to_key_result_id, ==, parent_kr);

  /* One undo takes all of it away. */
  undo (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n_objectives);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, n_krs);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_LINK), ==, 1);
}

static void
test_move_objective (Fixture       *f,
                     gconstpointer  data)
{
  LdsId a = append_objective (f, f->sales, "A");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsObjective) moved = NULL;

  append_objective (f, f->east, "Already there");
  g_assert_true (lds_store_move_objective (f->store, a, LDS_RECORD_PERSON, f->person, f->q1,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Move Objective");
  moved = get_objective (f->store, a);
  g_assert_cmpint (moved->owner_person_id, ==, f->person);
  g_assert_cmpint (moved->owner_unit_id, ==, 0);
  g_assert_cmpint (moved->cycle_id, ==, f->q1);

  /* To an owner that does not exist: refused, nothing changed. */
  g_assert_false (lds_store_move_objective (f->store, a, LDS_RECORD_UNIT, 9999, f->q1, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Move Objective");
}

static void
test_check_record (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(LdsCycle) cycle = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);
  g_autoptr(LdsUnit) sales = lds_store_get (f->store, LDS_RECORD_UNIT, f->sales, NULL);
  g_autoptr(LdsActionPlan) plan = lds_action_plan_new ();
  g_autoptr(GError) error = NULL;
  const char *field = NULL;
  LdsId o = append_objective (f, f->sales, "A");

  /* A quarter that would end after its year. */
  g_free (cycle->end_date);
  cycle->end_date = g_strdup ("2027-01-15");
  g_assert_false (lds_store_check_record (f->store, LDS_RECORD_CYCLE, cycle, &field, &error));
  g_assert_cmpstr (field, ==, "end_date");
  /* the date as the interface writes dates */
  g_assert_nonnull (strstr (error->message, "31 Dec 2026"));
  g_clear_error (&error);

  /* A year that would start after its quarters do. */
  {
    g_autoptr(LdsCycle) year = lds_store_get (f->store, LDS_RECORD_CYCLE, f->year, NULL);
    g_free (year->start_date);
    year->start_date = g_strdup ("2026-08-01");
    g_assert_false (lds_store_check_record (f->store, LDS_RECORD_CYCLE, year, &field, &error));
    g_assert_cmpstr (field, ==, "start_date");
    g_assert_nonnull (strstr (error->message, "2026 Q3"));
    g_clear_error (&error);
  }

  /* Sales inside its own team. */
  sales->parent_id = f->east;
  g_assert_false (lds_store_check_record (f->store, LDS_RECORD_UNIT, sales, &field, &error));
  g_assert_cmpstr (field, ==, "parent_id");
  g_clear_error (&error);
  g_assert_false (lds_store_move_unit (f->store, f->sales, f->east, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A step due after the cycle of its objective. */
  plan->key_result_id = lds_test_add_key_result (f->store, o, "KR", 0, 10, 0);
  lds_set_text (&plan->title, "Visit");
  plan->due_date = g_strdup ("2027-02-01");
  g_assert_false (lds_store_check_record (f->store, LDS_RECORD_ACTION_PLAN, plan, &field, &error));
  g_assert_cmpstr (field, ==, "due_date");
  g_assert_nonnull (strstr (error->message, "2026 Q4"));
  g_assert_nonnull (strstr (error->message, "1 Feb 2027"));
  g_assert_nonnull (strstr (error->message, "31 Dec 2026"));
  g_clear_error (&error);

  /* And the rules of lds_record_validate() come first. */
  g_free (cycle->end_date);
  cycle->end_date = g_strdup ("2026-11-30");
  lds_set_text (&cycle->name, "  ");
  g_assert_false (lds_store_check_record (f->store, LDS_RECORD_CYCLE, cycle, &field, &error));
  g_assert_cmpstr (field, ==, "name");
}

static void
test_move_unit (Fixture       *f,
                gconstpointer  data)
{
  LdsId o = append_objective (f, f->east, "Team aim");
  LdsId hr = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "HR");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsUnit) east = NULL;
  g_autoptr(LdsObjective) aim = NULL;

  g_assert_true (lds_store_move_unit (f->store, f->east, hr, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Move Unit");
  east = lds_store_get (f->store, LDS_RECORD_UNIT, f->east, NULL);
  g_assert_cmpint (east->parent_id, ==, hr);
  /* The team's OKRs and people go with it. */
  aim = get_objective (f->store, o);
  g_assert_cmpint (aim->owner_unit_id, ==, f->east);

  g_assert_true (lds_store_move_person (f->store, f->person, hr, &error));
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Move Person");
}

static void
test_delete_unit (Fixture       *f,
                  gconstpointer  data)
{
  LdsId sales_o = append_objective (f, f->sales, "Sales aim");
  LdsId east_o = append_objective (f, f->east, "East aim");
  LdsBranchCounts counts;
  g_autoptr(GError) error = NULL;
  gint64 n_units = lds_store_count (f->store, LDS_RECORD_UNIT);
  gint64 n_objectives;
  g_autoptr(LdsObjective) moved = NULL;

  {
    g_autoptr(LdsObjective) mine = lds_objective_new ();
    mine->cycle_id = f->q4;
    mine->owner_person_id = f->person;
    lds_set_text (&mine->title, "个人目标");
    g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, mine, &error));
  }
  lds_test_add_key_result (f->store, east_o, "KR", 0, 10, 2);
  n_objectives = lds_store_count (f->store, LDS_RECORD_OBJECTIVE);

  g_assert_true (lds_store_count_branch (f->store, LDS_RECORD_UNIT, f->sales, &counts, &error));
  g_assert_cmpuint (counts.n_units, ==, 2);
  g_assert_cmpuint (counts.n_people, ==, 1);
  g_assert_cmpuint (counts.n_objectives, ==, 3);

  /* The company has no unit above to take its OKRs. */
  g_assert_false (lds_store_delete_unit (f->store, f->company, LDS_OKR_FATE_MOVE, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* Sales goes with its teams and people; their OKRs move to the company. */
  g_assert_true (lds_store_delete_unit (f->store, f->sales, LDS_OKR_FATE_MOVE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Delete Unit");
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_UNIT), ==, n_units - 3);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_PERSON), ==, 0);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n_objectives);
  moved = get_objective (f->store, east_o);
  g_assert_cmpint (moved->owner_unit_id, ==, f->company);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, 1);

  undo (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_UNIT), ==, n_units);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_PERSON), ==, 1);

  /* Or their OKRs go too. */
  g_assert_true (lds_store_delete_unit (f->store, f->sales, LDS_OKR_FATE_DELETE, &error));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_KEY_RESULT), ==, 0);
  undo (f->store);
  g_clear_pointer (&moved, lds_objective_free);
  moved = get_objective (f->store, sales_o);
  g_assert_cmpint (moved->owner_unit_id, ==, f->sales);
}

static void
test_delete_person (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LdsObjective) mine = lds_objective_new ();
  g_autoptr(LdsObjective) moved = NULL;
  g_autoptr(GError) error = NULL;

  mine->cycle_id = f->q4;
  mine->owner_person_id = f->person;
  lds_set_text (&mine->title, "个人目标");
  g_assert_true (lds_store_append (f->store, LDS_RECORD_OBJECTIVE, mine, &error));

  g_assert_true (lds_store_delete_person (f->store, f->person, LDS_OKR_FATE_MOVE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Delete Person");
  moved = get_objective (f->store, mine->id);
  g_assert_cmpint (moved->owner_unit_id, ==, f->east);
  undo (f->store);
  g_assert_true (lds_store_delete_person (f->store, f->person, LDS_OKR_FATE_DELETE, &error));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
}

static void
test_cycles (Fixture       *f,
             gconstpointer  data)
{
  LdsId a = append_objective (f, f->sales, "Active aim");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsCycle) next = NULL;
  g_autoptr(LdsCycle) closed = NULL;
  g_autoptr(LdsObjective) o = get_objective (f->store, a);

  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, &error));

  next = lds_store_next_cycle (f->store, f->q3);
  g_assert_cmpint (next->id, ==, f->q4);
  g_clear_pointer (&next, lds_cycle_free);
  next = lds_store_next_cycle (f->store, f->q4);
  g_assert_cmpint (next->id, ==, f->q1);
  g_assert_null (lds_store_next_cycle (f->store, f->q1));

  g_assert_true (lds_store_close_cycle (f->store, f->year, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Close Cycle");
  closed = lds_store_get (f->store, LDS_RECORD_CYCLE, f->q4, NULL);
  g_assert_cmpint (closed->state, ==, LDS_CYCLE_STATE_CLOSED);
  g_clear_pointer (&o, lds_objective_free);
  o = get_objective (f->store, a);
  g_assert_cmpint (o->status, ==, LDS_OBJECTIVE_STATUS_CLOSED);
  undo (f->store);

  /* Deleting the year takes its quarters and their objectives. */
  g_assert_true (lds_store_delete_cycle (f->store, f->year, &error));
  g_assert_no_error (error);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CYCLE), ==, 1);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 0);
  undo (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_CYCLE), ==, 4);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 1);
}

static void
test_copy_unfinished (Fixture       *f,
                      gconstpointer  data)
{
  LdsId done = append_objective (f, f->sales, "Done");
  LdsId half = append_objective (f, f->sales, "Half way");
  LdsId child = append_objective (f, f->east, "East helps");
  LdsId cancelled = append_objective (f, f->sales, "Dropped");
  LdsId half_kr, finished_kr;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) copies = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(LdsObjective) o = get_objective (f->store, cancelled);
  guint n = 0;

  lds_test_add_key_result (f->store, done, "All of it", 0, 10, 10);
  half_kr = lds_test_add_key_result (f->store, half, "Revenue", 100, 200, 150);
  finished_kr = lds_test_add_key_result (f->store, half, "Hires", 0, 3, 3);
  lds_test_add_key_result (f->store, child, "Calls", 0, 10, 1);
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, child,
                                           LDS_RECORD_KEY_RESULT, half_kr, NULL, &error));
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, child,
                                           LDS_RECORD_KEY_RESULT, finished_kr, NULL, &error));
  o->status = LDS_OBJECTIVE_STATUS_CANCELLED;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, &error));

  g_assert_false (lds_store_copy_unfinished (f->store, f->q4, f->q4, &n, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_true (lds_store_copy_unfinished (f->store, f->q4, f->q1, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Copy Unfinished Objectives");

  copies = lds_store_list_by (f->store, LDS_RECORD_OBJECTIVE, "cycle_id", f->q1, NULL);
  g_assert_cmpuint (copies->len, ==, 2);
  {
    LdsObjective *half_copy = NULL, *child_copy = NULL;
    g_autoptr(GPtrArray) links = NULL;

    for (guint i = 0; i < copies->len; i++)
      {
        LdsObjective *copy = g_ptr_array_index (copies, i);

        g_assert_cmpint (copy->status, ==, LDS_OBJECTIVE_STATUS_DRAFT);
        if (g_str_equal (copy->title, "Half way"))
          half_copy = copy;
        else if (g_str_equal (copy->title, "East helps"))
          child_copy = copy;
      }
    g_assert_nonnull (half_copy);
    g_assert_nonnull (child_copy);

    /* The finished key result stays behind; the other starts where it stood. */
    krs = lds_store_list_by (f->store, LDS_RECORD_KEY_RESULT, "objective_id", half_copy->id, NULL);
    g_assert_cmpuint (krs->len, ==, 1);
    g_assert_cmpfloat (((LdsKeyResult *) krs->pdata[0])->start_value, ==, 150);
    g_assert_cmpfloat (((LdsKeyResult *) krs->pdata[0])->current_value, ==, 150);

    /* The child's alignment follows the copy of its parent key result; the
     * link to the finished one, which was not copied, stays behind. */
    links = lds_store_list_links_from (f->store, child_copy->id, NULL);
    g_assert_cmpuint (links->len, ==, 1);
    g_assert_cmpint (((LdsLinkInfo *) links->pdata[0])->to_key_result_id, ==,
                     ((LdsKeyResult *) krs->pdata[0])->id);
  }

  undo (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, 4);
}

static void
test_links (Fixture       *f,
            gconstpointer  data)
{
  LdsId top = append_objective (f, f->company, "Company aim");
  LdsId top_kr = lds_test_add_key_result (f->store, top, "Revenue", 0, 10, 1);
  LdsId dept = append_objective (f, f->sales, "Sales aim");
  LdsId dept_kr = lds_test_add_key_result (f->store, dept, "Deals", 0, 10, 1);
  LdsId team = append_objective (f, f->east, "East aim");
  LdsId west = append_objective (f, f->west, "West aim");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) to = NULL;
  g_autoptr(GPtrArray) targets = NULL;
  LdsId link = 0;

  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, dept,
                                           LDS_RECORD_KEY_RESULT, top_kr, &link, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Align Objective");
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, team,
                                           LDS_RECORD_KEY_RESULT, dept_kr, NULL, &error));
  g_assert_true (lds_store_link_objective (f->store, LDS_LINK_KIND_DEPENDS, team,
                                           LDS_RECORD_OBJECTIVE, west, NULL, &error));
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Dependency");

  /* Itself, twice, or round in a circle: refused, with the title named. */
  g_assert_false (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, dept,
                                            LDS_RECORD_KEY_RESULT, dept_kr, NULL, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, dept,
                                            LDS_RECORD_KEY_RESULT, top_kr, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Revenue"));
  g_clear_error (&error);
  g_assert_false (lds_store_link_objective (f->store, LDS_LINK_KIND_ALIGNS, top,
                                            LDS_RECORD_OBJECTIVE, team, NULL, &error));
  g_assert_nonnull (strstr (error->message, "East aim"));
  g_clear_error (&error);

  /* Who serves the company's objective: Sales, through its key result. */
  to = lds_store_list_links_to (f->store, LDS_RECORD_OBJECTIVE, top, &error);
  g_assert_cmpuint (to->len, ==, 1);
  g_assert_cmpstr (((LdsLinkInfo *) to->pdata[0])->from_title, ==, "Sales aim");
  g_assert_cmpstr (((LdsLinkInfo *) to->pdata[0])->from_owner, ==, "Sales");
  g_assert_cmpstr (((LdsLinkInfo *) to->pdata[0])->to_title, ==, "Revenue");

  /* Where the East team may align: Sales (just above) first, then the
   * company; never itself, and the company's objective may not align to
   * what serves it. */
  targets = lds_store_list_align_targets (f->store, team, LDS_LINK_KIND_ALIGNS, &error);
  g_assert_no_error (error);
  {
    LdsAlignTarget *first = targets->pdata[0];
    LdsAlignTarget *second = targets->pdata[1];

    g_assert_cmpint (first->type, ==, LDS_RECORD_OBJECTIVE);
    g_assert_cmpint (first->id, ==, dept);
    g_assert_cmpstr (first->owner_chain, ==, "Northwind → Sales");
    g_assert_cmpint (second->type, ==, LDS_RECORD_KEY_RESULT);
    g_assert_cmpint (second->id, ==, dept_kr);
    g_assert_true (second->linked);
    g_assert_cmpuint (second->n_aligned, ==, 1);
    g_assert_cmpint (((LdsAlignTarget *) targets->pdata[2])->id, ==, top);
  }
  for (guint i = 0; i < targets->len; i++)
    g_assert_cmpint (((LdsAlignTarget *) targets->pdata[i])->objective_id, !=, team);
  g_clear_pointer (&targets, g_ptr_array_unref);
  targets = lds_store_list_align_targets (f->store, top, LDS_LINK_KIND_ALIGNS, &error);
  for (guint i = 0; i < targets->len; i++)
    {
      LdsAlignTarget *t = targets->pdata[i];
      g_assert_true (t->objective_id == west);
    }

  g_assert_true (lds_store_unlink (f->store, link, &error));
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Remove Alignment");
  undo (f->store);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_LINK), ==, 3);
}

/* Background check */

static char *
make_file (const char *dir,
           gboolean    damaged)
{
  g_autofree char *path = g_build_filename (dir, damaged ? "bad.lodestar" : "good.lodestar", NULL);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  LdsId company, cycle;

  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  company = lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  cycle = lds_test_add_cycle (store, "2026 Q4", "2026-10-01", "2026-12-31");
  lds_test_add_objective (store, cycle, company, "Make every shop a regular");
  g_clear_object (&store);

  if (damaged)
    {
      g_autofree char *contents = NULL;
      gsize length;

      /* Scribble over page 2, the table of units: the header and the
       * schema stay sound. */
      g_file_get_contents (path, &contents, &length, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (length, >, 40960);
      memset (contents + 4096, 0x5a, 4096);
      g_file_set_contents (path, contents, length, &error);
      g_assert_no_error (error);
    }
  return g_steal_pointer (&path);
}

static void
damaged_cb (LdsStore   *store,
            GParamSpec *pspec,
            guint      *notified)
{
  (*notified)++;
}

static void
test_background_check (void)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *good = make_file (dir, FALSE);
  g_autofree char *bad = make_file (dir, TRUE);
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  /* Opened at once; the first change waits for the check and passes. */
  store = lds_store_open (good, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_assert_no_error (error);
  lds_test_add_unit (store, 0, LDS_UNIT_KIND_COMPANY, "Second company");
  g_assert_false (lds_store_is_checking (store));
  g_assert_null (lds_store_get_damage (store));
  g_clear_object (&store);

  /* Without the flag, the damage is found before the file opens. */
  g_assert_null (lds_store_open (bad, LDS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);

  /* With it, the file opens, and is found damaged before anything is written. */
  store = lds_store_open (bad, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_assert_no_error (error);
  g_signal_connect (store, "notify::damaged", G_CALLBACK (damaged_cb), &notified);
  g_assert_false (lds_store_begin (store, "Change", &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_assert_nonnull (strstr (error->message, "bad.lodestar"));
  g_clear_error (&error);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_nonnull (lds_store_get_damage (store));
  g_assert_false (lds_store_wait_for_check (store, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_clear_object (&store);

  /* A store closed while its check runs stops it cleanly. */
  store = lds_store_open (good, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_clear_object (&store);
  /* Let the idle sources of finished checks run. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store-okr/append-reorder", test_append_and_reorder);
  ADD ("/store-okr/duplicate", test_duplicate);
  ADD ("/store-okr/move-objective", test_move_objective);
  ADD ("/store-okr/check-record", test_check_record);
  ADD ("/store-okr/move-unit", test_move_unit);
  ADD ("/store-okr/delete-unit", test_delete_unit);
  ADD ("/store-okr/delete-person", test_delete_person);
  ADD ("/store-okr/cycles", test_cycles);
  ADD ("/store-okr/copy-unfinished", test_copy_unfinished);
  ADD ("/store-okr/links", test_links);
#undef ADD
  g_test_add_func ("/store-okr/background-check", test_background_check);

  return g_test_run ();
}
