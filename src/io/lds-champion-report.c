/* lds-champion-report.c: what the champion report says, and its Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The findings come from the coach (lds_coach_check() on one snapshot of
 * the file), so the report says what the window and `lodestar coach` say.
 * Overdue key results are the coach's stale-check-in findings. The
 * check-in streak counts the cadence periods, back from today (or from the
 * end of a cycle that is over), in which every key result under way got at
 * least one check-in; a key result counts from its first check-in on.
 */

#define G_LOG_DOMAIN "lds-report"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "lds-champion-report.h"
#include "lds-champion-report-private.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-markdown.h"
#include "lds-score.h"
#include "lds-store-coach.h"
#include "lds-store-lookup.h"

#define DAY ((gint64) 86400)

typedef struct
{
  LdsCoachSnapshot *snapshot;
  LdsCycle         *cycle;        /* in the snapshot */
  LdsUnit          *unit;         /* in the snapshot; NULL: the whole organisation */
  GHashTable       *times;        /* key result id → GArray of check-in times */
  GHashTable       *krs_of;       /* objective id → GPtrArray of LdsKeyResult */
  GHashTable       *people;       /* person id → LdsPerson */
  GPtrArray        *objectives;   /* in scope, by owner, in the order shown */
  GPtrArray        *findings;     /* in scope */
  gint64            end;          /* streaks count back from here */
  LdsReport        *report;
} Builder;

/* Blocks --------------------------------------------------------------------- */

static void
block_free (LdsReportBlock *block)
{
  g_free (block->text);
  g_free (block->detail);
  g_clear_pointer (&block->rows, g_ptr_array_unref);
  g_clear_pointer (&block->scores, g_array_unref);
  g_free (block);
}

void
_lds_report_free (LdsReport *report)
{
  if (report == NULL)
    return;
  g_free (report->title);
  g_ptr_array_unref (report->blocks);
  g_free (report);
}

static LdsReportBlock *
add_block (Builder       *b,
           LdsReportKind  kind,
           const char    *text)
{
  LdsReportBlock *block = g_new0 (LdsReportBlock, 1);

  block->kind = kind;
  block->text = g_strdup (text != NULL ? text : "");
  block->score = NAN;
  block->score_column = -1;
  g_ptr_array_add (b->report->blocks, block);
  return block;
}

static void
add_fact (LdsReportBlock *block,
          const char     *label,
          const char     *value)
{
  char **row = g_new0 (char *, 3);

  row[0] = g_strdup (label);
  row[1] = g_strdup (value);
  g_ptr_array_add (block->rows, row);
}

static LdsReportBlock *
add_table (Builder           *b,
           const char *const *header,
           const double      *widths,
           guint              n_columns,
           int                score_column)
{
  LdsReportBlock *block = add_block (b, LDS_REPORT_TABLE, NULL);

  g_assert (n_columns <= LDS_REPORT_MAX_COLUMNS);
  block->n_columns = n_columns;
  block->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  block->score_column = score_column;
  block->scores = g_array_new (FALSE, FALSE, sizeof (double));
  memcpy (block->widths, widths, n_columns * sizeof (double));
  g_ptr_array_add (block->rows, g_strdupv ((char **) header));
  return block;
}

/* @cells: (transfer full) */
static void
add_row (LdsReportBlock *table,
         char          **cells,
         double          score)
{
  g_ptr_array_add (table->rows, cells);
  g_array_append_val (table->scores, score);
}

/* Reading the snapshot ---------------------------------------------------------- */

static const char *
person_name (Builder *b,
             LdsId    id)
{
  LdsPerson *person = id != 0 ? g_hash_table_lookup (b->people, &id) : NULL;

  return person != NULL ? person->name : NULL;
}

static GPtrArray *
krs_of (Builder *b,
        LdsId    objective_id)
{
  return g_hash_table_lookup (b->krs_of, &objective_id);
}

/* Whether a key result is under way: counted in streaks. */
static gboolean
is_tracked (Builder            *b,
            const LdsObjective *o)
{
  return o->status == LDS_OBJECTIVE_STATUS_ACTIVE || o->status == LDS_OBJECTIVE_STATUS_CLOSED;
}

