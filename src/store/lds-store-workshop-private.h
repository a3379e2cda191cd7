/* lds-store-workshop-private.h: what the workshop's store files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-store-private.h"
#include "lds-store-workshop.h"

G_BEGIN_DECLS

gboolean          _lds_workshop_read_all          (LdsStore               *store,
                                                   GPtrArray              *into,
                                                   LdsRecordType           type,
                                                   const char             *field,
                                                   LdsId                   id,
                                                   GError                **error);
LdsWorkshopData  *_lds_workshop_load_for_card     (LdsStore               *store,
                                                   LdsId                   card_id,
                                                   LdsWorkshopCard       **card,
                                                   GError                **error);
gboolean          _lds_workshop_update_card       (LdsStore               *store,
                                                   LdsWorkshopCard        *card,
                                                   GError                **error);
gboolean          _lds_workshop_refuse            (GError                **error,
                                                   const char             *message);
gboolean          _lds_workshop_check_vote_phase  (LdsWorkshopData        *data,
                                                   const LdsWorkshopCard  *card,
                                                   LdsWorkshopOp           op,
                                                   GError                **error);
void              _lds_workshop_reset_timer       (LdsWorkshop            *workshop);

G_END_DECLS
