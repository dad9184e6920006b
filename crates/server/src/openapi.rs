//! The OpenAPI 3.1 document of the protocol, served at `GET /api/v1/openapi.json` (no
//! token) and checked in as `docs/openapi.json`.
//!
//! It is built from one table, [`endpoints`]: every REST endpoint of the protocol (also
//! those a backend may not implement yet: the table is the contract), with its body, its
//! answer and the error statuses it may give. Every schema comes from the protocol types
//! (`switchboard-protocol` with the `openapi` feature), so the document cannot drift from
//! the code. A test compares the served document with the checked-in file byte for byte;
//! regenerate the file with
//! `UPDATE_OPENAPI=1 cargo test -p switchboard-server --lib openapi`.

use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::borrow::Cow;
use std::collections::BTreeMap;
use switchboard_protocol as p;
use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::schema::{
    ArrayBuilder, ComponentsBuilder, KnownFormat, ObjectBuilder, OneOfBuilder, Schema,
    SchemaFormat, Type,
};
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityRequirement, SecurityScheme};
use utoipa::openapi::tag::TagBuilder;
use utoipa::openapi::{
    Content, InfoBuilder, LicenseBuilder, OpenApi, OpenApiBuilder, Paths, Ref, RefOr, Required,
    ResponseBuilder, ResponsesBuilder,
};
use utoipa::ToSchema;

/// `GET /api/v1/openapi.json`: the document, exactly as checked in.
pub async fn serve() -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        document_json(),
    )
        .into_response()
}

/// The document as pretty JSON with a final newline: the bytes of `docs/openapi.json`.
pub fn document_json() -> String {
    let json = document()
        .to_pretty_json()
        .expect("the OpenAPI document serialises");
    // `Seq` is an alias of `u64`, which the derive names by its target: point those
    // references at the `Seq` component that `document` registers instead.
    let mut json = json.replace(
        "\"#/components/schemas/u64\"",
        "\"#/components/schemas/Seq\"",
    );
    json.push('\n');
    json
}

type Schemas = Vec<(String, RefOr<Schema>)>;

/// A protocol type named in the table: its component name, and how to collect its schema
/// with every schema it refers to.
#[derive(Clone, Copy)]
struct Ty {
    name: fn() -> Cow<'static, str>,
    collect: fn(&mut Schemas),
}

fn ty<T: ToSchema>() -> Ty {
    fn collect<T: ToSchema>(out: &mut Schemas) {
        out.push((T::name().into_owned(), T::schema()));
        T::schemas(out);
    }
    Ty {
        name: T::name,
        collect: collect::<T>,
    }
}

impl Ty {
    fn reference(self) -> RefOr<Schema> {
        RefOr::Ref(Ref::from_schema_name((self.name)()))
    }
}

/// Who may call an endpoint.
#[derive(Clone, Copy, PartialEq)]
enum Auth {
    /// Anyone.
    Public,
    /// `Authorization: Bearer <token>`.
    Bearer,
    /// The bearer token, or a signed URL (`exp` and `sig` in the query).
    BearerOrSigned,
}

/// A request body.
enum Body {
    None,
    Json(Ty),
    /// The raw bytes of a file.
    Bytes,
}

/// A successful answer.
enum Answer {
    Json(Ty),
    /// The type, or `null` ("none", an answer rather than an error).
    OrNull(Ty),
    List(Ty),
    /// 204 or 101: no body.
    Empty,
    /// A file's bytes.
    Bytes,
    /// An OpenAPI document.
    Document,
}

/// The schema of a query parameter.
enum Param {
    Str,
    Int,
    /// `1` or `0`.
    Flag,
    Of(Ty),
}

