/* lds-date-entry.c: a day, typed as people write it or picked from a calendar
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The entries of days (a cycle's start and end, the day of a round of
 * check-ins, a roll-out step's due date) show a day as the rest of the
 * interface writes it ("22 Nov 2026", "2026年11月22日") and read it back
 * that way, or as "2026-11-22". The calendar button at the entry's end,
 * or Alt+Down in it, opens a calendar; the day picked there is written
 * into the entry, where the entry's own ways of taking a change (Enter,
 * leaving it) apply as for a day typed.
 */

#define G_LOG_DOMAIN "lds-date-entry"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-date-entry.h"
#include "lds-format.h"

/* GTK 4.8 leaves the arrows of a calendar's header unnamed (icons only),
 * so a screen reader says "button" four times: they are named here by
 * their place, the month's back and forward, then the year's. A header of
 * another shape is left as it is. */
static void
name_calendar_arrows (GtkWidget *calendar)
{
  const char *names[] = { _("Previous Month"), _("Next Month"), _("Previous Year"), _("Next Year") };
  GtkWidget *arrows[G_N_ELEMENTS (names)];
  GtkWidget *header = gtk_widget_get_first_child (calendar);
  guint n = 0;

  for (GtkWidget *w = header != NULL ? gtk_widget_get_first_child (header) : NULL; w != NULL;
       w = gtk_widget_get_next_sibling (w))
    {
      if (!GTK_IS_BUTTON (w))
        continue;
      if (n == G_N_ELEMENTS (arrows) ||
          g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (w)),
                     n % 2 == 0 ? "pan-start-symbolic" : "pan-end-symbolic") != 0)
        return;
      arrows[n++] = w;
    }
  for (guint i = 0; n == G_N_ELEMENTS (arrows) && i < n; i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (arrows[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    names[i], -1);
}

/**
 * lds_calendar_new:
 * @accessible_label: what the calendar chooses, for screen readers
 *
 * Returns: a calendar whose arrows a screen reader can name
 */
GtkWidget *
lds_calendar_new (const char *accessible_label)
{
  GtkWidget *calendar = gtk_calendar_new ();

  gtk_accessible_update_property (GTK_ACCESSIBLE (calendar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  name_calendar_arrows (calendar);
  return calendar;
}

#define PICKED_KEY "lds-calendar-picked"
#define PICKED_DATA_KEY "lds-calendar-picked-data"
#define SHOWING_KEY "lds-calendar-showing"

/* The day shown, as "YYYY-MM-DD", to whom lds_calendar_on_pick() named */
static void
call_picked (GtkWidget *calendar)
{
  LdsDayPicked picked = (LdsDayPicked) g_object_get_data (G_OBJECT (calendar), PICKED_KEY);
  g_autoptr(GDateTime) day = gtk_calendar_get_date (GTK_CALENDAR (calendar));
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");

  picked (iso, g_object_get_data (G_OBJECT (calendar), PICKED_DATA_KEY));
}

static void
day_selected_cb (GtkWidget *calendar)
{
  if (g_object_get_data (G_OBJECT (calendar), SHOWING_KEY) == NULL)
    call_picked (calendar);
}

static gboolean
pick_later_cb (gpointer data)
{
  GtkWidget *calendar = data;

  /* Not when the pick GTK announced has closed the calendar already */
  if (gtk_widget_get_mapped (calendar))
    call_picked (calendar);
  return G_SOURCE_REMOVE;
}

static void
pick_later (GtkWidget *calendar)
{
  g_idle_add_full (G_PRIORITY_DEFAULT, pick_later_cb, g_object_ref (calendar), g_object_unref);
}

static void
day_released_cb (GtkGestureClick *click,
                 int              n_press,
                 double           x,
                 double           y,
                 gpointer         data)
{
  GtkWidget *calendar = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (click));
  GtkWidget *target = gtk_widget_pick (calendar, x, y, GTK_PICK_DEFAULT);

  if (target != NULL && gtk_widget_has_css_class (target, "day-number"))
    pick_later (calendar);
}

static gboolean
pick_key_cb (GtkWidget *calendar,
             GVariant  *arguments,
             gpointer   data)
{
  pick_later (calendar);
  return FALSE;  /* the calendar still chooses the day in focus */
}

/**
 * lds_calendar_on_pick:
 * @calendar: from lds_calendar_new()
 * @picked: (scope notified): called with the day, "YYYY-MM-DD", and @data
 *   when a day is picked
 * @data: for @picked, which lives as long as @calendar
 *
 * GTK 4.8 tells of a day chosen (GtkCalendar::day-selected) only when the
 * day of the month changes: the 15th of next month from the 15th, or
 * today when today is shown, would not be taken. Here a click on a day,
 * Enter or Space is a pick too, once the calendar has handled it and
 * unless the pick it told of has closed the calendar already. A day
 * shown with lds_calendar_show_day() is not a pick; one selected with
 * gtk_calendar_select_day() is.
 */
void
lds_calendar_on_pick (GtkWidget    *calendar,
                      LdsDayPicked  picked,
                      gpointer      data)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  g_object_set_data (G_OBJECT (calendar), PICKED_KEY, (gpointer) picked);
  g_object_set_data (G_OBJECT (calendar), PICKED_DATA_KEY, data);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), NULL);
  g_signal_connect (click, "released", G_CALLBACK (day_released_cb), NULL);
  gtk_widget_add_controller (calendar, GTK_EVENT_CONTROLLER (click));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (keys),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("Return|KP_Enter|space|KP_Space"),
                      gtk_callback_action_new (pick_key_cb, NULL, NULL)));
  gtk_widget_add_controller (calendar, keys);
}

