//! The Switchboard protocol: the one wire vocabulary of the app and of any backend.
//!
//! Nothing else in the workspace defines wire shapes. Everything here is plain serde data
//! with no runtime (no tokio, no web-sys), so the app (wasm) and the reference server
//! (native) share it byte for byte.
//!
//! Compatibility rules, relied on by the app:
//! - unknown event kinds decode to [`Event::Unknown`] and are skipped, never fatal;
//! - unknown message content decodes to [`Content::Unsupported`];
//! - unknown channels and statuses decode to their `Other` variant;
//! - optional fields may be absent.

pub mod action;
pub mod activity;
pub mod ai;
pub mod contact;
pub mod deal;
pub mod desk;
pub mod error;
pub mod faults;
pub mod ids;
pub mod lenient;
pub mod model;
#[cfg(feature = "openapi")]
mod openapi;
pub mod query;
pub mod rest;
pub mod rules;
pub mod session;
pub mod socket;
pub mod template;

pub use action::*;
pub use activity::*;
pub use ai::*;
pub use contact::*;
pub use deal::*;
pub use desk::*;
pub use error::{ApiError, ErrorCode};
pub use faults::FaultSettings;
pub use ids::*;
pub use model::*;
pub use query::*;
pub use rest::*;
pub use session::*;
pub use socket::{ClientFrame, Event, ServerFrame, Typist};
pub use template::*;

/// The path prefix of every REST endpoint and of the socket.
pub const API_PREFIX: &str = "/api/v1";
