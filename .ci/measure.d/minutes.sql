-- The rows `rada export minutes` reads for one meeting (store.MeetingRecord), fetched by
-- sqlite3 for comparison. :id is the meeting's id, substituted by .ci/measure.
.mode list
SELECT * FROM council;
SELECT id, series, number, date, start_time, place, online_link, status, presiding_id, secretary_id,
  current_item, return_note, opened_at, closed_at FROM meeting WHERE id = :id;
SELECT id, full_name, position, organisation, sector, side, role, email, phone, term_from, term_to,
  leave_reason, notes, active FROM member;
SELECT m.id, coalesce(a.status, ''), coalesce(a.reason, ''),
  (m.term_from = '' OR m.term_from <= mt.date) AND (m.term_to = '' OR m.term_to >= mt.date)
  FROM member m JOIN meeting mt ON mt.id = :id
  LEFT JOIN attendance a ON a.member_id = m.id AND a.meeting_id = mt.id ORDER BY m.full_name;
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
SELECT v.item_id, v.member_id, v.choice, v.reason, mb.full_name FROM vote v JOIN member mb ON mb.id = v.member_id
  WHERE v.item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY v.item_id, mb.full_name;
SELECT * FROM vote_result WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id);
SELECT a.id, a.item_id, coalesce(a.point_id, 0), a.text, coalesce(a.responsible_member_id, 0), a.responsible_org,
  a.deadline, a.status, a.done_on, a.done_note, coalesce(p.position_no, 0)
  FROM assignment a LEFT JOIN decision_point p ON p.id = a.point_id
  WHERE a.item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY coalesce(p.position_no, 0), a.id;
SELECT a.meeting_id, a.kind, a.member_id, m.full_name, a.approved_at
  FROM approval a JOIN member m ON m.id = a.member_id WHERE a.meeting_id = :id ORDER BY a.kind, a.approved_at, a.id;
