-- Volunteer Desk schema, version 3: events, service hours and their statistics.
--
-- The statistics of a year must answer in milliseconds over 10,000,000 service
-- records, so they read summary tables, never service_records itself. The summaries
-- are kept by triggers on service_records, so that every writer (the app, the CLI, a
-- later importer) keeps them exact; a bulk loader that drops the triggers calls
-- vd_stats_rebuild_summaries() afterwards.
--
-- Only approved records of events count (training records are left to the training
-- statistics). Every trigger takes away what the OLD row contributed and adds what
-- the NEW row contributes, so the summaries stay exact whatever order triggers fire
-- in and whatever columns change.
--
-- The keys a record is counted under (party member or not, the event's category,
-- team and station, whether that station is a community station) are copied onto the
-- record (stat_* columns): the triggers then need only OLD and NEW, and an edit of an
-- event, of a volunteer's political status or of a station's type re-keys the records
-- it concerns by updating those columns, which moves their hours in the summaries.

ALTER TABLE service_records ADD COLUMN stat_keyed INTEGER NOT NULL DEFAULT 0 CHECK (stat_keyed IN (0, 1));
ALTER TABLE service_records ADD COLUMN stat_party INTEGER NOT NULL DEFAULT 0 CHECK (stat_party IN (0, 1));
ALTER TABLE service_records ADD COLUMN stat_category_id INTEGER;
ALTER TABLE service_records ADD COLUMN stat_team_id INTEGER;
ALTER TABLE service_records ADD COLUMN stat_station_id INTEGER;
ALTER TABLE service_records ADD COLUMN stat_community INTEGER NOT NULL DEFAULT 0 CHECK (stat_community IN (0, 1));

-- Per event: what the event list shows and sorts by without counting records.
ALTER TABLE events ADD COLUMN participant_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN pending_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN approved_minutes INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN party_count INTEGER NOT NULL DEFAULT 0;

CREATE INDEX events_category ON events (category_id, starts_at);
-- The approval queue.
CREATE INDEX service_records_pending ON service_records (status, service_date) WHERE status = 'pending';

-- Hours by month and category (stacked), party members' person-times and hours.
CREATE TABLE stats_month_category (
  month       INTEGER NOT NULL,  -- YYYYMM
  party       INTEGER NOT NULL,
  category_id INTEGER NOT NULL,  -- 0 = none
  minutes     INTEGER NOT NULL,
  records     INTEGER NOT NULL,
  PRIMARY KEY (month, party, category_id)
) WITHOUT ROWID;

CREATE TABLE stats_month_team (
  month   INTEGER NOT NULL,
  team_id INTEGER NOT NULL,      -- 0 = no organizing team
  minutes INTEGER NOT NULL,
  records INTEGER NOT NULL,
  PRIMARY KEY (month, team_id)
) WITHOUT ROWID;

CREATE TABLE stats_month_station (
  month      INTEGER NOT NULL,
  station_id INTEGER NOT NULL,   -- 0 = not at a station
  minutes    INTEGER NOT NULL,
  records    INTEGER NOT NULL,
  PRIMARY KEY (month, station_id)
) WITHOUT ROWID;

-- Distinct volunteers: one row per volunteer and month they served in, and a counter
-- per month kept as those rows appear and disappear.
CREATE TABLE stats_volunteer_month (
  volunteer_id INTEGER NOT NULL,
  month        INTEGER NOT NULL,
  party        INTEGER NOT NULL,
  minutes      INTEGER NOT NULL,
  records      INTEGER NOT NULL,
  PRIMARY KEY (volunteer_id, month, party)
) WITHOUT ROWID;

CREATE TABLE stats_month_active (
  month      INTEGER NOT NULL,
  party      INTEGER NOT NULL,
  volunteers INTEGER NOT NULL,
  PRIMARY KEY (month, party)
) WITHOUT ROWID;

-- One row per volunteer and year they served in: party volunteers who served, who
-- served at community stations, who reached the yearly target.
CREATE TABLE stats_volunteer_year (
  volunteer_id      INTEGER NOT NULL,
  year              INTEGER NOT NULL,
  party             INTEGER NOT NULL,
  minutes           INTEGER NOT NULL,
  community_minutes INTEGER NOT NULL,
  records           INTEGER NOT NULL,
  PRIMARY KEY (volunteer_id, year, party)
) WITHOUT ROWID;

