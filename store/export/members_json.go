package export

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// readMembersJSON reads the array MembersJSON writes; a row's line is where its object starts.
func readMembersJSON(data []byte) ([]store.ImportRow, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(data, dec.InputOffset(), err)
	}
	var rows []store.ImportRow
	for dec.More() {
		line := lineAt(data, dec.InputOffset())
		var obj map[string]json.RawMessage
		if err := dec.Decode(&obj); err != nil {
			return nil, jsonError(data, dec.InputOffset(), err)
		}
		vals, err := jsonValues(obj)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		rows = append(rows, rowFrom(line, vals))
	}
	return rows, nil
}

// jsonValues turns one object into cells by column: strings as they are, active as a boolean.
func jsonValues(obj map[string]json.RawMessage) (map[string]string, error) {
	var unknown []string
	for k := range obj {
		if !isKnown(k) {
			unknown = append(unknown, fmt.Sprintf("%q", store.OneLine(k)))
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, fmt.Errorf("unknown key %s (the keys are %s)", strings.Join(unknown, ", "), strings.Join(MemberColumns, ", "))
	}
	vals := map[string]string{}
	for k, raw := range obj {
		var s string
		var b bool
		switch {
		case json.Unmarshal(raw, &s) == nil:
			vals[k] = s
		case json.Unmarshal(raw, &b) == nil:
			vals[k] = activeCell(b)
		case string(raw) == "null":
		default:
			return nil, fmt.Errorf("%q: expected text", k)
		}
	}
	return vals, nil
}

func isKnown(k string) bool {
	for _, c := range MemberColumns {
		if c == k {
			return true
		}
	}
	return false
}

// lineAt is the line of the first character after offset that is not a separator.
func lineAt(data []byte, offset int64) int {
	i := int(offset)
	for i < len(data) && strings.ContainsRune(" \t\r\n,", rune(data[i])) {
		i++
	}
	return bytes.Count(data[:i], []byte("\n")) + 1
}

func jsonError(data []byte, offset int64, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		offset = se.Offset
	}
	return fmt.Errorf("line %d: not the members JSON: %v", lineAt(data, offset), err)
}
