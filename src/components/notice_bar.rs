//! The alert region: errors the agent should know about, with a dismiss button.

use crate::i18n::{use_i18n, Msg};
use crate::store::use_store;
use leptos::prelude::*;

/// Shows the current notice, if any, in a live region.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    view! {
        <div class="sb-notice" role="alert">
            {move || {
                state
                    .notice
                    .get()
                    .map(|n| {
                        view! {
                            <div class="sb-notice__box">
                                <p class="sb-notice__text">{i18n.t(n.msg)}</p>
                                {n.detail.map(|d| view! { <p class="sb-notice__detail">{d}</p> })}
                                <button
                                    type="button"
                                    class="sb-button sb-button--ghost"
                                    on:click=move |_| state.notice.set(None)
                                >
                                    {i18n.tr(Msg::Dismiss)}
                                </button>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
