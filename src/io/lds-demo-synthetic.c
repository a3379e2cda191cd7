/* lds-demo-synthetic.c: an organisation of any size, for benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The organisation grows breadth first from the company: departments,
 * sub-departments, teams, then the people of each team, with fan-outs
 * chosen so that the tree holds the number of objectives asked for. Every
 * unit has three to five objectives, every person one or two; each aligns
 * to a key result of the unit above, except a few self-driven ones, and a
 * few depend on a neighbouring team. Everything comes from one seeded
 * random generator (UUIDs too), so the same size gives the same file.
 */

#define G_LOG_DOMAIN "lds-demo"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-demo.h"

#define SEED 20270101

typedef struct
{
  LdsStore  *store;
  GRand     *rand;
  guint      wanted;
  guint      made;
  LdsId      cycle_id;
  gint64     cycle_start;
  guint      checkins_per_kr;
  int        fanout[4];           /* children per unit at depth 0..3 */
  GError   **error;
} Synth;

typedef struct _UnitNode UnitNode;

struct _UnitNode
{
  LdsId      unit_id;
  int        depth;
  UnitNode  *parent;              /* objectives align to its key results */
  UnitNode  *previous_sibling;    /* a neighbour to depend on */
  GArray    *krs;                 /* LdsId of the unit's key results */
  GArray    *objectives;          /* LdsId of the unit's objectives */
};

static const char * const aims[] = {
  "Delight customers in every region", "Make the product effortless to adopt",
  "Build a platform teams love to extend", "Grow recurring revenue sustainably",
  "Ship with confidence every week", "Become the partner of choice",
  "Make onboarding a joy", "Run operations without surprises",
  "Grow leaders from within", "Win the mid-market",
};

static const char * const measures[] = {
  "Net promoter score", "Weekly active teams", "Monthly recurring revenue (k€)",
  "Median response time (h)", "Releases without rollback", "Signed partners",
  "Activation rate (%)", "Open incidents", "Internal promotions", "Qualified leads",
};

static char *
synth_uuid (Synth *s)
{
  guint32 w[4];

  for (int i = 0; i < 4; i++)
    w[i] = g_rand_int (s->rand);
  /* RFC 4122 version 4 layout */
  return g_strdup_printf ("%08x-%04x-4%03x-%04x-%04x%08x", w[0], w[1] >> 16, w[1] & 0xfff,
                          0x8000 | (w[2] & 0x3fff), w[2] >> 16, w[3]);
}

static gboolean
insert (Synth        *s,
        LdsRecordType type,
        gpointer      record)
{
  LdsRecord *header = record;

  header->uuid = synth_uuid (s);
  header->created_at = s->cycle_start - 14 * 86400;
  return lds_store_insert (s->store, type, record, s->error);
}

static gboolean
add_checkins (Synth        *s,
              LdsKeyResult *kr)
{
  double final_share = g_rand_double_range (s->rand, 0.15, 1.1);
  double value = kr->start_value;

  for (guint week = 0; week < s->checkins_per_kr; week++)
    {
      g_autoptr(LdsCheckin) c = lds_checkin_new ();
      double share = final_share * (week + 1) / s->checkins_per_kr;

      c->key_result_id = kr->id;
      c->at = s->cycle_start + (gint64) week * 7 * 86400 + 10 * 3600;
      value = kr->start_value + (kr->target_value - kr->start_value) * share;
      c->value = round (value * 10.0) / 10.0;
      c->confidence = g_rand_int_range (s->rand, 3, 10);
      if (week % 4 == 3)
        {
          lds_take_text (&c->note, g_strdup_printf ("Week %u: steady progress, one blocker raised",
                                                    week + 1));
        }
      if (!insert (s, LDS_RECORD_CHECKIN, c))
        return FALSE;
    }

  if (s->checkins_per_kr > 0)
    {
      kr->current_value = round (value * 10.0) / 10.0;
      return lds_store_update (s->store, LDS_RECORD_KEY_RESULT, kr, s->error);
    }
  return TRUE;
}

