package live

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Confirm dialog ids.
const (
	askStart = "ask:start"
	askClose = "ask:close"
	askDefer = "ask:defer"
	askClear = "ask:clear"

	askDeleteSpeech = "ask:delete-speech:" // + the speech's id
	askDeletePoint  = "ask:delete-point:"  // + the point's id

	askDeleteAssignment = "ask:delete-assignment:" // + the assignment's id

	askEarlyDeadline = "ask:early-deadline" // an assignment's deadline before the meeting
)

// Update handles store results, the draft debounce and keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case liveLoadedMsg:
		return m.loadedLive(msg)
	case draftsLoadedMsg:
		if msg.err != nil {
			return m, m.fail(msg.err)
		}
		m.drafts = msg.drafts
		return m.restoreForm()
	case form.SubmitMsg:
		if m.mode != modeForm || msg.ID != m.editing.prefix {
			return m, nil
		}
		return m.submit()
	case form.CancelMsg:
		if m.mode != modeForm || msg.ID != m.editing.prefix {
			return m, nil
		}
		return m.closeForm()
	case form.DraftSavedMsg:
		if msg.Err != nil {
			return m, m.fail(msg.Err)
		}
		return m, nil
	case draftSavedMsg:
		if msg.err != nil {
			return m, m.fail(msg.err)
		}
		return m, nil
	case doneMsg:
		return m.done(msg)
	case common.WrittenMsg:
		return m.written(msg)
	case savedMsg:
		return m.saved(msg)
	case targetsLoadedMsg:
		return m.targetsLoaded(msg)
	case confirm.ResultMsg:
		return m.answered(msg)
	case common.DataChangedMsg:
		if m.reloaded {
			m.reloaded = false
			return m, nil
		}
		return m.reload(0)
	case common.PulseDueMsg:
		return m, m.pulse.Due(msg, m.c.Store)
	case common.LastChangeMsg:
		if m.mode != modeView || m.confirm.Active() {
			return m, nil // look again on the next tick, once nothing is being typed
		}
		var changed bool
		if m.pulse, changed = m.pulse.Seen(msg); changed {
			return m.reload(0) // someone acted from another terminal
		}
		return m, nil
	case tea.KeyMsg:
		if common.Burst(msg) && !m.typing() {
			return common.EachRune(m, msg, Model.Update, Model.typing)
		}
		if m.confirm.Active() {
			var cmd tea.Cmd
			m.confirm, cmd = m.confirm.Update(msg)
			return m, cmd
		}
		return m.key(msg)
	}
	if m.mode == modeForm {
		var cmd tea.Cmd
		m.form, cmd = m.form.Update(msg)
		return m, cmd
	}
	return m, nil
}

func (m Model) loadedLive(msg liveLoadedMsg) (Model, tea.Cmd) {
	if msg.req != m.req {
		return m, nil
	}
	if msg.err != nil {
		return m, m.fail(msg.err)
	}
	prev := m.live.Current().ID
	m.live, m.loaded = msg.live, true
	m = m.showWrites().redraw()
	if m.live.Current().ID != prev {
		m.scroll, m.sel = 0, -1
	}
	m.sel = min(m.sel, len(m.entries())-1)
	m.cursor = min(m.cursor, max(len(m.live.Record.Roll.Members)-1, 0))
	if !m.asked && m.startable() && !m.c.ReadOnly {
		m.asked = true
		return m.askStart(), nil
	}
	return m.restoreForm()
}

func (m Model) askStart() Model {
	q := "live.ask_start"
	if m.refusal(store.ActStart) != nil {
		q = "live.ask_start_draft"
	}
	ask := m.c.T.T(q, map[string]any{"Number": m.live.Meeting.Number, "Status": m.c.T.Label(m.live.Meeting.Status)})
	if quorum := m.live.Record.Roll.Quorum; !quorum.Quorate {
		ask = m.c.T.T("live.no_quorum_start", map[string]any{"Why": common.QuorumText(m.c.T, quorum)}) + " " + ask
	}
	m.confirm = m.confirm.Ask(askStart, ask)
	return m
}

