/* vd-import-run.c — an import of volunteers, run on the database's thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-audit.h"
#include "vd-date.h"
#include "vd-import-private.h"
#include "vd-import-rows.h"
#include "vd-search.h"

/* --- the new rows' way into the database ---
 *
 * The rows that only add a volunteer go into the register through one INSERT … SELECT
 * from vd_import_rows, which asks for them one at a time: each is looked up and
 * numbered on the database's thread when the INSERT wants it, so one statement takes
 * a whole file. Many statements (one per batch) cost far more: the table has CHECKs
 * with functions, so SQLite keeps a statement journal, a copy of every page that
 * existed when the statement began and that it changes, and every statement copies
 * the same index pages again (1.3 GB for 100,000 rows in batches of 256). */

#define INSERT_NEW_ROWS \
  "INSERT OR FAIL INTO volunteers (volunteer_no, name, id_type, id_number, gender, " \
  "  birth_date, phone, political_status, education, employer, skills, community_id, " \
  "  station_id, registered_on, platform_no, emergency_contact, emergency_phone, notes, " \
  "  status, name_keys, name_sort) " \
  "SELECT volunteer_no, name, id_type, id_number, gender, birth_date, phone, " \
  "  political_status, education, employer, skills, community_id, station_id, " \
  "  registered_on, platform_no, emergency_contact, emergency_phone, notes, status, " \
  "  name_keys, name_sort FROM vd_import_rows (?1)"

typedef struct
{
  VdImportRun       *run;
  VdImportPipeline  *pipe;
  VdImportRows       source;      /* → hand_row */
  guint              index;       /* the next row of pipe->current */
  gboolean           last_taken;  /* the reading thread's last batch was taken */
  gboolean           finished;    /* every row was taken */
  VdImportPrepared  *ahead;       /* a new row taken, not handed over yet */
  VdImportPrepared  *own;         /* a row to write on its own, between statements */
  GPtrArray         *handed;      /* rows handed over to this statement from
                                   * pipe->current (VdImportPrepared, borrowed) */
  guint              n_handed;    /* all handed over to this statement */
  gboolean           one_batch;   /* the INSERT reads all its rows before it writes
                                   * (a trigger on volunteers): a statement takes
                                   * rows of one batch only */
  GCancellable      *cancellable;
  VdImportProgress   progress;
  gpointer           user_data;
  GError            *error;
} Stream;

typedef enum
{
  ROW_DONE,      /* reported, skipped or refused */
  ROW_NEW,       /* a new volunteer for the INSERT */
  ROW_ON_ITS_OWN /* an update, or a row that later rows look up or that needs its id */
} RowKind;

/* What only the database knows about a row read and checked by the reading thread:
 * reads, never writes, so it can run while the INSERT asks for rows. */
static RowKind
classify_row (VdImportRun      *run,
              VdImportPrepared *p)
{
  const char * const *fields = (const char * const *)p->fields;
  VdVolunteer *v = p->v;
  g_autofree char *key = NULL;
  gpointer first;
  gint64 existing;

  run->result->read++;

  if (v == NULL)
    {
      g_autofree char *m =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "The row has %u cell, but the header has %u.",
                                      "The row has %u cells, but the header has %u.",
                                      p->n_fields),
                         p->n_fields, run->import->n_columns);
      vd_import_add_reject (run, p->row, m, fields, FALSE);
      return ROW_DONE;
    }

  /* In a register that was empty, an ID number can only be found again among this
   * file's rows, which seen_ids reports with the same message: no lookup needed. */
  if (!run->was_empty || v->platform_no != NULL)
    vd_register_check_lookups (run->db, v, &p->check);
  existing = p->check.duplicate_id;
  if (existing != 0)
    g_clear_pointer (&p->check.messages[VD_VOLUNTEER_FIELD_ID_NUMBER], g_free);
  {
    g_autofree char *more = vd_import_check_reasons (&p->check);
    if (more[0] != '\0')
      vd_table_add_problem (p->reasons, more);
  }

  key = g_strconcat (v->id_type, ":", v->id_number, NULL);
  if (g_hash_table_lookup_extended (run->seen_ids, key, NULL, &first))
    {
      g_autofree char *m = g_strdup_printf (_("The same ID number as row %u of this file."),
                                            GPOINTER_TO_UINT (first));
      vd_table_add_problem (p->reasons, m);
    }
  if (p->reasons->len > 0)
    {
      vd_import_add_reject (run, p->row, p->reasons->str, fields, FALSE);
      return ROW_DONE;
    }
  g_hash_table_insert (run->seen_ids, g_steal_pointer (&key), GUINT_TO_POINTER (p->row));

  /* Already registered: skip or update, never a second entry. */
  if (existing != 0)
    {
      if (run->duplicates == VD_DUPLICATES_UPDATE)
        return ROW_ON_ITS_OWN;
      vd_import_skip_existing (run, existing, fields, p->row);
      return ROW_DONE;
    }

  /* Numbered here from a counter kept in memory, stored once at the end. */
  if (!p->number_given)
    {
      g_free (v->volunteer_no);
      v->volunteer_no = vd_register_next_free_number (run->db, &run->counter);
    }

  /* A row with its own volunteer or platform number, whose uniqueness later rows look
   * up, or with teams, which need its id, is written on its own. */
  if (!p->number_given && v->platform_no == NULL && p->team_ids->len == 0)
    return ROW_NEW;
  return ROW_ON_ITS_OWN;
}

