package settings

import (
	"errors"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

const discardID = "settings.discard"

// formFields are the form's field keys in order; they are the store's field names.
var formFields = []string{"name_uk", "name_en", "authority_uk", "authority_en", "authority_code", "city_uk", "city_en",
	"quorum_rule", "quorum_civil", "decision_rule", "tie_rule", "numbering", "term_label", "next_number", "signers", "doc_lang", "ui_lang"}

// Form edits the council's settings; every save goes through UpdateCouncil and its journal.
type Form struct {
	c       common.Common
	keys    FormKeys
	vals    *store.Council
	start   store.Council
	next    *string // the next protocol number of the current series, as typed
	nextWas string
	form    *huh.Form
	errs    map[string]string
	confirm confirm.Model
	saving  bool
}

// FormKeys are the keys of the settings form.
type FormKeys struct{ Next, Prev, Choose, Save, Cancel key.Binding }

// councilSavedMsg says UpdateCouncil finished.
type councilSavedMsg struct {
	council store.Council
	err     error
}

// NewForm opens the form on the council's current settings and the next protocol number of
// the current series.
func NewForm(c common.Common, council store.Council, next int) Form {
	t := c.T
	vals := oneLineCouncil(council)
	num := strconv.Itoa(next)
	f := Form{c: c, vals: &vals, start: vals, next: &num, nextWas: num, confirm: confirm.New(c.Styles, c.T), keys: FormKeys{
		Next:   keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("settings.key.next_field"))),
		Prev:   keys.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("settings.key.prev_field"))),
		Choose: keys.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.T("settings.key.choose"))),
		Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("settings.key.save"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("settings.key.cancel"))),
	}}
	f.form = f.build("")
	return f
}

// oneLineCouncil is the council with its typed texts as they may be shown and edited in one
// line: no control characters, escape sequences, bidi overrides or zero-width characters.
func oneLineCouncil(c store.Council) store.Council {
	for _, p := range []*string{&c.NameUK, &c.NameEN, &c.AuthorityUK, &c.AuthorityEN, &c.AuthorityCode, &c.CityUK, &c.CityEN, &c.TermLabel} {
		*p = store.OneLine(*p)
	}
	return c
}

func (f Form) build(focusKey string) *huh.Form {
	t, v, lang := f.c.T, f.vals, f.c.Lang
	input := func(k, title string, val *string, limit int) huh.Field {
		return huh.NewInput().Key(k).Title(title).Description(f.errs[k]).Value(val).CharLimit(limit)
	}
	fields := []huh.Field{
		input("name_uk", t.T("settings.name_uk"), &v.NameUK, 500),
		input("name_en", t.T("settings.name_en"), &v.NameEN, 500),
		input("authority_uk", t.T("settings.authority_uk"), &v.AuthorityUK, 300),
		input("authority_en", t.T("settings.authority_en"), &v.AuthorityEN, 300),
		input("authority_code", t.T("settings.authority_code"), &v.AuthorityCode, 10),
		input("city_uk", t.T("settings.city_uk"), &v.CityUK, 100),
		input("city_en", t.T("settings.city_en"), &v.CityEN, 100),
		choice("quorum_rule", t.T("settings.quorum"), f.errs, &v.QuorumRule, form.Options(lang, store.QuorumHalf, store.QuorumTwoThirds)),
		choice("quorum_civil", t.T("settings.quorum_civil"), f.errs, &v.QuorumCivil,
			[]huh.Option[bool]{huh.NewOption(t.T("common.no"), false), huh.NewOption(t.T("common.yes"), true)}),
		choice("decision_rule", t.T("settings.decision"), f.errs, &v.DecisionRule,
			form.Options(lang, store.DecisionPresentMajority, store.DecisionMembershipMajority, store.DecisionPresentTwoThirds)),
		choice("tie_rule", t.T("settings.tie"), f.errs, &v.TieRule, form.Options(lang, store.TiePresidingDecides, store.TieFails)),
		choice("numbering", t.T("settings.numbering"), f.errs, &v.Numbering, form.Options(lang, store.Numberings...)),
		input("term_label", t.T("settings.term_label"), &v.TermLabel, 40).(*huh.Input).Placeholder("2025–2027"),
		input("next_number", t.T("settings.next_number_field"), f.next, 6),
		choice("signers", t.T("settings.signers"), f.errs, &v.Signers, form.Options(lang, store.SignerOptions...)),
		choice("doc_lang", t.T("settings.doc_lang"), f.errs, &v.DocLang, f.langs(false)),
		choice("ui_lang", t.T("settings.ui_lang"), f.errs, &v.UILang, f.langs(true)),
	}
	hf := form.New(f.c.Styles, min(max(f.c.Width, 20), 100), max(f.c.Height-2, 3), huh.NewGroup(fields...))
	hf.Init()
	if focusKey != "" {
		form.Focus(hf, focusKey, len(fields))
	}
	return hf
}

