/* lds-midcycle-view.h: the mid-cycle review of a part of the organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-page.h"

G_BEGIN_DECLS

#define LDS_TYPE_MIDCYCLE_VIEW (lds_midcycle_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsMidcycleView, lds_midcycle_view, LDS, MIDCYCLE_VIEW, LdsPage)

GtkWidget  *lds_midcycle_view_new       (LdsContext      *context);
GListModel *lds_midcycle_view_get_items (LdsMidcycleView *self);

G_END_DECLS
