/* lds-context.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every window has one context, and every view of the window shares it: the
 * organisation file, the cycle chosen, the unit or person chosen in the
 * organisation tree ("owner"), and the objective in focus. A view that
 * changes one of them (the map selecting a node, the sidebar choosing a
 * team) sets it here; the others follow through notify signals. The day
 * shown ("at": the end of a past day, 0 for today) is shared the same way:
 * the map and the lists show the organisation as it stood then. A view asks
 * for a record to be shown for editing with ::open-record; the window
 * brings the view that edits it forward.
 */

#define G_LOG_DOMAIN "lds-context"

#include "config.h"

#include "lds-context.h"

struct _LdsContext
{
  GObject        parent_instance;

  LdsStore      *store;
  LdsId          cycle_id;
  LdsRecordType  owner_type;
  LdsId          owner_id;
  LdsId          objective_id;
  gint64         at;
};

enum {
  PROP_0,
  PROP_STORE,
  PROP_CYCLE_ID,
  PROP_OWNER_ID,
  PROP_OBJECTIVE_ID,
  PROP_AT,
  N_PROPS
};

enum {
  OPEN_RECORD,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsContext, lds_context, G_TYPE_OBJECT)

static void
lds_context_finalize (GObject *object)
{
  LdsContext *self = LDS_CONTEXT (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (lds_context_parent_class)->finalize (object);
}

static void
lds_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  LdsContext *self = LDS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_CYCLE_ID:
      g_value_set_int64 (value, self->cycle_id);
      break;
    case PROP_OWNER_ID:
      g_value_set_int64 (value, self->owner_id);
      break;
    case PROP_OBJECTIVE_ID:
      g_value_set_int64 (value, self->objective_id);
      break;
    case PROP_AT:
      g_value_set_int64 (value, self->at);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  LdsContext *self = LDS_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_CYCLE_ID:
      lds_context_set_cycle_id (self, g_value_get_int64 (value));
      break;
    case PROP_OBJECTIVE_ID:
      lds_context_set_objective_id (self, g_value_get_int64 (value));
      break;
    case PROP_AT:
      lds_context_set_at (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_context_class_init (LdsContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lds_context_finalize;
  object_class->get_property = lds_context_get_property;
  object_class->set_property = lds_context_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, LDS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CYCLE_ID] =
    g_param_spec_int64 ("cycle-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The owner is a type and an id; "owner-id" is notified when either changes. */
  properties[PROP_OWNER_ID] =
    g_param_spec_int64 ("owner-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OBJECTIVE_ID] =
    g_param_spec_int64 ("objective-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The day shown: the end of a past day, 0 for today. */
  properties[PROP_AT] =
    g_param_spec_int64 ("at", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LdsContext::open-record:
   * @type: an LdsRecordType
   * @id: the record
   *
   * A view asks for the record to be shown where it can be edited.
   */
  signals[OPEN_RECORD] =
    g_signal_new ("open-record", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 2, G_TYPE_INT, G_TYPE_INT64);
}

static void
lds_context_init (LdsContext *self)
{
}

LdsContext *
lds_context_new (LdsStore *store)
{
  g_return_val_if_fail (LDS_IS_STORE (store), NULL);

  return g_object_new (LDS_TYPE_CONTEXT, "store", store, NULL);
}

/**
 * lds_context_get_store:
 *
 * Returns: (transfer none): the organisation file
 */
LdsStore *
lds_context_get_store (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), NULL);

  return self->store;
}

LdsId
lds_context_get_cycle_id (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), 0);

  return self->cycle_id;
}

void
lds_context_set_cycle_id (LdsContext *self,
                          LdsId       cycle_id)
{
  g_return_if_fail (LDS_IS_CONTEXT (self));

  if (self->cycle_id == cycle_id)
    return;
  self->cycle_id = cycle_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CYCLE_ID]);
}

LdsRecordType
lds_context_get_owner_type (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), LDS_RECORD_UNIT);

  return self->owner_type;
}

LdsId
lds_context_get_owner_id (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), 0);

  return self->owner_id;
}

/**
 * lds_context_set_owner:
 * @type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 * @id: the unit or person, or 0 for none
 */
void
lds_context_set_owner (LdsContext    *self,
                       LdsRecordType  type,
                       LdsId          id)
{
  g_return_if_fail (LDS_IS_CONTEXT (self));
  g_return_if_fail (type == LDS_RECORD_UNIT || type == LDS_RECORD_PERSON);

  if (self->owner_type == type && self->owner_id == id)
    return;
  self->owner_type = type;
  self->owner_id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OWNER_ID]);
}

LdsId
lds_context_get_objective_id (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), 0);

  return self->objective_id;
}

void
lds_context_set_objective_id (LdsContext *self,
                              LdsId       objective_id)
{
  g_return_if_fail (LDS_IS_CONTEXT (self));

  if (self->objective_id == objective_id)
    return;
  self->objective_id = objective_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVE_ID]);
}

void
lds_context_open_record (LdsContext    *self,
                         LdsRecordType  type,
                         LdsId          id)
{
  g_return_if_fail (LDS_IS_CONTEXT (self));

  g_signal_emit (self, signals[OPEN_RECORD], 0, (int) type, id);
}

/**
 * lds_context_show_objective:
 *
 * Puts an objective in focus where it lives: its cycle, its owner, then
 * the objective itself, so that every view (and the sidebar) goes there.
 *
 * Returns: whether the objective exists
 */
gboolean
lds_context_show_objective (LdsContext *self,
                            LdsId       objective_id)
{
  g_autoptr(LdsObjective) o = NULL;

  g_return_val_if_fail (LDS_IS_CONTEXT (self), FALSE);

  o = lds_store_get (self->store, LDS_RECORD_OBJECTIVE, objective_id, NULL);
  if (o == NULL)
    return FALSE;
  /* The cycle and the owner change together: views told of the first
   * already see the second, rather than showing the old owner in the new
   * cycle on the way. */
  g_object_freeze_notify (G_OBJECT (self));
  lds_context_set_cycle_id (self, o->cycle_id);
  if (o->owner_unit_id != 0)
    lds_context_set_owner (self, LDS_RECORD_UNIT, o->owner_unit_id);
  else
    lds_context_set_owner (self, LDS_RECORD_PERSON, o->owner_person_id);
  g_object_thaw_notify (G_OBJECT (self));
  lds_context_set_objective_id (self, objective_id);
  return TRUE;
}

/* The day the views show: the end of a past day (lds_day_end()), or 0 for
 * today, when they show the organisation as it stands. */
gint64
lds_context_get_at (LdsContext *self)
{
  g_return_val_if_fail (LDS_IS_CONTEXT (self), 0);

  return self->at;
}

void
lds_context_set_at (LdsContext *self,
                    gint64      at)
{
  g_return_if_fail (LDS_IS_CONTEXT (self));

  if (self->at == at)
    return;
  self->at = at;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT]);
}
