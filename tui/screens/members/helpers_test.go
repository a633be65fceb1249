package members

import (
	"context"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// newCommon opens a founded council in a temporary file.
func newCommon(t *testing.T, lang i18n.Lang) common.Common {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "council.db"),
		store.WithActor("test"), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.FoundCouncil(context.Background(), store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	return common.Common{Width: 80, Height: 19, Styles: theme.DefaultStyles(), Lang: lang, T: i18n.New(lang),
		Store: s, Now: func() time.Time { return testNow }}
}

func addMember(t *testing.T, c common.Common, name string, side store.Side, role store.Role) int64 {
	t.Helper()
	id, err := c.Store.CreateMember(context.Background(), store.Member{FullName: name, Side: side, Role: role,
		Sector: store.SectorNGO, Organisation: "ГО «Світло»"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// screen is any of the package's models.
type screen[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
	View() string
}

// outbox collects what a screen sends to the root.
type outbox struct {
	back, changed bool
	status        []common.StatusMsg
	pushed        []common.Screen
	opened        []common.OpenMemberMsg
}

// run executes cmd like the program would: messages for the screen are fed back into it,
// messages for the root are collected; timers (cursor blink) are dropped.
func run[M screen[M]](t *testing.T, m M, cmd tea.Cmd, out *outbox) M {
	t.Helper()
	for _, msg := range screentest.Messages(cmd, 100*time.Millisecond) {
		switch msg := msg.(type) {
		case common.BackMsg:
			out.back = true
		case common.DataChangedMsg:
			out.changed = true
		case common.StatusMsg:
			out.status = append(out.status, msg)
		case common.PushMsg:
			out.pushed = append(out.pushed, msg.Screen)
		case common.OpenMemberMsg:
			out.opened = append(out.opened, msg)
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			m = run(t, m, next, out)
		}
	}
	return m
}

// press sends keys: a name like "tab", "ctrl+s", "esc", "enter", or text typed as runes.
func press[M screen[M]](t *testing.T, m M, out *outbox, keys ...string) M {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(screentest.Key(k))
		m = run(t, m, cmd, out)
	}
	return m
}

// fits checks that a view fits w×h.
func fits(t *testing.T, name, view string, w, h int) {
	t.Helper()
	if got := lipgloss.Height(view); got > h {
		t.Errorf("%s at %dx%d: %d lines", name, w, h, got)
	}
	for _, line := range strings.Split(view, "\n") {
		if ansi.StringWidth(line) > w {
			t.Errorf("%s at %dx%d: line %q is %d wide", name, w, h, line, ansi.StringWidth(line))
		}
	}
}
