package plan

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/bar"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/planform"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

// maxDueLines bounds the due-assessments block under the table; a refusal takes
// noticeLines in its place.
const (
	maxDueLines = 6
	noticeLines = 3
)

// Commitments is one plan's commitments table with its due assessments.
type Commitments struct {
	c      common.Common
	keys   commitmentKeys
	planID int64
	plan   store.ActionPlan
	heads  []store.Institution // the institutions that lead the plan
	rows   []store.CommitmentRow
	due    []store.Assessment
	leads  []string
	filter store.CommitmentFilter
	table  table.Model
	req    int
	overlay
	notice  string // a refusal shown in full in place of the due block until the next key
	dueText string // the due block as drawn by SetSize, which every change of due or notice goes through
	planD   *store.ActionPlan
	leadsD  *string // the plan's lead institutions, one a line
	comD    *store.Commitment
	assessD *assessDraft
}

type assessDraft struct {
	Pick int // index into due
	Date string
}

type planDataMsg struct {
	req   int
	plan  store.ActionPlan
	heads []store.Institution
	rows  []store.CommitmentRow
	due   []store.Assessment
	leads []string
	err   error
}

type commitmentSavedMsg struct {
	id  int64
	err error
}

// NewCommitments builds the commitments screen of plan id.
func NewCommitments(c common.Common, id int64) Commitments {
	t := c.T.T
	tb := table.New(c.T, c.Styles, []table.Column{
		{Title: "!", Min: 1},
		{Title: t("plan.col.ogp_id"), Min: 9},
		{Title: t("plan.col.title"), Min: 10, Flex: 3},
		{Title: t("plan.col.lead"), Min: 8, Flex: 2},
		{Title: t("plan.col.impl"), Min: 11},
		{Title: t("plan.col.completion"), Min: 9},
		{Title: t("plan.col.progress"), Min: 10},
		{Title: t("plan.col.next"), Min: 10},
	}).SetEmpty(t("plan.no_commitments"))
	m := Commitments{c: c, keys: newCommitmentKeys(c.T), planID: id, table: tb, overlay: overlay{confirm: confirm.New(c.Styles, c.T)}}
	return m.SetSize(c.Width, c.Height)
}

// Init loads the plan.
func (m Commitments) Init() tea.Cmd { return loadPlan(m.c.Store, m.planID, m.filter, m.req) }

func loadPlan(s *store.Store, id int64, f store.CommitmentFilter, req int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		msg := planDataMsg{req: req}
		if msg.plan, msg.err = s.GetPlan(ctx, id); msg.err != nil {
			return msg
		}
		if msg.heads, msg.err = s.PlanLeads(ctx, id); msg.err != nil {
			return msg
		}
		if msg.rows, msg.err = s.ListCommitments(ctx, id, f); msg.err != nil {
			return msg
		}
		if msg.due, msg.err = s.DueAssessments(ctx, id); msg.err != nil {
			return msg
		}
		msg.leads, msg.err = s.Implementers(ctx, id)
		return msg
	}
}

// Title names the screen after the plan.
func (m Commitments) Title() string {
	if m.plan.Title == "" {
		return m.c.T.T("plan.commitments_title")
	}
	return store.OneLine(m.plan.Title)
}

// Capturing is true while a form, a question or the filter line takes the keys.
func (m Commitments) Capturing() bool {
	return m.showing() || m.table.Filtering()
}

// SetSize shares the height between the filter line, the table and the due block.
func (m Commitments) SetSize(w, h int) Commitments {
	m.c.Width, m.c.Height = w, h
	m.table = m.table.SetSize(w, max(h-1-m.dueHeight(), 3))
	m.resize(w, h)
	m.dueText = m.dueBlock()
	return m
}

func (m Commitments) dueHeight() int {
	if m.c.Height < 14 {
		return 0
	}
	if m.notice != "" {
		return noticeLines
	}
	return min(len(m.due)+1, maxDueLines)
}

