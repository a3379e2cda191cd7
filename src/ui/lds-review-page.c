/* lds-review-page.c: the end-of-cycle OKR reviews
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the left, the people of the chosen unit (everything below it
 * included) or the chosen person, each marked as having completed their
 * review of the chosen cycle or not, with how many have. On the right, the
 * chosen person's review: the three questions of the method with their
 * answers, the notes of the one-to-one with their manager, and beside them
 * the person's key results in the cycle with their scores. Answers and
 * notes are saved as they are typed, each change one undoable action.
 */

#define G_LOG_DOMAIN "lds-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-date.h"
#include "lds-dialogs.h"
#include "lds-format.h"
#include "lds-note-editor.h"
#include "lds-record-object.h"
#include "lds-resources-private.h"
#include "lds-review-page.h"
#include "lds-score.h"
#include "lds-widgets.h"

/* The review's texts, in the order shown: the method's three questions,
 * then the one-to-one. */
static const struct
{
  const char *field;
  const char *question;
} texts[] = {
  { "answer_helped", N_("How did working with OKRs help you get better results?") },
  { "answer_contributed", N_("Which key result did you contribute to most, and how?") },
  { "answer_improve", N_("What one thing will you do better with OKRs next cycle?") },
  { "one_to_one_notes", N_("Notes from the one-to-one") },
};

#define N_TEXTS G_N_ELEMENTS (texts)

struct _LdsReviewPage
{
  GtkWidget          parent_instance;

  LdsContext        *context;
  GListStore        *people;
  GtkSingleSelection *selection;
  GHashTable        *reviews;        /* person id → LdsReview, in the cycle */
  LdsId              person_id;      /* whose review is shown */
  gboolean           refreshing;
  gboolean           stale;          /* the file changed while the page was hidden */
  LdsFileSettings    settings;
  GtkWidget         *editors[N_TEXTS];
  GtkWidget         *manager_label;

  /* Template widgets */
  GtkBox            *answers_box;
  GtkButton         *complete_button;
  GtkLabel          *cycle_note;
  GtkStack          *detail_stack;
  GtkLabel          *empty_label;
  GtkLabel          *krs_empty;
  GtkListBox        *krs_list;
  GtkListView       *people_list;
  GtkLabel          *person_subtitle;
  GtkLabel          *person_title;
  GtkLevelBar       *progress_bar;
  GtkLabel          *progress_label;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsReviewPage, lds_review_page, GTK_TYPE_WIDGET)

#define ID_KEY(id) ((gpointer) (gintptr) (id))

static LdsStore *
store_of (LdsReviewPage *self)
{
  return lds_context_get_store (self->context);
}

static LdsReview *
review_of (LdsReviewPage *self,
           LdsId          person_id)
{
  return g_hash_table_lookup (self->reviews, ID_KEY (person_id));
}

/* People in scope ---------------------------------------------------------------- */

/* The unit and every unit below it. */
static GHashTable *
units_below (GPtrArray *units,
             LdsId      root)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);
  gboolean grew = TRUE;

  g_hash_table_add (set, ID_KEY (root));
  while (grew)
    {
      grew = FALSE;
      for (guint i = 0; i < units->len; i++)
        {
          LdsUnit *unit = g_ptr_array_index (units, i);
          if (!g_hash_table_contains (set, ID_KEY (unit->id)) &&
              g_hash_table_contains (set, ID_KEY (unit->parent_id)))
            {
              g_hash_table_add (set, ID_KEY (unit->id));
              grew = TRUE;
            }
        }
    }
  return set;
}

static GPtrArray *
people_in_scope (LdsReviewPage *self)
{
  LdsStore *store = store_of (self);
  LdsId owner_id = lds_context_get_owner_id (self->context);
  g_autoptr(GPtrArray) people = lds_store_list (store, LDS_RECORD_PERSON, NULL);
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GHashTable) within = NULL;
  GPtrArray *chosen = g_ptr_array_new_with_free_func (g_object_unref);

  if (people == NULL || units == NULL)
    return chosen;
  if (owner_id != 0 && lds_context_get_owner_type (self->context) == LDS_RECORD_UNIT)
    within = units_below (units, owner_id);

  for (guint i = 0; i < people->len; i++)
    {
      LdsPerson *person = g_ptr_array_index (people, i);

      if (owner_id != 0 && lds_context_get_owner_type (self->context) == LDS_RECORD_PERSON &&
          person->id != owner_id)
        continue;
      if (within != NULL && !g_hash_table_contains (within, ID_KEY (person->unit_id)))
        continue;
      g_ptr_array_add (chosen, lds_record_object_new (LDS_RECORD_PERSON, lds_person_copy (person)));
    }
  return chosen;
}

