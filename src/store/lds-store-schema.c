/* lds-store-schema.c: the schema, its migrations, and checking a file's schema
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A new file is made by running every migration in order, exactly as an old
 * file is upgraded. So the tables of a file at version N are always the text
 * that migrations 1..N produce, and a file can be checked by comparing its
 * sqlite_master with a reference built in memory (for the latest version,
 * built once by the build: lds-schema-dump.c).
 *
 * Never edit a migration that has shipped: add a new one.
 */

#define G_LOG_DOMAIN "lds-store"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-store-private.h"
#ifndef LDS_SCHEMA_GENERATOR
#include "lds-store-schema-latest.h"
#endif

/* Version 1: the organisation and its OKRs. */
static const char migration_1[] =
  "CREATE TABLE units ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  parent_id INTEGER REFERENCES units (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('company', 'department', 'team')),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  CHECK (parent_id IS NULL OR parent_id <> id)"
  ");"
  "CREATE INDEX units_parent ON units (parent_id);"

  "CREATE TABLE people ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  role TEXT NOT NULL CHECK (role IN ('executive', 'manager', 'member')),"
  "  champion INTEGER NOT NULL DEFAULT 0 CHECK (champion IN (0, 1)),"
  "  email TEXT NOT NULL DEFAULT '',"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX people_unit ON people (unit_id);"

  "CREATE TABLE cycles ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  parent_id INTEGER REFERENCES cycles (id),"
  "  kind TEXT NOT NULL CHECK (kind IN ('strategy', 'year', 'half', 'quarter')),"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  start_date TEXT NOT NULL CHECK (date (start_date) IS start_date),"
  "  end_date TEXT NOT NULL CHECK (date (end_date) IS end_date AND end_date >= start_date),"
  "  state TEXT NOT NULL CHECK (state IN ('planning', 'active', 'review', 'closed')),"
  "  cadence_days INTEGER NOT NULL DEFAULT 7 CHECK (cadence_days BETWEEN 1 AND 92),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  CHECK (parent_id IS NULL OR parent_id <> id)"
  ");"
  "CREATE INDEX cycles_parent ON cycles (parent_id);"

  "CREATE TABLE objectives ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  cycle_id INTEGER NOT NULL REFERENCES cycles (id),"
  "  owner_unit_id INTEGER REFERENCES units (id),"
  "  owner_person_id INTEGER REFERENCES people (id),"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  description TEXT NOT NULL DEFAULT '',"
  "  type TEXT NOT NULL CHECK (type IN ('committed', 'aspirational')),"
  "  perspective TEXT NOT NULL DEFAULT 'none'"
  "    CHECK (perspective IN ('none', 'financial', 'customer', 'process', 'learning')),"
  "  visibility TEXT NOT NULL DEFAULT 'public' CHECK (visibility IN ('public', 'private')),"
  "  private_reason TEXT NOT NULL DEFAULT '',"
  "  self_driven INTEGER NOT NULL DEFAULT 0 CHECK (self_driven IN (0, 1)),"
  "  status TEXT NOT NULL DEFAULT 'draft'"
  "    CHECK (status IN ('draft', 'active', 'closed', 'cancelled')),"
  "  mid_cycle INTEGER NOT NULL DEFAULT 0 CHECK (mid_cycle IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  CHECK ((owner_unit_id IS NULL) <> (owner_person_id IS NULL))"
  ");"
  "CREATE INDEX objectives_cycle ON objectives (cycle_id);"
  "CREATE INDEX objectives_unit ON objectives (owner_unit_id);"
  "CREATE INDEX objectives_person ON objectives (owner_person_id);"

  "CREATE TABLE key_results ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  objective_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
  "  metric TEXT NOT NULL CHECK (metric IN ('number', 'percent', 'currency', 'milestone')),"
  "  start_value REAL,"
  "  target_value REAL,"
  "  current_value REAL,"
  "  unit_label TEXT NOT NULL DEFAULT '',"
  "  direction TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),"
  "  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),"
  "  score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),"
  "  score_note TEXT NOT NULL DEFAULT '',"
  "  confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),"
  "  tied_to_compensation INTEGER NOT NULL DEFAULT 0 CHECK (tied_to_compensation IN (0, 1)),"
  "  mid_cycle INTEGER NOT NULL DEFAULT 0 CHECK (mid_cycle IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX key_results_objective ON key_results (objective_id);"
  "CREATE INDEX key_results_owner ON key_results (owner_id);"

  "CREATE TABLE links ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  kind TEXT NOT NULL CHECK (kind IN ('aligns', 'depends')),"
  "  from_id INTEGER NOT NULL REFERENCES objectives (id) ON DELETE CASCADE,"
  "  to_objective_id INTEGER REFERENCES objectives (id) ON DELETE CASCADE,"
  "  to_key_result_id INTEGER REFERENCES key_results (id) ON DELETE CASCADE,"
  "  CHECK ((to_objective_id IS NULL) <> (to_key_result_id IS NULL)),"
  "  CHECK (to_objective_id IS NULL OR to_objective_id <> from_id)"
  ");"
  "CREATE UNIQUE INDEX links_unique"
  "  ON links (kind, from_id, ifnull (to_objective_id, 0), ifnull (to_key_result_id, 0));"
  "CREATE INDEX links_from ON links (from_id);"
  "CREATE INDEX links_to_objective ON links (to_objective_id);"
  "CREATE INDEX links_to_key_result ON links (to_key_result_id);"

  "CREATE TABLE checkins ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,"
  "  at INTEGER NOT NULL,"
  "  value REAL,"
  "  confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 0 AND 10),"
  "  note TEXT NOT NULL DEFAULT '',"
  "  author_id INTEGER REFERENCES people (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX checkins_key_result ON checkins (key_result_id, at);"
  "CREATE INDEX checkins_at ON checkins (at);"

  "CREATE TABLE action_plans ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  key_result_id INTEGER NOT NULL REFERENCES key_results (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
  "  due_date TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),"
  "  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX action_plans_key_result ON action_plans (key_result_id);"

  "CREATE TABLE kpis ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  name TEXT NOT NULL CHECK (name <> ''),"
  "  current_value REAL,"
  "  target_value REAL,"
  "  unit_label TEXT NOT NULL DEFAULT '',"
  "  tied_to_compensation INTEGER NOT NULL DEFAULT 0 CHECK (tied_to_compensation IN (0, 1)),"
  "  position INTEGER NOT NULL DEFAULT 0"
  ");"
  "CREATE INDEX kpis_unit ON kpis (unit_id);"

  "CREATE TABLE kpi_checkins ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  kpi_id INTEGER NOT NULL REFERENCES kpis (id) ON DELETE CASCADE,"
  "  at INTEGER NOT NULL,"
  "  value REAL,"
  "  note TEXT NOT NULL DEFAULT '',"
  "  author_id INTEGER REFERENCES people (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX kpi_checkins_kpi ON kpi_checkins (kpi_id, at);"

  "CREATE TABLE reviews ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,"
  "  cycle_id INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,"
  "  answer_helped TEXT NOT NULL DEFAULT '',"
  "  answer_contributed TEXT NOT NULL DEFAULT '',"
  "  answer_improve TEXT NOT NULL DEFAULT '',"
  "  one_to_one_notes TEXT NOT NULL DEFAULT '',"
  "  completed_at INTEGER,"
  "  UNIQUE (person_id, cycle_id)"
  ");"

  "CREATE TABLE revisions ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  record_table TEXT NOT NULL,"
  "  record_uuid TEXT NOT NULL,"
  "  field TEXT NOT NULL,"
  "  old_value TEXT NOT NULL DEFAULT '',"
  "  new_value TEXT NOT NULL DEFAULT '',"
  "  reason TEXT NOT NULL DEFAULT '',"
  "  at INTEGER NOT NULL,"
  "  author_id INTEGER REFERENCES people (id) ON DELETE SET NULL"
  ");"
  "CREATE INDEX revisions_record ON revisions (record_uuid, at);"
  "CREATE INDEX revisions_at ON revisions (at);"

  "CREATE TABLE rollout_items ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  factor INTEGER NOT NULL UNIQUE CHECK (factor BETWEEN 1 AND 9),"
  "  owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
  "  due_date TEXT CHECK (due_date IS NULL OR date (due_date) IS due_date),"
  "  notes TEXT NOT NULL DEFAULT '',"
  "  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1))"
  ");";