static void
collect_unit (Builder *b,
              LdsId    unit_id,
              guint    depth)
{
  GPtrArray *objectives = b->snapshot->objectives;
  GPtrArray *people = b->snapshot->people;
  GPtrArray *units = b->snapshot->units;

  if (depth > 64)
    return;
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      if (o->owner_unit_id == unit_id && o->status != LDS_OBJECTIVE_STATUS_CANCELLED)
        g_ptr_array_add (b->objectives, o);
    }
  for (guint p = 0; p < people->len; p++)
    {
      LdsPerson *person = g_ptr_array_index (people, p);

      if (person->unit_id != unit_id)
        continue;
      for (guint i = 0; i < objectives->len; i++)
        {
          LdsObjective *o = g_ptr_array_index (objectives, i);
          if (o->owner_person_id == person->id && o->status != LDS_OBJECTIVE_STATUS_CANCELLED)
            g_ptr_array_add (b->objectives, o);
        }
    }
  for (guint u = 0; u < units->len; u++)
    {
      LdsUnit *child = g_ptr_array_index (units, u);
      if (child->parent_id == unit_id && child->id != unit_id)
        collect_unit (b, child->id, depth + 1);
    }
}

/* Streaks ------------------------------------------------------------------------- */

static gboolean
checked_in_between (GArray *times,
                    gint64  after,
                    gint64  until)
{
  for (guint i = 0; times != NULL && i < times->len; i++)
    {
      gint64 at = g_array_index (times, gint64, i);
      if (at > after && at <= until)
        return TRUE;
    }
  return FALSE;
}

/* How many cadence periods in a row, back from b->end, every key result of
 * @krs that had started was checked in. */
static guint
streak (Builder   *b,
        GPtrArray *krs)
{
  int cadence = b->cycle->cadence_days > 0 ? b->cycle->cadence_days
                                           : b->snapshot->settings.cadence_days;
  gint64 start = lds_date_to_time (b->cycle->start_date);
  guint n = 0;

  for (gint64 until = b->end; until > start; until -= cadence * DAY)
    {
      gint64 after = until - cadence * DAY;
      gboolean counted = FALSE;

      for (guint i = 0; i < krs->len; i++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, i);
          GArray *times = g_hash_table_lookup (b->times, &kr->id);

          /* Not started yet in that period: it does not count. */
          if (times != NULL && times->len > 0 && g_array_index (times, gint64, 0) > until)
            continue;
          if (!checked_in_between (times, after, until))
            return n;
          counted = TRUE;
        }
      if (!counted)
        break;
      n++;
    }
  return n;
}

static char *
describe_streak (Builder *b,
                 guint    n)
{
  int cadence = b->cycle->cadence_days > 0 ? b->cycle->cadence_days
                                           : b->snapshot->settings.cadence_days;

  if (cadence == 7)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d week", "%d weeks", n), n);
  /* Translators: %1$d is a number of check-in periods, %2$d their length in days */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$d period of %2$d days",
                                       "%1$d periods of %2$d days", n),
                          n, cadence);
}

/* The sections ---------------------------------------------------------------------- */

