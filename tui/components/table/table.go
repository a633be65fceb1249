package table

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// Column is one column: it is at least Min cells wide and shares the spare width with
// the other columns in proportion to Flex (0: stays at Min). Right aligns it right.
type Column struct {
	Title string
	Min   int
	Flex  int
	Right bool
}

// Row is one record: its id and one cell per column. Keys, when set, sort instead of
// the cells (e.g. a date's ISO form behind a printed date).
type Row struct {
	ID    int64
	Cells []string
	Keys  []string
}

// Model is the table's state.
type Model struct {
	t       *i18n.Catalog
	st      *theme.Styles
	keys    keys.List
	cols    []Column
	rows    []Row    // as given, cells cleaned
	lower   []string // each row's cells joined and lower-cased, for the filter
	view    []int    // indices into rows after filter and sort
	cursor  int      // index into view
	offset  int      // first visible index into view
	width   int
	height  int
	empty   string
	filter  *textinput.Model // shared by copies of the Model: changed only through editFilter
	editing bool
	sortCol int // -1: as given
	desc    bool
	lines   *lineCache // rendered unselected rows; replaced whenever rows or width change
}

// New makes an empty table with the given columns.
func New(t *i18n.Catalog, st *theme.Styles, cols []Column) Model {
	ti := textinput.New()
	ti.Prompt = ""
	ti.Cursor.SetMode(cursor.CursorStatic)
	ti.CharLimit = 200
	return Model{t: t, st: st, keys: keys.NewList(t), cols: cols, filter: &ti, sortCol: -1, empty: t.T("table.empty"),
		lines: newLineCache()}
}

// SetEmpty sets the text shown when the table has no rows at all.
func (m Model) SetEmpty(text string) Model { m.empty = text; return m }

// SetRows replaces the rows, keeping the cursor on the same id when it is still there.
func (m Model) SetRows(rows []Row) Model {
	id, had := m.SelectedID()
	m.rows = make([]Row, len(rows))
	m.lower = make([]string, len(rows))
	m.lines = newLineCache()
	for i, r := range rows {
		cells := make([]string, len(r.Cells))
		for j, c := range r.Cells {
			cells[j] = store.OneLine(c)
		}
		m.rows[i] = Row{ID: r.ID, Cells: cells, Keys: r.Keys}
		m.lower[i] = strings.ToLower(strings.Join(cells, "\x00"))
	}
	m = m.refresh()
	if had {
		m = m.SelectID(id)
	}
	return m
}

// SetSize sets the whole table's size: header, rows and the footer line.
func (m Model) SetSize(w, h int) Model {
	if max(w, 0) != m.width {
		m.lines = newLineCache()
	}
	m.width, m.height = max(w, 0), max(h, 0)
	if fw := max(m.width-20, 1); fw != m.filter.Width {
		m = m.editFilter(func(f *textinput.Model) { f.Width = fw })
	}
	return m.clamp()
}

// SelectID moves the cursor to the row with id, if it is shown.
func (m Model) SelectID(id int64) Model {
	for i, ri := range m.view {
		if m.rows[ri].ID == id {
			m.cursor = i
			break
		}
	}
	return m.clamp()
}

// Selected returns the row under the cursor.
func (m Model) Selected() (Row, bool) {
	if m.cursor < 0 || m.cursor >= len(m.view) {
		return Row{}, false
	}
	return m.rows[m.view[m.cursor]], true
}

// SelectedID returns the id of the row under the cursor.
func (m Model) SelectedID() (int64, bool) {
	r, ok := m.Selected()
	return r.ID, ok
}

// Cursor is the cursor's position among the shown rows.
func (m Model) Cursor() int { return m.cursor }

// Len is the number of rows shown (after the filter); Total counts every row.
func (m Model) Len() int   { return len(m.view) }
func (m Model) Total() int { return len(m.rows) }

// Filtering is true while the filter line takes typed text (the screen is capturing).
func (m Model) Filtering() bool { return m.editing }

