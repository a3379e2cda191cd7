/* test-accessibility.c: every control has a name a screen reader reads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * On the sample company, with a unit and an objective chosen, the test
 * visits every view of the window (every page of its view stack, so a new
 * view is audited without a word here), in the states that show more
 * controls (editors, search bars, the coach's pages), then every window
 * and dialog the window's and the application's actions open, and walks
 * each widget tree (menus made on first use are opened once to be made).
 * Every control a person can operate (buttons of every kind, entries,
 * drop-downs, spin buttons, scales, text views, calendars, menu items,
 * list rows that take the focus, and our own widgets that take the focus
 * or that a screen reader announces by their role) must have the name
 * GTK 4.8 gives a screen reader: its accessible label, or the labels of
 * the widgets it is labelled by (which is how a button's or a check
 * button's own words reach it). A tooltip or a placeholder is no name:
 * an icon-only button with a tooltip fails, and so does an entry with
 * only a placeholder; words inside a box inside a button, or inside a
 * row, name nothing in GTK 4.8 either. The parts GTK builds inside its
 * own widgets (the text inside an entry or a spin button, the toggle,
 * list and search of a drop-down) are GTK's, which hides them from screen
 * readers or names them by the widget around them: that widget is checked
 * instead (for a menu button, the toggle inside it, which takes the focus
 * and which GTK labels by the menu button). Every offender is listed at once, with its
 * type, CSS classes, tooltip and ancestors. Run again in Chinese, the
 * names must be translated too. Last, every accelerator of the
 * application's actions is listed in the shortcuts window.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "lds-application.h"
#include "lds-checkin-view.h"
#include "lds-demo.h"
#include "lds-export-data.h"
#include "lds-import-dialog.h"
#include "lds-inline-title.h"
#include "lds-map-page.h"
#include "lds-review-page.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-welcome-window.h"
#include "lds-window.h"
#include "lds-workshop-audience.h"
#include "lds-workshop-dialog.h"
#include "lds-workshop-session.h"

static LdsApplication *app;
static LdsWindow *window;
static char *dir, *sample_path;

/* The audit */

typedef struct
{
  GHashTable *widgets;        /* every widget on screen, to read relations back */
  GtkWidget  *skip;           /* audited on its own */
  guint      n_checked;
  GPtrArray *offenders;       /* descriptions */
  GPtrArray *untranslated;    /* descriptions */
} Audit;

static gboolean
chinese (void)
{
  return g_str_has_prefix (g_getenv ("LANGUAGE"), "zh");
}

/* Whether @w is one of the kinds of widget a person operates. */
static gboolean
is_control (GtkWidget *w)
{
  if (!gtk_widget_get_focusable (w) && !gtk_widget_get_can_target (w))
    return FALSE;
  if (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Lds"))
    {
      /* Ours: what takes the keyboard, and what a screen reader
       * announces by its role (a chart, a status, a group) */
      switch ((int) gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w)))
        {
        case GTK_ACCESSIBLE_ROLE_IMG:
        case GTK_ACCESSIBLE_ROLE_STATUS:
        case GTK_ACCESSIBLE_ROLE_GROUP:
        case GTK_ACCESSIBLE_ROLE_METER:
          return TRUE;
        default:
          break;
        }
    }
  /* A menu's items; a row that does something when activated */
  if (g_str_equal (G_OBJECT_TYPE_NAME (w), "GtkModelButton") ||
      (GTK_IS_LIST_BOX_ROW (w) && gtk_widget_get_focusable (w)))
    return TRUE;
  return GTK_IS_BUTTON (w) || GTK_IS_MENU_BUTTON (w) || GTK_IS_CHECK_BUTTON (w) ||
         GTK_IS_SWITCH (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_SPIN_BUTTON (w) ||
         GTK_IS_SCALE (w) || GTK_IS_ENTRY (w) || GTK_IS_TEXT (w) || GTK_IS_SEARCH_ENTRY (w) ||
         GTK_IS_PASSWORD_ENTRY (w) || GTK_IS_TEXT_VIEW (w) || GTK_IS_EDITABLE_LABEL (w) ||
         GTK_IS_CALENDAR (w) || GTK_IS_COLOR_BUTTON (w) || GTK_IS_FONT_BUTTON (w) ||
         (g_str_has_prefix (G_OBJECT_TYPE_NAME (w), "Lds") && gtk_widget_get_focusable (w));
}

/* Whether @w is a part GTK builds inside a widget of its own and names
 * or hides itself, which is checked in its place: GTK 4.8 gives the text
 * of an entry and the buttons of a spin button no role (the widget around
 * them carries the name), labels the toggle inside a menu button by the
 * menu button, and makes the toggle of a drop-down part of the drop-down. */
static gboolean
is_gtk_part (GtkWidget *w)
{
  GtkWidget *parent = gtk_widget_get_parent (w);
  GtkAccessibleRole role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (w));

  if (role == GTK_ACCESSIBLE_ROLE_NONE || role == GTK_ACCESSIBLE_ROLE_PRESENTATION)
    return TRUE;
  if (GTK_IS_TEXT (w) && GTK_IS_EDITABLE (parent) &&
      gtk_editable_get_delegate (GTK_EDITABLE (parent)) == GTK_EDITABLE (w))
    return TRUE;
  return GTK_IS_TOGGLE_BUTTON (w) && (GTK_IS_MENU_BUTTON (parent) || GTK_IS_DROP_DOWN (parent));
}

