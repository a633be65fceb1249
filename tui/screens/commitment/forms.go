package commitment

import (
	"errors"
	"fmt"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/editor"
	"github.com/khmelnytskyi-ogp/rada/tui/components/planform"
)

// drafts hold the values the open form is bound to (on the heap, so that copies of the
// model share them with the form).
type drafts struct {
	com    *store.Commitment
	ms     *store.Milestone
	done   *doneDraft
	status *statusDraft
}

type doneDraft struct {
	ID             int64
	Date, Evidence string
}

type statusDraft struct {
	Scale   string
	To      string
	Note    string
	Meeting int64
	Point   int64
}

func errorText(c common.Common, err error) string { return planform.ErrorText(c, err) }

func (m Model) open(id, title string, f *huh.Form, snap func() string) (Model, tea.Cmd) {
	ed := editor.New(id, title, f, m.c.Styles, m.c.T, snap).SetSize(m.c.Width, m.c.Height)
	m.ed = &ed
	return m, ed.Init()
}

func (m Model) openCommitmentForm() (Model, tea.Cmd) {
	c := m.data.com
	c.Values = append([]store.OGPValue(nil), c.Values...)
	m.forms = drafts{com: &c}
	return m.open("commitment", m.c.T.T("commitment.form_edit", map[string]any{"ID": c.OGPID}),
		planform.Commitment(m.c, m.forms.com), planform.CommitmentSnapshot(m.forms.com))
}

func (m Model) openMilestoneForm(ms store.Milestone) (Model, tea.Cmd) {
	ms.Deliverable, ms.StartDate, ms.EndDate = store.Clean(ms.Deliverable), store.OneLine(ms.StartDate), store.OneLine(ms.EndDate)
	m.forms = drafts{ms: &ms}
	t := m.c.T.T
	d := m.forms.ms
	date := func(s string) error {
		if s = strings.TrimSpace(s); s != "" && !store.ValidDate(s) {
			return errors.New(m.c.FieldText("date"))
		}
		return nil
	}
	title := t("commitment.form_new_milestone")
	if ms.ID != 0 {
		title = t("commitment.form_edit_milestone")
	}
	f := huh.NewForm(huh.NewGroup(
		huh.NewText().Title(t("commitment.f.deliverable")).Lines(3).Value(&d.Deliverable).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return errors.New(m.c.FieldText("required"))
			}
			return nil
		}),
		huh.NewInput().Title(t("commitment.f.start_date")).Placeholder("2025-03-01").Value(&d.StartDate).Validate(date),
		huh.NewInput().Title(t("commitment.f.end_date")).Placeholder("2025-12-31").Value(&d.EndDate).Validate(func(s string) error {
			if strings.TrimSpace(s) == "" {
				return errors.New(m.c.FieldText("required"))
			}
			return date(s)
		}),
	))
	return m.open("milestone", title, f, func() string { return fmt.Sprintf("%+v", *d) })
}

func (m Model) openDoneForm(ms store.Milestone) (Model, tea.Cmd) {
	m.forms = drafts{done: &doneDraft{ID: ms.ID, Date: m.c.Today(), Evidence: store.Clean(ms.Evidence)}}
	d := m.forms.done
	t := m.c.T.T
	f := huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(t("commitment.f.done_on")).Value(&d.Date).Validate(func(s string) error {
			switch s = strings.TrimSpace(s); {
			case !store.ValidDate(s):
				return errors.New(m.c.FieldText("date"))
			case s > m.c.Today():
				return errors.New(m.c.FieldText("future"))
			}
			return nil
		}),
		huh.NewText().Title(t("commitment.f.evidence")).Description(t("commitment.f.evidence_hint")).Lines(3).Value(&d.Evidence),
	))
	return m.open("done", t("commitment.form_done", map[string]any{"Name": store.OneLine(ms.Deliverable)}), f,
		func() string { return fmt.Sprintf("%+v", *d) })
}

// openStatus asks for a status change on scale: the new value, a note, and the meeting
// and decision point that made it, if any.
func (m Model) openStatus(scale string) (Model, tea.Cmd) {
	m.forms = drafts{status: &statusDraft{Scale: scale}}
	d := m.forms.status
	t, lang, c := m.c.T.T, m.c.Lang, m.data.com
	var fields []huh.Field
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
		huh.NewText().Title(t("commitment.f.note")).Description(t("commitment.f.note_hint")).Lines(3).Value(&d.Note).
			Validate(func(s string) error {
				if strings.TrimSpace(s) == "" {
					return errors.New(m.c.FieldText("required"))
				}
				return nil
			}),
		huh.NewSelect[int64]().Title(t("commitment.f.meeting")).Options(m.meetingOptions()...).Value(&d.Meeting),
		huh.NewSelect[int64]().Title(t("commitment.f.point")).OptionsFunc(m.pointOptions(d), &d.Meeting).Value(&d.Point),
	)
	return m.open("status", title+" — "+c.OGPID, huh.NewForm(huh.NewGroup(fields...)),
		func() string { return fmt.Sprintf("%+v", *d) })
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
func (m Model) valueSelect(d *statusDraft, current string, all []labelled) huh.Field {
	var opts []huh.Option[string]
	for _, v := range all {
		if v.value != current {
			opts = append(opts, huh.NewOption(v.label, v.value))
		}
	}
	d.To = opts[0].Value
	return huh.NewSelect[string]().Title(m.c.T.T("commitment.f.to")).Options(opts...).Value(&d.To)
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
	case id == "commitment" && f.com != nil:
		c := *f.com
		return m.run(id, "commitment.saved", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.UpdateCommitment(ctx, c)
		})
	case id == "milestone" && f.ms != nil:
		ms := *f.ms
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
			return s.MarkMilestoneDone(ctx, d.ID, strings.TrimSpace(d.Date), d.Evidence)
		})
	case id == "status" && f.status != nil:
		return m.saveStatus(*f.status)
	}
	return nil
}

func (m Model) saveStatus(d statusDraft) tea.Cmd {
	cid := m.id
	note := store.StatusNote{Note: d.Note, MeetingID: d.Meeting, PointID: d.Point}
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
