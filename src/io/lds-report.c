/* lds-report.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report is gathered once (Report) and told to one of three writers,
 * each a small table of functions: Markdown, HTML and the paged document.
 */

#define G_LOG_DOMAIN "lds-report"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "lds-date.h"
#include "lds-format.h"
#include "lds-interchange.h"
#include "lds-markdown.h"
#include "lds-report.h"
#include "lds-store-coach.h"
#include "lds-score.h"
#include "lds-store-lookup.h"


/* What the report says, gathered from the store */

typedef struct
{
  LdsKeyResult *kr;
  double        score;
} Kr;

typedef struct
{
  LdsObjective *objective;
  char         *owner;         /* the unit's path, or the person's name */
  double        score;
  GPtrArray    *krs;           /* Kr */
  GPtrArray    *aligns;        /* char *, translated sentences */
} Objective;

typedef struct
{
  char       *heading;         /* a unit's path */
  GPtrArray  *objectives;      /* Objective */
} Section;

typedef struct
{
  LdsSnapshot     *snapshot;
  LdsCycle        *cycle;
  LdsFileSettings  settings;
  char            *organisation;
  char            *scope;         /* the unit's path, or NULL for all */
  GPtrArray       *sections;
  GPtrArray       *findings;      /* LdsCoachFinding, or NULL when the coach failed */
  char            *findings_error;
  guint            n_objectives;
  guint            n_krs;
  guint            bands[4];      /* objectives per LdsScoreBand */
  double           mean;
} Report;

static void
kr_free (gpointer data)
{
  g_free (data);
}

static void
objective_free (gpointer data)
{
  Objective *o = data;

  g_free (o->owner);
  g_ptr_array_unref (o->krs);
  g_ptr_array_unref (o->aligns);
  g_free (o);
}

static void
section_free (gpointer data)
{
  Section *s = data;

  g_free (s->heading);
  g_ptr_array_unref (s->objectives);
  g_free (s);
}


static void
report_free (Report *r)
{
  g_clear_pointer (&r->snapshot, lds_snapshot_free);
  g_clear_pointer (&r->cycle, lds_cycle_free);
  g_clear_pointer (&r->sections, g_ptr_array_unref);
  g_clear_pointer (&r->findings, g_ptr_array_unref);
  g_free (r->findings_error);
  g_free (r->organisation);
  g_free (r->scope);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Report, report_free)


static char *
record_label (Report        *r,
              LdsRecordType  type,
              LdsId          id)
{
  if (type == LDS_RECORD_KEY_RESULT)
    {
      LdsKeyResult *kr = lds_snapshot_get (r->snapshot, LDS_RECORD_KEY_RESULT, id);
      LdsObjective *o = kr != NULL ? lds_snapshot_get (r->snapshot, LDS_RECORD_OBJECTIVE,
                                                      kr->objective_id) : NULL;
      if (kr == NULL)
        return NULL;
      /* Translators: %1$s is a key result, %2$s the objective it belongs to */
      return g_strdup_printf (_("the key result “%1$s” of “%2$s”"), kr->title,
                              o != NULL ? o->title : "");
    }
  else
    {
      LdsObjective *o = lds_snapshot_get (r->snapshot, LDS_RECORD_OBJECTIVE, id);
      /* Translators: %s is an objective's title */
      return o != NULL ? g_strdup_printf (_("the objective “%s”"), o->title) : NULL;
    }
}

static GPtrArray *
alignment_sentences (Report       *r,
                     LdsObjective *o,
                     GHashTable   *links_of)
{
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *links = g_hash_table_lookup (links_of, o);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      LdsLink *l = links->pdata[i];
      g_autofree char *target = l->to_key_result_id != 0
                                  ? record_label (r, LDS_RECORD_KEY_RESULT, l->to_key_result_id)
                                  : record_label (r, LDS_RECORD_OBJECTIVE, l->to_objective_id);
      if (target == NULL)
        continue;
      g_ptr_array_add (out, l->kind == LDS_LINK_KIND_ALIGNS
                              /* Translators: %s is "the key result “…” of “…”" or "the objective “…”" */
                              ? g_strdup_printf (_("Aligns to %s."), target)
                              /* Translators: %s is "the key result “…” of “…”" or "the objective “…”" */
                              : g_strdup_printf (_("Depends on %s."), target));
    }
  return out;
}

