### The chat list: mailboxes, views, filters, sorting, rows and their menu.

## Chat list controls.

no-conversations = No conversations here.
# Pull to refresh on touch screens: while pulling, once far enough, while loading.
list-pull-to-refresh = Pull to refresh
list-release-to-refresh = Release to refresh
list-refreshing = Refreshing…
mailbox = Mailbox
mailbox-all = All
mailbox-mine = Mine
mailbox-unassigned = Unassigned
mailbox-blocked = Blocked contacts
mailbox-mentions = Mentions
status-tabs = Status
tab-all = All
unanswered = Unanswered
sort = Sort
sort-newest = Newest message
sort-oldest = Oldest message
sort-longest-any = Longest in status
sort-shortest-any = Shortest in status
sort-longest-open = Longest open
sort-shortest-open = Shortest open
sort-longest-in-progress = Longest in progress
sort-shortest-in-progress = Shortest in progress
sort-longest-closed = Longest closed
sort-shortest-closed = Shortest closed
sort-longest-snoozed = Longest snoozed
sort-shortest-snoozed = Shortest snoozed
clear-unanswered = Show all conversations again
err-bad-link = This link's list settings are not valid; showing the default list.
filters = Filters
filter-channels = Channels
filter-statuses = Statuses
filter-operators = Operators
filter-tags = Tags
archived = Archived
remove-filter = Remove filter
clear-filters = Clear filters
active-filters = Active filters

## Row details, row menu and swipe (issue 3).

typing = typing…
until = until { $when }
assigned-to = Assigned to { $name }
attachment = Attachment
system-notice = System notice
row-actions = Conversation actions
mark-as-read = Mark as read
mark-as-unread = Mark as unread
close-action = Close
reopen = Reopen
unsnooze = Unsnooze
snooze-one-hour = Snooze for 1 hour
snooze-tomorrow = Snooze until tomorrow 9:00
snooze-next-week = Snooze until next week
assign-to-me = Assign to me
unassign = Unassign
copy-link = Copy link
open-in-new-tab = Open in a new tab
link-copied = Link copied
err-clipboard = The link could not be copied to the clipboard.
closing-note-required = Closing this conversation needs a closing note: open it and close it from its header.
done-read = Marked as read
done-unread = Marked as unread
done-closed = Conversation closed
done-reopened = Conversation reopened
done-snoozed = Conversation snoozed
done-assigned = Assigned to you
done-unassigned = Assignee removed

## Mailboxes, custom views and search (issue 3).

mailbox-teams = Teams
mailbox-my-views = My views
mailbox-shared-views = Shared with me
mailbox-gone = Unavailable mailbox
view-save = Save view
view-save-hint = Saves the current filters, status and search as a mailbox of your own.
view-name = View name
view-shared = Share with other agents
view-save-submit = Save
view-cancel = Cancel
view-delete = Delete view
view-delete-question = Delete this view? Agents it is shared with lose it too.
err-view-name-empty = Give the view a name.
err-view-name-too-long = The name can be at most 80 characters.
err-view-name-taken = You already have a view with this name.
err-view-not-saved = The view was not saved.
err-view-not-deleted = The view was not deleted.
search-shortcut-hint = Press / or Ctrl+K to search, Esc to clear

## Counted phrases: $n is the number, one variant per plural category of the language.

# The unread badge of a row and of a mailbox.
count-unread = { $n } unread
# How many conversations a list or mailbox holds.
count-conversations =
    { $n ->
        [one] { $n } conversation
       *[other] { $n } conversations
    }
