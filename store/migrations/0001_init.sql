-- Rada schema, version 1: one council per file.
-- Dates are 'YYYY-MM-DD', months 'YYYY-MM', times of day 'HH:MM', instants UTC 'YYYY-MM-DDTHH:MM:SSZ'.

CREATE TABLE council (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    app              TEXT NOT NULL DEFAULT 'rada' CHECK (app = 'rada'),
    name_uk          TEXT NOT NULL DEFAULT '',
    name_en          TEXT NOT NULL DEFAULT '',
    authority_uk     TEXT NOT NULL DEFAULT '',
    authority_en     TEXT NOT NULL DEFAULT '',
    authority_code   TEXT NOT NULL DEFAULT '',
    city_uk          TEXT NOT NULL DEFAULT '',
    city_en          TEXT NOT NULL DEFAULT '',
    quorum_rule      TEXT NOT NULL DEFAULT 'half' CHECK (quorum_rule IN ('half', 'two_thirds')),
    quorum_civil     INTEGER NOT NULL DEFAULT 0 CHECK (quorum_civil IN (0, 1)),
    decision_rule    TEXT NOT NULL DEFAULT 'present_majority'
                     CHECK (decision_rule IN ('present_majority', 'membership_majority', 'present_two_thirds')),
    tie_rule         TEXT NOT NULL DEFAULT 'presiding' CHECK (tie_rule IN ('presiding', 'fails')),
    numbering        TEXT NOT NULL DEFAULT 'year' CHECK (numbering IN ('year', 'term')),
    term_label       TEXT NOT NULL DEFAULT '',
    signers          TEXT NOT NULL DEFAULT 'presiding' CHECK (signers IN ('presiding', 'co_chairs')),
    doc_lang         TEXT NOT NULL DEFAULT 'uk' CHECK (doc_lang IN ('uk', 'en')),
    ui_lang          TEXT NOT NULL DEFAULT '' CHECK (ui_lang IN ('', 'uk', 'en')),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);

CREATE TABLE member (
    id            INTEGER PRIMARY KEY,
    full_name     TEXT NOT NULL CHECK (trim(full_name) <> ''),
    position      TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT '',
    sector        TEXT NOT NULL DEFAULT 'other'
                  CHECK (sector IN ('executive', 'enterprise', 'institution', 'ngo', 'other')),
    side          TEXT NOT NULL CHECK (side IN ('government', 'civil')),
    role          TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('co_chair', 'secretary', 'member')),
    email         TEXT NOT NULL DEFAULT '',
    phone         TEXT NOT NULL DEFAULT '',
    term_from     TEXT NOT NULL DEFAULT '',
    term_to       TEXT NOT NULL DEFAULT '',
    leave_reason  TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX member_by_active_name ON member (active, full_name);

