//! The template and variable catalogues for the composer's lists (fetched by
//! `store::templates` while a list wants them).

use crate::components::composer::ComposerCtx;
use crate::store::templates;
use leptos::prelude::*;
use switchboard_protocol::{Template, Variable};

pub use crate::store::templates::Loaded;

/// The templates usable on the channel the reply goes out on, fetched while `wanted`
/// (`None` before, and while not wanted).
pub fn use_templates(ctx: ComposerCtx, wanted: Signal<bool>) -> LocalResource<Loaded<Template>> {
    // A memo: the draft changes on every key, the channel rarely.
    let channel = Memo::new(move |_| ctx.channel());
    templates::templates(ctx.state, channel.into(), wanted)
}

/// The variable catalogue, fetched while `wanted`.
pub fn use_variables(ctx: ComposerCtx, wanted: Signal<bool>) -> LocalResource<Loaded<Variable>> {
    templates::variables(ctx.state, wanted)
}
