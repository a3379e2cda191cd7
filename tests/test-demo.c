/* test-demo.c: the sample company and the synthetic organisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The rules the deliberate problems are meant to trip are checked here on
 * the data itself, each as a small function that counts how often the rule
 * fires, so that the sample stays right whatever the coach makes of it
 * (tests/test-coach-sample.c checks the coach against the same sample).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-demo.h"
#include "lds-store-lookup.h"
#include "lds-score.h"
#include "lds-validate.h"

#define DAY ((gint64) 86400)

/* A written organisation, every record read back. */
typedef struct
{
  LdsStore   *store;
  GPtrArray  *all[LDS_N_RECORD_TYPES];
  GHashTable *by_id[LDS_N_RECORD_TYPES];   /* LdsId → record */
  GHashTable *krs_of;                      /* objective id → GPtrArray of LdsKeyResult */
  GHashTable *checkins_of;                 /* key result id → GPtrArray of LdsCheckin, by time */
  LdsCycle   *current;                     /* the active quarter containing today */
  LdsCycle   *previous;                    /* the quarter before it */
  LdsId       company_id;
  gint64      now;
} Org;

static void
org_free (Org *org)
{
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      g_clear_pointer (&org->by_id[t], g_hash_table_unref);
      g_clear_pointer (&org->all[t], g_ptr_array_unref);
    }
  g_clear_pointer (&org->krs_of, g_hash_table_unref);
  g_clear_pointer (&org->checkins_of, g_hash_table_unref);
  g_clear_object (&org->store);
  g_free (org);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Org, org_free)

static gpointer
org_get (Org           *org,
         LdsRecordType  type,
         LdsId          id)
{
  return g_hash_table_lookup (org->by_id[type], &id);
}

static void
group_by (GHashTable *table,
          LdsId       key,
          gpointer    record)
{
  GPtrArray *list = g_hash_table_lookup (table, &key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, g_memdup2 (&key, sizeof key), list);
    }
  g_ptr_array_add (list, record);
}

static guint
n_krs_of (Org   *org,
          LdsId  objective_id)
{
  GPtrArray *list = g_hash_table_lookup (org->krs_of, &objective_id);

  return list != NULL ? list->len : 0;
}

static const LdsCheckin *
last_checkin (Org   *org,
              LdsId  kr_id)
{
  GPtrArray *list = g_hash_table_lookup (org->checkins_of, &kr_id);

  return list != NULL && list->len > 0 ? g_ptr_array_index (list, list->len - 1) : NULL;
}

static Org *
org_read (LdsStore *store)
{
  Org *org = g_new0 (Org, 1);
  g_autofree char *today = lds_today ();

  org->store = g_object_ref (store);
  org->now = lds_now ();
  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      g_autoptr(GError) error = NULL;

      org->all[t] = lds_store_list (store, t, &error);
      g_assert_no_error (error);
      org->by_id[t] = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      for (guint i = 0; i < org->all[t]->len; i++)
        {
          LdsRecord *r = g_ptr_array_index (org->all[t], i);
          g_hash_table_insert (org->by_id[t], g_memdup2 (&r->id, sizeof r->id), r);
        }
    }

  org->krs_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                       (GDestroyNotify) g_ptr_array_unref);
  org->checkins_of = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                            (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < org->all[LDS_RECORD_KEY_RESULT]->len; i++)
    {
      LdsKeyResult *kr = g_ptr_array_index (org->all[LDS_RECORD_KEY_RESULT], i);
      group_by (org->krs_of, kr->objective_id, kr);
    }
  /* The list comes ordered by time. */
  for (guint i = 0; i < org->all[LDS_RECORD_CHECKIN]->len; i++)
    {
      LdsCheckin *c = g_ptr_array_index (org->all[LDS_RECORD_CHECKIN], i);
      group_by (org->checkins_of, c->key_result_id, c);
    }

  for (guint i = 0; i < org->all[LDS_RECORD_UNIT]->len; i++)
    {
      LdsUnit *u = g_ptr_array_index (org->all[LDS_RECORD_UNIT], i);
      if (u->kind == LDS_UNIT_KIND_COMPANY)
        org->company_id = u->id;
    }

  for (guint i = 0; i < org->all[LDS_RECORD_CYCLE]->len; i++)
    {
      LdsCycle *c = g_ptr_array_index (org->all[LDS_RECORD_CYCLE], i);
      if (c->kind == LDS_CYCLE_KIND_QUARTER && c->state == LDS_CYCLE_STATE_ACTIVE &&
          g_strcmp0 (c->start_date, today) <= 0 && g_strcmp0 (today, c->end_date) <= 0)
        org->current = c;
    }
  if (org->current != NULL)
    for (guint i = 0; i < org->all[LDS_RECORD_CYCLE]->len; i++)
      {
        LdsCycle *c = g_ptr_array_index (org->all[LDS_RECORD_CYCLE], i);
        g_autofree char *day_after = lds_date_add_days (c->end_date, 1);
        if (c->kind == LDS_CYCLE_KIND_QUARTER && g_str_equal (day_after, org->current->start_date))
          org->previous = c;
      }
  return org;
}

static Org *
sample (const char   *language,
        LdsDemoFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_new_in_memory (&error);

  g_assert_no_error (error);
  g_assert_true (lds_demo_write_sample (store, language, flags, &error));
  g_assert_no_error (error);
  g_assert_true (lds_store_verify (store, &error));
  g_assert_no_error (error);
  return org_read (store);
}

#define N_OBJECTIVES(org) ((org)->all[LDS_RECORD_OBJECTIVE]->len)
#define OBJECTIVE(org, i) ((LdsObjective *) g_ptr_array_index ((org)->all[LDS_RECORD_OBJECTIVE], i))
#define N_KRS(org)        ((org)->all[LDS_RECORD_KEY_RESULT]->len)
#define KR(org, i) \
  ((LdsKeyResult *) g_ptr_array_index ((org)->all[LDS_RECORD_KEY_RESULT], i))
#define N_LINKS(org)      ((org)->all[LDS_RECORD_LINK]->len)
#define LINK(org, i)      ((LdsLink *) g_ptr_array_index ((org)->all[LDS_RECORD_LINK], i))

static gboolean
blank (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static gboolean
has_cjk (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf))
        return TRUE;
    }
  return FALSE;
}

static LdsCycle *
cycle_of (Org                *org,
          const LdsObjective *o)
{
  return org_get (org, LDS_RECORD_CYCLE, o->cycle_id);
}

static gboolean
in_scope (Org                *org,
          const LdsObjective *o,
          LdsId               cycle_id)
{
  return cycle_id == 0 || o->cycle_id == cycle_id;
}

static gboolean
is_company_objective (Org                *org,
                      const LdsObjective *o)
{
  return o->owner_unit_id == org->company_id;
}

static gboolean
is_aligned (Org                *org,
            const LdsObjective *o)
{
  for (guint i = 0; i < N_LINKS (org); i++)
    if (LINK (org, i)->kind == LDS_LINK_KIND_ALIGNS && LINK (org, i)->from_id == o->id)
      return TRUE;
  return FALSE;
}

