-- Volunteer Desk schema, version 1: the whole domain of design.md §2.
--
-- Conventions: dates are 'YYYY-MM-DD' and date-times 'YYYY-MM-DD HH:MM:SS' (local time
-- of the office), each checked so that a malformed one is refused; service time is in
-- integer minutes; points are in hundredths of a point; enumerations are short English
-- codes (the app translates them); "archived" rows stay for history. A date is checked
-- as date(x, '+0 days') IS x, because plain date() accepts 2026-02-30. Lists of codes are
-- written as OR chains, not IN (…): an IN list of three or more builds a temporary
-- table on every INSERT, which made bulk imports several times slower.

CREATE TABLE settings (
  id                        INTEGER PRIMARY KEY CHECK (id = 1),
  district_name             TEXT    NOT NULL DEFAULT '' CHECK (length(district_name) <= 64),
  population                INTEGER NOT NULL DEFAULT 0 CHECK (population BETWEEN 0 AND 200000000),
  party_member_total        INTEGER NOT NULL DEFAULT 0
                            CHECK (party_member_total >= 0
                                   AND (population = 0 OR party_member_total <= population)),
  target_volunteer_share    REAL    NOT NULL DEFAULT 13 CHECK (target_volunteer_share BETWEEN 0 AND 100),
  target_party_registered   REAL    NOT NULL DEFAULT 60 CHECK (target_party_registered BETWEEN 0 AND 100),
  target_party_hours        INTEGER NOT NULL DEFAULT 25 CHECK (target_party_hours BETWEEN 0 AND 8760),
  target_party_community    REAL    NOT NULL DEFAULT 70 CHECK (target_party_community BETWEEN 0 AND 100),
  daily_cap_minutes         INTEGER NOT NULL DEFAULT 480 CHECK (daily_cap_minutes BETWEEN 30 AND 1440),
  rounding_minutes          INTEGER NOT NULL DEFAULT 30 CHECK (rounding_minutes IN (1, 5, 10, 15, 30, 60)),
  training_counts           INTEGER NOT NULL DEFAULT 0 CHECK (training_counts IN (0, 1)),
  star1_hours               INTEGER NOT NULL DEFAULT 100 CHECK (star1_hours > 0),
  star2_hours               INTEGER NOT NULL DEFAULT 300 CHECK (star2_hours > star1_hours),
  star3_hours               INTEGER NOT NULL DEFAULT 600 CHECK (star3_hours > star2_hours),
  star4_hours               INTEGER NOT NULL DEFAULT 1000 CHECK (star4_hours > star3_hours),
  star5_hours               INTEGER NOT NULL DEFAULT 1500 CHECK (star5_hours > star4_hours AND star5_hours <= 100000),
  points_per_hour_centi     INTEGER NOT NULL DEFAULT 100 CHECK (points_per_hour_centi BETWEEN 0 AND 100000)
);
INSERT INTO settings (id) VALUES (1);

-- Append-only: who did what to which row, with before/after images.
CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY,
  at          TEXT    NOT NULL CHECK (at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]*Z'),
  who         TEXT    NOT NULL CHECK (length(who) > 0),
  entity      TEXT    NOT NULL CHECK (length(entity) > 0),
  entity_id   INTEGER,
  action      TEXT    NOT NULL CHECK (length(action) > 0),
  before_json TEXT    CHECK (before_json IS NULL OR json_valid(before_json)),
  after_json  TEXT    CHECK (after_json IS NULL OR json_valid(after_json))
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Editable lists of categories, one list per domain.
CREATE TABLE categories (
  id         INTEGER PRIMARY KEY,
  domain     TEXT    NOT NULL CHECK ((domain = 'team' OR domain = 'event' OR domain = 'training')),
  name       TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 64),
  sort_order INTEGER NOT NULL DEFAULT 0,
  archived   INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  UNIQUE (domain, name)
);

-- 办事处 / 乡镇 and their 社区 / 村.
CREATE TABLE subdistricts (
  id       INTEGER PRIMARY KEY,
  name     TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 64),
  kind     TEXT    NOT NULL DEFAULT 'subdistrict' CHECK (kind IN ('subdistrict', 'township')),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE communities (
  id             INTEGER PRIMARY KEY,
  subdistrict_id INTEGER NOT NULL REFERENCES subdistricts (id),
  name           TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 64),
  kind           TEXT    NOT NULL DEFAULT 'community' CHECK (kind IN ('community', 'village')),
  archived       INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  UNIQUE (subdistrict_id, name)
);

