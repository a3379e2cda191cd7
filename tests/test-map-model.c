/* test-map-model.c: the map read from an organisation, and aligning on it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-map-edit.h"
#include "lds-map-layout.h"
#include "lds-test-utils.h"

typedef struct
{
  LdsStore *store;
  LdsId     company, sales, east, product, person, year, quarter;
  LdsId     strategy;        /* the year's objective */
  LdsId     strategy_kr;
  LdsId     top;             /* the company's objective in the quarter */
  LdsId     top_kr1, top_kr2;
  LdsId     sales_o, sales_kr;
  LdsId     east_o;          /* aligns to sales_kr */
  LdsId     both;            /* aligns to top_kr1 and top_kr2 */
  LdsId     self_driven;     /* east's, marked self-driven */
  LdsId     unaligned;       /* the person's, aligned to nothing */
  LdsId     product_o;       /* depends on sales_o */
  LdsId     draft;
  LdsMapText *text;
} Fixture;

static LdsId
add_link (LdsStore    *store,
          LdsLinkKind  kind,
          LdsId        from,
          LdsId        to_objective,
          LdsId        to_kr)
{
  g_autoptr(LdsLink) link = lds_link_new ();
  g_autoptr(GError) error = NULL;

  link->kind = kind;
  link->from_id = from;
  link->to_objective_id = to_objective;
  link->to_key_result_id = to_kr;
  g_assert_true (lds_store_insert (store, LDS_RECORD_LINK, link, &error));
  g_assert_no_error (error);
  return link->id;
}

static void
set_objective (LdsStore *store,
               LdsId     id,
               gboolean  self_driven,
               LdsId     person,
               LdsObjectiveStatus status)
{
  g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE, id, NULL);
  g_autoptr(GError) error = NULL;

  o->self_driven = self_driven;
  if (person != 0)
    {
      o->owner_unit_id = 0;
      o->owner_person_id = person;
    }
  o->status = status;
  g_assert_true (lds_store_update (store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdsCycle) quarter = NULL;
  g_autoptr(GError) error = NULL;

  f->text = lds_map_text_new ();
  f->store = lds_test_new_store ();
  f->company = lds_test_add_unit (f->store, 0, LDS_UNIT_KIND_COMPANY, "Northwind");
  f->sales = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Sales");
  f->east = lds_test_add_unit (f->store, f->sales, LDS_UNIT_KIND_TEAM, "华东销售组");
  f->product = lds_test_add_unit (f->store, f->company, LDS_UNIT_KIND_DEPARTMENT, "Product");
  f->person = lds_test_add_person (f->store, f->east, "张伟");
  f->year = lds_test_add_cycle (f->store, "2026", "2026-01-01", "2026-12-31");
  f->quarter = lds_test_add_cycle (f->store, "2026 Q4", "2026-10-01", "2026-12-31");
  quarter = lds_store_get (f->store, LDS_RECORD_CYCLE, f->quarter, NULL);
  quarter->parent_id = f->year;
  g_assert_true (lds_store_update (f->store, LDS_RECORD_CYCLE, quarter, &error));

  f->strategy = lds_test_add_objective (f->store, f->year, f->company, "Be the region's first choice");
  f->strategy_kr = lds_test_add_key_result (f->store, f->strategy, "Market share", 10, 30, 18);
  f->top = lds_test_add_objective (f->store, f->quarter, f->company, "Win the east");
  f->top_kr1 = lds_test_add_key_result (f->store, f->top, "New customers", 0, 40, 30);
  f->top_kr2 = lds_test_add_key_result (f->store, f->top, "Churn", 8, 2, 5);
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->top, 0, f->strategy_kr);

  f->sales_o = lds_test_add_objective (f->store, f->quarter, f->sales, "Sell to every café");
  f->sales_kr = lds_test_add_key_result (f->store, f->sales_o, "Cafés signed", 0, 100, 20);
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->sales_o, 0, f->top_kr1);
  f->east_o = lds_test_add_objective (f->store, f->quarter, f->east, "让华东的客户爱上我们");
  lds_test_add_key_result (f->store, f->east_o, "推荐率", 0, 10, 9);
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->east_o, 0, f->sales_kr);
  f->both = lds_test_add_objective (f->store, f->quarter, f->sales, "Keep the customers we win");
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->both, 0, f->top_kr2);
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->both, 0, f->top_kr1);
  f->self_driven = lds_test_add_objective (f->store, f->quarter, f->east, "Learn the new CRM");
  set_objective (f->store, f->self_driven, TRUE, 0, LDS_OBJECTIVE_STATUS_ACTIVE);
  f->unaligned = lds_test_add_objective (f->store, f->quarter, f->east, "Call every customer");
  set_objective (f->store, f->unaligned, FALSE, f->person, LDS_OBJECTIVE_STATUS_ACTIVE);
  f->product_o = lds_test_add_objective (f->store, f->quarter, f->product, "Ship the café app");
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->product_o, f->top, 0);
  add_link (f->store, LDS_LINK_KIND_DEPENDS, f->product_o, f->sales_o, 0);
  f->draft = lds_test_add_objective (f->store, f->quarter, f->product, "Maybe a kiosk");

  /* New objectives are drafts: all but one are under way. */
  {
    LdsId active[] = { f->strategy, f->top, f->sales_o, f->east_o, f->both, f->product_o };

    for (guint i = 0; i < G_N_ELEMENTS (active); i++)
      set_objective (f->store, active[i], FALSE, 0, LDS_OBJECTIVE_STATUS_ACTIVE);
  }
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->draft, f->product_o, 0);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  lds_map_text_unref (f->text);
}

