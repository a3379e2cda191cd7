/* test-workshop-ui.c: a workshop run from the keyboard, as the room sees it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts a workshop from the main window (F5's action and its dialog),
 * then runs it through the keys of the audience view only: proposals typed,
 * a merge, dots, choices and the limit, hidden confidence votes typed
 * unseen and revealed, alignment and owners, confirming; checks the type is
 * never smaller than a fortieth of the screen in any phase, at 1920×1080
 * and 3840×2160; that every key is in the shortcuts window; that rebuilding
 * the windows (for another language) keeps the meeting where it was; and,
 * with a second process killed in the middle of a vote, that the workshop
 * resumes with every proposal and vote.
 */

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <sys/wait.h>

#include <glib/gi18n.h>

#include "lds-demo.h"
#include "lds-i18n.h"
#include "lds-resources-private.h"
#include "lds-store-lookup.h"
#include "lds-store-workshop.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-controls.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-session.h"
#include "lds-workshop-session-private.h"
#include "lds-workshop-stage.h"

static const char *self_path;

typedef struct
{
  char                *dir;
  char                *path;
  LdsStore            *store;
  LdsWindow           *window;
  GtkWindow           *audience;
  LdsWorkshopSession  *session;
  LdsId                team;
  LdsId                workshop;
} Fixture;

/* Helpers */

static char *
sample_file (const char *dir)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (dir, "sample.lodestar", NULL);

  store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  g_assert_no_error (error);
  g_assert_true (lds_demo_write_sample (store, "en", LDS_DEMO_DEFAULT, &error));
  g_assert_no_error (error);
  return path;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }
  return NULL;
}

/* A key on the audience view, where the focus is. */
static gboolean
press (GtkWindow  *audience,
       const char *accelerator)
{
  GtkWidget *focus = lds_test_ui_focus (audience);
  gboolean taken = lds_test_ui_press (focus != NULL ? focus : GTK_WIDGET (audience), accelerator);

  lds_test_ui_iterate ();
  return taken;
}

