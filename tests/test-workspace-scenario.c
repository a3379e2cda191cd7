/* test-workspace-scenario.c: a new user's first hour, through the real widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * From an empty file: name the company, add two departments, three teams
 * and people, cycles, a company objective with key results, department
 * objectives aligned to them, a person's objective aligned to a team's key
 * result, a dependency between two teams; undo the last five steps and
 * redo them; close, open the file again and find everything. Every step
 * goes through the window's actions, dialogs and entries, and, for the
 * objective that is written without the mouse, through the keyboard
 * shortcuts. Run once in English and once with LANGUAGE=zh_CN, with
 * Chinese titles.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "lds-alignment-picker.h"
#include "lds-cycle-dialog.h"
#include "lds-objective-row.h"
#include "lds-objectives-view.h"
#include "lds-store-align.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  const char *company, *sales, *engineering, *east, *west, *platform;
  const char *zhang, *li, *karen;
  const char *company_o, *company_krs[3];
  const char *sales_o, *sales_kr;
  const char *east_o, *east_kr;
  const char *west_o;
  const char *person_o, *person_kr;
  const char *search;
} Texts;

static const Texts english = {
  "Northwind", "Sales", "Engineering", "East", "West", "Platform",
  "Zhang Wei", "Li Na", "Karen Moore",
  "Make every shop a regular", { "Repeat customers", "Net promoter score", "Monthly churn" },
  "Win the eastern market", "Signed shops in the east",
  "Open the east coast", "Shops visited",
  "Keep the west growing",
  "Visit every shop in my district", "Shops I visited",
  "east coast",
};

static const Texts chinese = {
  "北风科技", "销售部", "研发部", "华东销售组", "华西销售组", "平台组",
  "张伟", "李娜", "王芳",
  "让每家门店都成为回头客", { "回头客数量", "净推荐值", "月流失率" },
  "赢得华东市场", "华东签约门店数",
  "打开东部沿海市场", "拜访门店数",
  "保持华西持续增长",
  "拜访我片区的每一家门店", "我拜访的门店数",
  "沿海",
};

/* Helpers */

static LdsObjectiveRow *
row_of (LdsWindow *window,
        LdsId      objective)
{
  return lds_test_ui_find_objective_row (GTK_WIDGET (window), objective);
}

static GtkWidget *
press_from (LdsWindow *window)
{
  GtkWidget *focus = lds_test_ui_focus (GTK_WINDOW (window));

  return focus != NULL ? focus : GTK_WIDGET (window);
}

/* Accepts the dialog the last action opened, after filling its name. */
static void
accept_dialog (LdsWindow  *window,
               const char *name)
{
  GtkWindow *dialog = lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_DIALOG);

  g_assert_nonnull (dialog);
  if (name != NULL)
    {
      GtkWidget *entry = lds_test_ui_find (GTK_WIDGET (dialog), "lds-field-name");
      gtk_editable_set_text (GTK_EDITABLE (entry), name);
    }
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  lds_test_ui_iterate ();
  g_assert_null (lds_test_ui_find_dialog (GTK_WINDOW (window), GTK_TYPE_DIALOG));
}

static LdsId
unit_id (LdsStore   *store,
         const char *name)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);

  for (guint i = 0; i < units->len; i++)
    if (g_str_equal (((LdsUnit *) units->pdata[i])->name, name))
      return ((LdsUnit *) units->pdata[i])->id;
  g_assert_not_reached ();
}

static LdsId
person_id (LdsStore   *store,
           const char *name)
{
  g_autoptr(GPtrArray) people = lds_store_list (store, LDS_RECORD_PERSON, NULL);

  for (guint i = 0; i < people->len; i++)
    if (g_str_equal (((LdsPerson *) people->pdata[i])->name, name))
      return ((LdsPerson *) people->pdata[i])->id;
  g_assert_not_reached ();
}

static LdsId
objective_id (LdsStore   *store,
              const char *title)
{
  g_autoptr(GPtrArray) all = lds_store_list (store, LDS_RECORD_OBJECTIVE, NULL);

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((LdsObjective *) all->pdata[i])->title, title))
      return ((LdsObjective *) all->pdata[i])->id;
  return 0;
}

static LdsId
key_result_id (LdsStore   *store,
               const char *title)
{
  g_autoptr(GPtrArray) all = lds_store_list (store, LDS_RECORD_KEY_RESULT, NULL);

  for (guint i = 0; i < all->len; i++)
    if (g_str_equal (((LdsKeyResult *) all->pdata[i])->title, title))
      return ((LdsKeyResult *) all->pdata[i])->id;
  return 0;
}

static void
add_unit (LdsWindow  *window,
          const char *parent,
          const char *name)
{
  LdsStore *store = lds_window_get_store (window);

  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, parent)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-unit", NULL);
  lds_test_ui_iterate ();
  accept_dialog (window, name);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), name) ||
                 lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, name)));
}

