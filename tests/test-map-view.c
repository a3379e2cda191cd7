/* test-map-view.c: the map widget, driven as a person would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Through its actions (the keys) and its public calls: moving with the
 * arrows, opening, zooming, hit tests at several zooms, collapsing,
 * focusing, finding, dragging onto a key result; and what assistive
 * technologies are told about the selection.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-demo.h"
#include "lds-format.h"
#include "lds-map-view.h"
#include "lds-score.h"
#include "lds-map-render.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"

typedef struct
{
  LdsStore     *store;
  LdsMapModel  *model;
  GtkWindow    *window;
  LdsMapView   *view;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->store = lds_test_new_store ();
  g_assert_true (lds_demo_write_sample (f->store, "en", LDS_DEMO_DEFAULT, &error));
  f->model = lds_map_model_new_from_store (f->store, NULL, NULL, &error);
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  f->view = LDS_MAP_VIEW (lds_map_view_new ());
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  lds_map_view_set_model (f->view, f->model);
  gtk_window_present (f->window);
  lds_test_ui_wait (100);
  gtk_widget_grab_focus (GTK_WIDGET (f->view));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (f->window);
  lds_test_ui_iterate ();
  g_clear_object (&f->model);
  g_clear_object (&f->store);
}

static void
key (Fixture    *f,
     const char *direction)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.select", "s", direction));
  lds_test_ui_iterate ();
}

static const LdsMapNode *
selected (Fixture *f)
{
  guint v = lds_map_model_find (f->model, lds_map_view_get_selected (f->view));

  g_assert_cmpuint (v, !=, LDS_MAP_NONE);
  return lds_map_model_get_node (f->model, v);
}

static void
activated_cb (LdsMapView *view,
              gint64      id,
              gint64     *out)
{
  *out = id;
}

static void
test_view_keyboard (Fixture       *f,
                    gconstpointer  data)
{
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (f->model, &n_roots);
  const LdsMapNode *root = lds_map_model_get_node (f->model, roots[0]);
  const LdsMapNode *child, *next;
  gint64 opened = 0;

  /* Home, or any arrow with nothing selected: the first objective at the top */
  g_assert_cmpint (lds_map_view_get_selected (f->view), ==, 0);
  key (f, "down");
  g_assert_cmpint (lds_map_view_get_selected (f->view), ==, root->id);

  /* Top-down: down to a child, back up to the parent */
  key (f, "down");
  child = selected (f);
  g_assert_cmpuint (child->parent, ==, roots[0]);
  key (f, "right");
  next = selected (f);
  g_assert_cmpuint (next->depth, ==, child->depth);
  g_assert_cmpint (next->id, !=, child->id);
  key (f, "left");
  g_assert_cmpint (selected (f)->id, ==, child->id);
  key (f, "up");
  g_assert_cmpint (selected (f)->id, ==, root->id);

  /* Left to right: the arrows turn with the map. */
  lds_map_view_set_orientation (f->view, LDS_MAP_LEFT_RIGHT);
  lds_test_ui_iterate ();
  key (f, "right");
  g_assert_cmpint (selected (f)->id, ==, child->id);
  key (f, "left");
  g_assert_cmpint (selected (f)->id, ==, root->id);

  /* Enter opens */
  g_signal_connect (f->view, "activate-objective", G_CALLBACK (activated_cb), &opened);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.activate", NULL));
  g_assert_cmpint (opened, ==, root->id);
}

static void
test_view_accessible (Fixture       *f,
                      gconstpointer  data)
{
  const LdsMapNode *node;
  g_autofree char *score = NULL, *expected = NULL;
  const LdsFileSettings *settings = lds_map_model_get_settings (f->model);

  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Alignment map");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "No objective selected. The arrow keys move between objectives.");

  key (f, "top");
  key (f, "down");
  node = selected (f);
  score = lds_format_score (node->score, settings->scale);
  expected = g_strdup_printf ("%s. Score %s, %s. Owner: %s.", node->title, score,
                              lds_enum_label (LDS_TYPE_SCORE_BAND,
                                              lds_score_band (node->score, &settings->bands)),
                              node->owner_name);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (f->view), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       expected);
}

/* Whatever the zoom, the node under a point of the view is the one drawn
 * there. */
