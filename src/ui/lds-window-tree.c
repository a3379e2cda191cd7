/* lds-window-tree.c: the rows of the organisation tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row shows a unit or person with its icon, a star for an OKR
 * champion and a unit's coach health (issue 6's coach); an objective
 * dropped on it (from the workspace's drag handle) goes to that owner.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-dialogs.h"
#include "lds-health-badge.h"
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

static gboolean
champion_tooltip_cb (GtkWidget  *star,
                     int         x,
                     int         y,
                     gboolean    keyboard,
                     GtkTooltip *tooltip,
                     gpointer    data)
{
  gtk_tooltip_set_text (tooltip, _("OKR champion"));
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
  GtkWidget *star = gtk_image_new_from_icon_name ("starred-symbolic");
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  /* Its tooltip is given when asked for: setting a tooltip's text makes GTK
   * ask the display where the pointer is, for every row made. */
  gtk_widget_set_has_tooltip (star, TRUE);
  g_signal_connect (star, "query-tooltip", G_CALLBACK (champion_tooltip_cb), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (star), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("OKR champion"), -1);
  gtk_widget_add_css_class (star, "lds-champion-star");
  gtk_box_append (GTK_BOX (box), star);
  gtk_box_append (GTK_BOX (box), lds_health_badge_new ());
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
  GtkWidget *star = gtk_widget_get_next_sibling (label);
  GtkWidget *badge = gtk_widget_get_next_sibling (star);
  g_autoptr(LdsRecordObject) item = gtk_tree_list_row_get_item (row);
  GBinding *champion, *health;

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_image_set_from_icon_name (GTK_IMAGE (icon), lds_record_object_get_icon_name (item));
  gtk_label_set_label (GTK_LABEL (label), lds_record_object_get_title (item));
  champion = g_object_bind_property (item, "champion", star, "visible", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (list_item), "lds-champion", g_object_ref (champion),
                          g_object_unref);
  /* The coach's health changes as the organisation does. */
  health = g_object_bind_property (item, "health", badge, "health", G_BINDING_SYNC_CREATE);
  g_object_set_data_full (G_OBJECT (list_item), "lds-health", g_object_ref (health),
                          g_object_unref);
}

static void
org_unbind_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               LdsWindow                *self)
{
  const char *keys[] = { "lds-champion", "lds-health" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GBinding *binding = g_object_get_data (G_OBJECT (list_item), keys[i]);

      if (binding != NULL)
        g_binding_unbind (binding);
      g_object_set_data (G_OBJECT (list_item), keys[i], NULL);
    }
}

GtkListItemFactory *
_lds_window_org_factory (LdsWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect_object (factory, "setup", G_CALLBACK (org_setup_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (org_bind_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (org_unbind_cb), self, 0);
  return factory;
}
