//! Several tabs of one agent, each with its own outbox, none of it ever lost.
//!
//! Each tab keeps its unsent messages under a storage key of its own
//! (`agent_shelf::tab_key`, with a random id made at every load) and sends them itself,
//! so two tabs never overwrite each other's outbox. While it lives, a tab holds a Web
//! Lock named after its id (`navigator.locks`: the browser releases it when the tab
//! closes, reloads or crashes, and only then). Another tab of the agent (or the same tab
//! after a reload) finds the key of a tab whose lock is free, takes its messages into its
//! own outbox (`Outbox::adopt`: queued again with their client ids, which the server
//! de-duplicates) and deletes the key. The scan runs at sign-in and every
//! [`SCAN_MS`], under a lock of the agent's so two tabs never adopt at once.
//!
//! The tab writes its key only once its own lock is held: a scan in another tab finds
//! the lock taken and leaves the key alone.
//!
//! A browser without Web Locks (an insecure origin) keeps one outbox key per agent, as
//! before tabs were told apart: one tab's outbox there can still overwrite another's.

use super::persist::storage;
use crate::store::Store;
use switchboard_core::agent_shelf::{self, Item};
use switchboard_core::Outbox;
use switchboard_protocol::AgentId;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How often a tab looks for outboxes left by tabs that are gone (ms).
const SCAN_MS: u32 = 5_000;

#[wasm_bindgen]
extern "C" {
    /// `navigator.locks` (web-sys has it only behind its unstable-API flag).
    type LockManager;
    #[wasm_bindgen(method)]
    fn request(
        this: &LockManager,
        name: &str,
        options: &JsValue,
        callback: &JsValue,
    ) -> js_sys::Promise;
}

/// Whether tabs are told apart here (the browser has Web Locks).
pub fn supported() -> bool {
    locks().is_some()
}

fn locks() -> Option<LockManager> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok()?;
    (!locks.is_undefined() && !locks.is_null()).then(|| locks.unchecked_into())
}

/// The lock a tab holds while it lives.
fn tab_lock(tab: &str) -> String {
    format!("switchboard.tab.{tab}")
}

/// `{ ifAvailable: true }` or `{}`.
fn options(if_available: bool) -> JsValue {
    let o = js_sys::Object::new();
    if if_available {
        let _ = js_sys::Reflect::set(&o, &"ifAvailable".into(), &true.into());
    }
    o.into()
}

/// A random tab id: letters and digits.
fn new_tab_id() -> String {
    let n = (js_sys::Math::random() * 2f64.powi(52)) as u64;
    let t = js_sys::Date::now() as u64;
    format!("{t:x}-{n:x}")
}

/// Decides where this tab keeps its outbox; `ready` gets the key once the tab's lock is
/// held (at once, with the agent's one key, without Web Locks). Then adopts what gone
/// tabs left, now and every [`SCAN_MS`].
pub fn start(store: Store, agent: AgentId, ready: impl FnOnce(String) + 'static) {
    let Some(locks) = locks() else {
        ready(agent_shelf::key(agent, Item::Outbox));
        return;
    };
    let tab = new_tab_id();
    let key = agent_shelf::tab_key(agent, Item::Outbox, &tab);
    let mine = tab.clone();
    let held = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        ready(key);
        scan(store, agent, &mine);
        gloo_timers::callback::Interval::new(SCAN_MS, move || scan(store, agent, &mine)).forget();
        // Never settles: the lock is held until the tab goes.
        js_sys::Promise::new(&mut |_, _| {}).into()
    });
    let _ = locks.request(&tab_lock(&tab), &options(false), &held);
}

/// Adopts the outbox of every tab of the agent whose lock is free (the tab is gone), and
/// the agent's one key of browsers before tabs were told apart.
fn scan(store: Store, agent: AgentId, mine: &str) {
    let Some(manager) = locks() else { return };
    let Some(s) = storage() else { return };
    let left: Vec<(String, String)> = (0..s.length().unwrap_or(0))
        .filter_map(|i| s.key(i).ok().flatten())
        .filter_map(|k| {
            let tab = agent_shelf::tab_of(agent, Item::Outbox, &k)?.to_owned();
            (tab != mine).then_some((k, tab))
        })
        .collect();
    let whole = agent_shelf::key(agent, Item::Outbox);
    let whole_left = s.get_item(&whole).ok().flatten().is_some();
    if left.is_empty() && !whole_left {
        return;
    }
    // One adopter at a time across the agent's tabs.
    let adopt_all = Closure::once_into_js(move |_lock: JsValue| -> JsValue {
        if whole_left {
            take(store, agent, &whole);
        }
        for (key, tab) in left {
            let Some(locks) = locks() else { break };
            let gone = Closure::once_into_js(move |lock: JsValue| -> JsValue {
                // `null`: the tab still holds its lock (it lives and sends its own).
                if !lock.is_null() {
                    take(store, agent, &key);
                }
                JsValue::UNDEFINED
            });
            let _ = locks.request(&tab_lock(&tab), &options(true), &gone);
        }
        JsValue::UNDEFINED
    });
    let _ = manager.request(
        &format!("switchboard.adopt.agent-{}", agent.0),
        &options(false),
        &adopt_all,
    );
}

/// Moves the outbox under `key` into this tab's, saves this tab's at once, then deletes
/// `key`: a crash in between leaves the messages in both places, never in neither (their
/// client ids keep them from being stored twice). An unreadable one is set aside and
/// reported (`persist::open_at`).
fn take(store: Store, agent: AgentId, key: &str) {
    let left: Outbox = super::persist::open_at(store, agent, key);
    let added = store.write(|i| i.outbox.adopt(left)).unwrap_or(0);
    if added > 0 {
        if !super::persist::save_outbox_now(store) {
            // Not saved here: leave it where it is for the next scan.
            return;
        }
        super::outbox::flush(store);
    }
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}
