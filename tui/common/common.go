package common

import (
	"context"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// Common is what every screen is built with. Width and Height are the screen's own area
// (the root subtracts its header, tabs, status line and help bar).
type Common struct {
	Width, Height int
	Styles        *theme.Styles
	Lang          i18n.Lang
	T             *i18n.Catalog
	Store         *store.Store
	Writes        *Writes // writes started and not yet ended, shared by every screen
	Now           func() time.Time
	ReadOnly      bool // the file or its folder cannot be written: the root refuses edit keys
}

// StoreTimeout bounds one store call made from a command.
const StoreTimeout = 15 * time.Second

// Context is the context for one store call inside a tea.Cmd.
func Context() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), StoreTimeout)
}

// Today is the current date as YYYY-MM-DD by the injected clock.
func (c Common) Today() string {
	if c.Now == nil {
		return time.Now().Format(store.DateLayout)
	}
	return c.Now().Format(store.DateLayout)
}

// FormatDate prints a YYYY-MM-DD date the way lang writes it (the catalog's date.layout):
// 12.03.2026, or 2026-03-12; anything else as it is.
func FormatDate(date string, lang i18n.Lang) string {
	return reformat(date, store.DateLayout, i18n.New(lang).T("date.layout"))
}

// FormatMonth prints a YYYY-MM month the way lang writes it (date.month_layout): 03.2026.
func FormatMonth(month string, lang i18n.Lang) string {
	return reformat(month, "2006-01", i18n.New(lang).T("date.month_layout"))
}

func reformat(s, from, to string) string {
	t, err := time.Parse(from, s)
	if err != nil {
		return s
	}
	return t.Format(to)
}

// EarlyDeadline says whether deadline (a stored date) falls before the meeting's date:
// a slip of the year, likely, which the forms ask about before saving.
func EarlyDeadline(deadline, meetingDate string) bool {
	d, err := time.Parse(store.DateLayout, deadline)
	if err != nil {
		return false
	}
	m, err := time.Parse(store.DateLayout, meetingDate)
	return err == nil && d.Before(m)
}

// EarlyDeadlineQuestion asks whether to keep a deadline before the meeting's date.
func (c Common) EarlyDeadlineQuestion(deadline, meetingDate string) string {
	return c.T.T("common.early_deadline_q", map[string]any{"Deadline": FormatDate(deadline, c.Lang), "Date": FormatDate(meetingDate, c.Lang)})
}
