/* lds-org-dialogs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-org-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-form.h"
#include "lds-org-dialogs.h"
#include "lds-pickers.h"
#include "lds-store-okr.h"

typedef struct
{
  LdsStore      *store;
  LdsRecordType  type;
  LdsId          id;
  LdsForm       *form;
  GtkWidget     *move_objectives;   /* delete dialog: the choice to keep the OKRs */
} Dialog;

static void
dialog_free (Dialog *d)
{
  g_clear_object (&d->store);
  g_free (d);
}

/* A dialog with Cancel and @accept in its header bar, and a form. */
static GtkWidget *
dialog_new (GtkWindow     *parent,
            const char    *title,
            const char    *accept,
            gboolean       destructive,
            LdsStore      *store,
            LdsRecordType  type,
            LdsId          id,
            Dialog       **out)
{
  Dialog *d = g_new0 (Dialog, 1);
  GtkWidget *dialog = lds_form_dialog_new (parent, title, accept, destructive, &d->form);

  d->store = g_object_ref (store);
  d->type = type;
  d->id = id;
  g_object_set_data_full (G_OBJECT (dialog), "lds-dialog", d, (GDestroyNotify) dialog_free);
  *out = d;
  return dialog;
}

static GtkWidget *
name_entry (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

static LdsId
chosen_id (Dialog     *d,
           const char *field)
{
  LdsRecordObject *item = lds_record_dropdown_get (lds_form_get_widget (d->form, field));

  return item != NULL ? lds_record_object_get_id (item) : 0;
}

static gboolean
finish (Dialog    *d,
        gboolean   ok,
        GError   **error)
{
  if (!ok)
    {
      lds_store_rollback (d->store);
      return FALSE;
    }
  return lds_store_commit (d->store, error);
}

/* Units */

static gboolean
save_unit (Dialog  *d,
           GError **error)
{
  g_autoptr(LdsUnit) unit = d->id != 0 ? lds_store_get (d->store, LDS_RECORD_UNIT, d->id, error)
                                       : lds_unit_new ();
  g_autofree char *name = NULL;
  const char *field = NULL;
  LdsId parent;
  gboolean ok;

  if (unit == NULL)
    return FALSE;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (d->form,
                                                                                         "name")))));
  parent = chosen_id (d, "parent_id");
  lds_set_text (&unit->name, name);
  unit->kind = lds_enum_dropdown_get (lds_form_get_widget (d->form, "kind"));
  if (d->id == 0)
    unit->parent_id = parent;
  {
    g_autoptr(LdsUnit) check = lds_unit_copy (unit);

    check->parent_id = parent;
    if (!lds_store_check_record (d->store, LDS_RECORD_UNIT, check, &field, error))
      {
        lds_form_set_error (d->form, field, (*error)->message);
        return FALSE;
      }
  }
  if (d->id == 0)
    return lds_store_append (d->store, LDS_RECORD_UNIT, unit, error);

  /* Moving and renaming: one action, the move first (it numbers the unit
   * among its new siblings). */
  if (!lds_store_begin (d->store, _("Change Unit"), error))
    return FALSE;
  ok = lds_store_move_unit (d->store, d->id, parent, error);
  if (ok)
    {
      g_autoptr(LdsUnit) moved = lds_store_get (d->store, LDS_RECORD_UNIT, d->id, error);

      ok = moved != NULL;
      if (ok)
        {
          lds_set_text (&moved->name, unit->name);
          moved->kind = unit->kind;
          ok = lds_store_update (d->store, LDS_RECORD_UNIT, moved, error);
        }
    }
  return finish (d, ok, error);
}

/* Persons */

