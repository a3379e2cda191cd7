/* lds-export-dot.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-export"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-export-dot.h"
#include "lds-export-map.h"
#include "lds-format.h"
#include "lds-map-render.h"
#include "lds-score.h"

/* Longer lines are broken at a space, so that records stay narrow. */
#define LINE_CHARS 36

/* Text inside an HTML-like label: escaped, long text broken into lines. */
static void
append_label_text (GString    *out,
                   const char *text,
                   gboolean    wrap)
{
  int column = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || (wrap && c == ' ' && column >= LINE_CHARS))
        {
          g_string_append (out, "<BR ALIGN=\"LEFT\"/>");
          column = 0;
          continue;
        }
      if (c == ' ' && column == 0)
        continue;
      switch (c)
        {
        case '&':
          g_string_append (out, "&amp;");
          break;
        case '<':
          g_string_append (out, "&lt;");
          break;
        case '>':
          g_string_append (out, "&gt;");
          break;
        case '"':
          g_string_append (out, "&quot;");
          break;
        default:
          g_string_append_unichar (out, c);
        }
      /* Wide characters count double, and may end a line anywhere. */
      column += g_unichar_iswide (c) ? 2 : 1;
      if (wrap && column >= LINE_CHARS + 8 && g_unichar_iswide (c))
        {
          g_string_append (out, "<BR ALIGN=\"LEFT\"/>");
          column = 0;
        }
    }
}

