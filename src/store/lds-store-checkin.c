/* lds-store-checkin.c: check-ins, the weekly act of tracking
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A check-in has to be quick even in an organisation of 10,000 objectives
 * with hundreds of thousands of check-ins: it reads the key result by id,
 * the time of its latest check-in through the (key_result_id, at) index,
 * and writes two rows.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-store-checkin.h"
#include "lds-store-private.h"
#include "lds-tracking.h"

static gboolean
read_error (LdsStore  *store,
            int        rc,
            GError   **error)
{
  _lds_store_set_sqlite_error (store, error, rc, _("Could not read the organisation."));
  return FALSE;
}

/* The latest time of a check-in of the key result (or the KPI) at or
 * before @at; 0 when there is none. */
static gint64
latest (LdsStore   *store,
        const char *sql,
        LdsId       id,
        gint64      at)
{
  sqlite3_stmt *stmt = _lds_store_prepare (store, sql, NULL);
  gint64 time = 0;

  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, at);
  if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
    time = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  return time;
}

/**
 * lds_store_last_checkin:
 * @at: the moment to look from; G_MAXINT64 for all
 *
 * Returns: the time of the key result's latest check-in at or before @at,
 *   0 when it has none
 */
gint64
lds_store_last_checkin (LdsStore *store,
                        LdsId     key_result_id,
                        gint64    at)
{
  g_return_val_if_fail (LDS_IS_STORE (store), 0);

  return latest (store, "SELECT max (at) FROM checkins WHERE key_result_id = ?1 AND at <= ?2",
                 key_result_id, at);
}

/* Refuses a check-in dated after today (a back-dated one is welcome). */
static gboolean
check_date (gint64   at,
            GError **error)
{
  g_autofree char *today = lds_today ();

  if (at > lds_day_end (today))
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("A check-in cannot be dated after today."));
      return FALSE;
    }
  return TRUE;
}

/**
 * lds_store_check_in:
 * @checkin: (inout): the check-in of a key result; its time is now when
 *   not set; given its id once stored
 *
 * Records a check-in, and when it is the key result's latest (a back-dated
 * one may not be), gives the key result its value and its confidence, in
 * one action named "Check In". A milestone's value is 0 or 1.
 */