/// One row of the table.
struct Endpoint {
    method: HttpMethod,
    /// Below `/api/v1`, with `{name}` path parameters.
    path: &'static str,
    tag: &'static str,
    summary: &'static str,
    description: Option<&'static str>,
    auth: Auth,
    query: Vec<(&'static str, Param, &'static str)>,
    body: Body,
    status: u16,
    answer: Answer,
    /// A second success: status, what it means, its body.
    also: Option<(u16, &'static str, Answer)>,
    /// Error statuses besides those implied (401 with a token, 400 and 404 with path ids,
    /// 400 and 422 with a JSON body).
    errors: &'static [u16],
}

fn op(
    method: HttpMethod,
    path: &'static str,
    tag: &'static str,
    summary: &'static str,
) -> Endpoint {
    Endpoint {
        method,
        path,
        tag,
        summary,
        description: None,
        auth: Auth::Bearer,
        query: Vec::new(),
        body: Body::None,
        status: 200,
        answer: Answer::Empty,
        also: None,
        errors: &[],
    }
}

fn get(path: &'static str, tag: &'static str, summary: &'static str) -> Endpoint {
    op(HttpMethod::Get, path, tag, summary)
}
fn post(path: &'static str, tag: &'static str, summary: &'static str) -> Endpoint {
    op(HttpMethod::Post, path, tag, summary)
}
fn put(path: &'static str, tag: &'static str, summary: &'static str) -> Endpoint {
    op(HttpMethod::Put, path, tag, summary)
}
fn patch(path: &'static str, tag: &'static str, summary: &'static str) -> Endpoint {
    op(HttpMethod::Patch, path, tag, summary)
}
fn delete(path: &'static str, tag: &'static str, summary: &'static str) -> Endpoint {
    op(HttpMethod::Delete, path, tag, summary)
}

impl Endpoint {
    fn public(mut self) -> Self {
        self.auth = Auth::Public;
        self
    }
    fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }
    fn note(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }
    fn query(mut self, name: &'static str, param: Param, description: &'static str) -> Self {
        self.query.push((name, param, description));
        self
    }
    fn body(mut self, body: Ty) -> Self {
        self.body = Body::Json(body);
        self
    }
    fn raw_body(mut self) -> Self {
        self.body = Body::Bytes;
        self
    }
    fn ok(mut self, answer: Ty) -> Self {
        self.answer = Answer::Json(answer);
        self
    }
    fn list(mut self, item: Ty) -> Self {
        self.answer = Answer::List(item);
        self
    }
    fn created(mut self, answer: Ty) -> Self {
        self.status = 201;
        self.answer = Answer::Json(answer);
        self
    }
    fn answer(mut self, status: u16, answer: Answer) -> Self {
        self.status = status;
        self.answer = answer;
        self
    }
    fn also(mut self, status: u16, meaning: &'static str, answer: Answer) -> Self {
        self.also = Some((status, meaning, answer));
        self
    }
    fn errors(mut self, errors: &'static [u16]) -> Self {
        self.errors = errors;
        self
    }
}

/// The query of `GET /conversations` and `GET /conversations/counts` (see
/// `switchboard_protocol::ConversationQuery`), without the paging keys.
fn filters(e: Endpoint) -> Endpoint {
    e.query(
        "mailbox",
        Param::Of(ty::<p::Mailbox>()),
        "The mailbox (default `all`).",
    )
    .query(
        "status",
        Param::Str,
        "Statuses, comma-separated (`open,in_progress`); absent: any.",
    )
    .query(
        "unanswered",
        Param::Flag,
        "`1`: only conversations whose customer waits for an answer.",
    )
    .query(
        "channel",
        Param::Str,
        "Channels, comma-separated (`telegram,viber`).",
    )
    .query(
        "operator",
        Param::Str,
        "Agent ids, comma-separated: assigned to one of them (as assignee or operator).",
    )
    .query(
        "tag",
        Param::Str,
        "Tags, comma-separated: carrying one of them.",
    )
    .query(
        "archived",
        Param::Flag,
        "`1`: archived conversations instead of the others.",
    )
    .query(
        "q",
        Param::Str,
        "Search over contact name, phone, email, tag and message text.",
    )
}