/* The person's manager: the manager (or else an executive) of their unit,
 * or of the nearest unit above that has one. A manager's own unit is
 * skipped: their manager sits above it. */
static LdsPerson *
manager_of (LdsReviewPage   *self,
            const LdsPerson *person)
{
  LdsStore *store = store_of (self);
  LdsId unit_id = person->unit_id;

  for (guint guard = 0; unit_id != 0 && guard < 64; guard++)
    {
      g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, NULL);
      g_autoptr(GPtrArray) colleagues = NULL;

      if (unit_id != person->unit_id || person->role == LDS_ROLE_MEMBER)
        colleagues = lds_store_list_by (store, LDS_RECORD_PERSON, "unit_id", unit_id, NULL);
      for (int pass = 0; colleagues != NULL && pass < 2; pass++)
        for (guint i = 0; i < colleagues->len; i++)
          {
            LdsPerson *p = g_ptr_array_index (colleagues, i);
            if (p->id != person->id &&
                p->role == (pass == 0 ? LDS_ROLE_MANAGER : LDS_ROLE_EXECUTIVE))
              return lds_person_copy (p);
          }
      unit_id = unit != NULL ? unit->parent_id : 0;
    }
  return NULL;
}

/* The list of people ----------------------------------------------------------------- */

static void
setup_person_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 LdsReviewPage            *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new ();
  GtkWidget *name = gtk_label_new (NULL);
  GtkWidget *status = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "lds-review-person");
  gtk_box_append (GTK_BOX (box), icon);
  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (name, TRUE);
  gtk_box_append (GTK_BOX (box), name);
  gtk_widget_add_css_class (status, "dim-label");
  gtk_widget_add_css_class (status, "caption");
  gtk_box_append (GTK_BOX (box), status);
  g_object_set_data (G_OBJECT (box), "icon", icon);
  g_object_set_data (G_OBJECT (box), "name", name);
  g_object_set_data (G_OBJECT (box), "status", status);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_person_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                LdsReviewPage            *self)
{
  LdsPerson *person = lds_record_object_get_record (gtk_list_item_get_item (list_item));
  LdsReview *review = review_of (self, person->id);
  gboolean done = review != NULL && review->completed_at != 0;
  GObject *box = G_OBJECT (gtk_list_item_get_child (list_item));
  GtkWidget *icon = g_object_get_data (box, "icon");
  const char *status = done ? _("Completed") : review != NULL ? _("Started") : _("Not yet");
  g_autofree char *accessible = NULL;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), done ? "emblem-ok-symbolic"
                                                       : "content-loading-symbolic");
  gtk_widget_remove_css_class (icon, done ? "dim-label" : "lds-review-done");
  gtk_widget_add_css_class (icon, done ? "lds-review-done" : "dim-label");
  gtk_label_set_label (g_object_get_data (box, "name"), person->name);
  gtk_label_set_label (g_object_get_data (box, "status"), status);
  /* Translators: a person and the state of their review, for screen readers */
  accessible = g_strdup_printf (C_("review state", "%1$s: %2$s"), person->name, status);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

/* The review shown -------------------------------------------------------------------- */

static GtkWidget *
key_result_row (LdsReviewPage      *self,
                const LdsKeyResult *kr)
{
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *title = gtk_label_new (kr->title);
  g_autofree char *progress_text = lds_format_kr_progress (kr);
  GtkWidget *progress = gtk_label_new (progress_text);
  GtkWidget *row;

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_add_css_class (grid, "lds-review-kr");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (progress), 0);
  gtk_widget_add_css_class (progress, "dim-label");
  gtk_widget_add_css_class (progress, "caption");
  gtk_grid_attach (GTK_GRID (grid), title, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), progress, 0, 1, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), lds_score_badge_new (lds_key_result_score (kr), &self->settings),
                   1, 0, 1, 2);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), grid);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, progress, NULL, -1);
  return row;
}

/* The key results the person owns in the cycle, and those of their own
 * objectives. */
