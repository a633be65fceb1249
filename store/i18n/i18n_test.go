package i18n

import (
	"io/fs"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

func TestUkrainianPlurals(t *testing.T) {
	c := New("uk")
	want := map[int]string{
		1: "1 колишній", 2: "2 колишні", 4: "4 колишні", 5: "5 колишніх", 11: "11 колишніх",
		12: "12 колишніх", 21: "21 колишній", 22: "22 колишні", 25: "25 колишніх", 111: "111 колишніх", 0: "0 колишніх",
	}
	for n, w := range want {
		if got := c.N("members.former_count", n); got != w {
			t.Errorf("N(%d) = %q, want %q", n, got, w)
		}
	}
	members := map[int]string{1: "1 член:", 2: "2 члени:", 5: "5 членів:", 21: "21 член:", 22: "22 члени:"}
	for n, w := range members {
		got := c.N("members.count", n, map[string]any{"Gov": 0, "Civil": 0})
		if !strings.HasPrefix(got, w) {
			t.Errorf("members.count %d = %q, want it to start %q", n, got, w)
		}
	}
	if got := c.N("meetings.count", 12); got != "12 засідань" {
		t.Errorf("meetings.count 12 = %q", got)
	}
}

func TestEnglishPlurals(t *testing.T) {
	c := New("en")
	if got := c.N("meetings.count", 1); got != "1 meeting" {
		t.Errorf("got %q", got)
	}
	if got := c.N("meetings.count", 21); got != "21 meetings" {
		t.Errorf("got %q", got)
	}
}

func TestMissingIDReturnsID(t *testing.T) {
	c := New("uk")
	if got := c.T("no.such.id"); got != "no.such.id" {
		t.Errorf("got %q", got)
	}
	if got := c.T("app.too_small", map[string]any{"W": 60, "H": 16}); got != "Вікно замале: потрібно щонайменше 60×16. Збільште його або натисніть q, щоб вийти." {
		t.Errorf("got %q", got)
	}
	var nilCat *Catalog
	if nilCat.T("x") != "x" {
		t.Error("a nil catalog must return the id")
	}
}

// TestCatalogsMatch fails when an id exists in one language and not the other, or when a
// plural message lacks a form its language needs.
func TestCatalogsMatch(t *testing.T) {
	files, err := fs.Glob(locales, "locales/*/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no catalogs: %v", err)
	}
	ids := map[Lang]map[string]bool{} // lang → ids
	for _, f := range files {
		lang := Lang(strings.Split(f, "/")[1])
		if !slices.Contains(Langs, lang) {
			t.Errorf("%s: language %q is not in Langs", f, lang)
			continue
		}
		var data map[string]any
		raw, _ := fs.ReadFile(locales, f)
		if _, err := toml.Decode(string(raw), &data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if ids[lang] == nil {
			ids[lang] = map[string]bool{}
		}
		flatten(t, f, lang, "", data, ids[lang])
	}
	for _, a := range Langs {
		for _, b := range Langs {
			var missing []string
			for id := range ids[a] {
				if !ids[b][id] {
					missing = append(missing, id)
				}
			}
			sort.Strings(missing)
			if len(missing) > 0 {
				t.Errorf("in %s but not in %s: %v", a, b, missing)
			}
		}
	}
}

var pluralForms = map[Lang][]string{"uk": {"one", "few", "many", "other"}, "en": {"one", "other"}}

func flatten(t *testing.T, file string, lang Lang, prefix string, data map[string]any, out map[string]bool) {
	for k, v := range data {
		id := k
		if prefix != "" {
			id = prefix + "." + k
		}
		sub, ok := v.(map[string]any)
		if !ok {
			out[id] = true
			continue
		}
		if _, plural := sub["other"]; plural {
			for _, form := range pluralForms[lang] {
				if _, ok := sub[form]; !ok {
					t.Errorf("%s: %s lacks the %q form", file, id, form)
				}
			}
			out[id] = true
			continue
		}
		flatten(t, file, lang, id, sub, out)
	}
}

func TestChoose(t *testing.T) {
	env := func(vals map[string]string) func(string) string { return func(k string) string { return vals[k] } }
	cases := []struct {
		flag, council Lang
		env           map[string]string
		want          Lang
	}{
		{"en", "uk", nil, "en"},
		{"", "en", map[string]string{"LANG": "uk_UA.UTF-8"}, "en"},
		{"", "", map[string]string{"LANG": "en_GB.UTF-8"}, "en"},
		{"", "", map[string]string{"LANG": "en_GB.UTF-8", "LC_ALL": "uk_UA.UTF-8"}, "uk"},
		{"", "", map[string]string{"LC_MESSAGES": "en_US", "LANG": "uk_UA"}, "en"},
		{"", "", map[string]string{"LC_ALL": "C.UTF-8", "LANG": "en_US"}, "en"},
		{"", "", map[string]string{"LANG": "de_DE.UTF-8"}, "uk"},
		{"", "", nil, "uk"},
	}
	for _, c := range cases {
		if got := choose(c.flag, c.council, env(c.env)); got != c.want {
			t.Errorf("choose(%q, %q, %v) = %q, want %q", c.flag, c.council, c.env, got, c.want)
		}
	}
}

// Every language names every language, for the language pickers.
func TestEveryLanguageNamed(t *testing.T) {
	for _, in := range Langs {
		for _, l := range Langs {
			if id := "lang." + string(l); New(in).T(id) == id {
				t.Errorf("%s: no name for %s (%s)", in, l, id)
			}
		}
	}
}

func TestParseLang(t *testing.T) {
	for _, l := range Langs {
		if got, err := ParseLang(string(l)); err != nil || got != l {
			t.Errorf("ParseLang(%q) = %q, %v", l, got, err)
		}
	}
	for _, bad := range []string{"", "de", "UK", "uk "} {
		if _, err := ParseLang(bad); err == nil || !strings.Contains(err.Error(), "use uk or en") {
			t.Errorf("ParseLang(%q): %v", bad, err)
		}
	}
	if Lang("de").OrDefault() != Ukrainian || English.OrDefault() != English {
		t.Error("OrDefault")
	}
}

// Pick takes the council's English text in any language but Ukrainian, when it has one.
func TestPick(t *testing.T) {
	if Ukrainian.Pick("рада", "council") != "рада" || English.Pick("рада", "council") != "council" ||
		English.Pick("рада", "") != "рада" || Lang("xx").Pick("рада", "council") != "рада" {
		t.Error("Pick chose the wrong text")
	}
}

// A document's words parse only the documents' catalogs; the interface's come when asked for.
func TestDocumentsParseTheirPartOnly(t *testing.T) {
	s, err := newSource(English, locales, "locales/en")
	if err != nil {
		t.Fatal(err)
	}
	c := &Catalog{lang: English, src: s}
	if got := c.T("doc.heard"); got != "HEARD:" {
		t.Fatalf("doc.heard = %q", got)
	}
	if left := s.pending; len(left[0]) != 0 || len(left[1]) == 0 || len(left[2]) == 0 {
		t.Fatalf("after a document's word, left to parse: %v", left)
	}
	if got := c.N("meetings.count", 2); got != "2 meetings" || len(s.pending[2]) != 0 {
		t.Fatalf("meetings.count = %q, left to parse: %v", got, s.pending)
	}
	if got := c.T("no.such.id"); got != "no.such.id" {
		t.Fatalf("a missing id gives %q", got)
	}
}
