/* lds-map-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-map"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-format.h"
#include "lds-map-model-private.h"
#include "lds-score.h"

struct _LdsMapModel
{
  GObject           parent_instance;

  LdsMapText       *text;
  GStringChunk     *strings;
  GArray           *nodes;       /* LdsMapNode */
  GArray           *krs;         /* LdsMapKeyResult */
  GArray           *links;       /* LdsMapLink */
  GArray           *roots;       /* guint */
  LdsIdMap          node_ids;
  LdsIdMap          kr_ids;
  LdsFileSettings   settings;
  char             *title;
  char            **folded;      /* per node, for search; built on the first search */
  gboolean          finished;
};

G_DEFINE_FINAL_TYPE (LdsMapModel, lds_map_model, G_TYPE_OBJECT)

/* LdsIdMap: open addressing, ids → indexes */

static guint
id_hash (LdsId id)
{
  guint64 h = (guint64) id * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  return (guint) (h >> 32);
}

static void
id_map_grow (LdsIdMap *map)
{
  LdsIdMap bigger = { 0 };

  bigger.capacity = map->capacity == 0 ? 64 : map->capacity * 2;
  bigger.keys = g_new0 (LdsId, bigger.capacity);
  bigger.values = g_new (guint, bigger.capacity);
  for (guint i = 0; i < map->capacity; i++)
    if (map->keys[i] != 0)
      _lds_id_map_insert (&bigger, map->keys[i], map->values[i]);
  g_free (map->keys);
  g_free (map->values);
  *map = bigger;
}

void
_lds_id_map_insert (LdsIdMap *map,
                    LdsId     id,
                    guint     value)
{
  guint i;

  g_assert (id != 0);
  if ((map->size + 1) * 4 > map->capacity * 3)
    id_map_grow (map);
  for (i = id_hash (id) & (map->capacity - 1); map->keys[i] != 0 && map->keys[i] != id;
       i = (i + 1) & (map->capacity - 1))
    ;
  if (map->keys[i] == 0)
    map->size++;
  map->keys[i] = id;
  map->values[i] = value;
}

guint
_lds_id_map_lookup (const LdsIdMap *map,
                    LdsId           id)
{
  if (map->capacity == 0 || id == 0)
    return LDS_MAP_NONE;
  for (guint i = id_hash (id) & (map->capacity - 1); map->keys[i] != 0;
       i = (i + 1) & (map->capacity - 1))
    if (map->keys[i] == id)
      return map->values[i];
  return LDS_MAP_NONE;
}

void
_lds_id_map_clear (LdsIdMap *map)
{
  g_clear_pointer (&map->keys, g_free);
  g_clear_pointer (&map->values, g_free);
  map->capacity = map->size = 0;
}

/* Helpers */

static inline LdsMapNode *
node_at (LdsMapModel *self,
         guint        node)
{
  return &g_array_index (self->nodes, LdsMapNode, node);
}

static inline LdsMapKeyResult *
kr_at (LdsMapModel *self,
       guint        kr)
{
  return &g_array_index (self->krs, LdsMapKeyResult, kr);
}

static void
as_key_result (const LdsMapKeyResult *mkr,
               LdsKeyResult          *kr)
{
  memset (kr, 0, sizeof *kr);
  kr->id = mkr->id;
  kr->title = (char *) mkr->title;
  kr->unit_label = (char *) mkr->unit_label;
  kr->score_note = (char *) "";
  kr->metric = mkr->metric;
  kr->direction = mkr->direction;
  kr->start_value = mkr->start_value;
  kr->target_value = mkr->target_value;
  kr->current_value = mkr->current_value;
  kr->score = mkr->self_score;
  kr->weight = mkr->weight;
  kr->confidence = mkr->confidence;
}

static void
update_kr_score (LdsMapKeyResult *mkr)
{
  LdsKeyResult kr;

  as_key_result (mkr, &kr);
  mkr->progress = lds_key_result_progress (&kr);
  mkr->score = lds_key_result_score (&kr);
}

