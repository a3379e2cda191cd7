/* lds-records.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-records"

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-enum-types.h"
#include "lds-records.h"

G_STATIC_ASSERT (offsetof (LdsObjective, uuid) == offsetof (LdsRecord, uuid));
G_STATIC_ASSERT (offsetof (LdsRolloutItem, modified_at) == offsetof (LdsRecord, modified_at));
G_STATIC_ASSERT (offsetof (LdsWorkshopNote, modified_at) == offsetof (LdsRecord, modified_at));

#define F(Struct, member, kind_) \
  { #member, LDS_FIELD_##kind_, G_STRUCT_OFFSET (Struct, member), 0, NULL }
#define REF(Struct, member, target) \
  { #member, LDS_FIELD_REF, G_STRUCT_OFFSET (Struct, member), LDS_RECORD_##target, NULL }
#define ENUM(Struct, member, get_type) \
  { #member, LDS_FIELD_ENUM, G_STRUCT_OFFSET (Struct, member), 0, get_type }

static const LdsField unit_fields[] = {
  REF (LdsUnit, parent_id, UNIT),
  ENUM (LdsUnit, kind, lds_unit_kind_get_type),
  F (LdsUnit, name, TEXT),
  F (LdsUnit, position, INT),
};

static const LdsField person_fields[] = {
  REF (LdsPerson, unit_id, UNIT),
  F (LdsPerson, name, TEXT),
  ENUM (LdsPerson, role, lds_role_get_type),
  F (LdsPerson, champion, BOOL),
  F (LdsPerson, email, TEXT),
  F (LdsPerson, position, INT),
};

static const LdsField cycle_fields[] = {
  REF (LdsCycle, parent_id, CYCLE),
  ENUM (LdsCycle, kind, lds_cycle_kind_get_type),
  F (LdsCycle, name, TEXT),
  F (LdsCycle, start_date, DATE),
  F (LdsCycle, end_date, DATE),
  ENUM (LdsCycle, state, lds_cycle_state_get_type),
  F (LdsCycle, cadence_days, INT),
  F (LdsCycle, position, INT),
};

static const LdsField objective_fields[] = {
  REF (LdsObjective, cycle_id, CYCLE),
  REF (LdsObjective, owner_unit_id, UNIT),
  REF (LdsObjective, owner_person_id, PERSON),
  F (LdsObjective, title, TEXT),
  F (LdsObjective, description, TEXT),
  ENUM (LdsObjective, type, lds_objective_type_get_type),
  ENUM (LdsObjective, perspective, lds_perspective_get_type),
  ENUM (LdsObjective, visibility, lds_visibility_get_type),
  F (LdsObjective, private_reason, TEXT),
  F (LdsObjective, self_driven, BOOL),
  ENUM (LdsObjective, status, lds_objective_status_get_type),
  F (LdsObjective, mid_cycle, BOOL),
  F (LdsObjective, position, INT),
};

static const LdsField key_result_fields[] = {
  REF (LdsKeyResult, objective_id, OBJECTIVE),
  F (LdsKeyResult, title, TEXT),
  REF (LdsKeyResult, owner_id, PERSON),
  ENUM (LdsKeyResult, metric, lds_metric_get_type),
  F (LdsKeyResult, start_value, REAL),
  F (LdsKeyResult, target_value, REAL),
  F (LdsKeyResult, current_value, REAL),
  F (LdsKeyResult, unit_label, TEXT),
  ENUM (LdsKeyResult, direction, lds_direction_get_type),
  F (LdsKeyResult, weight, REAL),
  F (LdsKeyResult, score, REAL),
  F (LdsKeyResult, score_note, TEXT),
  F (LdsKeyResult, confidence, LEVEL),
  F (LdsKeyResult, tied_to_compensation, BOOL),
  F (LdsKeyResult, mid_cycle, BOOL),
  F (LdsKeyResult, position, INT),
};

static const LdsField link_fields[] = {
  ENUM (LdsLink, kind, lds_link_kind_get_type),
  REF (LdsLink, from_id, OBJECTIVE),
  REF (LdsLink, to_objective_id, OBJECTIVE),
  REF (LdsLink, to_key_result_id, KEY_RESULT),
};

static const LdsField checkin_fields[] = {
  REF (LdsCheckin, key_result_id, KEY_RESULT),
  F (LdsCheckin, at, TIME),
  F (LdsCheckin, value, REAL),
  F (LdsCheckin, confidence, LEVEL),
  F (LdsCheckin, note, TEXT),
  REF (LdsCheckin, author_id, PERSON),
};

static const LdsField action_plan_fields[] = {
  REF (LdsActionPlan, key_result_id, KEY_RESULT),
  F (LdsActionPlan, title, TEXT),
  REF (LdsActionPlan, owner_id, PERSON),
  F (LdsActionPlan, due_date, DATE),
  F (LdsActionPlan, done, BOOL),
  F (LdsActionPlan, position, INT),
};

static const LdsField kpi_fields[] = {
  REF (LdsKpi, unit_id, UNIT),
  F (LdsKpi, name, TEXT),
  F (LdsKpi, current_value, REAL),
  F (LdsKpi, target_value, REAL),
  F (LdsKpi, unit_label, TEXT),
  F (LdsKpi, tied_to_compensation, BOOL),
  F (LdsKpi, position, INT),
};

static const LdsField kpi_checkin_fields[] = {
  REF (LdsKpiCheckin, kpi_id, KPI),
  F (LdsKpiCheckin, at, TIME),
  F (LdsKpiCheckin, value, REAL),
  F (LdsKpiCheckin, note, TEXT),
  REF (LdsKpiCheckin, author_id, PERSON),
};

static const LdsField review_fields[] = {
  REF (LdsReview, person_id, PERSON),
  REF (LdsReview, cycle_id, CYCLE),
  F (LdsReview, answer_helped, TEXT),
  F (LdsReview, answer_contributed, TEXT),
  F (LdsReview, answer_improve, TEXT),
  F (LdsReview, one_to_one_notes, TEXT),
  F (LdsReview, completed_at, TIME),
};

static const LdsField revision_fields[] = {
  F (LdsRevision, record_table, TEXT),
  F (LdsRevision, record_uuid, TEXT),
  F (LdsRevision, field, TEXT),
  F (LdsRevision, old_value, TEXT),
  F (LdsRevision, new_value, TEXT),
  F (LdsRevision, reason, TEXT),
  F (LdsRevision, at, TIME),
  REF (LdsRevision, author_id, PERSON),
};

static const LdsField rollout_item_fields[] = {
  F (LdsRolloutItem, factor, INT),
  REF (LdsRolloutItem, owner_id, PERSON),
  F (LdsRolloutItem, due_date, DATE),
  F (LdsRolloutItem, notes, TEXT),
  F (LdsRolloutItem, done, BOOL),
};

static const LdsField workshop_fields[] = {
  REF (LdsWorkshop, cycle_id, CYCLE),
  ENUM (LdsWorkshop, phase, lds_workshop_phase_get_type),
  F (LdsWorkshop, timer_seconds, INT),
  F (LdsWorkshop, timer_ends_at, TIME),
  F (LdsWorkshop, timer_left, INT),
  F (LdsWorkshop, confirmed_at, TIME),
};

static const LdsField workshop_team_fields[] = {
  REF (LdsWorkshopTeam, workshop_id, WORKSHOP),
  REF (LdsWorkshopTeam, unit_id, UNIT),
  F (LdsWorkshopTeam, position, INT),
};

static const LdsField workshop_card_fields[] = {
  REF (LdsWorkshopCard, workshop_id, WORKSHOP),
  REF (LdsWorkshopCard, unit_id, UNIT),
  ENUM (LdsWorkshopCard, kind, lds_card_kind_get_type),
  REF (LdsWorkshopCard, parent_id, WORKSHOP_CARD),
  F (LdsWorkshopCard, title, TEXT),
  ENUM (LdsWorkshopCard, state, lds_card_state_get_type),
  REF (LdsWorkshopCard, merged_into_id, WORKSHOP_CARD),
  REF (LdsWorkshopCard, owner_id, PERSON),
  F (LdsWorkshopCard, revealed, BOOL),
  REF (LdsWorkshopCard, objective_id, OBJECTIVE),
  REF (LdsWorkshopCard, key_result_id, KEY_RESULT),
  F (LdsWorkshopCard, position, INT),
};

static const LdsField workshop_vote_fields[] = {
  REF (LdsWorkshopVote, card_id, WORKSHOP_CARD),
  ENUM (LdsWorkshopVote, kind, lds_vote_kind_get_type),
  F (LdsWorkshopVote, value, INT),
};

static const LdsField workshop_decision_fields[] = {
  REF (LdsWorkshopDecision, card_id, WORKSHOP_CARD),
  ENUM (LdsWorkshopDecision, kind, lds_decision_kind_get_type),
  REF (LdsWorkshopDecision, to_objective_id, OBJECTIVE),
  REF (LdsWorkshopDecision, to_key_result_id, KEY_RESULT),
  REF (LdsWorkshopDecision, to_card_id, WORKSHOP_CARD),
};

static const LdsField workshop_note_fields[] = {
  REF (LdsWorkshopNote, workshop_id, WORKSHOP),
  REF (LdsWorkshopNote, card_id, WORKSHOP_CARD),
  F (LdsWorkshopNote, text, TEXT),
};

#define INFO(TYPE, table, name, Struct, fields, order) \
  [LDS_RECORD_##TYPE] = { LDS_RECORD_##TYPE, table, name, sizeof (Struct), fields, \
                          G_N_ELEMENTS (fields), order }

static const LdsRecordInfo record_infos[LDS_N_RECORD_TYPES] = {
  INFO (UNIT, "units", "unit", LdsUnit, unit_fields, "position, id"),
  INFO (PERSON, "people", "person", LdsPerson, person_fields, "position, id"),
  INFO (CYCLE, "cycles", "cycle", LdsCycle, cycle_fields, "start_date, position, id"),
  INFO (OBJECTIVE, "objectives", "objective", LdsObjective, objective_fields, "position, id"),
  INFO (KEY_RESULT, "key_results", "key_result", LdsKeyResult, key_result_fields, "position, id"),
  INFO (LINK, "links", "link", LdsLink, link_fields, "id"),
  INFO (CHECKIN, "checkins", "checkin", LdsCheckin, checkin_fields, "at, id"),
  INFO (ACTION_PLAN, "action_plans", "action_plan", LdsActionPlan, action_plan_fields, "position, id"),
  INFO (KPI, "kpis", "kpi", LdsKpi, kpi_fields, "position, id"),
  INFO (KPI_CHECKIN, "kpi_checkins", "kpi_checkin", LdsKpiCheckin, kpi_checkin_fields, "at, id"),
  INFO (REVIEW, "reviews", "review", LdsReview, review_fields, "id"),
  INFO (REVISION, "revisions", "revision", LdsRevision, revision_fields, "at, id"),
  INFO (ROLLOUT_ITEM, "rollout_items", "rollout_item", LdsRolloutItem, rollout_item_fields, "factor, id"),
  INFO (WORKSHOP, "workshops", "workshop", LdsWorkshop, workshop_fields, "created_at, id"),
  INFO (WORKSHOP_TEAM, "workshop_teams", "workshop_team", LdsWorkshopTeam, workshop_team_fields,
        "position, id"),
  /* Cards in the order they were made: a card's parent comes before it. */
  INFO (WORKSHOP_CARD, "workshop_cards", "workshop_card", LdsWorkshopCard, workshop_card_fields,
        "id"),
  INFO (WORKSHOP_VOTE, "workshop_votes", "workshop_vote", LdsWorkshopVote, workshop_vote_fields,
        "id"),
  INFO (WORKSHOP_DECISION, "workshop_decisions", "workshop_decision", LdsWorkshopDecision,
        workshop_decision_fields, "id"),
  INFO (WORKSHOP_NOTE, "workshop_notes", "workshop_note", LdsWorkshopNote, workshop_note_fields,
        "created_at, id"),
};

