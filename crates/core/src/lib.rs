//! Switchboard's pure client state.
//!
//! Everything the app knows and decides lives here as plain Rust: the conversation index,
//! the message logs, the outbox of messages not yet confirmed, drafts, the reducer that
//! applies socket events, and the UI strings. No leptos, web-sys or gloo: every rule is
//! tested with `cargo test` on the host, and the reactive layer only calls it.

pub mod activity_words;
pub mod agenda;
pub mod agent_shelf;
pub mod alerts;
pub mod auto_translate;
pub mod backoff;
pub mod byte_size;
pub mod closing;
pub mod compose;
pub mod composer_ai;
pub mod contact_form;
pub mod contact_rules;
pub mod conversation_index;
pub mod crm_links;
pub mod deal_form;
pub mod details;
pub mod drafts;
pub mod emoji_pick;
pub mod file_name;
pub mod header;
pub mod highlight;
pub mod host_api;
pub mod i18n;
pub mod inbox;
pub mod keymap;
pub mod kiosk;
pub mod linkify;
pub mod list_view;
pub mod list_window;
pub mod log_window;
pub mod mailbox_menu;
pub mod mention_targets;
pub mod mentions;
pub mod message_log;
pub mod message_parts;
pub mod operators;
pub mod outbound_form;
pub mod outbox;
pub mod palette;
pub mod panel_layout;
pub mod plan_forms;
pub mod pull;
pub mod replied_since;
pub mod reply_channel;
pub mod retry_after;
pub mod route;
pub mod row_actions;
pub mod row_label;
pub mod runtime_config;
pub mod search;
pub mod search_keys;
pub mod snooze;
pub mod snooze_choice;
pub mod suggest;
pub mod swipe;
pub mod sync;
pub mod templates;
pub mod text_find;
pub mod timeline;
pub mod typing;
pub mod typing_line;
pub mod upload_rules;
pub mod variables;
pub mod view;
pub mod viewing;
pub mod voice_note;
pub mod when;

pub use conversation_index::ConversationIndex;
pub use drafts::Drafts;
pub use inbox::Inbox;
pub use list_window::ListWindow;
pub use message_log::MessageLog;
pub use outbox::{Outbox, OutboxState, PendingMessage};
pub use route::Route;
pub use sync::{Receive, SyncState};
pub use timeline::TimelineItem;
