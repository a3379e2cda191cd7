/* lds-application-private.h: what the application's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-application.h"
#include "lds-window.h"

G_BEGIN_DECLS

/* lds-application-prefs.c */
void       _lds_application_init_preferences (LdsApplication *self);
LdsWindow *_lds_application_main_window      (LdsApplication *self);

/* lds-application-help.c */
void       _lds_application_init_help        (LdsApplication *self);
void       _lds_application_welcome          (LdsApplication *self,
                                              LdsWindow      *window);

G_END_DECLS
