/* lds-import-csv.c: a spreadsheet of OKRs as items of an import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One row per key result (README.md, "CSV files"). Rows that share an
 * objective_ref form one objective; so do rows that leave the objective
 * empty under a row that names one, as merged cells do when a spreadsheet
 * is saved as CSV (the cycle and unit of such rows, left empty, are the
 * row's above too). Cycles are found by name or made from it ("2027 Q1"),
 * units by path, made as needed, people by name. Every problem is reported
 * with its line and column.
 */

#define G_LOG_DOMAIN "lds-import"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-csv-columns.h"
#include "lds-cycle-name.h"
#include "lds-date.h"
#include "lds-import-private.h"

typedef struct
{
  LdsImportItem *item;
  guint          line;
  char          *values[LDS_CSV_N_COLUMNS];   /* the objective's cells on its first row */
  guint          aligns_line;
  guint          n_key_results;
} Objective;

typedef struct
{
  LdsImport   *self;
  int          col[LDS_CSV_N_COLUMNS];        /* the field index of each column, or -1 */
  guint        n_header;
  LdsCsvRow   *row;
  GHashTable  *objectives;                    /* objective_ref → Objective */
  GPtrArray   *objective_list;                /* Objective, in order */
  GHashTable  *key_results;                   /* kr_ref → LdsImportItem */
  GHashTable  *ref_lines;                     /* any ref → the line that named it first */
  Objective   *previous;
  char        *previous_cycle;
  char        *previous_unit;
  GHashTable  *cycles;                        /* name → uuid */
  GHashTable  *units;                         /* "parent-uuid\037name" → uuid */
  GHashTable  *unit_paths;                    /* path → uuid */
  GHashTable  *people;                        /* "unit-uuid\037name" → uuid */
  GHashTable  *people_by_name;                /* name → uuid (the first) */
  GHashTable  *positions;                     /* key → next position */
  GHashTable  *owner_units;                   /* person column's name → the unit path of its row */
  GHashTable  *failed;                        /* refs of objectives that could not be read */
  GHashTable  *bad_cycles;                    /* cycle names reported already */
  GStringChunk *strings;
} Plan;

static void
objective_free (gpointer data)
{
  Objective *o = data;

  for (guint i = 0; i < LDS_CSV_N_COLUMNS; i++)
    g_free (o->values[i]);
  g_free (o);
}

/* Cells */

static const char *
cell (Plan         *p,
      LdsCsvColumn  column)
{
  int i = p->col[column];

  if (i < 0 || (guint) i >= p->row->n_fields)
    return "";
  return g_strstrip (p->row->fields[i]);
}

static guint
column_number (Plan         *p,
               LdsCsvColumn  column)
{
  return p->col[column] >= 0 ? (guint) p->col[column] + 1 : 0;
}

static guint
line_of (Plan         *p,
         LdsCsvColumn  column)
{
  int i = p->col[column];

  if (i < 0 || (guint) i >= p->row->n_fields)
    return p->row->line;
  return p->row->lines[i];
}

#define PROBLEM(p, column, ...) \
  _lds_import_problem ((p)->self, line_of ((p), (column)), column_number ((p), (column)), NULL, __VA_ARGS__)

static char *
normalise_heading (const char *text)
{
  g_autofree char *lower = g_ascii_strdown (text, -1);

  g_strstrip (lower);
  for (char *c = lower; *c != '\0'; c++)
    if (*c == ' ' || *c == '-')
      *c = '_';
  return g_steal_pointer (&lower);
}

static gboolean
read_header (Plan      *p,
             LdsCsvRow *header)
{
  LdsImport *self = p->self;
  gboolean ok = TRUE;

  for (guint c = 0; c < LDS_CSV_N_COLUMNS; c++)
    p->col[c] = -1;
  p->n_header = header->n_fields;

  if (header->n_fields == 1 && strchr (header->fields[0], ';') != NULL)
    {
      _lds_import_problem (self, header->line, 1, NULL,
                           _("The columns are separated by semicolons. Lodestar reads columns "
                             "separated by commas or by tabs: save the sheet as “CSV UTF-8 "
                             "(comma delimited)”."));
      return FALSE;
    }

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *name = normalise_heading (header->fields[i]);
      int found = -1;

      for (guint c = 0; c < LDS_CSV_N_COLUMNS && found < 0; c++)
        if (g_str_equal (name, lds_csv_columns[c].name) ||
            g_str_equal (name, lds_csv_columns[c].chinese))
          found = (int) c;

      if (*name == '\0')
        {
          _lds_import_problem (self, header->lines[i], i + 1, NULL,
                               _("This column has no heading; every column needs one."));
          ok = FALSE;
        }
      else if (found < 0)
        {
          _lds_import_problem (self, header->lines[i], i + 1, NULL,
                               /* Translators: %s is a column heading; keep the listed names as they are */
                               _("Lodestar does not know the column “%s”. The columns are: cycle, "
                                 "unit, person, objective_ref, objective, objective_type, "
                                 "self_driven, aligns_to, key_result, kr_ref, metric, start, "
                                 "target, current, unit_label, kr_owner, tied_to_compensation "
                                 "(or their Chinese names)."), g_strstrip (header->fields[i]));
          ok = FALSE;
        }
      else if (p->col[found] >= 0)
        {
          _lds_import_problem (self, header->lines[i], i + 1, NULL,
                               /* Translators: %1$s is a column heading, %2$u a column number */
                               _("The column “%1$s” appears twice: also in column %2$u."),
                               lds_csv_columns[found].name, (guint) p->col[found] + 1);
          ok = FALSE;
        }
      else
        p->col[found] = (int) i;
    }

  for (guint c = 0; c < LDS_CSV_N_COLUMNS; c++)
    if (lds_csv_columns[c].required && p->col[c] < 0)
      {
        _lds_import_problem (self, header->line, 0, NULL,
                             /* Translators: %1$s is a column's English heading, %2$s its Chinese one */
                             _("The column “%1$s” (%2$s) is missing: every row needs it."),
                             lds_csv_columns[c].name, lds_csv_columns[c].chinese);
        ok = FALSE;
      }
  return ok;
}

