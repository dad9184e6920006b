//! An OpenAI-compatible chat-completions client: `POST {base}/chat/completions` with
//! `{model, messages}`, the answer in `choices[0].message.content`. The request and answer
//! shapes below are the provider's protocol, not Switchboard's wire.

use super::{bad_answer, failed};
use crate::error::AppResult;
use serde::{Deserialize, Serialize};

/// One chat message sent to the model.
#[derive(Clone, Debug, Serialize)]
pub struct ChatMessage {
    /// `system`, `user` or `assistant`.
    pub role: &'static str,
    /// The text.
    pub content: String,
}

impl ChatMessage {
    /// A system instruction.
    pub fn system(content: impl Into<String>) -> Self {
        Self {
            role: "system",
            content: content.into(),
        }
    }

    /// A user turn.
    pub fn user(content: impl Into<String>) -> Self {
        Self {
            role: "user",
            content: content.into(),
        }
    }
}

#[derive(Serialize)]
struct ChatRequest<'a> {
    model: &'a str,
    messages: &'a [ChatMessage],
    stream: bool,
}

#[derive(Deserialize)]
struct ChatResponse {
    choices: Vec<Choice>,
}

#[derive(Deserialize)]
struct Choice {
    message: ChoiceMessage,
}

#[derive(Deserialize)]
struct ChoiceMessage {
    content: Option<String>,
}

/// The configured chat model.
pub struct OpenAi {
    client: reqwest::Client,
    base: String,
    model: String,
    key: Option<String>,
}

impl OpenAi {
    /// A client for `base` (e.g. `http://127.0.0.1:11434/v1`).
    pub fn new(client: reqwest::Client, base: String, model: String, key: Option<String>) -> Self {
        Self {
            client,
            base,
            model,
            key,
        }
    }

    fn name(&self) -> String {
        format!("AI provider (OpenAI-compatible at {})", self.base)
    }

    /// The model's answer to `messages`, trimmed; an empty answer is a failure.
    pub async fn chat(&self, messages: &[ChatMessage]) -> AppResult<String> {
        let name = self.name();
        let mut req = self
            .client
            .post(format!("{}/chat/completions", self.base))
            .json(&ChatRequest {
                model: &self.model,
                messages,
                stream: false,
            });
        if let Some(key) = &self.key {
            req = req.bearer_auth(key);
        }
        let resp = req
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| failed(&name, "answer a chat completion", &e))?;
        let body: ChatResponse = resp
            .json()
            .await
            .map_err(|e| failed(&name, "answer a readable chat completion", &e))?;
        body.choices
            .into_iter()
            .next()
            .and_then(|c| c.message.content)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| bad_answer(&name, "a chat completion without text"))
    }

    /// Translates `text` into `target` with the model.
    pub async fn translate(&self, text: &str, target: &str) -> AppResult<String> {
        self.chat(&[
            ChatMessage::system(format!(
                "Translate the user's text into {}. Answer with the translation only.",
                super::detect::language_name(target)
            )),
            ChatMessage::user(text),
        ])
        .await
    }
}
