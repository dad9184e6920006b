//! Ukrainian (falls back to English key by key).

use super::{Count, Msg, PluralCategory};

/// The Ukrainian text of a key, if translated.
pub(super) fn text(msg: Msg) -> Option<&'static str> {
    use Msg::*;
    Some(match msg {
        Conversations => "Діалоги",
        SearchConversations => "Пошук діалогів",
        ConversationList => "Список діалогів",
        Conversation => "Діалог",
        Messages => "Повідомлення",
        ClientDetails => "Інформація про клієнта",
        Contact => "Контакт",
        Deal => "Угода",
        Tasks => "Завдання",
        Notes => "Нотатки",
        Composer => "Поле відповіді",
        MessageField => "Повідомлення",
        NoteField => "Примітка",
        Reply => "Відповідь",
        Note => "Примітка",
        Send => "Надіслати",
        CloseConversation => "Завершити чат",
        Snooze => "Відкласти",
        Assign => "Призначити",
        MoreActions => "Інші дії",
        Language => "Мова",
        StatusOpen => "Відкритий",
        StatusInProgress => "В обробці",
        StatusClosed => "Завершений",
        StatusSnoozed => "Відкладений",
        ChannelEmail => "Пошта",
        ChannelWebchat => "Веб-чат",
        NoConversationSelected => "Чат не вибрано",
        NoConversationSelectedHint => "Виберіть чат у списку, щоб прочитати його й відповісти.",
        NoConversations => "Тут немає чатів.",
        NoMessages => "Повідомлень ще немає.",
        Loading => "Завантаження…",
        LoadOlder => "Завантажити попередні",
        InternalNote => "Внутрішня примітка",
        Sending => "Надсилається…",
        NotSent => "Не надіслано",
        Retry => "Повторити",
        Delete => "Видалити",
        You => "Ви",
        UnsupportedMessage => "Непідтримуване повідомлення",
        DeliverySent => "Надіслано",
        DeliveryDelivered => "Доставлено",
        DeliveryRead => "Прочитано",
        DeliveryFailed => "Помилка",
        Customer => "Клієнт",
        Name => "Ім'я",
        Phone => "Телефон",
        Account => "Акаунт",
        Country => "Країна",
        CustomerLanguage => "Мова",
        Source => "Джерело",
        Tags => "Теги",
        Created => "Створено",
        Assignee => "Оператор",
        Unassigned => "Не призначено",
        Stage => "Стадія",
        Amount => "Сума",
        Channel => "Канал",
        Status => "Статус",
        Connecting => "Підключення…",
        Reconnecting => "Зв'язок втрачено. Перепідключаємося…",
        ErrNetwork => "Сервер недоступний. Перевірте з'єднання; написане не загубиться.",
        Mailbox => "Поштова скринька",
        MailboxAll => "Усі",
        MailboxMine => "Мої",
        MailboxUnassigned => "Не призначені",
        MailboxBlocked => "Заблоковані контакти",
        StatusTabs => "Статус",
        TabAll => "Усі",
        Unanswered => "Без відповіді",
        Sort => "Сортування",
        SortNewest => "Спочатку нові",
        SortOldest => "Спочатку старі",
        Filters => "Фільтри",
        FilterChannels => "Месенджери",
        FilterStatuses => "Статуси",
        FilterOperators => "Оператори",
        FilterTags => "Теги",
        Archived => "Архів",
        RemoveFilter => "Прибрати фільтр",
        ClearFilters => "Скинути фільтри",
        ErrStorage => "Браузер не дозволяє зберігати чернетки й ненадіслані повідомлення: після закриття сторінки вони зникнуть.",
        Dismiss => "Закрити",
        // == Row details, row menu and swipe (issue 3): add here. ==
        //
        //
        //
        // == Mailboxes, custom views and search (issue 3): add here. ==
        //
        //
        //
        _ => return None,
    })
}

/// The Ukrainian form of a counted phrase, if translated.
pub(super) fn count(what: Count, cat: PluralCategory) -> Option<&'static str> {
    use PluralCategory::*;
    Some(match (what, cat) {
        (Count::Unread, One) => "{n} непрочитане",
        (Count::Unread, Few) => "{n} непрочитані",
        (Count::Unread, _) => "{n} непрочитаних",
        (Count::Conversations, One) => "{n} чат",
        (Count::Conversations, Few) => "{n} чати",
        (Count::Conversations, _) => "{n} чатів",
        _ => return None,
    })
}
