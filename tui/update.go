package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

const quitID = "ask:quit" // a confirm id, not a catalog id

// Update takes a message in this order: window size → keys for a capturing screen →
// global keys → messages for the root → the active screen.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height), nil
	case tea.KeyMsg:
		return m.onKey(msg)
	case routed:
		if _, tick := msg.msg.(common.PulseDueMsg); tick && !m.onShow(msg.to) {
			return m.hold(msg.to, msg.msg), nil
		}
		return m.deliver(msg.to, msg.msg)
	}
	if mm, cmd, ok := m.onAppMsg(msg); ok {
		return mm, cmd
	}
	m.status, _ = m.status.Update(msg)
	return m.toActive(msg)
}

func (m Model) resize(w, h int) Model {
	m.width, m.height = w, h
	sw, sh := m.screenSize()
	if m.welcome != nil {
		m.welcome.s = m.welcome.s.SetSize(sw, sh)
	}
	for i := range m.stacks {
		for j := range m.stacks[i] {
			m.stacks[i][j].s = m.stacks[i][j].s.SetSize(sw, sh)
		}
	}
	return m
}

func (m Model) onKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	if msg.String() == "ctrl+c" {
		return m, tea.Quit
	}
	if m.tooSmallNow() {
		// nothing is drawn but the size wanted: no key may act out of sight; q quits at
		// once, as the quit dialog could not be seen either
		if key.Matches(msg, m.keys.Quit) {
			return m, tea.Quit
		}
		return m, nil
	}
	if m.confirm.Active() {
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(msg)
		return m, cmd
	}
	if m.showHelp {
		if key.Matches(msg, m.keys.Help, m.keys.Back, m.keys.Quit) {
			m.showHelp = false
		}
		return m, nil
	}
	a := m.active()
	if a != nil && a.s.Capturing() {
		return m.toActive(msg)
	}
	if mm, cmd, ok := m.globalKey(msg); ok {
		return mm, cmd
	}
	if m.c.ReadOnly && a != nil && isEditKey(msg, a.s) {
		return m.showStatus(m.c.T.T("app.read_only_key"), true)
	}
	return m.toActive(msg)
}

// globalKey acts on the global keys; ok is false when the key is the screen's.
func (m Model) globalKey(msg tea.KeyMsg) (Model, tea.Cmd, bool) {
	inSections := m.welcome == nil && m.loaded
	depth := len(m.stacks[m.section])
	switch {
	case key.Matches(msg, m.keys.Help):
		m.showHelp = true
		return m, nil, true
	case m.offersMove() && key.Matches(msg, m.keys.Move):
		mm, cmd := m.showStatus(m.c.T.T("app.moving"), false)
		return mm, tea.Batch(cmd, moveFile(m.opts.Move)), true
	case inSections && key.Matches(msg, m.keys.Next):
		return m.switchTo(step(m.section, 1)).wake()
	case inSections && key.Matches(msg, m.keys.Prev):
		return m.switchTo(step(m.section, -1)).wake()
	case inSections && key.Matches(msg, m.keys.Section):
		s, _ := sectionByKey(msg.String())
		return m.switchTo(s).wake()
	case key.Matches(msg, m.keys.Back) && inSections && depth > 1 && !m.screenOwnsEsc():
		return m.pop().wake()
	case key.Matches(msg, m.keys.Quit):
		if inSections && depth > 1 {
			return m.pop().wake()
		}
		m.confirm = m.confirm.Ask(quitID, m.c.T.T("app.quit_confirm"))
		return m, nil, true
	}
	return m, nil, false
}

// screenOwnsEsc says whether the active screen offers esc itself now (e.g. "esc clear
// filter" after a list was filtered): esc then goes to it, and the next esc goes back.
func (m Model) screenOwnsEsc() bool {
	a := m.active()
	if a == nil {
		return false
	}
	for _, b := range a.s.ShortHelp() {
		if b.Enabled() && b.Help().Key == "esc" {
			return true
		}
	}
	return false
}

// onAppMsg handles the messages of package common and the root's own.
func (m Model) onAppMsg(msg tea.Msg) (Model, tea.Cmd, bool) {
	switch msg := msg.(type) {
	case councilLoadedMsg:
		mm, cmd := m.onCouncil(msg)
		return mm, cmd, true
	case demoOpenedMsg:
		mm, cmd := m.onDemo(msg)
		return mm, cmd, true
	case movedMsg:
		mm, cmd := m.onMoved(msg)
		return mm, cmd, true
	case common.OpenDemoMsg:
		if m.opts.OpenDemo == nil {
			return m, nil, true
		}
		return m, openDemo(m.opts.OpenDemo), true
	case common.CouncilFoundedMsg:
		m.afterCouncil = msg.Status
		return m, loadCouncil(m.c.Store), true
	case common.StatusMsg:
		mm, cmd := m.showStatus(msg.Text, msg.Err)
		return mm, cmd, true
	case common.BackMsg:
		return m.pop().wake()
	case common.ShowHelpMsg:
		m.showHelp = true
		return m, nil, true
	case common.PushMsg:
		mm, cmd := m.push(msg.Screen)
		return mm, cmd, true
	case common.SwitchSectionMsg:
		return m.switchTo(msg.Section).wake()
	case common.OpenAssignmentMsg:
		return m.openAssignment(msg)
	case common.DataChangedMsg:
		mm, cmd := m.broadcast(msg)
		return mm, cmd, true
	case confirm.ResultMsg:
		if msg.ID != quitID {
			return m, nil, false
		}
		if msg.Yes {
			return m, tea.Quit, true
		}
		return m, nil, true
	}
	if s, ok := m.screenFor(msg); ok {
		mm, cmd := m.push(s)
		return mm, cmd, true
	}
	return m, nil, false
}

