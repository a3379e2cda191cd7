/* lds-export-csv.c: OKRs as a spreadsheet, one row per key result
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the format lds-import-csv.c reads (README.md, "CSV files"): UTF-8
 * with a byte-order mark (so that spreadsheet programs take it as UTF-8),
 * comma separated, CRLF line ends, English headings and values. Rows go
 * cycle by cycle, unit by unit (parents first), a unit's objectives before
 * those of its people; an objective without key results has one row.
 * Objectives are numbered O1, O2, … and their key results KR1.1, KR1.2, …,
 * which aligns_to refers to.
 */

#define G_LOG_DOMAIN "lds-export"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-csv-columns.h"
#include "lds-csv.h"
#include "lds-export-data.h"
#include "lds-interchange.h"

typedef struct
{
  LdsSnapshot *snapshot;
  GHashTable  *refs;       /* objective or key result → its reference */
  GPtrArray   *order;      /* objectives, in row order */
  GHashTable  *by_owner;   /* unit or person → its objectives */
  GHashTable  *krs;        /* objective → its key results */
  GHashTable  *links;      /* objective → its links */
} Sheet;

/* Appends @value to the list that @key has in @table. */
static void
group (GHashTable *table,
       gpointer    key,
       gpointer    value)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  g_ptr_array_add (list, value);
}

static char *
number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) value);
  return g_strdup (g_ascii_dtostr (buf, sizeof buf, value));
}

static void
add_objectives_of (Sheet    *sheet,
                   LdsId     cycle_id,
                   gpointer  owner)
{
  GPtrArray *objectives = g_hash_table_lookup (sheet->by_owner, owner);

  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];
      if (o->cycle_id == cycle_id)
        g_ptr_array_add (sheet->order, o);
    }
}

static int
compare_ids (LdsId a,
             LdsId b)
{
  return (a > b) - (a < b);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const LdsUnit *ua = *(LdsUnit * const *) a, *ub = *(LdsUnit * const *) b;
  int c = strcmp (ua->name, ub->name);

  return c != 0 ? c : compare_ids (ua->id, ub->id);
}

static int
compare_people (gconstpointer a,
                gconstpointer b)
{
  const LdsPerson *pa = *(LdsPerson * const *) a, *pb = *(LdsPerson * const *) b;
  int c = strcmp (pa->name, pb->name);

  return c != 0 ? c : compare_ids (pa->id, pb->id);
}

static int
compare_cycles (gconstpointer a,
                gconstpointer b)
{
  const LdsCycle *ca = *(LdsCycle * const *) a, *cb = *(LdsCycle * const *) b;
  int c = g_strcmp0 (ca->start_date, cb->start_date);

  if (c == 0)
    c = (int) ca->kind - (int) cb->kind;
  if (c == 0)
    c = strcmp (ca->name, cb->name);
  return c;
}

/* Units parents first, siblings by name: an order that a spreadsheet keeps
 * through an import, which knows nothing of the units' positions. */
static void
add_units_by_name (LdsSnapshot *s,
                   GHashTable  *children,
                   gpointer     parent,
                   GPtrArray   *out,
                   guint        depth)
{
  GPtrArray *kids = g_hash_table_lookup (children, parent);

  if (kids == NULL || depth > 64)
    return;
  g_ptr_array_sort (kids, compare_names);
  for (guint i = 0; i < kids->len; i++)
    {
      g_ptr_array_add (out, kids->pdata[i]);
      add_units_by_name (s, children, kids->pdata[i], out, depth + 1);
    }
}

