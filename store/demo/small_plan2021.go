package demo

import "github.com/khmelnytskyi-ogp/rada/store"

// firstPlan is the finished 2021–2022 Action Plan.
func firstPlan() smallPlan {
	return smallPlan{
		plan: plan{
			title:    "План дій з впровадження ініціативи «Партнерство «Відкритий Уряд» у м. Хмельницькому на 2021–2022 роки",
			ogpTitle: "Action Plan – Khmelnytskyi, Ukraine, 2021–2022",
			from:     "2021-09", to: "2022-12", submitted: "2021-08-30", inception: "2021-10-21",
			status: store.PlanFinished, created: "2021-06-10T09:00:00Z", updated: "2023-01-26T12:00:00Z",
		},
		commitments: []smallCommitment{openData(), participatoryBudget(), ePetitions(), procurement(), repairsMap()},
	}
}

var (
	allValues  = []store.OGPValue{store.ValueAccessInfo, store.ValueParticipation, store.ValueAccountability, store.ValueTechnology}
	infoTech   = []store.OGPValue{store.ValueAccessInfo, store.ValueTechnology}
	partTech   = []store.OGPValue{store.ValueParticipation, store.ValueTechnology}
	infoAcct   = []store.OGPValue{store.ValueAccessInfo, store.ValueAccountability}
	partAcct   = []store.OGPValue{store.ValueParticipation, store.ValueAccountability}
	infoPartic = []store.OGPValue{store.ValueAccessInfo, store.ValueParticipation}
)

const (
	plan1Created = "2021-08-30T09:00:00Z"
	plan1Closed  = "2023-01-26T12:00:00Z"
	endAssessed1 = "2023-01-26"
)

func openData() smallCommitment {
	return smallCommitment{
		commitment: commitment{
			ogpID: "UAKLY0001", title: "Оприлюднення даних міської ради у форматі відкритих даних",
			problem:   "Дані виконавчих органів оприлюднюються розрізнено, у форматах PDF і сканкопіях, що унеможливлює їх повторне використання.",
			statusQuo: "На порталі data.gov.ua розпорядником оприлюднено 12 наборів даних, більшість з яких не оновлювалася понад рік.",
			objective: "Затвердити перелік наборів даних, призначити відповідальних і оприлюднювати набори у машиночитаному форматі з регулярним оновленням.",
			solves:    "Громадськість, журналісти та бізнес отримують актуальні дані для аналізу й сервісів без запитів на інформацію.",
			lead:      "Управління організаційно-інформаційної роботи та контролю",
			others:    "КП «Муніципальний інформаційний центр»; ГО «Цифрова громада Хмельницького»",
			contact:   "Мельник Оксана, o.melnyk@example.org",
			budget:    "У межах видатків на утримання виконавчих органів; Програма інформатизації на 2021–2023 роки",
			links:     "Цифрова стратегія м. Хмельницького",
			start:     "2021-09", end: "2022-12",
			impl: store.ImplDone, completion: store.CompletionComplete, opened: store.OpenedGovMajor,
			endAssessed: endAssessed1, values: infoTech, created: plan1Created, updated: plan1Closed,
		},
		milestones: []milestone{
			{"Затвердження переліку наборів відкритих даних розпорядника", "2021-09-01", "2021-11-30", "2021-10-14", "Рішення виконавчого комітету від 14.10.2021 № 812"},
			{"Призначення відповідальних за оприлюднення та оновлення наборів", "2021-10-01", "2021-12-31", "2021-12-02", "Розпорядження міського голови від 02.12.2021 № 274-р"},
			{"Оприлюднення не менше 60 наборів даних на порталі data.gov.ua", "2022-01-01", "2022-09-30", "2022-09-12", "64 набори даних на сторінці розпорядника на порталі data.gov.ua"},
			{"Проведення хакатону з використання відкритих даних міста", "2022-09-01", "2022-11-30", "2022-11-19", "Звіт про хакатон «Відкритий Хмельницький», 7 командних проєктів"},
		},
		history: []event{
			started("2021-09-01"),
			finished(store.ImplDone, "2022-12-20", "Усі етапи виконано, набори оновлюються щоквартально"),
			grade(store.CompletionNoEvidence, store.CompletionComplete, endAssessed1, secretary, "Оцінка після завершення зобов'язання"),
		},
	}
}