static void
type (GtkWindow  *audience,
      const char *words)
{
  GtkWidget *entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));

  g_assert_true (gtk_widget_get_visible (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), words);
  g_assert_true (press (audience, "Return"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static LdsWorkshopSession *
session_of (GtkWindow *audience)
{
  GtkWidget *stage = lds_workshop_audience_get_stage (LDS_WORKSHOP_AUDIENCE (audience));
  LdsWorkshopSession *session = NULL;

  g_object_get (stage, "session", &session, NULL);
  g_object_unref (session);   /* the stage keeps it */
  return session;
}

/* Starts a workshop for Merchant App through the main window's action and
 * its dialog, as a facilitator does. */
static void
start_workshop (Fixture *f)
{
  g_autoptr(LdsUnit) team = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GtkWindow *dialog;

  team = lds_store_find_unit_by_path (f->store, "Product/Merchant App", NULL);
  f->team = team->id;
  lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->team);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.workshop", NULL));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), LDS_TYPE_WORKSHOP_DIALOG);
  g_assert_nonnull (dialog);
  /* The team chosen in the main window is ticked already. */
  g_assert_true (lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)));
  lds_test_ui_iterate ();

  list = lds_store_list_workshops (f->store, TRUE, NULL);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpstr (((LdsWorkshopInfo *) list->pdata[0])->teams, ==, "Merchant App");
  f->workshop = ((LdsWorkshopInfo *) list->pdata[0])->id;
  f->audience = find_toplevel (LDS_TYPE_WORKSHOP_AUDIENCE);
  g_assert_nonnull (f->audience);
  f->session = session_of (f->audience);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = lds_test_make_dir ();
  f->path = sample_file (f->dir);
  f->store = lds_store_open (f->path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->window = lds_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->session != NULL)
    lds_workshop_session_close (f->session);
  gtk_window_destroy (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_clear_object (&f->store);
  lds_test_remove_dir (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static LdsWorkshopData *
load (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LdsWorkshopData *data = lds_store_load_workshop (f->store, f->workshop, &error);

  g_assert_no_error (error);
  return data;
}

static LdsWorkshopCard *
card_titled (LdsWorkshopData *data,
             const char      *title)
{
  for (guint i = 0; i < data->cards->len; i++)
    if (g_str_equal (((LdsWorkshopCard *) data->cards->pdata[i])->title, title))
      return data->cards->pdata[i];
  g_assert_not_reached ();
}

static const char *
selected_title (Fixture *f)
{
  const LdsWorkshopData *data = lds_workshop_session_get_data (f->session);
  LdsWorkshopCard *card = lds_workshop_data_get_card (data,
                                                      lds_workshop_session_get_selected (f->session));

  return card != NULL ? card->title : NULL;
}

/* A workshop, through the keys */

static void
test_keys_run_a_workshop (Fixture       *f,
                          gconstpointer  unused)
{
  g_autoptr(LdsWorkshopData) data = NULL;
  GtkWidget *entry;
  gint64 objectives_before = lds_store_count (f->store, LDS_RECORD_OBJECTIVE);
  static const char * const proposals[] = {
    "Owners set up their shop alone", "Make the report the first thing owners open",
    "Owners trust the app on Saturday night", "Make the menu editor effortless",
    "Delight owners with every release", "Rewrite the app", "Setting up a shop needs no call",
  };

  start_workshop (f);
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (f->audience));

  /* Proposals, typed and Enter: a card at once, in focus. */
  for (guint i = 0; i < G_N_ELEMENTS (proposals); i++)
    type (f->audience, proposals[i]);
  g_assert_cmpstr (selected_title (f), ==, "Setting up a shop needs no call");
  /* Digits and "?" are words while a proposal is typed: the workshop's
   * keys let them through to the entry. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Reach 500 shops?");
  g_assert_false (lds_workshop_session_activate (f->session, "number", g_variant_new_int32 (5)));
  g_assert_false (lds_workshop_session_activate (f->session, "help-key", NULL));
  press (f->audience, "question");
  g_assert_false (lds_workshop_session_get_show_help (f->session));
  /* While an input method composes a word, the keys are its own. */
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "preedit-changed", "gong");
  g_assert_false (lds_workshop_session_activate (f->session, "left", NULL));
  g_assert_false (lds_workshop_session_activate (f->session, "add", NULL));
  g_assert_false (lds_workshop_session_activate (f->session, "escape", NULL));
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entry)), "preedit-changed", "");
  /* Left and Right move in the words while there are some, then between
   * the cards. */
  press (f->audience, "Left");
  g_assert_cmpstr (selected_title (f), ==, "Setting up a shop needs no call");
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_assert_true (press (f->audience, "Left"));
  g_assert_cmpstr (selected_title (f), ==, "Rewrite the app");

  /* F2 edits the card in focus. */
  g_assert_true (press (f->audience, "F2"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Rewrite the app");
  type (f->audience, "Rewrite the app in a new framework");
  data = load (f);
  g_assert_nonnull (card_titled (data, "Rewrite the app in a new framework"));

  /* Merge the last into the first: Ctrl+M, move, Ctrl+M. */
  g_assert_true (press (f->audience, "Right"));
  g_assert_true (press (f->audience, "<Control>m"));
  g_assert_cmpint (lds_workshop_session_get_mode (f->session), ==, LDS_WORKSHOP_MODE_MERGE);
  for (int i = 0; i < 6; i++)
    press (f->audience, "Left");
  g_assert_true (press (f->audience, "<Control>m"));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (card_titled (data, "Setting up a shop needs no call")->state, ==,
                   LDS_CARD_STATE_MERGED);
  g_assert_cmpstr (selected_title (f), ==, "Owners set up their shop alone");
  /* Ctrl+Z takes it back, Ctrl+Shift+Z does it again. */
  g_assert_true (press (f->audience, "<Control>z"));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (card_titled (data, "Setting up a shop needs no call")->state, ==,
                   LDS_CARD_STATE_PROPOSED);
  g_assert_true (press (f->audience, "<Control><Shift>z"));

  /* Voting: dots with digits and +/−, Space chooses, the limit holds. */
  g_assert_true (press (f->audience, "Page_Down"));
  g_assert_false (gtk_widget_get_visible (entry));
  g_assert_true (press (f->audience, "7"));
  g_assert_true (press (f->audience, "plus"));
  g_assert_true (press (f->audience, "space"));
  for (int i = 0; i < 5; i++)
    {
      g_assert_true (press (f->audience, "Right"));
      g_assert_true (press (f->audience, "space"));
    }
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (lds_workshop_data_get_dots (data, card_titled (data, "Owners set up their shop alone")->id), ==, 8);
  g_assert_cmpuint (lds_workshop_data_count_cards (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                   LDS_CARD_STATES_CHOSEN), ==, 5);
  /* The sixth was refused, and the room is told why. */
  g_assert_cmpint (card_titled (data, "Rewrite the app in a new framework")->state, ==,
                   LDS_CARD_STATE_PROPOSED);
  g_assert_nonnull (lds_workshop_session_get_message (f->session, NULL));
  /* Park it (the focus goes to the next), and put back three chosen ones. */
  g_assert_true (press (f->audience, "<Control>p"));
  g_assert_cmpstr (selected_title (f), ==, "Delight owners with every release");
  g_assert_true (press (f->audience, "space"));
  g_assert_true (press (f->audience, "Left"));
  g_assert_true (press (f->audience, "space"));
  g_assert_true (press (f->audience, "Left"));
  g_assert_true (press (f->audience, "space"));
  g_assert_true (press (f->audience, "minus"));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpuint (lds_workshop_data_count_cards (data, f->team, LDS_CARD_KIND_OBJECTIVE, 0,
                                                   LDS_CARD_STATES_CHOSEN), ==, 2);
  g_assert_cmpint (card_titled (data, "Rewrite the app in a new framework")->state, ==,
                   LDS_CARD_STATE_PARKED);

  /* Key results: typed under the objective in focus. */
  g_assert_true (press (f->audience, "Page_Down"));
  for (int i = 0; i < 5; i++)
    press (f->audience, "Left");
  press (f->audience, "Up");
  type (f->audience, "Shops live within a day: 40% to 80%");
  type (f->audience, "Setup calls down from 900 to 300 a month");
  g_assert_true (press (f->audience, "Right"));
  type (f->audience, "Owners opening the report daily: 20% to 50%");

  /* Votes on key results; confidence typed unseen and shown together. */
  g_assert_true (press (f->audience, "Page_Down"));
  g_assert_true (press (f->audience, "Left"));
  press (f->audience, "Up");
  g_assert_true (press (f->audience, "Down"));
  g_assert_cmpstr (selected_title (f), ==, "Shops live within a day: 40% to 80%");
  g_assert_true (press (f->audience, "3"));
  g_assert_true (press (f->audience, "space"));
  g_assert_true (press (f->audience, "<Control>k"));
  g_assert_true (gtk_widget_get_visible (entry));
  g_assert_false (gtk_entry_get_visibility (GTK_ENTRY (entry)));
  type (f->audience, "7");
  type (f->audience, "9");
  type (f->audience, "12");   /* refused: 0 to 10 */
  {
    LdsConfidenceTally tally;
    g_clear_pointer (&data, lds_workshop_data_free);
    data = load (f);
    g_assert_false (lds_workshop_data_confidence (data, lds_workshop_session_get_selected (f->session),
                                                  &tally));
    g_assert_cmpuint (tally.n_votes, ==, 2);
  }
  g_assert_true (press (f->audience, "Escape"));
  g_assert_true (press (f->audience, "<Control>r"));
  {
    LdsConfidenceTally tally;
    g_clear_pointer (&data, lds_workshop_data_free);
    data = load (f);
    g_assert_true (lds_workshop_data_confidence (data, lds_workshop_session_get_selected (f->session),
                                                 &tally));
    g_assert_cmpfloat (tally.mean, ==, 8.0);
  }
  g_assert_true (press (f->audience, "Down"));
  g_assert_true (press (f->audience, "space"));
  g_assert_true (press (f->audience, "Right"));
  g_assert_true (press (f->audience, "space"));

  /* Align: a digit aligns up, a letter depends beside, Ctrl+O owns. */
  g_assert_true (press (f->audience, "Page_Down"));
  g_assert_true (press (f->audience, "Left"));
  press (f->audience, "Up");
  press (f->audience, "Up");
  g_assert_true (press (f->audience, "1"));
  g_assert_true (press (f->audience, "a"));
  g_assert_true (press (f->audience, "Down"));
  g_assert_true (press (f->audience, "<Control>o"));
  g_assert_true (press (f->audience, "Right"));
  g_assert_true (press (f->audience, "0"));
  g_assert_true (press (f->audience, "<Control>o"));

  /* Confirm; what was said in the last phase does not follow. */
  _lds_workshop_session_say (f->session, "The note is kept for the summary.", FALSE);
  g_assert_nonnull (lds_workshop_session_get_message (f->session, NULL));
  g_assert_true (press (f->audience, "Page_Down"));
  g_assert_null (lds_workshop_session_get_message (f->session, NULL));
  g_assert_true (press (f->audience, "<Control>Return"));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_cmpint (data->workshop->phase, ==, LDS_WORKSHOP_PHASE_DONE);
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, objectives_before + 2);
  {
    LdsWorkshopCard *first = card_titled (data, "Owners set up their shop alone");
    g_autoptr(LdsObjective) o = lds_store_get (f->store, LDS_RECORD_OBJECTIVE, first->objective_id,
                                               NULL);
    g_autoptr(GPtrArray) links = lds_store_list_by (f->store, LDS_RECORD_LINK, "from_id", o->id,
                                                    NULL);
    g_autoptr(GPtrArray) krs = lds_store_list_by (f->store, LDS_RECORD_KEY_RESULT,
                                                  "objective_id", o->id, NULL);

    g_assert_cmpint (o->owner_unit_id, ==, f->team);
    g_assert_cmpuint (links->len, ==, 2);
    g_assert_cmpuint (krs->len, ==, 2);
    g_assert_cmpint (((LdsKeyResult *) krs->pdata[0])->owner_id, !=, 0);
    g_assert_cmpint (((LdsKeyResult *) krs->pdata[0])->confidence, ==, 8);
  }
  /* Confirming is one step back with Ctrl+Z, as every step is, and forward
   * again. */
  g_assert_true (press (f->audience, "<Control>z"));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, objectives_before);
  g_assert_cmpint (lds_workshop_session_get_data (f->session)->workshop->phase, ==,
                   LDS_WORKSHOP_PHASE_CONFIRM);
  g_assert_true (press (f->audience, "<Control><Shift>z"));
  g_assert_cmpint (lds_store_count (f->store, LDS_RECORD_OBJECTIVE), ==, objectives_before + 2);
  g_assert_cmpint (lds_workshop_session_get_data (f->session)->workshop->phase, ==,
                   LDS_WORKSHOP_PHASE_DONE);
  /* Done: the controls offer no entry to propose in, as the projector */
  g_assert_false (gtk_widget_get_visible (lds_workshop_controls_get_entry (
    LDS_WORKSHOP_CONTROLS (lds_workshop_session_get_controls (f->session)))));
}

