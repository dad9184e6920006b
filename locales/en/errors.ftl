### Errors from the server, the network and the browser that any area can show.

## Errors from the server and the browser.

err-network = The server cannot be reached. Check the connection; nothing you wrote is lost.
err-unauthorized = Your session has ended. Signing in again…
err-rate-limited = Too many tries. Wait a little, then try again.
err-forbidden = You are not allowed to do this.
err-not-found = This item does not exist (any more).
err-invalid = The server refused a value.
err-conflict = This action is not possible in the current state.
err-server = The server failed. Try again in a moment.
err-bad-response = The server sent an answer this app cannot read.
err-empty-message = Write something before sending.
err-too-long = The message is too long.
err-sign-in = Could not sign in.
err-storage = This browser does not let Switchboard keep drafts and unsent messages: they will be lost if the page closes.
err-storage-corrupt = The unsent messages kept in this browser could not be read. They were set aside, not deleted; new messages are kept as usual.
dismiss = Dismiss
