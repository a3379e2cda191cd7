/* lds-validate.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-validate"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-error.h"
#include "lds-validate.h"

#define FAIL(field_name, ...)                                         \
  G_STMT_START {                                                      \
    if (field != NULL)                                                \
      *field = field_name;                                            \
    g_set_error (error, LDS_ERROR, LDS_ERROR_INVALID, __VA_ARGS__);   \
    return FALSE;                                                     \
  } G_STMT_END

static gboolean
blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
finite_or_unset (double value)
{
  return isnan (value) || isfinite (value);
}

static gboolean
valid_enum (GType (*get_type) (void),
            int   value)
{
  return lds_enum_to_nick (get_type (), value) != NULL;
}

/* Checks common to every field: well-formed text, enum values that exist,
 * levels within 0..10, dates that are real days, numbers that are finite. */
static gboolean
validate_fields (LdsRecordType   type,
                 gconstpointer   record,
                 const char    **field,
                 GError        **error)
{
  const LdsRecordInfo *info = lds_record_info (type);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];

      switch (f->kind)
        {
        case LDS_FIELD_TEXT:
          {
            const char *text = *LDS_FIELD_PTR (record, f, char *);
            if (text != NULL && !g_utf8_validate (text, -1, NULL))
              FAIL (f->name, _("The text is not valid UTF-8."));
          }
          break;
        case LDS_FIELD_DATE:
          {
            const char *date = *LDS_FIELD_PTR (record, f, char *);
            if (date != NULL && !lds_date_is_valid (date))
              /* Translators: %s is what was typed; keep YYYY-MM-DD as it is */
              FAIL (f->name, _("“%s” is not a date; write it as YYYY-MM-DD."), date);
          }
          break;
        case LDS_FIELD_LEVEL:
          {
            int level = *LDS_FIELD_PTR (record, f, int);
            if (level < -1 || level > 10)
              FAIL (f->name, _("Confidence goes from 0 to 10."));
          }
          break;
        case LDS_FIELD_REAL:
          if (!finite_or_unset (*LDS_FIELD_PTR (record, f, double)))
            FAIL (f->name, _("The number is too large."));
          break;
        case LDS_FIELD_ENUM:
          if (!valid_enum (f->enum_type, *LDS_FIELD_PTR (record, f, int)))
            FAIL (f->name, _("The value is not one of the choices."));
          break;
        case LDS_FIELD_INT:
        case LDS_FIELD_BOOL:
        case LDS_FIELD_TIME:
        case LDS_FIELD_REF:
        default:
          break;
        }
    }
  return TRUE;
}

static gboolean
validate_key_result (const LdsKeyResult  *kr,
                     const char         **field,
                     GError             **error)
{
  if (blank (kr->title))
    FAIL ("title", _("A key result needs a title that says what will be measured."));
  if (kr->objective_id == 0)
    FAIL ("objective_id", _("A key result belongs to an objective."));
  if (isnan (kr->weight) || kr->weight < 0.0)
    FAIL ("weight", _("The weight cannot be below zero."));
  if (!isnan (kr->score) && (kr->score < 0.0 || kr->score > 1.0))
    FAIL ("score", _("A score goes from 0.0 to 1.0."));

  if (kr->metric == LDS_METRIC_MILESTONE)
    {
      if (!isnan (kr->current_value) && kr->current_value != 0.0 && kr->current_value != 1.0)
        FAIL ("current_value", _("A milestone is either done (1) or not done (0)."));
      return TRUE;
    }

  if (!isnan (kr->start_value) && !isnan (kr->target_value))
    {
      if (kr->start_value == kr->target_value)
        FAIL ("target_value", _("The target equals the start value, so there is nothing to "
                                "achieve. Set a target different from the start."));
      if (kr->direction == LDS_DIRECTION_INCREASE && kr->target_value < kr->start_value)
        FAIL ("target_value", _("The target is below the start value. If the number should go "
                                "down, set the direction to “Decrease”."));
      if (kr->direction == LDS_DIRECTION_DECREASE && kr->target_value > kr->start_value)
        FAIL ("target_value", _("The target is above the start value. If the number should go "
                                "up, set the direction to “Increase”."));
    }
  return TRUE;
}

