/* lds-coach-format.h: the coach's findings as text, JSON and Markdown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `lodestar coach --format text|json|markdown` prints these; the champion
 * and cycle reports embed the Markdown. The JSON is an array of objects
 * {rule, severity, record_uuid, record_type, title, owner, message}: rule
 * is the rule's stable id, severity "error", "warning" or "hint",
 * record_type "unit", "person", "objective" or "key_result", title the
 * record's own title (or name), owner the unit's path or the person's name,
 * message the translated advice.
 */

#pragma once

#include <glib.h>

#include "lds-coach.h"

G_BEGIN_DECLS

typedef enum
{
  LDS_COACH_FORMAT_TEXT,
  LDS_COACH_FORMAT_JSON,
  LDS_COACH_FORMAT_MARKDOWN,
} LdsCoachFormat;

gboolean  lds_coach_format_from_name     (const char     *name,
                                          LdsCoachFormat *format);
char     *lds_coach_format               (GPtrArray      *findings,
                                          LdsCoachFormat  format);
char     *lds_coach_format_text          (GPtrArray      *findings);
char     *lds_coach_format_json          (GPtrArray      *findings);
char     *lds_coach_format_markdown      (GPtrArray      *findings,
                                          guint           heading_level);

G_END_DECLS
