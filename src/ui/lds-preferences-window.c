/* lds-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds of settings, said apart on the page: the person's own (the
 * interface language and the appearance), kept in GSettings and applied
 * by the application as soon as they change; and the organisation's
 * (check-in cadence, the coach's limits, score bands and how scores are
 * shown), kept in the file for everyone who opens it, each change one
 * action that Undo takes back. Bad values are refused with a message and
 * leave the file as it was.
 */

#define G_LOG_DOMAIN "lds-preferences"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-preferences-window.h"
#include "lds-resources-private.h"
#include "lds-view-state.h"

struct _LdsPreferencesWindow
{
  GtkWindow        parent_instance;

  GSettings       *settings;
  LdsStore        *store;
  LdsFileSettings  shown;
  gboolean         loading;

  GtkWidget       *cadence;
  GtkWidget       *max_objectives;
  GtkWidget       *max_key_results;
  GtkWidget       *red_below;
  GtkWidget       *green_from;
  GtkWidget       *scale;
  GtkWidget       *red_unit;
  GtkWidget       *green_unit;

  GtkDropDown     *appearance_dropdown;
  GtkDropDown     *language_dropdown;

  /* Template widgets */
  GtkLabel        *organisation_caption;
  GtkLabel        *organisation_heading;
  GtkListBox      *organisation_list;
  GtkLabel        *organisation_message;
  GtkListBox      *personal_list;
  GtkScrolledWindow *scroller;
};

G_DEFINE_FINAL_TYPE (LdsPreferencesWindow, lds_preferences_window, GTK_TYPE_WINDOW)

#define CONTROL_WIDTH 170   /* every setting's control, lined up */

/* The languages Lodestar speaks, each named in itself so that anyone can
 * find theirs; the first follows the system. */
static const char *const languages[] = { "", "en", "zh_CN" };
static const char *const appearances[] = { "system", "light", "dark" };

static guint
index_of (const char *const *values,
          guint              n,
          const char        *value)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;
  return 0;
}

/* Personal settings */

static void
load_personal (LdsPreferencesWindow *self)
{
  g_autofree char *language = g_settings_get_string (self->settings, "language");
  g_autofree char *appearance = g_settings_get_string (self->settings, "appearance");

  self->loading = TRUE;
  gtk_drop_down_set_selected (self->language_dropdown,
                              index_of (languages, G_N_ELEMENTS (languages), language));
  gtk_drop_down_set_selected (self->appearance_dropdown,
                              index_of (appearances, G_N_ELEMENTS (appearances), appearance));
  self->loading = FALSE;
}

static void
language_selected_cb (LdsPreferencesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->language_dropdown);

  if (!self->loading && i < G_N_ELEMENTS (languages))
    g_settings_set_string (self->settings, "language", languages[i]);
}

static void
appearance_selected_cb (LdsPreferencesWindow *self)
{
  guint i = gtk_drop_down_get_selected (self->appearance_dropdown);

  if (!self->loading && i < G_N_ELEMENTS (appearances))
    g_settings_set_string (self->settings, "appearance", appearances[i]);
}

/* The organisation's settings */

static gboolean
percent (LdsPreferencesWindow *self)
{
  return gtk_drop_down_get_selected (GTK_DROP_DOWN (self->scale)) == 1;
}

/* Score bands read in the scale the organisation shows scores in. */
static void
set_band_scale (LdsPreferencesWindow *self,
                GtkWidget            *spin,
                GtkWidget            *unit,
                double                band)
{
  gboolean in_percent = percent (self);
  GtkAdjustment *adjustment = gtk_spin_button_get_adjustment (GTK_SPIN_BUTTON (spin));

  if (in_percent)
    gtk_adjustment_configure (adjustment, round (band * 100.0), 5, 100, 5, 10, 0);
  else
    gtk_adjustment_configure (adjustment, band, 0.05, 1.0, 0.05, 0.1, 0);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), in_percent ? 0 : 2);
  gtk_label_set_label (GTK_LABEL (unit), in_percent ? "%" : "");
}

static double
band_value (LdsPreferencesWindow *self,
            GtkWidget            *spin)
{
  double value = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));

  return percent (self) ? value / 100.0 : value;
}

static void
show_message (LdsPreferencesWindow *self,
              const char           *message)
{
  gtk_label_set_label (self->organisation_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->organisation_message), message != NULL);
}

