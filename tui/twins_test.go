package tui

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/meetingform"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/assignments"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/commitment"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/live"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/meeting"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/meetings"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/members"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/plan"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/settings"
	"github.com/khmelnytskyi-ogp/rada/tui/screens/welcome"
)

// binding is one key.Binding found in a keymap: the keymap's type, the field, its keys.
type binding struct {
	keymap, field string
	keys          []string
}

// bindingsIn walks v through fields (unexported too), pointers, interfaces, slices, arrays
// and maps, and collects every key.Binding. It goes into Rada's own tui types and bubbles'
// viewport; huh's and the text fields' keymaps act on typed text and stay Latin (keys.AddTwins).
func bindingsIn(v reflect.Value, keymap, field string, seen map[uintptr]bool, out *[]binding) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] {
			return
		}
		seen[v.Pointer()] = true
		bindingsIn(v.Elem(), keymap, field, seen, out)
	case reflect.Interface:
		if !v.IsNil() {
			bindingsIn(v.Elem(), keymap, field, seen, out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			bindingsIn(v.Index(i), keymap, field, seen, out)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			bindingsIn(it.Value(), keymap, field, seen, out)
		}
	case reflect.Struct:
		t := v.Type()
		if t == reflect.TypeOf(key.Binding{}) {
			ks := v.FieldByName("keys")
			b := binding{keymap: keymap, field: field}
			for i := range ks.Len() {
				b.keys = append(b.keys, ks.Index(i).String())
			}
			*out = append(*out, b)
			return
		}
		if !walked(t) {
			return
		}
		for i := range t.NumField() {
			bindingsIn(v.Field(i), t.String(), t.Field(i).Name, seen, out)
		}
	}
}

func walked(t reflect.Type) bool {
	p := t.PkgPath()
	rada := "github.com/khmelnytskyi-ogp/rada/tui"
	return p == "" || p == "github.com/charmbracelet/bubbles/viewport" ||
		(strings.HasPrefix(p, rada) && p != rada+"/i18n" && p != rada+"/theme")
}

// latin are b's own keys: those that are not the twin of another of its keys.
func latin(b binding) []string {
	var out []string
	for _, k := range b.keys {
		if !slices.ContainsFunc(b.keys, func(o string) bool { return keys.Twin(o) == k }) {
			out = append(out, k)
		}
	}
	return out
}

// everyKeymap builds every screen, dialog and form Rada has, and the root.
func everyKeymap(t *testing.T) map[string]any {
	s := seed(t)
	root := New(Options{Store: s, Lang: "uk", Now: func() time.Time { return testNow }})
	c := root.screenCommon()
	var x string
	return map[string]any{
		"root":          root,
		"list":          keys.NewList(c.T),
		"read-only":     editKeys,
		"meetings":      meetings.New(c),
		"meeting":       meeting.New(c, 1),
		"live":          live.New(c, 1),
		"members":       members.New(c),
		"member":        members.NewDetail(c, 1),
		"member form":   members.NewForm(c, store.Member{}),
		"leave":         members.NewLeave(c, store.Member{ID: 1}),
		"plan":          plan.New(c),
		"commitments":   plan.NewCommitments(c, 1),
		"commitment":    commitment.New(c, 1),
		"assignments":   assignments.New(c),
		"settings":      settings.New(c),
		"settings form": settings.NewForm(c, store.DefaultCouncil(), 1),
		"welcome":       welcome.New(c, true),
		"confirm":       confirm.New(c.Styles, c.T),
		"export":        exportdialog.New(c, 1),
		"form":          form.New(c, "x", "x", []form.Field{form.Line("x", "x", &x)}),
		"inline form":   form.NewInline(c, "x", "x", form.Line("x", "x", &x)),
		"meeting form":  meetingform.New(c, "x", &meetingform.Values{}, nil),
	}
}

// Every key a keymap binds that the Ukrainian layout sends differently also answers to
// what it sends there (f and а, S and І, / and ., ? and ,), and no such twin is the own
// key of another binding of the same keymap or of the global and list keys.
func TestEveryKeyHasItsUkrainianTwin(t *testing.T) {
	var global []binding
	cat := i18n.New("uk")
	for _, v := range []any{keys.NewGlobal(cat, sectionKeys()), keys.NewList(cat)} {
		bindingsIn(reflect.ValueOf(v), "", "", map[uintptr]bool{}, &global)
	}
	twins := 0
	for name, v := range everyKeymap(t) {
		var found []binding
		bindingsIn(reflect.ValueOf(v), name, "", map[uintptr]bool{}, &found)
		if len(found) == 0 {
			t.Errorf("%s: no key bindings found", name)
		}
		for _, b := range found {
			for _, k := range latin(b) {
				if tw := keys.Twin(k); tw != "" {
					twins++
					if !slices.Contains(b.keys, tw) {
						t.Errorf("%s: %s.%s binds %q but not its twin %q", name, b.keymap, b.field, k, tw)
					}
				}
			}
			for _, o := range append(sameKeymap(found, b.keymap), global...) {
				for _, e := range append(clash(b, o), clash(o, b)...) {
					t.Errorf("%s: %s", name, e)
				}
			}
		}
	}
	t.Logf("%d keys with twins", twins)
	if twins < 100 {
		t.Fatalf("only %d keys with twins found: the walk misses keymaps", twins)
	}
}

func sameKeymap(bs []binding, keymap string) []binding {
	var out []binding
	for _, b := range bs {
		if b.keymap == keymap {
			out = append(out, b)
		}
	}
	return out
}

// clash names each twin of b's own keys that is one of o's own keys.
func clash(b, o binding) []string {
	var out []string
	for _, k := range latin(b) {
		if tw := keys.Twin(k); tw != "" && slices.Contains(latin(o), tw) {
			out = append(out, fmt.Sprintf("the twin %q of %s.%s's %q is %s.%s's own key", tw, b.keymap, b.field, k, o.keymap, o.field))
		}
	}
	return out
}
