package meeting

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// itemValues are an agenda item's fields as the form edits them.
type itemValues struct {
	id         int64
	title      string
	kind       store.ItemKind
	reporter   string // "m:ID", "g:ID" or ""
	commitment int64
}

func (v *itemValues) item(meetingID int64) store.AgendaItem {
	it := store.AgendaItem{ID: v.id, MeetingID: meetingID, Title: v.title, Kind: v.kind, CommitmentID: v.commitment}
	if len(v.reporter) > 2 {
		id, _ := strconv.ParseInt(v.reporter[2:], 10, 64)
		if v.reporter[0] == 'm' {
			it.ReporterMemberID = id
		} else {
			it.ReporterGuestID = id
		}
	}
	return it
}

func reporterKey(it store.AgendaItem) string {
	switch {
	case it.ReporterMemberID != 0:
		return "m:" + strconv.FormatInt(it.ReporterMemberID, 10)
	case it.ReporterGuestID != 0:
		return "g:" + strconv.FormatInt(it.ReporterGuestID, 10)
	}
	return ""
}

func (m Model) selectedItem() (store.ItemRecord, bool) {
	i := m.cursor[tabAgenda]
	if i < 0 || i >= len(m.d.items) {
		return store.ItemRecord{}, false
	}
	return m.d.items[i], true
}

func (m Model) agendaKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k, t, st, id := m.keys, m.c.T, m.c.Store, m.id
	it, ok := m.selectedItem()
	switch {
	case key.Matches(km, k.Add):
		return m.agendaEdit("add", 0)
	case key.Matches(km, k.Edit) && ok:
		return m.agendaEdit("edit", it.ID)
	case key.Matches(km, k.Delete) && ok:
		q := t.T("meeting.item.delete_q", map[string]any{"Title": it.Title})
		if m.withdraws() {
			q = t.T("meeting.item.withdraw_note") + " " + q
		}
		m.confirm = m.confirm.Ask("item:"+strconv.FormatInt(it.ID, 10), q)
		return m, nil
	case key.Matches(km, k.MoveUp) && ok:
		return m.agendaEdit("up", it.ID)
	case key.Matches(km, k.MoveDown) && ok:
		return m.agendaEdit("down", it.ID)
	case pressed(km, k.Submit):
		return m, run(t.T("meeting.agenda.submitted"), 0, func(ctx context.Context) error { return st.SubmitAgenda(ctx, id) })
	case pressed(km, k.Approve):
		return m, approve(st, t, id)
	case pressed(km, k.Return):
		return m.ask(promptReturn, 0), nil
	case key.Matches(km, k.Export):
		return m, common.Send(common.PushMsg{Screen: exportdialog.Screen(m.c, id)})
	}
	return m, nil
}

// withdraws says whether a change to the agenda now takes it back from the co-chairs (to
// draft, their approvals withdrawn), as the store does on every change.
func (m Model) withdraws() bool {
	return m.d.meeting.Status.Allows(store.ActReturnAgenda, store.RoleCoChair)
}

// changedText is what a change of the agenda says when done: that it was withdrawn too.
func (m Model) changedText(done string) string {
	if !m.withdraws() {
		return done
	}
	return m.c.T.T("meeting.item.withdrawn", map[string]any{"Done": done})
}

// agendaEdit adds ("add"), edits, or moves ("up", "down") item id; when that withdraws
// the agenda from the co-chairs it asks first (its answer comes back as "w"+what).
func (m Model) agendaEdit(what string, id int64) (Model, tea.Cmd) {
	if m.withdraws() {
		q := m.c.T.T("meeting.item.withdraw_note") + " " + m.c.T.T("meeting.item.withdraw_q")
		m.confirm = m.confirm.Ask("w"+what+":"+strconv.FormatInt(id, 10), q)
		return m, nil
	}
	return m.doAgendaEdit(what, id)
}

func (m Model) doAgendaEdit(what string, id int64) (Model, tea.Cmd) {
	st, text := m.c.Store, m.changedText(m.c.T.T("meeting.item.moved"))
	switch what {
	case "add":
		return m.openItemForm(&itemValues{kind: store.ItemInformation})
	case "edit":
		for _, it := range m.d.items {
			if it.ID == id {
				return m.openItemForm(&itemValues{id: it.ID, title: store.OneLine(it.Title), kind: it.Kind, reporter: reporterKey(it.AgendaItem), commitment: it.CommitmentID})
			}
		}
	case "up":
		return m, run(text, id, func(ctx context.Context) error { return st.MoveAgendaItem(ctx, id, -1) })
	case "down":
		return m, run(text, id, func(ctx context.Context) error { return st.MoveAgendaItem(ctx, id, 1) })
	}
	return m, nil
}

// approve records the actor's approval and says who approved and when.
func approve(st *store.Store, t *i18n.Catalog, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		a, err := st.ApproveAgenda(ctx, id)
		text := t.T("meeting.agenda.approved_by", map[string]any{"Name": shortName(a.MemberName), "At": stamp(a.ApprovedAt, t)})
		return doneMsg{text: text, err: err}
	}
}

func (m Model) openItemForm(v *itemValues) (Model, tea.Cmd) {
	t := m.c.T
	title := t.T("meeting.item.new")
	if v.id != 0 {
		title = t.T("meeting.item.edit")
	}
	m.item, m.editing = v, formItem
	m.form = form.New(m.c, "item", title, []form.Field{
		form.Line("title", t.T("meeting.item.f_title"), &v.title).Limit(300).Required(),
		form.Select("kind", t.T("meeting.item.f_kind"), &v.kind, m.kindOptions()...).Inline(),
		form.Select("reporter", t.T("meeting.item.f_reporter"), &v.reporter, m.reporterOptions()...).Inline(),
		form.Select("commitment", t.T("meeting.item.f_commitment"), &v.commitment, m.commitmentOptions()...).Inline(),
	})
	return m, m.form.Init()
}

