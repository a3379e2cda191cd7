/* lds-workshop-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-dialogs.h"
#include "lds-i18n.h"
#include "lds-pickers.h"
#include "lds-store-workshop.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-session.h"

/* How long ago a workshop may have changed to be the one to resume. */
#define RECENT_SECONDS (12 * 3600)

struct _LdsWorkshopDialog
{
  GtkWindow    parent_instance;

  LdsStore    *store;
  GtkWindow   *parent;
  GtkWidget   *cycle_dropdown;
  GtkWidget   *teams_box;
  GtkWidget   *start_button;
  GtkWidget   *language_dropdown;
  GtkWidget   *recent_resume;   /* a workshop left off a moment ago: what Enter resumes */
  GHashTable  *checks;          /* unit id → GtkCheckButton */
};

G_DEFINE_FINAL_TYPE (LdsWorkshopDialog, lds_workshop_dialog, GTK_TYPE_WINDOW)

static void
update_start (LdsWorkshopDialog *self)
{
  GHashTableIter iter;
  gpointer check;
  gboolean any = FALSE;

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &check))
    any |= gtk_check_button_get_active (check);
  gtk_widget_set_sensitive (self->start_button,
                            any && lds_record_dropdown_get (self->cycle_dropdown) != NULL);
}

/* The languages the projector may speak, each named in itself (as in the
 * preferences, where "Follow the System" is the only other choice). */
static const char *const languages[] = { "en", "zh_CN" };

/* The room's language is the interface's: gettext speaks one language in a
 * process, so the one chosen here is set as the preferences set it, and
 * every window of Lodestar follows at once (lds-application-prefs.c), the
 * workshop's first of all. */
static void
apply_language (LdsWorkshopDialog *self)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->language_dropdown));
  g_autoptr(GSettings) settings = NULL;

  if (i >= G_N_ELEMENTS (languages) || g_str_equal (languages[i], lds_i18n_get_language ()))
    return;
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "language", languages[i]);
}

static gboolean
open_session (LdsWorkshopDialog *self,
              LdsId              workshop_id)
{
  g_autoptr(GError) error = NULL;
  GtkApplication *application = gtk_window_get_application (self->parent != NULL ? self->parent
                                                                                 : GTK_WINDOW (self));

  apply_language (self);
  if (lds_workshop_session_open (application, self->parent, self->store, workshop_id,
                                 &error) == NULL)
    {
      lds_show_error (application, GTK_WINDOW (self), _("Could not open the workshop"), error);
      return FALSE;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

/**
 * lds_workshop_dialog_start:
 *
 * Starts a workshop for the teams ticked, in the cycle chosen, and opens it.
 */
gboolean
lds_workshop_dialog_start (LdsWorkshopDialog *self)
{
  g_autoptr(GArray) units = g_array_new (FALSE, FALSE, sizeof (LdsId));
  g_autoptr(GError) error = NULL;
  LdsRecordObject *cycle = lds_record_dropdown_get (self->cycle_dropdown);
  LdsId workshop_id = 0;

  /* In the order of the organisation, as the list shows them. */
  for (GtkWidget *row = gtk_widget_get_first_child (self->teams_box); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      LdsId id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-unit-id"));
      GtkCheckButton *check = g_hash_table_lookup (self->checks, &id);

      if (check != NULL && gtk_check_button_get_active (check))
        g_array_append_val (units, id);
    }
  if (cycle == NULL ||
      !lds_store_start_workshop (self->store, lds_record_object_get_id (cycle),
                                 (LdsId *) units->data, units->len, &workshop_id, &error))
    {
      if (error != NULL)
        lds_show_error (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self),
                        _("Could not start the workshop"), error);
      return FALSE;
    }
  return open_session (self, workshop_id);
}

gboolean
lds_workshop_dialog_resume (LdsWorkshopDialog *self,
                            LdsId              workshop_id)
{
  return open_session (self, workshop_id);
}

void
lds_workshop_dialog_set_team (LdsWorkshopDialog *self,
                              LdsId              unit_id,
                              gboolean           taking_part)
{
  GtkCheckButton *check = g_hash_table_lookup (self->checks, &unit_id);

  if (check != NULL)
    gtk_check_button_set_active (check, taking_part);
}

static void
resume_clicked_cb (GtkButton         *button,
                   LdsWorkshopDialog *self)
{
  lds_workshop_dialog_resume (self, GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button),
                                                                          "lds-workshop-id")));
}

static void
start_clicked_cb (LdsWorkshopDialog *self)
{
  lds_workshop_dialog_start (self);
}

/* Building */

static GtkWidget *
heading (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  return label;
}