const LdsRecordInfo *
lds_record_info (LdsRecordType type)
{
  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);

  return &record_infos[type];
}

const LdsRecordInfo *
lds_record_info_for_table (const char *table)
{
  g_return_val_if_fail (table != NULL, NULL);

  for (guint i = 0; i < LDS_N_RECORD_TYPES; i++)
    if (strcmp (record_infos[i].table, table) == 0)
      return &record_infos[i];
  return NULL;
}

const LdsField *
lds_record_info_find_field (const LdsRecordInfo *info,
                            const char          *name)
{
  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < info->n_fields; i++)
    if (strcmp (info->fields[i].name, name) == 0)
      return &info->fields[i];
  return NULL;
}

static gboolean
field_is_string (const LdsField *field)
{
  return field->kind == LDS_FIELD_TEXT || field->kind == LDS_FIELD_DATE;
}

gpointer
lds_record_new (LdsRecordType type)
{
  const LdsRecordInfo *info = lds_record_info (type);
  gpointer record;

  g_return_val_if_fail (info != NULL, NULL);

  record = g_malloc0 (info->size);
  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *field = &info->fields[i];

      if (field->kind == LDS_FIELD_TEXT)
        *LDS_FIELD_PTR (record, field, char *) = g_strdup ("");
      else if (field->kind == LDS_FIELD_REAL)
        *LDS_FIELD_PTR (record, field, double) = NAN;
      else if (field->kind == LDS_FIELD_LEVEL)
        *LDS_FIELD_PTR (record, field, int) = -1;
    }

  /* Defaults that are not "nothing". */
  if (type == LDS_RECORD_KEY_RESULT)
    ((LdsKeyResult *) record)->weight = 1.0;
  else if (type == LDS_RECORD_CYCLE)
    ((LdsCycle *) record)->cadence_days = 7;

  return record;
}