/// Every endpoint of the protocol: the contract.
fn endpoints() -> Vec<Endpoint> {
    use Answer::{Bytes, Document, Empty};
    vec![
        // Session.
        get("/health", "session", "Whether the server is up")
            .public()
            .ok(ty::<p::Health>()),
        get("/openapi.json", "session", "This document")
            .public()
            .answer(200, Document),
        get("/session/methods", "session", "How agents sign in here")
            .public()
            .note("`password` (`POST /session`), `demo` when `POST /session/demo` works, and `kiosk` when kiosk desks are offered (`POST /devices/claim`, `POST /desk/session`). A backend without this endpoint (404) offers password sign-in only. See `docs/protocol/sessions.md`.")
            .ok(ty::<p::SignInMethods>()),
        post("/session", "session", "Sign in with email and password")
            .public()
            .note("Answers a new access token and its `expires_at` (15 minutes by default), and sets the refresh cookie `switchboard_refresh` (`HttpOnly; Secure; SameSite=Strict; Path=/api/v1/session`) for `POST /session/refresh`. Every refusal (unknown email, wrong password, disabled agent) is the same 401 `wrong email or password`. After repeated failures for an email or from an address the answer is 429 with a `Retry-After` header (seconds to wait), whatever the password. See `docs/protocol/sessions.md`.")
            .body(ty::<p::SignIn>())
            .ok(ty::<p::SignInResponse>())
            .errors(&[401, 429]),
        delete("/session", "session", "Sign out")
            .note("Ends the sign-in of the bearer token and of the refresh cookie, whichever is sent (either one is enough): every access token of it stops working at once, the sockets opened with them get `unauthorized` and close, and the answer deletes the cookie (`Max-Age=0`). 401 when neither is known.")
            .answer(204, Empty),
        post("/session/refresh", "session", "Renew the access token through the refresh cookie")
            .public()
            .note("No bearer token: the `switchboard_refresh` cookie set by a sign-in is the credential (call with `credentials: \"include\"`). Answers a new access token like a sign-in and rotates the cookie. Without a working cookie, 401 (and the cookie deleted); a rotated-away cookie presented again after a few seconds' grace ends the whole sign-in. A backend without this endpoint (404) has long-lived tokens: a reload asks to sign in again. See `docs/protocol/sessions.md`.")
            .ok(ty::<p::SignInResponse>())
            .errors(&[401]),
        post("/session/demo", "session", "Demo sign-in (only on a server run with `--demo`)")
            .public()
            .note("Answers like `POST /session` (access token in the body, refresh cookie set).")
            .ok(ty::<p::SignInResponse>())
            .errors(&[403]),
        get("/session", "session", "Me, every agent, my permissions, the teams and the settings")
            .note("`capabilities` lists the optional parts this backend offers (absent: all of them); the app hides the others. An optional endpoint answering 404 is not offered either.")
            .ok(ty::<p::Session>()),
        post("/devices/claim", "desks", "Set up a kiosk desk with its one-time device code")
            .public()
            .note("The code `device add` printed, compared without regard to case, spaces or dashes; it works once and for 24 hours. Answers the desk's device token (send it as the bearer token on `/desk` calls only). An unknown, used or expired code is 401 `unknown, used or expired device code`; wrong codes count against the address (429 with `Retry-After`). See `docs/protocol/desks.md`.")
            .body(ty::<p::DeviceClaim>())
            .ok(ty::<p::DeviceCredential>())
            .errors(&[400, 401, 429]),
        get("/desk", "desks", "The desk and who may work at it (device token)")
            .note("The bearer token is the desk's device token (an agent's token is 401). Answers the desk and its team's enabled agents that have a PIN, by name. A 401 means the desk was removed: set it up again.")
            .ok(ty::<p::DeskRoster>()),
        post("/desk/session", "desks", "Sign an agent in at the desk with a PIN (device token)")
            .note("The bearer token is the desk's device token. Answers the agent's own access token and sets the refresh cookie, like `POST /session`; the session sees only the desk's team's conversations (`Session.desk`). Every refusal (wrong PIN, another team's agent, disabled, no PIN) is the same 401 `wrong agent or PIN`; after 5 wrong PINs for one agent at one desk within 15 minutes, 429 with `Retry-After`.")
            .body(ty::<p::PinSignIn>())
            .ok(ty::<p::SignInResponse>())
            .errors(&[400, 401, 429]),
        put("/session/presence", "session", "Set my presence")
            .note("Answers 204 without a body. Announced to the other agents by an ephemeral `presence` frame; an unknown presence is `invalid`.")
            .body(ty::<p::PresenceUpdate>())
            .answer(204, Empty),
        put("/settings/closing-notes", "session", "Set whether closing a conversation asks for a note")
            .note("Supervisors and admins only (`Permissions.manage_settings`); an agent gets 403. Answers the workspace's settings; every socket hears `settings_updated` with them.")
            .body(ty::<p::ClosingNotesUpdate>())
            .ok(ty::<p::Settings>())
            .errors(&[400, 403]),
        // Conversations.
        filters(get("/conversations", "conversations", "A page of the chat list"))
            .query("sort", Param::Of(ty::<p::Sort>()), "The order (default `newest`).")
            .query("limit", Param::Int, "Page size, 1..=200 (default 50); a number outside is 422 `invalid`, not a number 400.")
            .query("cursor", Param::Str, "The previous page's `next_cursor`, passed back unchanged with the same `sort` (opaque to clients; a cursor of another sort is 400).")
            .ok(ty::<p::ConversationPage>())
            .errors(&[400, 422]),
        filters(get("/conversations/counts", "conversations", "Counts of each status tab and of each mailbox"))
            .note("Same filters as the list; `status` is ignored.")
            .ok(ty::<p::ConversationCounts>())
            .errors(&[400]),
        get("/conversations/{id}", "conversations", "One conversation with its contact")
            .ok(ty::<p::ConversationDetail>()),
        post("/conversations/{id}/read", "conversations", "Mark the conversation read")
            .ok(ty::<p::ConversationSummary>()),
        post("/conversations/{id}/actions", "conversations", "Act on a conversation")
            .note("Answers the conversation as it is afterwards (204 for `delete`). An action the state forbids is `conflict`; one beyond the agent's role is `forbidden`.")
            .body(ty::<p::ConversationAction>())
            .ok(ty::<p::ConversationSummary>())
            .also(204, "The conversation was deleted.", Empty)
            .errors(&[403, 409]),
        get("/automations", "conversations", "The shortcut automations an agent can run")
            .list(ty::<p::Automation>()),
        get("/views", "conversations", "My custom views and the shared ones")
            .list(ty::<p::CustomView>()),
        post("/views", "conversations", "Save a custom view")
            .body(ty::<p::NewView>())
            .created(ty::<p::CustomView>()),
        delete("/views/{id}", "conversations", "Delete a custom view")
            .answer(204, Empty)
            .errors(&[403]),
        // Messages.
        get("/conversations/{id}/messages", "messages", "A page of messages, oldest first")
            .note("At most one of `before`, `after`, `around`; none gives the latest page.")
            .query("before", Param::Of(ty::<p::MessageId>()), "Only messages older than this one.")
            .query("after", Param::Of(ty::<p::MessageId>()), "Only messages newer than this one.")
            .query("around", Param::Of(ty::<p::MessageId>()), "A page centred on this message.")
            .query("limit", Param::Int, "Page size, 1..=200 (default 50); a number outside is 422 `invalid`, not a number 400.")
            .ok(ty::<p::MessagePage>())
            .errors(&[422]),
        post("/conversations/{id}/messages", "messages", "Send a reply or an internal note")
            .note("Idempotent on `client_id`: the same id again answers the message made the first time (200) and creates nothing; the same id with another body is `conflict`. A public message on a network whose business account is not connected is `conflict` too (notes are not refused).")
            .body(ty::<p::SendMessage>())
            .created(ty::<p::Message>())
            .also(200, "A repeat: the message made the first time.", Answer::Json(ty::<p::Message>()))
            .errors(&[409]),
        get("/conversations/{id}/messages/search", "messages", "Search the conversation's messages")
            .query("q", Param::Str, "What to look for.")
            .ok(ty::<p::MessageSearch>())
            .errors(&[422]),
        post("/conversations/{id}/messages/{message_id}/retry", "messages", "Send a failed message again")
            .ok(ty::<p::Message>())
            .errors(&[409]),
        post("/inbound", "messages", "A customer's message, as a channel delivers it")
            .note("Used by the reference server's simulator and the end-to-end tests. An unknown conversation is 404. A blocked contact's message is refused with 409 and not stored. A closed or snoozed conversation becomes `open` again.")
            .body(ty::<p::InboundMessage>())
            .created(ty::<p::Message>())
            .errors(&[404, 409]),
        // Templates, uploads, outbound.
        get("/templates", "templates", "Canned replies and approved templates")
            .query("channel", Param::Of(ty::<p::Channel>()), "Only those usable on this channel (a template with empty `channels` is usable on all).")
            .query("q", Param::Str, "Search in names and texts.")
            .list(ty::<p::Template>()),
        get("/variables", "templates", "The variables texts may use")
            .list(ty::<p::Variable>()),
        post("/uploads", "templates", "Upload a file (the raw bytes as the body)")
            .query("name", Param::Str, "The file name (its extension must be allowed).")
            .raw_body()
            .created(ty::<p::Upload>())
            .errors(&[400, 413, 422]),
        get("/uploads/{id}", "templates", "Download an uploaded file")
            .note("With the bearer token, or with the signed `exp` and `sig` of an attachment's `url` (then no token is needed, from any origin). Without either, or with a wrong or expired signature: 401. Answered with `Content-Disposition` and `X-Content-Type-Options: nosniff`.")
            .auth(Auth::BearerOrSigned)
            .query("exp", Param::Int, "Signed URL: when it expires (Unix seconds).")
            .query("sig", Param::Str, "Signed URL: the signature.")
            .query("inline", Param::Flag, "`1`: an image is answered `inline` rather than as an attachment.")
            .answer(200, Bytes),
        post("/outbound", "templates", "Write first, to an existing or a new contact")
            .note("Idempotent on `client_id`, as sending a message. A network whose business account is not connected is `conflict`.")
            .body(ty::<p::OutboundRequest>())
            .created(ty::<p::OutboundResult>())
            .also(200, "A repeat: the message made the first time.", Answer::Json(ty::<p::OutboundResult>()))
            .errors(&[404, 409]),
        // Contacts.
        get("/contacts", "contacts", "Search contacts")
            .query("q", Param::Str, "Name, phone, email, external id or username.")
            .ok(ty::<p::ContactSearch>()),
        post("/contacts", "contacts", "Create a contact by phone or email")
            .body(ty::<p::NewContact>())
            .created(ty::<p::Contact>())
            .errors(&[409]),
        get("/contacts/{id}", "contacts", "One contact").ok(ty::<p::Contact>()),
        patch("/contacts/{id}", "contacts", "Change a contact's fields")
            .body(ty::<p::ContactPatch>())
            .ok(ty::<p::Contact>()),
        get("/custom-fields", "contacts", "The custom contact field definitions")
            .list(ty::<p::CustomFieldDef>()),
        put("/contacts/{id}/crm/{system}/{key}", "contacts", "Set or restore a CRM property")
            .note("A property whose `editable` is false is read-only: 409 `conflict`.")
            .body(ty::<p::CrmPropertyUpdate>())
            .ok(ty::<p::Contact>())
            .errors(&[409]),
        get("/contacts/{id}/notes", "contacts", "The notes on a contact")
            .list(ty::<p::ContactNote>()),
        post("/contacts/{id}/notes", "contacts", "Add a note to a contact")
            .body(ty::<p::NewNote>())
            .created(ty::<p::ContactNote>()),
        get("/contacts/{id}/tasks", "contacts", "The tasks on a contact")
            .list(ty::<p::Task>()),
        post("/contacts/{id}/tasks", "contacts", "Add a task to a contact")
            .body(ty::<p::NewTask>())
            .created(ty::<p::Task>()),
        patch("/tasks/{id}", "contacts", "Change a task")
            .body(ty::<p::TaskUpdate>())
            .ok(ty::<p::Task>()),
        // Deals.
        get("/pipelines", "deals", "The sales pipelines").list(ty::<p::Pipeline>()),
        get("/conversations/{id}/deal", "deals", "The conversation's deal, `null` when it has none")
            .note("\"No deal\" is an answer: 200 with `null`. 404 is an unknown conversation (or, from a backend without the `deals` capability, no such endpoint).")
            .answer(200, Answer::OrNull(ty::<p::Deal>())),
        put("/conversations/{id}/deal", "deals", "Create or replace the conversation's deal")
            .body(ty::<p::DealUpdate>())
            .ok(ty::<p::Deal>()),
        get("/conversations/{id}/reminders", "deals", "The reminders about a conversation")
            .list(ty::<p::Reminder>()),
        post("/conversations/{id}/reminders", "deals", "Set a reminder")
            .body(ty::<p::NewReminder>())
            .created(ty::<p::Reminder>()),
        get("/conversations/{id}/calendar-events", "deals", "The calendar events of a conversation")
            .list(ty::<p::CalendarEvent>()),
        post("/conversations/{id}/calendar-events", "deals", "Add a calendar event")
            .body(ty::<p::NewCalendarEvent>())
            .created(ty::<p::CalendarEvent>()),
        // Translation and AI.
        post("/translate", "ai", "Translate a text")
            .body(ty::<p::TranslateRequest>())
            .ok(ty::<p::Translation>())
            .errors(&[503]),
        post("/detect-language", "ai", "Detect a text's language")
            .body(ty::<p::DetectRequest>())
            .ok(ty::<p::DetectedLanguage>()),
        post("/conversations/{id}/ai/suggestions", "ai", "Suggested replies, best first")
            .ok(ty::<p::Suggestions>())
            .errors(&[503]),
        post("/conversations/{id}/ai/summary", "ai", "Summarise the conversation")
            .ok(ty::<p::Summary>())
            .errors(&[503]),
        post("/ai/prompt", "ai", "Rewrite a draft")
            .body(ty::<p::PromptRequest>())
            .ok(ty::<p::PromptResult>())
            .errors(&[503]),
        post("/ai/feedback", "ai", "Like or dislike a suggestion")
            .body(ty::<p::Feedback>())
            .answer(204, Empty),
        // Fault injection.
        get("/_faults", "faults", "The fault switches (404 unless run with `--fault-admin`)")
            .ok(ty::<p::FaultSettings>())
            .errors(&[404]),
        put("/_faults", "faults", "Set the fault switches (404 unless run with `--fault-admin`)")
            .note("Any field left out is off.")
            .body(ty::<p::FaultSettings>())
            .ok(ty::<p::FaultSettings>())
            .errors(&[404]),
        // The socket.
        get("/ws", "socket", "The socket: a WebSocket of JSON text frames")
            .note("Upgrades to a WebSocket. The client's first frame is `ClientFrame` `auth` with the token (tokens never travel in URLs); the server then sends `ServerFrame`s. The protocol is described in docs/protocol.md.")
            .public()
            .answer(101, Empty),
    ]
}

