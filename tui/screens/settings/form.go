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
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// Form edits the council's settings; every save goes through UpdateCouncil and its journal.
type Form struct {
	c    common.Common
	vals *store.Council
	keep *string // the number of backups to keep, as typed
	next *string // the next protocol number of the current series, as typed
	was  string  // the next number the form opened with
	form form.Model
}

// councilSavedMsg says UpdateCouncil finished.
type councilSavedMsg struct {
	council store.Council
	err     error
}

// NewForm opens the form on the council's current settings and the next protocol number of
// the current series.
func NewForm(c common.Common, council store.Council, next int) Form {
	vals := oneLineCouncil(council)
	keep, num := strconv.Itoa(vals.BackupsKeep), strconv.Itoa(next)
	f := Form{c: c, vals: &vals, keep: &keep, next: &num, was: num}
	f.form = form.New(c, "settings", f.Title(), f.fields())
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

// fields are the settings; their keys are the store's field names.
func (f Form) fields() []form.Field {
	t, v, lang := f.c.T, f.vals, f.c.Lang
	line := func(k, label string, val *string, limit int) form.Field {
		return form.Line(k, t.T(label), val).Limit(limit)
	}
	return []form.Field{
		line("name_uk", "settings.name_uk", &v.NameUK, 500),
		line("name_en", "settings.name_en", &v.NameEN, 500),
		line("authority_uk", "settings.authority_uk", &v.AuthorityUK, 300),
		line("authority_en", "settings.authority_en", &v.AuthorityEN, 300),
		line("authority_code", "settings.authority_code", &v.AuthorityCode, 10),
		line("city_uk", "settings.city_uk", &v.CityUK, 100),
		line("city_en", "settings.city_en", &v.CityEN, 100),
		form.Select("quorum_rule", t.T("settings.quorum"), &v.QuorumRule, form.Options(lang, store.QuorumHalf, store.QuorumTwoThirds)...).Inline(),
		form.Select("quorum_civil", t.T("settings.quorum_civil"), &v.QuorumCivil,
			huh.NewOption(t.T("common.no"), false), huh.NewOption(t.T("common.yes"), true)).Inline(),
		form.Select("decision_rule", t.T("settings.decision"), &v.DecisionRule,
			form.Options(lang, store.DecisionPresentMajority, store.DecisionMembershipMajority, store.DecisionPresentTwoThirds)...).Inline(),
		form.Select("tie_rule", t.T("settings.tie"), &v.TieRule, form.Options(lang, store.TiePresidingDecides, store.TieFails)...).Inline(),
		form.Select("numbering", t.T("settings.numbering"), &v.Numbering, form.Options(lang, store.Numberings...)...).Inline(),
		line("term_label", "settings.term_label", &v.TermLabel, 40).Placeholder("2025–2027"),
		line("next_number", "settings.next_number_field", f.next, 6).Check(f.checkNext),
		form.Select("signers", t.T("settings.signers"), &v.Signers, form.Options(lang, store.SignerOptions...)...).Inline(),
		form.Select("doc_lang", t.T("settings.doc_lang"), &v.DocLang, f.langs(false)...).Inline(),
		form.Select("ui_lang", t.T("settings.ui_lang"), &v.UILang, f.langs(true)...).Inline(),
		line("backups_keep", "settings.backups_keep", f.keep, 3).Check(f.checkKeep),
		form.Select("header_layout", t.T("settings.header_layout"), &v.HeaderLayout, form.Options(lang, store.HeaderLayouts...)...).Inline(),
		form.Select("time_style", t.T("settings.time_style"), &v.TimeStyle, form.Options(lang, store.TimeStyles...)...).Inline(),
		form.Select("vote_order", t.T("settings.vote_order"), &v.VoteOrder, form.Options(lang, store.VoteOrders...)...).Inline(),
		form.Select("attendance_shape", t.T("settings.attendance_shape"), &v.Attendance, form.Options(lang, store.Attendances...)...).Inline(),
		form.Select("total_line", t.T("settings.total_line"), &v.TotalLine,
			huh.NewOption(t.T("common.no"), false), huh.NewOption(t.T("common.yes"), true)).Inline(),
	}
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

// Update saves when the form is submitted and goes back when it is cancelled.
func (f Form) Update(msg tea.Msg) (Form, tea.Cmd) {
	switch msg := msg.(type) {
	case councilSavedMsg:
		return f.onSaved(msg)
	case form.SubmitMsg:
		c := *f.vals
		c.BackupsKeep = typedKeep(*f.keep)
		next := 0
		if strings.TrimSpace(*f.next) != f.was {
			next = typedNext(*f.next)
		}
		return f, saveCouncil(f.c.Store, c, next)
	case form.CancelMsg:
		return f, common.Back()
	}
	var cmd tea.Cmd
	f.form, cmd = f.form.Update(msg)
	return f, cmd
}

// checkKeep refuses, beside the field, a number of backups the store would refuse.
func (f Form) checkKeep(s string) string {
	if typedKeep(s) < 0 {
		return f.c.FieldText("range")
	}
	return ""
}

// typedKeep is the number typed, or -1 (which the store refuses beside the field) when it
// is not a number from 1 to store.MaxBackupsKeep.
func typedKeep(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 || n > store.MaxBackupsKeep {
		return -1
	}
	return n
}

// checkNext refuses, beside the field, a protocol number that is not one.
func (f Form) checkNext(s string) string {
	if typedNext(s) < 0 {
		return f.c.FieldText("number")
	}
	return ""
}

// typedNext is the number typed, or -1 (which the store refuses) when it is not one.
func typedNext(s string) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < 1 {
		return -1
	}
	return n
}

// Council is the settings as typed.
func (f Form) Council() store.Council { return *f.vals }

// Changed says whether anything differs from the settings the form opened with.
func (f Form) Changed() bool { return f.form.Changed() }

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
	if msg.err == nil {
		return f, tea.Batch(common.Back(), common.Changed(), common.Send(common.CouncilFoundedMsg{Status: "settings.saved"}))
	}
	var taken *store.NumberTakenError
	if errors.As(msg.err, &taken) {
		f.form = f.form.SetErrors(map[string]string{"next_number": f.c.FieldErrors(msg.err)["number"]})
		return f, f.c.Error(msg.err)
	}
	f.form = f.form.Refused(msg.err)
	return f, f.c.Error(msg.err)
}

// SetSize resizes the form, keeping what was typed.
func (f Form) SetSize(w, h int) Form {
	f.c.Width, f.c.Height = w, h
	f.form = f.form.SetSize(w, h)
	return f
}

// View is the form.
func (f Form) View() string { return f.form.View() }

// ShortHelp shows the form's keys.
func (f Form) ShortHelp() []key.Binding { return f.form.ShortHelp() }

// FullHelp lists the form's keys.
func (f Form) FullHelp() [][]key.Binding { return f.form.FullHelp() }

// Capturing is always true: the form takes typed text.
func (f Form) Capturing() bool { return true }

// Title names the form.
func (f Form) Title() string { return f.c.T.T("settings.edit_title") }

// FieldError is the message shown beside a field ("" when none; tests).
func (f Form) FieldError(k string) string { return f.form.Error(k) }
