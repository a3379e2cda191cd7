/* lds-coach-wording.c: how titles read, in English and Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Three questions the coach asks of a title: does an objective carry a
 * number (a metric, a percentage, an amount) where it should carry an aim;
 * does a key result name an activity or output ("Launch …", "上线…",
 * "…上线") rather than an outcome; are two titles the same but for a few
 * letters. Each works on both languages at once, since one organisation may
 * write in both.
 */

#define G_LOG_DOMAIN "lds-coach"

#include "config.h"

#include <string.h>

#include "lds-coach.h"

/* Numbers ------------------------------------------------------------------ */

static gboolean
is_ascii_letter (gunichar c)
{
  return c < 128 && g_ascii_isalpha (c);
}

static gboolean
is_digit (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xff10 && c <= 0xff19);   /* and full-width */
}

static gboolean
is_chinese_numeral (gunichar c)
{
  return c != 0 && g_utf8_strchr ("零〇一二两三四五六七八九十百千万亿", -1, c) != NULL;
}

static gboolean
is_chinese_magnitude (gunichar c)
{
  return c != 0 && g_utf8_strchr ("十百千万亿", -1, c) != NULL;
}

static gboolean
is_currency (gunichar c)
{
  return c != 0 && g_utf8_strchr ("€$£¥￥", -1, c) != NULL;
}

static gboolean
is_percent (gunichar c)
{
  return c == '%' || c == 0xff05 || c == 0x2030;   /* %, ％, ‰ */
}

/* A title as characters, so that we can look either side of one. */
static GArray *
characters (const char *text)
{
  GArray *chars = g_array_new (TRUE, TRUE, sizeof (gunichar));

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      g_array_append_val (chars, c);
    }
  return chars;
}

#define AT(chars, i) \
  ((i) < 0 || (guint) (i) >= (chars)->len ? 0 : g_array_index ((chars), gunichar, (i)))

static char *
fragment (GArray *chars,
          int     from,
          int     to)
{
  GString *text = g_string_new (NULL);

  for (int i = from; i < to; i++)
    g_string_append_unichar (text, AT (chars, i));
  return g_strstrip (g_string_free (text, FALSE));
}

/* A run of digits (with the separators inside it) that is a quantity, not
 * part of a name such as "Q3", "P95", "B2B" or "5G". Returns the end of the
 * quantity with its sign, currency, magnitude or unit, or -1. */
static int
quantity_end (GArray *chars,
              int     start,
              int    *begin)
{
  int end = start;
  gunichar after;

  while (is_digit (AT (chars, end)) ||
         (g_utf8_strchr (",.", -1, AT (chars, end)) != NULL && AT (chars, end) != 0 &&
          is_digit (AT (chars, end + 1))))
    end++;

  *begin = start;
  if (is_ascii_letter (AT (chars, start - 1)))
    return -1;
  if (is_currency (AT (chars, start - 1)))
    *begin = start - 1;
  else if (AT (chars, start - 1) == ' ' && is_currency (AT (chars, start - 2)))
    *begin = start - 2;

  after = AT (chars, end);
  if (is_ascii_letter (after))
    {
      /* 10k, €1M, 3bn, 5x: a magnitude, unless a word goes on ("5G", "3D"). */
      int letters = 0;
      while (is_ascii_letter (AT (chars, end + letters)))
        letters++;
      if (letters == 1 && g_utf8_strchr ("kKmMxX", -1, after) != NULL)
        return end + 1;
      if (letters == 2 && g_ascii_tolower (after) == 'b' &&
          g_ascii_tolower (AT (chars, end + 1)) == 'n')
        return end + 2;
      return -1;
    }
  if (is_percent (after) || is_currency (after) || is_chinese_magnitude (after))
    return end + 1;
  return end;
}

