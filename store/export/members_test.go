package export_test

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
)

var membersNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

func newCouncil(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "council.db"),
		store.WithActor("test"), store.WithClock(func() time.Time { return membersNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := s.FoundCouncil(context.Background(), store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	return s
}

func importText(t *testing.T, s *store.Store, text string, dryRun bool) (store.ImportResult, error) {
	t.Helper()
	rows, err := export.ReadMembers(strings.NewReader(text))
	if err != nil {
		return store.ImportResult{}, err
	}
	return s.ImportMembers(context.Background(), rows, dryRun)
}

func listAll(t *testing.T, s *store.Store) []store.Member {
	t.Helper()
	ms, err := s.ListMembers(context.Background(), store.MemberFilter{})
	if err != nil {
		t.Fatal(err)
	}
	return ms
}

const goodFile = `full_name,position,organisation,sector,side,role,email,phone,term_from,term_to,notes,active
Петренко Олена Іванівна,Голова правління,ГО «Відкрите місто»,ngo,civil,co_chair,olena@example.org,+380 67 123 45 67,2025-01-15,,,1
Коваль Андрій,Заступник міського голови,Хмельницька міська рада,Виконавчий орган,Представник органу влади,Співголова,,,15.01.2025,,"Рядок один
рядок два",
Бондар Ірина,Аналітик,КП «Інфоцентр»,Municipal enterprise,government,member,,,,,,
`

func TestImportGoodFile(t *testing.T) {
	s := newCouncil(t)
	res, err := importText(t, s, goodFile, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Added) != 3 || len(res.Present) != 0 || len(res.Problems) != 0 {
		t.Fatalf("%+v", res)
	}
	ms := listAll(t, s)
	byName := map[string]store.Member{}
	for _, m := range ms {
		byName[m.FullName] = m
	}
	k := byName["Коваль Андрій"]
	if k.Sector != store.SectorExecutive || k.Side != store.SideGovernment || k.Role != store.RoleCoChair ||
		k.TermFrom != "2025-01-15" || k.Notes != "Рядок один\nрядок два" || !k.Active {
		t.Errorf("labels, Ukrainian date and multi-line notes: %+v", k)
	}
	o := byName["Петренко Олена Іванівна"]
	if o.Phone != "+380 67 123 45 67" || o.Email != "olena@example.org" || o.Role != store.RoleCoChair {
		t.Errorf("%+v", o)
	}
	if b := byName["Бондар Ірина"]; b.Sector != store.SectorEnterprise || b.Role != store.RoleMember {
		t.Errorf("English label and default role: %+v", b)
	}
	if j, _ := s.ListJournal(context.Background(), "", 0, 10); len(j) != 4 || j[0].Action != "import" {
		t.Errorf("each imported member is journaled: %d entries", len(j))
	}
}

func TestImportWithBOMAndColumnsInAnyOrder(t *testing.T) {
	s := newCouncil(t)
	text := "\uFEFFSide,Full_Name,organisation\r\nгромадськість,Олена Петренко,ГО «Світло»\r\nвлада,Іван Сидоренко,Міська рада\r\n"
	res, err := importText(t, s, text, false)
	if err != nil || len(res.Added) != 2 {
		t.Fatalf("%+v %v", res, err)
	}
	if ms := listAll(t, s); ms[0].FullName != "Іван Сидоренко" || ms[1].Side != store.SideCivil {
		t.Errorf("%+v", ms)
	}
}

func TestImportBadRowsImportNothing(t *testing.T) {
	s := newCouncil(t)
	text := `full_name,organisation,side,role,email,term_from,term_to,sector,active
Олена Петренко,ГО «Світло»,civil,member,,,,,
,ГО «Без імені»,civil,member,,,,,
Іван Сидоренко,Міська рада,government,member,ivan@,,,,
Марія Коваль,КП,government,member,,2026-02-01,2026-01-01,,
Петро Бондар,Установа,both,member,,,,,
Оксана Мельник,ГО,civil,boss,,,,bank,maybe
"Андрій ""Старий""",ГО,civil,member
олена   петренко,го «світло»,civil,member,,,,,
Секретар Один,Рада,government,secretary,,,,,
Секретар Два,Рада,civil,secretary,,,,,
`
	res, err := importText(t, s, text, false)
	if !errors.Is(err, store.ErrImportRefused) || !strings.Contains(err.Error(), "8 bad rows") {
		t.Fatalf("err %v", err)
	}
	want := []string{
		"3 full_name required",
		"4 email email",
		"5 term_to term_order",
		"6 side choice",
		"7 sector choice", "7 role choice", "7 active choice",
		"8 row columns",
		"9 full_name duplicate_row 2",
		"11 role one_secretary",
	}
	var got []string
	for _, p := range res.Problems {
		got = append(got, strings.TrimSpace(strings.Join([]string{strconv.Itoa(p.Line), p.Field, p.Code, p.Value}, " ")))
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(listAll(t, s)) != 0 || len(res.Added) != 0 {
		t.Error("nothing may be imported when a row is bad")
	}
}

func TestImportFileErrors(t *testing.T) {
	cases := map[string]string{
		"":                                     "empty",
		"full_name,side,birthday\nА,civil,1\n": `unknown column "birthday"`,
		"full_name,position\nА,Б\n":            `no "side" column`,
		"full_name,side,side\nА,civil,civil\n": "appears twice",
		"full_name,side\n\"А,civil\n":          "line 2",
		"[{\"full_name\": \"А\", \"side\": \"civil\", \"age\": \"1\"}]": `unknown key "age"`,
	}
	for text, want := range cases {
		_, err := export.ReadMembers(strings.NewReader(text))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: want %q, got %v", text, want, err)
		}
	}
}

func TestImportReportsMembersAlreadyPresent(t *testing.T) {
	s := newCouncil(t)
	if _, err := s.CreateMember(context.Background(), store.Member{FullName: "Олена Петренко", Organisation: "ГО «Світло»",
		Side: store.SideCivil, Role: store.RoleMember, Sector: store.SectorNGO}); err != nil {
		t.Fatal(err)
	}
	text := "full_name,organisation,side\nОЛЕНА ПЕТРЕНКО,го «світло»,civil\nОлена Петренко,Інша ГО,civil\n"
	res, err := importText(t, s, text, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Present) != 1 || res.Present[0].Line != 2 || len(res.Added) != 1 || res.Added[0].Organisation != "Інша ГО" {
		t.Fatalf("%+v", res)
	}
	if n := len(listAll(t, s)); n != 2 {
		t.Errorf("%d members, want 2", n)
	}
}

func TestImportDryRunImportsNothing(t *testing.T) {
	s := newCouncil(t)
	res, err := importText(t, s, goodFile, true)
	if err != nil || !res.DryRun || len(res.Added) != 3 || res.Added[0].ID != 0 {
		t.Fatalf("%+v %v", res, err)
	}
	if len(listAll(t, s)) != 0 {
		t.Error("a dry run imported members")
	}
	if j, _ := s.ListJournal(context.Background(), "", 0, 10); len(j) != 1 {
		t.Errorf("a dry run wrote %d journal entries", len(j)-1)
	}
	bad := goodFile + "Без сторони,,,,,,,,,,,\n"
	if _, err := importText(t, s, bad, true); !errors.Is(err, store.ErrImportRefused) {
		t.Errorf("a dry run reports bad rows too: %v", err)
	}
}

func TestMembersRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := newCouncil(t)
	if _, err := importText(t, s, goodFile, false); err != nil {
		t.Fatal(err)
	}
	id, err := s.CreateMember(ctx, store.Member{FullName: "=HYPERLINK(\"http://x\")", Position: "@SUM(A1)",
		Organisation: "-1+2", Side: store.SideCivil, Role: store.RoleMember, Sector: store.SectorOther,
		Notes: "'quoted\tnote, with \"quotes\"\nand\x1b[2J escapes", TermFrom: "2025-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.LeaveCouncil(ctx, id, "2026-03-01", "переїзд"); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "json"} {
		t.Run(format, func(t *testing.T) {
			var first bytes.Buffer
			if err := export.Members(&first, listAll(t, s), format); err != nil {
				t.Fatal(err)
			}
			empty := newCouncil(t)
			if _, err := importText(t, empty, first.String(), false); err != nil {
				t.Fatal(err)
			}
			var second bytes.Buffer
			export.Members(&second, listAll(t, empty), format)
			if first.String() != second.String() {
				t.Fatalf("round trip differs:\n%s\n---\n%s", first.String(), second.String())
			}
			if strings.Contains(first.String(), "\x1b") {
				t.Error("control characters must be cleaned")
			}
		})
	}
	var csv bytes.Buffer
	export.Members(&csv, listAll(t, s), "csv")
	for _, want := range []string{`"'=HYPERLINK(""http://x"")"`, "'@SUM(A1)", "'-1+2", "'+380 67 123 45 67", "переїзд,\"''quoted"} {
		if !strings.Contains(csv.String(), want) {
			t.Errorf("csv lacks %q:\n%s", want, csv.String())
		}
	}
}

func TestMembersUnknownFormat(t *testing.T) {
	if err := export.Members(&bytes.Buffer{}, nil, "xlsx"); err == nil {
		t.Error("xlsx accepted")
	}
}
