/* lds-rollout-page.c: the roll-out checklist and the champions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The nine factors of a successful roll-out (OKR-METHOD.md), each with
 * whether it is done, who looks after it, by when, and notes; then every
 * department with its OKR champions (people whose role says so), where a
 * champion can be named or relieved. The checklist belongs to the whole
 * organisation, whatever is chosen in the sidebar. Each edit is one
 * undoable action; a factor the file has no item for yet gets one when it
 * is first edited.
 */

#define G_LOG_DOMAIN "lds-rollout-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-date-entry.h"
#include "lds-dialogs.h"
#include "lds-note-editor.h"
#include "lds-resources-private.h"
#include "lds-rollout-page.h"
#include "lds-widgets.h"

#define N_FACTORS 9

/* The factors, in the method's order (LdsRolloutItem.factor is 1..9). */
static const char * const factors[N_FACTORS] = {
  N_("Start at the top: the leaders say why the company uses OKRs"),
  N_("Clear roles: a sponsor, and a champion in every department"),
  N_("Agreed ground rules: which levels, how long a cycle, how scores work"),
  N_("Training"),
  N_("Telling everyone what the OKRs are"),
  N_("Drafting OKRs with a coach"),
  N_("Key results owned by the people doing the work, mostly proposed bottom-up"),
  N_("A review in the middle of the cycle"),
  N_("Writing down and sharing what was learned"),
};

typedef struct
{
  LdsRolloutPage *page;
  int             factor;
  GtkWidget      *done;
  GtkWidget      *owner;
  GtkWidget      *date;
  GtkWidget      *notes;
} Step;

struct _LdsRolloutPage
{
  GtkWidget       parent_instance;

  LdsContext     *context;
  Step            steps[N_FACTORS];
  GArray         *people_ids;       /* LdsId; the first, 0, is nobody */
  GtkStringList  *people_names;
  gboolean        updating;
  gboolean        champions_stale;  /* a champion popover was open during a change */
  gboolean        stale;            /* the file changed while the page was hidden */
  GtkWidget      *open_popover;

  /* Template widgets */
  GtkListBox     *champions;
  GtkListBox     *checklist;
  GtkLevelBar    *progress_bar;
  GtkLabel       *progress_label;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsRolloutPage, lds_rollout_page, GTK_TYPE_WIDGET)

#define ID_KEY(id) ((gpointer) (gintptr) (id))

static LdsStore *
store_of (LdsRolloutPage *self)
{
  return lds_context_get_store (self->context);
}

static void
show_error (LdsRolloutPage *self,
            const char     *primary,
            GError         *error)
{
  lds_show_error_over (GTK_WIDGET (self), primary, error);
}

/* One record, written as one action. */
static void
save (LdsRolloutPage *self,
      LdsRecordType   type,
      gpointer        record,
      const char     *action)
{
  LdsStore *store = store_of (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!lds_store_begin (store, action, &error))
    {
      show_error (self, _("The Change Could Not Be Saved"), error);
      return;
    }
  ok = ((LdsRecord *) record)->id != 0 ? lds_store_update (store, type, record, &error)
                                       : lds_store_insert (store, type, record, &error);
  if (!ok)
    lds_store_rollback (store);
  if (!ok || !lds_store_commit (store, &error))
    show_error (self, _("The Change Could Not Be Saved"), error);
}

/* The checklist ------------------------------------------------------------------ */

/* The factor's item as it is in the file, or a new one. */
static LdsRolloutItem *
item_for (LdsRolloutPage *self,
          int             factor)
{
  g_autoptr(GPtrArray) items = lds_store_list (store_of (self), LDS_RECORD_ROLLOUT_ITEM, NULL);
  LdsRolloutItem *item;

  for (guint i = 0; items != NULL && i < items->len; i++)
    if (((LdsRolloutItem *) g_ptr_array_index (items, i))->factor == factor)
      return lds_rollout_item_copy (g_ptr_array_index (items, i));
  item = lds_rollout_item_new ();
  item->factor = factor;
  return item;
}

