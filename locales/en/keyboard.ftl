### Keyboard shortcuts, their dialog and the command palette.

## The "Keyboard shortcuts" dialog.

kb-shortcuts-title = Keyboard shortcuts
kb-shortcuts-hint = Single keys work when you are not typing in a field.
kb-group-navigation = Navigation
kb-group-conversation = Open conversation
kb-group-composer = Composer
kb-change-for = Change the keys of { $action }
kb-change = Change
kb-recording = Press the new keys…
kb-recording-hint = Press the new keys for { $action }, or Escape to keep the old ones.
kb-conflict = { $keys } is already used by “{ $action }”.
kb-unusable = { $keys } cannot be a shortcut.
kb-saved = { $action }: { $keys }
kb-reset = Reset to defaults
kb-fixed = Cannot be changed
kb-close-dialog = Close
kb-or = or

## Actions.

kb-action-show-shortcuts = Show keyboard shortcuts
kb-action-command-palette = Open the command palette
kb-action-next-conversation = Next conversation
kb-action-previous-conversation = Previous conversation
kb-action-next-unread = Next unread conversation
kb-action-jump-to-latest = Jump to the latest message
kb-action-close = Close conversation
kb-action-snooze = Snooze…
kb-action-assign-to-me = Assign to me
kb-action-assign-menu = Assign…
kb-action-toggle-panel = Show or hide client details
kb-action-reply-mode = Write a reply
kb-action-note-mode = Write an internal note
kb-action-focus-composer = Go to the composer
kb-action-send = Send
kb-fixed-focus-search = Search conversations
kb-no-unread = No other unread conversation.

## The command palette.

kb-palette-title = Command palette
kb-palette-input = Find an action, a view or a conversation
kb-palette-results = Results
kb-kind-action = Action
kb-kind-view = View
kb-kind-conversation = Conversation
kb-search-for = Search conversations for “{ $text }”
kb-status-view = Show { $status } conversations
kb-all-statuses = Show conversations of every status
kb-toggle-unanswered = Unanswered only: on or off
kb-no-results = Nothing found.
