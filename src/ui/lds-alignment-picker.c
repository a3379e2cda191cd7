/* lds-alignment-picker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A searchable list of the key results and objectives an objective may
 * align to (or depend on): the units above it first, nearest first, each
 * item with its owner chain (company → department → team) and how many
 * objectives align there already; the selected item says which. Typing
 * filters (Chinese or English, any part of a title, owner or unit), the
 * arrows move, Enter links, Escape closes.
 */

#define G_LOG_DOMAIN "lds-alignment-picker"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-alignment-picker.h"
#include "lds-store-align.h"

/* One item of the list */

#define LDS_TYPE_ALIGN_ITEM (lds_align_item_get_type ())
G_DECLARE_FINAL_TYPE (LdsAlignItem, lds_align_item, LDS, ALIGN_ITEM, GObject)

struct _LdsAlignItem
{
  GObject         parent_instance;
  LdsAlignTarget *target;
  char           *haystack;   /* what a search looks in, case-folded */
};

G_DEFINE_FINAL_TYPE (LdsAlignItem, lds_align_item, G_TYPE_OBJECT)

static void
lds_align_item_finalize (GObject *object)
{
  LdsAlignItem *self = LDS_ALIGN_ITEM (object);

  lds_align_target_free (self->target);
  g_free (self->haystack);
  G_OBJECT_CLASS (lds_align_item_parent_class)->finalize (object);
}

static void
lds_align_item_class_init (LdsAlignItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_align_item_finalize;
}

static void
lds_align_item_init (LdsAlignItem *self)
{
}

static LdsAlignItem *
lds_align_item_new (LdsAlignTarget *target)
{
  LdsAlignItem *self = g_object_new (LDS_TYPE_ALIGN_ITEM, NULL);
  g_autofree char *all = g_strjoin ("\n", target->title,
                                    target->objective_title != NULL ? target->objective_title : "",
                                    target->owner, target->owner_chain, NULL);

  self->target = target;
  self->haystack = g_utf8_casefold (all, -1);
  return self;
}

/* The picker */

struct _LdsAlignmentPicker
{
  GtkWindow           parent_instance;

  LdsStore           *store;
  LdsId               objective_id;
  LdsLinkKind         kind;
  char               *needle;

  GListStore         *items;
  GtkCustomFilter    *filter;
  GtkSingleSelection *selection;
  GtkWidget          *entry;
  GtkWidget          *list;
  GtkWidget          *details;
  GtkWidget          *message;
  GtkWidget          *choose;
};

G_DEFINE_FINAL_TYPE (LdsAlignmentPicker, lds_alignment_picker, GTK_TYPE_WINDOW)

static gboolean
match_cb (gpointer item,
          gpointer user_data)
{
  LdsAlignmentPicker *self = user_data;
  g_auto(GStrv) words = NULL;

  if (self->needle == NULL || *self->needle == '\0')
    return TRUE;
  words = g_strsplit_set (self->needle, " \t\u3000", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && strstr (LDS_ALIGN_ITEM (item)->haystack, words[i]) == NULL)
      return FALSE;
  return TRUE;
}

static LdsAlignItem *
selected_item (LdsAlignmentPicker *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_details (LdsAlignmentPicker *self)
{
  LdsAlignItem *item = selected_item (self);
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GString) text = NULL;

  gtk_widget_set_sensitive (self->choose, item != NULL && !item->target->linked);
  if (item == NULL || item->target->n_aligned == 0)
    {
      g_autofree char *none = NULL;

      if (item != NULL)
        /* Translators: %s is the title of the objective or key result chosen in the picker */
        none = g_strdup_printf (_("Nothing aligns to “%s” yet."), item->target->title);
      gtk_label_set_label (GTK_LABEL (self->details),
                           item == NULL ? _("Nothing matches. Try another word.") : none);
      return;
    }
  links = lds_store_list_links_to (self->store, item->target->type, item->target->id, NULL);
  text = g_string_new (_("Already aligned here:"));
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      LdsLinkInfo *link = g_ptr_array_index (links, i);

      if (link->kind != LDS_LINK_KIND_ALIGNS ||
          (item->target->type == LDS_RECORD_OBJECTIVE && link->to_key_result_id != 0))
        continue;
      g_string_append_c (text, '\n');
      /* Translators: a linked record and its owner, as in "New customers · Sales" */
      g_string_append_printf (text, _("%1$s · %2$s"), link->from_title, link->from_owner);
    }
  gtk_label_set_label (GTK_LABEL (self->details), text->str);
}