static void
done_toggled_cb (GtkCheckButton *button,
                 Step           *step)
{
  g_autoptr(LdsRolloutItem) item = NULL;

  if (step->page->updating)
    return;
  item = item_for (step->page, step->factor);
  item->done = gtk_check_button_get_active (button);
  save (step->page, LDS_RECORD_ROLLOUT_ITEM, item,
        item->done ? _("Check Roll-out Factor") : _("Uncheck Roll-out Factor"));
}

static void
owner_selected_cb (GtkDropDown *dropdown,
                   GParamSpec  *pspec,
                   Step        *step)
{
  LdsRolloutPage *self = step->page;
  g_autoptr(LdsRolloutItem) item = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->updating || selected >= self->people_ids->len)
    return;
  item = item_for (self, step->factor);
  if (item->owner_id == g_array_index (self->people_ids, LdsId, selected))
    return;
  item->owner_id = g_array_index (self->people_ids, LdsId, selected);
  save (self, LDS_RECORD_ROLLOUT_ITEM, item, _("Set Roll-out Owner"));
}

static void
date_done (Step *step)
{
  LdsRolloutPage *self = step->page;
  g_autoptr(LdsRolloutItem) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *date = NULL;

  if (self->updating)
    return;
  if (!lds_date_entry_get_date (step->date, &date, &error))
    {
      gtk_widget_add_css_class (step->date, "error");
      gtk_widget_set_tooltip_text (step->date, error->message);
      gtk_accessible_update_state (GTK_ACCESSIBLE (step->date), GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
      return;
    }
  gtk_widget_remove_css_class (step->date, "error");
  gtk_widget_set_tooltip_text (step->date, _("Due date"));
  gtk_accessible_reset_state (GTK_ACCESSIBLE (step->date), GTK_ACCESSIBLE_STATE_INVALID);
  if (date != NULL)
    lds_date_entry_set_date (step->date, date);

  item = item_for (self, step->factor);
  if (g_strcmp0 (item->due_date, date) == 0)
    return;
  g_free (item->due_date);
  item->due_date = g_steal_pointer (&date);
  save (self, LDS_RECORD_ROLLOUT_ITEM, item, _("Set Roll-out Date"));
}

static void
date_leave_cb (GtkEventControllerFocus *controller,
               Step                    *step)
{
  date_done (step);
}

static void
notes_committed_cb (GtkWidget  *editor,
                    const char *text,
                    Step       *step)
{
  g_autoptr(LdsRolloutItem) item = item_for (step->page, step->factor);

  if (g_strcmp0 (item->notes, text) == 0)
    return;
  lds_set_text (&item->notes, text);
  save (step->page, LDS_RECORD_ROLLOUT_ITEM, item, _("Edit Roll-out Notes"));
}

static GtkWidget *
step_row (LdsRolloutPage *self,
          Step           *step)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autofree char *title = NULL;
  GtkWidget *label, *row;
  GtkEventController *focus;
  g_autoptr(GtkExpression) expression = NULL;

  gtk_widget_add_css_class (box, "lds-rollout-step");

  /* Translators: a roll-out factor with its number, as in "4. Training" */
  title = g_strdup_printf (_("%1$d. %2$s"), step->factor, _(factors[step->factor - 1]));
  step->done = gtk_check_button_new ();
  label = gtk_label_new (title);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, "heading");
  gtk_check_button_set_child (GTK_CHECK_BUTTON (step->done), label);
  /* GTK 4.8 names a check button by its own words only, not by a child. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (step->done), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  label, NULL, -1);
  gtk_widget_set_hexpand (step->done, TRUE);
  gtk_box_append (GTK_BOX (line), step->done);

  step->owner = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (self->people_names)), NULL);
  expression = gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string");
  gtk_drop_down_set_expression (GTK_DROP_DOWN (step->owner), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (step->owner), TRUE);
  gtk_widget_set_valign (step->owner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (step->owner, 170, -1);
  gtk_widget_set_tooltip_text (step->owner, _("Who looks after it"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (step->owner), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Owner"), -1);
  gtk_box_append (GTK_BOX (line), step->owner);

  step->date = lds_date_entry_new (_("Due date"));
  gtk_entry_set_placeholder_text (GTK_ENTRY (step->date), _("Due date"));
  gtk_widget_set_valign (gtk_widget_get_parent (step->date), GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (line), gtk_widget_get_parent (step->date));
  gtk_box_append (GTK_BOX (box), line);

  step->notes = lds_note_editor_new (_("Notes"));
  gtk_widget_set_margin_start (step->notes, 28);
  gtk_box_append (GTK_BOX (box), step->notes);

  g_signal_connect (step->done, "toggled", G_CALLBACK (done_toggled_cb), step);
  g_signal_connect (step->owner, "notify::selected", G_CALLBACK (owner_selected_cb), step);
  g_signal_connect_swapped (step->date, "activate", G_CALLBACK (date_done), step);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect (focus, "leave", G_CALLBACK (date_leave_cb), step);
  gtk_widget_add_controller (step->date, focus);
  g_signal_connect (step->notes, "committed", G_CALLBACK (notes_committed_cb), step);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  return row;
}

static void
refresh_people (LdsRolloutPage *self,
                GPtrArray      *people)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  LdsId nobody = 0;

  g_array_set_size (self->people_ids, 0);
  g_array_append_val (self->people_ids, nobody);
  g_ptr_array_add (names, (gpointer) C_("owner", "Nobody"));
  for (guint i = 0; people != NULL && i < people->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (people, i);
      g_array_append_val (self->people_ids, person->id);
      g_ptr_array_add (names, person->name);
    }
  g_ptr_array_add (names, NULL);
  gtk_string_list_splice (self->people_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->people_names)),
                          (const char * const *) names->pdata);
}

static guint
person_position (LdsRolloutPage *self,
                 LdsId           person_id)
{
  for (guint i = 0; i < self->people_ids->len; i++)
    if (g_array_index (self->people_ids, LdsId, i) == person_id)
      return i;
  return 0;
}

static void
refresh_checklist (LdsRolloutPage *self)
{
  g_autoptr(GPtrArray) items = lds_store_list (store_of (self), LDS_RECORD_ROLLOUT_ITEM, NULL);
  g_autofree char *progress = NULL;
  guint n_done = 0;

  for (int f = 1; f <= N_FACTORS; f++)
    {
      Step *step = &self->steps[f - 1];
      LdsRolloutItem *item = NULL;

      for (guint i = 0; items != NULL && i < items->len; i++)
        if (((LdsRolloutItem *) g_ptr_array_index (items, i))->factor == f)
          item = g_ptr_array_index (items, i);

      n_done += item != NULL && item->done;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (step->done), item != NULL && item->done);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (step->owner),
                                  person_position (self, item != NULL ? item->owner_id : 0));
      if (gtk_widget_get_focus_child (step->date) == NULL &&
          !gtk_widget_has_css_class (step->date, "error"))
        lds_date_entry_set_date (step->date, item != NULL ? item->due_date : NULL);
      lds_note_editor_set_text (LDS_NOTE_EDITOR (step->notes), item != NULL ? item->notes : "");
    }

  /* Translators: %1$d is how many roll-out factors are done, %2$d how many there are */
  progress = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%1$d of %2$d done",
                                           "%1$d of %2$d done", N_FACTORS),
                              n_done, N_FACTORS);
  gtk_label_set_label (self->progress_label, progress);
  gtk_level_bar_set_value (self->progress_bar, n_done);
}

