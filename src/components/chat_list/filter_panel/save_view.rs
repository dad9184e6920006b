//! "Save view": saves the list's current filters as a custom view (`POST /views`), then
//! shows it (`mailbox=view:{id}`). A compact form opens under the Filters row.
//!
//! Nothing typed is lost: a bad name or a refusal leaves the form open with the name as
//! it was, and says why beside the field. The name rules are
//! `switchboard_core::mailbox_menu::new_view`'s (the server's, plus no two of my views
//! with one name).

use crate::components::common::refusal_line;
use crate::i18n::{use_i18n, Count, Msg};
use crate::list_query::use_list_query;
use crate::store::{use_store, views, Command};
use leptos::html;
use leptos::prelude::*;
use switchboard_core::mailbox_menu::{new_view, showing_view, NameProblem};
use switchboard_protocol::AgentId;

/// The "Save view" button and its form.
#[component]
pub fn SaveView() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let list = use_list_query();
    let open = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let shared = RwSignal::new(false);
    // Why the name will not do (the server's refusal is the command's).
    let problem = RwSignal::new(None::<NameProblem>);
    let saving = Command::new();
    let toggle = NodeRef::<html::Button>::new();
    let field = NodeRef::<html::Input>::new();

    // Opening the form puts the caret in the name (once the form is shown).
    Effect::new(move || {
        if open.get() {
            request_animation_frame(move || {
                if let Some(el) = field.get_untracked() {
                    let _ = el.focus();
                }
            });
        }
    });
    let close = move || {
        open.set(false);
        problem.set(None);
        saving.clear();
        if let Some(b) = toggle.get_untracked() {
            let _ = b.focus();
        }
    };
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if saving.pending_untracked() {
            return;
        }
        let me = state
            .session
            .with_untracked(|s| s.as_ref().map_or(AgentId(0), |s| s.agent.id));
        let body = state.inbox().with_untracked(|i| {
            list.query.with_untracked(|q| {
                new_view(
                    &name.get_untracked(),
                    shared.get_untracked(),
                    q,
                    me,
                    &i.list.views,
                )
            })
        });
        let body = match body {
            Ok(b) => b,
            Err(p) => {
                problem.set(Some(p));
                if let Some(el) = field.get_untracked() {
                    let _ = el.focus();
                }
                return;
            }
        };
        problem.set(None);
        saving.run(views::create(state, body), move |id| {
            list.set(showing_view(&list.query.get_untracked(), id));
            name.set(String::new());
            shared.set(false);
            close();
        });
    };
    let message = move || {
        let name = problem.get().map(|p| match p {
            NameProblem::TooLong { over } => format!(
                "{} {}",
                i18n.t(Msg::ErrViewNameTooLong),
                i18n.count(Count::CharsOver, over as u64)
            ),
            p => i18n.t(p.msg()).to_owned(),
        });
        name.or_else(|| {
            saving.refused().map(|e| {
                refusal_line(
                    &format!("{} {}", i18n.t(Msg::ErrViewNotSaved), i18n.t(e.msg())),
                    &e,
                )
            })
        })
    };
    let name_invalid = move || problem.with(Option::is_some);

    view! {
        <button
            type="button"
            class="sb-button sb-button--small"
            node_ref=toggle
            aria-expanded=move || open.get().to_string()
            aria-controls="sb-save-view"
            on:click=move |_| if open.get_untracked() { close() } else { open.set(true) }
        >
            {i18n.tr(Msg::ViewSave)}
        </button>
        <form
            id="sb-save-view"
            class="sb-view-form"
            aria-label=i18n.tr(Msg::ViewSave)
            aria-describedby="sb-save-view-hint"
            hidden=move || !open.get()
            novalidate
            on:submit=on_submit
            on:keydown=move |ev| {
                if ev.key() == "Escape" {
                    ev.prevent_default();
                    close();
                }
            }
        >
            <p id="sb-save-view-hint" class="sb-view-form__hint">{i18n.tr(Msg::ViewSaveHint)}</p>
            <label class="sb-view-form__field">
                <span>{i18n.tr(Msg::ViewName)}</span>
                <input
                    type="text"
                    class="sb-input"
                    node_ref=field
                    autocomplete="off"
                    aria-invalid=move || name_invalid().to_string()
                    aria-describedby="sb-save-view-error"
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        name.set(event_target_value(&ev));
                        if name_invalid() {
                            problem.set(None);
                        }
                    }
                />
            </label>
            <label class="sb-view-form__option">
                <input
                    type="checkbox"
                    prop:checked=move || shared.get()
                    on:change=move |ev| shared.set(event_target_checked(&ev))
                />
                {i18n.tr(Msg::ViewShared)}
            </label>
            <p id="sb-save-view-error" class="sb-view-form__error" role="alert">{message}</p>
            <div class="sb-view-form__actions">
                <button type="submit" class="sb-button sb-button--small sb-button--primary" disabled=move || saving.pending()>
                    {i18n.tr(Msg::ViewSaveSubmit)}
                </button>
                <button type="button" class="sb-button sb-button--small" on:click=move |_| close()>
                    {i18n.tr(Msg::ViewCancel)}
                </button>
            </div>
        </form>
    }
}
