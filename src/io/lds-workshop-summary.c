/* lds-workshop-summary.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The summary is gathered once (Summary), then written as Markdown or laid
 * out on a page.
 */

#define G_LOG_DOMAIN "lds-workshop-summary"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-date.h"
#include "lds-export.h"
#include "lds-markdown.h"
#include "lds-paged-doc.h"
#include "lds-store-workshop.h"
#include "lds-workshop-summary.h"

typedef struct
{
  char  *title;
  char  *owner;
  char  *confidence;
  int    dots;
} Kr;

typedef struct
{
  char       *title;
  int         dots;
  GPtrArray  *links;       /* char *: where it aligns, what it depends on */
  GPtrArray  *krs;         /* Kr */
} Objective;

typedef struct
{
  char       *name;
  GPtrArray  *objectives;  /* Objective */
} Team;

typedef struct
{
  char       *title;
  char       *state;       /* confirmed or not, and when */
  char       *figures;     /* how many proposals, dots and votes */
  GPtrArray  *teams;       /* Team */
  GPtrArray  *parked;      /* char * */
  GPtrArray  *notes;       /* char * */
} Summary;

static void
kr_free (Kr *kr)
{
  g_free (kr->title);
  g_free (kr->owner);
  g_free (kr->confidence);
  g_free (kr);
}

static void
objective_free (Objective *o)
{
  g_free (o->title);
  g_ptr_array_unref (o->links);
  g_ptr_array_unref (o->krs);
  g_free (o);
}

static void
team_free (Team *team)
{
  g_free (team->name);
  g_ptr_array_unref (team->objectives);
  g_free (team);
}

static void
summary_free (Summary *s)
{
  g_free (s->title);
  g_free (s->state);
  g_free (s->figures);
  g_ptr_array_unref (s->teams);
  g_ptr_array_unref (s->parked);
  g_ptr_array_unref (s->notes);
  g_free (s);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Summary, summary_free)

/* Gathering */

static char *
with_dots (const char *title,
           int         dots)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %1$s is a proposal, %2$d the dots it got */
                                       "%1$s (%2$d dot)", "%1$s (%2$d dots)", dots),
                          title, dots);
}

static char *
unit_name (LdsStore *store,
           LdsId     unit_id)
{
  g_autoptr(LdsUnit) unit = lds_store_get (store, LDS_RECORD_UNIT, unit_id, NULL);

  return g_strdup (unit != NULL ? unit->name : "");
}

static char *
objective_owner (LdsStore *store,
                 LdsId     objective_id)
{
  g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, NULL);
  g_autoptr(LdsPerson) person = NULL;

  if (o == NULL)
    return g_strdup ("");
  if (o->owner_unit_id != 0)
    return unit_name (store, o->owner_unit_id);
  person = lds_store_get (store, LDS_RECORD_PERSON, o->owner_person_id, NULL);
  return g_strdup (person != NULL ? person->name : "");
}

/* "Aligns to “…” (Product)", "Depends on “…” (Sales)", "Self-driven". */
static char *
describe_decision (LdsStore                  *store,
                   const LdsWorkshopData     *data,
                   const LdsWorkshopDecision *d)
{
  g_autofree char *title = NULL;
  g_autofree char *owner = NULL;

  if (d->kind == LDS_DECISION_KIND_SELF_DRIVEN)
    return g_strdup (_("Self-driven: it serves no objective above, on purpose."));
  if (d->to_key_result_id != 0)
    {
      g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT,
                                                  d->to_key_result_id, NULL);
      if (kr == NULL)
        return NULL;
      title = g_strdup (kr->title);
      owner = objective_owner (store, kr->objective_id);
    }
  else if (d->to_objective_id != 0)
    {
      g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE, d->to_objective_id,
                                                 NULL);
      if (o == NULL)
        return NULL;
      title = g_strdup (o->title);
      owner = objective_owner (store, o->id);
    }
  else
    {
      LdsWorkshopCard *card = lds_workshop_data_get_card (data, d->to_card_id);
      if (card == NULL)
        return NULL;
      title = g_strdup (card->title);
      owner = unit_name (store, card->unit_id);
    }
  if (d->kind == LDS_DECISION_KIND_ALIGNS)
    /* Translators: %1$s is the title of a key result or objective, %2$s its owner */
    return g_strdup_printf (_("Aligns to “%1$s” (%2$s)"), title, owner);
  /* Translators: %1$s is the title of another team's objective, %2$s that team */
  return g_strdup_printf (_("Depends on “%1$s” (%2$s)"), title, owner);
}

