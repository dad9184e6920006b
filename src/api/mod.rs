//! The one boundary to the backend: REST calls, the socket, the access token (in memory).
//!
//! Nothing outside this module touches gloo-net or status codes; callers get
//! `Result<T, ApiError>` with a closed error enum.

mod abort;
mod auth;
mod contacts;
mod desk;
mod error;
mod http;
mod panel;
mod retry;
mod settings;
mod socket;
mod templates;
mod upload;
mod wake;

pub use abort::Abort;
pub use auth::{
    adopt_signed_in, adopt_token, on_token_refused, renew, session_with, sign_in, sign_in_demo,
    sign_in_methods, sign_out, signed_out_on_purpose, stored_token,
};
pub use contacts::{custom_fields, patch_contact, set_crm_property};
pub use desk::{claim_device, desk_roster, desk_sign_in};
pub use error::{code_msg, ApiError};
pub use http::{
    act, conversation, conversations, counts, create_view, delete_view, mark_read, message_page,
    messages, search_messages, send_message, session, views,
};
pub use http::{ai_feedback, ai_prompt, ai_suggestions, ai_summary, detect_language, translate};
pub use panel::{
    add_calendar_event, add_note, add_reminder, add_task, automations, calendar, create_contact,
    deal, notes, pipelines, put_deal, reminders, search_contacts, start_outbound, tasks,
    update_task,
};
pub use retry::retry_message;
pub use settings::set_closing_notes;
pub use socket::{run_socket, send_typing, send_viewing, Flow, SocketStatus};
pub use templates::{templates, variables};
pub use upload::{upload, UploadRequest};
