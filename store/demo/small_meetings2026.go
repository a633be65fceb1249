package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// meeting2026first is № 1 of 2026: minutes submitted, waiting for the co-chairs.
func (s *small) meeting2026first() meeting {
	const date = "2026-03-12"
	m := s.held(1, date, "kovalchuk", store.MeetingMinutesSubmitted)
	m.created, m.updated = "2026-02-24T09:00:00Z", "2026-03-19T12:00:00Z"
	m.approvals = s.approvals("agenda", "2026-03-05", "kovalchuk", "shevchuk")
	m.attendance = s.roll(date, map[string]presence{
		"polishchuk": absent("відпустка"), "yakovenko": absent("службове відрядження"), "tkachuk": remote()})
	m.items = []item{
		{
			title: prevChecks, kind: store.ItemInformation, reporter: s.id("melnyk"), state: store.ItemDone,
			heard:  "Мельник О.В. – секретаря ради, яка поінформувала, що доручення протоколу № 2 від 25.09.2025 виконано: бета-версію дашборду оприлюднено, проєкт Положення підготовлено.",
			points: points(takeNote),
		},
		{
			title: "Про стан виконання Плану дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2025–2026 роки",
			kind:  store.ItemDecision, reporter: s.id("kravchuk"), state: store.ItemDone,
			heard: "Кравчук Н.О. – начальника управління економіки, яка поінформувала, що зобов'язання UAKLY0010 виконано; UAKLY0006 відстає через інтеграцію з електронною чергою; UAKLY0009 не розпочато.",
			speeches: []speech{
				said(s.id("lysenko"), "Запропонував позначити UAKLY0006 як виконане частково і встановити новий строк."),
				said(s.id("kravchuk"), "Пояснила затримку UAKLY0009 тривалою інвентаризацією майна."),
			},
			points: []point{
				{text: takeNote},
				{text: "Визнати стан виконання зобов'язання UAKLY0006 «Онлайн-дашборд якості міських послуг» як «Виконано частково»; рекомендувати завершити інтеграцію до 30.06.2026.",
					commitment: s.commitment("UAKLY0006")},
			},
			ballots: s.ballots(m.attendance, nil),
		},
		{
			title: "Про проєкт Положення про молодіжний громадський бюджет", kind: store.ItemDecision,
			reporter: s.id("oliinyk"), commitment: s.commitment("UAKLY0008"), state: store.ItemDone,
			heard: "Олійник І.В. – виконавчу директорку ГО «Агенція розвитку громади», яка повідомила, що проєкт передбачає фонд 2 млн грн, подання проєктів з 14 років і голосування онлайн та у школах.",
			speeches: []speech{
				said(s.id("bondar"), "Зауважив, що фонд можна передбачити лише в бюджеті на 2027 рік."),
				said(s.id("marchuk"), "Підтримав проєкт, запропонував залучити ОСББ до інформування."),
				said(s.id("lysenko"), "Заперечив проти окремого фонду, запропонував квоту в загальному громадському бюджеті."),
			},
			points: []point{
				{text: "Схвалити проєкт Положення про молодіжний громадський бюджет і рекомендувати внести його на розгляд міської ради.", commitment: s.commitment("UAKLY0008")},
				{text: "Рекомендувати департаменту фінансів передбачити видатки на молодіжний громадський бюджет у проєкті бюджету на 2027 рік."},
			},
			ballots: s.ballots(m.attendance, map[string]ballot{"bondar": {choice: store.VoteAbstain}, "lysenko": {choice: store.VoteAgainst}}),
			tasks: []task{{point: 2, text: "Передбачити видатки на молодіжний громадський бюджет у проєкті бюджету на 2027 рік",
				member: s.id("bondar"), org: "Департамент фінансів", deadline: "2026-10-01", status: store.AssignmentOpen}},
		},
		{
			title: anyOther, kind: store.ItemInformation, state: store.ItemDone,
			heard:  "Шевчук Т. І. нагадала про обов'язкове оновлення сторінки міста на сайті OGP щонайменше раз на чотири місяці.",
			points: points(takeNote),
			tasks: []task{{text: "Оновити сторінку міста на сайті OGP Local", member: s.id("melnyk"),
				deadline: "2026-04-15", status: store.AssignmentDone, doneOn: "2026-04-09", doneNote: "Оновлено розділ про стан виконання"}},
		},
	}
	return m
}

