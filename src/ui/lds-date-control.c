/* lds-date-control.c: the day the views show, chosen from a toolbar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-date-control"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date-control.h"
#include "lds-date-entry.h"
#include "lds-date.h"
#include "lds-format.h"
#include "lds-tracking.h"

struct _LdsDateControl
{
  GtkWidget    parent_instance;

  LdsContext  *context;
  GtkWidget   *box;
  GtkWidget   *previous;
  GtkWidget   *day;          /* GtkMenuButton */
  GtkWidget   *next;
  GtkWidget   *today;
  GtkWidget   *calendar;
};

G_DEFINE_FINAL_TYPE (LdsDateControl, lds_date_control, GTK_TYPE_WIDGET)

/* "Today", or the day shown, as people read it. */
char *
lds_date_control_describe (gint64 at)
{
  if (at == 0)
    return g_strdup (_("Today"));
  return lds_format_time_as_date (at);
}

static gint64
today_end (void)
{
  g_autofree char *today = lds_today ();

  return lds_day_end (today);
}

/* A day at or after today is today: the views show the present. */
static void
set_day (LdsDateControl *self,
         gint64          at)
{
  if (self->context == NULL)
    return;
  if (at >= today_end ())
    at = 0;
  lds_context_set_at (self->context, at);
}

static void
show_day (LdsDateControl *self)
{
  gint64 at = self->context != NULL ? lds_context_get_at (self->context) : 0;
  g_autofree char *label = lds_date_control_describe (at);
  g_autofree char *said = NULL;
  g_autofree char *iso = lds_date_from_time (at != 0 ? at : lds_now ());

  gtk_menu_button_set_label (GTK_MENU_BUTTON (self->day), label);
  if (at != 0)
    gtk_widget_add_css_class (self->day, "lds-past");
  else
    gtk_widget_remove_css_class (self->day, "lds-past");
  said = at != 0
    /* Translators: for screen readers; %s is a day, as in "22 Oct 2026" */
    ? g_strdup_printf (_("The organisation as it stood on %s"), label)
    : g_strdup (_("The organisation as it stands today"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day), GTK_ACCESSIBLE_PROPERTY_LABEL, said,
                                  -1);

  if (self->calendar == NULL)
    return;
  gtk_widget_set_visible (self->today, at != 0);
  gtk_widget_set_sensitive (self->next, at != 0);
  lds_calendar_show_day (self->calendar, iso);
}

/**
 * lds_date_control_step:
 * @days: how many days forward (or, negative, back)
 */
void
lds_date_control_step (LdsDateControl *self,
                       int             days)
{
  gint64 at;

  g_return_if_fail (LDS_IS_DATE_CONTROL (self));

  if (self->context == NULL)
    return;
  at = lds_context_get_at (self->context);
  if (at == 0)
    at = today_end ();
  set_day (self, at + (gint64) days * LDS_DAY_SECONDS);
}

static void
previous_cb (LdsDateControl *self)
{
  lds_date_control_step (self, -7);
}

static void
next_cb (LdsDateControl *self)
{
  lds_date_control_step (self, 7);
}

static void
today_cb (LdsDateControl *self)
{
  set_day (self, 0);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->day));
}

static void
picked_cb (const char *iso_date,
           gpointer    data)
{
  LdsDateControl *self = data;

  set_day (self, lds_day_end (iso_date));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (self->day));
}

static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *arguments,
             gpointer   user_data)
{
  LdsDateControl *self = user_data;
  int days = g_variant_get_int32 (arguments);

  if (days == 0)
    set_day (self, 0);
  else
    lds_date_control_step (self, days);
  return TRUE;
}

/**
 * lds_date_control_add_shortcuts:
 * @view: the view the control belongs to
 *
 * While the keyboard is in @view: Alt+Left shows a week earlier, Alt+Right
 * a week later, Alt+Home today.
 */