static void
test_view_hit (Fixture       *f,
               gconstpointer  data)
{
  static const double zooms[] = { 0.08, 0.3, 1.0, 2.0 };
  guint n = lds_map_model_get_n_nodes (f->model);
  double w = gtk_widget_get_width (GTK_WIDGET (f->view));

  g_assert_cmpfloat (w, >, 500);
  for (guint z = 0; z < G_N_ELEMENTS (zooms); z++)
    {
      guint checked = 0;

      lds_map_view_set_scale (f->view, zooms[z]);
      for (guint v = 0; v < n; v++)
        {
          LdsId id = lds_map_model_get_node (f->model, v)->id;
          double x, y;

          /* Bring each node to the middle, and find it there and nowhere near. */
          lds_map_view_reveal (f->view, id);
          g_assert_true (lds_map_view_get_node_position (f->view, id, &x, &y));
          g_assert_cmpfloat (fabs (x - w / 2), <, 1);
          g_assert_cmpint (lds_map_view_objective_at (f->view, x, y), ==, id);
          g_assert_cmpint (lds_map_view_objective_at (f->view, x, y - LDS_MAP_NODE_WIDTH * zooms[z]), !=, id);
          checked++;
        }
      g_assert_cmpuint (checked, ==, n);
    }

  /* Far from the map, nothing */
  lds_map_view_zoom_to_fit (f->view);
  g_assert_cmpint (lds_map_view_objective_at (f->view, 1, 1), ==, 0);
}

