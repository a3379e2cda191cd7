/* lds-workshop-session-private.h: what the session's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-workshop-session.h"

G_BEGIN_DECLS

struct _LdsWorkshopSession
{
  GObject              parent_instance;

  LdsStore            *store;
  LdsId                workshop_id;

  /* What the store keeps, reloaded after each change */
  LdsWorkshopData     *data;
  GPtrArray           *parents;        /* LdsUnitOkrs: "up" */
  GPtrArray           *neighbours;     /* LdsUnitOkrs: "left and right" */
  GPtrArray           *hints;          /* LdsWorkshopHint */
  GArray              *targets;        /* LdsAlignTargetRef */
  LdsCoachSnapshot    *organisation;   /* the cycle, for the coach */
  GHashTable          *unit_names;     /* unit id → name */
  GHashTable          *people;         /* person id → LdsPerson */
  char                *cycle_name;
  gboolean             okrs_stale;     /* the OKRs around the teams changed */

  /* What the meeting is doing now; no file keeps it */
  guint                team;           /* index into data->teams */
  LdsId                selected;       /* the card in focus; 0: none */
  guint                grid_columns;   /* as the audience view lays the grid out */
  LdsWorkshopMode      mode;
  LdsId                merge_from;
  gboolean             show_help;
  gboolean             show_parking;
  char                *message;        /* the last thing refused or done, shown for a while */
  gboolean             message_is_error;
  guint                message_id;
  GtkEntryBuffer      *draft;          /* what is being typed, shown on both screens */
  gboolean             composing;      /* an input method is composing a word */

  GSimpleActionGroup  *actions;
  guint                tick_id;
  GtkWindow           *audience;
  GtkWindow           *controls;
  gboolean             one_screen;
  gboolean             watching_monitors; /* for a projector plugged in or out */
  gboolean             closing;
};

/* lds-workshop-session.c */
void      _lds_workshop_session_changed   (LdsWorkshopSession *self);
void      _lds_workshop_session_say       (LdsWorkshopSession *self,
                                           const char         *message,
                                           gboolean            error);
gboolean  _lds_workshop_session_check     (LdsWorkshopSession *self,
                                           gboolean            ok,
                                           GError             *error);
LdsWorkshopCard *_lds_workshop_session_selected_card (LdsWorkshopSession *self);
LdsWorkshopCard *_lds_workshop_session_column_header (LdsWorkshopSession *self);
void      _lds_workshop_session_move      (LdsWorkshopSession *self,
                                           int                 dx,
                                           int                 dy);
void      _lds_workshop_session_export    (LdsWorkshopSession *self);
void      _lds_workshop_session_switch_team (LdsWorkshopSession *self,
                                             int                 step);
void      _lds_workshop_session_toggle_controls (LdsWorkshopSession *self);
GdkMonitor *_lds_workshop_pick_projector (GListModel         *monitors,
                                          GdkMonitor         *laptop);
void      _lds_workshop_session_monitors_changed (LdsWorkshopSession *self,
                                                  GListModel         *monitors);

/* lds-workshop-session-actions.c */
void      _lds_workshop_session_init_actions (LdsWorkshopSession *self);
void      _lds_workshop_session_update_actions (LdsWorkshopSession *self);

G_END_DECLS
