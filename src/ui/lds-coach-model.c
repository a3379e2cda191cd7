/* lds-coach-model.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model lives as long as its context (it hangs on it as object data).
 * A change to the file marks the findings stale at once, so that whoever
 * asks gets fresh ones, and ::changed follows in an idle callback, so that
 * an undo that touches a hundred rows is checked once.
 *
 * A large organisation takes long to check (a third of a second for
 * 10,000 objectives). When it has BACKGROUND_FROM objectives or more, and
 * is in a file, checks after a change run in a worker thread instead, on a read-only connection of
 * their own: the findings stay the last ones until the new ones are there,
 * which are swapped in on the main thread, followed by ::changed. Each
 * change counts one generation more; a check that ends after a newer
 * change is thrown away and runs again, so what shows is never older than
 * what was shown.
 */

#define G_LOG_DOMAIN "lds-coach-model"

#include "config.h"

#include "lds-coach-model.h"
#include "lds-store-coach.h"

/* Organisations this large are checked again in a worker (some 60 ms
 * on the main thread; the sample company, a few). By size, not by time,
 * so that the same file behaves the same on every machine. */
#define BACKGROUND_FROM 2000

/* What one check finds */
typedef struct
{
  LdsId              cycle_id;
  LdsCoachSnapshot  *snapshot;
  GPtrArray         *findings;
  GHashTable        *health;        /* unit id → LdsCoachHealth */
  GHashTable        *by_record;
  GHashTable        *by_objective;
} Found;

/* One check in the worker */
typedef struct
{
  guint              generation;
  char              *path;
  LdsStore          *reader;        /* the worker's connection, lent while it runs */
  Found              found;
} Check;

struct _LdsCoachModel
{
  GObject            parent_instance;

  LdsContext        *context;       /* not owned: it owns us */
  LdsStore          *store;
  gboolean           stale;
  guint              changed_id;

  gboolean           background;    /* checks after changes run in a worker */
  gboolean           checking;      /* one runs */
  guint              start_id;      /* one starts once the window has answered */
  guint              generation;    /* changes so far */
  GCancellable      *cancellable;
  LdsStore          *reader;        /* the worker's read-only connection, between checks */

  Found              shown;         /* the findings shown, of shown.cycle_id */
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (LdsCoachModel, lds_coach_model, G_TYPE_OBJECT)

#define DATA_KEY "lds-coach-model"

/* The rules read these; a change to the others (reviews, KPIs…) cannot
 * change a finding. */
#define CHECKED_TYPES ((1u << LDS_RECORD_UNIT) | (1u << LDS_RECORD_PERSON) |         \
                       (1u << LDS_RECORD_CYCLE) | (1u << LDS_RECORD_OBJECTIVE) |     \
                       (1u << LDS_RECORD_KEY_RESULT) | (1u << LDS_RECORD_LINK) |     \
                       (1u << LDS_RECORD_CHECKIN))

/* Checks the organisation in @store, in any thread; FALSE when it cannot
 * be read. */
static gboolean
find (LdsStore  *store,
      LdsId      cycle_id,
      Found     *found,
      GError   **error)
{
  LdsCoachScope scope = LDS_COACH_SCOPE_ALL;

  found->cycle_id = scope.cycle_id = cycle_id;
  found->snapshot = lds_store_coach_snapshot (store, cycle_id, error);
  if (found->snapshot == NULL)
    return FALSE;
  found->findings = lds_coach_check (found->snapshot, &scope);
  found->health = lds_coach_health_by_unit (found->snapshot, found->findings, cycle_id);
  found->by_record = lds_coach_count_by_record (found->findings);
  found->by_objective = lds_coach_count_by_objective (found->findings);
  return TRUE;
}

static void
found_clear (Found *found)
{
  g_clear_pointer (&found->snapshot, lds_coach_snapshot_free);
  g_clear_pointer (&found->findings, g_ptr_array_unref);
  g_clear_pointer (&found->health, g_hash_table_unref);
  g_clear_pointer (&found->by_record, g_hash_table_unref);
  g_clear_pointer (&found->by_objective, g_hash_table_unref);
}

/* Shows what @found holds (and takes it). */
static void
take (LdsCoachModel *self,
      Found         *found)
{
  found_clear (&self->shown);
  self->shown = *found;
  *found = (Found) { 0 };
  self->stale = FALSE;
}

