/* lds-appearance.h: light or dark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void lds_appearance_apply (const char *appearance);

G_END_DECLS
