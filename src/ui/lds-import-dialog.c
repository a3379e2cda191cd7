/* lds-import-dialog.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shows what an import will do before it does it: how many records of each
 * kind will be added or changed and which ones; or, when the file has
 * problems, every problem where it lies, and nothing to import. A merge
 * whose records were changed on both sides lists them field by field, each
 * with a choice between this file's version and the imported one; Import
 * stays off until every one is chosen. Importing is one undoable action.
 */

#define G_LOG_DOMAIN "lds-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-dialogs.h"
#include "lds-import-dialog.h"
#include "lds-widgets.h"

/* Past this many, the preview only counts. */
#define MAX_PREVIEW_ROWS 300

struct _LdsImportDialog
{
  GtkWindow   parent_instance;

  LdsStore   *store;
  LdsImport  *import;
  gboolean    ready;          /* prepared without problems */

  GtkWidget  *cancel_button;
  GtkWidget  *conflicts_box;
  GtkWidget  *conflicts_heading;
  GtkWidget  *conflicts_list;
  GtkWidget  *import_button;
  GtkWidget  *preview_box;
  GtkWidget  *preview_heading;
  GtkWidget  *preview_list;
  GtkWidget  *preview_more_label;
  GtkWidget  *problems_box;
  GtkWidget  *problems_heading;
  GtkWidget  *problems_list;
  GtkWidget  *source_label;
  GtkWidget  *summary_box;
  GtkWidget  *summary_grid;
  GtkWidget  *title_label;
};

G_DEFINE_FINAL_TYPE (LdsImportDialog, lds_import_dialog, GTK_TYPE_WINDOW)

static void
update_actions (LdsImportDialog *self)
{
  guint undecided = self->ready ? lds_import_get_n_undecided (self->import) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.apply",
                                 self->ready && undecided == 0 &&
                                 lds_import_has_changes (self->import));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.keep-all",
                                 self->ready && lds_import_get_n_conflicts (self->import) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.take-all",
                                 self->ready && lds_import_get_n_conflicts (self->import) > 0);
}

static void
show_problems (LdsImportDialog *self,
               const GError    *error)
{
  GPtrArray *problems = lds_import_get_problems (self->import);
  guint n = problems != NULL ? problems->len : 0;
  g_autofree char *heading = NULL;

  if (n == 0)
    heading = g_strdup (_("Nothing can be imported from this file:"));
  else
    heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                            "Nothing can be imported: the file has %u problem. "
                                            "Correct it and import the file again.",
                                            "Nothing can be imported: the file has %u problems. "
                                            "Correct them and import the file again.", n), n);
  gtk_label_set_label (GTK_LABEL (self->problems_heading), heading);

  if (n == 0 && error != NULL)
    gtk_list_box_append (GTK_LIST_BOX (self->problems_list),
                         lds_wrapped_label_new (error->message, "lds-import-problem"));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *text = lds_import_format_problem (self->import, problems->pdata[i]);
      GtkWidget *label = lds_wrapped_label_new (text, "lds-import-problem");

      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_widget_set_focusable (label, FALSE);
      gtk_list_box_append (GTK_LIST_BOX (self->problems_list), label);
    }
  gtk_widget_set_visible (self->problems_box, TRUE);
  gtk_widget_set_visible (self->summary_box, FALSE);
  gtk_widget_set_visible (self->preview_box, FALSE);
  gtk_button_set_label (GTK_BUTTON (self->cancel_button), _("_Close"));
}

