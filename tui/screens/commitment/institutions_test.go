package commitment

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// tabTo moves the open form's focus to the field key.
func tabTo(t *testing.T, sc *screen, key string) {
	t.Helper()
	for range 40 {
		if sc.M.ed == nil {
			t.Fatal("no form is open")
		}
		if sc.M.ed.Focused() == key {
			return
		}
		sc.Keys("tab")
	}
	t.Fatalf("no field %q in the form:\n%s", key, sc.M.View())
}

// The commitment form takes its involved institutions, each with its kind in brackets; a
// line without a known kind keeps the form open with a message and changes nothing.
func TestCommitmentInstitutionsForm(t *testing.T) {
	f := newFixture(t, store.Commitment{})
	sc := open(t, f, 100, 30)
	sc.Keys("e")
	tabTo(t, sc, "institutions")
	sc.Type("ТОВ «Дані» (бізнес)")
	sc.Keys("ctrl+s")
	if sc.M.ed != nil {
		t.Fatalf("the form stayed open:\n%s", sc.M.View())
	}
	want := []store.Institution{{Name: "ТОВ «Дані»", Kind: store.InstitutionBusiness}}
	got, err := f.s.CommitmentInstitutions(context.Background(), f.commitment)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("stored %+v (%v), want %+v", got, err, want)
	}
	sc.Keys("e")
	tabTo(t, sc, "institutions")
	if v := sc.M.View(); !strings.Contains(v, "ТОВ «Дані» (Бізнес)") {
		t.Fatalf("the form does not show the stored institution:\n%s", v)
	}
	sc.Type(" x")
	sc.Keys("ctrl+s")
	if sc.M.ed == nil || !strings.Contains(sc.M.View(), "вкажіть у дужках одне з") {
		t.Fatalf("a line without a kind was not refused:\n%s", sc.M.View())
	}
	if got, _ := f.s.CommitmentInstitutions(context.Background(), f.commitment); !reflect.DeepEqual(got, want) {
		t.Fatalf("a refused form changed the institutions: %+v", got)
	}
}
