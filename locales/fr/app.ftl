### Landmarks, statuses, channels and the connection state.

## Landmarks and their parts (UI-CONTRACT.md).

conversations = Conversations
search-conversations = Rechercher des conversations
conversation-list = Liste des conversations
conversation = Conversation
messages = Messages
client-details = Détails du client
contact = Contact
deal = Affaire
tasks = Tâches
notes = Notes
composer = Rédaction
message-field = Message
note-field = Commentaire
reply = Répondre
note = Commentaire
send = Envoyer
close-conversation = Fermer la conversation
snooze = Mettre en pause
assign = Attribuer
more-actions = Plus d'actions
language = Langue

## Statuses and channels.

status-open = Ouverte
status-in-progress = En cours
status-closed = Fermée
status-snoozed = En pause
status-other = Autre
channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-viber = Viber
channel-instagram = Instagram
channel-facebook = Facebook
channel-email = E-mail
channel-webchat = Chat web
channel-other = Autre canal

## Connection.

connecting = Connexion…
reconnecting = Connexion perdue. Reconnexion…
live = Connecté
