package meeting

import (
	"strings"
	"testing"
)

// At 80 columns the secretary's hint keeps the command a co-chair types, even with a long name.
func TestActorHintFitsAt80(t *testing.T) {
	c := newCouncil(t, 2)
	for _, actor := range []string{"Коваль Марія", "Коваль Марія Петрівна, секретар координаційної ради"} {
		sc := open(t, openAs(t, c.path, actor), c.meetingID, 80, 24)
		if v := sc.M.View(); !strings.Contains(v, "погоджують співголови: rada --as 'ПІБ'") {
			t.Errorf("%s: hint cut:\n%s", actor, v)
		}
	}
}