static char *
confidence_text (const LdsWorkshopData *data,
                 LdsId                  card_id)
{
  LdsConfidenceTally tally;

  if (lds_workshop_data_confidence (data, card_id, &tally) && tally.n_votes > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         /* Translators: %1$.1f is the mean confidence (0–10),
                                          * %2$u how many people voted */
                                         "%1$.1f from %2$u vote", "%1$.1f from %2$u votes",
                                         tally.n_votes),
                            tally.mean, tally.n_votes);
  if (tally.n_votes > 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hidden vote", "%u hidden votes",
                                         tally.n_votes),
                            tally.n_votes);
  return g_strdup ("—");
}

static Objective *
gather_objective (LdsStore              *store,
                  const LdsWorkshopData *data,
                  LdsWorkshopCard       *card)
{
  Objective *o = g_new0 (Objective, 1);
  g_autoptr(GPtrArray) decisions = lds_workshop_data_decisions_of (data, card->id);
  g_autoptr(GPtrArray) krs = lds_workshop_data_list_cards (data, 0, LDS_CARD_KIND_KEY_RESULT,
                                                           card->id, LDS_CARD_STATES_CHOSEN);
  gboolean aligned = FALSE;

  o->dots = lds_workshop_data_get_dots (data, card->id);
  o->title = with_dots (card->title, o->dots);
  o->links = g_ptr_array_new_with_free_func (g_free);
  o->krs = g_ptr_array_new_with_free_func ((GDestroyNotify) kr_free);
  for (guint i = 0; i < decisions->len; i++)
    {
      LdsWorkshopDecision *d = decisions->pdata[i];
      char *line = describe_decision (store, data, d);

      aligned |= d->kind != LDS_DECISION_KIND_DEPENDS;
      if (line != NULL)
        g_ptr_array_add (o->links, line);
    }
  if (!aligned)
    g_ptr_array_insert (o->links, 0, g_strdup (_("Not aligned yet.")));

  for (guint i = 0; i < krs->len; i++)
    {
      LdsWorkshopCard *k = krs->pdata[i];
      g_autoptr(LdsPerson) owner = k->owner_id != 0
                                     ? lds_store_get (store, LDS_RECORD_PERSON, k->owner_id, NULL)
                                     : NULL;
      Kr *kr = g_new0 (Kr, 1);

      kr->title = g_strdup (k->title);
      kr->owner = g_strdup (owner != NULL ? owner->name : _("No owner yet"));
      kr->confidence = confidence_text (data, k->id);
      kr->dots = lds_workshop_data_get_dots (data, k->id);
      g_ptr_array_add (o->krs, kr);
    }
  return o;
}

static char *
figures (const LdsWorkshopData *data)
{
  guint n_cards = 0, n_dots = 0, n_votes = 0;
  g_autofree char *cards = NULL;
  g_autofree char *dots = NULL;
  g_autofree char *votes = NULL;

  for (guint i = 0; i < data->cards->len; i++)
    n_cards += ((LdsWorkshopCard *) data->cards->pdata[i])->state != LDS_CARD_STATE_MERGED;
  for (guint i = 0; i < data->votes->len; i++)
    {
      LdsWorkshopVote *v = data->votes->pdata[i];
      if (v->kind == LDS_VOTE_KIND_DOTS)
        n_dots += v->value;
      else
        n_votes++;
    }
  cards = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u proposal", "%u proposals", n_cards),
                           n_cards);
  dots = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dot", "%u dots", n_dots), n_dots);
  votes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u confidence vote",
                                        "%u confidence votes", n_votes),
                           n_votes);
  return g_strjoin (" · ", cards, dots, votes, NULL);
}