static LdsObjective *
objective_of (Org                *org,
              const LdsKeyResult *kr)
{
  return org_get (org, LDS_RECORD_OBJECTIVE, kr->objective_id);
}

/* The rules, as the coach will have them ------------------------------------
 *
 * Each counts how often its rule fires among the objectives of the cycle
 * @cycle_id (0: every cycle) and sets @which to the name or title of the
 * record it fired on last. */

typedef guint (*RuleFunc) (Org         *org,
                           LdsId        cycle_id,
                           const char **which);

static guint
too_many_objectives (Org         *org,
                     LdsId        cycle_id,
                     const char **which)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    {
      LdsObjective *o = OBJECTIVE (org, i);
      char *owner;

      if (!in_scope (org, o, cycle_id))
        continue;
      owner = g_strdup_printf ("%" G_GINT64_FORMAT "/%c%" G_GINT64_FORMAT, o->cycle_id,
                               o->owner_unit_id != 0 ? 'u' : 'p',
                               o->owner_unit_id != 0 ? o->owner_unit_id : o->owner_person_id);
      g_hash_table_replace (counts, owner,
                            GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, owner))
                                              + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > 5)
      {
        const char *owner = strchr (key, '/') + 1;
        LdsId id = g_ascii_strtoll (owner + 1, NULL, 10);

        fired++;
        if (owner[0] == 'u')
          *which = ((LdsUnit *) org_get (org, LDS_RECORD_UNIT, id))->name;
        else
          *which = ((LdsPerson *) org_get (org, LDS_RECORD_PERSON, id))->name;
      }
  return fired;
}

static guint
too_many_key_results (Org         *org,
                      LdsId        cycle_id,
                      const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    if (in_scope (org, OBJECTIVE (org, i), cycle_id) &&
        n_krs_of (org, OBJECTIVE (org, i)->id) > 4)
      {
        fired++;
        *which = OBJECTIVE (org, i)->title;
      }
  return fired;
}

static guint
objective_without_key_results (Org         *org,
                               LdsId        cycle_id,
                               const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    if (in_scope (org, OBJECTIVE (org, i), cycle_id) &&
        n_krs_of (org, OBJECTIVE (org, i)->id) == 0)
      {
        fired++;
        *which = OBJECTIVE (org, i)->title;
      }
  return fired;
}

/* Digits, percentages, currencies and the Chinese words for 10⁴ and 10⁸. */
static gboolean
has_number (const char *title)
{
  static const char * const marks[] = { "%", "€", "¥", "$", "£", "万", "亿" };

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isdigit (g_utf8_get_char (p)))
      return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (title, marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

static guint
objective_has_number (Org         *org,
                      LdsId        cycle_id,
                      const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    if (in_scope (org, OBJECTIVE (org, i), cycle_id) && has_number (OBJECTIVE (org, i)->title))
      {
        fired++;
        *which = OBJECTIVE (org, i)->title;
      }
  return fired;
}

static guint
key_result_not_measurable (Org         *org,
                           LdsId        cycle_id,
                           const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);

      if (in_scope (org, objective_of (org, kr), cycle_id) && kr->metric != LDS_METRIC_MILESTONE &&
          isnan (kr->start_value) && isnan (kr->target_value))
        {
          fired++;
          *which = kr->title;
        }
    }
  return fired;
}

/* Whether a title starts with a verb of doing rather than a measure. */
static gboolean
worded_as_activity (const char *title)
{
  static const char * const verbs[] = {
    "launch", "ship", "release", "complete", "finish", "build", "implement", "create",
    "develop", "run", "hold", "organise", "organize", "deliver", "migrate", "roll out",
    "set up", "start", "introduce", "write", "do", "hire", "conduct", "host", "publish",
    "deploy", "install", "prepare", "design", "add",
    "上线", "完成", "推出", "发布", "开展", "建立", "搭建", "组织", "举办", "实施",
    "开发", "启动", "推进", "落地", "制定", "招聘", "部署", "编写", "新增",
  };
  g_autofree char *folded = g_utf8_casefold (title, -1);

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      gsize n = strlen (verbs[i]);

      if (strncmp (folded, verbs[i], n) != 0)
        continue;
      /* A whole English word; Chinese has no spaces to look for. */
      if (g_ascii_isalpha (verbs[i][0]) && g_ascii_isalpha (folded[n]))
        continue;
      return TRUE;
    }
  return FALSE;
}

static guint
key_result_is_task (Org         *org,
                    LdsId        cycle_id,
                    const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);
      gboolean no_numbers = kr->metric == LDS_METRIC_MILESTONE ||
                            isnan (kr->start_value) || isnan (kr->target_value);

      if (in_scope (org, objective_of (org, kr), cycle_id) && no_numbers &&
          worded_as_activity (kr->title))
        {
          fired++;
          *which = kr->title;
        }
    }
  return fired;
}

static guint
key_result_without_owner (Org         *org,
                          LdsId        cycle_id,
                          const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    if (in_scope (org, objective_of (org, KR (org, i)), cycle_id) && KR (org, i)->owner_id == 0)
      {
        fired++;
        *which = KR (org, i)->title;
      }
  return fired;
}

static guint
not_aligned (Org         *org,
             LdsId        cycle_id,
             const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    {
      LdsObjective *o = OBJECTIVE (org, i);

      if (in_scope (org, o, cycle_id) && !is_company_objective (org, o) && !o->self_driven &&
          !is_aligned (org, o))
        {
          fired++;
          *which = o->title;
        }
    }
  return fired;
}

static guint
tied_to_compensation (Org         *org,
                      LdsId        cycle_id,
                      const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    if (in_scope (org, objective_of (org, KR (org, i)), cycle_id) &&
        KR (org, i)->tied_to_compensation)
      {
        fired++;
        *which = KR (org, i)->title;
      }
  return fired;
}

/* Active key results (of active objectives in active cycles) whose latest
 * check-in is older than the cycle's cadence, or that have none. */
static guint
stale_check_in (Org         *org,
                LdsId        cycle_id,
                const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);
      LdsObjective *o = objective_of (org, kr);
      LdsCycle *cycle = cycle_of (org, o);
      const LdsCheckin *last = last_checkin (org, kr->id);

      if (!in_scope (org, o, cycle_id) || o->status != LDS_OBJECTIVE_STATUS_ACTIVE ||
          cycle->state != LDS_CYCLE_STATE_ACTIVE)
        continue;
      if (last == NULL || last->at < org->now - cycle->cadence_days * DAY)
        {
          fired++;
          *which = kr->title;
        }
    }
  return fired;
}

static gboolean
in_closed_scope (Org                *org,
                 const LdsObjective *o,
                 LdsId               cycle_id)
{
  return in_scope (org, o, cycle_id) && cycle_of (org, o)->state == LDS_CYCLE_STATE_CLOSED;
}