/**
 * lds_calendar_show_day:
 * @calendar: from lds_calendar_new()
 * @iso_date: the day to show, "YYYY-MM-DD"; today when it is not a day
 *
 * Shows @iso_date selected in @calendar, which is not a pick.
 */
void
lds_calendar_show_day (GtkWidget  *calendar,
                       const char *iso_date)
{
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  if (!lds_date_parse (iso_date, &date))
    {
      g_autofree char *today = lds_today ();

      lds_date_parse (today, &date);
    }
  shown = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                               g_date_get_day (&date), 12, 0, 0);
  g_object_set_data (G_OBJECT (calendar), SHOWING_KEY, GINT_TO_POINTER (TRUE));
  gtk_calendar_select_day (GTK_CALENDAR (calendar), shown);
  g_object_set_data (G_OBJECT (calendar), SHOWING_KEY, NULL);
}

/**
 * lds_date_entry_read_error:
 * @text: what was typed for a day
 *
 * Returns: the message for @text when it is not a day, with an example
 *   of one written as the interface writes days
 */
char *
lds_date_entry_read_error (const char *text)
{
  g_autofree char *today = lds_today ();
  g_autofree char *example = lds_format_date (today);

  /* Translators: %1$s is what was typed for a day, %2$s today's date, as
   * the interface writes dates ("22 Nov 2026") */
  return g_strdup_printf (_("“%1$s” is not a day: write it as, for example, %2$s."), text, example);
}

/**
 * lds_date_entry_set_date:
 * @entry: an entry from lds_date_entry_new()
 * @iso_date: (nullable): a day, "YYYY-MM-DD"; %NULL or "" for none
 */
void
lds_date_entry_set_date (GtkWidget  *entry,
                         const char *iso_date)
{
  g_autofree char *written = NULL;

  g_return_if_fail (GTK_IS_ENTRY (entry));

  if (iso_date != NULL && *iso_date != '\0')
    written = lds_format_date (iso_date);
  gtk_editable_set_text (GTK_EDITABLE (entry), written != NULL ? written : "");
}

/**
 * lds_date_entry_get_date:
 * @entry: an entry from lds_date_entry_new()
 * @iso_date: (out) (nullable): the day typed, "YYYY-MM-DD"; %NULL when the
 *   entry is empty
 *
 * Returns: whether the entry holds a day or nothing; @error says what is
 *   wrong when it holds something else
 */
gboolean
lds_date_entry_get_date (GtkWidget  *entry,
                         char      **iso_date,
                         GError    **error)
{
  g_autofree char *text = NULL;
  GDate date;

  g_return_val_if_fail (GTK_IS_ENTRY (entry), FALSE);
  g_return_val_if_fail (iso_date != NULL, FALSE);

  *iso_date = NULL;
  text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
  if (*text == '\0')
    return TRUE;
  if (!lds_parse_date (text, &date))
    {
      g_autofree char *message = lds_date_entry_read_error (text);

      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
      return FALSE;
    }
  *iso_date = lds_date_format_iso (&date);
  return TRUE;
}

