### Landmarks, statuses, channels and the connection state.

## Landmarks and their parts (UI-CONTRACT.md).

conversations = Conversations
search-conversations = Search conversations
conversation-list = Conversation list
conversation = Conversation
messages = Messages
client-details = Client details
contact = Contact
deal = Deal
tasks = Tasks
notes = Notes
composer = Composer
message-field = Message
note-field = Note
reply = Reply
note = Note
send = Send
close-conversation = Close conversation
snooze = Snooze
assign = Assign
more-actions = More actions
language = Language

## Statuses and channels.

status-open = Open
status-in-progress = In progress
status-closed = Closed
status-snoozed = Snoozed
status-other = Other
channel-telegram = Telegram
channel-whatsapp = WhatsApp
channel-viber = Viber
channel-instagram = Instagram
channel-facebook = Facebook
channel-email = Email
channel-webchat = Web chat
channel-other = Other channel

## Connection.

connecting = Connecting…
reconnecting = Connection lost. Reconnecting…
live = Connected
