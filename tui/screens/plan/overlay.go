package plan

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// overlay is what covers both plan screens when open: a form, or else a question.
type overlay struct {
	ed      *form.Model
	confirm confirm.Model
}

// showing says whether a form or a question is open.
func (o overlay) showing() bool { return o.ed != nil || o.confirm.Active() }

// update hands msg to the open form or question; ok says one took it.
func (o *overlay) update(msg tea.Msg) (cmd tea.Cmd, ok bool) {
	switch {
	case o.ed != nil:
		ed, cmd := o.ed.Update(msg)
		o.ed = &ed
		return cmd, true
	case o.confirm.Active():
		o.confirm, cmd = o.confirm.Update(msg)
		return cmd, true
	}
	return nil, false
}

// resize fits the open form to w×h.
func (o *overlay) resize(w, h int) {
	if o.ed != nil {
		ed := o.ed.SetSize(w, h)
		o.ed = &ed
	}
}

// fail shows why the open form's save was refused.
func (o *overlay) fail(err error) {
	if o.ed != nil {
		ed := o.ed.Refused(err)
		o.ed = &ed
	}
}

// shortHelp is the keys of the open form or question; ok says one is open.
func (o overlay) shortHelp() ([]key.Binding, bool) {
	switch {
	case o.ed != nil:
		return o.ed.ShortHelp(), true
	case o.confirm.Active():
		return o.confirm.ShortHelp(), true
	}
	return nil, false
}
