### The new outbound message dialog.

## New outbound message.

new-message = Нове повідомлення
find-client = Знайти клієнта
no-client-found = Клієнта не знайдено: створіть нового нижче.
clients-found = Знайдені клієнти
matched-name = за ім’ям
matched-phone = за телефоном
matched-email = за e-mail
matched-external-id = за зовнішнім ID
matched-username = за ім’ям користувача
client-blocked = заблоковано
has-open-conversation = має відкритий діалог
phone-or-email = Новий клієнт: телефон або e-mail
create-client = Створити клієнта
err-new-client-empty = Введіть телефон або e-mail.
err-new-client-email = Це не схоже на адресу e-mail.
err-new-client-phone = У номері телефону від 7 до 15 цифр, наприклад +380 67 123 45 67.
writing-to = Кому: { $name }
choose-channel = Виберіть канал
no-template = Без шаблону
message-text = Текст повідомлення
required = обов’язково
uploading-files = Завантаження…
err-outbound-no-client = Виберіть клієнта або створіть нового.
err-outbound-blocked = Клієнта заблоковано: написати йому не можна.
err-outbound-no-channel = Виберіть канал.
err-outbound-unreachable = З клієнтом не можна зв’язатися цим каналом.
err-outbound-open = У клієнта вже є відкритий діалог: напишіть у ньому або виберіть e-mail.
err-outbound-tags = Виберіть хоча б один тег: у цьому просторі він обов’язковий для нових діалогів.
err-outbound-empty = Напишіть повідомлення, прикріпіть файл або виберіть шаблон.
err-outbound-param = Заповніть поле шаблону «{ $name }».
err-outbound-too-long = Повідомлення довше за { $max } символів.
open-conversation-link = Відкрити цей діалог
