-- Where a numbering series (a calendar year, or a term's label) starts: a council that kept its
-- earlier protocols elsewhere continues its series here. The next meeting of a series takes the
-- larger of this number and one past the series' highest number.
CREATE TABLE series_start (
    series       TEXT PRIMARY KEY,
    next_number  INTEGER NOT NULL CHECK (next_number > 0)
) WITHOUT ROWID;
