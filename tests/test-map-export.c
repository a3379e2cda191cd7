/* test-map-export.c: the map as PDF, SVG, PNG and DOT files that other
 * programs read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * PDF and SVG parse and hold the titles as text (pdftotext, poppler-utils,
 * reads the PDF when it is installed); PNG has the size asked for; DOT
 * parses with Graphviz (gc) when it is installed, with the map's nodes and
 * edges. A failed export leaves the file that was there.
 */

#include "config.h"

#include <cairo.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lds-demo.h"
#include "lds-export-map.h"
#include "lds-map-paper.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

typedef struct
{
  LdsStore *store;
  char     *dir;
  char     *top_title;      /* the title of the map's first root */
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = NULL;
  LdsExportOptions options = { 0 };
  LdsMapModel *model;
  guint n_roots;
  const guint *roots;

  f->dir = lds_test_make_dir ();
  f->store = lds_test_new_store ();
  g_assert_true (lds_demo_write_sample (f->store, data != NULL ? data : "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);

  layout = lds_export_map_layout (f->store, &options, &error);
  g_assert_no_error (error);
  model = lds_map_layout_get_model (layout);
  roots = lds_map_model_get_roots (model, &n_roots);
  g_assert_cmpuint (n_roots, >, 0);
  f->top_title = g_strdup (lds_map_model_get_node (model, roots[n_roots - 1])->title);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  lds_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->top_title);
}

static char *
export (Fixture                *f,
        const char             *format,
        const LdsExportOptions *options,
        const char             *name)
{
  g_autoptr(GError) error = NULL;
  LdsExportOptions defaults = { 0 };
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (lds_export (f->store, format, options != NULL ? options : &defaults, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  return path;
}

/* A program's output, or NULL when the program is not installed. */
static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *program = g_find_program_in_path (argv[0]);
  char *out = NULL;
  int status = 0;

  if (program == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL,
                NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Text without line breaks or hyphenation: titles wrap in the picture. */
static char *
flatten (const char *text)
{
  GString *flat = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (flat, *p);
  return g_string_free (flat, FALSE);
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = export (f, "pdf", NULL, "map.pdf");
  g_autoptr(GBytes) bytes = lds_test_read_bytes (path);
  g_autofree char *info = NULL, *text = NULL, *flat_text = NULL, *flat_title = NULL;

  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);

  info = run ((const char *[]) { "pdfinfo", path, NULL });
  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  g_assert_nonnull (strstr (info, "Pages:           1\n"));
  g_assert_nonnull (strstr (info, "Creator:         Lodestar"));

  /* Real text: the titles can be found, in English or Chinese */
  text = run ((const char *[]) { "pdftotext", path, "-", NULL });
  flat_text = flatten (text);
  flat_title = flatten (f->top_title);
  g_assert_nonnull (strstr (flat_text, flat_title));
}

/* Whether the picture has ink (anything darker than the paper) within a
 * pixel of (x, y). */
static gboolean
ink_near (cairo_surface_t *image,
          double           x,
          double           y)
{
  int width = cairo_image_surface_get_width (image), height = cairo_image_surface_get_height (image);
  int stride = cairo_image_surface_get_stride (image);
  const guchar *data = cairo_image_surface_get_data (image);

  for (int j = (int) floor (y) - 1; j <= (int) floor (y) + 1; j++)
    for (int i = (int) floor (x) - 1; i <= (int) floor (x) + 1; i++)
      {
        guint32 pixel;
        int luma;

        if (i < 0 || j < 0 || i >= width || j >= height)
          continue;
        pixel = *(const guint32 *) (data + j * stride + i * 4);
        luma = (((pixel >> 16) & 0xff) * 3 + ((pixel >> 8) & 0xff) * 6 + (pixel & 0xff)) / 10;
        if (luma < 235)
          return TRUE;
      }
  return FALSE;
}

/* The PDF, drawn by another program (pdftoppm), shows what the map draws:
 * every link between objectives and every objective's outline. (A stroke
 * that cairo's PDF surface drops shows nowhere else.) */
static void
test_export_pdf_ink (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LdsExportOptions options = { 0 };
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (f->store, &options, &error);
  g_autofree char *pdf = g_build_filename (f->dir, "ink.pdf", NULL);
  g_autofree char *stem = g_build_filename (f->dir, "ink", NULL);
  g_autofree char *png = g_build_filename (f->dir, "ink.png", NULL);
  g_autofree char *out = NULL;
  cairo_surface_t *image;
  LdsMapPaper paper;
  const LdsMapEdge *edges;
  guint n_edges, n_links = 0, links_inked = 0, n_nodes, outlined = 0;
  double ox, oy;

  g_assert_no_error (error);
  g_assert_true (lds_export_map_write (layout, "pdf", &options, pdf, &error));
  g_assert_no_error (error);
  out = run ((const char *[]) { "pdftoppm", "-png", "-r", "72", "-singlefile", pdf, stem, NULL });
  if (out == NULL)
    {
      g_test_skip ("pdftoppm (poppler-utils) is not installed");
      return;
    }
  image = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (image), !=, CAIRO_FORMAT_A8);

  /* One page, the map centred in it at its own size (lds-map-paper.c) */
  lds_map_paper_plan (layout, 0, 0, TRUE, &paper);
  g_assert_cmpuint (lds_map_paper_n_pages (&paper), ==, 1);
  g_assert_cmpfloat (paper.scale, ==, 1);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) ceil (paper.page_width - 1e-6));
  ox = paper.margin + (paper.page_width - 2 * paper.margin - paper.content.width) / 2 - paper.content.x;
  oy = paper.margin + (paper.page_height - 2 * paper.margin - paper.legend_height - paper.content.height) / 2 -
       paper.content.y;

  edges = lds_map_layout_get_edges (layout, &n_edges);
  for (guint i = 0; i < n_edges; i++)
    {
      const LdsMapEdge *e = &edges[i];
      double x, y;

      if (e->kind != LDS_MAP_EDGE_ALIGNS)
        continue;
      if (e->shape == LDS_MAP_SHAPE_CURVE)
        {
          x = (e->p[0].x + 3 * e->p[1].x + 3 * e->p[2].x + e->p[3].x) / 8;
          y = (e->p[0].y + 3 * e->p[1].y + 3 * e->p[2].y + e->p[3].y) / 8;
        }
      else
        {
          /* The stub into the objective, which every elbow draws */
          x = (e->p[3].x + e->p[4].x) / 2;
          y = (e->p[3].y + e->p[4].y) / 2;
        }
      n_links++;
      links_inked += ink_near (image, ox + x, oy + y);
    }
  g_assert_cmpuint (n_links, >, 20);
  g_assert_cmpuint (links_inked, ==, n_links);

  n_nodes = lds_map_model_get_n_nodes (lds_map_layout_get_model (layout));
  for (guint v = 0; v < n_nodes; v++)
    {
      const LdsMapRect *box = lds_map_layout_get_box (layout, v);
      gboolean inked = FALSE;

      /* Along its left side (drafts have a dashed outline) */
      for (int k = 1; k < 10 && !inked; k++)
        inked = ink_near (image, ox + box->x, oy + box->y + box->height * k / 10);
      outlined += inked;
    }
  g_assert_cmpuint (outlined, ==, n_nodes);
  cairo_surface_destroy (image);
}

