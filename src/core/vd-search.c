/* vd-search.c — full-text search of the register
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vd-pinyin.h"
#include "vd-search.h"

/* The tokenizer keeps no state: one static object serves every instance. */
static int tokenizer_instance;

static int
cjk_create (void           *ctx,
            const char    **argv,
            int             argc,
            Fts5Tokenizer **out)
{
  *out = (Fts5Tokenizer *)&tokenizer_instance;
  return SQLITE_OK;
}

static void
cjk_delete (Fts5Tokenizer *tokenizer)
{
}

static gboolean
is_ascii_word_char (guchar c)
{
  return g_ascii_isalnum (c);
}

static int
cjk_tokenize (Fts5Tokenizer *tokenizer,
              void          *ctx,
              int            flags,
              const char    *text,
              int            n_text,
              int          (*emit) (void *ctx, int tflags, const char *token, int n_token,
                                    int start, int end))
{
  char word[64];
  int i = 0;

  while (i < n_text)
    {
      guchar c = (guchar)text[i];

      if (c < 0x80)
        {
          int start = i;
          int len = 0;
          int rc;

          if (!is_ascii_word_char (c))
            {
              i++;
              continue;
            }
          while (i < n_text && (guchar)text[i] < 0x80 && is_ascii_word_char ((guchar)text[i]))
            {
              /* Longer words are cut: no name or key needs 64 letters. */
              if (len < (int)sizeof word)
                word[len++] = g_ascii_tolower (text[i]);
              i++;
            }
          rc = emit (ctx, 0, word, len, start, i);
          if (rc != SQLITE_OK)
            return rc;
        }
      else
        {
          gunichar u = g_utf8_get_char_validated (text + i, n_text - i);
          int len;

          if (u == (gunichar)-1 || u == (gunichar)-2)
            {
              i++;   /* not UTF-8: skip the byte */
              continue;
            }
          len = g_utf8_skip[c];
          if (g_unichar_isalnum (u))
            {
              int rc = emit (ctx, 0, text + i, len, i, i + len);
              if (rc != SQLITE_OK)
                return rc;
            }
          i += len;
        }
    }
  return SQLITE_OK;
}

static fts5_api *
get_fts5_api (sqlite3 *db)
{
  fts5_api *api = NULL;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT fts5(?1)", -1, &stmt, NULL) != SQLITE_OK)
    return NULL;
  sqlite3_bind_pointer (stmt, 1, (void *)&api, "fts5_api_ptr", NULL);
  sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return api;
}

int
vd_search_register_tokenizer (sqlite3 *db)
{
  static fts5_tokenizer tokenizer = { cjk_create, cjk_delete, cjk_tokenize };
  fts5_api *api = get_fts5_api (db);

  if (api == NULL)
    return SQLITE_ERROR;
  return api->xCreateTokenizer (api, "vd_cjk", NULL, &tokenizer, NULL);
}

gboolean
vd_search_index_from (VdDatabase  *db,
                      gint64       first_id,
                      GError     **error)
{
  return vd_database_exec_int (db, "INSERT INTO volunteer_text (rowid, name, name_keys) "
                                   "SELECT id, name, name_keys FROM volunteers WHERE id >= ?1",
                               first_id, error) &&
         vd_database_exec_int (db, "INSERT INTO volunteer_digits (rowid, phone, id_number, volunteer_no) "
                                   "SELECT id, phone, id_number, volunteer_no FROM volunteers "
                                   "WHERE id >= ?1",
                               first_id, error);
}

static gboolean
is_cjk (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_BOPOMOFO;
}

static void
append_and (GString **target,
            const char *part)
{
  if (*target == NULL)
    *target = g_string_new (part);
  else
    {
      g_string_append (*target, " AND ");
      g_string_append (*target, part);
    }
}

static char *
take (GString *s)
{
  return s != NULL ? g_string_free (s, FALSE) : NULL;
}

typedef enum { RUN_NONE, RUN_HAN, RUN_LETTERS, RUN_DIGITS } RunKind;

