/* vd-import-pipeline.c — the thread that reads and checks an import's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "vd-date.h"
#include "vd-import-private.h"

/*
 *
 * The database's thread bounds an import: a second thread reads and decodes the
 * file, checks each row as far as it can without the database and computes the
 * name's keys, and hands batches of rows over to the database's thread, which looks
 * up what only the database knows and writes. The rows keep their order,
 * so the results, the reports and the volunteer numbers are what one thread gave. */

static void
prepared_free (gpointer data)
{
  VdImportPrepared *p = data;

  g_strfreev (p->fields);
  g_clear_object (&p->v);
  g_clear_pointer (&p->team_ids, g_array_unref);
  if (p->reasons != NULL)
    g_string_free (p->reasons, TRUE);
  vd_volunteer_check_clear (&p->check);
  g_free (p->keys);
  g_free (p->sort);
  g_free (p);
}

static void
batch_free (VdImportBatch *batch)
{
  g_ptr_array_unref (batch->rows);
  g_clear_error (&batch->error);
  g_free (batch);
}

static VdImportPrepared *
prepare_row (VdImportRun        *run,
             const char * const *fields,
             guint               n_fields,
             guint               row,
             double              progress)
{
  VdImportPrepared *p = g_new0 (VdImportPrepared, 1);

  p->row = row;
  p->progress = progress;
  p->fields = g_strdupv ((char **)fields);
  p->n_fields = n_fields;
  if (n_fields != run->import->n_columns)
    return p;

  p->v = vd_volunteer_new ();
  p->team_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  p->reasons = g_string_new (NULL);
  g_free (p->v->registered_on);
  p->v->registered_on = vd_date_to_iso (&run->today);
  vd_import_apply_row (run, fields, p->v, p->team_ids, p->reasons);
  p->number_given = p->v->volunteer_no[0] != '\0';

  /* The check also normalizes the ID number, which the duplicate tests compare. The
   * places came from this transaction's own lists, and a shared phone only warns. */
  vd_register_check_full (run->db, p->v, &run->today,
                          VD_CHECK_NO_WARNINGS | VD_CHECK_PLACES_KNOWN | VD_CHECK_NO_LOOKUPS,
                          &p->check);
  if (p->reasons->len == 0 && vd_volunteer_check_ok (&p->check))
    vd_register_name_keys (p->v->name, &p->keys, &p->sort);
  return p;
}

static int slot_token;

static gpointer
read_rows (gpointer data)
{
  VdImportPipeline *pipe = data;
  gboolean last = FALSE;

  while (!last)
    {
      VdImportBatch *batch = g_new0 (VdImportBatch, 1);

      gpointer slot = g_async_queue_pop (pipe->slots);

      if (slot != &slot_token)
        batch_free (slot);
      batch->rows = g_ptr_array_new_full (VD_IMPORT_BATCH_ROWS, prepared_free);
      while (batch->rows->len < VD_IMPORT_BATCH_ROWS)
        {
          const char * const *fields;
          guint n_fields;
          guint row;

          if (g_atomic_int_get (&pipe->stop) ||
              !vd_table_reader_next (pipe->reader, &fields, &n_fields, &batch->error))
            {
              last = TRUE;
              break;
            }
          row = vd_table_reader_get_row_number (pipe->reader);
          if (row <= pipe->run->import->header_row)
            continue;
          g_ptr_array_add (batch->rows,
                           prepare_row (pipe->run, fields, n_fields, row,
                                        vd_table_reader_get_progress (pipe->reader)));
        }
      batch->last = last;
      g_async_queue_push (pipe->full, batch);
    }
  return NULL;
}

void
vd_import_pipeline_start (VdImportPipeline *pipe,
                          VdImportRun      *run,
                          VdTableReader    *reader)
{
  pipe->run = run;
  pipe->reader = reader;
  pipe->full = g_async_queue_new ();
  pipe->slots = g_async_queue_new ();
  for (guint i = 0; i < VD_IMPORT_BATCHES_AHEAD; i++)
    g_async_queue_push (pipe->slots, &slot_token);
  pipe->thread = g_thread_new ("vd-import-read", read_rows, pipe);
}

VdImportBatch *
vd_import_pipeline_next (VdImportPipeline *pipe)
{
  pipe->current = g_async_queue_pop (pipe->full);
  return pipe->current;
}

/* Hands the batch back to the reading thread, which frees it and reads another. */
void
vd_import_pipeline_done (VdImportPipeline *pipe)
{
  g_async_queue_push (pipe->slots, g_steal_pointer (&pipe->current));
}

/* Stops the reading thread (at once when the import gave up) and waits for it. */
void
vd_import_pipeline_finish (VdImportPipeline *pipe,
                           gboolean          done)
{
  gpointer slot;

  if (pipe->thread == NULL)
    return;
  g_clear_pointer (&pipe->current, batch_free);
  if (!done)
    {
      g_atomic_int_set (&pipe->stop, 1);
      for (;;)
        {
          gboolean last = vd_import_pipeline_next (pipe)->last;

          vd_import_pipeline_done (pipe);
          if (last)
            break;
        }
    }
  g_thread_join (g_steal_pointer (&pipe->thread));
  while ((slot = g_async_queue_try_pop (pipe->slots)) != NULL)
    if (slot != &slot_token)
      batch_free (slot);
  g_async_queue_unref (pipe->full);
  g_async_queue_unref (pipe->slots);
}
