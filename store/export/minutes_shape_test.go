package export

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// shapedRecord is the sample as a council writes it that puts the city left, the time as
// «11-00 год.», «Голосували» before «ВИРІШИЛИ», the members in all, and those present as a
// count with their list attached after the signatures.
func shapedRecord() store.Record {
	rec := sampleRecord("")
	rec.Print = store.Print{Header: store.HeaderCityLeft, Time: store.TimeDash, Order: store.VotedFirst,
		Attendance: store.AttendanceCounts, Total: true}
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

func TestMinutesAttendanceAsCounts(t *testing.T) {
	md := string(render(t, shapedRecord(), Markdown, "uk", Options{}))
	for _, want := range []string{"Всього членів Координаційної ради – 5 осіб.", "Присутні – 3 особи (список додається, додаток 1).",
		"ЯКОВЕНКО Марія Василівна – 2 особи.", "Додаток 1 до протоколу № 3", "Список присутніх членів Координаційної ради"} {
		if !strings.Contains(md, want) {
			t.Errorf("no %q:\n%s", want, md)
		}
	}
	if sign, list := strings.Index(md, "Ірина ТКАЧУК"), strings.Index(md, "1. БОНДАР Тарас"); sign < 0 || list < sign {
		t.Errorf("the list of those present is not attached after the signatures:\n%s", md)
	}
	if ex := string(render(t, shapedRecord(), Markdown, "uk", Options{Item: 2})); strings.Contains(ex, "Додаток 1") {
		t.Error("an extract carries the annex")
	}
}

func TestPersonsPlural(t *testing.T) {
	b := &builder{lang: "uk"}
	for n, want := range map[int]string{1: "1 особа", 2: "2 особи", 4: "4 особи", 5: "5 осіб", 11: "11 осіб", 21: "21 особа", 22: "22 особи"} {
		if got := b.persons(n); got != want {
			t.Errorf("%d: %q, want %q", n, got, want)
		}
	}
	en := &builder{lang: "en"}
	if en.persons(1) != "1 person" || en.persons(5) != "5 persons" {
		t.Errorf("en: %q, %q", en.persons(1), en.persons(5))
	}
}
