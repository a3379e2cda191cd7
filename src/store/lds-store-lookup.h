/* lds-store-lookup.h: finding cycles and units the way people name them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

LdsCycle *lds_store_find_cycle        (LdsStore    *store,
                                       const char  *name,
                                       GError     **error);
LdsCycle *lds_store_current_cycle     (LdsStore    *store,
                                       GError     **error);
LdsUnit  *lds_store_find_unit_by_path (LdsStore    *store,
                                       const char  *path,
                                       GError     **error);
char     *lds_store_get_unit_path     (LdsStore    *store,
                                       LdsId        unit_id);

G_END_DECLS
