/* lds-import-dialog.h: the window's Import, with its preview and its merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-import.h"
#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_IMPORT_DIALOG (lds_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (LdsImportDialog, lds_import_dialog, LDS, IMPORT_DIALOG, GtkWindow)

LdsImportDialog *lds_import_dialog_new        (GtkWindow   *parent,
                                               LdsStore    *store,
                                               const char  *path);
LdsImport       *lds_import_dialog_get_import (LdsImportDialog *self);

G_END_DECLS