static gboolean
word_at (const char *folded,
         gsize       offset,
         const char *word)
{
  gsize n = strlen (word);

  return strncmp (folded + offset, word, n) == 0 &&
         (offset == 0 || !g_ascii_isalpha (folded[offset - 1])) &&
         !g_ascii_isalpha (folded[offset + n]);
}

/**
 * lds_coach_find_number:
 *
 * Looks for a quantity in a title: digits (but not in names such as "Q3"
 * or "P95"), a percentage, an amount of money, an English magnitude word
 * ("million", "double") or a Chinese number with a magnitude ("三十",
 * "一千万", "两倍", "百分之").
 *
 * Returns: (transfer full) (nullable): the quantity as written, or %NULL
 */
char *
lds_coach_find_number (const char *title)
{
  static const char * const words[] = {
    "percent", "per cent", "million", "millions", "billion", "billions", "thousand",
    "thousands", "hundred", "hundreds", "dozen", "double", "triple", "quadruple", "tenfold",
  };
  g_autoptr(GArray) chars = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (title != NULL, NULL);

  chars = characters (title);
  for (int i = 0; i < (int) chars->len; i++)
    {
      gunichar c = AT (chars, i);
      int begin, end;

      if (is_digit (c) && !is_digit (AT (chars, i - 1)))
        {
          end = quantity_end (chars, i, &begin);
          if (end >= 0)
            return fragment (chars, begin, end);
          while (is_digit (AT (chars, i + 1)))
            i++;
          continue;
        }
      if (is_percent (c))
        return fragment (chars, i, i + 1);
      if (is_chinese_numeral (c) && !is_chinese_numeral (AT (chars, i - 1)))
        {
          gboolean magnitude = FALSE;

          for (end = i; is_chinese_numeral (AT (chars, end)); end++)
            magnitude |= is_chinese_magnitude (AT (chars, end));
          if ((magnitude && end - i >= 2) || AT (chars, end) == 0x500d /* 倍 */)
            return fragment (chars, i, AT (chars, end) == 0x500d ? end + 1 : end);
          if (AT (chars, i) == 0x767e && AT (chars, i + 1) == 0x5206 &&   /* 百分之… */
              AT (chars, i + 2) == 0x4e4b)
            {
              for (end = i + 3; is_chinese_numeral (AT (chars, end)); end++)
                ;
              return fragment (chars, i, end);
            }
        }
    }

  folded = g_utf8_casefold (title, -1);
  for (gsize offset = 0; folded[offset] != '\0'; offset++)
    for (guint w = 0; w < G_N_ELEMENTS (words); w++)
      if (word_at (folded, offset, words[w]))
        return g_utf8_substring (title, g_utf8_pointer_to_offset (folded, folded + offset),
                                 g_utf8_pointer_to_offset (folded, folded + offset) +
                                 g_utf8_strlen (words[w], -1));
  return NULL;
}

/* Activities ----------------------------------------------------------------- */

/* Verbs of doing: what a to-do list says, not what changes because of it. */
static const char * const english_verbs[] = {
  "launch", "ship", "release", "complete", "finish", "finalise", "finalize", "build",
  "implement", "create", "develop", "run", "hold", "organise", "organize", "deliver",
  "migrate", "roll out", "set up", "start", "begin", "kick off", "introduce", "write", "draft",
  "do", "hire", "recruit", "conduct", "host", "publish", "deploy", "install", "prepare",
  "design", "redesign", "add", "establish", "integrate", "upgrade", "refactor", "rewrite",
  "update", "attend", "train", "work on", "continue", "plan", "push", "go live", "make",
};

/* Past forms that do not end in -ed. */
static const char * const english_irregular[] = {
  "built", "ran", "held", "wrote", "written", "begun", "began", "done", "did", "made",
  "rewritten",
};

/* Words that may stand before the verb. */
static const char * const english_adverbs[] = {
  "successfully", "fully", "finally", "officially", "quickly", "formally", "to",
};