void
lds_date_control_add_shortcuts (LdsDateControl *self,
                                GtkWidget      *view)
{
  static const struct { const char *trigger; int days; } keys[] = {
    { "<Alt>Left", -7 }, { "<Alt>Right", 7 }, { "<Alt>Home", 0 },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  g_return_if_fail (LDS_IS_DATE_CONTROL (self));

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (controller), GTK_SHORTCUT_SCOPE_LOCAL);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut =
        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                          gtk_callback_action_new (shortcut_cb, self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (keys[i].days));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (view, controller);
}

/* GObject */

static void
lds_date_control_dispose (GObject *object)
{
  LdsDateControl *self = LDS_DATE_CONTROL (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_date_control_parent_class)->dispose (object);
}

static void
lds_date_control_class_init (LdsDateControlClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_date_control_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldsdatecontrol");
}

/* The popover, with its calendar, is made when it first opens: a calendar
 * takes a while to make, and a window has one control per view. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  LdsDateControl *self = user_data;
  GtkWidget *popover, *inside, *caption, *steps;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_new ();
  inside = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  caption = gtk_label_new (_("Show the organisation as it stood on a past day: its "
                             "objectives, values, scores and confidence then."));
  steps = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 30);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_box_append (GTK_BOX (inside), caption);

  gtk_widget_add_css_class (steps, "linked");
  gtk_widget_set_halign (steps, GTK_ALIGN_CENTER);
  self->previous = gtk_button_new_with_mnemonic (_("A Week _Earlier"));
  gtk_widget_set_tooltip_text (self->previous, _("Alt+Left"));
  g_signal_connect_swapped (self->previous, "clicked", G_CALLBACK (previous_cb), self);
  gtk_box_append (GTK_BOX (steps), self->previous);
  self->next = gtk_button_new_with_mnemonic (_("A Week _Later"));
  gtk_widget_set_tooltip_text (self->next, _("Alt+Right"));
  g_signal_connect_swapped (self->next, "clicked", G_CALLBACK (next_cb), self);
  gtk_box_append (GTK_BOX (steps), self->next);
  gtk_box_append (GTK_BOX (inside), steps);

  self->calendar = lds_calendar_new (_("Day to show"));
  lds_calendar_on_pick (self->calendar, picked_cb, self);
  gtk_box_append (GTK_BOX (inside), self->calendar);

  self->today = gtk_button_new_with_mnemonic (_("Back to _Today"));
  gtk_widget_set_tooltip_text (self->today, _("Alt+Home"));
  g_signal_connect_swapped (self->today, "clicked", G_CALLBACK (today_cb), self);
  gtk_box_append (GTK_BOX (inside), self->today);

  gtk_popover_set_child (GTK_POPOVER (popover), inside);
  gtk_menu_button_set_popover (button, popover);
  show_day (self);
}

static void
lds_date_control_init (LdsDateControl *self)
{
  /* One button in the toolbar, which is full; the steps are in its popover
   * and on the keyboard. */
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->day = gtk_menu_button_new ();
  gtk_widget_set_tooltip_text (self->day, _("Show Another Day"));
  gtk_widget_add_css_class (self->day, "lds-day-button");
  gtk_widget_add_css_class (self->day, "numeric");
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->day), create_popup_cb, self, NULL);
  gtk_box_append (GTK_BOX (self->box), self->day);

  show_day (self);
}

GtkWidget *
lds_date_control_new (void)
{
  return g_object_new (LDS_TYPE_DATE_CONTROL, NULL);
}

void
lds_date_control_set_context (LdsDateControl *self,
                              LdsContext     *context)
{
  g_return_if_fail (LDS_IS_DATE_CONTROL (self));
  g_return_if_fail (context == NULL || LDS_IS_CONTEXT (context));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_set_object (&self->context, context);
  if (context != NULL)
    g_signal_connect_object (context, "notify::at", G_CALLBACK (show_day), self, G_CONNECT_SWAPPED);
  show_day (self);
}
