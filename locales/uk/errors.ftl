### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Сервер недоступний. Перевірте з'єднання; написане не загубиться.
err-storage = Браузер не дозволяє зберігати чернетки й ненадіслані повідомлення: після закриття сторінки вони зникнуть.
dismiss = Закрити