/* Draws @stage into an image of @width×@height, for what it drew to be
 * read back (lds_workshop_stage_get_texts() and _get_cut_texts()). */
static void
draw_stage (GtkWidget *stage,
            int        width,
            int        height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  lds_workshop_stage_render (LDS_WORKSHOP_STAGE (stage), cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Whether @text is "and 3 more" (or its translation) for some number. */
static gboolean
is_more_line (const char *text)
{
  for (guint n = 1; n < 40; n++)
    {
      g_autofree char *more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "and %u more",
                                                            "and %u more", n), n);

      if (g_str_equal (text, more))
        return TRUE;
    }
  return FALSE;
}

/* While the team writes key results, "Up" shows the OKRs of the unit
 * above in a short band. Whatever it leaves out, its "and 3 more" follows
 * a key result it shows: never a title alone, as the Chinese one did at
 * 1280×800 (taller lines left room for no key result). Then the keys'
 * help, in both languages. */
static void
test_stage_words (void)
{
  const char *languages[] = { "en", "zh_CN" };
  const char *teams[] = { "Product/Merchant App", "产品部/商家端产品组" };
  static const int sizes[][2] = { { 1280, 800 }, { 1920, 1080 }, { 3840, 2160 } };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *dir = lds_test_make_dir ();
      g_autofree char *path = g_build_filename (dir, "sample.lodestar", NULL);
      g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, NULL);
      g_autoptr(GPtrArray) all_krs = NULL;
      g_autoptr(GHashTable) kr_titles = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(LdsUnit) team = NULL;
      g_autoptr(GError) error = NULL;
      LdsWorkshopSession *session;
      GtkWindow *audience, *dialog;
      LdsWindow *window;
      GtkWidget *stage;

      lds_i18n_set_language (languages[l]);
      g_assert_true (lds_demo_write_sample (store, languages[l], LDS_DEMO_DEFAULT, &error));
      all_krs = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);
      for (guint i = 0; i < all_krs->len; i++)
        g_hash_table_add (kr_titles, ((LdsKeyResult *) all_krs->pdata[i])->title);
      team = lds_store_find_unit_by_path (store, teams[l], &error);
      g_assert_no_error (error);

      window = lds_window_new (NULL, store);
      gtk_window_present (GTK_WINDOW (window));
      lds_window_select_owner (window, LDS_RECORD_UNIT, team->id);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.workshop", NULL));
      lds_test_ui_iterate ();
      dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_WORKSHOP_DIALOG);
      g_assert_true (lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)));
      lds_test_ui_iterate ();
      audience = find_toplevel (LDS_TYPE_WORKSHOP_AUDIENCE);
      session = session_of (audience);
      stage = lds_workshop_audience_get_stage (LDS_WORKSHOP_AUDIENCE (audience));

      /* An objective proposed, chosen, then its key results */
      type (audience, "Owners set up their whole shop without calling us");
      press (audience, "Page_Down");
      press (audience, "space");
      press (audience, "Page_Down");
      g_assert_cmpint (lds_workshop_session_get_data (session)->workshop->phase, ==,
                       LDS_WORKSHOP_PHASE_KEY_RESULTS);

      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          const GPtrArray *texts;
          guint listed = 0;

          draw_stage (stage, sizes[i][0], sizes[i][1]);
          texts = lds_workshop_stage_get_texts (LDS_WORKSHOP_STAGE (stage));
          for (guint t = 0; t < texts->len; t++)
            {
              listed += g_hash_table_contains (kr_titles, texts->pdata[t]);
              if (is_more_line (texts->pdata[t]) &&
                  (t == 0 || !g_hash_table_contains (kr_titles, texts->pdata[t - 1])))
                g_error ("%s at %d×%d: “%s” after “%s”, not after a key result", languages[l],
                         sizes[i][0], sizes[i][1], (char *) texts->pdata[t],
                         t > 0 ? (char *) texts->pdata[t - 1] : "");
            }
          if (g_test_verbose ())
            g_printerr ("%s at %d×%d: %u key results above listed\n", languages[l], sizes[i][0],
                        sizes[i][1], listed);
          /* Some of what the team serves is listed, on any screen */
          if (listed == 0)
            g_error ("%s at %d×%d: no key result above is listed", languages[l], sizes[i][0],
                     sizes[i][1]);
        }
      /* The keys' help writes keys alike in both languages: arrows as
       * arrows (GTK would write Alt+右 in Chinese beside a line of ← → ↑ ↓),
       * and the keys of one line joined as the shortcuts window joins them. */
      press (audience, "F1");
      {
        const char *wanted[] = { "Page Up / Alt+←", "Ctrl+↑", "← / → / ↑ / ↓", "F1 / ?" };
        const GPtrArray *texts;

        draw_stage (stage, 1920, 1080);
        texts = lds_workshop_stage_get_texts (LDS_WORKSHOP_STAGE (stage));
        for (guint w = 0; w < G_N_ELEMENTS (wanted); w++)
          {
            gboolean found = FALSE;

            for (guint t = 0; t < texts->len && !found; t++)
              found = g_str_equal (texts->pdata[t], wanted[w]);
            if (!found)
              g_error ("%s: the keys' help has no “%s”", languages[l], wanted[w]);
          }
      }
      press (audience, "F1");

      /* Aligning: the objectives of the teams beside, lettered for
       * Depend-on, are shown whole where the panel has room for them. */
      press (audience, "Page_Down");
      press (audience, "Page_Down");
      g_assert_cmpint (lds_workshop_session_get_data (session)->workshop->phase, ==,
                       LDS_WORKSHOP_PHASE_ALIGN);
      for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
        {
          GArray *targets = lds_workshop_session_get_targets (session);
          const GPtrArray *cut;
          guint beside = 0;

          draw_stage (stage, sizes[i][0], sizes[i][1]);
          cut = lds_workshop_stage_get_cut_texts (LDS_WORKSHOP_STAGE (stage));
          for (guint t = 0; t < targets->len; t++)
            {
              LdsAlignTargetRef *target = &g_array_index (targets, LdsAlignTargetRef, t);

              if (target->type == LDS_RECORD_KEY_RESULT)
                continue;
              beside++;
              for (guint c = 0; c < cut->len; c++)
                if (g_str_equal (cut->pdata[c], target->title))
                  g_error ("%s at %d×%d: “%s”, beside the team, is cut short", languages[l],
                           sizes[i][0], sizes[i][1], target->title);
            }
          g_assert_cmpuint (beside, >, 0);
        }

      lds_workshop_session_close (session);
      gtk_window_destroy (GTK_WINDOW (window));
      lds_test_ui_iterate ();
      g_clear_object (&store);
      lds_test_remove_dir (dir);
    }
  lds_i18n_set_language (NULL);
}