static void
test_export_pdf_pages (Fixture       *f,
                       gconstpointer  data)
{
  LdsExportOptions options = { .page = LDS_EXPORT_PAGE_A4, .landscape = TRUE };
  g_autofree char *path = export (f, "pdf", &options, "tiles.pdf");
  g_autofree char *info = run ((const char *[]) { "pdfinfo", path, NULL });
  g_autofree char *text = NULL;
  const char *pages;

  if (info == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  /* The sample company does not read on one A4 page: tiles, each with its
   * place in the whole. */
  pages = strstr (info, "Pages:");
  g_assert_nonnull (pages);
  g_assert_cmpint (atoi (pages + 6), >, 1);
  g_assert_nonnull (strstr (info, "841.89 x 595.28 pts (A4)"));
  text = run ((const char *[]) { "pdftotext", "-f", "1", "-l", "1", path, "-", NULL });
  g_assert_nonnull (strstr (text, "row 1, column 1"));

  /* On A0, fewer tiles */
  {
    g_autofree char *poster = NULL, *poster_info = NULL;
    const char *poster_pages;

    options.page = LDS_EXPORT_PAGE_A0;
    poster = export (f, "pdf", &options, "poster.pdf");
    poster_info = run ((const char *[]) { "pdfinfo", poster, NULL });
    poster_pages = strstr (poster_info, "Pages:");
    g_assert_cmpint (atoi (poster_pages + 6), <, atoi (pages + 6));
    g_assert_nonnull (strstr (poster_info, "3370.39 x 2383.94 pts (A0)"));
  }

  /* One small unit (with the parents above it) reads well scaled onto one
   * A2 page. */
  {
    g_autoptr(LdsUnit) finance = lds_store_find_unit_by_path (f->store, "Finance", NULL);
    g_autofree char *one = NULL, *one_info = NULL;

    g_assert_nonnull (finance);
    options.page = LDS_EXPORT_PAGE_A2;
    options.unit_id = finance->id;
    one = export (f, "pdf", &options, "finance.pdf");
    one_info = run ((const char *[]) { "pdfinfo", one, NULL });
    g_assert_nonnull (strstr (one_info, "Pages:           1\n"));
  }
}

typedef struct
{
  guint  elements;
  guint  texts;
  gboolean in_text;
  GString *text;
  char  *root;
} SvgScan;

static void
svg_start (GMarkupParseContext  *context,
           const char           *element,
           const char          **names,
           const char          **values,
           gpointer              user_data,
           GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->elements++ == 0)
    scan->root = g_strdup (element);
  if (g_str_equal (element, "text"))
    {
      scan->texts++;
      scan->in_text = TRUE;
    }
}

