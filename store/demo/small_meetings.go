package demo

import "github.com/khmelnytskyi-ogp/rada/store"

const (
	hall       = "Мала зала Хмельницької міської ради, вул. Гагаріна, 3"
	meetLink   = "https://meet.example.org/khm-ogp-council"
	takeNote   = "Інформацію взяти до відома."
	prevChecks = "Про стан виконання рішень попередніх засідань"
	anyOther   = "Різне"
)

func (s *small) writeMeetings() {
	for _, m := range []struct {
		key string
		m   func() meeting
	}{
		{"2025-1", s.meeting2025first}, {"2025-2", s.meeting2025second},
		{"2026-1", s.meeting2026first}, {"2026-2", s.meeting2026second}, {"2026-3", s.meeting2026upcoming},
	} {
		s.meetings[m.key] = s.w.writeMeeting(s.rules, m.m())
	}
}

// held is the header of a meeting that took place on date from 10:00 local time.
func (s *small) held(number int, date, presiding string, status store.MeetingStatus) meeting {
	return meeting{
		series: date[:4], number: number, date: date, start: "10:00", place: hall, status: status,
		presiding: s.id(presiding), secretary: s.id("melnyk"),
		opened: stamp(date, "08:00"), closed: stamp(date, "09:50"),
		created: stamp(date, "07:00"), updated: stamp(date, "09:50"),
	}
}

// approvals are the named co-chairs' approvals of one kind, all given on the same day.
func (s *small) approvals(kind, on string, keys ...string) []approval {
	out := make([]approval, len(keys))
	for i, k := range keys {
		out[i] = approval{kind: kind, member: s.id(k), at: stamp(on, "12:00")}
	}
	return out
}

func said(member int64, summary string) speech { return speech{member: member, summary: summary} }

func points(texts ...string) []point {
	out := make([]point, len(texts))
	for i, t := range texts {
		out[i] = point{text: t}
	}
	return out
}