static const char * const chinese_verbs[] = {
  "上线", "完成", "搭建", "推进", "推出", "推动", "发布", "开展", "建立", "建设", "组织",
  "举办", "召开", "实施", "开发", "启动", "落地", "制定", "招聘", "部署", "编写", "撰写",
  "设计", "新增", "引入", "迁移", "交付", "梳理", "优化", "升级", "改版", "重构", "参与",
  "协助", "跟进", "执行", "开通", "培训", "做好", "筹备", "准备", "打造", "研发", "上架",
};

/* …and what a Chinese key result may end with: "新版引导流程上线". */
static const char * const chinese_endings[] = {
  "上线", "完成", "落地", "发布", "交付", "启动", "推出", "建成", "完工", "搭建", "开发",
  "上架", "部署",
};

static const char * const chinese_adverbs[] = {
  "按时", "如期", "顺利", "全面", "正式", "成功", "尽快", "及时", "持续", "加快", "负责",
};

static gboolean
verb_form_at (const char *word,
              const char *stem,
              gsize       stem_length,
              const char *ending,
              const char *particle,
              gsize      *length)
{
  g_autofree char *form = g_strdup_printf ("%.*s%s%s", (int) stem_length, stem, ending, particle);

  if (!word_at (word, 0, form))
    return FALSE;
  *length = strlen (form);
  return TRUE;
}

/* The verb at @word (casefolded) in any of its forms: "launch", "launches",
 * "launched", "launching", "shipped", "completed", "making", "built"…
 * Returns its length in bytes, or 0. */
static gsize
english_verb_at (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (english_irregular); i++)
    if (word_at (word, 0, english_irregular[i]))
      return strlen (english_irregular[i]);

  for (guint i = 0; i < G_N_ELEMENTS (english_verbs); i++)
    {
      const char *verb = english_verbs[i];
      const char *space = strchr (verb, ' ');
      gsize stem = space != NULL ? (gsize) (space - verb) : strlen (verb);
      const char *particle = space != NULL ? space : "";
      char last = verb[stem - 1];
      char doubled_ed[] = { last, 'e', 'd', '\0' };
      char doubled_ing[] = { last, 'i', 'n', 'g', '\0' };
      gsize n = 0;

      if (strncmp (word, verb, stem - 1) != 0)
        continue;
      if (verb_form_at (word, verb, stem, "", particle, &n) ||
          verb_form_at (word, verb, stem, "s", particle, &n) ||
          verb_form_at (word, verb, stem, "es", particle, &n))
        return n;
      if (last == 'e' &&
          (verb_form_at (word, verb, stem, "d", particle, &n) ||
           verb_form_at (word, verb, stem - 1, "ing", particle, &n)))
        return n;
      if (last != 'e' &&
          (verb_form_at (word, verb, stem, "ed", particle, &n) ||
           verb_form_at (word, verb, stem, "ing", particle, &n) ||
           verb_form_at (word, verb, stem, doubled_ed, particle, &n) ||
           verb_form_at (word, verb, stem, doubled_ing, particle, &n)))
        return n;
    }
  return 0;
}

static gboolean
starts_with (const char *text,
             const char *prefix)
{
  return strncmp (text, prefix, strlen (prefix)) == 0;
}

static gboolean
ends_with (const char *text,
           gsize       length,
           const char *suffix)
{
  gsize n = strlen (suffix);

  return length >= n && strncmp (text + length - n, suffix, n) == 0;
}

/**
 * lds_coach_find_activity:
 *
 * Whether a title is worded as an activity or an output: in English, it
 * starts with a verb of doing ("Launch the new flow", "Successfully
 * completed …"); in Chinese, it starts with one ("上线新版…", "按时完成…")
 * or ends with one ("新版引导流程上线").
 *
 * Returns: (transfer full) (nullable): the verb as written, or %NULL
 */
