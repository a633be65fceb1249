package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// shared are the rules the command line writes open data with, no database being open.
var shared = files.Options{Mode: files.Shared}

// readDataset parses NAME.csv, NAME-structure.csv and NAME.json of dir.
func readDataset(t *testing.T, dir, name string) (rows [][]string, structure [][]string, objs []map[string]any) {
	t.Helper()
	read := func(file string) [][]string {
		b, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(bytes.NewReader(b)).ReadAll()
		if err != nil {
			t.Fatalf("%s does not parse as CSV: %v", file, err)
		}
		return recs
	}
	rows, structure = read(name+".csv"), read(name+"-structure.csv")
	b, err := os.ReadFile(filepath.Join(dir, name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &objs); err != nil {
		t.Fatalf("%s.json does not parse: %v", name, err)
	}
	return rows, structure, objs
}

// agree checks that a dataset's CSV, structure and JSON say the same.
func agree(t *testing.T, name string, rows, structure [][]string, objs []map[string]any) {
	t.Helper()
	header := rows[0]
	if len(structure) != len(header)+1 || strings.Join(structure[0], ",") != "name,title,description,datatype" {
		t.Fatalf("%s: structure does not describe the columns: %v", name, structure)
	}
	for i, col := range header {
		if structure[i+1][0] != col {
			t.Errorf("%s: structure line %d names %q, column is %q", name, i+1, structure[i+1][0], col)
		}
	}
	if len(objs) != len(rows)-1 {
		t.Fatalf("%s: %d JSON objects, %d CSV rows", name, len(objs), len(rows)-1)
	}
	for i, obj := range objs {
		for j, col := range header {
			cell := rows[i+1][j]
			if want := jsonAsCSV(obj[col]); cell != want {
				t.Errorf("%s row %d %s: CSV %q, JSON %q", name, i+1, col, cell, want)
			}
		}
	}
}

// jsonAsCSV is how a JSON value appears in the CSV.
func jsonAsCSV(v any) string {
	switch x := v.(type) {
	case nil:
		return Null
	case float64:
		return strconv.Itoa(int(x))
	case bool:
		return strconv.FormatBool(x)
	case string:
		return SafeCell(x)
	}
	return "?"
}

func sampleOpenData(evil string) store.OpenData {
	rec := sampleRecord(evil)
	m, v := store.MotionsOf(rec)
	plan := store.PlanReport{Plan: store.ActionPlan{Title: "План дій 2025–2026"}, Today: "2026-03-12",
		Commitments: []store.CommitmentReport{{
			Commitment: store.Commitment{OGPID: "UAKLY0003", Title: "=HYPERLINK(\"http://x\")" + evil, EndMonth: "2026-12",
				Values: []store.OGPValue{store.ValueParticipation}, ImplStatus: store.ImplInProgress},
			Milestones: []store.MilestoneReport{{Milestone: store.Milestone{Deliverable: "-2+3", EndDate: "2026-01-31"}, Overdue: true},
				{Milestone: store.Milestone{Deliverable: "@SUM(A1)", EndDate: "2026-06-30", DoneOn: "2026-02-01"}}},
		}}}
	c, ms := store.CommitmentsOf(plan)
	return store.OpenData{Motions: m, Votings: v, Commitments: c, Milestones: ms}
}

func TestOpenDataFilesParseAndAgree(t *testing.T) {
	dir := t.TempDir()
	written, err := OpenData(dir, sampleOpenData("<script>\x1b[2J").Feed, shared)
	if err != nil {
		t.Fatal(err)
	}
	if len(written.Files) != 12 {
		t.Fatalf("%d files: %v", len(written.Files), written.Files)
	}
	for _, name := range []string{"motions", "votings", "commitments", "milestones"} {
		rows, structure, objs := readDataset(t, dir, name)
		agree(t, name, rows, structure, objs)
	}
	rows, _, _ := readDataset(t, dir, "motions")
	want := "uid,date,authorityName,authorityId,convocation,legislativeSession,num,title,votingFor,votingAgainst,votingAbstain,notVoting,absent,votingResult,text"
	if strings.Join(rows[0], ",") != want {
		t.Errorf("motions header %v", rows[0])
	}
	m := rows[1]
	if m[0] != "2026-3-1" || m[1] != "2026-03-12" || m[3] != "04060772" || m[4] != "null" || m[8] != "2" || m[10] != "1" || m[12] != "2" || m[13] != "Рішення прийнято" {
		t.Errorf("motion row %v", m)
	}
	votes, _, _ := readDataset(t, dir, "votings")
	words := map[string]int{}
	for _, v := range votes[1:] {
		words[v[4]]++
	}
	if words["За"] != 2 || words["Утримався"] != 1 || words["Відсутній"] != 2 || len(votes) != 6 {
		t.Errorf("votings %v", votes)
	}
}

func TestOpenDataDefusesFormulasAndControls(t *testing.T) {
	dir := t.TempDir()
	if _, err := OpenData(dir, sampleOpenData("\x1b[2J\x07").Feed, shared); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"commitments.csv", "milestones.csv", "motions.csv", "votings.csv", "commitments.json"} {
		b, _ := os.ReadFile(filepath.Join(dir, f))
		if bytes.ContainsAny(b, "\x1b\x07") {
			t.Errorf("%s keeps control characters", f)
		}
	}
	c, _, _ := readDataset(t, dir, "commitments")
	if !strings.HasPrefix(c[1][2], "'=HYPERLINK") {
		t.Errorf("formula not defused: %q", c[1][2])
	}
	ms, _, _ := readDataset(t, dir, "milestones")
	if ms[1][3] != "'-2+3" || ms[2][3] != "'@SUM(A1)" || ms[1][7] != "Прострочено" || ms[2][6] != "2026-02-01" || ms[1][6] != "null" {
		t.Errorf("milestones %v", ms)
	}
	if c[1][12] != "2" || c[1][13] != "1" || c[1][14] != "1" || c[1][10] != "false" {
		t.Errorf("commitment counts %v", c[1])
	}
}

