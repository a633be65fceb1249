package export

import (
	"fmt"
	"strings"
	"time"
)

// words are the fixed phrases of the documents ({uk, en}): the headings and formulas of the
// minutes (ПРОТОКОЛ, СЛУХАЛИ, ВИСТУПИЛИ, ВИРІШИЛИ …) and the labels around them.
var words = phrases{
	"minutes":                   {"ПРОТОКОЛ № %d", "MINUTES No. %d"},
	"extract":                   {"ВИТЯГ З ПРОТОКОЛУ № %d", "EXTRACT FROM MINUTES No. %d"},
	"of_meeting":                {"засідання Координаційної ради", "of the meeting of the Coordination Council"},
	"agenda_title":              {"ПОРЯДОК ДЕННИЙ", "AGENDA"},
	"agenda":                    {"ПОРЯДОК ДЕННИЙ:", "Agenda:"},
	"draft":                     {"ПРОЄКТ", "DRAFT"},
	"presiding":                 {"Головуючий", "Presiding"},
	"secretary":                 {"Секретар", "Secretary"},
	"co_chair_of":               {"співголова Координаційної ради", "co-chair of the Coordination Council"},
	"secretary_of":              {"секретар Координаційної ради", "secretary of the Coordination Council"},
	"present":                   {"Присутні члени Координаційної ради (%d з %d):", "Present (%d of %d):"},
	"present_count":             {"Присутні члени Координаційної ради: %d з %d.", "Present: %d of %d."},
	"remote":                    {"дистанційно", "remote"},
	"absent":                    {"Відсутні:", "Absent:"},
	"invited":                   {"Запрошені:", "Invited:"},
	"not_recorded":              {"Присутність не зафіксовано.", "Attendance has not been recorded."},
	"quorate":                   {"Засідання є правомочним.", "The meeting is quorate."},
	"not_quorate":               {"Кворум відсутній. Засідання неправомочне.", "No quorum. The meeting is not quorate."},
	"reporter":                  {"Доповідач", "Reporter"},
	"commitment":                {"Зобов'язання", "Commitment"},
	"heard":                     {"СЛУХАЛИ:", "HEARD:"},
	"spoke":                     {"ВИСТУПИЛИ:", "SPOKE:"},
	"decided":                   {"ВИРІШИЛИ:", "DECIDED:"},
	"responsible":               {"Відповідальний:", "Responsible:"},
	"deadline":                  {"Термін: до %s.", "Deadline: %s."},
	"voted":                     {"Голосували: «за» – %d; «проти» – %d; «утримались» – %d", "Voted: for – %d; against – %d; abstained – %d"},
	"not_voted":                 {"; «не голосували» – %d", "; did not vote – %d"},
	"adopted":                   {"Рішення прийнято.", "Adopted."},
	"adopted_unan":              {"Рішення прийнято одноголосно.", "Adopted unanimously."},
	"rejected":                  {"Рішення не прийнято.", "Not adopted."},
	"tie_broken":                {"Голоси розподілились порівну; вирішальним став голос головуючого.", "The votes were tied; the presiding officer's vote decided."},
	"deferred":                  {"Розгляд питання перенесено.", "Consideration of the item was deferred."},
	"deferred_to":               {"Розгляд питання перенесено на засідання № %d від %s.", "Consideration of the item was deferred to meeting No. %d of %s."},
	"status_implementation":     {"Статус зобов'язання %s змінено: %s → %s.", "The status of commitment %s changed: %s → %s."},
	"status_implementation_set": {"Статус зобов'язання %s: %s.", "The status of commitment %s: %s."},
	"status_completion":         {"Рівень виконання зобов'язання %s (IRM) змінено: %s → %s.", "The completion of commitment %s (IRM) changed: %s → %s."},
	"status_completion_set":     {"Рівень виконання зобов'язання %s (IRM): %s.", "The completion of commitment %s (IRM): %s."},
	"status_withdrawn":          {"Зобов'язання %s відкликано.", "Commitment %s was withdrawn."},
	"status_restored":           {"Зобов'язання %s поновлено.", "Commitment %s was restored."},
	"not_considered":            {"Питання не розглядалося.", "The item was not considered."},
	"sign_presiding":            {"Головуючий на засіданні", "Presiding officer"},
	"sign_co_chair":             {"Співголова Координаційної ради", "Co-chair of the Coordination Council"},
	"sign_secretary":            {"Секретар Координаційної ради", "Secretary of the Coordination Council"},
	"true_extract":              {"Згідно з оригіналом", "True extract"},
	"online":                    {"Онлайн: %s", "Online: %s"},
	"approved_by":               {"Погоджено:", "Approved by:"},
	"minutes_title":             {"Протокол № %d засідання Координаційної ради від %s", "Minutes No. %d of the Coordination Council meeting of %s"},
	"extract_title":             {"Витяг з протоколу № %d від %s, питання %d", "Extract from Minutes No. %d of %s, item %d"},
	"agenda_doc":                {"Порядок денний засідання Координаційної ради %s", "Agenda of the Coordination Council meeting of %s"},
	"guest_advisory":            {"з правом дорадчого голосу", "with an advisory voice"},
}

// phrases are the documents' fixed words, Ukrainian then English.
type phrases map[string][2]string

// word is the minutes' phrase key in lang, formatted with args when it has verbs.
func word(lang, key string, args ...any) string { return words.in(lang, key, args...) }

// in is the phrase key in lang (the key itself when there is none), formatted with args.
func (p phrases) in(lang, key string, args ...any) string {
	w, ok := p[key]
	if !ok {
		return key
	}
	s := w[0]
	if lang == "en" {
		s = w[1]
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

var monthsEN = [...]string{"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December"}

// date writes a stored date the way the documents do: 12.03.2026, or 12 March 2026 in English.
func date(lang, d string) string {
	t, err := time.Parse("2006-01-02", d)
	if err != nil {
		return d
	}
	if lang == "en" {
		return fmt.Sprintf("%d %s %d", t.Day(), monthsEN[t.Month()-1], t.Year())
	}
	return t.Format("02.01.2006")
}

// clock writes a time of day: «10 год. 00 хв.», or 10:00 in English.
func clock(lang, hm string) string {
	if lang == "en" || len(hm) != 5 {
		return hm
	}
	return hm[:2] + " год. " + hm[3:] + " хв."
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

// sentence ends s with a full stop unless it already ends a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?…") || strings.HasSuffix(s, "…") {
		return s
	}
	return s + "."
}
