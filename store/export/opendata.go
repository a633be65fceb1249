package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/khmelnytskyi-ogp/rada/store"
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

// Datasets are the four open-data sets of DOMAIN.md §5.
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
// and returns the files written.
func OpenData(dir string, d store.OpenData) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var files []string
	for _, ds := range Datasets(d) {
		for _, out := range []struct {
			suffix string
			write  func(*bytes.Buffer, Dataset) error
		}{{".csv", writeDatasetCSV}, {"-structure.csv", writeStructure}, {".json", writeDatasetJSON}} {
			var buf bytes.Buffer
			if err := out.write(&buf, ds); err != nil {
				return files, err
			}
			path := filepath.Join(dir, ds.Name+out.suffix)
			if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
				return files, err
			}
			files = append(files, path)
		}
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

func writeDatasetCSV(buf *bytes.Buffer, ds Dataset) error {
	rows := make([][]string, len(ds.Rows))
	for i, r := range ds.Rows {
		rows[i] = make([]string, len(r))
		for j, v := range r {
			rows[i][j] = csvValue(v)
		}
	}
	return writeCSV(buf, ds.Columns(), rows)
}

func writeStructure(buf *bytes.Buffer, ds Dataset) error {
	rows := make([][]string, len(ds.fields))
	for i, f := range ds.fields {
		rows[i] = []string{f.name, f.title, f.description, f.datatype}
	}
	return writeCSV(buf, []string{"name", "title", "description", "datatype"}, rows)
}

// writeDatasetJSON writes an array of objects with the CSV's columns in the same order.
func writeDatasetJSON(buf *bytes.Buffer, ds Dataset) error {
	buf.WriteString("[")
	for i, r := range ds.Rows {
		if i > 0 {
			buf.WriteString(",")
		}
		buf.WriteString("\n  {")
		for j, v := range r {
			if j > 0 {
				buf.WriteString(", ")
			}
			k, _ := json.Marshal(ds.fields[j].name)
			buf.Write(k)
			buf.WriteString(": ")
			val, err := json.Marshal(jsonValue(v))
			if err != nil {
				return err
			}
			buf.Write(val)
		}
		buf.WriteString("}")
	}
	if len(ds.Rows) > 0 {
		buf.WriteString("\n")
	}
	buf.WriteString("]\n")
	return nil
}

func jsonValue(v any) any {
	if s, ok := v.(string); ok {
		return ptr(s)
	}
	return v
}
