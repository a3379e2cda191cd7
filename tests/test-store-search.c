/* test-store-search.c: full-text search in English and Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-test-utils.h"

typedef struct
{
  LdsStore *store;
  LdsId     company;
  LdsId     sales;
  LdsId     person;
  LdsId     objective;
  LdsId     kr;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsCheckin) c = lds_checkin_new ();
  g_autoptr(LdsObjective) o = NULL;
  LdsId cycle;

  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "青禾科技");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales Department");
  f->person = lds_test_add_person (f->store, f->sales, "王芳");
  cycle = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");
  f->objective = lds_test_add_objective (f->store, cycle, f->sales, "提升华东区客户满意度");
  o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->objective, NULL);
  lds_set_text (&o->description, "Customer happiness drives renewals in Shanghai.");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, NULL));
  f->kr = lds_test_add_key_result (f->store, f->objective, "NPS 从 20 提升到 45", 20, 45, 31);
  lds_test_add_objective (f->store, cycle, f->company, "Grow 100% organically");

  c->key_result_id = f->kr;
  c->at = lds_now ();
  c->value = 31;
  lds_set_text (&c->note, "两家大客户续约；blocked by the CRM migration");
  g_assert_true (lds_store_insert (f->store, LDS_RECORD_CHECKIN, c, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static GPtrArray *
search (Fixture    *f,
        const char *query)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *hits = lds_store_search (f->store, query, 0, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hits);
  return hits;
}

static gboolean
has_hit (GPtrArray     *hits,
         LdsRecordType  type,
         LdsId          id)
{
  for (guint i = 0; i < hits->len; i++)
    {
      LdsSearchHit *hit = g_ptr_array_index (hits, i);
      if (hit->type == type && hit->id == id)
        return TRUE;
    }
  return FALSE;
}

static void
test_chinese_substrings (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) three = search (f, "满意度");
  g_autoptr(GPtrArray) two = search (f, "客户");
  g_autoptr(GPtrArray) one = search (f, "芳");
  g_autoptr(GPtrArray) inside = search (f, "华东区客");

  g_assert_cmpuint (three->len, ==, 1);
  g_assert_true (has_hit (three, LDS_RECORD_OBJECTIVE, f->objective));
  g_assert_cmpstr (((LdsSearchHit *) three->pdata[0])->text, ==, "提升华东区客户满意度");

  /* Two characters: the objective's title and the check-in's note */
  g_assert_cmpuint (two->len, ==, 2);
  g_assert_true (has_hit (two, LDS_RECORD_OBJECTIVE, f->objective));
  g_assert_true (has_hit (two, LDS_RECORD_CHECKIN, 1));

  g_assert_cmpuint (one->len, ==, 1);
  g_assert_true (has_hit (one, LDS_RECORD_PERSON, f->person));
  g_assert_cmpuint (inside->len, ==, 1);
}

static void
test_english_words (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) word = search (f, "renewals");
  g_autoptr(GPtrArray) upper = search (f, "SHANGHAI");
  g_autoptr(GPtrArray) prefix = search (f, "sal");
  g_autoptr(GPtrArray) note = search (f, "crm");

  /* The description is searched, and the title is what a hit shows. */
  g_assert_cmpuint (word->len, ==, 1);
  g_assert_cmpstr (((LdsSearchHit *) word->pdata[0])->text, ==, "提升华东区客户满意度");
  g_assert_cmpuint (upper->len, ==, 1);
  g_assert_true (has_hit (prefix, LDS_RECORD_UNIT, f->sales));
  g_assert_true (has_hit (note, LDS_RECORD_CHECKIN, 1));
}

static void
test_all_terms_must_match (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) both = search (f, "NPS 提升");
  g_autoptr(GPtrArray) none = search (f, "NPS Shanghai");
  g_autoptr(GPtrArray) mixed = search (f, "客户　CRM");

  g_assert_cmpuint (both->len, ==, 1);
  g_assert_true (has_hit (both, LDS_RECORD_KEY_RESULT, f->kr));
  g_assert_cmpuint (none->len, ==, 0);
  /* An ideographic space separates words too. */
  g_assert_cmpuint (mixed->len, ==, 1);
}

