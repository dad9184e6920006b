//! Alerts (issue 16): which socket event alerts this agent, how, and what the tab shows.
//!
//! Rules:
//! - A customer's public message alerts every agent who receives it (the server redacts
//!   what an agent may not see); an internal note alerts only the agents it mentions (not
//!   its own author). Nothing else alerts: agents' replies, AI, bots, activity entries.
//! - Nothing alerts while the agent is looking at it: the tab is visible and that
//!   conversation is open.
//! - Never twice for one message: the ids already heard are remembered (the last
//!   [`REMEMBERED`]), so a duplicated, replayed or reordered event, or the `mention` event
//!   that follows its note, is silent.
//! - Never for the past: until the socket says `ready` (or `resync_required`) nothing
//!   alerts, and events up to the head it named are replays of what happened while the
//!   app was away (a resumed connection replays them; a snapshot already shows them).
//!   Only events after that head are new.
//! - The sound follows the agent's [`Sound`] setting, and is quiet while the agent is
//!   typing in that conversation (within [`TYPING_QUIET_MS`] of a key press).
//! - The tab title counts the conversations with unread customer messages:
//!   `(3) Switchboard`, plain `Switchboard` at 0 ([`title`]); the favicon carries a badge
//!   with the same count ([`favicon`]).

use serde::{Deserialize, Serialize};
use std::collections::{HashSet, VecDeque};
use switchboard_protocol::{
    AgentId, Author, ConversationId, Event, Message, MessageId, Seq, Visibility,
};

/// The product's name: the tab title without a count.
pub const PRODUCT: &str = "Switchboard";

/// How many heard message ids are remembered: far more than a replay window holds, small
/// enough to cost nothing.
pub const REMEMBERED: usize = 512;

/// How long after a key press in a conversation its alerts make no sound (ms): a little
/// over the gap between key presses of someone still composing.
pub const TYPING_QUIET_MS: f64 = 5_000.0;

/// The longest notification body (characters): what a notification shows before it cuts.
pub const PREVIEW_CHARS: usize = 140;

/// When an alert makes a sound (each agent chooses; kept per agent).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sound {
    /// Never.
    Off,
    /// For mentions of the agent and customers in conversations assigned to the agent.
    #[default]
    Mine,
    /// For every alert.
    Everything,
}

impl Sound {
    /// Every choice, in the order the menu lists them.
    pub const ALL: [Sound; 3] = [Sound::Off, Sound::Mine, Sound::Everything];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Sound::Off => "off",
            Sound::Mine => "mine",
            Sound::Everything => "everything",
        }
    }
}

/// One agent's alert settings, kept in browser storage under [`settings_key`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// When to play a sound.
    #[serde(default)]
    pub sound: Sound,
    /// The agent dismissed the banner offering notifications (it is shown once).
    #[serde(default)]
    pub banner_dismissed: bool,
}

/// The storage key of `agent`'s alert settings (the value is sealed with its owner:
/// `agent_shelf::seal`).
pub fn settings_key(agent: AgentId) -> String {
    format!("switchboard.alerts.v1.agent-{}", agent.0)
}

/// Why an alert is raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// A customer wrote.
    Customer,
    /// A note mentions the agent.
    Mention,
}

/// An alert to raise: a notification (when the browser allows it) and maybe a sound.
#[derive(Clone, Debug, PartialEq)]
pub struct Alert {
    /// Where: the notification's tag, and what clicking it opens.
    pub conversation: ConversationId,
    /// The message.
    pub message: MessageId,
    /// Why.
    pub why: Why,
    /// Who mentioned the agent (mentions only, when the note came with its author).
    pub by: Option<String>,
    /// The message's text, shortened ([`preview`]); empty when unknown.
    pub text: String,
    /// Whether to play the sound.
    pub sound: bool,
}

/// What the app is doing when an event arrives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Moment {
    /// The signed-in agent.
    pub me: AgentId,
    /// The conversation on screen, if any.
    pub open: Option<ConversationId>,
    /// The tab is in the background (`document.hidden`).
    pub hidden: bool,
    /// Where the agent last typed, and when (ms).
    pub typed: Option<(ConversationId, f64)>,
    /// Now (ms, the same clock as `typed`).
    pub now: f64,
    /// The agent's sound setting.
    pub sound: Sound,
}

/// The alert bookkeeping of one app: where new events start, and what was heard.
#[derive(Clone, Debug, Default)]
pub struct Alerts {
    /// Events up to this `seq` are replays; `None` until the socket is ready.
    old_until: Option<Seq>,
    /// The message ids heard, oldest first (at most [`REMEMBERED`]).
    heard: VecDeque<MessageId>,
    /// The same ids, for lookup.
    heard_set: HashSet<MessageId>,
}