gpointer
lds_record_copy (LdsRecordType type,
                 gconstpointer record)
{
  const LdsRecordInfo *info = lds_record_info (type);
  gpointer copy;

  g_return_val_if_fail (info != NULL, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  copy = g_memdup2 (record, info->size);
  ((LdsRecord *) copy)->uuid = g_strdup (((const LdsRecord *) record)->uuid);
  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *field = &info->fields[i];

      if (field_is_string (field))
        {
          char **p = LDS_FIELD_PTR (copy, field, char *);
          *p = g_strdup (*p);
        }
    }
  return copy;
}

void
lds_record_free (LdsRecordType type,
                 gpointer      record)
{
  const LdsRecordInfo *info = lds_record_info (type);

  g_return_if_fail (info != NULL);

  if (record == NULL)
    return;

  g_free (((LdsRecord *) record)->uuid);
  for (guint i = 0; i < info->n_fields; i++)
    if (field_is_string (&info->fields[i]))
      g_free (*LDS_FIELD_PTR (record, &info->fields[i], char *));
  g_free (record);
}

static gboolean
real_equal (double a,
            double b)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return a == b;
}

static gboolean
field_equal (const LdsField *field,
             gconstpointer   a,
             gconstpointer   b)
{
  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
    case LDS_FIELD_DATE:
      return g_strcmp0 (*LDS_FIELD_PTR (a, field, char *), *LDS_FIELD_PTR (b, field, char *)) == 0;
    case LDS_FIELD_INT:
    case LDS_FIELD_LEVEL:
    case LDS_FIELD_ENUM:
      return *LDS_FIELD_PTR (a, field, int) == *LDS_FIELD_PTR (b, field, int);
    case LDS_FIELD_BOOL:
      return !*LDS_FIELD_PTR (a, field, gboolean) == !*LDS_FIELD_PTR (b, field, gboolean);
    case LDS_FIELD_REAL:
      return real_equal (*LDS_FIELD_PTR (a, field, double), *LDS_FIELD_PTR (b, field, double));
    case LDS_FIELD_TIME:
    case LDS_FIELD_REF:
      return *LDS_FIELD_PTR (a, field, gint64) == *LDS_FIELD_PTR (b, field, gint64);
    default:
      g_assert_not_reached ();
    }
}