static void
update_node_score (LdsMapModel *self,
                   guint        node)
{
  LdsMapNode *n = node_at (self, node);
  LdsKeyResult krs[16];
  LdsKeyResult *pointers[16];
  g_autofree LdsKeyResult *many = NULL;
  g_autofree LdsKeyResult **many_pointers = NULL;
  LdsKeyResult *array = krs;
  LdsKeyResult **parray = pointers;

  if (n->n_krs > G_N_ELEMENTS (krs))
    {
      array = many = g_new (LdsKeyResult, n->n_krs);
      parray = many_pointers = g_new (LdsKeyResult *, n->n_krs);
    }
  for (guint i = 0; i < n->n_krs; i++)
    {
      as_key_result (kr_at (self, n->first_kr + i), &array[i]);
      parray[i] = &array[i];
    }
  n->score = lds_objective_score (parray, n->n_krs);
}

static int
compare_children (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  LdsMapModel *self = user_data;
  const LdsMapNode *x = node_at (self, *(const guint *) a);
  const LdsMapNode *y = node_at (self, *(const guint *) b);
  guint gx, gy;

  if (x->parent != y->parent)
    return x->parent < y->parent ? -1 : 1;
  /* Under the key result they align to, in the key results' order; what
   * aligns to the objective itself, or is placed there, comes last. */
  gx = x->parent_kr >= 0 ? (guint) x->parent_kr : G_MAXUINT;
  gy = y->parent_kr >= 0 ? (guint) y->parent_kr : G_MAXUINT;
  if (gx != gy)
    return gx < gy ? -1 : 1;
  if (x->parent_kind != y->parent_kind)
    return x->parent_kind < y->parent_kind ? -1 : 1;
  if (x->owner_rank != y->owner_rank)
    return x->owner_rank < y->owner_rank ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

static int
compare_roots (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  LdsMapModel *self = user_data;
  const LdsMapNode *x = node_at (self, *(const guint *) a);
  const LdsMapNode *y = node_at (self, *(const guint *) b);

  if (x->level != y->level)
    return x->level < y->level ? -1 : 1;
  if (x->owner_rank != y->owner_rank)
    return x->owner_rank < y->owner_rank ? -1 : 1;
  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  if (x->id != y->id)
    return x->id < y->id ? -1 : 1;
  return *(const guint *) a < *(const guint *) b ? -1 : 1;
}

/* Parents come from links the data may get wrong: cut any circle, so that
 * every node hangs from a root. */
static void
break_cycles (LdsMapModel *self)
{
  guint n = self->nodes->len;
  g_autofree guint8 *state = g_new0 (guint8, n);   /* 0 unseen, 1 on this walk, 2 done */
  g_autoptr(GArray) walk = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint start = 0; start < n; start++)
    {
      guint v = start;

      g_array_set_size (walk, 0);
      while (v != LDS_MAP_NONE && state[v] == 0)
        {
          state[v] = 1;
          g_array_append_val (walk, v);
          v = node_at (self, v)->parent;
        }
      if (v != LDS_MAP_NONE && state[v] == 1)
        {
          /* v's parent chain came back to v: make v a root. */
          LdsMapNode *cut = node_at (self, v);

          g_debug ("Alignment circle through objective %" G_GINT64_FORMAT "; cut", cut->id);
          cut->parent = LDS_MAP_NONE;
          cut->parent_kr = -1;
          cut->parent_kind = LDS_MAP_PARENT_NONE;
        }
      for (guint i = 0; i < walk->len; i++)
        state[g_array_index (walk, guint, i)] = 2;
    }
}

static void
measure (LdsMapModel *self)
{
  const double inner = LDS_MAP_NODE_WIDTH - 2 * LDS_MAP_NODE_PADDING;
  /* Key results' titles are kept once each (_lds_map_model_intern()), and
   * many repeat ("Net promoter score"): each measured once. */
  g_autoptr(GHashTable) kr_heights = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint v = 0; v < self->nodes->len; v++)
    {
      LdsMapNode *n = node_at (self, v);
      LdsMapNodeGeometry geometry;

      n->title_height = lds_map_text_measure (self->text, LDS_MAP_FONT_TITLE, n->title, inner,
                                              LDS_MAP_TITLE_LINES);
      for (guint i = 0; i < n->n_krs; i++)
        {
          LdsMapKeyResult *kr = kr_at (self, n->first_kr + i);
          double *height = g_hash_table_lookup (kr_heights, kr->title);

          if (height == NULL)
            {
              height = g_new (double, 1);
              *height = lds_map_text_measure (self->text, LDS_MAP_FONT_KR, kr->title,
                                              inner - LDS_MAP_KR_INDENT, LDS_MAP_KR_LINES);
              g_hash_table_insert (kr_heights, (gpointer) kr->title, height);
            }
          kr->title_height = *height;
        }
      lds_map_model_node_geometry (self, v, &geometry);
      n->height = geometry.height;
    }
}