/* Checks on the main thread. */
static void
check_now (LdsCoachModel *self)
{
  g_autoptr(GError) error = NULL;
  Found found = { 0 };
  LdsId cycle_id = self->context != NULL ? lds_context_get_cycle_id (self->context)
                                          : self->shown.cycle_id;

  if (!find (self->store, cycle_id, &found, &error))
    {
      /* The window says what is wrong with the file; here there is just nothing to show. */
      g_debug ("The coach could not read the organisation: %s", error->message);
      found_clear (&found);
      found.snapshot = lds_coach_snapshot_new ();
      found.findings = lds_coach_check (found.snapshot,
                                        &(LdsCoachScope) { cycle_id, LDS_RECORD_UNIT, 0 });
      found.health = lds_coach_health_by_unit (found.snapshot, found.findings, cycle_id);
      found.by_record = lds_coach_count_by_record (found.findings);
      found.by_objective = lds_coach_count_by_objective (found.findings);
      found.cycle_id = cycle_id;
    }
  take (self, &found);
  if (lds_store_get_path (self->store) != NULL &&
      lds_store_count (self->store, LDS_RECORD_OBJECTIVE) >= BACKGROUND_FROM)
    self->background = TRUE;
}

static void
check_free (gpointer data)
{
  Check *check = data;

  g_free (check->path);
  g_clear_object (&check->reader);
  found_clear (&check->found);
  g_free (check);
}

