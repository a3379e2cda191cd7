/* lds-widgets.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-enums.h"
#include "lds-format.h"
#include "lds-widgets.h"

/**
 * lds_score_badge_new:
 * @settings: (nullable): the organisation's score bands and scale
 *
 * A score in a coloured pill: red, amber or green by the organisation's
 * bands, grey when there is no score; its band is said in the tooltip and
 * to screen readers, so colour is never the only sign.
 */
GtkWidget *
lds_score_badge_new (double                 score,
                     const LdsFileSettings *settings)
{
  static const char * const classes[] = { "lds-score-none", "lds-score-red", "lds-score-amber",
                                          "lds-score-green" };
  LdsFileSettings defaults = LDS_FILE_SETTINGS_DEFAULT;
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  GtkWidget *label;
  LdsScoreBand band;

  if (settings == NULL)
    settings = &defaults;
  text = lds_format_score (score, settings->scale);
  band = lds_file_settings_band (settings, score);
  label = gtk_label_new (text);
  gtk_widget_add_css_class (label, "lds-score");
  gtk_widget_add_css_class (label, classes[band]);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (label, lds_enum_label (lds_score_band_get_type (), band));
  accessible = g_strdup_printf ("%s (%s)", text, lds_enum_label (lds_score_band_get_type (), band));
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  return label;
}

GtkWidget *
lds_pill_new (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "lds-pill");
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * lds_wrapped_label_new:
 * @text: (nullable): the label's text
 * @css_class: (nullable): a style class for it
 *
 * A label aligned to the start that wraps, between words and, for a word
 * too long for the width (or Chinese), between characters.
 */
GtkWidget *
lds_wrapped_label_new (const char *text,
                       const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/**
 * lds_owner_subtitle:
 * @owner: (nullable): an #LdsUnit or #LdsPerson, as @type says; %NULL for
 *   the whole organisation
 *
 * Returns: what goes under an owner's name at the head of a view: a unit's
 *   kind ("Department"), a person's role and unit ("Manager · Sales")
 */
char *
lds_owner_subtitle (LdsStore      *store,
                    LdsRecordType  type,
                    gconstpointer  owner)
{
  const LdsPerson *person = owner;
  g_autoptr(LdsUnit) unit = NULL;

  if (owner == NULL)
    return g_strdup (_("The whole organisation"));
  if (type == LDS_RECORD_UNIT)
    return g_strdup (lds_enum_label (lds_unit_kind_get_type (), ((const LdsUnit *) owner)->kind));
  unit = lds_store_get (store, LDS_RECORD_UNIT, person->unit_id, NULL);
  /* Translators: a person's role and unit, as in "Manager · Sales" */
  return g_strdup_printf (_("%1$s · %2$s"), lds_enum_label (lds_role_get_type (), person->role),
                          unit != NULL ? unit->name : "");
}
