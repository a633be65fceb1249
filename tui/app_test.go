package tui

import (
	"context"
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
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// seed makes a council with 3 members and 2 meetings in a temporary file.
func seed(t *testing.T) *store.Store {
	t.Helper()
	s := openEmpty(t)
	ctx := context.Background()
	c := store.DefaultCouncil()
	c.CityUK, c.CityEN = "м. Хмельницький", "Khmelnytskyi"
	if err := s.FoundCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	for _, p := range []store.Member{
		{FullName: "Коваль Олена Петрівна", Position: "заступниця міського голови", Organisation: "Хмельницька міська рада", Sector: store.SectorExecutive, Side: store.SideGovernment, Role: store.RoleCoChair},
		{FullName: "Шевчук Тетяна Ігорівна", Position: "голова правління", Organisation: "ГО «Відкрите місто»", Sector: store.SectorNGO, Side: store.SideCivil, Role: store.RoleCoChair},
		{FullName: "Мельник Оксана Василівна", Position: "головна спеціалістка", Organisation: "Виконавчий комітет", Sector: store.SectorExecutive, Side: store.SideGovernment, Role: store.RoleSecretary},
	} {
		if _, err := s.CreateMember(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	for _, mt := range []store.Meeting{
		{Date: "2026-01-20", StartTime: "10:00", Place: "Мала зала міської ради"},
		{Date: "2026-03-12", StartTime: "10:00", OnlineLink: "https://meet.example/rada"},
	} {
		if _, err := s.CreateMeeting(ctx, mt); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

func openEmpty(t *testing.T) *store.Store {
	t.Helper()
	return screentest.OpenStore(t, filepath.Join(t.TempDir(), "council.db"), "test", testNow)
}

// settle runs cmd and every command it leads to, feeding the messages to m; timers
// (the status line's) are dropped.
func settle(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := []tea.Cmd{cmd}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			t.Fatal("commands do not settle")
		}
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		done := make(chan tea.Msg, 1)
		go func() { done <- c() }()
		var msg tea.Msg
		select {
		case msg = <-done:
		case <-time.After(300 * time.Millisecond):
			continue // a timer
		}
		if cmds, ok := common.Commands(msg); ok {
			queue = append(queue, cmds...)
			continue
		}
		if msg == nil {
			continue
		}
		if _, ok := msg.(tea.QuitMsg); ok {
			continue
		}
		next, c2 := m.Update(msg)
		m = next.(Model)
		queue = append(queue, c2)
	}
	return m
}

func start(t *testing.T, s *store.Store, lang i18n.Lang, w, h int) Model {
	t.Helper()
	m := New(Options{Store: s, Lang: lang, Now: func() time.Time { return testNow }})
	next, _ := m.Update(tea.WindowSizeMsg{Width: w, Height: h})
	m = next.(Model)
	return settle(t, m, m.Init())
}

func press(t *testing.T, m Model, keys ...tea.KeyMsg) Model {
	t.Helper()
	for _, k := range keys {
		next, cmd := m.Update(k)
		m = settle(t, next.(Model), cmd)
	}
	return m
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func checkFits(t *testing.T, v string, w, h int) {
	t.Helper()
	lines := strings.Split(v, "\n")
	if len(lines) > h || lipgloss.Height(v) > h {
		t.Errorf("%dx%d: view has %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("%dx%d: line %d is %d wide: %q", w, h, i, ansi.StringWidth(l), l)
		}
	}
}

func TestLayoutFits(t *testing.T) {
	s := seed(t)
	for _, lang := range []i18n.Lang{"uk", "en"} {
		for _, size := range [][2]int{{40, 10}, {60, 16}, {80, 24}, {120, 40}, {200, 60}} {
			m := start(t, s, lang, size[0], size[1])
			for _, k := range []tea.KeyMsg{{}, runes("2"), runes("3"), runes("4"), runes("5"), runes("?"), {Type: tea.KeyEsc}, runes("q")} {
				if k.Type != 0 || len(k.Runes) > 0 {
					m = press(t, m, k)
				}
				checkFits(t, m.View(), size[0], size[1])
			}
		}
	}
}

func TestTooSmall(t *testing.T) {
	s := seed(t)
	for _, size := range [][2]int{{1, 1}, {20, 5}, {59, 30}, {100, 15}} {
		m := start(t, s, "uk", size[0], size[1])
		v := m.View()
		checkFits(t, v, size[0], size[1])
		if size[0] >= 20 && !strings.Contains(strings.ReplaceAll(v, "\n", " "), "Вікно замале") {
			t.Errorf("%v: %q", size, v)
		}
	}
	m := start(t, s, "en", 59, 30)
	if !strings.Contains(m.View(), "Window too small: needs at least 60×16") {
		t.Error(m.View())
	}
	next, _ := m.Update(tea.WindowSizeMsg{Width: 0, Height: 0})
	_ = next.View()
}

func TestMeetingsHomeAndSections(t *testing.T) {
	m := start(t, seed(t), "uk", 100, 30)
	v := m.View()
	for _, want := range []string{"[1 Засідання]", "2 Члени", "12.03.2026", "20.01.2026", "онлайн", "2 засідання", "Координаційна рада · м. Хмельницький", "council.db"} {
		if !strings.Contains(v, want) {
			t.Errorf("meetings view lacks %q:\n%s", want, v)
		}
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyTab})
	if m.Section() != common.SectionMembers || !strings.Contains(m.View(), "3 члени: 2 влада, 1 громадськість") {
		t.Errorf("tab → members:\n%s", m.View())
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyShiftTab}, tea.KeyMsg{Type: tea.KeyShiftTab})
	if m.Section() != common.SectionSettings || !strings.Contains(m.View(), "Проста більшість присутніх") {
		t.Errorf("shift+tab twice → settings:\n%s", m.View())
	}
	m = press(t, m, runes("3"))
	if m.Section() != common.SectionPlan {
		t.Error("3 → plan")
	}
}

func TestCapturingFilterTakesGlobalKeys(t *testing.T) {
	m := start(t, seed(t), "uk", 100, 30)
	m = press(t, m, runes("/"), runes("q"), runes("2"), runes("?"), tea.KeyMsg{Type: tea.KeyTab})
	if m.Section() != common.SectionMeetings || m.showHelp || m.confirm.Active() {
		t.Fatalf("global keys acted while the filter line was open: section %v help %v", m.Section(), m.showHelp)
	}
	if !strings.Contains(m.View(), "Фільтр: q2?") {
		t.Errorf("the keys should be typed into the filter:\n%s", m.View())
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyEsc}, runes("2"))
	if m.Section() != common.SectionMembers {
		t.Error("after esc the global keys work again")
	}
}

func TestQuitAsksAtSectionRoot(t *testing.T) {
	m := start(t, seed(t), "en", 80, 24)
	next, cmd := m.Update(runes("q"))
	m = next.(Model)
	if cmd != nil || !strings.Contains(m.View(), "Quit Rada?") {
		t.Fatalf("q should ask first:\n%s", m.View())
	}
	next, cmd = m.Update(runes("y"))
	m = next.(Model)
	if msg := cmd(); msg == nil {
		t.Fatal("y gave nothing")
	} else if next, cmd = m.Update(msg); cmd == nil {
		t.Fatal("yes should quit")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("yes should quit")
	}
	if _, cmd := m.Update(tea.KeyMsg{Type: tea.KeyCtrlC}); cmd == nil {
		t.Fatal("ctrl+c quits")
	} else if _, ok := cmd().(tea.QuitMsg); !ok {
		t.Fatal("ctrl+c quits")
	}
}

func TestWelcomeFoundsCouncil(t *testing.T) {
	s := openEmpty(t)
	m := start(t, s, "uk", 100, 30)
	if !strings.Contains(m.View(), "Ласкаво просимо") || strings.Contains(m.View(), "Переглянути демонстраційну") {
		t.Fatalf("welcome without a demo on offer:\n%s", m.View())
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyEnter})
	if !strings.Contains(m.View(), "Назва ради (українською)") {
		t.Fatalf("the form should open:\n%s", m.View())
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyCtrlU}, tea.KeyMsg{Type: tea.KeyCtrlS})
	if !strings.Contains(m.View(), "Обов'язкове поле") {
		t.Fatalf("an empty name should be refused beside the field:\n%s", m.View())
	}
	m = press(t, m, runes("Координаційна рада"), runes("q"), tea.KeyMsg{Type: tea.KeyCtrlS})
	c, err := s.GetCouncil(context.Background())
	if err != nil || c.NameUK != "Координаційна радаq" {
		t.Fatalf("council %q, %v\n%s", c.NameUK, err, m.View())
	}
	if !strings.Contains(m.View(), "[1 Засідання]") || !strings.Contains(m.View(), "Засідань ще немає.") {
		t.Errorf("after founding, the meetings list:\n%s", m.View())
	}
}

