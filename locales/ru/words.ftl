### Слова, которые раньше попадали на экран значением протокола или английским текстом
### сервера: история действий, ошибки по коду, найденные сообщения в списке, настройка
### заметок при закрытии.

## История действий: что изменилось (запись добавляет кто и когда).

activity-status = Статус изменён на «{ $status }»
activity-assigned = Назначен: { $agent }
activity-unassigned = Снято назначение
activity-operator-added = { $agent } теперь оператор
activity-operator-removed = { $agent } больше не оператор
activity-tag-added = Добавлена метка: { $tag }
activity-tag-removed = Удалена метка: { $tag }
# A deal created or changed; the fields that changed in the same edit follow in brackets.
activity-deal-created = Сделка создана на этапе «{ $stage }»
activity-deal-moved = Сделка перешла с этапа «{ $from }» на этап «{ $to }»
activity-deal-changed = Сделка изменена: { $fields }
deal-field-pipeline = воронка { $from } → { $to }
deal-field-line = линия { $from } → { $to }
deal-field-channel = канал { $from } → { $to }
deal-field-amount = сумма { $from } → { $to }
deal-field-other = другое поле
deal-channel-none = нет
activity-channel = Перенесён из { $from } в { $to }
activity-snoozed = Отложен до { $until }
activity-unsnoozed = Возвращён из отложенных
activity-closed = Диалог закрыт
activity-closed-note = Диалог закрыт ({ $category }: { $note })
activity-contact-blocked = Клиент заблокирован
activity-contact-unblocked = Клиент разблокирован
activity-ai-taken-over = Диалог принят у ИИ-агента
activity-bot-on = Бот включён
activity-bot-off = Бот выключен
activity-automation-started = Запущена автоматизация «{ $name }»
activity-automation-stopped = Остановлена автоматизация «{ $name }»
activity-crm-linked = Привязана запись CRM «{ $record }»
activity-crm-unlinked = Связь с CRM удалена
activity-archived = Диалог перенесён в архив
activity-unarchived = Диалог возвращён из архива
unknown-agent = Неизвестный оператор

## Ошибки по коду.

# Провайдер (ИИ, перевод) не настроен или не отвечает; ниже — слова самого сервера.
err-unavailable = Эта служба сейчас недоступна. Если так и останется, сообщите администратору.

## Список диалогов во время поиска: строка показывает найденное сообщение.

matched-in-message = Найдено в сообщении

## Настройка заметок при закрытии (супервайзеры и администраторы).

closing-notes-choice = Заметки при закрытии: { $choice }
closing-notes-off = Выключены
closing-notes-optional = Необязательные
closing-notes-mandatory = Обязательные
closing-notes-saved = Настройка заметок при закрытии сохранена.

## Переменные сервера в списке редактора ({{contact.first_name}}…).

var-contact-first-name = Имя клиента
var-contact-last-name = Фамилия клиента
var-contact-name = Полное имя клиента
var-agent-name = Имя оператора
var-company-name = Название компании
var-deal-stage = Этап сделки
var-deal-amount = Сумма сделки
