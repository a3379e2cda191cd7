/* lds-org-model.h: the organisation as a tree model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-coach-model.h"
#include "lds-store.h"

G_BEGIN_DECLS

#define LDS_TYPE_ORG_MODEL (lds_org_model_get_type ())

G_DECLARE_FINAL_TYPE (LdsOrgModel, lds_org_model, LDS, ORG_MODEL, GObject)

LdsOrgModel      *lds_org_model_new              (LdsStore      *store);
GtkTreeListModel *lds_org_model_get_tree         (LdsOrgModel   *self);
void              lds_org_model_reload           (LdsOrgModel   *self);
const char       *lds_org_model_get_company_name (LdsOrgModel   *self);
guint             lds_org_model_expand_to        (LdsOrgModel   *self,
                                                  LdsRecordType  type,
                                                  LdsId          id);
void              lds_org_model_set_coach        (LdsOrgModel   *self,
                                                  LdsCoachModel *coach);

G_END_DECLS