static void
load_organisation (LdsPreferencesWindow *self)
{
  const char *path;
  g_autofree char *name = NULL;
  g_autofree char *caption = NULL;

  if (self->store == NULL)
    return;
  lds_store_get_file_settings (self->store, &self->shown);

  self->loading = TRUE;
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->cadence), self->shown.cadence_days);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->max_objectives), self->shown.max_objectives);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->max_key_results), self->shown.max_key_results);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->scale),
                              self->shown.scale == LDS_SCORE_SCALE_PERCENT ? 1 : 0);
  set_band_scale (self, self->red_below, self->red_unit, self->shown.bands.red_below);
  set_band_scale (self, self->green_from, self->green_unit, self->shown.bands.green_from);
  self->loading = FALSE;

  path = lds_store_get_path (self->store);
  name = path != NULL ? g_filename_display_basename (path) : g_strdup ("");
  gtk_label_set_label (self->organisation_heading, _("This Organisation"));
  caption = lds_store_is_read_only (self->store)
    /* Translators: %s is an organisation file's name */
    ? g_strdup_printf (_("Kept in “%s” for everyone who opens it. This file cannot be changed."),
                       name)
    /* Translators: %s is an organisation file's name */
    : g_strdup_printf (_("Kept in “%s” for everyone who opens it. Each change can be undone."),
                       name);
  gtk_label_set_label (self->organisation_caption, caption);
  gtk_widget_set_sensitive (GTK_WIDGET (self->organisation_list),
                            !lds_store_is_read_only (self->store));
}

static void
organisation_changed_cb (LdsPreferencesWindow *self)
{
  LdsFileSettings settings = self->shown;
  g_autoptr(GError) error = NULL;

  if (self->loading || self->store == NULL)
    return;
  settings.cadence_days = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->cadence));
  settings.max_objectives = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->max_objectives));
  settings.max_key_results = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->max_key_results));
  settings.bands.red_below = band_value (self, self->red_below);
  settings.bands.green_from = band_value (self, self->green_from);
  settings.scale = percent (self) ? LDS_SCORE_SCALE_PERCENT : LDS_SCORE_SCALE_DECIMAL;

  gtk_widget_remove_css_class (self->red_below, "error");
  gtk_widget_remove_css_class (self->green_from, "error");
  if (settings.cadence_days == self->shown.cadence_days &&
      settings.max_objectives == self->shown.max_objectives &&
      settings.max_key_results == self->shown.max_key_results &&
      settings.bands.red_below == self->shown.bands.red_below &&
      settings.bands.green_from == self->shown.bands.green_from &&
      settings.scale == self->shown.scale)
    {
      show_message (self, NULL);
      return;
    }
  if (!lds_store_set_file_settings (self->store, &settings, &error))
    {
      /* The file keeps what it had; the value stays shown, with why. */
      show_message (self, error->message);
      if (settings.bands.red_below >= settings.bands.green_from)
        {
          gtk_widget_add_css_class (self->red_below, "error");
          gtk_widget_add_css_class (self->green_from, "error");
        }
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  show_message (self, NULL);
}

static void
scale_changed_cb (LdsPreferencesWindow *self)
{
  if (self->loading)
    return;
  /* The bands are shown in the new scale before the settings are read. */
  self->loading = TRUE;
  set_band_scale (self, self->red_below, self->red_unit, self->shown.bands.red_below);
  set_band_scale (self, self->green_from, self->green_unit, self->shown.bands.green_from);
  self->loading = FALSE;
  organisation_changed_cb (self);
}

static void
store_changed_cb (LdsPreferencesWindow *self,
                  LdsChanges           *changes)
{
  if (changes->settings || changes->everything)
    {
      show_message (self, NULL);
      load_organisation (self);
    }
}

/* A setting: its name and what it does on the left, the control (and its
 * unit, such as "days") on the right, lined up with the others'. */
static GtkWidget *
add_row (LdsPreferencesWindow *self,
         GtkListBox           *list,
         const char           *title,
         const char           *subtitle,
         GtkWidget            *widget,
         GtkWidget            *unit)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *control = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new_with_mnemonic (title);
  GtkWidget *caption = gtk_label_new (subtitle);

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "lds-preference-row");
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_label_set_xalign (GTK_LABEL (caption), 0);
  gtk_label_set_wrap (GTK_LABEL (caption), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (caption), 36);
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (texts), label);
  gtk_box_append (GTK_BOX (texts), caption);
  gtk_box_append (GTK_BOX (box), texts);

  gtk_widget_set_valign (control, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (widget, CONTROL_WIDTH, -1);
  gtk_box_append (GTK_BOX (control), widget);
  if (unit == NULL)
    unit = gtk_label_new (NULL);
  gtk_widget_add_css_class (unit, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (unit), 4);
  gtk_label_set_xalign (GTK_LABEL (unit), 0);
  gtk_box_append (GTK_BOX (control), unit);
  gtk_box_append (GTK_BOX (box), control);

  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                  caption, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label,
                                  NULL, -1);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_append (list, row);
  return row;
}

