package doc

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// TextBlock is one block of a document as plain text, for a screen to wrap and style.
type TextBlock struct {
	Lines   []string // one per paragraph line, list item or table row; not wrapped
	Heading bool
	Indent  int // the width to hang following lines of a list item under
}

// Text returns d as plain text blocks: the watermark first, then every block in order;
// typed text is cleaned, nothing is escaped.
func Text(d Document) []TextBlock {
	var out []TextBlock
	if wm := strings.TrimSpace(clean.Text(d.Watermark)); wm != "" {
		out = append(out, TextBlock{Lines: []string{wm}, Heading: true})
	}
	for _, blk := range d.blocks() {
		if tb := textBlock(blk); len(tb.Lines) > 0 {
			out = append(out, tb)
		}
	}
	return out
}

func textBlock(blk Block) TextBlock {
	switch v := blk.(type) {
	case Heading:
		return TextBlock{Lines: nonBlank(runsText(v.Runs)), Heading: true}
	case Paragraph:
		return TextBlock{Lines: nonBlank(runsText(v.Runs))}
	case List:
		return textList(v)
	case Table:
		var lines []string
		for _, row := range append([][]string{v.Header}, v.Rows...) {
			if len(row) > 0 {
				lines = append(lines, textRow(row))
			}
		}
		return TextBlock{Lines: lines}
	case TwoColumn:
		return TextBlock{Lines: nonBlank(strings.Trim(runsText(v.Left)+" · "+runsText(v.Right), " ·"))}
	case Signature:
		return TextBlock{Lines: []string{clean.Text(v.Role) + " " + signLine + " " + clean.Text(v.Name)}}
	}
	return TextBlock{}
}

func textList(l List) TextBlock {
	var tb TextBlock
	for i, item := range l.Items {
		marker := l.marker(i, "–") + " "
		tb.Indent = max(tb.Indent, len([]rune(marker)))
		text := strings.ReplaceAll(runsText(item), "\n", " ")
		tb.Lines = append(tb.Lines, marker+text)
	}
	return tb
}

func textRow(row []string) string {
	cells := make([]string, len(row))
	for i := range row {
		cells[i] = strings.ReplaceAll(cell(row, i), "\n", " ")
	}
	return strings.Join(cells, " | ")
}

func runsText(runs []Run) string {
	var b strings.Builder
	for _, r := range cleanRuns(runs) {
		b.WriteString(r.Text)
	}
	return strings.TrimSpace(b.String())
}

// nonBlank splits text into its lines; nil when there is no text.
func nonBlank(text string) []string {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return strings.Split(text, "\n")
}