/* Large type in every phase, on either screen */

static void
assert_large_type (GtkWidget  *stage,
                   const char *phase)
{
  static const int sizes[][2] = { { 1280, 800 }, { 1920, 1080 }, { 3840, 2160 } };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, sizes[i][0],
                                                             sizes[i][1]);
      cairo_t *cr = cairo_create (surface);

      lds_workshop_stage_render (LDS_WORKSHOP_STAGE (stage), cr, sizes[i][0], sizes[i][1]);
      if (lds_workshop_stage_get_smallest_text (LDS_WORKSHOP_STAGE (stage)) < sizes[i][1] / 40.0)
        g_error ("%s at %d×%d: text of %.1f px, smaller than a fortieth of the height", phase,
                 sizes[i][0], sizes[i][1],
                 lds_workshop_stage_get_smallest_text (LDS_WORKSHOP_STAGE (stage)));
      /* High contrast: at least 7:1 (WCAG's AAA) for every word, since a
       * projector in a lit room washes out whatever it shows. */
      if (lds_workshop_stage_get_lowest_contrast (LDS_WORKSHOP_STAGE (stage)) < 7.0)
        g_error ("%s at %d×%d: words with a contrast of %.2f:1 against their ground", phase,
                 sizes[i][0], sizes[i][1],
                 lds_workshop_stage_get_lowest_contrast (LDS_WORKSHOP_STAGE (stage)));
      if (g_test_verbose ())
        g_printerr ("%s at %d×%d: smallest text %.1f px, lowest contrast %.2f:1\n", phase,
                    sizes[i][0], sizes[i][1],
                    lds_workshop_stage_get_smallest_text (LDS_WORKSHOP_STAGE (stage)),
                    lds_workshop_stage_get_lowest_contrast (LDS_WORKSHOP_STAGE (stage)));
      if (lds_workshop_stage_get_n_cards_shown (LDS_WORKSHOP_STAGE (stage)) == 0)
        g_error ("%s at %d×%d: no card shown", phase, sizes[i][0], sizes[i][1]);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

