/* lds-changes-view.h: what moved between two days, for the weekly meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-page.h"

G_BEGIN_DECLS

#define LDS_TYPE_CHANGES_VIEW (lds_changes_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsChangesView, lds_changes_view, LDS, CHANGES_VIEW, LdsPage)

GtkWidget  *lds_changes_view_new       (LdsContext     *context);
void        lds_changes_view_set_since (LdsChangesView *self,
                                        int             days);
GListModel *lds_changes_view_get_items (LdsChangesView *self);

G_END_DECLS