/* GObject */

static void
lds_map_model_finalize (GObject *object)
{
  LdsMapModel *self = LDS_MAP_MODEL (object);

  g_clear_pointer (&self->text, lds_map_text_unref);
  g_clear_pointer (&self->strings, g_string_chunk_free);
  g_clear_pointer (&self->nodes, g_array_unref);
  g_clear_pointer (&self->krs, g_array_unref);
  g_clear_pointer (&self->links, g_array_unref);
  g_clear_pointer (&self->roots, g_array_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->folded, g_strfreev);
  _lds_id_map_clear (&self->node_ids);
  _lds_id_map_clear (&self->kr_ids);

  G_OBJECT_CLASS (lds_map_model_parent_class)->finalize (object);
}

static void
lds_map_model_class_init (LdsMapModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_map_model_finalize;
}

static void
lds_map_model_init (LdsMapModel *self)
{
  self->strings = g_string_chunk_new (64 * 1024);
  self->nodes = g_array_new (FALSE, FALSE, sizeof (LdsMapNode));
  self->krs = g_array_new (FALSE, FALSE, sizeof (LdsMapKeyResult));
  self->links = g_array_new (FALSE, FALSE, sizeof (LdsMapLink));
  self->roots = g_array_new (FALSE, FALSE, sizeof (guint));
  self->settings = LDS_FILE_SETTINGS_DEFAULT;
  self->title = g_strdup ("");
}

/* Building */

/**
 * lds_map_model_new:
 * @text: (nullable): the fonts to measure with; %NULL for new ones
 *
 * Returns: (transfer full): an empty model, to fill with
 *   lds_map_model_add_node() and friends, then lds_map_model_finish()
 */
LdsMapModel *
lds_map_model_new (LdsMapText *text)
{
  LdsMapModel *self = g_object_new (LDS_TYPE_MAP_MODEL, NULL);

  self->text = text != NULL ? lds_map_text_ref (text) : lds_map_text_new ();
  return self;
}

/* @text's place in @copy: each string copied once, shared as in the original */
static const char *
copy_string (LdsMapModel *copy,
             GHashTable  *copied,
             const char  *text)
{
  char *moved = g_hash_table_lookup (copied, text);

  if (moved == NULL)
    {
      moved = g_string_chunk_insert (copy->strings, text);
      g_hash_table_insert (copied, (gpointer) text, moved);
    }
  return moved;
}

static void
copy_id_map (LdsIdMap       *to,
             const LdsIdMap *from)
{
  to->capacity = from->capacity;
  to->size = from->size;
  to->keys = g_memdup2 (from->keys, from->capacity * sizeof *from->keys);
  to->values = g_memdup2 (from->values, from->capacity * sizeof *from->values);
}

/**
 * lds_map_model_copy:
 * @text: (nullable): the fonts the copy draws with; %NULL to make them
 *   when they are first needed, in the thread that needs them
 *
 * A finished model as it is now, sharing nothing with it: later changes
 * to either (lds_map_model_set_badge(), a day's values) leave the other
 * alone. With %NULL fonts, the copy can be made here and laid out and
 * drawn in another thread (Pango's fonts are the thread's own).
 *
 * Returns: (transfer full): the copy, finished
 */
