/* lds-export-map.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lds-export"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <errno.h>
#include <fcntl.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "lds-export-map.h"
#include "lds-map-paper.h"

/* cairo cannot make larger pictures; beyond this many pixels, memory runs out. */
#define MAX_SIDE 32767
#define MAX_PIXELS 150e6

/* A file replaced only when everything was written. GIO writes beside a
 * file it replaces and renames at the end; a new file it would write in
 * place, so that one is written under a hidden name beside it and renamed
 * here: a failed, cancelled or interrupted export never leaves a file
 * half-written under the name asked for. */

typedef struct
{
  GFileOutputStream  *stream;
  GError             *error;
  GCancellable       *cancellable;  /* nullable: once cancelled, nothing is opened, written or committed */
  char               *temp;         /* the hidden name of a new file; NULL when replacing */
} Sink;

static cairo_status_t
sink_write (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  Sink *sink = closure;

  if (sink->error != NULL || g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (sink->stream), data, length, NULL, NULL,
                                  &sink->error))
    return CAIRO_STATUS_WRITE_ERROR;
  return CAIRO_STATUS_SUCCESS;
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 const char  *why)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE,
               /* Translators: %1$s is a file, %2$s why it could not be written */
               _("Could not write “%1$s”: %2$s"), name, why);
}

static void
remove_temp (char *temp)
{
  g_remove (temp);
  g_free (temp);
}

static gboolean
sink_open (Sink          *sink,
           const char    *path,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) local = NULL;

  memset (sink, 0, sizeof *sink);
  sink->cancellable = cancellable;
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    sink->stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION, NULL, &local);
  else
    {
      g_autofree char *dir = g_path_get_dirname (path);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *hidden = g_strdup_printf (".%s.XXXXXX", base);
      g_autoptr(GFile) temp = NULL;
      int fd;

      sink->temp = g_build_filename (dir, hidden, NULL);
      fd = g_mkstemp_full (sink->temp, O_WRONLY, 0666);
      if (fd < 0)
        {
          int saved = errno;

          g_clear_pointer (&sink->temp, g_free);
          set_write_error (error, path, g_strerror (saved));
          return FALSE;
        }
      g_close (fd, NULL);
      temp = g_file_new_for_path (sink->temp);
      sink->stream = g_file_append_to (temp, G_FILE_CREATE_NONE, NULL, &local);
      if (sink->stream == NULL)
        g_clear_pointer (&sink->temp, remove_temp);
    }
  if (sink->stream == NULL)
    {
      set_write_error (error, path, local->message);
      return FALSE;
    }
  return TRUE;
}

/* Commits the file when @ok, nothing failed and the export was not
 * cancelled; else leaves what was there. */
static gboolean
sink_close (Sink        *sink,
            const char  *path,
            gboolean     ok,
            GError     **error)
{
  g_autoptr(GCancellable) abandon = g_cancellable_new ();
  g_autoptr(GError) local = NULL;

  if (ok && sink->error == NULL)
    g_cancellable_set_error_if_cancelled (sink->cancellable, &sink->error);
  if (!ok || sink->error != NULL)
    {
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (sink->stream), abandon, NULL);
      g_clear_object (&sink->stream);
      g_clear_pointer (&sink->temp, remove_temp);
      if (g_error_matches (sink->error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&sink->error));
      else if (sink->error != NULL)
        set_write_error (error, path, sink->error->message);
      g_clear_error (&sink->error);
      return FALSE;
    }
  if (g_output_stream_close (G_OUTPUT_STREAM (sink->stream), NULL, &local) &&
      sink->temp != NULL && g_rename (sink->temp, path) != 0)
    {
      int saved = errno;

      g_set_error_literal (&local, G_IO_ERROR, g_io_error_from_errno (saved), g_strerror (saved));
    }
  g_clear_object (&sink->stream);
  if (local != NULL)
    {
      g_clear_pointer (&sink->temp, remove_temp);
      set_write_error (error, path, local->message);
      return FALSE;
    }
  g_clear_pointer (&sink->temp, g_free);
  return TRUE;
}

