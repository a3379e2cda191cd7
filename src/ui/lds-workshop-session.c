/* lds-workshop-session.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-store-coach.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-controls.h"
#include "lds-workshop-session-private.h"
#include "lds-workshop-summary.h"

#define MESSAGE_SECONDS 6
#define SESSION_KEY "lds-workshop-session"   /* on its windows: the session they show */

enum {
  CHANGED,
  TICK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsWorkshopSession, lds_workshop_session, G_TYPE_OBJECT)

/* Loading */

static void
load_names (LdsWorkshopSession *self)
{
  g_autoptr(GPtrArray) units = lds_store_list (self->store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) people = lds_store_list (self->store, LDS_RECORD_PERSON, NULL);
  g_autoptr(LdsCycle) cycle = lds_store_get (self->store, LDS_RECORD_CYCLE,
                                             self->data->workshop->cycle_id, NULL);

  g_hash_table_remove_all (self->unit_names);
  g_hash_table_remove_all (self->people);
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LdsUnit *unit = units->pdata[i];
      g_hash_table_insert (self->unit_names, g_memdup2 (&unit->id, sizeof unit->id),
                           g_strdup (unit->name));
    }
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      LdsPerson *person = people->pdata[i];
      g_hash_table_insert (self->people, &person->id, person);
      people->pdata[i] = NULL;
    }
  g_free (self->cycle_name);
  self->cycle_name = g_strdup (cycle != NULL ? cycle->name : "");
}

static void
load_targets (LdsWorkshopSession *self)
{
  g_array_set_size (self->targets, 0);
  for (guint i = 0; i < self->parents->len; i++)
    {
      LdsUnitOkrs *okrs = self->parents->pdata[i];

      for (guint j = 0; j < okrs->key_results->len; j++)
        {
          LdsKeyResult *kr = okrs->key_results->pdata[j];
          LdsAlignTargetRef ref = { "", LDS_RECORD_KEY_RESULT, kr->id, kr->title,
                                    okrs->unit_name };

          g_snprintf (ref.label, sizeof ref.label, "%u", self->targets->len + 1);
          g_array_append_val (self->targets, ref);
        }
    }
  {
    guint letter = 0;
    LdsId team = lds_workshop_session_get_team (self);

    for (guint i = 0; i < self->neighbours->len; i++)
      {
        LdsUnitOkrs *okrs = self->neighbours->pdata[i];

        for (guint j = 0; j < okrs->objectives->len && letter < 26; j++)
          {
            LdsObjective *o = okrs->objectives->pdata[j];
            LdsAlignTargetRef ref = { "", LDS_RECORD_OBJECTIVE, o->id, o->title,
                                      okrs->unit_name };

            g_snprintf (ref.label, sizeof ref.label, "%c", 'A' + letter++);
            g_array_append_val (self->targets, ref);
          }
      }
    /* The other teams of the workshop are neighbours too. */
    for (guint i = 0; i < self->data->cards->len && letter < 26; i++)
      {
        LdsWorkshopCard *card = self->data->cards->pdata[i];
        LdsAlignTargetRef ref = { "", LDS_RECORD_WORKSHOP_CARD, card->id, card->title, NULL };

        if (card->kind != LDS_CARD_KIND_OBJECTIVE || card->state != LDS_CARD_STATE_CHOSEN ||
            card->unit_id == team)
          continue;
        ref.owner = lds_workshop_session_get_unit_name (self, card->unit_id);
        g_snprintf (ref.label, sizeof ref.label, "%c", 'A' + letter++);
        g_array_append_val (self->targets, ref);
      }
  }
}

static gboolean
reload (LdsWorkshopSession  *self,
        GError             **error)
{
  g_autoptr(LdsWorkshopData) data = lds_store_load_workshop (self->store, self->workshop_id, error);

  if (data == NULL)
    return FALSE;
  g_clear_pointer (&self->data, lds_workshop_data_free);
  self->data = g_steal_pointer (&data);
  if (self->team >= self->data->teams->len)
    self->team = 0;

  if (self->okrs_stale || self->parents == NULL)
    {
      g_autoptr(GPtrArray) parents = lds_store_workshop_parents (self->store, self->data, NULL);
      g_autoptr(GPtrArray) neighbours = lds_store_workshop_neighbours (self->store, self->data,
                                                                       NULL);
      g_autoptr(LdsCoachSnapshot) organisation =
        lds_store_coach_snapshot (self->store, self->data->workshop->cycle_id, NULL);

      if (parents != NULL && neighbours != NULL && organisation != NULL)
        {
          g_clear_pointer (&self->parents, g_ptr_array_unref);
          g_clear_pointer (&self->neighbours, g_ptr_array_unref);
          g_clear_pointer (&self->organisation, lds_coach_snapshot_free);
          self->parents = g_steal_pointer (&parents);
          self->neighbours = g_steal_pointer (&neighbours);
          self->organisation = g_steal_pointer (&organisation);
          load_names (self);
          self->okrs_stale = FALSE;
        }
    }
  if (self->parents == NULL)
    {
      self->parents = g_ptr_array_new ();
      self->neighbours = g_ptr_array_new ();
    }
  load_targets (self);

  g_clear_pointer (&self->hints, g_ptr_array_unref);
  if (self->organisation != NULL)
    self->hints = lds_workshop_hints (self->data, self->organisation);
  else
    self->hints = g_ptr_array_new ();
  return TRUE;
}