static void
group_by (GHashTable *table,
          gpointer    key,
          gpointer    value)
{
  GPtrArray *list = g_hash_table_lookup (table, key);

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, key, list);
    }
  g_ptr_array_add (list, value);
}

static Objective *
gather_objective (Report       *r,
                  LdsObjective *o,
                  const char   *owner,
                  GHashTable   *krs_of,
                  GHashTable   *links_of)
{
  Objective *entry = g_new0 (Objective, 1);
  GPtrArray *krs = g_hash_table_lookup (krs_of, o);
  guint n = krs != NULL ? krs->len : 0;

  entry->objective = o;
  entry->owner = g_strdup (owner);
  entry->krs = g_ptr_array_new_with_free_func (kr_free);
  for (guint i = 0; i < n; i++)
    {
      Kr *kr = g_new0 (Kr, 1);
      kr->kr = krs->pdata[i];
      kr->score = lds_key_result_score (kr->kr);
      g_ptr_array_add (entry->krs, kr);
    }
  entry->score = lds_objective_score (krs != NULL ? (LdsKeyResult *const *) krs->pdata : NULL, n);
  entry->aligns = alignment_sentences (r, o, links_of);

  r->n_objectives++;
  r->n_krs += n;
  r->bands[lds_file_settings_band (&r->settings, entry->score)]++;
  return entry;
}

