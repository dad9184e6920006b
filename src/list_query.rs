//! The chat list's query (mailbox, filters, search, sort) lives in the URL query string,
//! so a link or a reload restores the view (UI-CONTRACT.md). Components read it from this
//! context and change it only through [`ListQuery::set`], which rewrites the URL.

use crate::i18n::Msg;
use crate::store::use_store;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use leptos_router::NavigateOptions;
use switchboard_protocol::ConversationQuery;

/// The router's navigate function, kept in the arena (it is not `Send`).
type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The list query from the URL, and how to change it.
#[derive(Clone, Copy)]
pub struct ListQuery {
    /// The query (the default one when the URL has none, or a broken one).
    pub query: Memo<ConversationQuery>,
    pathname: Memo<String>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

impl ListQuery {
    /// Replaces the query (the open conversation stays open; history is not spammed).
    pub fn set(self, q: ConversationQuery) {
        let path = self.pathname.get_untracked();
        let url = format!("{path}{}", Self::suffix_of(&q));
        self.navigate.with_value(|n| {
            n(
                &url,
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..NavigateOptions::default()
                },
            )
        });
    }

    /// Changes the query with a closure.
    pub fn update(self, f: impl FnOnce(&mut ConversationQuery)) {
        let mut q = self.query.get_untracked();
        f(&mut q);
        self.set(q);
    }

    /// `?mailbox=...` for links that keep the list as it is (empty for the default list).
    pub fn suffix(self) -> String {
        self.query.with(Self::suffix_of)
    }

    fn suffix_of(q: &ConversationQuery) -> String {
        let s = q.to_query();
        if s.is_empty() {
            s
        } else {
            format!("?{s}")
        }
    }
}

/// Puts the list query in context (inside the router).
pub fn provide_list_query() {
    let state = use_store();
    let location = use_location();
    let parsed = Memo::new(move |_| location.search.with(|s| ConversationQuery::parse(s)));
    let query = Memo::new(move |_| parsed.with(|p| p.clone().unwrap_or_default()));
    // A hand-edited or outdated link: say so once, and show the default list.
    Effect::new(move || {
        if let Err(why) = parsed.get() {
            state.warn(Msg::ErrBadLink, Some(why));
        }
    });
    let navigate = use_navigate();
    provide_context(ListQuery {
        query,
        pathname: location.pathname,
        navigate: StoredValue::new_local(Box::new(move |url: &str, opts| navigate(url, opts))),
    });
}

/// The list query from context.
pub fn use_list_query() -> ListQuery {
    expect_context::<ListQuery>()
}
