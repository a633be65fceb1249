package live

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

type mode int

const (
	modeView mode = iota
	modeForm
	modeRoll
	modeAttendance
	modeDefer
)

// Model is the live screen's state.
type Model struct {
	c        common.Common
	keys     keyMap
	id       int64
	live     store.Live
	loaded   bool
	req      int
	mode     mode
	form     form.Model
	editing  editing
	cursor   int         // the member under the cursor (roll call, attendance)
	picker   deferPicker // the meetings an item may be deferred to
	confirm  confirm.Model
	scroll   int
	drafts   map[string]string             // every draft of the meeting as last saved
	restored bool                          // the form open at the last exit has been reopened
	asked    bool                          // the question to start the session has been asked
	sel      int                           // the selected speech, point or assignment (entries), -1 none
	pulse    common.Pulse                  // looks for changes made from another terminal
	reloaded bool                          // a store action's own reload is on its way: skip the change it broadcasts
	drawn    drawn                         // the meeting and its roll as drawn for the width
	writes   common.WriteQueue[store.Live] // votes and marks keyed and not yet reported
}

// New builds the live screen of a meeting.
func New(c common.Common, meetingID int64) Model {
	return Model{c: c, keys: newKeys(c.T), id: meetingID, confirm: confirm.New(c.Styles, c.T), sel: -1}
}

// Init loads the meeting and its drafts.
func (m Model) Init() tea.Cmd {
	return tea.Batch(loadLive(m.c.Store, m.id, 0, m.req), loadDrafts(m.c.Store, draftPrefix(m.id)), m.pulse.Watch(m.c.Store))
}

// SetSize sets the screen's area.
func (m Model) SetSize(w, h int) Model {
	resized := w != m.c.Width
	m.c.Width, m.c.Height = w, h
	if m.editing.open() {
		m.form = m.form.SetSize(w, h)
	}
	if resized {
		m = m.redraw()
	}
	return m
}

// Title names the screen.
func (m Model) Title() string {
	return m.c.T.T("live.title", map[string]any{"Number": m.live.Meeting.Number})
}

// Capturing is true whenever the screen is not in its plain item view: typing, voting and
// choosing all need esc and letters for themselves.
func (m Model) Capturing() bool { return m.mode != modeView || m.confirm.Active() }

// typing is true while a text field has the keys: a burst of runes is text then, not keys.
func (m Model) typing() bool { return m.mode == modeForm && !m.confirm.Active() }

// MeetingID is the meeting shown.
func (m Model) MeetingID() int64 { return m.id }

func (m Model) locked() bool  { return m.live.Meeting.Status.Locked() }
func (m Model) hasItem() bool { return m.live.Index >= 0 && len(m.live.Items) > 0 }

func (m Model) startable() bool { return m.live.Meeting.Status.Startable() }

// refusal is why the workflow's table refuses step a now, the quorum on screen included;
// the live screen is the secretary's.
func (m Model) refusal(a store.Action) error {
	if err := store.AllowOperator(m.live.Meeting.Status, a, store.Member{}, m.c.Store.Actor()); err != nil {
		return err
	}
	return store.AllowQuorum(a, m.live.Record.Roll.Quorum)
}

// reload reads the screen again at the item on screen (or at position, when given).
func (m Model) reload(position int) (Model, tea.Cmd) {
	m.req++
	if position == 0 && m.hasItem() {
		position = m.live.Current().Position
	}
	return m, loadLive(m.c.Store, m.id, position, m.req)
}

// errText says why a store call was refused, in the interface's language.
func (m Model) errText(err error) string {
	var ve *store.ValidationError
	switch {
	case errors.Is(err, store.ErrLocked):
		return m.c.ErrText(store.ErrLocked)
	case errors.As(err, &ve) && len(ve.Fields) > 0:
		f := ve.Fields[0]
		if s := m.c.T.T("live.err." + f.Field + "_" + f.Code); s != "live.err."+f.Field+"_"+f.Code {
			return s
		}
	}
	return m.c.ErrText(err)
}

func (m Model) fail(err error) tea.Cmd {
	return common.Send(common.StatusMsg{Text: m.errText(err), Err: true})
}

// refuseEdit says why the item view's edit keys do nothing now; "" when the record may
// change (the workflow's table).
func (m Model) refuseEdit() string {
	switch err := m.refusal(store.ActRecord); {
	case !m.loaded:
		return m.c.T.T("common.loading")
	case m.c.ReadOnly:
		return m.c.T.T("app.read_only_key")
	case err != nil:
		return m.c.ErrText(err)
	case !m.hasItem():
		return m.c.T.T("live.no_items")
	}
	return ""
}

