/* lds-welcome-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shown once, over the first window of the first start (whose organisation
 * is new and empty): two ways in, the sample company to look around, or an
 * empty organisation of one's own, and the guide to the method.
 */

#define G_LOG_DOMAIN "lds-welcome"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-application.h"
#include "lds-welcome-window.h"

struct _LdsWelcomeWindow
{
  GtkWindow  parent_instance;
};

G_DEFINE_FINAL_TYPE (LdsWelcomeWindow, lds_welcome_window, GTK_TYPE_WINDOW)

static void
sample_clicked_cb (LdsWelcomeWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  gtk_window_destroy (GTK_WINDOW (self));
  if (app != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "open-sample", NULL);
}

static void
own_clicked_cb (LdsWelcomeWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (parent != NULL)
    g_object_ref (parent);
  gtk_window_destroy (GTK_WINDOW (self));
  /* The empty organisation starts with its company's name. */
  if (parent != NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-unit", NULL);
      g_object_unref (parent);
    }
}

static void
guide_clicked_cb (LdsWelcomeWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "guide", NULL);
}

static GtkWidget *
choice_new (const char *icon,
            const char *title,
            const char *body,
            const char *css)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *heading = gtk_label_new_with_mnemonic (title);
  GtkWidget *text = gtk_label_new (body);
  GtkWidget *image = gtk_image_new_from_icon_name (icon);

  gtk_image_set_pixel_size (GTK_IMAGE (image), 32);
  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (heading), button);
  gtk_widget_add_css_class (heading, "heading");
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 44);
  gtk_label_set_width_chars (GTK_LABEL (text), 44);
  gtk_widget_add_css_class (text, "dim-label");
  gtk_box_append (GTK_BOX (texts), heading);
  gtk_box_append (GTK_BOX (texts), text);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), texts);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "lds-welcome-choice");
  gtk_widget_add_css_class (button, css);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  text, NULL, -1);
  return button;
}

static void
lds_welcome_window_class_init (LdsWelcomeWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lds_welcome_window_init (LdsWelcomeWindow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *image = gtk_image_new_from_icon_name (APPLICATION_ID);
  GtkWidget *title = gtk_label_new (_("Welcome to Lodestar"));
  GtkWidget *body = gtk_label_new (_("Plan the objectives and key results of a whole organisation, "
                                     "aligned from the company down to each person, and follow "
                                     "them through the cycle. How would you like to begin?"));
  GtkWidget *sample = choice_new ("system-search-symbolic", _("Explore the _Sample Company"),
                                  _("A software company with its teams, OKRs and check-ins, and a "
                                    "few coaching problems to find. Your own organisation stays "
                                    "empty until you begin it."),
                                  "lds-welcome-sample");
  GtkWidget *own = choice_new ("list-add-symbolic", _("Start _Your Own Organisation"),
                               _("Begin empty: name your company, add its departments, teams and "
                                 "people, then write the first objectives."),
                               "lds-welcome-own");
  GtkWidget *guide = gtk_button_new_with_mnemonic (_("Read the _Guide to OKRs"));

  gtk_window_set_title (GTK_WINDOW (self), _("Welcome"));
  gtk_window_set_titlebar (GTK_WINDOW (self), gtk_header_bar_new ());
  gtk_window_set_resizable (GTK_WINDOW (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-welcome");

  gtk_image_set_pixel_size (GTK_IMAGE (image), 96);
  gtk_widget_add_css_class (title, "title-1");
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_justify (GTK_LABEL (title), GTK_JUSTIFY_CENTER);
  gtk_label_set_wrap (GTK_LABEL (body), TRUE);
  gtk_label_set_justify (GTK_LABEL (body), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (body), 52);
  gtk_widget_add_css_class (guide, "flat");
  gtk_widget_set_halign (guide, GTK_ALIGN_CENTER);

  g_signal_connect_swapped (sample, "clicked", G_CALLBACK (sample_clicked_cb), self);
  g_signal_connect_swapped (own, "clicked", G_CALLBACK (own_clicked_cb), self);
  g_signal_connect_swapped (guide, "clicked", G_CALLBACK (guide_clicked_cb), self);

  gtk_widget_set_margin_start (box, 36);
  gtk_widget_set_margin_end (box, 36);
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), body);
  gtk_widget_set_margin_top (sample, 12);
  gtk_box_append (GTK_BOX (box), sample);
  gtk_box_append (GTK_BOX (box), own);
  gtk_box_append (GTK_BOX (box), guide);
  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), sample);
  gtk_widget_grab_focus (sample);
}

/**
 * lds_welcome_window_new:
 * @parent: (nullable): the window of the new, empty organisation
 */
LdsWelcomeWindow *
lds_welcome_window_new (GtkApplication *application,
                        GtkWindow      *parent)
{
  lds_application_ensure_icon ();
  return g_object_new (LDS_TYPE_WELCOME_WINDOW,
                       "application", application,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "destroy-with-parent", TRUE,
                       NULL);
}
