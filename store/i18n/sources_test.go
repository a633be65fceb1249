package i18n

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// idPattern is the shape of a catalog id: dot-separated lower-case words.
var idPattern = regexp.MustCompile(`^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+\.?$`)

// catalogIDs reads every id of one language's catalogs.
func catalogIDs(t *testing.T, lang Lang) map[string]bool {
	t.Helper()
	files, err := fs.Glob(locales, "locales/"+string(lang)+"/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no %s catalogs: %v", lang, err)
	}
	ids := map[string]bool{}
	for _, f := range files {
		raw, _ := fs.ReadFile(locales, f)
		var data map[string]any
		if _, err := toml.Decode(string(raw), &data); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		flatten(t, f, lang, "", data, ids)
	}
	return ids
}

// sourceLiteral is a string literal in the TUI's sources that looks like a catalog id.
type sourceLiteral struct {
	value  string
	where  string
	prefix bool // the literal starts an id built at run time ("x.status_" + s)
}

// sourceLiterals collects, from every non-test Go file of Rada, the string literals
// whose first word names a catalog namespace: those are ids, whichever helper passes them.
func sourceLiterals(t *testing.T, namespaces map[string]bool) []sourceLiteral {
	t.Helper()
	var out []sourceLiteral
	fset := token.NewFileSet()
	err := walkSources(func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		prefixes := map[*ast.BasicLit]bool{}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.BinaryExpr:
				if lit, ok := n.X.(*ast.BasicLit); ok && n.Op == token.ADD {
					prefixes[lit] = true
				}
			case *ast.BasicLit:
				if n.Kind != token.STRING {
					return true
				}
				s, err := strconv.Unquote(n.Value)
				if err != nil || !idPattern.MatchString(s) || !namespaces[s[:strings.Index(s, ".")]] {
					return true
				}
				out = append(out, sourceLiteral{value: s, where: fset.Position(n.Pos()).String(), prefix: prefixes[n] || strings.HasSuffix(s, ".")})
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSourceIDsExist fails when the interface asks for an id that a catalog lacks: the
// screen would show the bare id ("members.form.email") instead of text.
func TestSourceIDsExist(t *testing.T) {
	langs := map[Lang]map[string]bool{}
	for _, l := range Langs {
		langs[l] = catalogIDs(t, l)
	}
	namespaces := map[string]bool{}
	for id := range langs[Langs[0]] {
		namespaces[id[:strings.Index(id, ".")]] = true
	}
	lits := sourceLiterals(t, namespaces)
	if len(lits) < 100 {
		t.Fatalf("found only %d ids in the sources: the scan is broken", len(lits))
	}
	var missing []string
	for _, l := range lits {
		for lang, ids := range langs {
			if !has(ids, l) {
				missing = append(missing, string(lang)+": "+l.value+" ("+l.where+")")
			}
		}
	}
	sort.Strings(missing)
	for _, m := range missing {
		t.Error("missing id " + m)
	}
}

func has(ids map[string]bool, l sourceLiteral) bool {
	if !l.prefix {
		return ids[l.value]
	}
	for id := range ids {
		if strings.HasPrefix(id, l.value) {
			return true
		}
	}
	return false
}

// TestRefusalCodesTranslated checks that every refusal code of the store has its text
// under meeting.refuse (the meeting screen builds the id from the code).
func TestRefusalCodesTranslated(t *testing.T) {
	src, err := os.ReadFile(filepath.Join("..", "..", "store", "refusal.go"))
	if err != nil {
		t.Fatal(err)
	}
	codes := regexp.MustCompile(`(?m)^\s*Refuse\w+\s*=\s*"([a-z_]+)"`).FindAllSubmatch(src, -1)
	if len(codes) == 0 {
		t.Fatal("no refusal codes found in store/refusal.go")
	}
	for _, lang := range Langs {
		ids := catalogIDs(t, lang)
		for _, c := range codes {
			if id := "meeting.refuse." + string(c[1]); !ids[id] {
				t.Errorf("%s: missing %s", lang, id)
			}
		}
	}
}

// walkSources visits every file of the program's packages: cmd, store and tui.
func walkSources(fn fs.WalkDirFunc) error {
	for _, dir := range []string{"cmd", "store", "tui"} {
		if err := filepath.WalkDir(filepath.Join("..", "..", dir), fn); err != nil {
			return err
		}
	}
	return nil
}
