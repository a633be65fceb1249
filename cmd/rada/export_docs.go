package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// docFlags are the flags of the meeting documents.
type docFlags struct {
	meeting, year, item int
	format              string
	out                 output
}

func parseDocFlags(c call) (docFlags, error) {
	f := docFlags{out: outputOf(c)}
	var err error
	for _, n := range []struct {
		name string
		to   *int
	}{{"meeting", &f.meeting}, {"year", &f.year}, {"item", &f.item}} {
		if *n.to, err = c.num(n.name); err != nil {
			return f, err
		}
	}
	switch {
	case f.meeting <= 0:
		return f, usageError{c.at() + ": --meeting N is the number the minutes print, 1 or more", c.at()}
	case f.item < 0:
		return f, usageError{c.at() + ": --item must be a positive number", c.at()}
	}
	f.format, err = formatOf(c, export.DocFormats)
	return f, err
}

// formatOf checks --format, or takes it from -o's extension when it is not given.
func formatOf(c call, allowed []export.Format) (string, error) {
	format := c.str("format")
	if format == "" && c.str("o") != "" {
		format = strings.TrimPrefix(strings.ToLower(filepath.Ext(c.str("o"))), ".")
	}
	if format == "" {
		return "", usageError{c.at() + ": give --format " + formatList(allowed), c.at()}
	}
	f, err := export.ParseFormat(format, allowed)
	if err != nil {
		return "", usageError{c.at() + ": " + err.Error(), c.at()}
	}
	return string(f), nil
}

func formatList(fs []export.Format) string {
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = string(f)
	}
	return strings.Join(names, "|")
}

// docLang is --lang, else the council's documents' language.
func docLang(g globals, c store.Council) i18n.Lang {
	for _, l := range []i18n.Lang{g.lang, c.DocLang} {
		if l.Valid() {
			return l
		}
	}
	return i18n.Langs[0]
}

// meetingRecord finds the meeting by its number and reads it whole; when no year was
// given and a later meeting with the number was passed over (not yet held), it says on
// standard error which one it took and how to ask for the other.
func meetingRecord(ctx context.Context, s *store.Store, f docFlags, stderr io.Writer) (store.Record, error) {
	ms, err := s.MeetingsNumbered(ctx, f.meeting, f.year)
	if errors.Is(err, store.ErrNotFound) {
		if f.year > 0 {
			return store.Record{}, fmt.Errorf("no meeting No %d in %d", f.meeting, f.year)
		}
		return store.Record{}, fmt.Errorf("no meeting No %d", f.meeting)
	}
	if err != nil {
		return store.Record{}, err
	}
	if f.year == 0 {
		if hint := tookMeeting(ms); hint != "" {
			fmt.Fprintln(stderr, hint)
		}
	}
	return s.MeetingRecord(ctx, ms[0].ID)
}

// tookMeeting names the meeting taken and how to ask for each later one; "" when none.
func tookMeeting(ms []store.Meeting) string {
	var others []string
	for _, m := range ms[1:] {
		if m.Date <= ms[0].Date {
			continue
		}
		others = append(others, fmt.Sprintf("another № %d is dated %s (%s): use --year %s for it",
			m.Number, store.DocDate(i18n.Ukrainian, m.Date), strings.ToLower(i18n.New(i18n.English).Label(m.Status)), m.Date[:4]))
	}
	if len(others) == 0 {
		return ""
	}
	return fmt.Sprintf("rada: took meeting № %d of %s; %s", ms[0].Number, store.DocDate(i18n.Ukrainian, ms[0].Date), strings.Join(others, "; "))
}

func runExportMinutes(ctx context.Context, c call) error {
	return runMeetingDoc(ctx, c, func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error {
		return export.Minutes(w, rec, export.Format(f.format), lang, export.Options{Item: f.item})
	})
}

func runExportAgenda(ctx context.Context, c call) error {
	return runMeetingDoc(ctx, c, func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error {
		return export.Agenda(w, rec, export.Format(f.format), lang)
	})
}

type renderFunc func(w io.Writer, rec store.Record, f docFlags, lang i18n.Lang) error

func runMeetingDoc(ctx context.Context, c call, render renderFunc) error {
	f, err := parseDocFlags(c)
	if err == nil {
		err = f.out.check(c.at(), c.g)
	}
	if err != nil {
		return err
	}
	s, err := openExisting(ctx, c.g, store.ReadOnly())
	if err != nil {
		return err
	}
	rec, err := meetingRecord(ctx, s, f, c.stderr)
	defer closeBehind(s)()
	if err != nil {
		return err
	}
	if f.item > 0 {
		if _, ok := rec.Item(f.item); !ok {
			return fmt.Errorf("meeting No %d has no agenda item %d (it has %d)", rec.Meeting.Number, f.item, len(rec.Items))
		}
	}
	lang := docLang(c.g, rec.Council)
	return writeOutput(f.out, files.Shared, s.Path(), c.stdout, func(w io.Writer) error { return render(w, rec, f, lang) })
}

func runExportPlan(ctx context.Context, c call) error {
	g, stdout, out := c.g, c.stdout, outputOf(c)
	plan, err := c.num("plan")
	if err != nil {
		return err
	}
	f, err := formatOf(c, export.PlanFormats)
	if err == nil {
		err = out.check(c.at(), g)
	}
	if err != nil {
		return err
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := s.PlanReport(ctx, int64(plan))
	if errors.Is(err, store.ErrNotFound) {
		if plan != 0 {
			return fmt.Errorf("no Action Plan with id %d", plan)
		}
		return errors.New("the council has no Action Plan yet")
	}
	if err != nil {
		return err
	}
	council, _ := s.GetCouncil(ctx)
	l := docLang(g, council)
	return writeOutput(out, files.Shared, s.Path(), stdout, func(w io.Writer) error { return export.PlanReport(w, r, export.Format(f), l) })
}

func runExportOpenData(ctx context.Context, c call) error {
	g, stdout, dir, force := c.g, c.stdout, c.str("o"), c.on("force")
	if dir == "" {
		return usageError{"export opendata: give -o DIR, the folder to write into", c.at()}
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	read := func(sink store.OpenDataSink) error { return s.FeedOpenData(ctx, sink) }
	p, err := export.OpenData(dir, read, files.Options{Force: force, Mode: files.Shared, Live: s.Path()})
	if err != nil {
		return explainWrite(err)
	}
	_, err = fmt.Fprintf(stdout, "%d motions, %d votes, %d commitments, %d milestones: %d files in %s\n",
		p.Rows["motions"], p.Rows["votings"], p.Rows["commitments"], p.Rows["milestones"], len(p.Files), dir)
	return err
}
