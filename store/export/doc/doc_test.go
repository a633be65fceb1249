package doc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var (
	update = flag.Bool("update", false, "rewrite the golden files in testdata")
	outDir = flag.String("out", "", "also write the sample in every format to this directory")
)

// hostile is typed text that tries to make markup, escape to a terminal, or reorder text.
const hostile = "<script>alert(1)</script> \x1b[31mчервоний\x1b[0m \u202eтекст =cmd"

// sample is a short minutes document with everything the writers must handle.
func sample() Document {
	b := func(s string) Run { return Run{Text: s, Bold: true} }
	r := func(s string) []Run { return []Run{{Text: s}} }
	return Document{
		Title: "Протокол № 3 засідання Координаційної ради", Lang: "uk", Watermark: "ПРОЄКТ",
		Blocks: []Block{
			Heading{Level: 1, Align: AlignCenter, Runs: r("ХМЕЛЬНИЦЬКА МІСЬКА РАДА")},
			Paragraph{Align: AlignCenter, Runs: []Run{b("КООРДИНАЦІЙНА РАДА З ПИТАНЬ ВПРОВАДЖЕННЯ ІНІЦІАТИВИ «ПАРТНЕРСТВО «ВІДКРИТИЙ УРЯД»")}},
			Heading{Level: 2, Align: AlignCenter, Runs: r("ПРОТОКОЛ № 3")},
			Paragraph{Align: AlignCenter, Runs: r("засідання Координаційної ради")},
			TwoColumn{Left: r("12.03.2026"), Right: r("м. Хмельницький")},
			Paragraph{Runs: []Run{b("Головуючий: "), {Text: "Ґанна ЄВТУШЕНКО, співголова Координаційної ради"}}},
			Paragraph{Runs: []Run{b("Присутні члени Координаційної ради (9 з 14):")}},
			List{Ordered: true, Items: [][]Run{r("ІВАНЕНКО Ігор Їжакович – начальник управління"), r("ПЕТРЕНКО Ольга – ГО «Відкрите місто»")}},
			Paragraph{Runs: []Run{b("ПОРЯДОК ДЕННИЙ:")}, KeepNext: true},
			List{Ordered: true, Items: [][]Run{r("Про стан виконання Плану дій на 2025–2026 роки."), r("Різне.")}},
			Paragraph{Indent: true, Align: AlignJustify, Runs: []Run{b("1. СЛУХАЛИ: "), {Text: "Іваненко І.Ї. – про стан виконання Плану дій на 2025–2026 роки; п’ятий захід — виконано, решта триває відповідно до графіка."}}},
			Paragraph{Runs: []Run{b("ВИСТУПИЛИ: "), {Text: hostile}}},
			Paragraph{Runs: r("# не заголовок\n- не список\n1. не список\n*зірочки* _риски_ [посилання](http://x) `код` a|b &amp;")},
			List{Items: [][]Run{r("Відкриті дані"), r("- вкладений?")}},
			Table{Borders: true, Header: []string{"№", "Зобов’язання", "Статус"}, Rows: [][]string{
				{"1", "Відкриті дані <b>бюджету</b>", "виконано"},
				{"2", "Бюджет участі | громада", "триває"},
			}},
			Paragraph{Runs: []Run{b("ВИРІШИЛИ:"), {Text: "\nІнформацію взяти до відома."}}},
			Paragraph{Runs: r("Голосували: «за» – 8; «проти» – 0; «утримались» – 1.")},
			Paragraph{Runs: []Run{{Text: "Рішення прийнято.", Italic: true}}},
			Signature{Role: "Співголова Координаційної ради", Name: "Ґанна ЄВТУШЕНКО"},
			Signature{Role: "Секретар Координаційної ради", Name: "Їжак ІВАНЕНКО"},
		},
	}
}

// writers are the four formats by file extension.
var writers = map[string]func(io.Writer, Document) error{
	"md": WriteMarkdown, "html": WriteHTML, "docx": WriteDOCX, "pdf": WritePDF,
}

