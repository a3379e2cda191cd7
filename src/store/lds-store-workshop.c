/* lds-store-workshop.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-store-align.h"
#include "lds-store-okr.h"
#include "lds-store-private.h"
#include "lds-store-workshop-private.h"

/* Helpers */

void
lds_workshop_info_free (LdsWorkshopInfo *info)
{
  if (info == NULL)
    return;
  g_free (info->cycle_name);
  g_free (info->teams);
  g_free (info);
}

void
lds_unit_okrs_free (LdsUnitOkrs *okrs)
{
  if (okrs == NULL)
    return;
  g_free (okrs->unit_name);
  g_clear_pointer (&okrs->objectives, g_ptr_array_unref);
  g_clear_pointer (&okrs->key_results, g_ptr_array_unref);
  g_free (okrs);
}

gboolean
_lds_workshop_read_all (LdsStore       *store,
          GPtrArray      *into,
          LdsRecordType   type,
          const char     *field,
          LdsId           id,
          GError        **error)
{
  g_autoptr(GPtrArray) list = lds_store_list_by (store, type, field, id, error);

  if (list == NULL)
    return FALSE;
  g_ptr_array_set_free_func (list, NULL);
  g_ptr_array_extend_and_steal (into, g_steal_pointer (&list));
  return TRUE;
}

/* The card and the whole workshop it is in, to check the rules on. */
LdsWorkshopData *
_lds_workshop_load_for_card (LdsStore          *store,
               LdsId              card_id,
               LdsWorkshopCard  **card,
               GError           **error)
{
  g_autoptr(LdsWorkshopCard) stored = lds_store_get (store, LDS_RECORD_WORKSHOP_CARD, card_id,
                                                     error);
  LdsWorkshopData *data;

  if (stored == NULL)
    return NULL;
  data = lds_store_load_workshop (store, stored->workshop_id, error);
  if (data != NULL)
    *card = lds_workshop_data_get_card (data, card_id);
  return data;
}

gboolean
_lds_workshop_update_card (LdsStore         *store,
             LdsWorkshopCard  *card,
             GError          **error)
{
  return lds_store_update (store, LDS_RECORD_WORKSHOP_CARD, card, error);
}

gboolean
_lds_workshop_refuse (GError     **error,
        const char  *message)
{
  g_set_error_literal (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_INVALID, message);
  return FALSE;
}

/* The phase in which cards of @kind are voted on and chosen. */
gboolean
_lds_workshop_check_vote_phase (LdsWorkshopData        *data,
                  const LdsWorkshopCard  *card,
                  LdsWorkshopOp           op,
                  GError                **error)
{
  LdsWorkshopPhase phase = card->kind == LDS_CARD_KIND_OBJECTIVE
                             ? LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE
                             : LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE;

  if (!lds_workshop_check_op (data, op, error))
    return FALSE;
  if (data->workshop->phase != phase)
    {
      g_set_error (error, LDS_WORKSHOP_ERROR, LDS_WORKSHOP_ERROR_PHASE,
                   /* Translators: %1$s and %2$s are workshop phases, such as "Choose
                    * objectives" */
                   _("This belongs to the phase “%1$s”; the workshop is at “%2$s”."),
                   lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, phase),
                   lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, data->workshop->phase));
      return FALSE;
    }
  if (card->state != LDS_CARD_STATE_PROPOSED && card->state != LDS_CARD_STATE_CHOSEN)
    return _lds_workshop_refuse (error, _("This proposal is in the parking lot; bring it back to vote on it."));
  return TRUE;
}

/* Listing and loading */

/**
 * lds_store_list_workshops:
 * @unfinished: only those not confirmed yet
 *
 * Returns: (transfer full) (element-type LdsWorkshopInfo): the workshops,
 *   the one changed last first
 */