static gboolean
save_person (Dialog  *d,
             GError **error)
{
  g_autoptr(LdsPerson) person = d->id != 0 ? lds_store_get (d->store, LDS_RECORD_PERSON, d->id,
                                                            error)
                                           : lds_person_new ();
  g_autofree char *name = NULL;
  const char *field = NULL;
  LdsId unit;
  gboolean ok;

  if (person == NULL)
    return FALSE;
  name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (d->form,
                                                                                         "name")))));
  unit = chosen_id (d, "unit_id");
  lds_set_text (&person->name, name);
  person->role = lds_enum_dropdown_get (lds_form_get_widget (d->form, "role"));
  person->champion = gtk_check_button_get_active (GTK_CHECK_BUTTON (lds_form_get_widget (d->form,
                                                                                         "champion")));
  lds_set_text (&person->email,
                gtk_editable_get_text (GTK_EDITABLE (lds_form_get_widget (d->form, "email"))));
  {
    g_autoptr(LdsPerson) check = lds_person_copy (person);

    check->unit_id = unit;
    if (!lds_store_check_record (d->store, LDS_RECORD_PERSON, check, &field, error))
      {
        lds_form_set_error (d->form, field, (*error)->message);
        return FALSE;
      }
  }
  if (d->id == 0)
    {
      person->unit_id = unit;
      return lds_store_append (d->store, LDS_RECORD_PERSON, person, error);
    }

  if (!lds_store_begin (d->store, _("Change Person"), error))
    return FALSE;
  ok = lds_store_move_person (d->store, d->id, unit, error);
  if (ok)
    {
      g_autoptr(LdsPerson) moved = lds_store_get (d->store, LDS_RECORD_PERSON, d->id, error);

      ok = moved != NULL;
      if (ok)
        {
          lds_set_text (&moved->name, person->name);
          moved->role = person->role;
          moved->champion = person->champion;
          lds_set_text (&moved->email, person->email);
          ok = lds_store_update (d->store, LDS_RECORD_PERSON, moved, error);
        }
    }
  return finish (d, ok, error);
}

/* Deleting */

static gboolean
save_delete (Dialog  *d,
             GError **error)
{
  LdsOkrFate fate = d->move_objectives != NULL &&
                    gtk_check_button_get_active (GTK_CHECK_BUTTON (d->move_objectives))
                      ? LDS_OKR_FATE_MOVE : LDS_OKR_FATE_DELETE;

  if (d->type == LDS_RECORD_UNIT)
    return lds_store_delete_unit (d->store, d->id, fate, error);
  return lds_store_delete_person (d->store, d->id, fate, error);
}

/* Moving an objective */

static gboolean
save_move (Dialog  *d,
           GError **error)
{
  LdsRecordObject *owner = lds_record_dropdown_get (lds_form_get_widget (d->form, "owner_unit_id"));
  LdsId cycle = chosen_id (d, "cycle_id");

  if (owner == NULL)
    return TRUE;
  return lds_store_move_objective (d->store, d->id, lds_record_object_get_kind (owner),
                                   lds_record_object_get_id (owner), cycle, error);
}

static void
response_cb (GtkDialog *dialog,
             int        response,
             gboolean (*save) (Dialog *, GError **))
{
  Dialog *d = g_object_get_data (G_OBJECT (dialog), "lds-dialog");
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      lds_form_clear_errors (d->form);
      if (!save (d, &error))
        {
          lds_form_show_refusal (d->form, GTK_WIDGET (dialog), error);
          return;
        }
    }
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/**
 * lds_unit_dialog_new:
 * @unit_id: the unit to change, or 0 for a new unit
 * @parent_id: for a new unit, the unit to put it in (0: a new company)
 */
GtkWidget *
lds_unit_dialog_new (GtkWindow *parent,
                     LdsStore  *store,
                     LdsId      unit_id,
                     LdsId      parent_id)
{
  g_autoptr(LdsUnit) unit = unit_id != 0 ? lds_store_get (store, LDS_RECORD_UNIT, unit_id, NULL)
                                         : NULL;
  g_autoptr(LdsUnit) above = NULL;
  GtkWidget *dialog, *kind, *parents;
  Dialog *d;
  LdsUnitKind default_kind = LDS_UNIT_KIND_COMPANY;

  if (unit != NULL)
    parent_id = unit->parent_id;
  else if (parent_id != 0 && (above = lds_store_get (store, LDS_RECORD_UNIT, parent_id, NULL)) != NULL)
    default_kind = above->kind == LDS_UNIT_KIND_COMPANY ? LDS_UNIT_KIND_DEPARTMENT : LDS_UNIT_KIND_TEAM;

  dialog = dialog_new (parent, unit != NULL ? _("Edit Unit") : _("New Unit"),
                       unit != NULL ? _("_Save") : _("_Add"), FALSE, store, LDS_RECORD_UNIT,
                       unit_id, &d);
  lds_form_add (d->form, "name", _("_Name"), name_entry (unit != NULL ? unit->name : NULL));
  kind = lds_enum_dropdown_new (lds_unit_kind_get_type ());
  lds_enum_dropdown_set (kind, unit != NULL ? unit->kind : default_kind);
  lds_form_add (d->form, "kind", _("_Kind"), kind);
  parents = lds_record_dropdown_new (lds_owner_model_new (store, LDS_OWNERS_UNITS | LDS_OWNERS_NONE,
                                                          unit_id));
  lds_record_dropdown_select (parents, LDS_RECORD_UNIT, parent_id);
  lds_form_add (d->form, "parent_id", _("_Inside"), parents);
  lds_form_add_caption (d->form, "parent_id", _("A unit moves with everything in it: its people, the units inside it, and all their OKRs."));
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), save_unit);
  return dialog;
}