static gboolean
add_objective (Synth      *s,
               UnitNode   *owner,
               LdsId       person_id,
               UnitNode   *parent,
               guint       serial)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  gboolean self_driven = parent == NULL || parent->krs->len == 0 ||
                         g_rand_int_range (s->rand, 0, 100) < 8;

  o->cycle_id = s->cycle_id;
  if (person_id != 0)
    o->owner_person_id = person_id;
  else
    o->owner_unit_id = owner->unit_id;
  lds_take_text (&o->title,
                 g_strdup_printf ("%s (%u)", aims[g_rand_int_range (s->rand, 0, G_N_ELEMENTS (aims))],
                                  s->made + 1));
  o->type = g_rand_int_range (s->rand, 0, 100) < 60 ? LDS_OBJECTIVE_TYPE_COMMITTED
                                                    : LDS_OBJECTIVE_TYPE_ASPIRATIONAL;
  o->status = LDS_OBJECTIVE_STATUS_ACTIVE;
  o->self_driven = self_driven && parent != NULL;
  o->position = serial;
  if (!insert (s, LDS_RECORD_OBJECTIVE, o))
    return FALSE;
  s->made++;
  g_array_append_val (owner->objectives, o->id);

  for (int k = 0; k < 3; k++)
    {
      g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
      int m = g_rand_int_range (s->rand, 0, G_N_ELEMENTS (measures));

      kr->objective_id = o->id;
      lds_set_text (&kr->title, measures[m]);
      kr->metric = LDS_METRIC_NUMBER;
      kr->start_value = g_rand_int_range (s->rand, 0, 50);
      kr->target_value = kr->start_value + g_rand_int_range (s->rand, 10, 200);
      kr->current_value = kr->start_value;
      kr->confidence = 5;
      kr->position = k;
      if (!insert (s, LDS_RECORD_KEY_RESULT, kr) || !add_checkins (s, kr))
        return FALSE;
      /* Only units' key results take children; people are leaves. */
      if (person_id == 0)
        g_array_append_val (owner->krs, kr->id);
    }

  if (!o->self_driven && parent != NULL && parent->krs->len > 0)
    {
      g_autoptr(LdsLink) link = lds_link_new ();

      link->kind = LDS_LINK_KIND_ALIGNS;
      link->from_id = o->id;
      link->to_key_result_id = g_array_index (parent->krs, LdsId,
                                              g_rand_int_range (s->rand, 0, parent->krs->len));
      if (!insert (s, LDS_RECORD_LINK, link))
        return FALSE;
    }
  return TRUE;
}

static UnitNode *
unit_node_new (LdsId     unit_id,
               UnitNode *parent)
{
  UnitNode *node = g_new0 (UnitNode, 1);

  node->unit_id = unit_id;
  node->parent = parent;
  node->depth = parent != NULL ? parent->depth + 1 : 0;
  node->krs = g_array_new (FALSE, FALSE, sizeof (LdsId));
  node->objectives = g_array_new (FALSE, FALSE, sizeof (LdsId));
  return node;
}

static void
unit_node_free (UnitNode *node)
{
  g_array_unref (node->krs);
  g_array_unref (node->objectives);
  g_free (node);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (UnitNode, unit_node_free)

static gboolean
add_dependency (Synth    *s,
                UnitNode *a,
                UnitNode *b)
{
  g_autoptr(LdsLink) link = lds_link_new ();

  if (a->objectives->len == 0 || b->objectives->len == 0)
    return TRUE;
  link->kind = LDS_LINK_KIND_DEPENDS;
  link->from_id = g_array_index (a->objectives, LdsId, 0);
  link->to_objective_id = g_array_index (b->objectives, LdsId, 0);
  return insert (s, LDS_RECORD_LINK, link);
}

static gboolean
add_people (Synth    *s,
            UnitNode *team,
            guint     n_people)
{
  for (guint p = 0; p < n_people && s->made < s->wanted; p++)
    {
      g_autoptr(LdsPerson) person = lds_person_new ();
      g_autoptr(UnitNode) holder = unit_node_new (team->unit_id, team);
      guint n_objectives = 1 + (g_rand_int_range (s->rand, 0, 100) < 50);

      person->unit_id = team->unit_id;
      lds_take_text (&person->name, g_strdup_printf ("Person %u", s->made + 1));
      person->role = p == 0 ? LDS_ROLE_MANAGER : LDS_ROLE_MEMBER;
      person->position = p;
      if (!insert (s, LDS_RECORD_PERSON, person))
        return FALSE;

      for (guint i = 0; i < n_objectives && s->made < s->wanted; i++)
        if (!add_objective (s, holder, person->id, team, i))
          return FALSE;
    }
  return TRUE;
}

/* How many objectives a tree with these fan-outs holds, roughly. */
static double
capacity (const int fanout[4])
{
  double units = 1, total = 5;

  for (int d = 0; d < 3; d++)
    {
      units *= fanout[d];
      total += units * 4;
    }
  return total + units * fanout[3] * 1.5;
}

static void
choose_fanout (Synth *s)
{
  static const int base[4] = { 6, 5, 5, 7 };
  double m = 0.3;

  for (;;)
    {
      for (int d = 0; d < 4; d++)
        s->fanout[d] = MAX (2, (int) round (base[d] * m));
      if (capacity (s->fanout) >= s->wanted * 1.1 || m > 100)
        break;
      m *= 1.05;
    }
}

static gboolean
grow (Synth *s)
{
  static const char * const kinds[] = { "Company", "Department", "Division", "Team" };
  g_autoptr(GQueue) queue = g_queue_new ();
  g_autoptr(GPtrArray) nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) unit_node_free);
  g_autoptr(LdsUnit) company = lds_unit_new ();
  UnitNode *root;
  guint serial = 0;

  company->kind = LDS_UNIT_KIND_COMPANY;
  lds_set_text (&company->name, "Synthetic Corporation");
  if (!insert (s, LDS_RECORD_UNIT, company))
    return FALSE;

  root = unit_node_new (company->id, NULL);
  g_ptr_array_add (nodes, root);
  g_queue_push_tail (queue, root);

  while (!g_queue_is_empty (queue) && s->made < s->wanted)
    {
      UnitNode *node = g_queue_pop_head (queue);
      guint n_objectives = node->depth == 0 ? 5 : g_rand_int_range (s->rand, 3, 6);
      UnitNode *previous = NULL;

      for (guint i = 0; i < n_objectives && s->made < s->wanted; i++)
        if (!add_objective (s, node, 0, node->parent, i))
          return FALSE;

      if (node->previous_sibling != NULL && g_rand_int_range (s->rand, 0, 100) < 15 &&
          !add_dependency (s, node, node->previous_sibling))
        return FALSE;

      if (node->depth == 3)
        {
          if (!add_people (s, node, s->fanout[3]))
            return FALSE;
          continue;
        }

      for (int c = 0; c < s->fanout[node->depth]; c++)
        {
          g_autoptr(LdsUnit) unit = lds_unit_new ();
          UnitNode *child;

          unit->parent_id = node->unit_id;
          unit->kind = node->depth + 1 >= 3 ? LDS_UNIT_KIND_TEAM : LDS_UNIT_KIND_DEPARTMENT;
          lds_take_text (&unit->name, g_strdup_printf ("%s %u", kinds[node->depth + 1], ++serial));
          unit->position = c;
          if (!insert (s, LDS_RECORD_UNIT, unit))
            return FALSE;
          child = unit_node_new (unit->id, node);
          child->previous_sibling = previous;
          previous = child;
          g_ptr_array_add (nodes, child);
          g_queue_push_tail (queue, child);
        }
    }
  return TRUE;
}

