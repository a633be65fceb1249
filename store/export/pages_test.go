package export

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// demoRecords are the records of every demo meeting, by meeting and year.
func demoRecords(t *testing.T) map[string]store.Record {
	t.Helper()
	s := demoStore(t)
	ctx := context.Background()
	ms, err := s.ListMeetings(ctx, store.MeetingFilter{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.Record{}
	for _, m := range ms {
		rec, err := s.MeetingRecord(ctx, m.ID)
		if err != nil {
			t.Fatal(err)
		}
		out[fmt.Sprintf("minutes-%s-%d", m.Series, m.Number)] = rec
	}
	return out
}

// demoDocuments renders every demo meeting's minutes in both languages in format f; the key names
// the meeting and the language.
func demoDocuments(t *testing.T, f Format) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for name, rec := range demoRecords(t) {
		for _, lang := range i18n.Langs {
			out[name+"-"+string(lang)] = render(t, rec, f, lang, Options{})
		}
	}
	return out
}

// TestDemoPDFPagesEndWithNoLabel reads each page of every demo meeting's PDF minutes, pushed down
// line by line by lines added to what the first item heard, so that each label meets a page's
// foot: no page ends with a heading or a label («ПОРЯДОК ДЕННИЙ:», «ВИРІШИЛИ:» …).
func TestDemoPDFPagesEndWithNoLabel(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext is not installed (apt-get install poppler-utils)")
	}
	dir := t.TempDir()
	for name, rec := range demoRecords(t) {
		heard := rec.Items[0].Heard
		for _, lang := range i18n.Langs {
			for added := range 24 {
				rec.Items[0].Heard = strings.Repeat("Рядок.\n", added) + heard
				path := filepath.Join(dir, fmt.Sprintf("%s-%s-%d.pdf", name, lang, added))
				if err := os.WriteFile(path, render(t, rec, PDF, lang, Options{}), 0o644); err != nil {
					t.Fatal(err)
				}
				checkPageEnds(t, path, lang)
				if lang != i18n.Ukrainian {
					break // other languages' pages: as printed only
				}
			}
		}
	}
}

// checkPageEnds fails when a page of the PDF at path, but the last, ends with a label.
func checkPageEnds(t *testing.T, path string, lang i18n.Lang) {
	t.Helper()
	labels := []string{word(lang, "doc.agenda"), word(lang, "doc.spoke"), word(lang, "doc.decided"), word(lang, "doc.invited"),
		strings.SplitN(word(lang, "doc.present"), "(", 2)[0], strings.Fields(word(lang, "doc.minutes"))[0]}
	n := pdfPages(t, path)
	for page := 1; page < n; page++ {
		out, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page), path, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		body := strings.Fields(pageFurniture.ReplaceAllString(string(out), ""))
		last := strings.Join(body[max(0, len(body)-4):], " ")
		for _, l := range labels {
			if strings.HasSuffix(last, strings.TrimSpace(l)) {
				t.Errorf("%s: page %d of %d ends with %q", filepath.Base(path), page, n, l)
			}
		}
	}
}

// TestDemoPDFPagesAsLibreOffice renders every demo meeting's minutes as DOCX and as PDF, and the
// longest pushed down so that a label meets a page's foot: LibreOffice makes as many pages of each
// DOCX as Rada makes of its PDF.
func TestDemoPDFPagesAsLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("LibreOffice (soffice) is not installed: the DOCX and PDF page counts were not compared (CI installs libreoffice-writer-nogui)")
	}
	dir := t.TempDir()
	pdfs, docxs := demoDocuments(t, PDF), demoDocuments(t, DOCX)
	long := demoRecords(t)["minutes-2026-1"]
	heard := long.Items[0].Heard
	for _, added := range []int{10, 15, 22} { // ВИРІШИЛИ, ВИСТУПИЛИ, ВИРІШИЛИ at page 2's foot
		long.Items[0].Heard = strings.Repeat("Рядок.\n", added) + heard
		name := fmt.Sprintf("minutes-2026-1-uk-%d", added)
		pdfs[name], docxs[name] = render(t, long, PDF, "uk", Options{}), render(t, long, DOCX, "uk", Options{})
	}
	args := []string{"--headless", "-env:UserInstallation=file://" + filepath.Join(dir, "profile"), "--convert-to", "pdf", "--outdir", filepath.Join(dir, "lo")}
	for name, docx := range docxs {
		path := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(path, docx, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".pdf"), pdfs[name], 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, path)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	for name := range pdfs {
		lo, rada := pdfPages(t, filepath.Join(dir, "lo", name+".pdf")), pdfPages(t, filepath.Join(dir, name+".pdf"))
		if lo != rada {
			t.Errorf("%s: LibreOffice makes %d pages of the DOCX, Rada %d of the PDF", name, lo, rada)
		}
	}
}

// pageObject is a page in a PDF's objects (not the /Pages tree).
var pageObject = regexp.MustCompile(`/Type\s*/Page[^s]`)

// pdfPages counts a PDF's pages with pdfinfo, or by its page objects where pdfinfo is missing.
func pdfPages(t *testing.T, path string) int {
	t.Helper()
	if out, err := exec.Command("pdfinfo", path).Output(); err == nil {
		for _, l := range strings.Split(string(out), "\n") {
			if f := strings.Fields(l); len(f) == 2 && f[0] == "Pages:" {
				n, err := strconv.Atoi(f[1])
				if err != nil {
					t.Fatal(err)
				}
				return n
			}
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return len(pageObject.FindAll(b, -1))
}
