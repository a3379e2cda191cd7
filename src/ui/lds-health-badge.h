/* lds-health-badge.h: a unit's coach health in a small pill
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LDS_TYPE_HEALTH_BADGE (lds_health_badge_get_type ())

G_DECLARE_FINAL_TYPE (LdsHealthBadge, lds_health_badge, LDS, HEALTH_BADGE, GtkWidget)

GtkWidget  *lds_health_badge_new        (void);
double      lds_health_badge_get_health (LdsHealthBadge *self);
void        lds_health_badge_set_health (LdsHealthBadge *self,
                                         double          health);
const char *lds_health_level_css_class  (double          health);
char       *lds_health_describe         (double          health);

G_END_DECLS
