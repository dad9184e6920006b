### The new outbound message dialog.

## New outbound message.

new-message = New message
find-client = Find a client
no-client-found = No client found: create one below.
clients-found = Clients found
matched-name = by name
matched-phone = by phone
matched-email = by email
matched-external-id = by external id
matched-username = by username
client-blocked = blocked
has-open-conversation = has an open conversation
phone-or-email = New client: phone or email
create-client = Create client
err-new-client-empty = Type a phone number or an email.
err-new-client-email = This is not a valid email address.
err-new-client-phone = A phone number has 7 to 15 digits, like +380 67 123 45 67.
writing-to = To: { $name }
choose-channel = Choose a channel
no-template = No template
message-text = Message text
required = required
uploading-files = Uploading…
err-outbound-no-client = Choose a client or create one.
err-outbound-blocked = This client is blocked: no message can be sent.
err-outbound-no-channel = Choose a channel.
err-outbound-unreachable = The client cannot be reached on this channel.
err-outbound-open = This client already has an open conversation: write there, or choose email.
err-outbound-tags = Choose at least one tag: this workspace requires tags on new threads.
err-outbound-empty = Write a message, attach a file or choose a template.
err-outbound-param = Fill in the template’s “{ $name }”.
err-outbound-too-long = The message is longer than { $max } characters.
open-conversation-link = Open that conversation