// meeting2026second is № 2 of 2026: held and closed, the minutes not yet submitted.
func (s *small) meeting2026second() meeting {
	const date = "2026-09-10"
	m := s.held(2, date, "shevchuk", store.MeetingClosed)
	m.created, m.updated = "2026-08-25T09:00:00Z", stamp(date, "09:50")
	m.approvals = s.approvals("agenda", "2026-09-03", "kovalchuk", "shevchuk")
	m.attendance = s.roll(date, map[string]presence{"savchuk": absent("лікарняний"), "romaniuk": remote()})
	m.items = []item{
		{
			title: prevChecks, kind: store.ItemInformation, reporter: s.id("melnyk"), state: store.ItemDone,
			heard:  "Мельник О.В. – секретаря ради, яка поінформувала, що доручення щодо оновлення сторінки OGP виконано; доручення департаменту фінансів (п. 3.2 протоколу № 1 від 12.03.2026) виконується.",
			points: points(takeNote),
		},
		{
			title: "Про проміжні результати виконання зобов'язання UAKLY0007 «Відкритий бюджет міста: інтерактивна візуалізація видатків»",
			kind:  store.ItemDecision, reporter: s.id("bondar"), commitment: s.commitment("UAKLY0007"), state: store.ItemDone,
			heard: "Бондар І.П. – заступника директора департаменту фінансів, який повідомив, що візуалізацію бюджету 2026 року оприлюднено; щомісячне оновлення запроваджено з квітня, дані за 2025 рік готуються.",
			speeches: []speech{
				said(s.id("yakovenko"), "Повідомила, що редакція використовує візуалізацію в матеріалах про видатки на ремонти."),
				said(s.id("romaniuk"), "Запропонувала залучити студентів до тестування зручності сервісу."),
			},
			points: []point{
				{text: takeNote},
				{text: "Рекомендувати департаменту фінансів оприлюднити дані про видатки за 2025 рік у форматі відкритих даних до 15.12.2026.", commitment: s.commitment("UAKLY0007")},
			},
			ballots: s.ballots(m.attendance, nil),
			tasks: []task{{point: 2, text: "Оприлюднити дані про видатки бюджету за 2025 рік у форматі відкритих даних",
				member: s.id("bondar"), org: "Департамент фінансів", deadline: "2026-12-15", status: store.AssignmentOpen}},
		},
		{
			title: "Про підготовку звіту про виконання Плану дій для OGP Local", kind: store.ItemDecision,
			reporter: s.id("melnyk"), state: store.ItemDone,
			heard:   "Мельник О.В. – секретаря ради, яка нагадала, що звіт про виконання Плану дій на 2025–2026 роки слід подати протягом місяця після завершення зобов'язань.",
			points:  points("Секретарю ради підготувати проєкт звіту та надіслати його членам ради до 30.11.2026."),
			ballots: s.ballots(m.attendance, nil),
			tasks: []task{{point: 1, text: "Підготувати проєкт звіту про виконання Плану дій і надіслати членам ради",
				member: s.id("melnyk"), deadline: "2026-11-30", status: store.AssignmentOpen}},
		},
		{
			title: anyOther, kind: store.ItemInformation, state: store.ItemDone,
			heard:  "Ткачук Д. С. запропонував провести наступне засідання в грудні та розглянути підготовку Плану дій на 2027–2028 роки.",
			points: points(takeNote),
		},
	}
	return m
}

// meeting2026upcoming is № 3 of 2026 on 17 December: a draft agenda, nobody has approved it yet.
func (s *small) meeting2026upcoming() meeting {
	return meeting{
		series: "2026", number: 3, date: "2026-12-17", start: "10:00", place: hall, status: store.MeetingDraft,
		presiding: s.id("kovalchuk"), secretary: s.id("melnyk"),
		created: "2026-11-20T09:00:00Z", updated: "2026-11-24T15:30:00Z",
		items: []item{
			{title: prevChecks, kind: store.ItemInformation, reporter: s.id("melnyk")},
			{title: "Про звіт про виконання Плану дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2025–2026 роки",
				kind: store.ItemDecision, reporter: s.id("kravchuk")},
			{title: "Про початок підготовки Плану дій на 2027–2028 роки", kind: store.ItemDecision, reporter: s.id("shevchuk")},
			{title: "Про план роботи Координаційної ради на 2027 рік", kind: store.ItemDecision, reporter: s.id("melnyk")},
			{title: anyOther, kind: store.ItemInformation},
		},
	}
}
