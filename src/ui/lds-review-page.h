/* lds-review-page.h: the end-of-cycle OKR reviews, a page of the coach view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "lds-context.h"

G_BEGIN_DECLS

#define LDS_TYPE_REVIEW_PAGE (lds_review_page_get_type ())

G_DECLARE_FINAL_TYPE (LdsReviewPage, lds_review_page, LDS, REVIEW_PAGE, GtkWidget)

GtkWidget *lds_review_page_new            (LdsContext    *context);
gboolean   lds_review_page_select_person  (LdsReviewPage *self,
                                           LdsId          person_id);
LdsId      lds_review_page_get_person     (LdsReviewPage *self);

G_END_DECLS