/* Values */

static gboolean
parse_yes_no (const char *text,
              gboolean   *value)
{
  static const char * const yes[] = { "yes", "y", "true", "1", "x", "是", "√", NULL };
  static const char * const no[] = { "no", "n", "false", "0", "", "否", NULL };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  if (g_strv_contains (yes, lower))
    *value = TRUE;
  else if (g_strv_contains (no, lower))
    *value = FALSE;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_objective_type (const char        *text,
                      LdsObjectiveType  *type)
{
  static const char * const committed[] = { "committed", "binding", "承诺型", "承诺", "约束性",
                                            "承诺型（约束性）", NULL };
  static const char * const aspirational[] = { "aspirational", "indicative", "stretch", "挑战型",
                                               "挑战", "预期性", "挑战型（预期性）", NULL };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  if (*lower == '\0' || g_strv_contains (committed, lower) ||
      g_str_equal (text, lds_enum_label (LDS_TYPE_OBJECTIVE_TYPE, LDS_OBJECTIVE_TYPE_COMMITTED)))
    *type = LDS_OBJECTIVE_TYPE_COMMITTED;
  else if (g_strv_contains (aspirational, lower) ||
           g_str_equal (text, lds_enum_label (LDS_TYPE_OBJECTIVE_TYPE,
                                              LDS_OBJECTIVE_TYPE_ASPIRATIONAL)))
    *type = LDS_OBJECTIVE_TYPE_ASPIRATIONAL;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_metric (const char *text,
              LdsMetric  *metric)
{
  static const struct { const char *word; LdsMetric metric; } words[] = {
    { "number", LDS_METRIC_NUMBER }, { "数值", LDS_METRIC_NUMBER }, { "数字", LDS_METRIC_NUMBER },
    { "percent", LDS_METRIC_PERCENT }, { "percentage", LDS_METRIC_PERCENT },
    { "百分比", LDS_METRIC_PERCENT }, { "%", LDS_METRIC_PERCENT },
    { "currency", LDS_METRIC_CURRENCY }, { "money", LDS_METRIC_CURRENCY },
    { "金额", LDS_METRIC_CURRENCY },
    { "milestone", LDS_METRIC_MILESTONE }, { "里程碑", LDS_METRIC_MILESTONE },
  };
  g_autofree char *lower = g_ascii_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (lower, words[i].word))
      {
        *metric = words[i].metric;
        return TRUE;
      }
  for (int m = 0; m <= LDS_METRIC_MILESTONE; m++)
    if (g_str_equal (text, lds_enum_label (LDS_TYPE_METRIC, m)))
      {
        *metric = m;
        return TRUE;
      }
  return FALSE;
}

/* A number as spreadsheets write them: "1200", "-3.5", "1,200.50", "40%",
 * "¥5000". Empty means not set. */
static gboolean
parse_number (const char *text,
              double     *value)
{
  static const char * const prefixes[] = { "¥", "￥", "$", "€", "£", NULL };
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = text;
  char *end = NULL;
  gboolean grouped = FALSE;

  *value = NAN;
  if (*p == '\0')
    return TRUE;
  for (guint i = 0; prefixes[i] != NULL; i++)
    if (g_str_has_prefix (p, prefixes[i]))
      {
        p += strlen (prefixes[i]);
        break;
      }
  for (; *p != '\0'; p++)
    {
      if (*p == ',')
        {
          grouped = TRUE;
          continue;
        }
      if (*p == ' ')
        continue;
      g_string_append_c (digits, *p);
    }
  if (digits->len > 0 && digits->str[digits->len - 1] == '%')
    g_string_truncate (digits, digits->len - 1);
  if (digits->len == 0)
    return FALSE;
  for (gsize i = 0; i < digits->len; i++)
    {
      char c = digits->str[i];
      if (!g_ascii_isdigit (c) && c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E')
        return FALSE;
    }
  /* "1,5" is a decimal comma, which we do not guess at. */
  if (grouped)
    {
      const char *comma = strchr (text, ',');
      const char *dot = strchr (text, '.');
      gsize run = 0;
      for (const char *c = comma + 1; g_ascii_isdigit (*c); c++)
        run++;
      if (run != 3 || (dot != NULL && dot < comma))
        return FALSE;
    }
  *value = g_ascii_strtod (digits->str, &end);
  return end != NULL && *end == '\0' && isfinite (*value);
}

/* Records found or made */

static char *
key2 (const char *a,
      const char *b)
{
  return g_strconcat (a != NULL ? a : "", "\037", b, NULL);
}

static int
next_position (Plan       *p,
               const char *key,
               int         first)
{
  gpointer value;
  int position;

  if (g_hash_table_lookup_extended (p->positions, key, NULL, &value))
    position = GPOINTER_TO_INT (value);
  else
    position = first;
  g_hash_table_insert (p->positions, g_strdup (key), GINT_TO_POINTER (position + 1));
  return position;
}

static LdsCycleState
state_for_dates (const char *start,
                 const char *end)
{
  g_autofree char *today = lds_today ();

  if (g_strcmp0 (end, today) < 0)
    return LDS_CYCLE_STATE_CLOSED;
  if (g_strcmp0 (start, today) > 0)
    return LDS_CYCLE_STATE_PLANNING;
  return LDS_CYCLE_STATE_ACTIVE;
}

/* The smallest cycle, of a longer kind, that holds the dates. */
static const char *
containing_cycle (Plan       *p,
                  LdsCycle   *cycle)
{
  LdsCycle *best = NULL;
  GPtrArray *sets[2] = { p->self->local->all[LDS_RECORD_CYCLE], p->self->items };

  for (guint s = 0; s < 2; s++)
    for (guint i = 0; i < sets[s]->len; i++)
      {
        LdsCycle *c;
        if (s == 1)
          {
            LdsImportItem *item = sets[s]->pdata[i];
            if (item->type != LDS_RECORD_CYCLE)
              continue;
            c = (LdsCycle *) item->record;
          }
        else
          c = sets[s]->pdata[i];
        if (c == cycle || c->kind >= cycle->kind ||
            g_strcmp0 (c->start_date, cycle->start_date) > 0 ||
            g_strcmp0 (c->end_date, cycle->end_date) < 0)
          continue;
        if (best == NULL || lds_date_days_between (c->start_date, c->end_date) <
                            lds_date_days_between (best->start_date, best->end_date))
          best = c;
      }
  return best != NULL ? best->uuid : NULL;
}

static const char *
find_cycle (Plan       *p,
            const char *name)
{
  const char *uuid = g_hash_table_lookup (p->cycles, name);
  LdsImportItem *item;
  LdsCycle *cycle;
  const char *parent;
  LdsCycleKind kind;
  char *start = NULL, *end = NULL;

  if (uuid != NULL)
    return uuid;
  if (!lds_cycle_name_parse (name, &kind, &start, &end))
    {
      /* Once is enough: every row of that cycle would say the same. */
      if (!g_hash_table_add (p->bad_cycles, (gpointer) g_string_chunk_insert (p->strings, name)))
        return NULL;
      PROBLEM (p, LDS_CSV_CYCLE,
               /* Translators: %s is a cycle's name; keep the examples as they are */
               _("There is no cycle “%s” yet, and its name does not say its dates. Name it like "
                 "“2027 Q1”, “2027 H2” or “2027”, or add the cycle in Lodestar first."), name);
      return NULL;
    }

  cycle = lds_cycle_new ();
  lds_set_text (&cycle->name, name);
  cycle->kind = kind;
  cycle->start_date = start;
  cycle->end_date = end;
  cycle->state = state_for_dates (start, end);
  item = _lds_import_add_item (p->self, LDS_RECORD_CYCLE, cycle);
  item->line = p->row->line;
  _lds_import_set_column (item, "name", column_number (p, LDS_CSV_CYCLE));
  parent = containing_cycle (p, cycle);
  if (parent != NULL)
    _lds_import_set_ref (item, "parent_id", parent);
  {
    g_autofree char *key = key2 ("cycle", parent);
    cycle->position = next_position (p, key, 100);
  }
  g_hash_table_insert (p->cycles, (gpointer) g_string_chunk_insert (p->strings, name),
                       cycle->uuid);
  return cycle->uuid;
}

static const char *
add_unit (Plan        *p,
          const char  *parent,
          LdsUnitKind  kind,
          const char  *name)
{
  LdsUnit *unit = lds_unit_new ();
  g_autofree char *key = key2 (parent, name);
  g_autofree char *position_key = key2 ("unit", parent);
  LdsImportItem *item;

  unit->kind = kind;
  lds_set_text (&unit->name, name);
  unit->position = next_position (p, position_key, 1000);
  item = _lds_import_add_item (p->self, LDS_RECORD_UNIT, unit);
  item->line = p->row->line;
  _lds_import_set_column (item, "name", column_number (p, LDS_CSV_UNIT));
  if (parent != NULL)
    _lds_import_set_ref (item, "parent_id", parent);
  g_hash_table_insert (p->units, g_steal_pointer (&key), unit->uuid);
  return unit->uuid;
}

/* The unit at @path, made (with the units above it) when it does not exist.
 * As everywhere in Lodestar, the path may leave out the company. */
static const char *
find_unit (Plan       *p,
           const char *path)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", -1);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *uuid = g_hash_table_lookup (p->unit_paths, path);
  const char *top = NULL;
  guint first = 0;

  if (uuid != NULL)
    return uuid;
  for (guint i = 0; parts[i] != NULL; i++)
    if (*g_strstrip (parts[i]) != '\0')
      g_ptr_array_add (names, parts[i]);
  if (names->len == 0)
    {
      PROBLEM (p, LDS_CSV_UNIT, _("The unit is empty: write a path such as Company/Sales/East."));
      return NULL;
    }

  /* The top unit: named first, or the organisation's only company. */
  {
    g_autofree char *key = key2 (NULL, names->pdata[0]);
    uuid = g_hash_table_lookup (p->units, key);
  }
  if (uuid != NULL)
    {
      top = uuid;
      first = 1;
    }
  else
    {
      GPtrArray *units = p->self->local->all[LDS_RECORD_UNIT];
      for (guint i = 0; i < units->len && top == NULL; i++)
        if (((LdsUnit *) units->pdata[i])->parent_id == 0)
          top = ((LdsRecord *) units->pdata[i])->uuid;
      for (guint i = 0; i < p->self->items->len && top == NULL; i++)
        {
          LdsImportItem *item = p->self->items->pdata[i];
          if (item->type == LDS_RECORD_UNIT && ((LdsUnit *) item->record)->kind == LDS_UNIT_KIND_COMPANY)
            top = item->record->uuid;
        }
      if (top == NULL)
        {
          top = add_unit (p, NULL, LDS_UNIT_KIND_COMPANY, names->pdata[0]);
          first = 1;
        }
    }

  uuid = top;
  for (guint i = first; i < names->len; i++)
    {
      g_autofree char *key = key2 (uuid, names->pdata[i]);
      const char *child = g_hash_table_lookup (p->units, key);

      if (child == NULL)
        child = add_unit (p, uuid, i == 0 || (first == 1 && i == 1) ? LDS_UNIT_KIND_DEPARTMENT
                                                                     : LDS_UNIT_KIND_TEAM,
                          names->pdata[i]);
      uuid = child;
    }
  g_hash_table_insert (p->unit_paths, (gpointer) g_string_chunk_insert (p->strings, path),
                       (gpointer) uuid);
  return uuid;
}

static const char *
find_person (Plan         *p,
             const char   *unit,
             const char   *name,
             LdsCsvColumn  column)
{
  g_autofree char *key = key2 (unit, name);
  const char *uuid = g_hash_table_lookup (p->people, key);
  LdsPerson *person;
  LdsImportItem *item;

  if (uuid == NULL)
    uuid = g_hash_table_lookup (p->people_by_name, name);
  if (uuid != NULL)
    return uuid;

  /* A key result's owner who owns objectives of their own belongs to the
   * unit those rows give. */
  if (column == LDS_CSV_KR_OWNER && g_hash_table_contains (p->owner_units, name))
    {
      const char *own_unit = find_unit (p, g_hash_table_lookup (p->owner_units, name));
      if (own_unit != NULL && g_strcmp0 (own_unit, unit) != 0)
        return find_person (p, own_unit, name, LDS_CSV_PERSON);
    }

  person = lds_person_new ();
  lds_set_text (&person->name, name);
  person->role = LDS_ROLE_MEMBER;
  {
    g_autofree char *position_key = key2 ("person", unit);
    person->position = next_position (p, position_key, 1000);
  }
  item = _lds_import_add_item (p->self, LDS_RECORD_PERSON, person);
  item->line = p->row->line;
  _lds_import_set_ref (item, "unit_id", unit);
  _lds_import_set_column (item, "name", column_number (p, column));
  g_hash_table_insert (p->people, g_steal_pointer (&key), person->uuid);
  g_hash_table_insert (p->people_by_name, (gpointer) g_string_chunk_insert (p->strings, name),
                       person->uuid);
  return person->uuid;
}

static void
index_store (Plan *p)
{
  LdsSnapshot *local = p->self->local;
  GPtrArray *list;

  list = local->all[LDS_RECORD_CYCLE];
  for (guint i = 0; i < list->len; i++)
    {
      LdsCycle *c = list->pdata[i];
      if (!g_hash_table_contains (p->cycles, c->name))
        g_hash_table_insert (p->cycles, c->name, c->uuid);
    }
  list = local->all[LDS_RECORD_UNIT];
  for (guint i = 0; i < list->len; i++)
    {
      LdsUnit *u = list->pdata[i];
      LdsRecord *parent = lds_snapshot_get (local, LDS_RECORD_UNIT, u->parent_id);
      g_hash_table_insert (p->units, key2 (parent != NULL ? parent->uuid : NULL, u->name), u->uuid);
    }
  list = local->all[LDS_RECORD_PERSON];
  for (guint i = 0; i < list->len; i++)
    {
      LdsPerson *person = list->pdata[i];
      LdsRecord *unit = lds_snapshot_get (local, LDS_RECORD_UNIT, person->unit_id);
      g_hash_table_insert (p->people, key2 (unit != NULL ? unit->uuid : NULL, person->name),
                           person->uuid);
      if (!g_hash_table_contains (p->people_by_name, person->name))
        g_hash_table_insert (p->people_by_name, person->name, person->uuid);
    }
}

/* Where a new objective of this owner and cycle goes: after the existing ones. */
static int
objective_position (Plan       *p,
                    const char *cycle,
                    const char *owner)
{
  g_autofree char *key = key2 (cycle, owner);
  GPtrArray *list = p->self->local->all[LDS_RECORD_OBJECTIVE];
  int first = 0;

  if (!g_hash_table_contains (p->positions, key))
    for (guint i = 0; i < list->len; i++)
      {
        LdsObjective *o = list->pdata[i];
        LdsRecord *c = lds_snapshot_get (p->self->local, LDS_RECORD_CYCLE, o->cycle_id);
        LdsRecord *u = lds_snapshot_get (p->self->local, LDS_RECORD_UNIT, o->owner_unit_id);
        LdsRecord *pe = lds_snapshot_get (p->self->local, LDS_RECORD_PERSON, o->owner_person_id);
        LdsRecord *owner_record = u != NULL ? u : pe;
        if (c != NULL && owner_record != NULL && g_str_equal (c->uuid, cycle) &&
            g_str_equal (owner_record->uuid, owner))
          first = MAX (first, o->position + 1);
      }
  return next_position (p, key, first);
}

/* Rows */

static gboolean
note_ref (Plan         *p,
          const char   *ref,
          LdsCsvColumn  column)
{
  gpointer line;

  if (g_hash_table_lookup_extended (p->ref_lines, ref, NULL, &line))
    {
      PROBLEM (p, column,
               /* Translators: %1$s is a reference such as "KR1", %2$u a line number */
               _("The reference “%1$s” is used already, on line %2$u: every key result and every "
                 "objective needs its own."), ref, GPOINTER_TO_UINT (line));
      return FALSE;
    }
  g_hash_table_insert (p->ref_lines, (gpointer) g_string_chunk_insert (p->strings, ref),
                       GUINT_TO_POINTER (line_of (p, column)));
  return TRUE;
}

static Objective *
new_objective (Plan *p)
{
  const char *ref = cell (p, LDS_CSV_OBJECTIVE_REF);
  const char *title = cell (p, LDS_CSV_OBJECTIVE);
  const char *cycle_name = cell (p, LDS_CSV_CYCLE);
  const char *unit_path = cell (p, LDS_CSV_UNIT);
  const char *person_name = cell (p, LDS_CSV_PERSON);
  const char *cycle, *unit, *person = NULL;
  LdsObjectiveType type = LDS_OBJECTIVE_TYPE_COMMITTED;
  gboolean self_driven = FALSE;
  LdsObjective *o;
  Objective *entry;
  LdsImportItem *item;
  gboolean ok = TRUE;

  if (*title == '\0')
    {
      PROBLEM (p, LDS_CSV_OBJECTIVE,
               _("The objective has no title: write where the team wants to be."));
      ok = FALSE;
    }
  if (*cycle_name == '\0')
    cycle_name = p->previous_cycle;
  if (*unit_path == '\0')
    unit_path = p->previous_unit;
  if (cycle_name == NULL || *cycle_name == '\0')
    {
      PROBLEM (p, LDS_CSV_CYCLE, _("The cycle is empty: name one, such as “2027 Q1”."));
      ok = FALSE;
    }
  if (unit_path == NULL || *unit_path == '\0')
    {
      PROBLEM (p, LDS_CSV_UNIT, _("The unit is empty: write a path such as Company/Sales/East."));
      ok = FALSE;
    }
  if (!parse_objective_type (cell (p, LDS_CSV_OBJECTIVE_TYPE), &type))
    {
      PROBLEM (p, LDS_CSV_OBJECTIVE_TYPE,
               /* Translators: %s is what the cell holds; keep the listed words as they are */
               _("“%s” is no objective type: write committed or aspirational (承诺型 or 挑战型)."),
               cell (p, LDS_CSV_OBJECTIVE_TYPE));
      ok = FALSE;
    }
  if (!parse_yes_no (cell (p, LDS_CSV_SELF_DRIVEN), &self_driven))
    {
      PROBLEM (p, LDS_CSV_SELF_DRIVEN,
               /* Translators: %s is what the cell holds; keep the listed words as they are */
               _("“%s” is neither yes nor no (是 or 否)."), cell (p, LDS_CSV_SELF_DRIVEN));
      ok = FALSE;
    }
  if (*ref != '\0' && !note_ref (p, ref, LDS_CSV_OBJECTIVE_REF))
    ok = FALSE;
  if (!ok)
    return NULL;

  cycle = find_cycle (p, cycle_name);
  unit = find_unit (p, unit_path);
  if (cycle == NULL || unit == NULL)
    return NULL;
  if (*person_name != '\0')
    person = find_person (p, unit, person_name, LDS_CSV_PERSON);

  o = lds_objective_new ();
  lds_set_text (&o->title, title);
  o->type = type;
  o->self_driven = self_driven;
  o->position = objective_position (p, cycle, person != NULL ? person : unit);
  {
    LdsRecord *c = _lds_import_find (p->self, LDS_RECORD_CYCLE, cycle, NULL);
    o->status = c != NULL && ((LdsCycle *) c)->state == LDS_CYCLE_STATE_PLANNING
                  ? LDS_OBJECTIVE_STATUS_DRAFT : LDS_OBJECTIVE_STATUS_ACTIVE;
  }
  item = _lds_import_add_item (p->self, LDS_RECORD_OBJECTIVE, o);
  item->line = p->row->line;
  _lds_import_set_ref (item, "cycle_id", cycle);
  _lds_import_set_column (item, "cycle_id", column_number (p, LDS_CSV_CYCLE));
  if (person != NULL)
    {
      _lds_import_set_ref (item, "owner_person_id", person);
      _lds_import_set_column (item, "owner_person_id", column_number (p, LDS_CSV_PERSON));
    }
  else
    {
      _lds_import_set_ref (item, "owner_unit_id", unit);
      _lds_import_set_column (item, "owner_unit_id", column_number (p, LDS_CSV_UNIT));
    }
  _lds_import_set_column (item, "title", column_number (p, LDS_CSV_OBJECTIVE));
  _lds_import_set_column (item, "type", column_number (p, LDS_CSV_OBJECTIVE_TYPE));
  _lds_import_set_column (item, "self_driven", column_number (p, LDS_CSV_SELF_DRIVEN));

  entry = g_new0 (Objective, 1);
  entry->item = item;
  entry->line = p->row->line;
  entry->aligns_line = line_of (p, LDS_CSV_ALIGNS_TO);
  for (guint c = LDS_CSV_CYCLE; c <= LDS_CSV_ALIGNS_TO; c++)
    entry->values[c] = g_strdup (cell (p, c));
  g_free (entry->values[LDS_CSV_CYCLE]);
  entry->values[LDS_CSV_CYCLE] = g_strdup (cycle_name);
  g_free (entry->values[LDS_CSV_UNIT]);
  entry->values[LDS_CSV_UNIT] = g_strdup (unit_path);
  g_ptr_array_add (p->objective_list, entry);
  if (*ref != '\0')
    g_hash_table_insert (p->objectives, (gpointer) g_string_chunk_insert (p->strings, ref), entry);

  /* The names may be the previous row's own: copy before freeing. */
  g_free (p->previous_cycle);
  p->previous_cycle = g_strdup (entry->values[LDS_CSV_CYCLE]);
  g_free (p->previous_unit);
  p->previous_unit = g_strdup (entry->values[LDS_CSV_UNIT]);
  return entry;
}

/* A later row of an objective: what it says of the objective must agree
 * with its first row (or be left empty). */
static void
check_same_objective (Plan      *p,
                      Objective *o)
{
  for (guint c = LDS_CSV_CYCLE; c <= LDS_CSV_ALIGNS_TO; c++)
    {
      const char *here = cell (p, c);

      if (c == LDS_CSV_OBJECTIVE_REF || *here == '\0' || g_str_equal (here, o->values[c]))
        continue;
      PROBLEM (p, c,
               /* Translators: %1$s is a value in this row, %2$s the value on line %3$u */
               _("This row belongs to the objective of line %3$u, which says “%2$s” here, not "
                 "“%1$s”. Rows of one objective must agree."), here, o->values[c], o->line);
    }
}

static gboolean
any_key_result_cell (Plan *p)
{
  for (guint c = LDS_CSV_KR_REF; c <= LDS_CSV_TIED_TO_COMPENSATION; c++)
    if (*cell (p, c) != '\0')
      return TRUE;
  return FALSE;
}

static void
read_number (Plan         *p,
             LdsCsvColumn  column,
             double       *value)
{
  if (!parse_number (cell (p, column), value))
    PROBLEM (p, column,
             /* Translators: %s is what the cell holds */
             _("“%s” is not a number. Write digits, such as 1200, 3.5 or 40%%."), cell (p, column));
}

static void
add_key_result (Plan      *p,
                Objective *o)
{
  const char *ref = cell (p, LDS_CSV_KR_REF);
  const char *owner_name = cell (p, LDS_CSV_KR_OWNER);
  LdsKeyResult *kr = lds_key_result_new ();
  LdsImportItem *item;
  LdsCsvColumn numbers[] = { LDS_CSV_START, LDS_CSV_TARGET, LDS_CSV_CURRENT };
  double *values[] = { &kr->start_value, &kr->target_value, &kr->current_value };
  const char *fields[] = { "start_value", "target_value", "current_value" };

  lds_set_text (&kr->title, cell (p, LDS_CSV_KEY_RESULT));
  lds_set_text (&kr->unit_label, cell (p, LDS_CSV_UNIT_LABEL));
  if (*cell (p, LDS_CSV_METRIC) == '\0')
    kr->metric = g_str_equal (kr->unit_label, "%") ? LDS_METRIC_PERCENT : LDS_METRIC_NUMBER;
  else if (!parse_metric (cell (p, LDS_CSV_METRIC), &kr->metric))
    PROBLEM (p, LDS_CSV_METRIC,
             /* Translators: %s is what the cell holds; keep the listed words as they are */
             _("“%s” is no metric: write number, percent, currency or milestone (数值, 百分比, "
               "金额 or 里程碑)."), cell (p, LDS_CSV_METRIC));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    read_number (p, numbers[i], values[i]);
  if (!isnan (kr->start_value) && !isnan (kr->target_value) && kr->target_value < kr->start_value)
    kr->direction = LDS_DIRECTION_DECREASE;
  if (!parse_yes_no (cell (p, LDS_CSV_TIED_TO_COMPENSATION), &kr->tied_to_compensation))
    PROBLEM (p, LDS_CSV_TIED_TO_COMPENSATION, _("“%s” is neither yes nor no (是 or 否)."),
             cell (p, LDS_CSV_TIED_TO_COMPENSATION));
  kr->position = (int) o->n_key_results++;
  kr->mid_cycle = FALSE;

  item = _lds_import_add_item (p->self, LDS_RECORD_KEY_RESULT, kr);
  item->line = p->row->line;
  _lds_import_set_ref (item, "objective_id", o->item->record->uuid);
  _lds_import_set_column (item, "title", column_number (p, LDS_CSV_KEY_RESULT));
  _lds_import_set_column (item, "metric", column_number (p, LDS_CSV_METRIC));
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    _lds_import_set_column (item, fields[i], column_number (p, numbers[i]));
  _lds_import_set_column (item, "unit_label", column_number (p, LDS_CSV_UNIT_LABEL));
  _lds_import_set_column (item, "owner_id", column_number (p, LDS_CSV_KR_OWNER));
  _lds_import_set_column (item, "tied_to_compensation",
                          column_number (p, LDS_CSV_TIED_TO_COMPENSATION));

  if (*owner_name != '\0')
    {
      /* Someone of the objective's unit, else of the organisation, else new in that unit. */
      const char *owner_unit = g_hash_table_lookup (p->unit_paths, o->values[LDS_CSV_UNIT]);
      const char *owner = find_person (p, owner_unit, owner_name, LDS_CSV_KR_OWNER);

      _lds_import_set_ref (item, "owner_id", owner);
    }

  if (*ref != '\0' && note_ref (p, ref, LDS_CSV_KR_REF))
    g_hash_table_insert (p->key_results, (gpointer) g_string_chunk_insert (p->strings, ref), item);
}

static void
read_row (Plan *p)
{
  const char *ref = cell (p, LDS_CSV_OBJECTIVE_REF);
  const char *title = cell (p, LDS_CSV_OBJECTIVE);
  Objective *o = NULL;

  if (p->row->n_fields > p->n_header)
    {
      _lds_import_problem (p->self, p->row->line, p->n_header + 1, NULL,
                           /* Translators: %1$u and %2$u are numbers of fields */
                           _("This row has %1$u fields, but the header names only %2$u columns."),
                           p->row->n_fields, p->n_header);
      return;
    }
  if (p->row->n_fields < p->n_header)
    {
      gboolean last = p->row == p->self->csv->rows->pdata[p->self->csv->rows->len - 1];
      _lds_import_problem (p->self, p->row->line, p->row->n_fields, NULL,
                           last ? _("This row stops after %1$u of its %2$u fields: the file may "
                                    "have been cut short.")
                                : _("This row stops after %1$u of its %2$u fields: check its "
                                    "separators and quotes."),
                           p->row->n_fields, p->n_header);
      return;
    }

  if (*ref != '\0')
    {
      o = g_hash_table_lookup (p->objectives, ref);
      if (o != NULL)
        check_same_objective (p, o);
    }
  else if (*title == '\0' && p->previous != NULL && *cell (p, LDS_CSV_KEY_RESULT) != '\0' &&
           *cell (p, LDS_CSV_PERSON) == '\0')
    o = p->previous;   /* a merged cell */
  else if (*title != '\0' && p->previous != NULL && *p->previous->values[LDS_CSV_OBJECTIVE_REF] == '\0' &&
           g_str_equal (title, p->previous->values[LDS_CSV_OBJECTIVE]) &&
           (*cell (p, LDS_CSV_CYCLE) == '\0' ||
            g_str_equal (cell (p, LDS_CSV_CYCLE), p->previous->values[LDS_CSV_CYCLE])) &&
           (*cell (p, LDS_CSV_UNIT) == '\0' ||
            g_str_equal (cell (p, LDS_CSV_UNIT), p->previous->values[LDS_CSV_UNIT])))
    {
      o = p->previous;
      check_same_objective (p, o);
    }

  if (o == NULL && *ref != '\0' && g_hash_table_contains (p->failed, ref))
    return;   /* a later row of an objective whose problems are reported already */
  if (o == NULL)
    o = new_objective (p);
  if (o == NULL)
    {
      if (*ref != '\0')
        g_hash_table_add (p->failed, (gpointer) g_string_chunk_insert (p->strings, ref));
      p->previous = NULL;
      return;
    }
  p->previous = o;

  if (*cell (p, LDS_CSV_KEY_RESULT) != '\0')
    add_key_result (p, o);
  else if (any_key_result_cell (p))
    PROBLEM (p, LDS_CSV_KEY_RESULT,
             _("This row has values of a key result but no key result: write its title."));
}

static void
link_alignments (Plan *p)
{
  for (guint i = 0; i < p->objective_list->len; i++)
    {
      Objective *o = p->objective_list->pdata[i];
      g_auto(GStrv) refs = NULL;
      g_autofree char *text = g_strdup (o->values[LDS_CSV_ALIGNS_TO]);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      if (*text == '\0')
        continue;
      /* Full-width semicolons, as a Chinese keyboard types them, count too. */
      for (char *s = strstr (text, "；"); s != NULL; s = strstr (s, "；"))
        {
          memmove (s + 1, s + strlen ("；"), strlen (s + strlen ("；")) + 1);
          *s = ';';
        }
      refs = g_strsplit (text, ";", -1);
      for (guint r = 0; refs[r] != NULL; r++)
        {
          const char *ref = g_strstrip (refs[r]);
          LdsImportItem *kr = g_hash_table_lookup (p->key_results, ref);
          Objective *target = g_hash_table_lookup (p->objectives, ref);
          LdsLink *link;
          LdsImportItem *item;

          if (*ref == '\0' || !g_hash_table_add (seen, (gpointer) ref))
            continue;
          if (kr == NULL && target == NULL)
            {
              _lds_import_problem (p->self, o->aligns_line,
                                   p->col[LDS_CSV_ALIGNS_TO] >= 0 ? (guint) p->col[LDS_CSV_ALIGNS_TO] + 1 : 0,
                                   NULL,
                                   /* Translators: %s is a reference such as "KR1" */
                                   _("“%s” is neither a kr_ref nor an objective_ref of this file: "
                                     "an objective can only align to a row of the same file."),
                                   ref);
              continue;
            }
          link = lds_link_new ();
          link->kind = LDS_LINK_KIND_ALIGNS;
          item = _lds_import_add_item (p->self, LDS_RECORD_LINK, link);
          item->line = o->aligns_line;
          _lds_import_set_ref (item, "from_id", o->item->record->uuid);
          if (kr != NULL)
            _lds_import_set_ref (item, "to_key_result_id", kr->record->uuid);
          else
            _lds_import_set_ref (item, "to_objective_id", target->item->record->uuid);
          _lds_import_set_column (item, "to_key_result_id", column_number (p, LDS_CSV_ALIGNS_TO));
          _lds_import_set_column (item, "to_objective_id", column_number (p, LDS_CSV_ALIGNS_TO));
        }
    }
}

/* Which unit each objective owner named in the person column belongs to. */
static void
scan_owners (Plan *p)
{
  GPtrArray *rows = p->self->csv->rows;
  const char *unit = NULL;

  for (guint i = 1; i < rows->len; i++)
    {
      const char *person;

      p->row = rows->pdata[i];
      if (*cell (p, LDS_CSV_UNIT) != '\0')
        unit = cell (p, LDS_CSV_UNIT);
      person = cell (p, LDS_CSV_PERSON);
      if (*person != '\0' && unit != NULL && !g_hash_table_contains (p->owner_units, person))
        g_hash_table_insert (p->owner_units, (gpointer) person, (gpointer) unit);
    }
  p->row = NULL;
}

void
_lds_import_plan_csv (LdsImport *self)
{
  Plan p = { 0 };
  GPtrArray *rows = self->csv->rows;

  p.self = self;
  p.objectives = g_hash_table_new (g_str_hash, g_str_equal);
  p.objective_list = g_ptr_array_new_with_free_func (objective_free);
  p.key_results = g_hash_table_new (g_str_hash, g_str_equal);
  p.ref_lines = g_hash_table_new (g_str_hash, g_str_equal);
  p.cycles = g_hash_table_new (g_str_hash, g_str_equal);
  p.units = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.unit_paths = g_hash_table_new (g_str_hash, g_str_equal);
  p.people = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.people_by_name = g_hash_table_new (g_str_hash, g_str_equal);
  p.positions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  p.strings = g_string_chunk_new (1024);
  p.owner_units = g_hash_table_new (g_str_hash, g_str_equal);
  p.failed = g_hash_table_new (g_str_hash, g_str_equal);
  p.bad_cycles = g_hash_table_new (g_str_hash, g_str_equal);

  index_store (&p);
  if (read_header (&p, rows->pdata[0]))
    {
      scan_owners (&p);
      if (rows->len == 1)
        _lds_import_problem (self, 2, 0, NULL,
                             _("The file has a header but no rows: there is nothing to import."));
      for (guint i = 1; i < rows->len; i++)
        {
          p.row = rows->pdata[i];
          read_row (&p);
        }
      link_alignments (&p);
    }

  g_hash_table_unref (p.objectives);
  g_ptr_array_unref (p.objective_list);
  g_hash_table_unref (p.key_results);
  g_hash_table_unref (p.ref_lines);
  g_hash_table_unref (p.cycles);
  g_hash_table_unref (p.units);
  g_hash_table_unref (p.unit_paths);
  g_hash_table_unref (p.people);
  g_hash_table_unref (p.people_by_name);
  g_hash_table_unref (p.positions);
  g_hash_table_unref (p.owner_units);
  g_hash_table_unref (p.failed);
  g_hash_table_unref (p.bad_cycles);
  g_free (p.previous_cycle);
  g_free (p.previous_unit);
  g_string_chunk_free (p.strings);
}
