/* lds-demo.h: sample organisations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two kinds: a hand-written sample company, in English or Chinese, that
 * shows every part of Lodestar (and carries a few deliberate coaching
 * problems), and a synthetic organisation of any size for benchmarks,
 * the same for the same size and the same day.
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_DEMO_DEFAULT = 0,
  LDS_DEMO_CLEAN   = 1 << 0,   /* without the deliberate coaching problems */
} LdsDemoFlags;

/* The synthetic organisation's check-ins: one a week for twelve weeks. */
#define LDS_DEMO_CHECKINS_PER_KEY_RESULT 12

gboolean lds_demo_write_sample    (LdsStore    *store,
                                   const char  *language,
                                   LdsDemoFlags flags,
                                   GError     **error);
gboolean lds_demo_write_synthetic (LdsStore    *store,
                                   guint        n_objectives,
                                   guint        checkins_per_key_result,
                                   GError     **error);
gboolean    lds_demo_language_is_known   (const char *language);
const char *lds_demo_language_for_locale (void);

G_END_DECLS