static void
add_summary (Builder *b)
{
  LdsCoachScope scope = { b->cycle->id, LDS_RECORD_UNIT, b->unit != NULL ? b->unit->id : 0 };
  g_autoptr(GPtrArray) tracked = g_ptr_array_new ();
  LdsCoachHealth health;
  LdsReportBlock *facts;
  double sum = 0;
  guint n_scored = 0, n_krs = 0, n_overdue = 0;
  g_autofree char *health_text = NULL, *objectives = NULL, *krs = NULL, *average = NULL;
  g_autofree char *streak_text = NULL, *overdue = NULL, *findings = NULL;
  double average_score;

  lds_coach_health_of (b->findings, lds_coach_count_objectives (b->snapshot, &scope), &health);
  for (guint i = 0; i < b->objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (b->objectives, i);
      GPtrArray *list = krs_of (b, o->id);
      double score = list != NULL ? lds_objective_score ((LdsKeyResult * const *) list->pdata,
                                                         list->len)
                                  : NAN;

      n_krs += list != NULL ? list->len : 0;
      if (!isnan (score))
        {
          sum += score;
          n_scored++;
        }
      for (guint k = 0; list != NULL && is_tracked (b, o) && k < list->len; k++)
        g_ptr_array_add (tracked, g_ptr_array_index (list, k));
    }
  for (guint i = 0; i < b->findings->len; i++)
    n_overdue += ((LdsCoachFinding *) g_ptr_array_index (b->findings, i))->rule ==
                 LDS_COACH_RULE_STALE_CHECK_IN;
  average_score = n_scored > 0 ? sum / n_scored : NAN;

  add_block (b, LDS_REPORT_HEADING, _("Summary"));
  facts = add_block (b, LDS_REPORT_FACTS, NULL);
  facts->n_columns = 2;
  facts->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (isnan (lds_coach_health_score (&health)))
    health_text = g_strdup (_("Nothing to check: no objectives in this cycle"));
  else
    health_text = g_strdup_printf (
      /* Translators: %1$d is a percentage, %2$d how many of the coach's rules passed,
       * %3$d how many rules there are; keep "%%" for the percent sign */
      g_dngettext (GETTEXT_PACKAGE, "%1$d%% (%2$d of %3$d rule passed)",
                   "%1$d%% (%2$d of %3$d rules passed)", LDS_COACH_N_RULES),
      (int) lround (lds_coach_health_score (&health) * 100), lds_coach_health_n_passed (&health),
      LDS_COACH_N_RULES);
  add_fact (facts, _("Coach health"), health_text);
  objectives = g_strdup_printf ("%u", b->objectives->len);
  add_fact (facts, _("Objectives"), objectives);
  krs = g_strdup_printf ("%u", n_krs);
  add_fact (facts, _("Key results"), krs);
  average = lds_format_score (average_score, b->snapshot->settings.scale);
  add_fact (facts, _("Average objective score"), average);
  streak_text = describe_streak (b, streak (b, tracked));
  add_fact (facts, _("Check-in streak"), streak_text);
  overdue = g_strdup_printf ("%u", n_overdue);
  add_fact (facts, _("Check-ins overdue"), overdue);
  findings = g_strdup_printf ("%u", b->findings->len);
  add_fact (facts, _("Coach findings"), findings);
}

static char *
owner_heading (Builder            *b,
               const LdsObjective *o)
{
  if (o->owner_unit_id != 0)
    for (guint i = 0; i < b->snapshot->units->len; i++)
      {
        LdsUnit *unit = g_ptr_array_index (b->snapshot->units, i);
        if (unit->id == o->owner_unit_id)
          return g_strdup (unit->name);
      }
  return g_strdup (person_name (b, o->owner_person_id) != NULL
                     ? person_name (b, o->owner_person_id) : "");
}

static char *
last_checkin_date (Builder *b,
                   LdsId    kr_id)
{
  gint64 *last = g_hash_table_lookup (b->snapshot->last_checkins, &kr_id);

  g_autofree char *day = last != NULL ? lds_date_from_time (*last) : NULL;

  return lds_format_date (day);
}

static void
add_okrs (Builder *b)
{
  static const double widths[] = { 0.40, 0.18, 0.18, 0.14, 0.10 };
  const char *header[] = {
    _("Key result"), _("Owner"), _("Progress"), _("Last check-in"), _("Score"), NULL
  };
  g_autofree char *previous_owner = NULL;

  add_block (b, LDS_REPORT_HEADING, _("Objectives and Key Results"));
  if (b->objectives->len == 0)
    add_block (b, LDS_REPORT_PARAGRAPH, _("No objectives in this cycle."));

  for (guint i = 0; i < b->objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (b->objectives, i);
      GPtrArray *list = krs_of (b, o->id);
      g_autofree char *owner = owner_heading (b, o);
      LdsReportBlock *block, *table;

      if (g_strcmp0 (owner, previous_owner) != 0)
        {
          add_block (b, LDS_REPORT_OWNER, owner);
          g_free (previous_owner);
          previous_owner = g_steal_pointer (&owner);
        }
      block = add_block (b, LDS_REPORT_OBJECTIVE, o->title);
      block->score = list != NULL ? lds_objective_score ((LdsKeyResult * const *) list->pdata,
                                                         list->len)
                                  : NAN;
      if (list == NULL || list->len == 0)
        {
          add_block (b, LDS_REPORT_PARAGRAPH, _("No key results yet."));
          continue;
        }
      table = add_table (b, header, widths, 5, 4);
      for (guint k = 0; k < list->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (list, k);
          double score = lds_key_result_score (kr);
          char **cells = g_new0 (char *, 6);

          cells[0] = g_strdup (kr->title);
          cells[1] = g_strdup (person_name (b, kr->owner_id) != NULL
                                 ? person_name (b, kr->owner_id) : "–");
          cells[2] = lds_format_kr_progress (kr);
          cells[3] = last_checkin_date (b, kr->id);
          cells[4] = lds_format_score (score, b->snapshot->settings.scale);
          add_row (table, cells, score);
        }
    }
}

