package screentest

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

// A test compares what a screen draws as text: importing screentest draws without colour.
func init() { lipgloss.SetColorProfile(termenv.Ascii) }

// Now is the usual clock of screen tests: 12 March 2026, 10:00 UTC.
var Now = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// OpenStore opens (creating) the council file at path as actor, on a clock stopped at now;
// it is closed when the test ends.
func OpenStore(t testing.TB, path, actor string, now time.Time) *store.Store {
	t.Helper()
	opts := []store.Option{store.WithClock(func() time.Time { return now })}
	if actor != "" {
		opts = append(opts, store.WithActor(actor))
	}
	s, err := store.Open(context.Background(), path, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// NewCouncil is a council founded with the default settings in a new file of a temporary
// folder, opened as actor ("": the operating-system user) on a clock stopped at now.
func NewCouncil(t testing.TB, actor string, now time.Time) *store.Store {
	t.Helper()
	s := OpenStore(t, filepath.Join(t.TempDir(), "council.db"), actor, now)
	if err := s.FoundCouncil(context.Background(), store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	return s
}

// Common is what a screen is built with: a w×h area, the default styles, the language's
// catalog, the store, writes of its own and a clock stopped at now.
func Common(s *store.Store, lang i18n.Lang, w, h int, now time.Time) common.Common {
	return common.Common{Width: w, Height: h, Styles: theme.DefaultStyles(), Lang: lang, T: i18n.New(lang),
		Store: s, Writes: &common.Writes{}, Now: func() time.Time { return now }}
}

// Fits fails the test when view is taller than h lines or a line is wider than w cells.
func Fits(t testing.TB, what, view string, w, h int) {
	t.Helper()
	if got := lipgloss.Height(view); got > h {
		t.Errorf("%s at %dx%d: %d lines", what, w, h, got)
	}
	for _, line := range strings.Split(view, "\n") {
		if n := ansi.StringWidth(line); n > w {
			t.Errorf("%s at %dx%d: line %q is %d wide", what, w, h, line, n)
		}
	}
}
