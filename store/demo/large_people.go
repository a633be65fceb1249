package demo

import (
	"fmt"

	"github.com/khmelnytskyi-ogp/rada/store"
)

var (
	surnames = []string{"Ковальчук", "Мельник", "Кравчук", "Бондар", "Гнатюк", "Савчук", "Поліщук", "Шевчук",
		"Лисенко", "Олійник", "Ткачук", "Романюк", "Марчук", "Яковенко", "Петрук", "Бойко", "Коваленко", "Шевченко",
		"Кравченко", "Мороз", "Павлюк", "Руденко", "Гончарук", "Климчук", "Дмитрук", "Ярошенко", "Білик", "Кушнір",
		"Сидорук", "Остапчук", "Тимошенко", "Левчук", "Гуменюк", "Мартинюк", "Стасюк", "Загородній", "Проценко",
		"Федорук", "Вознюк", "Семенюк", "Антонюк", "Кирилюк", "Лук'янчук", "Іванишин", "Грищук", "Зінчук", "Онищук",
		"Пастух", "Чорновол", "Дячук", "Коломієць", "Мазур", "Нестерук", "Оліфіренко", "Приходько", "Рибак",
		"Соловйов", "Тарасюк", "Фурман", "Швець"}
	menNames     = []string{"Андрій", "Ігор", "Віталій", "Роман", "Максим", "Денис", "Олег", "Василь", "Сергій", "Микола", "Богдан", "Юрій", "Петро", "Олександр", "Володимир"}
	womenNames   = []string{"Оксана", "Наталія", "Людмила", "Тетяна", "Ірина", "Світлана", "Юлія", "Галина", "Марія", "Олена", "Катерина", "Вікторія", "Алла", "Надія", "Лариса"}
	menPatrons   = []string{"Миколайович", "Петрович", "Іванович", "Анатолійович", "Юрійович", "Сергійович", "Богданович", "Григорович", "Васильович", "Олегович"}
	womenPatrons = []string{"Василівна", "Олегівна", "Степанівна", "Ігорівна", "Володимирівна", "Петрівна", "Андріївна", "Миколаївна", "Юріївна", "Богданівна"}

	govPlaces = []struct {
		position, org string
		sector        store.Sector
	}{
		{"заступник міського голови", "Міська рада", store.SectorExecutive},
		{"начальник управління економіки", "Міська рада", store.SectorExecutive},
		{"директор департаменту фінансів", "Міська рада", store.SectorExecutive},
		{"начальник відділу інформаційної політики", "Виконавчий комітет міської ради", store.SectorExecutive},
		{"директор", "КП «Муніципальний інформаційний центр»", store.SectorEnterprise},
		{"головний інженер", "КП «Міськсвітло»", store.SectorEnterprise},
		{"директор", "Центральна міська бібліотека", store.SectorInstitution},
	}
	civilPlaces = []struct {
		position, org string
		sector        store.Sector
	}{
		{"голова правління", "ГО «Центр громадських ініціатив»", store.SectorNGO},
		{"координатор проєктів", "ГО «Відкрите місто»", store.SectorNGO},
		{"виконавчий директор", "ГО «Агенція розвитку громади»", store.SectorNGO},
		{"доцент кафедри публічного управління", "Національний університет", store.SectorInstitution},
		{"голова правління", "ОСББ «Центральне»", store.SectorOther},
		{"редактор", "міське інтернет-видання", store.SectorOther},
	}
)

// writeMembers fills the seats: each serves the whole span except four seats, whose first
// holders leave in a random year and are replaced the next month.
func (l *large) writeMembers() {
	for seat := range largeSeats {
		side := store.SideGovernment
		if seat%2 == 1 {
			side = store.SideCivil
		}
		role := seatRole(seat)
		if seat < largeSeats-4 {
			l.addMember(len(l.members), side, role, "1996-12-01", "")
			continue
		}
		year := largeFirstYear + 5 + l.rng.IntN(largeYears-10)
		l.addMember(len(l.members), side, role, "1996-12-01", fmt.Sprintf("%d-06-30", year))
		l.addMember(len(l.members), side, role, fmt.Sprintf("%d-07-01", year), "")
	}
}

// seatRole gives the first three seats the co-chairs (one per side) and the secretary.
func seatRole(seat int) store.Role {
	switch seat {
	case 0, 1:
		return store.RoleCoChair
	case 2:
		return store.RoleSecretary
	}
	return store.RoleMember
}

func (l *large) addMember(n int, side store.Side, role store.Role, from, to string) {
	m := store.Member{FullName: l.personName(n), Side: side, Role: role, TermFrom: from, TermTo: to, Active: to == ""}
	if side == store.SideGovernment {
		p := govPlaces[n%len(govPlaces)]
		m.Position, m.Organisation, m.Sector = p.position, p.org, p.sector
	} else {
		p := civilPlaces[n%len(civilPlaces)]
		m.Position, m.Organisation, m.Sector = p.position, p.org, p.sector
	}
	m.Email = fmt.Sprintf("member%02d@example.org", n+1)
	if to != "" {
		m.LeaveReason = "Склав повноваження за власною заявою"
	}
	updated := stamp(from, "09:00")
	if to != "" {
		updated = stamp(to, "12:00")
	}
	id := l.w.member(m, updated)
	l.w.role(id, role, from, to)
	l.members = append(l.members, largeMember{id: id, from: from, to: to, side: side, name: m.FullName})
}

// personName is the n-th member's full name: a distinct surname, a random first name and patronymic.
func (l *large) personName(n int) string {
	if l.chance(0.5) {
		return surnames[n] + " " + pick(l.rng, menNames) + " " + pick(l.rng, menPatrons)
	}
	return surnames[n] + " " + pick(l.rng, womenNames) + " " + pick(l.rng, womenPatrons)
}

// roll is everyone on the council on date.
func (l *large) roll(date string) []largeMember {
	var out []largeMember
	for _, m := range l.members {
		if m.from <= date && (m.to == "" || m.to >= date) {
			out = append(out, m)
		}
	}
	return out
}