static GPtrArray *
key_results_of (LdsReviewPage *self,
                LdsId          person_id,
                LdsId          cycle_id)
{
  LdsStore *store = store_of (self);
  g_autoptr(GPtrArray) owned = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "owner_id",
                                                  person_id, NULL);
  g_autoptr(GPtrArray) objectives = lds_store_list_by (store, LDS_RECORD_OBJECTIVE,
                                                       "owner_person_id", person_id, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GPtrArray *krs = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_key_result_free);

  for (guint i = 0; objectives != NULL && i < objectives->len; i++)
    {
      LdsObjective *o = g_ptr_array_index (objectives, i);
      g_autoptr(GPtrArray) list = NULL;

      if (o->cycle_id != cycle_id)
        continue;
      list = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", o->id, NULL);
      for (guint k = 0; list != NULL && k < list->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (list, k);
          g_hash_table_add (seen, ID_KEY (kr->id));
          g_ptr_array_add (krs, lds_key_result_copy (kr));
        }
    }
  for (guint i = 0; owned != NULL && i < owned->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (owned, i);
      g_autoptr(LdsObjective) o = NULL;

      if (g_hash_table_contains (seen, ID_KEY (kr->id)))
        continue;
      o = lds_store_get (store, LDS_RECORD_OBJECTIVE, kr->objective_id, NULL);
      if (o != NULL && o->cycle_id == cycle_id)
        g_ptr_array_add (krs, lds_key_result_copy (kr));
    }
  return krs;
}

static void
show_person (LdsReviewPage *self)
{
  LdsStore *store = store_of (self);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  g_autoptr(LdsPerson) person = NULL;
  g_autoptr(LdsPerson) manager = NULL;
  g_autoptr(LdsUnit) unit = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *with = NULL;
  LdsReview *review;
  GtkWidget *child;

  person = self->person_id != 0 ? lds_store_get (store, LDS_RECORD_PERSON, self->person_id, NULL)
                                : NULL;
  cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id, NULL) : NULL;
  if (person == NULL || cycle == NULL)
    {
      gtk_stack_set_visible_child_name (self->detail_stack, "empty");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.toggle-completed", FALSE);
      return;
    }
  gtk_stack_set_visible_child_name (self->detail_stack, "review");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "review.toggle-completed", TRUE);

  review = review_of (self, person->id);
  unit = lds_store_get (store, LDS_RECORD_UNIT, person->unit_id, NULL);
  gtk_label_set_label (self->person_title, person->name);
  if (review != NULL && review->completed_at != 0)
    {
      g_autofree char *iso = lds_date_from_time (review->completed_at);
      g_autofree char *day = lds_format_date (iso);
      /* Translators: %1$s is a unit, %2$s a cycle, %3$s the day the review was completed */
      subtitle = g_strdup_printf (_("%1$s · review of %2$s completed on %3$s"),
                                  unit != NULL ? unit->name : "", cycle->name, day);
    }
  else
    /* Translators: %1$s is a unit, %2$s a cycle */
    subtitle = g_strdup_printf (_("%1$s · review of %2$s not completed yet"),
                                unit != NULL ? unit->name : "", cycle->name);
  gtk_label_set_label (self->person_subtitle, subtitle);
  gtk_button_set_label (self->complete_button,
                        review != NULL && review->completed_at != 0 ? _("_Reopen Review")
                                                                    : _("Mark as _Completed"));

  switch (cycle->state)
    {
    case LDS_CYCLE_STATE_PLANNING:
    case LDS_CYCLE_STATE_ACTIVE:
      {
        g_autofree char *note = g_strdup_printf (
          /* Translators: %s is a cycle, such as "2026 Q4" */
          _("%s is still under way. Reviews are written at its end, but you can start one "
            "now."), cycle->name);
        gtk_label_set_label (self->cycle_note, note);
      }
      gtk_widget_set_visible (GTK_WIDGET (self->cycle_note), TRUE);
      break;
    case LDS_CYCLE_STATE_REVIEW:
    case LDS_CYCLE_STATE_CLOSED:
    default:
      gtk_widget_set_visible (GTK_WIDGET (self->cycle_note), FALSE);
      break;
    }

  for (guint i = 0; i < N_TEXTS; i++)
    {
      const LdsField *field = lds_record_info_find_field (lds_record_info (LDS_RECORD_REVIEW),
                                                          texts[i].field);
      lds_note_editor_set_text (LDS_NOTE_EDITOR (self->editors[i]),
                                review != NULL ? *LDS_FIELD_PTR (review, field, char *) : "");
    }

  manager = manager_of (self, person);
  if (manager != NULL)
    /* Translators: %s is the name of the person's manager */
    with = g_strdup_printf (_("The half-hour conversation with %s about the answers above."),
                            manager->name);
  else
    with = g_strdup (_("The half-hour conversation with their manager about the answers above."));
  gtk_label_set_label (GTK_LABEL (self->manager_label), with);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->krs_list))) != NULL)
    gtk_list_box_remove (self->krs_list, child);
  krs = key_results_of (self, person->id, cycle_id);
  for (guint i = 0; i < krs->len; i++)
    gtk_list_box_append (self->krs_list, key_result_row (self, g_ptr_array_index (krs, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->krs_list), krs->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->krs_empty), krs->len == 0);
}