static void
svg_end (GMarkupParseContext  *context,
         const char           *element,
         gpointer              user_data,
         GError              **error)
{
  SvgScan *scan = user_data;

  if (g_str_equal (element, "text"))
    scan->in_text = FALSE;
}

static void
svg_text (GMarkupParseContext  *context,
          const char           *text,
          gsize                 length,
          gpointer              user_data,
          GError              **error)
{
  SvgScan *scan = user_data;

  if (scan->in_text)
    g_string_append_len (scan->text, text, length);
}

static void
test_export_svg (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = export (f, "svg", NULL, "map.svg");
  g_autoptr(GBytes) bytes = lds_test_read_bytes (path);
  GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  SvgScan scan = { 0 };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *flat_text = NULL, *flat_title = NULL, *lint = NULL;
  gsize length;
  const char *contents = g_bytes_get_data (bytes, &length);

  /* Well-formed XML, an <svg> document */
  scan.text = g_string_new (NULL);
  context = g_markup_parse_context_new (&parser, 0, &scan, NULL);
  g_assert_true (g_markup_parse_context_parse (context, contents, length, &error) &&
                 g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (scan.root, ==, "svg");

  /* with the map's words as text, not outlines */
  g_assert_cmpuint (scan.texts, >, 100);
  flat_text = flatten (scan.text->str);
  flat_title = flatten (f->top_title);
  g_assert_nonnull (strstr (flat_text, flat_title));
  g_string_free (scan.text, TRUE);
  g_free (scan.root);

  /* and valid to xmllint, when it is installed (it fails the test if not) */
  lint = run ((const char *[]) { "xmllint", "--noout", path, NULL });
}

static void
test_export_png (Fixture       *f,
                 gconstpointer  data)
{
  LdsExportOptions options = { .scale = 2.0 };
  g_autofree char *path = export (f, "png", &options, "map.png");
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (f->store, &options, NULL);
  cairo_surface_t *image = cairo_image_surface_create_from_png (path);
  LdsMapPaper paper;

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  lds_map_paper_plan (layout, 0, 0, FALSE, &paper);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, (int) ceil (paper.page_width * 2));
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, (int) ceil (paper.page_height * 2));
  cairo_surface_destroy (image);
}

