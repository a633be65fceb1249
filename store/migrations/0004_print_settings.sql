-- How the council writes its minutes: the header's layout, the start time's style and
-- whether «Голосували» comes before or after «ВИРІШИЛИ». The defaults are the print as it was.
ALTER TABLE council ADD COLUMN header_layout TEXT NOT NULL DEFAULT 'date_left'
    CHECK (header_layout IN ('date_left', 'city_left'));
ALTER TABLE council ADD COLUMN time_style TEXT NOT NULL DEFAULT 'words'
    CHECK (time_style IN ('words', 'colon', 'dot', 'dash'));
ALTER TABLE council ADD COLUMN vote_order TEXT NOT NULL DEFAULT 'decided_first'
    CHECK (vote_order IN ('decided_first', 'voted_first'));
-- Attendance as the full list, or as counts with the list attached after the signatures;
-- whether a line gives the number of members in all; a meeting may differ ('' follows the council).
ALTER TABLE council ADD COLUMN attendance_shape TEXT NOT NULL DEFAULT 'list'
    CHECK (attendance_shape IN ('list', 'counts'));
ALTER TABLE council ADD COLUMN total_line INTEGER NOT NULL DEFAULT 0 CHECK (total_line IN (0, 1));
ALTER TABLE meeting ADD COLUMN attendance_shape TEXT NOT NULL DEFAULT ''
    CHECK (attendance_shape IN ('', 'list', 'counts'));
