/* test-workshop.c: the rules of a co-creation workshop, through the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workshop for the sample company's Merchant App team (and, where two
 * teams meet, the Design team beside it), step by step through the store's
 * actions: proposals, the phases and what each allows, dot votes and their
 * tally, the limits of five objectives and four key results, hidden
 * confidence votes that show only together, merging and parking, the
 * coach's hints on the cards, and confirming, which makes the right draft
 * objectives, key results and links in one undoable action.
 */

#include "config.h"

#include <string.h>

#include "lds-demo.h"
#include "lds-export-data.h"
#include "lds-import.h"
#include "lds-store-align.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"
#include "lds-store-workshop.h"
#include "lds-test-utils.h"
#include "lds-workshop-summary.h"

typedef struct
{
  LdsStore  *store;
  LdsId      cycle;
  LdsId      team;        /* Merchant App */
  LdsId      design;      /* beside it */
  LdsId      product;     /* above both */
  LdsId      workshop;
} Fixture;

static LdsId
unit_id (LdsStore   *store,
         const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsUnit) unit = lds_store_find_unit_by_path (store, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (unit);
  return unit->id;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  gboolean two_teams = GPOINTER_TO_INT (data);
  LdsId teams[2];

  f->store = lds_test_new_store ();
  g_assert_true (lds_demo_write_sample (f->store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  cycle = lds_store_find_cycle (f->store, "2026 Q4", &error);
  g_assert_no_error (error);
  f->cycle = cycle->id;
  f->team = unit_id (f->store, "Product/Merchant App");
  f->design = unit_id (f->store, "Product/Design");
  f->product = unit_id (f->store, "Product");
  teams[0] = f->team;
  teams[1] = f->design;
  g_assert_true (lds_store_start_workshop (f->store, f->cycle, teams, two_teams ? 2 : 1,
                                           &f->workshop, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
}

static LdsWorkshopData *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LdsWorkshopData *data = lds_store_load_workshop (f->store, f->workshop, &error);

  g_assert_no_error (error);
  g_assert_nonnull (data);
  return data;
}

static LdsId
propose (Fixture    *f,
         LdsId       team,
         LdsId       parent,
         const char *title)
{
  g_autoptr(GError) error = NULL;
  LdsId id = 0;

  g_assert_true (lds_store_add_card (f->store, f->workshop, team, parent, title, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
phase (Fixture          *f,
       LdsWorkshopPhase  to)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lds_store_set_workshop_phase (f->store, f->workshop, to, &error));
  g_assert_no_error (error);
}

static void
ok (gboolean  done,
    GError   *error)
{
  g_assert_no_error (error);
  g_assert_true (done);
}

/* OK (call): the call, with E for its error, succeeds; REFUSED: it fails
 * with that error and writes nothing. */
#define OK(call) G_STMT_START { g_autoptr(GError) e_ = NULL; gboolean done_ = call; \
                                ok (done_, e_); } G_STMT_END
#define REFUSED(call, domain, code) G_STMT_START { g_autoptr(GError) e_ = NULL; \
                                                   g_assert_false (call); \
                                                   g_assert_error (e_, domain, code); } G_STMT_END
#define E (&e_)

static LdsCardState
state_of (Fixture *f,
          LdsId    card)
{
  g_autoptr(LdsWorkshopCard) c = lds_store_get (f->store, LDS_RECORD_WORKSHOP_CARD, card, NULL);

  g_assert_nonnull (c);
  return c->state;
}

/* Proposals, phases and what each allows */

static void
test_start_and_propose (Fixture       *f,
                        gconstpointer  unused)
{
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GError) error = NULL;
  gint64 n_cards;
  LdsId first;

  list = lds_store_list_workshops (f->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((LdsWorkshopInfo *) list->pdata[0])->teams, ==, "Merchant App");
  g_assert_cmpstr (((LdsWorkshopInfo *) list->pdata[0])->cycle_name, ==, "2026 Q4");
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Start Workshop");

  first = propose (f, f->team, 0, "  Owners set up their shop without calling us  ");
  propose (f, f->team, 0, "Make the app the till owners love");
  data = load (f);
  g_assert_cmpuint (data->cards->len, ==, 2);
  g_assert_cmpstr (lds_workshop_data_get_card (data, first)->title, ==,
                   "Owners set up their shop without calling us");
  g_assert_cmpint (lds_workshop_data_get_card (data, first)->kind, ==, LDS_CARD_KIND_OBJECTIVE);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Add Proposal");

  /* Bad input leaves the data as it was. */
  n_cards = lds_store_count (f->store, LDS_RECORD_WORKSHOP_CARD);
  g_assert_false (lds_store_add_card (f->store, f->workshop, f->team, 0, "   ", NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  REFUSED (lds_store_add_card (f->store, f->workshop, f->design, 0, "Not ours", NULL, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID);
  /* Key results wait for their phase and for a chosen objective. */
  REFUSED (lds_store_add_card (f->store, f->workshop, f->team, first, "Calls down 50%", NULL, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE);
  REFUSED (lds_store_set_dots (f->store, first, 3, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_PHASE);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_WORKSHOP_CARD), ==, n_cards);

  /* The key result phases need a chosen objective; "done" is reached only
   * by confirming. */
  REFUSED (lds_store_set_workshop_phase (f->store, f->workshop, LDS_WORKSHOP_PHASE_KEY_RESULTS,
                                         E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID);
  REFUSED (lds_store_set_workshop_phase (f->store, f->workshop, LDS_WORKSHOP_PHASE_DONE, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE);
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  REFUSED (lds_store_add_card (f->store, f->workshop, f->team, 0, "Late idea", NULL, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE);
  OK (lds_store_choose_card (f->store, first, TRUE, E));
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  propose (f, f->team, first, "Shops set up without a call: from 40% to 75%");
  /* Back to any earlier phase. */
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVES);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Change Phase");
}

/* Dots, the tally and the limit of five objectives */

static void
test_dots_and_objective_limit (Fixture       *f,
                               gconstpointer  unused)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) tally = NULL;
  LdsId cards[7];
  int dots[7] = { 2, 9, 0, 5, 5, 1, 7 };

  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    {
      g_autofree char *title = g_strdup_printf ("Proposal %c", 'A' + i);
      cards[i] = propose (f, f->team, 0, title);
    }
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  for (guint i = 0; i < G_N_ELEMENTS (cards); i++)
    OK (lds_store_set_dots (f->store, cards[i], dots[i], E));
  /* Changing the dots changes the one row of the card. */
  OK (lds_store_set_dots (f->store, cards[0], 3, E));
  REFUSED (lds_store_set_dots (f->store, cards[0], -1, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_WORKSHOP_VOTE), ==, 7);

  data = load (f);
  g_assert_cmpint (lds_workshop_data_get_dots (data, cards[0]), ==, 3);
  tally = lds_workshop_data_tally (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0);
  g_assert_cmpuint (tally->len, ==, 7);
  /* Most dots first; equal dots keep the order they were proposed in. */
  g_assert_cmpint (((LdsWorkshopCard *) tally->pdata[0])->id, ==, cards[1]);
  g_assert_cmpint (((LdsWorkshopCard *) tally->pdata[1])->id, ==, cards[6]);
  g_assert_cmpint (((LdsWorkshopCard *) tally->pdata[2])->id, ==, cards[3]);
  g_assert_cmpint (((LdsWorkshopCard *) tally->pdata[3])->id, ==, cards[4]);
  g_assert_cmpint (((LdsWorkshopCard *) tally->pdata[6])->id, ==, cards[2]);

  for (guint i = 0; i < 5; i++)
    OK (lds_store_choose_card (f->store, cards[i], TRUE, E));
  REFUSED (lds_store_choose_card (f->store, cards[5], TRUE, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_LIMIT);
  g_assert_cmpint (state_of (f, cards[5]), ==, LDS_CARD_STATE_PROPOSED);
  /* Putting one back makes room. */
  OK (lds_store_choose_card (f->store, cards[2], FALSE, E));
  OK (lds_store_choose_card (f->store, cards[5], TRUE, E));
  g_assert_cmpint (state_of (f, cards[2]), ==, LDS_CARD_STATE_PROPOSED);
  g_assert_cmpint (state_of (f, cards[5]), ==, LDS_CARD_STATE_CHOSEN);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Choose Proposal");

  /* A parked proposal is off the board until it comes back. */
  OK (lds_store_park_card (f->store, cards[6], TRUE, E));
  REFUSED (lds_store_set_dots (f->store, cards[6], 1, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpuint (lds_workshop_data_count_cards (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                   LDS_CARD_STATES_LIVE), ==, 6);
  g_assert_cmpuint (lds_workshop_data_count_cards (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                   LDS_CARD_STATES_PARKED), ==, 1);
}

/* Key results: four per objective, and hidden confidence votes */

static LdsId
chosen_objective (Fixture    *f,
                  const char *title)
{
  LdsId card = propose (f, f->team, 0, title);

  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  OK (lds_store_choose_card (f->store, card, TRUE, E));
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  return card;
}

static void
test_key_result_limit (Fixture       *f,
                       gconstpointer  unused)
{
  LdsId objective = chosen_objective (f, "Owners set up their shop on their own");
  LdsId krs[5];

  for (guint i = 0; i < G_N_ELEMENTS (krs); i++)
    {
      g_autofree char *title = g_strdup_printf ("Key result %u: %u0%% of shops", i + 1, i + 1);
      krs[i] = propose (f, f->team, objective, title);
    }
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  /* Objectives are not voted on any more in this phase. */
  REFUSED (lds_store_set_dots (f->store, objective, 1, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_PHASE);
  for (guint i = 0; i < 4; i++)
    OK (lds_store_choose_card (f->store, krs[i], TRUE, E));
  REFUSED (lds_store_choose_card (f->store, krs[4], TRUE, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_LIMIT);
  g_assert_cmpint (state_of (f, krs[4]), ==, LDS_CARD_STATE_PROPOSED);
}

static void
test_hidden_confidence (Fixture       *f,
                        gconstpointer  unused)
{
  LdsId objective = chosen_objective (f, "Owners set up their shop on their own");
  LdsId kr = propose (f, f->team, objective, "Shops live within a day: 40% to 80%");
  LdsId other = propose (f, f->team, objective, "Setup calls down from 900 to 300 a month");
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsConfidenceTally tally;
  int votes[] = { 7, 4, 8, 6, 7 };

  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  /* Confidence is voted on chosen key results. */
  REFUSED (lds_store_add_confidence_vote (f->store, kr, 7, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  OK (lds_store_choose_card (f->store, kr, TRUE, E));
  OK (lds_store_choose_card (f->store, other, TRUE, E));
  REFUSED (lds_store_reveal_confidence (f->store, kr, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  for (guint i = 0; i < G_N_ELEMENTS (votes); i++)
    OK (lds_store_add_confidence_vote (f->store, kr, votes[i], E));
  REFUSED (lds_store_add_confidence_vote (f->store, kr, 11, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);

  /* Before they are revealed, only their number is known. */
  data = load (f);
  g_assert_false (lds_workshop_data_confidence (data, kr, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 5);
  g_assert_true (isnan (tally.mean));
  g_assert_cmpint (tally.min, ==, -1);
  g_assert_cmpint (tally.max, ==, -1);
  for (guint v = 0; v <= 10; v++)
    g_assert_cmpuint (tally.counts[v], ==, 0);

  /* Revealed, all of them at once. */
  OK (lds_store_reveal_confidence (f->store, kr, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_true (lds_workshop_data_confidence (data, kr, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 5);
  g_assert_cmpfloat_with_epsilon (tally.mean, 6.4, 1e-9);
  g_assert_cmpint (tally.min, ==, 4);
  g_assert_cmpint (tally.max, ==, 8);
  g_assert_cmpuint (tally.counts[7], ==, 2);
  /* The other key result's votes are its own, and still hidden. */
  OK (lds_store_add_confidence_vote (f->store, other, 3, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_false (lds_workshop_data_confidence (data, other, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 1);

  /* No vote joins the ones shown; clearing them starts again, hidden. */
  REFUSED (lds_store_add_confidence_vote (f->store, kr, 9, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_HIDDEN);
  OK (lds_store_clear_confidence (f->store, kr, E));
  OK (lds_store_add_confidence_vote (f->store, kr, 9, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_false (lds_workshop_data_confidence (data, kr, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 1);

  /* Undo takes one vote back at a time. */
  OK (lds_store_undo (f->store, E));
  OK (lds_store_undo (f->store, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_true (lds_workshop_data_confidence (data, kr, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 5);
}

/* Merging, parking and bringing back */

static void
test_merge_and_park (Fixture       *f,
                     gconstpointer  unused)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  LdsId a, b, kr_a, kr_b;
  LdsConfidenceTally tally;

  a = propose (f, f->team, 0, "Owners set up alone");
  b = propose (f, f->team, 0, "Setting up a shop needs no call");
  OK (lds_store_add_workshop_note (f->store, f->workshop, a, "Ask support for call numbers", E));
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  OK (lds_store_set_dots (f->store, a, 4, E));
  OK (lds_store_set_dots (f->store, b, 3, E));
  OK (lds_store_choose_card (f->store, a, TRUE, E));
  OK (lds_store_choose_card (f->store, b, TRUE, E));
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  kr_a = propose (f, f->team, a, "Calls per new shop from 3 to 1");
  kr_b = propose (f, f->team, b, "Shops live within a day: 80%");
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  OK (lds_store_choose_card (f->store, kr_a, TRUE, E));
  OK (lds_store_choose_card (f->store, kr_b, TRUE, E));
  OK (lds_store_add_confidence_vote (f->store, kr_b, 6, E));
  OK (lds_store_add_confidence_vote (f->store, kr_a, 8, E));
  OK (lds_store_reveal_confidence (f->store, kr_a, E));

  /* Two cards that say one thing: the first goes into the second. */
  REFUSED (lds_store_merge_cards (f->store, a, kr_b, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  OK (lds_store_merge_cards (f->store, a, b, E));
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Merge Proposals");
  data = load (f);
  g_assert_cmpint (lds_workshop_data_get_card (data, a)->state, ==, LDS_CARD_STATE_MERGED);
  g_assert_cmpint (lds_workshop_data_get_card (data, a)->merged_into_id, ==, b);
  g_assert_cmpint (lds_workshop_data_get_dots (data, b), ==, 7);
  g_assert_cmpint (lds_workshop_data_get_card (data, kr_a)->parent_id, ==, b);
  g_assert_cmpint (((LdsWorkshopNote *) data->notes->pdata[0])->card_id, ==, b);
  g_assert_cmpuint (lds_workshop_data_count_cards (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                   LDS_CARD_STATES_CHOSEN), ==, 1);

  /* Key results too; hidden votes arriving on a revealed card hide all of
   * its votes again, to be shown together. */
  OK (lds_store_merge_cards (f->store, kr_b, kr_a, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_false (lds_workshop_data_confidence (data, kr_a, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 2);

  /* Undo takes the merge back whole. */
  OK (lds_store_undo (f->store, E));
  OK (lds_store_undo (f->store, E));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (lds_workshop_data_get_card (data, a)->state, ==, LDS_CARD_STATE_CHOSEN);
  g_assert_cmpint (lds_workshop_data_get_dots (data, b), ==, 3);
  g_assert_cmpint (lds_workshop_data_get_card (data, kr_a)->parent_id, ==, a);
  g_assert_true (lds_workshop_data_confidence (data, kr_a, &tally));

  /* Parking an objective parks what was proposed under it; bringing one of
   * those back brings its objective back too. */
  OK (lds_store_park_card (f->store, a, TRUE, E));
  g_assert_cmpint (state_of (f, kr_a), ==, LDS_CARD_STATE_PARKED);
  OK (lds_store_park_card (f->store, kr_a, FALSE, E));
  g_assert_cmpint (state_of (f, kr_a), ==, LDS_CARD_STATE_PROPOSED);
  g_assert_cmpint (state_of (f, a), ==, LDS_CARD_STATE_PROPOSED);
  g_assert_cmpint (state_of (f, kr_b), ==, LDS_CARD_STATE_CHOSEN);
}

/* Coaching hints on the cards */

static gboolean
has_hint (GPtrArray    *hints,
          LdsId         card,
          LdsCoachRule  rule)
{
  for (guint i = 0; i < hints->len; i++)
    {
      LdsWorkshopHint *hint = hints->pdata[i];
      if (hint->card_id == card && hint->rule == rule)
        {
          g_assert_true (hint->message != NULL && hint->message[0] != '\0');
          return TRUE;
        }
    }
  return FALSE;
}

static void
test_hints (Fixture       *f,
            gconstpointer  unused)
{
  g_autoptr(LdsCoachSnapshot) organisation = NULL;
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) hints = NULL;
  g_autoptr(GError) error = NULL;
  LdsId number, fine, alike, cards[4], task, measured;

  organisation = lds_store_coach_snapshot (f->store, f->cycle, &error);
  g_assert_no_error (error);
  number = propose (f, f->team, 0, "Reach 500 new shops");
  fine = propose (f, f->team, 0, "Owners set up their shop without calling us");
  alike = propose (f, f->team, 0, "Owners set up their shop without calling us!");
  data = load (f);
  hints = lds_workshop_hints (data, organisation);
  g_assert_true (has_hint (hints, number, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER));
  g_assert_false (has_hint (hints, fine, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER));
  g_assert_true (has_hint (hints, alike, LDS_COACH_RULE_DUPLICATE_OBJECTIVE));
  g_assert_false (has_hint (hints, 0, LDS_COACH_RULE_TOO_MANY_OBJECTIVES));

  /* Merchant App has two objectives in the cycle already: four chosen
   * make six, one more than the limit. */
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  OK (lds_store_choose_card (f->store, fine, TRUE, E));
  for (guint i = 0; i < G_N_ELEMENTS (cards) - 1; i++)
    {
      g_autofree char *title = g_strdup_printf ("Make owners proud, idea %c", 'A' + i);
      phase (f, LDS_WORKSHOP_PHASE_OBJECTIVES);
      cards[i] = propose (f, f->team, 0, title);
      phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
      OK (lds_store_choose_card (f->store, cards[i], TRUE, E));
    }
  g_clear_pointer (&hints, g_ptr_array_unref);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  hints = lds_workshop_hints (data, organisation);
  g_assert_true (has_hint (hints, 0, LDS_COACH_RULE_TOO_MANY_OBJECTIVES));
  /* Alignment is asked for only from the align phase on. */
  g_assert_false (has_hint (hints, fine, LDS_COACH_RULE_NOT_ALIGNED));

  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  task = propose (f, f->team, fine, "Launch the setup wizard");
  measured = propose (f, f->team, fine, "Setup calls down from 900 to 300 a month");
  g_clear_pointer (&hints, g_ptr_array_unref);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  hints = lds_workshop_hints (data, organisation);
  g_assert_true (has_hint (hints, task, LDS_COACH_RULE_KEY_RESULT_IS_TASK));
  g_assert_false (has_hint (hints, measured, LDS_COACH_RULE_KEY_RESULT_IS_TASK));
  g_assert_false (has_hint (hints, measured, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE));

  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  OK (lds_store_choose_card (f->store, measured, TRUE, E));
  phase (f, LDS_WORKSHOP_PHASE_ALIGN);
  g_clear_pointer (&hints, g_ptr_array_unref);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  hints = lds_workshop_hints (data, organisation);
  g_assert_true (has_hint (hints, fine, LDS_COACH_RULE_NOT_ALIGNED));
  g_assert_true (has_hint (hints, measured, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER));
  g_assert_true (has_hint (hints, cards[0], LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS));
  OK (lds_store_toggle_decision (f->store, fine, LDS_DECISION_KIND_SELF_DRIVEN, 0, 0, E));
  g_clear_pointer (&hints, g_ptr_array_unref);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  hints = lds_workshop_hints (data, organisation);
  g_assert_false (has_hint (hints, fine, LDS_COACH_RULE_NOT_ALIGNED));
}

/* Confirming */

static LdsId
first_key_result_of (Fixture *f,
                     LdsId    unit)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) parents = NULL;
  g_autoptr(LdsWorkshopData) data = load (f);
  LdsUnitOkrs *okrs;

  parents = lds_store_workshop_parents (f->store, data, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (parents->len, ==, 1);
  okrs = parents->pdata[0];
  g_assert_cmpint (okrs->unit_id, ==, unit);
  g_assert_cmpuint (okrs->key_results->len, >, 0);
  return ((LdsKeyResult *) okrs->key_results->pdata[0])->id;
}

static LdsId
person_in (Fixture *f,
           LdsId    unit)
{
  g_autoptr(GPtrArray) people = lds_store_list_by (f->store, LDS_RECORD_PERSON, "unit_id", unit,
                                                   NULL);

  g_assert_cmpuint (people->len, >, 0);
  return ((LdsPerson *) people->pdata[0])->id;
}

static void
test_confirm (Fixture       *f,
              gconstpointer  unused)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) neighbours = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(LdsObjective) o1 = NULL;
  g_autoptr(LdsObjective) o2 = NULL;
  g_autoptr(LdsObjective) od = NULL;
  g_autoptr(GError) error = NULL;
  LdsId a, b, parked, d, kr1, kr2, kr3, kr_d, parked_kr, parent_kr, neighbour_objective, owner;
  gint64 before[LDS_N_RECORD_TYPES];
  LdsStoreSummary summary;

  /* Two teams: Merchant App and Design. */
  a = propose (f, f->team, 0, "Owners set up their shop on their own");
  b = propose (f, f->team, 0, "Owners open the insights report every morning");
  parked = propose (f, f->team, 0, "Rewrite the app in a new framework");
  d = propose (f, f->design, 0, "Every screen speaks the owner's language");
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  OK (lds_store_choose_card (f->store, a, TRUE, E));
  OK (lds_store_choose_card (f->store, b, TRUE, E));
  OK (lds_store_choose_card (f->store, d, TRUE, E));
  OK (lds_store_park_card (f->store, parked, TRUE, E));
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  kr1 = propose (f, f->team, a, "Shops live within a day: 40% to 80%");
  kr2 = propose (f, f->team, a, "Setup calls down from 900 to 300 a month");
  parked_kr = propose (f, f->team, a, "Launch a setup video");
  kr3 = propose (f, f->team, b, "Daily report readers from 20% to 50%");
  kr_d = propose (f, f->design, d, "Screens translated: 60% to 100%");
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  owner = person_in (f, f->team);
  for (guint i = 0; i < 4; i++)
    OK (lds_store_choose_card (f->store, (LdsId[]) { kr1, kr2, kr3, kr_d }[i], TRUE, E));
  OK (lds_store_add_confidence_vote (f->store, kr1, 6, E));
  OK (lds_store_add_confidence_vote (f->store, kr1, 9, E));
  OK (lds_store_reveal_confidence (f->store, kr1, E));
  OK (lds_store_add_confidence_vote (f->store, kr2, 2, E));   /* never revealed */
  OK (lds_store_set_card_owner (f->store, kr1, owner, E));

  phase (f, LDS_WORKSHOP_PHASE_ALIGN);
  parent_kr = first_key_result_of (f, f->product);
  data = load (f);
  neighbours = lds_store_workshop_neighbours (f->store, data, &error);
  g_assert_no_error (error);
  /* Beside Merchant App and Design, under Product: no other team. */
  g_assert_cmpuint (neighbours->len, ==, 0);
  neighbour_objective = lds_test_add_objective (f->store, f->cycle, unit_id (f->store, "Sales"),
                                                "Sign merchants who will thrive with us");
  OK (lds_store_toggle_decision (f->store, a, LDS_DECISION_KIND_ALIGNS, LDS_RECORD_KEY_RESULT,
                                 parent_kr, E));
  OK (lds_store_toggle_decision (f->store, b, LDS_DECISION_KIND_ALIGNS, LDS_RECORD_KEY_RESULT,
                                 parent_kr, E));
  /* Self-driven takes the alignment back; toggling again takes itself back. */
  OK (lds_store_toggle_decision (f->store, b, LDS_DECISION_KIND_SELF_DRIVEN, 0, 0, E));
  OK (lds_store_toggle_decision (f->store, a, LDS_DECISION_KIND_DEPENDS, LDS_RECORD_OBJECTIVE,
                                 neighbour_objective, E));
  OK (lds_store_toggle_decision (f->store, d, LDS_DECISION_KIND_DEPENDS, LDS_RECORD_WORKSHOP_CARD,
                                 a, E));
  REFUSED (lds_store_toggle_decision (f->store, a, LDS_DECISION_KIND_DEPENDS,
                                      LDS_RECORD_WORKSHOP_CARD, b, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID);

  /* Confirming waits for its phase. */
  REFUSED (lds_store_confirm_workshop (f->store, f->workshop, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_PHASE);
  phase (f, LDS_WORKSHOP_PHASE_CONFIRM);
  g_assert_true (lds_store_get_summary (f->store, &summary, NULL));
  memcpy (before, summary.counts, sizeof before);
  OK (lds_store_confirm_workshop (f->store, f->workshop, E));
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Confirm Workshop");

  /* Three objectives, four key results, two alignments… no: one alignment
   * (b became self-driven), two dependencies. */
  g_assert_true (lds_store_get_summary (f->store, &summary, NULL));
  g_assert_cmpint (summary.counts[LDS_RECORD_OBJECTIVE] - before[LDS_RECORD_OBJECTIVE], ==, 3);
  g_assert_cmpint (summary.counts[LDS_RECORD_KEY_RESULT] - before[LDS_RECORD_KEY_RESULT], ==, 4);
  g_assert_cmpint (summary.counts[LDS_RECORD_LINK] - before[LDS_RECORD_LINK], ==, 3);

  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (data->workshop->phase, ==, LDS_WORKSHOP_PHASE_DONE);
  g_assert_cmpint (data->workshop->confirmed_at, ==, lds_now ());
  g_assert_cmpint (lds_workshop_data_get_card (data, parked)->objective_id, ==, 0);
  g_assert_cmpint (lds_workshop_data_get_card (data, parked_kr)->key_result_id, ==, 0);
  /* What was not chosen is in the parking lot now. */
  g_assert_cmpint (lds_workshop_data_get_card (data, parked_kr)->state, ==, LDS_CARD_STATE_PARKED);
  g_assert_cmpint (lds_workshop_data_get_card (data, kr1)->state, ==, LDS_CARD_STATE_CHOSEN);

  o1 = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, lds_workshop_data_get_card (data, a)->objective_id, NULL);
  g_assert_cmpstr (o1->title, ==, "Owners set up their shop on their own");
  g_assert_cmpint (o1->owner_unit_id, ==, f->team);
  g_assert_cmpint (o1->cycle_id, ==, f->cycle);
  g_assert_cmpint (o1->status, ==, LDS_OBJECTIVE_STATUS_DRAFT);
  g_assert_false (o1->self_driven);
  krs = lds_store_list_by (f->store, LDS_RECORD_KEY_RESULT, "objective_id", o1->id, NULL);
  g_assert_cmpuint (krs->len, ==, 2);
  g_assert_cmpstr (((LdsKeyResult *) krs->pdata[0])->title, ==, "Shops live within a day: 40% to 80%");
  g_assert_cmpint (((LdsKeyResult *) krs->pdata[0])->owner_id, ==, owner);
  /* The mean of the revealed votes, 7.5, rounds to 8; hidden ones set nothing. */
  g_assert_cmpint (((LdsKeyResult *) krs->pdata[0])->confidence, ==, 8);
  g_assert_cmpint (((LdsKeyResult *) krs->pdata[1])->confidence, ==, -1);
  links = lds_store_list_links_from (f->store, o1->id, NULL);
  g_assert_cmpuint (links->len, ==, 2);
  for (guint i = 0; i < links->len; i++)
    {
      LdsLinkInfo *link = links->pdata[i];
      if (link->kind == LDS_LINK_KIND_ALIGNS)
        g_assert_cmpint (link->to_key_result_id, ==, parent_kr);
      else
        g_assert_cmpint (link->to_objective_id, ==, neighbour_objective);
    }

  o2 = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, lds_workshop_data_get_card (data, b)->objective_id, NULL);
  g_assert_true (o2->self_driven);
  od = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, lds_workshop_data_get_card (data, d)->objective_id, NULL);
  g_assert_cmpint (od->owner_unit_id, ==, f->design);
  g_clear_pointer (&links, g_ptr_array_unref);
  links = lds_store_list_links_from (f->store, od->id, NULL);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (((LdsLinkInfo *) links->pdata[0])->kind, ==, LDS_LINK_KIND_DEPENDS);
  g_assert_cmpint (((LdsLinkInfo *) links->pdata[0])->to_objective_id, ==, o1->id);

  /* A confirmed workshop takes no more changes … */
  REFUSED (lds_store_edit_card (f->store, a, "Changed", E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_PHASE);
  /* … and one undo takes all of it back. */
  OK (lds_store_undo (f->store, E));
  g_assert_true (lds_store_get_summary (f->store, &summary, NULL));
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    g_assert_cmpint (summary.counts[t], ==, before[t]);
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (data->workshop->phase, ==, LDS_WORKSHOP_PHASE_CONFIRM);
  g_assert_cmpint (lds_workshop_data_get_card (data, a)->objective_id, ==, 0);
}

static void
test_confirm_needs_key_results (Fixture       *f,
                                gconstpointer  unused)
{
  LdsId objective = chosen_objective (f, "Owners set up their shop on their own");
  gint64 n_objectives = lds_store_count (f->store, LDS_RECORD_OBJECTIVE);

  phase (f, LDS_WORKSHOP_PHASE_CONFIRM);
  REFUSED (lds_store_confirm_workshop (f->store, f->workshop, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, n_objectives);
  /* Parked, it is left out, and there is nothing left to confirm. */
  OK (lds_store_park_card (f->store, objective, TRUE, E));
  REFUSED (lds_store_confirm_workshop (f->store, f->workshop, E), LDS_WORKSHOP_ERROR,
           LDS_WORKSHOP_ERROR_INVALID);
}

/* The summary at the end */

static void
test_summary (Fixture       *f,
              gconstpointer  unused)
{
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *md_path = g_build_filename (dir, "summary.md", NULL);
  g_autofree char *markdown = NULL;
  g_autofree char *written = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  LdsId objectives[5], parent_kr;
  guint n_pages = 0;

  /* A full workshop: five objectives with four key results each, and as
   * many ideas parked. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *title = g_strdup_printf ("Owners of shops in district %u love the app", i + 1);
      LdsId card = propose (f, f->team, 0, title);
      if (i < 5)
        objectives[i] = card;
    }
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  for (guint i = 0; i < 5; i++)
    {
      OK (lds_store_set_dots (f->store, objectives[i], 9 - i, E));
      OK (lds_store_choose_card (f->store, objectives[i], TRUE, E));
    }
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULTS);
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 5; j++)
      {
        g_autofree char *title = g_strdup_printf ("Weekly active shops in district %u: %u0%% to "
                                                  "%u0%%", i + 1, j + 1, j + 4);
        propose (f, f->team, objectives[i], title);
      }
  phase (f, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  {
    g_autoptr(LdsWorkshopData) data = load (f);
    for (guint i = 0; i < 5; i++)
      {
        g_autoptr(GPtrArray) krs = lds_workshop_data_list_cards (data, 0, LDS_CARD_KIND_KEY_RESULT,
                                                                 objectives[i],
                                                                 LDS_CARD_STATES_LIVE);
        for (guint j = 0; j < 4; j++)
          {
            LdsId kr = ((LdsWorkshopCard *) krs->pdata[j])->id;
            OK (lds_store_choose_card (f->store, kr, TRUE, E));
            OK (lds_store_set_card_owner (f->store, kr, person_in (f, f->team), E));
            OK (lds_store_add_confidence_vote (f->store, kr, 7, E));
            OK (lds_store_add_confidence_vote (f->store, kr, 8, E));
            if (j % 2 == 0)
              OK (lds_store_reveal_confidence (f->store, kr, E));
          }
      }
  }
  phase (f, LDS_WORKSHOP_PHASE_ALIGN);
  parent_kr = first_key_result_of (f, f->product);
  OK (lds_store_toggle_decision (f->store, objectives[0], LDS_DECISION_KIND_ALIGNS,
                                 LDS_RECORD_KEY_RESULT, parent_kr, E));
  OK (lds_store_toggle_decision (f->store, objectives[1], LDS_DECISION_KIND_SELF_DRIVEN, 0, 0, E));
  OK (lds_store_add_workshop_note (f->store, f->workshop, objectives[0],
                                   "Ask Support for last quarter's call numbers", E));

  markdown = lds_workshop_summary_to_markdown (f->store, f->workshop, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (markdown, "# Co-creation workshop: Merchant App, 2026 Q4\n"));
  g_assert_nonnull (strstr (markdown, "### O1. Owners of shops in district 1 love the app (9 dots)\n"));
  g_assert_nonnull (strstr (markdown, "- Aligns to “"));
  g_assert_nonnull (strstr (markdown, "- Self-driven"));
  g_assert_nonnull (strstr (markdown, "| 7.5 from 2 votes | 0 |"));
  g_assert_nonnull (strstr (markdown, "| 2 hidden votes | 0 |"));
  g_assert_nonnull (strstr (markdown, "- Owners of shops in district 10 love the app (0 dots)"));
  /* Key results not chosen stay in the parking lot too. */
  g_assert_nonnull (strstr (markdown, "district 5: 50% to 80% (0 dots)"));
  g_assert_nonnull (strstr (markdown, "Ask Support for last quarter's call numbers"));
  g_assert_nonnull (strstr (markdown, "not confirmed yet"));

  g_assert_true (lds_workshop_summary_write (f->store, f->workshop, md_path, &error));
  g_assert_no_error (error);
  g_file_get_contents (md_path, &written, NULL, NULL);
  g_assert_cmpstr (written, ==, markdown);

  /* One page, even full. */
  g_assert_true (lds_workshop_summary_write_pdf (f->store, f->workshop, pdf, &n_pages, &error));
  g_assert_no_error (error);
  if (g_getenv ("LODESTAR_KEEP_SUMMARY") != NULL)
    {
      g_autofree char *kept = NULL;
      gsize length = 0;
      g_file_get_contents (pdf, &kept, &length, NULL);
      g_file_set_contents (g_getenv ("LODESTAR_KEEP_SUMMARY"), kept, length, NULL);
    }
  g_assert_cmpuint (n_pages, ==, 1);
  if (pdftotext != NULL)
    {
      g_autofree char *out = NULL;
      const char *argv[] = { pdftotext, pdf, "-", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                                   NULL, &out, NULL, NULL, &error));
      g_assert_nonnull (strstr (out, "Owners of shops in district 5 love the app"));
      g_assert_nonnull (strstr (out, "Parking lot"));
    }
  lds_test_remove_dir (dir);
}

/* The countdown */

static void
test_timer (Fixture       *f,
            gconstpointer  unused)
{
  g_autoptr(LdsWorkshop) w = NULL;
  gboolean running;
  gint64 now = lds_now ();

  REFUSED (lds_store_set_workshop_timer (f->store, f->workshop, LDS_TIMER_START, 0, E),
           LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID);
  OK (lds_store_set_workshop_timer (f->store, f->workshop, LDS_TIMER_SET, 300, E));
  OK (lds_store_set_workshop_timer (f->store, f->workshop, LDS_TIMER_START, 0, E));
  w = lds_store_get (f->store, LDS_RECORD_WORKSHOP, f->workshop, NULL);
  g_assert_cmpint (w->timer_ends_at, ==, now + 300);
  g_assert_cmpint (lds_workshop_timer_left (w, now + 75, &running), ==, 225);
  g_assert_true (running);
  g_assert_cmpint (lds_workshop_timer_left (w, now + 900, NULL), ==, 0);
  OK (lds_store_set_workshop_timer (f->store, f->workshop, LDS_TIMER_PAUSE, 0, E));
  g_clear_pointer (&w, lds_workshop_free);
  w = lds_store_get (f->store, LDS_RECORD_WORKSHOP, f->workshop, NULL);
  g_assert_cmpint (lds_workshop_timer_left (w, now + 75, &running), ==, 300);
  g_assert_false (running);
  /* A new phase starts with the full countdown, stopped. */
  OK (lds_store_set_workshop_timer (f->store, f->workshop, LDS_TIMER_START, 0, E));
  propose (f, f->team, 0, "Owners set up their shop on their own");
  phase (f, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  g_clear_pointer (&w, lds_workshop_free);
  w = lds_store_get (f->store, LDS_RECORD_WORKSHOP, f->workshop, NULL);
  g_assert_cmpint (w->timer_ends_at, ==, 0);
  g_assert_cmpint (w->timer_left, ==, 300);
}

/* Exchanging a workshop in JSON */

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  unused)
{
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autoptr(LdsImport) import = lds_import_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  LdsExportOptions options = { 0 };
  LdsStoreSummary a, b;
  LdsId older, newer;

  /* The older card is merged into a newer one: the export names a card
   * before the one it refers to. */
  older = propose (f, f->team, 0, "Owners set up alone");
  newer = propose (f, f->team, 0, "Setting up a shop needs no call");
  OK (lds_store_merge_cards (f->store, older, newer, E));
  OK (lds_store_add_workshop_note (f->store, f->workshop, 0, "Invite Support next time", E));

  json = lds_export_json_to_data (f->store, &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (json, "\"workshop_cards\""));
  g_assert_true (lds_import_load_data (import, "export.json", LDS_IMPORT_FORMAT_UNKNOWN, json,
                                       strlen (json), &error));
  g_assert_no_error (error);
  g_assert_true (lds_import_prepare (import, copy, &error));
  g_assert_no_error (error);
  g_assert_true (lds_import_apply (import, copy, &error));
  g_assert_no_error (error);

  g_assert_true (lds_store_get_summary (f->store, &a, NULL));
  g_assert_true (lds_store_get_summary (copy, &b, NULL));
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    g_assert_cmpint (a.counts[t], ==, b.counts[t]);
  {
    g_autoptr(LdsWorkshopCard) original = lds_store_get (f->store, LDS_RECORD_WORKSHOP_CARD, older,
                                                         NULL);
    g_autoptr(LdsWorkshopCard) card = lds_store_get_by_uuid (copy, LDS_RECORD_WORKSHOP_CARD,
                                                             original->uuid, &error);
    g_assert_no_error (error);
    g_assert_cmpint (card->state, ==, LDS_CARD_STATE_MERGED);
    g_assert_cmpint (card->merged_into_id, !=, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);

#define ADD(path, func, two) \
  g_test_add (path, Fixture, GINT_TO_POINTER (two), fixture_setup, func, fixture_teardown)
  ADD ("/workshop/start-and-propose", test_start_and_propose, FALSE);
  ADD ("/workshop/dots-and-objective-limit", test_dots_and_objective_limit, FALSE);
  ADD ("/workshop/key-result-limit", test_key_result_limit, FALSE);
  ADD ("/workshop/hidden-confidence", test_hidden_confidence, FALSE);
  ADD ("/workshop/merge-and-park", test_merge_and_park, FALSE);
  ADD ("/workshop/hints", test_hints, FALSE);
  ADD ("/workshop/confirm", test_confirm, TRUE);
  ADD ("/workshop/confirm-needs-key-results", test_confirm_needs_key_results, FALSE);
  ADD ("/workshop/summary", test_summary, FALSE);
  ADD ("/workshop/timer", test_timer, FALSE);
  ADD ("/workshop/json-round-trip", test_json_round_trip, FALSE);
#undef ADD

  return g_test_run ();
}
