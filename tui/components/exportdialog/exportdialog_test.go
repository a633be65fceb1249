package exportdialog

import (
	"archive/zip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// demoCommon opens the demo council and returns the id of minutes No 1 (2026).
func demoCommon(t *testing.T, lang i18n.Lang) (common.Common, int64) {
	t.Helper()
	ctx := context.Background()
	now := time.Date(2026, 5, 4, 9, 0, 0, 0, time.UTC)
	s := screentest.OpenStore(t, filepath.Join(t.TempDir(), "demo.db"), "", now)
	if err := demo.Load(ctx, s, demo.Small); err != nil {
		t.Fatal(err)
	}
	m, err := s.FindMeetingByNumber(ctx, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	return screentest.Common(s, lang, 0, 0, now), m.ID
}

// opened is the dialog loaded, writing into dir.
func opened(t *testing.T, lang i18n.Lang, dir string) Model {
	t.Helper()
	c, id := demoCommon(t, lang)
	m := New(c, id).SetSize(80, 20)
	m.dir = dir
	m, _ = m.Update(m.Init()())
	if !m.loaded {
		t.Fatal("the meeting did not load")
	}
	return m
}

func press(m Model, keys ...string) Model {
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "left":
			msg = tea.KeyMsg{Type: tea.KeyLeft}
		case "right":
			msg = tea.KeyMsg{Type: tea.KeyRight}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "backspace":
			msg = tea.KeyMsg{Type: tea.KeyBackspace}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		m, _ = m.Update(msg)
	}
	return m
}

// messages runs a command (and the commands of a batch) and returns what they say,
// leaving out the spinner's ticks.
func messages(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, messages(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// run presses enter and feeds the export's result back; it returns the messages after it.
func run(t *testing.T, m Model) (Model, []tea.Msg) {
	t.Helper()
	m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	for _, msg := range messages(cmd) {
		if done, ok := msg.(exportedMsg); ok {
			var after tea.Cmd
			m, after = m.Update(done)
			return m, messages(after)
		}
	}
	return m, nil
}

func TestDefaultsAndRenaming(t *testing.T) {
	m := opened(t, "uk", t.TempDir())
	v := m.View()
	for _, want := range []string{"Експорт документа", "Засідання № 1 від 12.03.2026", "‹ Протокол ›", "DOCX", "українська",
		"protokol-2026-03.docx", "ПРОЄКТ"} {
		if !strings.Contains(v, want) {
			t.Errorf("view lacks %q:\n%s", want, v)
		}
	}
	m = press(m, "tab", "right") // format: DOCX → PDF (the item field is skipped)
	if m.path.Value() != "protokol-2026-03.pdf" {
		t.Errorf("path after format change: %q", m.path.Value())
	}
	m = press(m, "tab", "tab", "tab", "left") // back to the document: minutes → agenda
	if m.path.Value() != "poriadok-dennyi-2026-03.pdf" {
		t.Errorf("path after document change: %q", m.path.Value())
	}
	m = press(m, "left", "tab", "right", "right") // extract, item 3
	if m.path.Value() != "vytiah-2026-03-p3.pdf" || !strings.Contains(m.View(), "3 / 4") {
		t.Errorf("extract: %q\n%s", m.path.Value(), m.View())
	}
}

func TestTypedNameKeepsItsNameWhenTheFormatChanges(t *testing.T) {
	m := opened(t, "uk", t.TempDir())
	m = press(m, "tab", "tab", "tab") // format, language, path
	for range len("protokol-2026-03.docx") {
		m = press(m, "backspace")
	}
	m = press(m, "засідання.md", "tab", "tab", "right") // document → format, → DOCX→PDF
	if m.path.Value() != "засідання.pdf" {
		t.Errorf("typed name: %q", m.path.Value())
	}
}

func TestExportWritesTheFileAndSaysWhere(t *testing.T) {
	dir := t.TempDir()
	m := opened(t, "uk", dir)
	m, msgs := run(t, m)
	path := filepath.Join(dir, "protokol-2026-03.docx")
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("no DOCX written: %v", err)
	}
	zr.Close()
	var back, status bool
	for _, msg := range msgs {
		switch msg := msg.(type) {
		case common.BackMsg:
			back = true
		case common.StatusMsg:
			status = strings.Contains(msg.Text, "Записано: "+path) && !msg.Err
		}
	}
	if !back || !status {
		t.Errorf("after the export: %#v", msgs)
	}
}

func TestExistingFileAsksBeforeOverwriting(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "protokol-2026-03.docx")
	if err := os.WriteFile(path, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	m := opened(t, "en", dir)
	m = press(m, "enter")
	if !m.asking || !strings.Contains(m.View(), "exists. Replace it? (y/n)") {
		t.Fatalf("no question:\n%s", m.View())
	}
	m = press(m, "n")
	if b, _ := os.ReadFile(path); string(b) != "keep me" || m.asking {
		t.Fatal("the file was overwritten without a yes")
	}
	m = press(m, "enter")
	m, cmd := m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("y")})
	if !m.busy || !strings.Contains(m.View(), "Exporting…") {
		t.Errorf("no progress shown:\n%s", m.View())
	}
	for _, msg := range messages(cmd) {
		if done, ok := msg.(exportedMsg); ok {
			m, _ = m.Update(done)
		}
	}
	if b, _ := os.ReadFile(path); string(b) == "keep me" {
		t.Fatal("yes did not overwrite")
	}
}