/* Version 2: the organisation's own settings, and full-text search.
 *
 * The search index holds one row per searchable record, its rowid being
 * id * 16 + the record type (LdsRecordType). The store keeps it current
 * itself (lds-store-search.c) rather than with triggers: FTS5 may not be
 * used from a file's triggers while the file's schema is not trusted. The
 * trigram tokenizer finds substrings, which is what Chinese, written
 * without spaces, needs. */
static const char migration_2[] =
  "CREATE TABLE settings ("
  "  key TEXT PRIMARY KEY NOT NULL,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  value TEXT NOT NULL"
  ");"
  "CREATE VIRTUAL TABLE search_index USING fts5 (body, tokenize = 'trigram');"
  "INSERT INTO search_index (rowid, body) SELECT id * 16 + 0, name FROM units;"
  "INSERT INTO search_index (rowid, body) SELECT id * 16 + 1, name FROM people;"
  "INSERT INTO search_index (rowid, body)"
  "  SELECT id * 16 + 3, title || char (10) || description FROM objectives;"
  "INSERT INTO search_index (rowid, body)"
  "  SELECT id * 16 + 4, title || char (10) || score_note FROM key_results;"
  "INSERT INTO search_index (rowid, body) SELECT id * 16 + 6, note FROM checkins WHERE note <> '';"
  "INSERT INTO search_index (rowid, body) SELECT id * 16 + 7, title FROM action_plans;"
  "INSERT INTO search_index (rowid, body) SELECT id * 16 + 8, name FROM kpis;"
  "INSERT INTO search_index (rowid, body)"
  "  SELECT id * 16 + 9, note FROM kpi_checkins WHERE note <> '';";

