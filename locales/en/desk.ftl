### Embedded in a host page, and kiosk desks.

host-waiting = Waiting for the page around Switchboard to sign you in…
host-alone = This Switchboard is set up to open inside another page, such as your CRM. Open it from there.
host-again = Your session has ended. The page around Switchboard is asked for a new sign-in; your drafts and unsent messages are kept.
desk-setup = Set up this desk
desk-setup-hint = Ask your administrator for a device code (switchboard-server device add).
desk-code = Device code
desk-setup-button = Set up
desk-code-wrong = This device code is not valid, or it was used already.
desk-removed = This desk was removed. Set it up again with a new device code.
desk-who = Who is working?
desk-pin = PIN
desk-pin-wrong = Wrong PIN.
desk-pick = Choose your name, then enter your PIN.
desk-nobody = Nobody can sign in at this desk yet: the administrator sets a PIN for each agent (switchboard-server agent set-pin).
desk-resume = Continue
desk-idle = Customer data is hidden while nobody uses the desk.
count-desk-draining =
    { $n ->
    [one] Signing out once the last message is sent…
   *[other] Signing out once { $n } messages are sent…
}
desk-link-blocked = Links to other sites do not open at this desk.