static void
search_changed_cb (LdsAlignmentPicker *self)
{
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->entry)), -1);
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_single_selection_set_selected (self->selection, 0);
  update_details (self);
}

static void
choose (LdsAlignmentPicker *self)
{
  LdsAlignItem *item = selected_item (self);
  g_autoptr(GError) error = NULL;

  if (item == NULL)
    return;
  if (!lds_store_link_objective (self->store, self->kind, self->objective_id, item->target->type,
                                 item->target->id, NULL, &error))
    {
      gtk_label_set_label (GTK_LABEL (self->message), error->message);
      gtk_widget_set_visible (self->message, TRUE);
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose (LDS_ALIGNMENT_PICKER (widget));
}

static void
move_selection (LdsAlignmentPicker *self,
                int                 delta)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  int next;

  if (n == 0)
    return;
  next = selected == GTK_INVALID_LIST_POSITION ? 0 : (int) selected + delta;
  next = CLAMP (next, 0, (int) n - 1);
  gtk_single_selection_set_selected (self->selection, next);
  gtk_widget_activate_action (self->list, "list.scroll-to-item", "u", (guint) next);
}

static gboolean
entry_key_cb (LdsAlignmentPicker    *self,
              guint                  keyval,
              guint                  keycode,
              GdkModifierType        state,
              GtkEventControllerKey *controller)
{
  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return TRUE;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return TRUE;
    case GDK_KEY_Page_Down:
      move_selection (self, 10);
      return TRUE;
    case GDK_KEY_Page_Up:
      move_selection (self, -10);
      return TRUE;
    default:
      return FALSE;
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  /* The owner chain under the title, not under the O or KR before it */
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *kind = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *chain = gtk_label_new (NULL);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  gtk_widget_add_css_class (kind, "lds-pill");
  gtk_widget_set_valign (kind, GTK_ALIGN_CENTER);
  gtk_grid_attach (GTK_GRID (grid), kind, 0, 0, 1, 1);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_grid_attach (GTK_GRID (grid), title, 1, 0, 1, 1);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_grid_attach (GTK_GRID (grid), count, 2, 0, 1, 1);
  gtk_label_set_xalign (GTK_LABEL (chain), 0);
  gtk_label_set_ellipsize (GTK_LABEL (chain), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (chain, "dim-label");
  gtk_widget_add_css_class (chain, "caption");
  gtk_grid_attach (GTK_GRID (grid), chain, 1, 1, 2, 1);
  gtk_widget_add_css_class (grid, "lds-picker-item");
  gtk_list_item_set_child (list_item, grid);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  LdsAlignItem *item = gtk_list_item_get_item (list_item);
  LdsAlignTarget *t = item->target;
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *kind = gtk_grid_get_child_at (GTK_GRID (box), 0, 0);
  GtkWidget *title = gtk_grid_get_child_at (GTK_GRID (box), 1, 0);
  GtkWidget *count = gtk_grid_get_child_at (GTK_GRID (box), 2, 0);
  GtkWidget *chain = gtk_grid_get_child_at (GTK_GRID (box), 1, 1);
  gboolean kr = t->type == LDS_RECORD_KEY_RESULT;
  g_autofree char *counted = NULL;
  g_autofree char *accessible = NULL;

  gtk_label_set_label (GTK_LABEL (kind), kr ? C_("short", "KR") : C_("short", "O"));
  gtk_label_set_label (GTK_LABEL (title), t->title);
  if (t->linked)
    counted = g_strdup (_("linked already"));
  else if (t->n_aligned > 0)
    counted = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u aligned", "%u aligned",
                                            t->n_aligned), t->n_aligned);
  gtk_label_set_label (GTK_LABEL (count), counted);
  gtk_label_set_label (GTK_LABEL (chain), t->owner_chain);
  gtk_widget_set_margin_start (box, kr ? 24 : 0);
  gtk_widget_set_opacity (box, t->linked ? 0.55 : 1.0);
  /* Translators: an item of the alignment picker for screen readers: its
   * title, its owner chain and how many align there */
  accessible = g_strdup_printf (_("%1$s, %2$s, %3$s"), t->title, t->owner_chain,
                                counted != NULL ? counted : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
activate_cb (LdsAlignmentPicker *self,
             guint               position)
{
  gtk_single_selection_set_selected (self->selection, position);
  choose (self);
}

static void
lds_alignment_picker_dispose (GObject *object)
{
  LdsAlignmentPicker *self = LDS_ALIGNMENT_PICKER (object);

  g_clear_object (&self->store);
  g_clear_object (&self->items);
  g_clear_object (&self->selection);
  g_clear_pointer (&self->needle, g_free);

  G_OBJECT_CLASS (lds_alignment_picker_parent_class)->dispose (object);
}

static void
lds_alignment_picker_class_init (LdsAlignmentPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_alignment_picker_dispose;
  gtk_widget_class_install_action (widget_class, "picker.choose", NULL, choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lds_alignment_picker_init (LdsAlignmentPicker *self)
{
}

static void
build (LdsAlignmentPicker *self,
       const char         *objective_title)
{
  GtkWidget *header = gtk_header_bar_new ();
  GtkWidget *cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *intro = gtk_label_new (NULL);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autofree char *intro_text = NULL;
  GtkFilterListModel *filtered;
  GtkEventController *key = gtk_event_controller_key_new ();
  gboolean aligns = self->kind == LDS_LINK_KIND_ALIGNS;

  gtk_window_set_title (GTK_WINDOW (self), aligns ? _("Align To") : _("Add a Dependency"));
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 560);
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (header), FALSE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "window.close");
  gtk_header_bar_pack_start (GTK_HEADER_BAR (header), cancel);
  self->choose = gtk_button_new_with_mnemonic (aligns ? _("_Align") : _("_Add"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->choose), "picker.choose");
  gtk_widget_add_css_class (self->choose, "suggested-action");
  gtk_header_bar_pack_end (GTK_HEADER_BAR (header), self->choose);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);

  intro_text = aligns
    /* Translators: %s is the title of the objective being aligned */
    ? g_strdup_printf (_("What does “%s” serve? Choose the key result (or objective) a level "
                         "up that it helps achieve. The units above it come first."),
                       objective_title)
    /* Translators: %s is the title of the objective that depends on another */
    : g_strdup_printf (_("What does “%s” depend on? Choose another team’s objective or key "
                         "result it needs."), objective_title);
  gtk_label_set_label (GTK_LABEL (intro), intro_text);
  gtk_label_set_wrap (GTK_LABEL (intro), TRUE);
  gtk_label_set_xalign (GTK_LABEL (intro), 0);
  gtk_box_append (GTK_BOX (box), intro);

  self->entry = gtk_search_entry_new ();
  gtk_widget_add_css_class (self->entry, "lds-picker-search");
  g_object_set (self->entry, "placeholder-text", _("Search titles, owners and units"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search titles, owners and units"), -1);
  g_signal_connect_swapped (self->entry, "search-changed", G_CALLBACK (search_changed_cb), self);
  g_signal_connect_swapped (self->entry, "activate", G_CALLBACK (choose), self);
  g_signal_connect_swapped (self->entry, "stop-search", G_CALLBACK (gtk_window_close), self);
  g_signal_connect_swapped (key, "key-pressed", G_CALLBACK (entry_key_cb), self);
  gtk_widget_add_controller (self->entry, key);
  gtk_box_append (GTK_BOX (box), self->entry);

  self->filter = gtk_custom_filter_new (match_cb, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->items)),
                                        GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect_swapped (self->selection, "notify::selected", G_CALLBACK (update_details), self);
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  self->list = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                  g_object_ref (factory));
  gtk_widget_add_css_class (self->list, "lds-picker-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  aligns ? _("Where it may align") : _("What it may depend on"), -1);
  g_signal_connect_swapped (self->list, "activate", G_CALLBACK (activate_cb), self);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_add_css_class (scroller, "frame");
  gtk_box_append (GTK_BOX (box), scroller);

  self->details = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->details), 0);
  gtk_label_set_wrap (GTK_LABEL (self->details), TRUE);
  gtk_label_set_lines (GTK_LABEL (self->details), 5);
  gtk_label_set_ellipsize (GTK_LABEL (self->details), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (self->details, "dim-label");
  gtk_widget_add_css_class (self->details, "lds-picker-details");
  gtk_box_append (GTK_BOX (box), self->details);

  self->message = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->message), 0);
  gtk_label_set_wrap (GTK_LABEL (self->message), TRUE);
  gtk_widget_add_css_class (self->message, "error");
  gtk_widget_add_css_class (self->message, "lds-picker-message");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_box_append (GTK_BOX (box), self->message);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_window_set_child (GTK_WINDOW (self), box);
}

