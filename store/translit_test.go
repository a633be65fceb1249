package store

import "testing"

// TestLatin covers every letter of the standard's table, inside a word and starting it, and the
// standard's special cases on the names of the council's demo and of the resolution's examples.
func TestLatin(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		// every letter inside a word (after «а»), then where the standard gives a word-initial form
		{"аа", "aa"}, {"аб", "ab"}, {"ав", "av"}, {"аг", "ah"}, {"аґ", "ag"}, {"ад", "ad"}, {"ае", "ae"},
		{"ає", "aie"}, {"аж", "azh"}, {"аз", "az"}, {"аи", "ay"}, {"аі", "ai"}, {"аї", "ai"}, {"ай", "ai"},
		{"ак", "ak"}, {"ал", "al"}, {"ам", "am"}, {"ан", "an"}, {"ао", "ao"}, {"ап", "ap"}, {"ар", "ar"},
		{"ас", "as"}, {"ат", "at"}, {"ау", "au"}, {"аф", "af"}, {"ах", "akh"}, {"ац", "ats"}, {"ач", "ach"},
		{"аш", "ash"}, {"ащ", "ashch"}, {"аь", "a"}, {"аю", "aiu"}, {"ая", "aia"},
		{"Є", "Ye"}, {"Ї", "Yi"}, {"Й", "Y"}, {"Ю", "Yu"}, {"Я", "Ya"}, {"єва", "yeva"},
		{"Ґ", "G"}, {"Щ", "Shch"}, {"Х", "Kh"},
		// the examples
		{"Андрій Ковальчук", "Andrii Kovalchuk"}, {"Юлія Яковенко", "Yuliia Yakovenko"},
		{"Мар'яна Їжак", "Mariana Yizhak"}, {"Мар’яна", "Mariana"}, {"Олексій Щербина", "Oleksii Shcherbyna"},
		{"Згурський", "Zghurskyi"}, {"Розгон", "Rozghon"}, {"Андрій КОВАЛЬЧУК", "Andrii KOVALCHUK"},
		{"ЗГУРСЬКИЙ", "ZGHURSKYI"}, {"ЩЕРБИНА", "SHCHERBYNA"}, {"ЮЛІЯ", "YULIIA"},
		{"Ковальчук А.М.", "Kovalchuk A.M."}, {"Щ.", "Shch."}, {"Олена-Їва", "Olena-Yiva"},
		// what is not Ukrainian stays
		{"Smith J. «Open» – 2026 <b>", "Smith J. «Open» – 2026 <b>"}, {"rock'n'roll", "rock'n'roll"}, {"", ""},
	} {
		if got := Latin(c.in); got != c.want {
			t.Errorf("Latin(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestLatinNamesInSignatures checks the documents' forms of a transliterated name.
func TestLatinNamesInSignatures(t *testing.T) {
	full := Latin("Ковальчук Андрій Миколайович")
	if got := SignatureName(full); got != "Andrii KOVALCHUK" {
		t.Errorf("SignatureName = %q", got)
	}
	if got := ShortName(full); got != "Kovalchuk A.M." {
		t.Errorf("ShortName = %q", got)
	}
}
