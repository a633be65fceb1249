package live

import (
	"strings"

	"github.com/charmbracelet/bubbles/textarea"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// formKind names what a form records; it is also part of its drafts' keys.
type formKind string

const (
	formHeard  formKind = "heard"
	formSpeech formKind = "speech/new"
	formPoint  formKind = "point/new"
	formAssign formKind = "assign/new"
	formRecuse formKind = "recuse"
	formAbsent formKind = "absent" // why a member is absent, ref the member

	formSpeechEdit formKind = "speech/edit" // an existing speech, ref its id
	formPointEdit  formKind = "point/edit"  // an existing point, ref its id
	formAssignEdit formKind = "assign/edit" // an existing assignment, ref its id
)

// choice is a person a field may name: a member or a guest.
type choice struct {
	label    string
	memberID int64
	guestID  int64
}

// field is one input of a form: free text, text with suggestions, or a fixed option list.
type field struct {
	name    string
	label   string
	multi   bool
	area    textarea.Model
	line    textinput.Model
	choices []choice // suggestions for the typed text (speaker, responsible)
	pick    int      // the highlighted suggestion, -1 none
	options []string // a fixed list instead of text (the decision point)
	opt     int
	err     string
}

func newTextField(name, label string, multi bool, width int) field {
	f := field{name: name, label: label, multi: multi, pick: -1}
	if multi {
		f.area = textarea.New()
		f.area.ShowLineNumbers = false
		f.area.Prompt = "│ "
		f.area.CharLimit = 0
		f.area.SetHeight(3)
		// ctrl+j too: Windows terminals keep alt+enter for full screen, macOS ones send
		// Option+enter as enter (huh's text fields take both as well).
		f.area.KeyMap.InsertNewline.SetKeys("alt+enter", "ctrl+j")
	} else {
		f.line = textinput.New()
		f.line.Prompt = "│ "
		f.line.CharLimit = 500
	}
	return f.setWidth(width)
}

func newOptionField(name, label string, options []string, selected int) field {
	return field{name: name, label: label, options: options, opt: selected, pick: -1}
}

func (f field) isOption() bool { return f.options != nil }

func (f field) setWidth(w int) field {
	w = max(w-2, 4)
	if f.multi {
		f.area.SetWidth(w)
	} else {
		f.line.Width = w - 2
	}
	return f
}

func (f field) value() string {
	switch {
	case f.isOption():
		return ""
	case f.multi:
		return f.area.Value()
	}
	return f.line.Value()
}

func (f field) setValue(v string) field {
	if f.multi {
		f.area.SetValue(store.Clean(v))
	} else if !f.isOption() {
		f.line.SetValue(store.OneLine(v))
		f.line.CursorEnd()
	}
	f.pick = f.exactPick()
	return f
}

func (f field) focus() (field, tea.Cmd) {
	switch {
	case f.isOption():
		return f, nil
	case f.multi:
		return f, f.area.Focus()
	}
	return f, f.line.Focus()
}

func (f field) blur() field {
	if f.multi {
		f.area.Blur()
	} else if !f.isOption() {
		f.line.Blur()
	}
	return f.takePick()
}

// update passes a key to the input; changed says whether the text changed.
func (f field) update(msg tea.Msg) (field, tea.Cmd, bool) {
	if f.isOption() {
		return f, nil, false
	}
	before := f.value()
	var cmd tea.Cmd
	if f.multi {
		f.area, cmd = f.area.Update(msg)
	} else {
		f.line, cmd = f.line.Update(msg)
	}
	changed := f.value() != before
	if changed && f.choices != nil {
		f.pick = -1
		if m := f.matches(); len(m) > 0 {
			f.pick = m[0]
		}
	}
	return f, cmd, changed
}

// matches are the suggestions whose label contains the typed text (at most five).
func (f field) matches() []int {
	q := strings.ToLower(strings.TrimSpace(f.value()))
	if q == "" {
		return nil
	}
	var out []int
	for i, c := range f.choices {
		if strings.Contains(strings.ToLower(c.label), q) {
			out = append(out, i)
			if len(out) == 5 {
				break
			}
		}
	}
	return out
}

// movePick moves the highlight among the matching suggestions.
func (f field) movePick(delta int) field {
	m := f.matches()
	if len(m) == 0 {
		f.pick = -1
		return f
	}
	at := 0
	for i, ci := range m {
		if ci == f.pick {
			at = i
		}
	}
	f.pick = m[(at+delta+len(m))%len(m)]
	return f
}

// takePick writes the highlighted suggestion's full name into the field.
func (f field) takePick() field {
	if f.pick >= 0 && f.pick < len(f.choices) && !f.multi {
		f.line.SetValue(f.choices[f.pick].label)
	}
	return f
}

func (f field) exactPick() int {
	v := strings.TrimSpace(f.value())
	for i, c := range f.choices {
		if v != "" && strings.EqualFold(c.label, v) {
			return i
		}
	}
	return -1
}

// chosen is the person the field names, if the text is one of the suggestions.
func (f field) chosen() (choice, bool) {
	i := f.exactPick()
	if i < 0 {
		return choice{}, false
	}
	return f.choices[i], true
}

// form is the open editor: its fields, the focused one, and where its drafts are kept.
type form struct {
	kind   formKind
	itemID int64
	ref    int64 // formRecuse, formAbsent: the member; the edits: the speech, point or assignment edited
	title  string
	fields []field
	focus  int
	prefix string // drafts' key prefix, "m12/i3/point/new/"
}

func (f form) open() bool { return f.kind != "" }

func (f form) field(name string) field {
	for _, fl := range f.fields {
		if fl.name == name {
			return fl
		}
	}
	return field{}
}

func (f form) text(name string) string { return strings.TrimSpace(f.field(name).value()) }

// drafts are the form's texts keyed for the draft table.
func (f form) drafts() map[string]string {
	out := map[string]string{}
	for _, fl := range f.fields {
		if !fl.isOption() {
			out[f.prefix+fl.name] = fl.value()
		}
	}
	return out
}

// restore fills the fields from saved drafts.
func (f form) restore(drafts map[string]string) form {
	for i, fl := range f.fields {
		if v, ok := drafts[f.prefix+fl.name]; ok && !fl.isOption() {
			f.fields[i] = fl.setValue(v)
		}
	}
	return f
}

func (f form) move(delta int) (form, tea.Cmd) {
	f.fields[f.focus] = f.fields[f.focus].blur()
	f.focus = (f.focus + delta + len(f.fields)) % len(f.fields)
	var cmd tea.Cmd
	f.fields[f.focus], cmd = f.fields[f.focus].focus()
	return f, cmd
}

func (f form) setWidth(w int) form {
	for i := range f.fields {
		f.fields[i] = f.fields[i].setWidth(w)
	}
	return f
}

// setErrors shows a validation error's messages beside the fields they belong to.
func (f form) setErrors(errs map[string]string) form {
	for i := range f.fields {
		f.fields[i].err = errs[f.fields[i].name]
	}
	return f
}

// memberChoices and guestChoices turn people into suggestions.
func memberChoices(members []store.RollMember) []choice {
	out := make([]choice, 0, len(members))
	for _, m := range members {
		out = append(out, choice{label: store.OneLine(m.Member.FullName), memberID: m.Member.ID})
	}
	return out
}

func guestChoices(guests []store.Guest) []choice {
	out := make([]choice, 0, len(guests))
	for _, g := range guests {
		out = append(out, choice{label: store.OneLine(g.FullName), guestID: g.ID})
	}
	return out
}
