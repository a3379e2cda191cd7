/* lds-guide-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A short guide to the method (writing objectives and key results,
 * aligning, check-ins, scoring, reviews) in the interface's language: the
 * resource guide/LANGUAGE.md (data/guide/ in the sources), laid out in a
 * text view with tags, its sections listed on the left.
 */

#define G_LOG_DOMAIN "lds-guide"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-guide-window.h"
#include "lds-guide.h"
#include "lds-i18n.h"
#include "lds-resources-private.h"
#include "lds-view-state.h"

struct _LdsGuideWindow
{
  GtkWindow          parent_instance;

  GtkWidget         *sections;     /* GtkListBox */
  GtkTextView       *view;
  GtkScrolledWindow *scroller;
  GPtrArray         *marks;        /* GtkTextMark, one per section */
};

G_DEFINE_FINAL_TYPE (LdsGuideWindow, lds_guide_window, GTK_TYPE_WINDOW)

#define MARGIN 32   /* around the text */

static GBytes *
load_guide (void)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_PATH "/guide/%s.md", lds_i18n_get_language ());
  GBytes *bytes = g_resources_lookup_data (path, 0, NULL);

  return bytes != NULL ? bytes : g_resources_lookup_data (RESOURCE_PATH "/guide/en.md", 0, NULL);
}

static void
create_tags (GtkTextBuffer *buffer)
{
  GdkRGBA note = { 0.21, 0.52, 0.89, 0.12 };

  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.6,
                              "pixels-below-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "section", "weight", PANGO_WEIGHT_BOLD, "scale", 1.25,
                              "pixels-above-lines", 18, "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "paragraph", "pixels-below-lines", 8, NULL);
  /* (A tag's margins replace the view's: MARGIN is added to them.) */
  gtk_text_buffer_create_tag (buffer, "item", "left-margin", MARGIN + 20, "indent", -16,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "note", "left-margin", MARGIN + 12,
                              "right-margin", MARGIN + 12, "pixels-above-lines", 8,
                              "pixels-below-lines", 12, "paragraph-background-rgba", &note, NULL);
  gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
}

/* A line, with its **bold** spans */
static void
insert_text (GtkTextBuffer *buffer,
             const char    *text,
             const char    *tag)
{
  g_auto(GStrv) parts = g_strsplit (text, "**", -1);
  GtkTextIter end;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gtk_text_buffer_get_end_iter (buffer, &end);
      if (i % 2 == 1)
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, parts[i], -1, tag, "bold", NULL);
      else
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, parts[i], -1, tag, NULL);
    }
}

static void
section_activated_cb (LdsGuideWindow *self,
                      GtkListBoxRow  *row)
{
  lds_guide_window_show_section (self, gtk_list_box_row_get_index (row));
}

static void
fill (LdsGuideWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->view);
  g_autoptr(GBytes) bytes = load_guide ();
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) blocks = NULL;
  GtkTextIter end;

  g_return_if_fail (bytes != NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  blocks = lds_guide_parse (text);
  create_tags (buffer);

  for (guint i = 0; i < blocks->len; i++)
    {
      LdsGuideBlock *block = g_ptr_array_index (blocks, i);
      static const char *const tags[] = {
        [LDS_GUIDE_TITLE] = "title", [LDS_GUIDE_SECTION] = "section",
        [LDS_GUIDE_PARAGRAPH] = "paragraph", [LDS_GUIDE_ITEM] = "item", [LDS_GUIDE_NOTE] = "note",
      };

      gtk_text_buffer_get_end_iter (buffer, &end);
      if (block->kind == LDS_GUIDE_TITLE)
        gtk_window_set_title (GTK_WINDOW (self), block->text);
      if (block->kind == LDS_GUIDE_SECTION)
        {
          GtkWidget *label = gtk_label_new (block->text);

          g_ptr_array_add (self->marks,
                           g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &end, TRUE)));
          gtk_label_set_xalign (GTK_LABEL (label), 0);
          gtk_label_set_wrap (GTK_LABEL (label), TRUE);
          gtk_list_box_append (GTK_LIST_BOX (self->sections), label);
          /* The row the list made around it takes the focus: it reads the title. */
          gtk_accessible_update_relation (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                          GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
        }
      if (block->kind == LDS_GUIDE_ITEM)
        gtk_text_buffer_insert_with_tags_by_name (buffer, &end, "•  ", -1, "item", NULL);
      insert_text (buffer, block->text, tags[block->kind]);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_insert (buffer, &end, "\n", -1);
    }
  gtk_text_buffer_get_start_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

static void
lds_guide_window_dispose (GObject *object)
{
  LdsGuideWindow *self = LDS_GUIDE_WINDOW (object);

  g_clear_pointer (&self->marks, g_ptr_array_unref);

  G_OBJECT_CLASS (lds_guide_window_parent_class)->dispose (object);
}