static Summary *
gather (LdsStore  *store,
        LdsId      workshop_id,
        GError   **error)
{
  g_autoptr(LdsWorkshopData) data = lds_store_load_workshop (store, workshop_id, error);
  g_autoptr(Summary) s = NULL;
  g_autoptr(LdsCycle) cycle = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *teams = NULL;
  g_autofree char *date = NULL;

  if (data == NULL)
    return NULL;
  cycle = lds_store_get (store, LDS_RECORD_CYCLE, data->workshop->cycle_id, error);
  if (cycle == NULL)
    return NULL;

  s = g_new0 (Summary, 1);
  s->teams = g_ptr_array_new_with_free_func ((GDestroyNotify) team_free);
  s->parked = g_ptr_array_new_with_free_func (g_free);
  s->notes = g_ptr_array_new_with_free_func (g_free);

  for (guint t = 0; t < data->teams->len; t++)
    {
      LdsWorkshopTeam *wt = data->teams->pdata[t];
      g_autoptr(GPtrArray) chosen = lds_workshop_data_list_cards (data, wt->unit_id,
                                                                  LDS_CARD_KIND_OBJECTIVE, 0,
                                                                  LDS_CARD_STATES_CHOSEN);
      Team *team = g_new0 (Team, 1);

      team->name = unit_name (store, wt->unit_id);
      team->objectives = g_ptr_array_new_with_free_func ((GDestroyNotify) objective_free);
      for (guint i = 0; i < chosen->len; i++)
        g_ptr_array_add (team->objectives, gather_objective (store, data, chosen->pdata[i]));
      g_ptr_array_add (names, g_strdup (team->name));
      g_ptr_array_add (s->teams, team);
    }
  g_ptr_array_add (names, NULL);
  teams = g_strjoinv (", ", (char **) names->pdata);
  /* Translators: %1$s is the teams' names, %2$s a cycle such as "2027 Q1" */
  s->title = g_strdup_printf (_("Co-creation workshop: %1$s, %2$s"), teams, cycle->name);

  date = lds_date_from_time (data->workshop->created_at);
  if (data->workshop->phase == LDS_WORKSHOP_PHASE_DONE)
    {
      g_autofree char *confirmed = lds_date_from_time (data->workshop->confirmed_at);
      /* Translators: %1$s and %2$s are dates (YYYY-MM-DD) */
      s->state = g_strdup_printf (_("Held on %1$s; confirmed on %2$s: the chosen objectives and "
                                    "key results are draft OKRs of the cycle now."),
                                  date, confirmed);
    }
  else
    /* Translators: %1$s is a date (YYYY-MM-DD), %2$s a workshop phase such as "Align" */
    s->state = g_strdup_printf (_("Held on %1$s; not confirmed yet, at the phase “%2$s”."), date,
                                lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, data->workshop->phase));
  s->figures = figures (data);

  /* Everything not chosen is in the parking lot (confirming parks it). */
  for (guint i = 0; i < data->cards->len; i++)
    {
      LdsWorkshopCard *card = data->cards->pdata[i];

      if (card->state == LDS_CARD_STATE_PROPOSED || card->state == LDS_CARD_STATE_PARKED)
        g_ptr_array_add (s->parked, with_dots (card->title,
                                               lds_workshop_data_get_dots (data, card->id)));
    }
  for (guint i = 0; i < data->notes->len; i++)
    {
      LdsWorkshopNote *note = data->notes->pdata[i];
      LdsWorkshopCard *card = lds_workshop_data_get_card (data, note->card_id);

      g_ptr_array_add (s->notes, card != NULL
                                   /* Translators: %1$s is a proposal, %2$s a note about it */
                                   ? g_strdup_printf (_("On “%1$s”: %2$s"), card->title,
                                                      note->text)
                                   : g_strdup (note->text));
    }
  return g_steal_pointer (&s);
}

/* Markdown */

static void
md_line (GString    *out,
         const char *prefix,
         const char *text)
{
  g_autofree char *escaped = lds_markdown_escape (text);

  g_string_append_printf (out, "%s%s\n", prefix, escaped);
}

/**
 * lds_workshop_summary_to_markdown:
 *
 * Returns: (transfer full): the summary as Markdown
 */
