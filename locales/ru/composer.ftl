### The composer: reply and note, templates, emoji, files and voice messages.

## Composer tools.

replying-to = Ответ на
cancel-quote = Убрать цитату
err-quote-not-supported = Цитировать сообщение можно только в WhatsApp и Telegram; { $channel } покажет ответ без цитаты. Во внутренней заметке цитировать можно.
composer-tools = Инструменты редактора
reply-on = Ответить через
subject-hint = Новая тема начинает новую цепочку

## Templates, emoji, variables and mentions.

templates = Шаблоны
emoji = Эмодзи
variables = Переменные
mention = Упомянуть
search-templates = Поиск шаблонов
search-emoji = Поиск эмодзи
emoji-recent = Недавние
emoji-smileys = Смайлики
template-approved = Одобренный шаблон
template-files = Файлы ({ $n }):
template-remove = Убрать шаблон
template-sent-as-is = Отправляется точно как одобрен: заполните его поля.
template-chosen = Шаблон
window-closed-only-templates = Окно переписки { $channel } закрыто: можно отправить только одобренный шаблон. Выберите его кнопкой «Шаблоны» или наберите /.
err-window-closed = Окно переписки { $channel } закрыто: можно отправить только одобренный шаблон.
err-unresolved-variables = У некоторых переменных нет значения в этом диалоге: замените их перед отправкой.
err-template-param = Заполните поле { $n } шаблона.
err-text-with-template = Одобренный шаблон отправляется как есть: очистите текст или уберите шаблон.
sent-as = Будет отправлено:
variables-missing = Здесь нет значения для { $keys }: замените перед отправкой.
mention-team = команда

## Files and voice messages.

attach-files = Прикрепить файлы
attached-files = Прикреплённые файлы
remove-file = Убрать { $name }
cancel-upload = Отменить загрузку { $name }
retry-upload = Повторить загрузку { $name }
uploading-file = Загрузка { $name }
upload-failed = Не загружено:
drop-files-here = Отпустите файлы здесь, чтобы прикрепить их
files-not-attached = Файлы не прикреплены
dismiss-file-errors = Скрыть
err-file-too-large = { $name }: размер файла — не больше { $max }.
err-file-type = { $name }: файлы этого типа отправить нельзя. Можно: { $types }.
err-file-empty = { $name }: файл пуст.
err-file-name = { $name }: имя файла должно быть длиной от 1 до { $max } символов.
err-too-many-files = { $name } не добавлен: в сообщении уже максимальное число файлов ({ $max }).
err-upload-running = Дождитесь окончания загрузки файлов или отмените её.
err-upload-failed = Файл не загружен: повторите загрузку или уберите его перед отправкой.
record-voice = Записать голосовое сообщение
recording-voice = Идёт запись
stop-recording = Остановить запись
record-again = Записать заново
delete-recording = Удалить запись
send-voice = Отправить голосовое сообщение
voice-preview = Записанное голосовое сообщение
err-microphone-denied = Доступ к микрофону запрещён: разрешите его этому сайту в настройках браузера и попробуйте снова.
err-no-microphone = Микрофон не найден: подключите его и попробуйте снова.
err-recorder-unavailable = Этот браузер не может записать здесь голосовое сообщение.
voice-kept-from-reload = Запись прервалась из-за перезагрузки страницы. Записанное до этого момента сохранено: прослушайте, затем отправьте или удалите.

## Counted phrases: $n is the number, one variant per plural category of the language.

count-chars-over =
    { $n ->
        [one] { $n } лишний символ
        [few] { $n } лишних символа
       *[many] { $n } лишних символов
    }

## Warning before sending over another agent's reply.

replied-since = { $name } ответил(а), пока вы смотрели этот разговор. Всё равно отправить? Нажмите «Отправить» ещё раз.
