//! Russian-speaking customers: delivery, refunds, wholesale, booking, account access.

use super::{Lang, Line::*, Thread};

/// Russian.
pub const LANG: Lang = Lang {
    code: "ru",
    countries: &["KZ", "RU", "DE", "IL"],
    phone_prefix: "+7",
    currency: "USD",
    names: &[
        "Ольга Смирнова", "Игорь Васильев", "Анна Кузнецова", "Дмитрий Орлов",
        "Екатерина Белова", "Сергей Павлов", "Наталья Морозова", "Алексей Волков",
        "Мария Лебедева", "Павел Новиков", "Ирина Соколова", "Виктор Зайцев",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Здравствуйте! Заказ №48213 должен был прийти вчера, но трекинг не обновляется уже три дня.", Some("Hello! Order No. 48213 was supposed to arrive yesterday, but the tracking hasn't updated for three days.")),
            A("Добрый день! Проверила: посылка на сортировочном центре в Алматы, задержка у перевозчика."),
            C("А когда примерно ждать? Мне нужно к субботе, это подарок.", Some("So roughly when should I expect it? I need it by Saturday, it's a gift.")),
            A("По прогнозу курьерской службы — в пятницу до 18:00. Если не успеют, оформим бесплатную замену с экспресс-доставкой."),
            C("Хорошо, спасибо. Пришлите, пожалуйста, новый трек-номер, если он поменяется.", Some("OK, thank you. Please send me the new tracking number if it changes.")),
            A("Обязательно пришлём. Хорошего дня!"),
        ]},
        Thread { tag: "refund", lines: &[
            C("Добрый вечер. Кроссовки пришли не того размера, хочу вернуть деньги, а не менять.", Some("Good evening. The trainers arrived in the wrong size. I'd like a refund, not an exchange.")),
            A("Здравствуйте! Жаль, что так вышло. Пришлите фото этикетки на коробке, пожалуйста."),
            C("Отправила фото. Коробку не выбрасывала, всё целое.", Some("I've sent the photo. I kept the box, everything is intact.")),
            A("Спасибо, возврат одобрен. Курьер заберёт посылку завтра с 10 до 14, деньги вернутся на карту в течение 5 рабочих дней."),
        ]},
        Thread { tag: "wholesale", lines: &[
            C("Здравствуйте, мы сеть кофеен в Астане. Интересует оптовая закупка зерна, от 200 кг в месяц.", Some("Hello, we're a chain of coffee shops in Astana. We're interested in buying coffee beans wholesale, 200 kg a month or more.")),
            A("Добрый день! Для такого объёма у нас оптовый прайс со скидкой 18%. На какую почту отправить коммерческое предложение?"),
            C("Отправьте на закупки@kofe-step.kz. И можно ли получить пробную партию?", Some("Please send it to закупки@kofe-step.kz. And could we get a trial batch?")),
            A("Конечно, пробные 5 кг отправим бесплатно. Предложение уже у вас на почте."),
            C("Получили, спасибо. Обсудим с директором и вернёмся до конца недели.", Some("Got it, thank you. We'll discuss it with our director and get back to you by the end of the week.")),
            A("Отлично, будем ждать. Если появятся вопросы по обжарке — пишите."),
        ]},
        Thread { tag: "account", lines: &[
            C("Не могу войти в личный кабинет, пишет «неверный код», хотя ввожу из СМС.", Some("I can't log in to my account. It says \"invalid code\" even though I'm entering the one from the text message.")),
            A("Здравствуйте! Скорее всего, код устарел — он действует 5 минут. Отправила новый, попробуйте ещё раз."),
            C("Теперь пустило, спасибо большое!", Some("It let me in now, thank you so much!")),
            A("Рада помочь! Рекомендую включить вход по почте как запасной вариант."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Подскажите, сколько стоит тариф «Бизнес» на 10 сотрудников и есть ли скидка за год?", Some("Could you tell me how much the Business plan costs for 10 employees, and is there a discount for a year?")),
            A("Добрый день! Тариф «Бизнес» — 29 $ за сотрудника в месяц, при оплате за год скидка 20%."),
            C("А интеграция с 1С входит в стоимость?", Some("And is the 1C integration included in the price?")),
            A("Да, интеграция с 1С входит в тариф. Могу провести демо в удобное для вас время."),
            C("Давайте в четверг в 11:00 по Астане.", Some("Let's do Thursday at 11:00 Astana time.")),
            A("Записала вас на четверг, 11:00. Ссылку на встречу пришлю за час."),
        ]},
    ],
    simulated: &[
        ("Здравствуйте, есть ли этот товар в наличии?", Some("Hello, is this item in stock?")),
        ("Подскажите, пожалуйста, статус моего заказа.", Some("Could you tell me the status of my order, please?")),
        ("Можно оплатить при получении?", Some("Can I pay on delivery?")),
        ("Спасибо, всё получили!", Some("Thank you, we've received everything!")),
        ("А доставка в Караганду сколько стоит?", Some("And how much is delivery to Karaganda?")),
        ("Курьер не приехал, хотя обещали до 14:00.", Some("The courier hasn't come, although they promised to be here by 14:00.")),
        ("Пришлите, пожалуйста, счёт на юрлицо.", Some("Please send an invoice made out to our company.")),
        ("Можно поменять адрес доставки?", Some("Can I change the delivery address?")),
    ],
};