static void
add_person (LdsWindow  *window,
            const char *unit,
            const char *name)
{
  LdsStore *store = lds_window_get_store (window);

  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, unit)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-person", NULL);
  lds_test_ui_iterate ();
  accept_dialog (window, name);
  g_assert_cmpint (person_id (store, name), >, 0);
}

/* Writes an objective in the entry of the owner selected, and its key
 * results in the entry that the keyboard goes to next. */
static LdsId
write_objective (LdsWindow         *window,
                 const char        *title,
                 const char *const *krs,
                 guint              n_krs)
{
  LdsStore *store = lds_window_get_store (window);
  GtkWidget *focus;
  LdsId id;

  /* Ctrl+Shift+O, wherever the keyboard is. */
  g_assert_true (lds_test_ui_press (press_from (window), "<Control><Shift>o"));
  lds_test_ui_iterate ();
  focus = lds_test_ui_focus (GTK_WINDOW (window));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY));
  focus = gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY);
  g_assert_true (gtk_widget_has_css_class (focus, "lds-new-objective"));
  gtk_editable_set_text (GTK_EDITABLE (focus), title);
  g_signal_emit_by_name (focus, "activate");
  lds_test_ui_iterate ();
  id = objective_id (store, title);
  g_assert_cmpint (id, >, 0);

  for (guint i = 0; i < n_krs; i++)
    {
      /* The keyboard is in the new objective's "add a key result" entry. */
      focus = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (window)), GTK_TYPE_ENTRY);
      g_assert_nonnull (focus);
      g_assert_true (gtk_widget_has_css_class (focus, "lds-new-key-result"));
      g_assert_true (gtk_widget_get_ancestor (focus, LDS_TYPE_OBJECTIVE_ROW) ==
                     GTK_WIDGET (row_of (window, id)));
      gtk_editable_set_text (GTK_EDITABLE (focus), krs[i]);
      g_signal_emit_by_name (focus, "activate");
      lds_test_ui_iterate ();
      g_assert_cmpint (key_result_id (store, krs[i]), >, 0);
    }
  return id;
}

/* Aligns (or makes depend) the objective through the picker, choosing by
 * searching for @search and taking the record titled @target. */
static void
link_through_picker (LdsWindow     *window,
                     LdsId          objective,
                     LdsLinkKind    kind,
                     const char    *search,
                     LdsRecordType  type,
                     LdsId          target)
{
  LdsAlignmentPicker *picker;
  LdsObjectiveRow *row = row_of (window, objective);

  g_assert_nonnull (row);
  /* From the keyboard: Ctrl+L aligns, Ctrl+Shift+L adds a dependency. */
  lds_objective_row_focus_part (row, LDS_ROW_PART_ROW, 0);
  g_assert_true (lds_test_ui_press (lds_test_ui_focus (GTK_WINDOW (window)),
                                    kind == LDS_LINK_KIND_ALIGNS ? "<Control>l"
                                                                 : "<Control><Shift>l"));
  lds_test_ui_iterate ();
  picker = LDS_ALIGNMENT_PICKER (lds_test_ui_find_dialog (GTK_WINDOW (window),
                                                          LDS_TYPE_ALIGNMENT_PICKER));
  g_assert_nonnull (picker);
  lds_alignment_picker_search (picker, search);
  g_assert_cmpuint (lds_alignment_picker_get_n_shown (picker), >, 0);
  g_assert_true (lds_alignment_picker_select (picker, type, target));
  gtk_widget_activate_action (GTK_WIDGET (picker), "picker.choose", NULL);
  lds_test_ui_iterate ();
  g_assert_null (lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_ALIGNMENT_PICKER));
}

static gboolean
has_link (LdsStore    *store,
          LdsLinkKind  kind,
          LdsId        from,
          LdsId        to_kr,
          LdsId        to_objective)
{
  g_autoptr(GPtrArray) links = lds_store_list_links_from (store, from, NULL);

  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      LdsLinkInfo *link = g_ptr_array_index (links, i);

      if (link->kind == kind && link->to_key_result_id == to_kr &&
          (to_kr != 0 || link->to_objective_id == to_objective))
        return TRUE;
    }
  return FALSE;
}

static void
undo_or_redo (LdsWindow  *window,
              const char *action)
{
  gtk_widget_activate_action (GTK_WIDGET (window), action, NULL);
  lds_test_ui_iterate ();
}

/* The scenario */

