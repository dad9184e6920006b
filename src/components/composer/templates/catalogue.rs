//! The template and variable catalogues, fetched when a list first needs them (the
//! server's lists change rarely; a list opened again asks once more).

use crate::api::{self, ApiError};
use crate::components::composer::ComposerCtx;
use leptos::prelude::*;
use switchboard_protocol::{Template, Variable};

/// A catalogue as a list shows it.
pub type Loaded<T> = Option<Result<Vec<T>, ApiError>>;

/// The templates usable on the channel the reply goes out on, fetched while `wanted`
/// (`None` before, and while not wanted).
pub fn use_templates(ctx: ComposerCtx, wanted: Signal<bool>) -> LocalResource<Loaded<Template>> {
    // Memos: the draft changes on every key, the channel and the wish rarely.
    let channel = Memo::new(move |_| ctx.channel());
    let wanted = Memo::new(move |_| wanted.get() && ctx.state.signed_in());
    LocalResource::new(move || {
        let (wanted, channel) = (wanted.get(), channel.get());
        async move {
            if wanted {
                Some(api::templates(channel).await)
            } else {
                None
            }
        }
    })
}

/// The variable catalogue, fetched while `wanted`.
pub fn use_variables(ctx: ComposerCtx, wanted: Signal<bool>) -> LocalResource<Loaded<Variable>> {
    let wanted = Memo::new(move |_| wanted.get() && ctx.state.signed_in());
    LocalResource::new(move || {
        let wanted = wanted.get();
        async move {
            if wanted {
                Some(api::variables().await)
            } else {
                None
            }
        }
    })
}