/* Champions ------------------------------------------------------------------------- */

static void
set_champion (LdsRolloutPage *self,
              LdsId           person_id,
              gboolean        champion)
{
  g_autoptr(LdsPerson) person = lds_store_get (store_of (self), LDS_RECORD_PERSON, person_id,
                                               NULL);

  if (person == NULL || person->champion == champion)
    return;
  person->champion = champion;
  save (self, LDS_RECORD_PERSON, person,
        champion ? _("Name OKR Champion") : _("Relieve OKR Champion"));
}

static void
champion_toggled_cb (GtkCheckButton *button,
                     LdsRolloutPage *self)
{
  set_champion (self, (LdsId) (gintptr) g_object_get_data (G_OBJECT (button), "person-id"),
                gtk_check_button_get_active (button));
}

/* rollout.set-champion ((xb)): names a person champion, or relieves them */
static void
set_champion_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gint64 person_id;
  gboolean champion;

  g_variant_get (parameter, "(xb)", &person_id, &champion);
  set_champion (LDS_ROLLOUT_PAGE (widget), person_id, champion);
}

/* The people of a department and the units below it. */
static GPtrArray *
people_of_department (LdsRolloutPage *self,
                      LdsId           department_id,
                      GPtrArray      *units,
                      GPtrArray      *people)
{
  g_autoptr(GHashTable) within = g_hash_table_new (NULL, NULL);
  GPtrArray *chosen = g_ptr_array_new ();
  gboolean grew = TRUE;

  g_hash_table_add (within, ID_KEY (department_id));
  while (grew)
    {
      grew = FALSE;
      for (guint i = 0; i < units->len; i++)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);
          if (!g_hash_table_contains (within, ID_KEY (unit->id)) &&
              g_hash_table_contains (within, ID_KEY (unit->parent_id)))
            {
              g_hash_table_add (within, ID_KEY (unit->id));
              grew = TRUE;
            }
        }
    }
  for (guint i = 0; i < people->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (people, i);
      if (g_hash_table_contains (within, ID_KEY (person->unit_id)))
        g_ptr_array_add (chosen, person);
    }
  return chosen;
}

