package commitment

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/planform"
)

// drafts hold the values the open form is bound to (on the heap, so that copies of the
// model share them with the form).
type drafts struct {
	com    *store.Commitment
	inst   *string // the commitment's institutions, one a line
	ms     *store.Milestone
	done   *doneDraft
	status *statusDraft
}

type doneDraft struct {
	ID             int64
	Date, Evidence string
}

type statusDraft struct {
	Scale    string
	To       string
	Note     string
	Meeting  int64
	Point    int64
	Evidence string // the date of the report it rests on, as typed
}

func (m Model) open(id, title string, pages ...[]form.Field) (Model, tea.Cmd) {
	ed := form.New(m.c, id, title, pages...)
	m.ed = &ed
	return m, ed.Init()
}

func (m Model) openCommitmentForm() (Model, tea.Cmd) {
	c := m.data.com
	c.Values = append([]store.OGPValue(nil), c.Values...)
	inst := planform.InstitutionsText(m.c, m.data.involved)
	m.forms = drafts{com: &c, inst: &inst}
	pages := append(planform.Commitment(m.c, m.forms.com),
		[]form.Field{planform.Institutions(m.c, "institutions", m.c.T.T("plan.f.involved"), &inst, store.InstitutionKinds)})
	return m.open("commitment", m.c.T.T("commitment.form_edit", map[string]any{"ID": c.OGPID}), pages...)
}

func (m Model) openMilestoneForm(ms store.Milestone) (Model, tea.Cmd) {
	ms.Deliverable, ms.StartDate, ms.EndDate = store.Clean(ms.Deliverable), store.OneLine(ms.StartDate), store.OneLine(ms.EndDate)
	m.forms = drafts{ms: &ms}
	t := m.c.T.T
	d := m.forms.ms
	title := t("commitment.form_new_milestone")
	if ms.ID != 0 {
		title = t("commitment.form_edit_milestone")
	}
	return m.open("milestone", title, []form.Field{
		form.Text("deliverable", t("commitment.f.deliverable"), &d.Deliverable, 3).Required(),
		form.Date("start_date", t("commitment.f.start_date"), &d.StartDate).Placeholder(common.FormatDate("2025-03-01", m.c.Lang)),
		form.Date("end_date", t("commitment.f.end_date"), &d.EndDate).Placeholder(common.FormatDate("2025-12-31", m.c.Lang)).Required(),
	})
}

func (m Model) openDoneForm(ms store.Milestone) (Model, tea.Cmd) {
	m.forms = drafts{done: &doneDraft{ID: ms.ID, Date: m.c.Today(), Evidence: store.Clean(ms.Evidence)}}
	d := m.forms.done
	t := m.c.T.T
	return m.open("done", t("commitment.form_done", map[string]any{"Name": store.OneLine(ms.Deliverable)}), []form.Field{
		form.Date("done_on", t("commitment.f.done_on"), &d.Date).Required().Check(func(s string) string {
			if form.ISODate(s) > m.c.Today() {
				return m.c.FieldText("future")
			}
			return ""
		}),
		form.Text("evidence", t("commitment.f.evidence"), &d.Evidence, 3).Help(t("commitment.f.evidence_hint")),
	})
}

// openStatus asks for a status change on scale: the new value, a note, and the meeting
// and decision point that made it, if any.
func (m Model) openStatus(scale string) (Model, tea.Cmd) {
	m.forms = drafts{status: &statusDraft{Scale: scale}}
	d := m.forms.status
	t, lang, c := m.c.T.T, m.c.Lang, m.data.com
	var fields []form.Field
	var title string
	switch scale {
	case store.ScaleImplementation:
		title = t("commitment.form_impl")
		fields = append(fields, m.valueSelect(d, string(c.ImplStatus), labelsOf(store.ImplStatuses, lang)))
	case store.ScaleCompletion:
		title = t("commitment.form_completion")
		fields = append(fields, m.valueSelect(d, string(c.Completion), labelsOf(store.Completions, lang)))
	default:
		d.To = store.WithdrawnYes
		title = t("commitment.form_withdraw")
		if c.Withdrawn {
			d.To, title = store.WithdrawnNo, t("commitment.form_unwithdraw")
		}
	}
	fields = append(fields,
		form.Text("note", t("commitment.f.note"), &d.Note, 3).Help(t("commitment.f.note_hint")).Required(),
		form.Select("meeting", t("commitment.f.meeting"), &d.Meeting, m.meetingOptions()...),
		form.SelectFunc("point", t("commitment.f.point"), &d.Point, m.pointOptions(d), &d.Meeting),
		form.Date("evidence_on", t("commitment.f.evidence_on"), &d.Evidence),
	)
	return m.open("status", title+" — "+c.OGPID, fields)
}