func TestSafeCell(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+380": "'+380", "-": "'-", "@x": "'@x", "\tx": "'\tx",
		"Звичайний текст": "Звичайний текст", "a=b": "a=b", "": "", "a\x00b": "ab"} {
		if got := SafeCell(in); got != want {
			t.Errorf("SafeCell(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestPlanReportFormats(t *testing.T) {
	plan := store.PlanReport{Plan: store.ActionPlan{Title: "План дій 2025–2026", PeriodFrom: "2025-01", PeriodTo: "2026-12", Status: store.PlanInProgress},
		Today: "2026-03-12", InceptionDue: "2025-03-15",
		Commitments: []store.CommitmentReport{{
			Commitment: store.Commitment{OGPID: "UAKLY0001", Title: "Бюджет участі <b>", LeadImplementer: "Управління", StartMonth: "2025-01", EndMonth: "2025-12",
				Values: []store.OGPValue{store.ValueParticipation, store.ValueTechnology}, ImplStatus: store.ImplInProgress, Completion: store.CompletionLimited},
			Overdue: true, AssessDue: "2026-01-31",
			Milestones: []store.MilestoneReport{{Milestone: store.Milestone{Deliverable: "Положення", EndDate: "2025-06-30"}, Overdue: true}},
			History:    []store.StatusEvent{{StatusChange: store.StatusChange{Scale: "implementation", From: "not_started", To: "in_progress", ChangedOn: "2025-02-01", Note: "рішення ради"}}},
		}}}
	var md bytes.Buffer
	if err := PlanReport(&md, plan, Markdown, "uk"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"# Звіт про виконання плану дій", "Період: 01.2025 – 12.2026.", "Початкову оцінку (inception) слід провести до 15.03.2025.",
		"## Прострочено", "**UAKLY0001 «Бюджет участі &lt;b&gt;» – 12.2025**", "UAKLY0001: Положення – 30.06.2025",
		"| 1 | UAKLY0001 | Бюджет участі &lt;b&gt; | Виконується | Обмежений | 0/1 | 1 |",
		"**Цінності OGP:** Громадська участь; Технології та інновації", "Строк виконання минув",
		"Оцінку після завершення слід провести до 31.01.2026.", "- 01.02.2025. Стан виконання: Не розпочато → Виконується. рішення ради."} {
		if !strings.Contains(md.String(), want) {
			t.Errorf("plan report lacks %q in\n%s", want, md.String())
		}
	}
	var html bytes.Buffer
	if err := PlanReport(&html, plan, HTML, "en"); err != nil || !strings.Contains(html.String(), "Action Plan progress report") || strings.Contains(html.String(), "<b>") {
		t.Errorf("HTML plan report: %v", err)
	}
	var c bytes.Buffer
	if err := PlanReport(&c, plan, CSV, "uk"); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&c).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][5] != "UAKLY0001" || rows[1][15] != "Виконується" || rows[1][22] != "true" || rows[1][23] != "2026-01-31" {
		t.Errorf("plan CSV %v %v", rows, err)
	}
	var j bytes.Buffer
	if err := PlanReport(&j, plan, JSON, "uk"); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Commitments []struct {
			UID        string
			Overdue    bool
			Milestones []struct{ Overdue bool }
			History    []struct{ To string }
		}
	}
	if err := json.Unmarshal(j.Bytes(), &got); err != nil || len(got.Commitments) != 1 || !got.Commitments[0].Overdue ||
		!got.Commitments[0].Milestones[0].Overdue || got.Commitments[0].History[0].To != "in_progress" {
		t.Errorf("plan JSON %s %v", j.String(), err)
	}
	if err := PlanReport(&j, plan, PDF, "uk"); err == nil {
		t.Error("the plan report is not made in PDF")
	}
}