/**
 * lds_alignment_picker_new:
 * @kind: align (serves a level up) or depends (on another team)
 *
 * A window that links @objective_id to what is chosen in it, as one
 * action, and closes; a link the store refuses is explained in it.
 */
GtkWidget *
lds_alignment_picker_new (GtkWindow   *parent,
                          LdsStore    *store,
                          LdsId        objective_id,
                          LdsLinkKind  kind)
{
  LdsAlignmentPicker *self = g_object_new (LDS_TYPE_ALIGNMENT_PICKER,
                                           "transient-for", parent,
                                           "modal", TRUE,
                                           "destroy-with-parent", TRUE,
                                           NULL);
  g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, NULL);
  g_autoptr(GPtrArray) targets = lds_store_list_align_targets (store, objective_id, kind, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  self->store = g_object_ref (store);
  self->objective_id = objective_id;
  self->kind = kind;
  self->items = g_list_store_new (LDS_TYPE_ALIGN_ITEM);
  /* The items take the targets over. */
  if (targets != NULL)
    g_ptr_array_set_free_func (targets, NULL);
  for (guint i = 0; targets != NULL && i < targets->len; i++)
    g_ptr_array_add (items, lds_align_item_new (g_ptr_array_index (targets, i)));
  build (self, o != NULL ? o->title : "");
  g_list_store_splice (self->items, 0, 0, items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, 0);
  update_details (self);
  gtk_widget_grab_focus (self->entry);
  return GTK_WIDGET (self);
}

/* For tests: what a person types into the search. */
void
lds_alignment_picker_search (LdsAlignmentPicker *self,
                             const char         *text)
{
  g_return_if_fail (LDS_IS_ALIGNMENT_PICKER (self));

  gtk_editable_set_text (GTK_EDITABLE (self->entry), text);
  search_changed_cb (self);
}

guint
lds_alignment_picker_get_n_shown (LdsAlignmentPicker *self)
{
  g_return_val_if_fail (LDS_IS_ALIGNMENT_PICKER (self), 0);

  return g_list_model_get_n_items (G_LIST_MODEL (self->selection));
}

/* Selects an item among those shown; returns whether it is shown. */
gboolean
lds_alignment_picker_select (LdsAlignmentPicker *self,
                             LdsRecordType       type,
                             LdsId               id)
{
  guint n;

  g_return_val_if_fail (LDS_IS_ALIGNMENT_PICKER (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsAlignItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), i);

      if (item->target->type == type && item->target->id == id)
        {
          gtk_single_selection_set_selected (self->selection, i);
          return TRUE;
        }
    }
  return FALSE;
}