static void
add_streaks (Builder *b)
{
  static const double widths[] = { 0.5, 0.2, 0.3 };
  const char *header[] = { _("Person"), _("Key results"), _("Streak"), NULL };
  g_autoptr(GPtrArray) owners = g_ptr_array_new ();   /* person ids, as gint64 * */
  g_autoptr(GHashTable) krs_by_owner = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                              (GDestroyNotify) g_ptr_array_unref);
  LdsReportBlock *table = NULL;

  add_block (b, LDS_REPORT_HEADING, _("Check-in Streaks"));
  add_block (b, LDS_REPORT_PARAGRAPH,
             _("How many check-in periods in a row, up to the last, each person checked in on "
               "every key result they own that is under way."));

  for (guint i = 0; i < b->objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (b->objectives, i);
      GPtrArray *list = krs_of (b, o->id);

      for (guint k = 0; list != NULL && is_tracked (b, o) && k < list->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (list, k);
          GPtrArray *mine;

          if (person_name (b, kr->owner_id) == NULL)
            continue;
          mine = g_hash_table_lookup (krs_by_owner, &kr->owner_id);
          if (mine == NULL)
            {
              mine = g_ptr_array_new ();
              g_hash_table_insert (krs_by_owner, &kr->owner_id, mine);
              g_ptr_array_add (owners, &kr->owner_id);
            }
          g_ptr_array_add (mine, kr);
        }
    }

  for (guint i = 0; i < owners->len; i++)
    {
      LdsId *id = owners->pdata[i];
      GPtrArray *mine = g_hash_table_lookup (krs_by_owner, id);
      char **cells = g_new0 (char *, 4);

      if (table == NULL)
        table = add_table (b, header, widths, 3, -1);
      cells[0] = g_strdup (person_name (b, *id));
      cells[1] = g_strdup_printf ("%u", mine->len);
      cells[2] = describe_streak (b, streak (b, mine));
      add_row (table, cells, NAN);
    }
  if (table == NULL)
    add_block (b, LDS_REPORT_PARAGRAPH, _("No key results under way."));
}

static LdsKeyResult *
find_key_result (Builder *b,
                 LdsId    id)
{
  for (guint i = 0; i < b->snapshot->key_results->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (b->snapshot->key_results, i);
      if (kr->id == id)
        return kr;
    }
  return NULL;
}

static void
add_overdue (Builder *b)
{
  static const double widths[] = { 0.46, 0.2, 0.17, 0.17 };
  const char *header[] = {
    _("Key result"), _("Owner"), _("Last check-in"), _("Days since"), NULL
  };
  LdsReportBlock *table = NULL;

  add_block (b, LDS_REPORT_HEADING, _("Overdue Key Results"));
  for (guint i = 0; i < b->findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (b->findings, i);
      LdsKeyResult *kr;
      gint64 *last;
      char **cells;

      if (f->rule != LDS_COACH_RULE_STALE_CHECK_IN || (kr = find_key_result (b, f->record_id)) == NULL)
        continue;
      if (table == NULL)
        table = add_table (b, header, widths, 4, -1);
      last = g_hash_table_lookup (b->snapshot->last_checkins, &kr->id);
      cells = g_new0 (char *, 5);
      cells[0] = g_strdup (kr->title);
      cells[1] = g_strdup (person_name (b, kr->owner_id) != NULL
                             ? person_name (b, kr->owner_id) : "–");
      cells[2] = last_checkin_date (b, kr->id);
      cells[3] = last != NULL ? g_strdup_printf ("%d", (int) ((b->snapshot->now - *last) / DAY))
                              : g_strdup ("–");
      add_row (table, cells, NAN);
    }
  if (table == NULL)
    add_block (b, LDS_REPORT_PARAGRAPH,
               _("None: every key result under way was checked in within the cycle’s "
                 "cadence."));
}

