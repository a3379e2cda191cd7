/* lds-map-page-private.h: what the map page's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * lds-map-page.c: the page, its context and toolbar; lds-map-page-export.c:
 * exporting and printing.
 */

#pragma once

#include "lds-coach-model.h"
#include "lds-date-control.h"
#include "lds-empty-state.h"
#include "lds-map-page.h"

G_BEGIN_DECLS

typedef struct _LdsMapPageExport LdsMapPageExport;   /* lds-map-page-export.c */

struct _LdsMapPage
{
  GtkWidget        parent_instance;

  LdsContext      *context;
  LdsMapText      *text;
  gboolean         dirty;          /* the model must be rebuilt when next shown */
  gboolean         shown;          /* it has been shown once */
  GVariant        *pending_state;  /* restored while hidden: applied when shown */
  gboolean         syncing;
  gboolean         show_drafts;
  gboolean         show_cancelled;
  gboolean         show_context;
  GtkNativeDialog *chooser;
  guint            zoom_idle;
  LdsCoachModel   *coach;
  LdsMapPageExport *export;       /* the export running in another thread, or NULL */

  /* Template widgets */
  LdsDateControl  *date_control;
  LdsEmptyState   *empty_state;
  GtkRevealer     *export_bar;
  GtkMenuButton   *export_button;
  GtkLabel        *export_label;
  GtkProgressBar  *export_progress;
  GtkLabel        *match_label;
  GtkSearchEntry  *search_entry;
  GtkMenuButton   *show_button;
  LdsMapView      *view;
  GtkButton       *zoom_button;
};

/* lds-map-page.c */
void      _lds_map_page_update_actions    (LdsMapPage     *self);

/* lds-map-page-export.c */
void      _lds_map_page_class_init_export (GtkWidgetClass *widget_class);
void      _lds_map_page_export_to         (LdsMapPage     *self,
                                           const char     *path,
                                           const char     *format,
                                           int             page,
                                           gboolean        landscape,
                                           double          scale);
void      _lds_map_page_dispose_export    (LdsMapPage     *self);

G_END_DECLS
