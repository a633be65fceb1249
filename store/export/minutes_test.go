package export

import (
	"bytes"
	"html"
	"os"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

func render(t *testing.T, rec store.Record, f Format, lang i18n.Lang, opts Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Minutes(&b, rec, f, lang, opts); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestMinutesFollowTheOfficialFormat(t *testing.T) {
	md := string(render(t, sampleRecord(""), Markdown, "uk", Options{}))
	for _, want := range []string{
		"**ХМЕЛЬНИЦЬКА МІСЬКА РАДА**",
		"# ПРОТОКОЛ № 3",
		"засідання Координаційної ради",
		"12.03.2026", "м. Хмельницький", "10 год. 00 хв.",
		"**Головуючий:** Олена ПЕТРЕНКО, співголова Координаційної ради",
		"**Секретар:** Ірина ТКАЧУК, секретар Координаційної ради",
		"**Присутні члени Координаційної ради (3 з 5):**",
		"1. БОНДАР Тарас Миколайович – голова правління, ГО «Відкрите місто» (дистанційно)",
		"**Відсутні:** АНТОНЕНКО Юрій Петрович (відрядження); ЯКОВЕНКО Марія Василівна.",
		"1. ГНАТЮК Петро – експерт, ГО «Світло»",
		"**Засідання є правомочним.**",
		"1. Про стан виконання Плану дій. (Доповідач: Олена ПЕТРЕНКО, заступниця міського голови)",
		"**1\\. СЛУХАЛИ:** Петренко О.І. – заступницю міського голови, яка поінформувала про виконання.",
		"**ВИСТУПИЛИ:** Антоненко Ю.П. – Підтримую.",
		"1.2. Підготувати звіт. Відповідальний: Яковенко М.В. Термін: до 30.04.2026.",
		"Голосували: «за» – 2; «проти» – 0; «утримались» – 1.",
		"**Рішення прийнято.**",
		"Співголова Координаційної ради __________ Олена ПЕТРЕНКО",
		"Секретар Координаційної ради __________ Ірина ТКАЧУК",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("minutes lack %q", want)
		}
	}
	if !strings.HasPrefix(md, "**ПРОЄКТ**") {
		t.Error("minutes not yet approved are not marked as a draft")
	}
}

func TestMinutesEnglishEdition(t *testing.T) {
	md := string(render(t, sampleRecord(""), Markdown, "en", Options{}))
	for _, want := range []string{"**DRAFT**", "# MINUTES No. 3", "12 March 2026", "Khmelnytskyi", "**Presiding:**",
		"**Present (3 of 5):**", "**Absent:**", "**Invited:**", "**The meeting is quorate.**", "**Agenda:**",
		"**1\\. HEARD:**", "**SPOKE:**", "**DECIDED:**", "Voted: for – 2; against – 0; abstained – 1.", "**Adopted.**",
		"Responsible: Yakovenko M.V. Deadline: 30 April 2026.", "Secretary of the Coordination Council __________ Iryna TKACHUK",
		"**Presiding:** Olena PETRENKO, co-chair of the Coordination Council, заступниця міського голови",
		"1. BONDAR Taras Mykolaiovych – голова правління, ГО «Відкрите місто» (remote)", "1. HNATIUK Petro – експерт, ГО «Світло»",
		"ANTONENKO Yurii Petrovych (відрядження); YAKOVENKO Mariia Vasylivna.", "(Reporter: Olena PETRENKO, заступниця міського голови)",
		"HEARD:** Petrenko O.I. – заступницю міського голови, яка поінформувала про виконання.", "**SPOKE:** Antonenko Y.P. – Підтримую."} {
		if !strings.Contains(md, want) {
			t.Errorf("English minutes lack %q", want)
		}
	}
	for _, name := range []string{"Петренко", "ПЕТРЕНКО", "Бондар", "БОНДАР", "Ткачук", "ТКАЧУК", "Антоненко", "АНТОНЕНКО", "Яковенко", "ЯКОВЕНКО", "Гнатюк", "ГНАТЮК"} {
		if strings.Contains(md, name) {
			t.Errorf("the English edition names %s in Cyrillic", name)
		}
	}
	if strings.Contains(md, "СЛУХАЛИ") || strings.Contains(md, "Рішення") {
		t.Error("Ukrainian words in the English edition")
	}
}

func TestMinutesResults(t *testing.T) {
	rec := sampleRecord("")
	rec.Meeting.Status = store.MeetingMinutesApproved
	r := rec.Items[0].Result
	r.Tally = store.Tally{For: 3, Absent: 2}
	r.Outcome.Unanimous = true
	md := string(render(t, rec, Markdown, "uk", Options{}))
	if strings.Contains(md, "ПРОЄКТ") {
		t.Error("approved minutes are marked as a draft")
	}
	if !strings.Contains(md, "**Рішення прийнято одноголосно.**") {
		t.Error("unanimous result missing")
	}
	r.Outcome = store.Outcome{Base: 4, Needed: 3, Got: 2, Tie: true}
	r.Tally = store.Tally{For: 2, Against: 2, NotVoted: 1, Recused: 1}
	md = string(render(t, rec, Markdown, "uk", Options{}))
	for _, want := range []string{"«утримались» – 0; «не голосували» – 2.", "**Рішення не прийнято.**"} {
		if !strings.Contains(md, want) {
			t.Errorf("rejected minutes lack %q", want)
		}
	}
	rec.Recorded, rec.Quorum.Quorate = true, false
	md = string(render(t, rec, Markdown, "uk", Options{}))
	if !strings.Contains(md, "Кворум відсутній. Засідання неправомочне.") {
		t.Error("no quorum line")
	}
}

func TestMinutesExtractOfOneItem(t *testing.T) {
	rec := sampleRecord("")
	md := string(render(t, rec, Markdown, "uk", Options{Item: 3}))
	for _, want := range []string{"# ВИТЯГ З ПРОТОКОЛУ № 3", "Присутні члени Координаційної ради: 3 з 5.", "3. Різне.",
		"**3\\. СЛУХАЛИ:** Оголошення.", "Згідно з оригіналом", "Секретар Координаційної ради __________ Ірина ТКАЧУК"} {
		if !strings.Contains(md, want) {
			t.Errorf("extract lacks %q", want)
		}
	}
	if strings.Contains(md, "Про стан виконання") || strings.Contains(md, "БОНДАР") {
		t.Error("the extract shows another item or the attendance list")
	}
	if err := Minutes(&bytes.Buffer{}, rec, Markdown, "uk", Options{Item: 9}); err == nil {
		t.Error("an extract of a missing item succeeded")
	}
}

func TestMinutesSignersFromSettings(t *testing.T) {
	rec := sampleRecord("")
	civ := rec.Present[0].Person
	rec.Signers = []store.Signer{{Kind: store.SignCoChair, Person: rec.Presiding}, {Kind: store.SignCoChair, Person: civ}, {Kind: store.SignSecretary, Person: rec.Secretary}}
	md := string(render(t, rec, Markdown, "uk", Options{}))
	if strings.Count(md, "Співголова Координаційної ради __________") != 2 || !strings.Contains(md, "Тарас БОНДАР") {
		t.Errorf("both co-chairs should sign:\n%s", md)
	}
}

func TestMinutesGoldenSample(t *testing.T) {
	rec := sampleRecord("")
	for _, lang := range i18n.Langs {
		golden(t, "sample-"+string(lang)+".md", render(t, rec, Markdown, lang, Options{}))
		golden(t, "sample-"+string(lang)+".html", render(t, rec, HTML, lang, Options{}))
		golden(t, "sample-"+string(lang)+".docx.txt", []byte(docxText(t, render(t, rec, DOCX, lang, Options{}))))
	}
	golden(t, "sample-uk.pdf.txt", []byte(pdfText(t, render(t, rec, PDF, "uk", Options{}))))
}

// TestTypedTextStaysText puts a script tag into every typed field: every format shows it as text.
func TestTypedTextStaysText(t *testing.T) {
	const evil = "<script>alert(1)</script>"
	rec := sampleRecord(evil)
	md := string(render(t, rec, Markdown, "uk", Options{}))
	if strings.Contains(md, "<script") || !strings.Contains(md, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("Markdown lets the tag through:\n%s", md)
	}
	html := string(render(t, rec, HTML, "uk", Options{}))
	if strings.Contains(html, "<script") || strings.Count(html, "&lt;script&gt;alert(1)&lt;/script&gt;") < 8 {
		t.Errorf("HTML lets the tag through or loses it")
	}
	x := docxXML(t, render(t, rec, DOCX, "uk", Options{}))
	if strings.Contains(x, "<script") || !strings.Contains(docxText(t, render(t, rec, DOCX, "uk", Options{})), evil) {
		t.Errorf("DOCX lets the tag through or loses it")
	}
	if txt := pdfText(t, render(t, rec, PDF, "uk", Options{})); !strings.Contains(txt, "alert(1)") {
		t.Errorf("PDF lost the typed text:\n%s", txt)
	}
}

func TestControlCharactersStripped(t *testing.T) {
	rec := sampleRecord("\x1b[31m\x07")
	for _, f := range []Format{Markdown, HTML} {
		if out := render(t, rec, f, "uk", Options{}); bytes.ContainsAny(out, "\x1b\x07") {
			t.Errorf("%s keeps control characters", f)
		}
	}
	if x := docxXML(t, render(t, rec, DOCX, "uk", Options{})); strings.ContainsAny(x, "\x1b\x07") {
		t.Error("DOCX keeps control characters")
	}
}

func TestAgenda(t *testing.T) {
	rec := sampleRecord("")
	rec.Meeting.Status = store.MeetingAgendaApproved
	rec.Approvals = []store.Approval{{Kind: "agenda", MemberName: "Петренко Олена Іванівна", ApprovedAt: "2026-03-01T09:00:00Z"}}
	var b bytes.Buffer
	if err := Agenda(&b, rec, Markdown, "uk"); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{"# ПОРЯДОК ДЕННИЙ", "Зобов'язання UAKLY0003 «Бюджет участі».", "(Доповідач: Олена ПЕТРЕНКО",
		"**Погоджено:**", "- Олена ПЕТРЕНКО, 01.03.2026", "**Запрошені:**"} {
		if !strings.Contains(md, want) {
			t.Errorf("agenda lacks %q", want)
		}
	}
	if strings.Contains(md, "ПРОЄКТ") || strings.Contains(md, "СЛУХАЛИ") {
		t.Error("an approved agenda is marked as draft, or shows the record")
	}
	rec.Meeting.Status = store.MeetingDraft
	b.Reset()
	Agenda(&b, rec, Markdown, "en")
	if !strings.HasPrefix(b.String(), "**DRAFT**") {
		t.Error("a draft agenda is not marked")
	}
	for _, f := range DocFormats {
		if err := Agenda(&bytes.Buffer{}, rec, f, "uk"); err != nil {
			t.Errorf("%s: %v", f, err)
		}
	}
}

func TestMinutesAllFormatsToDisk(t *testing.T) {
	dir := os.Getenv("SHOWDIR")
	if dir == "" {
		t.Skip("set SHOWDIR to write the sample minutes")
	}
	for _, f := range DocFormats {
		for _, lang := range i18n.Langs {
			os.WriteFile(dir+"/sample-"+string(lang)+f.Ext(), render(t, sampleRecord(""), f, lang, Options{}), 0o644)
		}
	}
}

func TestDefaultName(t *testing.T) {
	for _, c := range []struct {
		kind string
		item int
		f    Format
		want string
	}{{"minutes", 0, DOCX, "protokol-2026-03.docx"}, {"agenda", 0, PDF, "poriadok-dennyi-2026-03.pdf"}, {"minutes", 2, Markdown, "vytiah-2026-03-p2.md"}} {
		if got := DefaultName(c.kind, "2026-03-12", c.item, c.f, i18n.Ukrainian); got != c.want {
			t.Errorf("DefaultName = %q, want %q", got, c.want)
		}
	}
}

// A tie settled by the presiding officer's vote is said in the minutes, between the tally
// and the result, in every language and format.
func TestMinutesSayTheTieWasDecided(t *testing.T) {
	rec := sampleRecord("")
	r := *rec.Items[0].Result
	r.Tally = store.Tally{For: 1, Against: 1, Abstain: 1, Absent: 2}
	r.Outcome = store.Outcome{Base: 3, Needed: 2, Got: 1, Adopted: true, TieBroken: true}
	rec.Items[0].Result = &r
	for lang, want := range map[i18n.Lang][]string{
		i18n.Ukrainian: {"Голосували: «за» – 1; «проти» – 1; «утримались» – 1.",
			"Голоси розподілились порівну; вирішальним став голос головуючого.", "Рішення прийнято."},
		i18n.English: {"Voted: for – 1; against – 1; abstained – 1.",
			"The votes were tied; the presiding officer's vote decided.", "Adopted."},
	} {
		for _, f := range []Format{Markdown, HTML} {
			out := string(render(t, rec, f, lang, Options{}))
			at := 0
			for _, w := range want {
				if f == HTML {
					w = html.EscapeString(w)
				}
				i := strings.Index(out[at:], w)
				if i < 0 {
					t.Fatalf("%s %s minutes lack %q after the tally (or out of order):\n%s", lang, f, w, out)
				}
				at += i + len(w)
			}
		}
	}
	plain := string(render(t, sampleRecord(""), Markdown, "uk", Options{}))
	if strings.Contains(plain, "порівну") {
		t.Fatal("the minutes speak of a tie where there was none")
	}
}
