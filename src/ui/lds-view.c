/* lds-view.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-view"

#include "config.h"

#include "lds-view.h"

G_DEFINE_INTERFACE (LdsView, lds_view, GTK_TYPE_WIDGET)

static void
lds_view_default_init (LdsViewInterface *iface)
{
  g_object_interface_install_property (iface,
    g_param_spec_object ("context", NULL, NULL, LDS_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
}

/**
 * lds_view_get_context:
 *
 * Returns: (transfer none): the window's context
 */
LdsContext *
lds_view_get_context (LdsView *self)
{
  g_autoptr(LdsContext) context = NULL;

  g_return_val_if_fail (LDS_IS_VIEW (self), NULL);

  g_object_get (self, "context", &context, NULL);
  /* The view holds its own reference for its whole life. */
  return context;
}

/**
 * lds_view_save_state:
 *
 * Returns: (transfer full) (nullable): the view's on-screen state
 */
GVariant *
lds_view_save_state (LdsView *self)
{
  LdsViewInterface *iface;

  g_return_val_if_fail (LDS_IS_VIEW (self), NULL);

  iface = LDS_VIEW_GET_IFACE (self);
  return iface->save_state != NULL ? iface->save_state (self) : NULL;
}

void
lds_view_restore_state (LdsView  *self,
                        GVariant *state)
{
  LdsViewInterface *iface;

  g_return_if_fail (LDS_IS_VIEW (self));

  iface = LDS_VIEW_GET_IFACE (self);
  if (state != NULL && iface->restore_state != NULL)
    iface->restore_state (self, state);
}