/* Whether the two records hold the same values in every field after the
 * header. The header (id, uuid and times) is left out on purpose: this is
 * what "did the user change anything?" asks. */
gboolean
lds_record_equal (LdsRecordType type,
                  gconstpointer a,
                  gconstpointer b)
{
  const LdsRecordInfo *info = lds_record_info (type);

  g_return_val_if_fail (info != NULL, FALSE);
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  for (guint i = 0; i < info->n_fields; i++)
    if (!field_equal (&info->fields[i], a, b))
      return FALSE;
  return TRUE;
}

/* A field's value as text, in the form files store it: enum nicks, ISO
 * dates, "." as the decimal point. NULL when the value is not set. */
char *
lds_record_field_to_string (const LdsField *field,
                            gconstpointer   record)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (field != NULL && record != NULL, NULL);

  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
    case LDS_FIELD_DATE:
      return g_strdup (*LDS_FIELD_PTR (record, field, char *));
    case LDS_FIELD_INT:
      return g_strdup_printf ("%d", *LDS_FIELD_PTR (record, field, int));
    case LDS_FIELD_LEVEL:
      {
        int v = *LDS_FIELD_PTR (record, field, int);
        return v < 0 ? NULL : g_strdup_printf ("%d", v);
      }
    case LDS_FIELD_BOOL:
      return g_strdup (*LDS_FIELD_PTR (record, field, gboolean) ? "true" : "false");
    case LDS_FIELD_REAL:
      {
        double v = *LDS_FIELD_PTR (record, field, double);
        return isnan (v) ? NULL : g_strdup (g_ascii_dtostr (buf, sizeof buf, v));
      }
    case LDS_FIELD_TIME:
    case LDS_FIELD_REF:
      {
        gint64 v = *LDS_FIELD_PTR (record, field, gint64);
        return v == 0 ? NULL : g_strdup_printf ("%" G_GINT64_FORMAT, v);
      }
    case LDS_FIELD_ENUM:
      return g_strdup (lds_enum_to_nick (field->enum_type (), *LDS_FIELD_PTR (record, field, int)));
    default:
      g_assert_not_reached ();
    }
}

