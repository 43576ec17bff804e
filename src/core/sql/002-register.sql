-- Volunteer Desk schema, version 2: what the register needs to list and find a
-- million volunteers instantly.
--
-- name_keys holds the pinyin search keys of the name (computed by the app, see
-- vd-pinyin.c) and name_sort the full pinyin, so that names sort as Chinese readers
-- expect. approved_minutes is kept by triggers so that the list shows totals and
-- star levels without summing service records row by row.

ALTER TABLE volunteers ADD COLUMN name_keys TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteers ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE volunteers ADD COLUMN approved_minutes INTEGER NOT NULL DEFAULT 0
  CHECK (approved_minutes >= 0);

CREATE INDEX volunteers_name_sort ON volunteers (name_sort, id);
CREATE INDEX volunteers_registered_on ON volunteers (registered_on, id);
CREATE INDEX volunteers_approved_minutes ON volunteers (approved_minutes, id);

-- Volunteer numbers are never reused, even after a delete.
CREATE TABLE counters (
  name  TEXT    PRIMARY KEY,
  value INTEGER NOT NULL CHECK (value >= 0)
) WITHOUT ROWID;
INSERT INTO counters (name, value)
  VALUES ('volunteer_no', (SELECT count(*) FROM volunteers));


-- Chinese characters and pinyin keys: the vd_cjk tokenizer (vd-search.c).
CREATE VIRTUAL TABLE volunteer_text USING fts5 (
  name, name_keys,
  content = 'volunteers', content_rowid = 'id', tokenize = 'vd_cjk'
);
-- Any 3 or more consecutive characters of a phone, ID or volunteer number.
CREATE VIRTUAL TABLE volunteer_digits USING fts5 (
  phone, id_number, volunteer_no,
  content = 'volunteers', content_rowid = 'id', tokenize = 'trigram'
);
INSERT INTO volunteer_text (volunteer_text) VALUES ('rebuild');
INSERT INTO volunteer_digits (volunteer_digits) VALUES ('rebuild');

-- New rows are indexed by the app (vd-search.c), not by a trigger: bulk writers index
-- a whole import in one statement, because FTS5 flushes its pending terms at every
-- statement's savepoint, and a trigger that writes a virtual table makes every INSERT
-- keep a statement journal. Both made imports several times slower.

CREATE TRIGGER volunteers_search_delete AFTER DELETE ON volunteers
BEGIN
  INSERT INTO volunteer_text (volunteer_text, rowid, name, name_keys)
    VALUES ('delete', OLD.id, OLD.name, OLD.name_keys);
  INSERT INTO volunteer_digits (volunteer_digits, rowid, phone, id_number, volunteer_no)
    VALUES ('delete', OLD.id, OLD.phone, OLD.id_number, OLD.volunteer_no);
END;

CREATE TRIGGER volunteers_search_update_text AFTER UPDATE OF name, name_keys ON volunteers
BEGIN
  INSERT INTO volunteer_text (volunteer_text, rowid, name, name_keys)
    VALUES ('delete', OLD.id, OLD.name, OLD.name_keys);
  INSERT INTO volunteer_text (rowid, name, name_keys) VALUES (NEW.id, NEW.name, NEW.name_keys);
END;

CREATE TRIGGER volunteers_search_update_digits AFTER UPDATE OF phone, id_number, volunteer_no ON volunteers
BEGIN
  INSERT INTO volunteer_digits (volunteer_digits, rowid, phone, id_number, volunteer_no)
    VALUES ('delete', OLD.id, OLD.phone, OLD.id_number, OLD.volunteer_no);
  INSERT INTO volunteer_digits (rowid, phone, id_number, volunteer_no)
    VALUES (NEW.id, NEW.phone, NEW.id_number, NEW.volunteer_no);
END;

-- Totals of approved time, kept exact whatever writes the records.
CREATE TRIGGER service_records_total_insert AFTER INSERT ON service_records
WHEN NEW.status = 'approved'
BEGIN
  UPDATE volunteers SET approved_minutes = approved_minutes + NEW.minutes
  WHERE id = NEW.volunteer_id;
END;

CREATE TRIGGER service_records_total_update AFTER UPDATE OF status, minutes, volunteer_id ON service_records
BEGIN
  UPDATE volunteers SET approved_minutes = approved_minutes - OLD.minutes
  WHERE OLD.status = 'approved' AND id = OLD.volunteer_id;
  UPDATE volunteers SET approved_minutes = approved_minutes + NEW.minutes
  WHERE NEW.status = 'approved' AND id = NEW.volunteer_id;
END;

CREATE TRIGGER service_records_total_delete AFTER DELETE ON service_records
WHEN OLD.status = 'approved'
BEGIN
  UPDATE volunteers SET approved_minutes = approved_minutes - OLD.minutes
  WHERE id = OLD.volunteer_id;
END;

UPDATE volunteers SET approved_minutes =
  (SELECT coalesce(sum(minutes), 0) FROM service_records
   WHERE volunteer_id = volunteers.id AND status = 'approved');