LdsMapModel *
lds_map_model_copy (LdsMapModel *self,
                    LdsMapText  *text)
{
  LdsMapModel *copy;
  g_autoptr(GHashTable) copied = NULL;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);
  g_return_val_if_fail (self->finished, NULL);

  copy = g_object_new (LDS_TYPE_MAP_MODEL, NULL);
  copy->text = text != NULL ? lds_map_text_ref (text) : NULL;
  copied = g_hash_table_new (NULL, NULL);
  g_array_append_vals (copy->nodes, self->nodes->data, self->nodes->len);
  g_array_append_vals (copy->krs, self->krs->data, self->krs->len);
  g_array_append_vals (copy->links, self->links->data, self->links->len);
  g_array_append_vals (copy->roots, self->roots->data, self->roots->len);
  for (guint v = 0; v < copy->nodes->len; v++)
    {
      LdsMapNode *n = node_at (copy, v);

      n->title = copy_string (copy, copied, n->title);
      n->owner_name = copy_string (copy, copied, n->owner_name);
      n->cycle_name = copy_string (copy, copied, n->cycle_name);
    }
  for (guint i = 0; i < copy->krs->len; i++)
    {
      LdsMapKeyResult *kr = kr_at (copy, i);

      kr->title = copy_string (copy, copied, kr->title);
      kr->unit_label = copy_string (copy, copied, kr->unit_label);
    }
  copy_id_map (&copy->node_ids, &self->node_ids);
  copy_id_map (&copy->kr_ids, &self->kr_ids);
  copy->settings = self->settings;
  g_free (copy->title);
  copy->title = g_strdup (self->title);
  copy->finished = TRUE;
  return copy;
}

const char *
_lds_map_model_intern (LdsMapModel *self,
                       const char  *text,
                       gboolean     shared)
{
  if (text == NULL)
    return "";
  return shared ? g_string_chunk_insert_const (self->strings, text)
                : g_string_chunk_insert (self->strings, text);
}

/**
 * lds_map_model_add_node:
 * @id: the objective's id (0 is allowed in tests, and is not found by
 *   lds_map_model_find())
 *
 * Returns: the new node's index
 */
guint
lds_map_model_add_node (LdsMapModel     *self,
                        LdsId            id,
                        const char      *title,
                        const char      *owner_name,
                        LdsMapLevel      level,
                        LdsMapNodeFlags  flags)
{
  LdsMapNode node = { 0 };

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), LDS_MAP_NONE);
  g_return_val_if_fail (!self->finished, LDS_MAP_NONE);

  node.id = id;
  node.title = _lds_map_model_intern (self, title, FALSE);
  node.owner_name = _lds_map_model_intern (self, owner_name, TRUE);
  node.cycle_name = "";
  node.owner_type = level == LDS_MAP_LEVEL_PERSON ? LDS_RECORD_PERSON : LDS_RECORD_UNIT;
  node.level = level;
  node.flags = flags;
  node.score = NAN;
  node.first_kr = self->krs->len;
  node.parent = LDS_MAP_NONE;
  node.parent_kr = -1;
  node.first_child = LDS_MAP_NONE;
  node.next_sibling = LDS_MAP_NONE;
  g_array_append_val (self->nodes, node);
  if (id != 0)
    _lds_id_map_insert (&self->node_ids, id, self->nodes->len - 1);
  return self->nodes->len - 1;
}

/**
 * lds_map_model_add_key_result:
 * @node: the node, which must be the last one given key results
 *
 * Returns: the key result's index among the node's
 */
guint
lds_map_model_add_key_result (LdsMapModel        *self,
                              guint               node,
                              const LdsKeyResult *kr)
{
  LdsMapKeyResult mkr = { 0 };
  LdsMapNode *n;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), LDS_MAP_NONE);
  g_return_val_if_fail (node < self->nodes->len && kr != NULL, LDS_MAP_NONE);
  g_return_val_if_fail (!self->finished, LDS_MAP_NONE);

  n = node_at (self, node);
  /* A node's key results lie side by side. */
  if (n->n_krs == 0)
    n->first_kr = self->krs->len;
  g_return_val_if_fail (n->first_kr + n->n_krs == self->krs->len, LDS_MAP_NONE);

  mkr.id = kr->id;
  mkr.node = node;
  /* Key results' titles repeat ("Net promoter score"): one copy each */
  mkr.title = _lds_map_model_intern (self, kr->title, TRUE);
  mkr.unit_label = _lds_map_model_intern (self, kr->unit_label, TRUE);
  mkr.metric = kr->metric;
  mkr.direction = kr->direction;
  mkr.start_value = kr->start_value;
  mkr.target_value = kr->target_value;
  mkr.current_value = kr->current_value;
  mkr.self_score = kr->score;
  mkr.weight = kr->weight;
  mkr.confidence = kr->confidence;
  update_kr_score (&mkr);
  g_array_append_val (self->krs, mkr);
  if (kr->id != 0)
    _lds_id_map_insert (&self->kr_ids, kr->id, self->krs->len - 1);
  n->n_krs++;
  update_node_score (self, node);
  return n->n_krs - 1;
}

