### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Сервер недоступен. Проверьте соединение; написанное не потеряется.
err-unauthorized = Сеанс завершён. Входим снова…
err-rate-limited = Слишком много попыток. Подождите немного и попробуйте снова.
err-forbidden = У вас нет прав на это действие.
err-not-found = Этого объекта нет (или уже нет).
err-invalid = Сервер отклонил одно из значений.
err-conflict = В текущем состоянии это действие невозможно.
err-server = Ошибка сервера. Повторите чуть позже.
err-bad-response = Сервер прислал ответ, который приложение не может прочитать.
err-empty-message = Напишите что-нибудь перед отправкой.
err-too-long = Сообщение слишком длинное.
err-sign-in = Не удалось войти.
err-storage = Браузер не даёт сохранять черновики и неотправленные сообщения: при закрытии страницы они пропадут.
dismiss = Закрыть
