/* vd-chart-card.c — a chart with its title and an Export… / Copy as Image menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vd-chart-card"

#include "config.h"

#include <glib/gi18n.h>

#include "vd-chart-card.h"
#include "vd-chart-export-dialog.h"
#include "vd-dialogs.h"

struct _VdChartCard
{
  AdwBin                parent_instance;

  GtkLabel             *title_label;
  GtkLabel             *subtitle_label;
  GtkMenuButton        *menu_button;
  VdChart              *chart;

  char                 *file_name;
  GtkFileChooserNative *chooser;   /* kept until its response (GTK 4.8) */
  VdChartFormat         format;
  int                   width;
  int                   height;
};

G_DEFINE_FINAL_TYPE (VdChartCard, vd_chart_card, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_toast (VdChartCard *self,
            const char  *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
}

static const char *
base_name (VdChartCard *self)
{
  const char *title = gtk_label_get_text (self->title_label);

  return self->file_name != NULL ? self->file_name : title[0] != '\0' ? title : _("Chart");
}

static void
on_chooser_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        VdChartCard     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      vd_dialogs_show_message (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Could Not Export the Chart"),
                               _("Choose a folder on this computer."));
      return;
    }
  /* the extension names the format; add it when the user left it out */
  if (!g_str_has_suffix (path, vd_chart_format_extension (self->format)))
    {
      VdChartFormat named;

      if (!vd_chart_format_from_path (path, &named) || named != self->format)
        {
          char *with = g_strconcat (path, ".", vd_chart_format_extension (self->format), NULL);

          g_free (path);
          path = with;
        }
    }
  if (!vd_chart_card_export (self, path, self->format, self->width, self->height, &error))
    {
      vd_dialogs_show_message (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                               _("Could Not Export the Chart"), error->message);
      return;
    }
  {
    g_autofree char *name = g_filename_display_basename (path);
    /* Translators: a toast; %s is the file name */
    g_autofree char *text = g_strdup_printf (_("Chart saved as “%s”"), name);

    show_toast (self, text);
  }
}

static void
on_export_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       VdChartCard      *self)
{
  g_autofree char *name = NULL;
  GtkFileFilter *filter;

  if (g_strcmp0 (response, "export") != 0)
    return;
  vd_chart_export_dialog_get_choice (VD_CHART_EXPORT_DIALOG (dialog), &self->format,
                                     &self->width, &self->height);

  self->chooser = gtk_file_chooser_native_new (_("Export Chart"),
                                               GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                               GTK_FILE_CHOOSER_ACTION_SAVE,
                                               _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  filter = gtk_file_filter_new ();
  switch (self->format)
    {
    case VD_CHART_FORMAT_SVG:
      gtk_file_filter_set_name (filter, _("SVG drawings"));
      gtk_file_filter_add_mime_type (filter, "image/svg+xml");
      break;
    case VD_CHART_FORMAT_PDF:
      gtk_file_filter_set_name (filter, _("PDF documents"));
      gtk_file_filter_add_mime_type (filter, "application/pdf");
      break;
    case VD_CHART_FORMAT_PNG:
    default:
      gtk_file_filter_set_name (filter, _("PNG images"));
      gtk_file_filter_add_mime_type (filter, "image/png");
      break;
    }
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_object_unref (filter);
  name = g_strconcat (base_name (self), ".", vd_chart_format_extension (self->format), NULL);
  /* a file name may not hold a slash */
  g_strdelimit (name, "/", '-');
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  VdChartCard *self = VD_CHART_CARD (widget);
  GtkWidget *dialog;

  if (vd_chart_get_data (self->chart) == NULL)
    return;
  dialog = vd_chart_export_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                       gtk_label_get_text (self->title_label));
  if (self->width > 0)
    vd_chart_export_dialog_set_choice (VD_CHART_EXPORT_DIALOG (dialog), self->format,
                                       self->width, self->height);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  vd_chart_card_copy (VD_CHART_CARD (widget));
}