static void
flush_editors (LdsReviewPage *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    lds_note_editor_flush (LDS_NOTE_EDITOR (self->editors[i]));
}

static void
select_person_row (LdsReviewPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->people));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (lds_record_object_get_id (item) == self->person_id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return;
        }
    }
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
}

static void
refresh (LdsReviewPage *self)
{
  LdsStore *store = store_of (self);
  LdsId cycle_id = lds_context_get_cycle_id (self->context);
  g_autoptr(GPtrArray) people = people_in_scope (self);
  g_autoptr(GPtrArray) reviews = lds_store_list (store, LDS_RECORD_REVIEW, NULL);
  g_autoptr(LdsCycle) cycle = cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, cycle_id,
                                                             NULL)
                                            : NULL;
  g_autofree char *progress = NULL;
  gboolean kept = FALSE;
  guint n_done = 0;

  lds_store_get_file_settings (store, &self->settings);
  self->stale = FALSE;
  g_hash_table_remove_all (self->reviews);
  for (guint i = 0; reviews != NULL && i < reviews->len; i++)
    {
      LdsReview *review = g_ptr_array_index (reviews, i);
      if (review->cycle_id == cycle_id)
        g_hash_table_insert (self->reviews, ID_KEY (review->person_id), lds_review_copy (review));
    }

  for (guint i = 0; i < people->len; i++)
    {
      LdsId id = lds_record_object_get_id (g_ptr_array_index (people, i));
      LdsReview *review = review_of (self, id);

      n_done += review != NULL && review->completed_at != 0;
      kept |= id == self->person_id;
    }
  /* Someone new chosen in the sidebar: the first person's review, at once. */
  if (!kept)
    {
      flush_editors (self);
      self->person_id = people->len > 0 ? lds_record_object_get_id (people->pdata[0]) : 0;
    }

  self->refreshing = TRUE;
  g_list_store_splice (self->people, 0, g_list_model_get_n_items (G_LIST_MODEL (self->people)),
                       people->pdata, people->len);
  select_person_row (self);
  self->refreshing = FALSE;

  if (cycle != NULL)
    progress = g_strdup_printf (
      /* Translators: %1$d is how many people completed their review, %2$d how many people
       * there are, %3$s the cycle reviewed */
      g_dngettext (GETTEXT_PACKAGE, "%1$d of %2$d person has completed the review of %3$s.",
                   "%1$d of %2$d people have completed the review of %3$s.", people->len),
      n_done, (int) people->len, cycle->name);
  else
    progress = g_strdup (_("This organisation has no cycles yet."));
  gtk_label_set_label (self->progress_label, progress);
  gtk_level_bar_set_value (self->progress_bar, people->len > 0 ? (double) n_done / people->len : 0);
  /* What to do next, when there is nobody to choose */
  gtk_label_set_label (self->empty_label,
                       cycle == NULL
                       ? _("Reviews are written at the end of a cycle: add a cycle first, with "
                           "Edit Cycles (Ctrl+Shift+Y).")
                       : people->len == 0
                       ? _("Nobody works here yet. Add the people of this unit (New Person, "
                           "Ctrl+Shift+P): each writes a short OKR review at the end of the "
                           "cycle and talks it over with their manager.")
                       : _("Choose a person to read their review, or to write it with them."));
  show_person (self);
}

