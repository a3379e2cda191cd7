/* lds-objective-row-parts.c: pieces of the workspace's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Drag handles and drop zones (objectives among objectives, key results
 * within their objective), and the lines that say what an objective serves
 * and who serves it.
 */

#define G_LOG_DOMAIN "lds-objective-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-objective-row-private.h"
#include "lds-store-align.h"
#include "lds-widgets.h"

/* Drag and drop: objectives among objectives, key results within their objective */

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 const char    *what)
{
  GtkWidget *row = gtk_widget_get_ancestor (gtk_event_controller_get_widget (
                                              GTK_EVENT_CONTROLLER (source)),
                                            GTK_TYPE_LIST_BOX_ROW);
  LdsId id = LDS_IS_OBJECTIVE_ROW (row) ? lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row)) : KR_ID (row);
  g_autofree char *text = g_strdup_printf ("%s%" G_GINT64_FORMAT, what, id);
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, icon, 0, 0);
  return gdk_content_provider_new_typed (G_TYPE_STRING, text);
}

static void
drag_handle (GtkWidget  *handle,
             const char *what)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), (gpointer) what);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (source));
  gtk_widget_set_cursor_from_name (handle, "grab");
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));
  /* Screen readers move with Alt+Up and Alt+Down instead. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Drag to reorder"), -1);
}

static GdkDragAction
drop_motion_cb (GtkDropTarget *target,
                double         x,
                double         y)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  gtk_widget_remove_css_class (widget, "lds-drop-before");
  gtk_widget_remove_css_class (widget, "lds-drop-after");
  gtk_widget_add_css_class (widget, y > gtk_widget_get_height (widget) / 2.0 ? "lds-drop-after"
                                                                             : "lds-drop-before");
  return GDK_ACTION_MOVE;
}

static void
drop_leave_cb (GtkDropTarget *target)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));

  gtk_widget_remove_css_class (widget, "lds-drop-before");
  gtk_widget_remove_css_class (widget, "lds-drop-after");
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         const char    *what)
{
  GtkWidget *widget = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (target));
  const char *text = g_value_get_string (value);
  gboolean objective = g_str_equal (what, DRAG_OBJECTIVE);
  LdsId target_id = objective ? lds_objective_row_get_id (LDS_OBJECTIVE_ROW (widget)) : KR_ID (widget);
  gint64 moved;

  drop_leave_cb (target);
  if (text == NULL || !g_str_has_prefix (text, what))
    return FALSE;
  moved = g_ascii_strtoll (text + strlen (what), NULL, 10);
  if (moved <= 0 || moved == target_id)
    return FALSE;
  gtk_widget_activate_action (widget, objective ? "workspace.place-objective"
                                                : "workspace.place-key-result",
                              "(xxb)", moved, target_id,
                              y > gtk_widget_get_height (widget) / 2.0);
  return TRUE;
}

void
_lds_row_drop_zone (GtkWidget  *widget,
                    const char *what)
{
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);

  g_signal_connect (target, "motion", G_CALLBACK (drop_motion_cb), NULL);
  g_signal_connect (target, "leave", G_CALLBACK (drop_leave_cb), NULL);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), (gpointer) what);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (target));
}

/* Pieces */

GtkWidget *
_lds_row_handle_new (const char *what)
{
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");

  gtk_widget_add_css_class (handle, "dim-label");
  gtk_widget_set_valign (handle, GTK_ALIGN_CENTER);
  drag_handle (handle, what);
  return handle;
}

static GtkWidget *
link_line (const LdsLinkInfo *link,
           gboolean           outgoing)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *caption;
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label;
  g_autofree char *text = NULL;
  const char *kind_text;
  const char *icon;

  if (link->kind == LDS_LINK_KIND_ALIGNS)
    {
      kind_text = outgoing ? C_("alignment", "Serves") : C_("alignment", "Served by");
      icon = outgoing ? "go-up-symbolic" : "go-down-symbolic";
    }
  else
    {
      kind_text = outgoing ? C_("alignment", "Depends on") : C_("alignment", "Needed by");
      icon = outgoing ? "go-next-symbolic" : "go-previous-symbolic";
    }

  gtk_widget_add_css_class (box, "lds-link");
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name (icon));
  caption = gtk_label_new (kind_text);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (box), caption);

  /* Translators: a linked record and its owner, as in "New customers · Sales" */
  text = g_strdup_printf (_("%1$s · %2$s"), outgoing ? link->to_title : link->from_title,
                          outgoing ? link->to_owner : link->from_owner);
  label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "lds-link-button");
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "workspace.show-objective");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x",
                                    outgoing ? link->to_objective_id : link->from_id);
  gtk_widget_set_tooltip_text (button, _("Show this objective"));
  {
    /* Translators: what a link says to screen readers, as in "Serves: New customers · Sales" */
    g_autofree char *accessible = g_strdup_printf (_("%1$s: %2$s"), kind_text, text);
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible, -1);
  }
  gtk_box_append (GTK_BOX (box), button);

  if (outgoing)
    {
      GtkWidget *remove = gtk_button_new_from_icon_name ("window-close-symbolic");
      const char *remove_text = link->kind == LDS_LINK_KIND_ALIGNS ? _("Remove Alignment")
                                                                   : _("Remove Dependency");

      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_add_css_class (remove, "circular");
      gtk_widget_add_css_class (remove, "lds-remove-link");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "workspace.remove-link");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", link->link_id);
      gtk_widget_set_tooltip_text (remove, remove_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      remove_text, -1);
      gtk_box_append (GTK_BOX (box), remove);
    }
  return box;
}

