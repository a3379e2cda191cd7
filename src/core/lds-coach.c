/* lds-coach.c: the rule table, checking, and what findings add up to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-coach"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-coach-private.h"

/* The rules, in the order findings are listed within a severity. Ids are
 * stable: files, scripts and reports rely on them. */
static const LdsCoachRuleInfo rules[LDS_COACH_N_RULES] = {
  { LDS_COACH_RULE_TOO_MANY_OBJECTIVES, "too-many-objectives", LDS_COACH_SEVERITY_WARNING,
    N_("Too many objectives"),
    N_("A team or person with more objectives in a cycle than the organisation allows") },
  { LDS_COACH_RULE_TOO_MANY_KEY_RESULTS, "too-many-key-results", LDS_COACH_SEVERITY_WARNING,
    N_("Too many key results"),
    N_("An objective with more key results than the organisation allows") },
  { LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS, "objective-without-key-results",
    LDS_COACH_SEVERITY_ERROR, N_("Objective without key results"),
    N_("An objective with no key result to measure it") },
  { LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER, "objective-has-number", LDS_COACH_SEVERITY_WARNING,
    N_("Objective worded as a number"),
    N_("An objective whose title is a metric, a percentage or an amount rather than an aim") },
  { LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE, "key-result-not-measurable",
    LDS_COACH_SEVERITY_ERROR, N_("Key result not measurable"),
    N_("A key result with no start value or no target that is not a milestone") },
  { LDS_COACH_RULE_KEY_RESULT_IS_TASK, "key-result-is-task", LDS_COACH_SEVERITY_WARNING,
    N_("Key result worded as a task"),
    N_("A key result that names an activity or output, with nothing measured") },
  { LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER, "key-result-without-owner",
    LDS_COACH_SEVERITY_ERROR, N_("Key result without owner"),
    N_("A key result nobody owns") },
  { LDS_COACH_RULE_NOT_ALIGNED, "not-aligned", LDS_COACH_SEVERITY_WARNING,
    N_("Not aligned"),
    N_("A department, team or personal objective that aligns to nothing and is not "
       "self-driven") },
  { LDS_COACH_RULE_TIED_TO_COMPENSATION, "tied-to-compensation", LDS_COACH_SEVERITY_WARNING,
    N_("Tied to compensation"),
    N_("A key result marked as used for pay: an OKR turned into a KPI") },
  { LDS_COACH_RULE_STALE_CHECK_IN, "stale-check-in", LDS_COACH_SEVERITY_WARNING,
    N_("Check-in overdue"),
    N_("An active key result with no check-in for longer than the cycle’s cadence") },
  { LDS_COACH_RULE_SCORE_TOO_HIGH, "score-too-high", LDS_COACH_SEVERITY_HINT,
    N_("Scores too high"),
    N_("At review time, a person whose aspirational key results all scored 0.9 or more") },
  { LDS_COACH_RULE_SCORE_TOO_LOW, "score-too-low", LDS_COACH_SEVERITY_HINT,
    N_("Low score without a note"),
    N_("At review time, a key result below 0.3 with no note on what happened") },
  { LDS_COACH_RULE_PRIVATE_OKR, "private-okr", LDS_COACH_SEVERITY_WARNING,
    N_("Private without a reason"),
    N_("An objective hidden from the organisation with no reason given") },
  { LDS_COACH_RULE_DUPLICATE_OBJECTIVE, "duplicate-objective", LDS_COACH_SEVERITY_WARNING,
    N_("Duplicate objective"),
    N_("Two objectives of one owner in one cycle with the same or nearly the same title") },
};

/**
 * lds_coach_rule_info:
 *
 * Returns: (transfer none): the rule's id, severity, name and summary
 */
const LdsCoachRuleInfo *
lds_coach_rule_info (LdsCoachRule rule)
{
  g_return_val_if_fail (rule < LDS_COACH_N_RULES, NULL);

  return &rules[rule];
}

gboolean
lds_coach_rule_from_id (const char   *id,
                        LdsCoachRule *rule)
{
  g_return_val_if_fail (rule != NULL, FALSE);

  for (guint i = 0; id != NULL && i < LDS_COACH_N_RULES; i++)
    if (g_str_equal (rules[i].id, id))
      {
        *rule = i;
        return TRUE;
      }
  return FALSE;
}