static Report *
gather (LdsStore                *store,
        const LdsExportOptions  *options,
        GError                 **error)
{
  g_autoptr(Report) r = g_new0 (Report, 1);
  g_autoptr(GHashTable) units = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) krs_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                         (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) links_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) by_owner = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) people_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                            (GDestroyNotify) g_ptr_array_unref);
  GPtrArray *list;
  double sum = 0;
  guint scored = 0;

  if (options->at != 0)
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                           _("Reports show the organisation as it is now; leave out the date."));
      return NULL;
    }
  r->cycle = options->cycle_id != 0 ? lds_store_get (store, LDS_RECORD_CYCLE, options->cycle_id, error)
                                    : lds_store_current_cycle (store, error);
  if (r->cycle == NULL)
    return NULL;
  lds_store_get_file_settings (store, &r->settings);
  r->snapshot = lds_snapshot_new (store, 0, r->cycle->id, error);
  if (r->snapshot == NULL)
    return NULL;

  /* The units reported on: the whole tree, or one unit and those below it. */
  list = r->snapshot->all[LDS_RECORD_UNIT];
  for (gboolean grew = TRUE; grew;)
    {
      grew = FALSE;
      for (guint i = 0; i < list->len; i++)
        {
          LdsUnit *u = list->pdata[i];
          LdsUnit *parent = lds_snapshot_get (r->snapshot, LDS_RECORD_UNIT, u->parent_id);
          if (!g_hash_table_contains (units, u) &&
              (options->unit_id == 0 ? TRUE : u->id == options->unit_id ||
                                              (parent != NULL && g_hash_table_contains (units, parent))))
            {
              g_hash_table_add (units, u);
              grew = TRUE;
            }
        }
    }
  for (guint i = 0; i < list->len && r->organisation == NULL; i++)
    if (((LdsUnit *) list->pdata[i])->parent_id == 0)
      r->organisation = g_strdup (((LdsUnit *) list->pdata[i])->name);
  if (options->unit_id != 0)
    r->scope = lds_snapshot_unit_path (r->snapshot, options->unit_id);

  list = r->snapshot->all[LDS_RECORD_KEY_RESULT];
  for (guint i = 0; i < list->len; i++)
    group_by (krs_of, lds_snapshot_get (r->snapshot, LDS_RECORD_OBJECTIVE,
                                        ((LdsKeyResult *) list->pdata[i])->objective_id),
              list->pdata[i]);
  list = r->snapshot->all[LDS_RECORD_LINK];
  for (guint i = 0; i < list->len; i++)
    group_by (links_of, lds_snapshot_get (r->snapshot, LDS_RECORD_OBJECTIVE,
                                          ((LdsLink *) list->pdata[i])->from_id),
              list->pdata[i]);
  list = r->snapshot->all[LDS_RECORD_OBJECTIVE];
  for (guint i = 0; i < list->len; i++)
    {
      LdsObjective *o = list->pdata[i];
      if (o->cycle_id != r->cycle->id)
        continue;
      group_by (by_owner, o->owner_unit_id != 0
                            ? lds_snapshot_get (r->snapshot, LDS_RECORD_UNIT, o->owner_unit_id)
                            : lds_snapshot_get (r->snapshot, LDS_RECORD_PERSON, o->owner_person_id),
                o);
    }
  list = r->snapshot->all[LDS_RECORD_PERSON];
  for (guint i = 0; i < list->len; i++)
    group_by (people_of, lds_snapshot_get (r->snapshot, LDS_RECORD_UNIT,
                                           ((LdsPerson *) list->pdata[i])->unit_id),
              list->pdata[i]);

  r->sections = g_ptr_array_new_with_free_func (section_free);
  list = r->snapshot->selected[LDS_RECORD_UNIT];   /* parents first */
  for (guint i = 0; i < list->len; i++)
    {
      LdsUnit *u = list->pdata[i];
      GPtrArray *mine = g_hash_table_lookup (by_owner, u);
      GPtrArray *members = g_hash_table_lookup (people_of, u);
      Section *section;

      if (!g_hash_table_contains (units, u))
        continue;
      section = g_new0 (Section, 1);
      section->heading = lds_snapshot_unit_path (r->snapshot, u->id);
      section->objectives = g_ptr_array_new_with_free_func (objective_free);
      for (guint k = 0; mine != NULL && k < mine->len; k++)
        g_ptr_array_add (section->objectives,
                         gather_objective (r, mine->pdata[k], section->heading, krs_of, links_of));
      for (guint p = 0; members != NULL && p < members->len; p++)
        {
          LdsPerson *person = members->pdata[p];
          GPtrArray *theirs = g_hash_table_lookup (by_owner, person);
          for (guint k = 0; theirs != NULL && k < theirs->len; k++)
            g_ptr_array_add (section->objectives,
                             gather_objective (r, theirs->pdata[k], person->name, krs_of, links_of));
        }
      if (section->objectives->len > 0)
        g_ptr_array_add (r->sections, section);
      else
        section_free (section);
    }

  for (guint s = 0; s < r->sections->len; s++)
    {
      Section *section = r->sections->pdata[s];
      for (guint i = 0; i < section->objectives->len; i++)
        {
          Objective *o = section->objectives->pdata[i];
          if (!isnan (o->score))
            {
              sum += o->score;
              scored++;
            }
        }
    }
  r->mean = scored > 0 ? sum / scored : NAN;

  {
    g_autoptr(GError) local = NULL;
    LdsCoachScope scope = { r->cycle->id, LDS_RECORD_UNIT, options->unit_id };

    r->findings = lds_coach_check_store (store, &scope, &local);
    if (r->findings == NULL)
      r->findings_error = g_strdup (local != NULL ? local->message : "");
  }
  return g_steal_pointer (&r);
}

/* Writers */

typedef struct _Writer Writer;

struct _Writer
{
  void (*heading)   (Writer *w, int level, const char *text);
  void (*paragraph) (Writer *w, const char *text, gboolean dim);
  void (*bullet)    (Writer *w, const char *text);
  void (*objective) (Writer *w, Report *r, Objective *o);
  void (*end_list)  (Writer *w);
  GString     *out;
  LdsPagedDoc *doc;
  gboolean     in_list;
};

static const double band_rgb[4][3] = {
  [LDS_SCORE_BAND_NONE] = { 0.6, 0.6, 0.62 },
  [LDS_SCORE_BAND_RED] = { 0.753, 0.11, 0.157 },
  [LDS_SCORE_BAND_AMBER] = { 0.898, 0.647, 0.039 },
  [LDS_SCORE_BAND_GREEN] = { 0.149, 0.635, 0.412 },
};

static const char * const band_css[4] = { "none", "red", "amber", "green" };

