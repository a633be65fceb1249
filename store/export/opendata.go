package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// field is one column of an open-data set and its line in the structure file.
type field struct{ name, title, description, datatype string }

// Dataset is one open-data set: its columns and rows (string, int or bool values).
type Dataset struct {
	Name   string
	fields []field
	Rows   [][]any
}

// Columns are the dataset's column names.
func (d Dataset) Columns() []string {
	out := make([]string, len(d.fields))
	for i, f := range d.fields {
		out[i] = f.name
	}
	return out
}

var motionFields = []field{
	{"uid", "Ідентифікатор питання", "Серія (рік або каденція), номер засідання і номер питання порядку денного", "string"},
	{"date", "Дата засідання", "Дата засідання у форматі РРРР-ММ-ДД", "date"},
	{"authorityName", "Назва органу", "Назва консультативно-дорадчого органу", "string"},
	{"authorityId", "Код ЄДРПОУ", "Код ЄДРПОУ органу, до якого належить рада", "string"},
	{"convocation", "Каденція", "Каденція ради, якщо протоколи нумеруються в її межах", "string"},
	{"legislativeSession", "Номер засідання", "Номер протоколу засідання", "string"},
	{"num", "Номер питання", "Номер питання в порядку денному", "integer"},
	{"title", "Назва питання", "Назва питання порядку денного", "string"},
	{"votingFor", "За", "Кількість голосів «за»", "integer"},
	{"votingAgainst", "Проти", "Кількість голосів «проти»", "integer"},
	{"votingAbstain", "Утрималися", "Кількість членів, які утрималися", "integer"},
	{"notVoting", "Не голосували", "Кількість присутніх членів, які не голосували (зокрема через конфлікт інтересів)", "integer"},
	{"absent", "Відсутні", "Кількість відсутніх членів ради", "integer"},
	{"votingResult", "Результат", "«Рішення прийнято» або «Рішення не прийнято»", "string"},
	{"text", "Текст рішення", "Пункти рішення (ВИРІШИЛИ), кожен з нового рядка", "string"},
}

var votingFields = []field{
	{"motionUid", "Ідентифікатор питання", "Посилання на uid у наборі motions", "string"},
	{"voterId", "Ідентифікатор члена ради", "Внутрішній номер члена ради", "integer"},
	{"voterName", "Член ради", "Прізвище, ім'я та по батькові", "string"},
	{"motionTitle", "Назва питання", "Назва питання порядку денного", "string"},
	{"result", "Голос", "За, Проти, Утримався, Не голосував або Відсутній", "string"},
}

var commitmentFields = []field{
	{"uid", "Ідентифікатор OGP", "Ідентифікатор зобов'язання в OGP (напр. UAKLY0003)", "string"},
	{"planTitle", "План дій", "Назва плану дій", "string"},
	{"title", "Зобов'язання", "Назва зобов'язання", "string"},
	{"leadImplementer", "Головний виконавець", "Головний виконавець зобов'язання", "string"},
	{"otherActors", "Інші учасники", "Інші учасники виконання", "string"},
	{"startMonth", "Початок", "Місяць початку у форматі РРРР-ММ", "string"},
	{"endMonth", "Завершення", "Місяць завершення у форматі РРРР-ММ", "string"},
	{"values", "Цінності OGP", "Цінності OGP через крапку з комою", "string"},
	{"implStatus", "Стан виконання", "Не розпочато, Виконується, Виконано частково, Виконано або Не виконано", "string"},
	{"completion", "Рівень виконання", "Рівень виконання за шкалою IRM", "string"},
	{"withdrawn", "Відкликано", "Чи відкликано зобов'язання", "boolean"},
	{"lastChanged", "Остання зміна стану", "Дата останньої зміни стану у форматі РРРР-ММ-ДД", "date"},
	{"milestones", "Етапів", "Кількість етапів", "integer"},
	{"milestonesDone", "Етапів виконано", "Кількість виконаних етапів", "integer"},
	{"milestonesOverdue", "Етапів прострочено", "Кількість прострочених етапів", "integer"},
}

