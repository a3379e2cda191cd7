/* lds-interchange.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-interchange"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-interchange.h"

/* Snapshots */

void
lds_snapshot_free (LdsSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      g_clear_pointer (&snapshot->chosen[t], g_hash_table_unref);
      g_clear_pointer (&snapshot->selected[t], g_ptr_array_unref);
      g_clear_pointer (&snapshot->by_id[t], g_hash_table_unref);
      g_clear_pointer (&snapshot->all[t], g_ptr_array_unref);
    }
  g_free (snapshot);
}

gpointer
lds_snapshot_get (LdsSnapshot   *snapshot,
                  LdsRecordType  type,
                  LdsId          id)
{
  g_return_val_if_fail (snapshot != NULL && type < LDS_N_RECORD_TYPES, NULL);

  if (id == 0)
    return NULL;
  return g_hash_table_lookup (snapshot->by_id[type], &id);
}

gboolean
lds_snapshot_is_selected (LdsSnapshot   *snapshot,
                          LdsRecordType  type,
                          gconstpointer  record)
{
  g_return_val_if_fail (snapshot != NULL && type < LDS_N_RECORD_TYPES, FALSE);

  return record != NULL && g_hash_table_contains (snapshot->chosen[type], record);
}

char *
lds_snapshot_unit_path (LdsSnapshot *snapshot,
                        LdsId        unit_id)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GString *path = g_string_new (NULL);

  for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
    {
      LdsUnit *unit = lds_snapshot_get (snapshot, LDS_RECORD_UNIT, unit_id);
      if (unit == NULL)
        break;
      g_ptr_array_insert (names, 0, unit->name);
      unit_id = unit->parent_id;
    }
  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (path, "%s%s", i > 0 ? "/" : "", (char *) names->pdata[i]);
  return g_string_free (path, FALSE);
}

static void
choose (LdsSnapshot   *snapshot,
        LdsRecordType  type,
        gpointer       record,
        GQueue        *todo)
{
  if (record == NULL || g_hash_table_contains (snapshot->chosen[type], record))
    return;
  g_hash_table_add (snapshot->chosen[type], record);
  if (todo != NULL)
    {
      g_queue_push_tail (todo, GUINT_TO_POINTER (type));
      g_queue_push_tail (todo, record);
    }
}

/* Adds every record that a chosen one refers to, and so on: a part of an
 * organisation carries what it needs to stand on its own (its parent units,
 * its cycles, the key results it aligns to and the objectives above them). */
static void
close_over_references (LdsSnapshot *snapshot,
                       GQueue      *todo)
{
  while (!g_queue_is_empty (todo))
    {
      LdsRecordType type = GPOINTER_TO_UINT (g_queue_pop_head (todo));
      gpointer record = g_queue_pop_head (todo);
      const LdsRecordInfo *info = lds_record_info (type);

      for (guint i = 0; i < info->n_fields; i++)
        {
          const LdsField *f = &info->fields[i];
          if (f->kind == LDS_FIELD_REF)
            choose (snapshot, f->ref_type,
                    lds_snapshot_get (snapshot, f->ref_type, *LDS_FIELD_PTR (record, f, LdsId)),
                    todo);
        }
    }
}

/* Units and cycles come parents first, depth first, siblings in the
 * store's order, so that reading a document in order never meets a parent
 * it has not seen yet. */
static void
add_tree_in_order (LdsSnapshot   *snapshot,
                   LdsRecordType  type,
                   GPtrArray     *out)
{
  GPtrArray *all = snapshot->all[type];
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) done = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  for (guint i = 0; i < all->len; i++)
    {
      LdsRecord *r = all->pdata[i];
      LdsId *parent = type == LDS_RECORD_UNIT ? &((LdsUnit *) r)->parent_id
                                               : &((LdsCycle *) r)->parent_id;
      GPtrArray *list;

      if (*parent == 0 || lds_snapshot_get (snapshot, type, *parent) == NULL)
        continue;
      list = g_hash_table_lookup (children, parent);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, parent, list);
        }
      g_ptr_array_add (list, r);
    }

  for (guint i = 0; i < all->len; i++)
    {
      LdsRecord *root = all->pdata[i];
      LdsId parent = type == LDS_RECORD_UNIT ? ((LdsUnit *) root)->parent_id
                                              : ((LdsCycle *) root)->parent_id;

      if (parent != 0 && lds_snapshot_get (snapshot, type, parent) != NULL)
        continue;
      g_ptr_array_add (stack, root);
      while (stack->len > 0)
        {
          LdsRecord *r = g_ptr_array_steal_index (stack, stack->len - 1);
          GPtrArray *kids;

          if (g_hash_table_contains (done, r))
            continue;
          g_hash_table_add (done, r);
          if (g_hash_table_contains (snapshot->chosen[type], r))
            g_ptr_array_add (out, r);
          kids = g_hash_table_lookup (children, &r->id);
          for (guint k = kids != NULL ? kids->len : 0; k > 0; k--)
            g_ptr_array_add (stack, kids->pdata[k - 1]);
        }
    }
}