/* Writing ---------------------------------------------------------------------------- */

/* The person's review of the cycle as it is in the file, or a new one. */
static LdsReview *
review_to_edit (LdsReviewPage *self)
{
  LdsReview *known = review_of (self, self->person_id);
  LdsReview *review;

  if (known != NULL)
    {
      g_autoptr(LdsReview) fresh = lds_store_get (store_of (self), LDS_RECORD_REVIEW, known->id,
                                                  NULL);
      if (fresh != NULL)
        return g_steal_pointer (&fresh);
    }
  review = lds_review_new ();
  review->person_id = self->person_id;
  review->cycle_id = lds_context_get_cycle_id (self->context);
  return review;
}

static void
save (LdsReviewPage *self,
      LdsReview     *review,
      const char    *action)
{
  LdsStore *store = store_of (self);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (!lds_store_begin (store, action, &error))
    goto failed;
  ok = review->id != 0 ? lds_store_update (store, LDS_RECORD_REVIEW, review, &error)
                       : lds_store_insert (store, LDS_RECORD_REVIEW, review, &error);
  if (!ok)
    {
      lds_store_rollback (store);
      goto failed;
    }
  if (lds_store_commit (store, &error))
    return;

failed:
  lds_show_error_over (GTK_WIDGET (self), _("The Review Could Not Be Saved"), error);
}

static void
text_committed_cb (GtkWidget  *editor,
                   const char *text,
                   gpointer    data)
{
  LdsReviewPage *self = data;
  g_autoptr(LdsReview) review = NULL;
  const LdsField *field = NULL;
  char **value;

  if (self->person_id == 0 || lds_context_get_cycle_id (self->context) == 0)
    return;
  for (guint i = 0; i < N_TEXTS; i++)
    if (self->editors[i] == editor)
      field = lds_record_info_find_field (lds_record_info (LDS_RECORD_REVIEW), texts[i].field);
  g_assert (field != NULL);

  review = review_to_edit (self);
  value = LDS_FIELD_PTR (review, field, char *);
  if (g_strcmp0 (*value != NULL ? *value : "", text) == 0)
    return;
  lds_set_text (value, text);
  save (self, review, _("Edit OKR Review"));
}

static void
toggle_completed_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LdsReviewPage *self = LDS_REVIEW_PAGE (widget);
  g_autoptr(LdsReview) review = NULL;
  gboolean completing;

  if (self->person_id == 0)
    return;
  flush_editors (self);
  review = review_to_edit (self);
  completing = review->completed_at == 0;
  review->completed_at = completing ? lds_now () : 0;
  save (self, review, completing ? _("Complete OKR Review") : _("Reopen OKR Review"));
}

/* Callbacks ---------------------------------------------------------------------------- */

static void
selected_cb (LdsReviewPage *self)
{
  LdsRecordObject *item;

  if (self->refreshing)
    return;
  flush_editors (self);
  item = gtk_single_selection_get_selected_item (self->selection);
  self->person_id = item != NULL ? lds_record_object_get_id (item) : 0;
  show_person (self);
}

/* A hidden page catches up when it is shown: with thousands of people,
 * refreshing it after every change would be felt. */
static void
refresh_when_shown (LdsReviewPage *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}

static void
map_cb (LdsReviewPage *self)
{
  if (self->stale)
    refresh (self);
}

static void
store_changed_cb (LdsReviewPage *self,
                  LdsChanges    *changes)
{
  if (changes->everything || changes->settings ||
      lds_changes_has_type (changes, LDS_RECORD_REVIEW) ||
      lds_changes_has_type (changes, LDS_RECORD_PERSON) ||
      lds_changes_has_type (changes, LDS_RECORD_UNIT) ||
      lds_changes_has_type (changes, LDS_RECORD_CYCLE) ||
      lds_changes_has_type (changes, LDS_RECORD_OBJECTIVE) ||
      lds_changes_has_type (changes, LDS_RECORD_KEY_RESULT))
    refresh_when_shown (self);
}

static void
context_changed_cb (LdsReviewPage *self)
{
  refresh_when_shown (self);
}

/* GObject ---------------------------------------------------------------------------------- */

