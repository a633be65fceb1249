package common

import (
	"context"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// Common is what every screen is built with. Width and Height are the screen's own area
// (the root subtracts its header, tabs, status line and help bar).
type Common struct {
	Width, Height int
	Styles        *theme.Styles
	Lang          string // "uk" or "en"
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

// FormatDate prints a YYYY-MM-DD date as 12.03.2026 in Ukrainian and as-is in English.
func FormatDate(date, lang string) string {
	if lang == "en" || len(date) != len("2006-01-02") {
		return date
	}
	return date[8:10] + "." + date[5:7] + "." + date[0:4]
}

// FormatMonth prints a YYYY-MM month as 03.2026 in Ukrainian and as-is in English.
func FormatMonth(month, lang string) string {
	if lang == "en" || len(month) != len("2006-01") {
		return month
	}
	return month[5:7] + "." + month[0:4]
}
