package i18n

import (
	"fmt"
	"os"
	"strings"
)

// Lang is a language Rada speaks, on screens and in documents: its code ("uk").
type Lang string

// The languages with catalogs in the binary.
const (
	Ukrainian Lang = "uk"
	English   Lang = "en"
)

// Langs lists the supported languages, the default first. A new language is one line here
// and its folder of catalogs, locales/<code>/.
var Langs = []Lang{Ukrainian, English}

// ParseLang reads a language code as --lang and the settings give it.
func ParseLang(s string) (Lang, error) {
	l := Lang(s)
	if !l.Valid() {
		return "", fmt.Errorf("unknown language %q: use %s", s, Codes(" or "))
	}
	return l, nil
}

// Codes lists the supported codes for help and messages: Codes("|") is "uk|en".
func Codes(sep string) string {
	codes := make([]string, len(Langs))
	for i, l := range Langs {
		codes[i] = string(l)
	}
	return strings.Join(codes, sep)
}

// Valid says whether l has catalogs.
func (l Lang) Valid() bool {
	if _, ok := extra.Load(l); ok {
		return true
	}
	for _, x := range Langs {
		if x == l {
			return true
		}
	}
	return false
}

// OrDefault is l when it is supported, else the default language.
func (l Lang) OrDefault() Lang {
	if l.Valid() {
		return l
	}
	return Langs[0]
}

// Pick chooses between the council's own texts kept in two columns (its name in Ukrainian
// and in English): the Ukrainian one in Ukrainian, the English one, when given, in any
// other language.
func (l Lang) Pick(uk, en string) string {
	if l.OrDefault() != Ukrainian && en != "" {
		return en
	}
	return uk
}

// Choose picks the interface language: the --lang flag, else the council's setting,
// else the environment (LC_ALL, LC_MESSAGES, LANG starting with a supported code), else
// the default.
func Choose(flag, council Lang) Lang {
	return choose(flag, council, os.Getenv)
}

func choose(flag, council Lang, getenv func(string) string) Lang {
	for _, l := range []Lang{flag, council} {
		if l.Valid() {
			return l
		}
	}
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		val := strings.ToLower(getenv(v))
		if val == "" || val == "c" || val == "posix" || strings.HasPrefix(val, "c.") {
			continue
		}
		for _, l := range Langs {
			if strings.HasPrefix(val, string(l)) {
				return l
			}
		}
		return Langs[0]
	}
	return Langs[0]
}
