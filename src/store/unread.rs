//! How many conversations have unread customer messages: in all the mailboxes the agent
//! can see, and in each of the main ones. The server counts (`GET /conversations/counts`,
//! its `unread`, and `unread_mailboxes` for the others: one call), so the figure covers
//! conversations the list never loaded; it is asked again after events arrive, at most
//! once a second, and never while signed out.

use crate::api;
use crate::store::{Gate, Store};
use gloo_timers::future::TimeoutFuture;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{Capability, ConversationQuery, Mailbox};

/// Unread conversations, in all and per mailbox (by wire name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unread {
    /// In every mailbox the agent can see.
    pub total: u32,
    /// Per mailbox: `all`, `mine`, `unassigned`, and `mentions` where offered.
    pub mailboxes: Vec<(String, u32)>,
}

/// The shortest time between two counts.
const GAP_MS: u32 = 1_000;

/// The counts already tracked, shared through context (the tab title and the host page
/// read the same figures: one count per change, not one per reader).
#[derive(Clone, Copy)]
struct Tracked(ReadSignal<Option<Unread>>);

/// Keeps the unread counts up to date from now on (`None` until first counted). Called
/// again under the same owner (or below it), it returns the same counts.
pub fn track(store: Store) -> ReadSignal<Option<Unread>> {
    if let Some(Tracked(unread)) = use_context::<Tracked>() {
        return unread;
    }
    let unread = RwSignal::new(None);
    provide_context(Tracked(unread.read_only()));
    let running = StoredValue::new(false);
    let again = StoredValue::new(false);
    let count = move || {
        if running.get_value() {
            again.set_value(true);
            return;
        }
        running.set_value(true);
        spawn_local(async move {
            loop {
                again.set_value(false);
                if let Some(u) = ask(store).await {
                    if unread.try_get_untracked().as_ref() != Some(&Some(u.clone())) {
                        unread.try_set(Some(u));
                    }
                }
                TimeoutFuture::new(GAP_MS).await;
                if !again.try_get_value().unwrap_or(false) {
                    break;
                }
            }
            _ = running.try_set_value(false);
        });
    };
    // Every applied event may move a count; so may signing in. Not before the list's
    // first page is in: the rows come first (the server answers one call at a time).
    Effect::new(move || {
        let (seq, listed) = store
            .inbox()
            .with(|i| (i.sync.last_seq, i.list.is_loaded()));
        if store.gate.get() == Gate::Open && listed {
            let _ = seq;
            count();
        }
    });
    unread.read_only()
}

async fn ask(store: Store) -> Option<Unread> {
    let mut boxes = vec![Mailbox::All, Mailbox::Mine, Mailbox::Unassigned];
    if store.offers_untracked(Capability::Mentions) {
        boxes.push(Mailbox::Mentions);
    }
    // One call gives every mailbox's figure where the backend counts `unread_mailboxes`;
    // else each mailbox is asked on its own (its `unread`).
    // Out of reach or signed out: the last figures stand until the next event.
    let all = api::counts(&ConversationQuery::default()).await.ok()?;
    let mut mailboxes = Vec::with_capacity(boxes.len());
    for mailbox in boxes {
        let name = mailbox.to_string();
        let n = match (mailbox, all.unread_mailboxes.get(&name)) {
            (Mailbox::All, _) => all.unread,
            (_, Some(n)) => *n,
            (_, None) => {
                let q = ConversationQuery {
                    mailbox,
                    ..Default::default()
                };
                api::counts(&q).await.ok()?.unread
            }
        };
        mailboxes.push((name, n));
    }
    Some(Unread {
        total: mailboxes.first().map_or(0, |(_, n)| *n),
        mailboxes,
    })
}