static void
check_thread (GTask        *task,
              gpointer      source,
              gpointer      data,
              GCancellable *cancellable)
{
  Check *check = data;
  GError *error = NULL;

  if (check->reader == NULL)
    check->reader = lds_store_open (check->path, LDS_STORE_OPEN_READ_ONLY, &error);
  if (check->reader == NULL || !find (check->reader, check->found.cycle_id, &check->found, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void start_check (LdsCoachModel *self);

static void
check_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      data)
{
  LdsCoachModel *self = LDS_COACH_MODEL (source);
  Check *check = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->checking = FALSE;
  g_clear_object (&self->cancellable);
  if (self->store == NULL)
    return;   /* disposed */

  /* The connection serves the next check, if the file is still there */
  if (ok && self->reader == NULL && g_strcmp0 (check->path, lds_store_get_path (self->store)) == 0)
    self->reader = g_steal_pointer (&check->reader);

  if (check->generation != self->generation)
    {
      /* The file or the cycle changed since: these findings are old. */
      start_check (self);
      return;
    }
  if (ok)
    take (self, &check->found);
  else
    {
      g_debug ("The coach could not check in the background: %s", error->message);
      check_now (self);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

/* Starts checking in a worker, unless one runs (it will start again when
 * it ends, as its findings will be old). */
static void
start_check (LdsCoachModel *self)
{
  g_autoptr(GTask) task = NULL;
  Check *check;

  g_clear_handle_id (&self->start_id, g_source_remove);
  if (self->checking)
    return;

  check = g_new0 (Check, 1);
  check->generation = self->generation;
  check->path = g_strdup (lds_store_get_path (self->store));
  check->found.cycle_id = self->context != NULL ? lds_context_get_cycle_id (self->context)
                                                : self->shown.cycle_id;
  if (self->reader != NULL && g_strcmp0 (lds_store_get_path (self->reader), check->path) == 0)
    check->reader = g_steal_pointer (&self->reader);
  g_clear_object (&self->reader);

  self->checking = TRUE;
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, check_done_cb, NULL);
  g_task_set_source_tag (task, start_check);
  g_task_set_task_data (task, check, check_free);
  g_task_run_in_thread (task, check_thread);
}

static void
ensure (LdsCoachModel *self)
{
  if (self->shown.findings != NULL && !self->stale)
    return;
  /* In the background: the last findings, until the new ones are there */
  if (self->shown.findings != NULL && self->background && lds_store_get_path (self->store) != NULL)
    {
      start_check (self);
      return;
    }
  check_now (self);
}

/* A change the person made (a cycle chosen, an edit) is answered on screen
 * first: the worker, which reads the whole organisation, would otherwise
 * take one of the machine's cores while the window draws the answer. */
#define START_DELAY_MS 200

static gboolean
start_cb (gpointer data)
{
  LdsCoachModel *self = data;

  self->start_id = 0;
  start_check (self);
  return G_SOURCE_REMOVE;
}

static gboolean
emit_changed_cb (gpointer data)
{
  LdsCoachModel *self = data;

  self->changed_id = 0;
  /* Checked here, once, so that every listener finds the findings ready. */
  ensure (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return G_SOURCE_REMOVE;
}

static void
invalidate (LdsCoachModel *self)
{
  self->stale = TRUE;
  self->generation++;
  if (self->shown.findings != NULL && self->background && lds_store_get_path (self->store) != NULL)
    {
      if (!self->checking && self->start_id == 0)
        self->start_id = g_timeout_add_full (G_PRIORITY_LOW, START_DELAY_MS, start_cb, self, NULL);
      return;
    }
  if (self->changed_id == 0)
    self->changed_id = g_idle_add (emit_changed_cb, self);
}

static void
store_changed_cb (LdsCoachModel *self,
                  LdsChanges    *changes)
{
  if (changes->everything || changes->settings || (changes->types & CHECKED_TYPES) != 0)
    invalidate (self);
}

static void
cycle_changed_cb (LdsCoachModel *self)
{
  if (lds_context_get_cycle_id (self->context) != self->shown.cycle_id)
    invalidate (self);
}

static void
lds_coach_model_dispose (GObject *object)
{
  LdsCoachModel *self = LDS_COACH_MODEL (object);

  g_clear_handle_id (&self->changed_id, g_source_remove);
  g_clear_handle_id (&self->start_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->reader);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_object (&self->store);
  found_clear (&self->shown);

  G_OBJECT_CLASS (lds_coach_model_parent_class)->dispose (object);
}

static void
lds_coach_model_class_init (LdsCoachModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lds_coach_model_dispose;

  /**
   * LdsCoachModel::changed:
   *
   * The findings are new: the file changed, or the window's cycle.
   */
  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
lds_coach_model_init (LdsCoachModel *self)
{
  self->stale = TRUE;
}

static void
context_finalized_cb (gpointer  data,
                      GObject  *where_the_context_was)
{
  LdsCoachModel *self = data;

  self->context = NULL;
}

static void
model_free (gpointer data)
{
  LdsCoachModel *self = data;

  if (self->context != NULL)
    g_object_weak_unref (G_OBJECT (self->context), context_finalized_cb, self);
  self->context = NULL;
  g_object_run_dispose (G_OBJECT (self));
  g_object_unref (self);
}

/**
 * lds_coach_model_get_for_context:
 *
 * The window's coach model, made the first time it is asked for.
 *
 * Returns: (transfer none): the model of @context
 */
LdsCoachModel *
lds_coach_model_get_for_context (LdsContext *context)
{
  LdsCoachModel *self;

  g_return_val_if_fail (LDS_IS_CONTEXT (context), NULL);

  self = g_object_get_data (G_OBJECT (context), DATA_KEY);
  if (self != NULL)
    return self;

  self = g_object_new (LDS_TYPE_COACH_MODEL, NULL);
  self->context = context;
  self->store = g_object_ref (lds_context_get_store (context));
  g_object_weak_ref (G_OBJECT (context), context_finalized_cb, self);
  g_object_set_data_full (G_OBJECT (context), DATA_KEY, self, model_free);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (context, "notify::cycle-id", G_CALLBACK (cycle_changed_cb), self,
                           G_CONNECT_SWAPPED);
  return self;
}

/**
 * lds_coach_model_get_context:
 *
 * Returns: (transfer none): the context the model follows
 */
LdsContext *
lds_coach_model_get_context (LdsCoachModel *self)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), NULL);

  return self->context;
}

/**
 * lds_coach_model_get_findings:
 *
 * Returns: (transfer none) (element-type LdsCoachFinding): every finding
 *   of the organisation in the context's cycle, sorted; valid until the
 *   next ::changed
 */
GPtrArray *
lds_coach_model_get_findings (LdsCoachModel *self)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), NULL);

  ensure (self);
  return self->shown.findings;
}

/**
 * lds_coach_model_list:
 * @owner_type: %LDS_RECORD_UNIT or %LDS_RECORD_PERSON
 * @owner_id: the unit (with everything below it) or person; 0: everyone
 *
 * Returns: (transfer container) (element-type LdsCoachFinding): the
 *   findings of the unit or person; they belong to the model and are valid
 *   until the next ::changed
 */
GPtrArray *
lds_coach_model_list (LdsCoachModel *self,
                      LdsRecordType  owner_type,
                      LdsId          owner_id)
{
  LdsCoachScope scope = { 0, owner_type, owner_id };

  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), NULL);

  ensure (self);
  scope.cycle_id = self->shown.cycle_id;
  return lds_coach_select (self->shown.snapshot, self->shown.findings, &scope);
}

/**
 * lds_coach_model_get_health:
 *
 * How well the unit (with everything below it) or person follows the
 * rules in the context's cycle; see lds_coach_health_score().
 */
