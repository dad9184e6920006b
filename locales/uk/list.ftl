### The chat list: mailboxes, views, filters, sorting, rows and their menu.

## Chat list controls.

no-conversations = Тут немає чатів.
# Pull to refresh on touch screens: while pulling, once far enough, while loading.
list-pull-to-refresh = Потягніть, щоб оновити
list-release-to-refresh = Відпустіть, щоб оновити
list-refreshing = Оновлюємо…
mailbox = Поштова скринька
mailbox-all = Усі
mailbox-mine = Мої
mailbox-unassigned = Не призначені
mailbox-blocked = Заблоковані контакти
mailbox-mentions = Згадки
status-tabs = Статус
tab-all = Усі
unanswered = Без відповіді
sort = Сортування
sort-newest = Спочатку нові
sort-oldest = Спочатку старі
sort-longest-any = Найдовше в статусі
sort-shortest-any = Нещодавно в статусі
sort-longest-open = Найдовше відкриті
sort-shortest-open = Нещодавно відкриті
sort-longest-in-progress = Найдовше в обробці
sort-shortest-in-progress = Нещодавно в обробці
sort-longest-closed = Найдовше завершені
sort-shortest-closed = Нещодавно завершені
sort-longest-snoozed = Найдовше відкладені
sort-shortest-snoozed = Нещодавно відкладені
clear-unanswered = Знову показати всі чати
err-bad-link = Налаштування списку в цьому посиланні недійсні; показано список за замовчуванням.
filters = Фільтри
filter-channels = Месенджери
filter-statuses = Статуси
filter-operators = Оператори
filter-tags = Теги
archived = Архів
remove-filter = Прибрати фільтр
clear-filters = Скинути фільтри
active-filters = Активні фільтри

## Row details, row menu and swipe (issue 3).

typing = друкує…
until = до { $when }
assigned-to = Призначено: { $name }
attachment = Вкладення
system-notice = Системне сповіщення
row-actions = Дії з діалогом
mark-as-read = Позначити як прочитаний
mark-as-unread = Позначити як непрочитаний
close-action = Завершити
reopen = Відновити
unsnooze = Повернути з відкладених
snooze-one-hour = Відкласти на 1 годину
snooze-tomorrow = Відкласти до завтра, 9:00
snooze-next-week = Відкласти до наступного тижня
assign-to-me = Призначити мені
unassign = Зняти призначення
copy-link = Копіювати посилання
open-in-new-tab = Відкрити в новій вкладці
link-copied = Посилання скопійовано
err-clipboard = Не вдалося скопіювати посилання в буфер обміну.
closing-note-required = Щоб завершити цей діалог, потрібна примітка про закриття: відкрийте його й завершіть із заголовка.
done-read = Позначено як прочитаний
done-unread = Позначено як непрочитаний
done-closed = Діалог завершено
done-reopened = Діалог відновлено
done-snoozed = Діалог відкладено
done-assigned = Призначено вам
done-unassigned = Призначення знято

## Mailboxes, custom views and search (issue 3).

mailbox-teams = Команди
mailbox-my-views = Мої подання
mailbox-shared-views = Доступні мені
mailbox-gone = Недоступна скринька
view-save = Зберегти подання
view-save-hint = Зберігає поточні фільтри, статус і пошук як власну скриньку.
view-name = Назва подання
view-shared = Відкрити іншим операторам
view-save-submit = Зберегти
view-cancel = Скасувати
view-delete = Видалити подання
view-delete-question = Видалити це подання? Оператори, з якими ним поділилися, теж його втратять.
err-view-name-empty = Дайте поданню назву.
err-view-name-too-long = Назва може містити щонайбільше 80 символів.
err-view-name-taken = У вас уже є подання з такою назвою.
err-view-not-saved = Подання не збережено.
err-view-not-deleted = Подання не видалено.
search-shortcut-hint = Натисніть / або Ctrl+K для пошуку, Esc — очистити

## Counted phrases: $n is the number, one variant per plural category of the language.

count-unread =
    { $n ->
        [one] { $n } непрочитане
        [few] { $n } непрочитані
       *[many] { $n } непрочитаних
    }
count-conversations =
    { $n ->
        [one] { $n } чат
        [few] { $n } чати
       *[many] { $n } чатів
    }
