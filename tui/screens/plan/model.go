package plan

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/bar"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/planform"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

// detailLines is the height of the selected plan's block under the table.
const detailLines = 5

// Model is the plan summary screen.
type Model struct {
	c      common.Common
	keys   summaryKeys
	table  table.Model
	plans  []store.PlanSummary
	req    int
	loaded bool
	draft  *store.ActionPlan
	overlay
}

type plansLoadedMsg struct {
	req   int
	plans []store.PlanSummary
	err   error
}

type planSavedMsg struct {
	id  int64
	err error
}

// New builds the summary screen.
func New(c common.Common) Model {
	t := c.T.T
	tb := table.New(c.T, c.Styles, []table.Column{
		{Title: t("plan.col.title"), Min: 14, Flex: 3},
		{Title: t("plan.col.period"), Min: 17},
		{Title: t("plan.col.status"), Min: 11},
		{Title: t("plan.col.commitments"), Min: 5, Right: true},
		{Title: t("plan.col.milestones"), Min: 15, Flex: 1},
	}).SetEmpty(t("plan.empty"))
	m := Model{c: c, keys: newSummaryKeys(c.T), table: tb, overlay: overlay{confirm: confirm.New(c.Styles, c.T)}}
	return m.SetSize(c.Width, c.Height)
}

// Init loads the plans.
func (m Model) Init() tea.Cmd { return loadPlans(m.c.Store, m.req) }

func loadPlans(s *store.Store, req int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		plans, err := s.ListPlanSummaries(ctx)
		return plansLoadedMsg{req: req, plans: plans, err: err}
	}
}

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("plan.summary_title") }

// Capturing is true while the filter line, a question or the plan form takes the keys.
func (m Model) Capturing() bool { return m.table.Filtering() || m.showing() }

// SetSize fits the table and the detail block into w×h.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	m.table = m.table.SetSize(w, max(h-detailLines-2, 2))
	m.resize(w, h)
	return m
}

// Update handles loads, the form and the keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case plansLoadedMsg:
		if msg.req != m.req {
			return m, nil
		}
		if msg.err != nil {
			return m, m.c.Error(msg.err)
		}
		m.plans, m.loaded = msg.plans, true
		m.table = m.table.SetRows(m.rows())
		return m, nil
	case common.DataChangedMsg:
		m.req++
		return m, loadPlans(m.c.Store, m.req)
	case planSavedMsg:
		return m.saved(msg)
	case changedMsg:
		return m, afterChange(m.c, msg)
	case confirm.ResultMsg:
		if p, ok := m.selected(); ok && msg.Yes && msg.ID == "delete" {
			return m, deletePlan(m.c.Store, p.Plan.ID)
		}
		return m, nil
	case form.SubmitMsg:
		return m, savePlan(m.c.Store, *m.draft, nil)
	case form.CancelMsg:
		m.ed, m.draft = nil, nil
		return m, nil
	}
	if cmd, ok := m.update(msg); ok {
		return m, cmd
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

func (m Model) onKey(km tea.KeyMsg) (Model, tea.Cmd, bool) {
	switch {
	case key.Matches(km, m.keys.Open):
		if id, ok := m.table.SelectedID(); ok {
			return m, common.Send(common.OpenPlanMsg{ID: id}), true
		}
	case key.Matches(km, m.keys.New):
		m, cmd := m.openForm(store.ActionPlan{Status: store.PlanDraft}, "plan.form_new")
		return m, cmd, true
	case key.Matches(km, m.keys.Edit):
		if p, ok := m.selected(); ok {
			m, cmd := m.openForm(p.Plan, "plan.form_edit")
			return m, cmd, true
		}
	case key.Matches(km, m.keys.Delete):
		if p, ok := m.selected(); ok && p.Commitments > 0 {
			return m, common.Send(common.StatusMsg{Text: m.c.T.T("plan.refuse_plan_not_empty"), Err: true}), true
		} else if ok {
			m.confirm = m.confirm.Ask("delete", m.c.T.T("plan.ask_delete_plan", map[string]any{"Name": store.OneLine(p.Plan.Title)}))
			return m, nil, true
		}
	}
	return m, nil, false
}

func (m Model) openForm(p store.ActionPlan, title string) (Model, tea.Cmd) {
	m.draft = &p
	ed := form.New(m.c, "plan", m.c.T.T(title), planform.Plan(m.c, m.draft)...)
	m.ed = &ed
	return m, ed.Init()
}

// savePlan saves p and, unless leads is nil, its lead institutions.
func savePlan(s *store.Store, p store.ActionPlan, leads *[]store.Institution) tea.Cmd {
	p.SubmittedOn, p.InceptionDoneOn = form.ISODate(p.SubmittedOn), form.ISODate(p.InceptionDoneOn)
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if p.ID == 0 {
			id, err := s.CreatePlan(ctx, p)
			return planSavedMsg{id: id, err: err}
		}
		if err := s.UpdatePlan(ctx, p); err != nil || leads == nil {
			return planSavedMsg{id: p.ID, err: err}
		}
		return planSavedMsg{id: p.ID, err: s.SetPlanLeads(ctx, p.ID, *leads)}
	}
}

