/* lds-resources-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiled resources register themselves from a constructor, which the
 * linker drops from a static library unless something refers to them:
 * every class that loads a resource calls lds_ensure_resources() first.
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GResource *lds_get_resource (void);

static inline void
lds_ensure_resources (void)
{
  (void) lds_get_resource ();
}

G_END_DECLS
