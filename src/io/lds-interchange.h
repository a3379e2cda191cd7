/* lds-interchange.h: records as they travel between files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Between files, a record is known by its UUID and refers to other records
 * by theirs. These helpers turn any record type into a JSON object and back
 * through the field tables of lds-records.h (so a new field or type needs no
 * code here), take a consistent snapshot of (a part of) an organisation for
 * the exports, and compute a record's fingerprint: a digest of its values
 * that merging compares to tell which side changed a record.
 */

#pragma once

#include <json-glib/json-glib.h>

#include "lds-store.h"

G_BEGIN_DECLS

/* The version of the JSON document format (its "lodestar" member). */
#define LDS_INTERCHANGE_FORMAT 1

/* A whole organisation, or the part an export asked for, read at once. */
typedef struct
{
  GPtrArray   *all[LDS_N_RECORD_TYPES];       /* every record, as listed by the store */
  GHashTable  *by_id[LDS_N_RECORD_TYPES];     /* id → record, over all[] */
  GPtrArray   *selected[LDS_N_RECORD_TYPES];  /* the part, in the order exports write it */
  GHashTable  *chosen[LDS_N_RECORD_TYPES];    /* record → itself, over selected[] */
  LdsId        unit_id;
  LdsId        cycle_id;
} LdsSnapshot;

LdsSnapshot *lds_snapshot_new          (LdsStore          *store,
                                        LdsId              unit_id,
                                        LdsId              cycle_id,
                                        GError           **error);
void         lds_snapshot_free         (LdsSnapshot       *snapshot);
gpointer     lds_snapshot_get          (LdsSnapshot       *snapshot,
                                        LdsRecordType      type,
                                        LdsId              id);
gboolean     lds_snapshot_is_selected  (LdsSnapshot       *snapshot,
                                        LdsRecordType      type,
                                        gconstpointer      record);
char        *lds_snapshot_unit_path    (LdsSnapshot       *snapshot,
                                        LdsId              unit_id);

typedef const char *(*LdsUuidForId) (LdsRecordType  type,
                                     LdsId          id,
                                     gpointer       data);

JsonObject  *lds_interchange_to_json   (LdsRecordType      type,
                                        gconstpointer      record,
                                        LdsUuidForId       uuid_for,
                                        gpointer           data);
char        *lds_interchange_fingerprint (JsonObject      *object,
                                          LdsRecordType    type);
gboolean     lds_interchange_read_field (const LdsField   *field,
                                         JsonNode         *node,
                                         gpointer          record,
                                         char            **ref_uuid,
                                         char            **expected);
char        *lds_interchange_time_to_iso (gint64           t);
gboolean     lds_interchange_time_from_iso (const char    *text,
                                            gint64        *t);
char        *lds_interchange_value_text (const LdsField   *field,
                                         JsonNode         *node);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsSnapshot, lds_snapshot_free)

G_END_DECLS