/* A rule's name, translated: "Too many objectives" */
const char *
lds_coach_rule_name (LdsCoachRule rule)
{
  g_return_val_if_fail (rule < LDS_COACH_N_RULES, "");

  return _(rules[rule].name);
}

/* What a rule finds, translated */
const char *
lds_coach_rule_summary (LdsCoachRule rule)
{
  g_return_val_if_fail (rule < LDS_COACH_N_RULES, "");

  return _(rules[rule].summary);
}

/* "error", "warning" or "hint": as files and scripts read it */
const char *
lds_coach_severity_to_string (LdsCoachSeverity severity)
{
  static const char * const names[] = { "error", "warning", "hint" };

  g_return_val_if_fail (severity < LDS_COACH_N_SEVERITIES, "");

  return names[severity];
}

/* The severity as people read it, translated */
const char *
lds_coach_severity_label (LdsCoachSeverity severity)
{
  static const char * const labels[] = {
    NC_("coach severity", "Error"), NC_("coach severity", "Warning"), NC_("coach severity", "Hint"),
  };

  g_return_val_if_fail (severity < LDS_COACH_N_SEVERITIES, "");

  return g_dpgettext2 (GETTEXT_PACKAGE, "coach severity", labels[severity]);
}

/* Snapshots ------------------------------------------------------------------ */

LdsCoachSnapshot *
lds_coach_snapshot_new (void)
{
  LdsCoachSnapshot *snapshot = g_new0 (LdsCoachSnapshot, 1);

  snapshot->units = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_UNIT));
  snapshot->people = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_PERSON));
  snapshot->cycles = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_CYCLE));
  snapshot->objectives =
    g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_OBJECTIVE));
  snapshot->key_results =
    g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_KEY_RESULT));
  snapshot->links = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_LINK));
  snapshot->last_checkins = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  snapshot->settings = LDS_FILE_SETTINGS_DEFAULT;
  snapshot->now = 0;
  return snapshot;
}

void
lds_coach_snapshot_free (LdsCoachSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  g_ptr_array_unref (snapshot->units);
  g_ptr_array_unref (snapshot->people);
  g_ptr_array_unref (snapshot->cycles);
  g_ptr_array_unref (snapshot->objectives);
  g_ptr_array_unref (snapshot->key_results);
  g_ptr_array_unref (snapshot->links);
  g_hash_table_unref (snapshot->last_checkins);
  g_free (snapshot);
}

/* Records the time of a key result's latest check-in (the latest given wins). */
void
lds_coach_snapshot_set_last_checkin (LdsCoachSnapshot *snapshot,
                                     LdsId             key_result_id,
                                     gint64            at)
{
  gint64 *known;

  g_return_if_fail (snapshot != NULL);

  known = g_hash_table_lookup (snapshot->last_checkins, &key_result_id);
  if (known != NULL)
    *known = MAX (*known, at);
  else
    g_hash_table_insert (snapshot->last_checkins, g_memdup2 (&key_result_id, sizeof (LdsId)),
                         g_memdup2 (&at, sizeof at));
}

/* The index ---------------------------------------------------------------- */

static GHashTable *
by_id (GPtrArray *records)
{
  GHashTable *table = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = 0; i < records->len; i++)
    {
      LdsRecord *r = g_ptr_array_index (records, i);
      g_hash_table_insert (table, &r->id, r);
    }
  return table;
}

LdsCoachIndex *
_lds_coach_index_new (const LdsCoachSnapshot *snapshot,
                      LdsId                   cycle_id)
{
  LdsCoachIndex *index = g_new0 (LdsCoachIndex, 1);

  index->snapshot = snapshot;
  index->cycle_id = cycle_id;
  index->units = by_id (snapshot->units);
  index->people = by_id (snapshot->people);
  index->cycles = by_id (snapshot->cycles);
  index->objectives = by_id (snapshot->objectives);
  index->krs_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
  index->aligned = g_hash_table_new (g_int64_hash, g_int64_equal);
  index->paths = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  index->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_coach_finding_free);

  for (guint i = 0; i < snapshot->key_results->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (snapshot->key_results, i);
      GPtrArray *list = g_hash_table_lookup (index->krs_of, &kr->objective_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (index->krs_of, &kr->objective_id, list);
        }
      g_ptr_array_add (list, kr);
    }
  for (guint i = 0; i < snapshot->links->len; i++)
    {
      LdsLink *link = g_ptr_array_index (snapshot->links, i);

      if (link->kind == LDS_LINK_KIND_ALIGNS)
        g_hash_table_add (index->aligned, &link->from_id);
    }
  return index;
}