static char *
objective_details (Objective *o)
{
  LdsObjective *obj = o->objective;
  GString *text = g_string_new (NULL);

  /* Translators: the owner of an objective, then its type and status, as in "Sales · Committed · Active" */
  g_string_append_printf (text, _("%1$s · %2$s · %3$s"), o->owner,
                          lds_enum_label (LDS_TYPE_OBJECTIVE_TYPE, obj->type),
                          lds_enum_label (LDS_TYPE_OBJECTIVE_STATUS, obj->status));
  if (obj->self_driven)
    g_string_append_printf (text, " · %s", _("Self-driven"));
  if (obj->mid_cycle)
    g_string_append_printf (text, " · %s", _("Added mid-cycle"));
  return g_string_free (text, FALSE);
}

static char *
kr_owner (Report       *r,
          LdsKeyResult *kr)
{
  LdsPerson *p = lds_snapshot_get (r->snapshot, LDS_RECORD_PERSON, kr->owner_id);

  return g_strdup (p != NULL ? p->name : "–");
}

/* Markdown */

static void
md_end_list (Writer *w)
{
  if (w->in_list)
    g_string_append_c (w->out, '\n');
  w->in_list = FALSE;
}

static void
md_heading (Writer     *w,
            int         level,
            const char *text)
{
  g_autofree char *escaped = lds_markdown_escape (text);

  md_end_list (w);
  for (int i = 0; i < level; i++)
    g_string_append_c (w->out, '#');
  g_string_append_printf (w->out, " %s\n\n", escaped);
}

static void
md_paragraph (Writer     *w,
              const char *text,
              gboolean    dim)
{
  g_autofree char *escaped = lds_markdown_escape (text);

  md_end_list (w);
  g_string_append_printf (w->out, dim ? "*%s*\n\n" : "%s\n\n", escaped);
}

static void
md_bullet (Writer     *w,
           const char *text)
{
  g_autofree char *escaped = lds_markdown_escape (text);

  g_string_append_printf (w->out, "- %s\n", escaped);
  w->in_list = TRUE;
}

static void
md_objective (Writer    *w,
              Report    *r,
              Objective *o)
{
  g_autofree char *title = lds_markdown_escape (o->objective->title);
  g_autofree char *details = objective_details (o);
  g_autofree char *details_md = lds_markdown_escape (details);
  g_autofree char *score = lds_format_score (o->score, r->settings.scale);

  md_end_list (w);
  /* Translators: an objective's heading in a Markdown report: its title, then its score */
  g_string_append_printf (w->out, _("#### %1$s — score %2$s\n\n"), title, score);
  g_string_append_printf (w->out, "*%s*\n\n", details_md);
  for (guint i = 0; i < o->aligns->len; i++)
    {
      g_autofree char *a = lds_markdown_escape (o->aligns->pdata[i]);
      g_string_append_printf (w->out, "%s\n\n", a);
    }
  if (o->krs->len == 0)
    {
      g_string_append_printf (w->out, "%s\n\n", _("No key results yet."));
      return;
    }
  g_string_append_printf (w->out, "| %s | %s | %s | %s |\n| --- | --- | ---: | --- |\n",
                          _("Key result"), _("Progress"), _("Score"), _("Owner"));
  for (guint i = 0; i < o->krs->len; i++)
    {
      Kr *kr = o->krs->pdata[i];
      g_autofree char *t = lds_markdown_escape (kr->kr->title);
      g_autofree char *progress = lds_format_kr_progress (kr->kr);
      g_autofree char *p = lds_markdown_escape (progress);
      g_autofree char *s = lds_format_score (kr->score, r->settings.scale);
      g_autofree char *owner = kr_owner (r, kr->kr);
      g_autofree char *ow = lds_markdown_escape (owner);
      g_string_append_printf (w->out, "| %s | %s | %s | %s |\n", t, p, s, ow);
    }
  g_string_append_c (w->out, '\n');
}

/* HTML */

static void
html_end_list (Writer *w)
{
  if (w->in_list)
    g_string_append (w->out, "</ul>\n");
  w->in_list = FALSE;
}