// FilterText is the filter in force.
func (m Model) FilterText() string { return m.filter.Value() }

// ClearFilter drops the filter and closes the filter line.
func (m Model) ClearFilter() Model {
	m.editing = false
	m = m.editFilter(func(f *textinput.Model) { f.Blur(); f.SetValue("") })
	return m.refresh()
}

// Update moves the cursor, edits the filter and cycles the sort column.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, nil
	}
	if m.editing {
		return m.updateFilter(km)
	}
	switch {
	case key.Matches(km, m.keys.Up):
		m.cursor--
	case key.Matches(km, m.keys.Down):
		m.cursor++
	case key.Matches(km, m.keys.PageUp):
		m.cursor -= m.bodyHeight()
	case key.Matches(km, m.keys.PageDown):
		m.cursor += m.bodyHeight()
	case key.Matches(km, m.keys.Home):
		m.cursor = 0
	case key.Matches(km, m.keys.End):
		m.cursor = len(m.view) - 1
	case key.Matches(km, m.keys.Filter):
		m.editing = true
		var cmd tea.Cmd
		m = m.editFilter(func(f *textinput.Model) { cmd = f.Focus() })
		return m, cmd
	case key.Matches(km, m.keys.Sort):
		m = m.nextSort()
	case key.Matches(km, m.keys.Reverse):
		m.desc = !m.desc
		m = m.refresh()
	case key.Matches(km, m.keys.ClearFilter) && m.filter.Value() != "":
		m = m.ClearFilter()
	}
	return m.clamp(), nil
}

func (m Model) updateFilter(km tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.ClearFilter):
		return m.ClearFilter(), nil
	case key.Matches(km, m.keys.KeepFilter):
		m.editing = false
		return m.editFilter(func(f *textinput.Model) { f.Blur() }), nil
	case km.Type == tea.KeyUp || km.Type == tea.KeyDown:
		if km.Type == tea.KeyUp {
			m.cursor--
		} else {
			m.cursor++
		}
		return m.clamp(), nil
	}
	before := m.filter.Value()
	var cmd tea.Cmd
	m = m.editFilter(func(f *textinput.Model) { *f, cmd = f.Update(km) })
	if m.filter.Value() != before {
		m = m.refresh()
		m.cursor = 0
		m = m.clamp()
	}
	return m, cmd
}

// editFilter changes a copy of the filter line, so that earlier copies of the Model keep
// theirs (the line is large: the Model holds it by pointer, not copied on every key).
func (m Model) editFilter(change func(f *textinput.Model)) Model {
	f := *m.filter
	change(&f)
	m.filter = &f
	return m
}

// HasFilter says whether a filter is in force (esc then clears it).
func (m Model) HasFilter() bool { return m.filter.Value() != "" }

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	if m.editing {
		return []key.Binding{m.keys.KeepFilter, m.keys.ClearFilter}
	}
	out := []key.Binding{}
	if len(m.view) > 1 {
		out = append(out, m.keys.Up, m.keys.Down)
	}
	if len(m.rows) > 0 {
		out = append(out, m.keys.Filter)
	}
	if m.HasFilter() {
		out = append(out, m.keys.ClearFilter)
	}
	return out
}

// FullHelp lists every list key.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.PageUp, m.keys.Home}, {m.keys.Filter, m.keys.Sort, m.keys.ClearFilter, m.keys.KeepFilter}}
}

// bodyHeight is the number of row lines: the height less the header and footer.
func (m Model) bodyHeight() int { return max(m.height-2, 0) }

func (m Model) clamp() Model {
	m.cursor = min(m.cursor, len(m.view)-1)
	m.cursor = max(m.cursor, 0)
	h := m.bodyHeight()
	if h <= 0 {
		m.offset = m.cursor
		return m
	}
	if m.cursor < m.offset {
		m.offset = m.cursor
	}
	if m.cursor >= m.offset+h {
		m.offset = m.cursor - h + 1
	}
	m.offset = max(min(m.offset, len(m.view)-h), 0)
	return m
}
