//! REST calls. Each decodes into a protocol type; every failure becomes an [`ApiError`].
//!
//! A call refused with 401 renews the access token once ([`super::auth::renew`], one
//! renewal shared by every call refused meanwhile) and goes again; only a second refusal,
//! or no renewal, ends the session ([`super::auth::on_token_refused`]).

use super::abort::Abort;
use super::auth::{clear_token, renew, stored_token};
use super::ApiError;
use gloo_net::http::{Method, Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use switchboard_protocol::{
    ApiError as WireError, ConversationAction, ConversationCounts, ConversationDetail,
    ConversationId, ConversationPage, ConversationQuery, ConversationSummary, CustomView, Message,
    MessageId, MessagePage, MessageQuery, MessageSearch, NewView, SendMessage, Session, ViewId,
};
use switchboard_protocol::{
    DetectRequest, DetectedLanguage, Feedback, PromptRequest, PromptResult, Suggestions, Summary,
    TranslateRequest, Translation,
};

/// The full URL of an API route: under `config.json`'s `api_base` (the app's own origin's
/// `/api/v1` without one).
pub(super) fn url(path: &str) -> String {
    format!("{}{path}", crate::config::get().api_root())
}

pub(super) fn authorised(b: RequestBuilder) -> RequestBuilder {
    match stored_token() {
        Some(t) => b.header("Authorization", &format!("Bearer {t}")),
        None => b,
    }
}

fn network(e: gloo_net::Error) -> ApiError {
    ApiError::Network(e.to_string())
}

/// After a 401: renews the token, unless another call did since `sent_with` was sent.
/// `Ok(false)` (the session is over) has forgotten the token and said so.
pub(super) async fn renew_after_refusal(sent_with: Option<String>) -> Result<bool, ApiError> {
    let now = stored_token();
    if now.is_some() && now != sent_with {
        return Ok(true);
    }
    if renew().await? {
        return Ok(true);
    }
    clear_token();
    Ok(false)
}

/// Sends the request `make` builds (with the token in use, see [`authorised`]); after a
/// 401 renews the token and sends it once more, built anew with the new token.
pub(super) async fn send(
    make: impl Fn() -> Result<Request, ApiError>,
) -> Result<Response, ApiError> {
    let sent_with = stored_token();
    let first = make()?.send().await.map_err(network)?;
    if first.status() != 401 || !renew_after_refusal(sent_with).await? {
        return Ok(first);
    }
    let second = make()?.send().await.map_err(network)?;
    if second.status() == 401 {
        clear_token();
    }
    Ok(second)
}

/// [`send`], then [`decode`].
pub(super) async fn fetch<T: DeserializeOwned>(
    make: impl Fn() -> Result<Request, ApiError>,
) -> Result<T, ApiError> {
    decode(Ok(send(make).await?)).await
}

/// Sends a JSON body with any `method` and decodes the answer.
pub(super) async fn send_json<B: Serialize, T: DeserializeOwned>(
    method: Method,
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let target = url(path);
    fetch(|| {
        authorised(RequestBuilder::new(&target).method(method.clone()))
            .json(body)
            .map_err(|e| ApiError::BadResponse(e.to_string()))
    })
    .await
}

pub(super) async fn decode<T: DeserializeOwned>(
    r: Result<Response, gloo_net::Error>,
) -> Result<T, ApiError> {
    let r = r.map_err(|e| ApiError::Network(e.to_string()))?;
    let status = r.status();
    let retry_after = r.headers().get("retry-after");
    let body = r
        .text()
        .await
        .map_err(|e| ApiError::Network(e.to_string()))?;
    if status == 429 {
        return Err(throttled(retry_after.as_deref(), &body));
    }
    decode_answer(status, &body)
}

/// A `429`: the wait its `Retry-After` asks for (seconds or an HTTP date), and its words.
pub(super) fn throttled(retry_after: Option<&str>, body: &str) -> ApiError {
    let wait =
        retry_after.and_then(|v| switchboard_core::retry_after::parse(v, chrono::Utc::now()));
    let message = serde_json::from_str::<WireError>(body)
        .map(|w| w.message)
        .unwrap_or_default();
    ApiError::Throttled { wait, message }
}

/// Decodes an answer's status and body (shared with the upload requests, which do not go
/// through gloo-net). A 401 is [`ApiError::Unauthorized`]; renewing is the sender's part.
pub(super) fn decode_answer<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiError> {
    if status == 204 {
        // "Done, nothing to show" (an action on a conversation that is now gone).
        return serde_json::from_str("null").map_err(|e| ApiError::BadResponse(e.to_string()));
    }
    if (200..300).contains(&status) {
        return serde_json::from_str(body).map_err(|e| ApiError::BadResponse(e.to_string()));
    }
    if status == 401 {
        return Err(ApiError::Unauthorized);
    }
    match serde_json::from_str::<WireError>(body) {
        Ok(w) => Err(ApiError::Refused {
            code: w.code,
            message: w.message,
        }),
        // A proxy's HTML error page, say: keep the status for the detail line.
        Err(_) if status >= 500 => Err(ApiError::Refused {
            code: switchboard_protocol::ErrorCode::Internal,
            message: format!("HTTP {status}"),
        }),
        Err(_) => Err(ApiError::BadResponse(format!("HTTP {status}"))),
    }
}

/// GETs a path under the API prefix and decodes the answer.
pub(super) async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiError> {
    let target = url(path);
    fetch(|| {
        authorised(Request::get(&target))
            .build()
            .map_err(|e| ApiError::BadResponse(e.to_string()))
    })
    .await
}

/// POSTs a JSON body and decodes the answer.
pub(super) async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    send_json(Method::POST, path, body).await
}

