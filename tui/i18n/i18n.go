package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales/*.toml
var locales embed.FS

// Languages the interface speaks; the first is the default.
var Languages = []string{"uk", "en"}

// Catalog translates message ids into one language.
type Catalog struct {
	lang  string
	loc   *goi18n.Localizer
	plain sync.Map // id → its text, for messages asked without data (every frame asks again)
}

// bundles parse each language's catalogs once, when the interface first needs that
// language: commands that print documents never pay for it, and the interface parses one
// language, not both.
var bundles = map[string]func() *goi18n.Bundle{
	"uk": sync.OnceValue(func() *goi18n.Bundle { return mustBundle("uk") }),
	"en": sync.OnceValue(func() *goi18n.Bundle { return mustBundle("en") }),
}

// Preload parses lang's catalogs now; the interface starts it while the database opens.
func Preload(lang string) { bundles[norm(lang)]() }

func mustBundle(lang string) *goi18n.Bundle {
	b, err := newBundle(locales, "locales/*."+lang+".toml")
	if err != nil {
		panic(err)
	}
	return b
}

func newBundle(fsys fs.FS, pattern string) (*goi18n.Bundle, error) {
	b := goi18n.NewBundle(language.Ukrainian)
	b.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	files, err := fs.Glob(fsys, pattern)
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if _, err := b.ParseMessageFileBytes(data, name); err != nil {
			return nil, fmt.Errorf("i18n %s: %w", name, err)
		}
	}
	return b, nil
}

func norm(lang string) string {
	if lang != "en" {
		return "uk"
	}
	return lang
}

// New returns the catalog for lang ("uk" or "en"; anything else is Ukrainian).
func New(lang string) *Catalog {
	lang = norm(lang)
	return &Catalog{lang: lang, loc: goi18n.NewLocalizer(bundles[lang](), lang)}
}

// Lang is the catalog's language, "uk" or "en".
func (c *Catalog) Lang() string { return c.lang }

// T translates id; data fills its {{.Name}} fields. A missing id returns the id itself.
func (c *Catalog) T(id string, data ...map[string]any) string {
	if len(data) > 0 {
		return c.localize(id, &goi18n.LocalizeConfig{MessageID: id, TemplateData: data[0]})
	}
	if c == nil {
		return id
	}
	if s, ok := c.plain.Load(id); ok {
		return s.(string)
	}
	s := c.localize(id, &goi18n.LocalizeConfig{MessageID: id})
	c.plain.Store(id, s)
	return s
}

// N translates a plural message for count; {{.Count}} holds the count, data adds fields.
func (c *Catalog) N(id string, count int, data ...map[string]any) string {
	td := map[string]any{"Count": count}
	if len(data) > 0 {
		for k, v := range data[0] {
			td[k] = v
		}
	}
	return c.localize(id, &goi18n.LocalizeConfig{MessageID: id, PluralCount: count, TemplateData: td})
}

func (c *Catalog) localize(id string, cfg *goi18n.LocalizeConfig) string {
	if c == nil || c.loc == nil {
		return id
	}
	s, err := c.loc.Localize(cfg)
	if err != nil || s == "" {
		return id
	}
	return s
}

// Choose picks the interface language: the --lang flag, else the council's setting,
// else the environment (LC_ALL, LC_MESSAGES, LANG starting "uk" or "en"), else Ukrainian.
func Choose(flag, council string) string {
	return choose(flag, council, os.Getenv)
}

func choose(flag, council string, getenv func(string) string) string {
	for _, l := range []string{flag, council} {
		if l == "uk" || l == "en" {
			return l
		}
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := strings.ToLower(getenv(v))
		switch {
		case strings.HasPrefix(val, "uk"):
			return "uk"
		case strings.HasPrefix(val, "en"):
			return "en"
		case val != "" && val != "c" && val != "posix" && !strings.HasPrefix(val, "c."):
			return "uk"
		}
	}
	return "uk"
}