char *
lds_workshop_summary_to_markdown (LdsStore  *store,
                                  LdsId      workshop_id,
                                  GError   **error)
{
  g_autoptr(Summary) s = gather (store, workshop_id, error);
  GString *out;

  if (s == NULL)
    return NULL;
  out = g_string_new (NULL);
  md_line (out, "# ", s->title);
  g_string_append_c (out, '\n');
  md_line (out, "", s->state);
  g_string_append_c (out, '\n');
  md_line (out, "", s->figures);

  for (guint t = 0; t < s->teams->len; t++)
    {
      Team *team = s->teams->pdata[t];

      g_string_append_c (out, '\n');
      md_line (out, "## ", team->name);
      if (team->objectives->len == 0)
        {
          g_string_append_c (out, '\n');
          md_line (out, "", _("No objective was chosen."));
        }
      for (guint i = 0; i < team->objectives->len; i++)
        {
          Objective *o = team->objectives->pdata[i];
          g_autofree char *title = lds_markdown_escape (o->title);

          g_string_append_printf (out, "\n### O%u. %s\n\n", i + 1, title);
          for (guint j = 0; j < o->links->len; j++)
            md_line (out, "- ", o->links->pdata[j]);
          if (o->krs->len == 0)
            continue;
          g_string_append_printf (out, "\n| %s | %s | %s | %s |\n| --- | --- | --- | ---: |\n",
                                  _("Key result"), _("Owner"), _("Confidence"), _("Dots"));
          for (guint j = 0; j < o->krs->len; j++)
            {
              Kr *kr = o->krs->pdata[j];
              g_autofree char *c1 = lds_markdown_table_cell (kr->title);
              g_autofree char *c2 = lds_markdown_table_cell (kr->owner);
              g_autofree char *c3 = lds_markdown_table_cell (kr->confidence);

              g_string_append_printf (out, "| %s | %s | %s | %d |\n", c1, c2, c3, kr->dots);
            }
        }
    }

  g_string_append_c (out, '\n');
  md_line (out, "## ", _("Parking lot"));
  g_string_append_c (out, '\n');
  if (s->parked->len == 0)
    md_line (out, "", _("Nothing was parked."));
  for (guint i = 0; i < s->parked->len; i++)
    md_line (out, "- ", s->parked->pdata[i]);

  if (s->notes->len > 0)
    {
      g_string_append_c (out, '\n');
      md_line (out, "## ", _("Notes"));
      g_string_append_c (out, '\n');
      for (guint i = 0; i < s->notes->len; i++)
        md_line (out, "- ", s->notes->pdata[i]);
    }
  return g_string_free (out, FALSE);
}

/* The page */

static void
doc_text (LdsPagedDoc       *doc,
          const char        *text,
          LdsPagedTextFlags  flags,
          double             indent)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  lds_paged_doc_add_paragraph (doc, escaped, flags, indent);
}

