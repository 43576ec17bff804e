/* vd-migrations.c — schema upgrades numbered by PRAGMA user_version
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * To add a migration: write sql/NNN-what.sql, list it in vd-core.gresource.xml and
 * in the table below, and raise VD_SCHEMA_VERSION. Never edit a released step.
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vd-core-resources.h"
#include "vd-migrations.h"
#include "vd-stats.h"

typedef gboolean (*VdMigrationHook) (VdDatabase  *db,
                                     GError     **error);

typedef struct
{
  int              version;
  const char      *resource;  /* SQL run first */
  VdMigrationHook  hook;      /* then data that needs C (translated names) */
} VdMigration;

static gboolean seed_categories (VdDatabase  *db,
                                 GError     **error);

static const VdMigration migrations[] = {
  { 1, "/io/github/volunteerdesk/VolunteerDesk/core/sql/001-initial.sql", seed_categories },
  { 2, "/io/github/volunteerdesk/VolunteerDesk/core/sql/002-register.sql", NULL },
  { 3, "/io/github/volunteerdesk/VolunteerDesk/core/sql/003-party-categories.sql", NULL },
  { 4, "/io/github/volunteerdesk/VolunteerDesk/core/sql/004-dashboard.sql", NULL },
  { 5, "/io/github/volunteerdesk/VolunteerDesk/core/sql/005-service.sql", vd_stats_migration_hook },
  { 6, "/io/github/volunteerdesk/VolunteerDesk/core/sql/006-training.sql", NULL },
  { 7, "/io/github/volunteerdesk/VolunteerDesk/core/sql/007-check-in-keys.sql", NULL },
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == VD_SCHEMA_VERSION);

/* Default category lists, in the language of the office that creates the database;
 * the office can rename or archive them. */
static const struct {
  const char *domain;
  const char *name;
} default_categories[] = {
  { "team", N_("Party members") },
  { "team", N_("Environmental protection") },
  { "team", N_("Civilized traffic") },
  { "team", N_("Elderly and disabled care") },
  { "team", N_("Legal aid") },
  { "team", N_("Medical and health") },
  { "team", N_("Culture and education") },
  { "team", N_("Emergency rescue") },
  { "event", N_("Tree planting") },
  { "event", N_("Blood donation") },
  { "event", N_("Clean homeland") },
  { "event", N_("Traffic guidance") },
  { "event", N_("Care for the elderly and disabled") },
  { "event", N_("Legal consultation") },
  { "event", N_("Health consultation") },
  { "event", N_("Civility promotion") },
  { "event", N_("Training") },
  { "training", N_("Emergency rescue") },
  { "training", N_("Civilized traffic") },
  { "training", N_("Civility volunteer guide") },
  { "training", N_("Service skills") },
};

static gboolean
seed_categories (VdDatabase  *db,
                 GError     **error)
{
  sqlite3_stmt *stmt;
  gboolean ok = TRUE;

  stmt = vd_database_prepare (db,
                              "INSERT OR IGNORE INTO categories (domain, name, sort_order) "
                              "VALUES (?1, ?2, ?3)",
                              error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; ok && i < G_N_ELEMENTS (default_categories); i++)
    {
      int rc;

      sqlite3_bind_text (stmt, 1, default_categories[i].domain, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, g_dgettext (GETTEXT_PACKAGE, default_categories[i].name),
                         -1, SQLITE_TRANSIENT);
      sqlite3_bind_int (stmt, 3, (int)i);
      rc = sqlite3_step (stmt);
      if (rc != SQLITE_DONE)
        ok = vd_database_set_error (error, vd_database_get_handle (db), rc, NULL);
      sqlite3_reset (stmt);
    }
  sqlite3_finalize (stmt);
  return ok;
}

static gboolean
run_one (VdDatabase         *db,
         const VdMigration  *m,
         GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *set_version = NULL;

  bytes = g_resources_lookup_data (m->resource, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return FALSE;
  /* Resource data is NUL-terminated, but copy to be sure of it. */
  sql = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  if (!vd_database_begin (db, error))
    return FALSE;

  set_version = g_strdup_printf ("PRAGMA user_version = %d", m->version);
  if (!vd_database_exec (db, sql, error) ||
      (m->hook != NULL && !m->hook (db, error)) ||
      !vd_database_exec (db, set_version, error) ||
      !vd_database_commit (db, error))
    {
      if (vd_database_in_transaction (db))
        vd_database_rollback (db);
      return FALSE;
    }
  return TRUE;
}

gboolean
vd_migrations_run (VdDatabase  *db,
                   GError     **error)
{
  static gsize registered = 0;
  int version;

  /* Pulls the resource object out of the static library and registers it once. */
  if (g_once_init_enter (&registered))
    {
      g_resources_register (vd_core_get_resource ());
      g_once_init_leave (&registered, 1);
    }

  version = vd_database_get_schema_version (db);
  if (version < 0)
    return vd_database_set_error (error, vd_database_get_handle (db), SQLITE_ERROR, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (migrations[i].version <= version)
        continue;
      if (!run_one (db, &migrations[i], &local_error))
        {
          g_set_error (error, VD_DATABASE_ERROR,
                       local_error->domain == VD_DATABASE_ERROR &&
                       local_error->code == VD_DATABASE_ERROR_FULL
                         ? VD_DATABASE_ERROR_FULL : VD_DATABASE_ERROR_MIGRATION,
                       _("Upgrading the database to version %d failed; it was left at "
                         "version %d. %s"),
                       migrations[i].version, version, local_error->message);
          return FALSE;
        }
      version = migrations[i].version;
    }
  return TRUE;
}
