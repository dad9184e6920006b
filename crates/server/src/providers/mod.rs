//! Translation and AI providers, chosen by configuration: an OpenAI-compatible
//! chat-completions endpoint (OpenAI, Ollama, llama.cpp server, vLLM) and a
//! LibreTranslate-compatible endpoint. With none configured the server still works:
//! suggestions come from the offline [`ranker`], language detection from [`detect`], and
//! translation, prompts and summaries answer `unavailable` with a message saying so.
//!
//! Providers are called over plain HTTP (they usually sit on loopback or the LAN); an
//! https provider needs a TLS-terminating proxy in front of it. Keys are never logged.

pub mod canned;
pub mod context;
pub mod detect;
pub mod libretranslate;
pub mod openai;
pub mod ranker;
pub mod suggest;

use crate::error::{AppError, AppResult};
use libretranslate::LibreTranslate;
use openai::OpenAi;
use std::time::Duration;
use switchboard_protocol::Translation;

/// How long one provider call may take.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The provider flags, each also read from its environment variable.
#[derive(Clone, clap::Args)]
pub struct ProviderFlags {
    /// Base URL of an OpenAI-compatible API, e.g. `http://127.0.0.1:11434/v1` (Ollama).
    #[arg(long = "ai-url", env = "SWITCHBOARD_AI_URL")]
    pub ai_url: Option<String>,
    /// Model name sent to the AI provider (llama.cpp ignores it; Ollama and OpenAI need it).
    #[arg(
        long = "ai-model",
        env = "SWITCHBOARD_AI_MODEL",
        default_value = "default"
    )]
    pub ai_model: String,
    /// Bearer key for the AI provider, if it wants one (never logged).
    #[arg(long = "ai-key", env = "SWITCHBOARD_AI_KEY", hide_env_values = true)]
    pub ai_key: Option<String>,
    /// Base URL of a LibreTranslate-compatible API, e.g. `http://127.0.0.1:5000`.
    #[arg(long = "translate-url", env = "SWITCHBOARD_TRANSLATE_URL")]
    pub translate_url: Option<String>,
    /// API key for the translation provider, if it wants one (never logged).
    #[arg(
        long = "translate-key",
        env = "SWITCHBOARD_TRANSLATE_KEY",
        hide_env_values = true
    )]
    pub translate_key: Option<String>,
}

impl Default for ProviderFlags {
    fn default() -> Self {
        Self {
            ai_url: None,
            ai_model: "default".into(),
            ai_key: None,
            translate_url: None,
            translate_key: None,
        }
    }
}

/// Keys are redacted: a printed configuration never leaks them.
impl std::fmt::Debug for ProviderFlags {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let redact = |k: &Option<String>| k.as_ref().map(|_| "<redacted>");
        f.debug_struct("ProviderFlags")
            .field("ai_url", &self.ai_url)
            .field("ai_model", &self.ai_model)
            .field("ai_key", &redact(&self.ai_key))
            .field("translate_url", &self.translate_url)
            .field("translate_key", &redact(&self.translate_key))
            .finish()
    }
}

/// The configured providers.
pub struct Providers {
    /// The chat model, if configured.
    pub ai: Option<OpenAi>,
    /// The translator, if configured.
    pub translator: Option<LibreTranslate>,
}

/// A set, non-blank value without trailing slashes.
fn base(url: &Option<String>) -> Option<String> {
    url.as_deref()
        .map(|u| u.trim().trim_end_matches('/').to_owned())
        .filter(|u| !u.is_empty())
}

impl Providers {
    /// Builds the clients for whatever is configured.
    pub fn from_flags(flags: &ProviderFlags) -> std::io::Result<Self> {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .connect_timeout(Duration::from_secs(5))
            .build()
            .map_err(std::io::Error::other)?;
        let key = |k: &Option<String>| k.clone().filter(|k| !k.trim().is_empty());
        Ok(Self {
            ai: base(&flags.ai_url).map(|url| {
                OpenAi::new(
                    client.clone(),
                    url,
                    flags.ai_model.clone(),
                    key(&flags.ai_key),
                )
            }),
            translator: base(&flags.translate_url)
                .map(|url| LibreTranslate::new(client, url, key(&flags.translate_key))),
        })
    }

    /// The chat model, or `unavailable` saying none is configured.
    pub fn ai(&self) -> AppResult<&OpenAi> {
        self.ai
            .as_ref()
            .ok_or_else(|| AppError::unavailable("no AI provider configured (set --ai-url)"))
    }

    /// The translator, or `unavailable` saying none is configured.
    pub fn translator(&self) -> AppResult<&LibreTranslate> {
        self.translator.as_ref().ok_or_else(|| {
            AppError::unavailable("no translation provider configured (set --translate-url)")
        })
    }

    /// Translates with the translator, else with the chat model, else `unavailable`.
    pub async fn translate_any(
        &self,
        text: &str,
        source: Option<&str>,
        target: &str,
    ) -> AppResult<Translation> {
        match (&self.translator, &self.ai) {
            (Some(t), _) => t.translate(text, source, target).await,
            (None, Some(ai)) => Ok(Translation {
                text: ai.translate(text, target).await?,
                source_language: source.unwrap_or("auto").to_owned(),
                target_language: target.to_owned(),
            }),
            (None, None) => Err(self
                .translator()
                .err()
                .unwrap_or_else(|| AppError::unavailable("no translation provider configured"))),
        }
    }
}

/// A provider failure as `unavailable`: the provider, and the whole error chain (reqwest
/// puts the useful part, "connection refused", in the sources).
pub fn failed(provider: &str, what: &str, e: &dyn std::error::Error) -> AppError {
    let mut detail = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        detail.push_str(": ");
        detail.push_str(&s.to_string());
        source = s.source();
    }
    let message = format!("{provider} failed to {what}: {detail}");
    eprintln!("{message}");
    AppError::unavailable(message)
}

/// A provider answer that does not follow its protocol, as `unavailable`.
pub fn bad_answer(provider: &str, what: &str) -> AppError {
    let message = format!("{provider} answered {what}");
    eprintln!("{message}");
    AppError::unavailable(message)
}