-- How many volunteers served in a year, by whole hours served and whether they served
-- at a community station: those who served, served in communities, or reached a
-- target of N hours are sums over a few hundred rows, whatever the city's size.
CREATE TABLE stats_year_hours (
  year       INTEGER NOT NULL,
  party      INTEGER NOT NULL,
  community  INTEGER NOT NULL,   -- 1 when community_minutes > 0
  hours      INTEGER NOT NULL,   -- minutes / 60, rounded down
  volunteers INTEGER NOT NULL,
  PRIMARY KEY (year, party, community, hours)
) WITHOUT ROWID;

CREATE TRIGGER stats_volunteer_year_insert AFTER INSERT ON stats_volunteer_year
BEGIN
  INSERT INTO stats_year_hours (year, party, community, hours, volunteers)
  VALUES (NEW.year, NEW.party, NEW.community_minutes > 0, NEW.minutes / 60, 1)
  ON CONFLICT DO UPDATE SET volunteers = volunteers + 1;
END;

CREATE TRIGGER stats_volunteer_year_delete AFTER DELETE ON stats_volunteer_year
BEGIN
  UPDATE stats_year_hours SET volunteers = volunteers - 1
  WHERE year = OLD.year AND party = OLD.party AND community = (OLD.community_minutes > 0)
    AND hours = OLD.minutes / 60;
END;

CREATE TRIGGER stats_volunteer_year_update AFTER UPDATE ON stats_volunteer_year
WHEN OLD.minutes / 60 <> NEW.minutes / 60 OR (OLD.community_minutes > 0) <> (NEW.community_minutes > 0)
BEGIN
  UPDATE stats_year_hours SET volunteers = volunteers - 1
  WHERE year = OLD.year AND party = OLD.party AND community = (OLD.community_minutes > 0)
    AND hours = OLD.minutes / 60;
  INSERT INTO stats_year_hours (year, party, community, hours, volunteers)
  VALUES (NEW.year, NEW.party, NEW.community_minutes > 0, NEW.minutes / 60, 1)
  ON CONFLICT DO UPDATE SET volunteers = volunteers + 1;
END;

-- Party members in the register, counted from the index alone.
CREATE INDEX volunteers_party ON volunteers (status)
  WHERE political_status = 'party_member' OR political_status = 'probationary';

-- Keys of a new record, unless its writer gave them.
CREATE TRIGGER service_records_stat_keys AFTER INSERT ON service_records
WHEN NEW.stat_keyed = 0
BEGIN
  UPDATE service_records SET
    stat_party = coalesce ((SELECT political_status = 'party_member' OR political_status = 'probationary'
                            FROM volunteers WHERE id = NEW.volunteer_id), 0),
    stat_category_id = (SELECT category_id FROM events WHERE id = NEW.event_id),
    stat_team_id = (SELECT team_id FROM events WHERE id = NEW.event_id),
    stat_station_id = (SELECT station_id FROM events WHERE id = NEW.event_id),
    stat_community = coalesce ((SELECT s.type = 'community' FROM events e
                                JOIN stations s ON s.id = e.station_id
                                WHERE e.id = NEW.event_id), 0),
    stat_keyed = 1
  WHERE id = NEW.id;
END;

CREATE TRIGGER events_stat_keys AFTER UPDATE OF category_id, team_id, station_id ON events
BEGIN
  UPDATE service_records SET
    stat_category_id = NEW.category_id,
    stat_team_id = NEW.team_id,
    stat_station_id = NEW.station_id,
    stat_community = coalesce ((SELECT type = 'community' FROM stations WHERE id = NEW.station_id), 0),
    stat_keyed = 1
  WHERE event_id = NEW.id;
END;

CREATE TRIGGER volunteers_stat_party AFTER UPDATE OF political_status ON volunteers
WHEN (OLD.political_status = 'party_member' OR OLD.political_status = 'probationary')
     IS NOT (NEW.political_status = 'party_member' OR NEW.political_status = 'probationary')
