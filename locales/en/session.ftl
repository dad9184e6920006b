### Signing in and out, and the start-up page of a deployment whose config.json is wrong.

sign-in = Sign in
sign-in-title = Sign in to Switchboard
sign-in-email = Email
sign-in-password = Password
sign-in-try-demo = Try the demo
sign-in-busy = Signing in…
sign-in-again = Your session has ended. Sign in again to go on; your drafts and unsent messages are kept.
sign-in-wrong = Wrong email or password.
sign-in-unreachable = The server cannot be reached. Check the connection and try again.
sign-in-missing = Enter your email and password.
agent-menu = Agent menu
sign-out = Sign out
sign-out-unsent-title = Sign out with unsent messages?
count-sign-out-unsent =
    { $n ->
    [one] One message has not been sent yet. It stays in this browser and is sent when you sign in here again.
   *[other] { $n } messages have not been sent yet. They stay in this browser and are sent when you sign in here again.
}
sign-out-anyway = Sign out anyway
stay-signed-in = Stay signed in
config-error-title = Switchboard cannot start
config-error-body = This deployment's config.json has a problem. Whoever set up Switchboard here can fix it by editing that one file.
config-error-key = Key
