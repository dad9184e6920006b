//! Search inside the open conversation: the server finds the messages (the whole history,
//! not only what is loaded), the log brings each hit into view (loading the stretch
//! around it), and the words are highlighted in the rendered messages with the CSS Custom
//! Highlight API (no change to the messages' DOM; where the browser lacks the API, the hit
//! is still scrolled to and flashed).
//!
//! Keys: Enter goes to the next (newer) hit, Shift+Enter to the previous (older), Escape
//! closes the search.

use super::message_log::LogHandle;
use crate::i18n::{use_i18n, Count, Msg};
use crate::store::messages;
use crate::store::use_store;
use gloo_timers::future::TimeoutFuture;
use js_sys::{Array, Function, Reflect};
use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;
use switchboard_core::text_find::utf16_matches;
use switchboard_protocol::MessageId;
use wasm_bindgen::{JsCast, JsValue};

/// How long the search waits for the next keystroke before asking the server.
const SETTLE_MS: u32 = 250;
/// The name of the highlight (`::highlight(sb-search)` in the CSS).
const HIGHLIGHT: &str = "sb-search";

/// The search toggle and bar, inside the log (which provides the [`LogHandle`]).
#[component]
pub fn ConversationSearch(
    /// Re-highlights after every render of the log.
    rendered: Signal<usize>,
) -> impl IntoView {
    let state = use_store();
    let i18n = use_i18n();
    let log = expect_context::<LogHandle>();
    let open = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let hits = RwSignal::new(Vec::<MessageId>::new());
    let current = RwSignal::new(None::<usize>);
    let asked = StoredValue::new(0_u64);
    let input = NodeRef::<Input>::new();

    let go = move |index: usize| {
        if let Some(mid) = hits.with_untracked(|h| h.get(index).copied()) {
            current.set(Some(index));
            log.reveal(state, mid);
        }
    };
    let step = move |newer: bool| {
        let n = hits.with_untracked(Vec::len);
        if n == 0 {
            return;
        }
        let i = current.get_untracked().unwrap_or(n - 1);
        go(if newer { (i + 1) % n } else { (i + n - 1) % n });
    };
    let on_input = move |ev| {
        let q = event_target_value(&ev);
        text.set(q.clone());
        let ticket = asked.get_value() + 1;
        asked.set_value(ticket);
        spawn_local(async move {
            TimeoutFuture::new(SETTLE_MS).await;
            if asked.get_value() != ticket {
                return;
            }
            if q.trim().is_empty() {
                hits.set(Vec::new());
                current.set(None);
                return;
            }
            if let Ok(found) = messages::search(state, log.conversation(), &q).await {
                if asked.get_value() == ticket {
                    let n = found.len();
                    hits.set(found);
                    // Start from the newest hit, as the agent reads from the bottom.
                    match n {
                        0 => current.set(None),
                        n => go(n - 1),
                    }
                }
            }
        });
    };
    let close = move || {
        open.set(false);
        text.set(String::new());
        hits.set(Vec::new());
        current.set(None);
        clear_highlight();
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
        "Enter" => {
            ev.prevent_default();
            step(!ev.shift_key());
        }
        "Escape" => {
            ev.prevent_default();
            close();
        }
        _ => {}
    };
    // Highlight the words in whatever the log renders while the search is open.
    Effect::new(move || {
        rendered.with(|_| ());
        let q = text.get();
        if open.get() {
            request_animation_frame(move || highlight(&q));
        }
    });
    Effect::new(move || {
        if open.get() {
            if let Some(el) = input.get() {
                let _ = el.focus();
            }
        }
    });
    on_cleanup(clear_highlight);

    let position = move || {
        let n = hits.with(Vec::len);
        match (current.get(), text.with(|t| t.trim().is_empty())) {
            (_, true) => String::new(),
            (Some(i), _) => format!("{} / {n}", i + 1),
            (None, _) => i18n.t(Msg::SearchNoMatches).to_owned(),
        }
    };

    view! {
        <Show
            when=move || open.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="sb-icon-button sb-log-search__toggle"
                        aria-label=i18n.tr(Msg::SearchInConversation)
                        title=i18n.tr(Msg::SearchInConversation)
                        on:click=move |_| open.set(true)
                    >
                        <span aria-hidden="true">"⌕"</span>
                    </button>
                }
            }
        >
            <div class="sb-log-search" role="search">
                <input
                    type="search"
                    class="sb-input sb-log-search__input"
                    node_ref=input
                    aria-label=i18n.tr(Msg::SearchInConversation)
                    placeholder=i18n.tr(Msg::SearchInConversation)
                    prop:value=move || text.get()
                    on:input=on_input
                    on:keydown=on_key
                />
                <span class="sb-log-search__position" role="status" aria-live="polite">
                    <span class="sb-visually-hidden">
                        {move || i18n.count(Count::Matches, hits.with(Vec::len) as u64)}
                    </span>
                    <span aria-hidden="true">{position}</span>
                </span>
                <button
                    type="button"
                    class="sb-icon-button"
                    aria-label=i18n.tr(Msg::SearchPrevious)
                    disabled=move || hits.with(Vec::is_empty)
                    on:click=move |_| step(false)
                >
                    "↑"
                </button>
                <button
                    type="button"
                    class="sb-icon-button"
                    aria-label=i18n.tr(Msg::SearchNext)
                    disabled=move || hits.with(Vec::is_empty)
                    on:click=move |_| step(true)
                >
                    "↓"
                </button>
                <button
                    type="button"
                    class="sb-icon-button"
                    aria-label=i18n.tr(Msg::SearchClose)
                    on:click=move |_| close()
                >
                    "×"
                </button>
            </div>
        </Show>
    }
}

/// `CSS.highlights`, where the browser has it.
fn registry() -> Option<JsValue> {
    let css = Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let registry = Reflect::get(&css, &"highlights".into()).ok()?;
    (!registry.is_undefined()).then_some(registry)
}

fn call(target: &JsValue, method: &str, args: &[&JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(target, &method.into()).ok()?.dyn_into().ok()?;
    let args: Array = args.iter().copied().collect();
    f.apply(target, &args).ok()
}

/// Marks every occurrence of the query's words in the rendered log.
fn highlight(query: &str) {
    let Some(registry) = registry() else { return };
    let Ok(Some(log)) = document().query_selector(".sb-log") else {
        return;
    };
    let Some(ctor) = Reflect::get(&js_sys::global(), &"Highlight".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok())
    else {
        return;
    };
    let Ok(mark) = Reflect::construct(&ctor, &Array::new()) else {
        return;
    };
    // Only text nodes (what = SHOW_TEXT).
    let Ok(walker) = document().create_tree_walker_with_what_to_show(&log, 4) else {
        return;
    };
    while let Ok(Some(node)) = walker.next_node() {
        let text = node.node_value().unwrap_or_default();
        for (start, end) in utf16_matches(&text, query) {
            let Ok(range) = document().create_range() else {
                continue;
            };
            if range.set_start(&node, start as u32).is_ok()
                && range.set_end(&node, end as u32).is_ok()
            {
                call(&mark, "add", &[&range]);
            }
        }
    }
    call(&registry, "set", &[&HIGHLIGHT.into(), &mark]);
}

fn clear_highlight() {
    if let Some(registry) = registry() {
        call(&registry, "delete", &[&HIGHLIGHT.into()]);
    }
}