static void
vd_chart_card_dispose (GObject *object)
{
  VdChartCard *self = VD_CHART_CARD (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  gtk_widget_dispose_template (GTK_WIDGET (object), VD_TYPE_CHART_CARD);

  G_OBJECT_CLASS (vd_chart_card_parent_class)->dispose (object);
}

static void
vd_chart_card_finalize (GObject *object)
{
  VdChartCard *self = VD_CHART_CARD (object);

  g_free (self->file_name);

  G_OBJECT_CLASS (vd_chart_card_parent_class)->finalize (object);
}

static void
vd_chart_card_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  VdChartCard *self = VD_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_chart_card_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  VdChartCard *self = VD_CHART_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      vd_chart_card_set_title (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vd_chart_card_class_init (VdChartCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = vd_chart_card_dispose;
  object_class->finalize = vd_chart_card_finalize;
  object_class->get_property = vd_chart_card_get_property;
  object_class->set_property = vd_chart_card_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (VD_TYPE_CHART);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/vd-chart-card.ui");
  gtk_widget_class_bind_template_child (widget_class, VdChartCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, VdChartCard, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, VdChartCard, menu_button);
  gtk_widget_class_bind_template_child (widget_class, VdChartCard, chart);

  gtk_widget_class_install_action (widget_class, "chart.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "chart.copy", NULL, copy_action);
}

static void
vd_chart_card_init (VdChartCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->format = VD_CHART_FORMAT_PNG;
}

GtkWidget *
vd_chart_card_new (const char  *title,
                   VdChartData *data)
{
  VdChartCard *self = g_object_new (VD_TYPE_CHART_CARD, "title", title, NULL);

  if (data != NULL)
    vd_chart_card_set_data (self, data);
  return GTK_WIDGET (self);
}

VdChart *
vd_chart_card_get_chart (VdChartCard *self)
{
  g_return_val_if_fail (VD_IS_CHART_CARD (self), NULL);
  return self->chart;
}

const char *
vd_chart_card_get_title (VdChartCard *self)
{
  g_return_val_if_fail (VD_IS_CHART_CARD (self), NULL);
  return gtk_label_get_text (self->title_label);
}

void
vd_chart_card_set_title (VdChartCard *self,
                         const char  *title)
{
  g_return_if_fail (VD_IS_CHART_CARD (self));

  if (g_strcmp0 (title, gtk_label_get_text (self->title_label)) == 0)
    return;
  gtk_label_set_text (self->title_label, title != NULL ? title : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

void
vd_chart_card_set_subtitle (VdChartCard *self,
                            const char  *subtitle)
{
  g_return_if_fail (VD_IS_CHART_CARD (self));
  gtk_label_set_text (self->subtitle_label, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle_label), subtitle != NULL && *subtitle != '\0');
}

void
vd_chart_card_set_data (VdChartCard *self,
                        VdChartData *data)
{
  g_return_if_fail (VD_IS_CHART_CARD (self));

  if (data != NULL && vd_chart_data_get_title (data) == NULL)
    vd_chart_data_set_title (data, gtk_label_get_text (self->title_label));
  vd_chart_set_data (self->chart, data);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.export", data != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "chart.copy", data != NULL);
}

void
vd_chart_card_set_file_name (VdChartCard *self,
                             const char  *file_name)
{
  g_return_if_fail (VD_IS_CHART_CARD (self));
  g_free (self->file_name);
  self->file_name = g_strdup (file_name);
}

gboolean
vd_chart_card_export (VdChartCard  *self,
                      const char   *path,
                      VdChartFormat format,
                      int           width,
                      int           height,
                      GError      **error)
{
  VdChartStyle style;
  VdChartData *data;

  g_return_val_if_fail (VD_IS_CHART_CARD (self), FALSE);
  data = vd_chart_get_data (self->chart);
  g_return_val_if_fail (data != NULL, FALSE);

  /* files go into documents and slides: always the light style, whatever the screen */
  vd_chart_style_init (&style, FALSE);
  return vd_chart_export (path, format, width, height, data, &style, error);
}

void
vd_chart_card_copy (VdChartCard *self)
{
  VdChartData *data;
  VdChartStyle style;
  cairo_surface_t *surface;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int scale, width, height, stride;

  g_return_if_fail (VD_IS_CHART_CARD (self));
  data = vd_chart_get_data (self->chart);
  if (data == NULL)
    return;

  /* at the size seen on screen, in device pixels, light like the exports */
  scale = MAX (gtk_widget_get_scale_factor (GTK_WIDGET (self->chart)), 1);
  width = MAX (gtk_widget_get_width (GTK_WIDGET (self->chart)), 400);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self->chart)), 240);
  vd_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  {
    cairo_t *cr = cairo_create (surface);

    cairo_scale (cr, scale, scale);
    vd_chart_draw (cr, width, height, data, &style);
    cairo_destroy (cr);
  }
  cairo_surface_flush (surface);
  stride = cairo_image_surface_get_stride (surface);
  /* cairo's ARGB32 is GDK_MEMORY_DEFAULT: premultiplied, native-endian 32-bit */
  bytes = g_bytes_new (cairo_image_surface_get_data (surface), (gsize) stride * height * scale);
  texture = gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes, stride);
  cairo_surface_destroy (surface);
  gdk_clipboard_set_texture (gtk_widget_get_clipboard (GTK_WIDGET (self)), texture);
  show_toast (self, _("Chart copied as an image"));
}
