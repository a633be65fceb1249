-- The institutions that lead an Action Plan, each on the government's or civil society's side.
CREATE TABLE plan_institution (
    plan_id      INTEGER NOT NULL REFERENCES action_plan (id) ON DELETE CASCADE,
    position_no  INTEGER NOT NULL,
    name         TEXT NOT NULL CHECK (trim(name) <> ''),
    kind         TEXT NOT NULL CHECK (kind IN ('government', 'civil')),
    PRIMARY KEY (plan_id, position_no)
) WITHOUT ROWID;

-- The institutions involved in a commitment, each of its kind.
CREATE TABLE commitment_institution (
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    position_no    INTEGER NOT NULL,
    name           TEXT NOT NULL CHECK (trim(name) <> ''),
    kind           TEXT NOT NULL CHECK (kind IN ('government', 'civil', 'business', 'international')),
    PRIMARY KEY (commitment_id, position_no)
) WITHOUT ROWID;

-- The date of the report or decision that justified a status change ('' when none was given),
-- besides changed_on, the moment it was typed.
ALTER TABLE status_change ADD COLUMN evidence_on TEXT NOT NULL DEFAULT '';