/* An update of a registered volunteer, or a new one written by itself. */
static gboolean
write_on_its_own (VdImportRun      *run,
                  VdImportPrepared *p,
                  GError          **error)
{
  const char * const *fields = (const char * const *)p->fields;
  gboolean written;

  if (p->check.duplicate_id != 0)
    return vd_import_update_existing (run, p->check.duplicate_id, fields, p->row, error);
  if (!vd_import_write_volunteer (run, p->v, p->keys, p->sort, p->team_ids, fields, p->row,
                                  !p->number_given, &written, error))
    return FALSE;
  if (written)
    run->result->imported++;
  return TRUE;
}

/* The next row from the reading thread, or NULL at the end of the file, on the
 * reader's error (in stream->error), or, between batches, when within_batch. */
static VdImportPrepared *
next_prepared (Stream  *stream,
               gboolean within_batch)
{
  VdImportPipeline *pipe = stream->pipe;

  while (pipe->current == NULL || stream->index >= pipe->current->rows->len)
    {
      if (pipe->current != NULL)
        {
          if (pipe->current->error != NULL)
            {
              stream->error = g_steal_pointer (&pipe->current->error);
              return NULL;
            }
          if (pipe->current->last)
            {
              stream->finished = TRUE;
              return NULL;
            }
          if (within_batch)
            return NULL;
          /* every row handed over from it is in the table: the INSERT writes each
           * before it asks for the next (one_batch says when it does not) */
          g_ptr_array_set_size (stream->handed, 0);
          vd_import_pipeline_done (pipe);
        }
      stream->last_taken = vd_import_pipeline_next (pipe)->last;
      stream->index = 0;
    }
  return g_ptr_array_index (pipe->current->rows, stream->index++);
}

/* Takes rows until one is new (stream->ahead) or to be written on its own
 * (stream->own), or the file ends: FALSE on an error or when cancelled. */
static gboolean
take_rows (Stream  *stream,
           gboolean within_batch)
{
  VdImportRun *run = stream->run;

  while (stream->ahead == NULL && stream->own == NULL && !stream->finished)
    {
      VdImportPrepared *p = next_prepared (stream, within_batch);

      if (p == NULL)
        return stream->error == NULL;
      switch (classify_row (run, p))
        {
        case ROW_NEW:
          stream->ahead = p;
          break;
        case ROW_ON_ITS_OWN:
          stream->own = p;
          break;
        case ROW_DONE:
        default:
          break;
        }
      if (run->result->read % 256 == 0)
        {
          if (g_cancellable_is_cancelled (stream->cancellable))
            {
              g_set_error (&stream->error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED,
                           _("The import was cancelled; nothing was imported."));
              return FALSE;
            }
          if (stream->progress != NULL)
            stream->progress (p->progress, run->result->read, stream->user_data);
        }
    }
  return TRUE;
}