static void
show_summary (LdsImportDialog *self)
{
  guint row = 0;

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      guint created = lds_import_count (self->import, t, LDS_IMPORT_OP_CREATE);
      guint updated = lds_import_count (self->import, t, LDS_IMPORT_OP_UPDATE);
      guint conflicts = lds_import_count (self->import, t, LDS_IMPORT_OP_CONFLICT);
      g_autofree char *text = NULL;
      GtkWidget *label, *value;

      if (created + updated + conflicts == 0)
        continue;
      /* Translators: numbers of records: added, changed, changed on both sides */
      text = g_strdup_printf (_("%1$u new, %2$u changed, %3$u to choose"), created, updated,
                              conflicts);
      label = gtk_label_new (lds_import_type_label (t));
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      value = gtk_label_new (text);
      gtk_label_set_xalign (GTK_LABEL (value), 0);
      gtk_widget_add_css_class (value, "numeric");
      gtk_grid_attach (GTK_GRID (self->summary_grid), label, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (self->summary_grid), value, 1, row, 1, 1);
      row++;
    }
  if (row == 0)
    gtk_grid_attach (GTK_GRID (self->summary_grid),
                     lds_wrapped_label_new (_("Everything in the file is here already: "
                                              "there is nothing to import."), NULL),
                     0, 0, 2, 1);
}

static void
show_preview (LdsImportDialog *self)
{
  guint shown = 0, more = 0;

  for (guint i = 0; i < lds_import_get_n_entries (self->import); i++)
    {
      LdsImportEntry entry;
      GtkWidget *box, *op, *type, *title, *row;

      lds_import_get_entry (self->import, i, &entry);
      if (entry.op != LDS_IMPORT_OP_CREATE && entry.op != LDS_IMPORT_OP_UPDATE)
        continue;
      if (shown >= MAX_PREVIEW_ROWS)
        {
          more++;
          continue;
        }
      box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      gtk_widget_set_margin_top (box, 6);
      gtk_widget_set_margin_bottom (box, 6);
      gtk_widget_set_margin_start (box, 10);
      gtk_widget_set_margin_end (box, 10);
      op = gtk_label_new (entry.op == LDS_IMPORT_OP_CREATE ? C_("import", "New")
                                                           : C_("import", "Changed"));
      gtk_widget_add_css_class (op, "lds-pill");
      gtk_box_append (GTK_BOX (box), op);
      type = gtk_label_new (lds_import_type_label (entry.type));
      gtk_widget_add_css_class (type, "dim-label");
      gtk_box_append (GTK_BOX (box), type);
      title = gtk_label_new (entry.title);
      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
      gtk_widget_set_hexpand (title, TRUE);
      gtk_box_append (GTK_BOX (box), title);
      /* A line to read, not to activate: "Changed Key result Active merchants" */
      row = gtk_list_box_row_new ();
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      op, type, title, NULL, -1);
      gtk_list_box_append (GTK_LIST_BOX (self->preview_list), row);
      shown++;
    }

  gtk_label_set_label (GTK_LABEL (self->preview_heading),
                       shown > 0 ? _("Records to add or change") : "");
  gtk_widget_set_visible (self->preview_box, shown > 0);
  if (more > 0)
    {
      g_autofree char *text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "And %u more.",
                                                            "And %u more.", more), more);
      gtk_label_set_label (GTK_LABEL (self->preview_more_label), text);
      gtk_widget_set_visible (self->preview_more_label, TRUE);
    }
}

static void
choice_toggled_cb (GtkCheckButton  *button,
                   LdsImportDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "lds-conflict"));
  LdsImportResolution resolution =
    GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "lds-resolution"));

  if (gtk_check_button_get_active (button))
    lds_import_resolve (self->import, index, resolution);
  update_actions (self);
}

