/* lds-store-undo-names.h: the names of the actions Undo and Redo offer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

typedef char *(*LdsStoreRenameFunc) (const char *name,
                                     gpointer    user_data);

void lds_store_rename_actions (LdsStore           *self,
                               LdsStoreRenameFunc  rename,
                               gpointer            user_data);

G_END_DECLS
