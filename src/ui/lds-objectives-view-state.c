/* lds-objectives-view-state.c: what the workspace keeps when rebuilt
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of objectives is rebuilt after every change to the file, which
 * may come from another window or another process while someone types; and
 * the whole window is rebuilt when the interface language changes. Either
 * way, what was typed and not given yet comes back: a key result being
 * written at the end of an objective, a title being renamed in place, the
 * new objective's entry, and the fields of the open editor; and so do the
 * scroll position and the editor itself.
 */

#define G_LOG_DOMAIN "lds-objectives-view"

#include "config.h"

#include "lds-inline-title.h"
#include "lds-key-result-editor.h"
#include "lds-objective-editor.h"
#include "lds-objectives-view-private.h"
#include "lds-view-state.h"

#define ID_KEY(id) GSIZE_TO_POINTER ((gsize) (id))

/* The record an inline title in the list names */
static LdsRecordType
title_record (LdsInlineTitle *title,
              LdsId          *id)
{
  GtkWidget *row = gtk_widget_get_ancestor (GTK_WIDGET (title), GTK_TYPE_LIST_BOX_ROW);

  if (row == NULL)
    return LDS_N_RECORD_TYPES;
  if (LDS_IS_OBJECTIVE_ROW (row))
    {
      *id = lds_objective_row_get_id (LDS_OBJECTIVE_ROW (row));
      return LDS_RECORD_OBJECTIVE;
    }
  *id = (LdsId) GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "lds-id"));
  return *id != 0 ? LDS_RECORD_KEY_RESULT : LDS_N_RECORD_TYPES;
}

static void
collect_titles (GtkWidget *widget,
                GPtrArray *titles)
{
  if (LDS_IS_INLINE_TITLE (widget))
    {
      g_ptr_array_add (titles, widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_titles (child, titles);
}

/**
 * _lds_objectives_view_save_drafts:
 *
 * Takes what is typed in the list and not given yet: the entries that add
 * a key result, and titles being renamed (which stop editing, without
 * giving their text, so that rebuilding the list does not give it either).
 *
 * Returns: (transfer full): a{sv}, for _lds_objectives_view_restore_drafts()
 */
GVariant *
_lds_objectives_view_save_drafts (LdsObjectivesView *self)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  GVariantBuilder adds, renames, drafts;

  g_variant_builder_init (&adds, G_VARIANT_TYPE ("a{x(sib)}"));
  g_variant_builder_init (&renames, G_VARIANT_TYPE ("a(ix(sib))"));
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *entry;

      if (!LDS_IS_OBJECTIVE_ROW (child))
        continue;
      entry = lds_objective_row_get_add_entry (LDS_OBJECTIVE_ROW (child));
      if (entry != NULL && *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0')
        g_variant_builder_add (&adds, "{x@(sib)}",
                               (gint64) lds_objective_row_get_id (LDS_OBJECTIVE_ROW (child)),
                               lds_editable_save (entry));
      collect_titles (child, titles);
    }
  for (guint i = 0; i < titles->len; i++)
    {
      LdsInlineTitle *title = g_ptr_array_index (titles, i);
      LdsRecordType type;
      LdsId id = 0;

      if (!lds_inline_title_get_editing (title) ||
          (type = title_record (title, &id)) == LDS_N_RECORD_TYPES)
        continue;
      g_variant_builder_add (&renames, "(ix@(sib))", (int) type, (gint64) id,
                             lds_editable_save (lds_inline_title_get_entry (title)));
      lds_inline_title_stop_editing (title, FALSE);
    }

  g_variant_builder_init (&drafts, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&drafts, "{sv}", "add-key-result", g_variant_builder_end (&adds));
  g_variant_builder_add (&drafts, "{sv}", "rename", g_variant_builder_end (&renames));
  return g_variant_ref_sink (g_variant_builder_end (&drafts));
}

static LdsInlineTitle *
find_title (LdsObjectivesView *self,
            LdsRecordType      type,
            LdsId              id)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();

  collect_titles (GTK_WIDGET (self->objectives_list), titles);
  for (guint i = 0; i < titles->len; i++)
    {
      LdsId found = 0;

      if (title_record (titles->pdata[i], &found) == type && found == id)
        return titles->pdata[i];
    }
  return NULL;
}

/**
 * _lds_objectives_view_restore_drafts:
 * @drafts: (nullable): what _lds_objectives_view_save_drafts() took
 *
 * Puts the drafts back into the rebuilt list, where their records still are.
 */
void
_lds_objectives_view_restore_drafts (LdsObjectivesView *self,
                                     GVariant          *drafts)
{
  g_autoptr(GVariant) adds = NULL;
  g_autoptr(GVariant) renames = NULL;
  GVariantIter iter;
  GVariant *state;
  gint64 id;
  int type;

  if (drafts == NULL)
    return;
  adds = g_variant_lookup_value (drafts, "add-key-result", G_VARIANT_TYPE ("a{x(sib)}"));
  renames = g_variant_lookup_value (drafts, "rename", G_VARIANT_TYPE ("a(ix(sib))"));

  if (adds != NULL)
    {
      g_variant_iter_init (&iter, adds);
      while (g_variant_iter_loop (&iter, "{x@(sib)}", &id, &state))
        {
          LdsObjectiveRow *row = g_hash_table_lookup (self->rows, ID_KEY (id));
          GtkWidget *entry = row != NULL ? lds_objective_row_get_add_entry (row) : NULL;

          if (entry != NULL)
            lds_editable_restore (entry, state);
        }
    }
  if (renames != NULL)
    {
      g_variant_iter_init (&iter, renames);
      while (g_variant_iter_loop (&iter, "(ix@(sib))", &type, &id, &state))
        {
          LdsInlineTitle *title = find_title (self, type, id);

          if (title == NULL)
            continue;
          lds_inline_title_start_editing (title);
          lds_editable_restore (lds_inline_title_get_entry (title), state);
        }
    }
}