/**
 * lds_person_dialog_new:
 * @person_id: the person to change, or 0 for a new person
 * @unit_id: for a new person, their unit
 */
GtkWidget *
lds_person_dialog_new (GtkWindow *parent,
                       LdsStore  *store,
                       LdsId      person_id,
                       LdsId      unit_id)
{
  g_autoptr(LdsPerson) person = person_id != 0 ? lds_store_get (store, LDS_RECORD_PERSON,
                                                                person_id, NULL)
                                               : NULL;
  GtkWidget *dialog, *units, *role, *champion;
  Dialog *d;

  dialog = dialog_new (parent, person != NULL ? _("Edit Person") : _("New Person"),
                       person != NULL ? _("_Save") : _("_Add"), FALSE, store, LDS_RECORD_PERSON,
                       person_id, &d);
  lds_form_add (d->form, "name", _("_Name"), name_entry (person != NULL ? person->name : NULL));
  units = lds_record_dropdown_new (lds_owner_model_new (store, LDS_OWNERS_UNITS, 0));
  lds_record_dropdown_select (units, LDS_RECORD_UNIT, person != NULL ? person->unit_id : unit_id);
  lds_form_add (d->form, "unit_id", _("_Unit"), units);
  role = lds_enum_dropdown_new (lds_role_get_type ());
  lds_enum_dropdown_set (role, person != NULL ? person->role : LDS_ROLE_MEMBER);
  lds_form_add (d->form, "role", _("_Role"), role);
  champion = lds_form_check_new (_("OKR _champion: coaches teams as they draft "
                                                   "and review their OKRs"));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (champion), person != NULL && person->champion);
  lds_form_add (d->form, "champion", NULL, champion);
  lds_form_add (d->form, "email", _("_Email"), name_entry (person != NULL ? person->email : NULL));
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), save_person);
  return dialog;
}

/**
 * lds_delete_owner_dialog_new:
 * @type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 *
 * Asks what becomes of the OKRs of the unit (and everything below it) or
 * person, and deletes.
 */
