//! The client & deal panel (the `aside` "Client details"): who the customer is, the deal
//! this chat belongs to, and what is planned around it.
//!
//! The conversation's detail (`GET /conversations/{id}`) is loaded once per opened
//! conversation into `Inbox::details`, where events keep it current; every section reads
//! from there (the header too, for the customer's account). Sections live in their own
//! files under `client_panel/`.

mod contact;
mod deal;
// @contact modules
mod crm_link;
use crate::components::layout;
//
// @deal modules
mod automations;
mod form_kit;
mod notes;
mod operators;
mod schedule;
mod tasks;
//

use crate::app::use_route;
use crate::i18n::{use_i18n, Msg};
use crate::store::{contacts, panel, use_store, Store};
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{Capability, ConversationId};

/// The `aside` landmark named "Client details".
#[component]
pub fn ClientPanel() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let route = use_route();
    let open = Memo::new(move |_| route.get().conversation());
    // The problem loading the open conversation's detail, if it failed.
    let failed = RwSignal::new(None::<(ConversationId, Msg)>);
    Effect::new(move || {
        if let Some(id) = open.get().filter(|_| state.signed_in()) {
            spawn_local(load_detail(state, id, failed));
        }
    });
    view! {
        <aside
            class="sb-panel"
            aria-label=i18n.tr(Msg::ClientDetails)
            on:keydown=layout::close_on_escape()
        >
            <layout::DrawerClose />
            {move || {
                let id = open.get()?;
                if let Some((_, msg)) = failed.get().filter(|(at, _)| *at == id) {
                    return Some(view! { <p class="sb-panel__error" role="alert">{move || i18n.t(msg)}</p> }.into_any());
                }
                Some(view! { <PanelBody id /> }.into_any())
            }}
        </aside>
    }
}

/// Loads the contact card of conversation `id` into `Inbox::details`, or records why it
/// could not.
async fn load_detail(
    state: Store,
    id: ConversationId,
    failed: RwSignal<Option<(ConversationId, Msg)>>,
) {
    match panel::load_detail(state, id).await {
        Ok(()) => _ = failed.try_set(None),
        Err(e) => _ = failed.try_set(Some((id, e.msg()))),
    }
}

/// The longest the sections wait for the conversation's history to show (ms).
const SETTLE_MS: u64 = 500;
/// The sections render in this many groups, one per frame, the contact card first.
const GROUPS: u8 = 4;

/// Shows the next group of sections, and asks the next frame for the one after it; the
/// last marks `perf::PANEL_SHOWN`. Each group is a short task of its own, so the browser
/// can paint (and take the agent's input) between them.
fn advance(stage: RwSignal<u8>) {
    let Some(now) = stage.try_get_untracked().filter(|s| *s < GROUPS) else {
        return;
    };
    stage.set(now + 1);
    if now + 1 < GROUPS {
        request_animation_frame(move || advance(stage));
    } else {
        crate::perf::mark(crate::perf::PANEL_SHOWN);
    }
}

/// The sections of the open conversation, once its contact card is in.
#[component]
fn PanelBody(
    /// The open conversation.
    id: ConversationId,
) -> impl IntoView {
    let state = use_store();
    let contact = contacts::contact_of(state, id);
    // The deal travels on the conversation record, so live updates show without a reload.
    let deal = Memo::new(move |_| {
        state
            .inbox()
            .with(|i| i.conversations.get(id).and_then(|c| c.deal.clone()))
    });
    // The sections are made again only when another contact's card comes in: a change to
    // this one (an event, a save) updates them in place, so an open edit form survives it.
    let card = Memo::new(move |_| contact.with(|c| c.as_ref().map(|c| c.id)));
    // The messages come first: the sections (and the requests each makes) start once the
    // log has painted the conversation's history and filled its window, or after a short
    // wait if the history is slow; then they come one group per frame, so neither the
    // log's frames nor any one of theirs is a long task (`docs/benchmarks.md`, the
    // conversation log).
    let stage = RwSignal::new(0_u8);
    // Once only: setting a signal notifies even when the value is the same, and a second
    // notice would build the sections again (losing an open form).
    let settle = move || {
        if stage.try_get_untracked() == Some(0) {
            advance(stage);
        }
    };
    let history_in = Memo::new(move |_| state.inbox().with(|i| i.logs.contains_key(&id)));
    Effect::new(move || {
        if history_in.get() {
            // The log renders in this turn and paints at the next frame, fills its window
            // in the frame after; the sections start in the third.
            request_animation_frame(move || {
                request_animation_frame(move || request_animation_frame(settle))
            });
        }
    });
    set_timeout(settle, std::time::Duration::from_millis(SETTLE_MS));
    // A memo, so the sections are built once, when the first group's frame comes (`Show`
    // memoises the later groups' conditions itself).
    let reached = move |group: u8| move || stage.get() >= group;
    // A section of a part the backend does not offer is left out.
    let offers = move |part: Capability| move || state.offers(part);
    let started = Memo::new(move |_| reached(1)());
    move || {
        if !started.get() {
            return None;
        }
        card.get()?;
        let contact = contact.get_untracked()?;
        Some(view! {
            <contact::ContactSection id=contact.id />
            <Show when=reached(2)>
                // @contact sections
                <Show when=offers(Capability::Crm)>
                    <crm_link::CrmLinkSection conversation=id />
                </Show>
                //
                <Show when=offers(Capability::Deals)>
                    <deal::DealSection id brief=deal />
                </Show>
            </Show>
            // @deal sections
            <Show when=reached(3)>
                <Show when=offers(Capability::Tasks)>
                    <tasks::TasksSection conversation=id contact=contact.id />
                </Show>
                <Show when=offers(Capability::Notes)>
                    <notes::NotesSection contact=contact.id />
                </Show>
            </Show>
            <Show when=reached(4)>
                <Show when=offers(Capability::Reminders)>
                    <schedule::ScheduleSection id />
                </Show>
                <operators::OperatorsSection id />
                <Show when=offers(Capability::Automations)>
                    <automations::AutomationsSection id />
                </Show>
            </Show>
            //
        })
    }
}
