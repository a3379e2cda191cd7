/* lds-store-map.h: reading what the alignment map shows, fast
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The alignment map reads a whole cycle at once: for 100,000 objectives
 * the generic lds_store_list() would build (and free) half a million
 * records it only looks at. These queries walk the rows instead and hand
 * each one to a callback as a record whose text is *borrowed*: valid only
 * during the call, never to be freed or kept.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

/* An objective with what the map says about its owner and cycle. */
typedef struct
{
  LdsObjective  objective;         /* text borrowed */
  const char   *owner_name;
  LdsUnitKind   owner_unit_kind;   /* when a unit owns it */
  LdsId         person_unit_id;    /* when a person owns it: the person's unit */
  int           person_position;   /* … and the person's place in it */
  const char   *cycle_name;
} LdsMapObjectiveRow;

typedef struct
{
  LdsLink  link;
  LdsId    to_key_result_objective_id;  /* the objective of to_key_result_id, or 0 */
} LdsMapLinkRow;

typedef void (*LdsMapObjectiveFunc) (const LdsMapObjectiveRow *row,
                                     gpointer                  user_data);
typedef void (*LdsMapKeyResultFunc) (const LdsKeyResult       *kr,
                                     gpointer                  user_data);
typedef void (*LdsMapLinkFunc)      (const LdsMapLinkRow      *row,
                                     gpointer                  user_data);

/* A selection of objectives: those of a cycle (0: of every cycle), or
 * those with the given ids. */
typedef struct
{
  LdsId         cycle_id;
  const LdsId  *ids;        /* when not NULL, these objectives instead of a cycle */
  guint         n_ids;
} LdsMapSelection;

gboolean lds_store_map_objectives   (LdsStore               *store,
                                     const LdsMapSelection  *selection,
                                     LdsMapObjectiveFunc     func,
                                     gpointer                user_data,
                                     GError                **error);
gboolean lds_store_map_key_results  (LdsStore               *store,
                                     const LdsMapSelection  *selection,
                                     LdsMapKeyResultFunc     func,
                                     gpointer                user_data,
                                     GError                **error);
gboolean lds_store_map_links        (LdsStore               *store,
                                     const LdsMapSelection  *selection,
                                     LdsMapLinkFunc          func,
                                     gpointer                user_data,
                                     GError                **error);

G_END_DECLS
