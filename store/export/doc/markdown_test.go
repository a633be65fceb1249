package doc

import "testing"

// The one-line shortcut of mdText gives what the line-by-line way gives.
func TestMarkdownTextShortcut(t *testing.T) {
	for _, s := range []string{"", "text", "  text", "- item", " -item", "+1", "=", "12. twelve", "1) one",
		"1x", "9", "*bold* _it_ <b>", "\t3. tab", "рішення № 5", "a\nb", "1.\n- x", " ", "#hash"} {
		for _, start := range []bool{false, true} {
			if got, want := mdText(s, start), mdLines(s, start); got != want {
				t.Errorf("mdText(%q, %v) = %q, line by line %q", s, start, got, want)
			}
		}
	}
}