BEGIN
  UPDATE service_records SET
    stat_party = (NEW.political_status = 'party_member' OR NEW.political_status = 'probationary')
  WHERE volunteer_id = NEW.id;
END;

CREATE TRIGGER stations_stat_community AFTER UPDATE OF type ON stations
WHEN OLD.type IS NOT NEW.type
BEGIN
  UPDATE service_records SET stat_community = (NEW.type = 'community')
  WHERE event_id IN (SELECT id FROM events WHERE station_id = NEW.id);
END;

-- The event's counters.
CREATE TRIGGER service_records_event_insert AFTER INSERT ON service_records
WHEN NEW.event_id IS NOT NULL
BEGIN
  UPDATE events SET
    participant_count = participant_count + 1,
    pending_count = pending_count + (NEW.status = 'pending'),
    approved_minutes = approved_minutes + (CASE WHEN NEW.status = 'approved' THEN NEW.minutes ELSE 0 END),
    party_count = party_count + (NEW.status = 'approved' AND NEW.stat_party = 1)
  WHERE id = NEW.event_id;
END;

CREATE TRIGGER service_records_event_update AFTER UPDATE OF status, minutes, event_id, stat_party ON service_records
WHEN OLD.event_id IS NOT NULL OR NEW.event_id IS NOT NULL
BEGIN
  UPDATE events SET
    participant_count = participant_count - 1,
    pending_count = pending_count - (OLD.status = 'pending'),
    approved_minutes = approved_minutes - (CASE WHEN OLD.status = 'approved' THEN OLD.minutes ELSE 0 END),
    party_count = party_count - (OLD.status = 'approved' AND OLD.stat_party = 1)
  WHERE id = OLD.event_id;
  UPDATE events SET
    participant_count = participant_count + 1,
    pending_count = pending_count + (NEW.status = 'pending'),
    approved_minutes = approved_minutes + (CASE WHEN NEW.status = 'approved' THEN NEW.minutes ELSE 0 END),
    party_count = party_count + (NEW.status = 'approved' AND NEW.stat_party = 1)
  WHERE id = NEW.event_id;
END;

CREATE TRIGGER service_records_event_delete AFTER DELETE ON service_records
WHEN OLD.event_id IS NOT NULL
BEGIN
  UPDATE events SET
    participant_count = participant_count - 1,
    pending_count = pending_count - (OLD.status = 'pending'),
    approved_minutes = approved_minutes - (CASE WHEN OLD.status = 'approved' THEN OLD.minutes ELSE 0 END),
    party_count = party_count - (OLD.status = 'approved' AND OLD.stat_party = 1)
  WHERE id = OLD.event_id;
END;

