/* lds-empty-state.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An icon, a title, a sentence on what to do next and, when there is one
 * thing to do, the button that does it; the same in every view, so that
 * an empty organisation, cycle or team always says where to go.
 */

#define G_LOG_DOMAIN "lds-empty-state"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-empty-state.h"

struct _LdsEmptyState
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GtkWidget *image;
  GtkWidget *title;
  GtkWidget *description;
  GtkWidget *button;
};

G_DEFINE_FINAL_TYPE (LdsEmptyState, lds_empty_state, GTK_TYPE_WIDGET)

static void
lds_empty_state_dispose (GObject *object)
{
  LdsEmptyState *self = LDS_EMPTY_STATE (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (lds_empty_state_parent_class)->dispose (object);
}

static void
lds_empty_state_class_init (LdsEmptyStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_empty_state_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldsemptystate");
}

static void
lds_empty_state_init (LdsEmptyState *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_halign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (self->box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (self->box, 24);
  gtk_widget_set_margin_end (self->box, 24);
  gtk_widget_set_margin_top (self->box, 24);
  gtk_widget_set_margin_bottom (self->box, 24);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-empty-state");
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->image = gtk_image_new ();
  gtk_image_set_pixel_size (GTK_IMAGE (self->image), 64);
  gtk_widget_add_css_class (self->image, "dim-label");
  gtk_box_append (GTK_BOX (self->box), self->image);

  self->title = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->title), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->title), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->title, "title-2");
  gtk_box_append (GTK_BOX (self->box), self->title);

  self->description = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->description), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->description), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (self->description), 50);
  gtk_widget_add_css_class (self->description, "lds-empty-description");
  gtk_box_append (GTK_BOX (self->box), self->description);

  self->button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->button), TRUE);
  gtk_widget_set_halign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->button, 6);
  gtk_widget_add_css_class (self->button, "pill");
  gtk_widget_add_css_class (self->button, "suggested-action");
  gtk_widget_set_visible (self->button, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->button);
}

GtkWidget *
lds_empty_state_new (void)
{
  return g_object_new (LDS_TYPE_EMPTY_STATE, NULL);
}

/**
 * lds_empty_state_set:
 * @description: what to do next
 *
 * Takes the button away; lds_empty_state_set_button() puts one back.
 */
void
lds_empty_state_set (LdsEmptyState *self,
                     const char    *icon_name,
                     const char    *title,
                     const char    *description)
{
  g_return_if_fail (LDS_IS_EMPTY_STATE (self));

  gtk_image_set_from_icon_name (GTK_IMAGE (self->image), icon_name);
  gtk_label_set_label (GTK_LABEL (self->title), title);
  gtk_label_set_label (GTK_LABEL (self->description), description);
  gtk_widget_set_visible (self->button, FALSE);
}

/**
 * lds_empty_state_set_button:
 * @label: (nullable): with a mnemonic; %NULL: no button
 * @target: (nullable): the action's parameter (a floating reference is taken)
 */
void
lds_empty_state_set_button (LdsEmptyState *self,
                            const char    *label,
                            const char    *action_name,
                            GVariant      *target)
{
  g_return_if_fail (LDS_IS_EMPTY_STATE (self));

  gtk_widget_set_visible (self->button, label != NULL);
  if (label == NULL)
    return;
  gtk_button_set_label (GTK_BUTTON (self->button), label);
  /* The target first: the action is looked up as soon as it is named. */
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), NULL);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->button), target);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), action_name);
}

/* The organisation has no cycle to plan in yet. */
void
lds_empty_state_no_cycles (LdsEmptyState *self)
{
  lds_empty_state_set (self, "x-office-calendar-symbolic", _("No Cycles Yet"),
                       _("Objectives are set for a cycle: a quarter, a half or a year. Add the "
                         "first one, then write its objectives."));
  lds_empty_state_set_button (self, _("_Add a Cycle…"), "win.edit-cycles", NULL);
}

/**
 * lds_empty_state_no_objectives:
 * @description: who has none, and where
 *
 * The team or person chosen has no objectives in the cycle shown.
 */
void
lds_empty_state_no_objectives (LdsEmptyState *self,
                               const char    *description)
{
  lds_empty_state_set (self, "document-edit-symbolic", _("No Objectives Yet"), description);
  lds_empty_state_set_button (self, _("_Write Objectives"), "win.show-view",
                              g_variant_new_string ("objectives"));
}
