/* lds-tracking-list.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-tracking-list"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-tracking-list.h"
#include "lds-widgets.h"

struct _LdsTrackingItem
{
  GObject         parent_instance;

  gboolean        heading;
  LdsRecordType   type;
  LdsId           id;
  LdsId           objective_id;
  char           *title;
  char           *subtitle;
  char           *detail;
  GPtrArray      *pills;     /* text, css class, text, css class… */
};

G_DEFINE_FINAL_TYPE (LdsTrackingItem, lds_tracking_item, G_TYPE_OBJECT)

static void
lds_tracking_item_finalize (GObject *object)
{
  LdsTrackingItem *self = LDS_TRACKING_ITEM (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->detail);
  g_ptr_array_unref (self->pills);

  G_OBJECT_CLASS (lds_tracking_item_parent_class)->finalize (object);
}

static void
lds_tracking_item_class_init (LdsTrackingItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_tracking_item_finalize;
}

static void
lds_tracking_item_init (LdsTrackingItem *self)
{
  self->pills = g_ptr_array_new_with_free_func (g_free);
}

LdsTrackingItem *
lds_tracking_item_new_heading (const char *title,
                               const char *subtitle)
{
  LdsTrackingItem *self = g_object_new (LDS_TYPE_TRACKING_ITEM, NULL);

  self->heading = TRUE;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

/**
 * lds_tracking_item_new_row:
 * @type: the record a row is about (opened on activation); 0 id: none
 */
LdsTrackingItem *
lds_tracking_item_new_row (LdsRecordType  type,
                           LdsId          id,
                           LdsId          objective_id,
                           const char    *title,
                           const char    *subtitle)
{
  LdsTrackingItem *self = g_object_new (LDS_TYPE_TRACKING_ITEM, NULL);

  self->type = type;
  self->id = id;
  self->objective_id = objective_id;
  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

void
lds_tracking_item_add_pill (LdsTrackingItem *self,
                            const char      *text,
                            const char      *css_class)
{
  g_return_if_fail (LDS_IS_TRACKING_ITEM (self));

  g_ptr_array_add (self->pills, g_strdup (text));
  g_ptr_array_add (self->pills, g_strdup (css_class));
}

/* A line under the subtitle, such as a check-in's note or a reason. */
void
lds_tracking_item_set_detail (LdsTrackingItem *self,
                              const char      *detail)
{
  g_return_if_fail (LDS_IS_TRACKING_ITEM (self));

  g_free (self->detail);
  self->detail = g_strdup (detail);
}

gboolean
lds_tracking_item_is_heading (LdsTrackingItem *self)
{
  g_return_val_if_fail (LDS_IS_TRACKING_ITEM (self), FALSE);

  return self->heading;
}

const char *
lds_tracking_item_get_title (LdsTrackingItem *self)
{
  g_return_val_if_fail (LDS_IS_TRACKING_ITEM (self), NULL);

  return self->title;
}

const char *
lds_tracking_item_get_subtitle (LdsTrackingItem *self)
{
  g_return_val_if_fail (LDS_IS_TRACKING_ITEM (self), NULL);

  return self->subtitle;
}

/* The list ---------------------------------------------------------------------- */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *title = lds_wrapped_label_new (NULL, NULL);
  GtkWidget *pills = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (head), title);
  gtk_widget_set_valign (pills, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (head), pills);
  gtk_box_append (GTK_BOX (box), head);
  gtk_box_append (GTK_BOX (box), lds_wrapped_label_new (NULL, "dim-label"));
  gtk_box_append (GTK_BOX (box), lds_wrapped_label_new (NULL, NULL));
  gtk_list_item_set_child (item, box);
}

static void
set_text (GtkWidget  *label,
          const char *text)
{
  gtk_label_set_label (GTK_LABEL (label), text != NULL ? text : "");
  gtk_widget_set_visible (label, text != NULL && *text != '\0');
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  LdsTrackingItem *data = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *head = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_first_child (head);
  GtkWidget *pills = gtk_widget_get_next_sibling (title);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (head);
  GtkWidget *detail = gtk_widget_get_next_sibling (subtitle);
  GtkWidget *child;
  g_autoptr(GString) said = g_string_new (data->title);

  set_text (title, data->title);
  set_text (subtitle, data->subtitle);
  set_text (detail, data->detail);
  while ((child = gtk_widget_get_first_child (pills)) != NULL)
    gtk_box_remove (GTK_BOX (pills), child);
  for (guint i = 0; i + 1 < data->pills->len; i += 2)
    {
      gtk_box_append (GTK_BOX (pills), lds_pill_new (data->pills->pdata[i], data->pills->pdata[i + 1]));
      g_string_append_printf (said, ", %s", (char *) data->pills->pdata[i]);
    }

  if (data->heading)
    {
      gtk_widget_add_css_class (box, "lds-tracking-heading");
      gtk_widget_remove_css_class (box, "lds-tracking-row");
      gtk_widget_add_css_class (title, "heading");
    }
  else
    {
      gtk_widget_add_css_class (box, "lds-tracking-row");
      gtk_widget_remove_css_class (box, "lds-tracking-heading");
      gtk_widget_remove_css_class (title, "heading");
    }
  gtk_list_item_set_activatable (item, !data->heading && data->id != 0);
  gtk_list_item_set_selectable (item, FALSE);
  if (data->subtitle != NULL)
    g_string_append_printf (said, ", %s", data->subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, said->str, -1);
}

static void
activate_cb (GtkListView *view,
             guint        position,
             LdsContext  *context)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (view));
  g_autoptr(LdsTrackingItem) item = g_list_model_get_item (model, position);

  if (item == NULL || item->heading || item->id == 0)
    return;
  if (item->objective_id != 0)
    lds_context_set_objective_id (context, item->objective_id);
  lds_context_open_record (context, item->type, item->id);
}

/**
 * lds_tracking_list_new:
 * @items: (transfer none): LdsTrackingItem
 *
 * Returns: (transfer floating): the list view
 */
GtkWidget *
lds_tracking_list_new (LdsContext *context,
                       GListModel *items)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection = gtk_no_selection_new (g_object_ref (items));
  GtkWidget *view;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), g_object_ref (factory));
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (view), FALSE);
  gtk_widget_add_css_class (view, "lds-tracking-list");
  g_signal_connect_object (view, "activate", G_CALLBACK (activate_cb), context, 0);
  return view;
}
