/* lds-date-control.h: the day the views show, chosen from a toolbar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Today", or a past day: a week back, a week forward, a day from a
 * calendar, back to today. It reads and sets the context's day
 * (lds_context_get_at()), so that the map and the lists travel together.
 * lds_date_control_add_shortcuts() gives a view Alt+Left, Alt+Right and
 * Alt+Home for the same.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_DATE_CONTROL (lds_date_control_get_type ())

G_DECLARE_FINAL_TYPE (LdsDateControl, lds_date_control, LDS, DATE_CONTROL, GtkWidget)

GtkWidget *lds_date_control_new           (void);
void       lds_date_control_set_context   (LdsDateControl *self,
                                           LdsContext     *context);
void       lds_date_control_step          (LdsDateControl *self,
                                           int             days);
void       lds_date_control_add_shortcuts (LdsDateControl *self,
                                           GtkWidget      *view);
char      *lds_date_control_describe      (gint64          at);

G_END_DECLS