/// Schemas of the protocol that no endpoint body names (the socket frames).
fn socket_types() -> Vec<Ty> {
    vec![
        ty::<p::ClientFrame>(),
        ty::<p::ServerFrame>(),
        ty::<p::Event>(),
        ty::<p::Mentionable>(),
        ty::<p::MessageQuery>(),
    ]
}

/// What an error status means (the `code` of its `ApiError`).
fn error_meaning(status: u16) -> &'static str {
    match status {
        400 => "`bad_request`: malformed JSON, a body of the wrong shape, a non-numeric id, a bad query value.",
        401 => "`unauthorized`: no token, or an unknown or expired one.",
        403 => "`forbidden`: the agent may not do this.",
        404 => "`not_found`: no such record.",
        409 => "`conflict`: not allowed in the current state, or a client id reused for something else.",
        413 => "`too_large`: a file over the limit.",
        429 => "`rate_limited`: too many failed sign-ins (or device codes, or PINs); wait the seconds of the `Retry-After` header.",
        422 => "`invalid`: a value the server refuses; the message names the field.",
        503 => "`unavailable`: the provider is not configured or failed; the message names it.",
        _ => unreachable!("no meaning for status {status}"),
    }
}

fn success_meaning(status: u16) -> &'static str {
    match status {
        101 => "Switching Protocols: the socket is open.",
        200 => "OK.",
        201 => "Created.",
        204 => "No Content.",
        _ => unreachable!("no meaning for status {status}"),
    }
}