func (m Model) kindOptions() []huh.Option[store.ItemKind] {
	var out []huh.Option[store.ItemKind]
	for _, k := range store.ItemKinds {
		out = append(out, huh.NewOption(m.c.T.Label(k), k))
	}
	return out
}

func (m Model) reporterOptions() []huh.Option[string] {
	out := []huh.Option[string]{huh.NewOption(m.c.T.T("meeting.item.nobody"), "")}
	for _, mb := range m.d.members {
		if mb.Active {
			out = append(out, huh.NewOption(store.OneLine(mb.FullName), "m:"+strconv.FormatInt(mb.ID, 10)))
		}
	}
	for _, g := range m.d.guests {
		label := m.c.T.T("meeting.item.guest_option", map[string]any{"Name": store.OneLine(g.FullName)})
		out = append(out, huh.NewOption(label, "g:"+strconv.FormatInt(g.ID, 10)))
	}
	return out
}

func (m Model) commitmentOptions() []huh.Option[int64] {
	out := []huh.Option[int64]{huh.NewOption(m.c.T.T("meeting.item.no_commitment"), int64(0))}
	for _, c := range m.d.commitments {
		out = append(out, huh.NewOption(store.OneLine(c.OGPID+" "+c.Title), c.ID))
	}
	return out
}

// saveItem stores the form's item.
func saveItem(st *store.Store, t *i18n.Catalog, it store.AgendaItem) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if it.ID != 0 {
			return savedMsg{text: t.T("meeting.item.saved"), err: st.UpdateAgendaItem(ctx, it), id: it.ID}
		}
		created, err := st.CreateAgendaItem(ctx, it)
		return savedMsg{text: t.T("meeting.item.added"), err: err, id: created.ID}
	}
}

// approvalLine is where the approval stands: "Погоджено: Іваненко І.І. 12.03 10:15; очікує: Петренко О.І."
func (m Model) approvalLine() string {
	t, d, st := m.c.T, m.d, m.d.meeting.Status
	switch {
	case st.Allows(store.ActSubmitAgenda, store.RoleSecretary):
		if d.meeting.ReturnNote != "" {
			return t.T("meeting.agenda.returned_note", map[string]any{"Note": store.OneLine(d.meeting.ReturnNote)})
		}
		return t.T("meeting.agenda.draft_hint")
	case !st.Allows(store.ActReturnAgenda, store.RoleCoChair): // not with the co-chairs
		return t.T("meeting.agenda.status", map[string]any{"Status": m.c.T.Label(st)})
	}
	parts := approvalParts(t, d.approvals, "meeting.agenda.approved_list")
	if len(d.approvals.Approved) == 0 && st.Allows(store.ActApproveAgenda, store.RoleCoChair) {
		parts = append([]string{t.T("meeting.agenda.submitted_state")}, parts...)
	}
	if len(parts) == 0 {
		return t.T("meeting.agenda.status", map[string]any{"Status": m.c.T.Label(d.meeting.Status)})
	}
	return store.OneLine(strings.Join(parts, "; "))
}

// actorLine says who approves from this keyboard.
func (m Model) actorLine() string {
	a := m.d.actor
	switch {
	case a.ID != 0 && a.Role == store.RoleCoChair && approvedBy(m.d.approvals, a.ID):
		return m.c.T.T("meeting.agenda.you_approved", map[string]any{"Name": shortName(a.FullName)})
	case a.ID != 0 && a.Role == store.RoleCoChair:
		return m.c.T.T("meeting.agenda.you_chair", map[string]any{"Name": shortName(a.FullName)})
	default:
		return m.otherActor("meeting.agenda.you_other")
	}
}

// otherActor says who works at this keyboard and how a co-chair starts Rada; a long name is
// shortened so that the command, the part that matters, stays within the width.
func (m Model) otherActor(id string) string {
	actor := store.OneLine(m.c.Store.Actor())
	line := m.c.T.T(id, map[string]any{"Actor": actor})
	over := ansi.StringWidth(line) - m.c.Width
	if m.c.Width <= 0 || over <= 0 {
		return line
	}
	short := ansi.Truncate(actor, max(ansi.StringWidth(actor)-over, 4), "…")
	return m.c.T.T(id, map[string]any{"Actor": short})
}

func (m Model) agendaRow(it store.ItemRecord) string {
	s := fmt.Sprintf("%d. %s", it.Position, store.OneLine(it.Title))
	if it.Kind != store.ItemInformation {
		s += " [" + m.c.T.Label(it.Kind) + "]"
	}
	if it.Reporter.FullName != "" {
		s += " — " + shortName(store.OneLine(it.Reporter.FullName))
	}
	return s
}

// shortName gives "Іваненко І.І." for "Іваненко Іван Іванович".
func shortName(full string) string {
	f := strings.Fields(store.OneLine(full))
	if len(f) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString(f[0])
	if len(f) > 1 {
		b.WriteByte(' ')
	}
	for _, g := range f[1:] {
		if r := []rune(g); len(r) > 0 {
			b.WriteString(strings.ToUpper(string(r[0])) + ".")
		}
	}
	return b.String()
}

// stamp shows a stored UTC instant as local time the way t writes it (date.stamp_layout):
// "12.03 10:15", or "2026-03-12 10:15".
func stamp(at string, t *i18n.Catalog) string {
	ts, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return at
	}
	return ts.Local().Format(t.T("date.stamp_layout"))
}

// approvedBy tells whether member id is among those who approved.
func approvedBy(st store.ApprovalState, id int64) bool {
	for _, a := range st.Approved {
		if a.MemberID == id {
			return true
		}
	}
	return false
}