// meeting2025first is № 1 of 2025: fully recorded, minutes approved by both co-chairs, locked.
func (s *small) meeting2025first() meeting {
	const date = "2025-03-20"
	m := s.held(1, date, "kovalchuk", store.MeetingMinutesApproved)
	m.created, m.updated = "2025-03-06T09:00:00Z", "2025-04-03T12:00:00Z"
	m.approvals = append(s.approvals("agenda", "2025-03-13", "kovalchuk", "petruk"),
		s.approvals("minutes", "2025-04-03", "kovalchuk", "shevchuk")...)
	m.attendance = s.roll(date, map[string]presence{"bondar": absent("службове відрядження"), "lysenko": remote()})
	m.items = []item{
		{
			title: "Про обрання співголови Координаційної ради від громадськості", kind: store.ItemElection,
			reporter: s.id("kovalchuk"), state: store.ItemDone,
			heard: "Ковальчук А.М. – співголову ради, заступника міського голови, який повідомив, що співголова ради від громадськості Петрук В. Г. подав заяву про складення повноважень співголови, і запропонував кандидатуру Шевчук Т. І.",
			speeches: []speech{
				said(s.id("petruk"), "Подякував членам ради за співпрацю, підтримав кандидатуру Шевчук Т. І."),
				said(s.id("oliinyk"), "Підтримала кандидатуру, нагадала про досвід ГО у проєктах громадського бюджету."),
			},
			points:  points("Обрати співголовою Координаційної ради від громадськості Шевчук Тетяну Ігорівну, голову правління ГО «Хмельницький центр громадських ініціатив»."),
			ballots: s.ballots(m.attendance, map[string]ballot{"shevchuk": {choice: store.VoteRecused, reason: "кандидатка на посаду співголови"}}),
		},
		{
			title: "Про підсумки виконання Плану дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2021–2022 роки",
			kind:  store.ItemInformation, reporter: s.id("melnyk"), commitment: s.commitment("UAKLY0005"), state: store.ItemDone,
			heard: "Мельник О.В. – секретаря ради, яка поінформувала, що з п'яти зобов'язань три виконано повністю, одне частково; карту ремонтних робіт (UAKLY0005) не завершено через перерозподіл коштів.",
			speeches: []speech{
				said(s.id("romaniuk"), "Запропонувала врахувати напрацювання UAKLY0005 у новому Плані дій."),
			},
			points: []point{
				{text: takeNote},
				{text: "Вважати зобов'язання UAKLY0005 «Інтерактивна карта ремонтних робіт і благоустрою» не виконаним; врахувати напрацювання у Плані дій на 2025–2026 роки.",
					commitment: s.commitment("UAKLY0005")},
			},
		},
		{
			title: "Про схвалення проєкту Плану дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2025–2026 роки",
			kind:  store.ItemDecision, reporter: s.id("kravchuk"), state: store.ItemDone,
			heard: "Кравчук Н.О. – начальника управління економіки, яка повідомила, що проєкт містить п'ять зобов'язань, підготовлених за результатами громадських обговорень у січні–лютому 2025 року.",
			speeches: []speech{
				said(s.id("tkachuk"), "Запропонував доповнити зобов'язання UAKLY0006 публікацією показників у форматі відкритих даних."),
				said(s.id("savchuk"), "Підтвердив технічну можливість і погодився з пропозицією."),
				said(s.id("marchuk"), "Висловив сумнів щодо реалістичності строків реєстру комунального майна."),
			},
			points: points(
				"Схвалити проєкт Плану дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2025–2026 роки з урахуванням пропозицій, висловлених на засіданні.",
				"Подати План дій до Секретаріату OGP Local до 31.03.2025."),
			ballots: s.ballots(m.attendance, map[string]ballot{"marchuk": {choice: store.VoteAbstain}}),
			tasks: []task{{point: 2, text: "Подати схвалений План дій до Секретаріату OGP Local", member: s.id("melnyk"),
				deadline: "2025-03-31", status: store.AssignmentDone, doneOn: "2025-03-28", doneNote: "Подано через портал OGP"}},
		},
		{
			title: "Про план роботи Координаційної ради на 2025 рік", kind: store.ItemDecision,
			reporter: s.id("melnyk"), state: store.ItemDone,
			heard:   "Мельник О.В. – секретаря ради, яка запропонувала проводити засідання не рідше одного разу на шість місяців і щокварталу розглядати стан виконання Плану дій.",
			points:  points("Затвердити план роботи Координаційної ради на 2025 рік (додається)."),
			ballots: s.ballots(m.attendance, nil),
		},
		{
			title: anyOther, kind: store.ItemInformation, state: store.ItemDone,
			heard:  "Петрук В. Г. повідомив про намір скласти повноваження члена ради з 30.06.2025 у зв'язку з переїздом.",
			points: points(takeNote),
		},
	}
	return m
}