/* vd_import_rows' source: the next new row, until a row must be written on its own. */
static VdImportRowsNext
hand_row (gpointer     data,
          VdImportRow *row)
{
  Stream *stream = data;
  VdImportPrepared *p;

  if (!take_rows (stream, stream->one_batch))
    return VD_IMPORT_ROWS_ERROR;
  if (stream->ahead == NULL)
    return VD_IMPORT_ROWS_END;
  p = g_steal_pointer (&stream->ahead);
  *row = (VdImportRow) { p->row, p->v, p->keys, p->sort, p->fields };
  g_ptr_array_add (stream->handed, p);
  stream->n_handed++;
  return VD_IMPORT_ROWS_ROW;
}

static gint64
last_id (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare_cached (db, "SELECT coalesce (max (id), 0) FROM volunteers",
                                                   NULL);
  gint64 id = 0;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    id = sqlite3_column_int64 (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return id;
}

/* One INSERT … SELECT of the new rows from stream->ahead on. When the schema refuses
 * one, OR FAIL keeps the rows before it (a trigger's RAISE (ABORT) undoes them all),
 * and those not kept are written one by one, each refusal reported as for any other
 * row. */
static gboolean
write_new_rows (Stream  *stream,
                GError **error)
{
  VdImportRun *run = stream->run;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GArray) no_teams = NULL;
  sqlite3_stmt *stmt;
  gint64 before;
  gint64 kept;
  guint unwritten;
  int rc;

  stmt = vd_database_prepare_cached (run->db, INSERT_NEW_ROWS, error);
  if (stmt == NULL)
    return FALSE;
  before = last_id (run->db);
  g_ptr_array_set_size (stream->handed, 0);
  stream->n_handed = 0;
  sqlite3_bind_pointer (stmt, 1, &stream->source, VD_IMPORT_ROWS_POINTER, NULL);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      sqlite3_reset (stmt);
      run->result->imported += stream->n_handed;
      return TRUE;
    }
  if (stream->error != NULL)
    {
      sqlite3_reset (stmt);
      g_propagate_error (error, g_steal_pointer (&stream->error));
      return FALSE;
    }
  vd_database_set_error (&local_error, vd_database_get_handle (run->db), rc, NULL);
  sqlite3_reset (stmt);
  if (local_error->code != VD_DATABASE_ERROR_CONSTRAINT)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* new rows take the next ids in turn: those above the last one were kept */
  kept = last_id (run->db) - before;
  if (kept < 0 || kept > stream->n_handed || stream->n_handed - kept > stream->handed->len)
    {
      /* rows of batches given back are gone: cannot happen, as next_prepared says */
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  unwritten = stream->n_handed - (guint)kept;
  run->result->imported += (guint)kept;
  no_teams = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = stream->handed->len - unwritten; i < stream->handed->len; i++)
    {
      VdImportPrepared *p = g_ptr_array_index (stream->handed, i);
      gboolean written;

      if (!vd_import_write_volunteer (run, p->v, p->keys, p->sort, no_teams,
                                      (const char * const *)p->fields, p->row, TRUE, &written,
                                      error))
        return FALSE;
      if (written)
        run->result->imported++;
    }
  return TRUE;
}

/* TRUE when SQLite would read all of the INSERT's rows into a temporary table before
 * writing any (it does when the table has triggers). */
static gboolean
insert_reads_first (VdDatabase *db)
{
  sqlite3_stmt *stmt = vd_database_prepare (db, "EXPLAIN " INSERT_NEW_ROWS, NULL);
  gboolean found = FALSE;

  if (stmt == NULL)
    return TRUE;
  while (!found && sqlite3_step (stmt) == SQLITE_ROW)
    found = g_strcmp0 ((const char *)sqlite3_column_text (stmt, 1), "OpenEphemeral") == 0;
  sqlite3_finalize (stmt);
  return found;
}

/* Every row of the file, in its order: new ones through write_new_rows, the others on
 * their own in between. */
static gboolean
write_rows (Stream  *stream,
            GError **error)
{
  stream->source.next = hand_row;
  stream->source.data = stream;
  stream->handed = g_ptr_array_new ();
  stream->one_batch = insert_reads_first (stream->run->db);
  for (;;)
    {
      if (!take_rows (stream, FALSE))
        {
          g_propagate_error (error, g_steal_pointer (&stream->error));
          return FALSE;
        }
      if (stream->own != NULL)
        {
          if (!write_on_its_own (stream->run, g_steal_pointer (&stream->own), error))
            return FALSE;
        }
      else if (stream->ahead != NULL)
        {
          if (!write_new_rows (stream, error))
            return FALSE;
        }
      else
        return TRUE;
    }
}

