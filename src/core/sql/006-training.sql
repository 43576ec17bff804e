-- Volunteer Desk schema, version 3: what attendance at training sessions needs.
--
-- training_grace_minutes: a check-in later than the start plus this is marked late.
-- attendance_pin_hash: the PIN that unlocks leaving attendance mode, kept only as
-- "sha256$SALT$HEX" (hex SHA-256 of the salt followed by the PIN); NULL = no PIN.

ALTER TABLE settings ADD COLUMN training_grace_minutes INTEGER NOT NULL DEFAULT 10
  CHECK (training_grace_minutes BETWEEN 0 AND 240);
ALTER TABLE settings ADD COLUMN attendance_pin_hash TEXT
  CHECK (attendance_pin_hash IS NULL OR attendance_pin_hash GLOB 'sha256$*$*');

-- The attendance list and the statistics read a session's rows by status.
CREATE INDEX training_attendance_status ON training_attendance (training_id, status);