static LdsMapModel *
build (Fixture      *f,
       LdsMapFilter *filter)
{
  g_autoptr(GError) error = NULL;
  LdsMapModel *model = lds_map_model_new_from_store (f->store, filter, f->text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (model);
  return model;
}

static const LdsMapNode *
node (LdsMapModel *model,
      LdsId        id)
{
  guint v = lds_map_model_find (model, id);

  g_assert_cmpuint (v, !=, LDS_MAP_NONE);
  return lds_map_model_get_node (model, v);
}

static void
test_model_tree (Fixture       *f,
                 gconstpointer  data)
{
  LdsMapFilter filter = { .cycle_id = f->quarter };
  g_autoptr(LdsMapModel) model = build (f, &filter);
  guint n_links, n_roots;
  const LdsMapLink *links = lds_map_model_get_links (model, &n_links);
  const guint *roots = lds_map_model_get_roots (model, &n_roots);
  guint aligns = 0, depends = 0;

  /* The quarter's 8 objectives, and the year's one above them */
  g_assert_cmpuint (lds_map_model_get_n_nodes (model), ==, 9);
  g_assert_cmpuint (n_roots, ==, 1);
  g_assert_cmpint (lds_map_model_get_node (model, roots[0])->id, ==, f->strategy);
  g_assert_true (node (model, f->strategy)->flags & LDS_MAP_NODE_CONTEXT);
  g_assert_cmpstr (node (model, f->strategy)->cycle_name, ==, "2026");
  g_assert_false (node (model, f->top)->flags & LDS_MAP_NODE_CONTEXT);

  /* Under the key result they align to */
  g_assert_cmpint (lds_map_model_get_node (model, node (model, f->sales_o)->parent)->id, ==, f->top);
  g_assert_cmpint (node (model, f->sales_o)->parent_kr, ==, 0);
  g_assert_cmpint (node (model, f->east_o)->parent_kr, ==, 0);
  g_assert_cmpint (node (model, f->product_o)->parent_kr, ==, -1);
  g_assert_cmpint (node (model, f->top)->parent_kind, ==, LDS_MAP_PARENT_ALIGNS);

  /* Aligned twice: drawn once, under the first, with a link to the second */
  g_assert_cmpint (node (model, f->both)->parent_kr, ==, 1);
  for (guint i = 0; i < n_links; i++)
    {
      const LdsMapNode *from = lds_map_model_get_node (model, links[i].from);
      const LdsMapNode *to = lds_map_model_get_node (model, links[i].to);

      if (links[i].kind == LDS_MAP_LINK_ALIGNS)
        {
          aligns++;
          g_assert_cmpint (from->id, ==, f->both);
          g_assert_cmpint (to->id, ==, f->top);
          g_assert_cmpint (links[i].to_kr, ==, 0);
        }
      else
        {
          depends++;
          g_assert_cmpint (from->id, ==, f->product_o);
          g_assert_cmpint (to->id, ==, f->sales_o);
        }
    }
  g_assert_cmpuint (aligns, ==, 1);
  g_assert_cmpuint (depends, ==, 1);

  /* Self-driven: under its unit (beside the unit's aligned objective),
   * marked; aligned to nothing and unmarked: the same, but flagged. */
  g_assert_true (node (model, f->self_driven)->flags & LDS_MAP_NODE_SELF_DRIVEN);
  g_assert_false (node (model, f->self_driven)->flags & LDS_MAP_NODE_UNALIGNED);
  g_assert_cmpint (node (model, f->self_driven)->parent_kind, ==, LDS_MAP_PARENT_PLACED);
  g_assert_cmpint (lds_map_model_get_node (model, node (model, f->self_driven)->parent)->id, ==,
                   f->sales_o);
  g_assert_true (node (model, f->unaligned)->flags & LDS_MAP_NODE_UNALIGNED);
  g_assert_cmpint (node (model, f->unaligned)->level, ==, LDS_MAP_LEVEL_PERSON);
  g_assert_cmpstr (node (model, f->unaligned)->owner_name, ==, "张伟");
  /* A person's: under their team's objective */
  g_assert_cmpint (lds_map_model_get_node (model, node (model, f->unaligned)->parent)->id, ==,
                   f->east_o);
  /* The company's objective aligns to nothing in its cycle, but to the year: not flagged */
  g_assert_false (node (model, f->top)->flags & LDS_MAP_NODE_UNALIGNED);

  /* Scores, weighted means of the key results */
  g_assert_cmpfloat_with_epsilon (node (model, f->top)->score, (30.0 / 40 + 0.5) / 2, 1e-9);
  g_assert_true (isnan (node (model, f->both)->score));
  g_assert_true (node (model, f->draft)->flags & LDS_MAP_NODE_DRAFT);
}

static void
test_model_filters (Fixture       *f,
                    gconstpointer  data)
{
  /* One unit: it and below, with the parents above as context */
  {
    LdsMapFilter filter = { .cycle_id = f->quarter, .unit_id = f->sales };
    g_autoptr(LdsMapModel) model = build (f, &filter);

    g_assert_cmpuint (lds_map_model_find (model, f->product_o), ==, LDS_MAP_NONE);
    g_assert_false (node (model, f->east_o)->flags & LDS_MAP_NODE_CONTEXT);
    g_assert_false (node (model, f->unaligned)->flags & LDS_MAP_NODE_CONTEXT);
    g_assert_true (node (model, f->top)->flags & LDS_MAP_NODE_CONTEXT);
    g_assert_true (node (model, f->strategy)->flags & LDS_MAP_NODE_CONTEXT);
    g_assert_cmpstr (lds_map_model_get_title (model), ==, "Sales · 2026 Q4");
  }
  /* … without the context */
  {
    LdsMapFilter filter = { .cycle_id = f->quarter, .unit_id = f->sales, .hide_context = TRUE };
    g_autoptr(LdsMapModel) model = build (f, &filter);

    g_assert_cmpuint (lds_map_model_find (model, f->top), ==, LDS_MAP_NONE);
    g_assert_cmpuint (lds_map_model_get_n_nodes (model), ==, 5);
  }
  /* One person */
  {
    LdsMapFilter filter = { .cycle_id = f->quarter, .person_id = f->person, .hide_context = TRUE };
    g_autoptr(LdsMapModel) model = build (f, &filter);

    g_assert_cmpuint (lds_map_model_get_n_nodes (model), ==, 1);
    g_assert_cmpint (lds_map_model_get_node (model, 0)->id, ==, f->unaligned);
  }
  /* No drafts */
  {
    LdsMapFilter filter = { .cycle_id = f->quarter, .hide_drafts = TRUE };
    g_autoptr(LdsMapModel) model = build (f, &filter);

    g_assert_cmpuint (lds_map_model_find (model, f->draft), ==, LDS_MAP_NONE);
    g_assert_cmpuint (lds_map_model_get_n_nodes (model), ==, 8);
  }
  /* The current cycle (today is in 2026 Q4, the shortest) */
  {
    g_autoptr(LdsMapModel) model = build (f, NULL);

    g_assert_cmpuint (lds_map_model_find (model, f->top), !=, LDS_MAP_NONE);
  }
}

/* Links that go round in a circle cannot hang the map. */
static void
test_model_circle (Fixture       *f,
                   gconstpointer  data)
{
  LdsMapFilter filter = { .cycle_id = f->quarter };
  g_autoptr(LdsMapModel) model = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsId kr_east;
  guint n;

  /* Sales aligns to East's key result, which aligns (through Sales' key
   * result) to Sales. */
  kr_east = lds_test_add_key_result (f->store, f->east_o, "Visits", 0, 10, 1);
  add_link (f->store, LDS_LINK_KIND_ALIGNS, f->sales_o, 0, kr_east);
  model = build (f, &filter);
  n = lds_map_model_get_n_nodes (model);
  layout = lds_map_layout_new (model, NULL);
  for (guint v = 0; v < n; v++)
    g_assert_true (lds_map_layout_is_visible (layout, v));
}

static void
test_model_search (Fixture       *f,
                   gconstpointer  data)
{
  LdsMapFilter filter = { .cycle_id = f->quarter };
  g_autoptr(LdsMapModel) model = build (f, &filter);
  g_autoptr(GArray) cafe = lds_map_model_search (model, "CAFÉ");
  g_autoptr(GArray) east = lds_map_model_search (model, "华东");
  g_autoptr(GArray) kr = lds_map_model_search (model, "推荐");
  g_autoptr(GArray) none = lds_map_model_search (model, "  ");

  /* Titles, any case, and key results */
  g_assert_cmpuint (cafe->len, ==, 2);
  /* Chinese, in titles and owners' names: the team 华东销售组 owns two
   * (the third of its objectives is its member's) */
  g_assert_cmpuint (east->len, ==, 2);
  g_assert_cmpuint (kr->len, ==, 1);
  g_assert_cmpint (lds_map_model_get_node (model, g_array_index (kr, guint, 0))->id, ==, f->east_o);
  g_assert_cmpuint (none->len, ==, 0);
}

/* Values of another day replace today's, with their scores. */
static void
test_model_values (Fixture       *f,
                   gconstpointer  data)
{
  LdsMapFilter filter = { .cycle_id = f->quarter };
  g_autoptr(LdsMapModel) model = build (f, &filter);
  guint v = lds_map_model_find (model, f->top);
  double height = lds_map_model_get_node (model, v)->height;
  g_autofree char *value = NULL;

  lds_map_model_set_key_result_values (model, v, 0, 10, NAN, 4);
  value = lds_map_model_format_value (model, lds_map_model_get_key_result (model, v, 0));
  g_assert_cmpstr (value, ==, "10 / 40");
  g_assert_cmpfloat_with_epsilon (lds_map_model_get_key_result (model, v, 0)->score, 0.25, 1e-9);
  g_assert_cmpfloat_with_epsilon (lds_map_model_get_node (model, v)->score, (0.25 + 0.5) / 2, 1e-9);
  g_assert_cmpfloat (lds_map_model_get_node (model, v)->height, ==, height);

  /* A self-assessment wins over the value. */
  lds_map_model_set_key_result_values (model, v, 0, 10, 0.9, 4);
  g_assert_cmpfloat_with_epsilon (lds_map_model_get_key_result (model, v, 0)->score, 0.9, 1e-9);

  /* The hooks others fill in */
  lds_map_model_set_badge (model, v, 3);
  lds_map_model_set_overdue (model, v, TRUE);
  g_assert_cmpuint (lds_map_model_get_node (model, v)->badge, ==, 3);
  g_assert_true (lds_map_model_get_node (model, v)->flags & LDS_MAP_NODE_OVERDUE);
}

static gint64
count_links (LdsStore *store)
{
  return lds_store_count (store, LDS_RECORD_LINK);
}

static void
test_align (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsObjective) after = NULL;
  gint64 before = count_links (f->store);

  /* The self-driven objective aligns to a key result: one action, and it
   * is no longer self-driven. */
  g_assert_true (lds_map_align_objective (f->store, f->self_driven, f->sales_kr, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_links (f->store), ==, before + 1);
  after = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->self_driven, NULL);
  g_assert_false (after->self_driven);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), ==, "Align Objective");

  /* Undone at once, both changes */
  g_assert_true (lds_store_undo (f->store, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, lds_objective_free);
  after = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, f->self_driven, NULL);
  g_assert_true (after->self_driven);
  g_assert_cmpint (count_links (f->store), ==, before);
}

static void
test_align_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 before = count_links (f->store);

  /* To its own key result */
  g_assert_false (lds_map_align_objective (f->store, f->top, f->top_kr1, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "itself"));
  g_clear_error (&error);

  /* The company's objective under Sales', which already serves it: a circle,
   * even through a level between. */
  g_assert_false (lds_map_align_objective (f->store, f->top, f->sales_kr, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Sell to every café"));
  g_clear_error (&error);

  /* Where it aligns already */
  g_assert_false (lds_map_align_objective (f->store, f->east_o, f->sales_kr, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "already"));
  g_clear_error (&error);

  /* Nothing changed, nothing to undo from here */
  g_assert_cmpint (count_links (f->store), ==, before);
  g_assert_cmpstr (lds_store_get_undo_name (f->store), !=, "Align Objective");
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/map/model/tree", test_model_tree);
  ADD ("/map/model/filters", test_model_filters);
  ADD ("/map/model/circle", test_model_circle);
  ADD ("/map/model/search", test_model_search);
  ADD ("/map/model/values", test_model_values);
  ADD ("/map/align", test_align);
  ADD ("/map/align/refused", test_align_refused);
#undef ADD

  return g_test_run ();
}