/**
 * lds_map_model_set_parent:
 * @parent: a node, or %LDS_MAP_NONE for a root
 * @parent_kr: the index of the parent's key result, or -1 for the parent itself
 */
void
lds_map_model_set_parent (LdsMapModel      *self,
                          guint             node,
                          guint             parent,
                          int               parent_kr,
                          LdsMapParentKind  kind)
{
  LdsMapNode *n;

  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (!self->finished);
  g_return_if_fail (node < self->nodes->len);
  g_return_if_fail (parent == LDS_MAP_NONE || (parent < self->nodes->len && parent != node));

  n = node_at (self, node);
  n->parent = parent;
  n->parent_kind = parent == LDS_MAP_NONE ? LDS_MAP_PARENT_NONE : kind;
  n->parent_kr = -1;
  if (parent != LDS_MAP_NONE && parent_kr >= 0 && (guint) parent_kr < node_at (self, parent)->n_krs)
    n->parent_kr = parent_kr;
}

void
lds_map_model_add_link (LdsMapModel    *self,
                        LdsMapLinkKind  kind,
                        guint           from,
                        guint           to,
                        int             to_kr)
{
  LdsMapLink link = { kind, from, to, -1 };

  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (from < self->nodes->len && to < self->nodes->len && from != to);

  if (to_kr >= 0 && (guint) to_kr < node_at (self, to)->n_krs)
    link.to_kr = to_kr;
  g_array_append_val (self->links, link);
}

/**
 * lds_map_model_finish:
 *
 * Orders every node's children, finds the roots, depths and sizes. Call it
 * once, after the last node, key result, parent and link.
 */
void
lds_map_model_finish (LdsMapModel *self)
{
  guint n;
  g_autoptr(GArray) children = NULL;
  g_autoptr(GArray) order = NULL;

  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (!self->finished);

  n = self->nodes->len;
  break_cycles (self);

  children = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_array_set_size (self->roots, 0);
  for (guint v = 0; v < n; v++)
    {
      LdsMapNode *node = node_at (self, v);

      node->first_child = node->next_sibling = LDS_MAP_NONE;
      node->n_children = 0;
      if (node->parent == LDS_MAP_NONE)
        g_array_append_val (self->roots, v);
      else
        g_array_append_val (children, v);
    }
  g_array_sort_with_data (children, compare_children, self);
  g_array_sort_with_data (self->roots, compare_roots, self);

  /* Link the children backwards, so that each list comes out in order. */
  for (guint i = children->len; i-- > 0;)
    {
      guint v = g_array_index (children, guint, i);
      LdsMapNode *node = node_at (self, v);
      LdsMapNode *parent = node_at (self, node->parent);

      node->next_sibling = parent->first_child;
      parent->first_child = v;
      parent->n_children++;
    }

  /* Depths top down, then descendants bottom up. */
  order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  for (guint i = 0; i < self->roots->len; i++)
    {
      guint root = g_array_index (self->roots, guint, i);

      node_at (self, root)->depth = 0;
      g_array_append_val (order, root);
    }
  for (guint i = 0; i < order->len; i++)
    {
      LdsMapNode *node = node_at (self, g_array_index (order, guint, i));

      for (guint c = node->first_child; c != LDS_MAP_NONE; c = node_at (self, c)->next_sibling)
        {
          node_at (self, c)->depth = node->depth + 1;
          g_array_append_val (order, c);
        }
    }
  g_assert (order->len == n);
  for (guint i = n; i-- > 0;)
    {
      LdsMapNode *node = node_at (self, g_array_index (order, guint, i));

      node->n_descendants = 0;
      for (guint c = node->first_child; c != LDS_MAP_NONE; c = node_at (self, c)->next_sibling)
        node->n_descendants += 1 + node_at (self, c)->n_descendants;
    }

  measure (self);
  self->finished = TRUE;
}