GPtrArray *
lds_store_list_workshops (LdsStore  *store,
                          gboolean   unfinished,
                          GError   **error)
{
  static const char sql[] =
    "SELECT w.id, w.cycle_id, c.name, w.phase, w.created_at,"
    "  max (w.modified_at,"
    "       ifnull ((SELECT max (modified_at) FROM workshop_cards WHERE workshop_id = w.id), 0),"
    "       ifnull ((SELECT max (v.modified_at) FROM workshop_votes v"
    "                JOIN workshop_cards k ON k.id = v.card_id WHERE k.workshop_id = w.id), 0)),"
    "  (SELECT count (*) FROM workshop_cards WHERE workshop_id = w.id AND state <> 'merged'),"
    "  (SELECT group_concat (name, ', ') FROM"
    "     (SELECT u.name FROM workshop_teams t JOIN units u ON u.id = t.unit_id"
    "      WHERE t.workshop_id = w.id ORDER BY t.position, t.id))"
    " FROM workshops w JOIN cycles c ON c.id = w.cycle_id"
    " WHERE ?1 = 0 OR w.phase <> 'done'"
    " ORDER BY 6 DESC, w.id DESC";
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_workshop_info_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  stmt = _lds_store_prepare (store, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, unfinished ? 1 : 0);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      LdsWorkshopInfo *info = g_new0 (LdsWorkshopInfo, 1);
      int phase = 0;

      info->id = sqlite3_column_int64 (stmt, 0);
      info->cycle_id = sqlite3_column_int64 (stmt, 1);
      info->cycle_name = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
      lds_enum_from_nick (LDS_TYPE_WORKSHOP_PHASE, (const char *) sqlite3_column_text (stmt, 3),
                          &phase);
      info->phase = phase;
      info->created_at = sqlite3_column_int64 (stmt, 4);
      info->last_change = sqlite3_column_int64 (stmt, 5);
      info->n_cards = sqlite3_column_int (stmt, 6);
      info->teams = g_strdup (sqlite3_column_type (stmt, 7) != SQLITE_NULL
                                ? (const char *) sqlite3_column_text (stmt, 7) : "");
      g_ptr_array_add (list, info);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * lds_store_load_workshop:
 *
 * Returns: (transfer full): every record of the workshop, with the
 *   organisation's limits
 */
LdsWorkshopData *
lds_store_load_workshop (LdsStore  *store,
                         LdsId      workshop_id,
                         GError   **error)
{
  g_autoptr(LdsWorkshopData) data = lds_workshop_data_new ();
  LdsFileSettings settings;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  lds_workshop_free (data->workshop);
  data->workshop = lds_store_get (store, LDS_RECORD_WORKSHOP, workshop_id, error);
  if (data->workshop == NULL)
    return NULL;
  if (!_lds_workshop_read_all (store, data->teams, LDS_RECORD_WORKSHOP_TEAM, "workshop_id", workshop_id, error) ||
      !_lds_workshop_read_all (store, data->cards, LDS_RECORD_WORKSHOP_CARD, "workshop_id", workshop_id, error) ||
      !_lds_workshop_read_all (store, data->notes, LDS_RECORD_WORKSHOP_NOTE, "workshop_id", workshop_id, error))
    return NULL;
  for (guint i = 0; i < data->cards->len; i++)
    {
      LdsId card_id = ((LdsWorkshopCard *) data->cards->pdata[i])->id;

      if (!_lds_workshop_read_all (store, data->votes, LDS_RECORD_WORKSHOP_VOTE, "card_id", card_id, error) ||
          !_lds_workshop_read_all (store, data->decisions, LDS_RECORD_WORKSHOP_DECISION, "card_id", card_id,
                     error))
        return NULL;
    }
  lds_store_get_file_settings (store, &settings);
  data->max_objectives = settings.max_objectives;
  data->max_key_results = settings.max_key_results;
  lds_workshop_data_reindex (data);
  return g_steal_pointer (&data);
}

static LdsUnitOkrs *
unit_okrs (LdsStore  *store,
           LdsUnit   *unit,
           LdsId      cycle_id,
           GError   **error)
{
  g_autoptr(LdsUnitOkrs) okrs = g_new0 (LdsUnitOkrs, 1);
  g_autoptr(GPtrArray) all = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "owner_unit_id",
                                                unit->id, error);

  if (all == NULL)
    return NULL;
  okrs->unit_id = unit->id;
  okrs->unit_name = g_strdup (unit->name);
  okrs->objectives = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_OBJECTIVE));
  okrs->key_results = g_ptr_array_new_with_free_func (lds_record_free_func (LDS_RECORD_KEY_RESULT));
  for (guint i = 0; i < all->len; i++)
    {
      LdsObjective *o = all->pdata[i];

      if (o->cycle_id != cycle_id || o->status == LDS_OBJECTIVE_STATUS_CANCELLED)
        continue;
      if (!_lds_workshop_read_all (store, okrs->key_results, LDS_RECORD_KEY_RESULT, "objective_id", o->id,
                     error))
        return NULL;
      g_ptr_array_add (okrs->objectives, g_steal_pointer (&all->pdata[i]));
    }
  return g_steal_pointer (&okrs);
}

