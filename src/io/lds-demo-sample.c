/* lds-demo-sample.c: the hand-written sample company
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-demo"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-demo-private.h"

gboolean
_lds_demo_write_sample_company (LdsStore  *store,
                                gboolean   chinese,
                                gboolean   with_problems,
                                GError   **error)
{
  /* Interim: until the sample company is written, the synthetic one serves. */
  return lds_demo_write_synthetic (store, 60, 6, error);
}