func (m Model) done(msg doneMsg) (Model, tea.Cmd) {
	var status tea.Cmd
	if msg.err != nil {
		status = m.fail(msg.err)
	} else if msg.ok != "" {
		status = common.Status(msg.ok)
	}
	if msg.err == nil && msg.closed {
		return m, tea.Batch(status, common.Changed(), common.Back())
	}
	if msg.err == nil && msg.started {
		m.live.Meeting.Status = store.After(store.ActStart) // keys work at once, before the reload arrives
		m = m.redraw()
	}
	m, reload := m.reload(0)
	m.reloaded = true // the change this broadcasts comes back here: this reload already covers it
	return m, tea.Batch(status, reload, common.Changed())
}

func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		if errs := m.c.FieldErrors(msg.err); errs != nil && m.editing.prefix == msg.prefix {
			m.form = m.form.SetErrors(errs)
		}
		return m, m.fail(msg.err)
	}
	for k := range m.drafts {
		if strings.HasPrefix(k, msg.prefix) || k == openKey(m.id) {
			delete(m.drafts, k)
		}
	}
	if m.editing.prefix == msg.prefix {
		m.form, m.editing, m.mode = form.Model{}, editing{}, returnMode(msg.kind)
		switch msg.kind {
		case formRecuse:
			m.cursor = m.nextPresent(m.cursor)
		case formAbsent:
			m.cursor = min(m.cursor+1, max(len(m.live.Record.Roll.Members)-1, 0))
		}
	}
	m, reload := m.reload(0)
	return m, tea.Batch(reload, common.Status(m.c.T.T("live.saved")), common.Changed())
}

func (m Model) targetsLoaded(msg targetsLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.fail(msg.err)
	}
	if len(msg.targets) == 0 {
		return m, common.Send(common.StatusMsg{Text: m.c.T.T("live.no_targets"), Err: true})
	}
	m.picker, m.mode = deferPicker{targets: msg.targets}, modeDefer
	return m, nil
}

func (m Model) answered(msg confirm.ResultMsg) (Model, tea.Cmd) {
	if !msg.Yes {
		return m, nil
	}
	if m, cmd, ok := m.deleteAnswered(msg.ID); ok {
		return m, cmd
	}
	st, id := m.c.Store, m.id
	switch msg.ID {
	case askStart:
		force := m.refusal(store.ActStart) != nil
		cmd := act(m.c.T.T("live.started"), func(ctx context.Context) error { return st.StartSession(ctx, id, force) })
		return m, func() tea.Msg { d := cmd().(doneMsg); d.started = true; return d }
	case askClose:
		cmd := act(m.c.T.T("live.closed"), func(ctx context.Context) error { return st.CloseMeeting(ctx, id) })
		return m, func() tea.Msg { d := cmd().(doneMsg); d.closed = true; return d }
	case askEarlyDeadline:
		return m.save()
	case askClear:
		item := m.live.Current().ID
		return m.queue(m.c.T.T("live.votes_cleared"), nil, func(ctx context.Context) error { return st.ClearVotes(ctx, item) })
	case askDefer:
		to, ok := m.picker.chosen()
		if !ok {
			return m, nil
		}
		item := m.live.Current().ID
		m.mode = modeView
		text := m.c.T.T("live.deferred", map[string]any{"Number": to.Number, "Date": common.FormatDate(to.Date, m.c.Lang)})
		return m, act(text, func(ctx context.Context) error { _, err := st.DeferItem(ctx, item, to.ID); return err })
	}
	return m, nil
}

func (m Model) key(km tea.KeyMsg) (Model, tea.Cmd) {
	if key.Matches(km, m.keys.Help) && (m.mode == modeRoll || m.mode == modeAttendance || m.mode == modeDefer) {
		return m, common.Send(common.ShowHelpMsg{}) // the lists take letters, not ?
	}
	switch m.mode {
	case modeForm:
		return m.formKey(km)
	case modeRoll:
		return m.rollKey(km)
	case modeAttendance:
		return m.attendanceKey(km)
	case modeDefer:
		return m.deferKey(km)
	}
	return m.viewKey(km)
}