static void
html_heading (Writer     *w,
              int         level,
              const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  html_end_list (w);
  g_string_append_printf (w->out, "<h%d>%s</h%d>\n", level, escaped, level);
}

static void
html_paragraph (Writer     *w,
                const char *text,
                gboolean    dim)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  html_end_list (w);
  g_string_append_printf (w->out, "<p%s>%s</p>\n", dim ? " class=\"dim\"" : "", escaped);
}

static void
html_bullet (Writer     *w,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  if (!w->in_list)
    g_string_append (w->out, "<ul>\n");
  w->in_list = TRUE;
  g_string_append_printf (w->out, "<li>%s</li>\n", escaped);
}

static void
html_objective (Writer    *w,
                Report    *r,
                Objective *o)
{
  g_autofree char *title = g_markup_escape_text (o->objective->title, -1);
  g_autofree char *details = objective_details (o);
  g_autofree char *details_html = g_markup_escape_text (details, -1);
  g_autofree char *score = lds_format_score (o->score, r->settings.scale);
  LdsScoreBand band = lds_file_settings_band (&r->settings, o->score);

  html_end_list (w);
  g_string_append_printf (w->out,
                          "<section class=\"objective\">\n<h4><span class=\"score %s\">%s</span> %s</h4>\n"
                          "<p class=\"dim\">%s</p>\n",
                          band_css[band], score, title, details_html);
  for (guint i = 0; i < o->aligns->len; i++)
    {
      g_autofree char *a = g_markup_escape_text (o->aligns->pdata[i], -1);
      g_string_append_printf (w->out, "<p class=\"aligns\">%s</p>\n", a);
    }
  if (o->krs->len == 0)
    g_string_append_printf (w->out, "<p class=\"dim\">%s</p>\n", _("No key results yet."));
  else
    {
      g_string_append_printf (w->out,
                              "<table>\n<tr><th>%s</th><th>%s</th><th class=\"num\">%s</th><th>%s</th></tr>\n",
                              _("Key result"), _("Progress"), _("Score"), _("Owner"));
      for (guint i = 0; i < o->krs->len; i++)
        {
          Kr *kr = o->krs->pdata[i];
          g_autofree char *t = g_markup_escape_text (kr->kr->title, -1);
          g_autofree char *progress = lds_format_kr_progress (kr->kr);
          g_autofree char *p = g_markup_escape_text (progress, -1);
          g_autofree char *s = lds_format_score (kr->score, r->settings.scale);
          g_autofree char *owner = kr_owner (r, kr->kr);
          g_autofree char *ow = g_markup_escape_text (owner, -1);
          g_string_append_printf (w->out,
                                  "<tr><td>%s</td><td>%s</td><td class=\"num\"><span class=\"score %s\">%s</span></td><td>%s</td></tr>\n",
                                  t, p, band_css[lds_file_settings_band (&r->settings, kr->score)],
                                  s, ow);
        }
      g_string_append (w->out, "</table>\n");
    }
  g_string_append (w->out, "</section>\n");
}

/* Pages */

static void
doc_heading (Writer     *w,
             int         level,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  lds_paged_doc_add_heading (w->doc, MIN (level, 3), escaped);
}

static void
doc_paragraph (Writer     *w,
               const char *text,
               gboolean    dim)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  lds_paged_doc_add_paragraph (w->doc, escaped, dim ? LDS_PAGED_TEXT_DIM : LDS_PAGED_TEXT_NORMAL, 0);
}

static void
doc_bullet (Writer     *w,
            const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("•  %s", escaped);

  lds_paged_doc_add_paragraph (w->doc, markup, LDS_PAGED_TEXT_NORMAL, 8);
}