static gboolean
in_cycle (LdsSnapshot *snapshot,
          LdsId        cycle_id)
{
  return snapshot->cycle_id == 0 || snapshot->cycle_id == cycle_id;
}

static void
select_part (LdsSnapshot *snapshot)
{
  g_autoptr(GHashTable) units = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) people = g_hash_table_new (g_int64_hash, g_int64_equal);
  GQueue todo = G_QUEUE_INIT;
  gboolean whole_tree = snapshot->unit_id == 0;
  GPtrArray *list;

  /* The unit and every unit below it. */
  list = snapshot->all[LDS_RECORD_UNIT];
  for (gboolean grew = TRUE; grew;)
    {
      grew = FALSE;
      for (guint i = 0; i < list->len; i++)
        {
          LdsUnit *u = list->pdata[i];
          if (!g_hash_table_contains (units, &u->id) &&
              (whole_tree || u->id == snapshot->unit_id ||
               g_hash_table_contains (units, &u->parent_id)))
            {
              g_hash_table_add (units, &u->id);
              choose (snapshot, LDS_RECORD_UNIT, u, &todo);
              grew = TRUE;
            }
        }
    }

#define EACH(type_, Type, var) \
  for (guint i_ = 0; i_ < snapshot->all[type_]->len; i_++) \
    for (Type *var = snapshot->all[type_]->pdata[i_]; var != NULL; var = NULL)