var milestoneFields = []field{
	{"uid", "Ідентифікатор етапу", "Ідентифікатор зобов'язання і номер етапу", "string"},
	{"commitmentUid", "Ідентифікатор OGP", "Посилання на uid у наборі commitments", "string"},
	{"num", "Номер етапу", "Номер етапу в зобов'язанні", "integer"},
	{"deliverable", "Результат", "Очікуваний результат етапу", "string"},
	{"startDate", "Початок", "Дата початку у форматі РРРР-ММ-ДД", "date"},
	{"endDate", "Завершення", "Дата завершення у форматі РРРР-ММ-ДД", "date"},
	{"doneOn", "Виконано", "Дата виконання у форматі РРРР-ММ-ДД", "date"},
	{"status", "Стан", "Виконано, Виконується або Прострочено", "string"},
}

// Datasets are the four open-data sets: motions and votings (as the roll-call datasets of
// local councils on data.gov.ua), commitments and milestones.
func Datasets(d store.OpenData) []Dataset {
	motions := Dataset{Name: "motions", fields: motionFields}
	for _, m := range d.Motions {
		motions.Rows = append(motions.Rows, []any{m.UID, m.Date, m.AuthorityName, m.AuthorityID, m.Convocation,
			m.LegislativeSession, m.Num, m.Title, m.VotingFor, m.VotingAgainst, m.VotingAbstain, m.NotVoting, m.Absent,
			m.VotingResult, m.Text})
	}
	votings := Dataset{Name: "votings", fields: votingFields}
	for _, v := range d.Votings {
		votings.Rows = append(votings.Rows, []any{v.MotionUID, int(v.VoterID), v.VoterName, v.MotionTitle, v.Result})
	}
	commitments := Dataset{Name: "commitments", fields: commitmentFields}
	for _, c := range d.Commitments {
		commitments.Rows = append(commitments.Rows, []any{c.UID, c.PlanTitle, c.Title, c.LeadImplementer, c.OtherActors,
			c.StartMonth, c.EndMonth, c.Values, c.ImplStatus, c.Completion, c.Withdrawn == "true", c.LastChanged,
			c.Milestones, c.MilestonesDone, c.MilestonesOverdue})
	}
	milestones := Dataset{Name: "milestones", fields: milestoneFields}
	for _, m := range d.Milestones {
		milestones.Rows = append(milestones.Rows, []any{m.UID, m.CommitmentUID, m.Num, m.Deliverable, m.StartDate,
			m.EndDate, m.DoneOn, m.Status})
	}
	return []Dataset{motions, votings, commitments, milestones}
}

// OpenData writes every dataset into dir as NAME.csv, NAME-structure.csv and NAME.json,
// and returns the files written. Each file is checked under o before any is written, then
// streamed through a buffer into a temporary file and renamed into place: a council's
// 300,000 votes are never held as text.
func OpenData(dir string, d store.OpenData, o files.Options) ([]string, error) {
	if files.IsLive(dir, o.Live) {
		return nil, fmt.Errorf("%s %w", dir, files.ErrLive)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	type job struct {
		path  string
		write func(*bufio.Writer, Dataset) error
		ds    Dataset
	}
	var jobs []job
	for _, ds := range Datasets(d) {
		for _, out := range []struct {
			suffix string
			write  func(*bufio.Writer, Dataset) error
		}{{".csv", writeDatasetCSV}, {"-structure.csv", writeStructure}, {".json", writeDatasetJSON}} {
			jobs = append(jobs, job{filepath.Join(dir, ds.Name+out.suffix), out.write, ds})
		}
	}
	for _, j := range jobs {
		if err := files.Check(j.path, o); err != nil {
			return nil, err
		}
	}
	// The files are independent: written side by side they use every core.
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = files.Write(j.path, o, func(w io.Writer) error {
				bw := bufio.NewWriterSize(w, 256<<10)
				if err := j.write(bw, j.ds); err != nil {
					return err
				}
				return bw.Flush()
			})
		}()
	}
	wg.Wait()
	var files []string
	for i, j := range jobs {
		if errs[i] != nil {
			return files, errs[i]
		}
		files = append(files, j.path)
	}
	return files, nil
}

