/* lds-enums.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-enums"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-enums.h"
#include "lds-enum-types.h"

typedef struct
{
  GType       (*get_type) (void);
  const char  *context;
  const char  *labels[7];
} EnumLabels;

/* Translated words for every value, in enum order. The contexts keep apart
 * words that are one word in English but may be two in another language. */
static const EnumLabels enum_labels[] = {
  { lds_unit_kind_get_type, "unit kind",
    { NC_("unit kind", "Company"), NC_("unit kind", "Department"), NC_("unit kind", "Team") } },
  { lds_role_get_type, "role",
    { NC_("role", "Executive"), NC_("role", "Manager"), NC_("role", "Member") } },
  { lds_cycle_kind_get_type, "cycle kind",
    { NC_("cycle kind", "Strategy"), NC_("cycle kind", "Year"), NC_("cycle kind", "Half"),
      NC_("cycle kind", "Quarter") } },
  { lds_cycle_state_get_type, "cycle state",
    { NC_("cycle state", "Planning"), NC_("cycle state", "Active"), NC_("cycle state", "Review"),
      NC_("cycle state", "Closed") } },
  { lds_objective_type_get_type, "objective type",
    { NC_("objective type", "Committed"), NC_("objective type", "Aspirational") } },
  { lds_perspective_get_type, "perspective",
    { NC_("perspective", "None"), NC_("perspective", "Financial"), NC_("perspective", "Customer"),
      NC_("perspective", "Internal process"), NC_("perspective", "Learning and growth") } },
  { lds_visibility_get_type, "visibility",
    { NC_("visibility", "Public"), NC_("visibility", "Private") } },
  { lds_objective_status_get_type, "objective status",
    { NC_("objective status", "Draft"), NC_("objective status", "Active"),
      NC_("objective status", "Closed"), NC_("objective status", "Cancelled") } },
  { lds_metric_get_type, "metric",
    { NC_("metric", "Number"), NC_("metric", "Percent"), NC_("metric", "Currency"),
      NC_("metric", "Milestone") } },
  { lds_direction_get_type, "direction",
    { NC_("direction", "Increase"), NC_("direction", "Decrease") } },
  { lds_link_kind_get_type, "link kind",
    { NC_("link kind", "Aligns to"), NC_("link kind", "Depends on") } },
  { lds_workshop_phase_get_type, "workshop phase",
    { NC_("workshop phase", "Propose objectives"), NC_("workshop phase", "Choose objectives"),
      NC_("workshop phase", "Propose key results"), NC_("workshop phase", "Choose key results"),
      NC_("workshop phase", "Align"), NC_("workshop phase", "Confirm"),
      NC_("workshop phase", "Done") } },
  { lds_card_kind_get_type, "card kind",
    { NC_("card kind", "Objective"), NC_("card kind", "Key result") } },
  { lds_card_state_get_type, "card state",
    { NC_("card state", "Proposed"), NC_("card state", "Chosen"), NC_("card state", "Parked"),
      NC_("card state", "Merged") } },
  { lds_vote_kind_get_type, "vote kind",
    { NC_("vote kind", "Dots"), NC_("vote kind", "Confidence") } },
  { lds_decision_kind_get_type, "decision kind",
    { NC_("decision kind", "Aligns to"), NC_("decision kind", "Self-driven"),
      NC_("decision kind", "Depends on") } },
  { lds_score_band_get_type, "score band",
    { NC_("score band", "Not scored"), NC_("score band", "Off track"),
      NC_("score band", "At risk"), NC_("score band", "On track") } },
};

static GEnumClass *
enum_class (GType enum_type)
{
  /* Enum classes are never freed once referenced; keeping one reference is
   * the documented way to look values up cheaply. */
  GEnumClass *klass = g_type_class_peek (enum_type);

  if (klass == NULL)
    klass = g_type_class_ref (enum_type);
  return klass;
}

const char *
lds_enum_to_nick (GType enum_type,
                  int   value)
{
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  ev = g_enum_get_value (enum_class (enum_type), value);
  return ev != NULL ? ev->value_nick : NULL;
}

gboolean
lds_enum_from_nick (GType       enum_type,
                    const char *nick,
                    int        *value)
{
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  ev = g_enum_get_value_by_nick (enum_class (enum_type), nick);
  if (ev == NULL)
    return FALSE;
  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

guint
lds_enum_n_values (GType enum_type)
{
  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), 0);

  return enum_class (enum_type)->n_values;
}

const char *
lds_enum_label (GType enum_type,
                int   value)
{
  for (guint i = 0; i < G_N_ELEMENTS (enum_labels); i++)
    {
      if (enum_labels[i].get_type () != enum_type)
        continue;
      if (value < 0 || value >= (int) G_N_ELEMENTS (enum_labels[i].labels) ||
          enum_labels[i].labels[value] == NULL)
        break;
      return g_dpgettext2 (GETTEXT_PACKAGE, enum_labels[i].context, enum_labels[i].labels[value]);
    }

  g_return_val_if_reached ("");
}
