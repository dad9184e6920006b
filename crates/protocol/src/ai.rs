//! Translation and AI: request and answer bodies of the translation, language detection,
//! reply suggestion, draft prompt, summary and feedback endpoints.
//!
//! | method | path | body | answer |
//! |---|---|---|---|
//! | POST | `/api/v1/translate` | [`TranslateRequest`] | [`Translation`] |
//! | POST | `/api/v1/detect-language` | [`DetectRequest`] | [`DetectedLanguage`] |
//! | POST | `/api/v1/conversations/{id}/ai/suggestions` | - | [`Suggestions`] |
//! | POST | `/api/v1/conversations/{id}/ai/summary` | - | [`Summary`] |
//! | POST | `/api/v1/ai/prompt` | [`PromptRequest`] | [`PromptResult`] |
//! | POST | `/api/v1/ai/feedback` | [`Feedback`] | 204, no body |
//!
//! When no provider is configured (or the provider fails) the answer is an
//! [`crate::ApiError`] with code [`crate::ErrorCode::Unavailable`] (503) whose message
//! says which provider and what failed, e.g. "no translation provider configured".

use serde::{Deserialize, Serialize};

/// Body of `POST /translate`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslateRequest {
    /// The text to translate (1..=4096 characters).
    pub text: String,
    /// The language to translate into (BCP 47, `"en"`).
    pub target_language: String,
    /// The language of `text`; absent to let the provider detect it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_language: Option<String>,
}

/// A translated text.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Translation {
    /// The translation.
    pub text: String,
    /// The language of the original (as given, or as detected; `"auto"` when unknown).
    pub source_language: String,
    /// The language of `text`.
    pub target_language: String,
}

/// Body of `POST /detect-language`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DetectRequest {
    /// The text whose language is wanted (1..=4096 characters).
    pub text: String,
}

/// The language a text is most likely written in.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DetectedLanguage {
    /// BCP 47 code (`"uk"`), or `"und"` when undetermined.
    pub language: String,
    /// How sure the detector is, from 0.0 to 1.0.
    pub confidence: f32,
}

/// Where a suggested reply comes from.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SuggestionSource {
    /// Written by the configured language model.
    Llm,
    /// Picked by the offline ranker from templates and earlier agent replies.
    Ranker,
    /// A source this client does not know.
    #[serde(other)]
    Other,
}

/// One suggested reply.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Identifies the suggestion in [`Feedback`].
    pub id: String,
    /// The reply, in the agent's language.
    pub text: String,
    /// The reply in the customer's language, when it differs from the agent's and a
    /// translation is known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<Translation>,
    /// Where it comes from.
    pub source: SuggestionSource,
}

/// Answer of `POST /conversations/{id}/ai/suggestions`: best first, possibly empty.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestions {
    /// The suggestions.
    pub items: Vec<Suggestion>,
}

/// What to do with a draft.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Prompt {
    /// Say the same in other words.
    Rephrase,
    /// Fix spelling and grammar, change nothing else.
    FixGrammar,
    /// Make it shorter.
    Shorter,
    /// Make it friendlier.
    Friendlier,
    /// Make it more formal.
    MoreFormal,
    /// Translate it.
    Translate {
        /// Into this language (BCP 47).
        language: String,
    },
    /// Anything the agent asks for.
    Custom {
        /// The agent's instruction, e.g. "mention the 30-day guarantee".
        instruction: String,
    },
    /// A prompt this server does not know (refused with `invalid`).
    #[serde(other)]
    Unknown,
}

/// Body of `POST /ai/prompt`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptRequest {
    /// The draft (1..=4096 characters).
    pub text: String,
    /// What to do with it.
    pub prompt: Prompt,
}

/// The rewritten draft.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PromptResult {
    /// The new text.
    pub text: String,
}

/// Answer of `POST /conversations/{id}/ai/summary`.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// A short summary, in the agent's language.
    pub text: String,
}

/// An agent's opinion of a suggestion.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Useful.
    Like,
    /// Not useful.
    Dislike,
}

/// Body of `POST /ai/feedback` (answered 204).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Feedback {
    /// The [`Suggestion::id`] judged (1..=128 characters).
    pub suggestion_id: String,
    /// Like or dislike.
    pub verdict: Verdict,
    /// Why, optionally (up to 2000 characters).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::de::DeserializeOwned;

    fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(v: T) {
        let json = serde_json::to_string(&v).unwrap();
        assert_eq!(serde_json::from_str::<T>(&json).unwrap(), v, "{json}");
    }

    #[test]
    fn bodies_round_trip() {
        round_trip(TranslateRequest {
            text: "Привіт".into(),
            target_language: "en".into(),
            source_language: None,
        });
        round_trip(DetectedLanguage {
            language: "fr".into(),
            confidence: 0.5,
        });
        round_trip(Suggestions {
            items: vec![Suggestion {
                id: "r-1".into(),
                text: "Hello".into(),
                translation: Some(Translation {
                    text: "Bonjour".into(),
                    source_language: "en".into(),
                    target_language: "fr".into(),
                }),
                source: SuggestionSource::Ranker,
            }],
        });
        for prompt in [
            Prompt::Rephrase,
            Prompt::FixGrammar,
            Prompt::MoreFormal,
            Prompt::Translate {
                language: "de".into(),
            },
            Prompt::Custom {
                instruction: "be brief".into(),
            },
        ] {
            round_trip(PromptRequest {
                text: "hi".into(),
                prompt,
            });
        }
        round_trip(Feedback {
            suggestion_id: "x".into(),
            verdict: Verdict::Dislike,
            comment: Some("off topic".into()),
        });
    }

    #[test]
    fn wire_names() {
        let p: PromptRequest =
            serde_json::from_str(r#"{"text":"a","prompt":{"kind":"fix_grammar"}}"#).unwrap();
        assert_eq!(p.prompt, Prompt::FixGrammar);
        let p: Prompt = serde_json::from_str(r#"{"kind":"sing"}"#).unwrap();
        assert_eq!(p, Prompt::Unknown);
        let s: SuggestionSource = serde_json::from_str(r#""oracle""#).unwrap();
        assert_eq!(s, SuggestionSource::Other);
        assert!(serde_json::from_str::<Verdict>(r#""meh""#).is_err());
    }
}
