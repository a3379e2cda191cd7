/* lds-map-build.c: the map model of a cycle, read from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * 1. Read the cycle's objectives and links; keep those the filter chooses.
 * 2. Add their parents outside the filter (or in other cycles: a quarter's
 *    objectives align to the year's), up to the top, as context.
 * 3. Read the key results of every node.
 * 4. Hang each node under its first parent in the map (preferring one that
 *    is not context); further parents become extra links.
 * 5. Place each objective that aligns to nothing under its owner's unit:
 *    a person's beside their unit's objectives' children, a unit's beside
 *    its other objectives.
 * 6. Depends-on links between nodes of the map.
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-map-day-private.h"
#include "lds-map-model-private.h"
#include "lds-store-lookup.h"
#include "lds-store-map.h"

typedef struct
{
  LdsId            id;
  LdsId            cycle_id;
  LdsId            owner_unit_id;
  LdsId            owner_person_id;
  LdsId            unit_id;          /* the owner's unit */
  int              position;
  int              person_position;
  LdsMapLevel      level;
  LdsMapNodeFlags  flags;
  const char      *title;            /* in the builder's chunk */
  const char      *owner_name;
  const char      *cycle_name;
  gboolean         wanted;           /* chosen by the filter */
  gboolean         context;          /* a parent of something wanted */
  gboolean         aligns;           /* has alignment links */
  guint            node;
  gint64           created_at;
  LdsObjectiveStatus status;
} Row;

typedef struct
{
  LdsId    parent_id;
  guint32  ordinal;                  /* place in the organisation, top down */
  LdsMapLevel level;
  gboolean in_filter;
} UnitInfo;

typedef struct
{
  const LdsMapFilter  *filter;
  LdsMapModel         *model;
  GStringChunk        *strings;
  GArray              *rows;         /* Row */
  LdsIdMap             row_ids;
  GArray              *links;        /* LdsMapLinkRow, text-free */
  GHashTable          *units;        /* LdsId → UnitInfo */
  LdsId                cycle_id;
  LdsMapDay           *day;          /* owned by the model */
} Builder;

static LdsMapLevel
level_of_unit (LdsUnitKind kind)
{
  switch (kind)
    {
    case LDS_UNIT_KIND_COMPANY:
      return LDS_MAP_LEVEL_COMPANY;
    case LDS_UNIT_KIND_DEPARTMENT:
      return LDS_MAP_LEVEL_DEPARTMENT;
    case LDS_UNIT_KIND_TEAM:
    default:
      return LDS_MAP_LEVEL_TEAM;
    }
}

static UnitInfo *
unit_info (Builder *b,
           LdsId    unit_id)
{
  return unit_id != 0 ? g_hash_table_lookup (b->units, &unit_id) : NULL;
}

static gboolean
load_units (Builder  *b,
            LdsStore *store,
            GError  **error)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, error);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (LdsId));
  guint32 ordinal = 0;

  if (units == NULL)
    return FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      UnitInfo *info = g_new0 (UnitInfo, 1);
      LdsId *key = g_new (LdsId, 1);

      *key = unit->id;
      info->parent_id = unit->parent_id;
      info->level = level_of_unit (unit->kind);
      g_hash_table_insert (b->units, key, info);
    }

  /* Ordinals in the organisation's own order, depth first (lists come in
   * position order); whether each unit lies in the filter. */
  for (guint i = units->len; i-- > 0;)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      if (unit_info (b, unit->parent_id) == NULL)
        g_array_append_val (stack, unit->id);
    }
  while (stack->len > 0)
    {
      LdsId id = g_array_index (stack, LdsId, stack->len - 1);
      UnitInfo *info = unit_info (b, id);
      UnitInfo *parent;

      g_array_set_size (stack, stack->len - 1);
      if (info->ordinal != 0)
        continue;     /* a unit reached twice: the data has a circle */
      info->ordinal = ++ordinal;
      parent = unit_info (b, info->parent_id);
      info->in_filter = b->filter->unit_id == 0 || id == b->filter->unit_id ||
                        (parent != NULL && parent->in_filter);
      for (guint i = units->len; i-- > 0;)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);
          if (unit->parent_id == id)
            g_array_append_val (stack, unit->id);
        }
    }
  return TRUE;
}

