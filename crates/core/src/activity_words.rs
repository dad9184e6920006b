//! An entry of the history of actions in the agent's language. The server also writes an
//! English sentence (`Alex set the status to in_progress`) for clients that do not know a
//! change; this app words every typed change itself and shows the server's text only for
//! a change it does not know (`Change::Other`), so no wire value (`in_progress`,
//! `whatsapp`) reaches the screen. The entry shows who and when beside these words, so
//! they do not name the actor.

use crate::i18n::{Locale, Msg};
use crate::row_label::{channel_msg, status_msg};
use crate::variables::money as shown_money;
use chrono::{DateTime, Utc};
use switchboard_protocol::{AgentId, Change, DealField, Money};

/// What the wording needs from outside the change: names of agents and how a time reads.
pub trait ActivityContext {
    /// An agent's display name (the session's list), or `None` when unknown.
    fn agent_name(&self, id: AgentId) -> Option<String>;
    /// A time as the agent reads it (`Mon 09:00`).
    fn time(&self, at: DateTime<Utc>) -> String;
}

/// The words for `change` in `locale`, or `None` for a change this app does not know
/// (show the server's text then).
pub fn describe(locale: Locale, change: &Change, ctx: &dyn ActivityContext) -> Option<String> {
    let agent = |id: AgentId| {
        ctx.agent_name(id)
            .unwrap_or_else(|| locale.t(Msg::UnknownAgent).to_owned())
    };
    Some(match change {
        Change::Status { to, .. } => locale.activity_status(&locale.t(status_msg(*to))),
        Change::Assigned { to: Some(a) } => locale.activity_assigned(&agent(*a)),
        Change::Assigned { to: None } => locale.t(Msg::ActivityUnassigned).to_owned(),
        Change::OperatorAdded { agent: a } => locale.activity_operator_added(&agent(*a)),
        Change::OperatorRemoved { agent: a } => locale.activity_operator_removed(&agent(*a)),
        Change::TagAdded { tag } => locale.activity_tag_added(tag),
        Change::TagRemoved { tag } => locale.activity_tag_removed(tag),
        Change::DealStage {
            from: None,
            to,
            fields,
        } => with_fields(locale, locale.activity_deal_created(to), fields),
        Change::DealStage {
            from: Some(from),
            to,
            fields,
        } => with_fields(locale, locale.activity_deal_moved(from, to), fields),
        Change::DealChanged { fields } => locale.activity_deal_changed(&field_list(locale, fields)),
        Change::Channel { from, to } => {
            locale.activity_channel(&locale.t(channel_msg(*from)), &locale.t(channel_msg(*to)))
        }
        Change::Snoozed { until } => locale.activity_snoozed(&ctx.time(*until)),
        Change::Unsnoozed => locale.t(Msg::ActivityUnsnoozed).to_owned(),
        Change::Closed { note: Some(n) } => locale.activity_closed_note(&n.category, &n.text),
        Change::Closed { note: None } => locale.t(Msg::ActivityClosed).to_owned(),
        Change::ContactBlocked => locale.t(Msg::ActivityContactBlocked).to_owned(),
        Change::ContactUnblocked => locale.t(Msg::ActivityContactUnblocked).to_owned(),
        Change::AiTakenOver => locale.t(Msg::ActivityAiTakenOver).to_owned(),
        Change::Bot { enabled: true } => locale.t(Msg::ActivityBotOn).to_owned(),
        Change::Bot { enabled: false } => locale.t(Msg::ActivityBotOff).to_owned(),
        Change::AutomationStarted { name } => locale.activity_automation_started(name),
        Change::AutomationStopped { name } => locale.activity_automation_stopped(name),
        Change::CrmLinked { link } => locale.activity_crm_linked(&link.title),
        Change::CrmUnlinked => locale.t(Msg::ActivityCrmUnlinked).to_owned(),
        Change::Archived { archived: true } => locale.t(Msg::ActivityArchived).to_owned(),
        Change::Archived { archived: false } => locale.t(Msg::ActivityUnarchived).to_owned(),
        Change::Other => return None,
    })
}

/// `words` followed by the other fields that changed, in brackets (none: `words` alone).
fn with_fields(locale: Locale, words: String, fields: &[DealField]) -> String {
    if fields.is_empty() {
        words
    } else {
        format!("{words} ({})", field_list(locale, fields))
    }
}