// openForm opens the editor of kind for the item on screen, restoring its drafts; ref is
// the member of a recusal, or the speech or point an edit changes.
func (m Model) openForm(kind formKind, ref int64) (Model, tea.Cmd) {
	it := m.live.Current()
	e := editing{kind: kind, itemID: it.ID, ref: ref, prefix: formPrefix(m.id, it.ID, kind, ref), v: &texts{}}
	v, T := e.v, m.c.T.T
	var title string
	var fields []form.Field
	switch kind {
	case formHeard:
		title, v.text = T("live.heard"), m.heardStart(it)
		fields = []form.Field{form.Text("text", T("live.field.heard"), &v.text, 3)}
	case formSpeech, formSpeechEdit:
		title = T("live.spoke")
		if kind == formSpeechEdit {
			old, ok := m.speechByID(ref)
			if !ok {
				return m, nil
			}
			title, v.speaker, v.summary = T("live.edit_speech"), m.speaker(old), old.Summary
		}
		people := append(memberPeople(m.live.Record.Roll.Members), guestPeople(m.live.Guests)...)
		fields = []form.Field{form.Name("speaker", T("live.field.speaker"), &v.speaker, people),
			form.Text("summary", T("live.field.summary"), &v.summary, 3)}
	case formPoint:
		title = T("live.new_point", map[string]any{"Ref": m.pointRef(len(m.live.Record.Points) + 1)})
		fields = []form.Field{form.Text("text", T("live.field.point"), &v.text, 3)}
	case formPointEdit:
		old, ok := m.pointByID(ref)
		if !ok {
			return m, nil
		}
		title, v.text = T("live.edit_point", map[string]any{"Ref": m.pointRef(old.Position)}), old.Text
		fields = []form.Field{form.Text("text", T("live.field.point"), &v.text, 3)}
	case formAssign, formAssignEdit:
		title, v.point = T("live.new_assignment"), len(m.live.Record.Points)
		if kind == formAssignEdit {
			old, ok := m.assignmentByID(ref)
			if !ok {
				return m, nil
			}
			title, v.point = T("live.edit_assignment"), m.pointIndex(old.PointID)
			v.text, v.responsible, v.deadline = old.Text, old.ResponsibleName, old.Deadline
		}
		fields = []form.Field{
			form.Select("point", T("live.field.by_point"), &v.point, m.pointOptions()...),
			form.Text("text", T("live.field.assignment"), &v.text, 3),
			form.Name("responsible", T("live.field.responsible"), &v.responsible, memberPeople(m.live.Record.Roll.Members)),
			form.Line("deadline", T("live.field.deadline"), &v.deadline),
		}
	case formRecuse:
		title = T("live.recusal_of", map[string]any{"Name": m.memberName(ref)})
		fields = []form.Field{form.Line("reason", T("live.field.reason"), &v.reason)}
	case formAbsent:
		title = T("live.absence_of", map[string]any{"Name": m.memberName(ref)})
		fields = []form.Field{form.Line("reason", T("live.field.absence_reason"), &v.reason)}
	default:
		return m, nil
	}
	m.form = form.NewInline(m.c, e.prefix, title, fields...).Drafts(e.prefix, m.drafts)
	m.editing, m.mode = e, modeForm
	marker := fmt.Sprintf("%d|%s|%d", e.itemID, kind, ref)
	m.drafts = setDraft(m.drafts, openKey(m.id), marker)
	return m, tea.Batch(m.form.Init(), saveDrafts(m.c.Store, map[string]string{openKey(m.id): marker}))
}

func setDraft(d map[string]string, k, v string) map[string]string {
	if d == nil {
		d = map[string]string{}
	}
	if v == "" {
		delete(d, k)
	} else {
		d[k] = v
	}
	return d
}

// keepDrafts saves the open form's texts now (focus left a field, or the form closed).
func (m Model) keepDrafts(closing bool) (Model, tea.Cmd) {
	if !m.editing.open() {
		return m, nil
	}
	d := m.form.Texts()
	if closing {
		d[openKey(m.id)] = ""
	}
	for k, v := range d {
		m.drafts = setDraft(m.drafts, k, v)
	}
	return m, saveDrafts(m.c.Store, d)
}

