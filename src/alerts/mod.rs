//! Alerts (issue 16), the browser's side: the tab title and favicon badge (`tab.rs`), the
//! browser notification and its permission (`notify.rs`), the sound (`sound.rs`).
//!
//! What alerts whom is decided by the pure `switchboard_core::alerts`; this module hands
//! it the socket's events as the store applies them ([`heard`], called by `store/sync.rs`
//! for events applied or held during a resync; never for duplicates), the heads the socket
//! names when it connects ([`connected`]: what it replays up to there is the past), and
//! where the agent types ([`typed`]). The views (the agent menu and the banner) use the
//! [`AlertsHandle`] from context: permission, the sound setting, the banner.
//!
//! Started once, inside the router (a notification's click opens its conversation).

mod notify;
mod sound;
mod tab;

use crate::i18n::{I18n, Msg};
use crate::store::{unread, Store};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use notify::Permission;
use std::cell::RefCell;
use std::rc::Rc;
use switchboard_core::agent_shelf;
use switchboard_core::alerts::{self, Alert, Alerts, Moment, Settings, Sound, Why};
use switchboard_core::Route;
use switchboard_protocol::{AgentId, ConversationId, Event, Seq};

/// What the views read and change: a small `Copy` handle.
#[derive(Clone, Copy)]
pub struct AlertsHandle {
    store: Store,
    /// The browser's notification permission, as last read.
    permission: RwSignal<Permission>,
    /// The signed-in agent's settings, once read from storage (with whose they are).
    settings: RwSignal<Option<(AgentId, Settings)>>,
}

impl AlertsHandle {
    /// Why `Turn on notifications` cannot be chosen now (reactive): they are on already,
    /// blocked in the browser, or not available; `None` when the browser may ask.
    pub fn turn_on_unavailable(self) -> Option<Msg> {
        match self.permission.get() {
            Permission::Ask => None,
            Permission::Granted => Some(Msg::AlertsOn),
            Permission::Denied => Some(Msg::AlertsBlocked),
            Permission::Unsupported => Some(Msg::AlertsUnsupported),
        }
    }

    /// Asks the browser for permission (call it from a click: browsers ask only then);
    /// the banner offering it is not shown again.
    pub fn turn_on(self) {
        if self.permission.get_untracked() == Permission::Ask {
            notify::request(self.permission);
        }
        self.change(|s| s.banner_dismissed = true);
    }

    /// Whether the banner offering notifications shows (reactive): the browser would ask,
    /// and this agent has not answered it yet. Never asks by itself.
    pub fn offer(self) -> bool {
        self.permission.get() == Permission::Ask
            && self.settings.with(|s| {
                s.as_ref()
                    .is_some_and(|(who, s)| Some(*who) == self.store.me() && !s.banner_dismissed)
            })
    }

    /// The banner's `Not now`: it is not offered again to this agent.
    pub fn dismiss(self) {
        self.change(|s| s.banner_dismissed = true);
    }

    /// The agent's sound setting (reactive).
    pub fn sound(self) -> Sound {
        self.settings
            .with(|s| s.as_ref().map(|(_, s)| s.sound).unwrap_or_default())
    }

    /// Chooses when the sound plays.
    pub fn set_sound(self, sound: Sound) {
        self.change(|s| s.sound = sound);
    }

    /// Changes the agent's settings and keeps them.
    fn change(self, f: impl FnOnce(&mut Settings)) {
        let Some(me) = untrack(|| self.store.me()) else {
            return;
        };
        let mut settings = self
            .settings
            .get_untracked()
            .filter(|(who, _)| *who == me)
            .map(|(_, s)| s)
            .unwrap_or_else(|| load(me));
        f(&mut settings);
        save(me, &settings);
        self.settings.set(Some((me, settings)));
    }
}

/// The handle from context.
pub fn use_alerts() -> AlertsHandle {
    expect_context::<AlertsHandle>()
}

/// What the socket's callback needs, kept for the app's lifetime.
struct Live {
    handle: AlertsHandle,
    i18n: I18n,
    core: Alerts,
    /// The conversation on screen.
    open: Memo<Option<ConversationId>>,
    /// Where the agent last typed, and when (ms).
    typed: Option<(ConversationId, f64)>,
    /// Opens a conversation (a notification's click).
    go: Rc<dyn Fn(ConversationId)>,
}

thread_local! {
    static LIVE: RefCell<Option<Live>> = const { RefCell::new(None) };
}

