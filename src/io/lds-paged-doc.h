/* lds-paged-doc.h: text laid out on pages, for PDF files and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A small document writer for reports: headings, paragraphs, table rows
 * and score bars are added in order; lds_paged_doc_paginate() lays them out
 * with Pango on pages of a given size (splitting long paragraphs between
 * lines, keeping a heading with what follows it); then any page can be
 * drawn on any cairo context, a PDF surface's or a printer's. Every page
 * carries the document's title and its number. Text is Pango markup, so
 * escape what comes from people (g_markup_escape_text()).
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _LdsPagedDoc LdsPagedDoc;

typedef enum
{
  LDS_PAGED_TEXT_NORMAL = 0,
  LDS_PAGED_TEXT_SMALL  = 1 << 0,
  LDS_PAGED_TEXT_DIM    = 1 << 1,
  LDS_PAGED_TEXT_BOLD   = 1 << 2,
  LDS_PAGED_KEEP_WITH_NEXT = 1 << 3,   /* on the same page as what follows, as headings are */
} LdsPagedTextFlags;

/* A4 in points. */
#define LDS_PAGED_A4_WIDTH  595.276
#define LDS_PAGED_A4_HEIGHT 841.89

LdsPagedDoc *lds_paged_doc_new            (double              page_width,
                                           double              page_height,
                                           const char         *title);
void         lds_paged_doc_free           (LdsPagedDoc        *doc);

void         lds_paged_doc_add_heading    (LdsPagedDoc        *doc,
                                           int                 level,
                                           const char         *markup);
void         lds_paged_doc_add_paragraph  (LdsPagedDoc        *doc,
                                           const char         *markup,
                                           LdsPagedTextFlags   flags,
                                           double              indent);
void         lds_paged_doc_add_row        (LdsPagedDoc        *doc,
                                           const char * const *cells,
                                           const double       *widths,
                                           guint               n_cells,
                                           LdsPagedTextFlags   flags);
void         lds_paged_doc_add_bar        (LdsPagedDoc        *doc,
                                           double              fraction,
                                           const double        rgb[3],
                                           const char         *markup);
void         lds_paged_doc_add_space      (LdsPagedDoc        *doc,
                                           double              points);

guint        lds_paged_doc_paginate       (LdsPagedDoc        *doc);
void         lds_paged_doc_render_page    (LdsPagedDoc        *doc,
                                           cairo_t            *cr,
                                           guint               page);
gboolean     lds_paged_doc_write_pdf      (LdsPagedDoc        *doc,
                                           const char         *path,
                                           GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsPagedDoc, lds_paged_doc_free)

G_END_DECLS