static void
test_wildcards_are_text (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) percent = search (f, "100%");
  g_autoptr(GPtrArray) underscore = search (f, "a_b");
  g_autoptr(GPtrArray) empty = search (f, "   ");

  g_assert_cmpuint (percent->len, ==, 1);
  g_assert_cmpuint (underscore->len, ==, 0);
  g_assert_cmpuint (empty->len, ==, 0);
}

static void
test_order_and_limit (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) limited = NULL;

  lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "客户成功组");
  hits = search (f, "客户");
  g_assert_cmpuint (hits->len, ==, 3);
  /* Units come first. */
  g_assert_cmpint (((LdsSearchHit *) hits->pdata[0])->type, ==, LDS_RECORD_UNIT);

  limited = lds_store_search (f->store, "客户", 2, NULL);
  g_assert_cmpuint (limited->len, ==, 2);
}

static void
test_index_follows_changes (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(LdsObjective) o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->objective, NULL);
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GPtrArray) renamed = NULL;
  g_autoptr(GPtrArray) gone = NULL;

  lds_set_text (&o->title, "赢得西南市场");
  g_assert_true (lds_store_update (f->store, LDS_RECORD_OBJECTIVE, o, NULL));
  old = search (f, "满意度");
  renamed = search (f, "西南");
  g_assert_cmpuint (old->len, ==, 0);
  g_assert_cmpuint (renamed->len, ==, 1);

  g_assert_true (lds_store_delete (f->store, LDS_RECORD_PERSON, f->person, NULL));
  gone = search (f, "王芳");
  g_assert_cmpuint (gone->len, ==, 0);
}

/* Many records in one action, of two types in turn, one of them removed
 * again before the end: each one new is found, and none after undo. */
static void
test_index_follows_one_action (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) objectives = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_autoptr(GArray) people = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_autoptr(LdsObjective) template = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->objective,
                                                    NULL);

  g_assert_true (lds_store_begin (f->store, "Add many", &error));
  for (guint i = 0; i < 30; i++)
    {
      g_autoptr(LdsObjective) o = lds_objective_new ();
      g_autoptr(LdsPerson) p = lds_person_new ();

      o->cycle_id = template->cycle_id;
      o->owner_unit_id = template->owner_unit_id;
      lds_take_text (&o->title, g_strdup_printf ("目标%u号 goal%u", i, i));
      g_assert_true (lds_store_insert (f->store, LDS_RECORD_OBJECTIVE, o, &error));
      g_array_append_val (objectives, o->id);
      p->unit_id = f->sales;
      lds_take_text (&p->name, g_strdup_printf ("person%u", i));
      g_assert_true (lds_store_insert (f->store, LDS_RECORD_PERSON, p, &error));
      g_array_append_val (people, p->id);
    }
  g_assert_true (lds_store_delete (f->store, LDS_RECORD_OBJECTIVE,
                                   g_array_index (objectives, LdsId, 10), &error));
  g_assert_true (lds_store_commit (f->store, &error));
  g_assert_no_error (error);

  for (int pass = 0; pass < 3; pass++)
    {
      for (guint i = 0; i < 30; i++)
        {
          g_autofree char *goal = g_strdup_printf ("goal%u", i);
          g_autofree char *person = g_strdup_printf ("person%u", i);
          g_autoptr(GPtrArray) goals = search (f, goal);
          g_autoptr(GPtrArray) persons = search (f, person);
          gboolean there = pass != 1;

          g_assert_cmpint (has_hit (goals, LDS_RECORD_OBJECTIVE,
                                    g_array_index (objectives, LdsId, i)), ==, there && i != 10);
          g_assert_cmpint (has_hit (persons, LDS_RECORD_PERSON, g_array_index (people, LdsId, i)),
                           ==, there);
        }
      if (pass == 0)
        g_assert_true (lds_store_undo (f->store, &error));
      else if (pass == 1)
        g_assert_true (lds_store_redo (f->store, &error));
      g_assert_no_error (error);
    }
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/search/chinese", test_chinese_substrings);
  ADD ("/search/english", test_english_words);
  ADD ("/search/all-terms", test_all_terms_must_match);
  ADD ("/search/wildcards", test_wildcards_are_text);
  ADD ("/search/order-limit", test_order_and_limit);
  ADD ("/search/follows-changes", test_index_follows_changes);
  ADD ("/search/follows-one-action", test_index_follows_one_action);
#undef ADD

  return g_test_run ();
}
