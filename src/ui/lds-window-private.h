/* lds-window-private.h: what the window's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "lds-org-model.h"
#include "lds-window.h"

G_BEGIN_DECLS

struct _LdsWindow
{
  GtkApplicationWindow  parent_instance;

  LdsStore             *store;
  LdsContext           *context;
  GSettings            *settings;
  GListStore           *cycles;
  LdsOrgModel          *org_model;
  GtkSingleSelection   *org_selection;
  gboolean              reloading;
  LdsRecordType         told_type;      /* the owner the tree last handed the context */
  LdsId                 told_id;
  gboolean              cycle_chosen;   /* the person chose a cycle, rather than the default */
  GListStore           *results;
  GtkSingleSelection   *result_selection;
  GMenu                *edit_section;
  GtkWidget            *org_menu;
  guint                 n_views_made;   /* the views made so far, in order; placeholders after them */
  gboolean              replacing_views;
  guint                 views_id;

  /* Template widgets */
  GtkStack             *content_stack;
  GtkDropDown          *cycle_dropdown;
  GtkListView          *org_view;
  GtkPaned             *paned;
  GtkMenuButton        *primary_menu_button;
  GMenuModel           *org_menu_model;
  GMenuModel           *primary_menu;
  GMenu                *recent_submenu;
  GtkButton            *redo_button;
  GtkListView          *results_view;
  GtkSearchEntry       *search_entry;
  GtkStack             *sidebar_stack;
  GtkLabel             *subtitle_label;
  GtkLabel             *title_label;
  GtkButton            *undo_button;
  GtkStack             *views_stack;
  GtkStackSwitcher     *view_switcher;
};

/* lds-window.c */
LdsRecordObject *_lds_window_selected_owner (LdsWindow *self);
GtkWidget       *_lds_window_get_view       (LdsWindow  *self,
                                             const char *name);
void             _lds_window_make_views     (LdsWindow  *self);

/* lds-window-actions.c */
void _lds_window_class_init_actions (GtkWidgetClass *widget_class);
void _lds_window_init_actions       (LdsWindow      *self);
void _lds_window_update_actions     (LdsWindow      *self);

/* lds-window-tree.c */
GtkListItemFactory *_lds_window_org_factory (LdsWindow *self);

/* lds-window-search.c */
void _lds_window_class_init_search  (GtkWidgetClass *widget_class);
void _lds_window_init_search        (LdsWindow      *self);

G_END_DECLS
