/* lds-enums.h: the closed vocabularies of the OKR method
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each enum is registered as a GEnum (see lds-enum-types.h, generated). Its
 * value nicks ("committed", "quarter", …) are what the database, CSV and JSON
 * files store; lds_enum_label() gives the translated word shown to people.
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  LDS_UNIT_KIND_COMPANY,
  LDS_UNIT_KIND_DEPARTMENT,
  LDS_UNIT_KIND_TEAM,
} LdsUnitKind;

typedef enum
{
  LDS_ROLE_EXECUTIVE,
  LDS_ROLE_MANAGER,
  LDS_ROLE_MEMBER,
} LdsRole;

typedef enum
{
  LDS_CYCLE_KIND_STRATEGY,
  LDS_CYCLE_KIND_YEAR,
  LDS_CYCLE_KIND_HALF,
  LDS_CYCLE_KIND_QUARTER,
} LdsCycleKind;

typedef enum
{
  LDS_CYCLE_STATE_PLANNING,
  LDS_CYCLE_STATE_ACTIVE,
  LDS_CYCLE_STATE_REVIEW,
  LDS_CYCLE_STATE_CLOSED,
} LdsCycleState;

typedef enum
{
  LDS_OBJECTIVE_TYPE_COMMITTED,
  LDS_OBJECTIVE_TYPE_ASPIRATIONAL,
} LdsObjectiveType;

typedef enum
{
  LDS_PERSPECTIVE_NONE,
  LDS_PERSPECTIVE_FINANCIAL,
  LDS_PERSPECTIVE_CUSTOMER,
  LDS_PERSPECTIVE_PROCESS,
  LDS_PERSPECTIVE_LEARNING,
} LdsPerspective;

typedef enum
{
  LDS_VISIBILITY_PUBLIC,
  LDS_VISIBILITY_PRIVATE,
} LdsVisibility;

typedef enum
{
  LDS_OBJECTIVE_STATUS_DRAFT,
  LDS_OBJECTIVE_STATUS_ACTIVE,
  LDS_OBJECTIVE_STATUS_CLOSED,
  LDS_OBJECTIVE_STATUS_CANCELLED,
} LdsObjectiveStatus;

typedef enum
{
  LDS_METRIC_NUMBER,
  LDS_METRIC_PERCENT,
  LDS_METRIC_CURRENCY,
  LDS_METRIC_MILESTONE,
} LdsMetric;

typedef enum
{
  LDS_DIRECTION_INCREASE,
  LDS_DIRECTION_DECREASE,
} LdsDirection;

typedef enum
{
  LDS_LINK_KIND_ALIGNS,
  LDS_LINK_KIND_DEPENDS,
} LdsLinkKind;

/* The co-creation workshop (OKR-METHOD.md, "The co-creation meeting"):
 * its phases in order, its cards, their votes and the decisions taken. */
typedef enum
{
  LDS_WORKSHOP_PHASE_OBJECTIVES,       /* propose objectives */
  LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE,   /* vote and choose at most five */
  LDS_WORKSHOP_PHASE_KEY_RESULTS,      /* propose key results for each chosen objective */
  LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE,  /* vote and choose at most four each; confidence */
  LDS_WORKSHOP_PHASE_ALIGN,            /* up to a parent key result, or self-driven; left and right */
  LDS_WORKSHOP_PHASE_CONFIRM,          /* look over the result before it becomes OKRs */
  LDS_WORKSHOP_PHASE_DONE,             /* confirmed: the drafts exist */
} LdsWorkshopPhase;

typedef enum
{
  LDS_CARD_KIND_OBJECTIVE,
  LDS_CARD_KIND_KEY_RESULT,
} LdsCardKind;

typedef enum
{
  LDS_CARD_STATE_PROPOSED,
  LDS_CARD_STATE_CHOSEN,
  LDS_CARD_STATE_PARKED,     /* in the parking lot */
  LDS_CARD_STATE_MERGED,     /* merged into another card */
} LdsCardState;

typedef enum
{
  LDS_VOTE_KIND_DOTS,        /* the dots a card received, one row per card */
  LDS_VOTE_KIND_CONFIDENCE,  /* one person's hidden confidence, 0..10 */
} LdsVoteKind;

typedef enum
{
  LDS_DECISION_KIND_ALIGNS,       /* the objective serves a parent key result or objective */
  LDS_DECISION_KIND_SELF_DRIVEN,  /* it serves no parent, on purpose */
  LDS_DECISION_KIND_DEPENDS,      /* it depends on a neighbouring team's objective */
} LdsDecisionKind;

typedef enum
{
  LDS_SCORE_BAND_NONE,   /* no score yet: drafts, not started, unmeasurable */
  LDS_SCORE_BAND_RED,
  LDS_SCORE_BAND_AMBER,
  LDS_SCORE_BAND_GREEN,
} LdsScoreBand;

const char *lds_enum_to_nick   (GType        enum_type,
                                int          value);
gboolean    lds_enum_from_nick (GType        enum_type,
                                const char  *nick,
                                int         *value);
const char *lds_enum_label     (GType        enum_type,
                                int          value);
guint       lds_enum_n_values  (GType        enum_type);

G_END_DECLS

#include "lds-enum-types.h"
