/* test-import-dialog.c: importing, merging and printing from the window, as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * With LODESTAR_SCREENSHOT_DIR set, each test also saves a picture of the
 * dialog there, to look at.
 */

#include "config.h"

#include <string.h>

#include "lds-demo.h"
#include "lds-export-data.h"
#include "lds-import-dialog.h"
#include "lds-report-print.h"
#include "lds-store-lookup.h"
#include "lds-test-ui.h"
#include "lds-test-utils.h"
#include "lds-window.h"

typedef struct
{
  char      *dir;
  LdsStore  *company;
  LdsWindow *window;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = lds_test_make_dir ();
  f->company = lds_test_new_store ();
  g_assert_true (lds_demo_write_sample (f->company, data != NULL ? data : "en", LDS_DEMO_DEFAULT,
                                        &error));
  f->window = lds_window_new (NULL, f->company);
  gtk_window_present (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  lds_test_ui_iterate ();
  g_clear_object (&f->company);
  lds_test_remove_dir (f->dir);
  g_free (f->dir);
}

static void
screenshot (GtkWidget  *widget,
            const char *name)
{
  const char *dir = g_getenv ("LODESTAR_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  lds_test_ui_wait (200);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (widget),
                          gtk_widget_get_height (widget));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node, NULL);
  path = g_build_filename (dir, name, NULL);
  gdk_texture_save_to_png (texture, path);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const char *data)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (f->dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, -1, &error));
  g_assert_no_error (error);
  return path;
}

static LdsKeyResult *
kr_by_uuid (LdsStore   *store,
            const char *uuid)
{
  return lds_store_get_by_uuid (store, LDS_RECORD_KEY_RESULT, uuid, NULL);
}

static void
set_current (LdsStore   *store,
             const char *uuid,
             double      value)
{
  g_autoptr(LdsKeyResult) kr = kr_by_uuid (store, uuid);
  g_autoptr(GError) error = NULL;

  kr->current_value = value;
  g_assert_true (lds_store_update (store, LDS_RECORD_KEY_RESULT, kr, &error));
  g_assert_no_error (error);
}

static GtkWidget *
first_with_class (GtkWidget  *root,
                  const char *css_class)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  lds_test_ui_collect (root, css_class, found);
  g_assert_cmpuint (found->len, >, 0);
  return found->pdata[0];
}

/* The product department drafts on its own file, the company goes on in
 * its own, both change one key result; the company merges the draft back. */
static void
test_merge_one_conflict (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(LdsStore) department = lds_test_new_store ();
  g_autoptr(LdsImport) first = lds_import_new ();
  g_autoptr(LdsUnit) product = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = NULL;
  g_autoptr(LdsKeyResult) after = NULL;
  g_autofree char *part = NULL, *back = NULL, *path = NULL, *uuid = NULL, *changed_uuid = NULL;
  LdsExportOptions options = { 0 };
  LdsImportDialog *dialog;
  GtkWidget *take;

  product = lds_store_find_unit_by_path (f->company, "Product", &error);
  g_assert_no_error (error);
  options.unit_id = product->id;
  part = lds_export_json_to_data (f->company, &options, NULL, &error);
  g_assert_true (lds_import_load_data (first, "product.json", LDS_IMPORT_FORMAT_JSON, part,
                                       strlen (part), &error));
  g_assert_true (lds_import_prepare (first, department, &error));
  g_assert_true (lds_import_apply (first, department, &error));
  g_assert_no_error (error);

  krs = lds_store_list (department, LDS_RECORD_KEY_RESULT, NULL);
  for (guint i = 0; i < krs->len && changed_uuid == NULL; i++)
    {
      LdsKeyResult *kr = krs->pdata[i];
      g_autoptr(LdsObjective) o = lds_store_get (department, LDS_RECORD_OBJECTIVE,
                                                 kr->objective_id, NULL);
      if (o->owner_unit_id == 0 || kr->metric == LDS_METRIC_MILESTONE)
        continue;
      if (uuid == NULL)
        uuid = g_strdup (kr->uuid);
      else
        changed_uuid = g_strdup (kr->uuid);
    }
  set_current (department, uuid, 202);
  set_current (f->company, uuid, 404);
  set_current (department, changed_uuid, 55);

  options.unit_id = 0;
  back = lds_export_json_to_data (department, &options, NULL, &error);
  path = write_file (f, "product-draft.json", back);

  dialog = lds_import_dialog_new (GTK_WINDOW (f->window), f->company, path);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_iterate ();
  screenshot (GTK_WIDGET (dialog), "import-merge.png");

  /* One conflict, shown field by field with both values. */
  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (dialog), "lds-import-conflict"), ==, 1);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "404"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "202"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "Current value"));

  /* Import waits for the choice. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  lds_test_ui_iterate ();
  g_assert_nonnull (dialog);
  after = kr_by_uuid (f->company, changed_uuid);
  g_assert_cmpfloat (after->current_value, !=, 55);
  g_clear_pointer (&after, lds_key_result_free);

  take = first_with_class (GTK_WIDGET (dialog), "lds-take-theirs");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (take), TRUE);
  lds_test_ui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  lds_test_ui_iterate ();
  g_assert_null (dialog);

  after = kr_by_uuid (f->company, uuid);
  g_assert_cmpfloat (after->current_value, ==, 202);
  g_clear_pointer (&after, lds_key_result_free);
  after = kr_by_uuid (f->company, changed_uuid);
  g_assert_cmpfloat (after->current_value, ==, 55);
  g_assert_cmpstr (lds_store_get_undo_name (f->company), ==, "Import");
}

static void
test_keep_all_mine (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LdsStore) copy = lds_test_new_store ();
  g_autoptr(LdsImport) first = lds_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) krs = lds_store_list (f->company, LDS_RECORD_KEY_RESULT, NULL);
  g_autoptr(LdsKeyResult) after = NULL;
  g_autofree char *whole = NULL, *back = NULL, *path = NULL;
  const char *uuid = ((LdsRecord *) krs->pdata[0])->uuid;
  LdsExportOptions options = { 0 };
  LdsImportDialog *dialog;

  whole = lds_export_json_to_data (f->company, &options, NULL, &error);
  g_assert_true (lds_import_load_data (first, "org.json", LDS_IMPORT_FORMAT_JSON, whole,
                                       strlen (whole), &error));
  g_assert_true (lds_import_prepare (first, copy, &error) && lds_import_apply (first, copy, &error));
  set_current (copy, uuid, 1);
  set_current (f->company, uuid, 2);
  back = lds_export_json_to_data (copy, &options, NULL, &error);
  path = write_file (f, "copy.json", back);

  dialog = lds_import_dialog_new (GTK_WINDOW (f->window), f->company, path);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_iterate ();
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.keep-all", NULL);
  lds_test_ui_iterate ();
  g_assert_true (gtk_check_button_get_active (
    GTK_CHECK_BUTTON (first_with_class (GTK_WIDGET (dialog), "lds-keep-mine"))));
  g_assert_cmpuint (lds_import_get_n_undecided (lds_import_dialog_get_import (dialog)), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  lds_test_ui_iterate ();
  after = kr_by_uuid (f->company, uuid);
  g_assert_cmpfloat (after->current_value, ==, 2);
  if (dialog != NULL)
    gtk_window_destroy (GTK_WINDOW (dialog));
}

static const char chinese_sheet[] =
  "周期,组织单元,目标编号,目标,目标类型,关键结果,关键结果编号,指标类型,初始值,目标值,当前值,单位,关键结果负责人\n"
  "2027年第一季度,青禾科技/销售部,S1,拿下华东市场,承诺型,华东新签门店,SK1,数值,0,300,0,家,张伟\n"
  ",,,,,华东门店续约率,SK2,百分比,70,90,70,%,李娜\n";

static void
test_preview_and_import (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = write_file (f, "销售部.csv", chinese_sheet);
  gint64 before = lds_store_count (f->company, LDS_RECORD_OBJECTIVE);
  LdsImportDialog *dialog;

  dialog = lds_import_dialog_new (GTK_WINDOW (f->window), f->company, path);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_iterate ();
  screenshot (GTK_WIDGET (dialog), data != NULL ? "import-preview-zh.png" : "import-preview.png");

  /* The preview lists what will be created, before anything is. */
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "拿下华东市场"));
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog), "华东门店续约率"));
  g_assert_cmpint (lds_store_count (f->company, LDS_RECORD_OBJECTIVE), ==, before);

  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  lds_test_ui_iterate ();
  g_assert_null (dialog);
  g_assert_cmpint (lds_store_count (f->company, LDS_RECORD_OBJECTIVE), ==, before + 1);
}