#define DEFINE_RECORD(TypeName, type_name, TYPE)                              \
  TypeName *type_name##_new (void)                                            \
  {                                                                           \
    return lds_record_new (LDS_RECORD_##TYPE);                                \
  }                                                                           \
  TypeName *type_name##_copy (const TypeName *record)                         \
  {                                                                           \
    return lds_record_copy (LDS_RECORD_##TYPE, record);                       \
  }                                                                           \
  void type_name##_free (TypeName *record)                                    \
  {                                                                           \
    lds_record_free (LDS_RECORD_##TYPE, record);                              \
  }                                                                           \
  G_DEFINE_BOXED_TYPE (TypeName, type_name, type_name##_copy, type_name##_free)

DEFINE_RECORD (LdsUnit, lds_unit, UNIT)
DEFINE_RECORD (LdsPerson, lds_person, PERSON)
DEFINE_RECORD (LdsCycle, lds_cycle, CYCLE)
DEFINE_RECORD (LdsObjective, lds_objective, OBJECTIVE)
DEFINE_RECORD (LdsKeyResult, lds_key_result, KEY_RESULT)
DEFINE_RECORD (LdsLink, lds_link, LINK)
DEFINE_RECORD (LdsCheckin, lds_checkin, CHECKIN)
DEFINE_RECORD (LdsActionPlan, lds_action_plan, ACTION_PLAN)
DEFINE_RECORD (LdsKpi, lds_kpi, KPI)
DEFINE_RECORD (LdsKpiCheckin, lds_kpi_checkin, KPI_CHECKIN)
DEFINE_RECORD (LdsReview, lds_review, REVIEW)
DEFINE_RECORD (LdsRevision, lds_revision, REVISION)
DEFINE_RECORD (LdsRolloutItem, lds_rollout_item, ROLLOUT_ITEM)
DEFINE_RECORD (LdsWorkshop, lds_workshop, WORKSHOP)
DEFINE_RECORD (LdsWorkshopTeam, lds_workshop_team, WORKSHOP_TEAM)
DEFINE_RECORD (LdsWorkshopCard, lds_workshop_card, WORKSHOP_CARD)
DEFINE_RECORD (LdsWorkshopVote, lds_workshop_vote, WORKSHOP_VOTE)
DEFINE_RECORD (LdsWorkshopDecision, lds_workshop_decision, WORKSHOP_DECISION)
DEFINE_RECORD (LdsWorkshopNote, lds_workshop_note, WORKSHOP_NOTE)

/* The typed free function of @type, for GPtrArray and GHashTable. */
GDestroyNotify
lds_record_free_func (LdsRecordType type)
{
  static const GDestroyNotify funcs[LDS_N_RECORD_TYPES] = {
    [LDS_RECORD_UNIT] = (GDestroyNotify) lds_unit_free,
    [LDS_RECORD_PERSON] = (GDestroyNotify) lds_person_free,
    [LDS_RECORD_CYCLE] = (GDestroyNotify) lds_cycle_free,
    [LDS_RECORD_OBJECTIVE] = (GDestroyNotify) lds_objective_free,
    [LDS_RECORD_KEY_RESULT] = (GDestroyNotify) lds_key_result_free,
    [LDS_RECORD_LINK] = (GDestroyNotify) lds_link_free,
    [LDS_RECORD_CHECKIN] = (GDestroyNotify) lds_checkin_free,
    [LDS_RECORD_ACTION_PLAN] = (GDestroyNotify) lds_action_plan_free,
    [LDS_RECORD_KPI] = (GDestroyNotify) lds_kpi_free,
    [LDS_RECORD_KPI_CHECKIN] = (GDestroyNotify) lds_kpi_checkin_free,
    [LDS_RECORD_REVIEW] = (GDestroyNotify) lds_review_free,
    [LDS_RECORD_REVISION] = (GDestroyNotify) lds_revision_free,
    [LDS_RECORD_ROLLOUT_ITEM] = (GDestroyNotify) lds_rollout_item_free,
    [LDS_RECORD_WORKSHOP] = (GDestroyNotify) lds_workshop_free,
    [LDS_RECORD_WORKSHOP_TEAM] = (GDestroyNotify) lds_workshop_team_free,
    [LDS_RECORD_WORKSHOP_CARD] = (GDestroyNotify) lds_workshop_card_free,
    [LDS_RECORD_WORKSHOP_VOTE] = (GDestroyNotify) lds_workshop_vote_free,
    [LDS_RECORD_WORKSHOP_DECISION] = (GDestroyNotify) lds_workshop_decision_free,
    [LDS_RECORD_WORKSHOP_NOTE] = (GDestroyNotify) lds_workshop_note_free,
  };

  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);

  return funcs[type];
}

/* Replaces the text of a record's field. */
void
lds_set_text (char       **field,
              const char  *value)
{
  g_return_if_fail (field != NULL);

  if (*field == value)
    return;
  g_free (*field);
  *field = g_strdup (value);
}

/* Replaces the text of a record's field with @value, taking it. */
void
lds_take_text (char **field,
               char  *value)
{
  g_return_if_fail (field != NULL);

  if (*field == value)
    return;
  g_free (*field);
  *field = value;
}
