/* lds-pickers.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-pickers"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "lds-format.h"
#include "lds-pickers.h"

#define SUBTITLE_KEY "lds-subtitle"
#define DEPTH_KEY    "lds-depth"

/* Enums */

/**
 * lds_enum_dropdown_new:
 *
 * A drop-down of the translated words of @enum_type, whose values run
 * from 0 without gaps: the position chosen is the value.
 */
GtkWidget *
lds_enum_dropdown_new (GType enum_type)
{
  g_autoptr(GtkStringList) words = gtk_string_list_new (NULL);
  guint n = lds_enum_n_values (enum_type);

  for (guint i = 0; i < n; i++)
    gtk_string_list_append (words, lds_enum_label (enum_type, i));
  return gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&words)), NULL);
}

int
lds_enum_dropdown_get (GtkWidget *dropdown)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  return selected == GTK_INVALID_LIST_POSITION ? 0 : (int) selected;
}

void
lds_enum_dropdown_set (GtkWidget *dropdown,
                       int        value)
{
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), value);
}

/* Records */

static LdsRecordObject *
item_new (LdsRecordType  type,
          gpointer       record,
          const char    *subtitle,
          int            depth)
{
  LdsRecordObject *item = lds_record_object_new (type, record);

  g_object_set_data_full (G_OBJECT (item), SUBTITLE_KEY, g_strdup (subtitle), g_free);
  g_object_set_data (G_OBJECT (item), DEPTH_KEY, GINT_TO_POINTER (depth));
  return item;
}

typedef struct
{
  GListStore   *list;
  GHashTable   *units_of;    /* parent id → GPtrArray of LdsUnit (borrowed) */
  GHashTable   *people_of;   /* unit id → GPtrArray of LdsPerson (borrowed) */
  LdsOwnerFlags flags;
  LdsId         skip_unit;
} Owners;

static void
add_unit_branch (Owners  *o,
                 LdsId    parent,
                 int      depth)
{
  GPtrArray *units = g_hash_table_lookup (o->units_of, GSIZE_TO_POINTER (parent));

  for (guint i = 0; units != NULL && i < units->len && depth < 32; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      GPtrArray *people = g_hash_table_lookup (o->people_of, GSIZE_TO_POINTER (unit->id));

      if (unit->id == o->skip_unit)
        continue;
      if (o->flags & LDS_OWNERS_UNITS)
        {
          g_autoptr(LdsRecordObject) item =
            item_new (LDS_RECORD_UNIT, lds_unit_copy (unit),
                      lds_enum_label (lds_unit_kind_get_type (), unit->kind), depth);
          g_list_store_append (o->list, item);
        }
      for (guint j = 0; (o->flags & LDS_OWNERS_PEOPLE) && people != NULL && j < people->len; j++)
        {
          LdsPerson *person = g_ptr_array_index (people, j);
          g_autoptr(LdsRecordObject) item =
            item_new (LDS_RECORD_PERSON, lds_person_copy (person), unit->name, depth + 1);
          g_list_store_append (o->list, item);
        }
      add_unit_branch (o, unit->id, depth + 1);
    }
}

static void
group_by (GHashTable *table,
          LdsId       key,
          gpointer    record)
{
  GPtrArray *list = g_hash_table_lookup (table, GSIZE_TO_POINTER (key));

  if (list == NULL)
    {
      list = g_ptr_array_new ();
      g_hash_table_insert (table, GSIZE_TO_POINTER (key), list);
    }
  g_ptr_array_add (list, record);
}

/**
 * lds_owner_model_new:
 * @skip_unit: a unit to leave out with everything below it (0: none), so
 *   that a unit cannot be put inside itself
 *
 * Returns: (transfer full): LdsRecordObjects of units and people, in the
 *   order of the organisation tree
 */