/* The accessible label of @w, or NULL. GTK 4.8 reads a property back only
 * through a check that fails: asking for a value it cannot have returns
 * the one it has. */
static char *
accessible_label (GtkWidget *w)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (w), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01");
}

static gboolean
has_words (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_isalnum (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* The words @w shows: the first shown label inside it (for the messages). */
static const char *
shown_text (GtkWidget *w)
{
  if (!gtk_widget_get_visible (w) || GTK_IS_POPOVER (w))
    return NULL;
  if (GTK_IS_LABEL (w) && has_words (gtk_label_get_text (GTK_LABEL (w))))
    return gtk_label_get_text (GTK_LABEL (w));
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      const char *text = shown_text (c);

      if (text != NULL)
        return text;
    }
  return NULL;
}

/* Every widget of every window, to read a relation's widgets back. */
static void
collect_widgets (GtkWidget  *w,
                 GHashTable *widgets)
{
  g_hash_table_add (widgets, w);
  for (GtkWidget *c = gtk_widget_get_first_child (w); c != NULL; c = gtk_widget_get_next_sibling (c))
    collect_widgets (c, widgets);
}

static void
collect_all_widgets (GHashTable *widgets)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      collect_widgets (toplevel, widgets);
    }
}

/* The name GTK 4.8 gives @w, the one a screen reader reads: its label
 * and the labels of the widgets that label it (the labelled-by
 * relation), one level deep. A button's words come in by either: GTK sets
 * the label of a button made with words, and relates a button to the
 * label inside it; nothing else inside a widget names it. GTK gives a
 * relation back only as text, each widget as its type and address: the
 * addresses are looked up among the widgets shown. */
static char *
gtk_name (GtkWidget  *w,
          GHashTable *widgets)
{
  g_autofree char *label = accessible_label (w);
  g_autofree char *refs = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (w),
                                                              GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                                              NULL);
  g_autoptr(GRegex) regex = g_regex_new ("<(0x[0-9a-fA-F]+)>", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GString *name = g_string_new (has_words (label) ? label : NULL);

  for (g_regex_match (regex, refs != NULL ? refs : "", 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *address = g_match_info_fetch (match, 1);
      g_autofree char *words = NULL;
      gpointer ref = GSIZE_TO_POINTER (g_ascii_strtoull (address, NULL, 16));

      /* A popover made during the walk holds widgets not seen yet. */
      if (!g_hash_table_contains (widgets, ref))
        collect_all_widgets (widgets);
      if (!g_hash_table_contains (widgets, ref) || ref == w)
        continue;
      words = accessible_label (ref);
      if (has_words (words))
        g_string_append_printf (name, "%s%s", name->len > 0 ? " " : "", words);
    }
  return g_string_free (name, name->len == 0);
}

/* The part of @w that takes the focus, whose name is read: the toggle
 * inside a menu button (GTK 4.8 labels it by its menu button's label, or
 * by the label it shows). */
static GtkWidget *
focused_part (GtkWidget *w)
{
  GtkWidget *child = gtk_widget_get_first_child (w);

  return GTK_IS_MENU_BUTTON (w) && GTK_IS_TOGGLE_BUTTON (child) ? child : w;
}

static char *
describe (GtkWidget  *w,
          const char *name)
{
  GString *s = g_string_new (G_OBJECT_TYPE_NAME (w));
  g_auto(GStrv) classes = gtk_widget_get_css_classes (w);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();

  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (s, ".%s", classes[i]);
  if (g_strcmp0 (gtk_widget_get_name (w), G_OBJECT_TYPE_NAME (w)) != 0)
    g_string_append_printf (s, " #%s", gtk_widget_get_name (w));
  if (name != NULL)
    g_string_append_printf (s, " named “%s”", name);
  else if (shown_text (w) != NULL)
    g_string_append_printf (s, " showing “%s” (words it shows do not name it)",
                            shown_text (w));
  if (GTK_IS_BUTTON (w) && gtk_button_get_icon_name (GTK_BUTTON (w)) != NULL)
    g_string_append_printf (s, " icon %s", gtk_button_get_icon_name (GTK_BUTTON (w)));
  if (gtk_widget_get_tooltip_text (w) != NULL)
    g_string_append_printf (s, " tooltip “%s”", gtk_widget_get_tooltip_text (w));
  if (GTK_IS_EDITABLE (w) && !GTK_IS_EDITABLE_LABEL (w))
    {
      const char *placeholder = NULL;

      if (GTK_IS_ENTRY (w) || GTK_IS_SEARCH_ENTRY (w) || GTK_IS_TEXT (w))
        g_object_get (w, "placeholder-text", &placeholder, NULL);
      if (placeholder != NULL)
        g_string_append_printf (s, " placeholder “%s”", placeholder);
      g_free ((char *) placeholder);
    }
  g_string_append (s, "\n      in ");
  for (GtkWidget *a = gtk_widget_get_parent (w); a != NULL; a = gtk_widget_get_parent (a))
    g_ptr_array_add (path, a);
  for (guint i = path->len; i > 0; i--)
    {
      GtkWidget *a = path->pdata[i - 1];
      g_auto(GStrv) a_classes = gtk_widget_get_css_classes (a);

      g_string_append (s, G_OBJECT_TYPE_NAME (a));
      for (guint c = 0; a_classes[c] != NULL; c++)
        if (g_str_has_prefix (a_classes[c], "lds-"))
          g_string_append_printf (s, ".%s", a_classes[c]);
      if (i > 1)
        g_string_append (s, " > ");
    }
  return g_string_free (s, FALSE);
}

/* Whether @name, shown in Chinese, was left in English: a message of ours
 * not translated where it is set, or words with no Chinese in them (the
 * abbreviations the glossary keeps, such as OKR and KPI, aside). */
static gboolean
untranslated (const char *name)
{
  static const char * const kept[] = { "OKR", "OKRs", "KR", "KPI", "KPIs", "Lodestar", NULL };
  g_auto(GStrv) words = NULL;
  gboolean latin = FALSE, cjk = FALSE;

  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, name), name) != 0)
    return TRUE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      cjk = cjk || g_unichar_get_script (c) == G_UNICODE_SCRIPT_HAN;
    }
  words = g_regex_split_simple ("[^A-Za-z]+", name, 0, 0);
  for (guint i = 0; words[i] != NULL; i++)
    if (strlen (words[i]) > 1 && !g_strv_contains (kept, words[i]))
      latin = TRUE;
  return latin && !cjk;
}

