package store

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nameParts splits "Прізвище Ім'я По батькові" into the surname and the given names.
func nameParts(full string) (surname string, given []string) {
	f := strings.Fields(full)
	if len(f) == 0 {
		return "", nil
	}
	return f[0], f[1:]
}

// SignatureName is a name as Ukrainian documents sign it, «Власне ім'я ПРІЗВИЩЕ»:
// SignatureName("Петренко Олена Іванівна") = "Олена ПЕТРЕНКО".
func SignatureName(full string) string {
	surname, given := nameParts(full)
	if len(given) == 0 {
		return strings.ToUpper(surname)
	}
	return given[0] + " " + strings.ToUpper(surname)
}

// ShortName is the surname with initials for СЛУХАЛИ and ВИСТУПИЛИ lines:
// ShortName("Петренко Олена Іванівна") = "Петренко О.І.".
func ShortName(full string) string {
	surname, given := nameParts(full)
	var b strings.Builder
	b.WriteString(surname)
	if len(given) > 0 {
		b.WriteByte(' ')
	}
	for _, g := range given {
		b.WriteString(initials(g))
	}
	return b.String()
}

// initials gives "О." for "Олена" and "А.-М." for "Анна-Марія".
func initials(name string) string {
	parts := strings.Split(name, "-")
	out := make([]string, 0, len(parts))
	for _, p := range parts {
		r, _ := utf8.DecodeRuneInString(p)
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			continue
		}
		out = append(out, string(unicode.ToUpper(r))+".")
	}
	return strings.Join(out, "-")
}

// ListName is the surname in capitals followed by the given names, for attendance lists:
// ListName("Петренко Олена Іванівна") = "ПЕТРЕНКО Олена Іванівна".
func ListName(full string) string {
	surname, given := nameParts(full)
	return strings.TrimSpace(strings.ToUpper(surname) + " " + strings.Join(given, " "))
}