/* Version 3: co-creation workshops (README, "Workshops"). A workshop is
 * written from its first second, so that a laptop that dies loses nothing:
 * the teams taking part, every proposal as a card, the dots and the hidden
 * confidence votes, the decisions on alignment, the notes, and the phase
 * and countdown the meeting is in. Deleting a cycle or a unit takes its
 * workshops or cards with it; the objectives that confirming made are
 * ordinary objectives and outlive them. */
static const char migration_3[] =
  "CREATE TABLE workshops ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  cycle_id INTEGER NOT NULL REFERENCES cycles (id) ON DELETE CASCADE,"
  "  phase TEXT NOT NULL CHECK (phase IN ('objectives', 'objective-vote', 'key-results',"
  "    'key-result-vote', 'align', 'confirm', 'done')),"
  "  timer_seconds INTEGER NOT NULL DEFAULT 0 CHECK (timer_seconds BETWEEN 0 AND 86400),"
  "  timer_ends_at INTEGER,"
  "  timer_left INTEGER NOT NULL DEFAULT 0 CHECK (timer_left BETWEEN 0 AND timer_seconds),"
  "  confirmed_at INTEGER"
  ");"
  "CREATE INDEX workshops_cycle ON workshops (cycle_id);"

  "CREATE TABLE workshop_teams ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  UNIQUE (workshop_id, unit_id)"
  ");"
  "CREATE INDEX workshop_teams_unit ON workshop_teams (unit_id);"

  "CREATE TABLE workshop_cards ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
  "  unit_id INTEGER NOT NULL REFERENCES units (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('objective', 'key-result')),"
  "  parent_id INTEGER REFERENCES workshop_cards (id) ON DELETE CASCADE,"
  "  title TEXT NOT NULL CHECK (title <> ''),"
  "  state TEXT NOT NULL CHECK (state IN ('proposed', 'chosen', 'parked', 'merged')),"
  "  merged_into_id INTEGER REFERENCES workshop_cards (id) ON DELETE SET NULL,"
  "  owner_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
  "  revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),"
  "  objective_id INTEGER REFERENCES objectives (id) ON DELETE SET NULL,"
  "  key_result_id INTEGER REFERENCES key_results (id) ON DELETE SET NULL,"
  "  position INTEGER NOT NULL DEFAULT 0,"
  "  CHECK ((kind = 'key-result') = (parent_id IS NOT NULL)),"
  "  CHECK (parent_id IS NULL OR parent_id <> id),"
  "  CHECK (merged_into_id IS NULL OR merged_into_id <> id)"
  ");"
  "CREATE INDEX workshop_cards_workshop ON workshop_cards (workshop_id);"
  "CREATE INDEX workshop_cards_parent ON workshop_cards (parent_id);"
  "CREATE INDEX workshop_cards_unit ON workshop_cards (unit_id);"

  "CREATE TABLE workshop_votes ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  card_id INTEGER NOT NULL REFERENCES workshop_cards (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('dots', 'confidence')),"
  "  value INTEGER NOT NULL CHECK (value >= 0 AND (kind = 'dots' OR value <= 10))"
  ");"
  "CREATE INDEX workshop_votes_card ON workshop_votes (card_id);"
  "CREATE UNIQUE INDEX workshop_votes_dots ON workshop_votes (card_id) WHERE kind = 'dots';"

  "CREATE TABLE workshop_decisions ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  card_id INTEGER NOT NULL REFERENCES workshop_cards (id) ON DELETE CASCADE,"
  "  kind TEXT NOT NULL CHECK (kind IN ('aligns', 'self-driven', 'depends')),"
  "  to_objective_id INTEGER REFERENCES objectives (id) ON DELETE CASCADE,"
  "  to_key_result_id INTEGER REFERENCES key_results (id) ON DELETE CASCADE,"
  "  to_card_id INTEGER REFERENCES workshop_cards (id) ON DELETE CASCADE,"
  "  CHECK ((to_objective_id IS NOT NULL) + (to_key_result_id IS NOT NULL) +"
  "         (to_card_id IS NOT NULL) = (kind <> 'self-driven')),"
  "  CHECK (to_card_id IS NULL OR to_card_id <> card_id)"
  ");"
  "CREATE UNIQUE INDEX workshop_decisions_unique ON workshop_decisions"
  "  (kind, card_id, ifnull (to_objective_id, 0), ifnull (to_key_result_id, 0),"
  "   ifnull (to_card_id, 0));"
  "CREATE INDEX workshop_decisions_card ON workshop_decisions (card_id);"
  "CREATE INDEX workshop_decisions_to_card ON workshop_decisions (to_card_id);"
  "CREATE INDEX workshop_decisions_to_objective ON workshop_decisions (to_objective_id);"
  "CREATE INDEX workshop_decisions_to_key_result ON workshop_decisions (to_key_result_id);"

  "CREATE TABLE workshop_notes ("
  "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
  "  uuid TEXT NOT NULL UNIQUE CHECK (length (uuid) = 36),"
  "  created_at INTEGER NOT NULL,"
  "  modified_at INTEGER NOT NULL,"
  "  workshop_id INTEGER NOT NULL REFERENCES workshops (id) ON DELETE CASCADE,"
  "  card_id INTEGER REFERENCES workshop_cards (id) ON DELETE SET NULL,"
  "  text TEXT NOT NULL CHECK (text <> '')"
  ");"
  "CREATE INDEX workshop_notes_workshop ON workshop_notes (workshop_id);"
  "CREATE INDEX workshop_notes_card ON workshop_notes (card_id);";

