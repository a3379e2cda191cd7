/* lds-store-align.h: what an objective serves, who serves it, and where it may align
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

/* One link, with the titles and owners of both ends. */
typedef struct
{
  LdsId        link_id;
  LdsLinkKind  kind;
  LdsId        from_id;            /* the objective that aligns or depends */
  char        *from_title;
  char        *from_owner;         /* its owner's name */
  LdsId        to_objective_id;    /* the objective served (a key result's objective) */
  LdsId        to_key_result_id;   /* the key result served, 0 when the objective itself */
  char        *to_title;           /* the key result's title, else the objective's */
  char        *to_owner;
} LdsLinkInfo;

/* A key result or objective another objective may align to or depend on. */
typedef struct
{
  LdsRecordType  type;             /* LDS_RECORD_OBJECTIVE or LDS_RECORD_KEY_RESULT */
  LdsId          id;
  LdsId          objective_id;     /* the objective itself, or the key result's */
  LdsId          cycle_id;
  char          *title;
  char          *objective_title;  /* for a key result: its objective's title */
  char          *owner;            /* the owner's name */
  char          *owner_chain;      /* the units above, down to the owner: "A → B → C" */
  guint          n_aligned;        /* objectives aligned to it already */
  gboolean       linked;           /* the objective asking is linked to it already */
} LdsAlignTarget;

void       lds_link_info_free              (LdsLinkInfo     *info);
void       lds_align_target_free           (LdsAlignTarget  *target);

GPtrArray *lds_store_list_links_from       (LdsStore        *store,
                                            LdsId            objective_id,
                                            GError         **error);
GPtrArray *lds_store_list_links_to         (LdsStore        *store,
                                            LdsRecordType    type,
                                            LdsId            id,
                                            GError         **error);
GPtrArray *lds_store_list_align_targets    (LdsStore        *store,
                                            LdsId            objective_id,
                                            LdsLinkKind      kind,
                                            GError         **error);
gboolean   lds_store_link_objective        (LdsStore        *store,
                                            LdsLinkKind      kind,
                                            LdsId            objective_id,
                                            LdsRecordType    to_type,
                                            LdsId            to_id,
                                            LdsId           *link_id,
                                            GError         **error);
gboolean   lds_store_unlink                (LdsStore        *store,
                                            LdsId            link_id,
                                            GError         **error);
char      *lds_store_get_owner_name        (LdsStore        *store,
                                            const LdsObjective *objective);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsLinkInfo, lds_link_info_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsAlignTarget, lds_align_target_free)

G_END_DECLS
