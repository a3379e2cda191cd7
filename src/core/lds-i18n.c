/* lds-i18n.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-i18n"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "lds-i18n.h"

/* GNU gettext keeps the translations it has looked up; this counter is how
 * glibc (and libintl) are told that the catalogues to use have changed. */
extern int _nl_msg_cat_cntr;

/* What the environment said before the language was first changed, to go
 * back to when the person asks to follow the system again. */
static gboolean  remembered;
static char     *system_language;   /* LANGUAGE, or NULL when it was not set */
static char     *system_messages;   /* the LC_MESSAGES locale */

/* Where the message catalogues are: the installed locale directory, or the
 * one LODESTAR_LOCALEDIR names (the build tree, when running tests). */
const char *
lds_i18n_locale_dir (void)
{
  const char *dir = g_getenv ("LODESTAR_LOCALEDIR");

  return (dir != NULL && *dir != '\0') ? dir : LOCALEDIR;
}

void
lds_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, lds_i18n_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  /* g_dgettext(), behind C_ and every message of GTK's, decides once, at
   * its first call, whether to translate at all: not when
   * the program's own domain has no catalogue for the locale (LANGUAGE=en
   * in "C.UTF-8", say). The interface language can change later, so it is
   * asked now, while the default domain is still the one it always
   * translates in. lds_i18n_set_language() keeps GTK from speaking a
   * language Lodestar does not. */
  textdomain ("messages");
  (void) g_dgettext (GETTEXT_PACKAGE, "");
  textdomain (GETTEXT_PACKAGE);
}

static gboolean
is_c_locale (const char *name)
{
  return name == NULL || g_str_equal (name, "C") || g_str_equal (name, "POSIX");
}

/* Whether the environment's first language is English (or none at all) */
static gboolean
speaks_english_first (void)
{
  const char * const *names = g_get_language_names ();

  if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
    return TRUE;
  return names[0] == NULL || g_str_has_prefix (names[0], "en") || is_c_locale (names[0]) ||
         g_str_has_prefix (names[0], "C.");
}

/**
 * lds_i18n_set_language:
 * @language: (nullable): "en", "zh_CN", or %NULL or "" for the language
 *   the environment gives
 *
 * Makes gettext answer in @language from now on, in this process. Returns
 * whether the language in use changed.
 */
gboolean
lds_i18n_set_language (const char *language)
{
  g_autofree char *before = g_strdup (lds_i18n_get_language ());
  const char *current = g_getenv ("LANGUAGE");

  if (!remembered)
    {
      remembered = TRUE;
      system_language = g_strdup (current);
      system_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
    }

  if (language == NULL || *language == '\0')
    {
      if (system_language != NULL)
        g_setenv ("LANGUAGE", system_language, TRUE);
      else
        g_unsetenv ("LANGUAGE");
      setlocale (LC_MESSAGES, system_messages != NULL ? system_messages : "");
      /* A language Lodestar does not speak (French, say) gives an English
       * interface: GTK's dialogs speak English with it, not French. */
      if (g_str_equal (lds_i18n_get_language (), "en") && !speaks_english_first ())
        g_setenv ("LANGUAGE", "en", TRUE);
    }
  else
    {
      g_setenv ("LANGUAGE", language, TRUE);
      /* gettext ignores LANGUAGE in the "C" locale; its UTF-8 sibling
       * behaves the same otherwise, and lets it be heard. */
      if (is_c_locale (setlocale (LC_MESSAGES, NULL)))
        setlocale (LC_MESSAGES, "C.UTF-8");
    }
  ++_nl_msg_cat_cntr;

  return g_strcmp0 (before, lds_i18n_get_language ()) != 0;
}

/**
 * lds_i18n_get_language:
 *
 * Returns: the language the interface speaks: "zh_CN" when the environment
 *   (or lds_i18n_set_language()) asks for Chinese before English, else "en"
 */
const char *
lds_i18n_get_language (void)
{
  const char *messages = setlocale (LC_MESSAGES, NULL);
  const char * const *names;

  /* As gettext does: no translations at all in the "C" locale. */
  if (is_c_locale (messages))
    return "en";
  names = g_get_language_names ();
  for (guint i = 0; names[i] != NULL; i++)
    {
      /* The catalogues Lodestar has: zh_CN (and English, in the source). */
      if (g_str_equal (names[i], "zh_CN") || g_str_has_prefix (names[i], "zh_CN.") ||
          g_str_has_prefix (names[i], "zh_CN@"))
        return "zh_CN";
      if (g_str_has_prefix (names[i], "en") || is_c_locale (names[i]))
        return "en";
    }
  return "en";
}

/* The catalogue read backwards: what each translation translates */

static guint32
read_u32 (const guchar *data,
          gsize         offset,
          gboolean      swap)
{
  guint32 value;

  memcpy (&value, data + offset, sizeof value);
  return swap ? GUINT32_SWAP_LE_BE (value) : value;
}

static GHashTable *
read_catalogue (const char *language)
{
  g_autofree char *path = g_build_filename (lds_i18n_locale_dir (), language, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autofree guchar *data = NULL;
  GHashTable *table = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gsize length = 0;
  guint32 magic, n, originals, translations;
  gboolean swap;

  if (!g_file_get_contents (path, (char **) &data, &length, NULL) || length < 20)
    return table;
  memcpy (&magic, data, sizeof magic);
  if (magic != 0x950412de && magic != 0xde120495)
    return table;
  swap = magic == 0xde120495;
  n = read_u32 (data, 8, swap);
  originals = read_u32 (data, 12, swap);
  translations = read_u32 (data, 16, swap);
  if (originals > length || translations > length ||
      (length - originals) / 8 < n || (length - translations) / 8 < n)
    return table;
  for (guint32 i = 0; i < n; i++)
    {
      guint32 id_length = read_u32 (data, originals + 8 * i, swap);
      guint32 id_offset = read_u32 (data, originals + 8 * i + 4, swap);
      guint32 str_length = read_u32 (data, translations + 8 * i, swap);
      guint32 str_offset = read_u32 (data, translations + 8 * i + 4, swap);
      const char *id, *str;

      if (id_offset > length || id_length > length - id_offset ||
          str_offset > length || str_length > length - str_offset)
        break;
      id = (const char *) data + id_offset;
      str = (const char *) data + str_offset;
      /* Plain messages only: no context, no plural forms, not the header. */
      if (id_length == 0 || memchr (id, '\004', id_length) != NULL ||
          strlen (id) != id_length || strlen (str) != str_length)
        continue;
      g_hash_table_insert (table, g_strndup (str, str_length), g_strndup (id, id_length));
    }
  return table;
}

/**
 * lds_i18n_untranslate:
 * @text: a message as the interface shows it now
 *
 * Returns: (nullable): the English message that @text translates, or %NULL
 *   when the interface speaks English or @text is no translation of
 *   Lodestar's (a name made of several pieces, say)
 */
const char *
lds_i18n_untranslate (const char *text)
{
  static GHashTable *catalogues;   /* language → (translation → message) */
  const char *language = lds_i18n_get_language ();
  GHashTable *table;

  g_return_val_if_fail (text != NULL, NULL);

  if (g_str_equal (language, "en"))
    return NULL;
  if (catalogues == NULL)
    catalogues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_hash_table_unref);
  table = g_hash_table_lookup (catalogues, language);
  if (table == NULL)
    {
      table = read_catalogue (language);
      g_hash_table_insert (catalogues, g_strdup (language), table);
    }
  return g_hash_table_lookup (table, text);
}