void
_lds_coach_index_free (LdsCoachIndex *index)
{
  g_hash_table_unref (index->units);
  g_hash_table_unref (index->people);
  g_hash_table_unref (index->cycles);
  g_hash_table_unref (index->objectives);
  g_hash_table_unref (index->krs_of);
  g_hash_table_unref (index->aligned);
  g_hash_table_unref (index->paths);
  g_clear_pointer (&index->findings, g_ptr_array_unref);
  g_free (index);
}

gpointer
_lds_coach_lookup (GHashTable *table,
                   LdsId       id)
{
  return id != 0 ? g_hash_table_lookup (table, &id) : NULL;
}

/* A unit's path, "Company/Department/Team", as lds_store_get_unit_path()
 * writes it. */
const char *
_lds_coach_unit_path (LdsCoachIndex *index,
                      LdsId          unit_id)
{
  g_autoptr(GPtrArray) names = NULL;
  GString *path;
  char *text;

  text = g_hash_table_lookup (index->paths, &unit_id);
  if (text != NULL)
    return text;

  names = g_ptr_array_new ();
  for (LdsId id = unit_id, guard = 0; id != 0 && guard < 64; guard++)
    {
      LdsUnit *unit = _lds_coach_lookup (index->units, id);
      if (unit == NULL)
        break;
      g_ptr_array_insert (names, 0, unit->name);
      id = unit->parent_id;
    }
  path = g_string_new (NULL);
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (path, "%s%s", i > 0 ? "/" : "", (char *) names->pdata[i]);
  text = g_string_free (path, FALSE);
  g_hash_table_insert (index->paths, g_memdup2 (&unit_id, sizeof unit_id), text);
  return text;
}

/* Whether the rules look at an objective: in the cycle checked, not cancelled. */
gboolean
_lds_coach_checks (LdsCoachIndex      *index,
                   const LdsObjective *objective)
{
  return objective->status != LDS_OBJECTIVE_STATUS_CANCELLED &&
         (index->cycle_id == 0 || objective->cycle_id == index->cycle_id);
}

GPtrArray *
_lds_coach_krs_of (LdsCoachIndex *index,
                   LdsId          objective_id)
{
  return g_hash_table_lookup (index->krs_of, &objective_id);
}

const char *
_lds_coach_cycle_name (LdsCoachIndex *index,
                       LdsId          cycle_id)
{
  LdsCycle *cycle = _lds_coach_lookup (index->cycles, cycle_id);

  return cycle != NULL ? cycle->name : "";
}

/**
 * _lds_coach_add:
 * @record: the unit, person, objective or key result the finding is about
 * @objective: (nullable): the objective it is or belongs to; %NULL for a
 *   unit or person
 * @message: (transfer full): what is wrong and how to fix it
 */
void
_lds_coach_add (LdsCoachIndex      *index,
                LdsCoachRule        rule,
                LdsRecordType       type,
                gconstpointer       record,
                const LdsObjective *objective,
                LdsId               cycle_id,
                char               *message)
{
  LdsCoachFinding *f = g_new0 (LdsCoachFinding, 1);
  const LdsRecord *header = record;

  f->rule = rule;
  f->severity = rules[rule].severity;
  f->record_type = type;
  f->record_id = header->id;
  f->record_uuid = g_strdup (header->uuid != NULL ? header->uuid : "");
  f->cycle_id = cycle_id;
  f->message = message;

  switch (type)
    {
    case LDS_RECORD_UNIT:
      f->title = g_strdup (((const LdsUnit *) record)->name);
      f->owner_type = LDS_RECORD_UNIT;
      f->owner_id = header->id;
      break;
    case LDS_RECORD_PERSON:
      f->title = g_strdup (((const LdsPerson *) record)->name);
      f->owner_type = LDS_RECORD_PERSON;
      f->owner_id = header->id;
      f->person_id = header->id;
      break;
    case LDS_RECORD_OBJECTIVE:
      f->title = g_strdup (((const LdsObjective *) record)->title);
      break;
    case LDS_RECORD_KEY_RESULT:
      f->title = g_strdup (((const LdsKeyResult *) record)->title);
      f->person_id = ((const LdsKeyResult *) record)->owner_id;
      break;
    default:
      g_assert_not_reached ();
    }

  if (objective != NULL)
    {
      f->objective_id = objective->id;
      f->owner_type = objective->owner_unit_id != 0 ? LDS_RECORD_UNIT : LDS_RECORD_PERSON;
      f->owner_id = objective->owner_unit_id != 0 ? objective->owner_unit_id
                                                  : objective->owner_person_id;
    }

  if (f->owner_type == LDS_RECORD_UNIT)
    f->owner = g_strdup (_lds_coach_unit_path (index, f->owner_id));
  else
    {
      LdsPerson *person = _lds_coach_lookup (index->people, f->owner_id);
      f->owner = g_strdup (person != NULL ? person->name : "");
    }

  g_ptr_array_add (index->findings, f);
}

