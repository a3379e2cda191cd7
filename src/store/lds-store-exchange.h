/* lds-store-exchange.h: what a file remembers of the exports it came from
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When a file takes in a JSON export (a department's part of the company,
 * say), it keeps the *base* of that exchange: where the export came from,
 * when, and a fingerprint of every record it held. Its own exports carry
 * that base, so that the file they are merged back into can tell, record by
 * record, which side changed what since (see lds-import.h). The base is a
 * JSON text kept among the file's settings; the store does not read it.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

char     *lds_store_get_exchange_base (LdsStore    *store);
gboolean  lds_store_set_exchange_base (LdsStore    *store,
                                       const char  *base,
                                       GError     **error);

G_END_DECLS