static void
test_large_type (Fixture       *f,
                 gconstpointer  unused)
{
  GtkWidget *stage;
  LdsId objective = 0;
  gboolean is_error = FALSE;

  start_workshop (f);
  stage = lds_workshop_audience_get_stage (LDS_WORKSHOP_AUDIENCE (f->audience));
  for (int i = 0; i < 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("Proposal number %d, which says rather a lot of "
                                                "words to see how the cards wrap", i + 1);
      type (f->audience, title);
    }
  assert_large_type (stage, "propose");
  press (f->audience, "F1");
  assert_large_type (stage, "help");
  press (f->audience, "F1");
  press (f->audience, "Page_Down");
  for (int i = 0; i < 3; i++)
    {
      press (f->audience, "Left");
      press (f->audience, "5");
      press (f->audience, "space");
    }
  objective = lds_workshop_session_get_selected (f->session);
  assert_large_type (stage, "vote");
  press (f->audience, "Left");
  press (f->audience, "<Control>p");
  press (f->audience, "Page_Down");
  lds_workshop_session_select (f->session, objective);
  for (int i = 0; i < 6; i++)
    type (f->audience, "A key result with a number: from 10 to 40 a week");
  assert_large_type (stage, "key results");
  press (f->audience, "Page_Down");
  assert_large_type (stage, "key result votes");
  press (f->audience, "Down");
  press (f->audience, "space");
  press (f->audience, "Page_Down");
  assert_large_type (stage, "align");
  /* What the room is told, good news and bad, reads as well. */
  g_assert_true (press (f->audience, "<Control>n"));
  type (f->audience, "Ask Support for last quarter's numbers");
  g_assert_nonnull (lds_workshop_session_get_message (f->session, &is_error));
  g_assert_false (is_error);
  assert_large_type (stage, "a note kept");
  _lds_workshop_session_say (f->session, "A countdown lasts from one second to a day.", TRUE);
  lds_test_ui_iterate ();
  g_assert_nonnull (lds_workshop_session_get_message (f->session, &is_error));
  g_assert_true (is_error);
  assert_large_type (stage, "a refusal");
  press (f->audience, "<Control>l");
  assert_large_type (stage, "parking lot");
}

/* The countdown, from the keys */

static const LdsWorkshop *
workshop_of (Fixture *f)
{
  return lds_workshop_session_get_data (f->session)->workshop;
}

static void
test_countdown_keys (Fixture       *f,
                     gconstpointer  unused)
{
  gint64 now = lds_now ();
  gboolean running = FALSE;

  start_workshop (f);
  g_assert_cmpint (workshop_of (f)->timer_seconds, ==, 0);
  /* A first Ctrl+T sets five minutes and starts them at once. */
  g_assert_true (press (f->audience, "<Control>t"));
  g_assert_cmpint (workshop_of (f)->timer_seconds, ==, 300);
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, now + 300);
  g_assert_cmpint (lds_workshop_timer_left (workshop_of (f), now + 60, &running), ==, 240);
  g_assert_true (running);
  /* Again: paused, with what was left. */
  g_assert_true (press (f->audience, "<Control>t"));
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, 0);
  g_assert_cmpint (lds_workshop_timer_left (workshop_of (f), now + 60, &running), ==, 300);
  g_assert_false (running);
  /* A minute more, two fewer: four minutes, stopped until Ctrl+T. */
  g_assert_true (press (f->audience, "<Control>Up"));
  g_assert_cmpint (workshop_of (f)->timer_seconds, ==, 360);
  g_assert_true (press (f->audience, "<Control>Down"));
  g_assert_true (press (f->audience, "<Control>Down"));
  g_assert_cmpint (workshop_of (f)->timer_seconds, ==, 240);
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, 0);
  g_assert_true (press (f->audience, "<Control>t"));
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, now + 240);
  /* The next phase starts with its full countdown, not yet running. */
  type (f->audience, "Owners set up their shop alone");
  g_assert_true (press (f->audience, "Page_Down"));
  g_assert_cmpint (workshop_of (f)->phase, ==, LDS_WORKSHOP_PHASE_OBJECTIVE_VOTE);
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, 0);
  g_assert_cmpint (lds_workshop_timer_left (workshop_of (f), now, NULL), ==, 240);
  /* And the countdown is undone like anything else. */
  g_assert_true (press (f->audience, "<Control>z"));
  g_assert_cmpint (workshop_of (f)->phase, ==, LDS_WORKSHOP_PHASE_OBJECTIVES);
  g_assert_cmpint (workshop_of (f)->timer_ends_at, ==, now + 240);
}

