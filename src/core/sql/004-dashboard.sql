-- Volunteer Desk schema, version 3: tallies of the register for the dashboard.
--
-- Counting a million volunteers by month of registration, birth year and gender reads
-- the whole table: over a second warm, tens of seconds with a cold cache (design.md
-- §7). volunteer_tallies holds those counts for the volunteers whose id is at most
-- volunteer_tallies_state.folded_id; the dashboard folds newer rows in before it reads
-- (vd-dashboard-data.c), so that inserts — an import of 100,000 rows — run no trigger.
-- Edits and deletes of rows already counted are followed by the triggers below; the
-- register's undelete, which re-inserts under an old id, counts its row itself.

CREATE TABLE volunteer_tallies (
  status           TEXT    NOT NULL,
  registered_month TEXT    NOT NULL,            -- 'YYYY-MM'
  birth_year       INTEGER NOT NULL DEFAULT 0,  -- 0: not known
  gender           TEXT    NOT NULL,
  n                INTEGER NOT NULL CHECK (n >= 0),
  PRIMARY KEY (status, registered_month, birth_year, gender)
) WITHOUT ROWID;

CREATE TABLE volunteer_tallies_state (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  folded_id INTEGER NOT NULL CHECK (folded_id >= 0)
);

INSERT INTO volunteer_tallies (status, registered_month, birth_year, gender, n)
  SELECT status, substr(registered_on, 1, 7),
         coalesce(CAST(substr(birth_date, 1, 4) AS INTEGER), 0), gender, count(*)
  FROM volunteers GROUP BY 1, 2, 3, 4;
INSERT INTO volunteer_tallies_state (id, folded_id)
  VALUES (1, (SELECT coalesce(max(id), 0) FROM volunteers));

CREATE TRIGGER volunteers_tally_delete AFTER DELETE ON volunteers
WHEN OLD.id <= (SELECT folded_id FROM volunteer_tallies_state)
BEGIN
  UPDATE volunteer_tallies SET n = n - 1
  WHERE status = OLD.status AND registered_month = substr(OLD.registered_on, 1, 7)
    AND birth_year = coalesce(CAST(substr(OLD.birth_date, 1, 4) AS INTEGER), 0)
    AND gender = OLD.gender;
  -- the next insert may take the id of the last row: it must count as new
  UPDATE volunteer_tallies_state SET folded_id = (SELECT coalesce(max(id), 0) FROM volunteers)
  WHERE folded_id > (SELECT coalesce(max(id), 0) FROM volunteers);
END;

CREATE TRIGGER volunteers_tally_update AFTER UPDATE OF status, registered_on, birth_date, gender ON volunteers
WHEN OLD.id <= (SELECT folded_id FROM volunteer_tallies_state)
  AND (OLD.status IS NOT NEW.status
       OR substr(OLD.registered_on, 1, 7) IS NOT substr(NEW.registered_on, 1, 7)
       OR OLD.birth_date IS NOT NEW.birth_date OR OLD.gender IS NOT NEW.gender)
BEGIN
  UPDATE volunteer_tallies SET n = n - 1
  WHERE status = OLD.status AND registered_month = substr(OLD.registered_on, 1, 7)
    AND birth_year = coalesce(CAST(substr(OLD.birth_date, 1, 4) AS INTEGER), 0)
    AND gender = OLD.gender;
  INSERT INTO volunteer_tallies (status, registered_month, birth_year, gender, n)
    VALUES (NEW.status, substr(NEW.registered_on, 1, 7),
            coalesce(CAST(substr(NEW.birth_date, 1, 4) AS INTEGER), 0), NEW.gender, 1)
    ON CONFLICT (status, registered_month, birth_year, gender) DO UPDATE SET n = n + 1;
END;

-- Star levels count active volunteers above a number of approved minutes: the index
-- on approved_minutes counts everyone, this small one the few who are not active.
CREATE INDEX volunteers_inactive_minutes ON volunteers (approved_minutes) WHERE status <> 'active';
