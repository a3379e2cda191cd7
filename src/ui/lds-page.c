/* lds-page.c: a view that shows lists built from the store
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * See lds-page.h. A page is stale from its creation until it is first
 * shown; a change while it is hidden only marks it stale, so that a window
 * with many pages rebuilds only the one the person looks at.
 */

#define G_LOG_DOMAIN "lds-page"

#include "config.h"

#include "lds-date-control.h"
#include "lds-dialogs.h"
#include "lds-page.h"
#include "lds-tracking-list.h"

typedef struct
{
  LdsContext *context;
  GtkWidget  *child;
  GtkWidget  *date_control;   /* the day shown, when the page has one */
  GtkWidget  *scroller;       /* lds_page_add_scroller()'s, when the page has one */
  GtkWidget  *heading;        /* above the tracking list, when the page has one */
  GListStore *items;          /* the tracking list's (LdsTrackingItem) */
  gboolean    stale;
} LdsPagePrivate;

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static void lds_page_view_init (LdsViewInterface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (LdsPage, lds_page, GTK_TYPE_WIDGET,
                                  G_ADD_PRIVATE (LdsPage)
                                  G_IMPLEMENT_INTERFACE (LDS_TYPE_VIEW, lds_page_view_init))

static void
lds_page_view_init (LdsViewInterface *iface)
{
}

static void
refresh (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  priv->stale = FALSE;
  LDS_PAGE_GET_CLASS (self)->refresh (self);
}

/**
 * lds_page_queue_refresh:
 *
 * Builds the page again now if it is on screen, else when it is next shown.
 */
void
lds_page_queue_refresh (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    priv->stale = TRUE;
}

/**
 * lds_page_refresh_if_stale:
 *
 * Builds the page now if something changed since it was last built (a view
 * restoring its state needs its content first).
 */
void
lds_page_refresh_if_stale (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));

  if (priv->stale)
    refresh (self);
}

static void
store_changed_cb (LdsPage    *self,
                  LdsChanges *changes)
{
  LdsPageClass *klass = LDS_PAGE_GET_CLASS (self);

  if (changes->everything || (changes->settings && klass->watches_settings) ||
      (changes->types & klass->watched_types) != 0)
    lds_page_queue_refresh (self);
}

LdsContext *
lds_page_get_context (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);

  return priv->context;
}

LdsStore *
lds_page_get_store (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);

  return lds_context_get_store (priv->context);
}

/**
 * lds_page_dup_owner_name:
 *
 * Returns: (transfer full) (nullable): the name of the unit or person the
 *   context has chosen; %NULL when none is chosen or it is gone
 */
char *
lds_page_dup_owner_name (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);
  LdsRecordType type;
  LdsId id;
  gpointer record;
  char *name;

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);

  type = lds_context_get_owner_type (priv->context);
  id = lds_context_get_owner_id (priv->context);
  record = id != 0 ? lds_store_get (lds_context_get_store (priv->context), type, id, NULL) : NULL;
  if (record == NULL)
    return NULL;
  name = g_strdup (type == LDS_RECORD_UNIT ? ((LdsUnit *) record)->name
                                           : ((LdsPerson *) record)->name);
  lds_record_free (type, record);
  return name;
}

/* The window the page is in, for dialogs; NULL before it is in one */
GtkWindow *
lds_page_get_window (LdsPage *self)
{
  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);

  return lds_widget_get_window (GTK_WIDGET (self));
}

/* Adds @child below what the page shows so far. */
void
lds_page_append (LdsPage   *self,
                 GtkWidget *child)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));

  gtk_box_append (GTK_BOX (priv->child), child);
}

/**
 * lds_page_add_header:
 * @title: (out): the page's title, a label
 * @subtitle: (out): the line under it, a label
 *
 * Adds the page's header: the title and subtitle on the left, taking the
 * width; the caller appends its controls to the returned row, on the right.
 *
 * Returns: (transfer none): the header row
 */
