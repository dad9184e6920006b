### Words that reached the screen as a wire value or the server's English: the history of
### actions, errors by code, matched messages in the list, the closing-notes setting.

## The history of actions: what changed (the entry adds who and when).

activity-status = Status changed to { $status }
activity-assigned = Assigned to { $agent }
activity-unassigned = Unassigned
activity-operator-added = { $agent } joined as operator
activity-operator-removed = { $agent } is no longer an operator
activity-tag-added = Tag added: { $tag }
activity-tag-removed = Tag removed: { $tag }
# A deal created or changed; the fields that changed in the same edit follow in brackets.
activity-deal-created = Deal created at stage { $stage }
activity-deal-moved = Deal moved from { $from } to { $to }
activity-deal-changed = Deal changed: { $fields }
deal-field-pipeline = pipeline { $from } → { $to }
deal-field-line = line { $from } → { $to }
deal-field-channel = channel { $from } → { $to }
deal-field-amount = amount { $from } → { $to }
deal-field-other = another field
deal-channel-none = none
activity-channel = Moved from { $from } to { $to }
activity-snoozed = Snoozed until { $until }
activity-unsnoozed = Woken up
activity-closed = Closed the conversation
activity-closed-note = Closed the conversation ({ $category }: { $note })
activity-contact-blocked = Blocked the contact
activity-contact-unblocked = Unblocked the contact
activity-ai-taken-over = Took over from the AI agent
activity-bot-on = Switched the bot on
activity-bot-off = Switched the bot off
activity-automation-started = Started the automation { $name }
activity-automation-stopped = Stopped the automation { $name }
activity-crm-linked = Linked the CRM record { $record }
activity-crm-unlinked = Removed the CRM link
activity-archived = Archived the conversation
activity-unarchived = Brought the conversation back from the archive
unknown-agent = Unknown agent

## Errors by code.

# A provider (AI, translation) is not set up or does not answer; the server's own words follow below.
err-unavailable = This service is not available right now. Tell your administrator if it stays so.

## The chat list while searching: the row shows the message that matched.

matched-in-message = Found in a message

## The closing-notes setting (supervisors and admins).

closing-notes-choice = Closing notes: { $choice }
closing-notes-off = Off
closing-notes-optional = Optional
closing-notes-mandatory = Mandatory
closing-notes-saved = Closing notes setting saved.

## The server's variables in the composer's list ({{contact.first_name}}…).

var-contact-first-name = Contact first name
var-contact-last-name = Contact last name
var-contact-name = Contact full name
var-agent-name = Agent name
var-company-name = Company name
var-deal-stage = Deal stage
var-deal-amount = Deal amount
