/* lds-window-search.c: finding OKRs, people and units (Ctrl+F)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search entry sits at the top of the sidebar; while it holds words,
 * the organisation tree gives way to the results (lds_store_search():
 * any part of a name, title, description or note, in Chinese or English).
 * Enter, or a click, goes to the result: its cycle and owner in the
 * sidebar, the objective (or key result) in focus in every view, and the
 * keyboard on it in the workspace. Escape goes back to the tree.
 */

#define G_LOG_DOMAIN "lds-window"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-objectives-view.h"
#include "lds-record-object.h"
#include "lds-store-align.h"
#include "lds-window-private.h"

#define MAX_RESULTS 200
#define SUBTITLE_KEY "lds-subtitle"

/* Results */

static LdsRecordObject *
result_for_hit (LdsWindow          *self,
                const LdsSearchHit *hit,
                GHashTable         *seen)
{
  LdsRecordType type = hit->type;
  LdsId id = hit->id;
  g_autofree char *key = NULL;
  g_autofree char *subtitle = NULL;
  gpointer record;
  LdsRecordObject *item;

  /* Notes, check-ins and steps lead to their key result; a KPI to its unit. */
  if (type == LDS_RECORD_CHECKIN || type == LDS_RECORD_ACTION_PLAN)
    {
      gpointer child = lds_store_get (self->store, type, id, NULL);

      if (child == NULL)
        return NULL;
      id = type == LDS_RECORD_CHECKIN ? ((LdsCheckin *) child)->key_result_id
                                      : ((LdsActionPlan *) child)->key_result_id;
      lds_record_free (type, child);
      type = LDS_RECORD_KEY_RESULT;
    }
  else if (type == LDS_RECORD_KPI)
    {
      g_autoptr(LdsKpi) kpi = lds_store_get (self->store, type, id, NULL);

      if (kpi == NULL)
        return NULL;
      type = LDS_RECORD_UNIT;
      id = kpi->unit_id;
    }
  else if (type != LDS_RECORD_UNIT && type != LDS_RECORD_PERSON &&
           type != LDS_RECORD_OBJECTIVE && type != LDS_RECORD_KEY_RESULT)
    return NULL;

  key = g_strdup_printf ("%d:%" G_GINT64_FORMAT, type, id);
  if (g_hash_table_contains (seen, key))
    return NULL;
  record = lds_store_get (self->store, type, id, NULL);
  if (record == NULL)
    return NULL;
  g_hash_table_add (seen, g_steal_pointer (&key));

  switch (type)
    {
    case LDS_RECORD_UNIT:
      subtitle = g_strdup (lds_enum_label (lds_unit_kind_get_type (), ((LdsUnit *) record)->kind));
      break;
    case LDS_RECORD_PERSON:
      {
        g_autoptr(LdsUnit) unit = lds_store_get (self->store, LDS_RECORD_UNIT,
                                                 ((LdsPerson *) record)->unit_id, NULL);
        /* Translators: a search result: a person and their unit */
        subtitle = g_strdup_printf (_("Person · %s"), unit != NULL ? unit->name : "");
      }
      break;
    case LDS_RECORD_OBJECTIVE:
      {
        LdsObjective *o = record;
        g_autofree char *owner = lds_store_get_owner_name (self->store, o);
        g_autoptr(LdsCycle) cycle = lds_store_get (self->store, LDS_RECORD_CYCLE, o->cycle_id, NULL);
        /* A cycle's name is not cut across the result's two lines ("2026 / Q4") */
        g_auto(GStrv) words = g_strsplit (cycle != NULL ? cycle->name : "", " ", -1);
        g_autofree char *whole = g_strjoinv ("\u00a0", words);

        /* Translators: a search result: an objective, its owner and its cycle */
        subtitle = g_strdup_printf (_("Objective · %1$s · %2$s"), owner, whole);
      }
      break;
    case LDS_RECORD_KEY_RESULT:
    default:
      {
        g_autoptr(LdsObjective) o = lds_store_get (self->store, LDS_RECORD_OBJECTIVE,
                                                   ((LdsKeyResult *) record)->objective_id, NULL);
        g_autofree char *owner = o != NULL ? lds_store_get_owner_name (self->store, o) : NULL;
        /* Translators: a search result: a key result, and the owner of its objective */
        subtitle = g_strdup_printf (_("Key result · %s"), owner != NULL ? owner : "");
      }
      break;
    }
  item = lds_record_object_new (type, record);
  g_object_set_data_full (G_OBJECT (item), SUBTITLE_KEY, g_steal_pointer (&subtitle), g_free);
  return item;
}

static void
show_tree (LdsWindow *self)
{
  gtk_stack_set_visible_child_name (self->sidebar_stack, "tree");
}

static void
search_changed_cb (LdsWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GError) error = NULL;

  if (*text == '\0')
    {
      g_list_store_remove_all (self->results);
      show_tree (self);
      return;
    }
  hits = lds_store_search (self->store, text, MAX_RESULTS, &error);
  for (guint i = 0; hits != NULL && i < hits->len; i++)
    {
      LdsRecordObject *item = result_for_hit (self, g_ptr_array_index (hits, i), seen);

      if (item != NULL)
        g_ptr_array_add (items, item);
    }
  g_list_store_splice (self->results, 0, g_list_model_get_n_items (G_LIST_MODEL (self->results)),
                       items->pdata, items->len);
  gtk_single_selection_set_selected (self->result_selection, 0);
  gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
}

