/* lds-revision-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-revision-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-dialogs.h"
#include "lds-format.h"
#include "lds-revision-dialog.h"
#include "lds-store-okr.h"
#include "lds-store-revision.h"
#include "lds-tracking.h"

typedef struct
{
  LdsStore         *store;
  LdsRecordType     type;
  gpointer          record;
  char             *action_name;
  LdsRevisionDone   done;
  gpointer          user_data;
  GtkWidget        *reason;
  GtkWidget        *message;
  GtkWidget        *accept;
  gboolean          finished;
} Ask;

static void
ask_free (Ask *ask)
{
  /* Closed without an answer: nothing was written. */
  if (!ask->finished && ask->done != NULL)
    ask->done (ask->user_data, FALSE, NULL);
  g_clear_object (&ask->store);
  lds_record_free (ask->type, ask->record);
  g_free (ask->action_name);
  g_free (ask);
}

/* "Target: 60 → 45" */
static char *
describe (const LdsRevision *revision)
{
  g_autofree char *from = lds_revision_format_value (revision->record_table, revision->field,
                                                     revision->old_value);
  g_autofree char *to = lds_revision_format_value (revision->record_table, revision->field,
                                                   revision->new_value);

  /* Translators: a revision: the field changed, its old value and its new one, as in
   * "Target: 60 → 45" */
  return g_strdup_printf (_("%1$s: %2$s → %3$s"),
                          lds_revision_field_label (revision->record_table, revision->field),
                          from, to);
}

static void
response_cb (GtkDialog *dialog,
             int        response,
             Ask       *ask)
{
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      if (!lds_store_revise (ask->store, ask->type, ask->record,
                             gtk_editable_get_text (GTK_EDITABLE (ask->reason)), ask->action_name,
                             &error))
        {
          gtk_label_set_label (GTK_LABEL (ask->message), error->message);
          gtk_widget_set_visible (ask->message, TRUE);
          gtk_widget_error_bell (GTK_WIDGET (dialog));
          return;
        }
      ask->finished = TRUE;
      if (ask->done != NULL)
        ask->done (ask->user_data, TRUE, NULL);
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static GtkWidget *
ask_dialog (GtkWindow *parent,
            Ask       *ask,
            GPtrArray *revisions)
{
  GtkWidget *dialog = g_object_new (GTK_TYPE_DIALOG, "use-header-bar", TRUE, "modal", TRUE,
                                    "transient-for", parent,
                                    "title", _("Why Change It?"),
                                    "destroy-with-parent", TRUE, NULL);
  GtkWidget *content = gtk_dialog_get_content_area (GTK_DIALOG (dialog));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *intro = gtk_label_new (_("The cycle is under way. Changes are welcome when plans "
                                      "change, and the team reads why in the revision "
                                      "history."));
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Reason"));

  gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Cancel"), GTK_RESPONSE_CANCEL);
  ask->accept = gtk_dialog_add_button (GTK_DIALOG (dialog), _("_Save Change"), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (ask->accept, "suggested-action");
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);

  gtk_widget_set_margin_start (box, 18);
  gtk_widget_set_margin_end (box, 18);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 18);
  gtk_widget_set_size_request (box, 420, -1);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (intro), 50);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);
  for (guint i = 0; i < revisions->len; i++)
    {
      g_autofree char *text = describe (g_ptr_array_index (revisions, i));
      GtkWidget *change = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (change), TRUE);
      gtk_label_set_xalign (GTK_LABEL (change), 0);
      gtk_widget_add_css_class (change, "heading");
      gtk_widget_add_css_class (change, "lds-revision-change");
      gtk_box_append (GTK_BOX (box), change);
    }

  ask->reason = gtk_entry_new ();
  gtk_entry_set_activates_default (GTK_ENTRY (ask->reason), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (ask->reason),
                                  _("What changed, so that the plan had to"));
  gtk_widget_add_css_class (ask->reason, "lds-field-reason");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), ask->reason);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), ask->reason);
  ask->message = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (ask->message), TRUE);
  gtk_label_set_xalign (GTK_LABEL (ask->message), 0);
  gtk_widget_add_css_class (ask->message, "error");
  gtk_widget_set_visible (ask->message, FALSE);
  gtk_box_append (GTK_BOX (box), ask->message);
  gtk_box_append (GTK_BOX (content), box);

  g_object_set_data_full (G_OBJECT (dialog), "lds-ask", ask, (GDestroyNotify) ask_free);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), ask);
  gtk_widget_grab_focus (ask->reason);
  return dialog;
}

/**
 * lds_revise_record:
 * @widget: the widget the change comes from (for the dialog's window)
 * @type: %LDS_RECORD_OBJECTIVE or %LDS_RECORD_KEY_RESULT
 * @record: the record with its new values (copied)
 * @action_name: the name of the step in the Undo menu
 * @done: (nullable) (scope async): called once, when the change is written
 *   (at once, or after the reason was given) or not (cancelled, refused)
 *
 * Writes an edit of an objective or a key result, asking for a reason
 * first when it is a revision of a running cycle.
 */
