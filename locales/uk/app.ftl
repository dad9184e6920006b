### Landmarks, statuses, channels and the connection state.

## Landmarks and their parts (UI-CONTRACT.md).

conversations = Діалоги
search-conversations = Пошук діалогів
conversation-list = Список діалогів
conversation = Діалог
messages = Повідомлення
client-details = Інформація про клієнта
contact = Контакт
deal = Угода
tasks = Завдання
notes = Нотатки
composer = Поле відповіді
message-field = Повідомлення
note-field = Примітка
reply = Відповідь
note = Примітка
send = Надіслати
close-conversation = Завершити чат
snooze = Відкласти
assign = Призначити
more-actions = Інші дії
language = Мова

## Statuses and channels.

status-open = Відкритий
status-in-progress = В обробці
status-closed = Завершений
status-snoozed = Відкладений
status-other = Інший
channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-viber = Viber
channel-instagram = Instagram
channel-facebook = Facebook
channel-email = Пошта
channel-webchat = Веб-чат
channel-other = Інший канал

## Connection.

connecting = Підключення…
reconnecting = Зв'язок втрачено. Перепідключаємося…
live = Підключено
