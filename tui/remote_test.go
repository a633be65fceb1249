package tui

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// onShare is a fake detector: every file outside local is on an NFS share.
func onShare(local string) func(string) string {
	return func(path string) string {
		if strings.HasPrefix(path, local) {
			return ""
		}
		return "NFS"
	}
}

func startRemote(t *testing.T, s *store.Store, lang i18n.Lang, w, h int, move func(context.Context) (*store.Store, string, error)) Model {
	t.Helper()
	m := New(Options{Store: s, Lang: lang, Now: func() time.Time { return testNow }, Remote: onShare(t.TempDir()), Move: move})
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m = next.(Model)
	return settle(t, m, m.Init())
}

// TestRemoteBanner: a file on a network file system opens with the banner that says why
// and names the move key, in both languages, and the view still fits the window.
func TestRemoteBanner(t *testing.T) {
	s := seed(t)
	m := startRemote(t, s, "en", 80, 24, func(context.Context) (*store.Store, string, error) { return nil, "", errors.New("not now") })
	v := m.View()
	for _, want := range []string{"The database is on a network file system (NFS)", "shared memory", "two computers writing can corrupt it", "M move:", "the old file stays"} {
		if !strings.Contains(strings.Join(strings.Fields(v), " "), want) {
			t.Errorf("the banner lacks %q:\n%s", want, v)
		}
	}
	uk := startRemote(t, s, "uk", 80, 24, nil)
	if v := uk.View(); !strings.Contains(v, "мережевій файловій системі (NFS)") || strings.Contains(v, "перенести") {
		t.Errorf("without a way to move, the Ukrainian banner warns and offers no key:\n%s", v)
	}
	for _, size := range [][2]int{{60, 16}, {80, 24}, {120, 40}, {200, 60}} {
		next, _ := m.Update(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = next.(Model)
		checkFits(t, m.View(), size[0], size[1])
		if !strings.Contains(m.View(), "M move:") {
			t.Errorf("%dx%d: the move key was cut from the banner", size[0], size[1])
		}
	}
	m = start(t, s, "en", 80, 24)
	if strings.Contains(m.View(), "network file system") {
		t.Error("a banner with no detector")
	}
}

// TestRemoteMove: the move key copies the file to a local folder, goes on with the copy
// (no banner), and leaves the old file as it was; a failed move says why and keeps the banner.
func TestRemoteMove(t *testing.T) {
	s := seed(t)
	if _, err := s.DB().Exec("PRAGMA wal_checkpoint(TRUNCATE)"); err != nil {
		t.Fatal(err)
	}
	before, _ := os.ReadFile(s.Path())
	local := t.TempDir()
	failing := startRemote(t, s, "en", 80, 24, func(context.Context) (*store.Store, string, error) {
		return nil, "", errors.New("the local data folder is full")
	})
	failing = press(t, failing, runes("M"))
	if v := failing.View(); !strings.Contains(v, "Could not move the database: the local data folder is full") || !strings.Contains(v, "network file system") {
		t.Errorf("a failed move:\n%s", v)
	}
	target := filepath.Join(local, "council.db")
	m := New(Options{Store: s, Lang: "en", Now: func() time.Time { return testNow }, Remote: onShare(local),
		Move: func(ctx context.Context) (*store.Store, string, error) {
			if err := s.Backup(ctx, target, false); err != nil {
				return nil, "", err
			}
			moved, err := store.Open(ctx, target)
			return moved, target, err
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, next.(Model), next.(Model).Init())
	m = press(t, m, runes("Ь")) // the Ukrainian layout's twin of M
	t.Cleanup(func() { m.Store().Close() })
	if m.DBPath() != target || m.Store().Path() != target {
		t.Fatalf("after the move the interface works on %s", m.DBPath())
	}
	v := m.View()
	if strings.Contains(v, "network file system") || !strings.Contains(v, "Moved: now") {
		t.Errorf("after the move:\n%s", v)
	}
	if after, _ := os.ReadFile(s.Path()); string(after) != string(before) {
		t.Error("the old file changed")
	}
	if _, err := m.Store().GetCouncil(context.Background()); err != nil {
		t.Errorf("the copy holds no council: %v", err)
	}
}
