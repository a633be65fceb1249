package planform

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// InstitutionsText writes institutions one a line, «Департамент фінансів (Орган влади)», for
// a form to edit.
func InstitutionsText(c common.Common, list []store.Institution) string {
	lines := make([]string, len(list))
	for i, in := range list {
		lines[i] = store.OneLine(in.Name) + " (" + c.T.Label(in.Kind) + ")"
	}
	return strings.Join(lines, "\n")
}

// ParseInstitutions reads the lines InstitutionsText writes; each must end with one of
// kinds in brackets. It returns the field's message for the first line that does not.
func ParseInstitutions(c common.Common, text string, kinds []store.InstitutionKind) ([]store.Institution, string) {
	var out []store.Institution
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		in, ok := parseInstitution(c, line, kinds)
		if !ok {
			return nil, c.T.T("field.institution", map[string]any{"Line": line, "Kinds": kindLabels(c, kinds)})
		}
		out = append(out, in)
	}
	return out, ""
}

func parseInstitution(c common.Common, line string, kinds []store.InstitutionKind) (store.Institution, bool) {
	open := strings.LastIndex(line, "(")
	if open <= 0 || !strings.HasSuffix(line, ")") {
		return store.Institution{}, false
	}
	label := strings.TrimSpace(line[open+1 : len(line)-1])
	for _, k := range kinds {
		if strings.EqualFold(label, c.T.Label(k)) {
			return store.Institution{Name: strings.TrimSpace(line[:open]), Kind: k}, true
		}
	}
	return store.Institution{}, false
}

func kindLabels(c common.Common, kinds []store.InstitutionKind) string {
	labels := make([]string, len(kinds))
	for i, k := range kinds {
		labels[i] = c.T.Label(k)
	}
	return strings.Join(labels, ", ")
}

// Institutions is a field of institutions bound to v, one a line with its kind in brackets.
func Institutions(c common.Common, key, label string, v *string, kinds []store.InstitutionKind) form.Field {
	return form.Text(key, label, v, 4).Help(c.T.T("plan.f.institutions_hint", map[string]any{"Kinds": kindLabels(c, kinds)})).
		Check(func(s string) string {
			_, msg := ParseInstitutions(c, s, kinds)
			return msg
		})
}
