/* lds-window-state.c: what a window shows, kept across its rebuilding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the interface language changes, the application builds each window
 * again (widgets keep the words they were made with) and gives the new one
 * the old one's state: its size, the sidebar (the cycle, the unit or person
 * chosen, the rows open in the tree, the search), the view shown and each
 * view's own state (LdsView: scroll, zoom, an open editor, half-typed
 * text).
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include "lds-record-object.h"
#include "lds-view-state.h"
#include "lds-view.h"
#include "lds-window-private.h"

static GtkAdjustment *
tree_adjustment (LdsWindow *self)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->org_view));
}

static GVariant *
expanded_units (LdsWindow *self)
{
  GListModel *rows = G_LIST_MODEL (lds_org_model_get_tree (self->org_model));
  GVariantBuilder builder;
  guint n = g_list_model_get_n_items (rows);

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ax"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(LdsRecordObject) item = gtk_tree_list_row_get_item (row);

      if (gtk_tree_list_row_get_expanded (row) &&
          lds_record_object_get_kind (item) == LDS_RECORD_UNIT)
        g_variant_builder_add (&builder, "x", (gint64) lds_record_object_get_id (item));
    }
  return g_variant_builder_end (&builder);
}

static void
expand_units (LdsWindow *self,
              GVariant  *units)
{
  GListModel *rows = G_LIST_MODEL (lds_org_model_get_tree (self->org_model));
  GVariantIter iter;
  gint64 id;

  /* Parents come before their children, so each is there to open. */
  g_variant_iter_init (&iter, units);
  while (g_variant_iter_next (&iter, "x", &id))
    {
      guint position = lds_org_model_expand_to (self->org_model, LDS_RECORD_UNIT, id);
      g_autoptr(GtkTreeListRow) row = NULL;

      if (position == GTK_INVALID_LIST_POSITION)
        continue;
      row = g_list_model_get_item (rows, position);
      if (row != NULL)
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/**
 * lds_window_save_state:
 *
 * Returns: (transfer full): what the window shows, for
 *   lds_window_restore_state() on another window of the same file
 */
GVariant *
lds_window_save_state (LdsWindow *self)
{
  GVariantBuilder builder, views;
  int width, height;

  g_return_val_if_fail (LDS_IS_WINDOW (self), NULL);

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  /* GTK keeps the default size as the window is resized (without the
   * decorations it draws, and unmaximized): the widget's own size is
   * smaller than what the default size asks, and would shrink the window
   * at each rebuild. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_variant_builder_add (&builder, "{sv}", "size", g_variant_new ("(ii)", width, height));
  g_variant_builder_add (&builder, "{sv}", "maximized",
                         g_variant_new_boolean (gtk_window_is_maximized (GTK_WINDOW (self))));
  g_variant_builder_add (&builder, "{sv}", "fullscreen",
                         g_variant_new_boolean (gtk_window_is_fullscreen (GTK_WINDOW (self))));
  g_variant_builder_add (&builder, "{sv}", "sidebar",
                         g_variant_new_int32 (gtk_paned_get_position (self->paned)));
  g_variant_builder_add (&builder, "{sv}", "cycle",
                         g_variant_new_int64 (lds_context_get_cycle_id (self->context)));
  g_variant_builder_add (&builder, "{sv}", "cycle-chosen", g_variant_new_boolean (self->cycle_chosen));
  g_variant_builder_add (&builder, "{sv}", "owner",
                         g_variant_new ("(ix)", (int) lds_context_get_owner_type (self->context),
                                        (gint64) lds_context_get_owner_id (self->context)));
  g_variant_builder_add (&builder, "{sv}", "objective",
                         g_variant_new_int64 (lds_context_get_objective_id (self->context)));
  g_variant_builder_add (&builder, "{sv}", "expanded", expanded_units (self));
  g_variant_builder_add (&builder, "{sv}", "tree-scroll",
                         g_variant_new_double (gtk_adjustment_get_value (tree_adjustment (self))));
  g_variant_builder_add (&builder, "{sv}", "search",
                         lds_editable_save (GTK_WIDGET (self->search_entry)));
  if (gtk_stack_get_visible_child_name (self->views_stack) != NULL)
    g_variant_builder_add (&builder, "{sv}", "view",
                           g_variant_new_string (gtk_stack_get_visible_child_name (self->views_stack)));

  /* Views not made yet have nothing to keep. */
  g_variant_builder_init (&views, G_VARIANT_TYPE_VARDICT);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->views_stack));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (self->views_stack, child);
      GtkWidget *view = gtk_stack_page_get_child (page);
      GVariant *state;

      if (!LDS_IS_VIEW (view) || (state = lds_view_save_state (LDS_VIEW (view))) == NULL)
        continue;
      g_variant_builder_add (&views, "{sv}", gtk_stack_page_get_name (page), state);
    }
  g_variant_builder_add (&builder, "{sv}", "views", g_variant_builder_end (&views));
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