/// Starts the title, the favicon and the alerts; provides the [`AlertsHandle`].
pub fn start(store: Store) {
    let handle = AlertsHandle {
        store,
        permission: RwSignal::new(notify::current()),
        settings: RwSignal::new(None),
    };
    provide_context(handle);
    tab::start(store, unread::track(store));
    notify::watch(handle.permission);
    // The agent's own settings, read when they sign in.
    Effect::new(move || {
        if let Some(me) = store.me() {
            handle.settings.set(Some((me, load(me))));
        }
    });
    let location = use_location();
    let open = Memo::new(move |_| location.pathname.with(|p| Route::parse(p).conversation()));
    let navigate = use_navigate();
    let go = Rc::new(move |id: ConversationId| {
        navigate(&format!("/conversations/{id}"), Default::default())
    });
    LIVE.with(|l| {
        *l.borrow_mut() = Some(Live {
            handle,
            i18n: crate::i18n::use_i18n(),
            core: Alerts::default(),
            open,
            typed: None,
            go,
        })
    });
}

/// The socket is ready (or asks for a resync) at `head`: events up to it are the past.
pub fn connected(head: Seq) {
    LIVE.with(|l| {
        if let Some(live) = l.borrow_mut().as_mut() {
            live.core.connected(head);
        }
    });
}

/// The agent typed in `id` (the composer's draft changed).
pub fn typed(id: ConversationId, now: f64) {
    LIVE.with(|l| {
        if let Some(live) = l.borrow_mut().as_mut() {
            live.typed = Some((id, now));
        }
    });
}

/// An event the store applied (or holds until its snapshot is in): alerts if it should.
pub fn heard(seq: Seq, event: &Event) {
    if !matches!(event, Event::MessageCreated { .. } | Event::Mention { .. }) {
        return;
    }
    let raised = LIVE.with(|l| {
        let mut l = l.borrow_mut();
        let live = l.as_mut()?;
        let store = live.handle.store;
        let me = untrack(|| store.me())?;
        let at = Moment {
            me,
            open: live.open.try_get_untracked().flatten(),
            hidden: document().hidden(),
            typed: live.typed,
            now: js_sys::Date::now(),
            sound: untrack(|| live.handle.sound()),
        };
        let mine = |c: ConversationId| {
            store.inbox().with_untracked(|i| {
                i.conversations
                    .get(c)
                    .is_some_and(|s| s.assignee == Some(me) || s.operators.contains(&me))
            })
        };
        let alert = live.core.hear(seq, event, &at, mine)?;
        Some((alert, live.handle, live.i18n, live.go.clone()))
    });
    if let Some((alert, handle, i18n, go)) = raised {
        raise(alert, handle, i18n, go);
    }
}

/// Shows the notification (when allowed) and plays the sound (when wanted).
fn raise(alert: Alert, handle: AlertsHandle, i18n: I18n, go: Rc<dyn Fn(ConversationId)>) {
    if alert.sound {
        sound::beep();
    }
    if handle.permission.get_untracked() != Permission::Granted {
        return;
    }
    let locale = untrack(|| i18n.locale());
    let contact = handle.store.inbox().with_untracked(|i| {
        i.conversations
            .get(alert.conversation)
            .map(|c| c.contact.name.clone())
    });
    let (title, body) = match alert.why {
        Why::Customer => (
            contact.unwrap_or_else(|| locale.t(Msg::AlertsNewMessage).to_owned()),
            alert.text,
        ),
        Why::Mention => (
            alert.by.as_deref().map_or_else(
                || locale.t(Msg::AlertsMention).to_owned(),
                |name| locale.alerts_mentioned_by(&name),
            ),
            match contact {
                Some(name) if !alert.text.is_empty() => format!("{name}: {}", alert.text),
                Some(name) => name,
                None => alert.text,
            },
        ),
    };
    let id = alert.conversation;
    notify::show(&title, &body, &id.to_string(), move || go(id));
}

/// `agent`'s settings from storage (the defaults when there are none, or not theirs).
fn load(agent: AgentId) -> Settings {
    let stored = storage().and_then(|s| s.get_item(&alerts::settings_key(agent)).ok().flatten());
    agent_shelf::open(agent, stored.as_deref())
}

/// Keeps `agent`'s settings (quietly not, where storage is refused).
fn save(agent: AgentId, settings: &Settings) {
    if let (Some(s), Some(text)) = (storage(), agent_shelf::seal(agent, settings)) {
        let _ = s.set_item(&alerts::settings_key(agent), &text);
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}