#define CHOSEN(type_, id) \
  lds_snapshot_is_selected (snapshot, type_, lds_snapshot_get (snapshot, type_, id))

  EACH (LDS_RECORD_PERSON, LdsPerson, p)
    if (g_hash_table_contains (units, &p->unit_id))
      {
        g_hash_table_add (people, &p->id);
        choose (snapshot, LDS_RECORD_PERSON, p, &todo);
      }
  EACH (LDS_RECORD_CYCLE, LdsCycle, c)
    if (snapshot->cycle_id == 0 || c->id == snapshot->cycle_id)
      choose (snapshot, LDS_RECORD_CYCLE, c, &todo);
  EACH (LDS_RECORD_OBJECTIVE, LdsObjective, o)
    if (in_cycle (snapshot, o->cycle_id) &&
        (g_hash_table_contains (units, &o->owner_unit_id) ||
         g_hash_table_contains (people, &o->owner_person_id)))
      choose (snapshot, LDS_RECORD_OBJECTIVE, o, &todo);
  EACH (LDS_RECORD_KEY_RESULT, LdsKeyResult, kr)
    if (CHOSEN (LDS_RECORD_OBJECTIVE, kr->objective_id))
      choose (snapshot, LDS_RECORD_KEY_RESULT, kr, &todo);
  EACH (LDS_RECORD_LINK, LdsLink, l)
    if (CHOSEN (LDS_RECORD_OBJECTIVE, l->from_id))
      choose (snapshot, LDS_RECORD_LINK, l, &todo);
  EACH (LDS_RECORD_CHECKIN, LdsCheckin, c)
    if (CHOSEN (LDS_RECORD_KEY_RESULT, c->key_result_id))
      choose (snapshot, LDS_RECORD_CHECKIN, c, &todo);
  EACH (LDS_RECORD_ACTION_PLAN, LdsActionPlan, a)
    if (CHOSEN (LDS_RECORD_KEY_RESULT, a->key_result_id))
      choose (snapshot, LDS_RECORD_ACTION_PLAN, a, &todo);
  EACH (LDS_RECORD_KPI, LdsKpi, k)
    if (g_hash_table_contains (units, &k->unit_id))
      choose (snapshot, LDS_RECORD_KPI, k, &todo);
  EACH (LDS_RECORD_KPI_CHECKIN, LdsKpiCheckin, c)
    if (CHOSEN (LDS_RECORD_KPI, c->kpi_id))
      choose (snapshot, LDS_RECORD_KPI_CHECKIN, c, &todo);
  EACH (LDS_RECORD_REVIEW, LdsReview, r)
    if (g_hash_table_contains (people, &r->person_id) && in_cycle (snapshot, r->cycle_id))
      choose (snapshot, LDS_RECORD_REVIEW, r, &todo);
  if (whole_tree)
    EACH (LDS_RECORD_ROLLOUT_ITEM, LdsRolloutItem, r)
      choose (snapshot, LDS_RECORD_ROLLOUT_ITEM, r, &todo);
  /* The workshops a team of the part took part in, with all they hold. */
  EACH (LDS_RECORD_WORKSHOP_TEAM, LdsWorkshopTeam, t)
    {
      LdsWorkshop *w = lds_snapshot_get (snapshot, LDS_RECORD_WORKSHOP, t->workshop_id);
      if (w != NULL && g_hash_table_contains (units, &t->unit_id) && in_cycle (snapshot, w->cycle_id))
        choose (snapshot, LDS_RECORD_WORKSHOP, w, &todo);
    }
  EACH (LDS_RECORD_WORKSHOP_TEAM, LdsWorkshopTeam, t)
    if (CHOSEN (LDS_RECORD_WORKSHOP, t->workshop_id))
      choose (snapshot, LDS_RECORD_WORKSHOP_TEAM, t, &todo);
  EACH (LDS_RECORD_WORKSHOP_CARD, LdsWorkshopCard, c)
    if (CHOSEN (LDS_RECORD_WORKSHOP, c->workshop_id))
      choose (snapshot, LDS_RECORD_WORKSHOP_CARD, c, &todo);
  EACH (LDS_RECORD_WORKSHOP_VOTE, LdsWorkshopVote, v)
    if (CHOSEN (LDS_RECORD_WORKSHOP_CARD, v->card_id))
      choose (snapshot, LDS_RECORD_WORKSHOP_VOTE, v, &todo);
  EACH (LDS_RECORD_WORKSHOP_DECISION, LdsWorkshopDecision, d)
    if (CHOSEN (LDS_RECORD_WORKSHOP_CARD, d->card_id))
      choose (snapshot, LDS_RECORD_WORKSHOP_DECISION, d, &todo);
  EACH (LDS_RECORD_WORKSHOP_NOTE, LdsWorkshopNote, n)
    if (CHOSEN (LDS_RECORD_WORKSHOP, n->workshop_id))
      choose (snapshot, LDS_RECORD_WORKSHOP_NOTE, n, &todo);

  close_over_references (snapshot, &todo);

  /* The history of every record that goes. */
  {
    g_autoptr(GHashTable) uuids = g_hash_table_new (g_str_hash, g_str_equal);
    for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
      {
        GHashTableIter iter;
        gpointer record;
        g_hash_table_iter_init (&iter, snapshot->chosen[t]);
        while (g_hash_table_iter_next (&iter, &record, NULL))
          g_hash_table_add (uuids, ((LdsRecord *) record)->uuid);
      }
    EACH (LDS_RECORD_REVISION, LdsRevision, r)
      if (g_hash_table_contains (uuids, r->record_uuid))
        choose (snapshot, LDS_RECORD_REVISION, r, &todo);
    close_over_references (snapshot, &todo);
  }
#undef EACH
#undef CHOSEN
}

/**
 * lds_snapshot_new:
 * @unit_id: 0 for the whole organisation, else this unit and those below
 * @cycle_id: 0 for every cycle, else only this cycle's OKRs
 *
 * Reads the organisation at once and chooses the part: the unit's tree, its
 * people, their OKRs with everything under them, and every record those
 * refer to (parent units, cycles, the key results they align to).
 */