func render(t testing.TB, ext string, d Document) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := writers[ext](&buf, d); err != nil {
		t.Fatalf("%s: %v", ext, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	for _, ext := range []string{"md", "html"} {
		got := render(t, ext, sample())
		path := filepath.Join("testdata", "sample."+ext)
		if *update {
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run with -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from %s (run with -update and review the diff)", ext, path)
		}
	}
}

func TestWriteSampleFiles(t *testing.T) {
	if *outDir == "" {
		t.Skip("no -out directory")
	}
	for ext := range writers {
		if err := os.WriteFile(filepath.Join(*outDir, "sample."+ext), render(t, ext, sample()), 0o644); err != nil {
			t.Fatal(err)
		}
		long := filepath.Join(*outDir, "long."+ext)
		if err := os.WriteFile(long, render(t, ext, longDocument(120)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestHTMLEscapes(t *testing.T) {
	out := string(render(t, "html", sample()))
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;бюджету&lt;/b&gt;", "<title>Протокол № 3"} {
		if !strings.Contains(out, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(strings.ToLower(out), "<script") {
		t.Error("HTML contains <script")
	}
}

func TestMarkdownEscapes(t *testing.T) {
	out := string(render(t, "md", sample()))
	for _, want := range []string{"&lt;script&gt;", `\# не заголовок`, `\- не список`, `1\. не список`, `\*зірочки\*`, `\[посилання\]`, `a\|b`, "**ПРОЄКТ**"} {
		if !strings.Contains(out, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
}

func TestCyrillicEverywhere(t *testing.T) {
	const want = "Ґанна Євтушенко з Ірпеня, Їжакевич, протокол № 3, «так», п’ять – шість — сім"
	d := Document{Lang: "uk", Blocks: []Block{Paragraph{Runs: []Run{{Text: want}}}}}
	for _, ext := range []string{"md", "html"} {
		if out := string(render(t, ext, d)); !strings.Contains(out, want) {
			t.Errorf("%s lost the Cyrillic: %q", ext, out)
		}
	}
	if xml := docxPart(t, render(t, "docx", d), "word/document.xml"); !strings.Contains(xml, want) {
		t.Errorf("DOCX lost the Cyrillic")
	}
	if text, ok := pdfText(t, render(t, "pdf", d)); ok && !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
		t.Errorf("PDF text lost the Cyrillic: %q", text)
	}
}

func TestDOCX(t *testing.T) {
	out := render(t, "docx", sample())
	body := docxPart(t, out, "word/document.xml")
	for _, want := range []string{"ХМЕЛЬНИЦЬКА МІСЬКА РАДА", "&lt;script&gt;alert(1)&lt;/script&gt;", "Ґанна ЄВТУШЕНКО", "w:pgSz", "ПЕТРЕНКО Ольга – ГО «Відкрите місто»"} {
		if !strings.Contains(body, want) {
			t.Errorf("document.xml lacks %q", want)
		}
	}
	if h := docxPart(t, out, "word/header1.xml"); !strings.Contains(h, "ПРОЄКТ") {
		t.Errorf("header lacks the watermark: %s", h)
	}
	if s := docxPart(t, out, "word/styles.xml"); !strings.Contains(s, "Times New Roman") || !strings.Contains(s, `w:val="28"`) {
		t.Error("styles lack Times New Roman 14 pt")
	}
	styles := docxPart(t, out, "word/styles.xml")
	if !strings.Contains(styles, `<w:pPrDefault><w:pPr><w:widowControl/>`) || strings.Count(styles, `<w:keepNext/>`) != 3 {
		t.Error("styles lack widow control, or a heading style is not kept with the next paragraph")
	}
	if !strings.Contains(body, `<w:p><w:pPr><w:keepNext/></w:pPr><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">ПОРЯДОК ДЕННИЙ:`) {
		t.Error("the label «ПОРЯДОК ДЕННИЙ:» is not kept with the next paragraph")
	}
	if strings.Count(body, `<w:cantSplit/>`) != 2 || strings.Count(body, `<w:keepNext/><w:spacing w:after="0"/>`) != 3 {
		t.Error("the signatures may split across pages")
	}
	if want := fmt.Sprintf(`w:top="%d" w:right="%d" w:bottom="%d" w:left="%d"`, twips(20), twips(20), twips(20), twips(30)); !strings.Contains(body, want) {
		t.Errorf("the margins are not ДСТУ 4163's: want %s", want)
	}
}

// docxPart returns one part of a DOCX, which must be there.
func docxPart(t *testing.T, docx []byte, name string) string {
	t.Helper()
	part, ok := docxParts(t, docx)[name]
	if !ok {
		t.Fatalf("no %s in the DOCX", name)
	}
	return part
}

// docxParts unzips a DOCX and checks that every part is well-formed XML.
func docxParts(t *testing.T, docx []byte) map[string]string {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(docx), int64(len(docx)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string]string{}
	for _, f := range z.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := wellFormed(data); err != nil {
			t.Errorf("%s: %v", f.Name, err)
		}
		parts[f.Name] = string(data)
	}
	return parts
}

func wellFormed(data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := dec.Token(); errors.Is(err, io.EOF) {
			return nil
		} else if err != nil {
			return err
		}
	}
}

func TestPDF(t *testing.T) {
	out := render(t, "pdf", sample())
	if !bytes.HasPrefix(out, []byte("%PDF")) {
		t.Fatalf("not a PDF: %q", out[:min(len(out), 20)])
	}
	text, ok := pdfText(t, out)
	if !ok {
		t.Skip("pdftotext is not installed")
	}
	for _, want := range []string{"ХМЕЛЬНИЦЬКА МІСЬКА РАДА", "ПРОТОКОЛ № 3", "Ґанна ЄВТУШЕНКО", "«за» – 8", "<script>alert(1)</script>", "п’ятий захід — виконано", "Секретар Координаційної ради"} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
	checkPages(t, text, "ПРОЄКТ")
}

func TestPDFLongDocument(t *testing.T) {
	text, ok := pdfText(t, render(t, "pdf", longDocument(120)))
	if !ok {
		t.Skip("pdftotext is not installed")
	}
	if pages := checkPages(t, text, "DRAFT"); pages < 2 {
		t.Errorf("a long document made %d page(s)", pages)
	}
}

// longDocument has n paragraphs and a long table.
func longDocument(n int) Document {
	d := Document{Title: "Long", Lang: "en", Watermark: "DRAFT"}
	t := Table{Borders: true, Header: []string{"No.", "Commitment", "Status"}}
	for i := range n {
		text := fmt.Sprintf("Paragraph %d: Хмельницький міський голова, Координаційна рада. ", i+1)
		d.Blocks = append(d.Blocks, Paragraph{Indent: true, Align: AlignJustify, Runs: []Run{{Text: strings.Repeat(text, 3)}}})
		t.Rows = append(t.Rows, []string{fmt.Sprint(i + 1), strings.Repeat("Відкриті дані ", i%5+1), "done"})
	}
	d.Blocks = append(d.Blocks, PageBreak{}, t, Signature{Role: "Co-chair", Name: "Ім'я ПРІЗВИЩЕ"})
	return d
}

// checkPages asserts every page carries the watermark and "n / N"; it returns N.
func checkPages(t *testing.T, text, watermark string) int {
	t.Helper()
	pages := strings.Split(strings.TrimRight(text, "\f\n"), "\f")
	for i, page := range pages {
		if !strings.Contains(page, watermark) {
			t.Errorf("page %d lacks the watermark %q", i+1, watermark)
		}
		if num := fmt.Sprintf("%d / %d", i+1, len(pages)); !strings.Contains(page, num) {
			t.Errorf("page %d lacks %q", i+1, num)
		}
	}
	return len(pages)
}

// pdfText extracts a PDF's text with pdftotext; ok is false when pdftotext is missing.
func pdfText(t *testing.T, pdf []byte) (string, bool) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		return "", false
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out), true
}

func TestNoControlsInOutput(t *testing.T) {
	for ext := range writers {
		out := string(render(t, ext, sample()))
		switch ext {
		case "docx":
			out = docxPart(t, []byte(out), "word/document.xml")
		case "pdf":
			var ok bool
			if out, ok = pdfText(t, []byte(out)); !ok {
				continue
			}
		}
		if i := strings.IndexAny(out, "\x1b\u202e"); i >= 0 {
			t.Errorf("%s contains ESC or U+202E at %d", ext, i)
		}
	}
}

func TestDeterministic(t *testing.T) {
	for ext := range writers {
		if !bytes.Equal(render(t, ext, sample()), render(t, ext, sample())) {
			t.Errorf("%s differs between two runs", ext)
		}
	}
}

func TestPointerBlocks(t *testing.T) {
	d := Document{Blocks: []Block{&Paragraph{Runs: []Run{{Text: "через вказівник"}}}, nil, (*Heading)(nil)}}
	if out := string(render(t, "md", d)); out != "через вказівник\n" {
		t.Errorf("got %q", out)
	}
}

func TestEmptyBlocks(t *testing.T) {
	d := Document{Blocks: []Block{Table{Rows: [][]string{{}, {}}}, Table{}, List{}, Heading{}, Paragraph{},
		TwoColumn{}, Signature{}, PageBreak{}, PageBreak{}}}
	for ext := range writers {
		render(t, ext, d)
	}
	if text, ok := pdfText(t, render(t, "pdf", Document{})); ok && checkPages(t, text, "") != 1 {
		t.Error("an empty document is not one page")
	}
}