static void refresh_champions (LdsRolloutPage *self);

static void
popover_closed_cb (LdsRolloutPage *self)
{
  self->open_popover = NULL;
  if (self->champions_stale)
    refresh_champions (self);
}

static GtkWidget *
champions_popover (LdsRolloutPage *self,
                   GPtrArray      *members)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  for (guint i = 0; i < members->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (members, i);
      GtkWidget *check = gtk_check_button_new_with_label (person->name);

      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), person->champion);
      g_object_set_data (G_OBJECT (check), "person-id", ID_KEY (person->id));
      g_signal_connect (check, "toggled", G_CALLBACK (champion_toggled_cb), self);
      gtk_box_append (GTK_BOX (box), check);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), box);
  gtk_popover_set_child (GTK_POPOVER (popover), scroller);
  g_signal_connect_object (popover, "closed", G_CALLBACK (popover_closed_cb), self,
                           G_CONNECT_SWAPPED);
  return popover;
}

/* The department's people, listed when its menu opens. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       data)
{
  LdsRolloutPage *self = data;
  LdsStore *store = store_of (self);
  LdsId department_id = (LdsId) (gintptr) g_object_get_data (G_OBJECT (button), "department-id");
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) people = lds_store_list (store, LDS_RECORD_PERSON, NULL);
  g_autoptr(GPtrArray) members = NULL;
  GtkWidget *popover;

  if (units == NULL || people == NULL)
    return;
  members = people_of_department (self, department_id, units, people);
  popover = champions_popover (self, members);
  gtk_menu_button_set_popover (button, popover);
  self->open_popover = popover;
}

static void
refresh_champions (LdsRolloutPage *self)
{
  LdsStore *store = store_of (self);
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) people = lds_store_list (store, LDS_RECORD_PERSON, NULL);
  g_autoptr(GHashTable) companies = g_hash_table_new (NULL, NULL);
  GtkWidget *child;

  /* Rebuilding would close the popover in use: wait until it closes. */
  if (self->open_popover != NULL)
    {
      self->champions_stale = TRUE;
      return;
    }
  self->champions_stale = FALSE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->champions))) != NULL)
    gtk_list_box_remove (self->champions, child);
  if (units == NULL || people == NULL)
    return;

  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      if (unit->kind == LDS_UNIT_KIND_COMPANY)
        g_hash_table_add (companies, ID_KEY (unit->id));
    }

  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *department = g_ptr_array_index (units, i);
      g_autoptr(GPtrArray) members = NULL;
      GtkWidget *box, *name, *names, *button, *row;
      guint n_champions = 0;

      if (department->kind != LDS_UNIT_KIND_DEPARTMENT ||
          !g_hash_table_contains (companies, ID_KEY (department->parent_id)))
        continue;
      members = people_of_department (self, department->id, units, people);

      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_add_css_class (box, "lds-champion-row");
      name = gtk_label_new (department->name);
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_widget_set_size_request (name, 160, -1);
      gtk_label_set_wrap (GTK_LABEL (name), TRUE);
      gtk_widget_add_css_class (name, "heading");
      gtk_box_append (GTK_BOX (box), name);

      names = gtk_flow_box_new ();
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (names), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (names), 6);
      gtk_widget_set_hexpand (names, TRUE);
      gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
      for (guint p = 0; p < members->len; p++)
        {
          LdsPerson *person = g_ptr_array_index (members, p);
          if (!person->champion)
            continue;
          n_champions++;
          gtk_flow_box_append (GTK_FLOW_BOX (names), lds_pill_new (person->name, "lds-champion"));
        }
      if (n_champions == 0)
        {
          GtkWidget *none = gtk_label_new (_("No champion yet"));
          gtk_widget_add_css_class (none, "lds-no-champion");
          gtk_flow_box_append (GTK_FLOW_BOX (names), none);
        }
      gtk_box_append (GTK_BOX (box), names);

      button = gtk_menu_button_new ();
      gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("Champions…"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (button, _("Choose the department’s champions"));
      g_object_set_data (G_OBJECT (button), "department-id", ID_KEY (department->id));
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_popup_cb, self,
                                             NULL);
      gtk_box_append (GTK_BOX (box), button);

      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      department->name, -1);
      gtk_list_box_append (self->champions, row);
    }
}

