/* lds-coach-rules.c: the fourteen rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One function per rule, in the order of the rule table. Each walks the
 * objectives of the cycle being checked (cancelled ones aside: nobody
 * works on them) or their key results, and adds a finding, with a message
 * that names what is wrong and says how to put it right, for each record
 * that breaks the rule.
 */

#define G_LOG_DOMAIN "lds-coach"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-coach-private.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-score.h"
#include "lds-tracking.h"

static gboolean
blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* "cycle/u17" or "cycle/p4": an owner within a cycle. */
static char *
owner_key (const LdsObjective *o)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT "/%c%" G_GINT64_FORMAT, o->cycle_id,
                          o->owner_unit_id != 0 ? 'u' : 'p',
                          o->owner_unit_id != 0 ? o->owner_unit_id : o->owner_person_id);
}

static const char *
owner_name (LdsCoachIndex      *index,
            const LdsObjective *o)
{
  if (o->owner_unit_id != 0)
    {
      LdsUnit *unit = _lds_coach_lookup (index->units, o->owner_unit_id);
      return unit != NULL ? unit->name : "";
    }
  else
    {
      LdsPerson *person = _lds_coach_lookup (index->people, o->owner_person_id);
      return person != NULL ? person->name : "";
    }
}

/* The objectives of the cycle being checked, grouped by owner in the order
 * they come: owner key → GPtrArray of LdsObjective. @order lists the keys. */
static GHashTable *
objectives_by_owner (LdsCoachIndex *index,
                     GPtrArray     *order)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *objectives = index->snapshot->objectives;

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      char *key;
      GPtrArray *group;

      if (!_lds_coach_checks (index, o))
        continue;
      key = owner_key (o);
      group = g_hash_table_lookup (groups, key);
      if (group == NULL)
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, key, group);
          g_ptr_array_add (order, key);
        }
      else
        g_free (key);
      g_ptr_array_add (group, o);
    }
  return groups;
}

/* too-many-objectives */
static void
too_many_objectives (LdsCoachIndex *index)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) groups = objectives_by_owner (index, order);
  int limit = index->snapshot->settings.max_objectives;

  for (guint i = 0; i < order->len; i++)
    {
      GPtrArray *group = g_hash_table_lookup (groups, order->pdata[i]);
      LdsObjective *first = g_ptr_array_index (group, 0);
      gconstpointer owner;
      char *message;

      if ((int) group->len <= limit)
        continue;
      owner = first->owner_unit_id != 0 ? _lds_coach_lookup (index->units, first->owner_unit_id)
                                        : _lds_coach_lookup (index->people, first->owner_person_id);
      if (owner == NULL)
        continue;
      message = g_strdup_printf (
        /* Translators: %1$s is a team's or a person's name, %2$d how many objectives it
         * has, %3$s a cycle such as "2026 Q4", %4$d the organisation's limit */
        g_dngettext (GETTEXT_PACKAGE,
                     "%1$s has %2$d objective in %3$s; the limit is %4$d. Keep the few that "
                     "matter most and drop or merge the others, so that everyone knows where "
                     "to focus.",
                     "%1$s has %2$d objectives in %3$s; the limit is %4$d. Keep the few that "
                     "matter most and drop or merge the others, so that everyone knows where "
                     "to focus.",
                     group->len),
        owner_name (index, first), (int) group->len,
        _lds_coach_cycle_name (index, first->cycle_id), limit);
      _lds_coach_add (index, LDS_COACH_RULE_TOO_MANY_OBJECTIVES,
                      first->owner_unit_id != 0 ? LDS_RECORD_UNIT : LDS_RECORD_PERSON,
                      owner, NULL, first->cycle_id, message);
    }
}

/* too-many-key-results, objective-without-key-results */
static void
key_result_counts (LdsCoachIndex *index)
{
  GPtrArray *objectives = index->snapshot->objectives;
  int limit = index->snapshot->settings.max_key_results;

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      GPtrArray *krs;

      if (!_lds_coach_checks (index, o))
        continue;
      krs = _lds_coach_krs_of (index, o->id);
      if (krs == NULL || krs->len == 0)
        _lds_coach_add (index, LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS,
                        LDS_RECORD_OBJECTIVE, o, o, o->cycle_id,
                        g_strdup (_("This objective has no key results, so nobody can tell when "
                                    "it is reached. Add two to four key results that measure "
                                    "it.")));
      else if ((int) krs->len > limit)
        _lds_coach_add (index, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS,
                        LDS_RECORD_OBJECTIVE, o, o, o->cycle_id,
                        g_strdup_printf (
                          /* Translators: %1$d is how many key results an objective has,
                           * %2$d the organisation's limit */
                          g_dngettext (GETTEXT_PACKAGE,
                                       "This objective has %1$d key result; the limit is %2$d. "
                                       "Keep the ones that best show it is reached, and make "
                                       "the others action plans or leave them for the next "
                                       "cycle.",
                                       "This objective has %1$d key results; the limit is %2$d. "
                                       "Keep the ones that best show it is reached, and make "
                                       "the others action plans or leave them for the next "
                                       "cycle.",
                                       krs->len),
                          (int) krs->len, limit));
    }
}

