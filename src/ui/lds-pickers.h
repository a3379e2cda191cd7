/* lds-pickers.h: choosing values in editors and dialogs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drop-downs of an enum's translated words, of owners (units and people in
 * the order of the organisation tree, searchable by name) and of cycles;
 * and the way numbers are typed and shown in entries.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-record-object.h"
#include "lds-store.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_OWNERS_UNITS  = 1 << 0,
  LDS_OWNERS_PEOPLE = 1 << 1,
  LDS_OWNERS_NONE   = 1 << 2,   /* a first item "No owner" (id 0) */
} LdsOwnerFlags;

GtkWidget       *lds_enum_dropdown_new      (GType           enum_type);
int              lds_enum_dropdown_get      (GtkWidget      *dropdown);
void             lds_enum_dropdown_set      (GtkWidget      *dropdown,
                                             int             value);

GListModel      *lds_owner_model_new        (LdsStore       *store,
                                             LdsOwnerFlags   flags,
                                             LdsId           skip_unit);
GListModel      *lds_cycle_model_new        (LdsStore       *store,
                                             gboolean        with_none);
GtkWidget       *lds_record_dropdown_new    (GListModel     *model);
void             lds_record_dropdown_setup  (GtkWidget      *dropdown);
gboolean         lds_record_dropdown_select (GtkWidget      *dropdown,
                                             LdsRecordType   type,
                                             LdsId           id);
LdsRecordObject *lds_record_dropdown_get    (GtkWidget      *dropdown);

gboolean         lds_parse_number           (const char     *text,
                                             double         *value,
                                             GError        **error);
char            *lds_number_text            (double          value);

G_END_DECLS
