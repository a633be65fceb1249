package main

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/khmelnytskyi-ogp/rada"

// sourcePackage is one folder of Go code: its non-test files, parsed with comments.
type sourcePackage struct {
	dir   string // relative to the repository, slash-separated
	files map[string]*ast.File
	all   []*ast.File // with the tests
}

// sourceTree parses every Go file below the repository's root.
func sourceTree(t *testing.T) []sourcePackage {
	t.Helper()
	root := filepath.Join("..", "..")
	byDir := map[string]*sourcePackage{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (strings.HasPrefix(d.Name(), ".") || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		p := byDir[rel]
		if p == nil {
			p = &sourcePackage{dir: filepath.ToSlash(rel), files: map[string]*ast.File{}}
			byDir[rel] = p
		}
		p.all = append(p.all, f)
		if !strings.HasSuffix(path, "_test.go") {
			p.files[filepath.Base(path)] = f
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var out []sourcePackage
	for _, p := range byDir {
		if len(p.files) > 0 {
			out = append(out, *p)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].dir < out[j].dir })
	return out
}

// Every package says what it owns and may import in its doc.go, and only there.
func TestEveryPackageHasDocGo(t *testing.T) {
	for _, p := range sourceTree(t) {
		doc, ok := p.files["doc.go"]
		if !ok {
			t.Errorf("%s: no doc.go", p.dir)
			continue
		}
		text := doc.Doc.Text()
		if want := "Package " + doc.Name.Name + " "; doc.Name.Name != "main" && !strings.HasPrefix(text, want) {
			t.Errorf("%s/doc.go: the package comment must begin %q", p.dir, want)
		}
		if !strings.Contains(text, "Imports:") {
			t.Errorf("%s/doc.go: say what the package may import (a line beginning \"Imports:\")", p.dir)
		}
		for name, f := range p.files {
			if name != "doc.go" && f.Doc != nil {
				t.Errorf("%s/%s: a second package comment; it belongs in doc.go", p.dir, name)
			}
		}
	}
}

// No comment sends the reader to a file that is not in the repository.
func TestCommentsPointInsideTheRepository(t *testing.T) {
	outside := []string{"DESIGN", "STYLE", "DOMAIN"}
	for _, p := range sourceTree(t) {
		for _, f := range p.all {
			for _, g := range f.Comments {
				for _, name := range outside {
					if strings.Contains(g.Text(), name+".md") {
						t.Errorf("%s: a comment cites %s.md, which is not in the repository: %q", p.dir, name, g.Text())
					}
				}
			}
		}
	}
}

// The layers: cmd → tui → store; store imports nothing from tui; only the root imports the
// screens, and a screen never imports another.
func TestImportsFollowTheLayers(t *testing.T) {
	for _, p := range sourceTree(t) {
		for name, f := range p.files {
			for _, spec := range f.Imports {
				path, _ := strconv.Unquote(spec.Path.Value)
				if !strings.HasPrefix(path, module+"/") {
					continue
				}
				if why := layerRule(p.dir, strings.TrimPrefix(path, module+"/")); why != "" {
					t.Errorf("%s/%s imports %s: %s", p.dir, name, path, why)
				}
			}
		}
	}
}

func layerRule(from, to string) string {
	under := func(dir, root string) bool { return dir == root || strings.HasPrefix(dir, root+"/") }
	switch {
	case under(to, "cmd"):
		return "nothing imports the program"
	case under(from, "store") && under(to, "tui"):
		return "store imports nothing from tui"
	case under(to, "tui/screens") && from != "tui" && !under(from, to):
		return "only the root (package tui) imports a screen"
	case to == "tui" && from != "cmd/rada":
		return "only cmd/rada imports the root"
	}
	return ""
}

func TestLayerRuleRefuses(t *testing.T) {
	for _, c := range [][2]string{
		{"store/export", "tui/common"}, {"tui/screens/live", "tui/screens/meeting"},
		{"tui/components/table", "tui/screens/members"}, {"tui/common", "tui"}, {"store", "cmd/rada"},
	} {
		if layerRule(c[0], c[1]) == "" {
			t.Errorf("%s importing %s is allowed", c[0], c[1])
		}
	}
	if _, err := os.Stat(filepath.Join("..", "..", "go.mod")); err != nil {
		t.Fatalf("the test must run from cmd/rada: %v", err)
	}
}
