/* lds-cycle-name.h: a cycle's kind and dates from its name
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * People name cycles after the calendar: "2027 Q1", "2027 H2", "2027",
 * "2027年第一季度", "2027年上半年", "2027年度", "Strategy 2026–2028". From such
 * a name the kind and the dates follow, so that a spreadsheet naming a cycle
 * that does not exist yet can still be imported.
 */

#pragma once

#include "lds-enums.h"

G_BEGIN_DECLS

gboolean lds_cycle_name_parse (const char    *name,
                               LdsCycleKind  *kind,
                               char         **start_date,
                               char         **end_date);

G_END_DECLS