char *
lds_coach_find_activity (const char *title)
{
  g_autofree char *folded = NULL;
  g_autofree char *trimmed = NULL;
  const char *word;
  gsize length, n;

  g_return_val_if_fail (title != NULL, NULL);

  trimmed = g_strstrip (g_strdup (title));
  /* Trailing full stops and exclamation marks say nothing. */
  length = strlen (trimmed);
  while (length > 0 && strchr (".!", trimmed[length - 1]) != NULL)
    trimmed[--length] = '\0';
  while (g_str_has_suffix (trimmed, "。") || g_str_has_suffix (trimmed, "！"))
    {
      length -= strlen ("。");
      trimmed[length] = '\0';
    }

  /* Chinese */
  word = trimmed;
  for (gboolean again = TRUE; again;)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (chinese_adverbs); i++)
        if (starts_with (word, chinese_adverbs[i]))
          {
            word += strlen (chinese_adverbs[i]);
            again = TRUE;
          }
    }
  for (guint i = 0; i < G_N_ELEMENTS (chinese_verbs); i++)
    if (starts_with (word, chinese_verbs[i]))
      return g_strdup (chinese_verbs[i]);
  for (guint i = 0; i < G_N_ELEMENTS (chinese_endings); i++)
    if (ends_with (trimmed, length, chinese_endings[i]))
      return g_strdup (chinese_endings[i]);

  /* English, after any adverbs */
  folded = g_utf8_casefold (trimmed, -1);
  word = folded;
  for (gboolean again = TRUE; again;)
    {
      again = FALSE;
      for (guint i = 0; i < G_N_ELEMENTS (english_adverbs); i++)
        if (word_at (word, 0, english_adverbs[i]))
          {
            word += strlen (english_adverbs[i]);
            while (*word == ' ')
              word++;
            again = TRUE;
          }
    }
  n = english_verb_at (word);
  if (n == 0)
    return NULL;
  /* Casefolding keeps ASCII lengths, so the offsets hold in the title. */
  return g_strndup (trimmed + (word - folded), n);
}

/* Alike titles ----------------------------------------------------------------- */

/* A title's letters and digits, case folded: punctuation and spaces do not
 * make two titles different. */
static GArray *
title_letters (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  g_autofree char *normal = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL_COMPOSE);
  GArray *letters = g_array_new (FALSE, FALSE, sizeof (gunichar));

  for (const char *p = normal; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (g_unichar_isalnum (c))
        g_array_append_val (letters, c);
    }
  return letters;
}

static guint
edit_distance (GArray *a,
               GArray *b)
{
  g_autofree guint *row = g_new (guint, b->len + 1);

  for (guint j = 0; j <= b->len; j++)
    row[j] = j;
  for (guint i = 1; i <= a->len; i++)
    {
      guint diagonal = row[0];

      row[0] = i;
      for (guint j = 1; j <= b->len; j++)
        {
          guint above = row[j];
          guint cost = g_array_index (a, gunichar, i - 1) == g_array_index (b, gunichar, j - 1)
                       ? 0 : 1;

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + cost);
          diagonal = above;
        }
    }
  return row[b->len];
}

/**
 * lds_coach_titles_alike:
 *
 * Whether two titles are the same or nearly so: at most a quarter of their
 * letters differ (insertions, deletions and changes), case, spaces and
 * punctuation aside. Works on Chinese characters as on letters.
 */
gboolean
lds_coach_titles_alike (const char *a,
                        const char *b)
{
  g_autoptr(GArray) la = NULL;
  g_autoptr(GArray) lb = NULL;
  guint longest, shortest;

  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  la = title_letters (a);
  lb = title_letters (b);
  longest = MAX (la->len, lb->len);
  shortest = MIN (la->len, lb->len);
  if (shortest == 0)
    return FALSE;
  /* The distance is at least the difference in length. */
  if ((longest - shortest) * 4 > longest)
    return FALSE;
  return edit_distance (la, lb) * 4 <= longest;
}