/// The deal's changed fields, each `line 2 → 1`, joined by commas.
fn field_list(locale: Locale, fields: &[DealField]) -> String {
    let channel = |c: &Option<_>| match c {
        Some(c) => locale.t(channel_msg(*c)).to_owned(),
        None => locale.t(Msg::DealChannelNone).to_owned(),
    };
    let money = |m: &Money| shown_money(m.minor, &m.currency);
    fields
        .iter()
        .map(|f| match f {
            DealField::Pipeline { from, to } => locale.deal_field_pipeline(from, to),
            DealField::Line { from, to } => {
                locale.deal_field_line(&from.to_string(), &to.to_string())
            }
            DealField::Channel { from, to } => {
                locale.deal_field_channel(&channel(from), &channel(to))
            }
            DealField::Amount { from, to } => locale.deal_field_amount(&money(from), &money(to)),
            DealField::Other => locale.t(Msg::DealFieldOther).to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use switchboard_protocol::{Channel, ClosingNote, ConversationStatus as St};

    struct Ctx;
    impl ActivityContext for Ctx {
        fn agent_name(&self, id: AgentId) -> Option<String> {
            (id.0 == 7).then(|| "Marta".to_owned())
        }
        fn time(&self, _: DateTime<Utc>) -> String {
            "Mon 09:00".into()
        }
    }

    fn say(l: Locale, c: Change) -> String {
        describe(l, &c, &Ctx).expect("a known change")
    }

    /// The defect: the log showed `in_progress`.
    #[test]
    fn a_status_reads_as_its_label_never_the_wire_name() {
        let c = || Change::Status {
            from: St::Open,
            to: St::InProgress,
        };
        assert_eq!(say(Locale::En, c()), "Status changed to In progress");
        assert_eq!(say(Locale::Ru, c()), "Статус изменён на «В обработке»");
        for l in Locale::ALL {
            assert!(!say(l, c()).contains("in_progress"), "{l:?}");
        }
    }

    #[test]
    fn agents_channels_and_times_are_worded() {
        assert_eq!(
            say(
                Locale::En,
                Change::Assigned {
                    to: Some(AgentId(7))
                }
            ),
            "Assigned to Marta"
        );
        assert_eq!(
            say(
                Locale::En,
                Change::Channel {
                    from: Channel::Whatsapp,
                    to: Channel::Webchat
                }
            ),
            "Moved from WhatsApp to Web chat"
        );
        let until = Utc.with_ymd_and_hms(2026, 12, 7, 9, 0, 0).unwrap();
        assert_eq!(
            say(Locale::Fr, Change::Snoozed { until }),
            "En attente jusqu'à Mon 09:00"
        );
        let note = ClosingNote {
            category: "Resolved".into(),
            text: "refund sent".into(),
        };
        assert_eq!(
            say(Locale::En, Change::Closed { note: Some(note) }),
            "Closed the conversation (Resolved: refund sent)"
        );
    }

    #[test]
    fn an_unknown_agent_and_an_unknown_change() {
        let s = say(Locale::Uk, Change::OperatorAdded { agent: AgentId(99) });
        assert!(s.contains(Locale::Uk.t(Msg::UnknownAgent)), "{s}");
        assert_eq!(describe(Locale::En, &Change::Other, &Ctx), None);
    }

    /// The defect: a deal's history showed the server's English and `webchat → viber`.
    #[test]
    fn a_deal_is_worded_with_every_field_that_changed() {
        let money = |minor, currency: &str| Money {
            minor,
            currency: currency.into(),
        };
        let created = Change::DealStage {
            from: None,
            to: "Lost".into(),
            fields: vec![],
        };
        assert_eq!(say(Locale::En, created), "Deal created at stage Lost");
        let moved = || Change::DealStage {
            from: Some("New lead".into()),
            to: "Qualified".into(),
            fields: vec![
                DealField::Line { from: 2, to: 1 },
                DealField::Channel {
                    from: Some(Channel::Webchat),
                    to: Some(Channel::Viber),
                },
                DealField::Amount {
                    from: money(25_000, "USD"),
                    to: money(125_050, "USD"),
                },
            ],
        };
        assert_eq!(
            say(Locale::En, moved()),
            "Deal moved from New lead to Qualified \
             (line 2 → 1, channel Web chat → Viber, amount 250.00 USD → 1250.50 USD)"
        );
        let changed = || Change::DealChanged {
            fields: vec![
                DealField::Channel {
                    from: Some(Channel::Telegram),
                    to: None,
                },
                DealField::Pipeline {
                    from: "Retail".into(),
                    to: "Wholesale".into(),
                },
                DealField::Other,
            ],
        };
        assert_eq!(
            say(Locale::Ru, changed()),
            "Сделка изменена: канал Telegram → нет, воронка Retail → Wholesale, другое поле"
        );
        for l in Locale::ALL {
            for c in [moved(), changed()] {
                let s = say(l, c);
                for raw in ["webchat", "{", "None"] {
                    assert!(!s.contains(raw), "{l:?}: {s}");
                }
            }
        }
    }
}
