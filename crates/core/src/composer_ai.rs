//! The composer's translation and AI helpers, as plain data and rules (the app's
//! `composer/ai` views call them and never re-implement them):
//!
//! - [`language`]: which language the customer writes, and the languages offered;
//! - [`outgoing`]: the translation preview of a draft and the message it becomes;
//! - [`prompts`]: what the agent may ask the model to do with a draft, and their recent
//!   own instructions;
//! - [`undo`]: the step back after a tool replaced the draft's text;
//! - [`suggestions`]: which suggested reply is shown, and what "Try again" shows next;
//! - [`feedback`]: the dislike count that asks for a comment every third time.

pub mod feedback;
pub mod language;
pub mod outgoing;
pub mod prompts;
pub mod suggestions;
pub mod undo;
