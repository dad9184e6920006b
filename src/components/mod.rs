//! The views: one component per file, children in a folder named after the parent.

mod chat_list;
mod client_panel;
mod composer;
mod conversation;
mod notice_bar;
mod outbound;

pub use chat_list::ChatList;
pub use client_panel::{use_panel_layout, ClientPanel, PanelLayout, ZoneHandles};
pub use composer::{Composer, ComposerCtx};
pub use conversation::ConversationView;
pub use notice_bar::NoticeBar;
