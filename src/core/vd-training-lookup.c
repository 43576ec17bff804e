/* vd-training-lookup.c — finding a person at the door: the session's registrants
 * first, then the whole register through its full-text and b-tree indexes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "vd-identity.h"
#include "vd-pinyin.h"
#include "vd-training-private.h"

/* The query split as vd-search.c splits it (runs of Chinese characters, of letters,
 * of digits), so that the registrants, matched here in memory, and the register,
 * matched by FTS5 and b-trees, agree. Digits are matched against phones and volunteer
 * numbers only: ID numbers are not a key at the door. */
typedef struct
{
  GPtrArray *han;      /* substrings of the name */
  GPtrArray *letters;  /* prefixes of a word of the pinyin keys, lower case */
  GPtrArray *digits;   /* ≥ 3 characters of a phone or volunteer number, upper case */
} Key;

static void
key_clear (Key *key)
{
  g_clear_pointer (&key->han, g_ptr_array_unref);
  g_clear_pointer (&key->letters, g_ptr_array_unref);
  g_clear_pointer (&key->digits, g_ptr_array_unref);
}

static gboolean
key_is_empty (const Key *key)
{
  return key->han->len == 0 && key->letters->len == 0 && key->digits->len == 0;
}

static gboolean
is_han (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return script == G_UNICODE_SCRIPT_HAN || script == G_UNICODE_SCRIPT_BOPOMOFO;
}

typedef enum { RUN_NONE, RUN_HAN, RUN_LETTERS, RUN_DIGITS } RunKind;

static void
key_add (Key        *key,
         RunKind     kind,
         const char *run)
{
  switch (kind)
    {
    case RUN_HAN:
      g_ptr_array_add (key->han, g_strdup (run));
      break;
    case RUN_LETTERS:
      g_ptr_array_add (key->letters, g_ascii_strdown (run, -1));
      break;
    case RUN_DIGITS:
      /* shorter runs narrow nothing (design.md §7: trigrams) */
      if (strlen (run) >= 3)
        g_ptr_array_add (key->digits, g_ascii_strup (run, -1));
      break;
    case RUN_NONE:
    default:
      break;
    }
}

/* "138 0013 8000" and "138-0013-8000" are one phone number, spaced as people say it:
 * a word of digits and hyphens joins the digits before it. */
static gboolean
take_digit_word (GString    *pending,
                 const char *word)
{
  gboolean has_digit = FALSE;

  for (const char *p = word; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) && *p != '-')
        return FALSE;
      has_digit |= g_ascii_isdigit (*p);
    }
  if (!has_digit)
    return FALSE;
  for (const char *p = word; *p != '\0'; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (pending, *p);
  return TRUE;
}

static void
key_parse (Key        *key,
           const char *text)
{
  g_autofree char *joined = NULL;
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);

  key->han = g_ptr_array_new_with_free_func (g_free);
  key->letters = g_ptr_array_new_with_free_func (g_free);
  key->digits = g_ptr_array_new_with_free_func (g_free);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return;
  if (vd_pinyin_normalize_query (text, &joined) && joined[0] != '\0')
    {
      g_ptr_array_add (key->letters, g_steal_pointer (&joined));
      return;
    }
  folded = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  if (folded == NULL)
    return;
  words = g_strsplit_set (g_strstrip (folded), " \t\n", -1);
  for (guint w = 0; words[w] != NULL; w++)
    {
      const char *word = words[w];
      g_autoptr(GString) run = g_string_new (NULL);
      gboolean has_digit = FALSE, all_alnum = word[0] != '\0';
      RunKind kind = RUN_NONE;

      if (word[0] == '\0' || take_digit_word (digits, word))
        continue;
      if (digits->len > 0)
        {
          key_add (key, RUN_DIGITS, digits->str);
          g_string_truncate (digits, 0);
        }
      for (const char *p = word; *p != '\0'; p++)
        {
          has_digit |= g_ascii_isdigit (*p);
          all_alnum &= g_ascii_isalnum (*p);
        }
      if (has_digit && all_alnum)
        {
          key_add (key, RUN_DIGITS, word);   /* V00012345 */
          continue;
        }
      for (const char *p = word;; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          RunKind next = RUN_NONE;

          if (c != 0)
            next = is_han (c) ? RUN_HAN
                 : c < 0x80 && g_ascii_isalpha (c) ? RUN_LETTERS
                 : c < 0x80 && g_ascii_isdigit (c) ? RUN_DIGITS : RUN_NONE;
          if (next != kind && run->len > 0)
            {
              key_add (key, kind, run->str);
              g_string_truncate (run, 0);
            }
          if (c == 0)
            break;
          if (next != RUN_NONE)
            g_string_append_unichar (run, c);
          kind = next;
        }
    }
  if (digits->len > 0)
    key_add (key, RUN_DIGITS, digits->str);
}