static gboolean
check_cairo (cairo_status_t   status,
             const char      *path,
             GError         **error)
{
  g_autofree char *name = NULL;

  if (status == CAIRO_STATUS_SUCCESS)
    return TRUE;
  name = g_filename_display_name (path);
  g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_WRITE,
               _("Could not write “%1$s”: %2$s"), name, cairo_status_to_string (status));
  return FALSE;
}

static void
plan (LdsMapLayout           *layout,
      const LdsExportOptions *options,
      gboolean                may_tile,
      LdsMapPaper            *paper)
{
  double width = 0, height = 0;

  if (options->page != LDS_EXPORT_PAGE_NONE)
    /* A4 is LDS_EXPORT_PAGE_A4 (1) and size 4; A0 is 5 and size 0. */
    lds_map_paper_size (5 - (int) options->page, options->landscape, &width, &height);
  lds_map_paper_plan (layout, width, height, may_tile, paper);
}

/* PDF */

static gboolean
write_pdf (LdsMapLayout           *layout,
           const LdsExportOptions *options,
           const char             *path,
           GError                **error)
{
  LdsMapPaper paper;
  Sink sink;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;

  plan (layout, options, TRUE, &paper);
  if (!sink_open (&sink, path, options->cancellable, error))
    return FALSE;

  surface = cairo_pdf_surface_create_for_stream (sink_write, &sink, paper.page_width,
                                                 paper.page_height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  lds_map_model_get_title (lds_map_layout_get_model (layout)));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lodestar");
  cr = cairo_create (surface);
  /* Curves and round ends stay curves in a PDF; cairo only flattens them to
   * find out what each operation covers, which its default precision (a
   * tenth of a point) makes slow. Not coarser than a quarter of a point:
   * with a tolerance near half a line's width, cairo 1.16 finds that a
   * stroke with round ends covers nothing and leaves it out of the page
   * (test-map-export checks the links are there). */
  cairo_set_tolerance (cr, 0.25);
  for (guint page = 0; page < lds_map_paper_n_pages (&paper) && sink.error == NULL &&
                      !g_cancellable_is_cancelled (options->cancellable); page++)
    {
      lds_map_paper_render_page (layout, &paper, page, cr, NULL, NULL);
      cairo_show_page (cr);
      if (options->progress != NULL)
        options->progress ((page + 1.0) / lds_map_paper_n_pages (&paper), options->progress_data);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (sink.error != NULL)
    return sink_close (&sink, path, FALSE, error);
  if (!check_cairo (status, path, error))
    return sink_close (&sink, path, FALSE, NULL);
  return sink_close (&sink, path, TRUE, error);
}

/* SVG: cairo draws the shapes; the text goes in as <text>, so that it can
 * be selected and searched (cairo would draw glyph outlines). */

typedef struct
{
  cairo_t  *cr;
  GString  *text;
} SvgText;

static void
svg_text_cb (PangoLayout  *layout,
             double        x,
             double        y,
             const double  rgba[4],
             gpointer      user_data)
{
  SvgText *svg = user_data;
  const char *all = pango_layout_get_text (layout);
  PangoLayoutIter *iter;
  double sx = 1, sy = 0, scale;

  cairo_user_to_device (svg->cr, &x, &y);
  cairo_user_to_device_distance (svg->cr, &sx, &sy);
  scale = hypot (sx, sy);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoRectangle logical;
      PangoFontDescription *font;
      g_autofree char *piece = NULL;
      g_autofree char *escaped = NULL;
      g_autofree char *family = NULL;
      double baseline;

      if (run == NULL)
        continue;
      if (run->item->analysis.flags & PANGO_ANALYSIS_FLAG_IS_ELLIPSIS)
        piece = g_strdup ("…");
      else
        piece = g_strndup (all + run->item->offset, run->item->length);
      if (piece[strspn (piece, " ")] == '\0')
        continue;

      pango_layout_iter_get_run_extents (iter, NULL, &logical);
      baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      font = pango_font_describe (run->item->analysis.font);
      family = g_markup_escape_text (pango_font_description_get_family (font), -1);
      escaped = g_markup_escape_text (piece, -1);
      g_string_append_printf (svg->text,
                              "<text x=\"%.2f\" y=\"%.2f\" font-family=\"'%s', sans-serif\" "
                              "font-size=\"%.2f\" font-weight=\"%d\" fill=\"rgb(%d,%d,%d)\"",
                              x + logical.x / (double) PANGO_SCALE * scale, y + baseline * scale,
                              family,
                              pango_font_description_get_size (font) / (double) PANGO_SCALE * scale,
                              (int) pango_font_description_get_weight (font),
                              (int) round (rgba[0] * 255), (int) round (rgba[1] * 255),
                              (int) round (rgba[2] * 255));
      if (rgba[3] < 1)
        g_string_append_printf (svg->text, " fill-opacity=\"%.2f\"", rgba[3]);
      g_string_append_printf (svg->text, ">%s</text>\n", escaped);
      pango_font_description_free (font);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

static cairo_status_t
bytes_write (void                *closure,
             const unsigned char *data,
             unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_svg (LdsMapLayout           *layout,
           const LdsExportOptions *options,
           const char             *path,
           GError                **error)
{
  g_autoptr(GByteArray) shapes = g_byte_array_new ();
  LdsMapPaper paper;
  SvgText svg;
  Sink sink;
  cairo_surface_t *surface;
  cairo_status_t status;
  const char *end = NULL;
  gboolean ok;

  plan (layout, options, FALSE, &paper);
  surface = cairo_svg_surface_create_for_stream (bytes_write, shapes, paper.page_width,
                                                 paper.page_height);
  cairo_svg_surface_restrict_to_version (surface, CAIRO_SVG_VERSION_1_1);
  svg.cr = cairo_create (surface);
  svg.text = g_string_new ("<g id=\"text\" xml:space=\"preserve\">\n");
  lds_map_paper_render_page (layout, &paper, 0, svg.cr, svg_text_cb, &svg);
  if (options->progress != NULL)
    options->progress (0.5, options->progress_data);   /* drawn; written next */
  status = cairo_status (svg.cr);
  cairo_destroy (svg.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!check_cairo (status, path, error))
    {
      g_string_free (svg.text, TRUE);
      return FALSE;
    }
  g_string_append (svg.text, "</g>\n");

  /* The text goes last, over the shapes, before the document ends. */
  for (guint i = shapes->len >= 6 ? shapes->len - 6 : 0; i-- > 0;)
    if (memcmp (shapes->data + i, "</svg>", 6) == 0)
      {
        end = (const char *) shapes->data + i;
        break;
      }
  if (end == NULL)
    {
      g_string_free (svg.text, TRUE);
      return check_cairo (CAIRO_STATUS_WRITE_ERROR, path, error);
    }

  if (!sink_open (&sink, path, options->cancellable, error))
    {
      g_string_free (svg.text, TRUE);
      return FALSE;
    }
  ok = g_output_stream_write_all (G_OUTPUT_STREAM (sink.stream), shapes->data,
                                  end - (const char *) shapes->data, NULL, NULL, &sink.error) &&
       g_output_stream_write_all (G_OUTPUT_STREAM (sink.stream), svg.text->str, svg.text->len,
                                  NULL, NULL, &sink.error) &&
       g_output_stream_write_all (G_OUTPUT_STREAM (sink.stream), end,
                                  shapes->len - (end - (const char *) shapes->data), NULL, NULL,
                                  &sink.error);
  g_string_free (svg.text, TRUE);
  return sink_close (&sink, path, ok, error);
}

/* PNG */

static gboolean
write_png (LdsMapLayout           *layout,
           const LdsExportOptions *options,
           const char             *path,
           GError                **error)
{
  LdsMapPaper paper;
  double scale = options->scale > 0 ? options->scale : 1.0;
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  Sink sink;

  plan (layout, options, FALSE, &paper);
  width = ceil (paper.page_width * scale);
  height = ceil (paper.page_height * scale);
  if (width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_PIXELS)
    {
      g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_INVALID,
                   /* Translators: the size a picture would have, in pixels; then the limit */
                   _("The picture would be %1$.0f × %2$.0f pixels, more than Lodestar can make "
                     "(%3$d on a side, %4$.0f million in all). Choose a smaller scale, export a "
                     "unit rather than the whole organisation, or export to PDF."),
                   width, height, MAX_SIDE, MAX_PIXELS / 1e6);
      return FALSE;
    }

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  lds_map_paper_render_page (layout, &paper, 0, cr, NULL, NULL);
  if (options->progress != NULL)
    options->progress (0.5, options->progress_data);   /* drawn; encoded next */
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (!check_cairo (status, path, error) || !sink_open (&sink, path, options->cancellable, error))
    {
      cairo_surface_destroy (surface);
      return FALSE;
    }
  status = cairo_surface_write_to_png_stream (surface, sink_write, &sink);
  cairo_surface_destroy (surface);
  if (sink.error != NULL)
    return sink_close (&sink, path, FALSE, error);
  if (!check_cairo (status, path, error))
    return sink_close (&sink, path, FALSE, NULL);
  return sink_close (&sink, path, TRUE, error);
}

/**
 * lds_export_map_layout:
 *
 * Returns: (transfer full): the map that options choose (cycle, unit), laid
 *   out top down, or %NULL with @error set
 */
LdsMapLayout *
lds_export_map_layout (LdsStore                *store,
                       const LdsExportOptions  *options,
                       GError                 **error)
{
  LdsMapFilter filter = { 0 };
  g_autoptr(LdsMapModel) model = NULL;

  g_return_val_if_fail (LDS_IS_STORE (store), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  filter.cycle_id = options->cycle_id;
  filter.unit_id = options->unit_id;
  filter.at = options->at;
  model = lds_map_model_new_from_store (store, &filter, NULL, error);
  if (model == NULL)
    return NULL;
  return lds_map_layout_new (model, NULL);
}

/**
 * lds_export_map_write:
 * @format: "pdf", "svg" or "png"
 *
 * Writes a map laid out already, such as the one a window shows.
 */
gboolean
lds_export_map_write (LdsMapLayout            *layout,
                      const char              *format,
                      const LdsExportOptions  *options,
                      const char              *path,
                      GError                 **error)
{
  g_return_val_if_fail (LDS_IS_MAP_LAYOUT (layout), FALSE);
  g_return_val_if_fail (format != NULL && options != NULL && path != NULL, FALSE);

  if (g_strcmp0 (format, "pdf") == 0)
    return write_pdf (layout, options, path, error);
  if (g_strcmp0 (format, "svg") == 0)
    return write_svg (layout, options, path, error);
  if (g_strcmp0 (format, "png") == 0)
    return write_png (layout, options, path, error);
  g_set_error (error, LDS_EXPORT_ERROR, LDS_EXPORT_ERROR_UNKNOWN_FORMAT,
               _("Lodestar cannot export to “%s”."), format);
  return FALSE;
}

static gboolean
export_store (LdsStore                *store,
              const char              *format,
              const LdsExportOptions  *options,
              const char              *path,
              GError                 **error)
{
  g_autoptr(LdsMapLayout) layout = lds_export_map_layout (store, options, error);

  if (layout == NULL)
    return FALSE;
  return lds_export_map_write (layout, format, options, path, error);
}

gboolean
lds_export_map_pdf (LdsStore                *store,
                    const LdsExportOptions  *options,
                    const char              *path,
                    GError                 **error)
{
  return export_store (store, "pdf", options, path, error);
}

gboolean
lds_export_map_svg (LdsStore                *store,
                    const LdsExportOptions  *options,
                    const char              *path,
                    GError                 **error)
{
  return export_store (store, "svg", options, path, error);
}

gboolean
lds_export_map_png (LdsStore                *store,
                    const LdsExportOptions  *options,
                    const char              *path,
                    GError                 **error)
{
  return export_store (store, "png", options, path, error);
}