static void
append_quoted (GString    *out,
               const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        {
          g_string_append (out, "\\n");
          continue;
        }
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_colour (GString      *out,
               const double  rgba[4])
{
  g_string_append_printf (out, "\"#%02x%02x%02x\"", (int) (rgba[0] * 255 + 0.5),
                          (int) (rgba[1] * 255 + 0.5), (int) (rgba[2] * 255 + 0.5));
}

static void
append_node_name (GString          *out,
                  const LdsMapNode *node,
                  guint             v)
{
  if (node->id != 0)
    g_string_append_printf (out, "o%" G_GINT64_FORMAT, node->id);
  else
    g_string_append_printf (out, "n%u", v);
}

static void
append_node (GString      *out,
             LdsMapLayout *layout,
             guint         v)
{
  LdsMapModel *model = lds_map_layout_get_model (layout);
  const LdsMapNode *node = lds_map_model_get_node (model, v);
  const LdsFileSettings *settings = lds_map_model_get_settings (model);
  g_autofree char *score = lds_format_score (node->score, settings->scale);
  LdsScoreBand band = (node->flags & (LDS_MAP_NODE_DRAFT | LDS_MAP_NODE_CANCELLED))
                        ? LDS_SCORE_BAND_NONE : lds_file_settings_band (settings, node->score);
  double colour[4];

  g_string_append (out, "  ");
  append_node_name (out, node, v);
  /* A table: the objective, then a row per key result, each a port. */
  g_string_append (out, " [label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" "
                        "CELLPADDING=\"3\"><TR><TD PORT=\"o\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">"
                        "<FONT POINT-SIZE=\"8\">");
  append_label_text (out, node->owner_name, FALSE);
  g_string_append (out, " · ");
  append_label_text (out, score, FALSE);
  g_string_append (out, "</FONT><BR ALIGN=\"LEFT\"/><B>");
  append_label_text (out, node->title, TRUE);
  g_string_append (out, "</B></TD></TR>");
  for (guint i = 0; i < node->n_krs; i++)
    {
      const LdsMapKeyResult *kr = lds_map_model_get_key_result (model, v, i);
      g_autofree char *value = lds_map_model_format_value (model, kr);

      g_string_append_printf (out, "<TR><TD PORT=\"k%u\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">%u. ",
                              i, i + 1);
      append_label_text (out, kr->title, TRUE);
      g_string_append (out, "<BR ALIGN=\"LEFT\"/><FONT POINT-SIZE=\"8\">");
      append_label_text (out, value, FALSE);
      g_string_append (out, "</FONT></TD></TR>");
    }
  g_string_append (out, "</TABLE>>");
  g_string_append (out, ", color=");
  lds_map_band_color (band, FALSE, colour);
  append_colour (out, colour);
  if (node->flags & LDS_MAP_NODE_CONTEXT)
    g_string_append (out, ", style=\"rounded,dashed\"");
  else if (node->flags & LDS_MAP_NODE_UNALIGNED)
    g_string_append (out, ", penwidth=3, color=\"#c01c28\"");
  g_string_append (out, "];\n");
}

static void
append_edge (GString          *out,
             LdsMapLayout     *layout,
             const LdsMapEdge *edge)
{
  LdsMapModel *model = lds_map_layout_get_model (layout);
  gboolean top_down = lds_map_layout_get_orientation (layout) == LDS_MAP_TOP_DOWN;
  const char *out_side = top_down ? "s" : "e", *in_side = top_down ? "n" : "w";

  g_string_append (out, "  ");
  append_node_name (out, lds_map_model_get_node (model, edge->from), edge->from);
  if (edge->kind != LDS_MAP_EDGE_DEPENDS)
    {
      if (edge->kr >= 0)
        g_string_append_printf (out, ":k%d:%s", edge->kr, out_side);
      else
        g_string_append_printf (out, ":o:%s", out_side);
    }
  g_string_append (out, " -> ");
  append_node_name (out, lds_map_model_get_node (model, edge->to), edge->to);
  if (edge->kind == LDS_MAP_EDGE_DEPENDS)
    {
      if (edge->kr >= 0)
        g_string_append_printf (out, ":k%d", edge->kr);
    }
  else
    g_string_append_printf (out, ":%s", in_side);

  switch (edge->kind)
    {
    case LDS_MAP_EDGE_PLACED:
      g_string_append (out, " [style=dotted, arrowhead=none]");
      break;
    case LDS_MAP_EDGE_EXTRA:
      g_string_append (out, " [style=dashed, constraint=false]");
      break;
    case LDS_MAP_EDGE_DEPENDS:
      g_string_append (out, " [style=dashed, color=\"#813d9c\", constraint=false]");
      break;
    case LDS_MAP_EDGE_ALIGNS:
    default:
      break;
    }
  g_string_append (out, ";\n");
}

/**
 * lds_export_dot_string:
 *
 * Returns: (transfer full): the nodes and edges shown in @layout, as DOT
 */
char *
lds_export_dot_string (LdsMapLayout *layout)
{
  LdsMapModel *model;
  GString *out;
  guint n, n_edges;
  const LdsMapEdge *edges;

  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (layout), NULL);

  model = lds_map_layout_get_model (layout);
  n = lds_map_model_get_n_nodes (model);
  out = g_string_sized_new (256 + n * 300);
  g_string_append (out, "digraph alignment {\n  graph [label=");
  append_quoted (out, lds_map_model_get_title (model));
  g_string_append_printf (out, ", labelloc=t, charset=\"UTF-8\", rankdir=%s, nodesep=0.3, "
                               "ranksep=0.7, fontname=\"Sans\"];\n",
                          lds_map_layout_get_orientation (layout) == LDS_MAP_TOP_DOWN ? "TB" : "LR");
  g_string_append (out, "  node [shape=box, style=rounded, margin=0.05, fontname=\"Sans\", "
                        "fontsize=10];\n"
                        "  edge [color=\"#9a9996\", arrowsize=0.6];\n");

  for (guint v = 0; v < n; v++)
    if (lds_map_layout_is_visible (layout, v))
      append_node (out, layout, v);

  edges = lds_map_layout_get_edges (layout, &n_edges);
  for (guint i = 0; i < n_edges; i++)
    append_edge (out, layout, &edges[i]);
  g_string_append (out, "}\n");
  return g_string_free (out, FALSE);
}

gboolean
lds_export_dot_write (LdsMapLayout  *layout,
                      const char    *path,
                      GError       **error)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (layout), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  text = lds_export_dot_string (layout);
  /* Written aside, then renamed over: never half a file. */
  if (!g_file_set_contents (path, text, -1, &local))
    {
      g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, "%s", local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
lds_export_dot (LdsStore                *store,
                const LdsExportOptions  *options,
                const char              *path,
                GError                 **error)
{
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (store, options, error);

  if (layout == NULL)
    return FALSE;
  return lds_export_dot_write (layout, path, error);
}