gboolean
lds_store_check_in (LdsStore    *store,
                    LdsCheckin  *checkin,
                    GError     **error)
{
  g_autoptr(LdsKeyResult) kr = NULL;
  gint64 newest;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (checkin != NULL && checkin->id == 0, FALSE);

  if (checkin->at == 0)
    checkin->at = lds_now ();
  if (!check_date (checkin->at, error))
    return FALSE;
  if (isnan (checkin->value) && checkin->confidence < 0 &&
      (checkin->note == NULL || *checkin->note == '\0'))
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("A check-in says where the key result stands: give a value, a "
                             "confidence or a note."));
      return FALSE;
    }
  if (checkin->confidence > 10)
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("Confidence goes from 0 (no chance) to 10 (certain)."));
      return FALSE;
    }

  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, checkin->key_result_id, error);
  if (kr == NULL)
    return FALSE;
  if (kr->metric == LDS_METRIC_MILESTONE && !isnan (checkin->value))
    checkin->value = checkin->value >= 1.0 ? 1.0 : 0.0;
  newest = lds_store_last_checkin (store, kr->id, G_MAXINT64);

  if (!lds_store_begin (store, _("Check In"), error))
    return FALSE;
  ok = lds_store_insert (store, LDS_RECORD_CHECKIN, checkin, error);
  if (ok && checkin->at >= newest)
    {
      if (!isnan (checkin->value))
        kr->current_value = checkin->value;
      if (checkin->confidence >= 0)
        kr->confidence = checkin->confidence;
      ok = lds_store_update (store, LDS_RECORD_KEY_RESULT, kr, error);
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_delete_checkin:
 *
 * Deletes a check-in; when it was its key result's latest, the key result
 * takes back the value and confidence of the check-ins before it (it keeps
 * its own when none is left).
 */
gboolean
lds_store_delete_checkin (LdsStore  *store,
                          LdsId      checkin_id,
                          GError   **error)
{
  g_autoptr(LdsCheckin) checkin = NULL;
  g_autoptr(LdsKeyResult) kr = NULL;
  sqlite3_stmt *stmt;
  double value = NAN;
  int confidence = -1;
  gboolean ok, any = FALSE;
  int rc;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  checkin = lds_store_get (store, LDS_RECORD_CHECKIN, checkin_id, error);
  if (checkin == NULL)
    return FALSE;
  kr = lds_store_get (store, LDS_RECORD_KEY_RESULT, checkin->key_result_id, error);
  if (kr == NULL)
    return FALSE;

  if (!lds_store_begin (store, _("Delete Check-in"), error))
    return FALSE;
  ok = lds_store_delete (store, LDS_RECORD_CHECKIN, checkin_id, error);
  if (ok && lds_store_last_checkin (store, kr->id, G_MAXINT64) <= checkin->at)
    {
      stmt = _lds_store_prepare (store,
                                 "SELECT value, confidence FROM checkins WHERE key_result_id = ?1"
                                 " ORDER BY at DESC, id DESC",
                                 error);
      ok = stmt != NULL;
      if (ok)
        {
          sqlite3_bind_int64 (stmt, 1, kr->id);
          while ((rc = sqlite3_step (stmt)) == SQLITE_ROW && (isnan (value) || confidence < 0))
            {
              any = TRUE;
              if (isnan (value) && sqlite3_column_type (stmt, 0) != SQLITE_NULL)
                value = sqlite3_column_double (stmt, 0);
              if (confidence < 0 && sqlite3_column_type (stmt, 1) != SQLITE_NULL)
                confidence = sqlite3_column_int (stmt, 1);
            }
          sqlite3_reset (stmt);
          if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            ok = read_error (store, rc, error);
        }
      if (ok && any)
        {
          if (!isnan (value))
            kr->current_value = value;
          kr->confidence = confidence;
          ok = lds_store_update (store, LDS_RECORD_KEY_RESULT, kr, error);
        }
    }
  return _lds_store_finish (store, ok, error);
}

/**
 * lds_store_check_in_kpi:
 * @checkin: (inout): the update of a KPI; its time is now when not set
 *
 * Records a KPI's new value and, when it is the KPI's latest update, makes
 * it the KPI's current value, in one action named "Update KPI". KPIs stay
 * apart from the OKRs: nothing here touches a key result or a score.
 */
gboolean
lds_store_check_in_kpi (LdsStore       *store,
                        LdsKpiCheckin  *checkin,
                        GError        **error)
{
  g_autoptr(LdsKpi) kpi = NULL;
  gint64 newest;
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (checkin != NULL && checkin->id == 0, FALSE);

  if (checkin->at == 0)
    checkin->at = lds_now ();
  if (!check_date (checkin->at, error))
    return FALSE;
  if (isnan (checkin->value))
    {
      g_set_error_literal (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID,
                           _("A KPI update needs the KPI’s value."));
      return FALSE;
    }
  kpi = lds_store_get (store, LDS_RECORD_KPI, checkin->kpi_id, error);
  if (kpi == NULL)
    return FALSE;
  newest = latest (store, "SELECT max (at) FROM kpi_checkins WHERE kpi_id = ?1 AND at <= ?2",
                   kpi->id, G_MAXINT64);

  if (!lds_store_begin (store, _("Update KPI"), error))
    return FALSE;
  ok = lds_store_insert (store, LDS_RECORD_KPI_CHECKIN, checkin, error);
  if (ok && checkin->at >= newest)
    {
      kpi->current_value = checkin->value;
      ok = lds_store_update (store, LDS_RECORD_KPI, kpi, error);
    }
  return _lds_store_finish (store, ok, error);
}

/* Ticks a step of an action plan off, or back on. */
gboolean
lds_store_set_step_done (LdsStore  *store,
                         LdsId      step_id,
                         gboolean   done,
                         GError   **error)
{
  g_autoptr(LdsActionPlan) step = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  step = lds_store_get (store, LDS_RECORD_ACTION_PLAN, step_id, error);
  if (step == NULL)
    return FALSE;
  if (step->done == !!done)
    return TRUE;
  step->done = !!done;
  if (!lds_store_begin (store, done ? _("Mark Step Done") : _("Mark Step Not Done"), error))
    return FALSE;
  return _lds_store_finish (store, lds_store_update (store, LDS_RECORD_ACTION_PLAN, step, error),
                            error);
}

/* How many steps a key result's action plan has, and how many are done.
 * They show beside the key result; they never count toward its score. */
gboolean
lds_store_count_steps (LdsStore *store,
                       LdsId     key_result_id,
                       guint    *n_done,
                       guint    *n_steps)
{
  sqlite3_stmt *stmt;
  gboolean ok = FALSE;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);

  *n_done = *n_steps = 0;
  stmt = _lds_store_prepare (store,
                             "SELECT count (*), total (done) FROM action_plans"
                             " WHERE key_result_id = ?1",
                             NULL);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, key_result_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      *n_steps = sqlite3_column_int (stmt, 0);
      *n_done = (guint) sqlite3_column_double (stmt, 1);
      ok = TRUE;
    }
  sqlite3_reset (stmt);
  return ok;
}
