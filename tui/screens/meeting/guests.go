package meeting

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// guestValues are a guest's fields as the form edits them.
type guestValues struct {
	id                       int64
	name, role, organisation string
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
	m.guest, m.editing = v, formGuest
	m.form = form.New(m.c, "guest", title, []form.Field{
		form.Line("full_name", t.T("meeting.guest.f_name"), &v.name).Limit(200).Required(),
		form.Line("position", t.T("meeting.guest.f_position"), &v.role).Limit(200),
		form.Line("organisation", t.T("meeting.guest.f_organisation"), &v.organisation).Limit(200),
	})
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
