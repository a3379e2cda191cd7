/* lds-export-dot.h: the alignment map as a Graphviz DOT graph
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The same nodes and edges as the map: one node per objective, its label a
 * table with a row per key result (ports k0, k1, …), each child joined to
 * the key result it aligns to, further parents and dependencies as dashed edges
 * that do not constrain the ranks, colours by score band.
 */

#pragma once

#include "lds-export.h"
#include "lds-map-layout.h"

G_BEGIN_DECLS

char     *lds_export_dot_string (LdsMapLayout            *layout);
gboolean  lds_export_dot_write  (LdsMapLayout            *layout,
                                 const char              *path,
                                 GError                 **error);
gboolean  lds_export_dot        (LdsStore                *store,
                                 const LdsExportOptions  *options,
                                 const char              *path,
                                 GError                 **error);

G_END_DECLS