#define BUTTON_KEY "lds-date-entry-button"
#define CALENDAR_KEY "lds-date-entry-calendar"
#define LABEL_KEY "lds-date-entry-label"

/* A day picked is written into the entry, which then takes it as it
 * takes a day typed and Enter pressed. */
static void
picked_cb (const char *iso_date,
           gpointer    data)
{
  GtkWidget *entry = data;

  lds_date_entry_set_date (entry, iso_date);
  gtk_menu_button_popdown (GTK_MENU_BUTTON (g_object_get_data (G_OBJECT (entry), BUTTON_KEY)));
  gtk_widget_grab_focus (entry);
  g_signal_emit_by_name (entry, "activate");
}

/* The calendar opens on the day the entry holds, today when it holds none. */
static void
popover_show_cb (GtkWidget *popover,
                 GtkWidget *entry)
{
  GtkWidget *calendar = g_object_get_data (G_OBJECT (entry), CALENDAR_KEY);
  g_autofree char *iso = NULL;
  GDate date;

  if (lds_parse_date (gtk_editable_get_text (GTK_EDITABLE (entry)), &date))
    iso = lds_date_format_iso (&date);
  lds_calendar_show_day (calendar, iso);
  gtk_widget_grab_focus (calendar);
}

/* The popover, with its calendar, is made when it first opens: a calendar
 * takes a while to make, and a form may have several days. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  GtkWidget *entry = data;
  GtkWidget *popover, *calendar;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  popover = gtk_popover_new ();
  calendar = lds_calendar_new (g_object_get_data (G_OBJECT (entry), LABEL_KEY));
  g_object_set_data (G_OBJECT (entry), CALENDAR_KEY, calendar);
  lds_calendar_on_pick (calendar, picked_cb, entry);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect_object (popover, "show", G_CALLBACK (popover_show_cb), entry, 0);
  gtk_menu_button_set_popover (button, popover);
}

/**
 * lds_date_entry_popup:
 * @entry: an entry from lds_date_entry_new()
 *
 * Opens the calendar by @entry, on the day it holds (today when it holds
 * none).
 *
 * Returns: %TRUE
 */
gboolean
lds_date_entry_popup (GtkWidget *entry)
{
  g_return_val_if_fail (GTK_IS_ENTRY (entry), FALSE);

  gtk_menu_button_popup (GTK_MENU_BUTTON (g_object_get_data (G_OBJECT (entry), BUTTON_KEY)));
  return TRUE;
}

static gboolean
popup_shortcut_cb (GtkWidget *widget,
                   GVariant  *arguments,
                   gpointer   data)
{
  return lds_date_entry_popup (widget);
}

/**
 * lds_date_entry_new:
 * @accessible_label: what the day is, for screen readers and the
 *   calendar ("Starts", "Due date")
 *
 * The entry comes inside a box, joined to the button that opens its
 * calendar: put gtk_widget_get_parent() of it in a layout (lds_form_add()
 * does so by itself). The entry keeps its width unless made to expand.
 *
 * Returns: (transfer none): an entry of a day, empty
 */
GtkWidget *
lds_date_entry_new (const char *accessible_label)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *button = gtk_menu_button_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  g_autofree char *today = lds_today ();
  g_autofree char *example = lds_format_date (today);

  gtk_widget_add_css_class (box, "linked");
  gtk_widget_add_css_class (box, "lds-date-entry");
  gtk_widget_set_tooltip_text (entry, accessible_label);
  /* Kept for the calendar: the tooltip may say what is wrong with the day */
  g_object_set_data_full (G_OBJECT (entry), LABEL_KEY, g_strdup (accessible_label), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  /* Wide enough for a day as the interface writes it */
  gtk_editable_set_width_chars (GTK_EDITABLE (entry), MAX (11, g_utf8_strlen (example, -1) + 1));
  gtk_box_append (GTK_BOX (box), entry);

  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  gtk_widget_set_tooltip_text (button, _("Choose a Day (Alt+Down)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Choose a Day"), -1);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, entry, NULL);
  g_object_set_data (G_OBJECT (entry), BUTTON_KEY, button);
  gtk_box_append (GTK_BOX (box), button);

  gtk_shortcut_controller_add_shortcut (
    GTK_SHORTCUT_CONTROLLER (shortcuts),
    gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                      gtk_callback_action_new (popup_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (entry, shortcuts);
  return entry;
}
