/* lds-map-model.h: what the alignment map shows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A forest of nodes, one per objective, each with its key results. A node
 * sits under the key result (or objective) it aligns to; an objective
 * aligned to several parents sits under one of them and has an extra link
 * to each of the others; an objective that aligns to nothing sits under
 * its owner's unit (placed there, not linked), marked self-driven or, when
 * it is not marked so, unaligned. Depends-on links join nodes sideways.
 *
 * The model is built once per data change (lds_map_model_new_from_store()
 * or, for tests, node by node), then finished: children ordered, depths
 * and sizes computed. Sizes come from real text measurement, so long
 * titles wrap inside their node. Values (current value, score, confidence)
 * can be replaced afterwards, e.g. with the values of another day, without
 * changing the shape: lds_map_model_set_key_result_values().
 *
 * Node and key-result indexes are plain guints; LDS_MAP_NONE is "none".
 */

#pragma once

#include <glib-object.h>

#include "lds-file-settings.h"
#include "lds-map-text.h"
#include "lds-records.h"
#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_MAP_NONE G_MAXUINT

/* The geometry of a node, in points. Every node is as wide; its height
 * follows its text. */
#define LDS_MAP_NODE_WIDTH        300.0
#define LDS_MAP_NODE_PADDING       12.0
#define LDS_MAP_STRIP_HEIGHT        6.0   /* the score band's colour along the top */
#define LDS_MAP_OWNER_HEIGHT       20.0
#define LDS_MAP_CHIP_HEIGHT        18.0
#define LDS_MAP_GAP                 6.0
#define LDS_MAP_KR_GAP              8.0
#define LDS_MAP_KR_INDENT          24.0   /* the key result's number sits left of it */
#define LDS_MAP_BAR_HEIGHT         14.0   /* progress bar and value line */
#define LDS_MAP_TITLE_LINES         4
#define LDS_MAP_KR_LINES            2

typedef enum
{
  LDS_MAP_LEVEL_COMPANY,
  LDS_MAP_LEVEL_DEPARTMENT,
  LDS_MAP_LEVEL_TEAM,
  LDS_MAP_LEVEL_PERSON,
} LdsMapLevel;

typedef enum
{
  LDS_MAP_NODE_SELF_DRIVEN  = 1 << 0,   /* marked self-driven: aligns to nothing on purpose */
  LDS_MAP_NODE_UNALIGNED    = 1 << 1,   /* aligns to nothing and is not marked self-driven */
  LDS_MAP_NODE_CONTEXT      = 1 << 2,   /* outside the filter: shown because it is a parent */
  LDS_MAP_NODE_DRAFT        = 1 << 3,
  LDS_MAP_NODE_MID_CYCLE    = 1 << 4,   /* added in the middle of the cycle */
  LDS_MAP_NODE_OVERDUE      = 1 << 5,   /* check-ins overdue (set by whoever knows) */
  LDS_MAP_NODE_PRIVATE      = 1 << 6,
  LDS_MAP_NODE_ASPIRATIONAL = 1 << 7,
  LDS_MAP_NODE_CANCELLED    = 1 << 8,
  LDS_MAP_NODE_CLOSED       = 1 << 9,
} LdsMapNodeFlags;

typedef enum
{
  LDS_MAP_PARENT_NONE,      /* a root */
  LDS_MAP_PARENT_ALIGNS,    /* it aligns to its parent (the key result parent_kr, or the objective) */
  LDS_MAP_PARENT_PLACED,    /* it aligns to nothing; placed under its owner's unit */
} LdsMapParentKind;

typedef struct
{
  LdsId         id;
  guint         node;            /* the objective it belongs to */
  const char   *title;
  const char   *unit_label;
  LdsMetric     metric;
  LdsDirection  direction;
  double        start_value;
  double        target_value;
  double        current_value;
  double        self_score;      /* self-assessed, NAN when none */
  double        weight;
  int           confidence;      /* 0..10, -1 when none */
  double        progress;        /* 0..1, NAN when nothing to measure */
  double        score;           /* the self-assessment, else the progress */
  float         title_height;    /* measured */
} LdsMapKeyResult;

typedef struct
{
  LdsId              id;
  LdsId              cycle_id;
  const char        *title;
  const char        *owner_name;
  const char        *cycle_name;
  LdsRecordType      owner_type;     /* LDS_RECORD_UNIT or LDS_RECORD_PERSON */
  LdsId              owner_id;
  LdsId              owner_unit_id;  /* the owning unit, or the owning person's unit */
  guint32            owner_rank;     /* siblings are ordered by owner, then position */
  int                position;
  LdsMapLevel        level;
  LdsMapNodeFlags    flags;
  double             score;          /* weighted mean of the key results, NAN when none */
  guint              badge;          /* a count to show in a corner (coach findings); 0: none */
  guint              first_kr;
  guint              n_krs;
  guint              parent;
  int                parent_kr;      /* index among the parent's key results; -1: the objective */
  LdsMapParentKind   parent_kind;
  guint              first_child;
  guint              next_sibling;
  guint              n_children;
  guint              n_descendants;
  guint              depth;
  float              title_height;   /* measured */
  float              height;         /* the whole node */
} LdsMapNode;

typedef enum
{
  LDS_MAP_LINK_ALIGNS,      /* a further parent of an objective drawn under another */
  LDS_MAP_LINK_DEPENDS,     /* from depends on to, sideways */
} LdsMapLinkKind;

