package doc

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// htmlTag matches what the HTML writer may emit as markup.
var htmlTag = regexp.MustCompile(`<[^>]*>`)

// fuzzDocument puts s everywhere typed text can go.
func fuzzDocument(s string) Document {
	r := []Run{{Text: s}, {Text: s, Bold: true}, {Text: s, Italic: true}}
	return Document{Title: s, Lang: "uk", Watermark: s, Blocks: []Block{
		Heading{Level: 2, Runs: r}, Paragraph{Runs: r, Indent: true, Align: AlignJustify},
		List{Ordered: true, Items: [][]Run{r, r}}, Table{Header: []string{s}, Rows: [][]string{{s, s}}, Borders: true},
		TwoColumn{Left: r, Right: r}, Signature{Role: s, Name: s}, PageBreak{},
	}}
}

// xify replaces every character of cleaned s except white space by "x": same shape, no markup.
func xify(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return r
		}
		return 'x'
	}, clean.Text(s))
}

func FuzzWriters(f *testing.F) {
	for _, seed := range []string{"", "<script>alert(1)</script>", "\x1b[31mred\x1b]0;t\x07", "a\u202eb\u200bc\ufeff",
		"# h\n- l\n1. n\n> q\n```", "**b** _i_ [l](u) |t| &amp; <!--", "Ґ Є І Ї № « » ’ – —", "=cmd|' /C calc'!A0",
		"\x00\x01\x7f\u0085\u009b2J", "   \n\n\t ", strings.Repeat("дуже_довге_слово", 40), "\xff\xfe😀 \u00a0\u2028"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := fuzzDocument(s)
		for ext := range writers {
			out := string(render(t, ext, d))
			if ext == "docx" {
				var all strings.Builder
				for _, part := range docxParts(t, []byte(out)) {
					all.WriteString(part)
				}
				out = all.String()
			}
			if ext != "pdf" && strings.ContainsFunc(out, clean.Unsafe) {
				t.Errorf("%s output has a control character", ext)
			}
			if ext == "pdf" && !strings.HasPrefix(out, "%PDF") {
				t.Error("not a PDF")
			}
		}
		got := htmlTag.FindAllString(string(render(t, "html", d)), -1)
		want := htmlTag.FindAllString(string(render(t, "html", fuzzDocument(xify(s)))), -1)
		if strings.Join(got, "") != strings.Join(want, "") {
			t.Errorf("typed text made HTML markup:\n got %q\nwant %q", got, want)
		}
		if bytes.Contains(render(t, "md", d), []byte("<")) {
			t.Error("Markdown has a raw <")
		}
	})
}