-- Roles a member held, for the member's history.
CREATE TABLE member_role (
    id         INTEGER PRIMARY KEY,
    member_id  INTEGER NOT NULL REFERENCES member (id),
    role       TEXT NOT NULL CHECK (role IN ('co_chair', 'secretary', 'member')),
    since      TEXT NOT NULL,
    until      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_role_by_member ON member_role (member_id, since);

CREATE TABLE meeting (
    id             INTEGER PRIMARY KEY,
    series         TEXT NOT NULL,             -- '2026' under per-year numbering, the term label under per-term
    number         INTEGER NOT NULL CHECK (number > 0),
    date           TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    start_time     TEXT NOT NULL DEFAULT '',
    place          TEXT NOT NULL DEFAULT '',
    online_link    TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'draft'
                   CHECK (status IN ('draft', 'agenda_submitted', 'agenda_approved', 'in_session',
                                     'closed', 'minutes_submitted', 'minutes_approved')),
    presiding_id   INTEGER REFERENCES member (id),
    secretary_id   INTEGER REFERENCES member (id),
    current_item   INTEGER NOT NULL DEFAULT 0,  -- position of the item the live screen shows
    return_note    TEXT NOT NULL DEFAULT '',    -- a co-chair's comment when sending the agenda back
    opened_at      TEXT NOT NULL DEFAULT '',
    closed_at      TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    UNIQUE (series, number)
);
CREATE INDEX meeting_by_date ON meeting (date DESC, number DESC);
CREATE INDEX meeting_by_status ON meeting (status, date);

-- Co-chairs' approvals of a meeting's agenda or minutes.
CREATE TABLE approval (
    id           INTEGER PRIMARY KEY,
    meeting_id   INTEGER NOT NULL REFERENCES meeting (id),
    kind         TEXT NOT NULL CHECK (kind IN ('agenda', 'minutes')),
    member_id    INTEGER NOT NULL REFERENCES member (id),
    approved_at  TEXT NOT NULL,
    UNIQUE (meeting_id, kind, member_id)
);

CREATE TABLE attendance (
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id),
    member_id   INTEGER NOT NULL REFERENCES member (id),
    status      TEXT NOT NULL CHECK (status IN ('present', 'remote', 'absent')),
    reason      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, member_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_member ON attendance (member_id, meeting_id);

-- Invited guests: advisory voice only.
CREATE TABLE guest (
    id            INTEGER PRIMARY KEY,
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id),
    position_no   INTEGER NOT NULL DEFAULT 0,
    full_name     TEXT NOT NULL CHECK (trim(full_name) <> ''),
    position      TEXT NOT NULL DEFAULT '',
    organisation  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX guest_by_meeting ON guest (meeting_id, position_no);

CREATE TABLE action_plan (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL CHECK (trim(title) <> ''),
    ogp_title     TEXT NOT NULL DEFAULT '',
    period_from   TEXT NOT NULL DEFAULT '',   -- YYYY-MM
    period_to     TEXT NOT NULL DEFAULT '',   -- YYYY-MM
    submitted_on  TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_progress', 'finished')),
    inception_done_on TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE commitment (
    id                INTEGER PRIMARY KEY,
    plan_id           INTEGER NOT NULL REFERENCES action_plan (id),
    position_no       INTEGER NOT NULL DEFAULT 0,
    ogp_id            TEXT NOT NULL UNIQUE CHECK (trim(ogp_id) <> ''),
    title             TEXT NOT NULL CHECK (trim(title) <> ''),
    problem           TEXT NOT NULL DEFAULT '',
    status_quo        TEXT NOT NULL DEFAULT '',
    objective         TEXT NOT NULL DEFAULT '',
    how_solves        TEXT NOT NULL DEFAULT '',
    lead_implementer  TEXT NOT NULL DEFAULT '',
    other_actors      TEXT NOT NULL DEFAULT '',
    start_month       TEXT NOT NULL DEFAULT '',
    end_month         TEXT NOT NULL DEFAULT '',
    contact           TEXT NOT NULL DEFAULT '',
    budget            TEXT NOT NULL DEFAULT '',
    links             TEXT NOT NULL DEFAULT '',
    impl_status       TEXT NOT NULL DEFAULT 'not_started'
                      CHECK (impl_status IN ('not_started', 'in_progress', 'partly_done', 'done', 'not_done')),
    completion        TEXT NOT NULL DEFAULT 'no_evidence'
                      CHECK (completion IN ('no_evidence', 'not_started', 'limited', 'substantial', 'complete')),
    opened_gov        TEXT NOT NULL DEFAULT ''
                      CHECK (opened_gov IN ('', 'worsened', 'no_change', 'marginal', 'major', 'outstanding')),
    withdrawn         INTEGER NOT NULL DEFAULT 0 CHECK (withdrawn IN (0, 1)),
    end_assessed_on   TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL
);
CREATE INDEX commitment_by_plan ON commitment (plan_id, position_no);

CREATE TABLE commitment_value (
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id) ON DELETE CASCADE,
    value          TEXT NOT NULL CHECK (value IN ('access_info', 'participation', 'accountability', 'technology')),
    PRIMARY KEY (commitment_id, value)
) WITHOUT ROWID;

CREATE TABLE milestone (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id),
    position_no    INTEGER NOT NULL DEFAULT 0,
    deliverable    TEXT NOT NULL CHECK (trim(deliverable) <> ''),
    start_date     TEXT NOT NULL DEFAULT '',
    end_date       TEXT NOT NULL DEFAULT '',
    done_on        TEXT NOT NULL DEFAULT '',
    evidence       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX milestone_by_commitment ON milestone (commitment_id, position_no);
CREATE INDEX milestone_by_end ON milestone (end_date) WHERE done_on = '';

CREATE TABLE agenda_item (
    id                 INTEGER PRIMARY KEY,
    meeting_id         INTEGER NOT NULL REFERENCES meeting (id),
    position_no        INTEGER NOT NULL CHECK (position_no > 0),
    title              TEXT NOT NULL CHECK (trim(title) <> ''),
    kind               TEXT NOT NULL DEFAULT 'information' CHECK (kind IN ('information', 'decision', 'election')),
    reporter_member_id INTEGER REFERENCES member (id),
    reporter_guest_id  INTEGER REFERENCES guest (id),
    commitment_id      INTEGER REFERENCES commitment (id),
    heard              TEXT NOT NULL DEFAULT '',   -- СЛУХАЛИ: summary of the report
    state              TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'done', 'deferred')),
    deferred_to        INTEGER REFERENCES meeting (id),
    CHECK (reporter_member_id IS NULL OR reporter_guest_id IS NULL)
);
CREATE INDEX agenda_item_by_meeting ON agenda_item (meeting_id, position_no);
CREATE INDEX agenda_item_by_commitment ON agenda_item (commitment_id) WHERE commitment_id IS NOT NULL;