CREATE TABLE stations (
  id             INTEGER PRIMARY KEY,
  name           TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 100),
  type           TEXT    NOT NULL CHECK ((type = 'community' OR type = 'window' OR type = 'public')),
  subdistrict_id INTEGER REFERENCES subdistricts (id),
  community_id   INTEGER REFERENCES communities (id),
  address        TEXT    NOT NULL DEFAULT '',
  contact_name   TEXT    NOT NULL DEFAULT '',
  contact_phone  TEXT    NOT NULL DEFAULT '',
  established_on TEXT    NOT NULL CHECK (date(established_on, '+0 days') IS established_on),
  status         TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  archived_on    TEXT    CHECK (archived_on IS NULL OR (date(archived_on, '+0 days') IS archived_on
                                                        AND archived_on >= established_on)),
  notes          TEXT    NOT NULL DEFAULT '',
  -- a community station serves one community: that is what coverage counts
  CHECK (type <> 'community' OR community_id IS NOT NULL),
  CHECK ((status = 'archived') = (archived_on IS NOT NULL))
);
CREATE INDEX stations_community ON stations (community_id);
CREATE INDEX stations_subdistrict ON stations (subdistrict_id);

CREATE TABLE station_projects (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
  name        TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 100),
  description TEXT    NOT NULL DEFAULT '',
  started_on  TEXT    NOT NULL CHECK (date(started_on, '+0 days') IS started_on),
  ended_on    TEXT    CHECK (ended_on IS NULL OR (date(ended_on, '+0 days') IS ended_on AND ended_on >= started_on))
);
CREATE INDEX station_projects_station ON station_projects (station_id);

-- The 六个一 checklist: one row per station and item.
CREATE TABLE station_checklist (
  station_id INTEGER NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
  item       TEXT    NOT NULL CHECK ((item = 'venue' OR item = 'sign' OR item = 'board' OR item = 'team' OR item = 'roster' OR item = 'ledger')),
  done       INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  checked_on TEXT    CHECK (checked_on IS NULL OR date(checked_on, '+0 days') IS checked_on),
  note       TEXT    NOT NULL DEFAULT '',
  PRIMARY KEY (station_id, item),
  CHECK (done = 0 OR checked_on IS NOT NULL)
) WITHOUT ROWID;

CREATE TABLE station_equipment (
  id          INTEGER PRIMARY KEY,
  station_id  INTEGER NOT NULL REFERENCES stations (id) ON DELETE CASCADE,
  kind        TEXT    NOT NULL CHECK ((kind = 'red_cap' OR kind = 'red_vest' OR kind = 'sign' OR kind = 'other')),
  description TEXT    NOT NULL DEFAULT '',
  quantity    INTEGER NOT NULL CHECK (quantity > 0),
  issued_on   TEXT    NOT NULL CHECK (date(issued_on, '+0 days') IS issued_on),
  CHECK (kind <> 'other' OR length(trim(description)) > 0)
);
CREATE INDEX station_equipment_station ON station_equipment (station_id);

CREATE TABLE volunteers (
  id                INTEGER PRIMARY KEY,
  volunteer_no      TEXT    NOT NULL UNIQUE CHECK (length(volunteer_no) BETWEEN 1 AND 32),
  name              TEXT    NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 64),
  id_type           TEXT    NOT NULL DEFAULT 'resident'
                    CHECK ((id_type = 'resident' OR id_type = 'hk_macao' OR id_type = 'taiwan' OR id_type = 'passport' OR id_type = 'foreign_permanent')),
  id_number         TEXT    NOT NULL CHECK (length(id_number) BETWEEN 5 AND 32),
  gender            TEXT    NOT NULL DEFAULT 'unknown' CHECK ((gender = 'male' OR gender = 'female' OR gender = 'unknown')),
  birth_date        TEXT    CHECK (birth_date IS NULL OR date(birth_date, '+0 days') IS birth_date),
  phone             TEXT    CHECK (phone IS NULL OR phone GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
  political_status  TEXT    NOT NULL DEFAULT 'masses'
                    CHECK ((political_status = 'party_member' OR political_status = 'probationary' OR political_status = 'league_member' OR political_status = 'democratic_party' OR political_status = 'masses')),
  education         TEXT    NOT NULL DEFAULT '',
  employer          TEXT    NOT NULL DEFAULT '',
  skills            TEXT    NOT NULL DEFAULT '',
  community_id      INTEGER REFERENCES communities (id),
  station_id        INTEGER REFERENCES stations (id),
  registered_on     TEXT    NOT NULL CHECK (date(registered_on, '+0 days') IS registered_on),
  platform_no       TEXT,
  emergency_contact TEXT    NOT NULL DEFAULT '',
  emergency_phone   TEXT    NOT NULL DEFAULT '',
  notes             TEXT    NOT NULL DEFAULT '',
  status            TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'inactive')),
  created_at        TEXT    NOT NULL DEFAULT (datetime('now', 'localtime')),
  updated_at        TEXT    NOT NULL DEFAULT (datetime('now', 'localtime')),
  UNIQUE (id_type, id_number),
  -- GB 11643-1999 shape; the check character itself is verified by the app
  CHECK (id_type <> 'resident'
         OR id_number GLOB '[1-9][0-9][0-9][0-9][0-9][0-9][12][0-9][0-9][0-9][01][0-9][0-3][0-9][0-9][0-9][0-9][0-9X]')
);
CREATE INDEX volunteers_phone ON volunteers (phone) WHERE phone IS NOT NULL;
-- Most volunteers have no platform number: a partial index keeps them out of it.
CREATE UNIQUE INDEX volunteers_platform_no ON volunteers (platform_no) WHERE platform_no IS NOT NULL;
CREATE INDEX volunteers_station ON volunteers (station_id);
CREATE INDEX volunteers_community ON volunteers (community_id);

