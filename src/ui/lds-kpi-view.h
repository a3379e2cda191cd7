/* lds-kpi-view.h: a unit's KPIs, kept apart from its OKRs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-page.h"

G_BEGIN_DECLS

#define LDS_TYPE_KPI_VIEW (lds_kpi_view_get_type ())

G_DECLARE_FINAL_TYPE (LdsKpiView, lds_kpi_view, LDS, KPI_VIEW, LdsPage)

GtkWidget *lds_kpi_view_new (LdsContext *context);

G_END_DECLS