/* objective-has-number, not-aligned, private-okr */
static void
objective_wording (LdsCoachIndex *index)
{
  GPtrArray *objectives = index->snapshot->objectives;

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autofree char *number = NULL;
      LdsUnit *unit;
      gboolean company;

      if (!_lds_coach_checks (index, o))
        continue;

      number = lds_coach_find_number (o->title);
      if (number != NULL)
        _lds_coach_add (index, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER, LDS_RECORD_OBJECTIVE, o, o,
                        o->cycle_id,
                        g_strdup_printf (
                          /* Translators: %s is the number found in the objective's title,
                           * such as "€1M" or "30%" */
                          _("The objective is worded as a number (“%s”). An objective says in "
                            "words where you want to be; move the number into a key result "
                            "and rewrite the objective as an aim people remember."),
                          number));

      unit = o->owner_unit_id != 0 ? _lds_coach_lookup (index->units, o->owner_unit_id) : NULL;
      company = unit != NULL && unit->kind == LDS_UNIT_KIND_COMPANY;
      if (!company && !o->self_driven && !g_hash_table_contains (index->aligned, &o->id))
        _lds_coach_add (index, LDS_COACH_RULE_NOT_ALIGNED, LDS_RECORD_OBJECTIVE, o, o,
                        o->cycle_id,
                        g_strdup (_("This objective aligns to nothing above it. Align it to the "
                                    "key result one level up that it contributes to, or mark it "
                                    "as self-driven if it stands on its own.")));

      if (o->visibility == LDS_VISIBILITY_PRIVATE && blank (o->private_reason))
        _lds_coach_add (index, LDS_COACH_RULE_PRIVATE_OKR, LDS_RECORD_OBJECTIVE, o, o,
                        o->cycle_id,
                        g_strdup (_("This objective is hidden from the organisation, with no "
                                    "reason given. OKRs are open by default: make it public, or "
                                    "write down why it must stay private.")));
    }
}

static const char *
person_name (LdsCoachIndex *index,
             LdsId          person_id)
{
  LdsPerson *person = _lds_coach_lookup (index->people, person_id);

  return person != NULL ? person->name : NULL;
}

static void
key_result_wording (LdsCoachIndex      *index,
                    const LdsObjective *o,
                    const LdsKeyResult *kr)
{
  gboolean milestone = kr->metric == LDS_METRIC_MILESTONE;
  gboolean no_start = isnan (kr->start_value), no_target = isnan (kr->target_value);
  g_autofree char *activity = NULL;

  if (!milestone && (no_start || no_target))
    {
      const char *message;

      if (no_start && no_target)
        message = _("This key result has neither a start value nor a target, so its progress "
                    "cannot be measured. Give it a number to move from a start to a target, or "
                    "make it a milestone.");
      else if (no_start)
        message = _("This key result has a target but no start value, so its progress cannot "
                    "be measured. Write down where the number stands at the start of the "
                    "cycle.");
      else
        message = _("This key result has a start value but no target, so nobody can tell when "
                    "it is reached. Set the target it should get to by the end of the cycle.");
      _lds_coach_add (index, LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, LDS_RECORD_KEY_RESULT, kr,
                      o, o->cycle_id, g_strdup (message));
    }

  if (milestone || no_start || no_target)
    activity = lds_coach_find_activity (kr->title);
  if (activity != NULL)
    _lds_coach_add (index, LDS_COACH_RULE_KEY_RESULT_IS_TASK, LDS_RECORD_KEY_RESULT, kr, o,
                    o->cycle_id,
                    g_strdup_printf (
                      /* Translators: %s is the verb the key result starts or ends with, such
                       * as "Launch" or "上线" */
                      _("This key result names an activity (“%s”), not the outcome it should "
                        "bring. Say what will be different once it is done, and measure that: "
                        "how many people use it, how much faster or cheaper something gets."),
                      activity));
}

