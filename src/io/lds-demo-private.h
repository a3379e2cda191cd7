/* lds-demo-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-demo.h"

G_BEGIN_DECLS

gboolean _lds_demo_write_sample_company (LdsStore  *store,
                                         gboolean   chinese,
                                         gboolean   with_problems,
                                         GError   **error);

G_END_DECLS