GtkWidget *
_lds_row_links_box (const LdsObjectiveRowData *data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  guint served = 0, shown = 0;

  for (guint i = 0; data->links_from != NULL && i < data->links_from->len; i++)
    gtk_box_append (GTK_BOX (box), link_line (g_ptr_array_index (data->links_from, i), TRUE));
  for (guint i = 0; data->links_to != NULL && i < data->links_to->len; i++)
    {
      LdsLinkInfo *link = g_ptr_array_index (data->links_to, i);

      /* Key results show their own; the objective shows those aimed at it. */
      if (link->to_key_result_id != 0 && link->kind == LDS_LINK_KIND_ALIGNS)
        continue;
      served++;
      if (shown++ < MAX_SERVED_SHOWN)
        gtk_box_append (GTK_BOX (box), link_line (link, FALSE));
    }
  if (served > MAX_SERVED_SHOWN)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more",
                                                            served - MAX_SERVED_SHOWN),
                                               served - MAX_SERVED_SHOWN);
      GtkWidget *label = gtk_label_new (more);

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  gtk_widget_set_visible (box, gtk_widget_get_first_child (box) != NULL);
  return box;
}

GtkWidget *
_lds_row_served_badge (const LdsObjectiveRowData *data,
                       LdsId                      kr_id)
{
  g_autoptr(GString) tooltip = g_string_new (NULL);
  g_autofree char *text = NULL;
  GtkWidget *badge;
  guint n = 0;

  for (guint i = 0; data->links_to != NULL && i < data->links_to->len; i++)
    {
      LdsLinkInfo *link = g_ptr_array_index (data->links_to, i);

      if (link->to_key_result_id != kr_id || link->kind != LDS_LINK_KIND_ALIGNS)
        continue;
      g_string_append_printf (tooltip, _("%1$s · %2$s"), link->from_title, link->from_owner);
      g_string_append_c (tooltip, '\n');
      n++;
    }
  if (n == 0)
    return NULL;
  g_string_truncate (tooltip, tooltip->len - 1);
  text = g_strdup_printf ("↓ %u", n);
  badge = lds_pill_new (text, "lds-served");
  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (badge, tooltip->str);
  {
    g_autofree char *accessible =
      g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u objective aligns here",
                                    "%u objectives align here", n), n);
    gtk_accessible_update_property (GTK_ACCESSIBLE (badge), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    accessible, -1);
  }
  return badge;
}

/* Under a key result's title: an overdue check-in, a key result added
 * mid-cycle, and its action plan's steps done (which do not count toward
 * its score). Empty, it takes no room. */
GtkWidget *
_lds_row_kr_marks (const LdsObjectiveRowData *data,
                   const LdsKeyResult        *kr)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  guint packed = data->steps != NULL
                 ? GPOINTER_TO_UINT (g_hash_table_lookup (data->steps, GSIZE_TO_POINTER ((gsize) kr->id)))
                 : 0;

  gtk_widget_add_css_class (box, "lds-kr-marks");
  if (data->overdue != NULL && g_hash_table_contains (data->overdue, GSIZE_TO_POINTER ((gsize) kr->id)))
    gtk_box_append (GTK_BOX (box), lds_pill_new (_("Check-in overdue"), "lds-overdue"));
  if (kr->mid_cycle)
    gtk_box_append (GTK_BOX (box), lds_pill_new (_("Added mid-cycle"), "lds-mid-cycle"));
  if ((packed & 0xFFFF) > 0)
    {
      guint n = packed & 0xFFFF, done = packed >> 16;
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                            /* Translators: an action plan: %1$u
                                                             * of its %2$u steps are done */
                                                            "%1$u of %2$u step done",
                                                            "%1$u of %2$u steps done", n),
                                               done, n);
      GtkWidget *steps = lds_pill_new (text, done == n ? "lds-self-driven" : NULL);

      gtk_widget_set_tooltip_text (steps, _("The action plan: the steps that move this key "
                                            "result. They do not count toward its score."));
      gtk_box_append (GTK_BOX (box), steps);
    }
  return box;
}