static void
check (Audit     *audit,
       GtkWidget *w)
{
  g_autofree char *name = gtk_name (focused_part (w), audit->widgets);

  audit->n_checked++;
  if (name == NULL)
    g_ptr_array_add (audit->offenders, describe (w, NULL));
  else if (chinese () && untranslated (name))
    g_ptr_array_add (audit->untranslated, describe (w, name));
}

/* Whether @w is inside its window's area (GTK 4.8 cannot place a popover
 * on a widget scrolled out of it: no monitor holds it). */
static gboolean
on_screen (GtkWidget *w)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (w));
  graphene_rect_t bounds;

  return gtk_widget_compute_bounds (w, root, &bounds) && bounds.origin.x >= 0 &&
         bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (root) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (root);
}

/* Walks what @root shows now, and what its popovers show when opened
 * (popovers are built before they are shown); what is hidden (another
 * page of a stack, a closed revealer) is reached in the states that show
 * it, where it holds what it shows then. */
static void
walk (Audit     *audit,
      GtkWidget *root,
      gboolean   hidden)
{
  for (GtkWidget *w = gtk_widget_get_first_child (root); w != NULL; w = gtk_widget_get_next_sibling (w))
    {
      gboolean popover = hidden || GTK_IS_POPOVER (w);

      if (w == audit->skip || !(popover ? gtk_widget_get_visible (w) || GTK_IS_POPOVER (w)
                                        : gtk_widget_get_mapped (w)))
        continue;
      if (is_gtk_part (w))
        continue;
      if (is_control (w))
        check (audit, w);
      /* A menu made when it first opens is opened once, to be walked. */
      if (GTK_IS_MENU_BUTTON (w) && gtk_menu_button_get_popover (GTK_MENU_BUTTON (w)) == NULL &&
          gtk_widget_is_sensitive (w) && on_screen (w))
        {
          gtk_menu_button_popup (GTK_MENU_BUTTON (w));
          lds_test_ui_iterate ();
          gtk_menu_button_popdown (GTK_MENU_BUTTON (w));
          lds_test_ui_iterate ();
        }
      /* A drop-down's list and search are GTK's; what an entry holds too. */
      if (GTK_IS_DROP_DOWN (w) || (GTK_IS_EDITABLE (w) && !GTK_IS_TEXT (w)))
        continue;
      walk (audit, w, popover);
    }
}

/* Audits @root as @where and fails the test (not the run) on an offender,
 * listing every one. */
static void
audit_walk (GtkWidget  *root,
            GtkWidget  *skip,
            gboolean    hidden,
            const char *where)
{
  Audit a = { g_hash_table_new (NULL, NULL), skip, 0, g_ptr_array_new_with_free_func (g_free),
              g_ptr_array_new_with_free_func (g_free) };
  collect_all_widgets (a.widgets);
  walk (&a, root, hidden);
  g_test_message ("%s: %u controls checked", where, a.n_checked);
  g_assert_cmpuint (a.n_checked, >, 0);
  for (guint i = 0; i < a.offenders->len; i++)
    g_printerr ("%s: no name for screen readers: %s\n", where, (char *) a.offenders->pdata[i]);
  for (guint i = 0; i < a.untranslated->len; i++)
    g_printerr ("%s: a name not translated: %s\n", where, (char *) a.untranslated->pdata[i]);
  if (a.offenders->len > 0 || a.untranslated->len > 0)
    g_test_fail_printf ("%s: %u of %u controls have no name a screen reader reads, %u a name "
                        "not translated (listed above)", where, a.offenders->len, a.n_checked,
                        a.untranslated->len);
  g_ptr_array_unref (a.offenders);
  g_ptr_array_unref (a.untranslated);
  g_hash_table_unref (a.widgets);
}