GListModel *
lds_owner_model_new (LdsStore      *store,
                     LdsOwnerFlags  flags,
                     LdsId          skip_unit)
{
  g_autoptr(GPtrArray) units = lds_store_list (store, LDS_RECORD_UNIT, NULL);
  g_autoptr(GPtrArray) people = NULL;
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
  Owners o = { g_list_store_new (LDS_TYPE_RECORD_OBJECT), NULL, NULL, flags, skip_unit };

  o.units_of = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  o.people_of = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  if (flags & LDS_OWNERS_PEOPLE)
    people = lds_store_list (store, LDS_RECORD_PERSON, NULL);

  if (flags & LDS_OWNERS_NONE)
    {
      LdsRecordType type = (flags & LDS_OWNERS_UNITS) ? LDS_RECORD_UNIT : LDS_RECORD_PERSON;
      gpointer none = lds_record_new (type);
      g_autoptr(LdsRecordObject) item = NULL;

      if (type == LDS_RECORD_UNIT)
        lds_set_text (&((LdsUnit *) none)->name, C_("owner", "None"));
      else
        lds_set_text (&((LdsPerson *) none)->name, C_("owner", "No owner"));
      item = item_new (type, none, NULL, 0);
      g_list_store_append (o.list, item);
    }

  for (guint i = 0; units != NULL && i < units->len; i++)
    g_hash_table_add (ids, GSIZE_TO_POINTER (((LdsUnit *) units->pdata[i])->id));
  for (guint i = 0; units != NULL && i < units->len; i++)
    {
      LdsUnit *unit = g_ptr_array_index (units, i);
      /* A unit whose parent is missing is shown at the top rather than lost. */
      LdsId parent = g_hash_table_contains (ids, GSIZE_TO_POINTER (unit->parent_id))
                       ? unit->parent_id : 0;

      group_by (o.units_of, parent, unit);
    }
  for (guint i = 0; people != NULL && i < people->len; i++)
    group_by (o.people_of, ((LdsPerson *) people->pdata[i])->unit_id, people->pdata[i]);

  add_unit_branch (&o, 0, 0);

  g_hash_table_unref (o.units_of);
  g_hash_table_unref (o.people_of);
  return G_LIST_MODEL (o.list);
}

static void
add_cycle_branch (GListStore *list,
                  GHashTable *cycles_of,
                  LdsId       parent,
                  int         depth)
{
  GPtrArray *cycles = g_hash_table_lookup (cycles_of, GSIZE_TO_POINTER (parent));

  for (guint i = 0; cycles != NULL && i < cycles->len && depth < 16; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);
      g_autofree char *start = lds_format_date (cycle->start_date);
      g_autofree char *end = lds_format_date (cycle->end_date);
      /* Translators: a cycle's first and last days and its state, as in
       * "1 Oct 2026 – 31 Dec 2026 · Active" */
      g_autofree char *subtitle = g_strdup_printf (_("%1$s – %2$s · %3$s"), start, end,
                                                   lds_enum_label (lds_cycle_state_get_type (),
                                                                   cycle->state));
      g_autoptr(LdsRecordObject) item = item_new (LDS_RECORD_CYCLE, lds_cycle_copy (cycle),
                                                  subtitle, depth);

      g_list_store_append (list, item);
      add_cycle_branch (list, cycles_of, cycle->id, depth + 1);
    }
}

/**
 * lds_cycle_model_new:
 * @with_none: a first item "None" (id 0), for a cycle that lies in no other
 *
 * Returns: (transfer full): LdsRecordObjects of the cycles, each followed
 *   by the cycles inside it
 */
GListModel *
lds_cycle_model_new (LdsStore *store,
                     gboolean  with_none)
{
  g_autoptr(GPtrArray) cycles = lds_store_list (store, LDS_RECORD_CYCLE, NULL);
  g_autoptr(GHashTable) cycles_of = g_hash_table_new_full (NULL, NULL, NULL,
                                                           (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) ids = g_hash_table_new (NULL, NULL);
  GListStore *list = g_list_store_new (LDS_TYPE_RECORD_OBJECT);

  if (with_none)
    {
      LdsCycle *none = lds_cycle_new ();
      g_autoptr(LdsRecordObject) item = NULL;

      lds_set_text (&none->name, C_("cycle", "None"));
      item = item_new (LDS_RECORD_CYCLE, none, NULL, 0);
      g_list_store_append (list, item);
    }
  for (guint i = 0; cycles != NULL && i < cycles->len; i++)
    g_hash_table_add (ids, GSIZE_TO_POINTER (((LdsCycle *) cycles->pdata[i])->id));
  for (guint i = 0; cycles != NULL && i < cycles->len; i++)
    {
      LdsCycle *cycle = g_ptr_array_index (cycles, i);

      group_by (cycles_of, g_hash_table_contains (ids, GSIZE_TO_POINTER (cycle->parent_id))
                             ? cycle->parent_id : 0, cycle);
    }
  add_cycle_branch (list, cycles_of, 0, 0);
  return G_LIST_MODEL (list);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              gpointer                  with_subtitle)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_box_append (GTK_BOX (box), gtk_image_new ());
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (labels), title);
  if (with_subtitle != NULL)
    {
      GtkWidget *subtitle = gtk_label_new (NULL);

      gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
      gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_box_append (GTK_BOX (labels), subtitle);
    }
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             gpointer                  with_subtitle)
{
  LdsRecordObject *item = gtk_list_item_get_item (list_item);
  GtkWidget *box = gtk_list_item_get_child (list_item);
  GtkWidget *icon = gtk_widget_get_first_child (box);
  GtkWidget *labels = gtk_widget_get_next_sibling (icon);
  GtkWidget *title = gtk_widget_get_first_child (labels);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  const char *text = g_object_get_data (G_OBJECT (item), SUBTITLE_KEY);
  gboolean none = lds_record_object_get_id (item) == 0;

  gtk_image_set_from_icon_name (GTK_IMAGE (icon),
                                none ? NULL : lds_record_object_get_icon_name (item));
  gtk_label_set_label (GTK_LABEL (title), lds_record_object_get_title (item));
  if (subtitle != NULL)
    {
      gtk_label_set_label (GTK_LABEL (subtitle), text);
      gtk_widget_set_visible (subtitle, text != NULL);
      gtk_widget_set_margin_start (box, 12 * GPOINTER_TO_INT (g_object_get_data (G_OBJECT (item),
                                                                                 DEPTH_KEY)));
    }
}