-- The summaries: add NEW when it counts, take away OLD when it counted.
CREATE TRIGGER service_records_stats_insert AFTER INSERT ON service_records
WHEN NEW.status = 'approved' AND NEW.event_id IS NOT NULL
BEGIN
  INSERT INTO stats_month_category (month, party, category_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          NEW.stat_party, coalesce (NEW.stat_category_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_team (month, team_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          coalesce (NEW.stat_team_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_station (month, station_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          coalesce (NEW.stat_station_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_active (month, party, volunteers)
  SELECT CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
         NEW.stat_party, 1
  WHERE NOT EXISTS (SELECT 1 FROM stats_volunteer_month
                    WHERE volunteer_id = NEW.volunteer_id AND party = NEW.stat_party
                      AND month = CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER))
  ON CONFLICT DO UPDATE SET volunteers = volunteers + 1;
  INSERT INTO stats_volunteer_month (volunteer_id, month, party, minutes, records)
  VALUES (NEW.volunteer_id, CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          NEW.stat_party, NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_volunteer_year (volunteer_id, year, party, minutes, community_minutes, records)
  VALUES (NEW.volunteer_id, CAST (substr (NEW.service_date, 1, 4) AS INTEGER), NEW.stat_party,
          NEW.minutes, NEW.minutes * NEW.stat_community, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
                            community_minutes = community_minutes + excluded.community_minutes,
                            records = records + 1;
END;

CREATE TRIGGER service_records_stats_delete AFTER DELETE ON service_records
WHEN OLD.status = 'approved' AND OLD.event_id IS NOT NULL
BEGIN
  UPDATE stats_month_category SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND party = OLD.stat_party AND category_id = coalesce (OLD.stat_category_id, 0);
  UPDATE stats_month_team SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND team_id = coalesce (OLD.stat_team_id, 0);
  UPDATE stats_month_station SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND station_id = coalesce (OLD.stat_station_id, 0);
  UPDATE stats_volunteer_month SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party
    AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER);
  UPDATE stats_month_active SET volunteers = volunteers - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND party = OLD.stat_party
    AND EXISTS (SELECT 1 FROM stats_volunteer_month
                WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party AND records = 0
                  AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER));
  DELETE FROM stats_volunteer_month
  WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party AND records = 0
    AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER);
  UPDATE stats_volunteer_year SET minutes = minutes - OLD.minutes,
                                  community_minutes = community_minutes - OLD.minutes * OLD.stat_community,
                                  records = records - 1
  WHERE volunteer_id = OLD.volunteer_id AND year = CAST (substr (OLD.service_date, 1, 4) AS INTEGER)
    AND party = OLD.stat_party;
  DELETE FROM stats_volunteer_year
  WHERE volunteer_id = OLD.volunteer_id AND year = CAST (substr (OLD.service_date, 1, 4) AS INTEGER)
    AND party = OLD.stat_party AND records = 0;
END;

-- An update is a delete of OLD and an insert of NEW, written out in two triggers
-- (SQLite fires them in an unspecified order; the sums do not care).
CREATE TRIGGER service_records_stats_update_old
AFTER UPDATE OF status, minutes, volunteer_id, event_id, service_date, stat_party,
                stat_category_id, stat_team_id, stat_station_id, stat_community ON service_records
WHEN OLD.status = 'approved' AND OLD.event_id IS NOT NULL
BEGIN
  UPDATE stats_month_category SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND party = OLD.stat_party AND category_id = coalesce (OLD.stat_category_id, 0);
  UPDATE stats_month_team SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND team_id = coalesce (OLD.stat_team_id, 0);
  UPDATE stats_month_station SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND station_id = coalesce (OLD.stat_station_id, 0);
  UPDATE stats_volunteer_month SET minutes = minutes - OLD.minutes, records = records - 1
  WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party
    AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER);
  UPDATE stats_month_active SET volunteers = volunteers - 1
  WHERE month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER)
    AND party = OLD.stat_party
    AND EXISTS (SELECT 1 FROM stats_volunteer_month
                WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party AND records = 0
                  AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER));
  DELETE FROM stats_volunteer_month
  WHERE volunteer_id = OLD.volunteer_id AND party = OLD.stat_party AND records = 0
    AND month = CAST (substr (OLD.service_date, 1, 4) || substr (OLD.service_date, 6, 2) AS INTEGER);
  UPDATE stats_volunteer_year SET minutes = minutes - OLD.minutes,
                                  community_minutes = community_minutes - OLD.minutes * OLD.stat_community,
                                  records = records - 1
  WHERE volunteer_id = OLD.volunteer_id AND year = CAST (substr (OLD.service_date, 1, 4) AS INTEGER)
    AND party = OLD.stat_party;
  DELETE FROM stats_volunteer_year
  WHERE volunteer_id = OLD.volunteer_id AND year = CAST (substr (OLD.service_date, 1, 4) AS INTEGER)
    AND party = OLD.stat_party AND records = 0;
END;

CREATE TRIGGER service_records_stats_update_new
AFTER UPDATE OF status, minutes, volunteer_id, event_id, service_date, stat_party,
                stat_category_id, stat_team_id, stat_station_id, stat_community ON service_records
WHEN NEW.status = 'approved' AND NEW.event_id IS NOT NULL
BEGIN
  INSERT INTO stats_month_category (month, party, category_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          NEW.stat_party, coalesce (NEW.stat_category_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_team (month, team_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          coalesce (NEW.stat_team_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_station (month, station_id, minutes, records)
  VALUES (CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          coalesce (NEW.stat_station_id, 0), NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_month_active (month, party, volunteers)
  SELECT CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
         NEW.stat_party, 1
  WHERE NOT EXISTS (SELECT 1 FROM stats_volunteer_month
                    WHERE volunteer_id = NEW.volunteer_id AND party = NEW.stat_party
                      AND month = CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER))
  ON CONFLICT DO UPDATE SET volunteers = volunteers + 1;
  INSERT INTO stats_volunteer_month (volunteer_id, month, party, minutes, records)
  VALUES (NEW.volunteer_id, CAST (substr (NEW.service_date, 1, 4) || substr (NEW.service_date, 6, 2) AS INTEGER),
          NEW.stat_party, NEW.minutes, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes, records = records + 1;
  INSERT INTO stats_volunteer_year (volunteer_id, year, party, minutes, community_minutes, records)
  VALUES (NEW.volunteer_id, CAST (substr (NEW.service_date, 1, 4) AS INTEGER), NEW.stat_party,
          NEW.minutes, NEW.minutes * NEW.stat_community, 1)
  ON CONFLICT DO UPDATE SET minutes = minutes + excluded.minutes,
                            community_minutes = community_minutes + excluded.community_minutes,
                            records = records + 1;
END;


-- Events and people served per month and category, and events with party members
-- among their approved participants: a year is twelve months of a few categories.
CREATE TABLE stats_month_events (
  month        INTEGER NOT NULL,
  category_id  INTEGER NOT NULL,
  events       INTEGER NOT NULL,
  people       INTEGER NOT NULL,
  party_events INTEGER NOT NULL,
  PRIMARY KEY (month, category_id)
) WITHOUT ROWID;

CREATE TRIGGER events_stats_insert AFTER INSERT ON events
WHEN NEW.status <> 'cancelled'
BEGIN
  INSERT INTO stats_month_events (month, category_id, events, people, party_events)
  VALUES (CAST (substr (NEW.starts_at, 1, 4) || substr (NEW.starts_at, 6, 2) AS INTEGER),
          NEW.category_id, 1, NEW.people_served, NEW.party_count > 0)
  ON CONFLICT DO UPDATE SET events = events + 1, people = people + excluded.people,
                            party_events = party_events + excluded.party_events;
END;

CREATE TRIGGER events_stats_delete AFTER DELETE ON events
WHEN OLD.status <> 'cancelled'
BEGIN
  UPDATE stats_month_events SET events = events - 1, people = people - OLD.people_served,
                                party_events = party_events - (OLD.party_count > 0)
  WHERE month = CAST (substr (OLD.starts_at, 1, 4) || substr (OLD.starts_at, 6, 2) AS INTEGER)
    AND category_id = OLD.category_id;
END;

CREATE TRIGGER events_stats_update_old
AFTER UPDATE OF starts_at, category_id, people_served, status, party_count ON events
WHEN OLD.status <> 'cancelled'
BEGIN
  UPDATE stats_month_events SET events = events - 1, people = people - OLD.people_served,
                                party_events = party_events - (OLD.party_count > 0)
  WHERE month = CAST (substr (OLD.starts_at, 1, 4) || substr (OLD.starts_at, 6, 2) AS INTEGER)
    AND category_id = OLD.category_id;
END;

CREATE TRIGGER events_stats_update_new
AFTER UPDATE OF starts_at, category_id, people_served, status, party_count ON events
WHEN NEW.status <> 'cancelled'
BEGIN
  INSERT INTO stats_month_events (month, category_id, events, people, party_events)
  VALUES (CAST (substr (NEW.starts_at, 1, 4) || substr (NEW.starts_at, 6, 2) AS INTEGER),
          NEW.category_id, 1, NEW.people_served, NEW.party_count > 0)
  ON CONFLICT DO UPDATE SET events = events + 1, people = people + excluded.people,
                            party_events = party_events + excluded.party_events;
END;

-- Records written before this version are keyed and counted by the migration's hook
-- (vd_stats_rebuild_summaries), not by the triggers above: they were never added, so
-- taking away their OLD image would be wrong.