typedef struct
{
  LdsMapLinkKind  kind;
  guint           from;
  guint           to;
  int             to_kr;     /* index among to's key results; -1: the objective */
} LdsMapLink;

/* What to show. Unit and person choose one owner's part of the
 * organisation; their parents outside it are shown as context. */
typedef struct
{
  LdsId     cycle_id;          /* 0: the current cycle */
  LdsId     unit_id;           /* 0: every unit; else this unit, the units below and their people */
  LdsId     person_id;         /* 0: everybody; else only this person's objectives */
  gboolean  hide_drafts;
  gboolean  hide_cancelled;
  gboolean  hide_context;      /* leave out parents outside the filter */
  gint64    at;                /* the values of that moment; 0: now (see lds_map_model_set_key_result_values) */
} LdsMapFilter;

#define LDS_TYPE_MAP_MODEL (lds_map_model_get_type ())

G_DECLARE_FINAL_TYPE (LdsMapModel, lds_map_model, LDS, MAP_MODEL, GObject)

/* Building */
LdsMapModel           *lds_map_model_new              (LdsMapText             *text);
LdsMapModel           *lds_map_model_new_from_store   (LdsStore               *store,
                                                       const LdsMapFilter     *filter,
                                                       LdsMapText             *text,
                                                       GError                **error);
guint                  lds_map_model_add_node         (LdsMapModel            *self,
                                                       LdsId                   id,
                                                       const char             *title,
                                                       const char             *owner_name,
                                                       LdsMapLevel             level,
                                                       LdsMapNodeFlags         flags);
guint                  lds_map_model_add_key_result   (LdsMapModel            *self,
                                                       guint                   node,
                                                       const LdsKeyResult     *kr);
void                   lds_map_model_set_parent       (LdsMapModel            *self,
                                                       guint                   node,
                                                       guint                   parent,
                                                       int                     parent_kr,
                                                       LdsMapParentKind        kind);
void                   lds_map_model_add_link         (LdsMapModel            *self,
                                                       LdsMapLinkKind          kind,
                                                       guint                   from,
                                                       guint                   to,
                                                       int                     to_kr);
void                   lds_map_model_finish           (LdsMapModel            *self);
LdsMapModel           *lds_map_model_copy             (LdsMapModel            *self,
                                                       LdsMapText             *text);

/* Reading */
LdsMapText            *lds_map_model_get_text         (LdsMapModel            *self);
guint                  lds_map_model_get_n_nodes      (LdsMapModel            *self);
const LdsMapNode      *lds_map_model_get_node         (LdsMapModel            *self,
                                                       guint                   node);
const LdsMapKeyResult *lds_map_model_get_key_result   (LdsMapModel            *self,
                                                       guint                   node,
                                                       guint                   i);
const guint           *lds_map_model_get_roots        (LdsMapModel            *self,
                                                       guint                  *n_roots);
const LdsMapLink      *lds_map_model_get_links        (LdsMapModel            *self,
                                                       guint                  *n_links);
guint                  lds_map_model_find             (LdsMapModel            *self,
                                                       LdsId                   objective_id);
guint                  lds_map_model_find_key_result  (LdsMapModel            *self,
                                                       LdsId                   key_result_id,
                                                       guint                  *index);
gboolean               lds_map_model_is_ancestor      (LdsMapModel            *self,
                                                       guint                   ancestor,
                                                       guint                   node);
const LdsFileSettings *lds_map_model_get_settings     (LdsMapModel            *self);
void                   lds_map_model_set_settings     (LdsMapModel            *self,
                                                       const LdsFileSettings  *settings);
const char            *lds_map_model_get_title        (LdsMapModel            *self);
void                   lds_map_model_set_title        (LdsMapModel            *self,
                                                       const char             *title);
GArray                *lds_map_model_search           (LdsMapModel            *self,
                                                       const char             *text);
char                  *lds_map_model_format_value     (LdsMapModel            *self,
                                                       const LdsMapKeyResult  *kr);

/* Changing what is shown without rebuilding */
void                   lds_map_model_set_key_result_values (LdsMapModel       *self,
                                                            guint              node,
                                                            guint              i,
                                                            double             current_value,
                                                            double             self_score,
                                                            int                confidence);
void                   lds_map_model_set_badge        (LdsMapModel            *self,
                                                       guint                   node,
                                                       guint                   badge);
gboolean               lds_map_model_set_overdue      (LdsMapModel            *self,
                                                       guint                   node,
                                                       gboolean                overdue);
void                   lds_map_model_set_key_result_range (LdsMapModel        *self,
                                                           guint               node,
                                                           guint               i,
                                                           double              start_value,
                                                           double              target_value);

/* The inside of a node, from its top edge */
typedef struct
{
  double  owner_y;
  double  title_y;
  double  chips_y;       /* < 0: no chips */
  double  krs_y;         /* where the first key result row starts */
  double  height;
} LdsMapNodeGeometry;

void                   lds_map_model_node_geometry    (LdsMapModel            *self,
                                                       guint                   node,
                                                       LdsMapNodeGeometry     *geometry);
void                   lds_map_model_kr_row           (LdsMapModel            *self,
                                                       guint                   node,
                                                       guint                   i,
                                                       double                 *y,
                                                       double                 *height);
gboolean               lds_map_node_has_chips         (const LdsMapNode       *node);

G_END_DECLS