LdsSnapshot *
lds_snapshot_new (LdsStore  *store,
                  LdsId      unit_id,
                  LdsId      cycle_id,
                  GError   **error)
{
  g_autoptr(LdsSnapshot) snapshot = g_new0 (LdsSnapshot, 1);

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  snapshot->unit_id = unit_id;
  snapshot->cycle_id = cycle_id;
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      snapshot->all[t] = lds_store_list (store, t, error);
      if (snapshot->all[t] == NULL)
        return NULL;
      snapshot->by_id[t] = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < snapshot->all[t]->len; i++)
        {
          LdsRecord *r = snapshot->all[t]->pdata[i];
          g_hash_table_insert (snapshot->by_id[t], &r->id, r);
        }
      snapshot->chosen[t] = g_hash_table_new (NULL, NULL);
      snapshot->selected[t] = g_ptr_array_new ();
    }

  select_part (snapshot);

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      if (t == LDS_RECORD_UNIT || t == LDS_RECORD_CYCLE)
        add_tree_in_order (snapshot, t, snapshot->selected[t]);
      else
        for (guint i = 0; i < snapshot->all[t]->len; i++)
          if (g_hash_table_contains (snapshot->chosen[t], snapshot->all[t]->pdata[i]))
            g_ptr_array_add (snapshot->selected[t], snapshot->all[t]->pdata[i]);
    }
  return g_steal_pointer (&snapshot);
}

/* Times */

char *
lds_interchange_time_to_iso (gint64 t)
{
  g_autoptr(GDateTime) dt = g_date_time_new_from_unix_utc (t);
  int year, month, day;

  if (dt == NULL)
    return NULL;
  /* What g_date_time_format (dt, "%Y-%m-%dT%H:%M:%SZ") writes, for a
   * fraction of its cost: every record of an import and an export has
   * two or three times. */
  g_date_time_get_ymd (dt, &year, &month, &day);
  return g_strdup_printf ("%d-%02d-%02dT%02d:%02d:%02dZ", year, month, day,
                          g_date_time_get_hour (dt), g_date_time_get_minute (dt),
                          g_date_time_get_second (dt));
}

gboolean
lds_interchange_time_from_iso (const char *text,
                               gint64     *t)
{
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) dt = NULL;

  if (text == NULL)
    return FALSE;
  dt = g_date_time_new_from_iso8601 (text, utc);
  if (dt == NULL)
    return FALSE;
  *t = g_date_time_to_unix (dt);
  return TRUE;
}

/* Records as JSON */

static void
set_time_member (JsonObject *object,
                 const char *name,
                 gint64      t)
{
  g_autofree char *iso = t != 0 ? lds_interchange_time_to_iso (t) : NULL;

  if (iso != NULL)
    json_object_set_string_member (object, name, iso);
  else
    json_object_set_null_member (object, name);
}

/**
 * lds_interchange_to_json:
 * @uuid_for: gives the UUID of a record that a reference points at
 *
 * Returns: (transfer full): the record with its UUID, its times (ISO 8601,
 *   UTC) and every field under its own name; references as UUIDs, unset
 *   values as null
 */
JsonObject *
lds_interchange_to_json (LdsRecordType  type,
                         gconstpointer  record,
                         LdsUuidForId   uuid_for,
                         gpointer       data)
{
  const LdsRecordInfo *info = lds_record_info (type);
  const LdsRecord *header = record;
  JsonObject *object = json_object_new ();

  json_object_set_string_member (object, "uuid", header->uuid);
  set_time_member (object, "created_at", header->created_at);
  set_time_member (object, "modified_at", header->modified_at);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];

      switch (f->kind)
        {
        case LDS_FIELD_TEXT:
          json_object_set_string_member (object, f->name, *LDS_FIELD_PTR (record, f, char *) ?: "");
          break;
        case LDS_FIELD_DATE:
          if (*LDS_FIELD_PTR (record, f, char *) != NULL)
            json_object_set_string_member (object, f->name, *LDS_FIELD_PTR (record, f, char *));
          else
            json_object_set_null_member (object, f->name);
          break;
        case LDS_FIELD_INT:
          json_object_set_int_member (object, f->name, *LDS_FIELD_PTR (record, f, int));
          break;
        case LDS_FIELD_LEVEL:
          if (*LDS_FIELD_PTR (record, f, int) >= 0)
            json_object_set_int_member (object, f->name, *LDS_FIELD_PTR (record, f, int));
          else
            json_object_set_null_member (object, f->name);
          break;
        case LDS_FIELD_BOOL:
          json_object_set_boolean_member (object, f->name, *LDS_FIELD_PTR (record, f, gboolean));
          break;
        case LDS_FIELD_REAL:
          {
            double v = *LDS_FIELD_PTR (record, f, double);
            if (isnan (v))
              json_object_set_null_member (object, f->name);
            else if (v == floor (v) && fabs (v) < 1e15)
              json_object_set_int_member (object, f->name, (gint64) v);
            else
              json_object_set_double_member (object, f->name, v);
          }
          break;
        case LDS_FIELD_TIME:
          set_time_member (object, f->name, *LDS_FIELD_PTR (record, f, gint64));
          break;
        case LDS_FIELD_REF:
          {
            LdsId id = *LDS_FIELD_PTR (record, f, LdsId);
            const char *uuid = id != 0 ? uuid_for (f->ref_type, id, data) : NULL;
            if (uuid != NULL)
              json_object_set_string_member (object, f->name, uuid);
            else
              json_object_set_null_member (object, f->name);
          }
          break;
        case LDS_FIELD_ENUM:
          json_object_set_string_member (object, f->name,
                                         lds_enum_to_nick (f->enum_type (),
                                                           *LDS_FIELD_PTR (record, f, int)));
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return object;
}