-- 关系转接: the volunteer's rows keep pointing at them; this records the move.
CREATE TABLE volunteer_transfers (
  id                INTEGER PRIMARY KEY,
  volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
  transferred_on    TEXT    NOT NULL CHECK (date(transferred_on, '+0 days') IS transferred_on),
  from_station_id   INTEGER REFERENCES stations (id),
  to_station_id     INTEGER REFERENCES stations (id),
  from_community_id INTEGER REFERENCES communities (id),
  to_community_id   INTEGER REFERENCES communities (id),
  reason            TEXT    NOT NULL DEFAULT '',
  CHECK (to_station_id IS NOT NULL OR to_community_id IS NOT NULL),
  CHECK (from_station_id IS NOT to_station_id OR from_community_id IS NOT to_community_id)
);
CREATE INDEX volunteer_transfers_volunteer ON volunteer_transfers (volunteer_id, transferred_on);

CREATE TABLE teams (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 100),
  category_id INTEGER NOT NULL REFERENCES categories (id),
  parent_id   INTEGER REFERENCES teams (id),
  station_id  INTEGER REFERENCES stations (id),
  founded_on  TEXT    CHECK (founded_on IS NULL OR date(founded_on, '+0 days') IS founded_on),
  description TEXT    NOT NULL DEFAULT '',
  status      TEXT    NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived')),
  CHECK (parent_id IS NOT id)
);

-- A volunteer may belong to several teams, with one role in each; one leader a team.
CREATE TABLE team_members (
  team_id      INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers (id) ON DELETE CASCADE,
  role         TEXT    NOT NULL DEFAULT 'member' CHECK ((role = 'leader' OR role = 'deputy' OR role = 'member')),
  joined_on    TEXT    NOT NULL CHECK (date(joined_on, '+0 days') IS joined_on),
  PRIMARY KEY (team_id, volunteer_id)
) WITHOUT ROWID;
CREATE INDEX team_members_volunteer ON team_members (volunteer_id, team_id);
CREATE UNIQUE INDEX team_members_one_leader ON team_members (team_id) WHERE role = 'leader';

CREATE TABLE events (
  id            INTEGER PRIMARY KEY,
  title         TEXT    NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
  category_id   INTEGER NOT NULL REFERENCES categories (id),
  starts_at     TEXT    NOT NULL CHECK (datetime(starts_at, '+0 days') IS starts_at),
  ends_at       TEXT    NOT NULL CHECK (datetime(ends_at, '+0 days') IS ends_at),
  station_id    INTEGER REFERENCES stations (id),
  place         TEXT    NOT NULL DEFAULT '',
  team_id       INTEGER REFERENCES teams (id),
  people_served INTEGER NOT NULL DEFAULT 0 CHECK (people_served >= 0),
  party_event   INTEGER NOT NULL DEFAULT 0 CHECK (party_event IN (0, 1)),
  description   TEXT    NOT NULL DEFAULT '',
  status        TEXT    NOT NULL DEFAULT 'planned' CHECK ((status = 'planned' OR status = 'held' OR status = 'cancelled')),
  CHECK (ends_at > starts_at)
);
CREATE INDEX events_starts_at ON events (starts_at);
CREATE INDEX events_station ON events (station_id);
CREATE INDEX events_team ON events (team_id);

