//! Signing in and out: the sign-in page, the same form over the view when a session
//! ended mid-work, the agent menu with `Sign out`, and the start page of a deployment whose
//! `config.json` is wrong. The flow itself lives in `store::session`.

mod agent_menu;
mod alert_items;
mod alerts_banner;
mod config_error;
mod desk;
mod desk_guard;
mod sign_in_form;

pub use agent_menu::AgentMenu;
pub use alerts_banner::AlertsBanner;
pub use config_error::ConfigErrorPage;
pub use desk::DeskStart;
pub use desk_guard::DeskGuard;
pub use sign_in_form::{SignInAgain, SignInPage};