static void
add_row_cb (const LdsMapObjectiveRow *r,
            gpointer                  user_data)
{
  Builder *b = user_data;
  const LdsObjective *o = &r->objective;
  Row row = { 0 };

  if (_lds_id_map_lookup (&b->row_ids, o->id) != LDS_MAP_NONE)
    return;
  /* The map of a past day: what was not written yet is left out. */
  if (b->filter->at != 0 && o->created_at > b->filter->at)
    {
      _lds_map_day_left_out (b->day, o->created_at);
      return;
    }

  row.id = o->id;
  row.created_at = o->created_at;
  row.status = o->status;
  row.cycle_id = o->cycle_id;
  row.owner_unit_id = o->owner_unit_id;
  row.owner_person_id = o->owner_person_id;
  row.unit_id = o->owner_unit_id != 0 ? o->owner_unit_id : r->person_unit_id;
  row.position = o->position;
  row.person_position = r->person_position;
  row.level = o->owner_person_id != 0 ? LDS_MAP_LEVEL_PERSON : level_of_unit (r->owner_unit_kind);
  row.title = g_string_chunk_insert (b->strings, o->title);
  row.owner_name = g_string_chunk_insert_const (b->strings, r->owner_name);
  row.cycle_name = g_string_chunk_insert_const (b->strings, r->cycle_name);
  row.node = LDS_MAP_NONE;

  if (o->self_driven)
    row.flags |= LDS_MAP_NODE_SELF_DRIVEN;
  if (o->status == LDS_OBJECTIVE_STATUS_DRAFT)
    row.flags |= LDS_MAP_NODE_DRAFT;
  if (o->status == LDS_OBJECTIVE_STATUS_CANCELLED)
    row.flags |= LDS_MAP_NODE_CANCELLED;
  if (o->status == LDS_OBJECTIVE_STATUS_CLOSED)
    row.flags |= LDS_MAP_NODE_CLOSED;
  if (o->mid_cycle)
    row.flags |= LDS_MAP_NODE_MID_CYCLE;
  if (o->visibility == LDS_VISIBILITY_PRIVATE)
    row.flags |= LDS_MAP_NODE_PRIVATE;
  if (o->type == LDS_OBJECTIVE_TYPE_ASPIRATIONAL)
    row.flags |= LDS_MAP_NODE_ASPIRATIONAL;

  g_array_append_val (b->rows, row);
  _lds_id_map_insert (&b->row_ids, row.id, b->rows->len - 1);
}

static void
add_link_cb (const LdsMapLinkRow *r,
             gpointer             user_data)
{
  Builder *b = user_data;

  g_array_append_val (b->links, *r);
}

static gboolean
shown (Builder   *b,
       const Row *row)
{
  const LdsMapFilter *f = b->filter;

  if (f->hide_drafts && (row->flags & LDS_MAP_NODE_DRAFT))
    return FALSE;
  if (f->hide_cancelled && (row->flags & LDS_MAP_NODE_CANCELLED))
    return FALSE;
  return TRUE;
}

static gboolean
chosen (Builder   *b,
        const Row *row)
{
  const LdsMapFilter *f = b->filter;
  UnitInfo *unit;

  if (row->cycle_id != b->cycle_id || !shown (b, row))
    return FALSE;
  if (f->person_id != 0)
    return row->owner_person_id == f->person_id;
  unit = unit_info (b, row->unit_id);
  return f->unit_id == 0 || (unit != NULL && unit->in_filter);
}

