/* lds-i18n.h: setting up translations, and changing the language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line speaks the language of LANGUAGE / LANG, as every
 * program does. The application may be told another one (the preferences'
 * interface language): lds_i18n_set_language() changes what gettext
 * answers from then on, in this process, for Lodestar's own messages and
 * for GTK's and GLib's; what is already on screen has to be built again.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void        lds_i18n_init          (void);
const char *lds_i18n_locale_dir    (void);
gboolean    lds_i18n_set_language  (const char *language);
const char *lds_i18n_get_language  (void);
const char *lds_i18n_untranslate   (const char *text);

G_END_DECLS