static void
doc_objective (Writer    *w,
               Report    *r,
               Objective *o)
{
  static const double widths[] = { 0.5, 0.22, 0.1, 0.18 };
  g_autofree char *title = g_markup_escape_text (o->objective->title, -1);
  g_autofree char *details = objective_details (o);
  g_autofree char *details_markup = g_markup_escape_text (details, -1);
  g_autofree char *score = lds_format_score (o->score, r->settings.scale);
  g_autofree char *bar_label = NULL;
  LdsScoreBand band = lds_file_settings_band (&r->settings, o->score);

  lds_paged_doc_add_space (w->doc, 6);
  lds_paged_doc_add_paragraph (w->doc, title, LDS_PAGED_TEXT_BOLD | LDS_PAGED_KEEP_WITH_NEXT, 0);
  /* Translators: beside a score bar in a report: the score, then the objective's details */
  bar_label = g_strdup_printf (_("<b>%1$s</b>   %2$s"), score, details_markup);
  lds_paged_doc_add_bar (w->doc, isnan (o->score) ? 0 : o->score, band_rgb[band], bar_label);
  for (guint i = 0; i < o->aligns->len; i++)
    {
      g_autofree char *a = g_markup_escape_text (o->aligns->pdata[i], -1);
      lds_paged_doc_add_paragraph (w->doc, a, LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM, 0);
    }
  if (o->krs->len == 0)
    {
      lds_paged_doc_add_paragraph (w->doc, _("No key results yet."),
                                   LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM, 12);
      return;
    }
  {
    const char *head[] = { _("Key result"), _("Progress"), _("Score"), _("Owner") };
    g_autofree char *h0 = g_markup_escape_text (head[0], -1);
    g_autofree char *h1 = g_markup_escape_text (head[1], -1);
    g_autofree char *h2 = g_markup_escape_text (head[2], -1);
    g_autofree char *h3 = g_markup_escape_text (head[3], -1);
    const char *cells[] = { h0, h1, h2, h3 };
    lds_paged_doc_add_row (w->doc, cells, widths, 4,
                           LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM | LDS_PAGED_KEEP_WITH_NEXT);
  }
  for (guint i = 0; i < o->krs->len; i++)
    {
      Kr *kr = o->krs->pdata[i];
      g_autofree char *t = g_markup_escape_text (kr->kr->title, -1);
      g_autofree char *progress = lds_format_kr_progress (kr->kr);
      g_autofree char *p = g_markup_escape_text (progress, -1);
      g_autofree char *s = lds_format_score (kr->score, r->settings.scale);
      g_autofree char *owner = kr_owner (r, kr->kr);
      g_autofree char *ow = g_markup_escape_text (owner, -1);
      LdsScoreBand b = lds_file_settings_band (&r->settings, kr->score);
      g_autofree char *coloured = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\"><b>%s</b></span>",
                                                   (int) (band_rgb[b][0] * 255),
                                                   (int) (band_rgb[b][1] * 255),
                                                   (int) (band_rgb[b][2] * 255), s);
      const char *cells[] = { t, p, coloured, ow };
      lds_paged_doc_add_row (w->doc, cells, widths, 4, LDS_PAGED_TEXT_SMALL);
    }
}

static void
doc_end_list (Writer *w)
{
}

/* The content, once for every writer */

static char *
report_title (Report *r)
{
  /* Translators: %s is a cycle's name, such as "2027 Q1" */
  return g_strdup_printf (_("OKR report: %s"), r->cycle->name);
}