static GtkWidget *
spin_new (LdsPreferencesWindow *self,
          int                   lower,
          int                   upper,
          const char           *css)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (lower, upper, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_add_css_class (spin, css);
  g_signal_connect_object (spin, "value-changed", G_CALLBACK (organisation_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return spin;
}

static void
build_organisation (LdsPreferencesWindow *self)
{
  const char *scales[] = { N_("0.0 to 1.0"), N_("Percent, 0 to 100%"), NULL };
  g_autoptr(GtkStringList) scale_names = gtk_string_list_new (NULL);

  for (guint i = 0; scales[i] != NULL; i++)
    gtk_string_list_append (scale_names, _(scales[i]));

  self->cadence = spin_new (self, 1, 92, "lds-setting-cadence");
  add_row (self, self->organisation_list, _("Check-in _cadence"),
           _("How often key results are updated; new cycles take it as their rhythm."),
           self->cadence, gtk_label_new (_("days")));
  self->max_objectives = spin_new (self, 1, 20, "lds-setting-max-objectives");
  add_row (self, self->organisation_list, _("_Objectives per owner"),
           _("The coach warns when a team or a person has more in one cycle."),
           self->max_objectives, NULL);
  self->max_key_results = spin_new (self, 1, 20, "lds-setting-max-key-results");
  add_row (self, self->organisation_list, _("_Key results per objective"),
           _("The coach warns when an objective has more."),
           self->max_key_results, NULL);

  self->scale = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&scale_names)), NULL);
  gtk_widget_add_css_class (self->scale, "lds-setting-scale");
  g_signal_connect_object (self->scale, "notify::selected", G_CALLBACK (scale_changed_cb), self,
                           G_CONNECT_SWAPPED);
  add_row (self, self->organisation_list, _("_Scores shown as"),
           _("Everywhere scores appear: lists, the map, reports and exports."),
           self->scale, NULL);

  self->red_below = gtk_spin_button_new_with_range (0.05, 1.0, 0.05);
  gtk_widget_add_css_class (self->red_below, "lds-setting-red-below");
  g_signal_connect_object (self->red_below, "value-changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->red_unit = gtk_label_new (NULL);
  add_row (self, self->organisation_list, _("_Red below"),
           _("Lower scores are red: those key results need help."),
           self->red_below, self->red_unit);
  self->green_from = gtk_spin_button_new_with_range (0.05, 1.0, 0.05);
  gtk_widget_add_css_class (self->green_from, "lds-setting-green-from");
  g_signal_connect_object (self->green_from, "value-changed", G_CALLBACK (organisation_changed_cb),
                           self, G_CONNECT_SWAPPED);
  self->green_unit = gtk_label_new (NULL);
  add_row (self, self->organisation_list, _("_Green from"),
           _("Scores from here up are green; between the two, amber."),
           self->green_from, self->green_unit);
}

/* GObject */

static void
lds_preferences_window_dispose (GObject *object)
{
  LdsPreferencesWindow *self = LDS_PREFERENCES_WINDOW (object);

  g_clear_object (&self->store);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (lds_preferences_window_parent_class)->dispose (object);
}

