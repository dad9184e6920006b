### Alerts: notifications, the sound and the offer to turn notifications on.

alerts-turn-on = Turn on notifications
alerts-on = Notifications are on.
alerts-blocked = Notifications are blocked in this browser's settings for this site.
alerts-unsupported = This browser cannot show notifications.
alerts-banner = Notifications
alerts-banner-text = Get a notification when a customer writes while Switchboard is in the background.
alerts-not-now = Not now
alerts-sound = Sound
alerts-sound-off = Off
alerts-sound-mine = Mentions and assigned to me
alerts-sound-everything = Everything
alerts-new-message = New message
alerts-mention = You were mentioned in a note
alerts-mentioned-by = { $name } mentioned you