/// The names of the `{name}` parameters of a path.
fn path_params(path: &str) -> Vec<&str> {
    path.split('/')
        .filter_map(|s| s.strip_prefix('{')?.strip_suffix('}'))
        .collect()
}

/// The schema and description of a path parameter: `{id}` names the record of the segment
/// before it.
fn path_param(path: &str, name: &str, schemas: &mut Schemas) -> (RefOr<Schema>, String) {
    let string = || ObjectBuilder::new().schema_type(Type::String).into();
    match name {
        "message_id" => {
            let t = ty::<p::MessageId>();
            (t.collect)(schemas);
            (t.reference(), "The message.".into())
        }
        "system" => (string(), "The CRM's name (`CrmGroup::system`).".into()),
        "key" => (string(), "The property's key in the CRM.".into()),
        "id" => {
            let segment = path
                .split('/')
                .take_while(|s| *s != "{id}")
                .last()
                .unwrap_or_default();
            let (t, what) = match segment {
                "conversations" => (ty::<p::ConversationId>(), "conversation"),
                "contacts" => (ty::<p::ContactId>(), "contact"),
                "views" => (ty::<p::ViewId>(), "custom view"),
                "tasks" => (ty::<p::TaskId>(), "task"),
                "uploads" => (ty::<p::UploadId>(), "upload"),
                _ => panic!("no id type for {path}"),
            };
            (t.collect)(schemas);
            (t.reference(), format!("The {what}."))
        }
        _ => panic!("unknown path parameter {name} in {path}"),
    }
}