/* Flat positions of the board, for keeping the focus where it was. */
static int
board_index (GPtrArray *board,
             LdsId      card_id)
{
  int index = 0;

  for (guint c = 0; c < board->len; c++)
    {
      LdsBoardColumn *column = board->pdata[c];

      if (column->header != NULL && column->header->id == card_id)
        return index;
      index += column->header != NULL;
      for (guint i = 0; i < column->cards->len; i++, index++)
        if (((LdsWorkshopCard *) column->cards->pdata[i])->id == card_id)
          return index;
    }
  return -1;
}

static LdsId
board_at (GPtrArray *board,
          int        wanted)
{
  int index = 0;
  LdsId last = 0;

  for (guint c = 0; c < board->len; c++)
    {
      LdsBoardColumn *column = board->pdata[c];

      if (column->header != NULL)
        {
          last = column->header->id;
          if (index++ == wanted)
            return last;
        }
      for (guint i = 0; i < column->cards->len; i++)
        {
          last = ((LdsWorkshopCard *) column->cards->pdata[i])->id;
          if (index++ == wanted)
            return last;
        }
    }
  return last;
}

/* Keeps a card in focus when the one in focus leaves the board: the card it
 * was merged into, else the one now at its place. */
static void
keep_focus (LdsWorkshopSession *self,
            int                 old_index)
{
  g_autoptr(GPtrArray) board = lds_workshop_session_get_board (self);
  LdsWorkshopCard *card;

  if (board_index (board, self->selected) >= 0)
    return;
  card = lds_workshop_data_get_card (self->data, self->selected);
  if (card != NULL && card->merged_into_id != 0 && board_index (board, card->merged_into_id) >= 0)
    {
      self->selected = card->merged_into_id;
      return;
    }
  self->selected = board_at (board, MAX (old_index, 0));
}

static void
store_changed_cb (LdsWorkshopSession *self,
                  LdsChanges         *changes)
{
  g_autoptr(GError) error = NULL;
  int old_index;
  static const LdsRecordType okr_types[] = {
    LDS_RECORD_UNIT, LDS_RECORD_PERSON, LDS_RECORD_CYCLE, LDS_RECORD_OBJECTIVE,
    LDS_RECORD_KEY_RESULT, LDS_RECORD_LINK,
  };
  gboolean workshop = changes->everything;

  for (guint i = 0; i < G_N_ELEMENTS (okr_types); i++)
    self->okrs_stale |= lds_changes_has_type (changes, okr_types[i]);
  self->okrs_stale |= changes->everything || changes->settings;
  for (LdsRecordType t = LDS_RECORD_WORKSHOP; t <= LDS_RECORD_WORKSHOP_NOTE; t++)
    workshop |= lds_changes_has_type (changes, t);
  if (!workshop && !self->okrs_stale)
    return;

  {
    g_autoptr(GPtrArray) board = lds_workshop_session_get_board (self);
    old_index = board_index (board, self->selected);
  }
  if (!reload (self, &error))
    {
      /* The workshop is gone: its start was undone, or its cycle deleted. */
      lds_workshop_session_close (self);
      return;
    }
  keep_focus (self, old_index);
  _lds_workshop_session_update_actions (self);
  _lds_workshop_session_changed (self);
}

static gboolean
tick_cb (gpointer user_data)
{
  LdsWorkshopSession *self = user_data;

  g_signal_emit (self, signals[TICK], 0);
  return G_SOURCE_CONTINUE;
}

/* Helpers the actions share */

