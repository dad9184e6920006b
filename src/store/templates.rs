//! The template and variable catalogues (`GET /templates?channel=`, `GET /variables`),
//! fetched while a list wants them (the server's lists change rarely; a list opened again
//! asks once more).

use super::{ApiError, Store};
use crate::api;
use leptos::prelude::*;
use switchboard_protocol::{Capability, Channel, Template, Variable};

/// A catalogue as a list shows it: `None` before it is wanted and while it loads.
pub type Loaded<T> = Option<Result<Vec<T>, ApiError>>;

/// The templates usable on `channel`, fetched while `wanted` and signed in (`None`
/// before, and while not wanted). `channel` should be a memo: every change asks again.
pub fn templates(
    store: Store,
    channel: Signal<Channel>,
    wanted: Signal<bool>,
) -> LocalResource<Loaded<Template>> {
    let wanted = Memo::new(move |_| wanted.get() && store.signed_in());
    LocalResource::new(move || {
        let (wanted, channel) = (wanted.get(), channel.get());
        async move {
            if wanted {
                Some(
                    super::optional(store, Capability::Templates, api::templates(channel))
                        .await
                        .map(Option::unwrap_or_default),
                )
            } else {
                None
            }
        }
    })
}

/// The variable catalogue, fetched while `wanted` and signed in.
pub fn variables(store: Store, wanted: Signal<bool>) -> LocalResource<Loaded<Variable>> {
    let wanted = Memo::new(move |_| wanted.get() && store.signed_in());
    LocalResource::new(move || {
        let wanted = wanted.get();
        async move {
            if wanted {
                Some(
                    super::optional(store, Capability::Templates, api::variables())
                        .await
                        .map(Option::unwrap_or_default),
                )
            } else {
                None
            }
        }
    })
}
