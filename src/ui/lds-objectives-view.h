/* lds-objectives-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-view.h"

G_BEGIN_DECLS

#define LDS_TYPE_OBJECTIVES_VIEW (lds_objectives_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsObjectivesView, lds_objectives_view, LDS, OBJECTIVES_VIEW, GtkWidget)

GtkWidget *lds_objectives_view_new (LdsContext *context);

G_END_DECLS