func (m Model) viewKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(km, k.Up) && len(m.entries()) > 0:
		return m.moveSelection(-1), nil
	case key.Matches(km, k.Down) && len(m.entries()) > 0:
		return m.moveSelection(1), nil
	case key.Matches(km, k.Up):
		m.scroll = max(m.scroll-1, 0)
		return m, nil
	case key.Matches(km, k.Down):
		m.scroll++
		return m, nil
	case key.Matches(km, k.Next):
		return m.step(1)
	case key.Matches(km, k.Prev):
		return m.step(-1)
	case key.Matches(km, k.Start) && m.loaded && m.startable():
		return m.askStart(), nil
	}
	edit := []key.Binding{k.Heard, k.Speech, k.Point, k.Assign, k.Roll, k.AllFor, k.Attendance, k.Defer, k.Close, k.Start,
		k.Edit, k.Delete}
	if !anyMatches(km, edit) {
		return m, nil
	}
	if why := m.refuseEdit(); why != "" {
		return m, common.Send(common.StatusMsg{Text: why, Err: true})
	}
	if a, ok := k.action(km); ok {
		if err := m.refusal(a); err != nil {
			return m, m.fail(err)
		}
	}
	st, item := m.c.Store, m.live.Current().ID
	switch {
	case key.Matches(km, k.Edit):
		return m.editSelected()
	case key.Matches(km, k.Delete):
		return m.askDelete()
	case key.Matches(km, k.Heard):
		return m.openForm(formHeard, 0)
	case key.Matches(km, k.Speech):
		return m.openForm(formSpeech, 0)
	case key.Matches(km, k.Point):
		return m.openForm(formPoint, 0)
	case key.Matches(km, k.Assign):
		return m.openForm(formAssign, 0)
	case key.Matches(km, k.Roll):
		m.mode, m.cursor = modeRoll, m.firstPresent()
		return m, nil
	case key.Matches(km, k.AllFor):
		return m.queue(m.c.T.T("live.all_for_done"), nil, func(ctx context.Context) error { _, err := st.CastAllFor(ctx, item); return err })
	case key.Matches(km, k.Attendance):
		m.mode, m.cursor = modeAttendance, 0
		return m, nil
	case key.Matches(km, k.Defer):
		return m, loadTargets(st, m.id)
	case key.Matches(km, k.Close):
		m.confirm = m.confirm.Ask(askClose, m.c.T.T("live.ask_close", map[string]any{"Number": m.live.Meeting.Number}))
		return m, nil
	}
	return m, nil
}

func anyMatches(km tea.KeyMsg, bs []key.Binding) bool {
	for _, b := range bs {
		if key.Matches(km, b) {
			return true
		}
	}
	return false
}

// step moves to the next or previous item and remembers it for a restart.
func (m Model) step(delta int) (Model, tea.Cmd) {
	i := m.live.Index + delta
	if !m.hasItem() || i < 0 || i >= len(m.live.Items) {
		return m, nil
	}
	pos := m.live.Items[i].Position
	m, reload := m.reload(pos)
	if m.c.ReadOnly || m.refusal(store.ActCurrentItem) != nil {
		return m, reload
	}
	st, id := m.c.Store, m.id
	remember := func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if err := st.SetCurrentItem(ctx, id, pos); err != nil {
			return draftSavedMsg{err: err}
		}
		return nil
	}
	return m, tea.Batch(reload, remember)
}

func (m Model) formKey(km tea.KeyMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(km)
	return m, cmd
}

// closeForm closes the form, keeping its drafts: it says so when something new was typed.
func (m Model) closeForm() (Model, tea.Cmd) {
	m, cmd := m.keepDrafts(true)
	typed, kind := m.form.Typed() && m.form.Changed(), m.editing.kind // nothing said when nothing changed
	m.form, m.editing, m.mode = form.Model{}, editing{}, returnMode(kind)
	if typed {
		return m, tea.Batch(cmd, common.Status(m.c.T.T("live.draft_kept")))
	}
	return m, cmd
}

// returnMode is the mode a form of kind goes back to when it closes: the list it was opened from.
func returnMode(kind formKind) mode {
	switch kind {
	case formRecuse:
		return modeRoll
	case formAbsent:
		return modeAttendance
	}
	return modeView
}

