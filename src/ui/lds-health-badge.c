/* lds-health-badge.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Health is the share of the coach's rules a unit passes (see
 * lds_coach_health_score()). The badge shows it as a percentage coloured
 * good (every rule), fair (all but a few) or poor, says the same in words
 * in its tooltip and to screen readers, and hides itself when there is no
 * health to show (NAN or -1: a unit with no objectives in the cycle).
 */

#define G_LOG_DOMAIN "lds-health-badge"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "lds-coach.h"
#include "lds-health-badge.h"

struct _LdsHealthBadge
{
  GtkWidget  parent_instance;

  GtkWidget *label;
  double     health;
};

enum {
  PROP_0,
  PROP_HEALTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsHealthBadge, lds_health_badge, GTK_TYPE_WIDGET)

static gboolean
is_none (double health)
{
  return isnan (health) || health < 0.0;
}

/* "lds-health-good", "-fair" or "-poor" */
const char *
lds_health_level_css_class (double health)
{
  if (is_none (health))
    return "lds-health-none";
  if (health >= 1.0)
    return "lds-health-good";
  if (health >= 0.8)
    return "lds-health-fair";
  return "lds-health-poor";
}

/* The health in words, for tooltips and screen readers. */
char *
lds_health_describe (double health)
{
  int passed;

  if (is_none (health))
    return g_strdup (_("No objectives to check in this cycle"));
  passed = (int) lround (health * LDS_COACH_N_RULES);
  return g_strdup_printf (
    /* Translators: %1$d is how many of the coach's rules a team passes, %2$d how many there are */
    g_dngettext (GETTEXT_PACKAGE, "Coach health: %1$d of %2$d rule passed",
                 "Coach health: %1$d of %2$d rules passed", LDS_COACH_N_RULES),
    passed, LDS_COACH_N_RULES);
}

static void
update (LdsHealthBadge *self)
{
  static const char * const levels[] = { "lds-health-none", "lds-health-good", "lds-health-fair",
                                          "lds-health-poor" };
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self), !is_none (self->health));
  if (is_none (self->health))
    return;

  /* Translators: a team's coach health as a percentage, such as "93%" */
  text = g_strdup_printf (_("%d%%"), (int) lround (self->health * 100));
  gtk_label_set_label (GTK_LABEL (self->label), text);
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    gtk_widget_remove_css_class (GTK_WIDGET (self), levels[i]);
  gtk_widget_add_css_class (GTK_WIDGET (self), lds_health_level_css_class (self->health));

  description = lds_health_describe (self->health);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

static void
lds_health_badge_dispose (GObject *object)
{
  LdsHealthBadge *self = LDS_HEALTH_BADGE (object);

  g_clear_pointer (&self->label, gtk_widget_unparent);

  G_OBJECT_CLASS (lds_health_badge_parent_class)->dispose (object);
}

static void
lds_health_badge_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LdsHealthBadge *self = LDS_HEALTH_BADGE (object);

  switch (prop_id)
    {
    case PROP_HEALTH:
      g_value_set_double (value, self->health);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_health_badge_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LdsHealthBadge *self = LDS_HEALTH_BADGE (object);

  switch (prop_id)
    {
    case PROP_HEALTH:
      lds_health_badge_set_health (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_health_badge_class_init (LdsHealthBadgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lds_health_badge_dispose;
  object_class->get_property = lds_health_badge_get_property;
  object_class->set_property = lds_health_badge_set_property;

  /* -1: nothing to show */
  properties[PROP_HEALTH] =
    g_param_spec_double ("health", NULL, NULL, -1.0, 1.0, -1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "healthbadge");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_STATUS);
}

static void
lds_health_badge_init (LdsHealthBadge *self)
{
  self->health = -1.0;
  self->label = gtk_label_new (NULL);
  gtk_widget_set_parent (self->label, GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-health");
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  update (self);
}

GtkWidget *
lds_health_badge_new (void)
{
  return g_object_new (LDS_TYPE_HEALTH_BADGE, NULL);
}

double
lds_health_badge_get_health (LdsHealthBadge *self)
{
  g_return_val_if_fail (LDS_IS_HEALTH_BADGE (self), NAN);

  return self->health;
}

void
lds_health_badge_set_health (LdsHealthBadge *self,
                             double          health)
{
  g_return_if_fail (LDS_IS_HEALTH_BADGE (self));

  if (is_none (health))
    health = -1.0;
  if (self->health == health)
    return;
  self->health = health;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HEALTH]);
}
