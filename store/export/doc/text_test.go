package doc

import (
	"strings"
	"testing"
)

func TestTextKeepsWordsAndDropsControls(t *testing.T) {
	var lines []string
	headings := 0
	for _, tb := range Text(sample()) {
		lines = append(lines, tb.Lines...)
		if tb.Heading {
			headings++
		}
	}
	out := strings.Join(lines, "\n")
	for _, want := range []string{"ПРОЄКТ", "ПРОТОКОЛ № 3", "<script>alert(1)</script>", "# не заголовок", "a|b"} {
		if !strings.Contains(out, want) {
			t.Errorf("text lacks %q:\n%s", want, out)
		}
	}
	if strings.ContainsAny(out, "\x1b\u202e") {
		t.Errorf("control characters reached the text: %q", out)
	}
	if headings < 2 {
		t.Errorf("the watermark and the title are headings: %d", headings)
	}
}
