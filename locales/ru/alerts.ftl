### Оповещения: уведомления, звук и предложение включить уведомления.

alerts-turn-on = Включить уведомления
alerts-on = Уведомления включены.
alerts-blocked = Уведомления для этого сайта заблокированы в настройках браузера.
alerts-unsupported = Этот браузер не умеет показывать уведомления.
alerts-banner = Уведомления
alerts-banner-text = Получайте уведомление, когда клиент пишет, а Switchboard открыт в фоне.
alerts-not-now = Не сейчас
alerts-sound = Звук
alerts-sound-off = Выключен
alerts-sound-mine = Упоминания и назначенные мне
alerts-sound-everything = Всё
alerts-new-message = Новое сообщение
alerts-mention = Вас упомянули в заметке
alerts-mentioned-by = { $name } упомянул(а) вас