/**
 * lds_store_workshop_parents:
 *
 * The OKRs the teams align to: for each team, the nearest unit above it
 * with objectives in the workshop's cycle (usually its department; the
 * company when the department has none yet). Teams with one parent share it.
 *
 * Returns: (transfer full) (element-type LdsUnitOkrs): those units' OKRs
 */
GPtrArray *
lds_store_workshop_parents (LdsStore               *store,
                            const LdsWorkshopData  *data,
                            GError                **error)
{
  g_autoptr(GPtrArray) parents = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_unit_okrs_free);
  LdsId cycle_id = data->workshop->cycle_id;

  for (guint i = 0; i < data->teams->len; i++)
    {
      g_autoptr(LdsUnit) team = lds_store_get (store, LDS_RECORD_UNIT,
                                               ((LdsWorkshopTeam *) data->teams->pdata[i])->unit_id,
                                               error);
      LdsId above;

      if (team == NULL)
        return NULL;
      above = team->parent_id;
      for (guint depth = 0; above != 0 && depth < 64; depth++)
        {
          g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, above, error);
          g_autoptr(LdsUnitOkrs) okrs = NULL;
          gboolean seen = FALSE;

          if (unit == NULL)
            return NULL;
          for (guint j = 0; j < parents->len; j++)
            seen |= ((LdsUnitOkrs *) parents->pdata[j])->unit_id == unit->id;
          if (seen)
            break;
          okrs = unit_okrs (store, unit, cycle_id, error);
          if (okrs == NULL)
            return NULL;
          if (okrs->objectives->len > 0 || unit->parent_id == 0)
            {
              g_ptr_array_add (parents, g_steal_pointer (&okrs));
              break;
            }
          above = unit->parent_id;
        }
    }
  return g_steal_pointer (&parents);
}

/**
 * lds_store_workshop_neighbours:
 *
 * The OKRs beside the teams ("left and right"): the other units under the
 * same parent, that are not in the workshop themselves and have objectives
 * in the workshop's cycle.
 *
 * Returns: (transfer full) (element-type LdsUnitOkrs): those units' OKRs
 */
GPtrArray *
lds_store_workshop_neighbours (LdsStore               *store,
                               const LdsWorkshopData  *data,
                               GError                **error)
{
  g_autoptr(GPtrArray) neighbours = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_unit_okrs_free);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; i < data->teams->len; i++)
    {
      g_autoptr(LdsUnit) team = lds_store_get (store, LDS_RECORD_UNIT,
                                               ((LdsWorkshopTeam *) data->teams->pdata[i])->unit_id,
                                               error);
      g_autoptr(GPtrArray) siblings = NULL;

      if (team == NULL)
        return NULL;
      if (team->parent_id == 0)
        continue;
      siblings = lds_store_list_by (store, LDS_RECORD_UNIT, "parent_id", team->parent_id, error);
      if (siblings == NULL)
        return NULL;
      for (guint j = 0; j < siblings->len; j++)
        {
          LdsUnit *unit = siblings->pdata[j];
          g_autoptr(LdsUnitOkrs) okrs = NULL;

          if (lds_workshop_data_is_team (data, unit->id) ||
              g_hash_table_contains (seen, &unit->id))
            continue;
          g_hash_table_add (seen, g_memdup2 (&unit->id, sizeof unit->id));
          okrs = unit_okrs (store, unit, data->workshop->cycle_id, error);
          if (okrs == NULL)
            return NULL;
          if (okrs->objectives->len > 0)
            g_ptr_array_add (neighbours, g_steal_pointer (&okrs));
        }
    }
  return g_steal_pointer (&neighbours);
}

/* Starting */

/**
 * lds_store_start_workshop:
 * @unit_ids: the teams taking part (at least one), in the order shown
 *
 * Starts a workshop for the teams in the cycle, at its first phase, as one
 * action ("Start Workshop").
 */
gboolean
lds_store_start_workshop (LdsStore     *store,
                          LdsId         cycle_id,
                          const LdsId  *unit_ids,
                          guint         n_units,
                          LdsId        *workshop_id,
                          GError      **error)
{
  g_autoptr(LdsWorkshop) workshop = lds_workshop_new ();
  gboolean ok = TRUE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  if (n_units == 0)
    return _lds_workshop_refuse (error, _("Choose the team, or the teams, taking part in the workshop."));

  workshop->cycle_id = cycle_id;
  workshop->phase = LDS_WORKSHOP_PHASE_OBJECTIVES;
  if (!lds_store_begin (store, _("Start Workshop"), error))
    return FALSE;
  ok = lds_store_insert (store, LDS_RECORD_WORKSHOP, workshop, error);
  for (guint i = 0; ok && i < n_units; i++)
    {
      g_autoptr(LdsWorkshopTeam) team = lds_workshop_team_new ();

      team->workshop_id = workshop->id;
      team->unit_id = unit_ids[i];
      team->position = i;
      ok = lds_store_insert (store, LDS_RECORD_WORKSHOP_TEAM, team, error);
    }
  if (ok && workshop_id != NULL)
    *workshop_id = workshop->id;
  return _lds_store_finish (store, ok, error);
}