// csvValue writes a value as open data's CSV does: null for blanks, numbers and true/false plain.
func csvValue(v any) string {
	switch x := v.(type) {
	case int:
		return strconv.Itoa(x)
	case bool:
		return strconv.FormatBool(x)
	case string:
		return nullable(x)
	}
	return fmt.Sprint(v)
}

// writeDatasetCSV writes the header and the rows one at a time, every cell made safe.
func writeDatasetCSV(w *bufio.Writer, ds Dataset) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ds.Columns()); err != nil {
		return err
	}
	memo := newCellMemo[string](len(ds.fields))
	cells := make([]string, len(ds.fields))
	for _, r := range ds.Rows {
		cells = cells[:len(r)]
		for j, v := range r {
			if x, ok := v.(string); ok {
				cells[j] = memo.get(j, x, func(s string) string { return SafeCell(nullable(s)) })
			} else {
				cells[j] = SafeCell(csvValue(v))
			}
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// cellMemo remembers how each column's strings were written: open data repeats the same
// names, titles and words hundreds of thousands of times. Each column keeps at most
// memoCap values.
type cellMemo[T any] []map[string]T

const memoCap = 1024

func newCellMemo[T any](columns int) cellMemo[T] {
	m := make(cellMemo[T], columns)
	for i := range m {
		m[i] = map[string]T{}
	}
	return m
}

func (m cellMemo[T]) get(col int, s string, write func(string) T) T {
	if col >= len(m) {
		return write(s)
	}
	if out, ok := m[col][s]; ok {
		return out
	}
	out := write(s)
	if len(m[col]) < memoCap {
		m[col][s] = out
	}
	return out
}

func writeStructure(w *bufio.Writer, ds Dataset) error {
	rows := make([][]string, len(ds.fields))
	for i, f := range ds.fields {
		rows[i] = []string{f.name, f.title, f.description, f.datatype}
	}
	return writeCSV(w, []string{"name", "title", "description", "datatype"}, rows)
}

// writeDatasetJSON writes an array of objects with the CSV's columns in the same order,
// byte for byte as encoding/json would write each value.
func writeDatasetJSON(w *bufio.Writer, ds Dataset) error {
	keys := make([][]byte, len(ds.fields))
	for j, f := range ds.fields {
		keys[j] = append(appendJSONString(nil, f.name), ": "...)
	}
	memo := newCellMemo[[]byte](len(ds.fields))
	var buf []byte
	w.WriteString("[")
	for i, r := range ds.Rows {
		buf = buf[:0]
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = append(buf, "\n  {"...)
		for j, v := range r {
			if j > 0 {
				buf = append(buf, ", "...)
			}
			buf = append(buf, keys[j]...)
			if x, ok := v.(string); ok {
				buf = append(buf, memo.get(j, x, jsonString)...)
				continue
			}
			var err error
			if buf, err = appendJSONValue(buf, v); err != nil {
				return err
			}
		}
		buf = append(buf, '}')
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	if len(ds.Rows) > 0 {
		w.WriteString("\n")
	}
	_, err := w.WriteString("]\n")
	return err
}

// jsonString is a string cell: cleaned, or null when blank.
func jsonString(s string) []byte {
	s = clean(s)
	if strings.TrimSpace(s) == "" {
		return []byte("null")
	}
	return appendJSONString(nil, s)
}

// appendJSONValue appends a cell: a string cleaned, or null when blank; a number; a boolean.
func appendJSONValue(dst []byte, v any) ([]byte, error) {
	switch x := v.(type) {
	case string:
		if p := ptr(x); p != nil {
			return appendJSONString(dst, *p), nil
		}
		return append(dst, "null"...), nil
	case int:
		return strconv.AppendInt(dst, int64(x), 10), nil
	case bool:
		return strconv.AppendBool(dst, x), nil
	}
	b, err := json.Marshal(v)
	return append(dst, b...), err
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as encoding/json writes a string (HTML characters escaped,
// invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped).
func appendJSONString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		if b := s[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xf])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case c == '\u2028' || c == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