/* Reading */

/**
 * lds_map_model_get_text:
 *
 * A copy made without fonts (lds_map_model_copy()) makes them here, in
 * the thread that first asks.
 *
 * Returns: (transfer none): the fonts the model was measured with
 */
LdsMapText *
lds_map_model_get_text (LdsMapModel *self)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  if (self->text == NULL)
    self->text = lds_map_text_new ();
  return self->text;
}

guint
lds_map_model_get_n_nodes (LdsMapModel *self)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), 0);

  return self->nodes->len;
}

const LdsMapNode *
lds_map_model_get_node (LdsMapModel *self,
                        guint        node)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  return node_at (self, node);
}

const LdsMapKeyResult *
lds_map_model_get_key_result (LdsMapModel *self,
                              guint        node,
                              guint        i)
{
  const LdsMapNode *n;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);

  n = node_at (self, node);
  g_return_val_if_fail (i < n->n_krs, NULL);
  return kr_at (self, n->first_kr + i);
}

/**
 * lds_map_model_get_roots:
 *
 * Returns: (array length=n_roots): the nodes without a parent, in order
 */
const guint *
lds_map_model_get_roots (LdsMapModel *self,
                         guint       *n_roots)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  if (n_roots != NULL)
    *n_roots = self->roots->len;
  return (const guint *) (gpointer) self->roots->data;
}

/**
 * lds_map_model_get_links:
 *
 * Returns: (array length=n_links): further alignments and dependencies
 */
const LdsMapLink *
lds_map_model_get_links (LdsMapModel *self,
                         guint       *n_links)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  if (n_links != NULL)
    *n_links = self->links->len;
  return (const LdsMapLink *) (gpointer) self->links->data;
}

/**
 * lds_map_model_find:
 *
 * Returns: the node of the objective, or %LDS_MAP_NONE
 */
guint
lds_map_model_find (LdsMapModel *self,
                    LdsId        objective_id)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), LDS_MAP_NONE);

  return _lds_id_map_lookup (&self->node_ids, objective_id);
}

/**
 * lds_map_model_find_key_result:
 * @index: (out) (optional): the key result's index among its node's
 *
 * Returns: the node the key result belongs to, or %LDS_MAP_NONE
 */
guint
lds_map_model_find_key_result (LdsMapModel *self,
                               LdsId        key_result_id,
                               guint       *index)
{
  guint kr;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), LDS_MAP_NONE);

  kr = _lds_id_map_lookup (&self->kr_ids, key_result_id);
  if (kr == LDS_MAP_NONE)
    return LDS_MAP_NONE;
  if (index != NULL)
    *index = kr - node_at (self, kr_at (self, kr)->node)->first_kr;
  return kr_at (self, kr)->node;
}

/* Whether @ancestor is @node or above it in the tree. */
gboolean
lds_map_model_is_ancestor (LdsMapModel *self,
                           guint        ancestor,
                           guint        node)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), FALSE);

  for (guint v = node; v != LDS_MAP_NONE; v = node_at (self, v)->parent)
    if (v == ancestor)
      return TRUE;
  return FALSE;
}

/**
 * lds_map_model_get_settings:
 *
 * Returns: the organisation's score bands and scale
 */
const LdsFileSettings *
lds_map_model_get_settings (LdsMapModel *self)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  return &self->settings;
}

void
lds_map_model_set_settings (LdsMapModel           *self,
                            const LdsFileSettings *settings)
{
  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (settings != NULL);

  self->settings = *settings;
}

/* What the map shows, in words: "Northwind · 2026 Q4". */
const char *
lds_map_model_get_title (LdsMapModel *self)
{
  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  return self->title;
}

void
lds_map_model_set_title (LdsMapModel *self,
                         const char  *title)
{
  g_return_if_fail (LDS_IS_MAP_MODEL (self));

  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
}

static char *
fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);

  return g_utf8_casefold (normal != NULL ? normal : "", -1);
}

