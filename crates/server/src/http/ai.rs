//! Translation and AI endpoints (`switchboard_protocol::ai`) and the fault switch
//! (`PUT /_faults`). Every input is checked before any provider call, and no endpoint
//! writes anything except feedback.

use super::extract::{ConversationPath, JsonBody};
use crate::auth::CurrentAgent;
use crate::error::{AppError, AppResult};
use crate::providers::context;
use crate::providers::detect;
use crate::providers::openai::ChatMessage;
use crate::providers::suggest::{self, transcript};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use axum::Json;
use switchboard_protocol::{
    DetectRequest, DetectedLanguage, FaultSettings, Feedback, Prompt, PromptRequest, PromptResult,
    SendMessage, Suggestions, Summary, TranslateRequest, Translation,
};

/// Longest feedback comment accepted, in characters.
pub const MAX_COMMENT: usize = 2000;

/// A non-blank text of at most 4096 characters.
fn check_text(text: &str) -> AppResult<()> {
    let n = text.trim().chars().count();
    if n == 0 || n > SendMessage::MAX_CHARS {
        return Err(AppError::invalid("text must be 1 to 4096 characters"));
    }
    Ok(())
}

fn check_language(field: &str, tag: &str) -> AppResult<()> {
    if detect::is_tag(tag) {
        Ok(())
    } else {
        Err(AppError::invalid(format!(
            "{field} must be a BCP 47 language tag such as \"en\" or \"pt-BR\""
        )))
    }
}

/// `POST /translate`: the translation provider's answer, or `unavailable`.
pub async fn translate(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<TranslateRequest>,
) -> AppResult<Json<Translation>> {
    check_text(&body.text)?;
    check_language("target_language", &body.target_language)?;
    if let Some(source) = &body.source_language {
        check_language("source_language", source)?;
    }
    let t = state.ai.translator()?;
    t.translate(
        &body.text,
        body.source_language.as_deref(),
        &body.target_language,
    )
    .await
    .map(Json)
}

/// `POST /detect-language`: the translation provider's detector, else the offline one.
pub async fn detect_language(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<DetectRequest>,
) -> AppResult<Json<DetectedLanguage>> {
    check_text(&body.text)?;
    match &state.ai.translator {
        Some(t) => t.detect(&body.text).await.map(Json),
        None => Ok(Json(detect::detect(&body.text))),
    }
}

/// `POST /conversations/{id}/ai/suggestions`: from the model, or from the offline ranker.
pub async fn suggestions(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<Suggestions>> {
    let offline = state.ai.ai.is_none();
    let (ctx, corpus) = state
        .run(move |conn, _| {
            let ctx = context::load(conn, id, &agent)?;
            let corpus = if offline {
                context::corpus(conn, id)?
            } else {
                Vec::new()
            };
            Ok((ctx, corpus))
        })
        .await?;
    let items = if offline {
        tokio::task::spawn_blocking(move || suggest::offline(&ctx, &corpus))
            .await
            .map_err(AppError::internal)?
    } else {
        suggest::with_model(&state.ai, &ctx).await?
    };
    Ok(Json(Suggestions { items }))
}

/// `POST /conversations/{id}/ai/summary`: the model's summary in the agent's language.
pub async fn summary(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    ConversationPath(id): ConversationPath,
) -> AppResult<Json<Summary>> {
    let ctx = state
        .run(move |conn, _| context::load(conn, id, &agent))
        .await?;
    let ai = state.ai.ai()?;
    if ctx.recent.is_empty() {
        return Err(AppError::invalid(
            "the conversation has no messages to summarise",
        ));
    }
    let system = format!(
        "Summarise this customer-support conversation for a colleague, in {}, in at most \
         three sentences: what the customer wants, what was done, what is still open. \
         Answer with the summary only.",
        detect::language_name(&ctx.agent_language)
    );
    let text = ai
        .chat(&[
            ChatMessage::system(system),
            ChatMessage::user(transcript(&ctx)),
        ])
        .await?;
    Ok(Json(Summary { text }))
}

/// The instruction a prompt gives the model.
fn instruction(prompt: &Prompt) -> AppResult<String> {
    Ok(match prompt {
        Prompt::Rephrase => "Rephrase the draft: same meaning, other words.".into(),
        Prompt::FixGrammar => {
            "Fix spelling, grammar and punctuation of the draft; change nothing else.".into()
        }
        Prompt::Shorter => "Make the draft shorter, keeping every fact.".into(),
        Prompt::Friendlier => "Make the draft warmer and friendlier.".into(),
        Prompt::MoreFormal => "Make the draft more formal and polite.".into(),
        Prompt::Translate { language } => {
            check_language("language", language)?;
            format!(
                "Translate the draft into {}.",
                detect::language_name(language)
            )
        }
        Prompt::Custom { instruction } => {
            check_text(instruction)?;
            format!("Rewrite the draft following this instruction: {instruction}")
        }
        Prompt::Unknown => return Err(AppError::invalid("unknown prompt kind")),
    })
}

/// `POST /ai/prompt`: the draft rewritten by the model (a translation prompt uses the
/// translation provider when one is configured).
pub async fn prompt(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<PromptRequest>,
) -> AppResult<Json<PromptResult>> {
    check_text(&body.text)?;
    let instruction = instruction(&body.prompt)?;
    if let (Prompt::Translate { language }, Some(t)) = (&body.prompt, &state.ai.translator) {
        let translation = t.translate(&body.text, None, language).await?;
        return Ok(Json(PromptResult {
            text: translation.text,
        }));
    }
    let ai = state.ai.ai()?;
    let system = "You edit a customer-support agent's draft. Keep its language unless told to \
                  translate. Answer with the new text only, without quotes or comments.";
    let text = ai
        .chat(&[
            ChatMessage::system(system),
            ChatMessage::user(format!("{instruction}\n\nDraft:\n{}", body.text)),
        ])
        .await?;
    Ok(Json(PromptResult { text }))
}

/// `POST /ai/feedback`: stores a like or dislike; 204.
pub async fn feedback(
    State(state): State<AppState>,
    CurrentAgent(agent): CurrentAgent,
    JsonBody(body): JsonBody<Feedback>,
) -> AppResult<StatusCode> {
    let id_len = body.suggestion_id.chars().count();
    if !(1..=128).contains(&id_len) {
        return Err(AppError::invalid(
            "suggestion_id must be 1 to 128 characters",
        ));
    }
    if body
        .comment
        .as_ref()
        .is_some_and(|c| c.chars().count() > MAX_COMMENT)
    {
        return Err(AppError::invalid("comment must be at most 2000 characters"));
    }
    state
        .run(move |conn, _| Ok(context::store_feedback(conn, &agent, &body)?))
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `GET /_faults`: the current fault switches (404 without `--fault-admin`).
pub async fn faults(
    State(state): State<AppState>,
    _: CurrentAgent,
) -> AppResult<Json<FaultSettings>> {
    if !state.faults.admin {
        return Err(AppError::not_found("no such endpoint"));
    }
    Ok(Json(state.faults.get()))
}

/// `PUT /_faults`: replaces the fault switches (404 without `--fault-admin`).
pub async fn set_faults(
    State(state): State<AppState>,
    _: CurrentAgent,
    JsonBody(body): JsonBody<FaultSettings>,
) -> AppResult<Json<FaultSettings>> {
    if !state.faults.admin {
        return Err(AppError::not_found("no such endpoint"));
    }
    if let Some(field) = body.invalid_rate() {
        return Err(AppError::invalid(format!(
            "{field} must be between 0.0 and 1.0"
        )));
    }
    state.faults.set(body);
    Ok(Json(body))
}