type labelled struct{ value, label string }

func labelsOf[T interface {
	~string
	MsgID() string
}](all []T, lang i18n.Lang) []labelled {
	out := make([]labelled, len(all))
	for i, v := range all {
		out[i] = labelled{string(v), i18n.New(lang).Label(v)}
	}
	return out
}

// valueSelect offers every value but the current one.
func (m Model) valueSelect(d *statusDraft, current string, all []labelled) form.Field {
	var opts []huh.Option[string]
	for _, v := range all {
		if v.value != current {
			opts = append(opts, huh.NewOption(v.label, v.value))
		}
	}
	d.To = opts[0].Value
	return form.Select("to", m.c.T.T("commitment.f.to"), &d.To, opts...)
}

// meetingOptions lists "none" and the latest meetings, newest first.
func (m Model) meetingOptions() []huh.Option[int64] {
	opts := []huh.Option[int64]{huh.NewOption(m.c.T.T("commitment.no_meeting"), int64(0))}
	for _, ms := range m.data.meetings {
		label := m.c.T.T("commitment.meeting_label", map[string]any{"N": ms.Number, "Date": common.FormatDate(ms.Date, m.c.Lang)}) +
			" · " + m.c.T.Label(ms.Status)
		opts = append(opts, huh.NewOption(label, ms.ID))
	}
	return opts
}

// pointOptions loads the chosen meeting's decision points (huh runs it in a command).
func (m Model) pointOptions(d *statusDraft) func() []huh.Option[int64] {
	s, none := m.c.Store, m.c.T.T("commitment.no_point")
	return func() []huh.Option[int64] {
		opts := []huh.Option[int64]{huh.NewOption(none, int64(0))}
		if d.Meeting == 0 {
			return opts
		}
		ctx, cancel := common.Context()
		defer cancel()
		points, err := s.MeetingPoints(ctx, d.Meeting)
		if err != nil {
			return opts
		}
		for _, p := range points {
			label := fmt.Sprintf("%d.%d. %s", p.ItemPosition, p.Position, store.OneLine(p.Text))
			opts = append(opts, huh.NewOption(label, p.ID))
		}
		return opts
	}
}

// submit saves the open form.
func (m Model) submit(id string) tea.Cmd {
	f := m.forms
	switch {
	case id == "commitment" && f.com != nil && f.inst != nil:
		c := *f.com
		involved, _ := planform.ParseInstitutions(m.c, *f.inst, store.InstitutionKinds) // the field checked it
		return m.run(id, "commitment.saved", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			if err := s.UpdateCommitment(ctx, c); err != nil {
				return err
			}
			return s.SetCommitmentInstitutions(ctx, c.ID, involved)
		})
	case id == "milestone" && f.ms != nil:
		ms := *f.ms
		ms.StartDate, ms.EndDate = form.ISODate(ms.StartDate), form.ISODate(ms.EndDate)
		return m.run(id, "commitment.milestone_saved", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			if ms.ID == 0 {
				_, err := s.CreateMilestone(ctx, ms)
				return err
			}
			return s.UpdateMilestone(ctx, ms)
		})
	case id == "done" && f.done != nil:
		d := *f.done
		return m.run(id, "commitment.milestone_done", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.MarkMilestoneDone(ctx, d.ID, form.ISODate(d.Date), d.Evidence)
		})
	case id == "status" && f.status != nil:
		return m.saveStatus(*f.status)
	}
	return nil
}

func (m Model) saveStatus(d statusDraft) tea.Cmd {
	cid := m.id
	note := store.StatusNote{Note: d.Note, MeetingID: d.Meeting, PointID: d.Point, EvidenceOn: form.ISODate(d.Evidence)}
	return m.run("status", "commitment.status_saved", func(s *store.Store) error {
		ctx, cancel := common.Context()
		defer cancel()
		switch d.Scale {
		case store.ScaleImplementation:
			return s.ChangeImplStatus(ctx, cid, store.ImplStatus(d.To), note)
		case store.ScaleCompletion:
			return s.ChangeCompletion(ctx, cid, store.Completion(d.To), note)
		}
		return s.SetWithdrawn(ctx, cid, d.To == store.WithdrawnYes, note)
	})
}