/**
 * lds_map_model_search:
 * @text: what to look for in titles, owners and key results (any case,
 *   Chinese too)
 *
 * Returns: (transfer full) (element-type guint): the matching nodes, in
 *   index order; empty for an empty @text
 */
GArray *
lds_map_model_search (LdsMapModel *self,
                      const char  *text)
{
  GArray *matches;
  g_autofree char *needle = NULL;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);

  matches = g_array_new (FALSE, FALSE, sizeof (guint));
  if (text == NULL)
    return matches;
  needle = fold (text);
  g_strstrip (needle);
  if (*needle == '\0')
    return matches;

  if (self->folded == NULL)
    {
      self->folded = g_new0 (char *, self->nodes->len + 1);
      for (guint v = 0; v < self->nodes->len; v++)
        {
          const LdsMapNode *n = node_at (self, v);
          GString *all = g_string_new (n->title);

          g_string_append_printf (all, "\n%s", n->owner_name);
          for (guint i = 0; i < n->n_krs; i++)
            g_string_append_printf (all, "\n%s", kr_at (self, n->first_kr + i)->title);
          self->folded[v] = fold (all->str);
          g_string_free (all, TRUE);
        }
    }
  for (guint v = 0; v < self->nodes->len; v++)
    if (strstr (self->folded[v], needle) != NULL)
      g_array_append_val (matches, v);
  return matches;
}

/* A key result's progress as people read it: "32 / 50 customers". */
char *
lds_map_model_format_value (LdsMapModel           *self,
                            const LdsMapKeyResult *kr)
{
  LdsKeyResult record;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);
  g_return_val_if_fail (kr != NULL, NULL);

  as_key_result (kr, &record);
  return lds_format_kr_progress (&record);
}

/* The @i-th key result of @node, whose values a caller replaces; NULL
 * (with a warning) when there is none. */
static LdsMapKeyResult *
node_kr (LdsMapModel *self,
         guint        node,
         guint        i)
{
  LdsMapNode *n;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), NULL);
  g_return_val_if_fail (node < self->nodes->len, NULL);
  n = node_at (self, node);
  g_return_val_if_fail (i < n->n_krs, NULL);
  return kr_at (self, n->first_kr + i);
}

/**
 * lds_map_model_set_key_result_values:
 * @i: the key result's index among the node's
 *
 * Replaces what a key result stands at (for instance with the values of
 * another day) and updates its score and its objective's. The map's shape
 * and sizes stay.
 */
void
lds_map_model_set_key_result_values (LdsMapModel *self,
                                     guint        node,
                                     guint        i,
                                     double       current_value,
                                     double       self_score,
                                     int          confidence)
{
  LdsMapKeyResult *kr = node_kr (self, node, i);

  if (kr == NULL)
    return;
  kr->current_value = current_value;
  kr->self_score = self_score;
  kr->confidence = confidence;
  update_kr_score (kr);
  update_node_score (self, node);
}

/* Hooks for what others know about an objective: coach findings, overdue
 * check-ins. The renderer shows them. */
void
lds_map_model_set_badge (LdsMapModel *self,
                         guint        node,
                         guint        badge)
{
  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (node < self->nodes->len);

  node_at (self, node)->badge = badge;
}

/* Returns whether the node's height changed: the mark takes a line of
 * chips in a node that had none. A finished map must then be laid out
 * again. */
gboolean
lds_map_model_set_overdue (LdsMapModel *self,
                           guint        node,
                           gboolean     overdue)
{
  LdsMapNodeGeometry geometry;
  LdsMapNode *n;

  g_return_val_if_fail (LDS_IS_MAP_MODEL (self), FALSE);
  g_return_val_if_fail (node < self->nodes->len, FALSE);

  n = node_at (self, node);
  if (!!(n->flags & LDS_MAP_NODE_OVERDUE) == !!overdue)
    return FALSE;
  if (overdue)
    n->flags |= LDS_MAP_NODE_OVERDUE;
  else
    n->flags &= ~LDS_MAP_NODE_OVERDUE;
  if (!self->finished)
    return FALSE;
  lds_map_model_node_geometry (self, node, &geometry);
  if (geometry.height == n->height)
    return FALSE;
  n->height = geometry.height;
  return TRUE;
}