GtkWidget *
lds_page_add_header (LdsPage    *self,
                     GtkWidget **title,
                     GtkWidget **subtitle)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* As the objectives and the coach are headed: switching views, the
   * title stays where it is */
  GtkWidget *titles = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);

  gtk_widget_add_css_class (header, "lds-view-header");
  *title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (*title), 0);
  gtk_label_set_wrap (GTK_LABEL (*title), TRUE);
  gtk_widget_add_css_class (*title, "title-1");
  *subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (*subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (*subtitle), TRUE);
  gtk_widget_add_css_class (*subtitle, "dim-label");
  gtk_box_append (GTK_BOX (titles), *title);
  gtk_box_append (GTK_BOX (titles), *subtitle);
  gtk_widget_set_hexpand (titles, TRUE);
  gtk_box_append (GTK_BOX (header), titles);
  lds_page_append (self, header);
  return header;
}

/**
 * lds_page_add_scroller:
 *
 * Adds a scroller that takes the height left and scrolls vertically only.
 *
 * Returns: (transfer none): the scroller, for the caller's content
 */
GtkWidget *
lds_page_add_scroller (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);
  GtkWidget *scroller = gtk_scrolled_window_new ();

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);
  g_return_val_if_fail (priv->scroller == NULL, NULL);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  lds_page_append (self, scroller);
  priv->scroller = scroller;
  return scroller;
}

/**
 * lds_page_add_tracking_list:
 *
 * Appends a heading and, in the page's scroller, a list of tracking items
 * (lds-tracking-list.h) that follows the page's context; the page fills
 * them with lds_page_set_tracking_items(). Call it once the context is set
 * (from constructed), after the rest of the page.
 */
void
lds_page_add_tracking_list (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);
  GtkWidget *scroller;

  g_return_if_fail (LDS_IS_PAGE (self));
  g_return_if_fail (priv->context != NULL);
  g_return_if_fail (priv->items == NULL);

  priv->items = g_list_store_new (LDS_TYPE_TRACKING_ITEM);
  priv->heading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (priv->heading), 0);
  gtk_label_set_wrap (GTK_LABEL (priv->heading), TRUE);
  gtk_widget_add_css_class (priv->heading, "heading");
  gtk_widget_add_css_class (priv->heading, "lds-tracking-caption");
  lds_page_append (self, priv->heading);

  scroller = lds_page_add_scroller (self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller),
                                 lds_tracking_list_new (priv->context, G_LIST_MODEL (priv->items)));
}

/**
 * lds_page_set_tracking_items:
 * @items: (element-type LdsTrackingItem): the rows, in order
 * @heading: what the heading says about them
 *
 * Lists @items under @heading; an empty list takes no room.
 */
void
lds_page_set_tracking_items (LdsPage    *self,
                             GPtrArray  *items,
                             const char *heading)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));
  g_return_if_fail (priv->items != NULL);

  g_list_store_splice (priv->items, 0, g_list_model_get_n_items (G_LIST_MODEL (priv->items)),
                       items->pdata, items->len);
  gtk_label_set_label (GTK_LABEL (priv->heading), heading);
  gtk_widget_set_visible (priv->scroller, items->len > 0);
}

/**
 * lds_page_get_tracking_items:
 *
 * Returns: (transfer none): the rows listed (LdsTrackingItem)
 */
GListModel *
lds_page_get_tracking_items (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_val_if_fail (LDS_IS_PAGE (self), NULL);
  g_return_val_if_fail (priv->items != NULL, NULL);

  return G_LIST_MODEL (priv->items);
}

/**
 * lds_page_get_scroll:
 *
 * Returns: how far the page's scroller is scrolled, for a view's saved state
 */
double
lds_page_get_scroll (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_val_if_fail (LDS_IS_PAGE (self), 0);
  g_return_val_if_fail (priv->scroller != NULL, 0);

  return gtk_adjustment_get_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (priv->scroller)));
}

