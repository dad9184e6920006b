### Alertes : notifications, son et proposition d'activer les notifications.

alerts-turn-on = Activer les notifications
alerts-on = Les notifications sont activées.
alerts-blocked = Les notifications sont bloquées dans les réglages de ce navigateur pour ce site.
alerts-unsupported = Ce navigateur ne peut pas afficher de notifications.
alerts-banner = Notifications
alerts-banner-text = Recevez une notification quand un client écrit pendant que Switchboard est en arrière-plan.
alerts-not-now = Plus tard
alerts-sound = Son
alerts-sound-off = Désactivé
alerts-sound-mine = Mentions et conversations qui me sont assignées
alerts-sound-everything = Tout
alerts-new-message = Nouveau message
alerts-mention = Vous avez été mentionné dans une note
alerts-mentioned-by = { $name } vous a mentionné
