package table

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

func newTable(rows []Row) Model {
	cols := []Column{{Title: "Ім'я", Min: 10, Flex: 2}, {Title: "Роль", Min: 8, Flex: 1}, {Title: "№", Min: 4, Right: true}}
	return New(i18n.New("uk"), theme.DefaultStyles(), cols).SetRows(rows).SetSize(60, 10)
}

func people() []Row {
	return []Row{
		{ID: 1, Cells: []string{"Олена Коваль", "Співголова", "3"}},
		{ID: 2, Cells: []string{"Andrii Bondar", "Член ради", "10"}},
		{ID: 3, Cells: []string{"Ігор Олійник", "Секретар", "2"}},
		{ID: 4, Cells: []string{"ОЛЕНА Шевчук\x1b[31m", "Член ради", "1"}},
	}
}

func send(m Model, keys ...string) Model {
	for _, k := range keys {
		m, _ = m.Update(screentest.Key(k))
	}
	return m
}

func TestFilterCyrillicCaseInsensitive(t *testing.T) {
	m := send(newTable(people()), "/", "о", "л", "е", "н", "а")
	if !m.Filtering() {
		t.Fatal("the filter line should be open")
	}
	if m.Len() != 2 {
		t.Fatalf("filter олена: %d rows, want 2 (Олена, ОЛЕНА)", m.Len())
	}
	m = send(m, "enter")
	if m.Filtering() || m.FilterText() != "олена" || m.Len() != 2 {
		t.Fatalf("enter keeps the filter: filtering=%v text=%q len=%d", m.Filtering(), m.FilterText(), m.Len())
	}
	m = send(m, "esc")
	if m.Len() != 4 || m.FilterText() != "" {
		t.Fatalf("esc clears: len=%d", m.Len())
	}
	m = send(m, "/", "B", "O", "N", "esc")
	if m.Len() != 4 || m.Filtering() {
		t.Fatal("esc while typing clears and closes")
	}
	m = send(m, "/", "ч", "л", "е", "н", " ", "1")
	if m.Len() != 2 {
		t.Fatalf("terms in different cells: %d rows, want 2 (10 and 1)", m.Len())
	}
}

func TestCellsAreCleaned(t *testing.T) {
	m := newTable(people())
	if strings.Contains(m.View(), "\x1b[31m") {
		t.Fatal("an escape sequence typed into a cell reached the view")
	}
}

func TestRendersOnlyVisibleRows(t *testing.T) {
	rows := make([]Row, 10000)
	for i := range rows {
		rows[i] = Row{ID: int64(i + 1), Cells: []string{fmt.Sprintf("Член %05d", i), "Член ради", fmt.Sprint(i)}}
	}
	m := newTable(rows).SetSize(60, 12)
	v := m.View()
	if n := strings.Count(v, "Член ради"); n != 10 {
		t.Fatalf("%d rows drawn, want 10 (12 lines less header and footer)", n)
	}
	m = send(m, "end")
	if id, _ := m.SelectedID(); id != 10000 || !strings.Contains(m.View(), "Член 09999") {
		t.Fatalf("end: selected %d", id)
	}
	m = send(m, "g", "pgdown", "down")
	if m.Cursor() != 11 {
		t.Fatalf("pgdown+down: cursor %d, want 11", m.Cursor())
	}
}

func TestFitsWidth(t *testing.T) {
	rows := append(people(), Row{ID: 9, Cells: []string{strings.Repeat("Дуже довге ім'я ", 20), "💡 роль", "123456789"}})
	for _, w := range []int{1, 5, 12, 30, 60, 80, 200} {
		for _, h := range []int{1, 2, 3, 10} {
			m := newTable(rows).SetSize(w, h)
			v := m.View()
			lines := strings.Split(v, "\n")
			if len(lines) > h {
				t.Errorf("%dx%d: %d lines", w, h, len(lines))
			}
			for _, l := range lines {
				if ansi.StringWidth(l) > w {
					t.Errorf("%dx%d: line %q is %d wide", w, h, l, ansi.StringWidth(l))
				}
			}
		}
	}
	v := newTable(rows).SetSize(60, 10).View()
	if !strings.Contains(v, "…") {
		t.Error("a long cell should be cut with …")
	}
}

func TestSortCycles(t *testing.T) {
	m := send(newTable(people()), "o")
	if col, _ := m.SortColumn(); col != 0 {
		t.Fatalf("sort column %d", col)
	}
	first, _ := m.Selected()
	m = send(m, "home")
	if r, _ := m.Selected(); r.Cells[0] != "Andrii Bondar" {
		t.Fatalf("by name first %q (before %q)", r.Cells[0], first.Cells[0])
	}
	m = send(m, "o", "o") // the third column, numbers as numbers
	m = send(m, "g")
	if r, _ := m.Selected(); r.ID != 4 {
		t.Fatalf("by number first id %d, want 4 (№ 1)", r.ID)
	}
	m = send(m, "O", "g")
	if r, _ := m.Selected(); r.ID != 2 {
		t.Fatalf("descending first id %d, want 2 (№ 10)", r.ID)
	}
	m = send(m, "o")
	if col, _ := m.SortColumn(); col != -1 {
		t.Fatal("the cycle returns to the given order")
	}
}

func TestKeepsSelectionOnReload(t *testing.T) {
	m := send(newTable(people()), "down", "down")
	id, _ := m.SelectedID()
	m = m.SetRows(append([]Row{{ID: 99, Cells: []string{"Нова", "", ""}}}, people()...))
	if got, _ := m.SelectedID(); got != id {
		t.Fatalf("selection moved from %d to %d", id, got)
	}
}

func TestEmpty(t *testing.T) {
	m := newTable(nil).SetEmpty("Засідань ще немає.")
	if !strings.Contains(m.View(), "Засідань ще немає.") {
		t.Fatal(m.View())
	}
	if _, ok := m.SelectedID(); ok {
		t.Fatal("no selection in an empty table")
	}
	m = send(m, "down", "end", "pgdown", "o")
	_ = m.View()
}