/* The statements above and lds-store-search.c name record types by number. */
G_STATIC_ASSERT (LDS_RECORD_UNIT == 0 && LDS_RECORD_PERSON == 1 && LDS_RECORD_OBJECTIVE == 3 &&
                 LDS_RECORD_KEY_RESULT == 4 && LDS_RECORD_CHECKIN == 6 &&
                 LDS_RECORD_ACTION_PLAN == 7 && LDS_RECORD_KPI == 8 && LDS_RECORD_KPI_CHECKIN == 9);

static const char * const migrations[] = {
  migration_1,
  migration_2,
  migration_3,
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == LDS_SCHEMA_VERSION);

int
_lds_store_schema_latest (void)
{
  return G_N_ELEMENTS (migrations);
}

static gboolean
exec_or_error (sqlite3     *db,
               const char  *sql,
               int          version,
               GError     **error)
{
  char *message = NULL;

  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_FAILED,
                   /* Translators: %1$d is a schema version number, %2$s SQLite's own message */
                   _("Could not upgrade the file to version %1$d: %2$s"),
                   version, message != NULL ? message : "");
      sqlite3_free (message);
      return FALSE;
    }
  return TRUE;
}

/* Runs the migrations after @from_version up to @to_version, each in its own
 * transaction that also sets PRAGMA user_version: a failure leaves the file
 * at the last version that completed. */
