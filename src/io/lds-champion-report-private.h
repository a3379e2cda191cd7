/* lds-champion-report-private.h: the report as a list of blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The content is built once, as blocks (a title, headings, paragraphs,
 * tables, findings), and then written as Markdown or laid out on PDF
 * pages by the shared paged document writer, so that both say the same.
 */

#pragma once

#include "lds-coach.h"
#include "lds-file-settings.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_REPORT_TITLE,
  LDS_REPORT_SUBTITLE,
  LDS_REPORT_HEADING,       /* a section */
  LDS_REPORT_OWNER,         /* a unit or person, within a section */
  LDS_REPORT_OBJECTIVE,     /* an objective, with its score */
  LDS_REPORT_PARAGRAPH,
  LDS_REPORT_FACTS,         /* label: value pairs */
  LDS_REPORT_TABLE,         /* a header row, then rows */
  LDS_REPORT_FINDING,       /* a coach finding: a line and its advice */
} LdsReportKind;

#define LDS_REPORT_MAX_COLUMNS 6

typedef struct
{
  LdsReportKind     kind;
  char             *text;
  char             *detail;        /* FINDING: the advice */
  LdsCoachSeverity  severity;      /* FINDING */
  double            score;         /* OBJECTIVE: NAN for none */
  guint             n_columns;     /* TABLE, FACTS */
  double            widths[LDS_REPORT_MAX_COLUMNS];   /* TABLE: shares of the width */
  GPtrArray        *rows;          /* TABLE, FACTS: GStrv; TABLE's first is the header */
  int               score_column;  /* TABLE: the column holding scores, or -1 */
  GArray           *scores;        /* TABLE: the score of each row but the header */
} LdsReportBlock;

typedef struct
{
  char            *title;          /* for the PDF's metadata and footer */
  GPtrArray       *blocks;
  LdsFileSettings  settings;
} LdsReport;

void      _lds_report_free      (LdsReport   *report);
gboolean  _lds_report_write_pdf (LdsReport   *report,
                                 const char  *path,
                                 GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdsReport, _lds_report_free)

G_END_DECLS
