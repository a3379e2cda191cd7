/* lds-export.h: every way an organisation leaves Lodestar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One table of formats, used by `lodestar export` and by the window's
 * Export dialog alike. A format is a function that writes (part of) an
 * organisation to a file. To add a format, write its function in its own
 * io/ file and add a row to the table in lds-export.c.
 */

#pragma once

#include <gio/gio.h>

#include "lds-store.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_EXPORT_PAGE_NONE,       /* one picture, as large as the content */
  LDS_EXPORT_PAGE_A4,
  LDS_EXPORT_PAGE_A3,
  LDS_EXPORT_PAGE_A2,
  LDS_EXPORT_PAGE_A1,
  LDS_EXPORT_PAGE_A0,
} LdsExportPage;

typedef struct
{
  LdsId          cycle_id;    /* 0: the format's default (the current cycle, or all) */
  LdsId          unit_id;     /* 0: the whole organisation; else this unit and below */
  LdsExportPage  page;
  gboolean       landscape;
  double         scale;       /* pixels per point for raster formats; 0: 1.0 */
  gint64         at;          /* the organisation as it stood then; 0: now */
  /* Maps only, for exports that run in another thread (nullable): */
  GCancellable  *cancellable; /* cancelled, drawing stops at the next page and the file is left as it was */
  void         (*progress)    (double    done,   /* 0..1, called in the exporting thread */
                               gpointer  data);
  gpointer       progress_data;
} LdsExportOptions;

typedef gboolean (*LdsExportFunc) (LdsStore                *store,
                                   const LdsExportOptions  *options,
                                   const char              *path,
                                   GError                 **error);

typedef struct
{
  const char    *name;         /* "pdf", "json", … as --format takes it */
  const char    *extension;    /* without the dot */
  const char    *description;  /* translated with _() where shown */
  gboolean       uses_page;    /* whether --page means something */
  LdsExportFunc  write;
} LdsExportFormat;

#define LDS_EXPORT_ERROR (lds_export_error_quark ())

typedef enum
{
  LDS_EXPORT_ERROR_UNKNOWN_FORMAT,
  LDS_EXPORT_ERROR_INVALID,
  LDS_EXPORT_ERROR_WRITE,
} LdsExportError;

GQuark                 lds_export_error_quark (void);
const LdsExportFormat *lds_export_get_formats (guint                   *n_formats);
const LdsExportFormat *lds_export_find_format (const char              *name);
gboolean               lds_export_page_from_name (const char           *name,
                                                  LdsExportPage        *page);
gboolean               lds_export             (LdsStore                *store,
                                               const char              *format,
                                               const LdsExportOptions  *options,
                                               const char              *path,
                                               GError                 **error);

G_END_DECLS
