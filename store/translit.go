package store

import (
	"strings"
	"unicode"
)

// latinLetters are the Ukrainian letters in Latin by the national standard (Cabinet of Ministers
// resolution No 55 of 27.01.2010): the form inside a word, then the form that starts a word
// where the two differ. Ь is omitted.
var latinLetters = map[rune][2]string{
	'а': {"a"}, 'б': {"b"}, 'в': {"v"}, 'г': {"h"}, 'ґ': {"g"}, 'д': {"d"}, 'е': {"e"},
	'є': {"ie", "ye"}, 'ж': {"zh"}, 'з': {"z"}, 'и': {"y"}, 'і': {"i"}, 'ї': {"i", "yi"},
	'й': {"i", "y"}, 'к': {"k"}, 'л': {"l"}, 'м': {"m"}, 'н': {"n"}, 'о': {"o"}, 'п': {"p"},
	'р': {"r"}, 'с': {"s"}, 'т': {"t"}, 'у': {"u"}, 'ф': {"f"}, 'х': {"kh"}, 'ц': {"ts"},
	'ч': {"ch"}, 'ш': {"sh"}, 'щ': {"shch"}, 'ь': {""}, 'ю': {"iu", "yu"}, 'я': {"ia", "ya"},
}

// Latin writes Ukrainian text in Latin letters by the national standard, for the English edition:
// Latin("Андрій Ковальчук") = "Andrii Kovalchuk", «зг» gives «zgh» (Згурський → Zghurskyi), a word in
// capitals stays in capitals (КОВАЛЬЧУК → KOVALCHUK); other characters are kept as they are.
func Latin(s string) string {
	rs := []rune(s)
	var b strings.Builder
	for i, r := range rs {
		lower := unicode.ToLower(r)
		if isApostrophe(r) && i > 0 && isUkrainian(rs[i-1]) {
			continue
		}
		forms, ok := latinLetters[lower]
		if !ok {
			b.WriteRune(r)
			continue
		}
		out := forms[0]
		if forms[1] != "" && wordStart(rs, i) {
			out = forms[1]
		}
		if lower == 'г' && i > 0 && unicode.ToLower(rs[i-1]) == 'з' {
			out = "gh"
		}
		b.WriteString(latinCase(out, rs, i))
	}
	return b.String()
}

// wordStart says whether rs[i] begins a word: nothing but a letter or an apostrophe comes before it.
func wordStart(rs []rune, i int) bool {
	return i == 0 || !(unicode.IsLetter(rs[i-1]) || isApostrophe(rs[i-1]))
}

// latinCase gives out the case of rs[i]: lower, capitalised, or all capitals inside a word in capitals.
func latinCase(out string, rs []rune, i int) string {
	if !unicode.IsUpper(rs[i]) || out == "" {
		return out
	}
	if capitalsWord(rs, i) {
		return strings.ToUpper(out)
	}
	return strings.ToUpper(out[:1]) + out[1:]
}

// capitalsWord says whether the word around rs[i] has two letters or more, all capitals.
func capitalsWord(rs []rune, i int) bool {
	start, end := i, i+1
	for start > 0 && (unicode.IsLetter(rs[start-1]) || isApostrophe(rs[start-1])) {
		start--
	}
	for end < len(rs) && (unicode.IsLetter(rs[end]) || isApostrophe(rs[end])) {
		end++
	}
	letters := 0
	for _, r := range rs[start:end] {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters > 1
}

func isUkrainian(r rune) bool {
	_, ok := latinLetters[unicode.ToLower(r)]
	return ok
}