// restoreForm reopens the form that was open when Rada last stopped.
func (m Model) restoreForm() (Model, tea.Cmd) {
	if m.restored || !m.loaded || m.drafts == nil || m.refuseEdit() != "" {
		return m, nil
	}
	parts := strings.Split(m.drafts[openKey(m.id)], "|")
	if len(parts) != 3 {
		m.restored = true
		return m, nil
	}
	itemID, _ := strconv.ParseInt(parts[0], 10, 64)
	ref, _ := strconv.ParseInt(parts[2], 10, 64)
	if itemID != m.live.Current().ID {
		for _, it := range m.live.Items {
			if it.ID == itemID {
				return m.reload(it.Position)
			}
		}
		m.restored = true
		return m, nil
	}
	m.restored = true
	return m.openForm(formKind(parts[1]), ref)
}

func (m Model) pointRef(n int) string {
	return fmt.Sprintf("%d.%d", m.live.Current().Position, n)
}

// pointIndex is a point's place among pointOptions (0: no point).
func (m Model) pointIndex(id int64) int {
	for i, p := range m.live.Record.Points {
		if p.ID == id {
			return i + 1
		}
	}
	return 0
}

// pointOptions are "no point" and each decision point of the item, by their place.
func (m Model) pointOptions() []huh.Option[int] {
	opts := []huh.Option[int]{huh.NewOption(m.c.T.T("live.no_point"), 0)}
	for i, p := range m.live.Record.Points {
		opts = append(opts, huh.NewOption(m.pointRef(p.Position)+" "+store.OneLine(p.Text), i+1))
	}
	return opts
}

// memberName and guestName are a person's name as the screen shows it, cleaned.
func (m Model) memberName(id int64) string {
	for _, rm := range m.live.Record.Roll.Members {
		if rm.Member.ID == id {
			return store.OneLine(rm.Member.FullName)
		}
	}
	return ""
}

func (m Model) guestName(id int64) string {
	for _, g := range m.live.Guests {
		if g.ID == id {
			return store.OneLine(g.FullName)
		}
	}
	return ""
}

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.confirm.Active() {
		return m.confirm.ShortHelp()
	}
	switch m.mode {
	case modeForm:
		return m.form.ShortHelp()
	case modeRoll:
		return append(slices.Clone(k.Votes), k.AllFor, k.Cancel)
	case modeAttendance:
		return []key.Binding{k.Present, k.Remote, k.Absent, k.Cancel}
	case modeDefer:
		return []key.Binding{k.Up, k.Down, k.Choose, k.Cancel}
	}
	if m.refuseEdit() != "" {
		return append(m.startKey(), k.Next, k.Prev, k.Up, k.Down)
	}
	k = m.stepKeys()
	if m.sel >= 0 {
		return []key.Binding{k.Edit, k.Delete, k.Up, k.Down, k.Speech, k.Point, k.Roll, k.Next}
	}
	return []key.Binding{k.Heard, k.Speech, k.Point, k.Assign, k.Roll, k.Attendance, k.Next}
}

// stepKeys are the keys with each step's key switched off when the workflow's table refuses it.
func (m Model) stepKeys() keyMap {
	k := m.keys
	for b, a := range k.steps() {
		b.SetEnabled(m.refusal(a) == nil)
	}
	return k
}

// startKey is s while the meeting can be started, else nothing.
func (m Model) startKey() []key.Binding {
	if m.loaded && m.startable() {
		return []key.Binding{m.keys.Start}
	}
	return nil
}

// FullHelp lists every key of the mode, grouped.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	switch m.mode {
	case modeForm:
		return m.form.FullHelp()
	case modeRoll:
		return [][]key.Binding{k.Votes, {k.AllFor, k.ClearVotes, k.Up, k.Down, k.Cancel}}
	case modeAttendance:
		return [][]key.Binding{{k.Present, k.Remote, k.Absent, k.Up, k.Down, k.Cancel}}
	case modeDefer:
		return [][]key.Binding{{k.Up, k.Down, k.Choose, k.Cancel}}
	}
	if m.refuseEdit() != "" {
		return [][]key.Binding{append(m.startKey(), k.Next, k.Prev, k.Up, k.Down)}
	}
	k = m.stepKeys()
	return [][]key.Binding{
		{k.Heard, k.Speech, k.Point, k.Assign},
		{k.Up, k.Down, k.Edit, k.Delete},
		{k.Roll, k.AllFor, k.Attendance},
		{k.Next, k.Prev, k.Defer, k.Close},
	}
}