typedef struct
{
  GString *name;
  GString *pinyin;
  GString *digits;
} Parts;

static void
add_run (Parts      *parts,
         RunKind     kind,
         const char *run)
{
  g_autofree char *quoted = NULL;

  switch (kind)
    {
    case RUN_HAN:
      quoted = g_strdup_printf ("name : \"%s\"", run);
      append_and (&parts->name, quoted);
      break;

    case RUN_LETTERS:
      {
        g_autofree char *lower = g_ascii_strdown (run, -1);
        quoted = g_strdup_printf ("name_keys : \"%s\" *", lower);
        append_and (&parts->pinyin, quoted);
      }
      break;

    case RUN_DIGITS:
      /* 1–2 characters are too short for trigrams and would match almost everyone:
       * they narrow nothing until a third one comes. */
      if (strlen (run) >= 3)
        {
          g_autofree char *upper = g_ascii_strup (run, -1);
          quoted = g_strdup_printf ("\"%s\"", upper);
          append_and (&parts->digits, quoted);
        }
      break;

    case RUN_NONE:
    default:
      break;
    }
}

static RunKind
kind_of (gunichar c)
{
  if (is_cjk (c))
    return RUN_HAN;
  if (c < 0x80 && g_ascii_isalpha (c))
    return RUN_LETTERS;
  if (c < 0x80 && g_ascii_isdigit (c))
    return RUN_DIGITS;
  return RUN_NONE;
}

/* One word of the query: letters alone are pinyin; letters with digits (V00012345,
 * 11010519491231002X, a passport) are a number, matched as a substring; anything
 * else is split into runs of Chinese, letters and digits. */
static void
add_word (Parts      *parts,
          const char *word)
{
  g_autoptr(GString) run = g_string_new (NULL);
  gboolean has_digit = FALSE;
  gboolean all_alnum = TRUE;
  RunKind kind = RUN_NONE;

  for (const char *p = word; *p != '\0'; p++)
    {
      has_digit |= g_ascii_isdigit (*p);
      all_alnum &= g_ascii_isalnum (*p);
    }
  if (has_digit && all_alnum)
    {
      add_run (parts, RUN_DIGITS, word);
      return;
    }

  for (const char *p = word;; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      RunKind next = c == 0 ? RUN_NONE : kind_of (c);

      if (next != kind && run->len > 0)
        {
          add_run (parts, kind, run->str);
          g_string_truncate (run, 0);
        }
      if (c == 0)
        break;
      if (next != RUN_NONE)
        g_string_append_unichar (run, c);
      kind = next;
    }
}

/* Everything is quoted for FTS5, so no user text is ever read as FTS5 syntax. */
VdSearchQuery *
vd_search_query_parse (const char *text)
{
  VdSearchQuery *self = g_new0 (VdSearchQuery, 1);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autofree char *joined = NULL;
  Parts parts = { NULL, NULL, NULL };

  /* g_utf8_normalize () reads past the end of a truncated sequence */
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return self;

  /* Letters alone, maybe spaced: "zhang xiao ming" is one reading, zhangxiaoming. */
  if (vd_pinyin_normalize_query (text, &joined) && joined[0] != '\0')
    {
      add_run (&parts, RUN_LETTERS, joined);
      self->pinyin_match = take (parts.pinyin);
      return self;
    }

  /* Full-width digits and letters from a Chinese input method count as ASCII. */
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (folded == NULL)
    return self;
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      add_word (&parts, words[i]);

  self->name_match = take (parts.name);
  self->pinyin_match = take (parts.pinyin);
  self->digits_match = take (parts.digits);
  return self;
}

gboolean
vd_search_query_is_empty (const VdSearchQuery *self)
{
  return self->name_match == NULL && self->pinyin_match == NULL &&
         self->digits_match == NULL;
}

void
vd_search_query_free (VdSearchQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->name_match);
  g_free (self->pinyin_match);
  g_free (self->digits_match);
  g_free (self);
}
