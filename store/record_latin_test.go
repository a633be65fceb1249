package store

import (
	"reflect"
	"testing"
)

// TestLatinNamesReachesEveryName fills every name field of a record, in every list, and reads them
// back from LatinNames: each in Latin letters, the record it came from unchanged, other text as typed.
func TestLatinNamesReachesEveryName(t *testing.T) {
	var r Record
	fillNames(reflect.ValueOf(&r).Elem())
	got := r.LatinNames()
	n := 0
	eachName(reflect.ValueOf(got), func(field string, v reflect.Value) {
		n++
		want := map[bool]string{true: "Kovalchuk Andrii", false: "Ковальчук Андрій"}[isNameField(field)]
		if v.String() != want {
			t.Errorf("%s = %q, want %q", field, v.String(), want)
		}
	})
	eachName(reflect.ValueOf(r), func(field string, v reflect.Value) {
		if v.String() != "Ковальчук Андрій" {
			t.Errorf("the original's %s changed to %q", field, v.String())
		}
	})
	if n < 20 {
		t.Errorf("only %d text fields were reached", n)
	}
}

func isNameField(name string) bool { return name == "FullName" || name == "MemberName" }

// fillNames sets every string of v to a Ukrainian name and gives every list one element.
func fillNames(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("Ковальчук Андрій")
	case reflect.Struct:
		for i := range v.NumField() {
			fillNames(v.Field(i))
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 1, 1))
		fillNames(v.Index(0))
	}
}

// eachName calls f with every string field of v (by its field name) that fillNames filled.
func eachName(v reflect.Value, f func(string, reflect.Value)) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			if fv := v.Field(i); fv.Kind() == reflect.String && v.Type().Field(i).Type == reflect.TypeOf("") {
				f(v.Type().Field(i).Name, fv)
			} else {
				eachName(fv, f)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			eachName(v.Index(i), f)
		}
	}
}
