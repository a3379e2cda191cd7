/* test-report.c: the cycle report and the paged-document writer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "lds-demo.h"
#include "lds-paged-doc.h"
#include "lds-report.h"
#include "lds-store-lookup.h"
#include "lds-test-utils.h"

static LdsStore *
sample (const char *language)
{
  g_autoptr(GError) error = NULL;
  LdsStore *store = lds_test_new_store ();

  g_assert_true (lds_demo_write_sample (store, language, LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  return store;
}

static guint
count (const char *haystack,
       const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

static void
test_markdown (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *md = NULL;
  g_autofree char *summary = NULL;
  LdsExportOptions options = { 0 };
  guint in_cycle = 0;

  cycle = lds_store_current_cycle (store, &error);
  objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE, "cycle_id", cycle->id, NULL);
  in_cycle = objectives->len;

  md = lds_report_to_markdown (store, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (md, "# OKR report: 2026 Q4\n"));
  /* Dates as people read them (LODESTAR_NOW is 2026-11-22) */
  g_assert_nonnull (strstr (md, "1 Oct 2026 to 31 Dec 2026"));
  g_assert_nonnull (strstr (md, "made on 22 Nov 2026"));
  /* Every objective of the cycle has its heading, and the summary counts them. */
  g_assert_cmpuint (count (md, "\n#### "), ==, in_cycle);
  summary = g_strdup_printf ("- %u objectives with", in_cycle);
  g_assert_nonnull (strstr (md, summary));
  g_assert_nonnull (strstr (md, "## Coach findings"));
  g_assert_nonnull (strstr (md, "Aligns to the key result"));
  g_assert_nonnull (strstr (md, "| Key result | Progress | Score | Owner |"));
}

/* The report lists the coach's findings for its cycle: the sample company's
 * deliberate problems, with characters that Markdown and HTML must escape. */
static void
test_findings_section (void)
{
  g_autoptr(LdsStore) store = sample ("en");
  g_autoptr(GError) error = NULL;
  g_autofree char *md = NULL, *html = NULL;
  g_autoptr(LdsCycle) cycle = lds_store_current_cycle (store, NULL);
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(GPtrArray) objectives = NULL;
  LdsExportOptions options = { 0 };

  /* Give the objective with a number in its title markup characters. */
  objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
  for (guint i = 0; i < objectives->len && o == NULL; i++)
    if (g_str_has_prefix (((LdsObjective *) objectives->pdata[i])->title, "Reach €1M"))
      o = lds_objective_copy (objectives->pdata[i]);
  g_assert_nonnull (o);
  lds_set_text (&o->title, "Reach <€1M> & more");
  g_assert_true (lds_store_update (store, LDS_RECORD_OBJECTIVE, o, NULL));

  options.cycle_id = cycle->id;
  md = lds_report_to_markdown (store, &options, &error);
  g_assert_no_error (error);
  html = lds_report_to_html (store, &options, &error);
  g_assert_no_error (error);

  g_assert_nonnull (strstr (md, "## Coach findings"));
  g_assert_nonnull (strstr (md, "“Reach \\<€1M\\> & more”"));
  g_assert_nonnull (strstr (html, "“Reach &lt;€1M&gt; &amp; more”"));
  /* A warning about the deliberate task-worded key result is there too. */
  g_assert_nonnull (strstr (md, "Launch the new onboarding flow"));
  g_assert_null (strstr (md, "not available"));
}

static void
test_html_and_chinese (void)
{
  g_autoptr(LdsStore) store = sample ("zh_CN");
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsUnit) product = NULL;
  g_autofree char *html = NULL, *part = NULL;
  LdsExportOptions options = { 0 };

  html = lds_report_to_html (store, &options, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "<meta charset=\"utf-8\">"));
  g_assert_nonnull (strstr (html, "<h3>青禾科技</h3>"));
  g_assert_cmpuint (count (html, "<section class=\"objective\">"), ==,
                    count (html, "</section>"));

  /* A unit's report holds that unit and those below it, nothing else. */
  product = lds_store_find_unit_by_path (store, "青禾科技/产品部", &error);
  g_assert_no_error (error);
  options.unit_id = product->id;
  part = lds_report_to_html (store, &options, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (part, "<h3>青禾科技</h3>"));
  g_assert_nonnull (strstr (part, "<h3>青禾科技/产品部</h3>"));
  g_assert_null (strstr (part, "<h3>青禾科技/销售部"));
}

static void
test_pdf (void)
{
  g_autoptr(LdsStore) store = sample ("zh_CN");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(LdsPagedDoc) doc = NULL;
  LdsExportOptions options = { 0 };
  guint pages;

  g_assert_true (lds_export_report_pdf (store, &options, path, &error));
  g_assert_no_error (error);
  bytes = lds_test_read_bytes (path);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);

  /* Larger paper, fewer pages. */
  doc = lds_report_to_paged_doc (store, &options, LDS_PAGED_A4_WIDTH, LDS_PAGED_A4_HEIGHT, &error);
  pages = lds_paged_doc_paginate (doc);
  g_clear_pointer (&doc, lds_paged_doc_free);
  doc = lds_report_to_paged_doc (store, &options, LDS_PAGED_A4_HEIGHT, LDS_PAGED_A4_WIDTH * 2, &error);
  g_assert_cmpuint (lds_paged_doc_paginate (doc), <, pages);
  g_assert_cmpuint (pages, >, 1);
  lds_test_remove_dir (dir);
}

/* A paragraph longer than a page runs on, line by line, and nothing is lost. */
static void
test_paged_doc_splits (void)
{
  g_autoptr(LdsPagedDoc) doc = lds_paged_doc_new (300, 300, "Test");
  g_autoptr(GString) text = g_string_new (NULL);
  cairo_surface_t *surface;
  cairo_t *cr;
  guint pages;

  for (int i = 0; i < 120; i++)
    g_string_append_printf (text, "Line %d of a long paragraph, 长段落的第%d行. ", i, i);
  lds_paged_doc_add_heading (doc, 1, "Heading");
  lds_paged_doc_add_paragraph (doc, text->str, LDS_PAGED_TEXT_NORMAL, 0);
  lds_paged_doc_add_heading (doc, 2, "Kept with what follows");
  lds_paged_doc_add_paragraph (doc, "Short.", LDS_PAGED_TEXT_NORMAL, 0);
  pages = lds_paged_doc_paginate (doc);
  g_assert_cmpuint (pages, >, 3);
  g_assert_cmpuint (lds_paged_doc_paginate (doc), ==, pages);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 300);
  cr = cairo_create (surface);
  for (guint i = 0; i < pages + 1; i++)
    lds_paged_doc_render_page (doc, cr, i);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
test_no_cycle (void)
{
  g_autoptr(LdsStore) store = lds_test_new_store ();
  g_autoptr(GError) error = NULL;
  g_autofree char *md = NULL;
  LdsExportOptions options = { 0 };

  md = lds_report_to_markdown (store, &options, &error);
  g_assert_null (md);
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_NO_RECORD);
}

int
main (int    argc,
      char **argv)
{
  lds_test_init (&argc, &argv);

  g_test_add_func ("/report/markdown", test_markdown);
  g_test_add_func ("/report/findings", test_findings_section);
  g_test_add_func ("/report/html-chinese", test_html_and_chinese);
  g_test_add_func ("/report/pdf", test_pdf);
  g_test_add_func ("/report/no-cycle", test_no_cycle);
  g_test_add_func ("/paged-doc/splits", test_paged_doc_splits);

  return g_test_run ();
}