/* key-result-not-measurable, key-result-is-task, key-result-without-owner,
 * tied-to-compensation, stale-check-in, score-too-low */
static void
key_results (LdsCoachIndex *index)
{
  GPtrArray *krs = index->snapshot->key_results;
  const LdsFileSettings *settings = &index->snapshot->settings;
  gint64 now = index->snapshot->now;

  for (guint i = 0; i < krs->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, i);
      LdsObjective *o = _lds_coach_lookup (index->objectives, kr->objective_id);
      LdsCycle *cycle;
      const char *owner;

      if (o == NULL || !_lds_coach_checks (index, o))
        continue;
      cycle = _lds_coach_lookup (index->cycles, o->cycle_id);
      owner = person_name (index, kr->owner_id);

      key_result_wording (index, o, kr);

      if (owner == NULL)
        _lds_coach_add (index, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER, LDS_RECORD_KEY_RESULT,
                        kr, o, o->cycle_id,
                        g_strdup (_("Nobody owns this key result. Give it an owner: the person "
                                    "who does the work and checks in on it every week.")));

      if (kr->tied_to_compensation)
        _lds_coach_add (index, LDS_COACH_RULE_TIED_TO_COMPENSATION, LDS_RECORD_KEY_RESULT, kr, o,
                        o->cycle_id,
                        g_strdup (_("This key result is marked as used for pay. Once OKRs set "
                                    "pay, people choose safe targets: keep pay on KPIs, and "
                                    "clear the mark.")));

      if (cycle == NULL)
        continue;

      /* The one rule of cadence, shared with the lists and the map */
      {
        int cadence = lds_cycle_cadence (cycle, settings->cadence_days);
        gint64 *last = g_hash_table_lookup (index->snapshot->last_checkins, &kr->id);
        int days = 0;

        if (lds_key_result_is_overdue (cycle, o->status, kr, last != NULL ? *last : 0,
                                       settings->cadence_days, now, &days))
          {
            char *message;

            if (last != NULL)
              message = g_strdup_printf (
                /* Translators: %1$d is a number of days since the key result's last
                 * check-in, %2$d the cycle's cadence in days */
                g_dngettext (GETTEXT_PACKAGE,
                             "The last check-in was %1$d day ago, and the cycle asks for one "
                             "every %2$d days. Ask the owner for this week’s value, their "
                             "confidence and what stands in the way.",
                             "The last check-in was %1$d days ago, and the cycle asks for one "
                             "every %2$d days. Ask the owner for this week’s value, their "
                             "confidence and what stands in the way.",
                             days),
                days, cadence);
            else
              message = g_strdup_printf (
                /* Translators: %1$d is a number of days, %2$d the cycle's cadence in days */
                g_dngettext (GETTEXT_PACKAGE,
                             "Nobody has checked in on this key result in the %1$d day it has "
                             "been under way, and the cycle asks for a check-in every %2$d "
                             "days. Ask the owner for a first value and their confidence.",
                             "Nobody has checked in on this key result in the %1$d days it has "
                             "been under way, and the cycle asks for a check-in every %2$d "
                             "days. Ask the owner for a first value and their confidence.",
                             days),
                days, cadence);
            _lds_coach_add (index, LDS_COACH_RULE_STALE_CHECK_IN, LDS_RECORD_KEY_RESULT, kr, o,
                            o->cycle_id, message);
          }
      }

      if (cycle->state == LDS_CYCLE_STATE_REVIEW || cycle->state == LDS_CYCLE_STATE_CLOSED)
        {
          double score = lds_key_result_score (kr);
          g_autofree char *shown = NULL;

          if (isnan (score) || score >= 0.3 || !blank (kr->score_note))
            continue;
          shown = lds_format_score (score, settings->scale);
          _lds_coach_add (index, LDS_COACH_RULE_SCORE_TOO_LOW, LDS_RECORD_KEY_RESULT, kr, o,
                          o->cycle_id,
                          owner != NULL
                          ? g_strdup_printf (
                              /* Translators: %1$s is a score such as "0.2", %2$s the name of the
                               * key result's owner */
                              _("This key result scored %1$s, with no note to say why. A low "
                                "score calls for help, not blame: ask %2$s what got in the way "
                                "and what would help, and note it beside the score."),
                              shown, owner)
                          : g_strdup_printf (
                              /* Translators: %s is a score such as "0.2" */
                              _("This key result scored %s, with no note to say why. A low score "
                                "calls for help, not blame: find out what got in the way and "
                                "what would help, and note it beside the score."),
                              shown));
        }
    }
}

