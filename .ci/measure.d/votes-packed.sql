-- A meeting's votes as Rada reads them (see minutes.sql). sqlite3 3.40 knows no ORDER BY
-- inside group_concat, and Rada asks for none.
SELECT item_id, group_concat(member_id || choice, ' '), max(reason)
  FROM vote WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = :id) GROUP BY item_id;
SELECT item_id, member_id, reason FROM vote WHERE item_id IN (:reasons) AND reason <> '';