static gboolean
has_word_prefix (const char *keys,
                 const char *prefix)
{
  gsize n = strlen (prefix);

  for (const char *p = keys; p != NULL && *p != '\0';)
    {
      if (strncmp (p, prefix, n) == 0)
        return TRUE;
      p = strchr (p, ' ');
      if (p != NULL)
        p++;
    }
  return FALSE;
}

static gboolean
key_matches (const Key  *key,
             const char *name,
             const char *name_keys,
             const char *phone,
             const char *volunteer_no)
{
  for (guint i = 0; i < key->han->len; i++)
    if (strstr (name, g_ptr_array_index (key->han, i)) == NULL)
      return FALSE;
  for (guint i = 0; i < key->letters->len; i++)
    if (!has_word_prefix (name_keys, g_ptr_array_index (key->letters, i)))
      return FALSE;
  for (guint i = 0; i < key->digits->len; i++)
    {
      const char *d = g_ptr_array_index (key->digits, i);
      g_autofree char *number = g_ascii_strup (volunteer_no, -1);

      if ((phone == NULL || strstr (phone, d) == NULL) && strstr (number, d) == NULL)
        return FALSE;
    }
  return TRUE;
}

/* FTS5 queries, every user text quoted so that none is read as syntax. */
static char *
text_match (const Key *key)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < key->han->len; i++)
    g_string_append_printf (s, "%sname : \"%s\"", s->len > 0 ? " AND " : "",
                            (const char *)g_ptr_array_index (key->han, i));
  for (guint i = 0; i < key->letters->len; i++)
    g_string_append_printf (s, "%sname_keys : \"%s\" *", s->len > 0 ? " AND " : "",
                            (const char *)g_ptr_array_index (key->letters, i));
  return g_string_free (s, s->len == 0);
}

static char *
digits_match (const Key *key)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < key->digits->len; i++)
    g_string_append_printf (s, "%s{phone volunteer_no} : \"%s\"", s->len > 0 ? " AND " : "",
                            (const char *)g_ptr_array_index (key->digits, i));
  return g_string_free (s, s->len == 0);
}

static VdCheckInMatch *
match_new (gint64      id,
           const char *name,
           const char *phone)
{
  VdCheckInMatch *m = g_new0 (VdCheckInMatch, 1);

  m->volunteer_id = id;
  m->name = g_strdup (name);
  m->phone_masked = vd_mask_phone (phone);
  return m;
}