LdsCoachFinding *
lds_coach_finding_copy (const LdsCoachFinding *finding)
{
  LdsCoachFinding *copy;

  g_return_val_if_fail (finding != NULL, NULL);

  copy = g_memdup2 (finding, sizeof *finding);
  copy->record_uuid = g_strdup (finding->record_uuid);
  copy->title = g_strdup (finding->title);
  copy->owner = g_strdup (finding->owner);
  copy->message = g_strdup (finding->message);
  return copy;
}

void
lds_coach_finding_free (LdsCoachFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->record_uuid);
  g_free (finding->title);
  g_free (finding->owner);
  g_free (finding->message);
  g_free (finding);
}

/* Scope ---------------------------------------------------------------------- */

static gboolean
unit_within (LdsCoachIndex *index,
             LdsId          unit_id,
             LdsId          root_id)
{
  for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
    {
      LdsUnit *unit;

      if (unit_id == root_id)
        return TRUE;
      unit = _lds_coach_lookup (index->units, unit_id);
      if (unit == NULL)
        return FALSE;
      unit_id = unit->parent_id;
    }
  return FALSE;
}

/* The unit a finding belongs to: its owner, or its owner's unit. */
static LdsId
finding_unit (LdsCoachIndex         *index,
              const LdsCoachFinding *f)
{
  LdsPerson *person;

  if (f->owner_type == LDS_RECORD_UNIT)
    return f->owner_id;
  person = _lds_coach_lookup (index->people, f->owner_id);
  return person != NULL ? person->unit_id : 0;
}

static gboolean
in_scope (LdsCoachIndex         *index,
          const LdsCoachFinding *f,
          const LdsCoachScope   *scope)
{
  if (scope->owner_id == 0)
    return TRUE;
  if (scope->owner_type == LDS_RECORD_PERSON)
    return (f->owner_type == LDS_RECORD_PERSON && f->owner_id == scope->owner_id) ||
           f->person_id == scope->owner_id;
  return unit_within (index, finding_unit (index, f), scope->owner_id);
}

static int
compare_findings (gconstpointer pa,
                  gconstpointer pb)
{
  const LdsCoachFinding *a = *(LdsCoachFinding * const *) pa;
  const LdsCoachFinding *b = *(LdsCoachFinding * const *) pb;
  int order;

  if (a->severity != b->severity)
    return a->severity < b->severity ? -1 : 1;
  if (a->rule != b->rule)
    return a->rule < b->rule ? -1 : 1;
  if ((order = strcmp (a->owner, b->owner)) != 0)
    return order;
  if ((order = strcmp (a->title, b->title)) != 0)
    return order;
  return a->record_id < b->record_id ? -1 : a->record_id > b->record_id;
}

/**
 * lds_coach_check:
 * @scope: (nullable): what to check; %NULL: everything
 *
 * Runs every rule on the snapshot.
 *
 * Returns: (transfer container) (element-type LdsCoachFinding): the
 *   findings within @scope, sorted (errors first)
 */
