/* lds-coach.h: the OKR coach's rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The coach checks an organisation's OKRs against the rules of the method
 * (OKR-METHOD.md, "Limits that coaches enforce", "Tracking and scoring",
 * "Reviews") and says, for each problem it finds, what is wrong and how to
 * fix it. Each rule has a stable id ("too-many-objectives", …) that files,
 * scripts and tests may rely on, and a severity.
 *
 * The rules read an LdsCoachSnapshot: the records they need, held in
 * memory, with the latest check-in of each key result, the organisation's
 * settings (limits, cadence) and the moment "now". The store fills one
 * (lds_store_coach_snapshot() in lds-store-coach.h); tests build their own.
 * Code that has a store calls lds_coach_check_store() there.
 *
 * Findings come sorted: errors, warnings, then hints; within a severity in
 * the order of the rule table, then by owner and title. The window, the
 * command line and the reports all show them in that order.
 */

#pragma once

#include <glib.h>

#include "lds-file-settings.h"
#include "lds-records.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_COACH_SEVERITY_ERROR,     /* the OKR is unfinished or broken: fix before the cycle starts */
  LDS_COACH_SEVERITY_WARNING,   /* against the method's rules: talk it over with the owner */
  LDS_COACH_SEVERITY_HINT,      /* worth a question in the review */
  LDS_COACH_N_SEVERITIES
} LdsCoachSeverity;

typedef enum
{
  LDS_COACH_RULE_TOO_MANY_OBJECTIVES,
  LDS_COACH_RULE_TOO_MANY_KEY_RESULTS,
  LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS,
  LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER,
  LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE,
  LDS_COACH_RULE_KEY_RESULT_IS_TASK,
  LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER,
  LDS_COACH_RULE_NOT_ALIGNED,
  LDS_COACH_RULE_TIED_TO_COMPENSATION,
  LDS_COACH_RULE_STALE_CHECK_IN,
  LDS_COACH_RULE_SCORE_TOO_HIGH,
  LDS_COACH_RULE_SCORE_TOO_LOW,
  LDS_COACH_RULE_PRIVATE_OKR,
  LDS_COACH_RULE_DUPLICATE_OBJECTIVE,
  LDS_COACH_N_RULES
} LdsCoachRule;

/* A set of rules, one bit (1 << LdsCoachRule) each. */
typedef guint32 LdsCoachRuleSet;

typedef struct
{
  LdsCoachRule      rule;
  const char       *id;          /* stable: "too-many-objectives" */
  LdsCoachSeverity  severity;
  const char       *name;        /* untranslated; lds_coach_rule_name() translates */
  const char       *summary;     /* what it finds, untranslated */
} LdsCoachRuleInfo;

/* One problem the coach found. The record is a unit or person (for rules
 * about an owner), an objective or a key result. */
typedef struct
{
  LdsCoachRule      rule;
  LdsCoachSeverity  severity;
  LdsRecordType     record_type;
  LdsId             record_id;
  char             *record_uuid;
  char             *title;         /* the record's own title, or name */
  LdsRecordType     owner_type;    /* LDS_RECORD_UNIT or LDS_RECORD_PERSON */
  LdsId             owner_id;
  char             *owner;         /* the unit's path ("Company/Sales") or the person's name */
  LdsId             objective_id;  /* the objective the record is or belongs to; 0: none */
  LdsId             cycle_id;
  LdsId             person_id;     /* a key result's owner; 0: none */
  char             *message;       /* translated: what is wrong and how to fix it */
} LdsCoachFinding;

/* What to check: one cycle or all, the whole organisation or one unit
 * (with everything below it and its people) or one person. */
typedef struct
{
  LdsId          cycle_id;     /* 0: every cycle */
  LdsRecordType  owner_type;   /* LDS_RECORD_UNIT or LDS_RECORD_PERSON */
  LdsId          owner_id;     /* 0: the whole organisation */
} LdsCoachScope;

#define LDS_COACH_SCOPE_ALL ((LdsCoachScope) { 0, LDS_RECORD_UNIT, 0 })

/* The records the rules read. Every array owns its records. */
typedef struct
{
  GPtrArray       *units;          /* LdsUnit */
  GPtrArray       *people;         /* LdsPerson */
  GPtrArray       *cycles;         /* LdsCycle */
  GPtrArray       *objectives;     /* LdsObjective */
  GPtrArray       *key_results;    /* LdsKeyResult, of those objectives */
  GPtrArray       *links;          /* LdsLink */
  GHashTable      *last_checkins;  /* key result id → time of its latest check-in */
  LdsFileSettings  settings;
  gint64           now;
} LdsCoachSnapshot;

/* How well a unit (with everything below it) follows the rules. */
typedef struct
{
  LdsCoachRuleSet  broken;         /* the rules with at least one finding */
  guint            n_findings;
  guint            n_objectives;   /* objectives checked; none: no score */
} LdsCoachHealth;

/* Rules */
const LdsCoachRuleInfo *lds_coach_rule_info          (LdsCoachRule        rule);
gboolean                lds_coach_rule_from_id       (const char         *id,
                                                      LdsCoachRule       *rule);
const char             *lds_coach_rule_name          (LdsCoachRule        rule);
const char             *lds_coach_rule_summary       (LdsCoachRule        rule);
const char             *lds_coach_severity_to_string (LdsCoachSeverity    severity);
const char             *lds_coach_severity_label     (LdsCoachSeverity    severity);

/* Snapshots */
LdsCoachSnapshot *lds_coach_snapshot_new              (void);
void              lds_coach_snapshot_free             (LdsCoachSnapshot       *snapshot);
void              lds_coach_snapshot_set_last_checkin (LdsCoachSnapshot       *snapshot,
                                                       LdsId                   key_result_id,
                                                       gint64                  at);

/* Checking */
GPtrArray        *lds_coach_check                     (const LdsCoachSnapshot *snapshot,
                                                       const LdsCoachScope    *scope);
GPtrArray        *lds_coach_select                    (const LdsCoachSnapshot *snapshot,
                                                       GPtrArray              *findings,
                                                       const LdsCoachScope    *scope);
guint             lds_coach_count_objectives          (const LdsCoachSnapshot *snapshot,
                                                       const LdsCoachScope    *scope);
LdsCoachFinding  *lds_coach_finding_copy              (const LdsCoachFinding  *finding);
void              lds_coach_finding_free              (LdsCoachFinding        *finding);

/* What the findings add up to */
double            lds_coach_health_score              (const LdsCoachHealth   *health);
guint             lds_coach_health_n_passed           (const LdsCoachHealth   *health);
void              lds_coach_health_of                 (GPtrArray              *findings,
                                                       guint                   n_objectives,
                                                       LdsCoachHealth         *health);
GHashTable       *lds_coach_health_by_unit            (const LdsCoachSnapshot *snapshot,
                                                       GPtrArray              *findings,
                                                       LdsId                   cycle_id);
GHashTable       *lds_coach_count_by_record           (GPtrArray              *findings);
GHashTable       *lds_coach_count_by_objective        (GPtrArray              *findings);
guint             lds_coach_count_lookup              (GHashTable             *counts,
                                                       LdsRecordType           type,
                                                       LdsId                   id);

/* The wording rules, on their own (for tests and hints while typing) */
char             *lds_coach_find_number               (const char             *title);
char             *lds_coach_find_activity             (const char             *title);
gboolean          lds_coach_titles_alike              (const char             *a,
                                                       const char             *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsCoachSnapshot, lds_coach_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsCoachFinding, lds_coach_finding_free)

G_END_DECLS
