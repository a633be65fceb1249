package export

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// word is the documents' phrase id in lang (locales/*/documents.toml); data fills its fields.
func word(lang i18n.Lang, id string, data ...map[string]any) string {
	return i18n.New(lang).T(id, data...)
}

// date writes a stored date the way the documents do in lang (store.DocDate).
func date(lang i18n.Lang, d string) string { return store.DocDate(lang, d) }

// clock writes a time of day in the council's style: «10 год. 00 хв.», «10:00», «10.00», «11-00 год.».
func clock(lang i18n.Lang, style store.TimeStyle, hm string) string {
	if len(hm) != 5 {
		return hm
	}
	return word(lang, "doc.clock_"+string(style), map[string]any{"H": hm[:2], "M": hm[3:]})
}

// joinNonEmpty joins the parts that are not blank.
func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, strings.TrimSpace(p))
		}
	}
	return strings.Join(out, sep)
}

// sentences joins the non-empty parts into sentences, one full stop after each.
func sentences(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSuffix(strings.TrimSpace(p), "."); p != "" {
			out = append(out, p)
		}
	}
	return sentence(strings.Join(out, ". "))
}

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?…") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
