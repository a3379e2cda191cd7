/* lds-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_APPLICATION (lds_application_get_type ())

G_DECLARE_FINAL_TYPE (LdsApplication, lds_application, LDS, APPLICATION, GtkApplication)

LdsApplication *lds_application_new              (void);
char           *lds_application_default_file     (void);
void            lds_application_open_path        (LdsApplication *self,
                                                  const char     *path,
                                                  GtkWindow      *parent);
GMenuModel     *lds_application_get_recent_menu  (LdsApplication *self);
void            lds_application_ensure_icon      (void);

G_END_DECLS