void
lds_revise_record (GtkWidget       *widget,
                   LdsStore        *store,
                   LdsRecordType    type,
                   gconstpointer    record,
                   const char      *action_name,
                   LdsRevisionDone  done,
                   gpointer         user_data)
{
  g_autoptr(GPtrArray) revisions = NULL;
  g_autoptr(GError) error = NULL;
  Ask *ask;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (LDS_IS_STORE (store));

  /* A value the rules refuse is said at once, without asking why. */
  if (!lds_store_check_record (store, type, record, NULL, &error))
    {
      if (done != NULL)
        done (user_data, FALSE, error);
      return;
    }
  revisions = lds_store_pending_revisions (store, type, record, &error);
  if (revisions == NULL || revisions->len == 0)
    {
      gpointer copy = lds_record_copy (type, record);
      gboolean ok = revisions != NULL &&
                    lds_store_revise (store, type, copy, NULL, action_name, &error);

      lds_record_free (type, copy);
      if (done != NULL)
        done (user_data, ok, error);
      return;
    }

  ask = g_new0 (Ask, 1);
  ask->store = g_object_ref (store);
  ask->type = type;
  ask->record = lds_record_copy (type, record);
  ask->action_name = g_strdup (action_name);
  ask->done = done;
  ask->user_data = user_data;
  gtk_window_present (GTK_WINDOW (ask_dialog (lds_widget_get_window (widget), ask, revisions)));
}

/* The history ----------------------------------------------------------------- */

static GtkWidget *
revision_row (LdsStore          *store,
              const LdsRevision *revision,
              const char        *record_title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *what = describe (revision);
  g_autofree char *day = lds_format_time_as_date (revision->at);
  g_autofree char *when = NULL;
  GtkWidget *label;

  if (record_title != NULL)
    {
      label = gtk_label_new (record_title);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_box_append (GTK_BOX (box), label);
    }
  label = gtk_label_new (what);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (box), label);
  if (revision->reason != NULL && *revision->reason != '\0')
    {
      label = gtk_label_new (revision->reason);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (box), label);
    }
  if (revision->author_id != 0)
    {
      g_autoptr(LdsPerson) author = lds_store_get (store, LDS_RECORD_PERSON, revision->author_id,
                                                   NULL);

      if (author != NULL)
        /* Translators: when a revision was made, and by whom: "24 Oct 2026 · Hannah Doyle" */
        when = g_strdup_printf (_("%1$s · %2$s"), day, author->name);
    }
  label = gtk_label_new (when != NULL ? when : day);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_add_css_class (box, "lds-revision");
  return box;
}

static int
by_time (gconstpointer a,
         gconstpointer b)
{
  const LdsRevision *x = *(LdsRevision **) a, *y = *(LdsRevision **) b;

  return x->at < y->at ? -1 : x->at > y->at;
}

/**
 * lds_revision_history_dialog_new:
 * @type: %LDS_RECORD_OBJECTIVE (with its key results) or %LDS_RECORD_KEY_RESULT
 *
 * Returns: (transfer none): the window, not shown yet
 */
GtkWidget *
lds_revision_history_dialog_new (GtkWindow     *parent,
                                 LdsStore      *store,
                                 LdsRecordType  type,
                                 LdsId          id)
{
  GtkWidget *window, *scroller, *list, *empty;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) lds_revision_free);
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *title = NULL;
  g_autofree char *heading = NULL;
  gpointer record;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  record = lds_store_get (store, type, id, NULL);
  if (record == NULL)
    return NULL;
  title = g_strdup (type == LDS_RECORD_OBJECTIVE ? ((LdsObjective *) record)->title
                                                 : ((LdsKeyResult *) record)->title);
  {
    GPtrArray *own = lds_store_list_revisions (store, ((LdsRecord *) record)->uuid, NULL);

    if (own != NULL)
      g_ptr_array_extend_and_steal (all, own);
  }
  if (type == LDS_RECORD_OBJECTIVE)
    {
      g_autoptr(GPtrArray) krs = lds_store_list_by (store, LDS_RECORD_KEY_RESULT, "objective_id", id,
                                                    NULL);

      for (guint i = 0; krs != NULL && i < krs->len; i++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, i);
          GPtrArray *more = lds_store_list_revisions (store, kr->uuid, NULL);

          g_hash_table_insert (titles, g_strdup (kr->uuid), g_strdup (kr->title));
          if (more != NULL)
            g_ptr_array_extend_and_steal (all, more);
        }
    }
  g_ptr_array_sort (all, by_time);
  lds_record_free (type, record);

  window = g_object_new (GTK_TYPE_WINDOW, "modal", TRUE, "transient-for", parent,
                         "title", _("Revision History"), "destroy-with-parent", TRUE,
                         "default-width", 460, "default-height", 480, NULL);
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_header_bar_new ());
  list = gtk_box_new (GTK_ORIENTATION_VERTICAL, 14);
  gtk_widget_set_margin_start (list, 18);
  gtk_widget_set_margin_end (list, 18);
  gtk_widget_set_margin_top (list, 12);
  gtk_widget_set_margin_bottom (list, 18);
  /* Translators: the heading of a revision history; %s is an objective or key result */
  heading = g_strdup_printf (_("Changes to “%s” since its cycle started"), title);
  {
    GtkWidget *label = gtk_label_new (heading);

    gtk_label_set_wrap (GTK_LABEL (label), TRUE);
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_add_css_class (label, "title-4");
    gtk_box_append (GTK_BOX (list), label);
  }
  for (guint i = all->len; i > 0; i--)
    {
      LdsRevision *revision = g_ptr_array_index (all, i - 1);

      gtk_box_append (GTK_BOX (list),
                      revision_row (store, revision,
                                    g_hash_table_lookup (titles, revision->record_uuid)));
    }
  empty = gtk_label_new (_("No revisions: nothing was changed after the cycle started."));
  gtk_label_set_wrap (GTK_LABEL (empty), TRUE);
  gtk_label_set_xalign (GTK_LABEL (empty), 0);
  gtk_widget_add_css_class (empty, "dim-label");
  gtk_widget_set_visible (empty, all->len == 0);
  gtk_box_append (GTK_BOX (list), empty);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  {
    GtkEventController *keys = gtk_shortcut_controller_new ();

    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape,
                                                                                    0),
                                                            gtk_named_action_new ("window.close")));
    gtk_widget_add_controller (window, keys);
  }
  return window;
}
