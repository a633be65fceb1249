package i18n

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed locales
var locales embed.FS

// parts say which catalog (<name>.toml) holds the ids of a namespace, for the catalogs the
// store and the documents ask for; the interface's catalogs are one more part, the rest.
var parts = []struct{ prefix, file string }{{"doc.", "documents"}, {"vocab.", "vocab"}}

// source is one language's bundle. Its catalogs are parsed in parts, each when an id of that
// part is first asked for: a document never parses the interface's messages (parsing every
// catalog costs several milliseconds a command would notice).
type source struct {
	tag     language.Tag
	fsys    fs.FS
	mu      sync.RWMutex
	loc     *goi18n.Localizer
	bundle  *goi18n.Bundle
	pending [][]string // files not parsed yet: one list per part of parts, then the interface's
	loadErr error
}

var (
	sources sync.Map // Lang → *source
	extra   sync.Map // Lang → struct{}: languages installed from outside the binary
)

// Install adds a language whose catalogs (*.toml at the root of fsys) come from outside
// the binary: the tests' pseudo-language. Plurals follow the language tag l names.
func Install(l Lang, fsys fs.FS) error {
	src, err := newSource(l, fsys, ".")
	if err == nil {
		err = src.loadAll()
	}
	if err != nil {
		return err
	}
	sources.Store(l, src)
	extra.Store(l, struct{}{})
	catalogs.Delete(l)
	return nil
}

// Preload parses all of lang's catalogs now; the interface starts it while the database opens.
func Preload(lang Lang) {
	if err := sourceOf(lang.OrDefault()).loadAll(); err != nil {
		panic(err)
	}
}

func sourceOf(l Lang) *source {
	if s, ok := sources.Load(l); ok {
		return s.(*source)
	}
	s, err := newSource(l, locales, "locales/"+string(l))
	if err != nil {
		panic(err) // the binary's own catalogs are broken: the tests say where
	}
	got, _ := sources.LoadOrStore(l, s)
	return got.(*source)
}

func newSource(l Lang, fsys fs.FS, dir string) (*source, error) {
	tag, err := language.Parse(string(l))
	if err != nil {
		return nil, fmt.Errorf("i18n: language %q: %w", l, err)
	}
	files, err := fs.Glob(fsys, path.Join(dir, "*.toml"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("i18n: no catalogs for %q (%v)", l, err)
	}
	b := goi18n.NewBundle(tag)
	s := &source{tag: tag, fsys: fsys, bundle: b, loc: goi18n.NewLocalizer(b, tag.String()),
		pending: make([][]string, len(parts)+1)}
	for _, f := range files {
		s.pending[partOf(f)] = append(s.pending[partOf(f)], f)
	}
	return s, nil
}

// partOf is the index in parts of a catalog file, len(parts) for the interface's.
func partOf(file string) int {
	for i, p := range parts {
		if strings.TrimSuffix(path.Base(file), ".toml") == p.file {
			return i
		}
	}
	return len(parts)
}

func (s *source) localize(cfg *goi18n.LocalizeConfig) (string, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.loc.Localize(cfg)
}

// loadFor parses the part of the catalogs id belongs to, or else every part; it says
// whether it parsed anything (then id may now be found).
func (s *source) loadFor(id string) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	part := len(parts)
	for i, p := range parts {
		if strings.HasPrefix(id, p.prefix) {
			part = i
		}
	}
	if len(s.pending[part]) > 0 {
		s.parse(part)
	} else if !s.parseAll() {
		return false
	}
	if s.loadErr != nil {
		panic(s.loadErr)
	}
	return true
}

func (s *source) loadAll() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.parseAll()
	return s.loadErr
}

// parseAll parses every part not parsed yet and says whether there was one; the caller
// holds the lock.
func (s *source) parseAll() bool {
	found := false
	for i := range s.pending {
		found = found || len(s.pending[i]) > 0
		s.parse(i)
	}
	return found
}

// parse adds a part's files to the bundle; the caller holds the lock.
func (s *source) parse(part int) {
	for _, name := range s.pending[part] {
		data, err := fs.ReadFile(s.fsys, name)
		if err == nil {
			_, err = s.bundle.ParseMessageBytes(s.tag, data, toml.Unmarshal)
		}
		if err != nil && s.loadErr == nil {
			s.loadErr = fmt.Errorf("i18n %s: %w", name, err)
		}
	}
	s.pending[part] = nil
}
