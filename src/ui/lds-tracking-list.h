/* lds-tracking-list.h: the rows of the review and changes views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both views list many key results or changes under headings (a unit, an
 * objective), possibly thousands in a large organisation: a GtkListView
 * of LdsTrackingItem, made by one factory. A row names a record; Enter or
 * a click opens it (the context's ::open-record).
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_TRACKING_ITEM (lds_tracking_item_get_type ())

G_DECLARE_FINAL_TYPE (LdsTrackingItem, lds_tracking_item, LDS, TRACKING_ITEM, GObject)

LdsTrackingItem *lds_tracking_item_new_heading   (const char      *title,
                                                  const char      *subtitle);
LdsTrackingItem *lds_tracking_item_new_row       (LdsRecordType    type,
                                                  LdsId            id,
                                                  LdsId            objective_id,
                                                  const char      *title,
                                                  const char      *subtitle);
void             lds_tracking_item_add_pill      (LdsTrackingItem *self,
                                                  const char      *text,
                                                  const char      *css_class);
void             lds_tracking_item_set_detail    (LdsTrackingItem *self,
                                                  const char      *detail);
gboolean         lds_tracking_item_is_heading    (LdsTrackingItem *self);
const char      *lds_tracking_item_get_title     (LdsTrackingItem *self);
const char      *lds_tracking_item_get_subtitle  (LdsTrackingItem *self);

GtkWidget       *lds_tracking_list_new           (LdsContext      *context,
                                                  GListModel      *items);

G_END_DECLS
