-- Volunteer Desk schema, version 7: the keys a trainer types at the door of a
-- training session (vd-training-lookup.c) found through b-trees.
--
-- The last four digits of a phone or of a volunteer number are read from these
-- indexes (then the rest of a longer key is compared row by row), instead of the
-- trigram index of volunteer_digits: digit trigrams are shared by a large part of a
-- million phones, ID numbers and volunteer numbers, and a rare key of 6 digits made
-- FTS5 read whole doclists (11–27 ms at 1,000,000 volunteers; about 1 ms through these).
-- Indexes on expressions keep themselves up to date: no column for the writers to fill.

CREATE INDEX volunteers_phone_tail ON volunteers (substr (phone, -4)) WHERE phone IS NOT NULL;
CREATE INDEX volunteers_number_tail ON volunteers (substr (volunteer_no, -4));