static GtkWidget *
resume_list (LdsWorkshopDialog *self)
{
  g_autoptr(GPtrArray) workshops = lds_store_list_workshops (self->store, TRUE, NULL);
  GtkWidget *box;

  if (workshops == NULL || workshops->len == 0)
    return NULL;
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_box_append (GTK_BOX (box), heading (_("Resume a Workshop")));
  for (guint i = 0; i < workshops->len; i++)
    {
      LdsWorkshopInfo *info = workshops->pdata[i];
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *title, *details, *button;
      g_autofree char *title_text = NULL;
      g_autofree char *details_text = NULL;
      g_autofree char *when = lds_date_from_time (info->last_change);

      /* Translators: %1$s is the teams of a workshop, %2$s its cycle */
      title_text = g_strdup_printf (_("%1$s, %2$s"), info->teams, info->cycle_name);
      details_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                   /* Translators: %1$s is a workshop phase,
                                                    * %2$u its proposals, %3$s a date */
                                                   "%1$s · %2$u proposal · last change %3$s",
                                                   "%1$s · %2$u proposals · last change %3$s",
                                                   info->n_cards),
                                      lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, info->phase),
                                      info->n_cards, when);
      title = gtk_label_new (title_text);
      details = gtk_label_new (details_text);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_xalign (GTK_LABEL (details), 0);
      gtk_widget_add_css_class (details, "dim-label");
      gtk_box_append (GTK_BOX (labels), title);
      gtk_box_append (GTK_BOX (labels), details);
      gtk_widget_set_hexpand (labels, TRUE);
      button = gtk_button_new_with_mnemonic (_("_Resume"));
      gtk_widget_add_css_class (button, "lds-workshop-resume");
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "lds-workshop-id", GSIZE_TO_POINTER (info->id));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      title_text, -1);
      g_signal_connect_object (button, "clicked", G_CALLBACK (resume_clicked_cb), self, 0);
      /* A workshop changed in the last hours was cut short (a laptop died,
       * the application was closed): F5 and Enter take the room back to it. */
      if (i == 0 && lds_now () - info->last_change < RECENT_SECONDS)
        self->recent_resume = button;
      gtk_box_append (GTK_BOX (row), labels);
      gtk_box_append (GTK_BOX (row), button);
      gtk_box_append (GTK_BOX (box), row);
    }
  return box;
}

static void
add_units (LdsWorkshopDialog *self,
           GPtrArray         *units,
           LdsId              parent,
           int                depth,
           LdsId              chosen)
{
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = units->pdata[i];
      GtkWidget *check;

      if (unit->parent_id != parent)
        continue;
      if (unit->kind != LDS_UNIT_KIND_COMPANY)
        {
          check = gtk_check_button_new_with_label (unit->name);
          gtk_widget_set_margin_start (check, 20 * MAX (depth - 1, 0));
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), unit->id == chosen);
          g_object_set_data (G_OBJECT (check), "lds-unit-id", GSIZE_TO_POINTER (unit->id));
          gtk_widget_add_css_class (check, "lds-workshop-team");
          g_signal_connect_object (check, "toggled", G_CALLBACK (update_start), self,
                                   G_CONNECT_SWAPPED);
          g_hash_table_insert (self->checks, g_memdup2 (&unit->id, sizeof unit->id), check);
          gtk_box_append (GTK_BOX (self->teams_box), check);
        }
      add_units (self, units, unit->id, depth + 1, chosen);
    }
}

static LdsId
planning_cycle (LdsStore *store,
                LdsId     fallback)
{
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, NULL);
  g_autofree char *today = lds_today ();

  /* The next quarter being planned is what a workshop is usually for. */
  for (guint i = 0; cycles != NULL && i < cycles->len; i++)
    {
      LdsCycle *c = cycles->pdata[i];
      if (c->state == LDS_CYCLE_STATE_PLANNING && c->kind == LDS_CYCLE_KIND_QUARTER &&
          g_strcmp0 (c->end_date, today) >= 0)
        return c->id;
    }
  return fallback;
}

static void
lds_workshop_dialog_dispose (GObject *object)
{
  LdsWorkshopDialog *self = LDS_WORKSHOP_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->checks, g_hash_table_unref);

  G_OBJECT_CLASS (lds_workshop_dialog_parent_class)->dispose (object);
}

