/* lds-workshop-stage.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The widget: its size sets the unit of every measure; a click puts a card
 * in focus, a double click edits it. The drawing is in
 * lds-workshop-stage-draw.c. For screen readers the stage says what the
 * room is asked to do and which card is in focus; the facilitator's window
 * holds the same in ordinary widgets.
 */

#define G_LOG_DOMAIN "lds-workshop"

#include "config.h"

#include <glib/gi18n.h>

#include "lds-workshop-stage-private.h"

enum {
  PROP_0,
  PROP_SESSION,
  PROP_AUDIENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (LdsWorkshopStage, lds_workshop_stage, GTK_TYPE_WIDGET)

static void
update_accessible (LdsWorkshopStage *self)
{
  g_autofree char *instruction = lds_workshop_session_get_instruction (self->session);
  const LdsWorkshopData *data = lds_workshop_session_get_data (self->session);
  LdsWorkshopCard *card = lds_workshop_data_get_card (data, lds_workshop_session_get_selected (self->session));
  g_autofree char *description = NULL;

  /* Translators: for screen readers: %1$s is the workshop's phase, %2$s what to do, %3$s the
   * card in focus */
  description = g_strdup_printf (_("%1$s. %2$s In focus: %3$s"),
                                 lds_enum_label (LDS_TYPE_WORKSHOP_PHASE, data->workshop->phase),
                                 instruction, card != NULL ? card->title : _("nothing"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Workshop"),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description,
                                  -1);
}

static void
session_changed_cb (LdsWorkshopStage *self)
{
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
tick_cb (LdsWorkshopStage *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static LdsId
card_at (LdsWorkshopStage *self,
         double            x,
         double            y)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y);

  for (guint i = self->rects->len; i > 0; i--)
    {
      LdsStageCardRect *r = &g_array_index (self->rects, LdsStageCardRect, i - 1);
      if (graphene_rect_contains_point (&r->rect, &point))
        return r->id;
    }
  return 0;
}

static void
pressed_cb (LdsWorkshopStage *self,
            int               n_press,
            double            x,
            double            y,
            GtkGestureClick  *gesture)
{
  LdsId card = card_at (self, x, y);

  if (card == 0)
    return;
  lds_workshop_session_select (self->session, card);
  if (n_press == 2)
    lds_workshop_session_activate (self->session, "edit", NULL);
}

/* GtkWidget */

static void
lds_workshop_stage_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  cairo_t *cr;

  if (width <= 0 || height <= 0 || lds_workshop_session_get_data (self->session) == NULL)
    return;
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  _lds_workshop_stage_draw (self, cr, width, height);
  cairo_destroy (cr);
}

static void
lds_workshop_stage_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 320 : 180;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 1280 : 720;
}

static void
lds_workshop_stage_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (widget);

  /* The smallest text is a fortieth of the height. */
  self->unit = height / 40.0;
  self->footer = 3.4 * self->unit;
}

static void
lds_workshop_stage_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;
    case PROP_AUDIENCE:
      self->audience = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_workshop_stage_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    case PROP_AUDIENCE:
      g_value_set_boolean (value, self->audience);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lds_workshop_stage_constructed (GObject *object)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (object);

  G_OBJECT_CLASS (lds_workshop_stage_parent_class)->constructed (object);

  g_signal_connect_object (self->session, "changed", G_CALLBACK (session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "tick", G_CALLBACK (tick_cb), self, G_CONNECT_SWAPPED);
  update_accessible (self);
}

static void
lds_workshop_stage_dispose (GObject *object)
{
  LdsWorkshopStage *self = LDS_WORKSHOP_STAGE (object);

  g_clear_object (&self->session);
  g_clear_pointer (&self->rects, g_array_unref);
  g_clear_pointer (&self->texts, g_ptr_array_unref);
  g_clear_pointer (&self->cut, g_ptr_array_unref);

  G_OBJECT_CLASS (lds_workshop_stage_parent_class)->dispose (object);
}

static void
lds_workshop_stage_class_init (LdsWorkshopStageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = lds_workshop_stage_constructed;
  object_class->dispose = lds_workshop_stage_dispose;
  object_class->get_property = lds_workshop_stage_get_property;
  object_class->set_property = lds_workshop_stage_set_property;
  widget_class->snapshot = lds_workshop_stage_snapshot;
  widget_class->measure = lds_workshop_stage_measure;
  widget_class->size_allocate = lds_workshop_stage_size_allocate;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, LDS_TYPE_WORKSHOP_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUDIENCE] =
    g_param_spec_boolean ("audience", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "workshopstage");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lds_workshop_stage_init (LdsWorkshopStage *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->rects = g_array_new (FALSE, FALSE, sizeof (LdsStageCardRect));
  self->texts = g_ptr_array_new_with_free_func (g_free);
  self->cut = g_ptr_array_new_with_free_func (g_free);
  self->unit = 18;
  self->footer = 3.4 * self->unit;
  self->smallest = G_MAXDOUBLE;
  self->lowest_contrast = G_MAXDOUBLE;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "lds-workshop-stage");
  g_signal_connect_object (click, "pressed", G_CALLBACK (pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

GtkWidget *
lds_workshop_stage_new (LdsWorkshopSession *session,
                        gboolean            audience)
{
  return g_object_new (LDS_TYPE_WORKSHOP_STAGE, "session", session, "audience", audience, NULL);
}

/**
 * lds_workshop_stage_render:
 *
 * Draws the stage on @cr as it would be at @width × @height: a picture
 * of the board for any screen, whatever the widget's own size.
 */
void
lds_workshop_stage_render (LdsWorkshopStage *self,
                           cairo_t          *cr,
                           int               width,
                           int               height)
{
  double unit = self->unit, footer = self->footer;

  g_return_if_fail (LDS_IS_WORKSHOP_STAGE (self));

  self->unit = height / 40.0;
  self->footer = 3.4 * self->unit;
  _lds_workshop_stage_draw (self, cr, width, height);
  self->unit = unit;
  self->footer = footer;
}

/* A fortieth of the height: the size of the smallest text, in pixels. */
double
lds_workshop_stage_get_unit (LdsWorkshopStage *self)
{
  return self->unit;
}

/* The band at the bottom where the words typed are shown. */
double
lds_workshop_stage_get_footer_height (LdsWorkshopStage *self)
{
  return self->footer;
}

/* The smallest text the last drawing used, in pixels (for tests). */
double
lds_workshop_stage_get_smallest_text (LdsWorkshopStage *self)
{
  return self->smallest;
}

/* The lowest contrast ratio (WCAG's, 1 to 21) of the words against the
 * colour under them, the last time the stage was drawn into an image
 * (lds_workshop_stage_render() on an image surface; for tests). */
double
lds_workshop_stage_get_lowest_contrast (LdsWorkshopStage *self)
{
  return self->lowest_contrast;
}

/* The words the last drawing showed, in the order drawn (for tests). */
const GPtrArray *
lds_workshop_stage_get_texts (LdsWorkshopStage *self)
{
  return self->texts;
}

/* Those of the words the last drawing showed that it cut short ("…"). */
const GPtrArray *
lds_workshop_stage_get_cut_texts (LdsWorkshopStage *self)
{
  return self->cut;
}

/* How many cards the last drawing showed. */
guint
lds_workshop_stage_get_n_cards_shown (LdsWorkshopStage *self)
{
  return self->n_cards;
}