static void
write_report (Report *r,
              Writer *w)
{
  g_autofree char *title = report_title (r);
  g_autofree char *today = lds_today ();
  g_autofree char *subtitle = NULL;
  g_autofree char *mean = lds_format_score (r->mean, r->settings.scale);
  g_autofree char *start = lds_format_date (r->cycle->start_date);
  g_autofree char *end = lds_format_date (r->cycle->end_date);
  g_autofree char *made = lds_format_date (today);

  w->heading (w, 1, title);
  /* Translators: %1$s is the organisation (or a unit's path), %2$s and %3$s the cycle's
   * first and last days, %4$s its state ("Active"), %5$s the day the report was made */
  subtitle = g_strdup_printf (_("%1$s · %2$s to %3$s · %4$s · made on %5$s"),
                              r->scope != NULL ? r->scope : (r->organisation ? r->organisation : ""),
                              start, end,
                              lds_enum_label (LDS_TYPE_CYCLE_STATE, r->cycle->state), made);
  w->paragraph (w, subtitle, TRUE);

  w->heading (w, 2, _("Summary"));
  {
    g_autofree char *a = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                       "%1$u objective with %2$u key results",
                                                       "%1$u objectives with %2$u key results",
                                                       r->n_objectives),
                                          r->n_objectives, r->n_krs);
    /* Translators: %s is a score, such as 0.6 */
    g_autofree char *b = g_strdup_printf (_("Average objective score: %s"), mean);
    /* Translators: numbers of objectives by how their score reads */
    g_autofree char *c = g_strdup_printf (_("On track: %1$u · At risk: %2$u · Off track: %3$u · "
                                            "Not scored: %4$u"),
                                          r->bands[LDS_SCORE_BAND_GREEN], r->bands[LDS_SCORE_BAND_AMBER],
                                          r->bands[LDS_SCORE_BAND_RED], r->bands[LDS_SCORE_BAND_NONE]);
    w->bullet (w, a);
    w->bullet (w, b);
    w->bullet (w, c);
    w->end_list (w);
  }

  /* The coach's findings, apart from the OKRs they are about. */
  w->heading (w, 2, _("Coach findings"));
  if (r->findings == NULL)
    w->paragraph (w, r->findings_error, TRUE);
  else if (r->findings->len == 0)
    w->paragraph (w, _("The coach found nothing to improve."), TRUE);
  else
    {
      for (guint i = 0; i < r->findings->len; i++)
        {
          LdsCoachFinding *f = r->findings->pdata[i];
          /* Translators: one coach finding: %1$s its severity ("Warning"), %2$s the owner,
           * %3$s the objective or key result, %4$s what is wrong and how to fix it */
          g_autofree char *line = g_strdup_printf (_("%1$s · %2$s · “%3$s”: %4$s"),
                                                   lds_coach_severity_label (f->severity),
                                                   f->owner, f->title,
                                                   f->message);
          w->bullet (w, line);
        }
      w->end_list (w);
    }

  w->heading (w, 2, _("OKRs by unit"));
  if (r->sections->len == 0)
    w->paragraph (w, _("No objectives in this cycle yet."), TRUE);
  for (guint s = 0; s < r->sections->len; s++)
    {
      Section *section = r->sections->pdata[s];
      w->heading (w, 3, section->heading);
      for (guint i = 0; i < section->objectives->len; i++)
        w->objective (w, r, section->objectives->pdata[i]);
    }
  w->end_list (w);
}

/**
 * lds_report_to_markdown:
 *
 * Returns: (transfer full): the cycle report as Markdown
 */
char *
lds_report_to_markdown (LdsStore                *store,
                        const LdsExportOptions  *options,
                        GError                 **error)
{
  g_autoptr(Report) r = NULL;
  Writer w = { md_heading, md_paragraph, md_bullet, md_objective, md_end_list, NULL, NULL, FALSE };

  g_return_val_if_fail (LDS_IS_STORE (store) && options != NULL, NULL);

  r = gather (store, options, error);
  if (r == NULL)
    return NULL;
  w.out = g_string_new (NULL);
  write_report (r, &w);
  return g_string_free (w.out, FALSE);
}

static const char html_style[] =
  "body{font-family:'Noto Sans CJK SC','Noto Sans',sans-serif;max-width:60em;margin:2em auto;"
  "padding:0 1em;color:#241f31;line-height:1.45}"
  "h1{margin-bottom:.2em}h3{margin-top:2em;border-bottom:1px solid #deddda;padding-bottom:.2em}"
  "h4{margin:1.2em 0 .2em}.dim{color:#5e5c64}.aligns{color:#5e5c64;font-size:.9em;margin:.1em 0}"
  "table{border-collapse:collapse;width:100%;margin:.4em 0 1em}"
  "th,td{text-align:left;padding:.25em .6em;border-bottom:1px solid #eeeeec;vertical-align:top}"
  "th{font-weight:600;color:#5e5c64;font-size:.9em}.num{text-align:right}"
  ".score{display:inline-block;min-width:2.4em;text-align:center;border-radius:1em;"
  "padding:0 .5em;font-weight:bold}"
  ".red{background:#c01c28;color:#fff}.amber{background:#e5a50a;color:#241f31}"
  ".green{background:#26a269;color:#fff}.none{background:#deddda;color:#241f31}";

