/* lds-map-page.h: the window's alignment map
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-map-view.h"
#include "lds-view.h"

G_BEGIN_DECLS

#define LDS_TYPE_MAP_PAGE (lds_map_page_get_type ())

G_DECLARE_FINAL_TYPE (LdsMapPage, lds_map_page, LDS, MAP_PAGE, GtkWidget)

GtkWidget  *lds_map_page_new      (LdsContext *context);
LdsMapView *lds_map_page_get_view (LdsMapPage *self);
gboolean    lds_map_page_is_exporting (LdsMapPage *self);

G_END_DECLS