/* Owners whose stretch key results all score 0.9 or more in a closed
 * cycle. An owner is read both ways the coach might: the person owning
 * the key results, and the unit or person owning the objectives. The two
 * must agree for the test to count. */
static guint
score_too_high (Org         *org,
                LdsId        cycle_id,
                const char **which)
{
  g_autoptr(GHashTable) by_kr_owner = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GHashTable) by_objective_owner = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                                   g_free, NULL);
  guint fired_kr_owner = 0, fired_objective_owner = 0;
  GHashTableIter iter;
  gpointer key, value;
  /* value: 1 all high so far, 2 one below */

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);
      LdsObjective *o = objective_of (org, kr);
      double score = lds_key_result_score (kr);
      gpointer state = GINT_TO_POINTER (isnan (score) || score < 0.9 ? 2 : 1);
      gint64 *owner = &kr->owner_id;
      char *objective_owner;

      if (!in_closed_scope (org, o, cycle_id) || o->type != LDS_OBJECTIVE_TYPE_ASPIRATIONAL)
        continue;
      if (GPOINTER_TO_INT (g_hash_table_lookup (by_kr_owner, owner)) != 2)
        g_hash_table_insert (by_kr_owner, owner, state);
      objective_owner = o->owner_unit_id != 0
        ? g_strdup_printf ("unit %" G_GINT64_FORMAT, o->owner_unit_id)
        : g_strdup_printf ("person %" G_GINT64_FORMAT, o->owner_person_id);
      if (GPOINTER_TO_INT (g_hash_table_lookup (by_objective_owner, objective_owner)) != 2)
        g_hash_table_insert (by_objective_owner, objective_owner, state);
      else
        g_free (objective_owner);
    }

  g_hash_table_iter_init (&iter, by_kr_owner);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) == 1)
      {
        LdsPerson *person = org_get (org, LDS_RECORD_PERSON, *(gint64 *) key);
        fired_kr_owner++;
        *which = person != NULL ? person->name : "";
      }
  g_hash_table_iter_init (&iter, by_objective_owner);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_INT (value) == 1)
      fired_objective_owner++;

  g_assert_cmpuint (fired_kr_owner, ==, fired_objective_owner);
  return fired_kr_owner;
}

static guint
score_too_low (Org         *org,
               LdsId        cycle_id,
               const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);
      double score = lds_key_result_score (kr);

      if (in_closed_scope (org, objective_of (org, kr), cycle_id) && !isnan (score) &&
          score < 0.3 && blank (kr->score_note))
        {
          fired++;
          *which = kr->title;
        }
    }
  return fired;
}

static guint
private_okr (Org         *org,
             LdsId        cycle_id,
             const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    {
      LdsObjective *o = OBJECTIVE (org, i);

      if (in_scope (org, o, cycle_id) && o->visibility == LDS_VISIBILITY_PRIVATE &&
          blank (o->private_reason))
        {
          fired++;
          *which = o->title;
        }
    }
  return fired;
}

/* Titles compared by their letters and digits, case folded. */
static GArray *
title_letters (const char *title)
{
  g_autofree char *folded = g_utf8_casefold (title, -1);
  GArray *letters = g_array_new (FALSE, FALSE, sizeof (gunichar));

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
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

/* The same or nearly the same title: at most a quarter of the letters differ. */
static gboolean
nearly_same (const char *a,
             const char *b)
{
  g_autoptr(GArray) la = title_letters (a);
  g_autoptr(GArray) lb = title_letters (b);

  return edit_distance (la, lb) * 4 <= MAX (la->len, lb->len);
}

static guint
duplicate_objective (Org         *org,
                     LdsId        cycle_id,
                     const char **which)
{
  guint fired = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    for (guint j = i + 1; j < N_OBJECTIVES (org); j++)
      {
        LdsObjective *a = OBJECTIVE (org, i);
        LdsObjective *b = OBJECTIVE (org, j);
        LdsObjective *later = a->id > b->id ? a : b;

        if (!in_scope (org, a, cycle_id) || a->cycle_id != b->cycle_id ||
            a->owner_unit_id != b->owner_unit_id || a->owner_person_id != b->owner_person_id ||
            !nearly_same (a->title, b->title))
          continue;
        fired++;
        *which = later->title;
      }
  return fired;
}

/* Each deliberate problem: where it lives (in the previous quarter, or
 * else the current one) and the record it fires on, in both languages. */
static const struct
{
  const char *id;
  RuleFunc    func;
  gboolean    previous_quarter;
  const char *en;
  const char *zh;
} rules[] = {
  { "too-many-objectives", too_many_objectives, FALSE, "Direct Sales", "直销组" },
  { "too-many-key-results", too_many_key_results, FALSE,
    "Be there fastest when the shop is busiest", "门店最忙的时候，我们响应最快" },
  { "objective-without-key-results", objective_without_key_results, FALSE,
    "Put Brightwater on the map at engineering meetups", "让青禾在技术社区里打出知名度" },
  { "objective-has-number", objective_has_number, FALSE,
    "Reach €1M in new revenue", "新增营收达到1000万" },
  { "key-result-not-measurable", key_result_not_measurable, FALSE,
    "Merchant happiness with the new menu editor", "商户对新版菜单编辑器的满意度" },
  { "key-result-is-task", key_result_is_task, FALSE,
    "Launch the new onboarding flow", "上线新版新手引导流程" },
  { "key-result-without-owner", key_result_without_owner, FALSE,
    "Partners certified on the new installer course", "通过新版安装认证课程的渠道伙伴数" },
  { "not-aligned", not_aligned, FALSE, "Make on-call calm and predictable", "让值班不再提心吊胆" },
  { "tied-to-compensation", tied_to_compensation, FALSE,
    "New ARR signed by direct sales", "直销新签ARR" },
  { "stale-check-in", stale_check_in, FALSE,
    "Working days to close the month", "月度关账所需工作日" },
  { "score-too-high", score_too_high, TRUE, "David Moran", "李强" },
  { "score-too-low", score_too_low, TRUE,
    "Nova pilot units delivered by the factory", "工厂交付的 Nova 试点样机数" },
  { "private-okr", private_okr, FALSE,
    "Make engineering pay fair and easy to explain", "让研发序列的薪酬公平、讲得清楚" },
  { "duplicate-objective", duplicate_objective, FALSE,
    "Build a pipeline we can really trust", "打造一条真正靠得住的销售管道" },
};

static const char * const languages[] = { "en", "zh_CN" };

/* Tests -------------------------------------------------------------------- */

static void
test_sample_writes (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    for (int clean = 0; clean < 2; clean++)
      {
        g_autoptr(Org) org = sample (languages[l], clean ? LDS_DEMO_CLEAN : LDS_DEMO_DEFAULT);

        g_assert_cmpuint (org->all[LDS_RECORD_UNIT]->len, >=, 15);
        g_assert_cmpuint (org->all[LDS_RECORD_PERSON]->len, >=, 35);
        g_assert_cmpuint (org->all[LDS_RECORD_PERSON]->len, <=, 45);
        g_assert_cmpuint (N_OBJECTIVES (org), >=, 40);
        g_assert_cmpuint (N_KRS (org), >=, 90);
        /* Nothing else may be written into a file the sample filled. */
        g_assert_false (lds_store_in_action (org->store));
        g_assert_false (lds_store_can_undo (org->store));
      }
}

static void
test_sample_unknown_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_new_in_memory (&error);

  g_assert_false (lds_demo_write_sample (store, "fr", LDS_DEMO_DEFAULT, &error));
  g_assert_error (error, LDS_STORE_ERROR, LDS_STORE_ERROR_INVALID);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 0);
}