CREATE TABLE trainings (
  id          INTEGER PRIMARY KEY,
  topic       TEXT    NOT NULL CHECK (length(trim(topic)) > 0 AND length(topic) <= 200),
  category_id INTEGER NOT NULL REFERENCES categories (id),
  trainer     TEXT    NOT NULL DEFAULT '',
  starts_at   TEXT    NOT NULL CHECK (datetime(starts_at, '+0 days') IS starts_at),
  ends_at     TEXT    NOT NULL CHECK (datetime(ends_at, '+0 days') IS ends_at),
  place       TEXT    NOT NULL DEFAULT '',
  station_id  INTEGER REFERENCES stations (id),
  capacity    INTEGER CHECK (capacity IS NULL OR capacity > 0),
  minutes     INTEGER NOT NULL CHECK (minutes > 0),
  notes       TEXT    NOT NULL DEFAULT '',
  CHECK (ends_at > starts_at)
);
CREATE INDEX trainings_starts_at ON trainings (starts_at);

CREATE TABLE training_attendance (
  training_id   INTEGER NOT NULL REFERENCES trainings (id) ON DELETE CASCADE,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteers (id),
  status        TEXT    NOT NULL DEFAULT 'registered'
                CHECK ((status = 'registered' OR status = 'present' OR status = 'late' OR status = 'absent' OR status = 'excused')),
  registered_at TEXT    NOT NULL CHECK (datetime(registered_at, '+0 days') IS registered_at),
  checked_in_at TEXT    CHECK (checked_in_at IS NULL OR datetime(checked_in_at, '+0 days') IS checked_in_at),
  PRIMARY KEY (training_id, volunteer_id),
  CHECK ((status IN ('present', 'late')) = (checked_in_at IS NOT NULL))
) WITHOUT ROWID;
CREATE INDEX training_attendance_volunteer ON training_attendance (volunteer_id);

-- Service time in integer minutes. Only approved rows count anywhere.
CREATE TABLE service_records (
  id            INTEGER PRIMARY KEY,
  volunteer_id  INTEGER NOT NULL REFERENCES volunteers (id),
  event_id      INTEGER REFERENCES events (id),
  training_id   INTEGER REFERENCES trainings (id),
  service_date  TEXT    NOT NULL CHECK (date(service_date, '+0 days') IS service_date),
  minutes       INTEGER NOT NULL CHECK (minutes > 0 AND minutes <= 1440),
  backfilled    INTEGER NOT NULL DEFAULT 0 CHECK (backfilled IN (0, 1)),
  status        TEXT    NOT NULL DEFAULT 'pending' CHECK ((status = 'pending' OR status = 'approved' OR status = 'rejected')),
  reviewed_by   TEXT,
  reviewed_at   TEXT    CHECK (reviewed_at IS NULL OR datetime(reviewed_at, '+0 days') IS reviewed_at),
  reject_reason TEXT,
  note          TEXT    NOT NULL DEFAULT '',
  created_at    TEXT    NOT NULL DEFAULT (datetime('now', 'localtime')),
  CHECK (event_id IS NULL OR training_id IS NULL),
  CHECK ((status = 'pending') = (reviewed_at IS NULL)),
  CHECK (status <> 'rejected' OR length(trim(coalesce(reject_reason, ''))) > 0)
);
CREATE UNIQUE INDEX service_records_event_volunteer ON service_records (event_id, volunteer_id)
  WHERE event_id IS NOT NULL;
CREATE UNIQUE INDEX service_records_training_volunteer ON service_records (training_id, volunteer_id)
  WHERE training_id IS NOT NULL;
CREATE INDEX service_records_volunteer_date ON service_records (volunteer_id, service_date);
CREATE INDEX service_records_date ON service_records (service_date, status);

