/* lds-error.h: the error domain of the core layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define LDS_ERROR (lds_error_quark ())

typedef enum
{
  LDS_ERROR_INVALID,     /* a value the method does not allow */
  LDS_ERROR_NOT_FOUND,
} LdsError;

GQuark lds_error_quark (void);

G_END_DECLS