static void
test_sample_valid_records (void)
{
  g_autoptr(Org) org = sample ("zh_CN", LDS_DEMO_DEFAULT);

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    for (guint i = 0; i < org->all[t]->len; i++)
      {
        g_autoptr(GError) error = NULL;
        LdsRecord *r = g_ptr_array_index (org->all[t], i);

        g_assert_true (lds_record_validate (t, r, NULL, &error));
        g_assert_no_error (error);
        g_assert_cmpint (r->created_at, <=, org->now);
        g_assert_cmpint (r->created_at, >, 0);
      }
}

/* Both languages hold the same records, field for field, but for the texts. */
static void
test_sample_same_structure (void)
{
  for (int clean = 0; clean < 2; clean++)
    {
      LdsDemoFlags flags = clean ? LDS_DEMO_CLEAN : LDS_DEMO_DEFAULT;
      g_autoptr(Org) en = sample ("en", flags);
      g_autoptr(Org) zh = sample ("zh_CN", flags);

      for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
        {
          const LdsRecordInfo *info = lds_record_info (t);

          g_assert_cmpuint (en->all[t]->len, ==, zh->all[t]->len);
          for (guint i = 0; i < en->all[t]->len; i++)
            for (guint f = 0; f < info->n_fields; f++)
              {
                const LdsField *field = &info->fields[f];
                g_autofree char *a = NULL;
                g_autofree char *b = NULL;

                if (field->kind == LDS_FIELD_TEXT)
                  continue;
                a = lds_record_field_to_string (field, g_ptr_array_index (en->all[t], i));
                b = lds_record_field_to_string (field, g_ptr_array_index (zh->all[t], i));
                g_assert_cmpstr (a, ==, b);
              }
        }
    }
}

/* Fields that hold no prose: addresses, units of measure, and the
 * revisions' machine-readable parts. */
static gboolean
is_prose (const LdsRecordInfo *info,
          const LdsField      *field)
{
  static const char * const not_prose[] = {
    "email", "unit_label", "record_table", "record_uuid", "field", "old_value", "new_value",
  };

  for (guint i = 0; i < G_N_ELEMENTS (not_prose); i++)
    if (g_str_equal (field->name, not_prose[i]))
      return FALSE;
  return TRUE;
}

static void
test_sample_languages (void)
{
  g_autoptr(Org) en = sample ("en", LDS_DEMO_DEFAULT);
  g_autoptr(Org) zh = sample ("zh_CN", LDS_DEMO_DEFAULT);
  guint n_checked = 0;

  for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
    {
      const LdsRecordInfo *info = lds_record_info (t);

      for (guint i = 0; i < en->all[t]->len; i++)
        for (guint f = 0; f < info->n_fields; f++)
          {
            const LdsField *field = &info->fields[f];
            const char *a, *b;

            if (field->kind != LDS_FIELD_TEXT)
              continue;
            a = *LDS_FIELD_PTR (g_ptr_array_index (en->all[t], i), field, char *);
            b = *LDS_FIELD_PTR (g_ptr_array_index (zh->all[t], i), field, char *);

            /* No Chinese in the English company, anywhere. */
            if (has_cjk (a))
              g_error ("English %s.%s holds Chinese: %s", info->name, field->name, a);
            /* Every Chinese text is Chinese; the same fields are filled. */
            g_assert_cmpint (*a == '\0', ==, *b == '\0');
            if (*b != '\0' && is_prose (info, field))
              {
                if (!has_cjk (b))
                  g_error ("Chinese %s.%s is not Chinese: %s", info->name, field->name, b);
                n_checked++;
              }
          }
    }
  g_assert_cmpuint (n_checked, >, 300);

  /* People have real names: two or three characters in Chinese, a first
   * name and a surname in English. */
  for (guint i = 0; i < zh->all[LDS_RECORD_PERSON]->len; i++)
    {
      LdsPerson *pe = g_ptr_array_index (en->all[LDS_RECORD_PERSON], i);
      LdsPerson *pz = g_ptr_array_index (zh->all[LDS_RECORD_PERSON], i);

      g_assert_cmpint (g_utf8_strlen (pz->name, -1), >=, 2);
      g_assert_cmpint (g_utf8_strlen (pz->name, -1), <=, 3);
      g_assert_nonnull (strchr (pe->name, ' '));
      g_assert_nonnull (strchr (pe->email, '@'));
      g_assert_nonnull (strchr (pz->email, '@'));
    }
}

static void
test_sample_deterministic (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(Org) a = sample (languages[l], LDS_DEMO_DEFAULT);
      g_autoptr(Org) b = sample (languages[l], LDS_DEMO_DEFAULT);

      for (guint t = 0; t < LDS_N_RECORD_TYPES; t++)
        {
          const LdsRecordInfo *info = lds_record_info (t);

          g_assert_cmpuint (a->all[t]->len, ==, b->all[t]->len);
          for (guint i = 0; i < a->all[t]->len; i++)
            for (guint f = 0; f < info->n_fields; f++)
              {
                g_autofree char *x = NULL;
                g_autofree char *y = NULL;

                /* UUIDs are random: a revision names its record by one. */
                if (g_str_equal (info->fields[f].name, "record_uuid"))
                  continue;
                x = lds_record_field_to_string (&info->fields[f], g_ptr_array_index (a->all[t], i));
                y = lds_record_field_to_string (&info->fields[f], g_ptr_array_index (b->all[t], i));
                g_assert_cmpstr (x, ==, y);
              }
        }
    }
}

