/* lds-coach-badge.h: how many coach findings a record has, as a button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small round count beside an objective or key result in a list; hidden
 * when the coach finds nothing. It follows the window's LdsCoachModel
 * (redrawn on ::changed), and a click, Enter or Space shows the findings in
 * the coach view ("win.show-coach-findings").
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-coach-model.h"

G_BEGIN_DECLS

GtkWidget *lds_coach_badge_new (LdsCoachModel *coach,
                                LdsRecordType  type,
                                LdsId          id);

G_END_DECLS