static void
add_findings (Builder *b)
{
  add_block (b, LDS_REPORT_HEADING, _("Coach Findings"));
  if (b->findings->len == 0)
    add_block (b, LDS_REPORT_PARAGRAPH,
               _("The coach found nothing to improve: these OKRs follow every rule."));
  for (guint i = 0; i < b->findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (b->findings, i);
      LdsReportBlock *block;
      g_autofree char *line = NULL;

      /* Translators: a coach finding in a report: %1$s is the rule's name, %2$s the title of
       * the objective or key result (or a name), %3$s its owner */
      line = g_strdup_printf (_("%1$s: %2$s (%3$s)"), lds_coach_rule_name (f->rule), f->title,
                              f->owner);
      block = add_block (b, LDS_REPORT_FINDING, line);
      block->detail = g_strdup (f->message);
      block->severity = f->severity;
    }
}

/* Building ---------------------------------------------------------------------------- */

static void
builder_clear (Builder *b)
{
  g_clear_pointer (&b->snapshot, lds_coach_snapshot_free);
  g_clear_pointer (&b->times, g_hash_table_unref);
  g_clear_pointer (&b->krs_of, g_hash_table_unref);
  g_clear_pointer (&b->people, g_hash_table_unref);
  g_clear_pointer (&b->objectives, g_ptr_array_unref);
  g_clear_pointer (&b->findings, g_ptr_array_unref);
  g_clear_pointer (&b->report, _lds_report_free);
}

static gboolean
builder_read (Builder   *b,
              LdsStore  *store,
              LdsId      cycle_id,
              LdsId      unit_id,
              GError   **error)
{
  g_autoptr(LdsCycle) current = NULL;
  LdsCoachScope scope = { 0, LDS_RECORD_UNIT, unit_id };
  gint64 cycle_end;

  if (cycle_id == 0)
    {
      current = lds_store_current_cycle (store, error);
      if (current == NULL)
        return FALSE;
      cycle_id = current->id;
    }
  scope.cycle_id = cycle_id;

  b->snapshot = lds_store_coach_snapshot (store, cycle_id, error);
  if (b->snapshot == NULL)
    return FALSE;
  b->times = lds_store_list_checkin_times (store, cycle_id, error);
  if (b->times == NULL)
    return FALSE;

  for (guint i = 0; i < b->snapshot->cycles->len; i++)
    if (((LdsCycle *) g_ptr_array_index (b->snapshot->cycles, i))->id == cycle_id)
      b->cycle = g_ptr_array_index (b->snapshot->cycles, i);
  for (guint i = 0; i < b->snapshot->units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (b->snapshot->units, i);
      if (unit->id == unit_id || (unit_id == 0 && unit->parent_id == 0 && b->unit == NULL))
        b->unit = unit;
    }
  if (b->cycle == NULL)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                           _("The cycle of the report no longer exists."));
      return FALSE;
    }
  if (b->unit == NULL)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD,
                           unit_id != 0 ? _("The unit of the report no longer exists.")
                                        : _("The organisation has no units yet."));
      return FALSE;
    }

  b->people = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < b->snapshot->people->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (b->snapshot->people, i);
      g_hash_table_insert (b->people, &person->id, person);
    }
  b->krs_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                     (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < b->snapshot->key_results->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (b->snapshot->key_results, i);
      GPtrArray *list = g_hash_table_lookup (b->krs_of, &kr->objective_id);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (b->krs_of, &kr->objective_id, list);
        }
      g_ptr_array_add (list, kr);
    }

  b->objectives = g_ptr_array_new ();
  if (unit_id != 0)
    collect_unit (b, unit_id, 0);
  else
    for (guint i = 0; i < b->snapshot->units->len; i++)
      {
        LdsUnit *unit = g_ptr_array_index (b->snapshot->units, i);
        if (unit->parent_id == 0)
          collect_unit (b, unit->id, 0);
      }

  b->findings = lds_coach_check (b->snapshot, &scope);
  cycle_end = lds_date_to_time (b->cycle->end_date) + DAY;
  b->end = MIN (b->snapshot->now, cycle_end);
  return TRUE;
}

