//! The deal form: pipeline, stage on it, line 1 or 2, channel, amount and currency.
//!
//! The core checks the form first (`switchboard_core::deal_form`) and names the wrong
//! field; the server answers with the deal it stored, which goes into `Inbox::details`
//! at once (its `deal_updated` event, applied again, changes nothing). A refusal keeps the
//! form open with the server's words, and nothing is stored.

use super::super::form_kit::{
    escape_cancels, focus_later, Explain, FormButtons, FormProblem, FormSubmit,
};
use crate::i18n::{use_i18n, I18n, Msg};
use crate::store::{panel, use_store};
use leptos::prelude::*;
use switchboard_core::deal_form::{deal_update, DealForm, DealProblem};
use switchboard_core::row_label::channel_msg;
use switchboard_protocol::{Channel, ConversationId, Deal, Pipeline, PipelineId};

/// The currency of a new deal (the demo workspace's; the agent can change it).
const DEFAULT_CURRENCY: &str = "EUR";

/// The form's first field, focused when it opens.
const FIRST_FIELD: &str = "sb-deal-pipeline";

impl Explain for DealProblem {
    fn text(self, i18n: I18n) -> String {
        i18n.t(problem_msg(self)).to_owned()
    }
}

/// The words for a form problem.
fn problem_msg(p: DealProblem) -> Msg {
    match p {
        DealProblem::UnknownPipeline => Msg::ErrDealPipeline,
        DealProblem::UnknownStage => Msg::ErrDealStage,
        DealProblem::BadLine => Msg::ErrDealLine,
        DealProblem::UnknownChannel => Msg::ErrDealChannel,
        DealProblem::AmountUnreadable => Msg::ErrDealAmount,
        DealProblem::AmountNegative => Msg::ErrDealAmountNegative,
        DealProblem::AmountTooLarge => Msg::ErrDealAmountTooLarge,
        DealProblem::BadCurrency => Msg::ErrDealCurrency,
    }
}

/// The id of the field a problem is about (focused, so the agent can fix it at once).
fn field_of(p: DealProblem) -> &'static str {
    match p {
        DealProblem::UnknownPipeline => FIRST_FIELD,
        DealProblem::UnknownStage => "sb-deal-stage",
        DealProblem::BadLine => "sb-deal-line",
        DealProblem::UnknownChannel => "sb-deal-channel",
        DealProblem::AmountUnreadable
        | DealProblem::AmountNegative
        | DealProblem::AmountTooLarge => "sb-deal-amount",
        DealProblem::BadCurrency => "sb-deal-currency",
    }
}