/* The projector, and where the controls go */

static void
test_screens (Fixture       *f,
              gconstpointer  unused)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GListStore) monitors = g_list_store_new (GDK_TYPE_MONITOR);
  g_autoptr(GdkMonitor) laptop = g_object_new (GDK_TYPE_MONITOR, "display", display, NULL);
  g_autoptr(GdkMonitor) projector = g_object_new (GDK_TYPE_MONITOR, "display", display, NULL);
  g_autoptr(GdkMonitor) picked = NULL;
  GtkWindow *controls;

  /* Two screens: the audience view goes to the one the laptop does not
   * show, whichever order the system lists them in. */
  g_list_store_append (monitors, laptop);
  g_list_store_append (monitors, projector);
  picked = _lds_workshop_pick_projector (G_LIST_MODEL (monitors), laptop);
  g_assert_true (picked == projector);
  g_clear_object (&picked);
  picked = _lds_workshop_pick_projector (G_LIST_MODEL (monitors), NULL);
  g_assert_true (picked == projector);
  g_clear_object (&picked);
  g_list_store_remove (monitors, 0);
  g_list_store_append (monitors, laptop);
  picked = _lds_workshop_pick_projector (G_LIST_MODEL (monitors), laptop);
  g_assert_true (picked == projector);
  g_clear_object (&picked);
  /* One screen: that one. */
  g_list_store_remove (monitors, 0);
  picked = _lds_workshop_pick_projector (G_LIST_MODEL (monitors), laptop);
  g_assert_true (picked == laptop);

  /* This display has one screen: the controls hide away; F12 brings them
   * up and puts them away again, from either window. */
  g_assert_cmpuint (g_list_model_get_n_items (gdk_display_get_monitors (display)), ==, 1);
  start_workshop (f);
  controls = lds_workshop_session_get_controls (f->session);
  g_assert_nonnull (controls);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->audience)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_assert_true (press (f->audience, "F12"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_assert_true (press (f->audience, "F12"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_assert_true (press (f->audience, "F12"));
  g_assert_true (lds_test_ui_press (GTK_WIDGET (controls), "F12"));
  lds_test_ui_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (controls)));

  /* The projector plugged in during the meeting: the controls come up on
   * the laptop; unplugged, they hide away again. */
  g_list_store_append (monitors, projector);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (monitors)), ==, 2);
  _lds_workshop_session_monitors_changed (f->session, G_LIST_MODEL (monitors));
  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_assert_true (press (f->audience, "F12"));   /* two screens: F12 only brings them up */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_list_store_remove (monitors, 1);
  _lds_workshop_session_monitors_changed (f->session, G_LIST_MODEL (monitors));
  lds_test_ui_iterate ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (controls)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->audience)));
}

/* Several teams in one room: F6 goes from one team's board to the next */

static void
test_two_teams (Fixture       *f,
                gconstpointer  unused)
{
  g_autoptr(LdsUnit) team = lds_store_find_unit_by_path (f->store, "Product/Merchant App", NULL);
  g_autoptr(LdsUnit) design = lds_store_find_unit_by_path (f->store, "Product/Design", NULL);
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) list = NULL;
  GtkWindow *dialog;

  g_assert_nonnull (team);
  g_assert_nonnull (design);
  f->team = team->id;
  lds_window_select_owner (f->window, LDS_RECORD_UNIT, f->team);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.workshop", NULL));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), LDS_TYPE_WORKSHOP_DIALOG);
  lds_workshop_dialog_set_team (LDS_WORKSHOP_DIALOG (dialog), design->id, TRUE);
  g_assert_true (lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)));
  lds_test_ui_iterate ();
  list = lds_store_list_workshops (f->store, TRUE, NULL);
  f->workshop = ((LdsWorkshopInfo *) list->pdata[0])->id;
  f->audience = find_toplevel (LDS_TYPE_WORKSHOP_AUDIENCE);
  f->session = session_of (f->audience);
  g_assert_cmpuint (lds_workshop_session_get_data (f->session)->teams->len, ==, 2);

  /* Each team's proposals go to its own board. */
  g_assert_cmpint (lds_workshop_session_get_team (f->session), ==, f->team);
  type (f->audience, "Owners set up their shop alone");
  g_assert_true (press (f->audience, "F6"));
  g_assert_cmpint (lds_workshop_session_get_team (f->session), ==, design->id);
  g_assert_null (selected_title (f));
  type (f->audience, "Every screen speaks the merchants' language");
  g_assert_true (press (f->audience, "<Shift>F6"));
  g_assert_cmpint (lds_workshop_session_get_team (f->session), ==, f->team);
  g_assert_cmpstr (selected_title (f), ==, "Owners set up their shop alone");

  data = load (f);
  g_assert_cmpint (card_titled (data, "Owners set up their shop alone")->unit_id, ==, f->team);
  g_assert_cmpint (card_titled (data, "Every screen speaks the merchants' language")->unit_id, ==,
                   design->id);
}

