### Landmarks, statuses, channels and the connection state.

## Landmarks and their parts (UI-CONTRACT.md).

conversations = Диалоги
search-conversations = Поиск диалогов
conversation-list = Список диалогов
conversation = Диалог
messages = Сообщения
client-details = Информация о клиенте
contact = Контакт
deal = Сделка
tasks = Задачи
notes = Заметки
composer = Поле ответа
message-field = Сообщение
note-field = Комментарий
reply = Ответ
note = Комментарий
send = Отправить
close-conversation = Завершить диалог
snooze = Отложить
assign = Назначить
more-actions = Другие действия
language = Язык

## Statuses and channels.

status-open = Открыт
status-in-progress = В обработке
status-closed = Завершён
status-snoozed = Отложен
status-other = Другой
channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-viber = Viber
channel-instagram = Instagram
channel-facebook = Facebook
channel-email = Почта
channel-webchat = Веб-чат
channel-other = Другой канал

## Connection.

connecting = Подключение…
reconnecting = Связь потеряна. Переподключаемся…
live = Подключено