static LdsId
link_target (const LdsMapLinkRow *l)
{
  return l->link.to_objective_id != 0 ? l->link.to_objective_id : l->to_key_result_objective_id;
}

/* Marks the parents of chosen rows as context, reading those from other
 * cycles, until the top. */
static gboolean
add_context (Builder  *b,
             LdsStore *store,
             GError  **error)
{
  guint done_links = 0;

  for (;;)
    {
      g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (LdsId));
      LdsMapSelection selection = { 0 };
      guint n_links = b->links->len, n_rows;

      for (guint i = 0; i < n_links; i++)
        {
          const LdsMapLinkRow *l = &g_array_index (b->links, LdsMapLinkRow, i);
          guint from = _lds_id_map_lookup (&b->row_ids, l->link.from_id);
          LdsId target = link_target (l);
          guint to;
          Row *row;

          if (l->link.kind != LDS_LINK_KIND_ALIGNS || from == LDS_MAP_NONE)
            continue;
          row = &g_array_index (b->rows, Row, from);
          if (!row->wanted && !row->context)
            continue;
          to = _lds_id_map_lookup (&b->row_ids, target);
          if (to == LDS_MAP_NONE)
            {
              /* Read it, unless an earlier round did and did not find it. */
              if (i >= done_links)
                g_array_append_val (missing, target);
              continue;
            }
          row = &g_array_index (b->rows, Row, to);
          if (!row->wanted && !row->context && shown (b, row))
            {
              row->context = TRUE;
              /* Its own parents: go round again from the start. */
              i = (guint) -1;
            }
        }
      done_links = n_links;
      if (missing->len == 0)
        return TRUE;

      n_rows = b->rows->len;
      selection.ids = (const LdsId *) (gpointer) missing->data;
      selection.n_ids = missing->len;
      if (!lds_store_map_objectives (store, &selection, add_row_cb, b, error))
        return FALSE;
      if (b->rows->len == n_rows)
        return TRUE;

      /* The links of the objectives just read. */
      g_array_set_size (missing, 0);
      for (guint i = n_rows; i < b->rows->len; i++)
        g_array_append_val (missing, g_array_index (b->rows, Row, i).id);
      selection.ids = (const LdsId *) (gpointer) missing->data;
      selection.n_ids = missing->len;
      if (!lds_store_map_links (store, &selection, add_link_cb, b, error))
        return FALSE;
      done_links = 0;
    }
}

static void
add_key_result_cb (const LdsKeyResult *kr,
                   gpointer            user_data)
{
  Builder *b = user_data;
  guint r = _lds_id_map_lookup (&b->row_ids, kr->objective_id);

  if (r == LDS_MAP_NONE || g_array_index (b->rows, Row, r).node == LDS_MAP_NONE)
    return;
  if (b->filter->at != 0 && kr->created_at > b->filter->at)
    {
      _lds_map_day_left_out (b->day, kr->created_at);
      return;
    }
  lds_map_model_add_key_result (b->model, g_array_index (b->rows, Row, r).node, kr);
  _lds_map_day_add_key_result (b->day, kr);
}

static void
add_nodes (Builder *b)
{
  for (guint r = 0; r < b->rows->len; r++)
    {
      Row *row = &g_array_index (b->rows, Row, r);
      LdsMapNode *node;
      UnitInfo *unit;

      if (!row->wanted && !(row->context && !b->filter->hide_context))
        continue;
      row->node = lds_map_model_add_node (b->model, row->id, row->title, row->owner_name,
                                          row->level,
                                          row->flags | (row->wanted ? 0 : LDS_MAP_NODE_CONTEXT));
      node = _lds_map_model_node (b->model, row->node);
      node->cycle_id = row->cycle_id;
      node->cycle_name = _lds_map_model_intern (b->model, row->cycle_name, TRUE);
      node->owner_type = row->owner_person_id != 0 ? LDS_RECORD_PERSON : LDS_RECORD_UNIT;
      node->owner_id = row->owner_person_id != 0 ? row->owner_person_id : row->owner_unit_id;
      node->owner_unit_id = row->unit_id;
      node->position = row->position;
      unit = unit_info (b, row->unit_id);
      node->owner_rank = ((unit != NULL ? unit->ordinal : 0xFFFFF) << 12) |
                         (row->owner_person_id != 0 ? 1 + MIN (row->person_position, 4094) : 0);
      _lds_map_day_add_node (b->day, row->node, row->created_at, row->status, row->cycle_id);
    }
}