static void
audit (GtkWidget  *root,
       const char *where)
{
  audit_walk (root, NULL, FALSE, where);
}

/* Audits what a hidden window holds, as it would show it. */
static void
audit_hidden (GtkWidget  *root,
              const char *where)
{
  audit_walk (root, NULL, TRUE, where);
}

/* The sample company */

static LdsStore *
store (void)
{
  return lds_window_get_store (window);
}

static LdsId
current_cycle (void)
{
  g_autoptr(LdsCycle) cycle = lds_store_current_cycle (store (), NULL);

  g_assert_nonnull (cycle);
  return cycle->id;
}

/* The objectives @type @id owns in the current cycle */
static GPtrArray *
objectives_of (LdsRecordType type,
               LdsId         id)
{
  GPtrArray *all = lds_store_list_by (store (), LDS_RECORD_OBJECTIVE,
                                      type == LDS_RECORD_UNIT ? "owner_unit_id" : "owner_person_id",
                                      id, NULL);

  for (guint i = 0; i < all->len;)
    if (((LdsObjective *) all->pdata[i])->cycle_id != current_cycle ())
      g_ptr_array_remove_index (all, i);
    else
      i++;
  return all;
}

/* The owners whose views show the most: the company, the department with
 * KPIs, the team with the most objectives, a person with objectives. */
typedef struct
{
  const char    *what;
  LdsRecordType  type;
  LdsId          id;
} Owner;

static Owner owners[4];

static void
choose_owners (void)
{
  g_autoptr(GPtrArray) units = lds_store_list (store (), LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) people = lds_store_list (store (), LDS_RECORD_PERSON, NULL);
  guint most = 0;

  owners[0] = (Owner) { "the company", LDS_RECORD_UNIT, 0 };
  owners[1] = (Owner) { "a department with KPIs", LDS_RECORD_UNIT, 0 };
  owners[2] = (Owner) { "a team", LDS_RECORD_UNIT, 0 };
  owners[3] = (Owner) { "a person", LDS_RECORD_PERSON, 0 };
  for (guint i = 0; i < units->len; i++)
    {
      LdsUnit *unit = units->pdata[i];
      g_autoptr(GPtrArray) kpis = lds_store_list_by (store (), LDS_RECORD_KPI, "unit_id", unit->id,
                                                     NULL);
      g_autoptr(GPtrArray) objectives = objectives_of (LDS_RECORD_UNIT, unit->id);

      if (unit->parent_id == 0)
        owners[0].id = unit->id;
      else if (unit->kind == LDS_UNIT_KIND_DEPARTMENT && kpis->len > 0 && owners[1].id == 0)
        owners[1].id = unit->id;
      else if (unit->kind == LDS_UNIT_KIND_TEAM && objectives->len > most)
        {
          owners[2].id = unit->id;
          most = objectives->len;
        }
    }
  for (guint i = 0; i < people->len && owners[3].id == 0; i++)
    {
      LdsPerson *person = people->pdata[i];
      g_autoptr(GPtrArray) objectives = objectives_of (LDS_RECORD_PERSON, person->id);

      if (objectives->len > 0)
        owners[3].id = person->id;
    }
  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    g_assert_cmpint (owners[i].id, !=, 0);
}

/* Chooses @owner in the sidebar, and its first objective. */
static void
select_owner (const Owner *owner)
{
  g_autoptr(GPtrArray) objectives = objectives_of (owner->type, owner->id);

  g_assert_true (lds_window_select_owner (window, owner->type, owner->id));
  lds_test_ui_iterate ();
  g_assert_cmpuint (objectives->len, >, 0);
  lds_context_set_objective_id (lds_window_get_context (window),
                                ((LdsObjective *) objectives->pdata[0])->id);
  lds_test_ui_iterate ();
}

static LdsObjective *
first_objective (void)
{
  g_autoptr(GPtrArray) objectives = objectives_of (owners[2].type, owners[2].id);

  return lds_objective_copy (objectives->pdata[0]);
}

static LdsKeyResult *
first_key_result (void)
{
  g_autoptr(LdsObjective) objective = first_objective ();
  g_autoptr(GPtrArray) krs = lds_store_list_by (store (), LDS_RECORD_KEY_RESULT, "objective_id",
                                                objective->id, NULL);

  g_assert_cmpuint (krs->len, >, 0);
  return lds_key_result_copy (krs->pdata[0]);
}

/* The window's views */

static GtkWidget *
view (const char *name)
{
  lds_window_show_view (window, name);
  lds_test_ui_wait (200);
  return gtk_stack_get_child_by_name (lds_test_ui_views_stack (GTK_WIDGET (window)), name);
}

static void
activate (GtkWidget  *widget,
          const char *action,
          GVariant   *parameter)
{
  g_autoptr(GVariant) sunk = parameter != NULL ? g_variant_ref_sink (parameter) : NULL;

  if (!gtk_widget_activate_action_variant (widget, action, sunk))
    g_error ("%s: no such action, or it is off", action);
  lds_test_ui_wait (200);
}

