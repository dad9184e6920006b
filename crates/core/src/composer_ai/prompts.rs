//! What the agent may ask the model to do with a draft (`POST /ai/prompt`), and the few
//! instructions of their own they used last, offered again.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};
use switchboard_protocol::Prompt;

/// How many recent custom instructions are kept.
pub const RECENT_MAX: usize = 5;

/// Longest custom instruction, in characters (the server's limit for any text).
pub const MAX_INSTRUCTION: usize = switchboard_protocol::SendMessage::MAX_CHARS;

/// A kind of prompt, as the composer offers them (in this order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PromptKind {
    /// Same meaning, other words.
    Rephrase,
    /// Spelling and grammar fixed, nothing else changed.
    FixGrammar,
    /// Shorter.
    Shorter,
    /// Friendlier.
    Friendlier,
    /// More formal.
    MoreFormal,
    /// Into another language (the text is replaced by its translation).
    Translate,
    /// The agent's own instruction.
    Custom,
}

impl PromptKind {
    /// The kinds with a button of their own (custom has a text field).
    pub const BUTTONS: [PromptKind; 5] = [
        PromptKind::Rephrase,
        PromptKind::FixGrammar,
        PromptKind::Shorter,
        PromptKind::Friendlier,
        PromptKind::MoreFormal,
    ];

    /// Its name in the UI.
    pub fn msg(self) -> Msg {
        match self {
            PromptKind::Rephrase => Msg::AiRephrase,
            PromptKind::FixGrammar => Msg::AiFixGrammar,
            PromptKind::Shorter => Msg::AiShorter,
            PromptKind::Friendlier => Msg::AiFriendlier,
            PromptKind::MoreFormal => Msg::AiMoreFormal,
            PromptKind::Translate => Msg::AiTranslatePrompt,
            PromptKind::Custom => Msg::AiCustomPrompt,
        }
    }

    /// The wire prompt: `arg` is the language of a translation or the instruction of a
    /// custom prompt (ignored by the others). `None` when the argument is missing.
    pub fn prompt(self, arg: &str) -> Option<Prompt> {
        let arg = arg.trim();
        Some(match self {
            PromptKind::Rephrase => Prompt::Rephrase,
            PromptKind::FixGrammar => Prompt::FixGrammar,
            PromptKind::Shorter => Prompt::Shorter,
            PromptKind::Friendlier => Prompt::Friendlier,
            PromptKind::MoreFormal => Prompt::MoreFormal,
            PromptKind::Translate if arg.is_empty() => return None,
            PromptKind::Translate => Prompt::Translate {
                language: arg.to_owned(),
            },
            PromptKind::Custom if arg.is_empty() => return None,
            PromptKind::Custom => Prompt::Custom {
                instruction: arg.chars().take(MAX_INSTRUCTION).collect(),
            },
        })
    }
}

/// The agent's latest custom instructions, newest first, without repeats.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RecentPrompts {
    items: Vec<String>,
}

impl RecentPrompts {
    /// Remembers an instruction used now: it moves to the front (a repeat, even with other
    /// capitals or spaces around it, is not kept twice); the oldest beyond
    /// [`RECENT_MAX`] are forgotten.
    pub fn used(&mut self, instruction: &str) {
        let t = instruction.trim();
        if t.is_empty() {
            return;
        }
        let key = t.to_lowercase();
        self.items.retain(|i| i.to_lowercase() != key);
        self.items.insert(0, t.to_owned());
        self.items.truncate(RECENT_MAX);
    }

    /// Forgets one.
    pub fn forget(&mut self, instruction: &str) {
        self.items.retain(|i| i != instruction);
    }

    /// Newest first.
    pub fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.items.iter().map(String::as_str)
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Where an agent's recent instructions are stored.
pub fn storage_key(agent: switchboard_protocol::AgentId) -> String {
    format!("switchboard.ai.prompts.v1.{agent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_kind_becomes_its_wire_prompt() {
        assert_eq!(PromptKind::Shorter.prompt(""), Some(Prompt::Shorter));
        assert_eq!(PromptKind::FixGrammar.prompt("x"), Some(Prompt::FixGrammar));
        assert_eq!(
            PromptKind::Translate.prompt(" fr "),
            Some(Prompt::Translate {
                language: "fr".into()
            })
        );
        assert_eq!(PromptKind::Translate.prompt(""), None);
        assert_eq!(PromptKind::Custom.prompt("  "), None);
        assert_eq!(
            PromptKind::Custom.prompt(" mention the 30-day guarantee "),
            Some(Prompt::Custom {
                instruction: "mention the 30-day guarantee".into()
            })
        );
        let names: std::collections::HashSet<_> = PromptKind::BUTTONS
            .iter()
            .chain(&[PromptKind::Translate, PromptKind::Custom])
            .map(|k| k.msg())
            .collect();
        assert_eq!(names.len(), 7, "every kind has its own name");
    }

    #[test]
    fn recent_instructions_are_newest_first_unique_and_few() {
        let mut r = RecentPrompts::default();
        r.used("  ");
        assert!(r.is_empty());
        for i in 0..7 {
            r.used(&format!("instruction {i}"));
        }
        r.used(" Instruction 3 ");
        let v: Vec<_> = r.iter().collect();
        assert_eq!(
            v,
            [
                "Instruction 3",
                "instruction 6",
                "instruction 5",
                "instruction 4",
                "instruction 2"
            ]
        );
        r.forget("instruction 6");
        assert_eq!(r.iter().count(), 4);
        let json = serde_json::to_string(&r).unwrap();
        assert_eq!(serde_json::from_str::<RecentPrompts>(&json).unwrap(), r);
    }
}