static void
make_cycles (LdsWindow *window)
{
  LdsCycleDialog *cycles;
  LdsForm *form;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-cycles", NULL);
  lds_test_ui_iterate ();
  cycles = LDS_CYCLE_DIALOG (lds_test_ui_find_dialog (GTK_WINDOW (window), LDS_TYPE_CYCLE_DIALOG));
  g_assert_nonnull (cycles);

  /* This year, then its quarters one after the other, up to this one. */
  gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.new", NULL);
  for (int q = 0; q < 4; q++)
    {
      LdsId year = 0;
      g_autoptr(GPtrArray) all = lds_store_list (lds_window_get_store (window), LDS_RECORD_CYCLE,
                                                 NULL);

      for (guint i = 0; i < all->len; i++)
        if (((LdsCycle *) all->pdata[i])->kind == LDS_CYCLE_KIND_YEAR)
          year = ((LdsCycle *) all->pdata[i])->id;
      lds_cycle_dialog_select (cycles, year);
      gtk_widget_activate_action (GTK_WIDGET (cycles), "cycles.new-inside", NULL);
      lds_test_ui_iterate ();
    }
  g_assert_cmpint (lds_store_count (lds_window_get_store (window), LDS_RECORD_CYCLE), ==, 5);

  /* A quarter that would end after its year is refused at the field. */
  form = lds_cycle_dialog_get_form (cycles);
  lds_test_ui_fill (GTK_WIDGET (form), "end_date", "2027-01-15");
  g_assert_nonnull (lds_form_get_error (form, "end_date"));
  lds_test_ui_fill (GTK_WIDGET (form), "end_date", "2026-12-31");
  g_assert_null (lds_form_get_error (form, "end_date"));
  gtk_window_close (GTK_WINDOW (cycles));
  lds_test_ui_iterate ();
}

