//! Ukrainian-speaking customers: Nova Poshta delivery, invoices, booking, exchanges.

use super::{Lang, Line::*, Thread};

/// Ukrainian.
pub const LANG: Lang = Lang {
    code: "uk",
    countries: &["UA", "PL"],
    phone_prefix: "+380",
    currency: "UAH",
    names: &[
        "Оксана Мельник", "Тарас Шевчук", "Ірина Бондаренко", "Андрій Коваль",
        "Софія Ткаченко", "Богдан Кравчук", "Юлія Олійник", "Максим Литвиненко",
        "Олена Гончаренко", "Василь Савченко", "Наталія Руденко", "Євген Мороз",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Добрий день! Коли відправите моє замовлення? Оплатила ще в понеділок.", Some("Good afternoon! When will you ship my order? I paid back on Monday.")),
            A("Вітаю! Замовлення вже зібране, сьогодні ввечері передамо Новій пошті."),
            C("Чудово. А можна відправити на поштомат, а не на відділення?", Some("Great. Could you send it to a parcel locker instead of a branch?")),
            A("Так, звісно. Напишіть номер поштомату, і я зміню адресу доставки."),
            C("Поштомат №31457, Київ, вул. Січових Стрільців.", Some("Parcel locker No. 31457, Kyiv, Sichovykh Striltsiv St.")),
            A("Змінила. ТТН надішлемо в Viber, щойно посилка поїде."),
        ]},
        Thread { tag: "invoice", lines: &[
            C("Доброго дня. Потрібен рахунок на ФОП для оплати підписки на рік.", Some("Good afternoon. I need an invoice made out to my sole proprietorship (FOP) to pay for a one-year subscription.")),
            A("Добрий день! Надішліть, будь ласка, ЄДРПОУ або ІПН і юридичну адресу."),
            C("ІПН 3124509876, Львів, вул. Городоцька, 15.", Some("Tax ID 3124509876, Lviv, 15 Horodotska St.")),
            A("Дякую! Рахунок надіслали на пошту, він дійсний 5 банківських днів."),
            C("Оплатили, платіжку прикріпила до листа.", Some("We've paid. I've attached the payment confirmation to the email.")),
            A("Оплату отримали, підписку продовжено до наступного року. Дякуємо!"),
        ]},
        Thread { tag: "booking", lines: &[
            C("Вітаю! Хочу записатися на манікюр у суботу, є вільні вікна?", Some("Hi! I'd like to book a manicure on Saturday. Do you have any free slots?")),
            A("Добрий день! У суботу вільно о 10:00 та о 15:30. Який час вам зручніший?"),
            C("Давайте о 15:30, до майстрині Тетяни, якщо можна.", Some("Let's do 15:30 with Tetiana, if possible.")),
            A("Записала вас до Тетяни на суботу, 15:30. Нагадаємо за день у месенджері."),
        ]},
        Thread { tag: "refund", lines: &[
            C("Прийшла куртка з дефектом — розійшовся шов на рукаві. Що робити?", Some("The jacket arrived defective: a seam on the sleeve has come apart. What should I do?")),
            A("Нам дуже прикро! Надішліть фото дефекту, будь ласка, і оберемо: обмін чи повернення коштів."),
            C("Фото надіслала. Краще обмін на такий самий розмір M.", Some("I've sent the photo. I'd rather exchange it for the same size, M.")),
            A("Обмін оформлено: кур'єр привезе нову куртку і забере стару, доставка за наш рахунок."),
            C("Дякую, що так швидко!", Some("Thank you for being so quick!")),
            A("Завжди раді допомогти. Гарного дня!"),
        ]},
        Thread { tag: "lead", lines: &[
            C("Добрий день, цікавить оптова ціна на дитячі комбінезони, партія від 50 штук.", Some("Good afternoon, I'm interested in the wholesale price for children's jumpsuits, in batches of 50 or more.")),
            A("Вітаю! Від 50 штук знижка 25%, від 100 — 30%. Надіслати каталог з оптовими цінами?"),
            C("Так, надішліть, будь ласка. І які терміни поставки до Харкова?", Some("Yes, please send it. And how long does delivery to Kharkiv take?")),
            A("Каталог надіслала. Поставка до Харкова — 2–3 дні після оплати."),
        ]},
    ],
    simulated: &[
        ("Добрий день! Чи є ця модель у розмірі L?", Some("Good afternoon! Do you have this model in size L?")),
        ("Коли буде ТТН?", Some("When will I get the waybill (TTN) number?")),
        ("Дякую, посилку отримала, все чудово!", Some("Thank you, I've received the parcel, everything's great!")),
        ("Можна оплатити частинами через ПриватБанк?", Some("Can I pay in instalments through PrivatBank?")),
        ("Підкажіть, будь ласка, графік роботи на свята.", Some("Could you tell me your opening hours over the holidays, please?")),
        ("Відділення Нової пошти змінилося, можна переадресувати?", Some("My Nova Poshta branch has changed. Can the parcel be redirected?")),
        ("Скільки коштує доставка до Одеси?", Some("How much is delivery to Odesa?")),
        ("Хочу скасувати замовлення, ще не відправили?", Some("I want to cancel my order. Has it been shipped yet?")),
    ],
};