/**
 * lds_window_restore_state:
 * @state: what lds_window_save_state() gave for a window of the same file
 *
 * Shows what the other window showed. Call it before the window is
 * presented, so that it opens at the right size.
 */
void
lds_window_restore_state (LdsWindow *self,
                          GVariant  *state)
{
  g_autoptr(GVariant) views = NULL;
  g_autoptr(GVariant) expanded = NULL;
  g_autoptr(GVariant) search = NULL;
  const char *view_name = NULL;
  gboolean flag = FALSE, cycle_chosen = FALSE;
  int width, height, type, sidebar;
  gint64 id, cycle, objective;
  double scroll;

  g_return_if_fail (LDS_IS_WINDOW (self));
  g_return_if_fail (state != NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_VARDICT));

  if (g_variant_lookup (state, "size", "(ii)", &width, &height))
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_variant_lookup (state, "maximized", "b", &flag))
    {
      if (flag)
        gtk_window_maximize (GTK_WINDOW (self));
      else
        gtk_window_unmaximize (GTK_WINDOW (self));
    }
  if (g_variant_lookup (state, "fullscreen", "b", &flag) && flag)
    gtk_window_fullscreen (GTK_WINDOW (self));
  if (g_variant_lookup (state, "sidebar", "i", &sidebar))
    gtk_paned_set_position (self->paned, sidebar);

  /* The selection: the sidebar and every view follow the context. */
  g_variant_lookup (state, "cycle-chosen", "b", &cycle_chosen);
  if (g_variant_lookup (state, "cycle", "x", &cycle) && cycle != 0 &&
      (cycle_chosen || cycle != lds_context_get_cycle_id (self->context)))
    lds_context_set_cycle_id (self->context, cycle);
  if ((expanded = g_variant_lookup_value (state, "expanded", G_VARIANT_TYPE ("ax"))) != NULL)
    expand_units (self, expanded);
  if (g_variant_lookup (state, "owner", "(ix)", &type, &id) && id != 0)
    lds_window_select_owner (self, type, id);
  if (g_variant_lookup (state, "objective", "x", &objective))
    lds_context_set_objective_id (self->context, objective);
  if ((search = g_variant_lookup_value (state, "search", G_VARIANT_TYPE ("(sib)"))) != NULL)
    {
      const char *text = NULL;

      g_variant_get (search, "(&sib)", &text, NULL, NULL);
      if (*text != '\0' || lds_widget_has_focus_within (GTK_WIDGET (self->search_entry)))
        lds_editable_restore (GTK_WIDGET (self->search_entry), search);
    }
  if (g_variant_lookup (state, "tree-scroll", "d", &scroll))
    lds_adjustment_restore (tree_adjustment (self), scroll);

  if (g_variant_lookup (state, "view", "&s", &view_name) &&
      _lds_window_get_view (self, view_name) != NULL)
    gtk_stack_set_visible_child_name (self->views_stack, view_name);

  views = g_variant_lookup_value (state, "views", G_VARIANT_TYPE_VARDICT);
  if (views != NULL && g_variant_n_children (views) > 0)
    {
      GVariantIter iter;
      const char *name;
      GVariant *view_state;

      g_variant_iter_init (&iter, views);
      while (g_variant_iter_loop (&iter, "{&sv}", &name, &view_state))
        {
          GtkWidget *view = _lds_window_get_view (self, name);

          if (view != NULL && LDS_IS_VIEW (view))
            lds_view_restore_state (LDS_VIEW (view), view_state);
        }
    }
}
