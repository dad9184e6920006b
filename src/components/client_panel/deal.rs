//! The "Deal" section: the deal this chat belongs to (pipeline, stage, line, channel,
//! amount), with an editor that creates or changes it.
//!
//! The full deal (`GET /conversations/{id}/deal`) is loaded into `Inbox::details` when the
//! section opens; `deal_updated` events keep it current there. Until it is in, the list
//! row's brief (stage and amount) is shown. A stage change writes an activity entry that
//! the message log shows like any other.

mod deal_editor;

use super::form_kit::focus_later;
use crate::i18n::{use_i18n, Msg};
use crate::store::{panel, use_store};
use deal_editor::DealEditor;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::row_label::channel_msg;
use switchboard_core::variables::money;
use switchboard_protocol::{ConversationId, Deal, DealBrief, Pipeline};

/// The id of the "Edit deal" / "Add deal" button, where focus goes back when the form
/// closes.
const EDIT_BUTTON: &str = "sb-deal-edit";

/// The "Deal" section.
#[component]
pub fn DealSection(
    /// The open conversation.
    id: ConversationId,
    /// Its list row's deal brief (shown until the full deal is in).
    brief: Memo<Option<DealBrief>>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let pipelines = RwSignal::new(None::<Vec<Pipeline>>);
    let failed = RwSignal::new(None::<Msg>);
    let editing = RwSignal::new(false);
    spawn_local(async move {
        if let Err(e) = panel::load_deal(state, id).await {
            _ = failed.try_set(Some(e.msg()));
        }
    });
    spawn_local(async move {
        match panel::pipelines(state).await {
            Ok(p) => _ = pipelines.try_set(Some(p)),
            Err(e) => _ = failed.try_set(Some(e.msg())),
        }
    });
    // `None`: not loaded yet; `Some(None)`: loaded, no deal.
    let deal = Memo::new(move |_| state.inbox().with(|i| i.details.deals.get(&id).cloned()));
    let pipeline_name = move |d: &Deal| {
        pipelines.with(|p| {
            p.as_ref()
                .and_then(|p| p.iter().find(|p| p.id == d.pipeline))
                .map(|p| p.name.clone())
        })
    };
    let row = move |label: Msg, value: String| {
        view! {
            <div class="sb-fields__row">
                <dt>{move || i18n.t(label)}</dt>
                <dd>{value}</dd>
            </div>
        }
    };
    let shown = move || match deal.get() {
        Some(Some(d)) => view! {
            <dl class="sb-fields">
                {pipeline_name(&d).map(|p| row(Msg::Pipeline, p))}
                {row(Msg::Stage, d.stage.clone())}
                {row(Msg::DealLine, d.line.to_string())}
                {d.channel.map(|c| view! {
                    <div class="sb-fields__row">
                        <dt>{i18n.tr(Msg::Channel)}</dt>
                        <dd>{move || i18n.t(channel_msg(c))}</dd>
                    </div>
                })}
                {row(Msg::Amount, money(d.amount_minor, &d.currency))}
            </dl>
        }
        .into_any(),
        Some(None) => view! { <p class="sb-panel__muted">{i18n.tr(Msg::NoDeal)}</p> }.into_any(),
        None => match brief.get() {
            Some(b) => view! {
                <dl class="sb-fields">
                    {row(Msg::Stage, b.stage.clone())}
                    {row(Msg::Amount, money(b.amount_minor, &b.currency))}
                </dl>
            }
            .into_any(),
            None => view! { <p class="sb-panel__muted">{i18n.tr(Msg::Loading)}</p> }.into_any(),
        },
    };
    let can_edit = move || deal.with(Option::is_some) && pipelines.with(Option::is_some);
    view! {
        <section class="sb-panel__section sb-deal" aria-labelledby="sb-panel-deal">
            <div class="sb-panel__bar">
                <h2 class="sb-panel__heading" id="sb-panel-deal">{i18n.tr(Msg::Deal)}</h2>
                <Show when=move || !editing.get() && can_edit()>
                    <button
                        type="button"
                        id=EDIT_BUTTON
                        class="sb-button sb-button--small"
                        on:click=move |_| editing.set(true)
                    >
                        {move || i18n.t(if deal.with(|d| matches!(d, Some(Some(_))))
                        {
                            Msg::EditDeal
                        } else {
                            Msg::AddDeal
                        })}
                    </button>
                </Show>
            </div>
            {move || failed.get().map(|m| view! { <p class="sb-panel__error" role="alert">{move || i18n.t(m)}</p> })}
            {move || {
                if editing.get() {
                    let current = deal.get_untracked().flatten();
                    let all = pipelines.get_untracked().unwrap_or_default();
                    view! {
                        <DealEditor
                            id
                            deal=current
                            pipelines=all
                            on_done=Callback::new(move |()| {
                                editing.set(false);
                                focus_later(EDIT_BUTTON);
                            })
                        />
                    }
                        .into_any()
                } else {
                    shown().into_any()
                }
            }}
        </section>
    }
}