/// The deal form.
#[component]
pub fn DealEditor(
    /// The conversation.
    id: ConversationId,
    /// Its deal, if it has one.
    deal: Option<Deal>,
    /// The workspace's pipelines.
    pipelines: Vec<Pipeline>,
    /// Runs when the form is done with (saved or cancelled).
    on_done: Callback<()>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let pipelines = StoredValue::new(pipelines);
    let form = RwSignal::new(
        pipelines.with_value(|p| DealForm::from_deal(deal.as_ref(), p, DEFAULT_CURRENCY)),
    );
    let submission = FormSubmit::new();
    let stages = move || {
        let chosen = form.with(|f| f.pipeline);
        pipelines.with_value(|all| {
            all.iter()
                .find(|p| Some(p.id) == chosen)
                .map(|p| p.stages.clone())
                .unwrap_or_default()
        })
    };
    let submit = move || {
        submission.submit(
            || {
                pipelines
                    .with_value(|p| form.with_untracked(|f| deal_update(f, p)))
                    .inspect_err(|p| focus_later(field_of(*p)))
            },
            move |body| panel::put_deal(state, id, body),
            move |_| on_done.run(()),
        )
    };
    let bad = move |fields: &[DealProblem]| {
        submission
            .problem()
            .is_some_and(|p| fields.contains(&p))
            .to_string()
    };
    let field = move |f: fn(&DealForm) -> String| move || form.with(f);
    focus_later(FIRST_FIELD);
    view! {
        <form
            class="sb-panel-form"
            novalidate
            aria-label=i18n.tr(Msg::Deal)
            on:keydown=escape_cancels(on_done)
            on:submit=move |ev| {
                ev.prevent_default();
                submit();
            }
        >
            // A select's label is bound by `for`, not wrapped around it: wrapped, its
            // options' text would join the select's accessible name.
            <div class="sb-panel-form__field">
                <label for=FIRST_FIELD>{i18n.tr(Msg::Pipeline)}</label>
                <select
                    id=FIRST_FIELD
                    class="sb-select"
                    aria-invalid=move || bad(&[DealProblem::UnknownPipeline])
                    on:change=move |ev| {
                        if let Ok(n) = event_target_value(&ev).parse() {
                            pipelines.with_value(|p| form.update(|f| f.choose_pipeline(PipelineId(n), p)));
                        }
                    }
                >
                    {pipelines.with_value(|all| all.iter().map(|p| {
                        let pid = p.id;
                        view! {
                            <option value=pid.0.to_string() prop:selected=move || form.with(|f| f.pipeline == Some(pid))>
                                {p.name.clone()}
                            </option>
                        }
                    }).collect_view())}
                </select>
            </div>
            <div class="sb-panel-form__field">
                <label for="sb-deal-stage">{i18n.tr(Msg::Stage)}</label>
                <select
                    id="sb-deal-stage"
                    class="sb-select"
                    aria-invalid=move || bad(&[DealProblem::UnknownStage])
                    on:change=move |ev| form.update(|f| f.stage = event_target_value(&ev))
                >
                    {move || stages().into_iter().map(|s| {
                        let chosen = form.with_untracked(|f| f.stage == s);
                        view! { <option value=s.clone() prop:selected=chosen>{s.clone()}</option> }
                    }).collect_view()}
                </select>
            </div>
            <div class="sb-panel-form__field">
                <label for="sb-deal-line">{i18n.tr(Msg::DealLine)}</label>
                <select
                    id="sb-deal-line"
                    class="sb-select"
                    aria-invalid=move || bad(&[DealProblem::BadLine])
                    on:change=move |ev| form.update(|f| f.line = event_target_value(&ev))
                >
                    {["1", "2"].into_iter().map(|l| view! {
                        <option value=l prop:selected=move || form.with(|f| f.line == l)>{l}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="sb-panel-form__field">
                <label for="sb-deal-channel">{i18n.tr(Msg::Channel)}</label>
                <select
                    id="sb-deal-channel"
                    class="sb-select"
                    aria-invalid=move || bad(&[DealProblem::UnknownChannel])
                    on:change=move |ev| form.update(|f| f.channel = event_target_value(&ev))
                >
                    <option value="" prop:selected=move || form.with(|f| f.channel.is_empty())>
                        {i18n.tr(Msg::NoChannel)}
                    </option>
                    {Channel::ALL.into_iter().map(|c| view! {
                        <option value=c.as_str() prop:selected=move || form.with(|f| f.channel == c.as_str())>
                            {move || i18n.t(channel_msg(c))}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="sb-panel-form__pair">
                <label class="sb-panel-form__field sb-panel-form__field--grow">
                    <span>{i18n.tr(Msg::Amount)}</span>
                    <input
                        id="sb-deal-amount"
                        class="sb-input"
                        inputmode="decimal"
                        prop:value=field(|f| f.amount.clone())
                        aria-invalid=move || bad(&[
                            DealProblem::AmountUnreadable,
                            DealProblem::AmountNegative,
                            DealProblem::AmountTooLarge,
                        ])
                        aria-describedby="sb-deal-problem"
                        on:input=move |ev| form.update(|f| f.amount = event_target_value(&ev))
                    />
                </label>
                <label class="sb-panel-form__field sb-panel-form__field--short">
                    <span>{i18n.tr(Msg::Currency)}</span>
                    <input
                        id="sb-deal-currency"
                        class="sb-input"
                        maxlength="3"
                        autocapitalize="characters"
                        prop:value=field(|f| f.currency.clone())
                        aria-invalid=move || bad(&[DealProblem::BadCurrency])
                        aria-describedby="sb-deal-problem"
                        on:input=move |ev| form.update(|f| f.currency = event_target_value(&ev))
                    />
                </label>
            </div>
            <FormProblem id="sb-deal-problem" form=submission />
            <FormButtons submit=Msg::SaveDeal on_cancel=on_done command=submission.command() />
        </form>
    }
}
