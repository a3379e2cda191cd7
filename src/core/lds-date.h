/* lds-date.h: dates and "now"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Cycles and due dates are calendar dates stored as "YYYY-MM-DD"; moments
 * (check-ins, creation) are seconds since the epoch. lds_now() is the one
 * clock of the program: the environment variable LODESTAR_NOW (an ISO 8601
 * date or date-time) fixes it, so that tests, screenshots and the sample
 * company are reproducible.
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gint64    lds_now                (void);
char     *lds_today              (void);
gboolean  lds_date_parse         (const char *iso,
                                  GDate      *date);
gboolean  lds_date_is_valid      (const char *iso);
char     *lds_date_format_iso    (const GDate *date);
gint64    lds_date_to_time       (const char *iso);
char     *lds_date_from_time     (gint64      t);
char     *lds_date_add_days      (const char *iso,
                                  int         days);
int       lds_date_days_between  (const char *from_iso,
                                  const char *to_iso);

G_END_DECLS
