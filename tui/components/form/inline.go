package form

import (
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// Person is someone a person field may name: a member or a guest.
type Person struct {
	Name     string
	MemberID int64
	GuestID  int64
}

// input is one field of an inline form: a text line, a text area, a fixed list, or a line
// with suggestions of people. It keeps the field's bound value up to date as keys come.
type input struct {
	Field
	area textarea.Model
	line textinput.Model
	pick int // the highlighted suggestion, -1 none
	opt  int // the chosen option of a select
}

func newInput(f Field, width int) input {
	in := input{Field: f, pick: -1}
	switch {
	case f.chooses():
		in.opt = f.at()
		return in
	case f.kind == KindText:
		in.area = textarea.New()
		in.area.ShowLineNumbers = false
		in.area.Prompt = "│ "
		in.area.CharLimit = f.limit
		in.area.SetHeight(max(f.lines, 1))
		// ctrl+j too: Windows terminals keep alt+enter for full screen, macOS ones send
		// Option+enter as enter (huh's text fields take both as well).
		in.area.KeyMap.InsertNewline.SetKeys("alt+enter", "ctrl+j")
	default:
		in.line = textinput.New()
		in.line.Prompt = "│ "
		in.line.CharLimit = 500
		if f.limit > 0 {
			in.line.CharLimit = f.limit
		}
	}
	return in.setWidth(width).setValue(*f.text)
}

func (in input) setWidth(w int) input {
	w = max(w-2, 4)
	if in.kind == KindText {
		in.area.SetWidth(w)
	} else if !in.chooses() {
		in.line.Width = w - 2
	}
	return in
}

func (in input) value() string {
	switch {
	case in.chooses():
		return ""
	case in.kind == KindText:
		return in.area.Value()
	}
	return in.line.Value()
}

// setValue shows v cleaned for the terminal and binds it.
func (in input) setValue(v string) input {
	switch {
	case in.chooses():
		return in
	case in.kind == KindText:
		in.area.SetValue(store.Clean(v))
	default:
		in.line.SetValue(store.OneLine(v))
		in.line.CursorEnd()
	}
	*in.text = in.value()
	in.pick = in.exactPick()
	return in
}

func (in input) focus() (input, tea.Cmd) {
	switch {
	case in.chooses():
		return in, nil
	case in.kind == KindText:
		return in, in.area.Focus()
	}
	return in, in.line.Focus()
}

func (in input) blur() input {
	if in.kind == KindText {
		in.area.Blur()
	} else if !in.chooses() {
		in.line.Blur()
	}
	return in.takePick()
}

// update passes a key to the input; changed says whether the text changed.
func (in input) update(msg tea.Msg) (input, tea.Cmd, bool) {
	if in.chooses() {
		return in, nil, false
	}
	before := in.value()
	var cmd tea.Cmd
	if in.kind == KindText {
		in.area, cmd = in.area.Update(msg)
	} else {
		in.line, cmd = in.line.Update(msg)
	}
	changed := in.value() != before
	if changed {
		*in.text = in.value()
		if in.people != nil {
			in.pick = -1
			if m := in.matches(); len(m) > 0 {
				in.pick = m[0]
			}
		}
	}
	return in, cmd, changed
}

// choose moves a select's choice by delta, round the list.
func (in input) choose(delta int) input {
	if n := len(in.labels); n > 0 {
		in.opt = (in.opt + delta + n) % n
		in.set(in.opt)
	}
	return in
}

// matches are the people whose name contains the typed text (at most five).
func (in input) matches() []int {
	q := strings.ToLower(strings.TrimSpace(in.value()))
	if q == "" {
		return nil
	}
	var out []int
	for i, p := range in.people {
		if strings.Contains(strings.ToLower(p.Name), q) {
			out = append(out, i)
			if len(out) == 5 {
				break
			}
		}
	}
	return out
}

// movePick moves the highlight among the matching people.
func (in input) movePick(delta int) input {
	m := in.matches()
	if len(m) == 0 {
		in.pick = -1
		return in
	}
	at := 0
	for i, pi := range m {
		if pi == in.pick {
			at = i
		}
	}
	in.pick = m[(at+delta+len(m))%len(m)]
	return in
}

// takePick writes the highlighted person's full name into the field.
func (in input) takePick() input {
	if in.pick >= 0 && in.pick < len(in.people) && in.kind != KindText {
		in.line.SetValue(in.people[in.pick].Name)
		*in.text = in.line.Value()
	}
	return in
}

func (in input) exactPick() int {
	v := strings.TrimSpace(in.value())
	for i, p := range in.people {
		if v != "" && strings.EqualFold(p.Name, v) {
			return i
		}
	}
	return -1
}