/**
 * lds_window_show_result:
 * @type: a unit, person, objective or key result
 *
 * Goes to a record: its owner and cycle in the sidebar, itself in focus in
 * every view and under the keyboard in the workspace.
 */
void
lds_window_show_result (LdsWindow     *self,
                        LdsRecordType  type,
                        LdsId          id)
{
  GtkWidget *view = _lds_window_get_view (self, "objectives");
  LdsId objective = id;

  g_return_if_fail (LDS_IS_WINDOW (self));

  show_tree (self);
  if (type == LDS_RECORD_UNIT || type == LDS_RECORD_PERSON)
    {
      lds_context_set_owner (self->context, type, id);
      gtk_widget_grab_focus (GTK_WIDGET (self->org_view));
      return;
    }
  if (type == LDS_RECORD_KEY_RESULT)
    {
      g_autoptr(LdsKeyResult) kr = lds_store_get (self->store, type, id, NULL);

      if (kr == NULL)
        return;
      objective = kr->objective_id;
    }
  if (!lds_context_show_objective (self->context, objective))
    return;
  if (view != NULL && gtk_stack_get_visible_child (self->views_stack) == view)
    lds_objectives_view_show_record (LDS_OBJECTIVES_VIEW (view), type, id, FALSE);
}

static void
go_to_selected (LdsWindow *self)
{
  LdsRecordObject *item = gtk_single_selection_get_selected_item (self->result_selection);

  if (item != NULL)
    lds_window_show_result (self, lds_record_object_get_kind (item),
                            lds_record_object_get_id (item));
}

static void
result_activated_cb (LdsWindow *self,
                     guint      position)
{
  gtk_single_selection_set_selected (self->result_selection, position);
  go_to_selected (self);
}

static void
stop_search_cb (LdsWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  show_tree (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->org_view));
}

static gboolean
search_key_cb (LdsWindow             *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->result_selection));
  guint selected = gtk_single_selection_get_selected (self->result_selection);
  int next;

  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_Up)
    return FALSE;
  if (n == 0)
    return TRUE;
  if (!g_str_equal (gtk_stack_get_visible_child_name (self->sidebar_stack), "results"))
    {
      gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
      return TRUE;
    }
  next = selected == GTK_INVALID_LIST_POSITION ? 0
       : (int) selected + (keyval == GDK_KEY_Down ? 1 : -1);
  next = CLAMP (next, 0, (int) n - 1);
  gtk_single_selection_set_selected (self->result_selection, next);
  gtk_widget_activate_action (GTK_WIDGET (self->results_view), "list.scroll-to-item", "u",
                              (guint) next);
  return TRUE;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);

  GtkWidget *icon = gtk_image_new ();

  /* The sidebar is narrow: a result's title and where it stands take two
   * lines each before they are cut, so that results can be told apart. */
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_widget_set_margin_top (icon, 2);
  gtk_box_append (GTK_BOX (box), icon);
  for (guint i = 0; i < 2; i++)
    {
      GtkLabel *label = GTK_LABEL (i == 0 ? title : subtitle);

      gtk_label_set_xalign (label, 0);
      gtk_label_set_wrap (label, TRUE);
      gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
      gtk_label_set_lines (label, 2);
      gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
      /* Wrapped labels ask for the width of their words otherwise */
      gtk_label_set_width_chars (label, 1);
    }
  gtk_box_append (GTK_BOX (labels), title);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (labels), subtitle);
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  LdsRecordObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const char *text = g_object_get_data (G_OBJECT (item), SUBTITLE_KEY);
  g_autofree char *accessible = g_strdup_printf ("%s, %s", lds_record_object_get_title (item),
                                                 text != NULL ? text : "");

  gtk_image_set_from_icon_name (GTK_IMAGE (icon), lds_record_object_get_icon_name (item));
  gtk_label_set_label (GTK_LABEL (title), lds_record_object_get_title (item));
  gtk_label_set_label (GTK_LABEL (subtitle), text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdsWindow *self = LDS_WINDOW (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->search_entry)) != '\0')
    gtk_stack_set_visible_child_name (self->sidebar_stack, "results");
}

void
_lds_window_init_search (LdsWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkEventController *key = gtk_event_controller_key_new ();

  self->results = g_list_store_new (LDS_TYPE_RECORD_OBJECT);
  self->result_selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->results)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  gtk_list_view_set_factory (self->results_view, factory);
  gtk_list_view_set_model (self->results_view, GTK_SELECTION_MODEL (self->result_selection));

  g_signal_connect_object (self->search_entry, "search-changed", G_CALLBACK (search_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "activate", G_CALLBACK (go_to_selected), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_entry, "stop-search", G_CALLBACK (stop_search_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->results_view, "activate", G_CALLBACK (result_activated_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (key, "key-pressed", G_CALLBACK (search_key_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), key);
}

void
_lds_window_class_init_search (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search",
                                       NULL);
}