static void
test_problems (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *bad = g_strdup (chinese_sheet);
  g_autofree char *path = NULL;
  g_autofree char *bytes_before = NULL, *bytes_after = NULL;
  LdsExportOptions options = { 0 };
  LdsImportDialog *dialog;

  /* A number that is not one. */
  memcpy (strstr (bad, ",300,"), ",3oo,", 5);
  path = write_file (f, "broken.csv", bad);
  bytes_before = lds_export_json_to_data (f->company, &options, NULL, NULL);

  dialog = lds_import_dialog_new (GTK_WINDOW (f->window), f->company, path);
  gtk_window_present (GTK_WINDOW (dialog));
  lds_test_ui_iterate ();
  screenshot (GTK_WIDGET (dialog), "import-problems.png");

  g_assert_cmpuint (lds_test_ui_count (GTK_WIDGET (dialog), "lds-import-problem"), ==, 1);
  g_assert_true (lds_test_ui_has_label (GTK_WIDGET (dialog),
                                        "Line 2, column 10 (目标值): “3oo” is not a number. Write "
                                        "digits, such as 1200, 3.5 or 40%."));
  gtk_widget_activate_action (GTK_WIDGET (dialog), "import.apply", NULL);
  lds_test_ui_iterate ();
  bytes_after = lds_export_json_to_data (f->company, &options, NULL, NULL);
  g_assert_cmpstr (bytes_before, ==, bytes_after);
  g_assert_false (lds_store_can_undo (f->company));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Printing goes through GtkPrintOperation; exported to PDF, it can be read back. */
static void
test_print_report (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GtkPrintOperationResult result;

  result = lds_report_print (GTK_WINDOW (f->window), f->company,
                             lds_window_get_cycle_id (f->window), 0,
                             GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  bytes = lds_test_read_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
}

int
main (int   argc,
      char *argv[])
{
  lds_test_init (&argc, &argv);
  gtk_init ();

  lds_test_ui_load_styles ();

#define ADD(path, data, func) g_test_add (path, Fixture, data, fixture_setup, func, fixture_teardown)
  ADD ("/import-dialog/merge-one-conflict", NULL, test_merge_one_conflict);
  ADD ("/import-dialog/keep-all-mine", NULL, test_keep_all_mine);
  ADD ("/import-dialog/preview", NULL, test_preview_and_import);
  ADD ("/import-dialog/preview-zh", "zh_CN", test_preview_and_import);
  ADD ("/import-dialog/problems", NULL, test_problems);
  ADD ("/print/report", NULL, test_print_report);
#undef ADD

  return g_test_run ();
}