/* Every key is in the shortcuts window */

static void
test_keys_listed (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GString) accelerators = g_string_new (" ");
  g_autofree char *contents = NULL;
  guint n_keys;
  const LdsWorkshopKey *keys = lds_workshop_session_get_keys (&n_keys);

  lds_ensure_resources ();
  builder = gtk_builder_new_from_resource ("/io/github/lodestar/Lodestar/gtk/help-overlay.ui");
  g_assert_nonnull (gtk_builder_get_object (builder, "help_overlay"));
  bytes = g_resources_lookup_data ("/io/github/lodestar/Lodestar/gtk/help-overlay.ui", 0, NULL);
  contents = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  /* Every accelerator of the shortcuts window, space-separated, unescaped. */
  for (char *p = strstr (contents, "name=\"accelerator\">"); p != NULL;
       p = strstr (p + 1, "name=\"accelerator\">"))
    {
      const char *start = p + strlen ("name=\"accelerator\">");
      g_autofree char *value = g_strndup (start, strchr (start, '<') - start);
      g_auto(GStrv) lt = g_strsplit (value, "&lt;", -1);
      g_autofree char *a = g_strjoinv ("<", lt);
      g_auto(GStrv) gt = g_strsplit (a, "&gt;", -1);
      g_autofree char *b = g_strjoinv (">", gt);

      g_string_append_printf (accelerators, "%s ", b);
    }

  for (guint i = 0; i < n_keys; i++)
    {
      g_auto(GStrv) triggers = NULL;

      if (keys[i].triggers == NULL)
        continue;
      triggers = g_strsplit (keys[i].triggers, "|", -1);
      for (guint t = 0; triggers[t] != NULL; t++)
        {
          g_autofree char *needle = g_strdup_printf (" %s ", triggers[t]);

          /* The keypad's twins and "=" (the "+" without Shift) go unsaid. */
          if (strstr (triggers[t], "KP_") != NULL || g_str_equal (triggers[t], "equal"))
            continue;
          if (strstr (accelerators->str, needle) == NULL)
            g_error ("The key %s (%s) is not in the shortcuts window", triggers[t],
                     keys[i].action);
        }
    }
  g_assert_nonnull (strstr (accelerators->str, " F5 "));
  g_assert_nonnull (strstr (accelerators->str, " 0...9 "));
  g_assert_nonnull (strstr (accelerators->str, " a...z "));
}

/* Rebuilding the windows keeps the meeting where it was */

static void
test_rebuild (Fixture       *f,
              gconstpointer  unused)
{
  GtkWindow *old_audience;
  GtkWidget *entry;

  start_workshop (f);
  type (f->audience, "Owners set up their shop alone");
  type (f->audience, "Make the report the first thing owners open");
  press (f->audience, "Left");
  press (f->audience, "<Control>m");
  press (f->audience, "F1");
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (f->audience));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Half a thou");

  old_audience = f->audience;
  lds_workshop_session_rebuild (f->session);
  lds_test_ui_iterate ();
  f->audience = lds_workshop_session_get_audience (f->session);
  g_assert_true (f->audience != old_audience);
  g_assert_cmpstr (selected_title (f), ==, "Owners set up their shop alone");
  g_assert_cmpint (lds_workshop_session_get_mode (f->session), ==, LDS_WORKSHOP_MODE_MERGE);
  g_assert_true (lds_workshop_session_get_show_help (f->session));
  entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (f->audience));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Half a thou");
  /* The new window takes the keys. */
  g_assert_true (press (f->audience, "Escape"));
  g_assert_cmpint (lds_workshop_session_get_mode (f->session), ==, LDS_WORKSHOP_MODE_NORMAL);
}

/* Killed in the middle of a vote, resumed with everything */