void
lds_coach_model_get_health (LdsCoachModel  *self,
                            LdsRecordType   owner_type,
                            LdsId           owner_id,
                            LdsCoachHealth *health)
{
  LdsCoachScope scope = { 0, owner_type, owner_id };
  LdsCoachHealth *known = NULL;
  g_autoptr(GPtrArray) findings = NULL;

  g_return_if_fail (LDS_IS_COACH_MODEL (self));
  g_return_if_fail (health != NULL);

  ensure (self);
  if (owner_type == LDS_RECORD_UNIT && owner_id != 0)
    known = g_hash_table_lookup (self->shown.health, &owner_id);
  if (known != NULL)
    {
      *health = *known;
      return;
    }
  scope.cycle_id = self->shown.cycle_id;
  findings = lds_coach_select (self->shown.snapshot, self->shown.findings, &scope);
  lds_coach_health_of (findings, lds_coach_count_objectives (self->shown.snapshot, &scope), health);
}

/* How many findings are about this record (a unit, person, objective or
 * key result): for a badge on its row. */
guint
lds_coach_model_count_for_record (LdsCoachModel *self,
                                  LdsRecordType  type,
                                  LdsId          id)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), 0);

  ensure (self);
  return lds_coach_count_lookup (self->shown.by_record, type, id);
}

/* How many findings are about this objective or its key results: for a
 * badge on a map node. */
guint
lds_coach_model_count_for_objective (LdsCoachModel *self,
                                     LdsId          objective_id)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), 0);

  ensure (self);
  return lds_coach_count_lookup (self->shown.by_objective, LDS_RECORD_OBJECTIVE, objective_id);
}

/* Whether asking for the findings now costs nothing: they are those of
 * the file as it is, or the last ones while a worker checks again (they
 * stay until the new ones are there). Badges ask first, so that a list or
 * a map is drawn without waiting for the whole organisation to be
 * checked. */
gboolean
lds_coach_model_is_ready (LdsCoachModel *self)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), FALSE);

  return self->shown.findings != NULL && (!self->stale || self->checking);
}

/* Asks for ::changed once the main loop is idle, when the findings are
 * not ready: whoever waits for them reads them then. */
void
lds_coach_model_queue_check (LdsCoachModel *self)
{
  g_return_if_fail (LDS_IS_COACH_MODEL (self));

  if (!lds_coach_model_is_ready (self) && self->changed_id == 0)
    self->changed_id = g_idle_add (emit_changed_cb, self);
}

/**
 * lds_coach_model_set_background:
 * @background: whether checks after a change run in a worker thread
 *
 * By default they do for organisations of 2,000 objectives or more; an
 * organisation that is not in a file is always checked on the main thread.
 */
void
lds_coach_model_set_background (LdsCoachModel *self,
                                gboolean       background)
{
  g_return_if_fail (LDS_IS_COACH_MODEL (self));

  self->background = background;
}

/* Whether a check runs in the worker, or is about to: ::changed follows
 * when it is done. */
gboolean
lds_coach_model_is_checking (LdsCoachModel *self)
{
  g_return_val_if_fail (LDS_IS_COACH_MODEL (self), FALSE);

  return self->checking || self->start_id != 0;
}

/* Items ------------------------------------------------------------------------ */

struct _LdsCoachItem
{
  GObject          parent_instance;

  LdsCoachFinding *finding;
};

G_DEFINE_FINAL_TYPE (LdsCoachItem, lds_coach_item, G_TYPE_OBJECT)

static void
lds_coach_item_finalize (GObject *object)
{
  LdsCoachItem *self = LDS_COACH_ITEM (object);

  g_clear_pointer (&self->finding, lds_coach_finding_free);

  G_OBJECT_CLASS (lds_coach_item_parent_class)->finalize (object);
}

static void
lds_coach_item_class_init (LdsCoachItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lds_coach_item_finalize;
}

static void
lds_coach_item_init (LdsCoachItem *self)
{
}

/* A finding as an item of a list model; the item keeps its own copy. */
LdsCoachItem *
lds_coach_item_new (const LdsCoachFinding *finding)
{
  LdsCoachItem *self;

  g_return_val_if_fail (finding != NULL, NULL);

  self = g_object_new (LDS_TYPE_COACH_ITEM, NULL);
  self->finding = lds_coach_finding_copy (finding);
  return self;
}

const LdsCoachFinding *
lds_coach_item_get_finding (LdsCoachItem *self)
{
  g_return_val_if_fail (LDS_IS_COACH_ITEM (self), NULL);

  return self->finding;
}
