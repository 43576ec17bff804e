/* vd-date.c — reading dates as offices write them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <time.h>

#include "vd-date.h"

/* Reads up to max_digits ASCII digits; returns how many were read. */
static int
read_number (const char **p,
             int          max_digits,
             int         *value)
{
  int n = 0;

  *value = 0;
  while (n < max_digits && g_ascii_isdigit (**p))
    {
      *value = *value * 10 + (**p - '0');
      (*p)++;
      n++;
    }
  return n;
}

static gboolean
skip_separator (const char **p)
{
  static const char * const separators[] = { "-", "/", ".", "年", "月", NULL };

  for (guint i = 0; separators[i] != NULL; i++)
    if (g_str_has_prefix (*p, separators[i]))
      {
        *p += strlen (separators[i]);
        return TRUE;
      }
  return FALSE;
}

gboolean
vd_date_parse (const char *text,
               GDate      *out)
{
  g_autofree char *folded = NULL;
  const char *p;
  int y, m, d;

  g_return_val_if_fail (out != NULL, FALSE);

  /* g_utf8_normalize () reads past the end of a truncated sequence */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  /* full-width digits and separators become ASCII */
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (folded == NULL)
    return FALSE;
  p = g_strstrip (folded);

  if (read_number (&p, 8, &y) == 8 && (*p == '\0' || *p == ' ' || *p == 'T'))
    {
      d = y % 100;
      m = (y / 100) % 100;
      y /= 10000;
    }
  else
    {
      p = folded;
      if (read_number (&p, 4, &y) != 4 || !skip_separator (&p) ||
          read_number (&p, 2, &m) == 0 || !skip_separator (&p) ||
          read_number (&p, 2, &d) == 0)
        return FALSE;
      if (g_str_has_prefix (p, "日"))
        p += strlen ("日");
    }

  /* Only a time of day may follow. */
  if (*p != '\0' && *p != ' ' && *p != 'T')
    return FALSE;
  if (y < 1900 || y > 2999 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
vd_date_to_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

void
vd_date_set_today (GDate *date)
{
  g_date_clear (date, 1);
  g_date_set_time_t (date, time (NULL));
}