// typed focuses the file name and types name over it.
func typed(m Model, name string) Model {
	m = press(m, "tab", "tab", "tab")
	for range len([]rune(m.path.Value())) {
		m = press(m, "backspace")
	}
	return press(m, name)
}

// The live database is refused however its name is typed (plainly, relative, through a
// symbolic link, as a hard link, its log), without a question and without writing a byte.
func TestLiveDatabaseIsRefused(t *testing.T) {
	m := opened(t, "uk", t.TempDir())
	db := m.c.Store.Path()
	before, _ := os.ReadFile(db)
	other := t.TempDir()
	cases := []struct{ dir, name string }{
		{other, db}, {filepath.Dir(db), "demo.db"}, {filepath.Dir(db), "./demo.db"},
		{filepath.Dir(db), "demo.db-wal"}, {filepath.Dir(db), "demo.db-shm"},
	}
	if err := os.Symlink(db, filepath.Join(other, "link.docx")); err == nil {
		cases = append(cases, struct{ dir, name string }{other, "link.docx"})
	}
	if err := os.Link(db, filepath.Join(other, "hard.docx")); err == nil {
		cases = append(cases, struct{ dir, name string }{other, "hard.docx"})
	}
	for _, c := range cases {
		d := m
		d.dir = c.dir
		d = typed(d, c.name)
		d, cmd := d.Update(tea.KeyMsg{Type: tea.KeyEnter})
		if d.asking || d.busy || cmd != nil || !strings.Contains(flat(d.View()), "робоча база даних ради") {
			t.Errorf("%s in %s:\n%s", c.name, c.dir, d.View())
		}
		sameFile(t, db, before)
	}
}

// flat is the view with its lines joined, as a wrapped message reads.
func flat(view string) string { return strings.Join(strings.Fields(view), " ") }

func sameFile(t *testing.T, path string, want []byte) {
	t.Helper()
	if got, _ := os.ReadFile(path); string(got) != string(want) {
		t.Fatalf("%s changed", path)
	}
}

// A symbolic link and a device are refused, also after a yes; an existing file is asked
// about in Ukrainian.
func TestLinksAndDevicesAreRefused(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	os.WriteFile(target, []byte("keep me"), 0o644)
	cases := []struct{ name, want string }{{"real.md", "існує. Замінити? (y/n)"}}
	if err := os.Symlink(target, filepath.Join(dir, "link.md")); err == nil {
		cases = append(cases, struct{ name, want string }{"link.md", "символьне посилання"})
	}
	m := opened(t, "uk", dir)
	if st, err := os.Stat("/dev/null"); err == nil && st.Mode()&os.ModeDevice != 0 {
		cases = append(cases, struct{ name, want string }{"/dev/null", "не звичайний файл"})
	}
	for _, c := range cases {
		d := typed(m, c.name)
		d = press(d, "enter")
		if d.busy || !strings.Contains(flat(d.View()), c.want) {
			t.Errorf("%s:\n%s", c.name, d.View())
		}
		d, cmd := d.start(true) // as if the person had said yes
		if c.name != "real.md" && (d.busy || cmd != nil) {
			t.Errorf("%s written after a yes", c.name)
		}
	}
	sameFile(t, target, []byte("keep me"))
}

func TestRefusals(t *testing.T) {
	m := opened(t, "uk", filepath.Join(t.TempDir(), "missing"))
	m = press(m, "enter")
	if m.busy || !strings.Contains(m.View(), "Теки") {
		t.Errorf("missing folder:\n%s", m.View())
	}
	m = press(m, "tab", "tab", "tab")
	for range 40 {
		m = press(m, "backspace")
	}
	m = press(m, "enter")
	if !strings.Contains(m.View(), "Вкажіть ім'я файлу") {
		t.Errorf("empty name:\n%s", m.View())
	}
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	if _, ok := cmd().(common.BackMsg); !ok {
		t.Error("esc does not close the dialog")
	}
}

func TestFitsEverySize(t *testing.T) {
	m := opened(t, "uk", t.TempDir())
	m = press(m, "right") // an extract shows one more line
	for _, sz := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}, {10, 3}} {
		mm := m.SetSize(sz[0], sz[1])
		v := mm.View()
		if h := lipgloss.Height(v); h > sz[1] {
			t.Errorf("%dx%d: %d lines", sz[0], sz[1], h)
		}
		for _, l := range strings.Split(v, "\n") {
			if w := ansi.StringWidth(l); w > sz[0] {
				t.Errorf("%dx%d: line of %d cells: %q", sz[0], sz[1], w, l)
			}
		}
	}
}