/* The states of a view that show more than it does at first: each opens
 * on the view's page with the owner and objective chosen. */
typedef struct
{
  const char *view;
  const char *state;
  void      (*enter) (GtkWidget *page);
} State;

static void
edit_key_result (GtkWidget *page)
{
  g_autoptr(LdsKeyResult) kr = first_key_result ();

  select_owner (&owners[2]);
  activate (page, "workspace.edit-key-result", g_variant_new_int64 (kr->id));
}

static void
edit_objective (GtkWidget *page)
{
  g_autoptr(LdsObjective) objective = first_objective ();

  select_owner (&owners[2]);
  activate (page, "workspace.edit-objective", g_variant_new_int64 (objective->id));
}

static void
search_window (GtkWidget *page)
{
  GtkWidget *entry;

  activate (page, "win.search", NULL);
  entry = gtk_widget_get_ancestor (lds_test_ui_focus (GTK_WINDOW (window)), GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), chinese () ? "客户" : "merchant");
  g_signal_emit_by_name (entry, "search-changed");
  lds_test_ui_wait (200);
}

static void
rename_in_place (GtkWidget *page)
{
  GtkWidget *title;

  select_owner (&owners[2]);
  title = lds_test_ui_find_type (page, LDS_TYPE_INLINE_TITLE);
  g_assert_nonnull (title);
  lds_inline_title_start_editing (LDS_INLINE_TITLE (title));
  lds_test_ui_iterate ();
}

static void
map_menu (GtkWidget *page)
{
  GtkWidget *map = GTK_WIDGET (lds_map_page_get_view (LDS_MAP_PAGE (page)));

  activate (map, "map.select", g_variant_new_string ("top"));
  activate (map, "map.menu", NULL);
}

static void
search_map (GtkWidget *page)
{
  activate (page, "map-page.search", NULL);
}

static void
coach_page (GtkWidget  *page,
            const char *name)
{
  activate (page, "coach.show-page", g_variant_new_string (name));
}

static void
coach_findings (GtkWidget *page)
{
  coach_page (page, "findings");
}

static void
coach_reviews (GtkWidget *page)
{
  g_autoptr(GPtrArray) people = lds_store_list_by (store (), LDS_RECORD_PERSON, "unit_id",
                                                   owners[2].id, NULL);
  GtkWidget *reviews;

  select_owner (&owners[2]);
  coach_page (page, "reviews");
  reviews = lds_test_ui_find_type (page, LDS_TYPE_REVIEW_PAGE);
  g_assert_cmpuint (people->len, >, 0);
  g_assert_true (lds_review_page_select_person (LDS_REVIEW_PAGE (reviews),
                                                ((LdsPerson *) people->pdata[0])->id));
  lds_test_ui_wait (200);
}

static void
coach_rollout (GtkWidget *page)
{
  coach_page (page, "rollout");
}

static const State states[] = {
  { "objectives", "the key result editor", edit_key_result },
  { "objectives", "the objective editor", edit_objective },
  { "objectives", "a search", search_window },
  { "objectives", "a title being renamed in place", rename_in_place },
  { "map", "its search", search_map },
  { "map", "the menu of an objective", map_menu },
  { "coach", "the findings", coach_findings },
  { "coach", "the reviews of a person", coach_reviews },
  { "coach", "the roll-out", coach_rollout },
};

/* Every view, for each kind of owner, then in each of its states */
static void
test_view (gconstpointer data)
{
  const char *name = data;

  for (guint i = 0; i < G_N_ELEMENTS (owners); i++)
    {
      g_autofree char *where = g_strdup_printf ("view “%s” of %s", name, owners[i].what);

      select_owner (&owners[i]);
      audit (view (name), where);
    }
  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    {
      g_autofree char *where = NULL;
      GtkWidget *page;

      if (!g_str_equal (states[i].view, name))
        continue;
      where = g_strdup_printf ("view “%s” with %s", name, states[i].state);
      select_owner (&owners[0]);
      page = view (name);
      states[i].enter (page);
      audit (page, where);
      activate (GTK_WIDGET (window), "win.show-view", g_variant_new_string (name));
    }
}

/* The window around the views: header bar, sidebar, menus */
static void
test_frame (void)
{
  select_owner (&owners[0]);
  view ("objectives");
  audit_walk (GTK_WIDGET (window), GTK_WIDGET (lds_test_ui_views_stack (GTK_WIDGET (window))),
              FALSE, "window");
}

/* The windows and dialogs the actions open */

/* Waits until the X server has shown @w (ten seconds at most: a sanitized
 * build on a busy machine is slow), and it has drawn a frame. */
static void
wait_mapped (GtkWidget *w)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!gtk_widget_get_mapped (w) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_true (gtk_widget_get_mapped (w));
  lds_test_ui_wait_frame (w);
}

static GPtrArray *
shown_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GPtrArray *shown = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (toplevel))
        g_ptr_array_add (shown, toplevel);
    }
  return shown;
}

