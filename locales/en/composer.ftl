### The composer: reply and note, templates, emoji, files and voice messages.

## Composer tools.

replying-to = Replying to
cancel-quote = Remove quote
err-quote-not-supported = Quoting a message is only possible on WhatsApp and Telegram; { $channel } shows the reply without the quote. An internal note can still quote it.
composer-tools = Composer tools
reply-on = Reply on
subject-hint = A new subject starts a new thread

## Templates, emoji, variables and mentions.

templates = Templates
emoji = Emoji
variables = Variables
mention = Mention
search-templates = Search templates
search-emoji = Search emoji
emoji-recent = Recent
emoji-smileys = Smileys
template-approved = Approved template
template-files = Files ({ $n }):
template-remove = Remove template
template-sent-as-is = Sent exactly as approved: fill in its fields.
template-chosen = Template
window-closed-only-templates = The { $channel } messaging window has closed: only an approved template can be sent. Choose one with Templates or by typing /.
err-window-closed = The { $channel } messaging window has closed: only an approved template can be sent.
err-unresolved-variables = Some variables have no value in this conversation: replace them before sending.
err-template-param = Fill in field { $n } of the template.
err-text-with-template = An approved template is sent as it is: clear the text or remove the template.
sent-as = Sent as:
variables-missing = No value here for { $keys }: replace them before sending.
mention-team = team

## Files and voice messages.

attach-files = Attach files
attached-files = Attached files
remove-file = Remove { $name }
cancel-upload = Cancel upload of { $name }
retry-upload = Retry upload of { $name }
uploading-file = Uploading { $name }
upload-failed = Not uploaded:
drop-files-here = Drop files here to attach them
files-not-attached = Files not attached
dismiss-file-errors = Dismiss
err-file-too-large = { $name }: files may be at most { $max }.
err-file-type = { $name }: files of this type cannot be sent. Allowed: { $types }.
err-file-empty = { $name }: the file is empty.
err-file-name = { $name }: a file name must have 1 to { $max } characters.
err-too-many-files = { $name } was not added: a message can carry at most { $max } files.
err-upload-running = Wait until the files have uploaded, or cancel them.
err-upload-failed = A file was not uploaded: retry or remove it before sending.
record-voice = Record voice message
recording-voice = Recording
stop-recording = Stop recording
record-again = Record again
delete-recording = Delete recording
send-voice = Send voice message
voice-preview = Recorded voice message
err-microphone-denied = The microphone is not allowed: let this site use it in the browser’s site settings, then try again.
err-no-microphone = No microphone was found: connect one and try again.
err-recorder-unavailable = This browser cannot record voice messages here.
voice-kept-from-reload = The recording was cut short by a reload. What was recorded up to then is kept: listen to it, then send or delete it.

## Counted phrases: $n is the number, one variant per plural category of the language.

# The composer's counter when the text is too long.
count-chars-over =
    { $n ->
        [one] { $n } character too many
       *[other] { $n } characters too many
    }

## Warning before sending over another agent's reply.

replied-since = { $name } replied since you opened this conversation. Send anyway? Press Send again.
