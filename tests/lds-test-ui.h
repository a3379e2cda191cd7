/* lds-test-ui.h: helpers for tests that drive real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-objective-row.h"
#include "lds-resources-private.h"

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

static inline void
lds_test_ui_painted_cb (GdkFrameClock *clock,
                        gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits until @widget's window has laid out and drawn one whole frame
 * after what is pending now (at most two seconds): GTK moves the focus
 * with Tab by where widgets are allocated, so a test that presses Tab
 * after changing rows must let a frame lay them out first, as a person's
 * next key always does. */
static inline void
lds_test_ui_wait_frame (GtkWidget *widget)
{
  GdkFrameClock *clock;
  gboolean painted = FALSE;
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
  gulong id;

  lds_test_ui_iterate ();
  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    return;
  id = g_signal_connect (clock, "after-paint", G_CALLBACK (lds_test_ui_painted_cb), &painted);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
  while (!painted && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_signal_handler_disconnect (clock, id);
  lds_test_ui_iterate ();
}

/* The application's styles, as its windows have them in the program
 * (LdsApplication loads them at start-up) */
static inline void
lds_test_ui_load_styles (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  lds_ensure_resources ();
  gtk_css_provider_load_from_resource (css, RESOURCE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
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

/* The first shown widget below @root (or @root itself) with @css_class. */
static inline GtkWidget *
lds_test_ui_find (GtkWidget  *root,
                  const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  if (gtk_widget_has_css_class (root, css_class))
    return root;
  lds_test_ui_collect (root, css_class, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

/* The first widget below @root (or @root itself), in depth-first order,
 * that @match accepts. */
typedef gboolean (*LdsTestUiMatch) (GtkWidget     *widget,
                                    gconstpointer  data);

static inline GtkWidget *
lds_test_ui_find_first (GtkWidget      *root,
                        LdsTestUiMatch  match,
                        gconstpointer   data)
{
  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = lds_test_ui_find_first (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static inline gboolean
lds_test_ui_is_type (GtkWidget     *widget,
                     gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The first widget of @type below @root (or @root itself), shown or not. */
static inline GtkWidget *
lds_test_ui_find_type (GtkWidget *root,
                       GType      type)
{
  return lds_test_ui_find_first (root, lds_test_ui_is_type, GSIZE_TO_POINTER (type));
}

/* Every widget below @root (or @root itself) that @match accepts, shown
 * or not, in depth-first order. */
static inline void
lds_test_ui_collect_all (GtkWidget      *root,
                         LdsTestUiMatch  match,
                         gconstpointer   data,
                         GPtrArray      *found)
{
  if (match (root, data))
    g_ptr_array_add (found, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    lds_test_ui_collect_all (child, match, data, found);
}

/* Every widget of @type below @root (or @root itself), shown or not. */
static inline void
lds_test_ui_collect_type (GtkWidget *root,
                          GType      type,
                          GPtrArray *found)
{
  lds_test_ui_collect_all (root, lds_test_ui_is_type, GSIZE_TO_POINTER (type), found);
}

static inline gboolean
lds_test_ui_is_views_stack (GtkWidget     *widget,
                            gconstpointer  data)
{
  return GTK_IS_STACK (widget) &&
         gtk_stack_get_child_by_name (GTK_STACK (widget), "objectives") != NULL;
}

/* The stack of a window's views: the one with the objectives in it. */
static inline GtkStack *
lds_test_ui_views_stack (GtkWidget *root)
{
  return GTK_STACK (lds_test_ui_find_first (root, lds_test_ui_is_views_stack, NULL));
}

static inline gboolean
lds_test_ui_is_objective_row (GtkWidget     *widget,
                              gconstpointer  objective)
{
  return LDS_IS_OBJECTIVE_ROW (widget) &&
         lds_objective_row_get_id (LDS_OBJECTIVE_ROW (widget)) == *(const LdsId *) objective;
}

/* The row of @objective in the workspace below @root. */
static inline LdsObjectiveRow *
lds_test_ui_find_objective_row (GtkWidget *root,
                                LdsId      objective)
{
  return (LdsObjectiveRow *) lds_test_ui_find_first (root, lds_test_ui_is_objective_row,
                                                     &objective);
}

/* The window shown last over @parent (a dialog, the picker, the cycles). */
static inline GtkWindow *
lds_test_ui_find_dialog (GtkWindow *parent,
                         GType      type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWindow *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window != parent && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)) && G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        found = window;
    }
  return found;
}

/* Types @text into the field "lds-field-NAME" of @root and gives it (Enter). */
static inline void
lds_test_ui_fill (GtkWidget  *root,
                  const char *field,
                  const char *text)
{
  g_autofree char *css = g_strdup_printf ("lds-field-%s", field);
  GtkWidget *entry = lds_test_ui_find (root, css);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  if (GTK_IS_ENTRY (entry))
    g_signal_emit_by_name (entry, "activate");
}

/* Whether one of @w's shortcut controllers of @phase takes the key. */
static inline gboolean
lds_test_ui_press_on (GtkWidget           *w,
                      guint                keyval,
                      GdkModifierType      modifiers,
                      GtkPropagationPhase  phase)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (w);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          (phase == GTK_PHASE_CAPTURE) !=
          (gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          GtkShortcutTrigger *alternatives[2] = { trigger, NULL };
          gboolean match = FALSE;

          if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
            {
              alternatives[0] = gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger));
              alternatives[1] = gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger));
            }
          for (int k = 0; k < 2 && !match; k++)
            match = alternatives[k] != NULL && GTK_IS_KEYVAL_TRIGGER (alternatives[k]) &&
                    gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (alternatives[k])) ==
                      gdk_keyval_to_lower (keyval) &&
                    gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (alternatives[k])) ==
                      modifiers;
          if (match && gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, w,
                                                     gtk_shortcut_get_arguments (shortcut)))
            return TRUE;
        }
    }
  return FALSE;
}

/* A key press as GTK dispatches it to shortcuts: first the controllers that
 * capture, from the window down to the focus, then the others from the
 * focus up to the window; the first shortcut whose keys match and whose
 * action takes the key runs. Returns whether one did. (GTK 4 has no way to
 * synthesize key events; this walks the same controllers the event would
 * reach.) */
static inline gboolean
lds_test_ui_press (GtkWidget  *focus,
                   const char *accelerator)
{
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  guint keyval = 0;
  GdkModifierType modifiers = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));
  for (GtkWidget *w = focus; w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_add (chain, w);
  for (guint i = chain->len; i > 0; i--)
    if (lds_test_ui_press_on (chain->pdata[i - 1], keyval, modifiers, GTK_PHASE_CAPTURE))
      return TRUE;
  for (guint i = 0; i < chain->len; i++)
    if (lds_test_ui_press_on (chain->pdata[i], keyval, modifiers, GTK_PHASE_BUBBLE))
      return TRUE;
  return FALSE;
}

/* The widget with the keyboard focus in @window. */
static inline GtkWidget *
lds_test_ui_focus (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}