/* A copy of the model, laid out and drawn in another thread with fonts of
 * its own (as the window exports), gives the very same picture; changes to
 * the original after the copy do not reach it. */
typedef struct
{
  LdsMapModel         *copy;
  LdsMapLayoutOptions  options;
  const char          *path;
} ThreadExport;

static gpointer
export_copy_thread (gpointer data)
{
  ThreadExport *job = data;
  g_autoptr(GError) error = NULL;
  LdsExportOptions options = { .scale = 1.5 };
  LdsMapLayout *layout = lds_map_layout_new (job->copy, &job->options);
  gboolean ok = lds_export_map_write (layout, "png", &options, job->path, &error);

  g_assert_no_error (error);
  g_object_unref (layout);
  g_clear_object (&job->copy);
  return GINT_TO_POINTER (ok);
}

static void
test_export_copy_in_thread (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (f->store, &(LdsExportOptions) { 0 }, &error);
  LdsMapModel *model = lds_map_layout_get_model (layout);
  LdsExportOptions options = { .scale = 1.5 };
  g_autofree char *here = g_build_filename (f->dir, "here.png", NULL);
  g_autofree char *there = g_build_filename (f->dir, "there.png", NULL);
  g_autoptr(GBytes) here_bytes = NULL, there_bytes = NULL;
  ThreadExport job = { 0 };
  GThread *thread;
  guint n = lds_map_model_get_n_nodes (model);

  g_assert_true (lds_export_map_write (layout, "png", &options, here, &error));
  g_assert_no_error (error);

  job.copy = lds_map_model_copy (model, NULL);
  job.options = *lds_map_layout_get_options (layout);
  job.path = there;
  g_assert_cmpuint (lds_map_model_get_n_nodes (job.copy), ==, n);
  for (guint v = 0; v < n; v++)
    {
      const LdsMapNode *a = lds_map_model_get_node (model, v);
      const LdsMapNode *b = lds_map_model_get_node (job.copy, v);

      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_true (a->title != b->title);
      g_assert_cmpstr (a->owner_name, ==, b->owner_name);
      g_assert_cmpuint (a->n_krs, ==, b->n_krs);
      for (guint i = 0; i < a->n_krs; i++)
        g_assert_cmpstr (lds_map_model_get_key_result (model, v, i)->title, ==,
                         lds_map_model_get_key_result (job.copy, v, i)->title);
      g_assert_cmpuint (lds_map_model_find (job.copy, a->id), ==, v);
    }
  /* The original changes; the copy does not. */
  lds_map_model_set_badge (model, 0, 3);
  g_assert_cmpuint (lds_map_model_get_node (job.copy, 0)->badge, ==, 0);

  thread = g_thread_new ("export", export_copy_thread, &job);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  g_assert_null (job.copy);

  here_bytes = lds_test_read_bytes (here);
  there_bytes = lds_test_read_bytes (there);
  g_assert_cmpuint (g_bytes_get_size (there_bytes), >, 1000);
  g_assert_true (g_bytes_equal (here_bytes, there_bytes));
}

static void
test_export_dot (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = export (f, "dot", NULL, "map.dot");
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (f->store, &(LdsExportOptions) { 0 }, NULL);
  g_autofree char *counts = run ((const char *[]) { "gc", "-n", "-e", path, NULL });
  guint n_edges;

  if (counts == NULL)
    {
      g_test_skip ("Graphviz is not installed");
      return;
    }
  lds_map_layout_get_edges (layout, &n_edges);
  /* gc: "  nodes  edges name (file)" */
  g_assert_cmpint (atoi (counts), ==, lds_map_layout_get_n_visible (layout));
  g_assert_cmpint (atoi (strchr (g_strchug (counts), ' ')), ==, n_edges);
}

/* Cancelled once the file is being drawn (here, as the first page is done,
 * or the picture drawn): a new file is not made, a file that was there
 * stays as it was, and nothing else is left in the folder. */
static void
cancel_on_progress (double   done,
                    gpointer data)
{
  g_cancellable_cancel (data);
}