/**
 * lds_interchange_value_text:
 *
 * Returns: (transfer full): a field's JSON value as plain text ("" for null),
 *   the same text for the same value whichever file it comes from
 */
char *
lds_interchange_value_text (const LdsField *field,
                            JsonNode       *node)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (node == NULL || JSON_NODE_HOLDS_NULL (node) || !JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("");

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return g_strdup (json_node_get_string (node));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      {
        double v = json_node_get_double (node);
        if (v == floor (v) && fabs (v) < 1e15)
          return g_strdup_printf ("%" G_GINT64_FORMAT, (gint64) v);
        return g_strdup (g_ascii_dtostr (buf, sizeof buf, v));
      }
    default:
      return g_strdup ("");
    }
}

/**
 * lds_interchange_fingerprint:
 *
 * Returns: (transfer full): a digest of the record's values (its fields, not
 *   its UUID or times): equal when, and only when, the values are equal
 */
char *
lds_interchange_fingerprint (JsonObject    *object,
                             LdsRecordType  type)
{
  const LdsRecordInfo *info = lds_record_info (type);
  g_autoptr(GChecksum) sum = g_checksum_new (G_CHECKSUM_SHA256);

  for (guint i = 0; i < info->n_fields; i++)
    {
      const LdsField *f = &info->fields[i];
      g_autofree char *text = lds_interchange_value_text (f, json_object_get_member (object, f->name));
      gboolean null = !json_object_has_member (object, f->name) ||
                      json_object_get_null_member (object, f->name);

      g_checksum_update (sum, (const guchar *) f->name, -1);
      g_checksum_update (sum, (const guchar *) (null ? "\1" : "\2"), 1);
      g_checksum_update (sum, (const guchar *) text, strlen (text) + 1);
    }
  return g_strdup (g_checksum_get_string (sum));
}

static gboolean
node_is (JsonNode *node,
         GType     type)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static gboolean
node_number (JsonNode *node,
             double   *value)
{
  if (node_is (node, G_TYPE_INT64))
    *value = (double) json_node_get_int (node);
  else if (node_is (node, G_TYPE_DOUBLE))
    *value = json_node_get_double (node);
  else
    return FALSE;
  return isfinite (*value);
}

static gboolean
node_integer (JsonNode *node,
              gint64    min,
              gint64    max,
              gint64   *value)
{
  double d;

  if (node_is (node, G_TYPE_INT64))
    *value = json_node_get_int (node);
  else if (node_number (node, &d) && d == floor (d) && fabs (d) < 1e15)
    *value = (gint64) d;
  else
    return FALSE;
  return *value >= min && *value <= max;
}

static char *
enum_choices (GType enum_type)
{
  GString *text = g_string_new (NULL);
  guint n = lds_enum_n_values (enum_type);

  for (guint v = 0; v < n; v++)
    g_string_append_printf (text, "%s“%s”", v > 0 ? ", " : "", lds_enum_to_nick (enum_type, v));
  return g_string_free (text, FALSE);
}

/**
 * lds_interchange_read_field:
 * @node: (nullable): the member's value; %NULL when the member is missing
 * @ref_uuid: (out): for a reference, the UUID it names (or %NULL)
 * @expected: (out): on failure, what the value should have been (translated)
 *
 * Sets a field of @record from its JSON value. A missing member leaves the
 * field as lds_record_new() made it.
 */
