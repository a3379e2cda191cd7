/* lds-date-entry.h: a day, typed as people write it or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *lds_date_entry_new        (const char  *accessible_label);
void       lds_date_entry_set_date   (GtkWidget   *entry,
                                      const char  *iso_date);
gboolean   lds_date_entry_get_date   (GtkWidget   *entry,
                                      char       **iso_date,
                                      GError     **error);
gboolean   lds_date_entry_popup      (GtkWidget   *entry);
char      *lds_date_entry_read_error (const char  *text);

GtkWidget *lds_calendar_new          (const char  *accessible_label);
typedef void (*LdsDayPicked)          (const char  *iso_date,
                                      gpointer     data);
void       lds_calendar_on_pick      (GtkWidget   *calendar,
                                      LdsDayPicked picked,
                                      gpointer     data);
void       lds_calendar_show_day     (GtkWidget   *calendar,
                                      const char  *iso_date);

G_END_DECLS
