package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"iter"
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

// Dataset is one open-data set: its name and columns.
type Dataset struct {
	Name   string
	fields []field
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
// local councils on data.gov.ua), commitments and milestones; their rows are string, int or
// bool values.
var Datasets = []Dataset{
	{"motions", motionFields}, {"votings", votingFields}, {"commitments", commitmentFields}, {"milestones", milestoneFields},
}

func motionRows(ms []store.Motion) [][]any {
	rows := make([][]any, len(ms))
	for i, m := range ms {
		rows[i] = []any{m.UID, m.Date, m.AuthorityName, m.AuthorityID, m.Convocation,
			m.LegislativeSession, m.Num, m.Title, m.VotingFor, m.VotingAgainst, m.VotingAbstain, m.NotVoting, m.Absent,
			m.VotingResult, m.Text}
	}
	return rows
}

func votingRows(vs []store.Voting) [][]any {
	rows := make([][]any, len(vs))
	for i, v := range vs {
		rows[i] = []any{v.MotionUID, int(v.VoterID), v.VoterName, v.MotionTitle, v.Result}
	}
	return rows
}

func commitmentRows(cs []store.OpenCommitment) [][]any {
	rows := make([][]any, len(cs))
	for i, c := range cs {
		rows[i] = []any{c.UID, c.PlanTitle, c.Title, c.LeadImplementer, c.OtherActors,
			c.StartMonth, c.EndMonth, c.Values, c.ImplStatus, c.Completion, c.Withdrawn == "true", c.LastChanged,
			c.Milestones, c.MilestonesDone, c.MilestonesOverdue}
	}
	return rows
}

func milestoneRows(ms []store.OpenMilestone) [][]any {
	rows := make([][]any, len(ms))
	for i, m := range ms {
		rows[i] = []any{m.UID, m.CommitmentUID, m.Num, m.Deliverable, m.StartDate, m.EndDate, m.DoneOn, m.Status}
	}
	return rows
}

// Published is what OpenData wrote: the files, and the rows of each dataset by name.
type Published struct {
	Files []string
	Rows  map[string]int
}

// feed is the sink OpenData reads into: each batch of a dataset's rows goes to every file
// of that dataset, each written by its own goroutine as the rows come.
type feed struct {
	files [][]chan [][]any // by dataset, the channels of its files
	rows  []int
	err   error // why reading stopped; set before the channels close
}

func (f *feed) send(set int, rows [][]any) {
	if len(rows) == 0 {
		return
	}
	f.rows[set] += len(rows)
	for _, c := range f.files[set] {
		c <- rows
	}
}

func (f *feed) Meeting(ms []store.Motion, vs []store.Voting) error {
	f.send(0, motionRows(ms))
	f.send(1, votingRows(vs))
	return nil
}

func (f *feed) Plan(cs []store.OpenCommitment, ms []store.OpenMilestone) error {
	f.send(2, commitmentRows(cs))
	f.send(3, milestoneRows(ms))
	return nil
}

// rowsOf yields the rows of the batches that come through c.
func rowsOf(c <-chan [][]any) iter.Seq[[]any] {
	return func(yield func([]any) bool) {
		for batch := range c {
			for _, r := range batch {
				if !yield(r) {
					return
				}
			}
		}
	}
}

// OpenData writes every dataset into dir as NAME.csv, NAME-structure.csv and NAME.json from
// the rows read gives, each row written as it is read: a council's 300,000 votes are never
// held in memory. Each file is checked under o before any is written, then streamed through
// a buffer into a temporary file and renamed into place only when reading has succeeded.
func OpenData(dir string, read func(store.OpenDataSink) error, o files.Options) (Published, error) {
	var p Published
	if files.IsLive(dir, o.Live) {
		return p, fmt.Errorf("%s %w", dir, files.ErrLive)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return p, err
	}
	type job struct {
		path  string
		write func(*bufio.Writer, Dataset, iter.Seq[[]any]) error
		ds    Dataset
		rows  chan [][]any
	}
	f := &feed{files: make([][]chan [][]any, len(Datasets)), rows: make([]int, len(Datasets))}
	var jobs []job
	for i, ds := range Datasets {
		for _, out := range []struct {
			suffix string
			write  func(*bufio.Writer, Dataset, iter.Seq[[]any]) error
		}{{".csv", writeDatasetCSV}, {"-structure.csv", writeStructure}, {".json", writeDatasetJSON}} {
			c := make(chan [][]any, 4)
			f.files[i] = append(f.files[i], c)
			jobs = append(jobs, job{filepath.Join(dir, ds.Name+out.suffix), out.write, ds, c})
		}
	}
	for _, j := range jobs {
		if err := files.Check(j.path, o); err != nil {
			return p, err
		}
	}
	// The files are independent: written side by side they use every core, while the rows
	// are still being read.
	errs := make([]error, len(jobs))
	var wg sync.WaitGroup
	for i, j := range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = files.Write(j.path, o, func(w io.Writer) error {
				bw := bufio.NewWriterSize(w, 64<<10)
				err := j.write(bw, j.ds, rowsOf(j.rows))
				for range j.rows {
				}
				if err != nil {
					return err
				}
				if f.err != nil {
					return f.err
				}
				return bw.Flush()
			})
			for range j.rows {
			}
		}()
	}
	f.err = read(f)
	for _, cs := range f.files {
		for _, c := range cs {
			close(c)
		}
	}
	wg.Wait()
	if f.err != nil {
		return p, f.err
	}
	p.Rows = map[string]int{}
	for i, ds := range Datasets {
		p.Rows[ds.Name] = f.rows[i]
	}
	for i, j := range jobs {
		if errs[i] != nil {
			return p, errs[i]
		}
		p.Files = append(p.Files, j.path)
	}
	return p, nil
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
func writeDatasetCSV(w *bufio.Writer, ds Dataset, rows iter.Seq[[]any]) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ds.Columns()); err != nil {
		return err
	}
	memo := newCellMemo[string](len(ds.fields))
	cells := make([]string, len(ds.fields))
	for r := range rows {
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

func writeStructure(w *bufio.Writer, ds Dataset, _ iter.Seq[[]any]) error {
	rows := make([][]string, len(ds.fields))
	for i, f := range ds.fields {
		rows[i] = []string{f.name, f.title, f.description, f.datatype}
	}
	return writeCSV(w, []string{"name", "title", "description", "datatype"}, rows)
}

// writeDatasetJSON writes an array of objects with the CSV's columns in the same order,
// byte for byte as encoding/json would write each value.
func writeDatasetJSON(w *bufio.Writer, ds Dataset, rows iter.Seq[[]any]) error {
	keys := make([][]byte, len(ds.fields))
	for j, f := range ds.fields {
		keys[j] = append(appendJSONString(nil, f.name), ": "...)
	}
	memo := newCellMemo[[]byte](len(ds.fields))
	var buf []byte
	w.WriteString("[")
	n := 0
	for r := range rows {
		buf = buf[:0]
		if n++; n > 1 {
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
	if n > 0 {
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