static int
child_main (const char *path,
            const char *marker)
{
  g_autoptr(LdsStore) store = NULL;
  g_autoptr(GError) error = NULL;
  Fixture f = { 0 };

  store = lds_store_open (path, LDS_STORE_OPEN_DEFAULT, &error);
  if (store == NULL)
    {
      g_printerr ("child: %s\n", error->message);
      return 1;
    }
  f.store = store;
  f.window = lds_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (f.window));
  lds_test_ui_iterate ();
  start_workshop (&f);

  type (f.audience, "Owners set up their shop alone");
  type (f.audience, "Make the report the first thing owners open");
  type (f.audience, "Rewrite the app");
  press (f.audience, "Page_Down");
  press (f.audience, "5");
  press (f.audience, "space");
  press (f.audience, "Left");
  press (f.audience, "3");
  press (f.audience, "space");
  press (f.audience, "Left");
  press (f.audience, "1");
  press (f.audience, "Page_Down");
  press (f.audience, "Left");
  press (f.audience, "Up");
  type (f.audience, "Shops live within a day: 40% to 80%");
  type (f.audience, "Setup calls down from 900 to 300 a month");
  press (f.audience, "Page_Down");
  press (f.audience, "4");
  press (f.audience, "space");
  press (f.audience, "<Control>k");
  type (f.audience, "7");
  type (f.audience, "9");
  /* In the middle of the vote: say so, and wait to be killed. */
  g_file_set_contents (marker, "voting", -1, NULL);
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static void
test_resume_after_kill (Fixture       *f,
                        gconstpointer  unused)
{
  g_autofree char *marker = g_build_filename (f->dir, "voting", NULL);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *argv[] = { self_path, NULL };
  g_autoptr(LdsWorkshopData) data = NULL;
  g_autoptr(GPtrArray) unfinished = NULL;
  LdsConfidenceTally tally;
  GtkWindow *dialog;
  GtkWidget *resume;
  gint64 deadline;
  int status = 0;
  GPid pid = 0;

  /* Our own window lets go of the file first. */
  gtk_window_destroy (GTK_WINDOW (f->window));
  g_clear_object (&f->store);
  lds_test_ui_iterate ();

  env = g_environ_setenv (env, "LODESTAR_TEST_CHILD", "workshop", TRUE);
  env = g_environ_setenv (env, "LODESTAR_TEST_FILE", f->path, TRUE);
  env = g_environ_setenv (env, "LODESTAR_TEST_MARKER", marker, TRUE);
  g_spawn_async (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!g_file_test (marker, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_usleep (50000);
  g_assert_true (g_file_test (marker, G_FILE_TEST_EXISTS));

  /* The laptop dies. */
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  while (waitpid (pid, &status, 0) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));

  /* Started again: the workshop is there to resume. */
  f->store = lds_store_open (f->path, LDS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  unfinished = lds_store_list_workshops (f->store, TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (unfinished->len, ==, 1);
  f->workshop = ((LdsWorkshopInfo *) unfinished->pdata[0])->id;
  f->window = lds_window_new (NULL, f->store);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.workshop", NULL));
  lds_test_ui_iterate ();
  dialog = lds_test_ui_find_dialog (GTK_WINDOW (f->window), LDS_TYPE_WORKSHOP_DIALOG);
  resume = lds_test_ui_find (GTK_WIDGET (dialog), "lds-workshop-resume");
  g_assert_nonnull (resume);
  /* Left off a moment ago: the dialog's default is to resume it, with the
   * focus on it, so F5 and Enter take the room back. */
  g_assert_true (gtk_window_get_default_widget (dialog) == resume);
  g_assert_true (gtk_window_get_focus (dialog) == resume);
  g_assert_true (gtk_widget_activate (resume));
  lds_test_ui_wait (500);   /* a button activated shows itself pressed first */
  f->audience = find_toplevel (LDS_TYPE_WORKSHOP_AUDIENCE);
  g_assert_nonnull (f->audience);
  f->session = session_of (f->audience);

  /* Every proposal and vote, as they were. */
  data = load (f);
  g_assert_cmpint (data->workshop->phase, ==, LDS_WORKSHOP_PHASE_KEY_RESULT_VOTE);
  g_assert_cmpuint (data->cards->len, ==, 5);
  g_assert_cmpint (lds_workshop_data_get_dots (data, card_titled (data, "Rewrite the app")->id), ==, 5);
  g_assert_cmpint (card_titled (data, "Rewrite the app")->state, ==, LDS_CARD_STATE_CHOSEN);
  g_assert_cmpint (lds_workshop_data_get_dots (data, card_titled (data, "Make the report the first thing owners open")->id), ==, 3);
  g_assert_cmpint (lds_workshop_data_get_dots (data, card_titled (data, "Owners set up their shop alone")->id), ==, 1);
  g_assert_cmpint (card_titled (data, "Owners set up their shop alone")->state, ==,
                   LDS_CARD_STATE_PROPOSED);
  g_assert_cmpint (lds_workshop_data_get_dots (data, card_titled (data, "Setup calls down from 900 to 300 a month")->id), ==, 4);
  g_assert_false (lds_workshop_data_confidence (data, card_titled (data, "Setup calls down from 900 to 300 a month")->id, &tally));
  g_assert_cmpuint (tally.n_votes, ==, 2);
  /* The room goes on where it was: the hidden votes shown together. */
  lds_workshop_session_select (f->session, card_titled (data, "Setup calls down from 900 to 300 a month")->id);
  g_assert_true (press (f->audience, "<Control>r"));
  g_clear_pointer (&data, lds_workshop_data_free);
  data = load (f);
  g_assert_true (lds_workshop_data_confidence (data, card_titled (data, "Setup calls down from 900 to 300 a month")->id, &tally));
  g_assert_cmpfloat (tally.mean, ==, 8.0);
}

int
main (int   argc,
      char *argv[])
{
  const char *child = g_getenv ("LODESTAR_TEST_CHILD");

  self_path = argv[0];
  g_setenv ("LODESTAR_WORKSHOP_WINDOWED", "1", TRUE);
  lds_test_init (&argc, &argv);
  gtk_init ();
  if (child != NULL && g_str_equal (child, "workshop"))
    return child_main (g_getenv ("LODESTAR_TEST_FILE"), g_getenv ("LODESTAR_TEST_MARKER"));

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/workshop-ui/keys-run-a-workshop", test_keys_run_a_workshop);
  ADD ("/workshop-ui/large-type", test_large_type);
  g_test_add_func ("/workshop-ui/stage-words", test_stage_words);
  ADD ("/workshop-ui/countdown-keys", test_countdown_keys);
  ADD ("/workshop-ui/screens", test_screens);
  ADD ("/workshop-ui/two-teams", test_two_teams);
  ADD ("/workshop-ui/rebuild", test_rebuild);
  ADD ("/workshop-ui/resume-after-kill", test_resume_after_kill);
  g_test_add_func ("/workshop-ui/keys-listed", test_keys_listed);
#undef ADD

  return g_test_run ();
}
