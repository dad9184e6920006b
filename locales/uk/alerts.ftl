### Сповіщення: сповіщення браузера, звук і пропозиція їх увімкнути.

alerts-turn-on = Увімкнути сповіщення
alerts-on = Сповіщення увімкнено.
alerts-blocked = Сповіщення для цього сайту заблоковано в налаштуваннях браузера.
alerts-unsupported = Цей браузер не вміє показувати сповіщення.
alerts-banner = Сповіщення
alerts-banner-text = Отримуйте сповіщення, коли клієнт пише, а Switchboard відкрито у фоні.
alerts-not-now = Не зараз
alerts-sound = Звук
alerts-sound-off = Вимкнено
alerts-sound-mine = Згадки та призначені мені
alerts-sound-everything = Усе
alerts-new-message = Нове повідомлення
alerts-mention = Вас згадали в нотатці
alerts-mentioned-by = { $name } згадав(-ла) вас
