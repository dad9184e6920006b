### The chat list: mailboxes, views, filters, sorting, rows and their menu.

## Chat list controls.

no-conversations = Здесь нет диалогов.
# Pull to refresh on touch screens: while pulling, once far enough, while loading.
list-pull-to-refresh = Потяните, чтобы обновить
list-release-to-refresh = Отпустите, чтобы обновить
list-refreshing = Обновляем…
mailbox = Почтовый ящик
mailbox-all = Все
mailbox-mine = Мои
mailbox-unassigned = Не назначены
mailbox-blocked = Заблокированные контакты
mailbox-mentions = Упоминания
status-tabs = Статус
tab-all = Все
unanswered = Без ответа
sort = Сортировка
sort-newest = Сначала новые
sort-oldest = Сначала старые
sort-longest-any = Дольше всего в статусе
sort-shortest-any = Недавно в статусе
sort-longest-open = Дольше всего открыты
sort-shortest-open = Недавно открыты
sort-longest-in-progress = Дольше всего в обработке
sort-shortest-in-progress = Недавно в обработке
sort-longest-closed = Дольше всего закрыты
sort-shortest-closed = Недавно закрыты
sort-longest-snoozed = Дольше всего отложены
sort-shortest-snoozed = Недавно отложены
clear-unanswered = Снова показать все диалоги
err-bad-link = Настройки списка в этой ссылке недействительны; показан список по умолчанию.
filters = Фильтры
filter-channels = Мессенджеры
filter-statuses = Статусы
filter-operators = Операторы
filter-tags = Теги
archived = Архив
remove-filter = Убрать фильтр
clear-filters = Сбросить фильтры
active-filters = Активные фильтры

## Row details, row menu and swipe (issue 3).

typing = печатает…
until = до { $when }
assigned-to = Назначен: { $name }
attachment = Вложение
system-notice = Системное уведомление
row-actions = Действия с диалогом
mark-as-read = Отметить как прочитанный
mark-as-unread = Отметить как непрочитанный
close-action = Завершить
reopen = Возобновить
unsnooze = Вернуть из отложенных
snooze-one-hour = Отложить на 1 час
snooze-tomorrow = Отложить до завтра, 9:00
snooze-next-week = Отложить до следующей недели
assign-to-me = Назначить на меня
unassign = Снять назначение
copy-link = Копировать ссылку
open-in-new-tab = Открыть в новой вкладке
link-copied = Ссылка скопирована
err-clipboard = Не удалось скопировать ссылку в буфер обмена.
closing-note-required = Чтобы завершить этот диалог, нужна заметка о закрытии: откройте его и завершите из заголовка.
done-read = Отмечен как прочитанный
done-unread = Отмечен как непрочитанный
done-closed = Диалог завершён
done-reopened = Диалог возобновлён
done-snoozed = Диалог отложен
done-assigned = Назначен на вас
done-unassigned = Назначение снято

## Mailboxes, custom views and search (issue 3).

mailbox-teams = Команды
mailbox-my-views = Мои представления
mailbox-shared-views = Доступные мне
mailbox-gone = Недоступный ящик
view-save = Сохранить представление
view-save-hint = Сохраняет текущие фильтры, статус и поиск как собственный ящик.
view-name = Название представления
view-shared = Открыть другим операторам
view-save-submit = Сохранить
view-cancel = Отмена
view-delete = Удалить представление
view-delete-question = Удалить это представление? Операторы, с которыми им поделились, тоже его потеряют.
err-view-name-empty = Дайте представлению название.
err-view-name-too-long = Название может быть не длиннее 80 символов.
err-view-name-taken = У вас уже есть представление с таким названием.
err-view-not-saved = Представление не сохранено.
err-view-not-deleted = Представление не удалено.
search-shortcut-hint = Нажмите / или Ctrl+K для поиска, Esc — очистить

## Counted phrases: $n is the number, one variant per plural category of the language.

count-unread =
    { $n ->
        [one] { $n } непрочитанное
       *[many] { $n } непрочитанных
    }
count-conversations =
    { $n ->
        [one] { $n } диалог
        [few] { $n } диалога
       *[many] { $n } диалогов
    }
