-- The rows `rada export minutes` reads for one meeting (FindMeetingByNumber, then
-- store.MeetingRecord: the same columns of the same rows), fetched and printed by sqlite3 for
-- comparison; the votes come after, from votes-rows.sql (a vote per row) or votes-packed.sql
-- (Rada's own query, each item's votes packed in one row). .ci/measure substitutes :id, the
-- meeting's id, and :reasons, its items whose votes carry a reason.
.mode list
SELECT id, series, number, date, start_time, place, online_link, status, coalesce(presiding_id, 0),
  coalesce(secretary_id, 0), current_item, return_note, opened_at, closed_at FROM meeting
  WHERE number = 8 AND substr(date, 1, 4) = '2026' ORDER BY date DESC LIMIT 1;
SELECT name_uk, name_en, authority_uk, authority_en, authority_code, city_uk, city_en, quorum_rule, quorum_civil,
  decision_rule, tie_rule, numbering, term_label, signers, doc_lang, ui_lang FROM council WHERE id = 1;
SELECT id, series, number, date, start_time, place, online_link, status, coalesce(presiding_id, 0),
  coalesce(secretary_id, 0), current_item, return_note, opened_at, closed_at FROM meeting WHERE id = :id;
SELECT id, full_name, position, organisation, role, side FROM member;
SELECT mb.id, coalesce(a.status, 'present'), coalesce(a.reason, ''), a.member_id IS NOT NULL
  FROM meeting mt JOIN member mb LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = mb.id
  WHERE mt.id = :id AND (a.member_id IS NOT NULL OR (mt.status NOT IN ('in_session', 'closed', 'minutes_submitted', 'minutes_approved')
  AND (mb.term_from = '' OR mb.term_from <= mt.date) AND (mb.term_to = '' OR mb.term_to >= mt.date))) ORDER BY mb.id;
SELECT id, meeting_id, position_no, full_name, position, organisation FROM guest
  WHERE meeting_id = :id ORDER BY position_no, id;
SELECT i.id, i.meeting_id, i.position_no, i.title, i.kind, coalesce(i.reporter_member_id, 0),
  coalesce(i.reporter_guest_id, 0), coalesce(i.commitment_id, 0), i.heard, i.state, coalesce(i.deferred_to, 0),
  coalesce(c.ogp_id, ''), coalesce(c.title, '')
  FROM agenda_item i LEFT JOIN commitment c ON c.id = i.commitment_id
  WHERE i.meeting_id = :id ORDER BY i.position_no, i.id;
SELECT id, item_id, position_no, coalesce(speaker_member_id, 0), coalesce(speaker_guest_id, 0), speaker_name, summary
  FROM speech WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY position_no, id;
SELECT id, item_id, position_no, text, coalesce(commitment_id, 0)
  FROM decision_point WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY position_no, id;
SELECT item_id, decision_rule, tie_rule, membership, present, base, needed, votes_for, votes_against, votes_abstain,
  not_voted, recused, absent, adopted, tie_broken, unanimous, recorded_at
  FROM vote_result WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id);
SELECT a.id, a.item_id, coalesce(a.point_id, 0), a.text, coalesce(a.responsible_member_id, 0), a.responsible_org,
  a.deadline, a.status, a.done_on, a.done_note, coalesce(p.position_no, 0)
  FROM assignment a LEFT JOIN decision_point p ON p.id = a.point_id
  WHERE a.item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY coalesce(p.position_no, 0), a.id;
SELECT a.meeting_id, a.kind, a.member_id, m.full_name, a.approved_at
  FROM approval a JOIN member m ON m.id = a.member_id WHERE a.meeting_id = :id ORDER BY a.kind, a.approved_at, a.id;
