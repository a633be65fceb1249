package tui

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// keyMsg is the key message for a binding's key as bubbles spells it.

// readOnlyDemo is the demo council in a file opened read-only, and the file's bytes.
func readOnlyDemo(t *testing.T) (*store.Store, string, []byte) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	w, err := store.Open(ctx, path, store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Load(ctx, w, demo.Small); err != nil {
		t.Fatal(err)
	}
	w.Close()
	before, _ := os.ReadFile(path)
	s, err := store.Open(ctx, path, store.ReadOnly(), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path, before
}

// TestReadOnlyEveryScreensEditKeys visits every screen of the demo council on a read-only
// file: the help bar offers none of the screen's edit keys, and each of them, pressed, leaves
// the screen where it was with the read-only explanation in the status line.
func TestReadOnlyEveryScreensEditKeys(t *testing.T) {
	s, path, before := readOnlyDemo(t)
	t.Chdir(t.TempDir())
	m := start(t, s, "en", 100, 30)
	const why = "Read-only: the file or its folder cannot be written"
	visits := [][]tea.KeyMsg{
		{runes("1")},
		{runes("2")}, {runes("2"), screentest.Key("enter")},
		{runes("3")}, {runes("3"), screentest.Key("enter")}, {runes("3"), screentest.Key("enter"), screentest.Key("enter")},
		{runes("4")},
		{runes("5")},
	}
	for row := range 5 {
		open := []tea.KeyMsg{runes("1")}
		for range row {
			open = append(open, runes("j"))
		}
		open = append(open, screentest.Key("enter"))
		for tab := range 4 {
			v := append(append([]tea.KeyMsg(nil), open...), []tea.KeyMsg{}...)
			for range tab {
				v = append(v, runes("]"))
			}
			visits = append(visits, v)
		}
		visits = append(visits, append(append([]tea.KeyMsg(nil), open...), runes("s")))
	}
	seen := map[string]bool{}
	for _, v := range visits {
		m = quick(m, runes("1"), tea.KeyMsg{Type: tea.KeyEsc}, tea.KeyMsg{Type: tea.KeyEsc}, tea.KeyMsg{Type: tea.KeyEsc})
		for _, sec := range "2345" {
			m = quick(m, runes(string(sec)), tea.KeyMsg{Type: tea.KeyEsc}, tea.KeyMsg{Type: tea.KeyEsc})
		}
		m = quick(m, v...)
		a := m.active()
		where := a.s.Title()
		seen[where] = true
		edit := append(common.EditKeys(a.s), key.NewBinding(key.WithKeys("n", "e", "d", "ctrl+s")))
		offered := map[string]bool{}
		for _, b := range m.helpKeys() {
			if b.Enabled() {
				for _, k := range b.Keys() {
					offered[k] = true
				}
			}
		}
		depth := len(m.stacks[m.section])
		for _, b := range edit {
			for _, k := range b.Keys() {
				if offered[k] {
					t.Errorf("%s: the help bar offers the edit key %q", where, k)
				}
				m.status, _ = m.status.Show("", false)
				m = quick(m, screentest.Key(k))
				if m.status.Text() != why || len(m.stacks[m.section]) != depth || m.active().s.Capturing() {
					t.Errorf("%s, key %q: status %q, depth %d→%d, capturing %v", where, k, m.status.Text(),
						depth, len(m.stacks[m.section]), m.active().s.Capturing())
				}
			}
		}
		checkFits(t, m.View(), 100, 30)
	}
	if len(seen) < 8 {
		t.Errorf("only %d screens visited: %v", len(seen), seen)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the read-only file changed")
	}
	t.Logf("screens: %s", strings.Join(keysOf(seen), " | "))
}

func keysOf(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