-- 微心愿: collected → approved | rejected; approved → published → claimed → fulfilled.
CREATE TABLE wishes (
  id                      INTEGER PRIMARY KEY,
  content                 TEXT    NOT NULL CHECK (length(trim(content)) > 0),
  requester_name          TEXT    NOT NULL CHECK (length(trim(requester_name)) > 0),
  requester_phone         TEXT    NOT NULL DEFAULT '',
  community_id            INTEGER NOT NULL REFERENCES communities (id),
  status                  TEXT    NOT NULL DEFAULT 'collected'
                          CHECK ((status = 'collected' OR status = 'approved' OR status = 'rejected' OR status = 'published' OR status = 'claimed' OR status = 'fulfilled')),
  collected_on            TEXT    NOT NULL CHECK (date(collected_on, '+0 days') IS collected_on),
  reviewed_on             TEXT    CHECK (reviewed_on IS NULL OR date(reviewed_on, '+0 days') IS reviewed_on),
  published_on            TEXT    CHECK (published_on IS NULL OR date(published_on, '+0 days') IS published_on),
  claimed_on              TEXT    CHECK (claimed_on IS NULL OR date(claimed_on, '+0 days') IS claimed_on),
  fulfilled_on            TEXT    CHECK (fulfilled_on IS NULL OR date(fulfilled_on, '+0 days') IS fulfilled_on),
  reject_reason           TEXT,
  claimed_by_volunteer_id INTEGER REFERENCES volunteers (id),
  claimed_by_team_id      INTEGER REFERENCES teams (id),
  CHECK (claimed_by_volunteer_id IS NULL OR claimed_by_team_id IS NULL),
  CHECK ((status IN ('claimed', 'fulfilled'))
         = (claimed_by_volunteer_id IS NOT NULL OR claimed_by_team_id IS NOT NULL)),
  CHECK (status <> 'rejected' OR length(trim(coalesce(reject_reason, ''))) > 0),
  CHECK (status = 'collected' OR reviewed_on IS NOT NULL),
  CHECK (status NOT IN ('published', 'claimed', 'fulfilled') OR published_on IS NOT NULL),
  CHECK (status NOT IN ('claimed', 'fulfilled') OR claimed_on IS NOT NULL),
  CHECK ((status = 'fulfilled') = (fulfilled_on IS NOT NULL))
);
CREATE INDEX wishes_community ON wishes (community_id);
CREATE INDEX wishes_status ON wishes (status);
CREATE TRIGGER wishes_legal_transition BEFORE UPDATE OF status ON wishes
WHEN NEW.status IS NOT OLD.status
 AND NOT ((OLD.status = 'collected' AND NEW.status IN ('approved', 'rejected'))
       OR (OLD.status = 'approved'  AND NEW.status = 'published')
       OR (OLD.status = 'published' AND NEW.status = 'claimed')
       OR (OLD.status = 'claimed'   AND NEW.status IN ('fulfilled', 'published')))
BEGIN SELECT RAISE(ABORT, 'illegal micro-wish status change'); END;
CREATE TRIGGER wishes_insert_collected BEFORE INSERT ON wishes
WHEN NEW.status <> 'collected'
BEGIN SELECT RAISE(ABORT, 'a new micro-wish starts as collected'); END;

CREATE TABLE exchange_items (
  id          INTEGER PRIMARY KEY,
  name        TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 100),
  description TEXT    NOT NULL DEFAULT '',
  price_centi INTEGER NOT NULL CHECK (price_centi > 0),
  stock       INTEGER NOT NULL DEFAULT 0 CHECK (stock >= 0),
  archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE exchanges (
  id           INTEGER PRIMARY KEY,
  volunteer_id INTEGER NOT NULL REFERENCES volunteers (id),
  item_id      INTEGER NOT NULL REFERENCES exchange_items (id),
  quantity     INTEGER NOT NULL CHECK (quantity > 0),
  points_centi INTEGER NOT NULL CHECK (points_centi > 0),
  pickup_code  TEXT    NOT NULL UNIQUE CHECK (length(pickup_code) >= 4),
  status       TEXT    NOT NULL DEFAULT 'awaiting' CHECK ((status = 'awaiting' OR status = 'picked_up' OR status = 'cancelled')),
  created_at   TEXT    NOT NULL CHECK (datetime(created_at, '+0 days') IS created_at),
  picked_up_at TEXT    CHECK (picked_up_at IS NULL OR datetime(picked_up_at, '+0 days') IS picked_up_at),
  CHECK ((status = 'picked_up') = (picked_up_at IS NOT NULL))
);
CREATE INDEX exchanges_volunteer ON exchanges (volunteer_id);