static void
test_sample_cycles (void)
{
  g_autoptr(Org) org = sample ("en", LDS_DEMO_DEFAULT);
  g_autofree char *today = lds_today ();
  LdsCycle *strategy = NULL, *year = NULL;
  guint n_quarters = 0;

  g_assert_nonnull (org->current);
  g_assert_cmpstr (org->current->name, ==, "2026 Q4");
  g_assert_cmpstr (org->current->start_date, <=, today);
  g_assert_cmpstr (today, <=, org->current->end_date);
  g_assert_nonnull (org->previous);
  g_assert_cmpint (org->previous->state, ==, LDS_CYCLE_STATE_CLOSED);

  for (guint i = 0; i < org->all[LDS_RECORD_CYCLE]->len; i++)
    {
      LdsCycle *c = g_ptr_array_index (org->all[LDS_RECORD_CYCLE], i);

      g_assert_cmpint (c->cadence_days, ==, 7);
      if (c->kind == LDS_CYCLE_KIND_STRATEGY)
        strategy = c;
      else if (c->kind == LDS_CYCLE_KIND_YEAR && c->state == LDS_CYCLE_STATE_ACTIVE)
        year = c;
    }
  g_assert_nonnull (strategy);
  g_assert_nonnull (year);
  g_assert_cmpint (strategy->state, ==, LDS_CYCLE_STATE_ACTIVE);
  g_assert_cmpint (lds_date_days_between (strategy->start_date, strategy->end_date), >, 2 * 365);
  g_assert_cmpint (year->parent_id, ==, strategy->id);
  g_assert_cmpstr (strategy->start_date, <=, year->start_date);
  g_assert_cmpstr (year->end_date, <=, strategy->end_date);
  g_assert_cmpstr (year->start_date, <=, today);
  g_assert_cmpstr (today, <=, year->end_date);

  for (guint i = 0; i < org->all[LDS_RECORD_CYCLE]->len; i++)
    {
      LdsCycle *c = g_ptr_array_index (org->all[LDS_RECORD_CYCLE], i);

      if (c->kind != LDS_CYCLE_KIND_QUARTER || c->parent_id != year->id)
        continue;
      n_quarters++;
      g_assert_cmpstr (year->start_date, <=, c->start_date);
      g_assert_cmpstr (c->end_date, <=, year->end_date);
      if (g_strcmp0 (c->end_date, today) < 0)
        g_assert_cmpint (c->state, ==, LDS_CYCLE_STATE_CLOSED);
      else if (g_strcmp0 (c->start_date, today) > 0)
        g_assert_cmpint (c->state, ==, LDS_CYCLE_STATE_PLANNING);
      else
        g_assert_true (c == org->current);
    }
  g_assert_cmpuint (n_quarters, ==, 4);
}

static void
test_sample_organisation (void)
{
  g_autoptr(Org) org = sample ("en", LDS_DEMO_CLEAN);
  guint n_departments = 0, n_sub = 0, n_teams = 0, n_roles[3] = { 0 };
  GPtrArray *units = org->all[LDS_RECORD_UNIT];

  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *u = g_ptr_array_index (units, i);
      LdsUnit *parent = org_get (org, LDS_RECORD_UNIT, u->parent_id);

      if (u->kind == LDS_UNIT_KIND_DEPARTMENT && u->parent_id == org->company_id)
        n_departments++;
      else if (u->kind == LDS_UNIT_KIND_DEPARTMENT)
        n_sub++;
      else if (u->kind == LDS_UNIT_KIND_TEAM)
        {
          n_teams++;
          g_assert_nonnull (parent);
          g_assert_cmpint (parent->kind, ==, LDS_UNIT_KIND_DEPARTMENT);
        }
    }
  g_assert_cmpuint (n_departments, >=, 5);
  g_assert_cmpuint (n_departments, <=, 6);
  g_assert_cmpuint (n_sub, >=, 1);
  g_assert_cmpuint (n_teams, >=, n_departments);

  /* Every department has a champion somewhere inside it. */
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *dept = g_ptr_array_index (units, i);
      gboolean champion = FALSE;

      if (dept->kind != LDS_UNIT_KIND_DEPARTMENT || dept->parent_id != org->company_id)
        continue;
      for (guint p = 0; p < org->all[LDS_RECORD_PERSON]->len; p++)
        {
          LdsPerson *person = g_ptr_array_index (org->all[LDS_RECORD_PERSON], p);
          LdsUnit *u = org_get (org, LDS_RECORD_UNIT, person->unit_id);

          while (u != NULL && u->id != dept->id)
            u = org_get (org, LDS_RECORD_UNIT, u->parent_id);
          champion |= u != NULL && person->champion;
        }
      if (!champion)
        g_error ("%s has no OKR champion", dept->name);
    }

  for (guint p = 0; p < org->all[LDS_RECORD_PERSON]->len; p++)
    n_roles[((LdsPerson *) g_ptr_array_index (org->all[LDS_RECORD_PERSON], p))->role]++;
  g_assert_cmpuint (n_roles[LDS_ROLE_EXECUTIVE], >=, 3);
  g_assert_cmpuint (n_roles[LDS_ROLE_MANAGER], >=, 8);
  g_assert_cmpuint (n_roles[LDS_ROLE_MEMBER], >=, 15);
}

