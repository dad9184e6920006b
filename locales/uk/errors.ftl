### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = Сервер недоступний. Перевірте з'єднання; написане не загубиться.
err-unauthorized = Сеанс завершено. Входимо знову…
err-rate-limited = Забагато спроб. Зачекайте трохи й спробуйте знову.
err-forbidden = У вас немає прав на цю дію.
err-not-found = Цього об'єкта немає (або вже немає).
err-invalid = Сервер відхилив одне зі значень.
err-conflict = У поточному стані ця дія неможлива.
err-server = Помилка сервера. Повторіть трохи згодом.
err-bad-response = Сервер надіслав відповідь, яку застосунок не може прочитати.
err-empty-message = Напишіть щось перед надсиланням.
err-too-long = Повідомлення задовге.
err-sign-in = Не вдалося увійти.
err-storage = Браузер не дозволяє зберігати чернетки й ненадіслані повідомлення: після закриття сторінки вони зникнуть.
dismiss = Закрити
