//! What several zones use: the zones themselves are siblings and never import each other.

pub mod announce;
mod author;
pub mod compose;
pub mod local_time;
mod menu;
mod modal;
mod refusal;
pub mod shortcuts;

pub use author::author_name;
pub use menu::{MenuButton, MenuItem};
pub use modal::ModalDialog;
pub use refusal::{refusal, refusal_line};
