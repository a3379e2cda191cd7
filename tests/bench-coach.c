/* bench-coach.c: checking a large organisation costs about what reading it does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window checks the whole organisation again after every change (one
 * LdsCoachModel per window), so the coach must stay close to the cost of
 * reading the records it looks at. On the synthetic organisation of 10,000
 * objectives (30,000 key results, 360,000 check-ins): the reference is
 * reading its objectives and key results from the file; the coach, reading
 * its snapshot and running every rule, must take at most four times as
 * long. Each is the best of five runs.
 */

#include "config.h"

#include "lds-demo.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

#define N_OBJECTIVES 10000
#define TARGET_RATIO 4.0

static double
best_of (guint     runs,
         void    (*func) (LdsStore *, LdsId),
         LdsStore *store,
         LdsId     cycle_id)
{
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      func (store, cycle_id);
      best = MIN (best, (g_get_monotonic_time () - start) / 1000.0);
    }
  return best;
}

static void
read_records (LdsStore *store,
              LdsId     cycle_id)
{
  g_autoptr(GPtrArray) objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
  g_autoptr(GPtrArray) krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);

  g_assert_cmpuint (objectives->len, ==, N_OBJECTIVES);
  g_assert_cmpuint (krs->len, ==, 3 * N_OBJECTIVES);
}

static void
check (LdsStore *store,
       LdsId     cycle_id)
{
  LdsCoachScope scope = { cycle_id, LDS_RECORD_UNIT, 0 };
  g_autoptr(GPtrArray) findings = lds_coach_check_store (store, &scope, NULL);

  g_assert_nonnull (findings);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GError) error = NULL;
  double reference, coach, ratio;

  lds_test_init (&argc, &argv);
  store = lds_test_new_store ();
  g_assert_true (lds_demo_write_synthetic (store, N_OBJECTIVES, LDS_DEMO_CHECKINS_PER_KEY_RESULT,
                                           &error));
  g_assert_no_error (error);
  cycle = lds_store_current_cycle (store, NULL);

  reference = best_of (5, read_records, store, cycle->id);
  coach = best_of (5, check, store, cycle->id);
  ratio = coach / reference;
  g_print ("reading %d objectives and their key results: %.1f ms\n", N_OBJECTIVES, reference);
  g_print ("the coach on the whole organisation: %.1f ms\n", coach);
  g_print ("ratio %.2f (target: at most %.1f)\n", ratio, TARGET_RATIO);
  return ratio <= TARGET_RATIO ? 0 : 1;
}
