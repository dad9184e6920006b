//! Under a reply whose text holds `{{variables}}`: the text as the customer will get it
//! (the composer fills the variables when it sends), and the variables that have no
//! value here, which must be replaced before sending.

use super::facts::use_values;
use crate::components::composer::use_composer;
use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;
use std::collections::BTreeMap;
use switchboard_core::variables::{fill, placeholders, token, Filled};
use switchboard_protocol::Visibility;

/// The preview, when the reply has placeholders.
#[component]
pub fn FillPreview() -> impl IntoView {
    let ctx = use_composer();
    let i18n = use_i18n();
    let values = use_values(ctx);
    let text = Memo::new(move |_| ctx.with_draft(|d| d.text.clone()));
    let filled = Memo::new(move |_| -> Option<Filled> {
        if ctx.mode.get() != Visibility::Public {
            return None;
        }
        text.with(|t| {
            (!placeholders(t).is_empty())
                .then(|| values.with(|v| fill(t.trim(), v, &BTreeMap::new())))
        })
    });
    move || {
        filled.get().map(|f| {
            let missing = (!f.missing.is_empty()).then(|| {
                let keys = f
                    .missing
                    .iter()
                    .map(|k| token(k))
                    .collect::<Vec<_>>()
                    .join(", ");
                view! {
                    <p class="sb-tpl-fill__missing" role="status">
                        {move || i18n.locale().variables_missing(&keys)}
                    </p>
                }
            });
            view! {
                <div class="sb-tpl-fill">
                    <p class="sb-tpl-fill__text">
                        <span class="sb-tpl-fill__label">{i18n.tr(Msg::SentAs)}</span>
                        " "
                        <span class="sb-tpl-fill__sent">{f.text}</span>
                    </p>
                    {missing}
                </div>
            }
        })
    }
}
