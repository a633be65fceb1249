package members

import (
	"errors"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

// The questions d asks.
const (
	askDelete = "members.ask_delete"
	askLeave  = "members.ask_leave"
)

// selected is the member under the cursor.
func (m Model) selected() (store.Member, bool) {
	id, ok := m.table.SelectedID()
	if !ok {
		return store.Member{}, false
	}
	p, ok := m.members[id]
	return p, ok
}

// onKey handles the list's own keys; ok is false for keys the table takes.
func (m Model) onKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	if m.confirm.Active() {
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(msg)
		return m, cmd, true
	}
	if m.table.Filtering() {
		return m, nil, false
	}
	p, ok := m.selected()
	switch {
	case key.Matches(msg, m.keys.New):
		return m, push(NewForm(m.c, store.Member{})), true
	case !ok:
		return m, nil, false
	case key.Matches(msg, m.keys.Open):
		return m, common.Send(common.OpenMemberMsg{ID: p.ID}), true
	case key.Matches(msg, m.keys.Edit):
		return m, push(NewForm(m.c, p)), true
	case key.Matches(msg, m.keys.Leave):
		return m, loadUse(m.c.Store, p), true
	}
	return m, nil, false
}

func push[M common.Model[M]](s M) tea.Cmd { return common.Send(common.PushMsg{Screen: common.Wrap(s)}) }

// onRemove walks d's path: a member named in no record may be deleted outright; anyone
// else (or someone who would rather be kept) leaves the council with a date and a reason.
func (m Model) onRemove(msg tea.Msg) (Model, tea.Cmd) {
	t := m.c.T
	switch msg := msg.(type) {
	case useLoadedMsg:
		if msg.err != nil {
			return m, m.c.Error(msg.err)
		}
		p := msg.member
		name := map[string]any{"Name": store.OneLine(p.FullName)}
		m.pending = p
		switch {
		case msg.use.Total() == 0 && !p.Active: // "no" changes nothing: she has left already
			m.confirm = m.confirm.Ask(askDelete, t.T("members.ask_delete_former", name))
		case msg.use.Total() == 0:
			m.confirm = m.confirm.Ask(askDelete, t.T("members.ask_delete", name))
		case p.Active:
			m.confirm = m.confirm.Ask(askLeave, t.T("members.ask_leave", name))
		default:
			return m, common.Status(t.T("members.already_left", map[string]any{"Name": name["Name"], "Date": common.FormatDate(p.TermTo, m.c.Lang)}))
		}
		return m, nil
	case confirm.ResultMsg:
		return m.onAnswer(msg)
	case memberDeletedMsg:
		if msg.err != nil {
			if errors.Is(msg.err, store.ErrForbidden) {
				return m, common.Send(common.StatusMsg{Text: t.T("members.cannot_delete"), Err: true})
			}
			return m, m.c.Error(msg.err)
		}
		return m, tea.Batch(common.Changed(), common.Status(t.T("members.deleted", map[string]any{"Name": store.OneLine(msg.member.FullName)})))
	}
	return m, nil
}

func (m Model) onAnswer(msg confirm.ResultMsg) (Model, tea.Cmd) {
	p := m.pending
	switch {
	case msg.ID == askDelete && msg.Yes:
		return m, deleteMember(m.c.Store, p)
	case msg.ID == askDelete && p.Active:
		m.confirm = m.confirm.Ask(askLeave, m.c.T.T("members.ask_leave", map[string]any{"Name": store.OneLine(p.FullName)}))
	case msg.ID == askLeave && msg.Yes:
		return m, push(NewLeave(m.c, p))
	}
	return m, nil
}

// compositionWarning is the line shown when one side holds more than two thirds of the
// active members ("" when the council is balanced).
func compositionWarning(c common.Common, comp store.Composition) string {
	side := comp.Dominant()
	if side == "" {
		return ""
	}
	n := comp.Government
	if side == store.SideCivil {
		n = comp.Civil
	}
	return c.T.T("members.composition.warn", map[string]any{"Side": c.T.T("members.side." + string(side)), "N": n, "Total": comp.Total()})
}