static void
refresh (LdsRolloutPage *self)
{
  g_autoptr(GPtrArray) people = lds_store_list (store_of (self), LDS_RECORD_PERSON, NULL);

  self->stale = FALSE;
  self->updating = TRUE;
  refresh_people (self, people);
  refresh_checklist (self);
  self->updating = FALSE;
  refresh_champions (self);
}

static void
map_cb (LdsRolloutPage *self)
{
  if (self->stale)
    refresh (self);
}

static void
store_changed_cb (LdsRolloutPage *self,
                  LdsChanges     *changes)
{
  if (!changes->everything && !lds_changes_has_type (changes, LDS_RECORD_ROLLOUT_ITEM) &&
      !lds_changes_has_type (changes, LDS_RECORD_PERSON) &&
      !lds_changes_has_type (changes, LDS_RECORD_UNIT))
    return;
  /* A hidden page catches up when it is shown. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

/* GObject ------------------------------------------------------------------------------ */

static void
lds_rollout_page_constructed (GObject *object)
{
  LdsRolloutPage *self = LDS_ROLLOUT_PAGE (object);

  G_OBJECT_CLASS (lds_rollout_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  for (int f = 1; f <= N_FACTORS; f++)
    {
      self->steps[f - 1].page = self;
      self->steps[f - 1].factor = f;
      gtk_list_box_append (self->checklist, step_row (self, &self->steps[f - 1]));
    }
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  /* Filled when first shown. */
  self->stale = TRUE;
}

static void
lds_rollout_page_dispose (GObject *object)
{
  LdsRolloutPage *self = LDS_ROLLOUT_PAGE (object);
  GtkWidget *child;

  for (int f = 0; f < N_FACTORS && self->context != NULL; f++)
    if (self->steps[f].notes != NULL)
      lds_note_editor_flush (LDS_NOTE_EDITOR (self->steps[f].notes));
  self->updating = TRUE;
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->context, self);
      g_signal_handlers_disconnect_by_data (store_of (self), self);
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_ROLLOUT_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->people_names);
  g_clear_pointer (&self->people_ids, g_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_rollout_page_parent_class)->dispose (object);
}

static void
lds_rollout_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LdsRolloutPage *self = LDS_ROLLOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_rollout_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LdsRolloutPage *self = LDS_ROLLOUT_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_rollout_page_class_init (LdsRolloutPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_rollout_page_constructed;
  object_class->dispose = lds_rollout_page_dispose;
  object_class->get_property = lds_rollout_page_get_property;
  object_class->set_property = lds_rollout_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LDS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-rollout-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsRolloutPage, champions);
  gtk_widget_class_bind_template_child (widget_class, LdsRolloutPage, checklist);
  gtk_widget_class_bind_template_child (widget_class, LdsRolloutPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LdsRolloutPage, progress_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "rollout.set-champion", "(xb)",
                                   set_champion_action);
}

static void
lds_rollout_page_init (LdsRolloutPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people_ids = g_array_new (FALSE, FALSE, sizeof (LdsId));
  self->people_names = gtk_string_list_new (NULL);
}

GtkWidget *
lds_rollout_page_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_ROLLOUT_PAGE, "context", context, NULL);
}
