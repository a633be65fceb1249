package form

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// Kind is what a field takes.
type Kind int

// The kinds of field.
const (
	KindLine   Kind = iota // one line of text
	KindText               // several lines
	KindDate               // a date, 2026-03-12 or 12.03.2026
	KindSelect             // one of a list
	KindMulti              // any of a list
	KindPerson             // a name, with the people it may be offered as suggestions
)

// Field is one input, described once: its key (the store's field name, so that the store's
// messages land beside it), label, kind, help, and the check run when the form is saved.
type Field struct {
	key, label  string
	kind        Kind
	help        string
	placeholder string
	limit       int
	lines       int
	inline      bool
	required    bool
	text        *string
	check       func(string) string
	value       func() string                                   // the value as text, to tell whether it changed
	choose      func(title, desc string, inline bool) huh.Field // selects: builds the huh field
	labels      []string                                        // selects: the options' labels
	at          func() int                                      // selects: the chosen option's place
	set         func(int)                                       // selects: choose the option at a place
	people      []Person                                        // person fields: the suggestions
}

// Line is a one-line text bound to v.
func Line(key, label string, v *string) Field {
	return Field{key: key, label: label, kind: KindLine, text: v, value: func() string { return *v }}
}

// Text is a text of several lines bound to v.
func Text(key, label string, v *string, lines int) Field {
	f := Line(key, label, v)
	f.kind, f.lines = KindText, lines
	return f
}

// Date is a date bound to v; it accepts 2026-03-12 and 12.03.2026, which the screen turns
// into the store's form with ISODate when it saves (v keeps what was typed).
func Date(key, label string, v *string) Field {
	f := Line(key, label, v)
	f.kind, f.limit = KindDate, len(store.DateLayout)+3
	return f
}

// Name is a person's name bound to v; while it is typed, the people whose names contain it
// are offered (inline forms), and Chosen tells which of them it names.
func Name(key, label string, v *string, people []Person) Field {
	f := Line(key, label, v)
	f.kind, f.people = KindPerson, people
	return f
}

// Select is one of opts bound to v.
func Select[T comparable](key, label string, v *T, opts ...huh.Option[T]) Field {
	f := Field{key: key, label: label, kind: KindSelect, value: func() string { return fmt.Sprint(*v) }}
	f.labels = make([]string, len(opts))
	for i, o := range opts {
		f.labels[i] = o.Key
	}
	f.at = func() int {
		for i, o := range opts {
			if o.Value == *v {
				return i
			}
		}
		return 0
	}
	f.set = func(i int) { *v = opts[i].Value }
	f.choose = func(title, desc string, inline bool) huh.Field {
		return huh.NewSelect[T]().Key(key).Title(title).Description(desc).Options(opts...).Value(v).Inline(inline)
	}
	return f
}

// SelectFunc is a select whose options depend on another value (on): opts runs again
// when on changes.
func SelectFunc[T comparable](key, label string, v *T, opts func() []huh.Option[T], on any) Field {
	f := Field{key: key, label: label, kind: KindSelect, value: func() string { return fmt.Sprint(*v) }}
	f.choose = func(title, desc string, inline bool) huh.Field {
		return huh.NewSelect[T]().Key(key).Title(title).Description(desc).OptionsFunc(opts, on).Value(v).Inline(inline)
	}
	return f
}

// Multi is any of opts bound to v.
func Multi[T comparable](key, label string, v *[]T, opts ...huh.Option[T]) Field {
	f := Field{key: key, label: label, kind: KindMulti, value: func() string { return fmt.Sprint(*v) }}
	f.choose = func(title, desc string, _ bool) huh.Field {
		return huh.NewMultiSelect[T]().Key(key).Title(title).Description(desc).Options(opts...).Value(v)
	}
	return f
}

// Help is a line shown under the label while the field has no message.
func (f Field) Help(s string) Field { f.help = s; return f }

// Placeholder is shown in an empty text field.
func (f Field) Placeholder(s string) Field { f.placeholder = s; return f }

// Limit caps a text's length in characters.
func (f Field) Limit(n int) Field { f.limit = n; return f }

// Required refuses an empty text.
func (f Field) Required() Field { f.required = true; return f }

// Check adds a check of the trimmed text: the message to show beside the field, "" when fine.
func (f Field) Check(fn func(string) string) Field { f.check = fn; return f }

// Inline shows a select on one line, chosen with ←/→, or a line field beside its label.
func (f Field) Inline() Field { f.inline = true; return f }

// chooses says whether the field picks among options (←/→ or ↑↓) rather than taking text.
func (f Field) chooses() bool { return f.kind == KindSelect || f.kind == KindMulti }

// message is what the field's checks say of its value: "" when it is fine.
func (f Field) message(text func(code string) string) string {
	if f.text == nil {
		return ""
	}
	s := strings.TrimSpace(*f.text)
	switch {
	case s == "" && f.required:
		return text("required")
	case s != "" && f.kind == KindDate:
		if _, code := store.ParseDate(s); code != "" {
			return text(code)
		}
		if f.check != nil {
			return f.check(s)
		}
	case f.check != nil:
		return f.check(s)
	}
	return ""
}

// build is the huh field showing desc (the field's message, or its help) under the label.
func (f Field) build(desc string) huh.Field {
	if f.choose != nil {
		return f.choose(f.label, desc, f.inline)
	}
	if f.kind == KindText {
		t := huh.NewText().Key(f.key).Title(f.label).Description(desc).Value(f.text).Lines(max(f.lines, 1)).Placeholder(f.placeholder)
		if f.limit > 0 {
			t = t.CharLimit(f.limit)
		}
		return t
	}
	in := huh.NewInput().Key(f.key).Title(f.label).Description(desc).Value(f.text).Placeholder(f.placeholder).Inline(f.inline)
	if f.limit > 0 {
		in = in.CharLimit(f.limit)
	}
	return in
}

// ISODate turns 12.03.2026 into 2026-03-12 (store.ParseDate), trimmed; anything else stays
// as typed for the store to judge.
func ISODate(s string) string {
	iso, _ := store.ParseDate(s)
	return iso
}

// showDates writes the stored dates of the date fields the way the interface writes dates
// (2026-03-12 as 12.03.2026 in Ukrainian), so that a form shows dates as typed; ISODate
// turns them back when the screen saves.
func showDates(c common.Common, pages [][]Field) {
	for _, p := range pages {
		for _, f := range p {
			if f.kind == KindDate && f.text != nil && store.ValidDate(*f.text) {
				*f.text = common.FormatDate(*f.text, c.Lang)
			}
		}
	}
}