static LdsReport *
build (LdsStore  *store,
       LdsId      cycle_id,
       LdsId      unit_id,
       GError   **error)
{
  Builder b = { 0 };
  g_autofree char *subtitle = NULL;
  g_autofree char *today = lds_today ();
  g_autofree char *path = NULL;
  g_autofree char *start = NULL, *end = NULL, *written = NULL;
  LdsReport *report;

  if (!builder_read (&b, store, cycle_id, unit_id, error))
    {
      builder_clear (&b);
      return NULL;
    }

  b.report = g_new0 (LdsReport, 1);
  b.report->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  b.report->settings = b.snapshot->settings;
  /* Translators: the title of a champion report; %s is a team's or the company's name */
  b.report->title = g_strdup_printf (_("Champion Report: %s"), b.unit->name);
  add_block (&b, LDS_REPORT_TITLE, b.report->title);

  path = lds_store_get_unit_path (store, b.unit->id);
  start = lds_format_date (b.cycle->start_date);
  end = lds_format_date (b.cycle->end_date);
  written = lds_format_date (today);
  /* Translators: under a report's title: %1$s is a unit's path ("Company/Sales"), %2$s a cycle's
   * name, %3$s and %4$s its first and last days, %5$s the day the report was written */
  subtitle = g_strdup_printf (_("%1$s · %2$s, %3$s to %4$s · written %5$s"),
                              path != NULL ? path : b.unit->name, b.cycle->name,
                              start, end, written);
  add_block (&b, LDS_REPORT_SUBTITLE, subtitle);

  add_summary (&b);
  add_findings (&b);
  add_overdue (&b);
  add_streaks (&b);
  add_okrs (&b);

  report = g_steal_pointer (&b.report);
  builder_clear (&b);
  return report;
}

/* Markdown ---------------------------------------------------------------------------- */

static void
markdown_table (GString              *out,
                const LdsReportBlock *block)
{
  for (guint r = 0; r < block->rows->len; r++)
    {
      char **cells = g_ptr_array_index (block->rows, r);

      g_string_append (out, "|");
      for (guint c = 0; c < block->n_columns; c++)
        {
          g_autofree char *cell = lds_markdown_table_cell (cells[c]);
          g_string_append_printf (out, " %s |", cell);
        }
      g_string_append (out, "\n");
      if (r == 0)
        {
          g_string_append (out, "|");
          for (guint c = 0; c < block->n_columns; c++)
            g_string_append (out, (int) c == block->score_column ? " ---: |" : " --- |");
          g_string_append (out, "\n");
        }
    }
}

