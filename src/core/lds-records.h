/* lds-records.h: the records of an organisation's OKRs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every record is a plain struct that starts with LDS_RECORD_HEADER. Each type
 * is described by an LdsRecordInfo (its table and its fields with their kinds
 * and offsets), so that the store, JSON interchange and copies work on every
 * type through one piece of code. Conventions for values that may be absent:
 *
 *   LDS_FIELD_REF      LdsId, 0 when none
 *   LDS_FIELD_REAL     double, NAN when not set
 *   LDS_FIELD_LEVEL    int, -1 when not set (confidence 0..10)
 *   LDS_FIELD_TIME     gint64 seconds since the epoch (UTC), 0 when not set
 *   LDS_FIELD_DATE     char * "YYYY-MM-DD", NULL when not set
 *   LDS_FIELD_TEXT     char *, never NULL in a record read from the store
 */

#pragma once

#include <glib-object.h>

#include "lds-enums.h"

G_BEGIN_DECLS

typedef gint64 LdsId;

typedef enum
{
  LDS_RECORD_UNIT,
  LDS_RECORD_PERSON,
  LDS_RECORD_CYCLE,
  LDS_RECORD_OBJECTIVE,
  LDS_RECORD_KEY_RESULT,
  LDS_RECORD_LINK,
  LDS_RECORD_CHECKIN,
  LDS_RECORD_ACTION_PLAN,
  LDS_RECORD_KPI,
  LDS_RECORD_KPI_CHECKIN,
  LDS_RECORD_REVIEW,
  LDS_RECORD_REVISION,
  LDS_RECORD_ROLLOUT_ITEM,
  LDS_RECORD_WORKSHOP,
  LDS_RECORD_WORKSHOP_TEAM,
  LDS_RECORD_WORKSHOP_CARD,
  LDS_RECORD_WORKSHOP_VOTE,
  LDS_RECORD_WORKSHOP_DECISION,
  LDS_RECORD_WORKSHOP_NOTE,
  LDS_N_RECORD_TYPES
} LdsRecordType;

#define LDS_RECORD_HEADER \
  LdsId   id;             \
  char   *uuid;           \
  gint64  created_at;     \
  gint64  modified_at

/* Any record, seen through its header. */
typedef struct
{
  LDS_RECORD_HEADER;
} LdsRecord;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId        parent_id;
  LdsUnitKind  kind;
  char        *name;
  int          position;
} LdsUnit;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId     unit_id;
  char     *name;
  LdsRole   role;
  gboolean  champion;
  char     *email;
  int       position;
} LdsPerson;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId          parent_id;
  LdsCycleKind   kind;
  char          *name;
  char          *start_date;
  char          *end_date;
  LdsCycleState  state;
  int            cadence_days;
  int            position;
} LdsCycle;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId               cycle_id;
  LdsId               owner_unit_id;    /* exactly one of the two owners is set */
  LdsId               owner_person_id;
  char               *title;
  char               *description;
  LdsObjectiveType    type;
  LdsPerspective      perspective;
  LdsVisibility       visibility;
  char               *private_reason;
  gboolean            self_driven;
  LdsObjectiveStatus  status;
  gboolean            mid_cycle;
  int                 position;
} LdsObjective;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId         objective_id;
  char         *title;
  LdsId         owner_id;
  LdsMetric     metric;
  double        start_value;
  double        target_value;
  double        current_value;
  char         *unit_label;
  LdsDirection  direction;
  double        weight;
  double        score;           /* self-assessed 0..1, NAN when none */
  char         *score_note;
  int           confidence;      /* 0..10, -1 when none */
  gboolean      tied_to_compensation;
  gboolean      mid_cycle;
  int           position;
} LdsKeyResult;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsLinkKind  kind;
  LdsId        from_id;            /* the objective that aligns or depends */
  LdsId        to_objective_id;    /* exactly one of the two targets is set */
  LdsId        to_key_result_id;
} LdsLink;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId   key_result_id;
  gint64  at;
  double  value;
  int     confidence;
  char   *note;
  LdsId   author_id;
} LdsCheckin;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId     key_result_id;
  char     *title;
  LdsId     owner_id;
  char     *due_date;
  gboolean  done;
  int       position;
} LdsActionPlan;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId     unit_id;
  char     *name;
  double    current_value;
  double    target_value;
  char     *unit_label;
  gboolean  tied_to_compensation;
  int       position;
} LdsKpi;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId   kpi_id;
  gint64  at;
  double  value;
  char   *note;
  LdsId   author_id;
} LdsKpiCheckin;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId   person_id;
  LdsId   cycle_id;
  char   *answer_helped;       /* How did OKRs help you get better results? */
  char   *answer_contributed;  /* Which key result did you contribute to most, and how? */
  char   *answer_improve;      /* What one thing will you do better next cycle? */
  char   *one_to_one_notes;
  gint64  completed_at;
} LdsReview;

