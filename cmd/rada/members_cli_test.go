package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeTemp(t *testing.T, name, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func captureImportStderr(t *testing.T) *bytes.Buffer {
	t.Helper()
	var b bytes.Buffer
	old := importStderr
	importStderr = &b
	t.Cleanup(func() { importStderr = old })
	return &b
}

func TestExportMembersCSVAndJSON(t *testing.T) {
	path := foundedDB(t)
	code, out, errs := rada(t, "--db", path, "export", "members", "--format", "csv")
	if code != 0 || out != "full_name,position,organisation,sector,side,role,email,phone,term_from,term_to,leave_reason,notes,active\nПетренко Олена,,,ngo,civil,member,,,,,,,1\n" {
		t.Fatalf("csv = %d %q %q", code, out, errs)
	}
	file := filepath.Join(t.TempDir(), "members.json")
	if code, out, errs := rada(t, "--db", path, "export", "members", "--format", "json", "-o", file); code != 0 || out != "" {
		t.Fatalf("json -o = %d %q %q", code, out, errs)
	}
	if b, _ := os.ReadFile(file); !strings.Contains(string(b), `"full_name": "Петренко Олена"`) {
		t.Errorf("json file: %s", b)
	}
	if code, _, errs := rada(t, "--db", path, "export", "members", "--format", "xlsx"); code != 2 || !strings.Contains(errs, "csv or json") {
		t.Errorf("bad format = %d %q", code, errs)
	}
	if code, _, errs := rada(t, "--db", path, "export", "nothing"); code != 2 || !strings.Contains(errs, "use minutes, agenda, plan, members, opendata") || !strings.Contains(errs, "rada help export'") {
		t.Errorf("unknown kind = %d %q", code, errs)
	}
	if code, _, errs := rada(t, "--db", filepath.Join(t.TempDir(), "none.db"), "export", "members"); code != 1 || !strings.Contains(errs, "no database") {
		t.Errorf("missing database = %d %q", code, errs)
	}
}

func TestImportMembersCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "new.db")
	good := writeTemp(t, "good.csv", "\uFEFFfull_name,organisation,side,role\nОлена Петренко,ГО «Світло»,громадськість,співголова\nІван Коваль,Міська рада,влада,member\n")

	code, out, errs := rada(t, "--db", db, "import", "members", good, "--dry-run")
	if code != 0 || !strings.Contains(out, "dry run: would import 2 members") || !strings.Contains(out, "nothing was written") {
		t.Fatalf("dry run = %d %q %q", code, out, errs)
	}
	if _, out, _ := rada(t, "--db", db, "export", "members"); strings.Count(out, "\n") != 1 {
		t.Fatalf("a dry run imported: %q", out)
	}
	if code, out, errs := rada(t, "--db", db, "import", "members", good); code != 0 || !strings.Contains(out, "imported 2 members") {
		t.Fatalf("import = %d %q %q", code, out, errs)
	}
	code, out, _ = rada(t, "--db", db, "import", "members", good)
	if code != 0 || !strings.Contains(out, "good.csv:2: already on the council, skipped: Олена Петренко (ГО «Світло»)") ||
		!strings.Contains(out, "imported 0 members from") {
		t.Fatalf("again = %d %q", code, out)
	}

	stderr := captureImportStderr(t)
	bad := writeTemp(t, "bad.csv", "full_name,side,email\nМарія,civil,maria@\n,civil,\nПетро,обидві,\nОксана,civil,oksana@example.org\n")
	code, _, errs = rada(t, "--db", db, "import", "members", bad)
	wantRows := bad + ":2: email: not an e-mail address (name@example.org)\n" +
		bad + ":3: full_name: required\n" +
		bad + ":4: side: use one of government, civil or its Ukrainian or English name\n"
	if code != 1 || stderr.String() != wantRows || errs != "rada: "+bad+": nothing imported: 3 bad rows\n" {
		t.Fatalf("bad file = %d\n%s\n%q", code, stderr, errs)
	}
	if _, out, _ := rada(t, "--db", db, "export", "members"); strings.Contains(out, "Оксана") {
		t.Fatal("a good row of a bad file was imported")
	}
	unknown := writeTemp(t, "unknown.csv", "full_name,side,birthday\n")
	if code, _, errs := rada(t, "--db", db, "import", "members", unknown); code != 1 || !strings.Contains(errs, `line 1: unknown column "birthday"`) {
		t.Errorf("unknown column = %d %q", code, errs)
	}
	if code, _, _ := rada(t, "--db", db, "import", "members"); code != 2 {
		t.Errorf("no file = %d, want 2", code)
	}
}

func TestMembersRoundTripThroughCommands(t *testing.T) {
	src := filepath.Join(t.TempDir(), "src.db")
	in := writeTemp(t, "in.csv", "full_name,position,organisation,sector,side,role,email,phone,term_from,term_to,notes,active\n"+
		"Коваль Андрій,Заступник,Міська рада,executive,government,co_chair,a@example.org,+380 67 000 00 00,2025-01-15,,,1\n"+
		"\"=cmd|' /C calc'!A0\",,ГО,ngo,civil,member,,,,,\"два\nрядки\",1\n")
	if code, _, errs := rada(t, "--db", src, "import", "members", in); code != 0 {
		t.Fatal(errs)
	}
	_, first, _ := rada(t, "--db", src, "export", "members", "--format", "csv")
	if !strings.Contains(first, "'+380 67") || !strings.Contains(first, "\n'=cmd|") {
		t.Errorf("cells a spreadsheet would run are not defused:\n%s", first)
	}
	copyCSV := writeTemp(t, "copy.csv", first)
	dst := filepath.Join(t.TempDir(), "dst.db")
	if code, _, errs := rada(t, "--db", dst, "import", "members", copyCSV); code != 0 {
		t.Fatal(errs)
	}
	if _, second, _ := rada(t, "--db", dst, "export", "members", "--format", "csv"); second != first {
		t.Fatalf("round trip differs:\n%s---\n%s", first, second)
	}
}