void
_lds_workshop_session_changed (LdsWorkshopSession *self)
{
  gboolean running = self->data != NULL && self->data->workshop->timer_ends_at != 0;

  if (running && self->tick_id == 0)
    self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  else if (!running)
    g_clear_handle_id (&self->tick_id, g_source_remove);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
message_timeout_cb (gpointer user_data)
{
  LdsWorkshopSession *self = user_data;

  self->message_id = 0;
  g_clear_pointer (&self->message, g_free);
  _lds_workshop_session_changed (self);
  return G_SOURCE_REMOVE;
}

/* Shows @message on both screens for a few seconds. */
void
_lds_workshop_session_say (LdsWorkshopSession *self,
                           const char         *message,
                           gboolean            error)
{
  g_clear_handle_id (&self->message_id, g_source_remove);
  g_free (self->message);
  self->message = g_strdup (message);
  self->message_is_error = error;
  if (message != NULL)
    self->message_id = g_timeout_add_seconds (MESSAGE_SECONDS, message_timeout_cb, self);
  _lds_workshop_session_changed (self);
}

/* Says what went wrong, when something did; returns @ok. Takes @error. */
gboolean
_lds_workshop_session_check (LdsWorkshopSession *self,
                             gboolean            ok,
                             GError             *error)
{
  if (!ok)
    _lds_workshop_session_say (self, error != NULL ? error->message : _("That did not work."),
                               TRUE);
  g_clear_error (&error);
  return ok;
}

LdsWorkshopCard *
_lds_workshop_session_selected_card (LdsWorkshopSession *self)
{
  return lds_workshop_data_get_card (self->data, self->selected);
}

/* The objective card of the column in focus, while key results are shown
 * under their objectives. */
LdsWorkshopCard *
_lds_workshop_session_column_header (LdsWorkshopSession *self)
{
  g_autoptr(GPtrArray) board = lds_workshop_session_get_board (self);

  for (guint c = 0; c < board->len; c++)
    {
      LdsBoardColumn *column = board->pdata[c];

      if (column->header == NULL)
        continue;
      if (column->header->id == self->selected)
        return column->header;
      for (guint i = 0; i < column->cards->len; i++)
        if (((LdsWorkshopCard *) column->cards->pdata[i])->id == self->selected)
          return column->header;
    }
  return board->len > 0 ? ((LdsBoardColumn *) board->pdata[0])->header : NULL;
}

/* Moves the focus on the board: left and right between cards (or columns),
 * up and down a row of the grid (or within a column). */
void
_lds_workshop_session_move (LdsWorkshopSession *self,
                            int                 dx,
                            int                 dy)
{
  g_autoptr(GPtrArray) board = lds_workshop_session_get_board (self);
  guint col = 0;
  int row = -2;

  if (board->len == 0)
    return;
  for (guint c = 0; c < board->len && row == -2; c++)
    {
      LdsBoardColumn *column = board->pdata[c];

      if (column->header != NULL && column->header->id == self->selected)
        col = c, row = -1;
      for (guint i = 0; i < column->cards->len && row == -2; i++)
        if (((LdsWorkshopCard *) column->cards->pdata[i])->id == self->selected)
          col = c, row = i;
    }

  if (board->len == 1 && ((LdsBoardColumn *) board->pdata[0])->header == NULL)
    {
      /* One grid, read left to right and top to bottom. */
      GPtrArray *cards = ((LdsBoardColumn *) board->pdata[0])->cards;
      int n = cards->len, step = dx + dy * (int) MAX (self->grid_columns, 1);
      int i = row < 0 ? 0 : CLAMP (row + step, 0, n - 1);

      if (n > 0)
        self->selected = ((LdsWorkshopCard *) cards->pdata[i])->id;
    }
  else
    {
      LdsBoardColumn *column;
      int first, n;

      if (row == -2)
        row = -1;
      col = CLAMP ((int) col + dx, 0, (int) board->len - 1);
      column = board->pdata[col];
      first = column->header != NULL ? -1 : 0;
      n = column->cards->len;
      row = CLAMP (row + dy, first, MAX (n - 1, first));
      if (row < 0 && column->header != NULL)
        self->selected = column->header->id;
      else if (n > 0)
        self->selected = ((LdsWorkshopCard *) column->cards->pdata[MAX (row, 0)])->id;
    }
  _lds_workshop_session_changed (self);
}

/* Shows the next (or previous) team's cards; what it can depend on changes
 * with it. */
void
_lds_workshop_session_switch_team (LdsWorkshopSession *self,
                                   int                 step)
{
  guint n = self->data->teams->len;

  if (n < 2)
    return;
  self->team = (self->team + n + step) % n;
  self->selected = 0;
  load_targets (self);
  _lds_workshop_session_move (self, 0, 0);
}

/* The summary */

static void
export_response_cb (GtkNativeDialog    *dialog,
                    int                 response,
                    LdsWorkshopSession *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *base = NULL;
  g_autofree char *pdf = NULL;
  g_autofree char *md = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *message = NULL;
  GError *error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  g_object_unref (dialog);
  if (file == NULL || (path = g_file_get_path (file)) == NULL)
    return;

  base = g_str_has_suffix (path, ".pdf") || g_str_has_suffix (path, ".md")
           ? g_strndup (path, strrchr (path, '.') - path) : g_strdup (path);
  pdf = g_strconcat (base, ".pdf", NULL);
  md = g_strconcat (base, ".md", NULL);
  if (!_lds_workshop_session_check (self, lds_workshop_summary_write (self->store,
                                                                      self->workshop_id, pdf,
                                                                      &error), error) ||
      !_lds_workshop_session_check (self, lds_workshop_summary_write (self->store,
                                                                      self->workshop_id, md,
                                                                      &error), error))
    return;
  shown = g_filename_display_basename (base);
  /* Translators: %s is a file name without its ending; the summary is written
   * as NAME.pdf and NAME.md */
  message = g_strdup_printf (_("The summary is saved as %s.pdf and .md."), shown);
  _lds_workshop_session_say (self, message, FALSE);
}

void
_lds_workshop_session_export (LdsWorkshopSession *self)
{
  GtkWindow *parent = self->controls != NULL && gtk_widget_get_visible (GTK_WIDGET (self->controls))
                        ? self->controls : self->audience;
  GtkFileChooserNative *dialog;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *teams = NULL;
  g_autofree char *name = NULL;
  const char *dir = lds_store_get_path (self->store);

  for (guint i = 0; i < self->data->teams->len; i++)
    g_ptr_array_add (names, (gpointer) lds_workshop_session_get_unit_name (
                       self, ((LdsWorkshopTeam *) self->data->teams->pdata[i])->unit_id));
  g_ptr_array_add (names, NULL);
  teams = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: a file name; %1$s is the teams, %2$s the cycle */
  name = g_strdup_printf (_("Workshop %1$s %2$s.pdf"), teams, self->cycle_name);
  g_strdelimit (name, "/\\:", '-');

  dialog = gtk_file_chooser_native_new (_("Save the Workshop’s Summary"), parent,
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  if (dir != NULL)
    {
      g_autofree char *folder = g_path_get_dirname (dir);
      g_autoptr(GFile) file = g_file_new_for_path (folder);
      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), file, NULL);
    }
  g_signal_connect_object (dialog, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* Windows */

static void
window_destroyed_cb (LdsWorkshopSession *self,
                     GtkWindow          *window)
{
  if (window == self->audience)
    self->audience = NULL;
  if (window == self->controls)
    self->controls = NULL;
  /* Closing the audience view ends the session: the controls go with it. */
  if (self->audience == NULL && self->controls != NULL && !self->closing)
    {
      self->closing = TRUE;
      gtk_window_destroy (self->controls);
    }
}

static GdkMonitor *
monitor_of (GtkWindow *window)
{
  GdkSurface *surface;

  if (window == NULL || !gtk_widget_get_realized (GTK_WIDGET (window)))
    return NULL;
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)),
                                             surface);
}

