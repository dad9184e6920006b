//! The root: context, router, the four zones, and the start of background sync.

use crate::components::session::{DeskGuard, SignInAgain, SignInPage};
use crate::components::{
    ChatList, ClientPanel, Composer, ConversationView, Keyboard, KeyboardCtx, NoticeBar,
    PanelLayout, ZoneHandles,
};
use crate::i18n::{provide_i18n, ByLocale};
use crate::store::{Gate, Store};
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::use_location;
use leptos_router::NavigateOptions;
use switchboard_core::Route;

/// The app.
#[component]
pub fn App() -> impl IntoView {
    provide_i18n(crate::config::get().language);
    let state = Store::provide();
    crate::store::persist::keep(state);
    crate::store::session::watch(state);
    crate::store::sync::start(state);
    crate::kiosk::start(state);
    view! {
        <Router>
            <Shell />
        </Router>
    }
}

/// The current route, parsed from the URL (see `switchboard_core::route` for why the four
/// zones are not swapped by `<Routes>`).
#[derive(Clone, Copy)]
pub struct CurrentRoute(pub Memo<Route>);

/// The sign-in page while nobody is signed in; otherwise the four zones (with the
/// sign-in form over them when the session has ended).
#[component]
fn Shell() -> impl IntoView {
    let store = expect_context::<Store>();
    // Before the host page's events: both read the same unread counts.
    crate::alerts::start(store);
    crate::host::start(store);
    let navigate = leptos_router::hooks::use_navigate();
    let location = use_location();
    // `/sign-in` once signed in: on to the inbox.
    Effect::new(move || {
        if store.gate.get() == Gate::Open
            && location
                .pathname
                .with(|p| p.trim_end_matches('/') == "/sign-in")
        {
            navigate(
                "/",
                NavigateOptions {
                    replace: true,
                    ..Default::default()
                },
            );
        }
    });
    view! {
        <Show
            when=move || store.gate.get() != Gate::SignedOut
            fallback=|| view! { <ByLocale><SignInPage /></ByLocale> }
        >
            <Zones />
            <ByLocale>
                <SignInAgain />
            </ByLocale>
        </Show>
    }
}

/// The four zones on one screen.
#[component]
fn Zones() -> impl IntoView {
    let location = use_location();
    let route = Memo::new(move |_| location.pathname.with(|p| Route::parse(p)));
    provide_context(CurrentRoute(route));
    crate::list_query::provide_list_query();
    crate::store::list_loader::start(
        expect_context::<Store>(),
        crate::list_query::use_list_query(),
        route,
    );
    crate::store::history::start(expect_context::<Store>(), route);
    crate::store::viewing::start(expect_context::<Store>(), route);
    crate::components::ComposerCtx::provide();
    PanelLayout::provide();
    // Before the zones: its keydown listener hears keys before theirs.
    KeyboardCtx::provide();
    view! {
        // Built again on a language switch (`crate::i18n`); the contexts above survive it.
        <ByLocale>
        // `sb-app--conversation`: a conversation is open (phones show it instead of the list).
        <div class="sb-app" class:sb-app--conversation=move || route.with(|r| r.conversation().is_some())>
            <ChatList />
            <ConversationView />
            <ClientPanel />
            <ZoneHandles />
            <Composer />
            <NoticeBar />
            <Keyboard />
            {crate::kiosk::is_kiosk().then(|| view! { <DeskGuard /> })}
        </div>
        </ByLocale>
    }
}

/// The current route from context.
pub fn use_route() -> Memo<Route> {
    expect_context::<CurrentRoute>().0
}
