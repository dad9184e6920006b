### Слова, які раніше потрапляли на екран значенням протоколу чи англійським текстом
### сервера: історія дій, помилки за кодом, знайдені повідомлення в списку, налаштування
### нотаток під час закриття.

## Історія дій: що змінилося (запис додає хто й коли).

activity-status = Статус змінено на «{ $status }»
activity-assigned = Призначено: { $agent }
activity-unassigned = Призначення знято
activity-operator-added = { $agent } тепер оператор
activity-operator-removed = { $agent } більше не оператор
activity-tag-added = Додано мітку: { $tag }
activity-tag-removed = Вилучено мітку: { $tag }
# A deal created or changed; the fields that changed in the same edit follow in brackets.
activity-deal-created = Угоду створено на етапі «{ $stage }»
activity-deal-moved = Угода перейшла з етапу «{ $from }» на етап «{ $to }»
activity-deal-changed = Угоду змінено: { $fields }
deal-field-pipeline = воронка { $from } → { $to }
deal-field-line = лінія { $from } → { $to }
deal-field-channel = канал { $from } → { $to }
deal-field-amount = сума { $from } → { $to }
deal-field-other = інше поле
deal-channel-none = немає
activity-channel = Перенесено з { $from } до { $to }
activity-snoozed = Відкладено до { $until }
activity-unsnoozed = Повернуто з відкладених
activity-closed = Чат закрито
activity-closed-note = Чат закрито ({ $category }: { $note })
activity-contact-blocked = Клієнта заблоковано
activity-contact-unblocked = Клієнта розблоковано
activity-ai-taken-over = Чат перейнято від ШІ-агента
activity-bot-on = Бота ввімкнено
activity-bot-off = Бота вимкнено
activity-automation-started = Запущено автоматизацію «{ $name }»
activity-automation-stopped = Зупинено автоматизацію «{ $name }»
activity-crm-linked = Прив'язано запис CRM «{ $record }»
activity-crm-unlinked = Зв'язок із CRM вилучено
activity-archived = Чат перенесено в архів
activity-unarchived = Чат повернуто з архіву
unknown-agent = Невідомий оператор

## Помилки за кодом.

# Провайдер (ШІ, переклад) не налаштований або не відповідає; нижче — слова самого сервера.
err-unavailable = Ця служба зараз недоступна. Якщо так і залишиться, повідомте адміністратора.

## Список чатів під час пошуку: рядок показує знайдене повідомлення.

matched-in-message = Знайдено в повідомленні

## Налаштування нотаток під час закриття (супервізори й адміністратори).

closing-notes-choice = Нотатки під час закриття: { $choice }
closing-notes-off = Вимкнено
closing-notes-optional = Необов'язкові
closing-notes-mandatory = Обов'язкові
closing-notes-saved = Налаштування нотаток під час закриття збережено.

## Змінні сервера в списку редактора ({{contact.first_name}}…).

var-contact-first-name = Ім'я клієнта
var-contact-last-name = Прізвище клієнта
var-contact-name = Повне ім'я клієнта
var-agent-name = Ім'я оператора
var-company-name = Назва компанії
var-deal-stage = Етап угоди
var-deal-amount = Сума угоди