static GtkListItemFactory *
row_factory (gboolean with_subtitle)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb),
                    GINT_TO_POINTER (with_subtitle));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), GINT_TO_POINTER (with_subtitle));
  return factory;
}

/**
 * lds_record_dropdown_new:
 * @model: (transfer full): LdsRecordObjects, as made by lds_owner_model_new()
 *
 * A drop-down that finds its items by name as one types.
 */
GtkWidget *
lds_record_dropdown_new (GListModel *model)
{
  GtkWidget *dropdown = gtk_drop_down_new (model, NULL);

  lds_record_dropdown_setup (dropdown);
  return dropdown;
}

/* Makes a drop-down of LdsRecordObjects show them as the ones above do. */
void
lds_record_dropdown_setup (GtkWidget *dropdown)
{
  g_autoptr(GtkExpression) expression = gtk_property_expression_new (LDS_TYPE_RECORD_OBJECT, NULL,
                                                                     "title");
  g_autoptr(GtkListItemFactory) button = row_factory (FALSE);
  g_autoptr(GtkListItemFactory) list = row_factory (TRUE);

  gtk_drop_down_set_expression (GTK_DROP_DOWN (dropdown), expression);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (dropdown), TRUE);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (dropdown), button);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (dropdown), list);
}

gboolean
lds_record_dropdown_select (GtkWidget     *dropdown,
                            LdsRecordType  type,
                            LdsId          id)
{
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (dropdown));
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LdsRecordObject) item = g_list_model_get_item (model, i);

      if (lds_record_object_get_id (item) == id &&
          (id == 0 || lds_record_object_get_kind (item) == type))
        {
          gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * lds_record_dropdown_get:
 *
 * Returns: (transfer none) (nullable): the item chosen
 */
LdsRecordObject *
lds_record_dropdown_get (GtkWidget *dropdown)
{
  return gtk_drop_down_get_selected_item (GTK_DROP_DOWN (dropdown));
}

/* Numbers */

/**
 * lds_parse_number:
 * @text: what was typed; blank means "not set" (NAN)
 *
 * Reads a number as people type it: "1200", "1 200", "1,200", "0.5", "-3",
 * and with full-width digits as Chinese input methods write them.
 */
gboolean
lds_parse_number (const char  *text,
                  double      *value,
                  GError     **error)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  char *end = NULL;
  double parsed;

  for (const char *p = text != NULL ? text : ""; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      /* Spaces and commas group digits; full-width forms count as digits. */
      if (g_unichar_isspace (c) || c == 0x2009 || c == 0x202f || c == ',' || c == 0xff0c)
        continue;
      if (g_unichar_isdigit (c))
        g_string_append_c (clean, '0' + g_unichar_digit_value (c));
      else if (c == '.' || c == 0xff0e)
        g_string_append_c (clean, '.');
      else if (c == '-' || c == 0x2212 || c == 0xff0d)
        g_string_append_c (clean, '-');
      else if (c == '+' || c == 'e' || c == 'E')
        g_string_append_c (clean, (char) c);
      else
        g_string_append_c (clean, '?');
    }
  if (clean->len == 0)
    {
      *value = NAN;
      return TRUE;
    }
  parsed = g_ascii_strtod (clean->str, &end);
  if (end == clean->str || *end != '\0' || !isfinite (parsed))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   /* Translators: %s is what was typed where a number was expected */
                   _("“%s” is not a number. Write it with digits, such as 12 or 0.5."),
                   text);
      return FALSE;
    }
  *value = parsed;
  return TRUE;
}

/* A number as an entry shows it for editing: all its digits, no grouping. */
char *
lds_number_text (double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (isnan (value))
    return g_strdup ("");
  return g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%.12g", value));
}
