//! Navigation that outlives the component that asked for it.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::rc::Rc;

/// Navigates to a path of the app, keeping the list's view (its query string). Usable
/// after the component that made it is gone (it holds no reactive handle of its own).
pub type Go = Rc<dyn Fn(&str)>;

/// A [`Go`] for the current router.
pub fn use_go() -> Go {
    let navigate = use_navigate();
    let list = crate::list_query::use_list_query();
    Rc::new(move |path: &str| {
        let q = list
            .query
            .try_with_untracked(|q| q.to_query())
            .unwrap_or_default();
        let url = if q.is_empty() {
            path.to_owned()
        } else {
            format!("{path}?{q}")
        };
        navigate(&url, NavigateOptions::default());
    })
}