// langs offers every language, by its name in the interface's language; auto adds "as
// the environment says" (no language).
func (f Form) langs(auto bool) []huh.Option[i18n.Lang] {
	var opts []huh.Option[i18n.Lang]
	if auto {
		opts = append(opts, huh.NewOption(f.c.T.T("settings.lang.auto"), i18n.Lang("")))
	}
	for _, l := range i18n.Langs {
		opts = append(opts, huh.NewOption(f.c.T.T("lang."+string(l)), l))
	}
	return opts
}

// choice is a one-line select with the field's message beside it.
func choice[T comparable](k, title string, errs map[string]string, val *T, opts []huh.Option[T]) huh.Field {
	return huh.NewSelect[T]().Key(k).Title(title).Description(errs[k]).Options(opts...).Value(val).Inline(true)
}

// Init does nothing: the form is ready.
func (f Form) Init() tea.Cmd { return nil }

// Update saves on ctrl+s (or enter on the last field) and asks on esc when something changed.
func (f Form) Update(msg tea.Msg) (Form, tea.Cmd) {
	if msg, ok := msg.(councilSavedMsg); ok {
		return f.onSaved(msg)
	}
	s := form.Screen{Save: f.keys.Save, Cancel: f.keys.Cancel, Changed: f.Changed, Discard: discardID, Last: formFields[len(formFields)-1], T: f.c.T}
	var out form.Outcome
	var cmd tea.Cmd
	if f.confirm, f.form, out, cmd = s.Update(msg, f.confirm, f.form, f.saving); out == form.Save {
		return f.save()
	}
	return f, cmd
}

// Council is the settings as typed.
func (f Form) Council() store.Council { return *f.vals }

// Changed says whether anything differs from the settings the form opened with.
func (f Form) Changed() bool { return *f.vals != f.start || *f.next != f.nextWas }

func (f Form) save() (Form, tea.Cmd) {
	if f.saving {
		return f, nil
	}
	next := 0
	if *f.next != f.nextWas {
		n, err := strconv.Atoi(strings.TrimSpace(*f.next))
		if err != nil || n < 1 {
			f.errs = map[string]string{"next_number": f.c.FieldText("number")}
			f.form = f.build("next_number")
			return f, nil
		}
		next = n
	}
	f.saving = true
	return f, saveCouncil(f.c.Store, *f.vals, next)
}

// saveCouncil saves the settings, then, when next is not 0, where the series of the
// settings just saved continues.
func saveCouncil(s *store.Store, c store.Council, next int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		err := s.UpdateCouncil(ctx, c)
		if err == nil && next != 0 {
			var series string
			if series, err = s.CurrentSeries(ctx); err == nil {
				err = s.SetNextNumber(ctx, series, next)
			}
		}
		return councilSavedMsg{council: c, err: err}
	}
}

// onSaved goes back and has the root read the council again (its name in the header, the
// interface language); a refusal shows each message beside its field.
func (f Form) onSaved(msg councilSavedMsg) (Form, tea.Cmd) {
	f.saving = false
	if msg.err == nil {
		return f, tea.Batch(common.Back(), common.Changed(), common.Send(common.CouncilFoundedMsg{Status: "settings.saved"}))
	}
	var v *store.ValidationError
	var taken *store.NumberTakenError
	focus := ""
	if errors.As(msg.err, &v) || errors.As(msg.err, &taken) {
		f.errs = f.c.FieldErrors(msg.err)
		if text, ok := f.errs["number"]; ok {
			f.errs["next_number"] = text
		}
		for _, k := range formFields {
			if f.errs[k] != "" {
				focus = k
				break
			}
		}
	}
	f.form = f.build(focus)
	return f, f.c.Error(msg.err)
}

// SetSize resizes the form, keeping what was typed.
func (f Form) SetSize(w, h int) Form {
	f.c.Width, f.c.Height = w, h
	f.form = form.Fit(f.form, min(w, 100), h-2)
	return f
}

// View is the title, then the form or the question about throwing changes away.
func (f Form) View() string { return form.View(f.c.Styles, f.Title(), f.c.Width, f.confirm, f.form) }

// ShortHelp shows the form's keys.
func (f Form) ShortHelp() []key.Binding {
	if f.confirm.Active() {
		return f.confirm.ShortHelp()
	}
	if ff := f.form.GetFocusedField(); ff != nil && selects[ff.GetKey()] {
		return []key.Binding{f.keys.Choose, f.keys.Next, f.keys.Save, f.keys.Cancel}
	}
	return []key.Binding{f.keys.Next, f.keys.Prev, f.keys.Save, f.keys.Cancel}
}

// selects are the fields chosen with ←/→.
var selects = map[string]bool{"quorum_rule": true, "quorum_civil": true, "decision_rule": true, "tie_rule": true,
	"numbering": true, "signers": true, "doc_lang": true, "ui_lang": true}

// FullHelp lists the form's keys.
func (f Form) FullHelp() [][]key.Binding { return [][]key.Binding{f.ShortHelp()} }

// Capturing is always true: the form takes typed text.
func (f Form) Capturing() bool { return true }

// Title names the form.
func (f Form) Title() string { return f.c.T.T("settings.edit_title") }

// FieldError is the message beside a field ("" when none; tests).
func (f Form) FieldError(k string) string { return f.errs[k] }
