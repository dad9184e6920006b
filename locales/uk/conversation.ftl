### The open conversation: its log, messages, message kinds, header, actions and banners.

## Empty and loading states.

no-conversation-selected = Чат не вибрано
no-conversation-selected-hint = Виберіть чат у списку, щоб прочитати його й відповісти.
no-messages = Повідомлень ще немає.
loading = Завантаження…
load-older = Завантажити попередні
in-reply-to = У відповідь на
new-messages = Нові повідомлення
jump-to-latest = До останніх
today = Сьогодні
yesterday = Учора
search-in-conversation = Пошук у цій розмові
search-previous = Попередній збіг
search-next = Наступний збіг
search-close = Закрити пошук
search-no-matches = Збігів немає
err-message-gone = Цього повідомлення більше немає в розмові.

## Messages.

internal-note = Внутрішня примітка
sending = Надсилається…
queued = Очікує на мережу; надішлеться автоматично
not-sent = Не надіслано
outbox-held = Очікує: повідомлення вище не надіслано
outbox-editing = Редагується: наступні повідомлення чекають
outbox-discard = Скасувати
retry = Повторити
delete = Видалити
you = Ви
unsupported-message = Непідтримуване повідомлення
delivery-sent = Надіслано
delivery-delivered = Доставлено
delivery-read = Прочитано
delivery-failed = Помилка
agent = Оператор
customer = Клієнт
ai-agent = ШІ-агент
bot = Бот
system = Система

## Message kinds (issue 4).

view-image = Відкрити зображення
lightbox-close = Закрити
attachment-download = Завантажити
attachment-share = Поділитися
attachment-copy-link = Копіювати посилання
attachment-link-copied = Посилання скопійовано
attachment-copy-failed = Не вдалося скопіювати посилання
attachments = Вкладення
playback-speed = Швидкість відтворення
voice-message = Голосове повідомлення
audio-file = Аудіо
video-file = Відео
sticker-label = Стікер
location-label = Місцезнаходження
open-map = Відкрити карту
contact-card-label = Картка контакту
template-label = Шаблон
email-subject = Тема
email-from = Від
email-to = Кому
email-cc = Копія
email-frame = Вміст листа
email-safety = Показано безпечно: скрипти та зовнішні зображення заблоковано.
email-show-plain = Показати як текст
email-show-formatted = Показати з оформленням
email-show-quoted = Показати цитату
email-hide-quoted = Сховати цитату
show-original = Показати оригінал
show-translation = Показати переклад
translation-label = Переклад
original-label = Оригінал
auto-translate = Автопереклад
translation-written = Написано
translation-received = Клієнт отримав

## Message actions and quotes.

quote-in-reply = Відповісти з цитатою
message-actions = Дії з повідомленням
copy-message-link = Копіювати посилання на повідомлення
edit = Змінити

## Conversation log.

history-start = Початок розмови

## Conversation header, actions, banners and typing (issue 4).

take-into-work = В обробку
take-hint = Взяти в обробку: статус стане «В обробці», і чат призначиться вам, якщо він ні на кого не призначений.
status-of = Статус: { $status }
err-no-way-back = Чат в обробці не можна повернути у «Відкритий»: завершіть або відкладіть його.
snooze-later-today = Пізніше сьогодні
snooze-preset-tomorrow = Завтра
snooze-preset-next-week = Наступного тижня
snooze-pick = Вибрати дату й час…
snooze-until = Відкласти до
snooze-blocked = Чат заблокованого контакту не можна відкласти.
snooze-closed = Завершений чат не можна відкласти: спершу відкрийте його знову.
err-snooze-past = Виберіть час у майбутньому.
err-snooze-unreadable = Вкажіть дату й час.
agents = Оператори
presence-online = у мережі
presence-away = відійшов
presence-offline = не в мережі
mark-unread = Позначити непрочитаним
read-without-reply = Прочитано без відповіді
take-over = Перехопити
block-contact = Заблокувати контакт
unblock-contact = Розблокувати контакт
delete-conversation = Видалити чат
cancel = Скасувати
block-title = Заблокувати цей контакт?
block-body = Його повідомлення більше не надходитимуть до вхідних, а його чати не можна буде відкласти. Пізніше контакт можна розблокувати.
block-body-hidden = Його повідомлення більше не надходитимуть до вхідних, а його чати не можна буде відкласти. Вам не видно заблокованих контактів: цей чат зникне з ваших вхідних, і розблокувати контакт зможе лише супервайзер.
unblock-title = Розблокувати цей контакт?
unblock-body = Його повідомлення знову надходитимуть до вхідних, а чати можна буде відкласти.
delete-title = Видалити цей чат?
delete-body = Чат і всі його повідомлення буде видалено для всіх. Це не можна скасувати.
closing-category = Категорія
closing-text = Коментар до завершення
closing-optional = Коментар до завершення необов'язковий.
closing-mandatory = Потрібні категорія й коментар до завершення.
no-category = Без категорії
err-category-needed = Виберіть категорію.
err-closing-text-needed = Напишіть коментар до завершення.
err-unknown-category = Такої категорії немає в списку.
conversation-state = Стан чату
banner-ai = Чат веде ШІ-агент.
banner-blocked = Контакт заблоковано: його повідомлення не надходять до вхідних.
banner-window-closed = Вікно листування закрилося { $time }: можна надсилати лише схвалені шаблони.
banner-snoozed = Відкладено до { $time }.
banner-no-channel = Немає підключеного каналу: відповіді не можна надіслати, доки { $account } не підключать знову. Внутрішні примітки й далі доступні.
business-account = Акаунт компанії
written-to = кому: { $account }
typing-one = { $name } друкує…
typing-two = { $a } і { $b } друкують…
typing-many = Друкують кілька людей…
viewing-one = { $name } переглядає
viewing-two = { $a } і { $b } переглядають
viewing-many = Переглядають кілька агентів

## Counted phrases: $n is the number, one variant per plural category of the language.

count-new-count =
    { $n ->
        [one] { $n } нове
        [few] { $n } нові
       *[many] { $n } нових
    }
count-matches =
    { $n ->
        [one] { $n } збіг
        [few] { $n } збіги
       *[many] { $n } збігів
    }
