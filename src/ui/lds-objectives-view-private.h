/* lds-objectives-view-private.h: what the workspace's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-coach-model.h"
#include "lds-date-control.h"
#include "lds-empty-state.h"
#include "lds-file-settings.h"
#include "lds-objective-row.h"
#include "lds-objectives-view.h"

G_BEGIN_DECLS

/* Whose objectives, in which cycle, on which day: a page of the list. */
typedef struct
{
  LdsRecordType  owner_type;
  LdsId          owner_id;
  LdsId          cycle_id;
  gint64         at;
} LdsPageKey;

struct _LdsObjectivesView
{
  GtkWidget          parent_instance;

  LdsContext        *context;
  LdsCoachModel     *coach;
  LdsFileSettings    settings;
  GtkSizeGroup      *columns[4];      /* line up the key results' columns */
  GListStore        *people;
  GHashTable        *rows;            /* objective id → LdsObjectiveRow (borrowed) */
  gboolean           selecting;       /* the list's selection is being set from the context */
  gboolean           stale;           /* changed while not shown: rebuilt when shown */
  LdsPageKey         built;           /* whose page the list shows, unless stale */
  guint              fill_id;
  GPtrArray         *retired;         /* rows of the page left, taken apart after the next frame */
  guint              retire_id;
  guint              prepare_id;      /* makes the editors while nobody waits */

  /* Where the keyboard goes once the list is rebuilt */
  gboolean           pending;
  LdsRowPart         pending_part;
  LdsId              pending_objective;
  LdsId              pending_key_result;
  gboolean           pending_new_entry;

  GtkWidget         *objective_editor;
  GtkWidget         *key_result_editor;

  GVariant          *pending_state;   /* restored once the list is built */
  gboolean           restoring;       /* an editor opened by a restored state takes no focus */

  /* Template widgets */
  GtkRevealer       *banner;
  LdsDateControl    *date_control;
  LdsEmptyState     *cycles_empty;
  GtkWidget         *banner_button;
  GtkLabel          *banner_label;
  GtkRevealer       *editor_revealer;
  GtkStack          *editor_stack;
  GtkButton         *new_objective_button;
  GtkEntry          *new_objective_entry;
  GtkLabel          *objectives_empty;
  GtkLabel          *objectives_heading;
  GtkListBox        *objectives_list;
  GtkLabel          *owner_subtitle;
  GtkLabel          *owner_title;
  GtkLabel          *people_heading;
  GtkListBox        *people_list;
  GtkScrolledWindow *scroller;
};

/* lds-objectives-view-list.c */
void     _lds_objectives_view_refresh        (LdsObjectivesView *self);
void     _lds_objectives_view_flush          (LdsObjectivesView *self);
void     _lds_objectives_view_schedule_fill  (LdsObjectivesView *self);
void     _lds_objectives_view_select_context_objective (LdsObjectivesView *self);
GtkWidget *_lds_objectives_view_create_person_row (gpointer item,
                                                   gpointer user_data);
void     _lds_objectives_view_person_activated_cb (LdsObjectivesView *self,
                                                   GtkListBoxRow     *row);
void     _lds_objectives_view_focus_after    (LdsObjectivesView *self,
                                              LdsId              objective_id,
                                              LdsRowPart         part,
                                              LdsId              key_result_id);
LdsObjectiveRow *_lds_objectives_view_get_row (LdsObjectivesView *self,
                                               LdsId              objective_id);

/* lds-objectives-view.c */
void     _lds_objectives_view_show_message   (LdsObjectivesView *self,
                                              const char        *message,
                                              gboolean           offer_undo);
void     _lds_objectives_view_show_error     (LdsObjectivesView *self,
                                              const GError      *error);
void     _lds_objectives_view_open_editor    (LdsObjectivesView *self,
                                              LdsRecordType      type,
                                              LdsId              id);
void     _lds_objectives_view_close_editor   (LdsObjectivesView *self);

/* lds-objectives-view-state.c */
GVariant *_lds_objectives_view_save_drafts    (LdsObjectivesView *self);
void      _lds_objectives_view_restore_drafts (LdsObjectivesView *self,
                                               GVariant          *drafts);
GVariant *_lds_objectives_view_save_state     (LdsObjectivesView *self);
void      _lds_objectives_view_restore_state  (LdsObjectivesView *self,
                                               GVariant          *state);
void      _lds_objectives_view_apply_pending_state (LdsObjectivesView *self);

/* lds-objectives-view-actions.c */
void     _lds_objectives_view_install_actions (GtkWidgetClass   *widget_class);
void     _lds_objectives_view_update_actions  (LdsObjectivesView *self);

G_END_DECLS
