-- The rows of `rada export opendata` (store.OpenData): every roll call of every closed
-- meeting, and every Action Plan's commitments and milestones, fetched by sqlite3 for
-- comparison. .ci/measure runs it with each dataset written as CSV (and as JSON, as Rada does).
CREATE TEMP VIEW motions AS
SELECT m.series || '-' || m.number || '-' || i.position_no AS uid, m.date, c.name_uk AS authorityName,
  c.authority_code AS authorityId, CASE WHEN c.numbering = 'term' THEN m.series ELSE 'null' END AS convocation,
  m.number AS legislativeSession, i.position_no AS num, i.title, r.votes_for AS votingFor,
  r.votes_against AS votingAgainst, r.votes_abstain AS votingAbstain, r.not_voted + r.recused AS notVoting,
  r.absent, CASE WHEN r.adopted THEN 'Рішення прийнято' ELSE 'Рішення не прийнято' END AS votingResult,
  (SELECT group_concat(trim(p.text), char(10)) FROM decision_point p WHERE p.item_id = i.id) AS text
FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id JOIN vote_result r ON r.item_id = i.id, council c
WHERE m.status IN ('closed', 'minutes_submitted', 'minutes_approved')
ORDER BY m.date, m.number, i.position_no;

-- A roll call: the votes recorded, and every other member present (did not vote), absent,
-- or not marked but in office that day (absent).
CREATE TEMP VIEW votings AS
SELECT m.series || '-' || m.number || '-' || i.position_no AS motionUid, mb.id AS voterId, mb.full_name AS voterName,
  i.title AS motionTitle,
  CASE coalesce(v.choice, CASE WHEN a.status IS NULL OR a.status = 'absent' THEN 'absent' ELSE 'not_voted' END)
    WHEN 'for' THEN 'За' WHEN 'against' THEN 'Проти' WHEN 'abstain' THEN 'Утримався'
    WHEN 'absent' THEN 'Відсутній' ELSE 'Не голосував' END AS result
FROM meeting m JOIN agenda_item i ON i.meeting_id = m.id JOIN vote_result r ON r.item_id = i.id
  CROSS JOIN member mb
  LEFT JOIN vote v ON v.item_id = i.id AND v.member_id = mb.id
  LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = mb.id
WHERE m.status IN ('closed', 'minutes_submitted', 'minutes_approved')
  AND (v.member_id IS NOT NULL OR a.status IS NOT NULL
       OR ((mb.term_from = '' OR mb.term_from <= m.date) AND (mb.term_to = '' OR mb.term_to >= m.date)))
ORDER BY m.date, m.number, i.position_no, mb.full_name;

CREATE TEMP VIEW commitments AS
SELECT c.ogp_id AS uid, p.title AS planTitle, c.title, c.lead_implementer AS leadImplementer,
  c.other_actors AS otherActors, c.start_month AS startMonth, c.end_month AS endMonth,
  coalesce((SELECT group_concat(label, '; ') FROM (SELECT CASE value
    WHEN 'access_info' THEN 'Доступ до публічної інформації' WHEN 'participation' THEN 'Громадська участь'
    WHEN 'accountability' THEN 'Підзвітність' ELSE 'Технології та інновації' END AS label
    FROM commitment_value WHERE commitment_id = c.id
    ORDER BY instr('access_info participation accountability technology', value))), 'null') AS "values",
  CASE c.impl_status WHEN 'not_started' THEN 'Не розпочато' WHEN 'in_progress' THEN 'Виконується'
    WHEN 'partly_done' THEN 'Виконано частково' WHEN 'done' THEN 'Виконано' ELSE 'Не виконано' END AS implStatus,
  CASE c.completion WHEN 'no_evidence' THEN 'Немає даних' WHEN 'not_started' THEN 'Не розпочато'
    WHEN 'limited' THEN 'Обмежений' WHEN 'substantial' THEN 'Значний' ELSE 'Повний' END AS completion, CASE c.withdrawn WHEN 1 THEN 'true' ELSE 'false' END AS withdrawn,
  coalesce((SELECT max(changed_on) FROM status_change WHERE commitment_id = c.id), 'null') AS lastChanged,
  (SELECT count(*) FROM milestone WHERE commitment_id = c.id) AS milestones,
  (SELECT count(*) FROM milestone WHERE commitment_id = c.id AND done_on <> '') AS milestonesDone,
  (SELECT count(*) FROM milestone WHERE commitment_id = c.id AND done_on = '' AND end_date <> ''
     AND end_date < date('now', 'localtime')) AS milestonesOverdue
FROM commitment c JOIN action_plan p ON p.id = c.plan_id ORDER BY p.period_from, c.position_no;

CREATE TEMP VIEW milestones AS
SELECT c.ogp_id || '-' || row_number() OVER w AS uid, c.ogp_id AS commitmentUid, row_number() OVER w AS num,
  ms.deliverable, coalesce(nullif(ms.start_date, ''), 'null') AS startDate,
  coalesce(nullif(ms.end_date, ''), 'null') AS endDate, coalesce(nullif(ms.done_on, ''), 'null') AS doneOn,
  CASE WHEN ms.done_on <> '' THEN 'Виконано' WHEN ms.end_date <> '' AND ms.end_date < date('now', 'localtime') THEN 'Прострочено'
    ELSE 'Виконується' END AS status
FROM milestone ms JOIN commitment c ON c.id = ms.commitment_id JOIN action_plan p ON p.id = c.plan_id
WINDOW w AS (PARTITION BY ms.commitment_id ORDER BY ms.position_no, ms.id)
ORDER BY p.period_from, c.position_no, ms.position_no;