/* The monitor for the audience view: on one screen that screen, else the
 * first that is not the laptop's (the one showing @laptop, the main window;
 * the second when it is not known). */
GdkMonitor *
_lds_workshop_pick_projector (GListModel *monitors,
                              GdkMonitor *laptop)
{
  guint n = g_list_model_get_n_items (monitors);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      if (n == 1 || (laptop != NULL ? monitor != laptop : i > 0))
        return g_steal_pointer (&monitor);
    }
  return NULL;
}

/* A projector plugged in or out in the middle of the meeting: the audience
 * view goes full screen on it (or back on the one screen left), and the
 * controls come up on the laptop beside it (or hide away). */
void
_lds_workshop_session_monitors_changed (LdsWorkshopSession *self,
                                        GListModel         *monitors)
{
  gboolean was_one_screen = self->one_screen;
  GdkMonitor *laptop;
  g_autoptr(GdkMonitor) projector = NULL;

  if (self->audience == NULL || self->controls == NULL)
    return;
  self->one_screen = g_list_model_get_n_items (monitors) < 2;
  laptop = gtk_widget_get_visible (GTK_WIDGET (self->controls)) ? monitor_of (self->controls)
                                                                 : NULL;
  projector = _lds_workshop_pick_projector (monitors, laptop);
  if (g_getenv ("LODESTAR_WORKSHOP_WINDOWED") == NULL)
    {
      if (projector != NULL && !self->one_screen)
        gtk_window_fullscreen_on_monitor (self->audience, projector);
      else
        gtk_window_fullscreen (self->audience);
    }
  if (was_one_screen && !self->one_screen)
    gtk_window_present (self->controls);
  else if (!was_one_screen && self->one_screen)
    gtk_widget_set_visible (GTK_WIDGET (self->controls), FALSE);
}

static void
monitors_changed_cb (LdsWorkshopSession *self,
                     guint               position,
                     guint               removed,
                     guint               added,
                     GListModel         *monitors)
{
  _lds_workshop_session_monitors_changed (self, monitors);
}

/* @like: (nullable): an audience view being replaced, whose screen, size
 * and full screen (F11 may have turned it off) the new one takes */