static void
lds_workshop_dialog_class_init (LdsWorkshopDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = lds_workshop_dialog_dispose;
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lds_workshop_dialog_init (LdsWorkshopDialog *self)
{
  self->checks = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

/**
 * lds_workshop_dialog_new:
 * @cycle_id: the cycle shown in the main window (a cycle being planned is
 *   chosen first when there is one)
 * @unit_id: the unit chosen in the main window, ticked at first; 0: none
 */
GtkWindow *
lds_workshop_dialog_new (GtkWindow *parent,
                         LdsStore  *store,
                         LdsId      cycle_id,
                         LdsId      unit_id)
{
  LdsWorkshopDialog *self = g_object_new (LDS_TYPE_WORKSHOP_DIALOG,
                                          "transient-for", parent,
                                          "modal", TRUE,
                                          "title", _("Co-creation Workshop"),
                                          "default-width", 560,
                                          "default-height", 640,
                                          NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *resume;
  GtkWidget *intro, *cycle_label, *teams_label, *buttons, *cancel;

  self->store = g_object_ref (store);
  self->parent = parent;
  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 18);
  gtk_widget_set_margin_bottom (box, 18);

  resume = resume_list (self);
  if (resume != NULL)
    {
      gtk_box_append (GTK_BOX (box), resume);
      gtk_box_append (GTK_BOX (box), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
    }

  gtk_box_append (GTK_BOX (box), heading (_("Start a Workshop")));
  intro = gtk_label_new (_("The team, or the teams, propose objectives and key results together "
                           "around the projector; the parent OKRs are shown so that each "
                           "proposal can be aligned. Everything is saved as it happens."));
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 60);
  gtk_widget_add_css_class (intro, "dim-label");
  gtk_box_append (GTK_BOX (box), intro);

  cycle_label = gtk_label_new_with_mnemonic (_("C_ycle"));
  gtk_label_set_xalign (GTK_LABEL (cycle_label), 0);
  self->cycle_dropdown = lds_record_dropdown_new (lds_cycle_model_new (store, FALSE));
  lds_record_dropdown_select (self->cycle_dropdown, LDS_RECORD_CYCLE,
                              planning_cycle (store, cycle_id));
  gtk_label_set_mnemonic_widget (GTK_LABEL (cycle_label), self->cycle_dropdown);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->cycle_dropdown),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, cycle_label, NULL, -1);
  gtk_box_append (GTK_BOX (box), cycle_label);
  gtk_box_append (GTK_BOX (box), self->cycle_dropdown);

  teams_label = gtk_label_new (_("Teams taking part"));
  gtk_label_set_xalign (GTK_LABEL (teams_label), 0);
  gtk_box_append (GTK_BOX (box), teams_label);
  self->teams_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  {
    g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
    if (units != NULL)
      add_units (self, units, 0, 0, unit_id);
  }
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), self->teams_box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_size_request (scrolled, -1, 200);
  /* Framed, so that a row cut at the bottom reads as a list that scrolls */
  gtk_widget_add_css_class (scrolled, "frame");
  gtk_widget_set_margin_start (self->teams_box, 6);
  gtk_widget_set_margin_top (self->teams_box, 6);
  gtk_widget_set_margin_bottom (self->teams_box, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->teams_box),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, teams_label, NULL, -1);
  gtk_box_append (GTK_BOX (box), scrolled);

  {
    g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
    GtkWidget *language_label = gtk_label_new_with_mnemonic (_("_Language on the projector"));
    GtkWidget *note = gtk_label_new (_("Every window of Lodestar changes to this "
                                       "language, as in Preferences."));
    const char *current = lds_i18n_get_language ();

    /* Named in themselves, so that anyone finds theirs. */
    gtk_string_list_append (names, "English");
    gtk_string_list_append (names, "简体中文");
    self->language_dropdown = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
    gtk_widget_add_css_class (self->language_dropdown, "lds-workshop-language");
    for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
      if (g_str_equal (languages[i], current))
        gtk_drop_down_set_selected (GTK_DROP_DOWN (self->language_dropdown), i);
    gtk_label_set_xalign (GTK_LABEL (language_label), 0);
    gtk_label_set_mnemonic_widget (GTK_LABEL (language_label), self->language_dropdown);
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self->language_dropdown),
                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY, language_label, NULL,
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, note, NULL, -1);
    gtk_label_set_wrap (GTK_LABEL (note), TRUE);
    gtk_label_set_xalign (GTK_LABEL (note), 0);
    gtk_widget_add_css_class (note, "dim-label");
    gtk_box_append (GTK_BOX (box), language_label);
    gtk_box_append (GTK_BOX (box), self->language_dropdown);
    gtk_box_append (GTK_BOX (box), note);
  }

  buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  self->start_button = gtk_button_new_with_mnemonic (_("_Start Workshop"));
  gtk_widget_add_css_class (self->start_button, "suggested-action");
  g_signal_connect_object (self->start_button, "clicked", G_CALLBACK (start_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cycle_dropdown, "notify::selected", G_CALLBACK (update_start),
                           self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), cancel);
  gtk_box_append (GTK_BOX (buttons), self->start_button);
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_window_set_child (GTK_WINDOW (self), box);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->recent_resume != NULL
                                                      ? self->recent_resume
                                                      : self->start_button);
  if (self->recent_resume != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), self->recent_resume);
  update_start (self);
  return GTK_WINDOW (self);
}
