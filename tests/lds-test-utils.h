/* lds-test-utils.h: helpers shared by the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib/gstdio.h>
#include <math.h>

#include "lds-date.h"
#include "lds-i18n.h"
#include "lds-store.h"

/* A fresh temporary folder per test, removed at the end. */
static inline char *
lds_test_make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("lodestar-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static inline void
lds_test_remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static inline LdsStore *
lds_test_new_store (void)
{
  g_autoptr(GError) error = NULL;
  LdsStore *store = lds_store_new_in_memory (&error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

static inline LdsId
lds_test_add_unit (LdsStore    *store,
                   LdsId        parent,
                   LdsUnitKind  kind,
                   const char  *name)
{
  g_autoptr(LdsUnit) unit = lds_unit_new ();
  g_autoptr(GError) error = NULL;

  unit->parent_id = parent;
  unit->kind = kind;
  lds_set_text (&unit->name, name);
  g_assert_true (lds_store_insert (store, LDS_RECORD_UNIT, unit, &error));
  g_assert_no_error (error);
  return unit->id;
}

static inline LdsId
lds_test_add_person (LdsStore   *store,
                     LdsId       unit,
                     const char *name)
{
  g_autoptr(LdsPerson) person = lds_person_new ();
  g_autoptr(GError) error = NULL;

  person->unit_id = unit;
  lds_set_text (&person->name, name);
  g_assert_true (lds_store_insert (store, LDS_RECORD_PERSON, person, &error));
  g_assert_no_error (error);
  return person->id;
}

static inline LdsId
lds_test_add_cycle (LdsStore   *store,
                    const char *name,
                    const char *start,
                    const char *end)
{
  g_autoptr(LdsCycle) cycle = lds_cycle_new ();
  g_autoptr(GError) error = NULL;

  lds_set_text (&cycle->name, name);
  cycle->kind = LDS_CYCLE_KIND_QUARTER;
  cycle->start_date = g_strdup (start);
  cycle->end_date = g_strdup (end);
  cycle->state = LDS_CYCLE_STATE_ACTIVE;
  g_assert_true (lds_store_insert (store, LDS_RECORD_CYCLE, cycle, &error));
  g_assert_no_error (error);
  return cycle->id;
}

/* Puts the running cycles of @store back into planning, where edits are
 * written at once: for tests about something else than the reasons a
 * running cycle asks for (test-tracking-ui covers those). */
static inline void
lds_test_plan_cycles (LdsStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < cycles->len; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);

      if (cycle->state != LDS_CYCLE_STATE_ACTIVE)
        continue;
      cycle->state = LDS_CYCLE_STATE_PLANNING;
      g_assert_true (lds_store_update (store, LDS_RECORD_CYCLE, cycle, &error));
      g_assert_no_error (error);
    }
}

static inline LdsId
lds_test_add_objective (LdsStore   *store,
                        LdsId       cycle,
                        LdsId       unit,
                        const char *title)
{
  g_autoptr(LdsObjective) o = lds_objective_new ();
  g_autoptr(GError) error = NULL;

  o->cycle_id = cycle;
  o->owner_unit_id = unit;
  lds_set_text (&o->title, title);
  g_assert_true (lds_store_insert (store, LDS_RECORD_OBJECTIVE, o, &error));
  g_assert_no_error (error);
  return o->id;
}

static inline LdsId
lds_test_add_key_result (LdsStore   *store,
                         LdsId       objective,
                         const char *title,
                         double      start,
                         double      target,
                         double      current)
{
  g_autoptr(LdsKeyResult) kr = lds_key_result_new ();
  g_autoptr(GError) error = NULL;

  kr->objective_id = objective;
  lds_set_text (&kr->title, title);
  kr->start_value = start;
  kr->target_value = target;
  kr->current_value = current;
  kr->direction = target < start ? LDS_DIRECTION_DECREASE : LDS_DIRECTION_INCREASE;
  g_assert_true (lds_store_insert (store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
  return kr->id;
}

/* The bytes of a file, to prove it was not touched. */
static inline GBytes *
lds_test_read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

/* @text with the first @from in it replaced by @to */
static inline char *
lds_test_replace (const char *text,
                  const char *from,
                  const char *to)
{
  g_auto(GStrv) parts = g_strsplit (text, from, 2);

  if (parts[1] == NULL)
    g_error ("“%s” is not in the text", from);
  return g_strjoin (to, parts[0], parts[1], NULL);
}

/* Tests registered a second time with "--chinese" run with LANGUAGE=zh_CN. */
static inline void
lds_test_init (int    *argc,
               char ***argv)
{
  for (int i = 1; i < *argc; i++)
    if (g_str_equal ((*argv)[i], "--chinese"))
      {
        g_setenv ("LANGUAGE", "zh_CN", TRUE);
        for (int j = i; j < *argc; j++)
          (*argv)[j] = (*argv)[j + 1];
        (*argc)--;
        break;
      }
  lds_i18n_init ();
  g_test_init (argc, argv, NULL);
}
