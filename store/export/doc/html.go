package doc

import (
	"fmt"
	"html"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// htmlCSS styles the page for screen and for A4 print; no external resources.
const htmlCSS = `@page { size: A4; margin: %gmm %gmm %gmm %gmm; }
html { background: #fff; color: #000; }
body { margin: 0; font-family: "Times New Roman", Times, "Liberation Serif", "Nimbus Roman", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.25; }
main { max-width: 160mm; margin: 0 auto; padding: 10mm 5mm; }
h1, h2, h3 { font-size: 14pt; margin: 12pt 0 6pt; }
h1 { font-size: 16pt; }
p, ol, ul, table, .two { margin: 0 0 6pt; }
ol, ul { padding-left: %gmm; }
.indent { text-indent: %gmm; }
.center { text-align: center; }
.right { text-align: right; }
.justify { text-align: justify; }
table { border-collapse: collapse; width: 100%%; font-size: 12pt; }
th, td { padding: 2pt 4pt; text-align: left; vertical-align: top; }
table.grid th, table.grid td { border: 0.5pt solid #000; }
.two { display: flex; justify-content: space-between; gap: 1em; }
.two span:last-child { text-align: right; }
table.sign { margin-top: 12pt; font-size: 14pt; }
table.sign td:first-child { width: 45%%; }
table.sign td.name { width: 35%%; }
table.sign td { padding: 6pt 0; vertical-align: bottom; }
table.sign .line { text-align: center; white-space: nowrap; padding: 6pt 1em; }
table.sign .name { text-align: right; }
.page-break { break-after: page; page-break-after: always; }
.watermark { position: fixed; top: 45%%; left: 0; right: 0; text-align: center; white-space: nowrap; font-size: 72pt; font-weight: bold; letter-spacing: 0.1em; color: rgba(0, 0, 0, 0.1); transform: rotate(-30deg); pointer-events: none; z-index: 10; }
@media print { main { max-width: none; padding: 0; } }
`

// WriteHTML writes d as one self-contained HTML file with print styles for A4.
func WriteHTML(w io.Writer, d Document) error {
	var b strings.Builder
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", d.lang())
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n", htmlText(strings.ReplaceAll(clean.Text(d.Title), "\n", " ")))
	fmt.Fprintf(&b, "<style>\n"+htmlCSS+"</style>\n</head>\n<body>\n",
		marginTopMM, marginRightMM, marginBottomMM, marginLeftMM, indentMM, indentMM)
	if wm := strings.TrimSpace(clean.Text(d.Watermark)); wm != "" {
		fmt.Fprintf(&b, "<div class=\"watermark\">%s</div>\n", htmlText(wm))
	}
	b.WriteString("<main>\n")
	bs := d.blocks()
	for i := 0; i < len(bs); i++ {
		if sigs := signatures(bs, i); len(sigs) > 0 {
			b.WriteString(htmlSignatures(sigs))
			i += len(sigs) - 1
			continue
		}
		b.WriteString(htmlBlock(bs[i]))
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func htmlBlock(blk Block) string {
	switch v := blk.(type) {
	case Heading:
		n := v.level()
		return fmt.Sprintf("<h%d%s>%s</h%d>\n", n, htmlClass(v.Align, false), htmlInline(v.Runs), n)
	case Paragraph:
		return fmt.Sprintf("<p%s>%s</p>\n", htmlClass(v.Align, v.Indent), htmlInline(v.Runs))
	case List:
		return htmlList(v)
	case Table:
		return htmlTable(v)
	case TwoColumn:
		return fmt.Sprintf("<div class=\"two\"><span>%s</span><span>%s</span></div>\n", htmlInline(v.Left), htmlInline(v.Right))
	case PageBreak:
		return "<div class=\"page-break\"></div>\n"
	}
	return ""
}

// htmlClass is the class attribute for an alignment and a first-line indent.
func htmlClass(a Align, indent bool) string {
	var cls []string
	switch a {
	case AlignCenter:
		cls = append(cls, "center")
	case AlignRight:
		cls = append(cls, "right")
	case AlignJustify:
		cls = append(cls, "justify")
	}
	if indent {
		cls = append(cls, "indent")
	}
	if len(cls) == 0 {
		return ""
	}
	return ` class="` + strings.Join(cls, " ") + `"`
}

func htmlList(l List) string {
	tag, start := "ul", ""
	if l.Ordered {
		tag = "ol"
		if l.Start > 1 {
			start = fmt.Sprintf(" start=\"%d\"", l.Start)
		}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "<%s%s>\n", tag, start)
	for _, item := range l.Items {
		fmt.Fprintf(&b, "<li>%s</li>\n", htmlInline(item))
	}
	fmt.Fprintf(&b, "</%s>\n", tag)
	return b.String()
}

func htmlTable(t Table) string {
	n := t.columns()
	if n == 0 {
		return ""
	}
	var b strings.Builder
	if t.Borders {
		b.WriteString("<table class=\"grid\">\n")
	} else {
		b.WriteString("<table>\n")
	}
	if len(t.Header) > 0 {
		b.WriteString("<thead>\n" + htmlRow(t.Header, n, "th") + "</thead>\n")
	}
	b.WriteString("<tbody>\n")
	for _, r := range t.Rows {
		b.WriteString(htmlRow(r, n, "td"))
	}
	b.WriteString("</tbody>\n</table>\n")
	return b.String()
}

func htmlRow(row []string, n int, tag string) string {
	var b strings.Builder
	b.WriteString("<tr>")
	for i := range n {
		fmt.Fprintf(&b, "<%s>%s</%s>", tag, htmlText(cell(row, i)), tag)
	}
	b.WriteString("</tr>\n")
	return b.String()
}

func htmlSignatures(sigs []Signature) string {
	var b strings.Builder
	b.WriteString("<table class=\"sign\">\n")
	for _, s := range sigs {
		fmt.Fprintf(&b, "<tr><td>%s</td><td class=\"line\">%s</td><td class=\"name\">%s</td></tr>\n",
			htmlText(clean.Text(s.Role)), signLine, htmlText(clean.Text(s.Name)))
	}
	b.WriteString("</table>\n")
	return b.String()
}

// htmlInline renders runs as escaped text with <strong>, <em> and <br>.
func htmlInline(runs []Run) string {
	var b strings.Builder
	for _, r := range trimRuns(cleanRuns(runs)) {
		text := htmlText(r.Text)
		if r.Italic {
			text = "<em>" + text + "</em>"
		}
		if r.Bold {
			text = "<strong>" + text + "</strong>"
		}
		b.WriteString(text)
	}
	return b.String()
}

// htmlText escapes cleaned text for HTML and turns newlines into <br>.
func htmlText(s string) string {
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}