fn json(schema: RefOr<Schema>) -> Content {
    Content::new(Some(schema))
}

fn answer_content(answer: &Answer) -> Option<(&'static str, Content)> {
    match answer {
        Answer::Json(t) => Some(("application/json", json(t.reference()))),
        Answer::OrNull(t) => Some((
            "application/json",
            json(
                OneOfBuilder::new()
                    .item(t.reference())
                    .item(ObjectBuilder::new().schema_type(Type::Null))
                    .into(),
            ),
        )),
        Answer::List(t) => Some((
            "application/json",
            json(ArrayBuilder::new().items(t.reference()).into()),
        )),
        Answer::Empty => None,
        Answer::Bytes => Some(("application/octet-stream", Content::new(None::<Schema>))),
        Answer::Document => Some((
            "application/json",
            json(
                ObjectBuilder::new()
                    .schema_type(Type::Object)
                    .description(Some("An OpenAPI 3.1 document."))
                    .into(),
            ),
        )),
    }
}

fn operation_id(e: &Endpoint) -> String {
    let method = match e.method {
        HttpMethod::Get => "get",
        HttpMethod::Post => "post",
        HttpMethod::Put => "put",
        HttpMethod::Patch => "patch",
        HttpMethod::Delete => "delete",
        _ => unreachable!("the protocol uses no other method"),
    };
    let path: Vec<String> = e
        .path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_matches(|c| c == '{' || c == '}' || c == '_'))
        .map(|s| s.replace(['-', '.'], "_"))
        .collect();
    format!("{method}_{}", path.join("_"))
}

