//! The "Deal" section: the deal this chat belongs to.

use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use switchboard_protocol::DealBrief;

/// The "Deal" section: stage and amount.
#[component]
pub fn DealSection(
    /// The linked deal, if any.
    deal: Option<DealBrief>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="sb-panel__section" aria-labelledby="sb-panel-deal">
            <h2 class="sb-panel__heading" id="sb-panel-deal">{move || i18n.t(Msg::Deal)}</h2>
            {match deal {
                None => view! { <p class="sb-panel__muted">{move || i18n.t(Msg::NoDeal)}</p> }.into_any(),
                Some(d) => {
                    let amount = format!("{:.2} {}", d.amount_minor as f64 / 100.0, d.currency);
                    view! {
                        <dl class="sb-fields">
                            <div class="sb-fields__row">
                                <dt>{move || i18n.t(Msg::Stage)}</dt>
                                <dd>{d.stage.clone()}</dd>
                            </div>
                            <div class="sb-fields__row">
                                <dt>{move || i18n.t(Msg::Amount)}</dt>
                                <dd>{amount}</dd>
                            </div>
                        </dl>
                    }
                        .into_any()
                }
            }}
        </section>
    }
}
