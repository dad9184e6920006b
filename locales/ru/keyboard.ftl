### Горячие клавиши, их окно и палитра команд.

## Окно «Горячие клавиши».

kb-shortcuts-title = Горячие клавиши
kb-shortcuts-hint = Одиночные клавиши работают, когда вы не печатаете в поле.
kb-group-navigation = Навигация
kb-group-conversation = Открытый диалог
kb-group-composer = Редактор
kb-change-for = Изменить клавиши для «{ $action }»
kb-change = Изменить
kb-recording = Нажмите новые клавиши…
kb-recording-hint = Нажмите новые клавиши для «{ $action }» или Escape, чтобы оставить прежние.
kb-conflict = { $keys } уже используется: «{ $action }».
kb-unusable = { $keys } нельзя назначить.
kb-saved = { $action }: { $keys }
kb-reset = Вернуть по умолчанию
kb-fixed = Не изменяется
kb-close-dialog = Закрыть
kb-or = или

## Действия.

kb-action-show-shortcuts = Показать горячие клавиши
kb-action-command-palette = Открыть палитру команд
kb-action-next-conversation = Следующий диалог
kb-action-previous-conversation = Предыдущий диалог
kb-action-next-unread = Следующий непрочитанный диалог
kb-action-jump-to-latest = К последнему сообщению
kb-action-close = Закрыть диалог
kb-action-snooze = Отложить…
kb-action-assign-to-me = Назначить на себя
kb-action-assign-menu = Назначить…
kb-action-toggle-panel = Показать или скрыть карточку клиента
kb-action-reply-mode = Написать ответ
kb-action-note-mode = Написать заметку
kb-action-focus-composer = Перейти в редактор
kb-action-send = Отправить
kb-fixed-focus-search = Поиск диалогов
kb-no-unread = Других непрочитанных диалогов нет.

## Палитра команд.

kb-palette-title = Палитра команд
kb-palette-input = Найти действие, представление или диалог
kb-palette-results = Результаты
kb-kind-action = Действие
kb-kind-view = Представление
kb-kind-conversation = Диалог
kb-search-for = Искать «{ $text }» в диалогах
kb-status-view = Показать диалоги: { $status }
kb-all-statuses = Показать диалоги во всех статусах
kb-toggle-unanswered = Только без ответа: вкл. или выкл.
kb-no-results = Ничего не найдено.
