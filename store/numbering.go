package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"
)

// NumberTakenError refuses a protocol number that another meeting of the series has.
type NumberTakenError struct {
	Number int
	Series string
	By     Meeting // the meeting that has it
}

func (e *NumberTakenError) Error() string {
	return fmt.Sprintf("protocol number %d is already used in series %s by the meeting of %s", e.Number, e.Series, e.By.Date)
}

// Is lets errors.Is(err, ErrConflict) match it.
func (e *NumberTakenError) Is(target error) bool { return target == ErrConflict }

// SeriesOn is the numbering series a meeting on date belongs to: its year, or the council's
// term under per-term numbering.
func SeriesOn(c Council, date string) string {
	if c.Numbering == NumberingTerm && c.TermLabel != "" {
		return c.TermLabel
	}
	return date[:4]
}

// CurrentSeries is the series of a meeting held today.
func (s *Store) CurrentSeries(ctx context.Context) (string, error) {
	c, err := findCouncil(ctx, s.db)
	if err != nil {
		return "", err
	}
	return SeriesOn(c, s.now().Format(time.DateOnly)), nil
}

// ProposeNumber is the number a new meeting on date would take: the next in its series.
func (s *Store) ProposeNumber(ctx context.Context, date string) (int, error) {
	if !ValidDate(date) {
		return 0, &ValidationError{Fields: []*FieldError{{"date", "date"}}}
	}
	c, err := findCouncil(ctx, s.db)
	if err != nil {
		return 0, err
	}
	return nextNumber(ctx, s.db, SeriesOn(c, date))
}

// SeriesNext is the next protocol number of a series.
func (s *Store) SeriesNext(ctx context.Context, series string) (int, error) {
	return nextNumber(ctx, s.db, series)
}

// nextNumber is one past the series' highest number, or where the series starts if that is
// further on.
func nextNumber(ctx context.Context, q querier, series string) (int, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT max(
		(SELECT coalesce(max(number), 0) + 1 FROM meeting WHERE series = ?1),
		coalesce((SELECT next_number FROM series_start WHERE series = ?1), 1))`, series).Scan(&n)
	return n, mapErr(err)
}

// SetNextNumber makes a series continue from n (a council that kept its earlier protocols
// elsewhere); a meeting of the series numbered n or more refuses it, named.
func (s *Store) SetNextNumber(ctx context.Context, series string, n int) error {
	if n < 1 || trimmed(series) == "" {
		return &ValidationError{Fields: []*FieldError{{"next_number", "number"}}}
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		last, err := scanMeeting(tx.QueryRowContext(ctx, "SELECT "+meetingColumns+` FROM meeting
			WHERE series = ? AND number >= ? ORDER BY number DESC LIMIT 1`, series, n))
		switch {
		case err == nil:
			return Entry{}, &NumberTakenError{Number: last.Number, Series: series, By: last}
		case !errors.Is(err, sql.ErrNoRows):
			return Entry{}, err
		}
		var before int
		if err := tx.QueryRowContext(ctx, "SELECT coalesce((SELECT next_number FROM series_start WHERE series = ?), 0)", series).
			Scan(&before); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO series_start (series, next_number) VALUES (?, ?)
			ON CONFLICT (series) DO UPDATE SET next_number = excluded.next_number`, series, n)
		return entry("update", "series_start", 0, map[string]any{"series": series, "next_number": before},
			map[string]any{"series": series, "next_number": n}), err
	})
}

// numberFor is the number a meeting takes in series: the one asked for (refused when another
// meeting of the series has it), or the next one when none is asked for.
func numberFor(ctx context.Context, q querier, series string, asked int, self int64) (int, error) {
	if asked == 0 {
		return nextNumber(ctx, q, series)
	}
	if asked < 0 {
		return 0, &ValidationError{Fields: []*FieldError{{"number", "number"}}}
	}
	other, err := scanMeeting(q.QueryRowContext(ctx, "SELECT "+meetingColumns+` FROM meeting
		WHERE series = ? AND number = ? AND id <> ?`, series, asked, self))
	switch {
	case err == nil:
		return 0, &NumberTakenError{Number: asked, Series: series, By: other}
	case !errors.Is(err, sql.ErrNoRows):
		return 0, err
	}
	return asked, nil
}