/* The objectives in row order, and every row's reference. */
static void
number_rows (Sheet *sheet)
{
  LdsSnapshot *s = sheet->snapshot;
  g_autoptr(GPtrArray) cycles = g_ptr_array_copy (s->selected[LDS_RECORD_CYCLE], NULL, NULL);
  g_autoptr(GPtrArray) units = g_ptr_array_new ();
  GPtrArray *people = s->selected[LDS_RECORD_PERSON];
  g_autoptr(GHashTable) children = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *objectives = s->selected[LDS_RECORD_OBJECTIVE];
  GPtrArray *krs = s->selected[LDS_RECORD_KEY_RESULT];
  GPtrArray *links = s->selected[LDS_RECORD_LINK];
  g_autoptr(GHashTable) kr_counts = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) people_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < objectives->len; i++)
    {
      LdsObjective *o = objectives->pdata[i];
      gpointer owner = o->owner_unit_id != 0
                         ? lds_snapshot_get (s, LDS_RECORD_UNIT, o->owner_unit_id)
                         : lds_snapshot_get (s, LDS_RECORD_PERSON, o->owner_person_id);
      if (owner != NULL)
        group (sheet->by_owner, owner, o);
    }
  for (guint i = 0; i < krs->len; i++)
    group (sheet->krs, lds_snapshot_get (s, LDS_RECORD_OBJECTIVE,
                                         ((LdsKeyResult *) krs->pdata[i])->objective_id),
           krs->pdata[i]);
  for (guint i = 0; i < links->len; i++)
    group (sheet->links, lds_snapshot_get (s, LDS_RECORD_OBJECTIVE,
                                           ((LdsLink *) links->pdata[i])->from_id),
           links->pdata[i]);
  g_ptr_array_sort (cycles, compare_cycles);
  for (guint i = 0; i < s->selected[LDS_RECORD_UNIT]->len; i++)
    {
      LdsUnit *u = s->selected[LDS_RECORD_UNIT]->pdata[i];
      LdsUnit *parent = lds_snapshot_get (s, LDS_RECORD_UNIT, u->parent_id);
      group (children, lds_snapshot_is_selected (s, LDS_RECORD_UNIT, parent) ? parent : NULL, u);
    }
  add_units_by_name (s, children, NULL, units, 0);
  for (guint i = 0; i < people->len; i++)
    group (people_of, lds_snapshot_get (s, LDS_RECORD_UNIT,
                                        ((LdsPerson *) people->pdata[i])->unit_id),
           people->pdata[i]);

  {
    GHashTableIter iter;
    gpointer list;
    g_hash_table_iter_init (&iter, people_of);
    while (g_hash_table_iter_next (&iter, NULL, &list))
      g_ptr_array_sort (list, compare_people);
  }

  for (guint c = 0; c < cycles->len; c++)
    for (guint u = 0; u < units->len; u++)
      {
        LdsRecord *cycle = cycles->pdata[c];
        GPtrArray *members = g_hash_table_lookup (people_of, units->pdata[u]);

        add_objectives_of (sheet, cycle->id, units->pdata[u]);
        for (guint p = 0; members != NULL && p < members->len; p++)
          add_objectives_of (sheet, cycle->id, members->pdata[p]);
      }

  for (guint i = 0; i < sheet->order->len; i++)
    g_hash_table_insert (sheet->refs, sheet->order->pdata[i], g_strdup_printf ("O%u", i + 1));
  for (guint i = 0; i < krs->len; i++)
    {
      LdsKeyResult *kr = krs->pdata[i];
      LdsRecord *o = lds_snapshot_get (s, LDS_RECORD_OBJECTIVE, kr->objective_id);
      const char *oref = o != NULL ? g_hash_table_lookup (sheet->refs, o) : NULL;
      guint n;

      if (oref == NULL)
        continue;
      n = GPOINTER_TO_UINT (g_hash_table_lookup (kr_counts, o)) + 1;
      g_hash_table_insert (kr_counts, o, GUINT_TO_POINTER (n));
      g_hash_table_insert (sheet->refs, kr, g_strdup_printf ("KR%s.%u", oref + 1, n));
    }
}

static char *
aligns_to (Sheet        *sheet,
           LdsObjective *o)
{
  GPtrArray *links = g_hash_table_lookup (sheet->links, o);
  GString *text = g_string_new (NULL);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      LdsLink *l = links->pdata[i];
      gpointer target;
      const char *ref;

      if (l->kind != LDS_LINK_KIND_ALIGNS)
        continue;
      target = l->to_key_result_id != 0
                 ? lds_snapshot_get (sheet->snapshot, LDS_RECORD_KEY_RESULT, l->to_key_result_id)
                 : lds_snapshot_get (sheet->snapshot, LDS_RECORD_OBJECTIVE, l->to_objective_id);
      ref = target != NULL ? g_hash_table_lookup (sheet->refs, target) : NULL;
      if (ref != NULL)
        g_string_append_printf (text, "%s%s", text->len > 0 ? ";" : "", ref);
    }
  return g_string_free (text, FALSE);
}

static const char *
person_name (Sheet *sheet,
             LdsId  id)
{
  LdsPerson *p = lds_snapshot_get (sheet->snapshot, LDS_RECORD_PERSON, id);

  return p != NULL ? p->name : "";
}

