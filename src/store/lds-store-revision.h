/* lds-store-revision.h: changes to a running cycle, with their reasons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plans change in the middle of a cycle, and the method asks that every
 * such change be recorded: what changed, from what to what, when, and why.
 * In an active cycle, a change of an objective's title, or of a key
 * result's title, metric, start value or target, is a *revision*: the
 * editors ask for a reason, and lds_store_revise() writes the change and
 * one LdsRevision per changed field in the same action (so that Undo takes
 * both back). Which fields count is lds_revision_field_is_tracked().
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

LdsCycle  *lds_store_cycle_of_record        (LdsStore       *store,
                                             LdsRecordType   type,
                                             gconstpointer   record);
GPtrArray *lds_store_pending_revisions      (LdsStore       *store,
                                             LdsRecordType   type,
                                             gconstpointer   record,
                                             GError        **error);
gboolean   lds_store_revise                 (LdsStore       *store,
                                             LdsRecordType   type,
                                             gpointer        record,
                                             const char     *reason,
                                             const char     *action_name,
                                             GError        **error);
GPtrArray *lds_store_list_revisions         (LdsStore       *store,
                                             const char     *record_uuid,
                                             GError        **error);

G_END_DECLS