-- ВИСТУПИЛИ.
CREATE TABLE speech (
    id                INTEGER PRIMARY KEY,
    item_id           INTEGER NOT NULL REFERENCES agenda_item (id),
    position_no       INTEGER NOT NULL DEFAULT 0,
    speaker_member_id INTEGER REFERENCES member (id),
    speaker_guest_id  INTEGER REFERENCES guest (id),
    speaker_name      TEXT NOT NULL DEFAULT '',  -- anyone else, typed
    summary           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX speech_by_item ON speech (item_id, position_no);

-- ВИРІШИЛИ: numbered points 1.1, 1.2 ...
CREATE TABLE decision_point (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES agenda_item (id),
    position_no    INTEGER NOT NULL DEFAULT 0,
    text           TEXT NOT NULL DEFAULT '',
    commitment_id  INTEGER REFERENCES commitment (id)
);
CREATE INDEX decision_point_by_item ON decision_point (item_id, position_no);
CREATE INDEX decision_point_by_commitment ON decision_point (commitment_id) WHERE commitment_id IS NOT NULL;

-- One roll-call vote per agenda item; the rule's result is kept with a snapshot of presence.
CREATE TABLE vote_result (
    item_id        INTEGER PRIMARY KEY REFERENCES agenda_item (id),
    decision_rule  TEXT NOT NULL,
    tie_rule       TEXT NOT NULL,
    membership     INTEGER NOT NULL,
    present        INTEGER NOT NULL,
    base           INTEGER NOT NULL,
    needed         INTEGER NOT NULL,
    votes_for      INTEGER NOT NULL,
    votes_against  INTEGER NOT NULL,
    votes_abstain  INTEGER NOT NULL,
    not_voted      INTEGER NOT NULL,
    recused        INTEGER NOT NULL,
    absent         INTEGER NOT NULL,
    adopted        INTEGER NOT NULL CHECK (adopted IN (0, 1)),
    tie_broken     INTEGER NOT NULL DEFAULT 0 CHECK (tie_broken IN (0, 1)),
    unanimous      INTEGER NOT NULL DEFAULT 0 CHECK (unanimous IN (0, 1)),
    recorded_at    TEXT NOT NULL
);

CREATE TABLE vote (
    item_id    INTEGER NOT NULL REFERENCES agenda_item (id),
    member_id  INTEGER NOT NULL REFERENCES member (id),
    choice     TEXT NOT NULL CHECK (choice IN ('for', 'against', 'abstain', 'not_voted', 'recused', 'absent')),
    reason     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, member_id)
) WITHOUT ROWID;
CREATE INDEX vote_by_member ON vote (member_id);

-- Доручення.
CREATE TABLE assignment (
    id                     INTEGER PRIMARY KEY,
    item_id                INTEGER NOT NULL REFERENCES agenda_item (id),
    point_id               INTEGER REFERENCES decision_point (id),
    text                   TEXT NOT NULL CHECK (trim(text) <> ''),
    responsible_member_id  INTEGER REFERENCES member (id),
    responsible_org        TEXT NOT NULL DEFAULT '',
    deadline               TEXT NOT NULL DEFAULT '',
    status                 TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    done_on                TEXT NOT NULL DEFAULT '',
    done_note              TEXT NOT NULL DEFAULT ''
);
CREATE INDEX assignment_by_item ON assignment (item_id);
CREATE INDEX assignment_by_status ON assignment (status, deadline);
CREATE INDEX assignment_by_member ON assignment (responsible_member_id) WHERE responsible_member_id IS NOT NULL;

