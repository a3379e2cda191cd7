/* lds-test-ui.h: helpers for tests that drive real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

static inline void
lds_test_ui_iterate (void)
{
  /* Let GTK lay out, map and draw what is pending. */
  for (int i = 0; i < 5; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static inline void
lds_test_ui_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  lds_test_ui_iterate ();
}

/* Widgets below @root that carry @css_class and are shown. */
static inline void
lds_test_ui_collect (GtkWidget  *root,
                     const char *css_class,
                     GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (gtk_widget_has_css_class (child, css_class))
        g_ptr_array_add (found, child);
      lds_test_ui_collect (child, css_class, found);
    }
}

static inline guint
lds_test_ui_count (GtkWidget  *root,
                   const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  lds_test_ui_collect (root, css_class, found);
  return found->len;
}

/* Whether a shown label below @root reads @text. */
static inline gboolean
lds_test_ui_has_label (GtkWidget  *root,
                       const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return TRUE;
      if (lds_test_ui_has_label (child, text))
        return TRUE;
    }
  return FALSE;
}