-- 积分 ledger: rows are never edited or deleted; a correction is a new row.
CREATE TABLE points_ledger (
  id                INTEGER PRIMARY KEY,
  volunteer_id      INTEGER NOT NULL REFERENCES volunteers (id),
  kind              TEXT    NOT NULL CHECK ((kind = 'earn' OR kind = 'reverse' OR kind = 'spend' OR kind = 'refund' OR kind = 'adjust')),
  amount_centi      INTEGER NOT NULL CHECK (amount_centi <> 0),
  reason            TEXT    NOT NULL CHECK (length(trim(reason)) > 0),
  service_record_id INTEGER REFERENCES service_records (id),
  exchange_id       INTEGER REFERENCES exchanges (id),
  created_at        TEXT    NOT NULL CHECK (datetime(created_at, '+0 days') IS created_at),
  created_by        TEXT    NOT NULL,
  CHECK (kind NOT IN ('earn', 'reverse') OR service_record_id IS NOT NULL),
  CHECK (kind NOT IN ('spend', 'refund') OR exchange_id IS NOT NULL),
  CHECK (kind <> 'earn' OR amount_centi > 0),
  CHECK (kind <> 'reverse' OR amount_centi < 0),
  CHECK (kind <> 'spend' OR amount_centi < 0),
  CHECK (kind <> 'refund' OR amount_centi > 0)
);
CREATE INDEX points_ledger_volunteer ON points_ledger (volunteer_id, amount_centi);
CREATE TRIGGER points_ledger_no_update BEFORE UPDATE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'points ledger rows are never edited'); END;
CREATE TRIGGER points_ledger_no_delete BEFORE DELETE ON points_ledger
BEGIN SELECT RAISE(ABORT, 'points ledger rows are never deleted'); END;
CREATE TRIGGER points_ledger_no_negative BEFORE INSERT ON points_ledger
WHEN NEW.amount_centi < 0
 AND (SELECT coalesce(sum(amount_centi), 0) FROM points_ledger
      WHERE volunteer_id = NEW.volunteer_id) + NEW.amount_centi < 0
BEGIN SELECT RAISE(ABORT, 'points balance would fall below zero'); END;

-- 褒奖: exactly one owner.
CREATE TABLE commendations (
  id           INTEGER PRIMARY KEY,
  title        TEXT    NOT NULL CHECK (length(trim(title)) > 0 AND length(title) <= 200),
  level        TEXT    NOT NULL CHECK ((level = 'district' OR level = 'city' OR level = 'province' OR level = 'national')),
  awarded_on   TEXT    NOT NULL CHECK (date(awarded_on, '+0 days') IS awarded_on),
  issuer       TEXT    NOT NULL DEFAULT '',
  volunteer_id INTEGER REFERENCES volunteers (id),
  team_id      INTEGER REFERENCES teams (id),
  station_id   INTEGER REFERENCES stations (id),
  community_id INTEGER REFERENCES communities (id),
  notes        TEXT    NOT NULL DEFAULT '',
  CHECK ((volunteer_id IS NOT NULL) + (team_id IS NOT NULL)
         + (station_id IS NOT NULL) + (community_id IS NOT NULL) = 1)
);
CREATE INDEX commendations_awarded_on ON commendations (awarded_on);
CREATE INDEX commendations_volunteer ON commendations (volunteer_id) WHERE volunteer_id IS NOT NULL;

-- The numbered register of 志愿服务记录证明: AUTOINCREMENT never reuses a number, and
-- issued certificates are never edited or removed.
CREATE TABLE certificates (
  id                 INTEGER PRIMARY KEY AUTOINCREMENT,
  number             TEXT    NOT NULL UNIQUE CHECK (length(number) > 0),
  volunteer_id       INTEGER NOT NULL REFERENCES volunteers (id),
  period_from        TEXT    NOT NULL CHECK (date(period_from, '+0 days') IS period_from),
  period_to          TEXT    NOT NULL CHECK (date(period_to, '+0 days') IS period_to),
  total_minutes      INTEGER NOT NULL CHECK (total_minutes >= 0),
  issuer             TEXT    NOT NULL CHECK (length(trim(issuer)) > 0),
  responsible_person TEXT    NOT NULL DEFAULT '',
  handler            TEXT    NOT NULL DEFAULT '',
  contact            TEXT    NOT NULL DEFAULT '',
  issued_on          TEXT    NOT NULL CHECK (date(issued_on, '+0 days') IS issued_on),
  issued_by          TEXT    NOT NULL,
  CHECK (period_to >= period_from)
);
CREATE INDEX certificates_volunteer ON certificates (volunteer_id);
CREATE TRIGGER certificates_no_update BEFORE UPDATE ON certificates
BEGIN SELECT RAISE(ABORT, 'issued certificates are never edited'); END;
CREATE TRIGGER certificates_no_delete BEFORE DELETE ON certificates
BEGIN SELECT RAISE(ABORT, 'issued certificates are never removed'); END;