/* Runs @action on @widget and returns the window it opened. */
static GtkWindow *
open_window (GtkWidget  *widget,
             const char *action,
             GVariant   *parameter)
{
  g_autoptr(GPtrArray) before = shown_toplevels ();
  g_autoptr(GPtrArray) after = NULL;

  activate (widget, action, parameter);
  after = shown_toplevels ();
  for (guint i = 0; i < after->len; i++)
    if (!g_ptr_array_find (before, after->pdata[i], NULL))
      return after->pdata[i];
  g_error ("%s opened no window", action);
}

/* Audits @dialog, then closes it. */
static void
audit_window (GtkWindow  *dialog,
              const char *where)
{
  wait_mapped (GTK_WIDGET (dialog));
  audit (GTK_WIDGET (dialog), where);
  gtk_window_destroy (dialog);
  lds_test_ui_iterate ();
}

static void
audit_action (GtkWidget  *widget,
              const char *action,
              GVariant   *parameter,
              const char *where)
{
  audit_window (open_window (widget, action, parameter), where);
}

static void
test_organisation_dialogs (void)
{
  GtkWidget *w = GTK_WIDGET (window);

  select_owner (&owners[1]);
  audit_action (w, "win.new-unit", NULL, "dialog “New Unit”");
  audit_action (w, "win.new-person", NULL, "dialog “New Person”");
  audit_action (w, "win.edit-owner", NULL, "dialog “Edit Unit”");
  audit_action (w, "win.delete-owner", NULL, "dialog “Delete Unit”");
  select_owner (&owners[3]);
  audit_action (w, "win.edit-owner", NULL, "dialog “Edit Person”");
  audit_action (w, "win.delete-owner", NULL, "dialog “Delete Person”");
  select_owner (&owners[2]);
  {
    g_autoptr(LdsObjective) objective = first_objective ();
    GtkWidget *page = view ("objectives");

    audit_action (page, "workspace.move-objective", g_variant_new_int64 (objective->id),
                  "dialog “Move Objective”");
  }
}

static void
test_cycle_dialogs (void)
{
  GtkWindow *cycles = open_window (GTK_WIDGET (window), "win.edit-cycles", NULL);

  wait_mapped (GTK_WIDGET (cycles));
  audit (GTK_WIDGET (cycles), "dialog “Cycles”");
  audit_action (GTK_WIDGET (cycles), "cycles.copy-unfinished", NULL,
                "dialog “Copy Unfinished Objectives”");
  audit_action (GTK_WIDGET (cycles), "cycles.delete", NULL, "dialog “Delete Cycle”");
  activate (GTK_WIDGET (cycles), "cycles.new", NULL);
  audit (GTK_WIDGET (cycles), "dialog “Cycles” with a new cycle");
  gtk_window_destroy (cycles);
  lds_test_ui_iterate ();
}

static void
test_objective_dialogs (void)
{
  g_autoptr(LdsObjective) objective = first_objective ();
  g_autoptr(LdsKeyResult) kr = first_key_result ();
  GtkWidget *page;

  select_owner (&owners[2]);
  page = view ("objectives");
  audit_action (page, "workspace.align-objective", g_variant_new_int64 (objective->id),
                "the alignment picker");
  audit_action (page, "workspace.add-dependency", g_variant_new_int64 (objective->id),
                "the dependency picker");
  audit_action (page, "workspace.check-in", g_variant_new_int64 (kr->id), "dialog “Check In”");
  audit_action (page, "workspace.show-history", g_variant_new_int64 (objective->id),
                "the objective's revision history");
  audit_action (page, "workspace.show-key-result-history", g_variant_new_int64 (kr->id),
                "the key result's revision history");
  /* A new title in a running cycle asks why. */
  audit_action (page, "workspace.rename-key-result",
                g_variant_new ("(xs)", kr->id, chinese () ? "新的标题" : "A new title"),
                "dialog asking the reason of a revision");
}

static void
test_tracking_dialogs (void)
{
  g_autoptr(GPtrArray) kpis = NULL;
  GtkWidget *page;

  select_owner (&owners[1]);
  kpis = lds_store_list_by (store (), LDS_RECORD_KPI, "unit_id", owners[1].id, NULL);
  g_assert_cmpuint (kpis->len, >, 0);
  page = view ("kpis");
  audit_action (page, "kpi.update", g_variant_new_int64 (((LdsKpi *) kpis->pdata[0])->id),
                "dialog “Update KPI”");
  audit_action (page, "kpi.edit", g_variant_new_int64 (((LdsKpi *) kpis->pdata[0])->id),
                "dialog “Edit KPI”");

  select_owner (&owners[2]);
  page = view ("checkins");
  g_assert_true (lds_checkin_view_focus_first (LDS_CHECKIN_VIEW (page)));
  audit_action (page, "round.check-in-dialog", NULL, "the check-in view's dialog “Check In”");
}

static void
test_application_windows (void)
{
  GtkWidget *w = GTK_WIDGET (window);

  audit_action (w, "app.preferences", NULL, "window “Preferences”");
  audit_action (w, "app.guide", NULL, "window “Guide”");
  {
    /* Shown once, over the first window ever opened */
    LdsWelcomeWindow *welcome = lds_welcome_window_new (GTK_APPLICATION (app), GTK_WINDOW (window));

    gtk_window_present (GTK_WINDOW (welcome));
    audit_window (GTK_WINDOW (welcome), "window “Welcome”");
  }
}

