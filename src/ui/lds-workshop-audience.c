/* lds-workshop-audience.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-workshop-audience.h"
#include "lds-workshop-stage.h"

struct _LdsWorkshopAudience
{
  GtkWindow            parent_instance;

  LdsWorkshopSession  *session;
  GtkWidget           *stage;
  GtkWidget           *entry;
  GtkCssProvider      *css;
  int                  styled_height;
};

G_DEFINE_FINAL_TYPE (LdsWorkshopAudience, lds_workshop_audience, GTK_TYPE_WINDOW)

/* The entry's type follows the screen, as the stage's does. */
static void
style_for_height (LdsWorkshopAudience *self,
                  int                  height)
{
  double unit = height / 40.0;
  g_autofree char *css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  if (height == self->styled_height || height <= 0)
    return;
  self->styled_height = height;
  g_ascii_dtostr (size, sizeof size, 1.5 * unit);
  css = g_strdup_printf ("entry.lds-workshop-entry { font-size: %spx; min-height: %dpx; "
                         "padding: 0 %dpx; border-width: %dpx; border-radius: %dpx; }",
                         size, (int) (2.4 * unit), (int) (0.6 * unit),
                         MAX (2, (int) (0.12 * unit)), (int) (0.35 * unit));
  gtk_css_provider_load_from_data (self->css, css, -1);
  gtk_widget_set_margin_start (self->entry, (int) (0.9 * unit));
  gtk_widget_set_margin_bottom (self->entry, (int) (0.5 * unit));
  gtk_widget_set_margin_end (self->entry, gtk_widget_get_width (GTK_WIDGET (self)) * 0.3);
}

static void
session_changed_cb (LdsWorkshopAudience *self)
{
  gboolean typing = lds_workshop_session_wants_typing (self->session);
  g_autofree char *placeholder = lds_workshop_session_get_placeholder (self->session);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  gtk_widget_set_visible (self->entry, typing);
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->entry), placeholder);
  /* Hidden votes are typed unseen. */
  gtk_entry_set_visibility (GTK_ENTRY (self->entry),
                            lds_workshop_session_get_mode (self->session) !=
                            LDS_WORKSHOP_MODE_CONFIDENCE);
  if (typing && (focus == NULL || !gtk_widget_is_ancestor (focus, self->entry)))
    gtk_widget_grab_focus (self->entry);
  else if (!typing && (focus == NULL || focus != self->stage))
    gtk_widget_grab_focus (self->stage);
}

static void
entry_activate_cb (LdsWorkshopAudience *self)
{
  lds_workshop_session_submit (self->session);
}

/* GtkWidget */

static void
lds_workshop_audience_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  LdsWorkshopAudience *self = LDS_WORKSHOP_AUDIENCE (widget);

  style_for_height (self, height);
  GTK_WIDGET_CLASS (lds_workshop_audience_parent_class)->size_allocate (widget, width, height,
                                                                        baseline);
}

static void
lds_workshop_audience_dispose (GObject *object)
{
  LdsWorkshopAudience *self = LDS_WORKSHOP_AUDIENCE (object);

  g_clear_object (&self->css);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (lds_workshop_audience_parent_class)->dispose (object);
}

static void
lds_workshop_audience_class_init (LdsWorkshopAudienceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_workshop_audience_dispose;
  widget_class->size_allocate = lds_workshop_audience_size_allocate;
}

static void
lds_workshop_audience_init (LdsWorkshopAudience *self)
{
  self->css = gtk_css_provider_new ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-workshop-audience");
}

GtkWindow *
lds_workshop_audience_new (LdsWorkshopSession *session)
{
  LdsWorkshopAudience *self = g_object_new (LDS_TYPE_WORKSHOP_AUDIENCE, NULL);
  GtkWidget *overlay = gtk_overlay_new ();
  g_autofree char *title = NULL;

  self->session = g_object_ref (session);
  self->stage = lds_workshop_stage_new (session, TRUE);
  self->entry = gtk_entry_new_with_buffer (lds_workshop_session_get_draft (session));
  gtk_widget_add_css_class (self->entry, "lds-workshop-entry");
  gtk_style_context_add_provider (gtk_widget_get_style_context (self->entry),
                                  GTK_STYLE_PROVIDER (self->css),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  gtk_widget_set_valign (self->entry, GTK_ALIGN_END);
  gtk_widget_set_halign (self->entry, GTK_ALIGN_FILL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Proposal"), -1);
  g_signal_connect_object (self->entry, "activate", G_CALLBACK (entry_activate_cb), self,
                           G_CONNECT_SWAPPED);
  lds_workshop_session_watch_entry (session, self->entry);

  gtk_overlay_set_child (GTK_OVERLAY (overlay), self->stage);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), self->entry);
  gtk_window_set_child (GTK_WINDOW (self), overlay);
  /* Translators: the title of the window the projector shows; %s is a cycle */
  title = g_strdup_printf (_("Workshop, %s"), lds_workshop_session_get_cycle_name (session));
  gtk_window_set_title (GTK_WINDOW (self), title);

  lds_workshop_session_add_shortcuts (session, GTK_WIDGET (self));
  g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  session_changed_cb (self);
  return GTK_WINDOW (self);
}

GtkWidget *
lds_workshop_audience_get_stage (LdsWorkshopAudience *self)
{
  return self->stage;
}

GtkWidget *
lds_workshop_audience_get_entry (LdsWorkshopAudience *self)
{
  return self->entry;
}