/* Step 4: parents from alignment links. */
static void
add_alignments (Builder *b)
{
  for (guint i = 0; i < b->links->len; i++)
    {
      const LdsMapLinkRow *l = &g_array_index (b->links, LdsMapLinkRow, i);
      guint from = _lds_id_map_lookup (&b->row_ids, l->link.from_id);
      guint to = _lds_id_map_lookup (&b->row_ids, link_target (l));
      guint child, parent, kr = 0;
      const LdsMapNode *child_node, *parent_node;
      int parent_kr = -1;

      if (l->link.kind != LDS_LINK_KIND_ALIGNS || from == LDS_MAP_NONE)
        continue;
      g_array_index (b->rows, Row, from).aligns = TRUE;
      child = g_array_index (b->rows, Row, from).node;
      parent = to != LDS_MAP_NONE ? g_array_index (b->rows, Row, to).node : LDS_MAP_NONE;
      if (child == LDS_MAP_NONE || parent == LDS_MAP_NONE || child == parent)
        continue;
      if (l->link.to_key_result_id != 0 &&
          lds_map_model_find_key_result (b->model, l->link.to_key_result_id, &kr) == parent)
        parent_kr = kr;

      child_node = lds_map_model_get_node (b->model, child);
      parent_node = lds_map_model_get_node (b->model, parent);
      if (child_node->parent == LDS_MAP_NONE ||
          ((lds_map_model_get_node (b->model, child_node->parent)->flags & LDS_MAP_NODE_CONTEXT) &&
           !(parent_node->flags & LDS_MAP_NODE_CONTEXT)))
        {
          /* The first parent, or a better one: demote the old one to a link. */
          if (child_node->parent != LDS_MAP_NONE)
            lds_map_model_add_link (b->model, LDS_MAP_LINK_ALIGNS, child, child_node->parent,
                                    child_node->parent_kr);
          lds_map_model_set_parent (b->model, child, parent, parent_kr, LDS_MAP_PARENT_ALIGNS);
        }
      else
        lds_map_model_add_link (b->model, LDS_MAP_LINK_ALIGNS, child, parent, parent_kr);
    }
}