static void
audit_import (const char *path,
              const char *class,
              const char *where)
{
  LdsImportDialog *dialog = lds_import_dialog_new (GTK_WINDOW (window), store (), path);

  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_wait (200);
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (dialog), class), >, 0);
  audit_window (GTK_WINDOW (dialog), where);
}

/* A copy of the organisation, changed elsewhere: its preview; changed
 * here too, its conflict */
static void
test_import_dialog (void)
{
  g_autoptr(LdsStore) draft = lds_test_new_store ();
  g_autoptr(LdsImport) first = lds_import_new ();
  g_autoptr(LdsKeyResult) kr = first_key_result ();
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL, *back = NULL;
  g_autofree char *path = g_build_filename (dir, "draft.json", NULL);
  LdsExportOptions options = { 0 };

  data = lds_export_json_to_data (store (), &options, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (lds_import_load_data (first, "all.json", LDS_IMPORT_FORMAT_JSON, data,
                                       strlen (data), &error));
  g_assert_true (lds_import_prepare (first, draft, &error));
  g_assert_true (lds_import_apply (first, draft, &error));
  g_assert_no_error (error);
  {
    g_autoptr(LdsKeyResult) theirs = lds_store_get_by_uuid (draft, LDS_RECORD_KEY_RESULT, kr->uuid,
                                                            NULL);

    theirs->current_value = 202;
    g_assert_true (lds_store_update (draft, LDS_RECORD_KEY_RESULT, theirs, &error));
    g_assert_no_error (error);
  }
  back = lds_export_json_to_data (draft, &options, NULL, &error);
  g_assert_true (g_file_set_contents (path, back, -1, &error));
  g_assert_no_error (error);
  audit_import (path, "lds-import-preview", "dialog “Import” with its preview");

  kr->current_value = 404;
  g_assert_true (lds_store_update (store (), LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
  audit_import (path, "lds-import-conflict", "dialog “Import” with a conflict");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
}

/* The workshop: its dialog, then the facilitator's controls and the
 * audience view in each phase, with a card or two to act on */
static void
test_workshop (void)
{
  static const char * const phases[] = {
    "objectives", "objective vote", "key results", "key result vote", "alignment", "confirmation",
  };
  GtkWindow *dialog, *audience = NULL, *controls;
  LdsWorkshopSession *session;
  g_autoptr(GPtrArray) shown = NULL;

  select_owner (&owners[2]);
  dialog = open_window (GTK_WIDGET (window), "win.workshop", NULL);
  wait_mapped (GTK_WIDGET (dialog));
  audit (GTK_WIDGET (dialog), "dialog “Co-creation Workshop”");
  g_assert_true (lds_workshop_dialog_start (LDS_WORKSHOP_DIALOG (dialog)));
  lds_test_ui_wait (300);
  shown = shown_toplevels ();
  for (guint i = 0; i < shown->len; i++)
    if (LDS_IS_WORKSHOP_AUDIENCE (shown->pdata[i]))
      audience = shown->pdata[i];
  g_assert_nonnull (audience);
  session = lds_workshop_session_from_window (audience);
  controls = lds_workshop_session_get_controls (session);

  for (guint phase = 0; phase < G_N_ELEMENTS (phases); phase++)
    {
      g_autofree char *on_controls = g_strdup_printf ("the workshop's controls, %s", phases[phase]);
      g_autofree char *on_audience = g_strdup_printf ("the workshop's audience view, %s",
                                                      phases[phase]);

      if (lds_workshop_session_wants_typing (session))
        {
          GtkWidget *entry = lds_workshop_audience_get_entry (LDS_WORKSHOP_AUDIENCE (audience));

          gtk_editable_set_text (GTK_EDITABLE (entry),
                                 chinese () ? "让每位店主当天开张" : "Owners open on day one");
          g_assert_true (lds_workshop_session_submit (session));
        }
      if (phase == 1 || phase == 3)
        lds_workshop_session_activate (session, "choose", NULL);
      lds_test_ui_wait_frame (GTK_WIDGET (audience));
      /* On one screen the audience view takes the keys and the controls
       * hide; with a projector, the laptop shows them: all they hold is
       * walked. */
      audit_hidden (GTK_WIDGET (controls), on_controls);
      audit (GTK_WIDGET (audience), on_audience);
      if (phase + 1 < G_N_ELEMENTS (phases))
        g_assert_true (lds_workshop_session_activate (session, "next-phase", NULL));
      lds_test_ui_iterate ();
    }
  lds_workshop_session_close (session);
  lds_test_ui_iterate ();
}

/* GTK's About window, with our words and links in it. (GTK's Keyboard
 * Shortcuts window holds no control of ours; GTK 4.8 leaves its search
 * button unnamed.) */
static void
test_about (void)
{
  audit_action (GTK_WIDGET (window), "app.about", NULL, "window “About”");
}

/* Every accelerator of an action is in the shortcuts window. */

/* Whether @shortcut shows @accel: by its action, or among its keys. */
static gboolean
shows (GtkWidget  *shortcut,
       const char *action,
       const char *accel)
{
  g_autofree char *action_name = NULL, *accelerator = NULL;
  g_auto(GStrv) keys = NULL;
  guint keyval = 0, want_keyval = 0;
  GdkModifierType mods = 0, want_mods = 0;

  g_object_get (shortcut, "action-name", &action_name, "accelerator", &accelerator, NULL);
  if (g_strcmp0 (action_name, action) == 0)
    return TRUE;
  if (accelerator == NULL || !gtk_accelerator_parse (accel, &want_keyval, &want_mods))
    return FALSE;
  keys = g_strsplit (accelerator, " ", -1);
  for (guint i = 0; keys[i] != NULL; i++)
    if (gtk_accelerator_parse (keys[i], &keyval, &mods) &&
        gdk_keyval_to_lower (keyval) == gdk_keyval_to_lower (want_keyval) && mods == want_mods)
      return TRUE;
  return FALSE;
}

static void
test_accelerators_listed (void)
{
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (app));
  g_autoptr(GPtrArray) shortcuts = g_ptr_array_new ();
  GtkWidget *overlay;
  guint n_accels = 0, n_missing = 0;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  lds_test_ui_iterate ();
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  lds_test_ui_collect_type (overlay, GTK_TYPE_SHORTCUTS_SHORTCUT, shortcuts);
  gtk_widget_set_visible (overlay, FALSE);
  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), actions[i]);
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;

      /* Described with its target ("app.open-recent::…"): the action alone is listed. */
      g_assert_true (g_action_parse_detailed_name (actions[i], &action, &target, NULL));
      for (guint a = 0; accels[a] != NULL; a++)
        {
          gboolean listed = FALSE;

          n_accels++;
          for (guint s = 0; s < shortcuts->len && !listed; s++)
            listed = shows (shortcuts->pdata[s], action, accels[a]);
          if (!listed)
            {
              g_printerr ("The shortcuts window does not list %s (%s)\n", accels[a], actions[i]);
              n_missing++;
            }
        }
    }
  g_assert_cmpuint (n_accels, >, 0);
  if (n_missing > 0)
    g_test_fail_printf ("%u of %u accelerators are not in the shortcuts window (listed above)",
                        n_missing, n_accels);
}