static void
test_sample_okrs (void)
{
  g_autoptr(Org) org = sample ("en", LDS_DEMO_CLEAN);
  guint n_company = 0, n_company_year = 0, n_two_parents = 0, n_depends = 0;
  guint n_self_driven = 0, n_drafts = 0, n_mid_cycle = 0, n_people = 0, n_private = 0;
  guint n_types[2] = { 0 }, n_metrics[4] = { 0 }, n_perspectives[5] = { 0 };
  guint n_decrease = 0, n_weighted = 0;

  for (guint i = 0; i < N_OBJECTIVES (org); i++)
    {
      LdsObjective *o = OBJECTIVE (org, i);
      LdsCycle *cycle = cycle_of (org, o);
      guint n_aligns = 0;

      if (is_company_objective (org, o))
        {
          n_perspectives[o->perspective]++;
          if (o->cycle_id == org->current->id)
            {
              n_company++;
              g_assert_cmpuint (n_krs_of (org, o->id), >=, 2);
              g_assert_cmpuint (n_krs_of (org, o->id), <=, 4);
            }
          else if (cycle->kind == LDS_CYCLE_KIND_YEAR)
            n_company_year++;
        }
      if (o->cycle_id == org->current->id)
        {
          n_self_driven += o->self_driven;
          n_drafts += o->status == LDS_OBJECTIVE_STATUS_DRAFT;
          n_mid_cycle += o->mid_cycle;
          n_people += o->owner_person_id != 0;
          n_private += o->visibility == LDS_VISIBILITY_PRIVATE;
          n_types[o->type]++;
        }
      if (cycle->state == LDS_CYCLE_STATE_CLOSED)
        g_assert_cmpint (o->status, ==, LDS_OBJECTIVE_STATUS_CLOSED);

      for (guint l = 0; l < N_LINKS (org); l++)
        {
          LdsLink *link = LINK (org, l);
          LdsObjective *parent;

          if (link->from_id != o->id || link->kind != LDS_LINK_KIND_ALIGNS)
            continue;
          n_aligns++;
          g_assert_cmpint (link->to_key_result_id, !=, 0);
          parent = objective_of (org, org_get (org, LDS_RECORD_KEY_RESULT, link->to_key_result_id));
          /* Upwards: to a unit above the owner, or, for a person, to their
           * own team or a unit above it. */
          if (!is_company_objective (org, o))
            {
              LdsUnit *unit;

              if (o->owner_person_id != 0)
                unit = org_get (org, LDS_RECORD_UNIT, ((LdsPerson *) org_get (
                                  org, LDS_RECORD_PERSON, o->owner_person_id))->unit_id);
              else
                unit = org_get (org, LDS_RECORD_UNIT,
                                ((LdsUnit *) org_get (org, LDS_RECORD_UNIT,
                                                      o->owner_unit_id))->parent_id);
              while (unit != NULL && unit->id != parent->owner_unit_id)
                unit = org_get (org, LDS_RECORD_UNIT, unit->parent_id);
              g_assert_nonnull (unit);
            }
          /* Within the cycle, or to the horizon above. */
          g_assert_true (parent->cycle_id == o->cycle_id || parent->cycle_id == cycle->parent_id);
        }
      n_two_parents += n_aligns >= 2;
    }

  g_assert_cmpuint (n_company, >=, 3);
  g_assert_cmpuint (n_company, <=, 4);
  g_assert_cmpuint (n_company_year, >=, 2);
  g_assert_cmpuint (n_two_parents, >=, 1);
  g_assert_cmpuint (n_self_driven, >=, 3);
  g_assert_cmpuint (n_drafts, >=, 2);
  g_assert_cmpuint (n_mid_cycle, >=, 1);
  g_assert_cmpuint (n_people, >=, 3);
  g_assert_cmpuint (n_private, >=, 1);
  g_assert_cmpuint (n_types[LDS_OBJECTIVE_TYPE_COMMITTED], >=, 5);
  g_assert_cmpuint (n_types[LDS_OBJECTIVE_TYPE_ASPIRATIONAL], >=, 5);
  for (guint p = LDS_PERSPECTIVE_FINANCIAL; p <= LDS_PERSPECTIVE_LEARNING; p++)
    g_assert_cmpuint (n_perspectives[p], >=, 1);

  for (guint l = 0; l < N_LINKS (org); l++)
    {
      LdsLink *link = LINK (org, l);
      LdsObjective *from, *to;

      if (link->kind != LDS_LINK_KIND_DEPENDS)
        continue;
      n_depends++;
      from = org_get (org, LDS_RECORD_OBJECTIVE, link->from_id);
      to = org_get (org, LDS_RECORD_OBJECTIVE, link->to_objective_id);
      g_assert_nonnull (to);
      g_assert_cmpint (((LdsUnit *) org_get (org, LDS_RECORD_UNIT, from->owner_unit_id))->kind,
                       ==, LDS_UNIT_KIND_TEAM);
      g_assert_cmpint (((LdsUnit *) org_get (org, LDS_RECORD_UNIT, to->owner_unit_id))->kind,
                       ==, LDS_UNIT_KIND_TEAM);
      g_assert_cmpint (from->owner_unit_id, !=, to->owner_unit_id);
    }
  g_assert_cmpuint (n_depends, ==, 2);

  for (guint i = 0; i < N_KRS (org); i++)
    {
      LdsKeyResult *kr = KR (org, i);

      n_metrics[kr->metric]++;
      n_decrease += kr->direction == LDS_DIRECTION_DECREASE;
      n_weighted += kr->weight != 1.0;
      if (kr->metric == LDS_METRIC_CURRENCY)
        g_assert_true (g_str_equal (kr->unit_label, "k€") || g_str_equal (kr->unit_label, "€"));
      if (kr->metric != LDS_METRIC_MILESTONE)
        g_assert_cmpstr (kr->unit_label, !=, "");
      if (objective_of (org, kr)->status != LDS_OBJECTIVE_STATUS_DRAFT)
        {
          g_assert_cmpint (kr->confidence, >=, 0);
          g_assert_cmpint (kr->confidence, <=, 10);
        }
    }
  for (guint m = 0; m < G_N_ELEMENTS (n_metrics); m++)
    g_assert_cmpuint (n_metrics[m], >=, 1);
  g_assert_cmpuint (n_decrease, >=, 5);
  g_assert_cmpuint (n_weighted, >=, 5);
}

static void
test_sample_clean_alignment (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(Org) org = sample (languages[l], LDS_DEMO_CLEAN);
      guint n_checked = 0;

      for (guint i = 0; i < N_OBJECTIVES (org); i++)
        {
          LdsObjective *o = OBJECTIVE (org, i);

          if (is_company_objective (org, o))
            continue;
          n_checked++;
          if (!is_aligned (org, o) && !o->self_driven)
            g_error ("“%s” is neither aligned nor self-driven", o->title);
        }
      g_assert_cmpuint (n_checked, >=, 30);
    }
}

static void
test_sample_checkins (void)
{
  for (int clean = 0; clean < 2; clean++)
    {
      g_autoptr(Org) org = sample ("en", clean ? LDS_DEMO_CLEAN : LDS_DEMO_DEFAULT);
      gint64 quarter_start = lds_date_to_time (org->current->start_date);
      gint64 previous_start = lds_date_to_time (org->previous->start_date);
      guint n_current = 0, n_notes = 0, n_active = 0, n_previous_scored = 0;

      for (guint i = 0; i < org->all[LDS_RECORD_CHECKIN]->len; i++)
        {
          LdsCheckin *c = g_ptr_array_index (org->all[LDS_RECORD_CHECKIN], i);
          LdsKeyResult *kr = org_get (org, LDS_RECORD_KEY_RESULT, c->key_result_id);
          LdsCycle *cycle = cycle_of (org, objective_of (org, kr));

          g_assert_cmpint (c->at, <, org->now);
          g_assert_cmpint (c->at, >=, lds_date_to_time (cycle->start_date));
          g_assert_cmpint (c->author_id, !=, 0);
          n_current += c->at >= quarter_start;
          n_notes += *c->note != '\0';
        }
      g_assert_cmpuint (n_current, >=, 300);
      g_assert_cmpuint (n_notes, >=, 20);

      for (guint i = 0; i < N_KRS (org); i++)
        {
          LdsKeyResult *kr = KR (org, i);
          LdsObjective *o = objective_of (org, kr);
          GPtrArray *checkins = g_hash_table_lookup (org->checkins_of, &kr->id);
          const LdsCheckin *last = last_checkin (org, kr->id);

          if (o->status == LDS_OBJECTIVE_STATUS_DRAFT)
            {
              g_assert_null (last);
              continue;
            }
          /* Every key result is checked in, and its value is the latest one's. */
          g_assert_nonnull (last);
          if (isnan (kr->current_value))
            g_assert_true (isnan (last->value));
          else
            g_assert_cmpfloat (kr->current_value, ==, last->value);
          g_assert_cmpint (kr->confidence, ==, last->confidence);
          if (kr->owner_id != 0)
            g_assert_cmpint (last->author_id, ==, kr->owner_id);

          if (o->cycle_id == org->current->id && o->status == LDS_OBJECTIVE_STATUS_ACTIVE)
            {
              n_active++;
              /* Weekly from the quarter's start, or from when it was added. */
              if (!kr->mid_cycle && kr->metric != LDS_METRIC_MILESTONE &&
                  !isnan (kr->start_value) && !(clean == 0 && last->at < org->now - 7 * DAY))
                {
                  const LdsCheckin *first = g_ptr_array_index (checkins, 0);
                  g_assert_cmpint (first->at, <, quarter_start + 7 * DAY);
                  g_assert_cmpuint (checkins->len, >=, (org->now - quarter_start) / (7 * DAY));
                  /* Moving from the start towards today's value. */
                  g_assert_cmpfloat (fabs (first->value - kr->start_value), <=,
                                     fabs (kr->current_value - kr->start_value) * 0.5 + 1e-9);
                }
            }
          if (o->cycle_id == org->previous->id)
            {
              const LdsCheckin *first = g_ptr_array_index (checkins, 0);

              g_assert_cmpint (first->at, <, previous_start + 7 * DAY);
              g_assert_cmpuint (checkins->len, >=, 12);
              g_assert_cmpint (last->at, <, lds_date_to_time (org->current->start_date));
              if (!isnan (kr->score))
                {
                  n_previous_scored++;
                  /* (but for the deliberate score-too-low problem) */
                  if (clean)
                    g_assert_cmpstr (kr->score_note, !=, "");
                }
            }
        }
      g_assert_cmpuint (n_active, >=, 60);
      g_assert_cmpuint (n_previous_scored, >=, 5);
    }
}