static void
test_export_cancelled (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (f->store, &(LdsExportOptions) { 0 }, &error);
  g_autofree char *fresh = g_build_filename (f->dir, "fresh.pdf", NULL);
  g_autofree char *kept = g_build_filename (f->dir, "kept.pdf", NULL);
  const char *formats[] = { "pdf", "svg", "png" };
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GDir) dir = NULL;

  g_assert_true (g_file_set_contents (kept, "what was there", -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      LdsExportOptions options = { .cancellable = cancellable, .progress = cancel_on_progress,
                                   .progress_data = cancellable };

      g_assert_false (lds_export_map_write (layout, formats[i], &options, fresh, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

      g_cancellable_reset (cancellable);
      g_assert_false (lds_export_map_write (layout, formats[i], &options, kept, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      after = lds_test_read_bytes (kept);
      g_assert_cmpmem (g_bytes_get_data (after, NULL), g_bytes_get_size (after), "what was there", 14);
      g_clear_pointer (&after, g_bytes_unref);
    }
  dir = g_dir_open (f->dir, 0, &error);
  g_assert_no_error (error);
  for (const char *name; (name = g_dir_read_name (dir)) != NULL;)
    g_assert_cmpstr (name, ==, "kept.pdf");

  /* Written in full, a new file appears under its name, and only then. */
  g_assert_true (lds_export_map_write (layout, "pdf", &(LdsExportOptions) { 0 }, fresh, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_REGULAR));
}

static void
test_export_refused (Fixture       *f,
                     gconstpointer  data)
{
  LdsExportOptions huge = { .scale = 16.0 };
  g_autofree char *path = g_build_filename (f->dir, "kept.png", NULL);
  g_autofree char *nowhere = g_build_filename (f->dir, "no", "such", "folder", "map.pdf", NULL);
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autoptr(GError) error = NULL;

  /* Too large a picture: refused, saying why, and the file stays. */
  g_assert_true (g_file_set_contents (path, "what was there", -1, NULL));
  before = lds_test_read_bytes (path);
  g_assert_false (lds_export (f->store, "png", &huge, path, &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "pixels"));
  after = lds_test_read_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);

  /* Nowhere to write: the message names the file. */
  g_assert_false (lds_export (f->store, "pdf", &(LdsExportOptions) { 0 }, nowhere, &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, "map.pdf"));
  g_clear_error (&error);

  /* An unknown format */
  g_assert_false (lds_export (f->store, "bmp", &(LdsExportOptions) { 0 }, path, &error));
  g_assert_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_UNKNOWN_FORMAT);
}

static void
test_export_formats (void)
{
  static const char * const names[] = { "pdf", "svg", "png", "dot" };
  static const gboolean pages[] = { TRUE, TRUE, FALSE, FALSE };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const LdsExportFormat *format = lds_export_find_format (names[i]);

      g_assert_nonnull (format);
      g_assert_cmpint (format->uses_page, ==, pages[i]);
      g_assert_cmpstr (format->extension, ==, names[i]);
    }
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

#define ADD(path, func, language) \
  g_test_add (path, Fixture, language, fixture_setup, func, fixture_teardown)
  ADD ("/map/export/pdf", test_export_pdf, "en");
  ADD ("/map/export/pdf/chinese", test_export_pdf, "zh_CN");
  ADD ("/map/export/pdf/pages", test_export_pdf_pages, "en");
  ADD ("/map/export/pdf/ink", test_export_pdf_ink, "en");
  ADD ("/map/export/svg", test_export_svg, "en");
  ADD ("/map/export/svg/chinese", test_export_svg, "zh_CN");
  ADD ("/map/export/png", test_export_png, "en");
  ADD ("/map/export/copy-in-thread", test_export_copy_in_thread, "en");
  ADD ("/map/export/copy-in-thread/chinese", test_export_copy_in_thread, "zh_CN");
  ADD ("/map/export/dot", test_export_dot, "zh_CN");
  ADD ("/map/export/refused", test_export_refused, "en");
  ADD ("/map/export/cancelled", test_export_cancelled, "en");
#undef ADD
  g_test_add_func ("/map/export/formats", test_export_formats);

  return g_test_run ();
}