static void
lds_guide_window_class_init (LdsGuideWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_guide_window_dispose;
  lds_ensure_resources ();
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
lds_guide_window_init (LdsGuideWindow *self)
{
  GtkWidget *paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  GtkWidget *side = gtk_scrolled_window_new ();
  GtkWidget *header = gtk_header_bar_new ();

  self->marks = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_window_set_default_size (GTK_WINDOW (self), 900, 680);
  gtk_window_set_titlebar (GTK_WINDOW (self), header);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-guide");

  self->sections = gtk_list_box_new ();
  gtk_widget_add_css_class (self->sections, "navigation-sidebar");
  gtk_widget_add_css_class (self->sections, "lds-guide-sections");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sections), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sections"), -1);
  g_signal_connect_object (self->sections, "row-activated", G_CALLBACK (section_activated_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (side), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (side), self->sections);
  gtk_widget_set_size_request (side, 200, -1);
  gtk_widget_add_css_class (side, "lds-sidebar");

  self->view = GTK_TEXT_VIEW (gtk_text_view_new ());
  gtk_text_view_set_editable (self->view, FALSE);
  gtk_text_view_set_cursor_visible (self->view, FALSE);
  gtk_text_view_set_wrap_mode (self->view, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_left_margin (self->view, MARGIN);
  gtk_text_view_set_right_margin (self->view, MARGIN);
  gtk_text_view_set_top_margin (self->view, 24);
  gtk_text_view_set_bottom_margin (self->view, 32);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "lds-guide-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Guide to OKRs"), -1);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->view));

  gtk_paned_set_start_child (GTK_PANED (paned), side);
  gtk_paned_set_end_child (GTK_PANED (paned), GTK_WIDGET (self->scroller));
  gtk_paned_set_resize_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (paned), FALSE);
  gtk_paned_set_position (GTK_PANED (paned), 240);
  gtk_window_set_child (GTK_WINDOW (self), paned);

  fill (self);
}

/**
 * lds_guide_window_new:
 * @parent: (nullable): the window it was asked for from
 */
LdsGuideWindow *
lds_guide_window_new (GtkApplication *application,
                      GtkWindow      *parent)
{
  return g_object_new (LDS_TYPE_GUIDE_WINDOW,
                       "application", application,
                       "transient-for", parent,
                       NULL);
}

/**
 * lds_guide_window_get_text:
 *
 * Returns: (transfer full): the text shown
 */
char *
lds_guide_window_get_text (LdsGuideWindow *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (LDS_IS_GUIDE_WINDOW (self), NULL);

  buffer = gtk_text_view_get_buffer (self->view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

guint
lds_guide_window_get_n_sections (LdsGuideWindow *self)
{
  g_return_val_if_fail (LDS_IS_GUIDE_WINDOW (self), 0);

  return self->marks->len;
}

void
lds_guide_window_show_section (LdsGuideWindow *self,
                               guint           section)
{
  g_return_if_fail (LDS_IS_GUIDE_WINDOW (self));

  if (section >= self->marks->len)
    return;
  gtk_list_box_select_row (GTK_LIST_BOX (self->sections),
                           gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections), section));
  gtk_text_view_scroll_to_mark (self->view, self->marks->pdata[section], 0.0, TRUE, 0.0, 0.0);
}

/**
 * lds_guide_window_save_state:
 *
 * Returns: (transfer full): the section chosen and where the text was scrolled
 */
GVariant *
lds_guide_window_save_state (LdsGuideWindow *self)
{
  GtkListBoxRow *row;

  g_return_val_if_fail (LDS_IS_GUIDE_WINDOW (self), NULL);

  row = gtk_list_box_get_selected_row (GTK_LIST_BOX (self->sections));
  return g_variant_ref_sink (g_variant_new ("(id)", row != NULL ? gtk_list_box_row_get_index (row) : -1,
    gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller))));
}

/* The same section, in the other language: the guides share their sections. */
void
lds_guide_window_restore_state (LdsGuideWindow *self,
                                GVariant       *state)
{
  int section = -1;
  double scroll = 0;

  g_return_if_fail (LDS_IS_GUIDE_WINDOW (self));

  if (state == NULL || !g_variant_is_of_type (state, G_VARIANT_TYPE ("(id)")))
    return;
  g_variant_get (state, "(id)", &section, &scroll);
  if (section >= 0)
    {
      gtk_list_box_select_row (GTK_LIST_BOX (self->sections),
                               gtk_list_box_get_row_at_index (GTK_LIST_BOX (self->sections), section));
      if (section < (int) self->marks->len)
        gtk_text_view_scroll_to_mark (self->view, self->marks->pdata[section], 0.0, TRUE, 0.0, 0.0);
    }
  else
    lds_adjustment_restore (gtk_scrolled_window_get_vadjustment (self->scroller), scroll);
}