static void
test_sample_around_okrs (void)
{
  g_autoptr(Org) org = sample ("zh_CN", LDS_DEMO_CLEAN);
  g_autoptr(GHashTable) kpi_units = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean factors[10] = { FALSE };
  guint n_done = 0;

  g_assert_cmpuint (org->all[LDS_RECORD_ACTION_PLAN]->len, >=, 5);
  for (guint i = 0; i < org->all[LDS_RECORD_ACTION_PLAN]->len; i++)
    {
      LdsActionPlan *step = g_ptr_array_index (org->all[LDS_RECORD_ACTION_PLAN], i);
      g_assert_nonnull (org_get (org, LDS_RECORD_KEY_RESULT, step->key_result_id));
      g_assert_cmpint (step->owner_id, !=, 0);
      g_assert_true (lds_date_is_valid (step->due_date));
    }

  for (guint i = 0; i < org->all[LDS_RECORD_KPI]->len; i++)
    {
      LdsKpi *kpi = g_ptr_array_index (org->all[LDS_RECORD_KPI], i);
      g_hash_table_add (kpi_units, &kpi->unit_id);
    }
  g_assert_cmpuint (g_hash_table_size (kpi_units), >=, 2);
  g_assert_cmpuint (org->all[LDS_RECORD_KPI_CHECKIN]->len, >=, 2 * org->all[LDS_RECORD_KPI]->len);
  for (guint i = 0; i < org->all[LDS_RECORD_KPI_CHECKIN]->len; i++)
    g_assert_cmpint (((LdsKpiCheckin *) g_ptr_array_index (org->all[LDS_RECORD_KPI_CHECKIN],
                                                          i))->at, <, org->now);

  g_assert_cmpuint (org->all[LDS_RECORD_REVIEW]->len, >=, 3);
  for (guint i = 0; i < org->all[LDS_RECORD_REVIEW]->len; i++)
    {
      LdsReview *r = g_ptr_array_index (org->all[LDS_RECORD_REVIEW], i);

      g_assert_cmpint (r->cycle_id, ==, org->previous->id);
      g_assert_cmpstr (r->answer_helped, !=, "");
      g_assert_cmpstr (r->answer_contributed, !=, "");
      g_assert_cmpstr (r->answer_improve, !=, "");
      g_assert_cmpstr (r->one_to_one_notes, !=, "");
      g_assert_cmpint (r->completed_at, >=, lds_date_to_time (org->previous->end_date));
      g_assert_cmpint (r->completed_at, <, org->now);
    }

  g_assert_cmpuint (org->all[LDS_RECORD_ROLLOUT_ITEM]->len, ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      LdsRolloutItem *item = g_ptr_array_index (org->all[LDS_RECORD_ROLLOUT_ITEM], i);

      g_assert_cmpint (item->factor, >=, 1);
      g_assert_cmpint (item->factor, <=, 9);
      g_assert_false (factors[item->factor]);
      factors[item->factor] = TRUE;
      g_assert_cmpint (item->owner_id, !=, 0);
      g_assert_cmpstr (item->notes, !=, "");
      n_done += item->done;
    }
  g_assert_cmpuint (n_done, >=, 3);
  g_assert_cmpuint (n_done, <=, 7);

  g_assert_cmpuint (org->all[LDS_RECORD_REVISION]->len, >=, 1);
  for (guint i = 0; i < org->all[LDS_RECORD_REVISION]->len; i++)
    {
      LdsRevision *r = g_ptr_array_index (org->all[LDS_RECORD_REVISION], i);
      g_autoptr(GError) error = NULL;
      g_autoptr(LdsKeyResult) kr = lds_store_get_by_uuid (org->store, LDS_RECORD_KEY_RESULT,
                                                          r->record_uuid, &error);
      g_autofree char *value = NULL;

      g_assert_no_error (error);
      g_assert_cmpstr (r->record_table, ==, "key_results");
      value = lds_record_field_to_string (lds_record_info_find_field (
                                            lds_record_info (LDS_RECORD_KEY_RESULT), r->field), kr);
      /* The key result holds the revised value. */
      g_assert_cmpstr (r->new_value, ==, value);
      g_assert_cmpstr (r->old_value, !=, value);
      g_assert_cmpstr (r->reason, !=, "");
    }
}

/* The default sample breaks each rule once, where expected; the clean one
 * breaks none, in either language. */
static void
check_problems (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      gboolean chinese = g_str_equal (languages[l], "zh_CN");
      g_autoptr(Org) with = sample (languages[l], LDS_DEMO_DEFAULT);
      g_autoptr(Org) clean = sample (languages[l], LDS_DEMO_CLEAN);

      for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
        {
          const char *which = NULL;
          LdsId cycle_id = rules[r].previous_quarter ? with->previous->id : with->current->id;
          guint everywhere, there, in_clean;

          g_test_message ("%s, %s", languages[l], rules[r].id);
          everywhere = rules[r].func (with, 0, &which);
          there = rules[r].func (with, cycle_id, &which);
          g_assert_cmpuint (everywhere, ==, 1);
          g_assert_cmpuint (there, ==, 1);
          g_assert_cmpstr (which, ==, chinese ? rules[r].zh : rules[r].en);

          which = NULL;
          in_clean = rules[r].func (clean, 0, &which);
          if (in_clean != 0)
            g_error ("The clean %s sample breaks %s on “%s”", languages[l], rules[r].id, which);
        }
    }
}

static void
test_sample_problems (void)
{
  check_problems ();
}

/* Task-worded key results, in the strictest reading: none in the clean
 * sample starts with a verb of doing, numbers or not. */
static void
test_sample_clean_wording (void)
{
  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autoptr(Org) org = sample (languages[l], LDS_DEMO_CLEAN);

      for (guint i = 0; i < N_KRS (org); i++)
        if (worded_as_activity (KR (org, i)->title))
          g_error ("The clean sample's key result “%s” reads as a task", KR (org, i)->title);
      for (guint i = 0; i < N_OBJECTIVES (org); i++)
        {
          LdsObjective *o = OBJECTIVE (org, i);
          if (o->visibility == LDS_VISIBILITY_PRIVATE)
            g_assert_false (blank (o->private_reason));
        }
    }
}