func TestWelcomeOpensDemo(t *testing.T) {
	demoStore := seed(t)
	opened := false
	m := New(Options{Store: openEmpty(t), Lang: "en", OpenDemo: func(context.Context) (*store.Store, string, error) {
		opened = true
		return demoStore, "/tmp/x/demo.db", nil
	}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 80, Height: 24})
	m = settle(t, next.(Model), next.(Model).Init())
	m = press(t, m, tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyEnter})
	if !opened || m.Store() != demoStore || m.DBPath() != "/tmp/x/demo.db" {
		t.Fatal("the demo council was not opened")
	}
	v := m.View()
	if !strings.Contains(v, "Opened the demo council: /tmp/x/demo.db") || !strings.Contains(v, "2 meetings") {
		t.Errorf("after the demo opens:\n%s", v)
	}
}

// Saving settings that switch the interface language says so in the new language.
func TestSavedSettingsSpeakTheNewLanguage(t *testing.T) {
	s := seed(t)
	m := start(t, s, "", 100, 30)
	c, err := s.GetCouncil(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	c.UILang = "en"
	if err := s.UpdateCouncil(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	next, cmd := m.Update(common.CouncilFoundedMsg{Status: "settings.saved"})
	m = settle(t, next.(Model), cmd)
	if v := m.View(); !strings.Contains(v, "Settings saved") || !strings.Contains(v, "1 Meetings") {
		t.Errorf("the status after switching to English:\n%s", v)
	}
}