/* The editor panel */

static GVariant *
save_editor (LdsObjectivesView *self)
{
  GtkWidget *editor = gtk_stack_get_visible_child (self->editor_stack);
  LdsRecordType type;
  LdsId id;
  LdsForm *form;

  if (!gtk_revealer_get_reveal_child (self->editor_revealer) || editor == NULL)
    return NULL;
  if (editor == self->key_result_editor)
    {
      type = LDS_RECORD_KEY_RESULT;
      id = lds_key_result_editor_get_key_result (LDS_KEY_RESULT_EDITOR (editor));
      form = lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (editor));
    }
  else if (editor == self->objective_editor)
    {
      type = LDS_RECORD_OBJECTIVE;
      id = lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (editor));
      form = lds_objective_editor_get_form (LDS_OBJECTIVE_EDITOR (editor));
    }
  else
    return NULL;
  if (id == 0)
    return NULL;
  return g_variant_new ("(ix@a{sv})", (int) type, (gint64) id, lds_form_save_state (form));
}

static void
restore_editor (LdsObjectivesView *self,
                GVariant          *editor)
{
  g_autoptr(GVariant) form_state = NULL;
  gint64 id;
  int type;

  g_variant_get (editor, "(ix@a{sv})", &type, &id, &form_state);
  if (type != LDS_RECORD_KEY_RESULT && type != LDS_RECORD_OBJECTIVE)
    return;
  {
    gpointer record = lds_store_get (lds_context_get_store (self->context), type, id, NULL);

    /* Gone since (another window deleted it, say): nothing to edit. */
    if (record == NULL)
      return;
    lds_record_free (type, record);
  }
  /* The keyboard goes where it was (lds_form_restore_state()), not to the
   * editor's first field: leaving that field would give what it holds. */
  self->restoring = TRUE;
  _lds_objectives_view_open_editor (self, type, id);
  self->restoring = FALSE;
  if (type == LDS_RECORD_KEY_RESULT && self->key_result_editor != NULL &&
      lds_key_result_editor_get_key_result (LDS_KEY_RESULT_EDITOR (self->key_result_editor)) == id)
    lds_form_restore_state (lds_key_result_editor_get_form (LDS_KEY_RESULT_EDITOR (self->key_result_editor)),
                            form_state);
  else if (type == LDS_RECORD_OBJECTIVE && self->objective_editor != NULL &&
           lds_objective_editor_get_objective (LDS_OBJECTIVE_EDITOR (self->objective_editor)) == id)
    lds_form_restore_state (lds_objective_editor_get_form (LDS_OBJECTIVE_EDITOR (self->objective_editor)),
                            form_state);
}

/* LdsView */

GVariant *
_lds_objectives_view_save_state (LdsObjectivesView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GVariantBuilder builder;
  GVariant *editor;

  /* Not shown yet since it was restored: what it was given is still all there is. */
  if (self->pending_state != NULL)
    return g_variant_ref (self->pending_state);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "scroll",
                         g_variant_new_double (gtk_adjustment_get_value (adjustment)));
  g_variant_builder_add (&builder, "{sv}", "new-objective",
                         lds_editable_save (GTK_WIDGET (self->new_objective_entry)));
  {
    GVariant *drafts = _lds_objectives_view_save_drafts (self);

    /* Saving stopped the renames in place; they go on where they were. */
    _lds_objectives_view_restore_drafts (self, drafts);
    g_variant_builder_add (&builder, "{sv}", "drafts", drafts);
    g_variant_unref (drafts);
  }
  if ((editor = save_editor (self)) != NULL)
    g_variant_builder_add (&builder, "{sv}", "editor", editor);
  return g_variant_builder_end (&builder);
}

/* The list is built once the view is shown: the state waits for it. */
void
_lds_objectives_view_restore_state (LdsObjectivesView *self,
                                    GVariant          *state)
{
  if (!g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT))
    return;
  g_clear_pointer (&self->pending_state, g_variant_unref);
  self->pending_state = g_variant_ref_sink (state);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) && !self->stale)
    _lds_objectives_view_apply_pending_state (self);
}

void
_lds_objectives_view_apply_pending_state (LdsObjectivesView *self)
{
  g_autoptr(GVariant) state = g_steal_pointer (&self->pending_state);
  g_autoptr(GVariant) new_objective = NULL;
  g_autoptr(GVariant) drafts = NULL;
  g_autoptr(GVariant) editor = NULL;
  double scroll;

  if (state == NULL)
    return;
  if (g_variant_lookup (state, "scroll", "d", &scroll))
    lds_adjustment_restore (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
  if ((editor = g_variant_lookup_value (state, "editor", G_VARIANT_TYPE ("(ixa{sv})"))) != NULL)
    restore_editor (self, editor);
  if ((new_objective = g_variant_lookup_value (state, "new-objective", G_VARIANT_TYPE ("(sib)"))) != NULL)
    lds_editable_restore (GTK_WIDGET (self->new_objective_entry), new_objective);
  if ((drafts = g_variant_lookup_value (state, "drafts", G_VARIANT_TYPE_VARDICT)) != NULL)
    _lds_objectives_view_restore_drafts (self, drafts);
}