static void
lds_preferences_window_class_init (LdsPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_preferences_window_dispose;

  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lds-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, organisation_caption);
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, organisation_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, organisation_list);
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, organisation_message);
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, personal_list);
  gtk_widget_class_bind_template_child (widget_class, LdsPreferencesWindow, scroller);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lds_preferences_window_init (LdsPreferencesWindow *self)
{
  g_autoptr(GtkStringList) language_names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) appearance_names = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);

  /* The languages are named in themselves, so that anyone finds theirs. */
  gtk_string_list_append (language_names, C_("language", "Follow the System"));
  gtk_string_list_append (language_names, "English");
  gtk_string_list_append (language_names, "简体中文");
  self->language_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&language_names)), NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->language_dropdown), "lds-language");
  add_row (self, self->personal_list, _("Interface _language"),
           _("Changes at once, in every window. The command line follows LANGUAGE and LANG."),
           GTK_WIDGET (self->language_dropdown), NULL);

  gtk_string_list_append (appearance_names, C_("appearance", "Follow the System"));
  gtk_string_list_append (appearance_names, _("Light"));
  gtk_string_list_append (appearance_names, _("Dark"));
  self->appearance_dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&appearance_names)), NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->appearance_dropdown), "lds-appearance");
  add_row (self, self->personal_list, _("_Appearance"), _("Light or dark, the alignment map too."),
           GTK_WIDGET (self->appearance_dropdown), NULL);
  load_personal (self);

  g_signal_connect_object (self->language_dropdown, "notify::selected",
                           G_CALLBACK (language_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->appearance_dropdown, "notify::selected",
                           G_CALLBACK (appearance_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::language", G_CALLBACK (load_personal), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::appearance", G_CALLBACK (load_personal), self,
                           G_CONNECT_SWAPPED);
  build_organisation (self);
}

/**
 * lds_preferences_window_new:
 * @parent: (nullable): the window it was asked for from
 * @store: (nullable): that window's organisation, whose settings it shows
 */
LdsPreferencesWindow *
lds_preferences_window_new (GtkApplication *application,
                            GtkWindow      *parent,
                            LdsStore       *store)
{
  LdsPreferencesWindow *self = g_object_new (LDS_TYPE_PREFERENCES_WINDOW,
                                             "application", application,
                                             "transient-for", parent,
                                             "modal", parent != NULL,
                                             NULL);

  if (store != NULL)
    {
      self->store = g_object_ref (store);
      g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self,
                               G_CONNECT_SWAPPED);
      load_organisation (self);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->organisation_heading), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->organisation_caption), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->organisation_list), FALSE);
    }
  return self;
}

/**
 * lds_preferences_window_get_store:
 *
 * Returns: (transfer none) (nullable): the organisation whose settings it shows
 */
LdsStore *
lds_preferences_window_get_store (LdsPreferencesWindow *self)
{
  g_return_val_if_fail (LDS_IS_PREFERENCES_WINDOW (self), NULL);

  return self->store;
}

/* The settings that can have the keyboard, by the CSS class each carries */
static const char *const focusable[] = {
  "lds-language", "lds-appearance", "lds-setting-cadence", "lds-setting-max-objectives",
  "lds-setting-max-key-results", "lds-setting-scale", "lds-setting-red-below",
  "lds-setting-green-from",
};

static GtkWidget *
focusable_widget (LdsPreferencesWindow *self,
                  guint                 i)
{
  GtkWidget *widgets[] = { GTK_WIDGET (self->language_dropdown),
                           GTK_WIDGET (self->appearance_dropdown), self->cadence,
                           self->max_objectives, self->max_key_results, self->scale,
                           self->red_below, self->green_from };

  G_STATIC_ASSERT (G_N_ELEMENTS (widgets) == G_N_ELEMENTS (focusable));
  return widgets[i];
}

/**
 * lds_preferences_window_save_state:
 *
 * Returns: (transfer full): where the page was scrolled, and which setting
 *   had the keyboard
 */
GVariant *
lds_preferences_window_save_state (LdsPreferencesWindow *self)
{
  GtkWidget *focus;
  const char *focused = "";

  g_return_val_if_fail (LDS_IS_PREFERENCES_WINDOW (self), NULL);

  focus = gtk_root_get_focus (GTK_ROOT (self));
  for (guint i = 0; focus != NULL && i < G_N_ELEMENTS (focusable); i++)
    {
      GtkWidget *widget = focusable_widget (self, i);

      if (focus == widget || gtk_widget_is_ancestor (focus, widget))
        focused = focusable[i];
    }
  return g_variant_ref_sink (g_variant_new ("(ds)",
    gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller)), focused));
}

void
lds_preferences_window_restore_state (LdsPreferencesWindow *self,
                                      GVariant             *state)
{
  const char *focused = NULL;
  double scroll = 0;

  g_return_if_fail (LDS_IS_PREFERENCES_WINDOW (self));

  if (state == NULL || !g_variant_is_of_type (state, G_VARIANT_TYPE ("(ds)")))
    return;
  g_variant_get (state, "(d&s)", &scroll, &focused);
  lds_adjustment_restore (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
  for (guint i = 0; i < G_N_ELEMENTS (focusable); i++)
    if (g_str_equal (focused, focusable[i]))
      gtk_widget_grab_focus (focusable_widget (self, i));
}
