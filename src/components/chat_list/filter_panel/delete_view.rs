//! "Delete view": shown while the list shows one of my custom views; asks once, then
//! deletes it (`DELETE /views/{id}`) and goes back to the All mailbox with the same filters.

use crate::components::common::refusal_line;
use crate::i18n::{use_i18n, Msg};
use crate::list_query::use_list_query;
use crate::store::{use_store, views, Command};
use leptos::html;
use leptos::prelude::*;
use switchboard_core::mailbox_menu::{my_current_view, without_view};
use switchboard_protocol::{AgentId, ViewId};

/// The "Delete view" button and its confirmation.
#[component]
pub fn DeleteView() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let list = use_list_query();
    // My view on screen: its id and name.
    let mine = Memo::new(move |_| {
        let me = state
            .session
            .with(|s| s.as_ref().map_or(AgentId(0), |s| s.agent.id));
        list.query.with(|q| {
            state
                .inbox()
                .with(|i| my_current_view(q, me, &i.list.views).map(|v| (v.id, v.name.clone())))
        })
    });
    // The view being confirmed: another view on screen closes the question.
    let asking = RwSignal::new(None::<ViewId>);
    let open = move || asking.get().is_some() && asking.get() == mine.get().map(|m| m.0);
    let deleting = Command::new();
    let toggle = NodeRef::<html::Button>::new();
    let confirm = NodeRef::<html::Button>::new();

    Effect::new(move || {
        if open() {
            request_animation_frame(move || {
                if let Some(el) = confirm.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    let close = move || {
        asking.set(None);
        deleting.clear();
        if let Some(b) = toggle.get_untracked() {
            let _ = b.focus();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(id) = asking.get_untracked() else {
            return;
        };
        deleting.run(views::delete(state, id), move |()| {
            if let Some(q) = without_view(&list.query.get_untracked(), id) {
                list.set(q);
            }
            asking.set(None);
        });
    };
    let message = move || {
        deleting.refused().map(|e| {
            refusal_line(
                &format!("{} {}", i18n.t(Msg::ErrViewNotDeleted), i18n.t(e.msg())),
                &e,
            )
        })
    };

    view! {
        <Show when=move || mine.with(Option::is_some)>
            <button
                type="button"
                class="sb-button sb-button--small"
                node_ref=toggle
                aria-expanded=move || open().to_string()
                aria-controls="sb-delete-view"
                on:click=move |_| {
                    if open() {
                        close();
                    } else {
                        asking.set(mine.get_untracked().map(|m| m.0));
                    }
                }
            >
                {i18n.tr(Msg::ViewDelete)}
            </button>
            <form
                id="sb-delete-view"
                class="sb-view-form"
                aria-label=i18n.tr(Msg::ViewDelete)
                hidden=move || !open()
                on:submit=on_submit
                on:keydown=move |ev| {
                    if ev.key() == "Escape" {
                        ev.prevent_default();
                        close();
                    }
                }
            >
                <p class="sb-view-form__hint">
                    <strong class="sb-view-form__name">{move || mine.get().map(|m| m.1)}</strong>
                    {i18n.tr(Msg::ViewDeleteQuestion)}
                </p>
                <p class="sb-view-form__error" role="alert">{message}</p>
                <div class="sb-view-form__actions">
                    <button
                        type="submit"
                        class="sb-button sb-button--small sb-view-form__danger"
                        node_ref=confirm
                        disabled=move || deleting.pending()
                    >
                        {i18n.tr(Msg::Delete)}
                    </button>
                    <button type="button" class="sb-button sb-button--small" on:click=move |_| close()>
                        {i18n.tr(Msg::ViewCancel)}
                    </button>
                </div>
            </form>
        </Show>
    }
}