gboolean
lds_interchange_read_field (const LdsField  *field,
                            JsonNode        *node,
                            gpointer         record,
                            char           **ref_uuid,
                            char           **expected)
{
  gboolean null;
  gint64 i;
  double d;

  *ref_uuid = NULL;
  *expected = NULL;
  if (node == NULL)
    return TRUE;
  null = JSON_NODE_HOLDS_NULL (node);

  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
      if (null)
        lds_set_text (LDS_FIELD_PTR (record, field, char *), "");
      else if (node_is (node, G_TYPE_STRING))
        lds_set_text (LDS_FIELD_PTR (record, field, char *), json_node_get_string (node));
      else
        goto fail;
      return TRUE;
    case LDS_FIELD_DATE:
      if (null)
        g_clear_pointer (LDS_FIELD_PTR (record, field, char *), g_free);
      else if (node_is (node, G_TYPE_STRING) && lds_date_is_valid (json_node_get_string (node)))
        lds_set_text (LDS_FIELD_PTR (record, field, char *), json_node_get_string (node));
      else
        goto fail;
      return TRUE;
    case LDS_FIELD_INT:
      if (!node_integer (node, G_MININT, G_MAXINT, &i))
        goto fail;
      *LDS_FIELD_PTR (record, field, int) = (int) i;
      return TRUE;
    case LDS_FIELD_LEVEL:
      if (null)
        i = -1;
      else if (!node_integer (node, 0, 10, &i))
        goto fail;
      *LDS_FIELD_PTR (record, field, int) = (int) i;
      return TRUE;
    case LDS_FIELD_BOOL:
      if (!node_is (node, G_TYPE_BOOLEAN))
        goto fail;
      *LDS_FIELD_PTR (record, field, gboolean) = json_node_get_boolean (node);
      return TRUE;
    case LDS_FIELD_REAL:
      if (null)
        d = NAN;
      else if (!node_number (node, &d))
        goto fail;
      *LDS_FIELD_PTR (record, field, double) = d;
      return TRUE;
    case LDS_FIELD_TIME:
      if (null)
        i = 0;
      else if (!node_is (node, G_TYPE_STRING) ||
               !lds_interchange_time_from_iso (json_node_get_string (node), &i))
        goto fail;
      *LDS_FIELD_PTR (record, field, gint64) = i;
      return TRUE;
    case LDS_FIELD_REF:
      *LDS_FIELD_PTR (record, field, LdsId) = 0;
      if (null)
        return TRUE;
      if (!node_is (node, G_TYPE_STRING) || !g_uuid_string_is_valid (json_node_get_string (node)))
        goto fail;
      *ref_uuid = g_ascii_strdown (json_node_get_string (node), -1);
      return TRUE;
    case LDS_FIELD_ENUM:
      {
        int v;
        if (!node_is (node, G_TYPE_STRING) ||
            !lds_enum_from_nick (field->enum_type (), json_node_get_string (node), &v))
          goto fail;
        *LDS_FIELD_PTR (record, field, int) = v;
        return TRUE;
      }
    default:
      g_assert_not_reached ();
    }

fail:
  switch (field->kind)
    {
    case LDS_FIELD_TEXT:
      *expected = g_strdup (_("text in quotes"));
      break;
    case LDS_FIELD_DATE:
      *expected = g_strdup (_("a date written YYYY-MM-DD, or null"));
      break;
    case LDS_FIELD_INT:
      *expected = g_strdup (_("a whole number"));
      break;
    case LDS_FIELD_LEVEL:
      *expected = g_strdup (_("a whole number from 0 to 10, or null"));
      break;
    case LDS_FIELD_BOOL:
      *expected = g_strdup (_("true or false"));
      break;
    case LDS_FIELD_REAL:
      *expected = g_strdup (_("a number, or null"));
      break;
    case LDS_FIELD_TIME:
      *expected = g_strdup (_("a time such as 2027-03-31T09:00:00Z, or null"));
      break;
    case LDS_FIELD_REF:
      *expected = g_strdup (_("the UUID of a record, or null"));
      break;
    case LDS_FIELD_ENUM:
      {
        g_autofree char *choices = enum_choices (field->enum_type ());
        /* Translators: %s lists the allowed words, such as “committed”, “aspirational” */
        *expected = g_strdup_printf (_("one of %s"), choices);
      }
      break;
    default:
      g_assert_not_reached ();
    }
  return FALSE;
}
