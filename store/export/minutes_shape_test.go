package export

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// shapedRecord is the sample as a council writes it that puts the city left, the time as
// «11-00 год.» and «Голосували» before «ВИРІШИЛИ».
func shapedRecord() store.Record {
	rec := sampleRecord("")
	rec.Print = store.Print{Header: store.HeaderCityLeft, Time: store.TimeDash, Order: store.VotedFirst}
	return rec
}

func TestMinutesGoldenShaped(t *testing.T) {
	rec := shapedRecord()
	for _, lang := range i18n.Langs {
		name := "shape-" + string(lang)
		golden(t, name+".md", render(t, rec, Markdown, lang, Options{}))
		golden(t, name+".html", render(t, rec, HTML, lang, Options{}))
		golden(t, name+".docx.txt", []byte(docxText(t, render(t, rec, DOCX, lang, Options{}))))
		golden(t, name+".pdf.txt", []byte(pdfText(t, render(t, rec, PDF, lang, Options{}))))
	}
}

func TestMinutesHeaderAndOrderAsSet(t *testing.T) {
	md := string(render(t, shapedRecord(), Markdown, "uk", Options{}))
	city := strings.Index(md, "м. Хмельницький")
	if city < 0 || !strings.Contains(md, "12.03.2026, 10-00 год.") || city > strings.Index(md, "12.03.2026, 10-00 год.") {
		t.Errorf("the header is not city left, date and time right:\n%s", md)
	}
	if v, r := strings.Index(md, "Голосували"), strings.Index(md, "ВИРІШИЛИ"); v < 0 || r < 0 || v > r {
		t.Errorf("«Голосували» should come before «ВИРІШИЛИ»:\n%s", md)
	}
	for style, want := range map[store.TimeStyle]string{store.TimeColon: "10:00", store.TimeDot: "10.00", store.TimeWords: "10 год. 00 хв."} {
		rec := shapedRecord()
		rec.Print.Time = style
		if md := string(render(t, rec, Markdown, "uk", Options{})); !strings.Contains(md, "12.03.2026, "+want) {
			t.Errorf("time style %s: no %q", style, want)
		}
	}
}