gboolean
lds_store_add_workshop_note (LdsStore    *store,
                             LdsId        workshop_id,
                             LdsId        card_id,
                             const char  *text,
                             GError     **error)
{
  g_autoptr(LdsWorkshopNote) note = lds_workshop_note_new ();

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  note->workshop_id = workshop_id;
  note->card_id = card_id;
  lds_take_text (&note->text, g_strstrip (g_strdup (text != NULL ? text : "")));
  if (!lds_store_begin (store, _("Add Note"), error))
    return FALSE;
  return _lds_store_finish (store,
                            lds_store_insert (store, LDS_RECORD_WORKSHOP_NOTE, note, error),
                            error);
}

/* The meeting */

void
_lds_workshop_reset_timer (LdsWorkshop *workshop)
{
  workshop->timer_ends_at = 0;
  workshop->timer_left = workshop->timer_seconds;
}

gboolean
lds_store_set_workshop_phase (LdsStore          *store,
                              LdsId              workshop_id,
                              LdsWorkshopPhase   phase,
                              GError           **error)
{
  g_autoptr(LdsWorkshopData) data = lds_store_load_workshop (store, workshop_id, error);

  if (data == NULL || !lds_workshop_check_phase (data, phase, error))
    return FALSE;
  if (data->workshop->phase == phase)
    return TRUE;
  data->workshop->phase = phase;
  _lds_workshop_reset_timer (data->workshop);
  if (!lds_store_begin (store, _("Change Phase"), error))
    return FALSE;
  return _lds_store_finish (store,
                            lds_store_update (store, LDS_RECORD_WORKSHOP, data->workshop, error),
                            error);
}

/**
 * lds_store_set_workshop_timer:
 * @seconds: for %LDS_TIMER_SET, the countdown's length (0: no countdown)
 *
 * Sets, starts, pauses or resets the countdown of the phase. A running
 * countdown keeps the moment it ends, so that it runs on while the
 * workshop is closed.
 */
gboolean
lds_store_set_workshop_timer (LdsStore     *store,
                              LdsId         workshop_id,
                              LdsTimerOp    op,
                              int           seconds,
                              GError      **error)
{
  g_autoptr(LdsWorkshop) workshop = lds_store_get (store, LDS_RECORD_WORKSHOP, workshop_id, error);
  gint64 now = lds_now ();
  const char *name = NULL;

  if (workshop == NULL)
    return FALSE;
  switch (op)
    {
    case LDS_TIMER_SET:
      if (seconds < 0 || seconds > 24 * 3600)
        return _lds_workshop_refuse (error, _("A countdown lasts from one second to a day."));
      workshop->timer_seconds = seconds;
      _lds_workshop_reset_timer (workshop);
      name = _("Set Countdown");
      break;
    case LDS_TIMER_START:
      if (workshop->timer_seconds == 0)
        return _lds_workshop_refuse (error, _("Set how long the countdown lasts first."));
      if (workshop->timer_ends_at != 0)
        return TRUE;
      if (workshop->timer_left == 0)
        workshop->timer_left = workshop->timer_seconds;
      workshop->timer_ends_at = now + workshop->timer_left;
      name = _("Start Countdown");
      break;
    case LDS_TIMER_PAUSE:
      if (workshop->timer_ends_at == 0)
        return TRUE;
      workshop->timer_left = lds_workshop_timer_left (workshop, now, NULL);
      workshop->timer_ends_at = 0;
      name = _("Pause Countdown");
      break;
    case LDS_TIMER_RESET:
      _lds_workshop_reset_timer (workshop);
      name = _("Reset Countdown");
      break;
    default:
      g_return_val_if_reached (FALSE);
    }
  if (!lds_store_begin (store, name, error))
    return FALSE;
  return _lds_store_finish (store,
                            lds_store_update (store, LDS_RECORD_WORKSHOP, workshop, error),
                            error);
}