/// The whole document (before `document_json` names the socket's `Seq`).
fn document() -> OpenApi {
    let table = endpoints();
    let mut schemas = Schemas::new();
    (ty::<p::ApiError>().collect)(&mut schemas);
    let mut paths = Paths::new();
    for e in &table {
        let full = format!("{}{}", p::API_PREFIX, e.path);
        let mut operation = OperationBuilder::new()
            .tag(e.tag)
            .summary(Some(e.summary))
            .description(e.description)
            .operation_id(Some(operation_id(e)));
        let ids = path_params(e.path);
        for name in &ids {
            let (schema, description) = path_param(e.path, name, &mut schemas);
            operation = operation.parameter(
                ParameterBuilder::new()
                    .name(*name)
                    .parameter_in(ParameterIn::Path)
                    .required(Required::True)
                    .description(Some(description))
                    .schema(Some(schema)),
            );
        }
        for (name, param, description) in &e.query {
            let schema: RefOr<Schema> = match param {
                Param::Str => ObjectBuilder::new().schema_type(Type::String).into(),
                Param::Int => ObjectBuilder::new().schema_type(Type::Integer).into(),
                Param::Flag => ObjectBuilder::new()
                    .schema_type(Type::String)
                    .enum_values(Some(["1", "0"]))
                    .into(),
                Param::Of(t) => {
                    (t.collect)(&mut schemas);
                    t.reference()
                }
            };
            operation = operation.parameter(
                ParameterBuilder::new()
                    .name(*name)
                    .parameter_in(ParameterIn::Query)
                    .required(Required::False)
                    .description(Some(*description))
                    .schema(Some(schema)),
            );
        }
        let mut errors: Vec<u16> = e.errors.to_vec();
        if e.auth != Auth::Public {
            errors.push(401);
        }
        if !ids.is_empty() {
            errors.extend([400, 404]);
        }
        match &e.body {
            Body::None => {}
            Body::Json(t) => {
                (t.collect)(&mut schemas);
                errors.extend([400, 422]);
                operation = operation.request_body(Some(
                    RequestBodyBuilder::new()
                        .required(Some(Required::True))
                        .content("application/json", json(t.reference()))
                        .build(),
                ));
            }
            Body::Bytes => {
                operation = operation.request_body(Some(
                    RequestBodyBuilder::new()
                        .description(Some("The file's bytes."))
                        .required(Some(Required::True))
                        .content("application/octet-stream", Content::new(None::<Schema>))
                        .build(),
                ));
            }
        }
        errors.sort_unstable();
        errors.dedup();
        let mut responses = ResponsesBuilder::new();
        let mut successes = vec![(e.status, success_meaning(e.status), &e.answer)];
        if let Some((status, meaning, answer)) = &e.also {
            successes.push((*status, meaning, answer));
        }
        for (status, meaning, answer) in successes {
            let mut response = ResponseBuilder::new().description(meaning);
            if let Answer::Json(t) | Answer::OrNull(t) | Answer::List(t) = answer {
                (t.collect)(&mut schemas);
            }
            if let Some((media, content)) = answer_content(answer) {
                response = response.content(media, content);
            }
            responses = responses.response(status.to_string(), response.build());
        }
        for status in errors {
            responses = responses.response(
                status.to_string(),
                ResponseBuilder::new()
                    .description(error_meaning(status))
                    .content("application/json", json(ty::<p::ApiError>().reference()))
                    .build(),
            );
        }
        operation = operation.responses(responses.build());
        operation = match e.auth {
            Auth::Public => operation,
            Auth::Bearer => operation.security(SecurityRequirement::new("bearer", [""; 0])),
            Auth::BearerOrSigned => operation
                .security(SecurityRequirement::new("bearer", [""; 0]))
                .security(SecurityRequirement::default()),
        };
        paths.add_path_operation(full, vec![e.method.clone()], operation.build());
    }
    for t in socket_types() {
        (t.collect)(&mut schemas);
    }
    let mut components: BTreeMap<String, RefOr<Schema>> = BTreeMap::new();
    for (name, schema) in schemas {
        if let Some(known) = components.get(&name) {
            assert!(
                known == &schema,
                "two different protocol types are both named {name} in the OpenAPI document"
            );
        }
        components.insert(name, schema);
    }
    // The socket's sequence numbers (an alias, see `document_json`).
    if components.remove("u64").is_some() {
        components.insert(
            "Seq".into(),
            ObjectBuilder::new()
                .schema_type(Type::Integer)
                .format(Some(SchemaFormat::KnownFormat(KnownFormat::Int64)))
                .minimum(Some(0))
                .description(Some(
                    "The sequence number of a socket event: it only grows, per server.",
                ))
                .into(),
        );
    }
    let components = ComponentsBuilder::new()
        .schemas_from_iter(components)
        .security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        )
        .build();
    let tags = [
        ("session", "Health, sign-in, the session and presence."),
        (
            "desks",
            "Kiosk desks: a one-time device code, then a PIN per agent.",
        ),
        (
            "conversations",
            "The chat list, conversations, actions and custom views.",
        ),
        ("messages", "Message history, sending, search and retries."),
        (
            "templates",
            "Canned replies, templates, variables, uploads and outbound threads.",
        ),
        (
            "contacts",
            "Contacts, custom fields, CRM properties, notes and tasks.",
        ),
        ("deals", "Pipelines, deals, reminders and calendar events."),
        ("ai", "Translation, language detection and AI assistance."),
        ("faults", "Fault injection of the reference server."),
        ("socket", "The WebSocket of live changes."),
    ]
    .map(|(name, description)| {
        TagBuilder::new()
            .name(name)
            .description(Some(description))
            .build()
    });
    OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title("Switchboard protocol")
                .version("1")
                .description(Some(
                    "The REST API of Switchboard, the agent inbox: every body is JSON (UTF-8), \
                     times are RFC 3339 in UTC, every answer outside 2xx is an `ApiError`. The \
                     Rust types of `crates/protocol` are normative; docs/protocol.md explains \
                     them and the socket.",
                ))
                .license(Some(LicenseBuilder::new().name("MIT").build())),
        )
        .paths(paths)
        .components(Some(components))
        .tags(Some(tags))
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    const CHECKED_IN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../docs/openapi.json");

    #[test]
    fn the_checked_in_document_is_current() {
        let current = document_json();
        if std::env::var_os("UPDATE_OPENAPI").is_some() {
            std::fs::write(CHECKED_IN, &current).expect("docs/openapi.json is writable");
        }
        let checked_in = std::fs::read_to_string(CHECKED_IN).unwrap_or_default();
        assert!(
            checked_in == current,
            "docs/openapi.json differs from the document the server serves; regenerate it with \
             `UPDATE_OPENAPI=1 cargo test -p switchboard-server --lib openapi` and commit it"
        );
    }

    fn refs<'a>(v: &'a Value, out: &mut Vec<&'a str>) {
        match v {
            Value::Object(map) => {
                for (k, v) in map {
                    match (k.as_str(), v) {
                        ("$ref", Value::String(r)) => out.push(r),
                        _ => refs(v, out),
                    }
                }
            }
            Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
            _ => {}
        }
    }

    #[test]
    fn the_document_is_whole() {
        let doc: Value = serde_json::from_str(&document_json()).unwrap();
        assert_eq!(doc["openapi"], "3.1.0");
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for name in schemas.keys() {
            assert!(
                name.starts_with(|c: char| c.is_ascii_uppercase()),
                "component {name}"
            );
        }
        let mut found = Vec::new();
        refs(&doc, &mut found);
        assert!(!found.is_empty());
        for r in found {
            let name = r
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("unexpected reference {r}"));
            assert!(schemas.contains_key(name), "{r} is not in the components");
        }
        let paths = doc["paths"].as_object().unwrap();
        let methods = ["get", "put", "post", "delete", "patch"];
        for (path, item) in paths {
            assert!(path.starts_with("/api/v1/"), "{path}");
            let ops: Vec<_> = methods
                .iter()
                .filter_map(|m| item.get(*m).map(|op| (*m, op)))
                .collect();
            assert!(!ops.is_empty(), "{path} has no operation");
            for (method, op) in ops {
                assert!(op["responses"].as_object().is_some_and(|r| !r.is_empty()));
                let public = op.get("security").is_none();
                let open = [
                    ("get", "/api/v1/health"),
                    ("get", "/api/v1/session/methods"),
                    ("post", "/api/v1/session"),
                    ("post", "/api/v1/session/demo"),
                    ("post", "/api/v1/session/refresh"),
                    ("post", "/api/v1/devices/claim"),
                    ("get", "/api/v1/openapi.json"),
                    ("get", "/api/v1/ws"),
                ];
                let key = (method, path.as_str());
                assert_eq!(public, open.contains(&key), "{method} {path}: security");
            }
        }
        // Every protocol type the server answers with or takes is described.
        for name in [
            "ApiError",
            "ErrorCode",
            "Message",
            "Content",
            "Change",
            "FieldValue",
            "Mailbox",
            "ServerFrame",
            "Event",
            "ClientFrame",
        ] {
            assert!(schemas.contains_key(name), "{name} is missing");
        }
    }

    #[test]
    fn operation_ids_are_unique() {
        let table = endpoints();
        let mut ids: Vec<String> = table.iter().map(operation_id).collect();
        ids.sort();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n);
    }
}
