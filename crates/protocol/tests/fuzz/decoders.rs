//! Every decoder the app and the server run on text from the network, in one call.
//!
//! - The app's socket: `serde_json::from_str::<ServerFrame>` on the text of each frame
//!   (`src/api/socket.rs`), then the store matches on the frame.
//! - The app's REST client: `serde_json::from_str::<T>` on the body text for each answer
//!   type (`src/api/http.rs` `decode_answer`), and `ApiError` for a refusal.
//! - The server: `serde_json::from_slice` on request bodies (axum's `Json`) and on socket
//!   frames from the app (`ClientFrame`).
//!
//! A value that decodes is encoded again and must decode again: what the app stores or
//! sends back from a frame stays readable.

use serde::de::DeserializeOwned;
use serde::Serialize;
use switchboard_protocol::*;

/// Decodes `text` as `T`; on success, its re-encoding must decode too. True if it decoded.
fn one<T: DeserializeOwned + Serialize>(text: &str, bytes: &[u8]) -> bool {
    // The server's path reads bytes; the app's reads text. Both must only ever refuse.
    let _ = serde_json::from_slice::<T>(bytes);
    let Ok(value) = serde_json::from_str::<T>(text) else {
        return false;
    };
    let again = serde_json::to_string(&value).expect("a decoded value encodes");
    if let Err(e) = serde_json::from_str::<T>(&again) {
        panic!(
            "{} decoded, but its re-encoding does not: {e}\n{again:.500}",
            std::any::type_name::<T>()
        );
    }
    true
}

macro_rules! decoders {
    ($($t:ty),* $(,)?) => {
        /// Runs every decoder on `bytes` (and on its text, as the app would read it); how
        /// many accepted it.
        pub fn decode_all(bytes: &[u8]) -> usize {
            let text = String::from_utf8_lossy(bytes);
            let mut accepted = 0;
            $( accepted += usize::from(one::<$t>(&text, bytes)); )*
            accepted
        }

        /// How many decoders [`decode_all`] runs.
        pub const DECODERS: usize = [$(stringify!($t)),*].len();
    };
}

decoders!(
    // The socket, both ways.
    ServerFrame,
    Event,
    ClientFrame,
    // What the app's REST client decodes.
    ApiError,
    Session,
    SignInResponse,
    SignInMethods,
    Vec<SignInMethod>,
    DeviceCredential,
    DeskRoster,
    Settings,
    ConversationPage,
    ConversationDetail,
    ConversationSummary,
    Option<ConversationSummary>,
    ConversationCounts,
    MessagePage,
    Message,
    MessageSearch,
    Contact,
    ContactSearch,
    ContactNote,
    Vec<ContactNote>,
    Vec<CustomFieldDef>,
    CustomView,
    Vec<CustomView>,
    Deal,
    Option<Deal>,
    Vec<Pipeline>,
    Task,
    Vec<Task>,
    Reminder,
    Vec<Reminder>,
    CalendarEvent,
    Vec<CalendarEvent>,
    Vec<Template>,
    Vec<Variable>,
    Vec<Automation>,
    Upload,
    OutboundResult,
    Translation,
    DetectedLanguage,
    Suggestions,
    Summary,
    PromptResult,
    // What the server decodes from request bodies.
    SendMessage,
    ConversationAction,
    NewView,
    ContactPatch,
    NewContact,
    NewNote,
    CrmPropertyUpdate,
    DealUpdate,
    NewTask,
    TaskUpdate,
    NewReminder,
    NewCalendarEvent,
    OutboundRequest,
    InboundMessage,
    PinSignIn,
    DeviceClaim,
    PresenceUpdate,
    TranslateRequest,
    DetectRequest,
    PromptRequest,
    Feedback,
    FaultSettings,
);
