/* lds-validate.h: what makes a record acceptable
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules every record must meet before it is stored, with a translated
 * message that says what is wrong and how to put it right, and the name of
 * the field concerned so that an editor can mark it.
 */

#pragma once

#include "lds-records.h"

G_BEGIN_DECLS

gboolean lds_record_validate (LdsRecordType   type,
                              gconstpointer   record,
                              const char    **field,
                              GError        **error);

G_END_DECLS