// openAssignment shows the Assignments section at its list, with the assignment selected.
func (m Model) openAssignment(msg common.OpenAssignmentMsg) (Model, tea.Cmd, bool) {
	m = m.switchTo(common.SectionAssignments)
	if m.section != common.SectionAssignments || len(m.stacks[m.section]) == 0 {
		return m, nil, true
	}
	m.stacks[m.section] = m.stacks[m.section][:1:1]
	m, wakeCmd, _ := m.wake()
	mm, cmd := m.deliver(m.stacks[m.section][0].id, msg)
	return mm.(Model), tea.Batch(wakeCmd, cmd), true
}

func (m Model) switchTo(s common.Section) Model {
	if s >= 0 && int(s) < len(m.stacks) {
		m.section = s
	}
	return m
}

func (m Model) push(s common.Screen) (Model, tea.Cmd) {
	if s == nil || m.welcome != nil {
		return m, nil
	}
	e := m.newEntry(s)
	m.stacks[m.section] = append(m.stacks[m.section], e)
	return m, route(e.id, e.s.Init())
}

func (m Model) pop() Model {
	st := m.stacks[m.section]
	if len(st) > 1 {
		m.stacks[m.section] = st[: len(st)-1 : len(st)-1]
	}
	return m
}

// toActive gives a message to the active screen.
func (m Model) toActive(msg tea.Msg) (tea.Model, tea.Cmd) {
	a := m.active()
	if a == nil {
		return m, nil
	}
	return m.deliver(a.id, msg)
}

// deliver gives a message to the screen with id, wherever it is; a message for a screen
// that has been closed is dropped.
func (m Model) deliver(id int, msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.welcome != nil && m.welcome.id == id {
		s, cmd := m.welcome.s.Update(msg)
		m.welcome = &entry{id: id, s: s}
		return m, route(id, cmd)
	}
	for i := range m.stacks {
		for j := range m.stacks[i] {
			if m.stacks[i][j].id == id {
				s, cmd := m.stacks[i][j].s.Update(msg)
				m.stacks[i] = append([]entry(nil), m.stacks[i]...)
				m.stacks[i][j].s = s
				return m, route(id, cmd)
			}
		}
	}
	return m, nil
}

// broadcast gives a change to the screen on show; every other screen is marked stale and
// gets it when shown again (wake), so that one vote does not reload every list at once.
func (m Model) broadcast(msg tea.Msg) (Model, tea.Cmd) {
	active := -1
	if a := m.active(); a != nil {
		active = a.id
	}
	for i := range m.stacks {
		st := append([]entry(nil), m.stacks[i]...)
		for j := range st {
			st[j].stale = st[j].id != active
		}
		m.stacks[i] = st
	}
	if active < 0 {
		return m, nil
	}
	mm, cmd := m.deliver(active, msg)
	return mm.(Model), cmd
}

// wake starts the screen now shown if it has not started, or gives it the change it
// missed while hidden, and the tick of its watch it missed (it looks for changes at once
// and goes on watching).
func (m Model) wake() (Model, tea.Cmd, bool) {
	a := m.active()
	if a == nil || !(a.stale || a.unstarted || a.held != nil) || m.welcome != nil {
		return m, nil, true
	}
	st := append([]entry(nil), m.stacks[m.section]...)
	top := &st[len(st)-1]
	e := *top
	top.stale, top.unstarted, top.held = false, false, nil
	m.stacks[m.section] = st
	if e.unstarted {
		return m, route(e.id, e.s.Init()), true
	}
	var cmds []tea.Cmd
	if e.stale {
		mm, cmd := m.deliver(e.id, common.DataChangedMsg{})
		m, cmds = mm.(Model), append(cmds, cmd)
	}
	if e.held != nil {
		mm, cmd := m.deliver(e.id, e.held)
		m, cmds = mm.(Model), append(cmds, cmd)
	}
	return m, tea.Batch(cmds...), true
}

// onShow says whether the screen with id is the one on show.
func (m Model) onShow(id int) bool {
	a := m.active()
	return a != nil && a.id == id
}

// hold keeps the tick of a hidden screen's watch until the screen is shown again: a screen
// nobody sees does not ask the store for changes every few seconds.
func (m Model) hold(id int, tick tea.Msg) Model {
	for i := range m.stacks {
		for j := range m.stacks[i] {
			if m.stacks[i][j].id == id {
				st := append([]entry(nil), m.stacks[i]...)
				st[j].held = tick
				m.stacks[i] = st
				return m
			}
		}
	}
	return m
}
