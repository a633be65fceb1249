package export

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// TestMinutesPrintLinks: the commitment an item is about stands in the agenda and at its
// СЛУХАЛИ, the status change its decision made follows the result, a change no item holds
// closes the items, and a deferred item names the meeting it went to.
func TestMinutesPrintLinks(t *testing.T) {
	cases := map[i18n.Lang][]string{
		"uk": {
			"1. Про стан виконання Плану дій. (Доповідач: Олена ПЕТРЕНКО, заступниця міського голови) Зобов'язання UAKLY0003 «Бюджет участі».",
			"поінформувала про виконання.\n\nЗобов'язання UAKLY0003 «Бюджет участі».\n\n**ВИСТУПИЛИ:**",
			"**Рішення прийнято.**\n\nСтатус зобов'язання UAKLY0003 змінено: Не розпочато → Виконується.\n\n**2\\. СЛУХАЛИ:**",
			"Розгляд питання перенесено на засідання № 4 від 16.04.2026.",
			"Оголошення.\n\nРівень виконання зобов'язання UAKLY0005 (IRM) змінено: Обмежений → Значний.\n\n",
		},
		"en": {
			"Commitment UAKLY0003 «Бюджет участі».\n\n**SPOKE:**",
			"The status of commitment UAKLY0003 changed: Not started → In progress.",
			"Consideration of the item was deferred to meeting No. 4 of 16 April 2026.",
			"The completion of commitment UAKLY0005 (IRM) changed: Limited → Substantial.",
		},
	}
	for lang, wants := range cases {
		md := string(render(t, sampleRecord(""), Markdown, lang, Options{}))
		for _, want := range wants {
			if !strings.Contains(md, want) {
				t.Errorf("%s minutes lack %q", lang, want)
			}
		}
	}
	// An extract of the deferred item says where it went; the meeting's other change stays out.
	md := string(render(t, sampleRecord(""), Markdown, "uk", Options{Item: 2}))
	if !strings.Contains(md, "перенесено на засідання № 4 від 16.04.2026") || strings.Contains(md, "UAKLY0005") {
		t.Errorf("extract of the deferred item:\n%s", md)
	}
	var agenda strings.Builder
	if err := Agenda(&agenda, sampleRecord(""), Markdown, "uk"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(agenda.String(), "Зобов'язання UAKLY0003 «Бюджет участі».") {
		t.Errorf("the agenda lacks the commitment:\n%s", agenda.String())
	}
}

// TestHeardPrintedAsTyped: a СЛУХАЛИ text that starts with the reporter, as protocols write
// it, is printed once; with nothing typed the reporter and the title stand in its place.
func TestHeardPrintedAsTyped(t *testing.T) {
	rec := sampleRecord("")
	rec.Items[0].Heard = "Петренко О.І., заступницю міського голови"
	md := string(render(t, rec, Markdown, "uk", Options{}))
	if !strings.Contains(md, "**1\\. СЛУХАЛИ:** Петренко О.І., заступницю міського голови.") || strings.Count(md, "Петренко О.І.") != 1 {
		t.Errorf("the reporter is not printed once:\n%s", md)
	}
	rec.Items[0].Heard = ""
	md = string(render(t, rec, Markdown, "uk", Options{}))
	if !strings.Contains(md, "**1\\. СЛУХАЛИ:** Петренко О.І. – Про стан виконання Плану дій.") {
		t.Errorf("nothing typed: %s", md)
	}
	rec.Items[0].Reporter = store.Speaker{}
	md = string(render(t, rec, Markdown, "uk", Options{}))
	if !strings.Contains(md, "**1\\. СЛУХАЛИ:** Про стан виконання Плану дій.") {
		t.Errorf("nothing typed, nobody reporting: %s", md)
	}
}
