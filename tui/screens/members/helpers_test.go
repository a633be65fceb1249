package members

import (
	"context"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
	"github.com/muesli/termenv"
)

func init() { lipgloss.SetColorProfile(termenv.Ascii) }

var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// newCommon opens a founded council in a temporary file.
func newCommon(t *testing.T, lang string) common.Common {
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
	for _, msg := range collect(cmd, 0) {
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

func collect(cmd tea.Cmd, depth int) []tea.Msg {
	if cmd == nil || depth > 8 {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(100 * time.Millisecond):
		return nil
	}
	if msg == nil {
		return nil
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, collect(v.Index(i).Interface().(tea.Cmd), depth+1)...)
		}
		return out
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return nil
	}
	return []tea.Msg{msg}
}

// press sends keys: a name like "tab", "ctrl+s", "esc", "enter", or text typed as runes.
func press[M screen[M]](t *testing.T, m M, out *outbox, keys ...string) M {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(keyMsg(k))
		m = run(t, m, cmd, out)
	}
	return m
}

func keyMsg(k string) tea.KeyMsg {
	switch k {
	case "tab":
		return tea.KeyMsg{Type: tea.KeyTab}
	case "shift+tab":
		return tea.KeyMsg{Type: tea.KeyShiftTab}
	case "esc":
		return tea.KeyMsg{Type: tea.KeyEsc}
	case "enter":
		return tea.KeyMsg{Type: tea.KeyEnter}
	case "ctrl+s":
		return tea.KeyMsg{Type: tea.KeyCtrlS}
	case "backspace":
		return tea.KeyMsg{Type: tea.KeyBackspace}
	case "down":
		return tea.KeyMsg{Type: tea.KeyDown}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
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