/* score-too-high: per person and cycle, at review time */
typedef struct
{
  LdsId cycle_id;
  LdsId person_id;
  guint n;
  guint n_high;
} Scores;

static void
score_too_high (LdsCoachIndex *index)
{
  GPtrArray *krs = index->snapshot->key_results;
  g_autoptr(GHashTable) by_owner = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) order = g_ptr_array_new ();

  for (guint i = 0; i < krs->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (krs, i);
      LdsObjective *o = _lds_coach_lookup (index->objectives, kr->objective_id);
      LdsCycle *cycle = o != NULL ? _lds_coach_lookup (index->cycles, o->cycle_id) : NULL;
      g_autofree char *key = NULL;
      Scores *scores;
      double score;

      if (o == NULL || cycle == NULL || !_lds_coach_checks (index, o) ||
          o->type != LDS_OBJECTIVE_TYPE_ASPIRATIONAL ||
          person_name (index, kr->owner_id) == NULL ||
          (cycle->state != LDS_CYCLE_STATE_REVIEW && cycle->state != LDS_CYCLE_STATE_CLOSED))
        continue;

      key = g_strdup_printf ("%" G_GINT64_FORMAT "/%" G_GINT64_FORMAT, o->cycle_id, kr->owner_id);
      scores = g_hash_table_lookup (by_owner, key);
      if (scores == NULL)
        {
          scores = g_new0 (Scores, 1);
          scores->cycle_id = o->cycle_id;
          scores->person_id = kr->owner_id;
          g_ptr_array_add (order, scores);
          g_hash_table_insert (by_owner, g_steal_pointer (&key), scores);
        }
      score = lds_key_result_score (kr);
      scores->n++;
      scores->n_high += !isnan (score) && score >= 0.9;
    }

  for (guint i = 0; i < order->len; i++)
    {
      Scores *scores = order->pdata[i];
      LdsPerson *person = _lds_coach_lookup (index->people, scores->person_id);

      if (scores->n == 0 || scores->n_high < scores->n)
        continue;
      /* Scores as the organisation shows them: "0.9" or "90%" */
      LdsScoreScale scale = index->snapshot->settings.scale;
      g_autofree char *high = lds_format_score (0.9, scale);
      g_autofree char *from = lds_format_score (0.6, scale);
      g_autofree char *to = lds_format_score (0.7, scale);

      _lds_coach_add (index, LDS_COACH_RULE_SCORE_TOO_HIGH, LDS_RECORD_PERSON, person, NULL,
                      scores->cycle_id,
                      g_strdup_printf (
                        /* Translators: %1$s is a person's name, %2$s a cycle such as "2026 Q3",
                         * %3$s a score such as "0.9", %4$s and %5$s scores such as "0.6" and "0.7"
                         * (or "90%", "60%", "70%") */
                        _("Every aspirational key result %1$s owns in %2$s scored %3$s or more. "
                          "Stretch goals that are always met were not ambitious enough: next "
                          "cycle, set targets where %4$s to %5$s would be a success."),
                        person->name, _lds_coach_cycle_name (index, scores->cycle_id), high,
                        from, to));
    }
}

/* duplicate-objective */
static void
duplicate_objectives (LdsCoachIndex *index)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  g_autoptr(GHashTable) groups = objectives_by_owner (index, order);

  for (guint g = 0; g < order->len; g++)
    {
      GPtrArray *group = g_hash_table_lookup (groups, order->pdata[g]);

      for (guint j = 1; j < group->len; j++)
        for (guint i = 0; i < j; i++)
          {
            LdsObjective *earlier = group->pdata[i];
            LdsObjective *later = group->pdata[j];

            if (!lds_coach_titles_alike (earlier->title, later->title))
              continue;
            _lds_coach_add (index, LDS_COACH_RULE_DUPLICATE_OBJECTIVE, LDS_RECORD_OBJECTIVE,
                            later, later, later->cycle_id,
                            g_strdup_printf (
                              /* Translators: %1$s is another objective's title, %2$s its
                               * owner's name, %3$s a cycle such as "2026 Q4" */
                              _("This objective says the same, or nearly, as “%1$s”, which %2$s "
                                "also has in %3$s. Merge the two, or reword one so that each "
                                "says something of its own."),
                              earlier->title, owner_name (index, earlier),
                              _lds_coach_cycle_name (index, earlier->cycle_id)));
            break;
          }
    }
}

void
_lds_coach_run_rules (LdsCoachIndex *index)
{
  too_many_objectives (index);
  key_result_counts (index);
  objective_wording (index);
  key_results (index);
  score_too_high (index);
  duplicate_objectives (index);
}
