//! What the conversation header and its banners derive from a conversation record: the
//! customer's account on the network and the workspace's account they wrote to, the
//! banners of its live state, how a status change maps to an action, and why snoozing is
//! off.

use chrono::{DateTime, Utc};
use switchboard_protocol::{
    BusinessAccount, Channel, Contact, ConversationAction, ConversationStatus as St,
    ConversationSummary,
};

/// A state of the conversation shown as a banner under the header, most urgent first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Banner {
    /// The AI agent handles the conversation (offers `Take over`).
    Ai,
    /// The contact is blocked: their messages do not reach the inbox.
    Blocked,
    /// The workspace's account the customer wrote to is not connected: no public reply
    /// can be sent on the network until it is reconnected (internal notes still can).
    NoChannel(BusinessAccount),
    /// The channel's messaging window closed at this time: only templates can be sent.
    WindowClosed(DateTime<Utc>),
    /// Snoozed until this time (offers `Unsnooze`).
    Snoozed(DateTime<Utc>),
}

/// The banners of `c` at `now`.
///
/// "No connected channel" shows only when the backend names the business account and says
/// it is not connected (a backend that says nothing about it shows no banner). It hides
/// the closed-window banner, whose "only approved templates can be sent" is untrue when
/// nothing can be sent.
pub fn banners(c: &ConversationSummary, now: DateTime<Utc>) -> Vec<Banner> {
    let mut out = Vec::new();
    if c.ai_active {
        out.push(Banner::Ai);
    }
    if c.contact_blocked {
        out.push(Banner::Blocked);
    }
    let disconnected = c.business_account.as_ref().filter(|a| !a.connected);
    if let Some(account) = disconnected {
        out.push(Banner::NoChannel(account.clone()));
    }
    if let Some(at) = c.window_closes_at {
        if c.channel.has_messaging_window() && at <= now && disconnected.is_none() {
            out.push(Banner::WindowClosed(at));
        }
    }
    if c.status == St::Snoozed {
        if let Some(until) = c.snoozed_until {
            out.push(Banner::Snoozed(until));
        }
    }
    out
}

/// The customer's account on the conversation's network: the address the contact is
/// reached at there, else their messenger id there, else their handle (messengers that
/// address people by username), else the email or phone the network uses.
pub fn network_account(contact: &Contact, channel: Channel) -> Option<String> {
    let nonempty = |s: &String| !s.trim().is_empty();
    contact
        .channels
        .iter()
        .find(|c| c.channel == channel && nonempty(&c.address))
        .map(|c| c.address.clone())
        .or_else(|| {
            contact
                .messenger_ids
                .iter()
                .find(|m| m.channel == channel && nonempty(&m.id))
                .map(|m| m.id.clone())
        })
        .or_else(|| match channel {
            Channel::Telegram | Channel::Instagram | Channel::Facebook => {
                contact.handle.clone().filter(nonempty)
            }
            Channel::Email => contact.email.clone().filter(nonempty),
            Channel::Whatsapp | Channel::Viber => contact.phone.clone().filter(nonempty),
            Channel::Webchat | Channel::Other => None,
        })
}

/// How the header and the banner name the workspace's account: `Name (address)`, or
/// whichever of the two is not blank; `None` when both are.
pub fn business_label(a: &BusinessAccount) -> Option<String> {
    let (name, address) = (a.name.trim(), a.address.trim());
    match (name.is_empty(), address.is_empty()) {
        (false, false) if name != address => Some(format!("{name} ({address})")),
        (false, _) => Some(name.to_owned()),
        (true, false) => Some(address.to_owned()),
        (true, true) => None,
    }
}

/// Why a status cannot be chosen from the status control.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusBlock {
    /// Already in that status.
    Current,
    /// No action leads from an in-progress conversation back to `Open`.
    NoWayBack,
    /// Snoozing is off (see [`SnoozeBlock`]).
    Snooze(SnoozeBlock),
}

/// What choosing a status in the status control does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StatusMove {
    /// Send this action at once.
    Act(ConversationAction),
    /// Ask for the closing note first (or close at once when notes are off).
    Close,
    /// Ask until when.
    Snooze,
}

