/* lds-workshop-summary.h: the one-page summary of a co-creation workshop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the room decided, to hand round at the end: the objectives chosen
 * with their key results (owners, dots, confidence), where each aligns and
 * what it depends on, the ideas left in the parking lot, the notes, and
 * how many proposals and votes it took. The same summary is written as
 * Markdown and as a PDF page (A4, through lds-paged-doc.h).
 */

#pragma once

#include "lds-store.h"

G_BEGIN_DECLS

char     *lds_workshop_summary_to_markdown (LdsStore    *store,
                                            LdsId        workshop_id,
                                            GError     **error);
gboolean  lds_workshop_summary_write_pdf   (LdsStore    *store,
                                            LdsId        workshop_id,
                                            const char  *path,
                                            guint       *n_pages,
                                            GError     **error);
gboolean  lds_workshop_summary_write       (LdsStore    *store,
                                            LdsId        workshop_id,
                                            const char  *path,
                                            GError     **error);

G_END_DECLS