// Update handles loads, forms, filters and keys.
func (m Commitments) Update(msg tea.Msg) (Commitments, tea.Cmd) {
	switch msg := msg.(type) {
	case planDataMsg:
		if msg.req != m.req {
			return m, nil
		}
		if msg.err != nil {
			return m, m.c.Error(msg.err)
		}
		m.plan, m.heads, m.rows, m.due, m.leads = msg.plan, msg.heads, msg.rows, msg.due, msg.leads
		m = m.SetSize(m.c.Width, m.c.Height)
		m.table = m.table.SetRows(m.tableRows())
		return m, nil
	case common.DataChangedMsg:
		return m.reload()
	case planSavedMsg, commitmentSavedMsg, assessSavedMsg:
		return m.saved(msg)
	case changedMsg:
		m.notice = refusalText(m.c, msg.err)
		return m.SetSize(m.c.Width, m.c.Height), afterChange(m.c, msg)
	case confirm.ResultMsg:
		if id, ok := m.table.SelectedID(); ok && msg.Yes && msg.ID == "delete" {
			return m, deleteCommitment(m.c.Store, id)
		}
		return m, nil
	case form.SubmitMsg:
		return m, m.submit(msg.ID)
	case form.CancelMsg:
		m.ed, m.planD, m.leadsD, m.comD, m.assessD = nil, nil, nil, nil, nil
		return m, nil
	}
	if cmd, ok := m.update(msg); ok {
		return m, cmd
	}
	if _, ok := msg.(tea.KeyMsg); ok && m.notice != "" {
		m.notice = ""
		m = m.SetSize(m.c.Width, m.c.Height)
	}
	if km, ok := msg.(tea.KeyMsg); ok && !m.table.Filtering() {
		if mm, cmd, ok := m.onKey(km); ok {
			return mm, cmd
		}
	}
	var cmd tea.Cmd
	m.table, cmd = m.table.Update(msg)
	return m, cmd
}

func (m Commitments) reload() (Commitments, tea.Cmd) {
	m.req++
	return m, loadPlan(m.c.Store, m.planID, m.filter, m.req)
}

func (m Commitments) onKey(km tea.KeyMsg) (Commitments, tea.Cmd, bool) {
	switch {
	case key.Matches(km, m.keys.Open):
		if id, ok := m.table.SelectedID(); ok {
			return m, common.Send(common.OpenCommitmentMsg{ID: id}), true
		}
	case key.Matches(km, m.keys.Delete):
		if r, ok := m.selectedRow(); ok {
			m.confirm = m.confirm.Ask("delete", m.c.T.T("plan.ask_delete_commitment", map[string]any{"ID": r.OGPID, "Name": store.OneLine(r.Title)}))
			return m, nil, true
		}
	case key.Matches(km, m.keys.Up) && m.canMove():
		if id, ok := m.table.SelectedID(); ok {
			return m, moveCommitment(m.c.Store, id, -1), true
		}
	case key.Matches(km, m.keys.Down) && m.canMove():
		if id, ok := m.table.SelectedID(); ok {
			return m, moveCommitment(m.c.Store, id, +1), true
		}
	case key.Matches(km, m.keys.New):
		c := store.Commitment{PlanID: m.planID}
		m.comD = &c
		return m.open("commitment", m.c.T.T("plan.form_new_commitment"), planform.Commitment(m.c, m.comD))
	case key.Matches(km, m.keys.EditPlan):
		p, heads := m.plan, planform.InstitutionsText(m.c, m.heads)
		m.planD, m.leadsD = &p, &heads
		pages := append(planform.Plan(m.c, m.planD),
			[]form.Field{planform.Institutions(m.c, "institutions", m.c.T.T("plan.f.leads"), m.leadsD, store.LeadKinds)})
		return m.open("plan", m.c.T.T("plan.form_edit"), pages)
	case key.Matches(km, m.keys.Assess) && len(m.due) > 0:
		m.assessD = &assessDraft{Date: m.c.Today()}
		return m.open("assess", m.c.T.T("plan.form_assess"), m.assessForm())
	case key.Matches(km, m.keys.Status):
		m.filter.Status = nextOf(store.ImplStatuses, m.filter.Status)
	case key.Matches(km, m.keys.Value):
		m.filter.Value = nextOf(store.OGPValues, m.filter.Value)
	case key.Matches(km, m.keys.Implementer):
		m.filter.Implementer = nextOf(m.leads, m.filter.Implementer)
	case key.Matches(km, m.keys.ClearFilters) && m.filtered():
		m.filter = store.CommitmentFilter{}
	default:
		return m, nil, false
	}
	mm, cmd := m.reload()
	return mm, cmd, true
}

