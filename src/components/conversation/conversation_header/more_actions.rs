//! "More actions": mark unread, read without reply, reopen, take over from the AI agent,
//! block or unblock the contact, delete. Each item shows only where it applies and where
//! the agent's permissions allow it; blocking, unblocking and deleting ask first.

use super::act::use_header;
use super::confirm_dialog::ConfirmDialog;
use crate::components::common::{MenuButton, MenuItem};
use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_protocol::{ConversationAction as A, ConversationStatus as St, Permissions};

/// The actions that ask for confirmation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Confirm {
    Block,
    Unblock,
    Delete,
}

/// The More actions menu button and its confirmation dialog.
#[component]
pub fn MoreActions() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let ctx = use_header();
    let asking = RwSignal::new(false);
    let question = RwSignal::new(Confirm::Block);
    let perms = Memo::new(move |_| {
        state
            .session
            .with(|s| s.as_ref().map(|s| s.permissions).unwrap_or_default())
    });
    let has = move |f: fn(&switchboard_protocol::ConversationSummary) -> bool| {
        ctx.summary.with(|s| s.as_ref().is_some_and(f))
    };
    // Mark unread also leaves the conversation (see `HeaderCtx::run`).
    let run = move |action: A| {
        spawn_local(async move {
            ctx.run(state, action).await;
        })
    };
    let ask = move |c: Confirm| {
        question.set(c);
        asking.set(true);
    };
    let texts = move |c: Confirm| -> (Msg, Msg, Msg) {
        match c {
            Confirm::Block if perms.get().view_blocked => {
                (Msg::BlockTitle, Msg::BlockBody, Msg::BlockContact)
            }
            Confirm::Block => (Msg::BlockTitle, Msg::BlockBodyHidden, Msg::BlockContact),
            Confirm::Unblock => (Msg::UnblockTitle, Msg::UnblockBody, Msg::UnblockContact),
            Confirm::Delete => (Msg::DeleteTitle, Msg::DeleteBody, Msg::DeleteConversation),
        }
    };
    let item = move |label: Msg, action: A| {
        view! {
            <MenuItem
                label=move || i18n.t(label)
                on_select=Callback::new(move |()| run(action.clone()))
            />
        }
    };
    let may = move |f: fn(&Permissions) -> bool| perms.with(f);

    view! {
        <MenuButton label=i18n.tr(Msg::MoreActions) open=ctx.more_open class="sb-header__more">
            {item(Msg::MarkUnread, A::MarkUnread)}
            {item(Msg::ReadWithoutReply, A::MarkRead)}
            <Show when=move || has(|c| c.status == St::Closed)>
                {item(Msg::Reopen, A::Reopen)}
            </Show>
            <Show when=move || has(|c| c.ai_active)>
                {item(Msg::TakeOver, A::TakeOver)}
            </Show>
            <Show when=move || may(|p| p.block_contacts)>
                {move || {
                    let blocked = has(|c| c.contact_blocked);
                    let (label, c) = if blocked {
                        (Msg::UnblockContact, Confirm::Unblock)
                    } else {
                        (Msg::BlockContact, Confirm::Block)
                    };
                    view! {
                        <MenuItem label=move || i18n.t(label) on_select=Callback::new(move |()| ask(c)) />
                    }
                }}
            </Show>
            <Show when=move || may(|p| p.delete_conversations)>
                <MenuItem
                    label=i18n.tr(Msg::DeleteConversation)
                    danger=true
                    on_select=Callback::new(move |()| ask(Confirm::Delete))
                />
            </Show>
        </MenuButton>
        <ConfirmDialog
            open=asking
            title=move || i18n.t(texts(question.get()).0)
            body=move || i18n.t(texts(question.get()).1)
            confirm=move || i18n.t(texts(question.get()).2)
            danger=move || question.get() != Confirm::Unblock
            on_confirm=Callback::new(move |()| {
                run(match question.get_untracked() {
                    Confirm::Block => A::BlockContact,
                    Confirm::Unblock => A::UnblockContact,
                    Confirm::Delete => A::Delete,
                })
            })
        />
    }
}