/// `GET /session`.
pub async fn session() -> Result<Session, ApiError> {
    get_json("/session").await
}

/// `GET /conversations`: one page of a list view (`q.cursor` says which).
pub async fn conversations(q: &ConversationQuery) -> Result<ConversationPage, ApiError> {
    get_json(&format!("/conversations?{}", q.to_query())).await
}

/// `GET /conversations/counts`: the tab and mailbox counts of a view.
pub async fn counts(q: &ConversationQuery) -> Result<ConversationCounts, ApiError> {
    let mut q = q.clone();
    q.cursor = None;
    q.limit = None;
    get_json(&format!("/conversations/counts?{}", q.to_query())).await
}

/// `GET /views`: the custom views this agent made or that are shared with them.
pub async fn views() -> Result<Vec<CustomView>, ApiError> {
    get_json("/views").await
}

/// `POST /views`: saves a custom view (the server refuses a name outside 1..=80
/// characters).
pub async fn create_view(new: &NewView) -> Result<CustomView, ApiError> {
    post_json("/views", new).await
}

/// `DELETE /views/{id}`: deletes one of my views (refused for someone else's).
pub async fn delete_view(id: ViewId) -> Result<(), ApiError> {
    let target = url(&format!("/views/{id}"));
    fetch(|| {
        authorised(Request::delete(&target))
            .build()
            .map_err(|e| ApiError::BadResponse(e.to_string()))
    })
    .await
}

/// `POST /conversations/{id}/actions`: the conversation after the action (`None` when it
/// is gone, e.g. deleted).
pub async fn act(
    id: ConversationId,
    action: &ConversationAction,
) -> Result<Option<ConversationSummary>, ApiError> {
    post_json(&format!("/conversations/{id}/actions"), action).await
}

/// `GET /conversations/{id}`.
pub async fn conversation(id: ConversationId) -> Result<ConversationDetail, ApiError> {
    get_json(&format!("/conversations/{id}")).await
}

/// `GET /conversations/{id}/messages`: the latest page, or the page before a message.
pub async fn messages(
    id: ConversationId,
    before: Option<MessageId>,
) -> Result<MessagePage, ApiError> {
    let q = before.map_or(String::new(), |b| format!("&before={b}"));
    get_json(&format!("/conversations/{id}/messages?limit=50{q}")).await
}

/// `GET /conversations/{id}/messages` with any of `before`, `after`, `around`.
pub async fn message_page(id: ConversationId, q: &MessageQuery) -> Result<MessagePage, ApiError> {
    let mut query = format!("limit={}", q.limit.unwrap_or(50));
    for (key, value) in [
        ("before", q.before),
        ("after", q.after),
        ("around", q.around),
    ] {
        if let Some(v) = value {
            query.push_str(&format!("&{key}={v}"));
        }
    }
    get_json(&format!("/conversations/{id}/messages?{query}")).await
}

/// `GET /conversations/{id}/messages/search?q=`: hits oldest first.
pub async fn search_messages(id: ConversationId, q: &str) -> Result<MessageSearch, ApiError> {
    let q = js_sys::encode_uri_component(q);
    get_json(&format!("/conversations/{id}/messages/search?q={q}")).await
}

/// `POST /conversations/{id}/messages` (idempotent on the client id).
pub async fn send_message(id: ConversationId, body: &SendMessage) -> Result<Message, ApiError> {
    post_json(&format!("/conversations/{id}/messages"), body).await
}

/// `POST /conversations/{id}/read`.
pub async fn mark_read(id: ConversationId) -> Result<ConversationSummary, ApiError> {
    post_json(&format!("/conversations/{id}/read"), &()).await
}

// Translation and AI (`switchboard_protocol::ai`): each call takes an [`Abort`], so the
// agent can cancel a slow one.

/// POSTs a JSON body that `abort` can cancel, and decodes the answer.
async fn post_abortable<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    abort: &Abort,
) -> Result<T, ApiError> {
    let signal = abort.signal();
    let target = url(path);
    fetch(|| {
        authorised(Request::post(&target))
            .abort_signal(signal.as_ref())
            .json(body)
            .map_err(|e| ApiError::BadResponse(e.to_string()))
    })
    .await
}

/// `POST /translate`.
pub async fn translate(body: &TranslateRequest, abort: &Abort) -> Result<Translation, ApiError> {
    post_abortable("/translate", body, abort).await
}

/// `POST /detect-language`.
pub async fn detect_language(text: &str, abort: &Abort) -> Result<DetectedLanguage, ApiError> {
    let body = DetectRequest {
        text: text.to_owned(),
    };
    post_abortable("/detect-language", &body, abort).await
}

/// `POST /conversations/{id}/ai/suggestions`: best first, possibly none.
pub async fn ai_suggestions(id: ConversationId, abort: &Abort) -> Result<Suggestions, ApiError> {
    post_abortable(&format!("/conversations/{id}/ai/suggestions"), &(), abort).await
}

/// `POST /conversations/{id}/ai/summary`.
pub async fn ai_summary(id: ConversationId, abort: &Abort) -> Result<Summary, ApiError> {
    post_abortable(&format!("/conversations/{id}/ai/summary"), &(), abort).await
}

/// `POST /ai/prompt`: the draft rewritten.
pub async fn ai_prompt(body: &PromptRequest, abort: &Abort) -> Result<PromptResult, ApiError> {
    post_abortable("/ai/prompt", body, abort).await
}

/// `POST /ai/feedback` (answered 204).
pub async fn ai_feedback(body: &Feedback) -> Result<(), ApiError> {
    post_json("/ai/feedback", body).await
}
