/* lds-coach-format.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-coach"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "lds-coach-format.h"
#include "lds-markdown.h"

gboolean
lds_coach_format_from_name (const char     *name,
                            LdsCoachFormat *format)
{
  static const char * const names[] = { "text", "json", "markdown" };

  g_return_val_if_fail (format != NULL, FALSE);

  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (name, names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * lds_coach_format:
 *
 * Returns: (transfer full): the findings in @format, ending with a new line
 */
char *
lds_coach_format (GPtrArray      *findings,
                  LdsCoachFormat  format)
{
  switch (format)
    {
    case LDS_COACH_FORMAT_JSON:
      return lds_coach_format_json (findings);
    case LDS_COACH_FORMAT_MARKDOWN:
      return lds_coach_format_markdown (findings, 1);
    case LDS_COACH_FORMAT_TEXT:
    default:
      return lds_coach_format_text (findings);
    }
}

static char *
summary (GPtrArray *findings)
{
  if (findings->len == 0)
    return g_strdup (_("The coach found nothing to improve: these OKRs follow every rule."));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The coach found %d thing to improve.",
                                       "The coach found %d things to improve.", findings->len),
                          (int) findings->len);
}

/**
 * lds_coach_format_text:
 *
 * The findings for people at a terminal: for each, its severity and rule,
 * the record's title and owner, and the advice; then how many there are.
 *
 * Returns: (transfer full): the text
 */
char *
lds_coach_format_text (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);
  g_autofree char *total = NULL;

  g_return_val_if_fail (findings != NULL, NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);

      g_string_append_printf (out,
                              /* Translators: the first line of a finding in `lodestar coach`:
                               * %1$s is its severity ("Warning"), %2$s the rule's name, %3$s the
                               * rule's id, which stays as it is ("too-many-objectives") */
                              _("%1$s: %2$s [%3$s]"), lds_coach_severity_label (f->severity),
                              lds_coach_rule_name (f->rule), lds_coach_rule_info (f->rule)->id);
      g_string_append_c (out, '\n');
      g_string_append_printf (out, "  %s\n", f->title);
      if (g_strcmp0 (f->owner, f->title) != 0)
        g_string_append_printf (out, "  %s\n", f->owner);
      g_string_append_printf (out, "  %s\n\n", f->message);
    }
  total = summary (findings);
  g_string_append_printf (out, "%s\n", total);
  return g_string_free (out, FALSE);
}

/**
 * lds_coach_format_json:
 *
 * Returns: (transfer full): the findings as a JSON array (see the header)
 */
char *
lds_coach_format_json (GPtrArray *findings)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (findings != NULL, NULL);

  json_builder_begin_array (builder);
  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "rule");
      json_builder_add_string_value (builder, lds_coach_rule_info (f->rule)->id);
      json_builder_set_member_name (builder, "severity");
      json_builder_add_string_value (builder, lds_coach_severity_to_string (f->severity));
      json_builder_set_member_name (builder, "record_uuid");
      json_builder_add_string_value (builder, f->record_uuid);
      json_builder_set_member_name (builder, "record_type");
      json_builder_add_string_value (builder, lds_record_info (f->record_type)->name);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, f->title);
      json_builder_set_member_name (builder, "owner");
      json_builder_add_string_value (builder, f->owner);
      json_builder_set_member_name (builder, "message");
      json_builder_add_string_value (builder, f->message);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  return g_strdup_printf ("%s\n", text);
}

/**
 * lds_coach_format_markdown:
 * @heading_level: the level of the headings (1: "#"), so that the findings
 *   can stand alone or be a section of a report
 *
 * The findings by severity, each with the record's title, its owner, the
 * advice and the rule's id.
 *
 * Returns: (transfer full): the Markdown
 */
char *
lds_coach_format_markdown (GPtrArray *findings,
                           guint      heading_level)
{
  GString *out = g_string_new (NULL);
  g_autofree char *hashes = g_strnfill (CLAMP (heading_level, 1, 5), '#');
  g_autofree char *total = NULL;
  int severity = -1;

  g_return_val_if_fail (findings != NULL, NULL);

  g_string_append_printf (out, "%s %s\n\n", hashes, _("Coach Findings"));
  total = summary (findings);
  g_string_append_printf (out, "%s\n", total);

  for (guint i = 0; i < findings->len; i++)
    {
      LdsCoachFinding *f = g_ptr_array_index (findings, i);
      g_autofree char *title = lds_markdown_escape (f->title);
      g_autofree char *owner = lds_markdown_escape (f->owner);
      g_autofree char *message = lds_markdown_escape (f->message);
      g_autofree char *rule = lds_markdown_escape (lds_coach_rule_name (f->rule));

      if ((int) f->severity != severity)
        {
          severity = f->severity;
          g_string_append_printf (out, "\n%s# %s\n\n", hashes,
                                  lds_coach_severity_label (f->severity));
        }
      g_string_append_printf (out, "- **%s**", title);
      if (g_strcmp0 (f->owner, f->title) != 0)
        g_string_append_printf (out, " · %s", owner);
      g_string_append_printf (out, "  \n  %s: %s (`%s`)\n", rule, message,
                              lds_coach_rule_info (f->rule)->id);
    }
  return g_string_free (out, FALSE);
}