static void
lds_review_page_constructed (GObject *object)
{
  LdsReviewPage *self = LDS_REVIEW_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = NULL;

  G_OBJECT_CLASS (lds_review_page_parent_class)->constructed (object);

  g_assert (self->context != NULL);
  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_person_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_person_cb), self, 0);
  gtk_list_view_set_factory (self->people_list, factory);
  gtk_list_view_set_model (self->people_list, GTK_SELECTION_MODEL (self->selection));
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  g_signal_connect_object (self->context, "notify::owner-id", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::cycle-id", G_CALLBACK (context_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (store_of (self), "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* Filled when first shown. */
  self->stale = TRUE;
}

static void
lds_review_page_dispose (GObject *object)
{
  LdsReviewPage *self = LDS_REVIEW_PAGE (object);
  GtkWidget *child;

  if (self->context != NULL)
    flush_editors (self);
  if (self->context != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->context, self);
      g_signal_handlers_disconnect_by_data (store_of (self), self);
    }
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_REVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->people);
  g_clear_pointer (&self->reviews, g_hash_table_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (lds_review_page_parent_class)->dispose (object);
}

static void
lds_review_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LdsReviewPage *self = LDS_REVIEW_PAGE (object);

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
lds_review_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LdsReviewPage *self = LDS_REVIEW_PAGE (object);

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
lds_review_page_class_init (LdsReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_review_page_constructed;
  object_class->dispose = lds_review_page_dispose;
  object_class->get_property = lds_review_page_get_property;
  object_class->set_property = lds_review_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, LDS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  lds_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PATH "/lds-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, answers_box);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, complete_button);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, cycle_note);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, empty_label);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, krs_empty);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, krs_list);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, people_list);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, person_subtitle);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, person_title);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LdsReviewPage, progress_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "review.toggle-completed", NULL,
                                   toggle_completed_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "review.toggle-completed", NULL);
}

static void
lds_review_page_init (LdsReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->people = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->people)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  self->reviews = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) lds_review_free);
  self->settings = LDS_FILE_SETTINGS_DEFAULT;

  for (guint i = 0; i < N_TEXTS; i++)
    {
      GtkWidget *question = gtk_label_new (_(texts[i].question));

      gtk_label_set_xalign (GTK_LABEL (question), 0);
      gtk_label_set_wrap (GTK_LABEL (question), TRUE);
      gtk_widget_add_css_class (question, "heading");
      gtk_widget_set_margin_top (question, 12);
      gtk_box_append (self->answers_box, question);
      if (i + 1 == N_TEXTS)
        {
          self->manager_label = gtk_label_new (NULL);
          gtk_label_set_xalign (GTK_LABEL (self->manager_label), 0);
          gtk_label_set_wrap (GTK_LABEL (self->manager_label), TRUE);
          gtk_widget_add_css_class (self->manager_label, "dim-label");
          gtk_box_append (self->answers_box, self->manager_label);
        }
      self->editors[i] = lds_note_editor_new (_(texts[i].question));
      gtk_label_set_mnemonic_widget (GTK_LABEL (question),
                                     lds_note_editor_get_view (LDS_NOTE_EDITOR (self->editors[i])));
      g_signal_connect (self->editors[i], "committed", G_CALLBACK (text_committed_cb), self);
      gtk_box_append (self->answers_box, self->editors[i]);
    }
}

GtkWidget *
lds_review_page_new (LdsContext *context)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  return g_object_new (LDS_TYPE_REVIEW_PAGE, "context", context, NULL);
}

/**
 * lds_review_page_select_person:
 *
 * Shows the person's review (they must be in the list). Returns whether
 * they were.
 */
gboolean
lds_review_page_select_person (LdsReviewPage *self,
                               LdsId          person_id)
{
  g_return_val_if_fail (LDS_IS_REVIEW_PAGE (self), FALSE);

  flush_editors (self);
  self->person_id = person_id;
  self->refreshing = TRUE;
  select_person_row (self);
  self->refreshing = FALSE;
  if (gtk_single_selection_get_selected_item (self->selection) == NULL)
    {
      self->person_id = 0;
      show_person (self);
      return FALSE;
    }
  show_person (self);
  return TRUE;
}

/**
 * lds_review_page_get_person:
 *
 * Returns: the person whose review is shown, or 0
 */
LdsId
lds_review_page_get_person (LdsReviewPage *self)
{
  g_return_val_if_fail (LDS_IS_REVIEW_PAGE (self), 0);

  return self->person_id;
}