/**
 * lds_report_to_html:
 *
 * Returns: (transfer full): the cycle report as one HTML page, styles included
 */
char *
lds_report_to_html (LdsStore                *store,
                    const LdsExportOptions  *options,
                    GError                 **error)
{
  g_autoptr(Report) r = NULL;
  g_autofree char *title = NULL, *escaped = NULL;
  Writer w = { html_heading, html_paragraph, html_bullet, html_objective, html_end_list,
               NULL, NULL, FALSE };

  g_return_val_if_fail (LDS_IS_STORE (store) && options != NULL, NULL);

  r = gather (store, options, error);
  if (r == NULL)
    return NULL;
  title = report_title (r);
  escaped = g_markup_escape_text (title, -1);
  w.out = g_string_new (NULL);
  g_string_append_printf (w.out,
                          "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n",
                          /* Translators: the language code of HTML reports: "en" or "zh-CN" */
                          _("en"), escaped, html_style);
  write_report (r, &w);
  g_string_append (w.out, "</body>\n</html>\n");
  return g_string_free (w.out, FALSE);
}

/**
 * lds_report_to_paged_doc:
 *
 * Returns: (transfer full): the cycle report laid out on pages of this size
 *   (in points), to write as PDF or to print
 */
LdsPagedDoc *
lds_report_to_paged_doc (LdsStore                *store,
                         const LdsExportOptions  *options,
                         double                   page_width,
                         double                   page_height,
                         GError                 **error)
{
  g_autoptr(Report) r = NULL;
  g_autofree char *title = NULL, *running = NULL;
  Writer w = { doc_heading, doc_paragraph, doc_bullet, doc_objective, doc_end_list,
               NULL, NULL, FALSE };

  g_return_val_if_fail (LDS_IS_STORE (store) && options != NULL, NULL);

  r = gather (store, options, error);
  if (r == NULL)
    return NULL;
  title = report_title (r);
  running = r->organisation != NULL ? g_strdup_printf ("%s · %s", r->organisation, title)
                                    : g_strdup (title);
  w.doc = lds_paged_doc_new (page_width, page_height, running);
  write_report (r, &w);
  lds_paged_doc_paginate (w.doc);
  return w.doc;
}

/* Export rows */

static gboolean
write_text (const char  *path,
            char        *text,
            GError     **error)
{
  g_autofree char *owned = text;
  g_autoptr(GError) local = NULL;

  if (owned == NULL)
    return FALSE;
  if (!g_file_set_contents (path, owned, -1, &local))
    {
      g_set_error_literal (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE, local->message);
      return FALSE;
    }
  return TRUE;
}

gboolean
lds_export_report_markdown (LdsStore                *store,
                            const LdsExportOptions  *options,
                            const char              *path,
                            GError                 **error)
{
  return write_text (path, lds_report_to_markdown (store, options, error), error);
}

gboolean
lds_export_report_html (LdsStore                *store,
                        const LdsExportOptions  *options,
                        const char              *path,
                        GError                 **error)
{
  return write_text (path, lds_report_to_html (store, options, error), error);
}

static void
page_size (LdsExportPage  page,
           gboolean       landscape,
           double        *width,
           double        *height)
{
  /* A4 and each size up doubles the area. */
  double w = LDS_PAGED_A4_WIDTH, h = LDS_PAGED_A4_HEIGHT;

  for (int i = LDS_EXPORT_PAGE_A4; i < (int) page; i++)
    {
      double t = w;
      w = h;
      h = t * 2;
    }
  *width = landscape ? h : w;
  *height = landscape ? w : h;
}

gboolean
lds_export_report_pdf (LdsStore                *store,
                       const LdsExportOptions  *options,
                       const char              *path,
                       GError                 **error)
{
  g_autoptr(LdsPagedDoc) doc = NULL;
  double width, height;

  page_size (options->page == LDS_EXPORT_PAGE_NONE ? LDS_EXPORT_PAGE_A4 : options->page,
             options->landscape, &width, &height);
  doc = lds_report_to_paged_doc (store, options, width, height, error);
  if (doc == NULL)
    return FALSE;
  return lds_paged_doc_write_pdf (doc, path, error);
}
