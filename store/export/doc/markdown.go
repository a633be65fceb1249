package doc

import (
	"io"
	"regexp"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// mdEscaper escapes characters that make Markdown (or raw HTML) anywhere in a line.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "#", `\#`,
	"|", `\|`, "~", `\~`, "&", "&amp;", "<", "&lt;", ">", "&gt;",
)

// mdLineStart matches the marker of a list, a rule or a setext underline at the start of a line.
var mdLineStart = regexp.MustCompile(`^(?:([-+=])|[0-9]{1,9}([.)])(?:[ \t]|$))`)

// WriteMarkdown writes d as CommonMark with GFM tables; typed text cannot make markup.
func WriteMarkdown(w io.Writer, d Document) error {
	var b strings.Builder
	if wm := mdText(strings.ReplaceAll(clean.Text(d.Watermark), "\n", " "), true); strings.TrimSpace(wm) != "" {
		b.WriteString("**" + strings.TrimSpace(wm) + "**\n\n")
	}
	for _, blk := range d.blocks() {
		if s := mdBlock(blk); s != "" {
			b.WriteString(s + "\n\n")
		}
	}
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

func mdBlock(blk Block) string {
	switch v := blk.(type) {
	case Heading:
		return mdHeading(v)
	case Paragraph:
		return mdInline(v.Runs, true)
	case List:
		return mdList(v)
	case Table:
		return mdTable(v)
	case TwoColumn:
		return mdTwoColumn(v)
	case Signature:
		return mdCell(v.Role) + " " + signLine + " " + mdCell(v.Name)
	case PageBreak:
		return "---"
	}
	return ""
}

func mdHeading(h Heading) string {
	runs := cleanRuns(h.Runs)
	for i := range runs {
		runs[i].Text = strings.ReplaceAll(runs[i].Text, "\n", " ")
	}
	text := mdInline(runs, true)
	if strings.TrimSpace(text) == "" {
		return ""
	}
	return strings.Repeat("#", h.level()) + " " + text
}

func mdList(l List) string {
	var lines []string
	for i, item := range l.Items {
		marker := l.marker(i, "-") + " "
		text := mdInline(item, true)
		text = strings.ReplaceAll(text, "\n", "\n"+strings.Repeat(" ", len(marker)))
		lines = append(lines, marker+text)
	}
	return strings.Join(lines, "\n")
}

func mdTable(t Table) string {
	n := t.columns()
	if n == 0 {
		return ""
	}
	lines := []string{mdRow(t.Header, n), "|" + strings.Repeat(" --- |", n)}
	for _, r := range t.Rows {
		lines = append(lines, mdRow(r, n))
	}
	return strings.Join(lines, "\n")
}

func mdRow(row []string, n int) string {
	var b strings.Builder
	b.WriteString("|")
	for i := range n {
		b.WriteString(" " + mdCell(cell(row, i)) + " |")
	}
	return b.String()
}

// mdCell escapes a one-line text that does not start a line (table cells, signatures).
func mdCell(s string) string {
	return strings.TrimSpace(mdEscaper.Replace(strings.ReplaceAll(clean.Text(s), "\n", " ")))
}

func mdTwoColumn(t TwoColumn) string {
	left, right := mdInline(t.Left, true), mdInline(t.Right, false)
	if left == "" || right == "" {
		return strings.TrimSpace(left + right)
	}
	return left + "\u2003\u2003" + right
}

// mdInline renders runs with ** and * and hard line breaks; lineStart says the text begins a line.
func mdInline(runs []Run, lineStart bool) string {
	var b strings.Builder
	start := lineStart
	for _, r := range trimRuns(cleanRuns(runs)) {
		lead, core, trail := splitSpace(r.Text)
		if core == "" {
			b.WriteString(mdText(lead, start))
			start = start || strings.Contains(lead, "\n")
			continue
		}
		mark := mdMark(r)
		b.WriteString(mdText(lead, start))
		b.WriteString(mark + mdText(core, start || strings.Contains(lead, "\n")) + mark)
		b.WriteString(mdText(trail, false))
		start = strings.Contains(trail, "\n")
	}
	return b.String()
}

// mdMark is the emphasis marker of a run's style.
func mdMark(r Run) string {
	switch {
	case r.Bold && r.Italic:
		return "***"
	case r.Bold:
		return "**"
	case r.Italic:
		return "*"
	}
	return ""
}

// mdText escapes cleaned text; every line after a newline, and the first if lineStart, begins a line.
func mdText(s string, lineStart bool) string {
	if !strings.Contains(s, "\n") && !(lineStart && mdMayMark(s)) {
		if s = mdEscaper.Replace(s); lineStart {
			s = strings.TrimLeft(s, " \t")
		}
		return s
	}
	return mdLines(s, lineStart)
}

// mdLines is mdText line by line.
func mdLines(s string, lineStart bool) string {
	lines := strings.Split(s, "\n")
	for i, ln := range lines {
		ln = mdEscaper.Replace(ln)
		if i > 0 || lineStart {
			ln = strings.TrimLeft(ln, " \t")
			if m := mdLineStart.FindStringSubmatchIndex(ln); m != nil {
				at := max(m[2], m[4])
				ln = ln[:at] + `\` + ln[at:]
			}
		}
		lines[i] = ln
	}
	return strings.Join(lines, "\\\n")
}

// mdMayMark says whether a line could begin with what mdLineStart matches.
func mdMayMark(ln string) bool {
	ln = strings.TrimLeft(ln, " \t")
	return ln != "" && (strings.IndexByte("-+=", ln[0]) >= 0 || ln[0] >= '0' && ln[0] <= '9')
}