/**
 * lds_map_model_set_key_result_range:
 * @i: the key result's index among the node's
 *
 * Replaces a key result's start and target (for instance with those of
 * another day, before a revision) and updates its score and its
 * objective's. The map's shape and sizes stay.
 */
void
lds_map_model_set_key_result_range (LdsMapModel *self,
                                    guint        node,
                                    guint        i,
                                    double       start_value,
                                    double       target_value)
{
  LdsMapKeyResult *kr = node_kr (self, node, i);

  if (kr == NULL)
    return;
  kr->start_value = start_value;
  kr->target_value = target_value;
  update_kr_score (kr);
  update_node_score (self, node);
}

/* The inside of a node */

gboolean
lds_map_node_has_chips (const LdsMapNode *node)
{
  return (node->flags & (LDS_MAP_NODE_SELF_DRIVEN | LDS_MAP_NODE_UNALIGNED | LDS_MAP_NODE_CONTEXT |
                         LDS_MAP_NODE_DRAFT | LDS_MAP_NODE_MID_CYCLE | LDS_MAP_NODE_OVERDUE |
                         LDS_MAP_NODE_PRIVATE | LDS_MAP_NODE_ASPIRATIONAL |
                         LDS_MAP_NODE_CANCELLED | LDS_MAP_NODE_CLOSED)) != 0;
}

static double
kr_row_height (LdsMapModel           *self,
               const LdsMapKeyResult *kr)
{
  return kr->title_height + 4.0 + LDS_MAP_BAR_HEIGHT;
}

void
lds_map_model_node_geometry (LdsMapModel        *self,
                             guint               node,
                             LdsMapNodeGeometry *geometry)
{
  const LdsMapNode *n;
  double y;

  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (node < self->nodes->len && geometry != NULL);

  n = node_at (self, node);
  y = LDS_MAP_STRIP_HEIGHT + LDS_MAP_NODE_PADDING - 4.0;
  geometry->owner_y = y;
  y += LDS_MAP_OWNER_HEIGHT + LDS_MAP_GAP;
  geometry->title_y = y;
  y += n->title_height + LDS_MAP_GAP;
  geometry->chips_y = -1;
  if (lds_map_node_has_chips (n))
    {
      geometry->chips_y = y;
      y += LDS_MAP_CHIP_HEIGHT + LDS_MAP_GAP;
    }
  geometry->krs_y = y + LDS_MAP_KR_GAP;
  if (n->n_krs == 0)
    y += LDS_MAP_KR_GAP + lds_map_text_line_height (lds_map_model_get_text (self), LDS_MAP_FONT_KR);
  for (guint i = 0; i < n->n_krs; i++)
    y += LDS_MAP_KR_GAP + kr_row_height (self, kr_at (self, n->first_kr + i));
  geometry->height = y + LDS_MAP_NODE_PADDING;
}

/* Where key result @i's row lies, from the node's top edge. */
void
lds_map_model_kr_row (LdsMapModel *self,
                      guint        node,
                      guint        i,
                      double      *y,
                      double      *height)
{
  const LdsMapNode *n;
  LdsMapNodeGeometry geometry;
  double top;

  g_return_if_fail (LDS_IS_MAP_MODEL (self));
  g_return_if_fail (node < self->nodes->len);
  n = node_at (self, node);
  g_return_if_fail (i < n->n_krs);

  lds_map_model_node_geometry (self, node, &geometry);
  top = geometry.krs_y;
  for (guint k = 0; k < i; k++)
    top += kr_row_height (self, kr_at (self, n->first_kr + k)) + LDS_MAP_KR_GAP;
  if (y != NULL)
    *y = top;
  if (height != NULL)
    *height = kr_row_height (self, kr_at (self, n->first_kr + i));
}

/* For the builder (lds-map-build.c) */

LdsMapNode *
_lds_map_model_node (LdsMapModel *self,
                     guint        node)
{
  return node_at (self, node);
}

const LdsMapNode *
_lds_map_model_nodes (LdsMapModel *self)
{
  return (const LdsMapNode *) (gpointer) self->nodes->data;
}