// nextOf cycles "" (all) → each value → "" (all).
func nextOf[T comparable](all []T, cur T) T {
	var zero T
	for i, v := range all {
		if v == cur {
			if i+1 < len(all) {
				return all[i+1]
			}
			return zero
		}
	}
	if cur == zero && len(all) > 0 {
		return all[0]
	}
	return zero
}

// canMove says whether K/J may reorder: the table shows the whole plan in its own order.
func (m Commitments) canMove() bool {
	col, _ := m.table.SortColumn()
	return m.table.Len() > 1 && !m.filtered() && !m.table.HasFilter() && col < 0
}

func (m Commitments) selectedRow() (store.CommitmentRow, bool) {
	id, ok := m.table.SelectedID()
	for _, r := range m.rows {
		if ok && r.ID == id {
			return r, true
		}
	}
	return store.CommitmentRow{}, false
}

func (m Commitments) filtered() bool {
	return m.filter.Status != "" || m.filter.Value != "" || m.filter.Implementer != ""
}

func (m Commitments) open(id, title string, pages [][]form.Field) (Commitments, tea.Cmd, bool) {
	ed := form.New(m.c, id, title, pages...)
	m.ed = &ed
	return m, ed.Init(), true
}

func (m Commitments) submit(id string) tea.Cmd {
	s := m.c.Store
	switch {
	case id == "plan" && m.planD != nil && m.leadsD != nil:
		heads, _ := planform.ParseInstitutions(m.c, *m.leadsD, store.LeadKinds) // the field checked it
		return savePlan(s, *m.planD, &heads)
	case id == "commitment" && m.comD != nil:
		c := *m.comD
		return func() tea.Msg {
			ctx, cancel := common.Context()
			defer cancel()
			id, err := s.CreateCommitment(ctx, c)
			return commitmentSavedMsg{id: id, err: err}
		}
	case id == "assess" && m.assessD != nil:
		return saveAssessment(s, m.planID, m.due, *m.assessD)
	}
	return nil
}

func (m Commitments) saved(msg tea.Msg) (Commitments, tea.Cmd) {
	var err error
	var id int64
	switch msg := msg.(type) {
	case planSavedMsg:
		err = msg.err
	case commitmentSavedMsg:
		err, id = msg.err, msg.id
	case assessSavedMsg:
		err = msg.err
	}
	if err != nil {
		m.fail(err)
		return m, nil
	}
	m.ed, m.planD, m.leadsD, m.comD, m.assessD = nil, nil, nil, nil, nil
	if id != 0 {
		m.table = m.table.SelectID(id)
	}
	return m, tea.Batch(common.Changed(), common.Status(m.c.T.T("plan.saved")))
}

func (m Commitments) tableRows() []table.Row {
	today := m.c.Today()
	rows := make([]table.Row, len(m.rows))
	for i, r := range m.rows {
		mark := ""
		if r.Overdue(today) {
			mark = "!"
		}
		status := m.c.T.Label(r.ImplStatus)
		if r.Withdrawn {
			status = m.c.T.T("plan.withdrawn")
		}
		p := r.Progress
		rows[i] = table.Row{ID: r.ID, Cells: []string{
			mark, r.OGPID, r.Title, or(r.LeadImplementer, "—"), status, m.c.T.Label(r.Completion),
			bar.Bar(p.Share(), 5) + fmt.Sprintf(" %d/%d", p.Done, p.Total), or(common.FormatDate(p.Next, m.c.Lang), "—"),
		}, Keys: []string{"", "", "", "", fmt.Sprint(indexOf(store.ImplStatuses, r.ImplStatus)),
			fmt.Sprint(indexOf(store.Completions, r.Completion)), fmt.Sprintf("%04d", int(p.Share()*1000)), or(p.Next, "9999")}}
	}
	return rows
}

func indexOf[T comparable](all []T, v T) int {
	for i, x := range all {
		if x == v {
			return i
		}
	}
	return len(all)
}

// View shows the filter line, the table and what is due.
func (m Commitments) View() string {
	if m.ed != nil {
		return m.ed.View()
	}
	if m.confirm.Active() {
		return m.filterLine() + "\n" + m.confirm.View(m.c.Width)
	}
	parts := []string{m.filterLine(), m.table.View()}
	if m.dueText != "" {
		parts = append(parts, m.dueText)
	}
	return strings.Join(parts, "\n")
}

