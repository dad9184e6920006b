### The new outbound message dialog.

## New outbound message.

new-message = Новое сообщение
find-client = Найти клиента
no-client-found = Клиент не найден: создайте нового ниже.
clients-found = Найденные клиенты
matched-name = по имени
matched-phone = по телефону
matched-email = по e-mail
matched-external-id = по внешнему ID
matched-username = по имени пользователя
client-blocked = заблокирован
has-open-conversation = есть открытый диалог
phone-or-email = Новый клиент: телефон или e-mail
create-client = Создать клиента
err-new-client-empty = Введите телефон или e-mail.
err-new-client-email = Это не похоже на адрес e-mail.
err-new-client-phone = В номере телефона от 7 до 15 цифр, например +380 67 123 45 67.
writing-to = Кому: { $name }
choose-channel = Выберите канал
no-template = Без шаблона
message-text = Текст сообщения
required = обязательно
uploading-files = Загрузка…
err-outbound-no-client = Выберите клиента или создайте нового.
err-outbound-blocked = Клиент заблокирован: написать ему нельзя.
err-outbound-no-channel = Выберите канал.
err-outbound-unreachable = С клиентом нельзя связаться по этому каналу.
err-outbound-open = У клиента уже есть открытый диалог: напишите в нём или выберите e-mail.
err-outbound-tags = Выберите хотя бы один тег: в этом пространстве он обязателен для новых диалогов.
err-outbound-empty = Напишите сообщение, прикрепите файл или выберите шаблон.
err-outbound-param = Заполните поле шаблона «{ $name }».
err-outbound-too-long = Сообщение длиннее { $max } символов.
open-conversation-link = Открыть этот диалог
