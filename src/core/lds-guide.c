/* lds-guide.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-guide"

#include "config.h"

#include <string.h>

#include "lds-guide.h"

static void
block_free (LdsGuideBlock *block)
{
  g_free (block->text);
  g_free (block);
}

/**
 * lds_guide_parse:
 * @text: the guide, UTF-8
 *
 * Returns: (transfer full) (element-type LdsGuideBlock): its blocks, in order
 */
GPtrArray *
lds_guide_parse (const char *text)
{
  static const struct { const char *prefix; LdsGuideKind kind; } prefixes[] = {
    { "## ", LDS_GUIDE_SECTION },
    { "# ", LDS_GUIDE_TITLE },
    { "- ", LDS_GUIDE_ITEM },
    { "> ", LDS_GUIDE_NOTE },
  };
  GPtrArray *blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (text != NULL, blocks);

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      char *line = g_strstrip (lines[i]);
      LdsGuideBlock *block;

      if (*line == '\0' || g_str_has_prefix (line, "<!--"))
        continue;
      block = g_new0 (LdsGuideBlock, 1);
      block->kind = LDS_GUIDE_PARAGRAPH;
      for (guint p = 0; p < G_N_ELEMENTS (prefixes); p++)
        if (g_str_has_prefix (line, prefixes[p].prefix))
          {
            block->kind = prefixes[p].kind;
            line += strlen (prefixes[p].prefix);
            break;
          }
      block->text = g_strdup (g_strstrip (line));
      g_ptr_array_add (blocks, block);
    }
  return blocks;
}