static gboolean
add_registrants (VdDatabase  *db,
                 gint64       training_id,
                 const Key   *key,
                 guint        limit,
                 GPtrArray   *out,
                 GHashTable  *registered,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  /* A session has tens or hundreds of registrants: read them all, match here. */
  stmt = vd_database_prepare_cached (db,
    "SELECT v.id, v.name, v.name_keys, v.phone, v.volunteer_no, a.status, a.checked_in_at "
    "FROM training_attendance a JOIN volunteers v ON v.id = a.volunteer_id "
    "WHERE a.training_id = ?1 ORDER BY v.name_sort, v.id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, training_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name = (const char *)sqlite3_column_text (stmt, 1);
      const char *phone = (const char *)sqlite3_column_text (stmt, 3);
      VdCheckInMatch *m;

      g_hash_table_add (registered, g_memdup2 (&id, sizeof id));
      if (out->len >= limit ||
          !key_matches (key, name, (const char *)sqlite3_column_text (stmt, 2), phone,
                        (const char *)sqlite3_column_text (stmt, 4)))
        continue;
      m = match_new (id, name, phone);
      m->registered = TRUE;
      vd_attendance_status_from_code ((const char *)sqlite3_column_text (stmt, 5), &m->status);
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL)
        m->checked_in_at = g_strndup ((const char *)sqlite3_column_text (stmt, 6) + 11, 5);
      g_ptr_array_add (out, m);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

#define CHECKED_ROWS 150

static gboolean
add_from_register (VdDatabase  *db,
                   const Key   *key,
                   guint        limit,
                   GPtrArray   *out,
                   GHashTable  *registered,
                   GError     **error)
{
  g_autofree char *text = text_match (key);
  g_autofree char *digits = NULL;
  gboolean check_digits = text != NULL && key->digits->len > 0;
  guint checked = 0;
  sqlite3_stmt *ids;
  sqlite3_stmt *row;
  int rc = SQLITE_DONE;

  /* A name with 3 digits: the name's matches, their digits checked row by row.
   * "MATCH name AND rowid IN (the digits' matches)" ran the name's query once for
   * each of tens of thousands of digits' matches: 3 s at 1,000,000 volunteers. Rows
   * are read at random (all 1,242 people called 张伟… took 15 ms), so only the first
   * CHECKED_ROWS of a common name are checked: its fourth digit makes the answer
   * whole again (add_by_digits). */
  if (text != NULL)
    ids = vd_database_prepare_cached (db, "SELECT rowid FROM volunteer_text "
                                          "WHERE volunteer_text MATCH ?1", error);
  else
    {
      digits = digits_match (key);
      ids = vd_database_prepare_cached (db, "SELECT rowid FROM volunteer_digits "
                                            "WHERE volunteer_digits MATCH ?1", error);
    }
  if (ids == NULL)
    return FALSE;
  sqlite3_bind_text (ids, 1, text != NULL ? text : digits, -1, SQLITE_STATIC);

  row = vd_database_prepare_cached (db, "SELECT name, name_keys, phone, volunteer_no, status "
                                        "FROM volunteers WHERE id = ?1", error);
  if (row == NULL)
    {
      sqlite3_reset (ids);
      return FALSE;
    }
  /* FTS5 yields rowids as it walks its index: stop as soon as the list is full. */
  while (out->len < limit && (rc = sqlite3_step (ids)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (ids, 0);

      if (g_hash_table_contains (registered, &id))
        continue;
      if (check_digits && checked++ == CHECKED_ROWS)
        {
          rc = SQLITE_DONE;
          break;
        }
      sqlite3_bind_int64 (row, 1, id);
      if (sqlite3_step (row) == SQLITE_ROW &&
          g_strcmp0 ((const char *)sqlite3_column_text (row, 4), "active") == 0 &&
          (!check_digits ||
           key_matches (key, (const char *)sqlite3_column_text (row, 0),
                        (const char *)sqlite3_column_text (row, 1),
                        (const char *)sqlite3_column_text (row, 2),
                        (const char *)sqlite3_column_text (row, 3))))
        g_ptr_array_add (out, match_new (id, (const char *)sqlite3_column_text (row, 0),
                                         (const char *)sqlite3_column_text (row, 2)));
      sqlite3_reset (row);
    }
  if (out->len < limit && rc != SQLITE_DONE)
    {
      sqlite3_reset (ids);
      return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
    }
  sqlite3_reset (ids);
  return TRUE;
}

/* Four digits or more are answered by b-trees (sql/007-check-in-keys.sql), not by
 * the trigram index: the trigrams of digits are shared by a large part of a million
 * phones, ID numbers and volunteer numbers, and a rare string of digits made FTS5 read
 * their whole doclists (11 ms at 1,000,000 volunteers for 6 digits). */
typedef enum
{
  PROBE_PHONE_TAIL,     /* a phone that ends with the digits (its last 4, say) */
  PROBE_NUMBER_TAIL,    /* a volunteer number that ends with them: the number without
                         * its letter, without its leading zeros, or its last digits */
  PROBE_PHONE_START,    /* a phone typed from its start */
  PROBE_NUMBER_START,   /* a volunteer number with its letter, typed from its start */
} Probe;

#define ROW_SQL "SELECT id, name, name_keys, phone, volunteer_no, status FROM volunteers "

static const char * const probe_sql[] = {
  [PROBE_PHONE_TAIL] = ROW_SQL "WHERE substr (phone, -4) = ?1 AND phone IS NOT NULL",
  [PROBE_NUMBER_TAIL] = ROW_SQL "WHERE substr (volunteer_no, -4) = ?1",
  /* A start shared by thousands (a local prefix) narrows nothing yet: when the key
   * has other parts to check, read a bounded number of rows. */
  [PROBE_PHONE_START] = ROW_SQL "WHERE phone >= ?1 AND phone < ?2 LIMIT 1000",
  [PROBE_NUMBER_START] = ROW_SQL "WHERE volunteer_no >= ?1 AND volunteer_no < ?2 LIMIT 1000",
};

/* The longest run of 4 or more digits (the last of equal ones), or NULL. */
static const char *
key_probe (const Key *key)
{
  const char *best = NULL;

  for (guint i = 0; i < key->digits->len; i++)
    {
      const char *d = g_ptr_array_index (key->digits, i);

      if (strlen (d) >= 4 && (best == NULL || strlen (d) >= strlen (best)))
        best = d;
    }
  return best;
}

static gboolean
add_probe (VdDatabase  *db,
           const Key   *key,
           Probe        probe,
           const char  *value,
           guint        limit,
           GPtrArray   *out,
           GHashTable  *shown,
           GError     **error)
{
  gsize len = strlen (value);
  g_autofree char *end = NULL;
  sqlite3_stmt *stmt;
  int rc = SQLITE_DONE;

  if (out->len >= limit)
    return TRUE;
  stmt = vd_database_prepare_cached (db, probe_sql[probe], error);
  if (stmt == NULL)
    return FALSE;
  if (probe == PROBE_PHONE_TAIL || probe == PROBE_NUMBER_TAIL)
    sqlite3_bind_text (stmt, 1, value + len - 4, -1, SQLITE_STATIC);
  else
    {
      /* value ≤ x < end: the keys are digits and capitals, so the last byte + 1 is
       * still below 0x80 */
      end = g_strdup (value);
      end[len - 1]++;
      sqlite3_bind_text (stmt, 1, value, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, end, -1, SQLITE_STATIC);
    }
  while (out->len < limit && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      const char *name = (const char *)sqlite3_column_text (stmt, 1);
      const char *phone = (const char *)sqlite3_column_text (stmt, 3);
      const char *number = (const char *)sqlite3_column_text (stmt, 4);

      if (g_hash_table_contains (shown, &id) ||
          g_strcmp0 ((const char *)sqlite3_column_text (stmt, 5), "active") != 0 ||
          (probe == PROBE_PHONE_TAIL && !g_str_has_suffix (phone, value)) ||
          (probe == PROBE_NUMBER_TAIL && !g_str_has_suffix (number, value)) ||
          !key_matches (key, name, (const char *)sqlite3_column_text (stmt, 2), phone, number))
        continue;
      g_ptr_array_add (out, match_new (id, name, phone));
      g_hash_table_add (shown, g_memdup2 (&id, sizeof id));
    }
  sqlite3_reset (stmt);
  if (out->len < limit && rc != SQLITE_DONE)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  return TRUE;
}

static gboolean
add_by_digits (VdDatabase  *db,
               const Key   *key,
               const char  *probe,
               guint        limit,
               GPtrArray   *out,
               GHashTable  *shown,
               GError     **error)
{
  for (const char *p = probe; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      /* V00012345: only a volunteer number has letters among the keys at the door */
      return add_probe (db, key, PROBE_NUMBER_START, probe, limit, out, shown, error);
  return add_probe (db, key, PROBE_PHONE_TAIL, probe, limit, out, shown, error) &&
         add_probe (db, key, PROBE_NUMBER_TAIL, probe, limit, out, shown, error) &&
         /* 4 digits are the end of a phone; every phone starts with 1[3-9]xx */
         (strlen (probe) < 5 ||
          add_probe (db, key, PROBE_PHONE_START, probe, limit, out, shown, error));
}

GPtrArray *
vd_training_lookup (VdDatabase  *db,
                    gint64       training_id,
                    const char  *text,
                    guint        limit,
                    GError     **error)
{
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify)vd_check_in_match_free);
  /* the registrants, then whoever the register gave */
  g_autoptr(GHashTable) shown = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  const char *probe;
  Key key;
  gboolean ok;

  g_return_val_if_fail (VD_IS_DATABASE (db), NULL);

  key_parse (&key, text);
  probe = key_probe (&key);
  /* Nothing typed yet: the registrants, in order, to pick from. */
  ok = add_registrants (db, training_id, &key, limit, out, shown, error) &&
       (key_is_empty (&key) ||
        (probe != NULL ? add_by_digits (db, &key, probe, limit, out, shown, error)
                       : add_from_register (db, &key, limit, out, shown, error)));
  key_clear (&key);
  return ok ? g_steal_pointer (&out) : NULL;
}
