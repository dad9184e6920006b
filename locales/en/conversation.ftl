### The open conversation: its log, messages, message kinds, header, actions and banners.

## Empty and loading states.

no-conversation-selected = No conversation open
no-conversation-selected-hint = Choose a conversation from the list to read and reply.
no-messages = No messages yet.
loading = Loading…
load-older = Load older messages
in-reply-to = In reply to
new-messages = New messages
jump-to-latest = Jump to latest
today = Today
yesterday = Yesterday
search-in-conversation = Search in this conversation
search-previous = Previous match
search-next = Next match
search-close = Close search
search-no-matches = No matches
err-message-gone = That message is no longer in this conversation.

## Messages.

internal-note = Internal note
sending = Sending…
queued = Waiting for the network; it will be sent automatically
not-sent = Not sent
outbox-held = Waiting: the message above was not sent
outbox-editing = Being edited: the messages after it wait
outbox-discard = Discard
retry = Retry
delete = Delete
you = You
unsupported-message = Unsupported message
delivery-sent = Sent
delivery-delivered = Delivered
delivery-read = Read
delivery-failed = Failed
agent = Agent
customer = Customer
ai-agent = AI agent
bot = Bot
system = System

## Message kinds (issue 4).

view-image = Open picture
lightbox-close = Close
attachment-download = Download
attachment-share = Share
attachment-copy-link = Copy link
attachment-link-copied = Link copied
attachment-copy-failed = The link could not be copied
attachments = Attachments
playback-speed = Playback speed
voice-message = Voice message
audio-file = Audio
video-file = Video
sticker-label = Sticker
location-label = Location
open-map = Open map
contact-card-label = Contact card
template-label = Template
email-subject = Subject
email-from = From
email-to = To
email-cc = Cc
email-frame = Email content
email-safety = Shown safely: scripts and remote images are blocked.
email-show-plain = Show plain text
email-show-formatted = Show formatted
email-show-quoted = Show quoted text
email-hide-quoted = Hide quoted text
show-original = Show original
show-translation = Show translation
translation-label = Translation
original-label = Original
auto-translate = Auto-translate
translation-written = Written
translation-received = The customer received

## Message actions and quotes.

quote-in-reply = Quote in reply
message-actions = Message actions
copy-message-link = Copy link to message
edit = Edit

## Conversation log.

history-start = Start of the conversation

## Conversation header, actions, banners and typing (issue 4).

take-into-work = In progress
take-hint = Take into processing: the status becomes In progress, and the conversation is assigned to you if nobody has it.
status-of = Status: { $status }
err-no-way-back = A conversation in progress cannot go back to Open: close or snooze it.
snooze-later-today = Later today
snooze-preset-tomorrow = Tomorrow
snooze-preset-next-week = Next week
snooze-pick = Pick a date and time…
snooze-until = Snooze until
snooze-blocked = A blocked contact's conversation cannot be snoozed.
snooze-closed = A closed conversation cannot be snoozed: reopen it first.
err-snooze-past = Choose a time in the future.
err-snooze-unreadable = Enter a date and a time.
agents = Agents
presence-online = online
presence-away = away
presence-offline = offline
mark-unread = Mark unread
read-without-reply = Read without reply
take-over = Take over
block-contact = Block contact
unblock-contact = Unblock contact
delete-conversation = Delete conversation
cancel = Cancel
block-title = Block this contact?
block-body = Their messages will no longer reach the inbox, and their conversations cannot be snoozed. You can unblock them later.
block-body-hidden = Their messages will no longer reach the inbox, and their conversations cannot be snoozed. You cannot see blocked contacts: this conversation leaves your inbox, and only a supervisor can unblock the contact.
unblock-title = Unblock this contact?
unblock-body = Their messages will reach the inbox again, and their conversations can be snoozed.
delete-title = Delete this conversation?
delete-body = The conversation and all its messages are deleted for everyone. This cannot be undone.
closing-category = Category
closing-text = Closing note
closing-optional = A closing note is optional.
closing-mandatory = A category and a closing note are required.
no-category = No category
err-category-needed = Choose a category.
err-closing-text-needed = Write a closing note.
err-unknown-category = This category is not in the workspace's list.
conversation-state = Conversation state
banner-ai = The AI agent is handling this conversation.
banner-blocked = This contact is blocked: their messages do not reach the inbox.
banner-window-closed = The messaging window closed on { $time }: only approved templates can be sent.
banner-snoozed = Snoozed until { $time }.
banner-no-channel = No connected channel: replies cannot be sent until { $account } is reconnected. Internal notes still work.
business-account = Company account
written-to = to { $account }
typing-one = { $name } is typing…
typing-two = { $a } and { $b } are typing…
typing-many = Several people are typing…
viewing-one = { $name } is viewing
viewing-two = { $a } and { $b } are viewing
viewing-many = Several agents are viewing

## Counted phrases: $n is the number, one variant per plural category of the language.

# The jump-to-latest button: messages below the view.
count-new-count = { $n } new
# Search in a conversation: how many messages match.
count-matches =
    { $n ->
        [one] { $n } match
       *[other] { $n } matches
    }