static void
run_clear (VdImportRun *run)
{
  g_clear_pointer (&run->stations, g_hash_table_unref);
  g_clear_pointer (&run->communities, g_hash_table_unref);
  g_clear_pointer (&run->teams, g_hash_table_unref);
  g_clear_pointer (&run->seen_ids, g_hash_table_unref);
}

static gboolean
audit_import (VdImportRun *run,
              GError     **error)
{
  g_autofree char *read = g_strdup_printf ("%u", run->result->read);
  g_autofree char *imported = g_strdup_printf ("%u", run->result->imported);
  g_autofree char *updated = g_strdup_printf ("%u", run->result->updated);
  g_autofree char *skipped = g_strdup_printf ("%u", run->result->skipped);
  g_autofree char *rejected = g_strdup_printf ("%u", run->result->rejected);
  g_autofree char *json = vd_audit_json_object ("file", run->import->path,
                                                "format", run->import->format,
                                                "read", read, "imported", imported,
                                                "updated", updated, "skipped", skipped,
                                                "rejected", rejected, NULL);

  return vd_audit_log (run->db, "volunteers", 0, "import", NULL, json, error);
}

/* FTS5 writes its pending terms out as a new segment whenever they pass hashsize
 * (1 MB), and merges the segments as they pile up: a whole import's terms held at
 * once take a sixth less time. The default is set again afterwards. */
static gboolean
index_new_rows (VdDatabase *db,
                gint64      first_id,
                GError    **error)
{
  return vd_database_exec (db,
                           "INSERT INTO volunteer_text (volunteer_text, rank) VALUES ('hashsize', 33554432);"
                           "INSERT INTO volunteer_digits (volunteer_digits, rank) VALUES ('hashsize', 33554432);",
                           error) &&
         vd_search_index_from (db, first_id, error) &&
         vd_database_exec (db,
                           "INSERT INTO volunteer_text (volunteer_text, rank) VALUES ('hashsize', 1048576);"
                           "INSERT INTO volunteer_digits (volunteer_digits, rank) VALUES ('hashsize', 1048576);",
                           error);
}

/* What the foreign keys would have refused, for the rows this import added: a place
 * or a team that is not there. Their ids came from this transaction's own reads, so
 * this is a safety net, not a check a row can fail. */
static gboolean
check_references (VdDatabase *db,
                  gint64      first_id,
                  GError    **error)
{
  sqlite3_stmt *stmt = vd_database_prepare (db,
    "SELECT EXISTS (SELECT 1 FROM volunteers AS v WHERE v.id >= ?1 AND "
    "  ((v.station_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM stations AS s WHERE s.id = v.station_id)) OR "
    "   (v.community_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM communities AS c WHERE c.id = v.community_id)))) OR "
    "EXISTS (SELECT 1 FROM team_members AS m WHERE m.volunteer_id >= ?1 AND "
    "  (NOT EXISTS (SELECT 1 FROM teams AS t WHERE t.id = m.team_id) OR "
    "   NOT EXISTS (SELECT 1 FROM volunteers AS v WHERE v.id = m.volunteer_id)))",
    error);
  int rc;
  gboolean broken = FALSE;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, first_id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    broken = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_finalize (stmt);
  if (rc != SQLITE_ROW)
    return vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
  if (broken)
    return vd_database_set_error (error, NULL, SQLITE_CONSTRAINT_FOREIGNKEY, NULL);
  return TRUE;
}

