/* lds-cycle-dialog-private.h: what the cycles dialog's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-cycle-dialog.h"

G_BEGIN_DECLS

struct _LdsCycleDialog
{
  GtkWindow   parent_instance;

  LdsStore   *store;
  LdsId       id;
  gboolean    loading;

  GtkWidget  *list;
  LdsForm    *form;
  GtkWidget  *name;
  GtkWidget  *kind;
  GtkWidget  *parent;
  GtkWidget  *start;
  GtkWidget  *end;
  GtkWidget  *state;
  GtkWidget  *cadence;
  GtkWidget  *status;
};

/* A row of the list, or a dialog about a cycle, keeps the cycle's id. */
#define CYCLE_ID(row) ((LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-id")))

/* lds-cycle-dialog.c */
void _lds_cycle_dialog_set_status      (LdsCycleDialog *self,
                                        const char     *text,
                                        gboolean        error);

/* lds-cycle-dialog-actions.c */
void _lds_cycle_dialog_install_actions (GtkWidgetClass *widget_class);

G_END_DECLS