// submit stores what the form holds; its drafts go once it is stored. An assignment due
// before the meeting's date is asked about first.
func (m Model) submit() (Model, tea.Cmd) {
	if k := m.editing.kind; k == formAssign || k == formAssignEdit {
		if d, date := m.assignmentOf(m.editing).Deadline, m.live.Meeting.Date; common.EarlyDeadline(d, date) {
			m.confirm = m.confirm.Ask(askEarlyDeadline, m.c.EarlyDeadlineQuestion(d, date))
			return m, nil
		}
	}
	return m.save()
}

// save stores what the form holds.
func (m Model) save() (Model, tea.Cmd) {
	e, st, marker := m.editing, m.c.Store, openKey(m.id)
	v := *e.v
	run := func(fn func(ctx context.Context) error) (Model, tea.Cmd) {
		m, save := m.keepDrafts(false)
		return m, tea.Sequence(save, record(st, e.kind, e.prefix, marker, fn))
	}
	item, text := e.itemID, strings.TrimSpace(v.text)
	switch e.kind {
	case formHeard:
		text := m.heardToSave(item, text)
		return run(func(ctx context.Context) error { return st.SetHeard(ctx, item, text) })
	case formSpeech:
		sp := m.speechOf(e)
		return run(func(ctx context.Context) error { _, err := st.AddSpeech(ctx, sp); return err })
	case formSpeechEdit:
		sp := m.speechOf(e)
		return run(func(ctx context.Context) error { return st.UpdateSpeech(ctx, sp) })
	case formPointEdit:
		p, _ := m.pointByID(e.ref)
		p.ID, p.Text = e.ref, text
		return run(func(ctx context.Context) error { return st.UpdatePoint(ctx, p) })
	case formPoint:
		p := store.DecisionPoint{ItemID: item, Text: text}
		return run(func(ctx context.Context) error { _, err := st.AddPoint(ctx, p); return err })
	case formAssign:
		a := m.assignmentOf(e)
		return run(func(ctx context.Context) error { _, err := st.CreateAssignment(ctx, a); return err })
	case formAssignEdit:
		a := m.assignmentOf(e)
		return run(func(ctx context.Context) error { return st.UpdateAssignment(ctx, a) })
	case formRecuse:
		member, reason := e.ref, strings.TrimSpace(v.reason)
		return run(func(ctx context.Context) error {
			_, err := st.CastVote(ctx, item, member, store.VoteRecused, reason)
			return err
		})
	case formAbsent:
		id, member, reason := m.id, e.ref, strings.TrimSpace(v.reason)
		return run(func(ctx context.Context) error {
			return st.SetAttendance(ctx, id, member, store.PresenceAbsent, reason)
		})
	}
	return m, nil
}

// speechOf is the speech the form holds: a member or guest when the name is one of theirs.
func (m Model) speechOf(e editing) store.Speech {
	sp := store.Speech{ID: e.ref, ItemID: e.itemID, Summary: strings.TrimSpace(e.v.summary), SpeakerName: strings.TrimSpace(e.v.speaker)}
	if p, ok := m.form.Chosen("speaker"); ok {
		sp.SpeakerMemberID, sp.SpeakerGuestID = p.MemberID, p.GuestID
	}
	return sp
}

// assignmentOf is the assignment the form holds; an edit keeps its member when the name
// stays as it was, even if that member is no longer on the roll.
func (m Model) assignmentOf(e editing) store.Assignment {
	responsible := strings.TrimSpace(e.v.responsible)
	a := store.Assignment{ID: e.ref, ItemID: e.itemID, Text: strings.TrimSpace(e.v.text), Deadline: form.ISODate(e.v.deadline)}
	old, _ := m.assignmentByID(e.ref)
	p, ok := m.form.Chosen("responsible")
	switch {
	case ok && p.MemberID != 0:
		a.ResponsibleMemberID = p.MemberID
	case e.ref != 0 && old.ResponsibleMemberID != 0 && responsible == store.OneLine(old.ResponsibleName):
		a.ResponsibleMemberID = old.ResponsibleMemberID
	default:
		a.ResponsibleOrg = responsible
	}
	if opt := e.v.point; opt > 0 && opt <= len(m.live.Record.Points) {
		a.PointID = m.live.Record.Points[opt-1].ID
	}
	return a
}
