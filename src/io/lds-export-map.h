/* lds-export-map.h: the alignment map as PDF, SVG and PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every picture is drawn by the map's one renderer, as the window shows
 * it. PDF and SVG are vectors with real text (selectable, searchable,
 * Chinese included); PNG is pixels at a chosen scale. --page lays PDF out
 * on pages of that size (tiled when the map would be too small on one),
 * and scales SVG onto one such page. Files are replaced atomically: a
 * failed export leaves what was there.
 */

#pragma once

#include "lds-export.h"
#include "lds-map-layout.h"

G_BEGIN_DECLS

LdsMapLayout *lds_export_map_layout (LdsStore                *store,
                                     const LdsExportOptions  *options,
                                     GError                 **error);
gboolean      lds_export_map_write  (LdsMapLayout            *layout,
                                     const char              *format,
                                     const LdsExportOptions  *options,
                                     const char              *path,
                                     GError                 **error);
gboolean      lds_export_map_pdf    (LdsStore                *store,
                                     const LdsExportOptions  *options,
                                     const char              *path,
                                     GError                 **error);
gboolean      lds_export_map_svg    (LdsStore                *store,
                                     const LdsExportOptions  *options,
                                     const char              *path,
                                     GError                 **error);
gboolean      lds_export_map_png    (LdsStore                *store,
                                     const LdsExportOptions  *options,
                                     const char              *path,
                                     GError                 **error);

G_END_DECLS