/// How `c` gets to status `to`, or why it cannot.
pub fn status_move(c: &ConversationSummary, to: St) -> Result<StatusMove, StatusBlock> {
    if c.status == to {
        return Err(StatusBlock::Current);
    }
    match to {
        St::Open => match c.status {
            St::Closed => Ok(StatusMove::Act(ConversationAction::Reopen)),
            St::Snoozed => Ok(StatusMove::Act(ConversationAction::Unsnooze)),
            _ => Err(StatusBlock::NoWayBack),
        },
        St::InProgress => Ok(StatusMove::Act(ConversationAction::Take)),
        St::Closed => Ok(StatusMove::Close),
        St::Snoozed => match snooze_block(c) {
            Some(why) => Err(StatusBlock::Snooze(why)),
            None => Ok(StatusMove::Snooze),
        },
        St::Other => Err(StatusBlock::NoWayBack),
    }
}

/// Why a conversation cannot be snoozed (the server answers `conflict` for both).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SnoozeBlock {
    /// The contact is blocked.
    Blocked,
    /// The conversation is closed (reopen it first).
    Closed,
}

/// Why `c` cannot be snoozed, if it cannot.
pub fn snooze_block(c: &ConversationSummary) -> Option<SnoozeBlock> {
    if c.contact_blocked {
        Some(SnoozeBlock::Blocked)
    } else if c.status == St::Closed {
        Some(SnoozeBlock::Closed)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};
    use switchboard_protocol::{
        ContactBrief, ContactChannel, ContactId, ConversationId, MessengerId,
    };

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 21, 10, 0, 0).unwrap()
    }

    fn conv(status: St) -> ConversationSummary {
        ConversationSummary {
            id: ConversationId(7),
            contact: ContactBrief {
                id: ContactId(1),
                name: "Anna".into(),
                avatar_url: None,
            },
            channel: Channel::Whatsapp,
            status,
            assignee: None,
            tags: vec![],
            unread_count: 0,
            unanswered: false,
            last_message: None,
            last_activity_at: now(),
            snoozed_until: None,
            deal: None,
            team: None,
            operators: vec![],
            status_since: None,
            archived: false,
            contact_blocked: false,
            ai_active: false,
            bot_enabled: false,
            automations: vec![],
            crm_link: None,
            window_closes_at: None,
            business_account: None,
            mentioned: Vec::new(),
            matched: None,
        }
    }

    fn contact() -> Contact {
        Contact {
            id: ContactId(1),
            name: "Anna".into(),
            phone: Some("+380 •• ••• 12 34".into()),
            email: Some("anna@example.com".into()),
            handle: Some("@anna".into()),
            country: None,
            language: None,
            source: None,
            tags: vec![],
            created_at: now(),
            phone_masked: true,
            platform: None,
            campaign: None,
            ad_set: None,
            ad: None,
            messenger_ids: vec![],
            external_id: None,
            sales_total_minor: 0,
            sales_currency: None,
            sales_count: 0,
            responsible: None,
            blocked: false,
            custom: vec![],
            crm: vec![],
            channels: vec![],
        }
    }

    #[test]
    fn banners_follow_the_record() {
        let mut c = conv(St::Open);
        assert!(banners(&c, now()).is_empty());
        c.ai_active = true;
        c.contact_blocked = true;
        c.window_closes_at = Some(now() - Duration::hours(2));
        assert_eq!(
            banners(&c, now()),
            vec![
                Banner::Ai,
                Banner::Blocked,
                Banner::WindowClosed(now() - Duration::hours(2))
            ]
        );
        // A window still open, or a channel without windows, shows nothing.
        c.window_closes_at = Some(now() + Duration::hours(2));
        assert!(!banners(&c, now())
            .iter()
            .any(|b| matches!(b, Banner::WindowClosed(_))));
        c.window_closes_at = Some(now() - Duration::hours(2));
        c.channel = Channel::Email;
        assert!(!banners(&c, now())
            .iter()
            .any(|b| matches!(b, Banner::WindowClosed(_))));
        let mut s = conv(St::Snoozed);
        s.snoozed_until = Some(now() + Duration::days(1));
        assert_eq!(
            banners(&s, now()),
            vec![Banner::Snoozed(now() + Duration::days(1))]
        );
    }

    fn account(connected: bool) -> BusinessAccount {
        BusinessAccount {
            name: "Demo Store".into(),
            address: "+380 44 555 01 23".into(),
            connected,
        }
    }

    #[test]
    fn a_disconnected_business_account_is_announced() {
        let mut c = conv(St::Open);
        c.business_account = Some(account(true));
        assert!(banners(&c, now()).is_empty());
        c.business_account = Some(account(false));
        c.contact_blocked = true;
        assert_eq!(
            banners(&c, now()),
            vec![Banner::Blocked, Banner::NoChannel(account(false))]
        );
        // Nothing can be sent, so "only templates" is not said as well.
        c.window_closes_at = Some(now() - Duration::hours(2));
        assert!(!banners(&c, now())
            .iter()
            .any(|b| matches!(b, Banner::WindowClosed(_))));
        c.business_account = Some(account(true));
        assert!(banners(&c, now())
            .iter()
            .any(|b| matches!(b, Banner::WindowClosed(_))));
        // A backend that does not name the account: no banner.
        c.business_account = None;
        assert!(!banners(&c, now())
            .iter()
            .any(|b| matches!(b, Banner::NoChannel(_))));
    }

    #[test]
    fn the_business_account_is_named_by_what_is_known() {
        let mut a = account(true);
        assert_eq!(
            business_label(&a).as_deref(),
            Some("Demo Store (+380 44 555 01 23)")
        );
        a.address = " ".into();
        assert_eq!(business_label(&a).as_deref(), Some("Demo Store"));
        a.name = String::new();
        assert_eq!(business_label(&a), None);
        a.address = "@demo_store_bot".into();
        assert_eq!(business_label(&a).as_deref(), Some("@demo_store_bot"));
        a.name = "@demo_store_bot".into();
        assert_eq!(business_label(&a).as_deref(), Some("@demo_store_bot"));
    }

    #[test]
    fn the_account_is_the_address_on_that_network() {
        let mut k = contact();
        assert_eq!(
            network_account(&k, Channel::Telegram).as_deref(),
            Some("@anna")
        );
        assert_eq!(
            network_account(&k, Channel::Email).as_deref(),
            Some("anna@example.com")
        );
        assert_eq!(
            network_account(&k, Channel::Viber).as_deref(),
            Some("+380 •• ••• 12 34")
        );
        assert_eq!(network_account(&k, Channel::Webchat), None);
        k.messenger_ids.push(MessengerId {
            channel: Channel::Telegram,
            id: "538201117".into(),
        });
        assert_eq!(
            network_account(&k, Channel::Telegram).as_deref(),
            Some("538201117")
        );
        k.channels.push(ContactChannel {
            channel: Channel::Telegram,
            address: "@anna_k".into(),
            window_closes_at: None,
        });
        assert_eq!(
            network_account(&k, Channel::Telegram).as_deref(),
            Some("@anna_k")
        );
    }

    #[test]
    fn status_changes_map_to_actions() {
        let open = conv(St::Open);
        assert_eq!(status_move(&open, St::Open), Err(StatusBlock::Current));
        assert_eq!(
            status_move(&open, St::InProgress),
            Ok(StatusMove::Act(ConversationAction::Take))
        );
        assert_eq!(status_move(&open, St::Closed), Ok(StatusMove::Close));
        assert_eq!(status_move(&open, St::Snoozed), Ok(StatusMove::Snooze));
        assert_eq!(
            status_move(&conv(St::InProgress), St::Open),
            Err(StatusBlock::NoWayBack)
        );
        assert_eq!(
            status_move(&conv(St::Closed), St::Open),
            Ok(StatusMove::Act(ConversationAction::Reopen))
        );
        assert_eq!(
            status_move(&conv(St::Closed), St::Snoozed),
            Err(StatusBlock::Snooze(SnoozeBlock::Closed))
        );
        assert_eq!(
            status_move(&conv(St::Snoozed), St::Open),
            Ok(StatusMove::Act(ConversationAction::Unsnooze))
        );
        let mut blocked = conv(St::Open);
        blocked.contact_blocked = true;
        assert_eq!(snooze_block(&blocked), Some(SnoozeBlock::Blocked));
        assert_eq!(
            status_move(&blocked, St::Snoozed),
            Err(StatusBlock::Snooze(SnoozeBlock::Blocked))
        );
    }
}