static void
make_windows (LdsWorkshopSession *self,
              GtkApplication     *application,
              GtkWindow          *parent,
              GtkWindow          *like)
{
  GdkDisplay *display = gdk_display_get_default ();
  GListModel *monitors = gdk_display_get_monitors (display);
  guint n = g_list_model_get_n_items (monitors);
  GdkMonitor *laptop = monitor_of (parent);
  GdkMonitor *shown_on = monitor_of (like);
  g_autoptr(GdkMonitor) projector = shown_on != NULL ? g_object_ref (shown_on)
                                                     : _lds_workshop_pick_projector (monitors, laptop);
  GdkRectangle geometry = { 0, 0, 1280, 800 };
  gboolean fullscreen = g_getenv ("LODESTAR_WORKSHOP_WINDOWED") == NULL &&
                        (like == NULL || gtk_window_is_fullscreen (like));

  self->one_screen = n < 2;
  if (!self->watching_monitors)
    {
      g_signal_connect_object (monitors, "items-changed", G_CALLBACK (monitors_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->watching_monitors = TRUE;
    }

  self->audience = lds_workshop_audience_new (self);
  self->controls = lds_workshop_controls_new (self);
  /* (Not a reference: the windows keep the session, not the other way.) */
  g_object_set_data (G_OBJECT (self->audience), SESSION_KEY, self);
  g_object_set_data (G_OBJECT (self->controls), SESSION_KEY, self);
  if (application != NULL)
    {
      gtk_window_set_application (self->audience, application);
      gtk_window_set_application (self->controls, application);
    }
  g_signal_connect_object (self->audience, "destroy", G_CALLBACK (window_destroyed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->controls, "destroy", G_CALLBACK (window_destroyed_cb), self,
                           G_CONNECT_SWAPPED);

  if (projector != NULL)
    gdk_monitor_get_geometry (projector, &geometry);
  if (like != NULL && !fullscreen && gtk_widget_get_width (GTK_WIDGET (like)) > 0)
    {
      geometry.width = gtk_widget_get_width (GTK_WIDGET (like));
      geometry.height = gtk_widget_get_height (GTK_WIDGET (like));
    }
  /* Without a window manager (a bare X server) a window is not made full
   * screen: it has the screen's size anyway. */
  gtk_window_set_default_size (self->audience, geometry.width, geometry.height);
  if (fullscreen)
    {
      if (projector != NULL && !self->one_screen)
        gtk_window_fullscreen_on_monitor (self->audience, projector);
      else
        gtk_window_fullscreen (self->audience);
    }
  gtk_window_present (self->audience);
  /* On one screen the controls hide away (F12 shows them). */
  if (!self->one_screen)
    gtk_window_present (self->controls);
}

/* GObject */

static void
lds_workshop_session_dispose (GObject *object)
{
  LdsWorkshopSession *self = LDS_WORKSHOP_SESSION (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->message_id, g_source_remove);
  g_clear_object (&self->actions);
  g_clear_object (&self->draft);
  if (self->store != NULL)
    {
      g_autofree char *key = g_strdup_printf ("lds-workshop-session-%" G_GINT64_FORMAT,
                                              self->workshop_id);
      if (g_object_get_data (G_OBJECT (self->store), key) == self)
        g_object_set_data (G_OBJECT (self->store), key, NULL);
    }
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lds_workshop_session_parent_class)->dispose (object);
}

static void
lds_workshop_session_finalize (GObject *object)
{
  LdsWorkshopSession *self = LDS_WORKSHOP_SESSION (object);

  g_clear_pointer (&self->data, lds_workshop_data_free);
  g_clear_pointer (&self->parents, g_ptr_array_unref);
  g_clear_pointer (&self->neighbours, g_ptr_array_unref);
  g_clear_pointer (&self->hints, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_array_unref);
  g_clear_pointer (&self->organisation, lds_coach_snapshot_free);
  g_clear_pointer (&self->unit_names, g_hash_table_unref);
  g_clear_pointer (&self->people, g_hash_table_unref);
  g_free (self->cycle_name);
  g_free (self->message);

  G_OBJECT_CLASS (lds_workshop_session_parent_class)->finalize (object);
}

static void
lds_workshop_session_class_init (LdsWorkshopSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lds_workshop_session_dispose;
  object_class->finalize = lds_workshop_session_finalize;

  /* Anything shown may have changed: the records, the focus, the mode. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* A second of a running countdown. */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
lds_workshop_session_init (LdsWorkshopSession *self)
{
  self->unit_names = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
  self->people = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                        (GDestroyNotify) lds_person_free);
  self->targets = g_array_new (FALSE, TRUE, sizeof (LdsAlignTargetRef));
  self->draft = gtk_entry_buffer_new (NULL, 0);
  self->grid_columns = 1;
  self->okrs_stale = TRUE;
}

/* Public API */

/**
 * lds_workshop_session_new:
 *
 * Loads a workshop to run it, without windows (tests and
 * lds_workshop_session_open() make them).
 */
LdsWorkshopSession *
lds_workshop_session_new (LdsStore  *store,
                          LdsId      workshop_id,
                          GError   **error)
{
  g_autoptr(LdsWorkshopSession) self = g_object_new (LDS_TYPE_WORKSHOP_SESSION, NULL);
  g_autoptr(GPtrArray) board = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  self->store = g_object_ref (store);
  self->workshop_id = workshop_id;
  if (!reload (self, error))
    return NULL;
  board = lds_workshop_session_get_board (self);
  self->selected = board_at (board, 0);
  _lds_workshop_session_init_actions (self);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _lds_workshop_session_changed (self);
  return g_steal_pointer (&self);
}

/**
 * lds_workshop_session_open:
 * @parent: (nullable): the main window, whose screen is the laptop's
 *
 * Opens a workshop: the audience view full screen on the projector (the
 * second monitor when there is one), the controls on the laptop. Opening
 * one that is open already brings its windows forward.
 *
 * Returns: (transfer none): the session; its windows keep it
 */
LdsWorkshopSession *
lds_workshop_session_open (GtkApplication  *application,
                           GtkWindow       *parent,
                           LdsStore        *store,
                           LdsId            workshop_id,
                           GError         **error)
{
  g_autofree char *key = g_strdup_printf ("lds-workshop-session-%" G_GINT64_FORMAT, workshop_id);
  LdsWorkshopSession *open = g_object_get_data (G_OBJECT (store), key);
  g_autoptr(LdsWorkshopSession) self = NULL;

  if (open != NULL)
    {
      lds_workshop_session_present (open, application, parent);
      return open;
    }
  self = lds_workshop_session_new (store, workshop_id, error);
  if (self == NULL)
    return NULL;
  /* Forgotten again when the session goes (see dispose). */
  g_object_set_data (G_OBJECT (store), key, self);
  lds_workshop_session_present (self, application, parent);
  return self;
}

/* Shows the session's windows, making them when they are not there. */
void
lds_workshop_session_present (LdsWorkshopSession *self,
                              GtkApplication     *application,
                              GtkWindow          *parent)
{
  g_return_if_fail (LDS_IS_WORKSHOP_SESSION (self));

  if (self->audience == NULL)
    make_windows (self, application, parent, NULL);
  else
    {
      gtk_window_present (self->audience);
      if (!self->one_screen && self->controls != NULL)
        gtk_window_present (self->controls);
    }
}

/**
 * lds_workshop_session_rebuild:
 *
 * Makes the windows again, as they were: after the interface's language
 * changes, every word is read again.
 */
void
lds_workshop_session_rebuild (LdsWorkshopSession *self)
{
  /* Held while windows that own it go away */
  g_autoptr(LdsWorkshopSession) keep G_GNUC_UNUSED = g_object_ref (self);
  GtkWindow *old_audience = self->audience;
  GtkWindow *old_controls = self->controls;
  GtkApplication *application = old_audience != NULL ? gtk_window_get_application (old_audience)
                                                      : NULL;
  gboolean controls_shown = old_controls != NULL &&
                            gtk_widget_get_visible (GTK_WIDGET (old_controls));

  g_return_if_fail (LDS_IS_WORKSHOP_SESSION (self));

  if (old_audience == NULL)
    return;
  self->closing = TRUE;
  self->audience = NULL;
  self->controls = NULL;
  make_windows (self, application, NULL, old_audience);
  if (controls_shown)
    gtk_window_present (self->controls);
  if (old_controls != NULL)
    gtk_window_destroy (old_controls);
  gtk_window_destroy (old_audience);
  self->closing = FALSE;
  _lds_workshop_session_changed (self);
}

/**
 * lds_workshop_session_from_window:
 *
 * Returns: (transfer none) (nullable): the session whose audience view or
 *   controls @window is, or %NULL for any other window
 */
LdsWorkshopSession *
lds_workshop_session_from_window (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_get_data (G_OBJECT (window), SESSION_KEY);
}

/* Closes the windows; everything is kept in the file already. */
void
lds_workshop_session_close (LdsWorkshopSession *self)
{
  /* Held while windows that own it go away */
  g_autoptr(LdsWorkshopSession) keep G_GNUC_UNUSED = g_object_ref (self);

  self->closing = TRUE;
  if (self->controls != NULL)
    gtk_window_destroy (self->controls);
  if (self->audience != NULL)
    gtk_window_destroy (self->audience);
}

void
_lds_workshop_session_toggle_controls (LdsWorkshopSession *self)
{
  if (self->controls == NULL)
    return;
  if (gtk_widget_get_visible (GTK_WIDGET (self->controls)) && self->one_screen)
    gtk_widget_set_visible (GTK_WIDGET (self->controls), FALSE);
  else
    gtk_window_present (self->controls);
}

GtkWindow *
lds_workshop_session_get_audience (LdsWorkshopSession *self)
{
  return self->audience;
}

GtkWindow *
lds_workshop_session_get_controls (LdsWorkshopSession *self)
{
  return self->controls;
}

LdsStore *
lds_workshop_session_get_store (LdsWorkshopSession *self)
{
  return self->store;
}

LdsId
lds_workshop_session_get_id (LdsWorkshopSession *self)
{
  return self->workshop_id;
}

const LdsWorkshopData *
lds_workshop_session_get_data (LdsWorkshopSession *self)
{
  return self->data;
}

/* Returns: (transfer none) (element-type LdsUnitOkrs) */
GPtrArray *
lds_workshop_session_get_parents (LdsWorkshopSession *self)
{
  return self->parents;
}

/* Returns: (transfer none) (element-type LdsUnitOkrs) */
GPtrArray *
lds_workshop_session_get_neighbours (LdsWorkshopSession *self)
{
  return self->neighbours;
}

/* Returns: (transfer none) (element-type LdsWorkshopHint) */
GPtrArray *
lds_workshop_session_get_hints (LdsWorkshopSession *self)
{
  return self->hints;
}

/* Returns: (transfer none) (element-type LdsAlignTargetRef) */
GArray *
lds_workshop_session_get_targets (LdsWorkshopSession *self)
{
  return self->targets;
}

const char *
lds_workshop_session_get_unit_name (LdsWorkshopSession *self,
                                    LdsId               unit_id)
{
  const char *name = g_hash_table_lookup (self->unit_names, &unit_id);

  return name != NULL ? name : "";
}

const char *
lds_workshop_session_get_person_name (LdsWorkshopSession *self,
                                      LdsId               person_id)
{
  LdsPerson *person = g_hash_table_lookup (self->people, &person_id);

  return person != NULL ? person->name : NULL;
}

const char *
lds_workshop_session_get_cycle_name (LdsWorkshopSession *self)
{
  return self->cycle_name;
}

/* The team whose cards are shown. */
LdsId
lds_workshop_session_get_team (LdsWorkshopSession *self)
{
  if (self->data == NULL || self->data->teams->len == 0)
    return 0;
  return ((LdsWorkshopTeam *) self->data->teams->pdata[self->team])->unit_id;
}

GtkEntryBuffer *
lds_workshop_session_get_draft (LdsWorkshopSession *self)
{
  return self->draft;
}

/* Whether typed words go into the draft: proposals, an edit, a note, a
 * hidden vote. */
gboolean
lds_workshop_session_wants_typing (LdsWorkshopSession *self)
{
  LdsWorkshopPhase phase = self->data->workshop->phase;

  if (self->mode == LDS_WORKSHOP_MODE_EDIT || self->mode == LDS_WORKSHOP_MODE_NOTE ||
      self->mode == LDS_WORKSHOP_MODE_CONFIDENCE)
    return TRUE;
  return self->mode == LDS_WORKSHOP_MODE_NORMAL && !self->show_parking &&
         (phase == LDS_WORKSHOP_PHASE_OBJECTIVES || phase == LDS_WORKSHOP_PHASE_KEY_RESULTS);
}

static void
column_free (LdsBoardColumn *column)
{
  g_ptr_array_unref (column->cards);
  g_free (column);
}

/**
 * lds_workshop_session_get_board:
 *
 * Returns: (transfer full) (element-type LdsBoardColumn): what the board
 *   shows in this phase, for the team shown
 */
GPtrArray *
lds_workshop_session_get_board (LdsWorkshopSession *self)
{
  GPtrArray *board = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  LdsId team = lds_workshop_session_get_team (self);
  LdsWorkshopPhase phase;
  g_autoptr(GPtrArray) objectives = NULL;

  if (self->data == NULL)
    return board;
  phase = self->data->workshop->phase;

  if (self->show_parking || phase <= LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE)
    {
      LdsBoardColumn *column = g_new0 (LdsBoardColumn, 1);

      if (self->show_parking)
        {
          column->cards = g_ptr_array_new ();
          for (guint i = 0; i < self->data->cards->len; i++)
            {
              LdsWorkshopCard *card = self->data->cards->pdata[i];
              if (card->unit_id == team && card->state == LDS_CARD_STATE_PARKED)
                g_ptr_array_add (column->cards, card);
            }
        }
      else
        column->cards = lds_workshop_data_list_cards (self->data, team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                      LDS_CARD_STATES_LIVE);
      g_ptr_array_add (board, column);
      return board;
    }

  objectives = lds_workshop_data_list_cards (self->data, team, LDS_CARD_KIND_OBJECTIVE, 0,
                                             LDS_CARD_STATES_CHOSEN);
  for (guint i = 0; i < objectives->len; i++)
    {
      LdsBoardColumn *column = g_new0 (LdsBoardColumn, 1);
      LdsWorkshopCard *objective = objectives->pdata[i];

      column->header = objective;
      column->cards = lds_workshop_data_list_cards (self->data, 0, LDS_CARD_KIND_KEY_RESULT,
                                                    objective->id,
                                                    phase <= LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE
                                                      ? LDS_CARD_STATES_LIVE
                                                      : LDS_CARD_STATES_CHOSEN);
      g_ptr_array_add (board, column);
    }
  return board;
}

LdsId
lds_workshop_session_get_selected (LdsWorkshopSession *self)
{
  return self->selected;
}

void
lds_workshop_session_select (LdsWorkshopSession *self,
                             LdsId               card_id)
{
  g_autoptr(GPtrArray) board = lds_workshop_session_get_board (self);

  if (card_id == self->selected || board_index (board, card_id) < 0)
    return;
  self->selected = card_id;
  _lds_workshop_session_changed (self);
}

/* How many cards a row of the grid holds, for Up and Down. */
void
lds_workshop_session_set_grid_columns (LdsWorkshopSession *self,
                                       guint               columns)
{
  self->grid_columns = MAX (columns, 1);
}

LdsWorkshopMode
lds_workshop_session_get_mode (LdsWorkshopSession *self)
{
  return self->mode;
}

LdsId
lds_workshop_session_get_merge_from (LdsWorkshopSession *self)
{
  return self->mode == LDS_WORKSHOP_MODE_MERGE ? self->merge_from : 0;
}

gboolean
lds_workshop_session_get_show_help (LdsWorkshopSession *self)
{
  return self->show_help;
}

gboolean
lds_workshop_session_get_show_parking (LdsWorkshopSession *self)
{
  return self->show_parking;
}

/* What was refused, or done, a moment ago; NULL when nothing. */
const char *
lds_workshop_session_get_message (LdsWorkshopSession *self,
                                  gboolean           *is_error)
{
  if (is_error != NULL)
    *is_error = self->message_is_error;
  return self->message;
}

/* The hint to show on a card (0: on the whole workshop), or NULL: the most
 * telling one when there are several ("worded as a task" says more than
 * "has no number"). */
const LdsWorkshopHint *
lds_workshop_session_hint_for (LdsWorkshopSession *self,
                               LdsId               card_id)
{
  static const LdsCoachRule order[] = {
    LDS_COACH_RULE_TOO_MANY_OBJECTIVES, LDS_COACH_RULE_TOO_MANY_KEY_RESULTS,
    LDS_COACH_RULE_KEY_RESULT_IS_TASK, LDS_COACH_RULE_OBJECTIVE_HAS_NUMBER,
    LDS_COACH_RULE_DUPLICATE_OBJECTIVE, LDS_COACH_RULE_NOT_ALIGNED,
    LDS_COACH_RULE_OBJECTIVE_WITHOUT_KEY_RESULTS, LDS_COACH_RULE_KEY_RESULT_WITHOUT_OWNER,
    LDS_COACH_RULE_KEY_RESULT_NOT_MEASURABLE,
  };
  LdsWorkshopHint *best = NULL;
  guint best_rank = G_N_ELEMENTS (order);

  for (guint i = 0; self->hints != NULL && i < self->hints->len; i++)
    {
      LdsWorkshopHint *hint = self->hints->pdata[i];
      guint rank = 0;

      if (hint->card_id != card_id)
        continue;
      while (rank < G_N_ELEMENTS (order) && order[rank] != hint->rule)
        rank++;
      if (best == NULL || rank < best_rank)
        best = hint, best_rank = rank;
    }
  return best;
}

/* What the room is asked to do now, in one line. */
char *
lds_workshop_session_get_instruction (LdsWorkshopSession *self)
{
  const LdsWorkshopData *data = self->data;

  if (self->show_parking)
    return g_strdup (_("The parking lot: ideas set aside. Ctrl+P brings one back."));
  switch (self->mode)
    {
    case LDS_WORKSHOP_MODE_EDIT:
      return g_strdup (_("Change the words, then press Enter. Escape leaves them as they were."));
    case LDS_WORKSHOP_MODE_MERGE:
      return g_strdup (_("Move to the card it goes into, then press Ctrl+M again."));
    case LDS_WORKSHOP_MODE_CONFIDENCE:
      return g_strdup (_("Each person types a confidence from 0 to 10, unseen, then Enter. "
                         "Ctrl+R shows them all together."));
    case LDS_WORKSHOP_MODE_NOTE:
      return g_strdup (_("Write the note, then press Enter."));
    case LDS_WORKSHOP_MODE_NORMAL:
    default:
      break;
    }
  switch (data->workshop->phase)
    {
    case LDS_WORKSHOP_PHASE_OBJECTIVES:
      return g_strdup (_("Where do we want to be? Type a proposal and press Enter."));
    case LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Give each card its dots (0–9, + or −), then choose "
                                           "up to %d with Space.",
                                           "Give each card its dots (0–9, + or −), then choose "
                                           "up to %d with Space.",
                                           data->max_objectives),
                              data->max_objectives);
    case LDS_WORKSHOP_PHASE_KEY_RESULTS:
      return g_strdup (_("How will we know we got there? Type a key result under its objective "
                         "and press Enter."));
    case LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE:
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "Dots (0–9), then choose up to %d per objective with "
                                           "Space; Ctrl+K takes hidden confidence votes.",
                                           "Dots (0–9), then choose up to %d per objective with "
                                           "Space; Ctrl+K takes hidden confidence votes.",
                                           data->max_key_results),
                              data->max_key_results);
    case LDS_WORKSHOP_PHASE_ALIGN:
      return g_strdup (_("Align each objective: 1–9 to a key result above, 0 self-driven, A–Z "
                         "depends on a neighbour. Ctrl+O gives a key result its owner."));
    case LDS_WORKSHOP_PHASE_CONFIRM:
      return g_strdup (_("Look it over. Ctrl+Enter turns it into draft OKRs; the rest stays in "
                         "the parking lot."));
    case LDS_WORKSHOP_PHASE_DONE:
    default:
      return g_strdup (_("Confirmed: these are draft OKRs now. Ctrl+E saves the summary."));
    }
}

/* What the empty entry says, in the phase or mode. */
char *
lds_workshop_session_get_placeholder (LdsWorkshopSession *self)
{
  LdsWorkshopCard *header;

  switch (self->mode)
    {
    case LDS_WORKSHOP_MODE_CONFIDENCE:
      return g_strdup (_("Confidence, 0 to 10 (hidden)"));
    case LDS_WORKSHOP_MODE_NOTE:
      return g_strdup (_("A note"));
    case LDS_WORKSHOP_MODE_EDIT:
    case LDS_WORKSHOP_MODE_MERGE:
    case LDS_WORKSHOP_MODE_NORMAL:
    default:
      break;
    }
  if (self->data->workshop->phase == LDS_WORKSHOP_PHASE_KEY_RESULTS &&
      (header = _lds_workshop_session_column_header (self)) != NULL)
    /* Translators: %s is the objective the key result is proposed for */
    return g_strdup_printf (_("A key result for “%s”"), header->title);
  return g_strdup (_("An objective"));
}
