/* lds-import-actions.h: Import, Export and printing, as application actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lds_import_actions_add (GtkApplication *app);

G_END_DECLS
