//! Translation and AI: offline behaviour, and providers spoken to through a local stub
//! that speaks OpenAI chat-completions and LibreTranslate.

use crate::common::{api_error, demo, Server};
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use switchboard_protocol::{
    ConversationDetail, DetectedLanguage, ErrorCode, PromptResult, SuggestionSource, Suggestions,
    Summary, Translation,
};
use switchboard_server::Config;

/// What the stub model always answers (unless asked to translate).
const STUB_REPLY: &str = "Stub reply from the model";

/// A local provider stub; `seen` holds every chat request body.
struct Stub {
    base: String,
    seen: Arc<Mutex<Vec<Value>>>,
}

async fn stub() -> Stub {
    let seen: Arc<Mutex<Vec<Value>>> = Arc::default();
    let log = seen.clone();
    let app = Router::new()
        .route(
            "/v1/chat/completions",
            post(move |Json(body): Json<Value>| {
                let log = log.clone();
                async move {
                    let system = body["messages"][0]["content"].as_str().unwrap_or("").to_owned();
                    log.lock().unwrap().push(body);
                    let content = if system.starts_with("Translate") {
                        "Stub translation".to_owned()
                    } else {
                        STUB_REPLY.to_owned()
                    };
                    Json(json!({"choices": [{"index": 0, "message": {"role": "assistant", "content": content}}]}))
                }
            }),
        )
        .route(
            "/translate",
            post(|Json(body): Json<Value>| async move {
                let target = body["target"].as_str().unwrap_or("?");
                let q = body["q"].as_str().unwrap_or("");
                assert_eq!(body["format"], "text");
                Json(json!({"translatedText": format!("[{target}] {q}"),
                            "detectedLanguage": {"language": "en", "confidence": 90.0}}))
            }),
        )
        .route(
            "/detect",
            post(|| async { Json(json!([{"language": "fr", "confidence": 87.0}])) }),
        );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    Stub {
        base: format!("http://{addr}"),
        seen,
    }
}

/// A demo server with the given provider URLs, and a token.
async fn with_providers(
    ai: Option<String>,
    translate: Option<String>,
) -> (tempfile::TempDir, Server, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut config = Config::new(dir.path().to_path_buf(), dir.path().join("no-such-dist"));
    config.demo = true;
    config.providers.ai_url = ai;
    config.providers.ai_model = "stub-model".into();
    config.providers.translate_url = translate;
    let server = Server::start_with(&config).await;
    let token = server.sign_in().await;
    (dir, server, token)
}

/// A demo conversation whose contact writes `language`'s opposite: not English.
async fn foreign_conversation(server: &Server, token: &str) -> (i64, String) {
    for id in 1..=72 {
        let d: ConversationDetail = server
            .json(
                "GET",
                &format!("/api/v1/conversations/{id}"),
                token,
                None,
                200,
            )
            .await;
        if let Some(lang) = d.contact.language.filter(|l| l != "en") {
            return (id, lang);
        }
    }
    panic!("no demo conversation with a non-English contact");
}