typedef struct
{
  LDS_RECORD_HEADER;
  char   *record_table;
  char   *record_uuid;
  char   *field;
  char   *old_value;
  char   *new_value;
  char   *reason;
  gint64  at;
  LdsId   author_id;
} LdsRevision;

typedef struct
{
  LDS_RECORD_HEADER;
  int       factor;      /* 1..9, the roll-out factors of the method */
  LdsId     owner_id;
  char     *due_date;
  char     *notes;
  gboolean  done;
} LdsRolloutItem;

/* A co-creation workshop: one meeting of one or more teams drafting their
 * OKRs for a cycle, kept from its first second so that it can be resumed. */
typedef struct
{
  LDS_RECORD_HEADER;
  LdsId             cycle_id;
  LdsWorkshopPhase  phase;
  int               timer_seconds;   /* the countdown chosen for the phase; 0: none */
  gint64            timer_ends_at;   /* when a running countdown ends; 0: not running */
  int               timer_left;      /* seconds left of a paused countdown */
  gint64            confirmed_at;    /* when its cards became OKRs; 0: not yet */
} LdsWorkshop;

/* A team taking part in a workshop. */
typedef struct
{
  LDS_RECORD_HEADER;
  LdsId   workshop_id;
  LdsId   unit_id;
  int     position;
} LdsWorkshopTeam;

/* A proposal: an objective, or a key result under an objective card. */
typedef struct
{
  LDS_RECORD_HEADER;
  LdsId         workshop_id;
  LdsId         unit_id;          /* the team whose proposal it is */
  LdsCardKind   kind;
  LdsId         parent_id;        /* a key result's objective card; 0 for an objective */
  char         *title;
  LdsCardState  state;
  LdsId         merged_into_id;   /* LDS_CARD_STATE_MERGED: the card it went into */
  LdsId         owner_id;         /* a key result's owner, when chosen */
  gboolean      revealed;         /* its confidence votes are shown */
  LdsId         objective_id;     /* what confirming made of it */
  LdsId         key_result_id;
  int           position;
} LdsWorkshopCard;

/* Dots on a card (one row per card), or one person's hidden confidence. */
typedef struct
{
  LDS_RECORD_HEADER;
  LdsId        card_id;
  LdsVoteKind  kind;
  int          value;
} LdsWorkshopVote;

/* Where an objective card aligns (a parent key result or objective), that it
 * is self-driven, or what it depends on (another team's objective or card). */
typedef struct
{
  LDS_RECORD_HEADER;
  LdsId            card_id;
  LdsDecisionKind  kind;
  LdsId            to_objective_id;
  LdsId            to_key_result_id;
  LdsId            to_card_id;
} LdsWorkshopDecision;

typedef struct
{
  LDS_RECORD_HEADER;
  LdsId   workshop_id;
  LdsId   card_id;        /* the card it is about; 0: the whole workshop */
  char   *text;
} LdsWorkshopNote;