int
main (int   argc,
      char *argv[])
{
  /* Every place is audited even when one fails, so that one run lists
   * every offender. */
  g_autofree char **args = g_new0 (char *, argc + 2);
  int status;

  memcpy (args, argv, argc * sizeof (char *));
  args[argc++] = (char *) "--keep-going";
  argv = args;
  /* A data folder of the test's own (recent files), before GLib reads
   * the environment */
  dir = lds_test_make_dir ();
  g_setenv ("XDG_DATA_HOME", dir, TRUE);
  lds_test_init (&argc, &argv);
  gtk_init ();

  /* In Chinese, the organisation is Chinese too, down to its file name. */
  sample_path = g_build_filename (dir, chinese () ? "青禾科技.lodestar" : "sample.lodestar", NULL);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(LdsStore) store = lds_store_open (sample_path, LDS_STORE_OPEN_CREATE, &error);

    g_assert_no_error (error);
    g_assert_true (lds_demo_write_sample (store, lds_demo_language_for_locale (), LDS_DEMO_DEFAULT,
                                          &error));
    g_assert_no_error (error);
  }
  app = lds_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  lds_application_open_path (app, sample_path, NULL);
  lds_test_ui_wait (300);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (LDS_IS_WINDOW (l->data))
      window = l->data;
  g_assert_nonnull (window);
  wait_mapped (GTK_WIDGET (window));

  choose_owners ();

  g_test_add_func ("/accessibility/window", test_frame);
  {
    GtkStack *views = lds_test_ui_views_stack (GTK_WIDGET (window));
    g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (views));

    for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (pages, i);
        const char *name = gtk_stack_page_get_name (GTK_STACK_PAGE (item));
        g_autofree char *path = g_strdup_printf ("/accessibility/view/%s", name);

        g_test_add_data_func_full (path, g_strdup (name), test_view, g_free);
      }
  }
  g_test_add_func ("/accessibility/dialogs/organisation", test_organisation_dialogs);
  g_test_add_func ("/accessibility/dialogs/cycles", test_cycle_dialogs);
  g_test_add_func ("/accessibility/dialogs/objective", test_objective_dialogs);
  g_test_add_func ("/accessibility/dialogs/tracking", test_tracking_dialogs);
  g_test_add_func ("/accessibility/dialogs/import", test_import_dialog);
  g_test_add_func ("/accessibility/dialogs/workshop", test_workshop);
  g_test_add_func ("/accessibility/windows", test_application_windows);
  g_test_add_func ("/accessibility/about", test_about);
  g_test_add_func ("/accessibility/accelerators-listed", test_accelerators_listed);

  status = g_test_run ();
  g_clear_object (&app);
  lds_test_remove_dir (dir);
  g_free (sample_path);
  g_free (dir);
  return status;
}