GPtrArray *
lds_coach_check (const LdsCoachSnapshot *snapshot,
                 const LdsCoachScope    *scope)
{
  LdsCoachScope all = LDS_COACH_SCOPE_ALL;
  g_autoptr(LdsCoachIndex) index = NULL;
  GPtrArray *findings;

  g_return_val_if_fail (snapshot != NULL, NULL);

  if (scope == NULL)
    scope = &all;
  index = _lds_coach_index_new (snapshot, scope->cycle_id);
  _lds_coach_run_rules (index);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_coach_finding_free);
  for (guint i = 0; i < index->findings->len; i++)
    if (in_scope (index, g_ptr_array_index (index->findings, i), scope))
      g_ptr_array_add (findings, g_ptr_array_steal_index_fast (index->findings, i--));
  g_ptr_array_sort (findings, compare_findings);
  return findings;
}

/**
 * lds_coach_select:
 * @findings: findings of lds_coach_check() on @snapshot
 * @scope: the unit or person to keep (its cycle is not looked at)
 *
 * Returns: (transfer container) (element-type LdsCoachFinding): the
 *   findings of @findings within @scope, in their order; they belong to
 *   @findings
 */
GPtrArray *
lds_coach_select (const LdsCoachSnapshot *snapshot,
                  GPtrArray              *findings,
                  const LdsCoachScope    *scope)
{
  g_autoptr(LdsCoachIndex) index = NULL;
  GPtrArray *selected;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (findings != NULL, NULL);
  g_return_val_if_fail (scope != NULL, NULL);

  index = _lds_coach_index_new (snapshot, scope->cycle_id);
  selected = g_ptr_array_new ();
  for (guint i = 0; i < findings->len; i++)
    if (in_scope (index, g_ptr_array_index (findings, i), scope))
      g_ptr_array_add (selected, g_ptr_array_index (findings, i));
  return selected;
}

/**
 * lds_coach_count_objectives:
 *
 * Returns: how many objectives the rules check within @scope: those of the
 *   cycle, not cancelled, owned by the unit (or below it) or the person
 */
guint
lds_coach_count_objectives (const LdsCoachSnapshot *snapshot,
                            const LdsCoachScope    *scope)
{
  g_autoptr(LdsCoachIndex) index = NULL;
  guint n = 0;

  g_return_val_if_fail (snapshot != NULL, 0);
  g_return_val_if_fail (scope != NULL, 0);

  index = _lds_coach_index_new (snapshot, scope->cycle_id);
  for (guint i = 0; i < snapshot->objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (snapshot->objectives, i);
      LdsPerson *person = _lds_coach_lookup (index->people, o->owner_person_id);

      if (!_lds_coach_checks (index, o))
        continue;
      if (scope->owner_id == 0)
        n++;
      else if (scope->owner_type == LDS_RECORD_PERSON)
        n += o->owner_person_id == scope->owner_id;
      else
        n += unit_within (index, o->owner_unit_id != 0 ? o->owner_unit_id
                                 : person != NULL ? person->unit_id : 0,
                          scope->owner_id);
    }
  return n;
}

/* Health --------------------------------------------------------------------- */

/**
 * lds_coach_health_score:
 *
 * Returns: the share of rules passed, 0..1, or NAN when there was nothing
 *   to check
 */
double
lds_coach_health_score (const LdsCoachHealth *health)
{
  g_return_val_if_fail (health != NULL, NAN);

  if (health->n_objectives == 0)
    return NAN;
  return (double) lds_coach_health_n_passed (health) / LDS_COACH_N_RULES;
}

/* How many of the rules passed. */
guint
lds_coach_health_n_passed (const LdsCoachHealth *health)
{
  guint n_broken = 0;

  g_return_val_if_fail (health != NULL, 0);

  for (guint rule = 0; rule < LDS_COACH_N_RULES; rule++)
    n_broken += (health->broken >> rule) & 1;
  return LDS_COACH_N_RULES - n_broken;
}

/* The health of a set of findings (already within one scope). */
void
lds_coach_health_of (GPtrArray      *findings,
                     guint           n_objectives,
                     LdsCoachHealth *health)
{
  g_return_if_fail (findings != NULL);
  g_return_if_fail (health != NULL);

  memset (health, 0, sizeof *health);
  health->n_objectives = n_objectives;
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      health->broken |= 1u << f->rule;
      health->n_findings++;
    }
}

static LdsCoachHealth *
health_for (GHashTable *table,
            LdsId       unit_id)
{
  LdsCoachHealth *health = g_hash_table_lookup (table, &unit_id);

  if (health == NULL)
    {
      health = g_new0 (LdsCoachHealth, 1);
      g_hash_table_insert (table, g_memdup2 (&unit_id, sizeof unit_id), health);
    }
  return health;
}

