package doc

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPDFKeepsLabelsWithWhatFollows moves a label and a heading down the page line by line: no
// page ends with either, and each shares its page with the first line after it.
func TestPDFKeepsLabelsWithWhatFollows(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	for _, kept := range []Block{
		Paragraph{Runs: []Run{{Text: "ВИРІШИЛИ:", Bold: true}}, KeepNext: true},
		Heading{Level: 2, Runs: []Run{{Text: "ПОРЯДОК ДЕННИЙ"}}},
	} {
		for n := 30; n < 42; n++ {
			var d Document
			for i := range n {
				d.Blocks = append(d.Blocks, Paragraph{Runs: []Run{{Text: fmt.Sprintf("Рядок %d.", i+1)}}})
			}
			d.Blocks = append(d.Blocks, kept, Paragraph{Runs: []Run{{Text: "Наступний абзац."}}})
			text, _ := pdfText(t, render(t, "pdf", d))
			for i, page := range strings.Split(text, "\f") {
				lines := bodyLines(page)
				if len(lines) == 0 {
					continue
				}
				if last := lines[len(lines)-1]; strings.Contains(last, "ВИРІШИЛИ") || strings.Contains(last, "ПОРЯДОК") {
					t.Errorf("%d lines before: page %d ends with %q", n, i+1, last)
				}
			}
		}
	}
}

// TestPDFSignaturesStayTogether puts signatures at every height of the page's foot: they are
// always on one page.
func TestPDFSignaturesStayTogether(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed")
	}
	for n := 30; n < 42; n++ {
		var d Document
		for i := range n {
			d.Blocks = append(d.Blocks, Paragraph{Runs: []Run{{Text: fmt.Sprintf("Рядок %d.", i+1)}}})
		}
		d.Blocks = append(d.Blocks, Signature{Role: "Співголова", Name: "Андрій КОВАЛЬЧУК"}, Signature{Role: "Секретар", Name: "Оксана МЕЛЬНИК"})
		text, _ := pdfText(t, render(t, "pdf", d))
		for i, page := range strings.Split(text, "\f") {
			if strings.Contains(page, "Співголова") != strings.Contains(page, "Секретар") {
				t.Errorf("%d lines before: page %d holds one signature of two:\n%s", n, i+1, page)
			}
		}
	}
}

// bodyLines are a page's non-empty lines without its number.
func bodyLines(page string) []string {
	var out []string
	for _, l := range strings.Split(page, "\n") {
		l = strings.TrimSpace(l)
		var a, b int
		if n, _ := fmt.Sscanf(l, "%d / %d", &a, &b); l == "" || n == 2 {
			continue
		}
		out = append(out, l)
	}
	return out
}

// TestPDFFontIsLiberationSerif reads the fonts a PDF embeds: Liberation Serif only, as subsets.
func TestPDFFontIsLiberationSerif(t *testing.T) {
	bin, err := exec.LookPath("pdffonts")
	if err != nil {
		t.Skip("pdffonts is not installed (apt-get install poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(path, render(t, "pdf", sample()), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, path).Output()
	if err != nil {
		t.Fatalf("pdffonts: %v", err)
	}
	rows := strings.Split(strings.TrimSpace(string(out)), "\n")[2:]
	names := map[string]bool{}
	for _, r := range rows {
		f := strings.Fields(r)
		names[f[0]] = true
		if !strings.HasPrefix(f[0], "LiberationSerif") || !strings.Contains(r, " yes ") {
			t.Errorf("a font other than embedded Liberation Serif: %s", r)
		}
	}
	for _, want := range []string{"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} {
		if !names[want] {
			t.Errorf("no %s among %v", want, names)
		}
	}
}