static LdsPagedDoc *
layout_page (Summary *s)
{
  LdsPagedDoc *doc = lds_paged_doc_new (LDS_PAGED_A4_WIDTH, LDS_PAGED_A4_HEIGHT, s->title);
  static const double widths[] = { 0.56, 0.16, 0.18, 0.10 };   /* "圆点票" on one line */
  g_autofree char *escaped_title = g_markup_escape_text (s->title, -1);

  lds_paged_doc_add_heading (doc, 1, escaped_title);
  doc_text (doc, s->state, LDS_PAGED_TEXT_SMALL, 0);
  doc_text (doc, s->figures, LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM, 0);

  for (guint t = 0; t < s->teams->len; t++)
    {
      Team *team = s->teams->pdata[t];
      g_autofree char *name = g_markup_escape_text (team->name, -1);

      lds_paged_doc_add_space (doc, 4);
      lds_paged_doc_add_heading (doc, 2, name);
      if (team->objectives->len == 0)
        doc_text (doc, _("No objective was chosen."), LDS_PAGED_TEXT_DIM, 0);
      else
        {
          /* One heading row for the team's key results: the page holds five
           * objectives with four key results each. */
          g_autofree char *h0 = g_markup_escape_text (_("Key result"), -1);
          g_autofree char *h1 = g_markup_escape_text (_("Owner"), -1);
          g_autofree char *h2 = g_markup_escape_text (_("Confidence"), -1);
          g_autofree char *h3 = g_markup_escape_text (_("Dots"), -1);
          const char *cells[] = { h0, h1, h2, h3 };

          lds_paged_doc_add_row (doc, cells, widths, 4,
                                 LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM | LDS_PAGED_KEEP_WITH_NEXT);
        }
      for (guint i = 0; i < team->objectives->len; i++)
        {
          Objective *o = team->objectives->pdata[i];
          g_autofree char *title = g_markup_escape_text (o->title, -1);
          g_autofree char *line = g_strdup_printf ("O%u  %s", i + 1, title);

          lds_paged_doc_add_space (doc, 3);
          lds_paged_doc_add_paragraph (doc, line, LDS_PAGED_TEXT_BOLD | LDS_PAGED_KEEP_WITH_NEXT, 0);
          for (guint j = 0; j < o->links->len; j++)
            doc_text (doc, o->links->pdata[j], LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM |
                      LDS_PAGED_KEEP_WITH_NEXT, 14);
          for (guint j = 0; j < o->krs->len; j++)
            {
              Kr *kr = o->krs->pdata[j];
              g_autofree char *c0 = g_markup_escape_text (kr->title, -1);
              g_autofree char *c1 = g_markup_escape_text (kr->owner, -1);
              g_autofree char *c2 = g_markup_escape_text (kr->confidence, -1);
              g_autofree char *c3 = g_strdup_printf ("%d", kr->dots);
              const char *cells[] = { c0, c1, c2, c3 };

              lds_paged_doc_add_row (doc, cells, widths, 4, LDS_PAGED_TEXT_SMALL);
            }
        }
    }

  lds_paged_doc_add_space (doc, 4);
  {
    g_autofree char *heading = g_markup_escape_text (_("Parking lot"), -1);
    lds_paged_doc_add_heading (doc, 2, heading);
  }
  if (s->parked->len == 0)
    doc_text (doc, _("Nothing was parked."), LDS_PAGED_TEXT_SMALL | LDS_PAGED_TEXT_DIM, 0);
  else
    {
      /* One paragraph: the parking lot is a list to glance at, not to read. */
      g_ptr_array_add (s->parked, NULL);
      {
        g_autofree char *all = g_strjoinv ("  ·  ", (char **) s->parked->pdata);
        doc_text (doc, all, LDS_PAGED_TEXT_SMALL, 0);
      }
      g_ptr_array_remove_index (s->parked, s->parked->len - 1);
    }

  if (s->notes->len > 0)
    {
      g_autofree char *heading = g_markup_escape_text (_("Notes"), -1);

      lds_paged_doc_add_space (doc, 4);
      lds_paged_doc_add_heading (doc, 2, heading);
      for (guint i = 0; i < s->notes->len; i++)
        {
          g_autofree char *bullet = g_strdup_printf ("•  %s", (char *) s->notes->pdata[i]);
          doc_text (doc, bullet, LDS_PAGED_TEXT_SMALL, 0);
        }
    }
  return doc;
}

/**
 * lds_workshop_summary_write_pdf:
 * @n_pages: (out) (optional): the pages it took (one, unless the workshop
 *   kept a great deal)
 */
gboolean
lds_workshop_summary_write_pdf (LdsStore    *store,
                                LdsId        workshop_id,
                                const char  *path,
                                guint       *n_pages,
                                GError     **error)
{
  g_autoptr(Summary) s = gather (store, workshop_id, error);
  g_autoptr(LdsPagedDoc) doc = NULL;

  if (s == NULL)
    return FALSE;
  doc = layout_page (s);
  if (n_pages != NULL)
    *n_pages = lds_paged_doc_paginate (doc);
  return lds_paged_doc_write_pdf (doc, path, error);
}

/**
 * lds_workshop_summary_write:
 * @path: ending in ".pdf" for a PDF page, else Markdown
 */
gboolean
lds_workshop_summary_write (LdsStore    *store,
                            LdsId        workshop_id,
                            const char  *path,
                            GError     **error)
{
  g_autofree char *markdown = NULL;
  g_autofree char *lower = g_ascii_strdown (path, -1);
  g_autoptr(GError) write_error = NULL;

  if (g_str_has_suffix (lower, ".pdf"))
    return lds_workshop_summary_write_pdf (store, workshop_id, path, NULL, error);
  markdown = lds_workshop_summary_to_markdown (store, workshop_id, error);
  if (markdown == NULL)
    return FALSE;
  if (!g_file_set_contents (path, markdown, -1, &write_error))
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE,
                   /* Translators: %1$s is a file name, %2$s the reason */
                   _("Could not write “%1$s”: %2$s"), name, write_error->message);
      return FALSE;
    }
  return TRUE;
}