async fn unavailable(server: &Server, path: &str, token: &str, body: &str) -> String {
    let (status, text) = server.call("POST", path, Some(token), Some(body)).await;
    assert_eq!(status, 503, "{path}: {text}");
    let e = api_error(&text);
    assert_eq!(e.code, ErrorCode::Unavailable);
    e.message
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_translation_prompts_and_summary_say_no_provider() {
    let (_dir, server, token) = demo().await;
    let msg = unavailable(
        &server,
        "/api/v1/translate",
        &token,
        r#"{"text":"Hallo","target_language":"en"}"#,
    )
    .await;
    assert!(msg.contains("no translation provider configured"), "{msg}");
    let msg = unavailable(
        &server,
        "/api/v1/ai/prompt",
        &token,
        r#"{"text":"hi","prompt":{"kind":"shorter"}}"#,
    )
    .await;
    assert!(msg.contains("no AI provider configured"), "{msg}");
    let msg = unavailable(&server, "/api/v1/conversations/1/ai/summary", &token, "").await;
    assert!(msg.contains("no AI provider configured"), "{msg}");
    // Bad input is refused before the provider question, and nothing is guessed.
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/translate",
            Some(&token),
            Some(r#"{"text":"x","target_language":"english!"}"#),
        )
        .await;
    assert_eq!(status, 422);
    let (status, _) = server
        .call("POST", "/api/v1/translate", Some(&token), Some("{"))
        .await;
    assert_eq!(status, 400);
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/ai/prompt",
            Some(&token),
            Some(r#"{"text":"hi","prompt":{"kind":"sing"}}"#),
        )
        .await;
    assert_eq!(status, 422);
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/conversations/999999/ai/summary",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = server
        .call("POST", "/api/v1/translate", None, Some("{}"))
        .await;
    assert_eq!(status, 401);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_detection() {
    let (_dir, server, token) = demo().await;
    for (text, lang) in [
        (
            "Доброго дня! Де моє замовлення? Я чекаю на нього вже цілий тиждень.",
            "uk",
        ),
        (
            "Bonjour, je n'ai toujours pas reçu ma commande, pouvez-vous m'aider ?",
            "fr",
        ),
        (
            "Hello, I still have not received my order and would like to know where it is.",
            "en",
        ),
    ] {
        let body = json!({ "text": text }).to_string();
        let d: DetectedLanguage = server
            .json("POST", "/api/v1/detect-language", &token, Some(&body), 200)
            .await;
        assert_eq!(d.language, lang, "{text}");
        assert!(d.confidence > 0.0 && d.confidence <= 1.0);
    }
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_suggestions_come_from_the_ranker() {
    let (_dir, server, token) = demo().await;
    server
        .inbound(&token, 3, "I want a refund, please send my money back")
        .await;
    let s: Suggestions = server
        .json(
            "POST",
            "/api/v1/conversations/3/ai/suggestions",
            &token,
            None,
            200,
        )
        .await;
    assert!(!s.items.is_empty() && s.items.len() <= 3, "{s:?}");
    assert!(s.items.iter().all(|i| i.source == SuggestionSource::Ranker));
    assert!(s.items[0].text.to_lowercase().contains("refund"), "{s:?}");
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/conversations/999999/ai/suggestions",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 404);
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/conversations/abc/ai/suggestions",
            Some(&token),
            None,
        )
        .await;
    assert_eq!(status, 400);
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn providers_answer_through_the_stub() {
    let stub = stub().await;
    let (_dir, server, token) =
        with_providers(Some(format!("{}/v1/", stub.base)), Some(stub.base.clone())).await;
    let t: Translation = server
        .json(
            "POST",
            "/api/v1/translate",
            &token,
            Some(r#"{"text":"Hello","target_language":"fr"}"#),
            200,
        )
        .await;
    assert_eq!(t.text, "[fr] Hello");
    assert_eq!(
        (t.source_language.as_str(), t.target_language.as_str()),
        ("en", "fr")
    );
    let d: DetectedLanguage = server
        .json(
            "POST",
            "/api/v1/detect-language",
            &token,
            Some(r#"{"text":"Bonjour"}"#),
            200,
        )
        .await;
    assert_eq!(d.language, "fr");
    assert!((d.confidence - 0.87).abs() < 1e-3);

    let (id, lang) = foreign_conversation(&server, &token).await;
    let s: Suggestions = server
        .json(
            "POST",
            &format!("/api/v1/conversations/{id}/ai/suggestions"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(s.items.len(), 1);
    assert_eq!(s.items[0].text, STUB_REPLY);
    assert_eq!(s.items[0].source, SuggestionSource::Llm);
    let tr = s.items[0]
        .translation
        .clone()
        .expect("translated for the customer");
    assert_eq!(tr.text, format!("[{lang}] {STUB_REPLY}"));
    assert_eq!(tr.target_language, lang);

    for prompt in [
        r#"{"kind":"rephrase"}"#,
        r#"{"kind":"custom","instruction":"be brief"}"#,
    ] {
        let body = format!(r#"{{"text":"pls wait","prompt":{prompt}}}"#);
        let p: PromptResult = server
            .json("POST", "/api/v1/ai/prompt", &token, Some(&body), 200)
            .await;
        assert_eq!(p.text, STUB_REPLY);
    }
    let p: PromptResult = server
        .json(
            "POST",
            "/api/v1/ai/prompt",
            &token,
            Some(r#"{"text":"Thanks","prompt":{"kind":"translate","language":"de"}}"#),
            200,
        )
        .await;
    assert_eq!(
        p.text, "[de] Thanks",
        "translation prompts use the translator"
    );
    let sum: Summary = server
        .json(
            "POST",
            &format!("/api/v1/conversations/{id}/ai/summary"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(sum.text, STUB_REPLY);

    let seen = stub.seen.lock().unwrap().clone();
    assert!(seen.iter().all(|b| b["model"] == "stub-model"));
    assert!(seen.iter().any(|b| b["messages"][1]["content"]
        .as_str()
        .unwrap()
        .contains("be brief")));
    assert!(seen.iter().any(|b| b["messages"][0]["content"]
        .as_str()
        .unwrap()
        .starts_with("Summarise")));
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ai_alone_translates_suggestions_with_the_model() {
    let stub = stub().await;
    let (_dir, server, token) = with_providers(Some(format!("{}/v1", stub.base)), None).await;
    let (id, _) = foreign_conversation(&server, &token).await;
    let s: Suggestions = server
        .json(
            "POST",
            &format!("/api/v1/conversations/{id}/ai/suggestions"),
            &token,
            None,
            200,
        )
        .await;
    assert_eq!(
        s.items[0].translation.as_ref().unwrap().text,
        "Stub translation"
    );
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_provider_that_is_down_is_unavailable_by_name() {
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let down = format!("http://127.0.0.1:{port}");
    let (_dir, server, token) =
        with_providers(Some(format!("{down}/v1")), Some(down.clone())).await;
    let msg = unavailable(
        &server,
        "/api/v1/ai/prompt",
        &token,
        r#"{"text":"hi","prompt":{"kind":"friendlier"}}"#,
    )
    .await;
    assert!(msg.contains("AI provider") && msg.contains(&down), "{msg}");
    let msg = unavailable(
        &server,
        "/api/v1/translate",
        &token,
        r#"{"text":"hi","target_language":"uk"}"#,
    )
    .await;
    assert!(
        msg.contains("translation provider") && msg.contains(&down),
        "{msg}"
    );
    let msg = unavailable(
        &server,
        "/api/v1/conversations/1/ai/suggestions",
        &token,
        "",
    )
    .await;
    assert!(msg.contains("AI provider"), "{msg}");
    server.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_is_stored() {
    let (dir, server, token) = demo().await;
    let body = r#"{"suggestion_id":"ranker-1","verdict":"dislike","comment":"off topic"}"#;
    let (status, text) = server
        .call("POST", "/api/v1/ai/feedback", Some(&token), Some(body))
        .await;
    assert_eq!((status, text.as_str()), (204, ""));
    let (status, text) = server
        .call(
            "POST",
            "/api/v1/ai/feedback",
            Some(&token),
            Some(r#"{"suggestion_id":"ranker-1","verdict":"meh"}"#),
        )
        .await;
    assert_eq!(status, 400);
    assert_eq!(api_error(&text).code, ErrorCode::BadRequest);
    let (status, _) = server
        .call(
            "POST",
            "/api/v1/ai/feedback",
            Some(&token),
            Some(r#"{"suggestion_id":"","verdict":"like"}"#),
        )
        .await;
    assert_eq!(status, 422);
    server.stop().await;
    let conn = crate::common::store(dir.path());
    let stored = switchboard_server::providers::context::feedback_for(&conn, "ranker-1").unwrap();
    assert_eq!(
        stored,
        [("dislike".to_owned(), Some("off topic".to_owned()))]
    );
}
