/* lds-workshop-session.h: one co-creation workshop, running
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The session is the one place that holds a running workshop: what the
 * store keeps (its records, reloaded after every change) and what the
 * meeting is doing this minute but no file needs (the card in focus, the
 * team shown, a merge under way, the help shown, the words being typed).
 * Its windows (the audience view on the projector, the facilitator's
 * controls on the laptop) only show it and send it keys, so they can be
 * destroyed and rebuilt at any time (lds_workshop_session_rebuild(), for
 * another language) and come back exactly as they were.
 *
 * Every step is an action of the group "ws", with a key of the table
 * lds_workshop_session_get_keys(); the same table fills the help shown on
 * the audience view.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-store-workshop.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_WORKSHOP_MODE_NORMAL,
  LDS_WORKSHOP_MODE_EDIT,         /* the draft holds the card's words; Enter saves them */
  LDS_WORKSHOP_MODE_MERGE,        /* a card waits to be merged into the next one chosen */
  LDS_WORKSHOP_MODE_CONFIDENCE,   /* hidden confidence votes are typed, one per Enter */
  LDS_WORKSHOP_MODE_NOTE,         /* the draft is a note */
} LdsWorkshopMode;

/* A column of the board: the cards of one chosen objective (its card as the
 * column's header) while key results are proposed and chosen, else every
 * card in one column that the audience view lays out as a grid. */
typedef struct
{
  LdsWorkshopCard  *header;
  GPtrArray        *cards;       /* LdsWorkshopCard */
} LdsBoardColumn;

/* What the digits and letters aim at while aligning: a key result above
 * (numbered 1, 2, …) or an objective beside (lettered A, B, …). */
typedef struct
{
  char           label[4];
  LdsRecordType  type;           /* KEY_RESULT, OBJECTIVE or WORKSHOP_CARD */
  LdsId          id;
  const char    *title;
  const char    *owner;
} LdsAlignTargetRef;

/* A key of the workshop, as the shortcuts and the help show it. */
typedef struct
{
  const char  *action;           /* in the group "ws" */
  const char  *triggers;         /* GtkShortcutTrigger syntax, alternatives split by "|" */
  const char  *keys;             /* as the help shows them; NULL: from the triggers */
  guint        phases;           /* the phases it is shown in, 1 << LdsWorkshopPhase */
  const char  *description;      /* untranslated (N_) */
} LdsWorkshopKey;

#define LDS_WORKSHOP_ALL_PHASES 0x7f

#define LDS_TYPE_WORKSHOP_SESSION (lds_workshop_session_get_type ())

G_DECLARE_FINAL_TYPE (LdsWorkshopSession, lds_workshop_session, LDS, WORKSHOP_SESSION, GObject)

LdsWorkshopSession    *lds_workshop_session_new             (LdsStore            *store,
                                                             LdsId                workshop_id,
                                                             GError             **error);
LdsWorkshopSession    *lds_workshop_session_open            (GtkApplication      *application,
                                                             GtkWindow           *parent,
                                                             LdsStore            *store,
                                                             LdsId                workshop_id,
                                                             GError             **error);
void                   lds_workshop_session_present         (LdsWorkshopSession  *self,
                                                             GtkApplication      *application,
                                                             GtkWindow           *parent);
void                   lds_workshop_session_rebuild         (LdsWorkshopSession  *self);
void                   lds_workshop_session_close           (LdsWorkshopSession  *self);
LdsWorkshopSession    *lds_workshop_session_from_window     (GtkWindow           *window);
GtkWindow             *lds_workshop_session_get_audience    (LdsWorkshopSession  *self);
GtkWindow             *lds_workshop_session_get_controls    (LdsWorkshopSession  *self);

LdsStore              *lds_workshop_session_get_store       (LdsWorkshopSession  *self);
LdsId                  lds_workshop_session_get_id          (LdsWorkshopSession  *self);
const LdsWorkshopData *lds_workshop_session_get_data        (LdsWorkshopSession  *self);
GPtrArray             *lds_workshop_session_get_parents     (LdsWorkshopSession  *self);
GPtrArray             *lds_workshop_session_get_neighbours  (LdsWorkshopSession  *self);
GPtrArray             *lds_workshop_session_get_hints       (LdsWorkshopSession  *self);
GArray                *lds_workshop_session_get_targets     (LdsWorkshopSession  *self);
const char            *lds_workshop_session_get_unit_name   (LdsWorkshopSession  *self,
                                                             LdsId                unit_id);
const char            *lds_workshop_session_get_person_name (LdsWorkshopSession  *self,
                                                             LdsId                person_id);
const char            *lds_workshop_session_get_cycle_name  (LdsWorkshopSession  *self);
LdsId                  lds_workshop_session_get_team        (LdsWorkshopSession  *self);
GtkEntryBuffer        *lds_workshop_session_get_draft       (LdsWorkshopSession  *self);
char                  *lds_workshop_session_get_instruction (LdsWorkshopSession  *self);
char                  *lds_workshop_session_get_placeholder (LdsWorkshopSession  *self);
gboolean               lds_workshop_session_wants_typing    (LdsWorkshopSession  *self);

/* What is on the board, and the card in focus */
GPtrArray             *lds_workshop_session_get_board       (LdsWorkshopSession  *self);
LdsId                  lds_workshop_session_get_selected    (LdsWorkshopSession  *self);
void                   lds_workshop_session_select          (LdsWorkshopSession  *self,
                                                             LdsId                card_id);
void                   lds_workshop_session_set_grid_columns (LdsWorkshopSession *self,
                                                              guint               columns);
LdsWorkshopMode        lds_workshop_session_get_mode        (LdsWorkshopSession  *self);
LdsId                  lds_workshop_session_get_merge_from  (LdsWorkshopSession  *self);
gboolean               lds_workshop_session_get_show_help   (LdsWorkshopSession  *self);
gboolean               lds_workshop_session_get_show_parking (LdsWorkshopSession *self);
const char            *lds_workshop_session_get_message     (LdsWorkshopSession  *self,
                                                             gboolean            *is_error);
const LdsWorkshopHint *lds_workshop_session_hint_for        (LdsWorkshopSession  *self,
                                                             LdsId                card_id);

/* Keys */
const LdsWorkshopKey  *lds_workshop_session_get_keys        (guint               *n_keys);
char                  *lds_workshop_key_label               (const LdsWorkshopKey *key);
void                   lds_workshop_session_add_shortcuts   (LdsWorkshopSession  *self,
                                                             GtkWidget           *widget);
gboolean               lds_workshop_session_activate        (LdsWorkshopSession  *self,
                                                             const char          *action,
                                                             GVariant            *parameter);
gboolean               lds_workshop_session_submit          (LdsWorkshopSession  *self);
void                   lds_workshop_session_watch_entry     (LdsWorkshopSession  *self,
                                                             GtkWidget           *entry);

G_END_DECLS