/* The same rules hold on other days: at the start of a year (the previous
 * quarter is last year's last) and on the second day of a quarter. */
static void
test_sample_other_days (void)
{
  static const char * const days[] = { "2027-02-10T09:00:00Z", "2026-07-02T08:00:00Z" };
  g_autofree char *saved = g_strdup (g_getenv ("LODESTAR_NOW"));

  for (guint d = 0; d < G_N_ELEMENTS (days); d++)
    {
      g_setenv ("LODESTAR_NOW", days[d], TRUE);
      {
        g_autoptr(Org) org = sample ("en", LDS_DEMO_CLEAN);

        g_assert_nonnull (org->current);
        g_assert_nonnull (org->previous);
        g_assert_cmpint (org->previous->state, ==, LDS_CYCLE_STATE_CLOSED);
        for (guint i = 0; i < org->all[LDS_RECORD_CHECKIN]->len; i++)
          g_assert_cmpint (((LdsCheckin *) g_ptr_array_index (org->all[LDS_RECORD_CHECKIN],
                                                             i))->at, <, org->now);
      }
      check_problems ();
    }
  if (saved != NULL)
    g_setenv ("LODESTAR_NOW", saved, TRUE);
  else
    g_unsetenv ("LODESTAR_NOW");
}

/* The synthetic organisation */

static LdsStore *
synthetic (guint n)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_new_in_memory (&error);

  g_assert_no_error (error);
  g_assert_true (lds_demo_write_synthetic (store, n, 2, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&store);
}

static void
test_synthetic_sizes (void)
{
  static const guint sizes[] = { 1, 57, 500 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(LdsStore) store = synthetic (sizes[i]);
      g_autoptr(GPtrArray) objectives = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);
      g_autoptr(GHashTable) counts = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GPtrArray) krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);

      g_assert_cmpuint (objectives->len, ==, sizes[i]);
      g_assert_cmpuint (krs->len, ==, 3 * sizes[i]);
      for (guint k = 0; k < krs->len; k++)
        {
          LdsKeyResult *kr = g_ptr_array_index (krs, k);
          g_hash_table_insert (counts, &kr->objective_id,
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (
                                                   counts, &kr->objective_id)) + 1));
        }
      for (guint o = 0; o < objectives->len; o++)
        {
          LdsObjective *objective = g_ptr_array_index (objectives, o);
          g_assert_cmpuint (GPOINTER_TO_UINT (g_hash_table_lookup (counts, &objective->id)),
                            ==, 3);
        }
      g_assert_cmpint (lds_store_count (store, LDS_RECORD_CHECKIN), ==, 2 * 3 * sizes[i]);
    }
}

/* Twelve weekly check-ins per key result, all in the past, inside the
 * current cycle, whatever the day. */
static void
test_synthetic_checkins_past (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_new_in_memory (&error);
  g_autoptr(GPtrArray) checkins = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  gint64 start, now = lds_now ();

  g_assert_true (lds_demo_write_synthetic (store, 20, LDS_DEMO_CHECKINS_PER_KEY_RESULT, &error));
  g_assert_no_error (error);
  cycle = lds_store_current_cycle (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (cycle->kind, ==, LDS_CYCLE_KIND_QUARTER);
  start = lds_date_to_time (cycle->start_date);
  checkins = lds_store_list (store, LDS_RECORD_CHECKIN, NULL);
  g_assert_cmpuint (checkins->len, ==, 20 * 3 * LDS_DEMO_CHECKINS_PER_KEY_RESULT);
  for (guint i = 0; i < checkins->len; i++)
    {
      LdsCheckin *c = g_ptr_array_index (checkins, i);
      g_assert_cmpint (c->at, <=, now);
      g_assert_cmpint (c->at, >=, start);
    }
}

static void
test_synthetic_deterministic (void)
{
  g_autoptr(LdsStore) a = synthetic (57);
  g_autoptr(LdsStore) b = synthetic (57);
  g_autoptr(LdsStore) other = synthetic (58);
  g_autoptr(GPtrArray) oa = lds_store_list (a, LDS_RECORD_OBJECTIVE, NULL);
  g_autoptr(GPtrArray) ob = lds_store_list (b, LDS_RECORD_OBJECTIVE, NULL);
  g_autoptr(GPtrArray) ka = lds_store_list (a, LDS_RECORD_KEY_RESULT, NULL);
  g_autoptr(GPtrArray) kb = lds_store_list (b, LDS_RECORD_KEY_RESULT, NULL);

  g_assert_cmpuint (oa->len, ==, ob->len);
  for (guint i = 0; i < oa->len; i++)
    {
      LdsObjective *x = g_ptr_array_index (oa, i);
      LdsObjective *y = g_ptr_array_index (ob, i);

      g_assert_cmpstr (x->title, ==, y->title);
      g_assert_cmpstr (x->uuid, ==, y->uuid);
      g_assert_true (lds_record_equal (LDS_RECORD_OBJECTIVE, x, y));
    }
  g_assert_cmpuint (ka->len, ==, kb->len);
  for (guint i = 0; i < ka->len; i++)
    g_assert_true (lds_record_equal (LDS_RECORD_KEY_RESULT, g_ptr_array_index (ka, i),
                                     g_ptr_array_index (kb, i)));
  g_assert_cmpint (lds_store_count (other, LDS_RECORD_OBJECTIVE), ==, 58);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/demo/sample/writes", test_sample_writes);
  g_test_add_func ("/demo/sample/unknown-language", test_sample_unknown_language);
  g_test_add_func ("/demo/sample/valid-records", test_sample_valid_records);
  g_test_add_func ("/demo/sample/same-structure", test_sample_same_structure);
  g_test_add_func ("/demo/sample/languages", test_sample_languages);
  g_test_add_func ("/demo/sample/deterministic", test_sample_deterministic);
  g_test_add_func ("/demo/sample/cycles", test_sample_cycles);
  g_test_add_func ("/demo/sample/organisation", test_sample_organisation);
  g_test_add_func ("/demo/sample/okrs", test_sample_okrs);
  g_test_add_func ("/demo/sample/clean-alignment", test_sample_clean_alignment);
  g_test_add_func ("/demo/sample/checkins", test_sample_checkins);
  g_test_add_func ("/demo/sample/around-okrs", test_sample_around_okrs);
  g_test_add_func ("/demo/sample/problems", test_sample_problems);
  g_test_add_func ("/demo/sample/clean-wording", test_sample_clean_wording);
  g_test_add_func ("/demo/sample/other-days", test_sample_other_days);
  g_test_add_func ("/demo/synthetic/sizes", test_synthetic_sizes);
  g_test_add_func ("/demo/synthetic/checkins-past", test_synthetic_checkins_past);
  g_test_add_func ("/demo/synthetic/deterministic", test_synthetic_deterministic);

  return g_test_run ();
}