GtkWidget *
lds_delete_owner_dialog_new (GtkWindow     *parent,
                             LdsStore      *store,
                             LdsRecordType  type,
                             LdsId          id)
{
  LdsBranchCounts counts = { 0 };
  g_autofree char *name = NULL;
  g_autofree char *heir = NULL;
  g_autofree char *title = NULL;
  g_autofree char *body = NULL;
  g_autofree char *move_text = NULL;
  GtkWidget *dialog, *label, *delete_objectives;
  Dialog *d;

  if (type == LDS_RECORD_UNIT)
    {
      g_autoptr(LdsUnit) unit = lds_store_get (store, type, id, NULL);
      g_autoptr(LdsUnit) above = unit != NULL && unit->parent_id != 0
        ? lds_store_get (store, type, unit->parent_id, NULL) : NULL;

      name = g_strdup (unit != NULL ? unit->name : "");
      heir = above != NULL ? g_strdup (above->name) : NULL;
    }
  else
    {
      g_autoptr(LdsPerson) person = lds_store_get (store, type, id, NULL);
      g_autoptr(LdsUnit) unit = person != NULL ? lds_store_get (store, LDS_RECORD_UNIT,
                                                                person->unit_id, NULL) : NULL;

      name = g_strdup (person != NULL ? person->name : "");
      heir = unit != NULL ? g_strdup (unit->name) : NULL;
    }
  lds_store_count_branch (store, type, id, &counts, NULL);

  /* Translators: %s is the name of a unit or person */
  title = g_strdup_printf (_("Delete “%s”?"), name);
  dialog = dialog_new (parent, title, _("_Delete"), TRUE, store, type, id, &d);

  body = type == LDS_RECORD_UNIT
    /* Translators: %s is a unit's name */
    ? g_strdup_printf (_("“%s” will be deleted, with the units and people in it."), name)
    /* Translators: %s is a person's name */
    : g_strdup_printf (_("“%s” will be taken out of the organisation."), name);
  label = gtk_label_new (body);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  lds_form_add_widget (d->form, label);
  {
    GtkWidget *grid = gtk_grid_new ();
    g_autofree char *units = g_strdup_printf ("%u", counts.n_units);
    g_autofree char *people = g_strdup_printf ("%u", counts.n_people);
    g_autofree char *objectives = g_strdup_printf ("%u", counts.n_objectives);
    const char *lines[][2] = {
      { _("Units below it"), units },
      { _("People in it"), people },
      { _("Objectives they own, in all cycles"), objectives },
    };

    gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
    for (guint i = type == LDS_RECORD_UNIT ? 0 : 2, row = 0; i < G_N_ELEMENTS (lines); i++, row++)
      {
        GtkWidget *what = gtk_label_new (lines[i][0]);
        GtkWidget *count = gtk_label_new (lines[i][1]);

        gtk_label_set_xalign (GTK_LABEL (what), 0);
        gtk_widget_add_css_class (what, "dim-label");
        gtk_label_set_xalign (GTK_LABEL (count), 1);
        gtk_widget_add_css_class (count, "numeric");
        gtk_grid_attach (GTK_GRID (grid), what, 0, row, 1, 1);
        gtk_grid_attach (GTK_GRID (grid), count, 1, row, 1, 1);
      }
    lds_form_add_widget (d->form, grid);
  }

  if (heir != NULL)
    {
      /* Translators: %s is the unit that takes the objectives */
      move_text = g_strdup_printf (_("_Move the objectives to “%s”"), heir);
      d->move_objectives = lds_form_check_new (move_text);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (d->move_objectives), TRUE);
      lds_form_add (d->form, "move", NULL, d->move_objectives);
    }
  delete_objectives = lds_form_check_new (_("_Delete the objectives too, with "
                                                            "their key results and check-ins"));
  if (d->move_objectives != NULL)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (delete_objectives),
                                GTK_CHECK_BUTTON (d->move_objectives));
  else
    gtk_check_button_set_active (GTK_CHECK_BUTTON (delete_objectives), TRUE);
  lds_form_add (d->form, "delete", NULL, delete_objectives);
  gtk_widget_set_visible (gtk_widget_get_parent (delete_objectives), counts.n_objectives > 0);
  if (d->move_objectives != NULL)
    gtk_widget_set_visible (gtk_widget_get_parent (d->move_objectives), counts.n_objectives > 0);
  {
    GtkWidget *note = gtk_label_new (_("You can undo this."));
    gtk_widget_add_css_class (note, "dim-label");
    gtk_label_set_xalign (GTK_LABEL (note), 0);
    lds_form_add_widget (d->form, note);
  }
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), save_delete);
  return dialog;
}

/**
 * lds_move_objective_dialog_new:
 *
 * Gives an objective to another owner, or puts it in another cycle.
 */
GtkWidget *
lds_move_objective_dialog_new (GtkWindow *parent,
                               LdsStore  *store,
                               LdsId      objective_id)
{
  g_autoptr(LdsObjective) o = lds_store_get (store, LDS_RECORD_OBJECTIVE, objective_id, NULL);
  g_autofree char *title = NULL;
  GtkWidget *dialog, *owners, *cycles;
  Dialog *d;

  /* Translators: %s is an objective's title */
  title = g_strdup_printf (_("Move “%s”"), o != NULL ? o->title : "");
  dialog = dialog_new (parent, title, _("_Move"), FALSE, store, LDS_RECORD_OBJECTIVE, objective_id,
                       &d);
  owners = lds_record_dropdown_new (lds_owner_model_new (store, LDS_OWNERS_UNITS | LDS_OWNERS_PEOPLE,
                                                         0));
  cycles = lds_record_dropdown_new (lds_cycle_model_new (store, FALSE));
  if (o != NULL)
    {
      lds_record_dropdown_select (owners, o->owner_unit_id != 0 ? LDS_RECORD_UNIT : LDS_RECORD_PERSON,
                                  o->owner_unit_id != 0 ? o->owner_unit_id : o->owner_person_id);
      lds_record_dropdown_select (cycles, LDS_RECORD_CYCLE, o->cycle_id);
    }
  lds_form_add (d->form, "owner_unit_id,owner_person_id", _("_Owner"), owners);
  lds_form_add (d->form, "cycle_id", _("C_ycle"), cycles);
  lds_form_add_caption (d->form, "cycle_id", _("Its key results, check-ins and alignment go "
                                               "with it."));
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), save_move);
  return dialog;
}
