### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Сервер недоступен. Проверьте соединение; написанное не потеряется.
err-server = Ошибка сервера. Повторите чуть позже.
err-empty-message = Напишите что-нибудь перед отправкой.
err-storage = Браузер не даёт сохранять черновики и неотправленные сообщения: при закрытии страницы они пропадут.
dismiss = Закрыть