/**
 * lds_page_restore_scroll:
 * @scroll: from lds_page_get_scroll()
 *
 * Builds the page first if it is stale, so that there is something to
 * scroll, then scrolls it back to where it was.
 */
void
lds_page_restore_scroll (LdsPage *self,
                         double   scroll)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));
  g_return_if_fail (priv->scroller != NULL);

  lds_page_refresh_if_stale (self);
  gtk_adjustment_set_value (
    gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (priv->scroller)), scroll);
}

/**
 * lds_page_add_date_control:
 * @header: the row lds_page_add_header() gave
 *
 * Adds the control of the day the page shows (today or a past one) at the
 * end of @header; it follows the page's context, with its shortcuts
 * (Alt+Left, Alt+Right, Alt+Home) on the page.
 */
void
lds_page_add_date_control (LdsPage   *self,
                           GtkWidget *header)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_return_if_fail (LDS_IS_PAGE (self));
  g_return_if_fail (priv->date_control == NULL);

  priv->date_control = lds_date_control_new ();
  gtk_widget_set_valign (priv->date_control, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (header), priv->date_control);
}

/* GObject */

static void
lds_page_constructed (GObject *object)
{
  LdsPage *self = LDS_PAGE (object);
  LdsPagePrivate *priv = lds_page_get_instance_private (self);
  LdsPageFollows follows = LDS_PAGE_GET_CLASS (self)->follows;

  G_OBJECT_CLASS (lds_page_parent_class)->constructed (object);

  g_assert (priv->context != NULL);
  g_signal_connect_object (lds_context_get_store (priv->context), "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  if (follows & LDS_PAGE_FOLLOWS_OWNER)
    g_signal_connect_object (priv->context, "notify::owner-id",
                             G_CALLBACK (lds_page_queue_refresh), self, G_CONNECT_SWAPPED);
  if (follows & LDS_PAGE_FOLLOWS_CYCLE)
    g_signal_connect_object (priv->context, "notify::cycle-id",
                             G_CALLBACK (lds_page_queue_refresh), self, G_CONNECT_SWAPPED);
  if (follows & LDS_PAGE_FOLLOWS_DAY)
    g_signal_connect_object (priv->context, "notify::at",
                             G_CALLBACK (lds_page_queue_refresh), self, G_CONNECT_SWAPPED);
  if (priv->date_control != NULL)
    {
      lds_date_control_set_context (LDS_DATE_CONTROL (priv->date_control), priv->context);
      lds_date_control_add_shortcuts (LDS_DATE_CONTROL (priv->date_control), GTK_WIDGET (self));
    }
}

static void
lds_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (lds_page_parent_class)->map (widget);

  lds_page_refresh_if_stale (LDS_PAGE (widget));
}

static void
lds_page_dispose (GObject *object)
{
  LdsPage *self = LDS_PAGE (object);
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  g_clear_pointer (&priv->child, gtk_widget_unparent);
  g_clear_object (&priv->context);
  g_clear_object (&priv->items);

  G_OBJECT_CLASS (lds_page_parent_class)->dispose (object);
}

static void
lds_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LdsPage *self = LDS_PAGE (object);
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, priv->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_page_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LdsPage *self = LDS_PAGE (object);
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      priv->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_page_class_init (LdsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_page_constructed;
  object_class->dispose = lds_page_dispose;
  object_class->get_property = lds_page_get_property;
  object_class->set_property = lds_page_set_property;
  widget_class->map = lds_page_map;

  g_object_class_override_property (object_class, PROP_CONTEXT, "context");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lds_page_init (LdsPage *self)
{
  LdsPagePrivate *priv = lds_page_get_instance_private (self);

  priv->stale = TRUE;
  priv->child = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (priv->child, GTK_WIDGET (self));
}