// meeting2025second is № 2 of 2025: minutes submitted, one co-chair has approved them.
func (s *small) meeting2025second() meeting {
	const date = "2025-09-25"
	m := s.held(2, date, "shevchuk", store.MeetingMinutesSubmitted)
	m.start, m.link = "14:00", meetLink
	m.opened, m.closed = stamp(date, "11:00"), stamp(date, "12:40")
	m.created, m.updated = "2025-09-08T09:00:00Z", "2025-10-09T12:00:00Z"
	m.approvals = append(s.approvals("agenda", "2025-09-17", "kovalchuk", "shevchuk"),
		s.approvals("minutes", "2025-10-09", "kovalchuk")...)
	m.attendance = s.roll(date, map[string]presence{
		"hnatiuk": absent("лікарняний"), "marchuk": absent("сімейні обставини"), "romaniuk": remote()})
	m.guests = []guest{{"Гончаренко Марія Олександрівна", "регіональна координаторка програми «Відкриті громади»", "Асоціація міст України"}}
	m.items = []item{
		{
			title: prevChecks, kind: store.ItemInformation, reporter: s.id("melnyk"), state: store.ItemDone,
			heard:  "Мельник О.В. – секретаря ради, яка поінформувала, що доручення протоколу № 1 від 20.03.2025 виконано: План дій подано до Секретаріату OGP Local 28.03.2025.",
			points: points(takeNote, "Зняти з контролю доручення за пунктом 3.2 протоколу № 1 від 20.03.2025 як виконане."),
		},
		{
			title: "Про стан виконання зобов'язання UAKLY0006 «Онлайн-дашборд якості міських послуг»",
			kind:  store.ItemDecision, reporter: s.id("savchuk"), commitment: s.commitment("UAKLY0006"), state: store.ItemDone,
			heard: "Савчук В.І. – директора КП «Муніципальний інформаційний центр», який повідомив, що перелік показників погоджено з громадськістю; розробка бета-версії триває, запуск заплановано на листопад.",
			speeches: []speech{
				said(s.id("tkachuk"), "Вважає строк запуску надто пізнім, запропонував жовтень."),
				said(s.id("melnyk"), "Оголосила лист управління адміністративних послуг про готовність ЦНАП передавати дані щодня."),
			},
			points: []point{
				{text: takeNote},
				{text: "Рекомендувати КП «Муніципальний інформаційний центр» оприлюднити бета-версію дашборду до 01.12.2025.", commitment: s.commitment("UAKLY0006")},
			},
			ballots: s.ballots(m.attendance, map[string]ballot{"tkachuk": {choice: store.VoteAgainst}}),
			tasks: []task{{point: 2, text: "Оприлюднити бета-версію дашборду якості міських послуг", member: s.id("savchuk"),
				org: "КП «Муніципальний інформаційний центр»", deadline: "2025-12-01", status: store.AssignmentDone,
				doneOn: "2025-11-24", doneNote: "Бета-версія оприлюднена на сайті міської ради"}},
		},
		{
			title: "Про досвід міст-учасниць OGP Local у впровадженні молодіжного громадського бюджету",
			kind:  store.ItemInformation, reporterG: 1, commitment: s.commitment("UAKLY0008"), state: store.ItemDone,
			heard: "Гончаренко М.О. – регіональну координаторку програми «Відкриті громади», яка представила досвід Вінниці, Тернополя та Дніпра: окремий фонд, голосування з 14 років, супровід шкільних команд.",
			speeches: []speech{
				said(s.id("oliinyk"), "Запропонувала створити робочу групу з участю учнівського самоврядування."),
				{guest: 1, summary: "Запропонувала методичну допомогу Асоціації міст України."},
			},
			points: points(takeNote, "Робочій групі підготувати пропозиції щодо Положення про молодіжний громадський бюджет."),
			tasks: []task{{point: 2, text: "Підготувати пропозиції щодо Положення про молодіжний громадський бюджет",
				member: s.id("oliinyk"), deadline: "2026-02-15", status: store.AssignmentDone, doneOn: "2026-02-10",
				doneNote: "Проєкт Положення надіслано членам ради"}},
		},
		{
			title: "Про включення Яковенко Ю. А. до робочої групи з питань відкритих даних", kind: store.ItemDecision,
			reporter: s.id("shevchuk"), state: store.ItemDone,
			heard:   "Шевчук Т.І. – співголову ради, яка запропонувала включити нову членкиню ради до робочої групи для висвітлення виконання Плану дій.",
			points:  points("Включити Яковенко Юлію Андріївну до складу робочої групи з питань відкритих даних."),
			ballots: s.ballots(m.attendance, nil),
		},
		{
			title: anyOther, kind: store.ItemInformation, state: store.ItemDone,
			heard:  "Лисенко М. Ю. запросив членів ради на відкриту лекцію про доступ до публічної інформації 10.10.2025.",
			points: points(takeNote),
		},
	}
	return m
}