static gboolean
run_import (VdImport        *self,
            VdDatabase      *db,
            gboolean         strict,
            VdDuplicates     duplicates,
            GCancellable    *cancellable,
            VdImportProgress progress,
            gpointer         user_data,
            VdImportResult **result,
            GError         **error)
{
  g_autoptr(VdTableReader) reader = NULL;
  g_autoptr(VdImportResult) outcome = vd_import_result_new ();
  VdImportRun run = { self, db, duplicates, outcome, };
  VdImportPipeline pipe = { NULL, };
  Stream stream = { NULL, };
  gboolean ok;
  gint64 first_id;
  GError *local_error = NULL;

  g_return_val_if_fail (self != NULL && VD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (result != NULL && *result == NULL, FALSE);

  if (!vd_import_check_mapping (self, error))
    return FALSE;

  vd_date_set_today (&run.today);
  run.seen_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  reader = vd_table_reader_open (self->path, error);
  if (reader == NULL)
    return FALSE;
  if (!vd_database_begin (db, error))
    return FALSE;

  /* New rows are indexed for search in one statement at the end (vd-search.h), and
   * their references are checked once before the commit (check_references): the
   * rows' places were checked against the database already. */
  first_id = last_id (db) + 1;
  run.was_empty = first_id == 1;        /* SQLite's own ids start at 1 */
  run.counter = vd_register_get_counter (db);
  if (!vd_database_exec (db, "PRAGMA defer_foreign_keys = ON", &local_error))
    goto fail;

  run.stations = vd_import_load_names (db, "SELECT id, name FROM stations", &local_error);
  if (run.stations != NULL)
    run.communities = vd_import_load_names (db, "SELECT id, name FROM communities", &local_error);
  if (run.communities != NULL)
    run.teams = vd_import_load_names (db, "SELECT id, name FROM teams", &local_error);
  if (local_error != NULL)
    goto fail;

  vd_import_pipeline_start (&pipe, &run, reader);
  stream.run = &run;
  stream.pipe = &pipe;
  stream.cancellable = cancellable;
  stream.progress = progress;
  stream.user_data = user_data;
  ok = write_rows (&stream, &local_error);
  g_clear_pointer (&stream.handed, g_ptr_array_unref);
  if (!ok)
    goto fail;
  vd_import_pipeline_finish (&pipe, TRUE);
  if (local_error != NULL)
    goto fail;
  if (g_cancellable_is_cancelled (cancellable))
    {
      g_set_error (&local_error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_CANCELLED,
                   _("The import was cancelled; nothing was imported."));
      goto fail;
    }

  if (strict && outcome->rejected > 0)
    {
      vd_database_rollback (db);
      run_clear (&run);
      outcome->imported = outcome->updated = 0;
      g_set_error (error, VD_IMPORT_ERROR, VD_IMPORT_ERROR_REJECTED,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%u row was rejected, so nothing was imported.",
                                "%u rows were rejected, so nothing was imported.",
                                outcome->rejected),
                   outcome->rejected);
      *result = g_steal_pointer (&outcome);
      return FALSE;
    }

  if (!index_new_rows (db, first_id, &local_error) ||
      !vd_register_store_counter (db, run.counter, &local_error) ||
      !check_references (db, first_id, &local_error) ||
      !audit_import (&run, &local_error))
    goto fail;
  run_clear (&run);
  if (!vd_database_commit (db, error))
    return FALSE;
  if (progress != NULL)
    progress (1.0, outcome->read, user_data);
  outcome->committed = TRUE;
  *result = g_steal_pointer (&outcome);
  return TRUE;

fail:
  vd_import_pipeline_finish (&pipe, stream.last_taken);
  vd_database_rollback (db);
  run_clear (&run);
  g_propagate_error (error, local_error);
  return FALSE;
}

gboolean
vd_import_run (VdImport        *self,
               VdDatabase      *db,
               gboolean         strict,
               VdDuplicates     duplicates,
               GCancellable    *cancellable,
               VdImportProgress progress,
               gpointer         user_data,
               VdImportResult **result,
               GError         **error)
{
  sqlite3 *handle = vd_database_get_handle (db);
  gboolean checks_off;
  gboolean ok;

  /* One big transaction spills out of SQLite's default 2 MB page cache into the WAL
   * over and over: the import gets a larger cache while it runs. */
  vd_database_exec (db, "PRAGMA cache_size = -262144", NULL);
  /* With foreign keys on, every new row's INSERT looks its places up again; the
   * importer checks the references of what it writes itself (check_references). The
   * pragma only works outside a transaction: inside the caller's, the import keeps
   * them on. */
  checks_off = sqlite3_get_autocommit (handle) &&
               vd_database_exec (db, "PRAGMA foreign_keys = OFF", NULL);
  ok = run_import (self, db, strict, duplicates, cancellable, progress, user_data, result, error);
  if (checks_off)
    vd_database_exec (db, "PRAGMA foreign_keys = ON", NULL);
  vd_database_exec (db, "PRAGMA cache_size = -8192", NULL);
  return ok;
}
