-- A meeting's votes, a vote per row (see minutes.sql).
SELECT item_id, member_id, choice, reason FROM vote
  WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) ORDER BY item_id, member_id;