func participatoryBudget() smallCommitment {
	return smallCommitment{
		commitment: commitment{
			ogpID: "UAKLY0002", title: "Громадський бюджет онлайн: подання проєктів і голосування через єдину платформу",
			problem:   "Подання проєктів громадського бюджету паперове, голосування відбувається у пунктах, явка низька, підрахунок непрозорий.",
			statusQuo: "У 2020 році подано 48 проєктів, проголосувало 6 200 мешканців, результати оприлюднено лише у вигляді підсумкової таблиці.",
			objective: "Перевести подання, оцінювання та голосування на онлайн-платформу з відкритими результатами і картою реалізації проєктів.",
			solves:    "Онлайн-голосування з верифікацією через BankID знижує бар'єри участі, а відкриті результати підвищують довіру.",
			lead:      "Управління економіки",
			others:    "Департамент фінансів; ГО «Хмельницький центр громадських ініціатив»",
			contact:   "Кравчук Наталія, n.kravchuk@example.org",
			budget:    "Громадський бюджет м. Хмельницького: 20 млн грн на рік",
			links:     "Положення про громадський бюджет м. Хмельницького",
			start:     "2021-09", end: "2022-10",
			impl: store.ImplDone, completion: store.CompletionComplete, opened: store.OpenedGovMarginal,
			endAssessed: endAssessed1, values: partTech, created: plan1Created, updated: plan1Closed,
		},
		milestones: []milestone{
			{"Внесення змін до Положення про громадський бюджет щодо онлайн-голосування", "2021-09-01", "2021-12-31", "2021-12-23", "Рішення міської ради від 23.12.2021 № 41"},
			{"Запуск онлайн-платформи громадського бюджету", "2022-01-01", "2022-04-30", "2022-04-11", "Платформа працює з 11.04.2022, подано 71 проєкт"},
			{"Оприлюднення результатів голосування у форматі відкритих даних", "2022-06-01", "2022-10-31", "2022-10-05", "Набір даних «Результати голосування за проєкти громадського бюджету»"},
		},
		history: []event{
			started("2021-09-01"),
			finished(store.ImplDone, "2022-10-31", "Голосування 2022 року проведено онлайн, явка зросла до 11 400 осіб"),
			grade(store.CompletionNoEvidence, store.CompletionComplete, endAssessed1, secretary, "Оцінка після завершення зобов'язання"),
		},
	}
}

func ePetitions() smallCommitment {
	return smallCommitment{
		commitment: commitment{
			ogpID: "UAKLY0003", title: "Електронні петиції та онлайн-консультації з громадськістю",
			problem:   "Мешканці не мають зручного способу ініціювати питання та впливати на проєкти рішень до їх ухвалення.",
			statusQuo: "Електронні петиції працюють, але відповіді надаються із запізненням, а консультації щодо проєктів рішень не проводяться.",
			objective: "Запровадити строки розгляду петицій і модуль онлайн-консультацій для проєктів регуляторних актів та програм.",
			solves:    "Мешканці бачать стан розгляду петиції, а виконавчі органи отримують пропозиції до ухвалення рішень.",
			lead:      "Управління організаційно-інформаційної роботи та контролю",
			others:    "ГО «Відкрите місто Поділля»; ГО «Громадський контроль Хмельниччини»",
			contact:   "Мельник Оксана, o.melnyk@example.org",
			budget:    "Не потребує додаткового фінансування",
			links:     "Регламент Хмельницької міської ради",
			start:     "2021-10", end: "2022-12",
			impl: store.ImplPartlyDone, completion: store.CompletionSubstantial, opened: store.OpenedGovMarginal,
			endAssessed: endAssessed1, values: partAcct, created: plan1Created, updated: plan1Closed,
		},
		milestones: []milestone{
			{"Затвердження порядку розгляду електронних петицій зі строками відповіді", "2021-10-01", "2022-02-28", "2022-02-17", "Рішення міської ради від 17.02.2022 № 12"},
			{"Запуск модуля онлайн-консультацій щодо проєктів рішень", "2022-03-01", "2022-09-30", "", ""},
			{"Щорічний звіт про розгляд петицій і консультацій", "2022-11-01", "2022-12-31", "2022-12-28", "Звіт оприлюднено на сайті міської ради 28.12.2022"},
		},
		history: []event{
			impl(store.ImplNotStarted, store.ImplInProgress, "2021-10-01", secretary, "Розпочато виконання відповідно до Плану дій"),
			finished(store.ImplPartlyDone, "2022-12-28", "Модуль консультацій не запущено через воєнний стан"),
			grade(store.CompletionNoEvidence, store.CompletionSubstantial, endAssessed1, secretary, "Оцінка після завершення зобов'язання"),
		},
	}
}