typedef enum
{
  LDS_FIELD_TEXT,
  LDS_FIELD_INT,
  LDS_FIELD_LEVEL,
  LDS_FIELD_BOOL,
  LDS_FIELD_REAL,
  LDS_FIELD_TIME,
  LDS_FIELD_DATE,
  LDS_FIELD_REF,
  LDS_FIELD_ENUM,
} LdsFieldKind;

typedef struct
{
  const char     *name;          /* column name, and key in JSON */
  LdsFieldKind    kind;
  gsize           offset;
  LdsRecordType   ref_type;      /* LDS_FIELD_REF: what it points at */
  GType         (*enum_type) (void);
} LdsField;

typedef struct
{
  LdsRecordType   type;
  const char     *table;         /* SQL table and JSON collection: "key_results" */
  const char     *name;          /* one record: "key_result" */
  gsize           size;
  const LdsField *fields;        /* after the header (id, uuid, created_at, modified_at) */
  guint           n_fields;
  const char     *order_by;      /* the natural order of a list */
} LdsRecordInfo;

const LdsRecordInfo *lds_record_info            (LdsRecordType        type);
const LdsRecordInfo *lds_record_info_for_table  (const char          *table);
const LdsField      *lds_record_info_find_field (const LdsRecordInfo *info,
                                                 const char          *name);

gpointer  lds_record_new   (LdsRecordType  type);
gpointer  lds_record_copy  (LdsRecordType  type,
                            gconstpointer  record);
void      lds_record_free  (LdsRecordType  type,
                            gpointer       record);
GDestroyNotify lds_record_free_func (LdsRecordType type);
gboolean  lds_record_equal (LdsRecordType  type,
                            gconstpointer  a,
                            gconstpointer  b);
char     *lds_record_field_to_string (const LdsField *field,
                                      gconstpointer   record);

void      lds_set_text     (char         **field,
                            const char    *value);
void      lds_take_text    (char         **field,
                            char          *value);

#define LDS_FIELD_PTR(record, field, ctype) \
  ((ctype *) (gpointer) ((guint8 *) (record) + (field)->offset))

#define LDS_DECLARE_RECORD(TypeName, type_name)              \
  GType     type_name##_get_type (void) G_GNUC_CONST;        \
  TypeName *type_name##_new      (void);                     \
  TypeName *type_name##_copy     (const TypeName *record);   \
  void      type_name##_free     (TypeName       *record);   \
  G_DEFINE_AUTOPTR_CLEANUP_FUNC (TypeName, type_name##_free)

LDS_DECLARE_RECORD (LdsUnit, lds_unit)
LDS_DECLARE_RECORD (LdsPerson, lds_person)
LDS_DECLARE_RECORD (LdsCycle, lds_cycle)
LDS_DECLARE_RECORD (LdsObjective, lds_objective)
LDS_DECLARE_RECORD (LdsKeyResult, lds_key_result)
LDS_DECLARE_RECORD (LdsLink, lds_link)
LDS_DECLARE_RECORD (LdsCheckin, lds_checkin)
LDS_DECLARE_RECORD (LdsActionPlan, lds_action_plan)
LDS_DECLARE_RECORD (LdsKpi, lds_kpi)
LDS_DECLARE_RECORD (LdsKpiCheckin, lds_kpi_checkin)
LDS_DECLARE_RECORD (LdsReview, lds_review)
LDS_DECLARE_RECORD (LdsRevision, lds_revision)
LDS_DECLARE_RECORD (LdsRolloutItem, lds_rollout_item)
LDS_DECLARE_RECORD (LdsWorkshop, lds_workshop)
LDS_DECLARE_RECORD (LdsWorkshopTeam, lds_workshop_team)
LDS_DECLARE_RECORD (LdsWorkshopCard, lds_workshop_card)
LDS_DECLARE_RECORD (LdsWorkshopVote, lds_workshop_vote)
LDS_DECLARE_RECORD (LdsWorkshopDecision, lds_workshop_decision)
LDS_DECLARE_RECORD (LdsWorkshopNote, lds_workshop_note)

G_END_DECLS