gboolean
lds_record_validate (LdsRecordType   type,
                     gconstpointer   record,
                     const char    **field,
                     GError        **error)
{
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, FALSE);
  g_return_val_if_fail (record != NULL, FALSE);

  if (field != NULL)
    *field = NULL;
  if (!validate_fields (type, record, field, error))
    return FALSE;

  switch (type)
    {
    case LDS_RECORD_UNIT:
      {
        const LdsUnit *unit = record;
        if (blank (unit->name))
          FAIL ("name", _("A unit needs a name."));
        if (unit->kind == LDS_UNIT_KIND_COMPANY && unit->parent_id != 0)
          FAIL ("parent_id", _("A company is the top of the organisation; it has no parent unit."));
        if (unit->kind != LDS_UNIT_KIND_COMPANY && unit->parent_id == 0)
          FAIL ("parent_id", _("A department or team belongs to a unit above it."));
      }
      break;
    case LDS_RECORD_PERSON:
      {
        const LdsPerson *person = record;
        if (blank (person->name))
          FAIL ("name", _("A person needs a name."));
        if (person->unit_id == 0)
          FAIL ("unit_id", _("A person belongs to a unit."));
      }
      break;
    case LDS_RECORD_CYCLE:
      {
        const LdsCycle *cycle = record;
        if (blank (cycle->name))
          FAIL ("name", _("A cycle needs a name, such as “2027 Q1”."));
        if (cycle->start_date == NULL)
          FAIL ("start_date", _("A cycle needs a start date."));
        if (cycle->end_date == NULL)
          FAIL ("end_date", _("A cycle needs an end date."));
        if (g_strcmp0 (cycle->end_date, cycle->start_date) < 0)
          FAIL ("end_date", _("The cycle ends before it starts."));
        if (cycle->cadence_days < 1 || cycle->cadence_days > 92)
          FAIL ("cadence_days", _("The check-in cadence must be between 1 and 92 days."));
      }
      break;
    case LDS_RECORD_OBJECTIVE:
      {
        const LdsObjective *o = record;
        if (blank (o->title))
          FAIL ("title", _("An objective needs a title that says where you want to be."));
        if (o->cycle_id == 0)
          FAIL ("cycle_id", _("An objective belongs to a cycle."));
        if ((o->owner_unit_id == 0) == (o->owner_person_id == 0))
          FAIL ("owner_unit_id", _("An objective is owned by one unit or one person."));
      }
      break;
    case LDS_RECORD_KEY_RESULT:
      return validate_key_result (record, field, error);
    case LDS_RECORD_LINK:
      {
        const LdsLink *link = record;
        if (link->from_id == 0)
          FAIL ("from_id", _("A link starts at an objective."));
        if ((link->to_objective_id == 0) == (link->to_key_result_id == 0))
          FAIL ("to_key_result_id", _("A link leads to one key result or one objective."));
        if (link->to_objective_id == link->from_id)
          FAIL ("to_objective_id", _("An objective cannot align to itself."));
      }
      break;
    case LDS_RECORD_CHECKIN:
      {
        const LdsCheckin *c = record;
        if (c->key_result_id == 0)
          FAIL ("key_result_id", _("A check-in belongs to a key result."));
        if (c->at == 0)
          FAIL ("at", _("A check-in needs a date."));
      }
      break;
    case LDS_RECORD_ACTION_PLAN:
      {
        const LdsActionPlan *a = record;
        if (blank (a->title))
          FAIL ("title", _("A step of an action plan needs a title."));
        if (a->key_result_id == 0)
          FAIL ("key_result_id", _("An action plan belongs to a key result."));
      }
      break;
    case LDS_RECORD_KPI:
      {
        const LdsKpi *k = record;
        if (blank (k->name))
          FAIL ("name", _("A KPI needs a name."));
        if (k->unit_id == 0)
          FAIL ("unit_id", _("A KPI belongs to a unit."));
      }
      break;
    case LDS_RECORD_KPI_CHECKIN:
      {
        const LdsKpiCheckin *c = record;
        if (c->kpi_id == 0)
          FAIL ("kpi_id", _("A KPI update belongs to a KPI."));
        if (c->at == 0)
          FAIL ("at", _("A KPI update needs a date."));
      }
      break;
    case LDS_RECORD_REVIEW:
      {
        const LdsReview *r = record;
        if (r->person_id == 0 || r->cycle_id == 0)
          FAIL ("person_id", _("An OKR review is one person’s, for one cycle."));
      }
      break;
    case LDS_RECORD_REVISION:
      {
        const LdsRevision *r = record;
        if (blank (r->record_table) || blank (r->record_uuid) || blank (r->field))
          FAIL ("field", _("A revision names the record and the field it changed."));
        if (r->at == 0)
          FAIL ("at", _("A revision needs a date."));
      }
      break;
    case LDS_RECORD_ROLLOUT_ITEM:
      {
        const LdsRolloutItem *r = record;
        if (r->factor < 1 || r->factor > 9)
          FAIL ("factor", _("The roll-out checklist has nine factors, numbered 1 to 9."));
      }
      break;
    case LDS_RECORD_WORKSHOP:
      {
        const LdsWorkshop *w = record;
        if (w->cycle_id == 0)
          FAIL ("cycle_id", _("A workshop drafts the OKRs of one cycle."));
        if (w->timer_seconds < 0 || w->timer_seconds > 24 * 3600)
          FAIL ("timer_seconds", _("A countdown lasts from one second to a day."));
        if (w->timer_left < 0 || w->timer_left > w->timer_seconds)
          FAIL ("timer_left", _("A countdown cannot have more time left than it lasts."));
      }
      break;
    case LDS_RECORD_WORKSHOP_TEAM:
      {
        const LdsWorkshopTeam *t = record;
        if (t->workshop_id == 0 || t->unit_id == 0)
          FAIL ("unit_id", _("A team taking part in a workshop is a unit of the organisation."));
      }
      break;
    case LDS_RECORD_WORKSHOP_CARD:
      {
        const LdsWorkshopCard *c = record;
        if (blank (c->title))
          FAIL ("title", _("A proposal needs a few words."));
        if (c->workshop_id == 0 || c->unit_id == 0)
          FAIL ("unit_id", _("A proposal is one team’s, in one workshop."));
        if ((c->kind == LDS_CARD_KIND_KEY_RESULT) != (c->parent_id != 0))
          FAIL ("parent_id", _("A proposed key result belongs to a proposed objective; a proposed "
                               "objective belongs to none."));
        if (c->parent_id != 0 && c->parent_id == c->id)
          FAIL ("parent_id", _("A proposal cannot belong to itself."));
        if ((c->state == LDS_CARD_STATE_MERGED) != (c->merged_into_id != 0))
          FAIL ("merged_into_id", _("A merged proposal names the proposal it went into."));
        if (c->merged_into_id != 0 && c->merged_into_id == c->id)
          FAIL ("merged_into_id", _("A proposal cannot be merged into itself."));
      }
      break;
    case LDS_RECORD_WORKSHOP_VOTE:
      {
        const LdsWorkshopVote *v = record;
        if (v->card_id == 0)
          FAIL ("card_id", _("A vote is for one proposal."));
        if (v->value < 0 || (v->kind == LDS_VOTE_KIND_CONFIDENCE && v->value > 10))
          FAIL ("value", v->kind == LDS_VOTE_KIND_CONFIDENCE
                           ? _("Confidence goes from 0 to 10.")
                           : _("A proposal cannot have fewer than no dots."));
      }
      break;
    case LDS_RECORD_WORKSHOP_DECISION:
      {
        const LdsWorkshopDecision *d = record;
        guint n_targets = (d->to_objective_id != 0) + (d->to_key_result_id != 0) +
                          (d->to_card_id != 0);
        if (d->card_id == 0)
          FAIL ("card_id", _("A decision is about one proposed objective."));
        if (d->kind == LDS_DECISION_KIND_SELF_DRIVEN && n_targets != 0)
          FAIL ("to_key_result_id", _("A self-driven objective aligns to nothing."));
        if (d->kind != LDS_DECISION_KIND_SELF_DRIVEN && n_targets != 1)
          FAIL ("to_key_result_id", _("An alignment or a dependency leads to one key result or "
                                      "one objective."));
        if (d->to_card_id != 0 && d->to_card_id == d->card_id)
          FAIL ("to_card_id", _("An objective cannot depend on itself."));
      }
      break;
    case LDS_RECORD_WORKSHOP_NOTE:
      {
        const LdsWorkshopNote *n = record;
        if (blank (n->text))
          FAIL ("text", _("A note needs a few words."));
        if (n->workshop_id == 0)
          FAIL ("workshop_id", _("A note belongs to a workshop."));
      }
      break;
    case LDS_N_RECORD_TYPES:
    default:
      g_assert_not_reached ();
    }

  return TRUE;
}
