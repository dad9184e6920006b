//! The views: one component per file, children in a folder named after the parent.

mod chat_list;
mod client_panel;
pub mod common;
mod composer;
mod conversation;
mod keyboard;
pub mod layout;
mod notice_bar;
pub mod session;

pub use chat_list::ChatList;
pub use client_panel::ClientPanel;
pub use composer::{Composer, ComposerCtx};
pub use conversation::ConversationView;
pub use keyboard::{Keyboard, KeyboardCtx};
pub use layout::{use_panel_layout, PanelLayout, ZoneHandles};
pub use notice_bar::NoticeBar;
