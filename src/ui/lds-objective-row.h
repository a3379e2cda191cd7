/* lds-objective-row.h: one objective in the workspace, with its key results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the workspace's list: the objective's title (editable in place),
 * score, kind and state, what it serves and who serves it, its key results
 * (owner, progress, value, confidence, score; titles editable in place),
 * and an entry to add a key result. Everything the row offers goes through
 * the workspace's actions ("workspace.…"), with the record's id as target.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-coach-model.h"
#include "lds-file-settings.h"
#include "lds-records.h"

G_BEGIN_DECLS

#define LDS_TYPE_OBJECTIVE_ROW (lds_objective_row_get_type ())

G_DECLARE_FINAL_TYPE (LdsObjectiveRow, lds_objective_row, LDS, OBJECTIVE_ROW, GtkListBoxRow)

typedef struct
{
  const LdsObjective    *objective;
  GPtrArray             *key_results;  /* LdsKeyResult */
  GPtrArray             *links_from;   /* LdsLinkInfo: what it aligns to and depends on */
  GPtrArray             *links_to;     /* LdsLinkInfo: who aligns to it or depends on it */
  GHashTable            *people;       /* person id → name */
  gboolean               needs_parent; /* neither aligned nor self-driven, below the company */
  const LdsFileSettings *settings;
  GtkSizeGroup          *owner_group;  /* line up key results' columns across rows: */
  GtkSizeGroup          *value_group;  /* owners, values, objectives aligned to them, */
  GtkSizeGroup          *served_group; /* confidence */
  GtkSizeGroup          *confidence_group;
  /* Tracking */
  LdsCoachModel         *coach;        /* badges of findings; NULL: none (a past day) */
  GHashTable            *overdue;      /* ids of the key results whose check-in is overdue */
  GHashTable            *steps;        /* key result id → GUINT: done << 16 | steps */
  gboolean               past;         /* a day looked back at: shown, not edited */
} LdsObjectiveRowData;

/* Where the keyboard is, within a row. */
typedef enum
{
  LDS_ROW_PART_NONE,
  LDS_ROW_PART_ROW,
  LDS_ROW_PART_KEY_RESULT,
  LDS_ROW_PART_ADD_KEY_RESULT,
} LdsRowPart;

GtkWidget  *lds_objective_row_new            (const LdsObjectiveRowData *data);
LdsId       lds_objective_row_get_id         (LdsObjectiveRow *self);
LdsRowPart  lds_objective_row_find_part      (LdsObjectiveRow *self,
                                              GtkWidget       *focus,
                                              LdsId           *key_result_id);
gboolean    lds_objective_row_focus_part     (LdsObjectiveRow *self,
                                              LdsRowPart       part,
                                              LdsId            key_result_id);
gboolean    lds_objective_row_rename         (LdsObjectiveRow *self,
                                              LdsId            key_result_id);
GtkWidget  *lds_objective_row_get_add_entry  (LdsObjectiveRow *self);

G_END_DECLS
