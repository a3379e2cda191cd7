/* lds-window-actions.c: undo and redo, the organisation and the cycles
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Undo and redo name the action they would undo or redo, in the main menu
 * and on the buttons' tooltips ("Undo Delete Objective"), from the store's
 * history. The sidebar's actions add, change and delete units and people
 * (the selected one, or inside it) and open the cycles.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-cycle-dialog.h"
#include "lds-dialogs.h"
#include "lds-objectives-view.h"
#include "lds-org-dialogs.h"
#include "lds-record-object.h"
#include "lds-window-private.h"
#include "lds-workshop-dialog.h"

/* Undo and redo */

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean undo = g_str_equal (action_name, "win.undo");

  if (!(undo ? lds_store_undo (self->store, &error) : lds_store_redo (self->store, &error)))
    lds_show_error (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self),
                    undo ? _("Could not undo") : _("Could not redo"), error);
}

static void
update_history (LdsWindow *self)
{
  const char *undo_name = lds_store_get_undo_name (self->store);
  const char *redo_name = lds_store_get_redo_name (self->store);
  gboolean writable = lds_store_get_damage (self->store) == NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;
  g_autofree char *undo_label = NULL;
  g_autofree char *redo_label = NULL;
  g_autoptr(GMenuItem) undo_item = NULL;
  g_autoptr(GMenuItem) redo_item = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo", writable && undo_name != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo", writable && redo_name != NULL);

  /* Translators: a tooltip; %s is the name of an action, such as "Delete Objective" */
  undo_tip = undo_name != NULL ? g_strdup_printf (_("Undo %s"), undo_name)
                               : g_strdup (_("Nothing to Undo"));
  /* Translators: a tooltip; %s is the name of an action, such as "Delete Objective" */
  redo_tip = redo_name != NULL ? g_strdup_printf (_("Redo %s"), redo_name)
                               : g_strdup (_("Nothing to Redo"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->undo_button), undo_tip);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->redo_button), redo_tip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, redo_tip, -1);

  /* Translators: a menu item; %s is the name of an action, such as "Delete Objective" */
  undo_label = undo_name != NULL ? g_strdup_printf (_("_Undo %s"), undo_name) : g_strdup (_("_Undo"));
  /* Translators: a menu item; %s is the name of an action, such as "Delete Objective" */
  redo_label = redo_name != NULL ? g_strdup_printf (_("_Redo %s"), redo_name) : g_strdup (_("_Redo"));
  undo_item = g_menu_item_new (undo_label, "win.undo");
  redo_item = g_menu_item_new (redo_label, "win.redo");
  g_menu_remove_all (self->edit_section);
  g_menu_append_item (self->edit_section, undo_item);
  g_menu_append_item (self->edit_section, redo_item);
}

/* The organisation */

/* The unit selected, or the unit of the person selected. */
static LdsId
selected_unit (LdsWindow *self)
{
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);

  if (owner == NULL)
    return 0;
  if (lds_record_object_get_kind (owner) == LDS_RECORD_PERSON)
    return ((LdsPerson *) lds_record_object_get_record (owner))->unit_id;
  return lds_record_object_get_id (owner);
}

static void
present (LdsWindow *self,
         GtkWidget *dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
new_unit_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);

  present (self, lds_unit_dialog_new (GTK_WINDOW (self), self->store, 0, selected_unit (self)));
}

static void
new_person_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);

  present (self, lds_person_dialog_new (GTK_WINDOW (self), self->store, 0, selected_unit (self)));
}

static void
edit_owner_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);

  if (owner == NULL)
    return;
  if (lds_record_object_get_kind (owner) == LDS_RECORD_UNIT)
    present (self, lds_unit_dialog_new (GTK_WINDOW (self), self->store,
                                        lds_record_object_get_id (owner), 0));
  else
    present (self, lds_person_dialog_new (GTK_WINDOW (self), self->store,
                                          lds_record_object_get_id (owner), 0));
}

static void
delete_owner_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);

  if (owner == NULL)
    return;
  present (self, lds_delete_owner_dialog_new (GTK_WINDOW (self), self->store,
                                              lds_record_object_get_kind (owner),
                                              lds_record_object_get_id (owner)));
}

static void
edit_cycles_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);

  present (self, lds_cycle_dialog_new (GTK_WINDOW (self), self->store,
                                       lds_window_get_cycle_id (self)));
}

static void
new_objective_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);
  GtkWidget *view = _lds_window_get_view (self, "objectives");

  gtk_stack_set_visible_child_name (self->views_stack, "objectives");
  if (view != NULL)
    lds_objectives_view_new_objective (LDS_OBJECTIVES_VIEW (view));
}