func (m Commitments) filterLine() string {
	t := m.c.T
	all := t.T("plan.all")
	status, value, lead := all, all, all
	if m.filter.Status != "" {
		status = t.Label(m.filter.Status)
	}
	if m.filter.Value != "" {
		value = t.Label(m.filter.Value)
	}
	if m.filter.Implementer != "" {
		lead = store.OneLine(m.filter.Implementer)
	}
	st := m.c.Styles
	line := st.Label.Render(t.T("plan.f_status")+": ") + status + st.Label.Render(" · "+t.T("plan.f_value")+": ") + value +
		st.Label.Render(" · "+t.T("plan.f_lead")+": ") + lead
	return common.Truncate(line, m.c.Width, "…")
}

func (m Commitments) dueBlock() string {
	h := m.dueHeight()
	if h == 0 {
		return ""
	}
	st, t, today := m.c.Styles, m.c.T, m.c.Today()
	if m.notice != "" {
		lines := strings.Split(ansi.Wrap(m.notice, m.c.Width, " "), "\n")
		for i, l := range lines {
			lines[i] = st.Bad.Render(common.Truncate(l, m.c.Width, "…"))
		}
		return strings.Join(lines[:min(len(lines), h)], "\n")
	}
	lines := []string{st.Subtitle.Render(t.T("plan.due_title"))}
	shown := m.due
	if len(shown) > h-1 {
		shown = shown[:h-2]
	}
	for _, a := range shown {
		lines = append(lines, m.dueLine(a, today))
	}
	if rest := len(m.due) - len(shown); rest > 0 {
		lines = append(lines, st.Muted.Render("  "+t.N("plan.due_more", rest)))
	}
	for i, l := range lines {
		lines[i] = common.Truncate(l, m.c.Width, "…")
	}
	return strings.Join(lines, "\n")
}

func (m Commitments) dueLine(a store.Assessment, today string) string {
	st, t := m.c.Styles, m.c.T
	what := t.T("plan.assess_inception")
	if a.Kind == store.AssessEnd {
		what = a.OGPID + " " + store.OneLine(a.Title)
	}
	due := t.T("plan.due_by", map[string]any{"Date": or(common.FormatDate(a.Due, m.c.Lang), "—")})
	if a.Due == "" {
		due = t.T("plan.not_submitted")
	}
	switch {
	case a.Done():
		return st.OK.Render("  ✓ ") + what + st.Muted.Render(" · "+due+" · "+t.T("plan.done_on", map[string]any{"Date": common.FormatDate(a.DoneOn, m.c.Lang)}))
	case a.Overdue(today):
		return st.Bad.Render("  ! ") + what + st.Bad.Render(" · "+due+" · "+t.T("plan.overdue"))
	}
	return st.Muted.Render("  · ") + what + st.Muted.Render(" · "+due)
}

// ShortHelp lists the keys that work now.
func (m Commitments) ShortHelp() []key.Binding {
	if keys, ok := m.shortHelp(); ok {
		return keys
	}
	if m.table.Filtering() {
		return m.table.ShortHelp()
	}
	out := []key.Binding{}
	if m.table.Len() > 0 {
		out = append(out, m.keys.Open, m.keys.Delete)
	}
	if m.canMove() {
		out = append(out, m.keys.Up)
	}
	out = append(out, m.keys.New, m.keys.Status, m.keys.Value)
	if len(m.leads) > 0 {
		out = append(out, m.keys.Implementer)
	}
	if m.filtered() {
		out = append(out, m.keys.ClearFilters)
	}
	if len(m.due) > 0 {
		out = append(out, m.keys.Assess)
	}
	out = append(out, m.keys.EditPlan)
	return append(out, m.table.ShortHelp()...)
}

// FullHelp lists every key of the screen.
func (m Commitments) FullHelp() [][]key.Binding {
	k := m.keys
	return append([][]key.Binding{{k.Open, k.New, k.EditPlan, k.Assess}, {k.Delete, k.Up}, {k.Status, k.Value, k.Implementer, k.ClearFilters}},
		m.table.FullHelp()...)
}
