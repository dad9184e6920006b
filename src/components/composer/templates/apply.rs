//! What choosing an item does to the draft: a template, a variable or a mention.

use super::facts::values_now;
use crate::components::composer::ComposerCtx;
use leptos::prelude::*;
use switchboard_core::mention_targets::Target;
use switchboard_core::templates::{choose, Choice};
use switchboard_core::variables::token;
use switchboard_protocol::{Template, Variable};
use wasm_bindgen::JsCast;

/// The element id of the chosen template's parameter field `n` (1-based).
pub fn param_field_id(n: usize) -> String {
    format!("sb-tpl-param-{n}")
}

/// Puts template `t` into the draft in place of `range` (UTF-16; `None`: the selection).
/// A canned reply becomes text (its variables filled) and its files join the draft's; an
/// approved template becomes the draft's template, and its first field takes the focus.
pub fn apply_template(ctx: ComposerCtx, t: &Template, range: Option<(u32, u32)>) {
    match choose(t, &values_now(ctx)) {
        Choice::Text { filled, files } => {
            ctx.splice(range, &filled.text);
            if !files.is_empty() {
                ctx.update_draft(|d| {
                    for f in files {
                        if !d.files.iter().any(|have| have.id == f.id) {
                            d.files.push(f);
                        }
                    }
                });
            }
        }
        Choice::Template(chosen) => {
            ctx.splice(range, "");
            let record = t.clone();
            ctx.update_draft(|d| {
                d.template = Some(chosen);
                d.template_info = Some(record);
            });
            if !t.params.is_empty() {
                // The card is drawn on the next frame.
                request_animation_frame(|| {
                    if let Some(el) = document()
                        .get_element_by_id(&param_field_id(1))
                        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
                    {
                        _ = el.focus();
                    }
                });
            }
        }
    }
}

/// Puts `{{key}}` in place of `range`: filled when the message is sent.
pub fn apply_variable(ctx: ComposerCtx, v: &Variable, range: Option<(u32, u32)>) {
    ctx.splice(range, &token(&v.key));
}

/// Puts `@Name ` in place of `range`.
pub fn apply_mention(ctx: ComposerCtx, t: &Target, range: Option<(u32, u32)>) {
    ctx.splice(range, &format!("@{} ", t.name));
}
