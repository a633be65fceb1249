package store

import (
	"errors"
	"strings"
)

// Sentinel errors; callers test them with errors.Is.
var (
	ErrNotFound  = errors.New("not found")
	ErrConflict  = errors.New("conflicts with an existing record")
	ErrLocked    = errors.New("the meeting's minutes are approved: its record is locked")
	ErrInvalid   = errors.New("invalid")
	ErrNotRada   = errors.New("not a Rada database")
	ErrTooNew    = errors.New("made by a newer Rada")
	ErrDamaged   = errors.New("the database file is damaged")
	ErrReadOnly  = errors.New("the database is read-only")
	ErrNotEmpty  = errors.New("the database already holds a council")
	ErrForbidden = errors.New("not allowed")
	ErrFolder    = errors.New("is a folder, not a database file")
	ErrEmptyFile = errors.New("is an empty file: it holds no council yet")
	ErrNoAccess  = errors.New("cannot be read: no permission")
)

// mapErr turns SQLite's messages and codes into the sentinels, in one place.
func mapErr(err error) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	switch {
	case strings.Contains(msg, "rada: meeting locked"):
		return errors.Join(ErrLocked, err)
	case strings.Contains(msg, "UNIQUE constraint failed"):
		return errors.Join(ErrConflict, err)
	case strings.Contains(msg, "CHECK constraint failed"), strings.Contains(msg, "NOT NULL constraint failed"),
		strings.Contains(msg, "FOREIGN KEY constraint failed"):
		return errors.Join(ErrInvalid, err)
	case strings.Contains(msg, "attempt to write a readonly database"):
		return errors.Join(ErrReadOnly, err)
	case strings.Contains(msg, "database disk image is malformed"), strings.Contains(msg, "file is not a database"):
		return errors.Join(ErrDamaged, err)
	}
	return err
}

// FieldError says which field of a form is wrong and why, in a message key the
// interface translates (see Vocabulary of errors in vocab.go).
type FieldError struct {
	Field string
	Code  string // e.g. "required", "email", "term_order", "one_secretary"
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Code }

// Is lets errors.Is(err, ErrInvalid) match every FieldError.
func (e *FieldError) Is(target error) bool { return target == ErrInvalid }

// ValidationError carries every FieldError of one form.
type ValidationError struct{ Fields []*FieldError }

func (e *ValidationError) Error() string {
	parts := make([]string, len(e.Fields))
	for i, f := range e.Fields {
		parts[i] = f.Error()
	}
	return "invalid: " + strings.Join(parts, "; ")
}

// Is lets errors.Is(err, ErrInvalid) match.
func (e *ValidationError) Is(target error) bool { return target == ErrInvalid }

// Field returns the problem with one field, or nil.
func (e *ValidationError) Field(name string) *FieldError {
	for _, f := range e.Fields {
		if f.Field == name {
			return f
		}
	}
	return nil
}
