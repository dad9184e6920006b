### The composer: reply and note, templates, emoji, files and voice messages.

## Composer tools.

replying-to = Відповідь на
cancel-quote = Прибрати цитату
err-quote-not-supported = Цитувати повідомлення можна лише у WhatsApp і Telegram; { $channel } покаже відповідь без цитати. У внутрішній нотатці цитувати можна.
composer-tools = Інструменти редактора
reply-on = Відповісти через
subject-hint = Нова тема починає новий ланцюжок

## Templates, emoji, variables and mentions.

templates = Шаблони
emoji = Емодзі
variables = Змінні
mention = Згадати
search-templates = Пошук шаблонів
search-emoji = Пошук емодзі
emoji-recent = Нещодавні
emoji-smileys = Смайлики
template-approved = Схвалений шаблон
template-files = Файли ({ $n }):
template-remove = Прибрати шаблон
template-sent-as-is = Надсилається точно як схвалений: заповніть його поля.
template-chosen = Шаблон
window-closed-only-templates = Вікно листування { $channel } закрите: можна надіслати лише схвалений шаблон. Виберіть його кнопкою «Шаблони» або наберіть /.
err-window-closed = Вікно листування { $channel } закрите: можна надіслати лише схвалений шаблон.
err-unresolved-variables = Деякі змінні не мають значення в цій розмові: замініть їх перед надсиланням.
err-template-param = Заповніть поле { $n } шаблону.
err-text-with-template = Схвалений шаблон надсилається як є: очистіть текст або приберіть шаблон.
sent-as = Буде надіслано:
variables-missing = Тут немає значення для { $keys }: замініть перед надсиланням.
mention-team = команда

## Files and voice messages.

attach-files = Прикріпити файли
attached-files = Прикріплені файли
remove-file = Прибрати { $name }
cancel-upload = Скасувати завантаження { $name }
retry-upload = Повторити завантаження { $name }
uploading-file = Завантаження { $name }
upload-failed = Не завантажено:
drop-files-here = Відпустіть файли тут, щоб прикріпити їх
files-not-attached = Файли не прикріплено
dismiss-file-errors = Сховати
err-file-too-large = { $name }: розмір файлу — не більше { $max }.
err-file-type = { $name }: файли цього типу надіслати не можна. Можна: { $types }.
err-file-empty = { $name }: файл порожній.
err-file-name = { $name }: назва файлу має містити від 1 до { $max } символів.
err-too-many-files = { $name } не додано: у повідомленні вже максимальна кількість файлів ({ $max }).
err-upload-running = Дочекайтеся завершення завантаження файлів або скасуйте його.
err-upload-failed = Файл не завантажено: повторіть завантаження або приберіть його перед надсиланням.
record-voice = Записати голосове повідомлення
recording-voice = Іде запис
stop-recording = Зупинити запис
record-again = Записати знову
delete-recording = Видалити запис
send-voice = Надіслати голосове повідомлення
voice-preview = Записане голосове повідомлення
err-microphone-denied = Доступ до мікрофона заборонено: дозвольте його цьому сайту в налаштуваннях браузера й спробуйте знову.
err-no-microphone = Мікрофон не знайдено: під’єднайте його й спробуйте знову.
err-recorder-unavailable = Цей браузер не може записати тут голосове повідомлення.
voice-kept-from-reload = Запис перервано перезавантаженням сторінки. Записане до цього моменту збережено: прослухайте, потім надішліть або видаліть.

## Counted phrases: $n is the number, one variant per plural category of the language.

count-chars-over =
    { $n ->
        [one] { $n } зайвий символ
        [few] { $n } зайві символи
       *[many] { $n } зайвих символів
    }

## Warning before sending over another agent's reply.

replied-since = { $name } відповів(ла), поки ви переглядали цю розмову. Все одно надіслати? Натисніть «Надіслати» ще раз.