-- Every change of a commitment's status, implementation or IRM completion, or withdrawal.
CREATE TABLE status_change (
    id             INTEGER PRIMARY KEY,
    commitment_id  INTEGER NOT NULL REFERENCES commitment (id),
    scale          TEXT NOT NULL CHECK (scale IN ('implementation', 'completion', 'withdrawn')),
    from_value     TEXT NOT NULL DEFAULT '',
    to_value       TEXT NOT NULL,
    changed_on     TEXT NOT NULL,
    changed_by     TEXT NOT NULL DEFAULT '',
    note           TEXT NOT NULL DEFAULT '',
    meeting_id     INTEGER REFERENCES meeting (id),
    point_id       INTEGER REFERENCES decision_point (id)
);
CREATE INDEX status_change_by_commitment ON status_change (commitment_id, changed_on, id);

-- Text typed on the live screen, saved while typing, until it is stored in its record.
CREATE TABLE draft (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) WITHOUT ROWID;

-- Append-only, hash-chained record of every change.
CREATE TABLE journal (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER NOT NULL DEFAULT 0,
    before     TEXT NOT NULL DEFAULT '',
    after      TEXT NOT NULL DEFAULT '',
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL
);
CREATE INDEX journal_by_entity ON journal (entity, entity_id);

CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal
BEGIN SELECT RAISE(ABORT, 'rada: journal is append-only'); END;
CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal
BEGIN SELECT RAISE(ABORT, 'rada: journal is append-only'); END;

-- A meeting whose minutes are approved is locked: nothing of its record may change.
CREATE TRIGGER meeting_locked_update BEFORE UPDATE ON meeting
WHEN OLD.status = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER meeting_locked_delete BEFORE DELETE ON meeting
WHEN OLD.status = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;

-- Lock triggers for every part of a meeting's record.
CREATE TRIGGER approval_locked_insert BEFORE INSERT ON approval
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER approval_locked_update BEFORE UPDATE ON approval
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER approval_locked_delete BEFORE DELETE ON approval
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER attendance_locked_insert BEFORE INSERT ON attendance
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER attendance_locked_update BEFORE UPDATE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER attendance_locked_delete BEFORE DELETE ON attendance
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER guest_locked_insert BEFORE INSERT ON guest
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER guest_locked_update BEFORE UPDATE ON guest
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER guest_locked_delete BEFORE DELETE ON guest
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER agenda_item_locked_insert BEFORE INSERT ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER agenda_item_locked_update BEFORE UPDATE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved' OR (SELECT status FROM meeting WHERE id = NEW.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER agenda_item_locked_delete BEFORE DELETE ON agenda_item
WHEN (SELECT status FROM meeting WHERE id = OLD.meeting_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER speech_locked_insert BEFORE INSERT ON speech
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER speech_locked_update BEFORE UPDATE ON speech
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved' OR (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER speech_locked_delete BEFORE DELETE ON speech
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER decision_point_locked_insert BEFORE INSERT ON decision_point
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER decision_point_locked_update BEFORE UPDATE ON decision_point
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved' OR (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER decision_point_locked_delete BEFORE DELETE ON decision_point
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_result_locked_insert BEFORE INSERT ON vote_result
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_result_locked_update BEFORE UPDATE ON vote_result
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved' OR (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_result_locked_delete BEFORE DELETE ON vote_result
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_locked_insert BEFORE INSERT ON vote
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_locked_update BEFORE UPDATE ON vote
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved' OR (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER vote_locked_delete BEFORE DELETE ON vote
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER assignment_locked_insert BEFORE INSERT ON assignment
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER assignment_locked_update BEFORE UPDATE ON assignment
-- follow-up of an assignment (status, done_on, done_note) stays possible after the lock
WHEN ((SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved' OR (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = NEW.item_id) = 'minutes_approved')
  AND (NEW.item_id IS NOT OLD.item_id OR NEW.point_id IS NOT OLD.point_id OR NEW.text IS NOT OLD.text
       OR NEW.responsible_member_id IS NOT OLD.responsible_member_id
       OR NEW.responsible_org IS NOT OLD.responsible_org OR NEW.deadline IS NOT OLD.deadline)
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
CREATE TRIGGER assignment_locked_delete BEFORE DELETE ON assignment
WHEN (SELECT m.status FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id WHERE i.id = OLD.item_id) = 'minutes_approved'
BEGIN SELECT RAISE(ABORT, 'rada: meeting locked'); END;