// Open data never replaces a file without Force, and never the live database: a refused
// run writes none of its twelve files.
func TestOpenDataRefusesExistingAndLiveFiles(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "votings.csv")
	os.WriteFile(live, []byte("SQLite format 3"), 0o600)
	o := files.Options{Mode: files.Shared, Force: true, Live: live}
	if _, err := OpenData(dir, sampleOpenData("").Feed, o); !errors.Is(err, files.ErrLive) {
		t.Fatalf("open data over the live file: %v", err)
	}
	if _, err := OpenData(live, sampleOpenData("").Feed, o); !errors.Is(err, files.ErrLive) {
		t.Fatalf("open data into the live file as a folder: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Fatalf("a refused run wrote %d files", len(entries)-1)
	}
	os.Remove(live)
	if _, err := OpenData(dir, sampleOpenData("").Feed, shared); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "motions.json"), []byte("kept"), 0o644)
	if _, err := OpenData(dir, sampleOpenData("").Feed, shared); !errors.Is(err, files.ErrExists) {
		t.Fatalf("a second run without Force: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "motions.json")); string(b) != "kept" {
		t.Fatalf("a refused run replaced a file: %q", b)
	}
	if _, err := OpenData(dir, sampleOpenData("").Feed, files.Options{Mode: files.Shared, Force: true}); err != nil {
		t.Fatalf("a second run with Force: %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "motions.json")); string(b) == "kept" {
		t.Fatal("Force did not replace the file")
	}
}

// A read that fails after some rows were written replaces none of the twelve files and
// leaves no temporary file: the rows already streamed are thrown away.
func TestOpenDataReadFailureKeepsEveryFile(t *testing.T) {
	dir := t.TempDir()
	for _, ds := range Datasets {
		for _, suffix := range []string{".csv", "-structure.csv", ".json"} {
			os.WriteFile(filepath.Join(dir, ds.Name+suffix), []byte("kept"), 0o644)
		}
	}
	broken := errors.New("the disk went away")
	d := sampleOpenData("")
	read := func(sink store.OpenDataSink) error {
		for range 100 {
			if err := sink.Meeting(d.Motions, d.Votings); err != nil {
				return err
			}
		}
		return broken
	}
	force := files.Options{Mode: files.Shared, Force: true}
	if _, err := OpenData(dir, read, force); !errors.Is(err, broken) {
		t.Fatalf("a failed read: %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 12 {
		t.Fatalf("%d files after a failed read, want the 12 that were there", len(entries))
	}
	for _, e := range entries {
		if b, _ := os.ReadFile(filepath.Join(dir, e.Name())); string(b) != "kept" {
			t.Errorf("%s replaced by a failed read: %.40q", e.Name(), b)
		}
	}
}
