/* lds-page.h: a view that shows lists built from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Most views (check-ins, the mid-cycle review, changes, KPIs) hold the
 * window's context, build their content from the store, and must build it
 * again when the records they show change, or when the context moves to
 * another owner, cycle or day. LdsPage does that once for all of them: a
 * subclass names what it watches in its class and implements ::refresh,
 * which runs at once while the page is on screen and, while it is hidden,
 * when it is next shown. It implements LdsView (the "context" property);
 * a subclass may implement LdsView again for its own state.
 *
 * A page is a column: a header (title, subtitle, and the page's own
 * controls at its end), then what the subclass appends, usually a list in
 * a scroller that takes the height left.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"
#include "lds-view.h"

G_BEGIN_DECLS

/* What in the context a page follows */
typedef enum
{
  LDS_PAGE_FOLLOWS_OWNER = 1 << 0,
  LDS_PAGE_FOLLOWS_CYCLE = 1 << 1,
  LDS_PAGE_FOLLOWS_DAY   = 1 << 2,
} LdsPageFollows;

#define LDS_TYPE_PAGE (lds_page_get_type ())
G_DECLARE_DERIVABLE_TYPE (LdsPage, lds_page, LDS, PAGE, GtkWidget)

struct _LdsPageClass
{
  GtkWidgetClass parent_class;

  guint          watched_types;     /* a bit (1 << LdsRecordType) per record type shown */
  gboolean       watches_settings;  /* the file's settings change what is shown */
  LdsPageFollows follows;

  void (*refresh) (LdsPage *self);

  gpointer padding[4];
};

LdsContext *lds_page_get_context    (LdsPage    *self);
LdsStore   *lds_page_get_store      (LdsPage    *self);
GtkWindow  *lds_page_get_window     (LdsPage    *self);
void        lds_page_append         (LdsPage    *self,
                                     GtkWidget  *child);
GtkWidget  *lds_page_add_header     (LdsPage    *self,
                                     GtkWidget **title,
                                     GtkWidget **subtitle);
GtkWidget  *lds_page_add_scroller   (LdsPage    *self);
void        lds_page_add_tracking_list (LdsPage *self);
void        lds_page_set_tracking_items (LdsPage *self,
                                     GPtrArray  *items,
                                     const char *heading);
GListModel *lds_page_get_tracking_items (LdsPage *self);
double      lds_page_get_scroll     (LdsPage    *self);
void        lds_page_restore_scroll (LdsPage    *self,
                                     double      scroll);
char       *lds_page_dup_owner_name (LdsPage    *self);
void        lds_page_add_date_control (LdsPage  *self,
                                     GtkWidget  *header);
void        lds_page_queue_refresh  (LdsPage    *self);
void        lds_page_refresh_if_stale (LdsPage  *self);

G_END_DECLS