static void
workshop_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);

  present (self, GTK_WIDGET (lds_workshop_dialog_new (GTK_WINDOW (self), self->store,
                                                      lds_window_get_cycle_id (self),
                                                      selected_unit (self))));
}

/* The organisation tree's menu: right click, Menu key, Shift+F10 */

static void
popup_org_menu (LdsWindow *self,
                double     x,
                double     y)
{
  GdkRectangle where = { (int) x, (int) y, 1, 1 };

  /* Made the first time it opens: the window opens sooner without it. */
  if (self->org_menu == NULL)
    {
      self->org_menu = gtk_popover_menu_new_from_model (self->org_menu_model);
      gtk_popover_set_has_arrow (GTK_POPOVER (self->org_menu), FALSE);
      gtk_widget_set_halign (self->org_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->org_menu, GTK_WIDGET (self));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->org_menu), &where);
  gtk_popover_popup (GTK_POPOVER (self->org_menu));
}

static void
org_pressed_cb (LdsWindow       *self,
                int              n_press,
                double           x,
                double           y,
                GtkGestureClick *gesture)
{
  double wx = x, wy = y;
  GtkWidget *picked = gtk_widget_pick (GTK_WIDGET (self->org_view), x, y, GTK_PICK_DEFAULT);
  GtkWidget *row = picked != NULL ? gtk_widget_get_ancestor (picked, GTK_TYPE_TREE_EXPANDER) : NULL;

  /* Right-clicking a row chooses it first. */
  if (row != NULL)
    {
      GtkTreeListRow *list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (row));

      if (list_row != NULL)
        gtk_single_selection_set_selected (self->org_selection,
                                           gtk_tree_list_row_get_position (list_row));
    }
  gtk_widget_translate_coordinates (GTK_WIDGET (self->org_view), GTK_WIDGET (self), x, y, &wx, &wy);
  popup_org_menu (self, wx, wy);
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static gboolean
org_menu_key_cb (GtkWidget *widget,
                 GVariant  *arguments,
                 gpointer   user_data)
{
  LdsWindow *self = LDS_WINDOW (gtk_widget_get_root (widget));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  graphene_rect_t bounds;

  if (focus != NULL && gtk_widget_compute_bounds (focus, GTK_WIDGET (self), &bounds))
    popup_org_menu (self, bounds.origin.x + 24, bounds.origin.y + bounds.size.height);
  else
    popup_org_menu (self, 24, 120);
  return TRUE;
}

static void
add_org_shortcut (GtkEventController *controller,
                  const char         *trigger,
                  GtkShortcutAction  *action)
{
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          action));
}

static void
history_changed_cb (LdsWindow *self)
{
  update_history (self);
}

void
_lds_window_update_actions (LdsWindow *self)
{
  g_autoptr(LdsRecordObject) owner = _lds_window_selected_owner (self);
  gboolean writable = lds_store_get_damage (self->store) == NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-unit", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person",
                                 writable && selected_unit (self) != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-owner", writable && owner != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.delete-owner", writable && owner != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-objective", writable && owner != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-cycles", writable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.workshop", writable);
  update_history (self);
}

void
_lds_window_init_actions (LdsWindow *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (click, "pressed", G_CALLBACK (org_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->org_view), GTK_EVENT_CONTROLLER (click));

  add_org_shortcut (shortcuts, "F2", gtk_named_action_new ("win.edit-owner"));
  add_org_shortcut (shortcuts, "Delete", gtk_named_action_new ("win.delete-owner"));
  add_org_shortcut (shortcuts, "Menu|<Shift>F10",
                    gtk_callback_action_new (org_menu_key_cb, NULL, NULL));
  gtk_widget_add_controller (GTK_WIDGET (self->org_view), shortcuts);

  g_signal_connect_object (self->store, "notify::undo-name", G_CALLBACK (history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::redo-name", G_CALLBACK (history_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _lds_window_update_actions (self);
}

void
_lds_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, history_action);
  gtk_widget_class_install_action (widget_class, "win.new-unit", NULL, new_unit_action);
  gtk_widget_class_install_action (widget_class, "win.new-person", NULL, new_person_action);
  gtk_widget_class_install_action (widget_class, "win.edit-owner", NULL, edit_owner_action);
  gtk_widget_class_install_action (widget_class, "win.delete-owner", NULL, delete_owner_action);
  gtk_widget_class_install_action (widget_class, "win.edit-cycles", NULL, edit_cycles_action);
  gtk_widget_class_install_action (widget_class, "win.new-objective", NULL, new_objective_action);
  gtk_widget_class_install_action (widget_class, "win.workshop", NULL, workshop_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_u, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-unit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-person", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.edit-owner", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.edit-cycles", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.new-objective", NULL);
  /* F5 starts a presentation in office suites; here, the projector's workshop. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "win.workshop", NULL);
}