static GtkWidget *
conflict_row (LdsImportDialog *self,
              guint            index)
{
  g_autoptr(GPtrArray) differences = lds_import_get_differences (self->import, index);
  GtkWidget *row, *box, *grid, *choices, *mine, *theirs, *title;
  g_autofree char *heading = NULL;
  LdsImportEntry entry;

  lds_import_get_conflict (self->import, index, &entry);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  gtk_widget_add_css_class (box, "lds-import-conflict");
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  /* Translators: %1$s is a kind of record ("Key results"), %2$s its title */
  heading = g_strdup_printf (_("%1$s: %2$s"), lds_import_type_label (entry.type), entry.title);
  title = lds_wrapped_label_new (heading, "heading");
  gtk_box_append (GTK_BOX (box), title);

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  gtk_grid_attach (GTK_GRID (grid), lds_wrapped_label_new (_("This file"), "dim-label"), 1, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (grid), lds_wrapped_label_new (_("Imported file"), "dim-label"), 2, 0, 1, 1);
  for (guint d = 0; d < differences->len; d++)
    {
      LdsImportDifference *diff = differences->pdata[d];
      GtkWidget *a = lds_wrapped_label_new (*diff->mine != '\0' ? diff->mine : "—", NULL);
      GtkWidget *b = lds_wrapped_label_new (*diff->theirs != '\0' ? diff->theirs : "—", NULL);

      gtk_widget_set_hexpand (a, TRUE);
      gtk_widget_set_hexpand (b, TRUE);
      gtk_grid_attach (GTK_GRID (grid),
                       lds_wrapped_label_new (lds_import_field_label (entry.type, diff->field), NULL),
                       0, d + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), a, 1, d + 1, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), b, 2, d + 1, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), grid);

  choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  mine = gtk_check_button_new_with_mnemonic (_("_Keep this file’s version"));
  theirs = gtk_check_button_new_with_mnemonic (_("Take the _imported version"));
  gtk_check_button_set_group (GTK_CHECK_BUTTON (theirs), GTK_CHECK_BUTTON (mine));
  gtk_widget_add_css_class (mine, "lds-keep-mine");
  gtk_widget_add_css_class (theirs, "lds-take-theirs");
  g_object_set_data (G_OBJECT (mine), "lds-conflict", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (theirs), "lds-conflict", GUINT_TO_POINTER (index));
  g_object_set_data (G_OBJECT (mine), "lds-resolution", GINT_TO_POINTER (LDS_IMPORT_KEEP_MINE));
  g_object_set_data (G_OBJECT (theirs), "lds-resolution", GINT_TO_POINTER (LDS_IMPORT_TAKE_THEIRS));
  g_signal_connect_object (mine, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
  g_signal_connect_object (theirs, "toggled", G_CALLBACK (choice_toggled_cb), self, 0);
  gtk_box_append (GTK_BOX (choices), mine);
  gtk_box_append (GTK_BOX (choices), theirs);
  gtk_box_append (GTK_BOX (box), choices);

  /* The row takes the focus on the way to the choices: it reads the record. */
  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title,
                                  NULL, -1);
  return row;
}

static void
show_conflicts (LdsImportDialog *self)
{
  guint n = lds_import_get_n_conflicts (self->import);
  g_autofree char *heading = NULL;

  if (n == 0)
    return;
  heading = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u record was changed both here and in the imported "
                                          "file since the export. Choose which version to keep.",
                                          "%u records were changed both here and in the imported "
                                          "file since the export. Choose which version to keep "
                                          "for each.", n), n);
  gtk_label_set_label (GTK_LABEL (self->conflicts_heading), heading);
  for (guint i = 0; i < n; i++)
    gtk_list_box_append (GTK_LIST_BOX (self->conflicts_list), conflict_row (self, i));
  gtk_widget_set_visible (self->conflicts_box, TRUE);
}

/* Sets the buttons of every conflict row to the import's resolutions. */
static void
sync_choices (LdsImportDialog *self)
{
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (self->conflicts_list); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *row_box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (child));
      GtkWidget *choices = gtk_widget_get_last_child (row_box);
      for (GtkWidget *b = gtk_widget_get_first_child (choices); b != NULL;
           b = gtk_widget_get_next_sibling (b))
        {
          guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (b), "lds-conflict"));
          LdsImportResolution resolution =
            GPOINTER_TO_INT (g_object_get_data (G_OBJECT (b), "lds-resolution"));
          if (lds_import_get_resolution (self->import, index) == resolution)
            gtk_check_button_set_active (GTK_CHECK_BUTTON (b), TRUE);
        }
    }
}

