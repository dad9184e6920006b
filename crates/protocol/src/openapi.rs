//! OpenAPI schemas that cannot be derived (`openapi` feature only). Every other wire type
//! derives `utoipa::ToSchema` next to its serde derives.

use crate::query::Mailbox;
use std::borrow::Cow;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
use utoipa::openapi::RefOr;

/// [`Mailbox`] travels as its wire name (hand-written serde), so its schema is a string.
impl utoipa::PartialSchema for Mailbox {
    fn schema() -> RefOr<Schema> {
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some(
                "Which mailbox the list shows: `all` (default), `mine`, `unassigned`, \
                 `mentions` (a note mentions me), `blocked` (only with `view_blocked`), `team:{team id}` or `view:{view id}`.",
            ))
            .pattern(Some(
                r"^(all|mine|unassigned|mentions|blocked|team:-?[0-9]+|view:-?[0-9]+)?$",
            ))
            .examples(["team:3"])
            .into()
    }
}

impl utoipa::ToSchema for Mailbox {
    fn name() -> Cow<'static, str> {
        Cow::Borrowed("Mailbox")
    }
}
