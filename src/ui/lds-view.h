/* lds-view.h: one view of a window's organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's content is a stack of views (objectives, map, …). Each view
 * is a widget that implements LdsView; it is given the window's LdsContext
 * ("context" property, construct-only) and follows it. To add a view: write
 * the widget in its own files, and add it to the table in lds-window.c.
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_VIEW (lds_view_get_type ())

G_DECLARE_INTERFACE (LdsView, lds_view, LDS, VIEW, GtkWidget)

struct _LdsViewInterface
{
  GTypeInterface parent_iface;

  /* What the person has on screen that the context does not hold (scroll
   * position, half-typed text, zoom), so that a window rebuilt in another
   * language looks as it did. Both optional. */
  GVariant *(*save_state)    (LdsView  *self);
  void      (*restore_state) (LdsView  *self,
                              GVariant *state);
};

LdsContext *lds_view_get_context   (LdsView  *self);
GVariant   *lds_view_save_state    (LdsView  *self);
void        lds_view_restore_state (LdsView  *self,
                                    GVariant *state);

G_END_DECLS
