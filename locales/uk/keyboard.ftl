### Гарячі клавіші, їхнє вікно та палітра команд.

## Вікно «Гарячі клавіші».

kb-shortcuts-title = Гарячі клавіші
kb-shortcuts-hint = Окремі клавіші працюють, коли ви не друкуєте в полі.
kb-group-navigation = Навігація
kb-group-conversation = Відкритий діалог
kb-group-composer = Редактор
kb-change-for = Змінити клавіші для «{ $action }»
kb-change = Змінити
kb-recording = Натисніть нові клавіші…
kb-recording-hint = Натисніть нові клавіші для «{ $action }» або Escape, щоб залишити попередні.
kb-conflict = { $keys } вже використовується: «{ $action }».
kb-unusable = { $keys } не можна призначити.
kb-saved = { $action }: { $keys }
kb-reset = Повернути типові
kb-fixed = Не змінюється
kb-close-dialog = Закрити
kb-or = або

## Дії.

kb-action-show-shortcuts = Показати гарячі клавіші
kb-action-command-palette = Відкрити палітру команд
kb-action-next-conversation = Наступний діалог
kb-action-previous-conversation = Попередній діалог
kb-action-next-unread = Наступний непрочитаний діалог
kb-action-jump-to-latest = До останнього повідомлення
kb-action-close = Закрити діалог
kb-action-snooze = Відкласти…
kb-action-assign-to-me = Призначити на себе
kb-action-assign-menu = Призначити…
kb-action-toggle-panel = Показати або сховати картку клієнта
kb-action-reply-mode = Написати відповідь
kb-action-note-mode = Написати нотатку
kb-action-focus-composer = Перейти до редактора
kb-action-send = Надіслати
kb-fixed-focus-search = Пошук діалогів
kb-no-unread = Інших непрочитаних діалогів немає.

## Палітра команд.

kb-palette-title = Палітра команд
kb-palette-input = Знайти дію, подання або діалог
kb-palette-results = Результати
kb-kind-action = Дія
kb-kind-view = Подання
kb-kind-conversation = Діалог
kb-search-for = Шукати «{ $text }» у діалогах
kb-status-view = Показати діалоги: { $status }
kb-all-statuses = Показати діалоги в усіх статусах
kb-toggle-unanswered = Лише без відповіді: увімк. або вимк.
kb-no-results = Нічого не знайдено.