func procurement() smallCommitment {
	return smallCommitment{
		commitment: commitment{
			ogpID: "UAKLY0004", title: "Прозорі публічні закупівлі комунальних підприємств",
			problem:   "Закупівлі комунальних підприємств нижче порогів проводяться без конкуренції, плани закупівель не оприлюднюються вчасно.",
			statusQuo: "Лише 4 з 17 комунальних підприємств використовують електронний каталог Prozorro Market для допорогових закупівель.",
			objective: "Зобов'язати комунальні підприємства проводити допорогові закупівлі через Prozorro і оприлюднювати аналітику закупівель.",
			solves:    "Конкурентні закупівлі знижують ціни, а відкрита аналітика дає громадськості змогу контролювати витрати.",
			lead:      "Управління економіки",
			others:    "Комунальні підприємства міста; ГО «Громадський контроль Хмельниччини»",
			contact:   "Поліщук Роман, r.polishchuk@example.org",
			budget:    "Не потребує додаткового фінансування",
			links:     "Програма економічного і соціального розвитку м. Хмельницького на 2022 рік",
			start:     "2021-09", end: "2022-12",
			impl: store.ImplDone, completion: store.CompletionSubstantial, opened: store.OpenedGovMarginal,
			endAssessed: endAssessed1, values: infoAcct, created: plan1Created, updated: plan1Closed,
		},
		milestones: []milestone{
			{"Рішення виконкому про обов'язкові допорогові закупівлі через Prozorro", "2021-09-01", "2021-11-30", "2021-11-11", "Рішення виконавчого комітету від 11.11.2021 № 905"},
			{"Навчання уповноважених осіб комунальних підприємств", "2021-12-01", "2022-03-31", "2022-02-24", "Навчено 34 уповноважені особи"},
			{"Публічний дашборд закупівель комунальних підприємств", "2022-04-01", "2022-12-31", "2022-12-15", "Дашборд на основі BI Prozorro оприлюднено на сайті міської ради"},
		},
		history: []event{
			started("2021-09-01"),
			finished(store.ImplDone, "2022-12-15", "Усі комунальні підприємства проводять допорогові закупівлі через Prozorro"),
			grade(store.CompletionNoEvidence, store.CompletionSubstantial, endAssessed1, secretary, "Дашборд оновлюється нерегулярно"),
		},
	}
}

func repairsMap() smallCommitment {
	return smallCommitment{
		commitment: commitment{
			ogpID: "UAKLY0005", title: "Інтерактивна карта ремонтних робіт і благоустрою",
			problem:   "Мешканці не знають, де і коли проводитимуться ремонти доріг і дворів, хто підрядник і скільки коштують роботи.",
			statusQuo: "Інформація про ремонти публікується у новинах без єдиного реєстру і геоприв'язки.",
			objective: "Створити карту запланованих і виконаних робіт з даними про підрядника, кошторис і гарантійні строки.",
			solves:    "Мешканці бачать роботи біля свого будинку і можуть повідомити про неякісне виконання в гарантійний строк.",
			lead:      "Управління житлово-комунального господарства",
			others:    "КП «Муніципальний інформаційний центр»; ОСББ міста",
			contact:   "Савчук Віталій, v.savchuk@example.org",
			budget:    "Програма інформатизації на 2021–2023 роки: 350 тис. грн",
			links:     "Програма благоустрою м. Хмельницького",
			start:     "2022-01", end: "2022-12",
			impl: store.ImplNotDone, completion: store.CompletionLimited, opened: store.OpenedGovNoChange,
			endAssessed: "2025-03-20", values: allValues, created: plan1Created, updated: "2025-03-20T12:00:00Z",
		},
		milestones: []milestone{
			{"Технічне завдання на розробку карти", "2022-01-01", "2022-03-31", "2022-03-29", "Технічне завдання погоджено робочою групою"},
			{"Розробка та тестування карти", "2022-04-01", "2022-09-30", "", ""},
			{"Наповнення карти даними про роботи 2022 року", "2022-07-01", "2022-12-31", "", ""},
		},
		history: []event{
			started("2022-01-10"),
			impl(store.ImplInProgress, store.ImplPartlyDone, "2022-12-28", secretary, "Розробку призупинено, кошти перерозподілено на потреби оборони"),
			grade(store.CompletionNoEvidence, store.CompletionLimited, endAssessed1, secretary, "Виконано лише перший етап"),
			impl(store.ImplPartlyDone, store.ImplNotDone, "2025-03-20", council, "Напрацювання враховано у Плані дій на 2025–2026 роки").
				decided("2025-1", 2, 2),
		},
	}
}
