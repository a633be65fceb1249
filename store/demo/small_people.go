package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// person is a demo member with the roles held over the term.
type person struct {
	key   string
	m     store.Member
	roles []span
}

type span struct {
	role         store.Role
	since, until string
}

const (
	cityCouncil = "Хмельницька міська рада"
	founded     = "2021-03-15" // the council's first composition
	renewed     = "2024-09-01" // the current composition
)

func gov(key, name, position, org string, sector store.Sector, from string) person {
	return member(key, name, position, org, sector, store.SideGovernment, from)
}

func civil(key, name, position, org string, sector store.Sector, from string) person {
	return member(key, name, position, org, sector, store.SideCivil, from)
}

func member(key, name, position, org string, sector store.Sector, side store.Side, from string) person {
	return person{key: key, m: store.Member{FullName: name, Position: position, Organisation: org, Sector: sector,
		Side: side, Role: store.RoleMember, TermFrom: from, Active: true},
		roles: []span{{store.RoleMember, from, ""}}}
}

// withRoles replaces the role history; the last role is the member's current one.
func (p person) withRoles(spans ...span) person {
	p.roles = spans
	p.m.Role = spans[len(spans)-1].role
	return p
}

func (p person) contact(email, phone string) person {
	p.m.Email, p.m.Phone = email, phone
	return p
}

func (p person) left(on, reason string) person {
	p.m.TermTo, p.m.LeaveReason, p.m.Active = on, reason, false
	return p
}

func (p person) note(text string) person {
	p.m.Notes = text
	return p
}

// smallPeople is the council: seven from the city's side, seven from civil society, and
// the former civil-society co-chair who left in 2025.
func smallPeople() []person {
	return []person{
		gov("kovalchuk", "Ковальчук Андрій Миколайович", "заступник міського голови", cityCouncil,
			store.SectorExecutive, founded).
			withRoles(span{store.RoleCoChair, founded, ""}).
			contact("a.kovalchuk@example.org", "+380 382 65-21-14"),
		gov("melnyk", "Мельник Оксана Василівна",
			"головний спеціаліст відділу взаємодії з громадськістю управління організаційно-інформаційної роботи та контролю",
			"Виконавчий комітет Хмельницької міської ради", store.SectorExecutive, founded).
			withRoles(span{store.RoleSecretary, founded, ""}).
			contact("o.melnyk@example.org", "+380 382 65-40-27"),
		gov("kravchuk", "Кравчук Наталія Олегівна", "начальник управління економіки", cityCouncil,
			store.SectorExecutive, renewed).contact("n.kravchuk@example.org", "+380 382 65-08-33"),
		gov("bondar", "Бондар Ігор Петрович", "заступник директора департаменту фінансів", cityCouncil,
			store.SectorExecutive, renewed).contact("i.bondar@example.org", "+380 382 76-45-19"),
		gov("hnatiuk", "Гнатюк Людмила Степанівна", "начальник управління адміністративних послуг (ЦНАП)",
			cityCouncil, store.SectorExecutive, renewed).contact("l.hnatiuk@example.org", "+380 382 76-58-02"),
		gov("savchuk", "Савчук Віталій Іванович", "директор", "КП «Муніципальний інформаційний центр»",
			store.SectorEnterprise, renewed).contact("v.savchuk@example.org", "+380 67 381 22 40"),
		gov("polishchuk", "Поліщук Роман Анатолійович", "начальник відділу публічних закупівель", "КП «Міськсвітло»",
			store.SectorEnterprise, renewed).contact("r.polishchuk@example.org", "+380 97 204 18 65"),
		civil("shevchuk", "Шевчук Тетяна Ігорівна", "голова правління", "ГО «Хмельницький центр громадських ініціатив»",
			store.SectorNGO, renewed).
			withRoles(span{store.RoleMember, renewed, "2025-03-20"}, span{store.RoleCoChair, "2025-03-20", ""}).
			contact("t.shevchuk@example.org", "+380 67 905 11 32").
			note("Обрана співголовою від громадськості на засіданні 20.03.2025 (протокол № 1)."),
		civil("lysenko", "Лисенко Максим Юрійович", "координатор проєктів", "ГО «Відкрите місто Поділля»",
			store.SectorNGO, renewed).contact("m.lysenko@example.org", "+380 50 417 63 08"),
		civil("oliinyk", "Олійник Ірина Володимирівна", "виконавча директорка", "ГО «Агенція розвитку громади»",
			store.SectorNGO, renewed).contact("i.oliinyk@example.org", "+380 68 233 90 15"),
		civil("tkachuk", "Ткачук Денис Сергійович", "голова", "ГО «Цифрова громада Хмельницького»",
			store.SectorNGO, renewed).contact("d.tkachuk@example.org", "+380 93 612 47 71"),
		civil("romaniuk", "Романюк Світлана Петрівна", "доцентка кафедри публічного управління та адміністрування",
			"Хмельницький національний університет", store.SectorInstitution, renewed).
			contact("s.romaniuk@example.org", "+380 382 67-24-90"),
		civil("marchuk", "Марчук Олег Богданович", "голова правління", "ОСББ «Проскурівське»",
			store.SectorOther, renewed).contact("o.marchuk@example.org", "+380 96 540 28 17"),
		civil("yakovenko", "Яковенко Юлія Андріївна", "редакторка", "інтернет-видання «Поділля Онлайн»",
			store.SectorOther, "2025-07-15").contact("y.yakovenko@example.org", "+380 63 118 74 52").
			note("Включена до складу ради замість Петрука В. Г."),
		civil("petruk", "Петрук Василь Григорович", "голова", "ГО «Громадський контроль Хмельниччини»",
			store.SectorNGO, founded).
			withRoles(span{store.RoleCoChair, founded, "2025-03-20"}, span{store.RoleMember, "2025-03-20", "2025-06-30"}).
			contact("v.petruk@example.org", "+380 67 380 05 61").
			left("2025-06-30", "Вийшов зі складу ради за власною заявою у зв'язку з переїздом до іншого міста"),
	}
}

func (s *small) writePeople() {
	for _, p := range s.people {
		updated := stamp(p.m.TermFrom, "09:00")
		if last := p.roles[len(p.roles)-1]; last.until != "" {
			updated = stamp(last.until, "12:00")
		} else if last.since != p.m.TermFrom {
			updated = stamp(last.since, "12:00")
		}
		id := s.w.member(p.m, updated)
		s.members[p.key] = id
		for _, r := range p.roles {
			s.w.role(id, r.role, r.since, r.until)
		}
	}
}