impl Alerts {
    /// The socket said `ready` or `resync_required` with this head: what it replays up
    /// to `head` is the past, never alerted.
    pub fn connected(&mut self, head: Seq) {
        self.old_until = Some(head);
    }

    /// Decides whether an event the store applied (or buffered) alerts; `mine` says
    /// whether a conversation is assigned to the agent (assignee or operator).
    pub fn hear(
        &mut self,
        seq: Seq,
        event: &Event,
        at: &Moment,
        mine: impl Fn(ConversationId) -> bool,
    ) -> Option<Alert> {
        let (conversation, message, why, by, text) = match event {
            Event::MessageCreated { message } => {
                let why = reason(message, at.me);
                let by = match &message.author {
                    Author::Agent { name, .. } => Some(name.clone()),
                    _ => None,
                };
                let text = preview(message.content.text().unwrap_or_default());
                (message.conversation_id, message.id, why, by, text)
            }
            Event::Mention {
                conversation_id,
                message_id,
                agent_id,
            } => {
                let why = (*agent_id == at.me).then_some(Why::Mention);
                (*conversation_id, *message_id, why, None, String::new())
            }
            _ => return None,
        };
        // Remember every message heard, alerting or not: its next appearance is a repeat.
        if !self.remember(message) {
            return None;
        }
        let why = why?;
        let new = self.old_until.is_some_and(|head| seq > head);
        let in_view = !at.hidden && at.open == Some(conversation);
        if !new || in_view {
            return None;
        }
        let typing = at
            .typed
            .is_some_and(|(c, t)| c == conversation && at.now - t < TYPING_QUIET_MS);
        let wanted = match at.sound {
            Sound::Off => false,
            Sound::Mine => why == Why::Mention || mine(conversation),
            Sound::Everything => true,
        };
        Some(Alert {
            conversation,
            message,
            why,
            by,
            text,
            sound: wanted && !typing,
        })
    }

    /// Notes a message id; `false` when it was heard before.
    fn remember(&mut self, id: MessageId) -> bool {
        if !self.heard_set.insert(id) {
            return false;
        }
        self.heard.push_back(id);
        if self.heard.len() > REMEMBERED {
            if let Some(old) = self.heard.pop_front() {
                self.heard_set.remove(&old);
            }
        }
        true
    }
}

/// Why a new message alerts `me`, if it does.
fn reason(message: &Message, me: AgentId) -> Option<Why> {
    match (&message.author, message.visibility) {
        (Author::Contact, Visibility::Public) => Some(Why::Customer),
        (Author::Agent { id, .. }, Visibility::Internal) if *id == me => None,
        (_, Visibility::Internal) if message.mentions.contains(&me) => Some(Why::Mention),
        _ => None,
    }
}

/// A message's text for a notification: one line, at most [`PREVIEW_CHARS`] characters.
pub fn preview(text: &str) -> String {
    let line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= PREVIEW_CHARS {
        return line;
    }
    let mut cut: String = line.chars().take(PREVIEW_CHARS - 1).collect();
    cut.push('…');
    cut
}

/// The tab title for `unread` conversations with unread customer messages.
pub fn title(unread: u32) -> String {
    match unread {
        0 => PRODUCT.to_owned(),
        n => format!("({n}) {PRODUCT}"),
    }
}

/// The app's icon (`public/favicon.svg`).
const ICON: &str = include_str!("../../../public/favicon.svg");

/// The favicon for `unread` conversations: the icon with a red badge holding the count
/// (`9+` above nine), as a `data:` URL; `None` at 0 (the page's own icon).
pub fn favicon(unread: u32) -> Option<String> {
    if unread == 0 {
        return None;
    }
    let label = if unread > 9 {
        "9+".to_owned()
    } else {
        unread.to_string()
    };
    // The badge covers the icon's top-right corner (the icon is 32 units square); the
    // text is 13 units tall so it reads at 16 px.
    let badge = format!(
        "<circle cx=\"22\" cy=\"10\" r=\"10\" fill=\"#dc2626\" stroke=\"#fff\" stroke-width=\"1.5\"/>\
         <text x=\"22\" y=\"14.5\" font-family=\"Arial,sans-serif\" font-size=\"13\" \
         font-weight=\"700\" fill=\"#fff\" text-anchor=\"middle\">{label}</text>"
    );
    let svg = ICON.trim().replacen("</svg>", &format!("{badge}</svg>"), 1);
    Some(format!("data:image/svg+xml,{}", escape_data(&svg)))
}

/// Escapes what a `data:` URL may not hold as is.
fn escape_data(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 64);
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '"' => out.push_str("%22"),
            '\n' | '\r' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
