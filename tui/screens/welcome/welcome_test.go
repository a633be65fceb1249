package welcome

import (
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// TestCityHint: the founding form says the city is written with «м.».
func TestCityHint(t *testing.T) {
	m := New(screentest.Common(nil, "uk", 80, 40, screentest.Now), false).SetSize(80, 40)
	f := m.newForm()
	m.form = &f
	if v := m.View(); !strings.Contains(v, "м. Хмельницький") {
		t.Fatalf("no «м.» hint:\n%s", v)
	}
}
