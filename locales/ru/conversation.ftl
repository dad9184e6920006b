### The open conversation: its log, messages, message kinds, header, actions and banners.

## Empty and loading states.

no-conversation-selected = Диалог не выбран
no-conversation-selected-hint = Выберите диалог в списке, чтобы прочитать его и ответить.
no-messages = Сообщений пока нет.
loading = Загрузка…
load-older = Загрузить более ранние
in-reply-to = В ответ на
new-messages = Новые сообщения
jump-to-latest = К последним
today = Сегодня
yesterday = Вчера
search-in-conversation = Поиск в этом диалоге
search-previous = Предыдущее совпадение
search-next = Следующее совпадение
search-close = Закрыть поиск
search-no-matches = Совпадений нет
err-message-gone = Этого сообщения больше нет в диалоге.

## Messages.

internal-note = Внутренний комментарий
sending = Отправляется…
queued = Ожидает сети; отправится автоматически
not-sent = Не отправлено
outbox-held = Ожидает: сообщение выше не отправлено
outbox-editing = Редактируется: следующие сообщения ждут
outbox-discard = Отменить
retry = Повторить
delete = Удалить
you = Вы
unsupported-message = Неподдерживаемое сообщение
delivery-sent = Отправлено
delivery-delivered = Доставлено
delivery-read = Прочитано
delivery-failed = Ошибка
agent = Оператор
customer = Клиент
ai-agent = ИИ-агент
bot = Бот
system = Система

## Message kinds (issue 4).

view-image = Открыть изображение
lightbox-close = Закрыть
attachment-download = Скачать
attachment-share = Поделиться
attachment-copy-link = Копировать ссылку
attachment-link-copied = Ссылка скопирована
attachment-copy-failed = Не удалось скопировать ссылку
attachments = Вложения
playback-speed = Скорость воспроизведения
voice-message = Голосовое сообщение
audio-file = Аудио
video-file = Видео
sticker-label = Стикер
location-label = Местоположение
open-map = Открыть карту
contact-card-label = Карточка контакта
template-label = Шаблон
email-subject = Тема
email-from = От
email-to = Кому
email-cc = Копия
email-frame = Содержимое письма
email-safety = Показано безопасно: скрипты и внешние изображения заблокированы.
email-show-plain = Показать как текст
email-show-formatted = Показать с оформлением
email-show-quoted = Показать цитату
email-hide-quoted = Скрыть цитату
show-original = Показать оригинал
show-translation = Показать перевод
translation-label = Перевод
original-label = Оригинал
auto-translate = Автоперевод
translation-written = Написано
translation-received = Клиент получил

## Message actions and quotes.

quote-in-reply = Ответить с цитатой
message-actions = Действия с сообщением
copy-message-link = Копировать ссылку на сообщение
edit = Изменить

## Conversation log.

history-start = Начало разговора

## Conversation header, actions, banners and typing (issue 4).

take-into-work = В обработку
take-hint = Взять в обработку: статус станет «В обработке», и диалог назначится на вас, если он ни на кого не назначен.
status-of = Статус: { $status }
err-no-way-back = Диалог в обработке нельзя вернуть в «Открыт»: завершите или отложите его.
snooze-later-today = Позже сегодня
snooze-preset-tomorrow = Завтра
snooze-preset-next-week = На следующей неделе
snooze-pick = Выбрать дату и время…
snooze-until = Отложить до
snooze-blocked = Диалог заблокированного контакта нельзя отложить.
snooze-closed = Завершённый диалог нельзя отложить: сначала откройте его снова.
err-snooze-past = Выберите время в будущем.
err-snooze-unreadable = Укажите дату и время.
agents = Операторы
presence-online = в сети
presence-away = отошёл
presence-offline = не в сети
mark-unread = Отметить непрочитанным
read-without-reply = Прочитано без ответа
take-over = Перехватить
block-contact = Заблокировать контакт
unblock-contact = Разблокировать контакт
delete-conversation = Удалить диалог
cancel = Отмена
block-title = Заблокировать этот контакт?
block-body = Его сообщения перестанут поступать во входящие, а его диалоги нельзя будет отложить. Позже контакт можно разблокировать.
block-body-hidden = Его сообщения перестанут поступать во входящие, а его диалоги нельзя будет отложить. Вам не видны заблокированные контакты: этот диалог исчезнет из ваших входящих, и разблокировать контакт сможет только супервайзер.
unblock-title = Разблокировать этот контакт?
unblock-body = Его сообщения снова будут поступать во входящие, а диалоги можно будет отложить.
delete-title = Удалить этот диалог?
delete-body = Диалог и все его сообщения будут удалены для всех. Это нельзя отменить.
closing-category = Категория
closing-text = Комментарий к завершению
closing-optional = Комментарий к завершению необязателен.
closing-mandatory = Нужны категория и комментарий к завершению.
no-category = Без категории
err-category-needed = Выберите категорию.
err-closing-text-needed = Напишите комментарий к завершению.
err-unknown-category = Такой категории нет в списке.
conversation-state = Состояние диалога
banner-ai = Диалог ведёт ИИ-агент.
banner-blocked = Контакт заблокирован: его сообщения не поступают во входящие.
banner-window-closed = Окно переписки закрылось { $time }: можно отправлять только одобренные шаблоны.
banner-snoozed = Отложен до { $time }.
banner-no-channel = Нет подключённого канала: ответы нельзя отправить, пока { $account } не подключат снова. Внутренние комментарии по-прежнему доступны.
business-account = Аккаунт компании
written-to = кому: { $account }
typing-one = { $name } печатает…
typing-two = { $a } и { $b } печатают…
typing-many = Печатают несколько человек…
viewing-one = { $name } просматривает
viewing-two = { $a } и { $b } просматривают
viewing-many = Просматривают несколько агентов

## Counted phrases: $n is the number, one variant per plural category of the language.

count-new-count =
    { $n ->
        [one] { $n } новое
        [few] { $n } новых
       *[many] { $n } новых
    }
count-matches =
    { $n ->
        [one] { $n } совпадение
        [few] { $n } совпадения
       *[many] { $n } совпадений
    }