/* A calendar year, and inside it a thirteen-week quarter that began twelve
 * weeks ago, so that every weekly check-in lies in the past whatever the day. */
static gboolean
add_cycles (Synth *s)
{
  g_autoptr(LdsCycle) year = lds_cycle_new ();
  g_autoptr(LdsCycle) quarter = lds_cycle_new ();
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (lds_now ());
  g_autofree char *today = lds_today ();
  int y = g_date_time_get_year (now);

  year->kind = LDS_CYCLE_KIND_YEAR;
  lds_take_text (&year->name, g_strdup_printf ("%d", y));
  year->start_date = g_strdup_printf ("%d-01-01", y);
  year->end_date = g_strdup_printf ("%d-12-31", y);
  year->state = LDS_CYCLE_STATE_ACTIVE;
  if (!insert (s, LDS_RECORD_CYCLE, year))
    return FALSE;

  quarter->parent_id = year->id;
  quarter->kind = LDS_CYCLE_KIND_QUARTER;
  lds_set_text (&quarter->name, "Rolling quarter");
  quarter->start_date = lds_date_add_days (today, -7 * (int) MAX (s->checkins_per_kr, 1) + 1);
  quarter->end_date = lds_date_add_days (quarter->start_date, 13 * 7 - 1);
  quarter->state = LDS_CYCLE_STATE_ACTIVE;
  if (!insert (s, LDS_RECORD_CYCLE, quarter))
    return FALSE;

  s->cycle_id = quarter->id;
  s->cycle_start = lds_date_to_time (quarter->start_date);
  return TRUE;
}

/**
 * lds_demo_write_synthetic:
 * @n_objectives: how many objectives, three key results each
 * @checkins_per_key_result: weekly check-ins of each key result
 *
 * Writes a synthetic organisation into @store (which should be empty), as
 * one action that cannot be undone.
 */
gboolean
lds_demo_write_synthetic (LdsStore  *store,
                          guint      n_objectives,
                          guint      checkins_per_key_result,
                          GError   **error)
{
  Synth s = { 0 };
  gboolean ok;

  g_return_val_if_fail (LDS_IS_STORE (store), FALSE);
  g_return_val_if_fail (n_objectives > 0, FALSE);

  s.store = store;
  s.rand = g_rand_new_with_seed (SEED ^ n_objectives);
  s.wanted = n_objectives;
  s.checkins_per_kr = checkins_per_key_result;
  s.error = error;
  choose_fanout (&s);

  if (!lds_store_begin (store, NULL, error))
    {
      g_rand_free (s.rand);
      return FALSE;
    }
  ok = add_cycles (&s) && grow (&s);
  g_rand_free (s.rand);
  if (!ok)
    {
      lds_store_rollback (store);
      return FALSE;
    }
  return lds_store_commit (store, error);
}
