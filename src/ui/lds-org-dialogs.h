/* lds-org-dialogs.h: adding, changing and deleting units and people; moving objectives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each dialog does its work when accepted, as one action, and stays open
 * with the message at the field when the store refuses a value.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store.h"

G_BEGIN_DECLS

GtkWidget *lds_unit_dialog_new           (GtkWindow     *parent,
                                          LdsStore      *store,
                                          LdsId          unit_id,
                                          LdsId          parent_id);
GtkWidget *lds_person_dialog_new         (GtkWindow     *parent,
                                          LdsStore      *store,
                                          LdsId          person_id,
                                          LdsId          unit_id);
GtkWidget *lds_delete_owner_dialog_new   (GtkWindow     *parent,
                                          LdsStore      *store,
                                          LdsRecordType  type,
                                          LdsId          id);
GtkWidget *lds_move_objective_dialog_new (GtkWindow     *parent,
                                          LdsStore      *store,
                                          LdsId          objective_id);

G_END_DECLS
