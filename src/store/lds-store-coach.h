/* lds-store-coach.h: the OKR coach, on an organisation file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds_coach_check_store() is the one entry point other code calls: the
 * window's coach view, `lodestar coach`, the champion report, the cycle
 * report and the workshop all take their findings from it, so that they
 * agree. For example, the findings of Sales and everything below it in one
 * cycle:
 *
 *   LdsCoachScope scope = { cycle->id, LDS_RECORD_UNIT, sales->id };
 *   g_autoptr(GPtrArray) findings = lds_coach_check_store (store, &scope, &error);
 *
 *   for (guint i = 0; i < findings->len; i++)
 *     {
 *       LdsCoachFinding *f = g_ptr_array_index (findings, i);
 *       … f->rule (lds_coach_rule_info (f->rule)->id is "too-many-objectives"…),
 *         f->severity, f->record_type, f->record_id, f->record_uuid,
 *         f->title, f->owner, f->message (translated) …
 *     }
 *
 * The scope: cycle_id 0 checks every cycle; owner_id 0 the whole
 * organisation; a unit takes in the units below it and their people; a
 * person, their own objectives and the key results they own. The array
 * owns its findings (freeing it frees them), sorted as lds-coach.h says.
 * Findings are read fresh from the file on every call; a window that shows
 * them in several places shares one LdsCoachModel (src/ui) instead.
 *
 * lds-io's lds-coach-format.h writes findings as text, JSON or Markdown,
 * as `lodestar coach` does.
 */

#pragma once

#include "lds-coach.h"
#include "lds-store.h"

G_BEGIN_DECLS

LdsCoachSnapshot *lds_store_coach_snapshot      (LdsStore             *store,
                                                 LdsId                 cycle_id,
                                                 GError              **error);
GPtrArray        *lds_coach_check_store         (LdsStore             *store,
                                                 const LdsCoachScope  *scope,
                                                 GError              **error);
GHashTable       *lds_store_list_checkin_times  (LdsStore             *store,
                                                 LdsId                 cycle_id,
                                                 GError              **error);

G_END_DECLS
