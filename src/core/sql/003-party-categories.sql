-- Volunteer Desk schema, version 3: which team categories are party members' teams.
--
-- A micro-wish claimed by a team counts for the party figures when the team's category
-- is a party category. Category names are the office's to edit, so the mark is a flag,
-- not a name. The first team category seeded by version 1 is "Party members"
-- (sort_order 0); it is marked here, whatever it has been renamed to.

ALTER TABLE categories ADD COLUMN party INTEGER NOT NULL DEFAULT 0 CHECK (party IN (0, 1));

UPDATE categories SET party = 1
WHERE id = (SELECT min(id) FROM categories WHERE domain = 'team' AND sort_order = 0);

CREATE INDEX wishes_collected_on ON wishes (collected_on);
CREATE INDEX wishes_fulfilled_on ON wishes (fulfilled_on) WHERE fulfilled_on IS NOT NULL;
CREATE INDEX exchanges_status ON exchanges (status, created_at);
