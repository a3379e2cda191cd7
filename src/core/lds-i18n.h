/* lds-i18n.h: setting up translations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        lds_i18n_init       (void);
const char *lds_i18n_locale_dir (void);

G_END_DECLS
