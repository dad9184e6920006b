//! An entry of the history of actions: what happened, who did it and when.
//!
//! What happened is worded here from the typed change (`switchboard_core::activity_words`),
//! in the agent's language; the server's English sentence shows only for a change this app
//! does not know.

use crate::components::common::author_name;
use crate::format::{clock, full};
use crate::i18n::{use_i18n, Locale};
use crate::store::{use_store, Store};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use switchboard_core::activity_words::{describe, ActivityContext};
use switchboard_protocol::{AgentId, Content, Message};

/// Names of agents from the session, times in full (a snooze may end another day).
struct Words {
    state: Store,
    locale: Locale,
}

impl ActivityContext for Words {
    fn agent_name(&self, id: AgentId) -> Option<String> {
        self.state.session.with(|s| {
            s.as_ref()?
                .agents
                .iter()
                .find(|a| a.id == id)
                .map(|a| a.name.clone())
        })
    }

    fn time(&self, at: DateTime<Utc>) -> String {
        full(self.locale, at)
    }
}

/// A centred line: `Status changed to Closed · Alex Morgan · 14:05` (`System` when no
/// person or bot made the change).
#[component]
pub fn ActivityEntry(
    /// The activity message.
    message: Message,
) -> impl IntoView {
    let (i18n, state) = (use_i18n(), use_store());
    let server_text = message.content.text().unwrap_or_default().to_owned();
    let change = match &message.content {
        Content::Activity { change, .. } => change.clone(),
        _ => None,
    };
    let text = move || {
        let locale = i18n.locale();
        change
            .as_ref()
            .and_then(|c| describe(locale, c, &Words { state, locale }))
            .unwrap_or_else(|| server_text.clone())
    };
    let at = message.created_at;
    let author = message.author.clone();
    let conversation = message.conversation_id;
    view! {
        <article class="sb-activity" data-message-id=message.id.to_string()>
            <p>
                <span class="sb-activity__text">{text}</span>
                " · "
                <span class="sb-activity__who">{move || author_name(i18n, state, &author, conversation)}</span>
                " · "
                <time datetime=at.to_rfc3339() title=move || full(i18n.locale(), at)>
                    {move || clock(i18n.locale(), at)}
                </time>
            </p>
        </article>
    }
}
