/* lds-record-object.h: a record as an item of a list model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_TYPE_RECORD_OBJECT (lds_record_object_get_type ())

G_DECLARE_FINAL_TYPE (LdsRecordObject, lds_record_object, LDS, RECORD_OBJECT, GObject)

LdsRecordObject *lds_record_object_new       (LdsRecordType    type,
                                              gpointer         record);
LdsRecordType    lds_record_object_get_kind  (LdsRecordObject *self);
gpointer         lds_record_object_get_record (LdsRecordObject *self);
LdsId            lds_record_object_get_id    (LdsRecordObject *self);
const char      *lds_record_object_get_title (LdsRecordObject *self);
const char      *lds_record_object_get_icon_name (LdsRecordObject *self);
double           lds_record_object_get_health (LdsRecordObject *self);
void             lds_record_object_set_health (LdsRecordObject *self,
                                               double           health);

G_END_DECLS
