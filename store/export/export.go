package export

import (
	"fmt"
	"io"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Format is a document or data format.
type Format string

// Formats.
const (
	Markdown Format = "md"
	HTML     Format = "html"
	DOCX     Format = "docx"
	PDF      Format = "pdf"
	CSV      Format = "csv"
	JSON     Format = "json"
)

// DocFormats are the formats of minutes and agendas.
var DocFormats = []Format{Markdown, HTML, DOCX, PDF}

// PlanFormats are the formats of the plan report.
var PlanFormats = []Format{Markdown, HTML, CSV, JSON}

// ParseFormat checks name against the allowed formats.
func ParseFormat(name string, allowed []Format) (Format, error) {
	names := make([]string, len(allowed))
	for i, f := range allowed {
		if string(f) == strings.ToLower(name) {
			return f, nil
		}
		names[i] = string(f)
	}
	return "", fmt.Errorf("format %q: use %s", name, strings.Join(names, ", "))
}

// Ext is the file name extension of a format, with the dot.
func (f Format) Ext() string { return "." + string(f) }

// Options adjust the minutes.
type Options struct {
	Item int // > 0: an extract of this one agenda item (витяг з протоколу)
}

// write renders a document in one of the document formats.
func write(w io.Writer, d doc.Document, f Format) error {
	switch f {
	case Markdown:
		return doc.WriteMarkdown(w, d)
	case HTML:
		return doc.WriteHTML(w, d)
	case DOCX:
		return doc.WriteDOCX(w, d)
	case PDF:
		return doc.WritePDF(w, d)
	}
	return fmt.Errorf("format %q: use md, html, docx or pdf", f)
}

// namesIn is rec with its people named as lang's documents name them: as typed in Ukrainian, in
// Latin letters by the national standard in any other language (Andrii KOVALCHUK).
func namesIn(lang i18n.Lang, rec store.Record) store.Record {
	if lang.OrDefault() == i18n.Ukrainian {
		return rec
	}
	return rec.LatinNames()
}

// nameIn is one person's name as lang's documents print it.
func nameIn(lang i18n.Lang, name string) string {
	if lang.OrDefault() == i18n.Ukrainian {
		return name
	}
	return store.Latin(name)
}
