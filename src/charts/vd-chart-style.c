/* vd-chart-style.c — colours, font and number style of a chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vd-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Okabe & Ito, "Color Universal Design" (2008): blue, orange, bluish green,
 * vermillion, sky blue, reddish purple, yellow; grey instead of their black, which
 * reads as text. Blue and orange first: the pair that every viewer tells apart. */
static const VdChartColor light_palette[VD_CHART_PALETTE_SIZE] = {
  RGB (0x0072b2), RGB (0xe69f00), RGB (0x009e73), RGB (0xd55e00),
  RGB (0x56b4e9), RGB (0xcc79a7), RGB (0xf0e442), RGB (0x8c8c8c),
};

/* The same hues, lighter, so that they keep their contrast on a dark background. */
static const VdChartColor dark_palette[VD_CHART_PALETTE_SIZE] = {
  RGB (0x4ca3e0), RGB (0xf2b63d), RGB (0x33c49a), RGB (0xf3804a),
  RGB (0x8dcdf2), RGB (0xe09dc4), RGB (0xf3ea7a), RGB (0xb4b4b4),
};

void
vd_chart_style_init (VdChartStyle *style,
                     gboolean      dark)
{
  static const VdChartColor light_fg = RGB (0x242424), dark_fg = RGB (0xf0f0f0);
  static const VdChartColor light_muted = RGB (0x5e5e5e), dark_muted = RGB (0xb8b8b8);
  static const VdChartColor light_grid = RGB (0xdedede), dark_grid = RGB (0x484848);
  static const VdChartColor light_track = RGB (0xe8e8e8), dark_track = RGB (0x3e3e3e);
  static const VdChartColor light_bg = RGB (0xffffff), dark_bg = RGB (0x2a2a2a);

  memset (style, 0, sizeof *style);
  style->dark = dark;
  style->background = dark ? dark_bg : light_bg;
  style->foreground = dark ? dark_fg : light_fg;
  style->muted = dark ? dark_muted : light_muted;
  style->grid = dark ? dark_grid : light_grid;
  style->track = dark ? dark_track : light_track;
  /* bluish green and vermillion: apart for red–green colour blindness too */
  style->good = dark ? dark_palette[2] : light_palette[2];
  style->bad = dark ? dark_palette[3] : light_palette[3];
  memcpy (style->palette, dark ? dark_palette : light_palette, sizeof style->palette);
  g_strlcpy (style->font_family, "Noto Sans CJK SC", sizeof style->font_family);
  style->font_size = 9;
  style->numbers = vd_chart_numbers_for_locale ();
  style->highlight_series = -1;
  style->highlight_category = -1;
}

const VdChartColor *
vd_chart_style_series_color (const VdChartStyle *style,
                             guint               i)
{
  return &style->palette[i % VD_CHART_PALETTE_SIZE];
}

VdChartNumbers
vd_chart_numbers_for_locale (void)
{
  /* Translators: how chart axes abbreviate large numbers. Translate as "myriad" if
   * your language groups by ten thousands (万, 亿), else keep "western" (k, M).
   * Not shown to the user. */
  const char *scheme = C_("chart numbers", "western");

  return g_str_equal (scheme, "myriad") ? VD_CHART_NUMBERS_MYRIAD : VD_CHART_NUMBERS_WESTERN;
}