/**
 * lds_coach_health_by_unit:
 * @findings: what lds_coach_check() found in the whole organisation
 * @cycle_id: the cycle checked; 0: every cycle
 *
 * The health of every unit, counting everything below it and its people:
 * the rules broken there, the findings and the objectives checked. The
 * same as lds_coach_health_of() on the findings of a scope of that unit.
 *
 * Returns: (transfer full): unit id (gint64) → LdsCoachHealth
 */
GHashTable *
lds_coach_health_by_unit (const LdsCoachSnapshot *snapshot,
                          GPtrArray              *findings,
                          LdsId                   cycle_id)
{
  g_autoptr(LdsCoachIndex) index = NULL;
  GHashTable *table;

  g_return_val_if_fail (snapshot != NULL, NULL);
  g_return_val_if_fail (findings != NULL, NULL);

  index = _lds_coach_index_new (snapshot, cycle_id);
  table = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  for (guint i = 0; i < snapshot->units->len; i++)
    health_for (table, ((LdsUnit *) g_ptr_array_index (snapshot->units, i))->id);

  for (guint i = 0; i < snapshot->objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (snapshot->objectives, i);
      LdsPerson *person = _lds_coach_lookup (index->people, o->owner_person_id);
      LdsId unit_id = o->owner_unit_id != 0 ? o->owner_unit_id
                                            : person != NULL ? person->unit_id : 0;

      if (!_lds_coach_checks (index, o))
        continue;
      for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
        {
          LdsUnit *unit = _lds_coach_lookup (index->units, unit_id);
          if (unit == NULL)
            break;
          health_for (table, unit_id)->n_objectives++;
          unit_id = unit->parent_id;
        }
    }

  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      LdsId unit_id = finding_unit (index, f);

      for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
        {
          LdsUnit *unit = _lds_coach_lookup (index->units, unit_id);
          LdsCoachHealth *health;

          if (unit == NULL)
            break;
          health = health_for (table, unit_id);
          health->broken |= 1u << f->rule;
          health->n_findings++;
          unit_id = unit->parent_id;
        }
    }
  return table;
}

/* Counts, for badges ----------------------------------------------------------- */

static gint64
count_key (LdsRecordType type,
           LdsId         id)
{
  return ((gint64) type << 56) | id;
}

static void
count (GHashTable    *counts,
       LdsRecordType  type,
       LdsId          id)
{
  gint64 key = count_key (type, id);
  guint *n = g_hash_table_lookup (counts, &key);

  if (n == NULL)
    {
      n = g_new0 (guint, 1);
      g_hash_table_insert (counts, g_memdup2 (&key, sizeof key), n);
    }
  (*n)++;
}

/**
 * lds_coach_count_by_record:
 *
 * How many findings each record has, for badges on list rows: read with
 * lds_coach_count_lookup().
 *
 * Returns: (transfer full): the counts
 */
GHashTable *
lds_coach_count_by_record (GPtrArray *findings)
{
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_return_val_if_fail (findings != NULL, counts);

  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      count (counts, f->record_type, f->record_id);
    }
  return counts;
}

/**
 * lds_coach_count_by_objective:
 *
 * How many findings each objective has, its key results' included, for
 * badges on map nodes (an objective with its key results inside): read with
 * lds_coach_count_lookup (counts, LDS_RECORD_OBJECTIVE, id). Findings about
 * a unit or person are counted on them.
 *
 * Returns: (transfer full): the counts
 */
GHashTable *
lds_coach_count_by_objective (GPtrArray *findings)
{
  GHashTable *counts = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  g_return_val_if_fail (findings != NULL, counts);

  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);

      if (f->objective_id != 0)
        count (counts, LDS_RECORD_OBJECTIVE, f->objective_id);
      else
        count (counts, f->record_type, f->record_id);
    }
  return counts;
}

guint
lds_coach_count_lookup (GHashTable    *counts,
                        LdsRecordType  type,
                        LdsId          id)
{
  gint64 key = count_key (type, id);
  guint *n;

  g_return_val_if_fail (counts != NULL, 0);

  n = g_hash_table_lookup (counts, &key);
  return n != NULL ? *n : 0;
}
