/* fuzz-common.h — what the libFuzzer targets share: a log writer and C strings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libgsf warns about every damaged zip member and cannot be told not to, and with a
 * damaged date GLib complains about it too (tests/test-table-reader.c); both are
 * noise here, as the reader reports the damage as an error. Anything else that the
 * core or GLib logs at warning level or above is a bug, and so is g_error (GLib
 * aborts after this writer returns). */
static gboolean
fuzz_is_noise (const char     *domain,
               GLogLevelFlags  level,
               const char     *message)
{
  if (level & G_LOG_LEVEL_ERROR)
    return FALSE;
  if (domain != NULL && g_str_has_prefix (domain, "libgsf"))
    return TRUE;
  if (message != NULL && g_str_has_prefix (message, "Unable to get child"))
    return TRUE;
  if (domain != NULL && g_str_has_prefix (domain, "GLib"))
    return (level & G_LOG_LEVEL_WARNING) ||
           (message != NULL && strstr (message, "g_date_time_unref") != NULL);
  return FALSE;
}

static GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    {
      if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
        domain = fields[i].value;
      else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
        message = fields[i].value;
    }

  if (!(level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING)))
    return G_LOG_WRITER_HANDLED;
  if (fuzz_is_noise (domain, level, message))
    return G_LOG_WRITER_HANDLED;

  fprintf (stderr, "fuzz: unexpected log message (%s): %s\n",
           domain != NULL ? domain : "(no domain)", message != NULL ? message : "");
  abort ();
}

static void
fuzz_print_nothing (const char *text)
{
}

static void
fuzz_init_logging (void)
{
  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  /* libgsf prints "Header is 0x…" for every damaged zip entry. */
  g_set_print_handler (fuzz_print_nothing);
  g_set_printerr_handler (fuzz_print_nothing);
}

/* The input as a NUL-terminated string (it ends at the first NUL byte, if any). */
static inline char *
fuzz_strndup (const guint8 *data,
              size_t        size)
{
  char *text = g_malloc (size + 1);

  if (size > 0)
    memcpy (text, data, size);
  text[size] = '\0';
  return text;
}

#define FUZZ_CHECK(cond) \
  G_STMT_START \
  { \
    if (!(cond)) \
      { \
        fprintf (stderr, "fuzz: %s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        abort (); \
      } \
  } \
  G_STMT_END