static void
resolve_all (LdsImportDialog     *self,
             LdsImportResolution  resolution)
{
  lds_import_resolve_all (self->import, resolution);
  sync_choices (self);
  update_actions (self);
}

static void
keep_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  resolve_all (LDS_IMPORT_DIALOG (widget), LDS_IMPORT_KEEP_MINE);
}

static void
take_all_activated (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  resolve_all (LDS_IMPORT_DIALOG (widget), LDS_IMPORT_TAKE_THEIRS);
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
apply_activated (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdsImportDialog *self = LDS_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));

  if (!lds_import_apply (self->import, self->store, &error))
    {
      lds_show_error (gtk_window_get_application (GTK_WINDOW (self)), GTK_WINDOW (self),
                      _("Could not import the file"), error);
      return;
    }
  gtk_window_destroy (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_window_present (parent);
}

static void
lds_import_dialog_dispose (GObject *object)
{
  LdsImportDialog *self = LDS_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), LDS_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->import);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (lds_import_dialog_parent_class)->dispose (object);
}

static void
lds_import_dialog_class_init (LdsImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_import_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/lds-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, conflicts_box);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, conflicts_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, conflicts_list);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, import_button);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, preview_box);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, preview_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, preview_list);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, preview_more_label);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, problems_box);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, problems_heading);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, source_label);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, summary_box);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, summary_grid);
  gtk_widget_class_bind_template_child (widget_class, LdsImportDialog, title_label);

  gtk_widget_class_install_action (widget_class, "import.apply", NULL, apply_activated);
  gtk_widget_class_install_action (widget_class, "import.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "import.keep-all", NULL, keep_all_activated);
  gtk_widget_class_install_action (widget_class, "import.take-all", NULL, take_all_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "import.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "import.apply", NULL);
}

static void
lds_import_dialog_init (LdsImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * lds_import_dialog_new:
 * @path: the CSV or JSON file to import
 *
 * Reads and plans the import at once, and shows the outcome: the preview,
 * the conflicts to resolve, or the problems.
 */
LdsImportDialog *
lds_import_dialog_new (GtkWindow  *parent,
                       LdsStore   *store,
                       const char *path)
{
  LdsImportDialog *self;
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL, *display = NULL, *title = NULL, *source = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (LDS_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);
  if (parent != NULL)
    gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
  self->store = g_object_ref (store);
  self->import = lds_import_new ();

  basename = g_path_get_basename (path);
  display = g_filename_display_name (basename);
  /* Translators: %s is a file name */
  title = g_strdup_printf (_("Import “%s”"), display);
  gtk_label_set_label (GTK_LABEL (self->title_label), title);
  gtk_window_set_title (GTK_WINDOW (self), title);

  self->ready = lds_import_load_file (self->import, path, &error) &&
                lds_import_prepare (self->import, store, &error);

  source = lds_import_describe_source (self->import);
  if (source == NULL)
    source = g_strdup (lds_import_get_format (self->import) == LDS_IMPORT_FORMAT_CSV
                         ? _("A spreadsheet of OKRs: one row per key result. Its objectives and "
                             "key results are added to this organisation.")
                         : "");
  gtk_label_set_label (GTK_LABEL (self->source_label), source);
  gtk_widget_set_visible (self->source_label, *source != '\0');

  if (!self->ready)
    show_problems (self, error);
  else
    {
      show_summary (self);
      show_conflicts (self);
      show_preview (self);
    }
  update_actions (self);
  return self;
}

LdsImport *
lds_import_dialog_get_import (LdsImportDialog *self)
{
  g_return_val_if_fail (LDS_IS_IMPORT_DIALOG (self), NULL);

  return self->import;
}