static char *
markdown (LdsReport *report)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < report->blocks->len; i++)
    {
      LdsReportBlock *block = g_ptr_array_index (report->blocks, i);
      g_autofree char *text = lds_markdown_escape (block->text);

      switch (block->kind)
        {
        case LDS_REPORT_TITLE:
          g_string_append_printf (out, "# %s\n\n", text);
          break;
        case LDS_REPORT_SUBTITLE:
          g_string_append_printf (out, "%s\n\n", text);
          break;
        case LDS_REPORT_HEADING:
          g_string_append_printf (out, "## %s\n\n", text);
          break;
        case LDS_REPORT_OWNER:
          g_string_append_printf (out, "### %s\n\n", text);
          break;
        case LDS_REPORT_OBJECTIVE:
          {
            g_autofree char *score = lds_format_score (block->score, report->settings.scale);
            g_string_append_printf (out, "#### %s · %s\n\n", text, score);
          }
          break;
        case LDS_REPORT_PARAGRAPH:
          g_string_append_printf (out, "%s\n\n", text);
          break;
        case LDS_REPORT_FACTS:
          for (guint r = 0; r < block->rows->len; r++)
            {
              char **row = g_ptr_array_index (block->rows, r);
              g_autofree char *label = lds_markdown_escape (row[0]);
              g_autofree char *value = lds_markdown_escape (row[1]);
              g_string_append_printf (out, "- **%s:** %s\n", label, value);
            }
          g_string_append (out, "\n");
          break;
        case LDS_REPORT_TABLE:
          markdown_table (out, block);
          g_string_append (out, "\n");
          break;
        case LDS_REPORT_FINDING:
          {
            g_autofree char *detail = lds_markdown_escape (block->detail);
            g_string_append_printf (out, "- **%s** · %s  \n  %s\n",
                                    lds_coach_severity_label (block->severity), text, detail);
            if (i + 1 >= report->blocks->len ||
                ((LdsReportBlock *) g_ptr_array_index (report->blocks, i + 1))->kind !=
                LDS_REPORT_FINDING)
              g_string_append (out, "\n");
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return g_string_free (out, FALSE);
}

/* Public ------------------------------------------------------------------------------ */

/**
 * lds_champion_report_markdown:
 * @cycle_id: the cycle; 0: the current one
 * @unit_id: the team (with everything below it); 0: the whole organisation
 *
 * Returns: (transfer full): the report as Markdown, or %NULL with @error set
 */
char *
lds_champion_report_markdown (LdsStore  *store,
                              LdsId      cycle_id,
                              LdsId      unit_id,
                              GError   **error)
{
  g_autoptr(LdsReport) report = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  report = build (store, cycle_id, unit_id, error);
  return report != NULL ? markdown (report) : NULL;
}

/**
 * lds_champion_report_write:
 * @cycle_id: the cycle; 0: the current one
 * @unit_id: the team (with everything below it); 0: the whole organisation
 *
 * Writes the report to @path; a failure leaves no file behind.
 */
gboolean
lds_champion_report_write (LdsStore                 *store,
                           LdsId                     cycle_id,
                           LdsId                     unit_id,
                           LdsChampionReportFormat   format,
                           const char               *path,
                           GError                  **error)
{
  g_autoptr(LdsReport) report = NULL;
  g_autoptr(GError) local = NULL;
  g_autofree char *display = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  report = build (store, cycle_id, unit_id, error);
  if (report == NULL)
    return FALSE;

  if (format == LDS_CHAMPION_REPORT_PDF)
    return _lds_report_write_pdf (report, path, error);
  else
    {
      g_autofree char *text = markdown (report);
      if (g_file_set_contents (path, text, -1, &local))
        return TRUE;
    }

  display = g_filename_display_name (path);
  g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE,
               /* Translators: %1$s is a file's name, %2$s why it could not be written */
               _("Could not write the report to “%1$s”: %2$s"), display, local->message);
  return FALSE;
}

/**
 * lds_champion_report_default_name:
 *
 * Returns: (transfer full): a file name to offer for the report, such as
 *   "Champion report – Direct Sales – 2026 Q4.pdf"
 */
char *
lds_champion_report_default_name (LdsStore                *store,
                                  LdsId                    cycle_id,
                                  LdsId                    unit_id,
                                  LdsChampionReportFormat  format)
{
  g_autoptr(LdsUnit) unit = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  if (unit_id != 0)
    unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, NULL);
  cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL)
                        : lds_store_current_cycle (store, NULL);
  /* Translators: the name offered for a champion report's file: %1$s is a team, %2$s a cycle */
  name = g_strdup_printf (_("Champion report – %1$s – %2$s"),
                          unit != NULL ? unit->name : _("Organisation"),
                          cycle != NULL ? cycle->name : "");
  g_strdelimit (name, "/\\:", '-');
  return g_strconcat (name, format == LDS_CHAMPION_REPORT_PDF ? ".pdf" : ".md", NULL);
}

static gboolean
export (LdsStore                 *store,
        const LdsExportOptions   *options,
        LdsChampionReportFormat   format,
        const char               *path,
        GError                  **error)
{
  if (options->at != 0)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("The champion report shows the organisation as it is now; it "
                             "cannot go back to an earlier day."));
      return FALSE;
    }
  return lds_champion_report_write (store, options->cycle_id, options->unit_id, format, path,
                                    error);
}

gboolean
lds_champion_report_export_pdf (LdsStore                *store,
                                const LdsExportOptions  *options,
                                const char              *path,
                                GError                 **error)
{
  return export (store, options, LDS_CHAMPION_REPORT_PDF, path, error);
}

gboolean
lds_champion_report_export_markdown (LdsStore                *store,
                                     const LdsExportOptions  *options,
                                     const char              *path,
                                     GError                 **error)
{
  return export (store, options, LDS_CHAMPION_REPORT_MARKDOWN, path, error);
}
