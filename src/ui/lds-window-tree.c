/* lds-window-tree.c: the rows of the organisation tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row shows a unit or person with its icon; an objective dropped on
 * it (from the workspace's drag handle) goes to that owner.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-dialogs.h"
#include "lds-record-object.h"
#include "lds-store-okr.h"
#include "lds-window-private.h"

/* The organisation tree's rows */

static gboolean
org_drop_cb (LdsWindow     *self,
             const GValue  *value,
             double         x,
             double         y,
             GtkDropTarget *target)
{
  GtkWidget *expander = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
  g_autoptr(LdsRecordObject) owner = row != NULL ? gtk_tree_list_row_get_item (row) : NULL;
  const char *text = g_value_get_string (value);
  g_autoptr(LdsObjective) o = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  if (owner == NULL || text == NULL || !g_str_has_prefix (text, "lodestar-objective:"))
    return FALSE;
  id = g_ascii_strtoll (text + strlen ("lodestar-objective:"), NULL, 10);
  o = lds_store_get (self->store, LDS_RECORD_OBJECTIVE, id, NULL);
  if (o == NULL)
    return FALSE;
  if (!lds_store_move_objective (self->store, id, lds_record_object_get_kind (owner),
                                 lds_record_object_get_id (owner), o->cycle_id, &error))
    {
      lds_show_error (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self),
                      _("Could not move the objective"), error);
      return FALSE;
    }
  return TRUE;
}

static void
org_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LdsWindow                *self)
{
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (NULL);
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), label);
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  /* An objective dropped on a unit or person goes to them. */
  g_signal_connect_object (target, "drop", G_CALLBACK (org_drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (expander, GTK_EVENT_CONTROLLER (target));
  gtk_list_item_set_child (list_item, expander);
}

static void
org_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             LdsWindow                *self)
{
  GtkTreeListRow *row = gtk_list_item_get_item (list_item);
  GtkWidget *expander = gtk_list_item_get_child (list_item);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *label = gtk_widget_get_next_sibling (icon);
  LdsRecordObject *item = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), lds_record_object_get_icon_name (item));
  gtk_label_set_label (GTK_LABEL (label), lds_record_object_get_title (item));
  g_object_unref (item);
}

GtkListItemFactory *
_lds_window_org_factory (LdsWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (org_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (org_bind_cb), self, 0);
  return factory;
}