func (m Model) saved(msg planSavedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.fail(msg.err)
		return m, nil
	}
	m.ed, m.draft = nil, nil
	m.table = m.table.SelectID(msg.id)
	return m, tea.Batch(common.Changed(), common.Status(m.c.T.T("plan.saved")))
}

func (m Model) selected() (store.PlanSummary, bool) {
	id, ok := m.table.SelectedID()
	for _, p := range m.plans {
		if ok && p.Plan.ID == id {
			return p, true
		}
	}
	return store.PlanSummary{}, false
}

func (m Model) rows() []table.Row {
	rows := make([]table.Row, len(m.plans))
	for i, p := range m.plans {
		rows[i] = table.Row{ID: p.Plan.ID, Cells: []string{
			p.Plan.Title,
			period(p.Plan, m.c.Lang),
			m.c.T.Label(p.Plan.Status),
			fmt.Sprint(p.Commitments),
			shareCell(p.Share(), p.MilestonesDone, p.Milestones),
		}, Keys: []string{"", p.Plan.PeriodFrom, "", "", fmt.Sprintf("%04d", int(p.Share()*1000))}}
	}
	return rows
}

// period is the plan's months, "03.2025 – 12.2026" in Ukrainian.
func period(p store.ActionPlan, lang i18n.Lang) string {
	if p.PeriodFrom == "" && p.PeriodTo == "" {
		return "—"
	}
	return common.FormatMonth(p.PeriodFrom, lang) + " – " + common.FormatMonth(p.PeriodTo, lang)
}

// shareCell is a short bar with "done/total".
func shareCell(share float64, done, total int) string {
	return bar.Bar(share, 8) + fmt.Sprintf(" %d/%d", done, total)
}

// View shows the plans and the selected plan's counts by status.
func (m Model) View() string {
	if m.ed != nil {
		return m.ed.View()
	}
	if m.confirm.Active() {
		return m.confirm.View(m.c.Width)
	}
	title := m.c.Styles.Title.Render(common.Truncate(m.Title(), max(m.c.Width, 1), "…"))
	return title + "\n" + m.table.View() + "\n" + m.detail()
}

func (m Model) detail() string {
	p, ok := m.selected()
	if !ok {
		return ""
	}
	t, lang, w := m.c.T, m.c.Lang, m.c.Width
	st := m.c.Styles
	var counts []string
	for _, s := range store.ImplStatuses {
		if n := p.ByStatus[s]; n > 0 {
			counts = append(counts, t.Label(s)+" "+fmt.Sprint(n))
		}
	}
	if p.Withdrawn > 0 {
		counts = append(counts, t.T("plan.withdrawn")+" "+fmt.Sprint(p.Withdrawn))
	}
	share := fmt.Sprintf(" %d%%", int(p.Share()*100+0.5))
	lines := []string{
		m.summaryLine(p),
		st.Label.Render(t.T("plan.ogp_title")+": ") + store.OneLine(or(p.Plan.OGPTitle, "—")) +
			st.Label.Render("  "+t.T("plan.submitted")+": ") + or(common.FormatDate(p.Plan.SubmittedOn, lang), "—"),
		st.Label.Render(t.N("plan.commitments_n", p.Commitments)+": ") + strings.Join(counts, " · "),
		st.Label.Render(t.T("plan.milestones")+": ") + t.T("plan.done_of", map[string]any{"Done": p.MilestonesDone, "Total": p.Milestones}) +
			" " + st.OK.Render(bar.Bar(p.Share(), 20)) + share + m.lateNote(p.LateMilestones),
	}
	for i, l := range lines {
		lines[i] = common.Truncate(l, w, "…")
	}
	return strings.Join(lines, "\n")
}

// summaryLine is the plan's title, period and status; the title gives way first so the
// period is never cut.
func (m Model) summaryLine(p store.PlanSummary) string {
	st := m.c.Styles
	tail := "  " + period(p.Plan, m.c.Lang) + " · " + m.c.T.Label(p.Plan.Status)
	room := m.c.Width - common.Width(tail)
	if room < 8 {
		return st.Title.Render(store.OneLine(p.Plan.Title)) + st.Muted.Render(tail)
	}
	return st.Title.Render(common.Truncate(store.OneLine(p.Plan.Title), room, "…")) + st.Muted.Render(tail)
}

func (m Model) lateNote(n int) string {
	if n == 0 {
		return ""
	}
	return m.c.Styles.Warning.Render("  " + m.c.T.N("plan.late_n", n))
}

func or(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	if keys, ok := m.shortHelp(); ok {
		return keys
	}
	if m.table.Filtering() {
		return m.table.ShortHelp()
	}
	out := []key.Binding{}
	if m.table.Len() > 0 {
		out = append(out, m.keys.Open, m.keys.Edit)
	}
	if _, ok := m.selected(); ok {
		out = append(out, m.keys.Delete)
	}
	out = append(out, m.keys.New)
	return append(out, m.table.ShortHelp()...)
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	return append([][]key.Binding{{m.keys.Open, m.keys.New, m.keys.Edit, m.keys.Delete}}, m.table.FullHelp()...)
}