static void
write_rows (Sheet   *sheet,
            GString *out)
{
  for (guint i = 0; i < sheet->order->len; i++)
    {
      LdsObjective *o = sheet->order->pdata[i];
      GPtrArray *krs = g_hash_table_lookup (sheet->krs, o);
      guint n_krs = krs != NULL ? krs->len : 0;
      LdsCycle *cycle = lds_snapshot_get (sheet->snapshot, LDS_RECORD_CYCLE, o->cycle_id);
      LdsPerson *owner = lds_snapshot_get (sheet->snapshot, LDS_RECORD_PERSON, o->owner_person_id);
      g_autofree char *unit = lds_snapshot_unit_path (sheet->snapshot,
                                                       owner != NULL ? owner->unit_id
                                                                     : o->owner_unit_id);
      g_autofree char *aligns = aligns_to (sheet, o);
      const char *row[LDS_CSV_N_COLUMNS] = { NULL };
      gboolean any = FALSE;

      row[LDS_CSV_CYCLE] = cycle != NULL ? cycle->name : "";
      row[LDS_CSV_UNIT] = unit;
      row[LDS_CSV_PERSON] = owner != NULL ? owner->name : "";
      row[LDS_CSV_OBJECTIVE_REF] = g_hash_table_lookup (sheet->refs, o);
      row[LDS_CSV_OBJECTIVE] = o->title;
      row[LDS_CSV_OBJECTIVE_TYPE] = lds_enum_to_nick (LDS_TYPE_OBJECTIVE_TYPE, o->type);
      row[LDS_CSV_SELF_DRIVEN] = o->self_driven ? "yes" : "no";
      row[LDS_CSV_ALIGNS_TO] = aligns;

      for (guint k = 0; k <= n_krs; k++)
        {
          LdsKeyResult *kr = k < n_krs ? krs->pdata[k] : NULL;
          g_autofree char *start = NULL, *target = NULL, *current = NULL;

          if (kr == NULL && any)
            break;
          if (kr != NULL)
            {
              start = number (kr->start_value);
              target = number (kr->target_value);
              current = number (kr->current_value);
              row[LDS_CSV_KEY_RESULT] = kr->title;
              row[LDS_CSV_KR_REF] = g_hash_table_lookup (sheet->refs, kr);
              row[LDS_CSV_METRIC] = lds_enum_to_nick (LDS_TYPE_METRIC, kr->metric);
              row[LDS_CSV_START] = start;
              row[LDS_CSV_TARGET] = target;
              row[LDS_CSV_CURRENT] = current;
              row[LDS_CSV_UNIT_LABEL] = kr->unit_label;
              row[LDS_CSV_KR_OWNER] = person_name (sheet, kr->owner_id);
              row[LDS_CSV_TIED_TO_COMPENSATION] = kr->tied_to_compensation ? "yes" : "no";
            }
          else
            for (guint c = LDS_CSV_KEY_RESULT; c < LDS_CSV_N_COLUMNS; c++)
              row[c] = "";
          lds_csv_append_row (out, row, LDS_CSV_N_COLUMNS, ',');
          any = TRUE;
        }
    }
}

/**
 * lds_export_csv_to_data:
 *
 * Returns: (transfer full): the spreadsheet
 */
char *
lds_export_csv_to_data (LdsStore                *store,
                        const LdsExportOptions  *options,
                        gsize                   *length,
                        GError                 **error)
{
  g_autoptr(LdsSnapshot) snapshot = NULL;
  const char *header[LDS_CSV_N_COLUMNS];
  GString *out;
  Sheet sheet;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  if (options->at != 0)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("JSON and CSV exports hold the organisation as it is now; "
                             "leave out the date."));
      return NULL;
    }
  snapshot = lds_snapshot_new (store, options->unit_id, options->cycle_id, error);
  if (snapshot == NULL)
    return NULL;

  sheet.snapshot = snapshot;
  sheet.refs = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  sheet.order = g_ptr_array_new ();
  sheet.by_owner = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  sheet.krs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  sheet.links = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  number_rows (&sheet);

  out = g_string_new ("\xef\xbb\xbf");
  for (guint c = 0; c < LDS_CSV_N_COLUMNS; c++)
    header[c] = lds_csv_columns[c].name;
  lds_csv_append_row (out, header, LDS_CSV_N_COLUMNS, ',');
  write_rows (&sheet, out);

  g_hash_table_unref (sheet.refs);
  g_ptr_array_unref (sheet.order);
  g_hash_table_unref (sheet.by_owner);
  g_hash_table_unref (sheet.krs);
  g_hash_table_unref (sheet.links);
  if (length != NULL)
    *length = out->len;
  return g_string_free (out, FALSE);
}

gboolean
lds_export_csv (LdsStore                *store,
                const LdsExportOptions  *options,
                const char              *path,
                GError                 **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  gsize length = 0;

  data = lds_export_csv_to_data (store, options, &length, error);
  if (data == NULL)
    return FALSE;
  if (!g_file_set_contents (path, data, length, &local))
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, local->message);
      return FALSE;
    }
  return TRUE;
}
