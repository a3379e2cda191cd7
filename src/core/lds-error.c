/* lds-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lds-error.h"

G_DEFINE_QUARK (lds-error-quark, lds_error)