static void
test_view_zoom (Fixture       *f,
                gconstpointer  data)
{
  const LdsMapRect *bounds;
  double scale;

  lds_map_view_set_scale (f->view, 0.5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-in", NULL));
  g_assert_cmpfloat_with_epsilon (lds_map_view_get_scale (f->view), 0.625, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-out", NULL));
  g_assert_cmpfloat_with_epsilon (lds_map_view_get_scale (f->view), 0.5, 1e-9);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-reset", NULL));
  g_assert_cmpfloat (lds_map_view_get_scale (f->view), ==, 1.0);

  /* Zooming keeps the point under the pointer where it is. */
  {
    double x0, y0, x1, y1;
    LdsId id = lds_map_model_get_node (f->model, 0)->id;

    lds_map_view_reveal (f->view, id);
    lds_map_view_get_node_position (f->view, id, &x0, &y0);
    lds_map_view_zoom_at (f->view, 1.7, x0, y0);
    lds_map_view_get_node_position (f->view, id, &x1, &y1);
    g_assert_cmpfloat (fabs (x1 - x0) + fabs (y1 - y0), <, 0.001);
  }

  /* Fit: the whole map inside the view */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-fit", NULL));
  scale = lds_map_view_get_scale (f->view);
  bounds = lds_map_layout_get_bounds (lds_map_view_get_layout (f->view));
  g_assert_cmpfloat (bounds->width * scale, <=, gtk_widget_get_width (GTK_WIDGET (f->view)));
  g_assert_cmpfloat (bounds->height * scale, <=, gtk_widget_get_height (GTK_WIDGET (f->view)));
  for (guint v = 0; v < lds_map_model_get_n_nodes (f->model); v++)
    {
      double x, y;

      g_assert_true (lds_map_view_get_node_position (f->view, lds_map_model_get_node (f->model, v)->id,
                                                     &x, &y));
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, gtk_widget_get_width (GTK_WIDGET (f->view)));
    }

  /* To the selection: close enough to read */
  key (f, "top");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.zoom-selection", NULL));
  g_assert_cmpfloat (lds_map_view_get_scale (f->view), >=, 0.5);
}

static void
test_view_collapse (Fixture       *f,
                    gconstpointer  data)
{
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (f->model, &n_roots);
  const LdsMapNode *root = lds_map_model_get_node (f->model, roots[0]);
  LdsMapLayout *layout;

  key (f, "top");
  g_assert_cmpuint (root->n_descendants, >, 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.toggle-collapsed", NULL));
  layout = lds_map_view_get_layout (f->view);
  g_assert_true (lds_map_view_get_collapsed (f->view, root->id));
  g_assert_true (lds_map_layout_is_collapsed (layout, roots[0]));
  g_assert_false (lds_map_layout_is_visible (layout, root->first_child));
  g_assert_cmpuint (lds_map_layout_get_n_visible (layout), ==,
                    lds_map_model_get_n_nodes (f->model) - root->n_descendants);

  /* Selecting something hidden shows it. */
  g_assert_true (lds_map_view_select (f->view, lds_map_model_get_node (f->model, root->first_child)->id));
  g_assert_false (lds_map_view_get_collapsed (f->view, root->id));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.select", "s", "up"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.toggle-collapsed", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.expand-all", NULL));
  g_assert_cmpuint (lds_map_layout_get_n_visible (lds_map_view_get_layout (f->view)), ==,
                    lds_map_model_get_n_nodes (f->model));
}

static void
test_view_focus (Fixture       *f,
                 gconstpointer  data)
{
  const LdsMapNode *node;
  guint expected = 0, n = lds_map_model_get_n_nodes (f->model), focus;

  key (f, "top");
  key (f, "down");
  node = selected (f);
  focus = lds_map_model_find (f->model, node->id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.focus-mode", NULL));
  g_assert_true (lds_map_view_get_focus_mode (f->view));

  /* Only its line: what is above it, and what is below */
  for (guint v = 0; v < n; v++)
    if (lds_map_model_is_ancestor (f->model, v, focus) || lds_map_model_is_ancestor (f->model, focus, v))
      expected++;
  g_assert_cmpuint (lds_map_layout_get_n_visible (lds_map_view_get_layout (f->view)), ==, expected);
  g_assert_cmpuint (expected, <, n);

  /* Escape leaves it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "map.cancel", NULL));
  g_assert_false (lds_map_view_get_focus_mode (f->view));
  g_assert_cmpuint (lds_map_layout_get_n_visible (lds_map_view_get_layout (f->view)), ==, n);
}

static void
test_view_search (Fixture       *f,
                  gconstpointer  data)
{
  guint n = lds_map_view_set_search (f->view, "MERCHANT");
  g_autoptr(GArray) expected = lds_map_model_search (f->model, "merchant");
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_assert_cmpuint (n, ==, expected->len);
  g_assert_cmpuint (n, >, 2);
  /* Next goes through every match once, then round again. */
  for (guint i = 0; i < n; i++)
    {
      LdsId id;

      g_assert_true (lds_map_view_next_match (f->view, TRUE));
      g_assert_cmpuint (lds_map_view_get_match (f->view), ==, i + 1);
      id = lds_map_view_get_selected (f->view);
      g_assert_false (g_hash_table_contains (seen, &id));
      g_hash_table_add (seen, g_memdup2 (&id, sizeof id));
    }
  g_assert_true (lds_map_view_next_match (f->view, TRUE));
  g_assert_cmpuint (lds_map_view_get_match (f->view), ==, 1);
  g_assert_true (lds_map_view_next_match (f->view, FALSE));
  g_assert_cmpuint (lds_map_view_get_match (f->view), ==, n);

  g_assert_cmpuint (lds_map_view_set_search (f->view, "no such words"), ==, 0);
  g_assert_false (lds_map_view_next_match (f->view, TRUE));
}

static void
align_cb (LdsMapView *view,
          gint64      objective,
          gint64      key_result,
          gint64      out[2])
{
  out[0] = objective;
  out[1] = key_result;
}

static void
test_view_drop (Fixture       *f,
                gconstpointer  data)
{
  guint n_roots;
  const guint *roots = lds_map_model_get_roots (f->model, &n_roots);
  guint target = roots[0], dragged = LDS_MAP_NONE;
  const LdsMapKeyResult *kr = lds_map_model_get_key_result (f->model, target, 1);
  gint64 asked[2] = { 0, 0 };
  double x, y;

  /* Something not under the target */
  for (guint v = 0; v < lds_map_model_get_n_nodes (f->model) && dragged == LDS_MAP_NONE; v++)
    if (!lds_map_model_is_ancestor (f->model, target, v))
      dragged = v;
  g_assert_cmpuint (dragged, !=, LDS_MAP_NONE);

  g_signal_connect (f->view, "align-requested", G_CALLBACK (align_cb), asked);
  lds_map_view_set_scale (f->view, 0.8);
  lds_map_view_reveal (f->view, lds_map_model_get_node (f->model, target)->id);
  g_assert_true (lds_map_view_get_key_result_position (f->view, kr->id, &x, &y));
  lds_map_view_drop (f->view, lds_map_model_get_node (f->model, dragged)->id, x, y);
  g_assert_cmpint (asked[0], ==, lds_map_model_get_node (f->model, dragged)->id);
  g_assert_cmpint (asked[1], ==, kr->id);

  /* Dropped where there is no key result: nothing asked */
  asked[0] = asked[1] = 0;
  lds_map_view_drop (f->view, lds_map_model_get_node (f->model, dragged)->id, 2, 2);
  g_assert_cmpint (asked[0], ==, 0);
}

/* The model replaced (the data changed): selection, zoom and place stay. */
static void
test_view_new_model (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LdsMapModel) again = lds_map_model_new_from_store (f->store, NULL, NULL, NULL);
  LdsId id;
  double scale, x0, y0, x1, y1;

  key (f, "top");
  key (f, "down");
  id = lds_map_view_get_selected (f->view);
  lds_map_view_set_scale (f->view, 0.7);
  scale = lds_map_view_get_scale (f->view);
  lds_map_view_get_node_position (f->view, id, &x0, &y0);

  lds_map_view_set_model (f->view, again);
  g_assert_cmpint (lds_map_view_get_selected (f->view), ==, id);
  g_assert_cmpfloat (lds_map_view_get_scale (f->view), ==, scale);
  lds_map_view_get_node_position (f->view, id, &x1, &y1);
  g_assert_cmpfloat (fabs (x1 - x0) + fabs (y1 - y0), <, 0.001);
}

/* The map opens readable: a small company's map that fits a laptop's
 * window only as boxes with nothing written in them (the map's share of
 * 1280×800) opens at its top with the titles showing; on a projector
 * (1630×970) it opens whole. */
static void
test_view_opens_readable (void)
{
  const struct
  {
    int      width, height;
    gboolean whole;
  } sizes[] = { { 990, 690, FALSE }, { 1630, 970, TRUE } };

  for (guint i = 0; i < 2 * G_N_ELEMENTS (sizes); i++)
    {
      const char *language = i % 2 == 0 ? "en" : "zh_CN";
      g_autoptr(LdsStore) store = lds_test_new_store ();
      g_autoptr(LdsMapModel) model = NULL;
      g_autoptr(GError) error = NULL;
      int width = sizes[i / 2].width, height = sizes[i / 2].height;
      const LdsMapRect *bounds;
      const guint *roots;
      guint n_roots;
      GtkWindow *window;
      LdsMapView *view;
      double scale, x, y;

      g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
      g_assert_no_error (error);
      model = lds_map_model_new_from_store (store, NULL, NULL, &error);
      g_assert_no_error (error);

      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (window, width, height);
      view = LDS_MAP_VIEW (lds_map_view_new ());
      gtk_window_set_child (window, GTK_WIDGET (view));
      lds_map_view_set_model (view, model);
      gtk_window_present (window);
      lds_test_ui_wait (100);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, width);

      scale = lds_map_view_get_scale (view);
      g_assert_cmpint (lds_map_render_detail_for (scale), >=, LDS_MAP_DETAIL_TITLES);
      bounds = lds_map_layout_get_bounds (lds_map_view_get_layout (view));
      g_assert_cmpint (bounds->width * scale <= width && bounds->height * scale <= height, ==,
                       sizes[i / 2].whole);
      /* The first objective at the top is in sight */
      roots = lds_map_model_get_roots (model, &n_roots);
      g_assert_cmpuint (n_roots, >, 0);
      g_assert_true (lds_map_view_get_node_position (view, lds_map_model_get_node (model, roots[0])->id,
                                                     &x, &y));
      g_assert_cmpfloat (x, >, 0);
      g_assert_cmpfloat (x, <, width);
      g_assert_cmpfloat (y, >, 0);
      g_assert_cmpfloat (y, <, height);
      gtk_window_destroy (window);
      lds_test_ui_iterate ();
    }
}

/* A workshop puts the whole map of a small company on a projector: fitted
 * into what a 1920×1080 window leaves the map (less the sidebar, the
 * header bar and the map's toolbar), its titles show. */
static void
test_view_fit_projector (void)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapModel) model = NULL;
  GtkWindow *window;
  LdsMapView *view;

  for (guint i = 0; i < 2; i++)
    {
      const char *language = i == 0 ? "en" : "zh_CN";

      g_clear_object (&store);
      g_clear_object (&model);
      store = lds_test_new_store ();
      g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
      g_assert_no_error (error);
      model = lds_map_model_new_from_store (store, NULL, NULL, &error);
      g_assert_no_error (error);

      window = GTK_WINDOW (gtk_window_new ());
      gtk_window_set_default_size (window, 1630, 970);
      view = LDS_MAP_VIEW (lds_map_view_new ());
      gtk_window_set_child (window, GTK_WIDGET (view));
      lds_map_view_set_model (view, model);
      gtk_window_present (window);
      lds_test_ui_wait (100);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), ==, 1630);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "map.zoom-fit", NULL));
      g_assert_cmpint (lds_map_render_detail_for (lds_map_view_get_scale (view)), ==,
                       LDS_MAP_DETAIL_TITLES);
      gtk_window_destroy (window);
      lds_test_ui_iterate ();
    }
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);
  gtk_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/map/view/keyboard", test_view_keyboard);
  ADD ("/map/view/accessible", test_view_accessible);
  ADD ("/map/view/hit", test_view_hit);
  ADD ("/map/view/zoom", test_view_zoom);
  ADD ("/map/view/collapse", test_view_collapse);
  ADD ("/map/view/focus", test_view_focus);
  ADD ("/map/view/search", test_view_search);
  ADD ("/map/view/drop", test_view_drop);
  ADD ("/map/view/new-model", test_view_new_model);
#undef ADD
  g_test_add_func ("/map/view/fit-projector", test_view_fit_projector);
  g_test_add_func ("/map/view/opens-readable", test_view_opens_readable);

  return g_test_run ();
}
