/* lds-record-object.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Widgets take their items from GListModels of GObjects; this wraps one
 * record (which it owns) so that list views, drop-downs and trees can show
 * it. "title" is the record's name or title, "icon-name" what it is.
 * "champion" says whether a person is an OKR champion; "health" is a
 * unit's coach health (0..1, -1 for none), set by the organisation tree.
 */

#define G_LOG_DOMAIN "lds-record-object"

#include "config.h"

#include <math.h>

#include "lds-record-object.h"

struct _LdsRecordObject
{
  GObject        parent_instance;

  LdsRecordType  kind;
  gpointer       record;
  double         health;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_ICON_NAME,
  PROP_CHAMPION,
  PROP_HEALTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsRecordObject, lds_record_object, G_TYPE_OBJECT)

static void
lds_record_object_finalize (GObject *object)
{
  LdsRecordObject *self = LDS_RECORD_OBJECT (object);

  lds_record_free (self->kind, self->record);

  G_OBJECT_CLASS (lds_record_object_parent_class)->finalize (object);
}

static void
lds_record_object_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LdsRecordObject *self = LDS_RECORD_OBJECT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, lds_record_object_get_title (self));
      break;
    case PROP_ICON_NAME:
      g_value_set_string (value, lds_record_object_get_icon_name (self));
      break;
    case PROP_CHAMPION:
      g_value_set_boolean (value, self->kind == LDS_RECORD_PERSON &&
                                  ((LdsPerson *) self->record)->champion);
      break;
    case PROP_HEALTH:
      g_value_set_double (value, self->health);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_record_object_class_init (LdsRecordObjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lds_record_object_finalize;
  object_class->get_property = lds_record_object_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ICON_NAME] =
    g_param_spec_string ("icon-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHAMPION] =
    g_param_spec_boolean ("champion", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_HEALTH] =
    g_param_spec_double ("health", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
lds_record_object_init (LdsRecordObject *self)
{
  self->health = -1.0;
}

/**
 * lds_record_object_new:
 * @record: (transfer full): a record of @type
 */
LdsRecordObject *
lds_record_object_new (LdsRecordType type,
                       gpointer      record)
{
  LdsRecordObject *self;

  g_return_val_if_fail (type < LDS_N_RECORD_TYPES, NULL);
  g_return_val_if_fail (record != NULL, NULL);

  self = g_object_new (LDS_TYPE_RECORD_OBJECT, NULL);
  self->kind = type;
  self->record = record;
  return self;
}

LdsRecordType
lds_record_object_get_kind (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), 0);

  return self->kind;
}

gpointer
lds_record_object_get_record (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), NULL);

  return self->record;
}

LdsId
lds_record_object_get_id (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), 0);

  return ((LdsRecord *) self->record)->id;
}

const char *
lds_record_object_get_title (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), NULL);

  switch (self->kind)
    {
    case LDS_RECORD_UNIT:
      return ((LdsUnit *) self->record)->name;
    case LDS_RECORD_PERSON:
      return ((LdsPerson *) self->record)->name;
    case LDS_RECORD_CYCLE:
      return ((LdsCycle *) self->record)->name;
    case LDS_RECORD_OBJECTIVE:
      return ((LdsObjective *) self->record)->title;
    case LDS_RECORD_KEY_RESULT:
      return ((LdsKeyResult *) self->record)->title;
    case LDS_RECORD_ACTION_PLAN:
      return ((LdsActionPlan *) self->record)->title;
    case LDS_RECORD_KPI:
      return ((LdsKpi *) self->record)->name;
    case LDS_RECORD_LINK:
    case LDS_RECORD_CHECKIN:
    case LDS_RECORD_KPI_CHECKIN:
    case LDS_RECORD_REVIEW:
    case LDS_RECORD_REVISION:
    case LDS_RECORD_ROLLOUT_ITEM:
    case LDS_N_RECORD_TYPES:
    default:
      return "";
    }
}

const char *
lds_record_object_get_icon_name (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), NULL);

  switch (self->kind)
    {
    case LDS_RECORD_UNIT:
      switch (((LdsUnit *) self->record)->kind)
        {
        case LDS_UNIT_KIND_COMPANY:
          return "go-home-symbolic";
        case LDS_UNIT_KIND_DEPARTMENT:
          return "folder-symbolic";
        case LDS_UNIT_KIND_TEAM:
        default:
          return "system-users-symbolic";
        }
    case LDS_RECORD_PERSON:
      return "avatar-default-symbolic";
    case LDS_RECORD_CYCLE:
      return "x-office-calendar-symbolic";
    default:
      return "emblem-documents-symbolic";
    }
}

/* The unit's coach health, 0..1, or -1 for none. */
double
lds_record_object_get_health (LdsRecordObject *self)
{
  g_return_val_if_fail (LDS_IS_RECORD_OBJECT (self), -1.0);

  return self->health;
}

/**
 * lds_record_object_set_health:
 * @health: the unit's coach health, 0..1, or NAN (or -1) for none
 */
void
lds_record_object_set_health (LdsRecordObject *self,
                              double           health)
{
  g_return_if_fail (LDS_IS_RECORD_OBJECT (self));

  if (isnan (health) || health < 0.0)
    health = -1.0;
  if (self->health == health)
    return;
  self->health = health;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH]);
}