static void
test_scenario (void)
{
  const char *language = g_getenv ("LANGUAGE");
  const Texts *t = language != NULL && g_str_has_prefix (language, "zh") ? &chinese : &english;
  g_autofree char *dir = lds_test_make_dir ();
  g_autofree char *path = g_build_filename (dir, "new.lodestar", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdsStore) store = lds_store_open (path, LDS_STORE_OPEN_CREATE, &error);
  LdsWindow *window;
  LdsId company_o, sales_o, east_o, west_o, person_o;
  LdsId company_kr, sales_kr, east_kr;
  g_autofree char *undo_tip = NULL;

  g_assert_no_error (error);
  window = lds_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_iterate ();

  /* An empty file: name the company. */
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window),
                                        _("This Organisation Is Empty")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-unit", NULL);
  lds_test_ui_iterate ();
  accept_dialog (window, t->company);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, t->company);

  make_cycles (window);
  {
    g_autoptr(LdsCycle) current = lds_store_current_cycle (store, NULL);
    g_assert_cmpint (lds_window_get_cycle_id (window), ==, current->id);
    g_assert_cmpstr (current->start_date, ==, "2026-10-01");
  }

  add_unit (window, t->company, t->sales);
  add_unit (window, t->company, t->engineering);
  add_unit (window, t->sales, t->east);
  add_unit (window, t->sales, t->west);
  add_unit (window, t->engineering, t->platform);
  {
    g_autoptr(LdsUnit) east = lds_store_get (store, LDS_RECORD_UNIT, unit_id (store, t->east), NULL);
    g_assert_cmpint (east->kind, ==, LDS_UNIT_KIND_TEAM);
    g_assert_cmpint (east->parent_id, ==, unit_id (store, t->sales));
  }
  add_person (window, t->east, t->zhang);
  add_person (window, t->platform, t->li);
  add_person (window, t->sales, t->karen);

  /* The company objective, written with the keyboard only: Ctrl+Shift+O
   * from the organisation tree, the title, Enter, three key results each
   * followed by Enter. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->company)));
  company_o = write_objective (window, t->company_o, t->company_krs, 3);
  g_assert_nonnull (row_of (window, company_o));
  company_kr = key_result_id (store, t->company_krs[0]);
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (window), "lds-kr-row"), ==, 3);

  /* The department's objective serves the company's first key result. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->sales)));
  sales_o = write_objective (window, t->sales_o, &t->sales_kr, 1);
  sales_kr = key_result_id (store, t->sales_kr);
  /* Not aligned yet, and not self-driven: flagged. */
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (window), "lds-flag"), ==, 1);
  link_through_picker (window, sales_o, LDS_LINK_KIND_ALIGNS, t->company_krs[0],
                       LDS_RECORD_KEY_RESULT, company_kr);
  g_assert_true (has_link (store, LDS_LINK_KIND_ALIGNS, sales_o, company_kr, 0));
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (window), "lds-flag"), ==, 0);

  /* The team's objective serves the department's key result. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->east)));
  east_o = write_objective (window, t->east_o, &t->east_kr, 1);
  east_kr = key_result_id (store, t->east_kr);
  link_through_picker (window, east_o, LDS_LINK_KIND_ALIGNS, t->sales_kr, LDS_RECORD_KEY_RESULT,
                       sales_kr);

  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->west)));
  west_o = write_objective (window, t->west_o, NULL, 0);

  /* A person's objective serves the team's key result. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_PERSON, person_id (store, t->zhang)));
  person_o = write_objective (window, t->person_o, &t->person_kr, 1);
  {
    g_autoptr(LdsKeyResult) kr = lds_store_get (store, LDS_RECORD_KEY_RESULT,
                                                key_result_id (store, t->person_kr), NULL);
    /* A person's key results are theirs to begin with. */
    g_assert_cmpint (kr->owner_id, ==, person_id (store, t->zhang));
  }
  link_through_picker (window, person_o, LDS_LINK_KIND_ALIGNS, t->east_kr, LDS_RECORD_KEY_RESULT,
                       east_kr);

  /* East depends on West. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->east)));
  lds_test_ui_iterate ();
  link_through_picker (window, east_o, LDS_LINK_KIND_DEPENDS, t->west_o, LDS_RECORD_OBJECTIVE,
                       west_o);
  g_assert_true (has_link (store, LDS_LINK_KIND_DEPENDS, east_o, 0, west_o));

  /* Undo names the last step on its button. */
  undo_tip = g_strdup_printf (_("Undo %s"), _("Add Dependency"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (lds_test_ui_find (GTK_WIDGET (window), "lds-undo")),
                   ==, undo_tip);

  /* Undo the last five steps: the dependency, the person's alignment, the
   * person's key result, the person's objective, West's objective. */
  for (int i = 0; i < 5; i++)
    undo_or_redo (window, "win.undo");
  g_assert_false (has_link (store, LDS_LINK_KIND_DEPENDS, east_o, 0, west_o));
  g_assert_cmpint (objective_id (store, t->person_o), ==, 0);
  g_assert_cmpint (objective_id (store, t->west_o), ==, 0);
  g_assert_cmpint (objective_id (store, t->east_o), ==, east_o);
  g_assert_cmpstr (lds_store_get_redo_name (store), ==, _("Add Objective"));

  /* And redo them. */
  for (int i = 0; i < 5; i++)
    undo_or_redo (window, "win.redo");
  g_assert_true (has_link (store, LDS_LINK_KIND_DEPENDS, east_o, 0, west_o));
  g_assert_true (has_link (store, LDS_LINK_KIND_ALIGNS, person_o, east_kr, 0));
  g_assert_false (lds_store_can_redo (store));
  /* The workspace shows what came back: East's objective with its link. */
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->east)));
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), t->east_o));
  /* It serves Sales's key result and depends on West; the person's
   * objective serves its key result, which says so. */
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (window), "lds-link"), ==, 2);
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (window), "lds-served"), ==, 1);

  /* Everything survives a restart. */
  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_clear_object (&store);

  store = lds_store_open (path, LDS_STORE_OPEN_CHECK_IN_BACKGROUND, &error);
  g_assert_no_error (error);
  window = lds_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, t->company);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_UNIT), ==, 6);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_PERSON), ==, 3);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_OBJECTIVE), ==, 5);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_KEY_RESULT), ==, 6);
  g_assert_cmpint (lds_store_count (store, LDS_RECORD_LINK), ==, 4);
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_PERSON, person_id (store, t->zhang)));
  lds_test_ui_iterate ();
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), t->person_o));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), t->person_kr));
  g_assert_true (lds_window_select_owner (window, LDS_RECORD_UNIT, unit_id (store, t->company)));
  lds_test_ui_iterate ();
  for (guint i = 0; i < 3; i++)
    g_assert_true (lds_test_ui_has_label (GTK_WIDGET (window), t->company_krs[i]));

  /* Search finds the team's objective by a part of its title, and goes there. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  {
    GtkWidget *entry = lds_test_ui_find (GTK_WIDGET (window), "lds-search-results");
    GtkWidget *search = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (window)),
                                                 GTK_TYPE_SEARCH_ENTRY);

    g_assert_nonnull (search);
    gtk_editable_set_text (GTK_EDITABLE (search), t->search);
    g_signal_emit_by_name (search, "search-changed");
    lds_test_ui_iterate ();
    entry = lds_test_ui_find (GTK_WIDGET (window), "lds-search-results");
    g_assert_nonnull (entry);
    g_signal_emit_by_name (search, "activate");
    lds_test_ui_iterate ();
  }
  g_assert_cmpint (lds_context_get_objective_id (lds_window_get_context (window)), ==, east_o);
  g_assert_cmpint (lds_context_get_owner_id (lds_window_get_context (window)), ==,
                   unit_id (store, t->east));

  gtk_window_destroy (GTK_WINDOW (window));
  lds_test_ui_iterate ();
  g_clear_object (&store);
  lds_test_remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

  g_test_add_func ("/workspace/scenario", test_scenario);

  return g_test_run ();
}
