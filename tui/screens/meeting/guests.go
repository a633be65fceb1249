package meeting

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/formbox"
)

// guestValues are a guest's fields as the form edits them.
type guestValues struct {
	id                       int64
	name, role, organisation string
}

func (v *guestValues) snapshot() string {
	return fmt.Sprint(v.name, "\x00", v.role, "\x00", v.organisation)
}

func (m Model) selectedGuest() (store.Guest, bool) {
	i := m.cursor[tabGuests]
	if i < 0 || i >= len(m.d.guests) {
		return store.Guest{}, false
	}
	return m.d.guests[i], true
}

func (m Model) guestKey(km tea.KeyMsg) (Model, tea.Cmd) {
	g, ok := m.selectedGuest()
	switch {
	case key.Matches(km, m.keys.Add):
		return m.openGuestForm(&guestValues{})
	case key.Matches(km, m.keys.Edit) && ok:
		return m.openGuestForm(&guestValues{id: g.ID, name: store.OneLine(g.FullName), role: store.OneLine(g.Role), organisation: store.OneLine(g.Organisation)})
	case key.Matches(km, m.keys.Delete) && ok:
		m.confirm = m.confirm.Ask("guest:"+strconv.FormatInt(g.ID, 10), m.c.T.T("meeting.guest.delete_q", map[string]any{"Name": g.FullName}))
	}
	return m, nil
}

func (m Model) openGuestForm(v *guestValues) (Model, tea.Cmd) {
	t := m.c.T
	title := t.T("meeting.guest.new")
	if v.id != 0 {
		title = t.T("meeting.guest.edit")
	}
	build := func(errs map[string]string) []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Key("full_name").Title(formbox.Title(t.T("meeting.guest.f_name"), errs, "full_name")).Value(&v.name).CharLimit(200),
			huh.NewInput().Key("position").Title(t.T("meeting.guest.f_position")).Value(&v.role).CharLimit(200),
			huh.NewInput().Key("organisation").Title(t.T("meeting.guest.f_organisation")).Value(&v.organisation).CharLimit(200),
		)}
	}
	check := func() map[string]string {
		if strings.TrimSpace(v.name) == "" {
			return map[string]string{"full_name": m.c.FieldText("required")}
		}
		return nil
	}
	m.guest, m.editing = v, formGuest
	m.form = formbox.New(build, check, v.snapshot, m.formTexts(title), m.formStyles()).SetWidth(m.c.Width)
	return m, m.form.Init()
}

func saveGuest(st *store.Store, t *i18n.Catalog, g store.Guest) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if g.ID != 0 {
			return savedMsg{text: t.T("meeting.guest.saved"), err: st.UpdateGuest(ctx, g), id: g.ID}
		}
		created, err := st.CreateGuest(ctx, g)
		return savedMsg{text: t.T("meeting.guest.added"), err: err, id: created.ID}
	}
}

func guestRow(g store.Guest) string {
	s := store.OneLine(g.FullName)
	if rest := strings.Trim(store.OneLine(g.Role)+", "+store.OneLine(g.Organisation), ", "); rest != "" {
		s += " — " + rest
	}
	return s
}
