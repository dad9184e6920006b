//! A LibreTranslate-compatible client: `POST {base}/translate` with
//! `{q, source, target, format, api_key?}` → `{translatedText, detectedLanguage?}` and
//! `POST {base}/detect` with `{q}` → `[{language, confidence}]` (confidence in percent).
//! The shapes below are the provider's protocol, not Switchboard's wire.

use super::{bad_answer, failed};
use crate::error::AppResult;
use serde::{Deserialize, Serialize};
use switchboard_protocol::{DetectedLanguage, Translation};

#[derive(Serialize)]
struct TranslateBody<'a> {
    q: &'a str,
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct TranslateAnswer {
    translated_text: String,
    #[serde(default)]
    detected_language: Option<Detected>,
}

#[derive(Serialize)]
struct DetectBody<'a> {
    q: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
struct Detected {
    language: String,
    #[serde(default)]
    confidence: f32,
}

/// The configured translator.
pub struct LibreTranslate {
    client: reqwest::Client,
    base: String,
    key: Option<String>,
}

impl LibreTranslate {
    /// A client for `base` (e.g. `http://127.0.0.1:5000`).
    pub fn new(client: reqwest::Client, base: String, key: Option<String>) -> Self {
        Self { client, base, key }
    }

    fn name(&self) -> String {
        format!(
            "translation provider (LibreTranslate-compatible at {})",
            self.base
        )
    }

    async fn post<B: Serialize, A: serde::de::DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        what: &str,
    ) -> AppResult<A> {
        let name = self.name();
        let resp = self
            .client
            .post(format!("{}{path}", self.base))
            .json(body)
            .send()
            .await
            .and_then(|r| r.error_for_status())
            .map_err(|e| failed(&name, what, &e))?;
        resp.json()
            .await
            .map_err(|e| failed(&name, &format!("{what} readably"), &e))
    }

    /// Translates `text` from `source` (detected when `None`) into `target`.
    pub async fn translate(
        &self,
        text: &str,
        source: Option<&str>,
        target: &str,
    ) -> AppResult<Translation> {
        let body = TranslateBody {
            q: text,
            source: source.unwrap_or("auto"),
            target,
            format: "text",
            api_key: self.key.as_deref(),
        };
        let a: TranslateAnswer = self.post("/translate", &body, "translate").await?;
        let source_language = match (source, a.detected_language) {
            (Some(s), _) => s.to_owned(),
            (None, Some(d)) => d.language,
            (None, None) => "auto".to_owned(),
        };
        Ok(Translation {
            text: a.translated_text,
            source_language,
            target_language: target.to_owned(),
        })
    }

    /// The most likely language of `text`.
    pub async fn detect(&self, text: &str) -> AppResult<DetectedLanguage> {
        let body = DetectBody {
            q: text,
            api_key: self.key.as_deref(),
        };
        let list: Vec<Detected> = self.post("/detect", &body, "detect a language").await?;
        let best = list
            .into_iter()
            .next()
            .ok_or_else(|| bad_answer(&self.name(), "no language for the text"))?;
        // LibreTranslate gives percent; a provider giving a share is taken as is.
        let confidence = if best.confidence > 1.0 {
            best.confidence / 100.0
        } else {
            best.confidence
        };
        Ok(DetectedLanguage {
            language: best.language,
            confidence: confidence.clamp(0.0, 1.0),
        })
    }
}