/* Step 5 */
static void
place_unaligned (Builder *b)
{
  g_autoptr(GHashTable) homes = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint n = lds_map_model_get_n_nodes (b->model);

  /* A unit's home: its first objective that hangs where it should. */
  for (guint v = 0; v < n; v++)
    {
      const LdsMapNode *node = lds_map_model_get_node (b->model, v);

      if (node->owner_type == LDS_RECORD_UNIT && node->parent_kind == LDS_MAP_PARENT_ALIGNS &&
          !g_hash_table_contains (homes, &node->owner_id))
        g_hash_table_insert (homes, g_memdup2 (&node->owner_id, sizeof (LdsId)),
                             GUINT_TO_POINTER (v + 1));
    }
  for (guint v = 0; v < n; v++)
    {
      const LdsMapNode *node = lds_map_model_get_node (b->model, v);
      LdsMapNode *writable = _lds_map_model_node (b->model, v);
      Row *row = &g_array_index (b->rows, Row, _lds_id_map_lookup (&b->row_ids, node->id));
      LdsId unit_id = node->owner_unit_id;
      guint anchor = LDS_MAP_NONE;

      if (node->parent != LDS_MAP_NONE || row->aligns || (node->flags & LDS_MAP_NODE_CONTEXT))
        continue;
      if (node->level == LDS_MAP_LEVEL_COMPANY)
        continue;     /* the top sets the direction: a root, as it should be */
      if (!(node->flags & LDS_MAP_NODE_SELF_DRIVEN))
        writable->flags |= LDS_MAP_NODE_UNALIGNED;

      for (guint guard = 0; unit_id != 0 && anchor == LDS_MAP_NONE && guard < 64; guard++)
        {
          guint home = GPOINTER_TO_UINT (g_hash_table_lookup (homes, &unit_id));
          UnitInfo *unit = unit_info (b, unit_id);

          if (home != 0)
            {
              const LdsMapNode *h = lds_map_model_get_node (b->model, home - 1);

              /* A unit's objective sits beside its siblings, under their
               * parent; a person's under their unit's objective. */
              anchor = node->owner_type == LDS_RECORD_UNIT && unit_id == node->owner_unit_id
                         ? h->parent : home - 1;
            }
          unit_id = unit != NULL ? unit->parent_id : 0;
        }
      if (anchor != LDS_MAP_NONE && !lds_map_model_is_ancestor (b->model, v, anchor))
        lds_map_model_set_parent (b->model, v, anchor, -1, LDS_MAP_PARENT_PLACED);
    }
}

/* Step 6 */
static void
add_dependencies (Builder *b)
{
  for (guint i = 0; i < b->links->len; i++)
    {
      const LdsMapLinkRow *l = &g_array_index (b->links, LdsMapLinkRow, i);
      guint from = _lds_id_map_lookup (&b->row_ids, l->link.from_id);
      guint to = _lds_id_map_lookup (&b->row_ids, link_target (l));
      guint from_node, to_node, kr = 0;

      if (l->link.kind != LDS_LINK_KIND_DEPENDS || from == LDS_MAP_NONE || to == LDS_MAP_NONE)
        continue;
      from_node = g_array_index (b->rows, Row, from).node;
      to_node = g_array_index (b->rows, Row, to).node;
      if (from_node == LDS_MAP_NONE || to_node == LDS_MAP_NONE || from_node == to_node)
        continue;
      if (l->link.to_key_result_id == 0 ||
          lds_map_model_find_key_result (b->model, l->link.to_key_result_id, &kr) != to_node)
        lds_map_model_add_link (b->model, LDS_MAP_LINK_DEPENDS, from_node, to_node, -1);
      else
        lds_map_model_add_link (b->model, LDS_MAP_LINK_DEPENDS, from_node, to_node, kr);
    }
}

static char *
describe (LdsStore           *store,
          const LdsMapFilter *filter,
          const LdsCycle     *cycle)
{
  g_autofree char *owner = NULL;
  const char *cycle_name = cycle != NULL ? cycle->name : "";

  if (filter->person_id != 0)
    {
      g_autoptr(LdsPerson) person = lds_store_get (store, LDS_RECORD_PERSON, filter->person_id, NULL);
      if (person != NULL)
        owner = g_strdup (person->name);
    }
  else
    {
      g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

      for (guint i = 0; units != NULL && i < units->len; i++)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);

          if ((filter->unit_id == 0 && unit->parent_id == 0) || unit->id == filter->unit_id)
            {
              owner = g_strdup (unit->name);
              break;
            }
        }
    }
  if (owner == NULL)
    return g_strdup (cycle_name);
  /* Translators: the title of a map: whose objectives, and which cycle, as in
   * "Northwind · 2026 Q4" */
  return g_strdup_printf (_("%1$s · %2$s"), owner, cycle_name);
}

/**
 * lds_map_model_new_from_store:
 * @filter: (nullable): what to show; %NULL for the whole organisation in the
 *   current cycle
 * @text: (nullable): the fonts to measure with
 *
 * Returns: (transfer full): the finished map of the chosen cycle, or %NULL
 *   with @error set when the file cannot be read
 */