gboolean
_lds_store_migrate (sqlite3  *db,
                    int       from_version,
                    int       to_version,
                    GError  **error)
{
  g_return_val_if_fail (from_version >= 0 && to_version <= _lds_store_schema_latest (), FALSE);

  for (int v = from_version + 1; v <= to_version; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d;", v);

      if (!exec_or_error (db, "BEGIN IMMEDIATE;", v, error))
        return FALSE;
      if (!exec_or_error (db, migrations[v - 1], v, error) ||
          !exec_or_error (db, set_version, v, error) ||
          !exec_or_error (db, "COMMIT;", v, error))
        {
          sqlite3_exec (db, "ROLLBACK;", NULL, NULL, NULL);
          return FALSE;
        }
    }
  return TRUE;
}

/* The schema of @db as text: one line per table, index and trigger. */
GString *
_lds_store_schema_dump (sqlite3 *db)
{
  GString *out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db,
                          "SELECT type, name, tbl_name, ifnull (sql, '') FROM sqlite_master"
                          " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
                          -1, &stmt, NULL) != SQLITE_OK)
    {
      g_string_append (out, "<unreadable>");
      return out;
    }
  while (sqlite3_step (stmt) == SQLITE_ROW)
    for (int i = 0; i < 4; i++)
      g_string_append_printf (out, "%s%c", (const char *) sqlite3_column_text (stmt, i),
                              i == 3 ? '\n' : '\t');
  sqlite3_finalize (stmt);
  return out;
}

#ifndef LDS_SCHEMA_GENERATOR
static char *
first_different_line (const char *a,
                       const char *b)
{
  g_auto(GStrv) la = g_strsplit (a, "\n", -1);
  g_auto(GStrv) lb = g_strsplit (b, "\n", -1);

  for (guint i = 0; la[i] != NULL || lb[i] != NULL; i++)
    {
      if (la[i] == NULL || lb[i] == NULL)
        return g_strdup (la[i] != NULL ? la[i] : lb[i]);
      if (g_strcmp0 (la[i], lb[i]) != 0)
        return g_strdup (la[i]);
    }
  return NULL;
}
#endif

/* What the migrations up to @version make, as _lds_store_schema_dump()
 * writes it. The latest version's is made once, by the build
 * (lds-schema-dump.c): building it in memory on every opening took longer
 * than reading the organisation's first page. */
GString *
_lds_store_schema_reference (int version)
{
  sqlite3 *reference = NULL;
  GString *expected;

#ifndef LDS_SCHEMA_GENERATOR
  if (version == LDS_SCHEMA_VERSION)
    return g_string_new (lds_store_schema_latest_dump);
#endif
  if (sqlite3_open_v2 (":memory:", &reference, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL)
      != SQLITE_OK || !_lds_store_migrate (reference, 0, version, NULL))
    {
      sqlite3_close (reference);
      g_critical ("Could not build the reference schema for version %d", version);
      return NULL;
    }
  expected = _lds_store_schema_dump (reference);
  sqlite3_close (reference);
  return expected;
}

#ifndef LDS_SCHEMA_GENERATOR
/* Whether @db holds exactly the tables, indexes and triggers that the
 * migrations up to @version make, no more and no less. */
gboolean
_lds_store_schema_matches (sqlite3  *db,
                           int       version,
                           char    **difference)
{
  g_autoptr(GString) actual = NULL;
  g_autoptr(GString) expected = _lds_store_schema_reference (version);

  if (expected == NULL)
    return FALSE;
  actual = _lds_store_schema_dump (db);
  if (g_str_equal (expected->str, actual->str))
    return TRUE;
  if (difference != NULL)
    *difference = first_different_line (actual->str, expected->str);
  return FALSE;
}
#endif