LdsMapModel *
lds_map_model_new_from_store (LdsStore            *store,
                              const LdsMapFilter  *filter,
                              LdsMapText          *text,
                              GError             **error)
{
  LdsMapFilter defaults = { 0 };
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autofree char *title = NULL;
  LdsFileSettings settings;
  LdsMapSelection selection = { 0 };
  Builder b = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  if (filter == NULL)
    filter = &defaults;
  model = lds_map_model_new (text);
  b.day = _lds_map_day_new (model, filter->at);
  lds_store_get_file_settings (store, &settings);
  lds_map_model_set_settings (model, &settings);

  if (filter->cycle_id != 0)
    cycle = lds_store_get (store, LDS_RECORD_CYCLE, filter->cycle_id, error);
  else
    {
      g_autoptr(GError) none = NULL;

      cycle = lds_store_current_cycle (store, &none);
      if (cycle == NULL && !g_error_matches (none, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD))
        {
          g_propagate_error (error, g_steal_pointer (&none));
          return NULL;
        }
    }
  if (filter->cycle_id != 0 && cycle == NULL)
    return NULL;

  title = describe (store, filter, cycle);
  lds_map_model_set_title (model, title);
  if (cycle == NULL)
    {
      /* No cycles yet: an empty map. */
      lds_map_model_finish (model);
      return g_steal_pointer (&model);
    }

  b.filter = filter;
  b.model = model;
  b.cycle_id = cycle->id;
  b.strings = g_string_chunk_new (64 * 1024);
  b.rows = g_array_new (FALSE, FALSE, sizeof (Row));
  b.links = g_array_new (FALSE, FALSE, sizeof (LdsMapLinkRow));
  b.units = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);

  selection.cycle_id = cycle->id;
  if (!load_units (&b, store, error) ||
      !lds_store_map_objectives (store, &selection, add_row_cb, &b, error) ||
      !lds_store_map_links (store, &selection, add_link_cb, &b, error))
    goto out;

  for (guint r = 0; r < b.rows->len; r++)
    {
      Row *row = &g_array_index (b.rows, Row, r);
      row->wanted = chosen (&b, row);
    }
  if (!add_context (&b, store, error))
    goto out;

  add_nodes (&b);
  if (!lds_store_map_key_results (store, &selection, add_key_result_cb, &b, error))
    goto out;
  if (b.rows->len > 0)
    {
      /* The key results of parents from other cycles. */
      g_autoptr(GArray) others = g_array_new (FALSE, FALSE, sizeof (LdsId));
      for (guint r = 0; r < b.rows->len; r++)
        {
          Row *row = &g_array_index (b.rows, Row, r);
          if (row->cycle_id != b.cycle_id && row->node != LDS_MAP_NONE)
            g_array_append_val (others, row->id);
        }
      if (others->len > 0)
        {
          LdsMapSelection more = { 0, (const LdsId *) (gpointer) others->data, others->len };
          if (!lds_store_map_key_results (store, &more, add_key_result_cb, &b, error))
            goto out;
        }
    }

  add_alignments (&b);
  place_unaligned (&b);
  add_dependencies (&b);
  /* The values and overdue marks of the day shown, before the nodes are
   * measured: an overdue mark takes a line. */
  if (!_lds_map_day_load (b.day, store, error) ||
      (filter->at != 0 && !lds_map_day_load_history (b.day, store, error)))
    goto out;
  _lds_map_day_apply (b.day);
  lds_map_model_finish (model);
  ok = TRUE;

out:
  g_string_chunk_free (b.strings);
  g_array_unref (b.rows);
  g_array_unref (b.links);
  g_hash_table_unref (b.units);
  _lds_id_map_clear (&b.row_ids);
  return ok ? g_steal_pointer (&model) : NULL;
}
