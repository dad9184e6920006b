//! Carrying out the host page's commands. Each answers `Ok` once done, or the reason it
//! could not be done in words for the host page's developer; none is acted on halfway.

use crate::i18n::I18n;
use crate::store::{outbound, panel, session, ApiError, Gate, Store};
use leptos::prelude::*;
use std::rc::Rc;
use switchboard_core::host_api::{Command, ContactKey};
use switchboard_core::Route;
use switchboard_protocol::{ConversationId, ErrorCode, MatchedBy, Visibility};

/// What a command leaves to do after its answer is posted.
pub(super) enum Then {
    Nothing,
    /// Sign out (which reloads the app, so it must come after the answer).
    SignOut,
}

/// A command's answer, and what follows it.
pub(super) struct Outcome {
    result: Result<(), String>,
    then: Then,
}

impl Outcome {
    fn of(result: Result<(), String>) -> Outcome {
        Outcome {
            result,
            then: Then::Nothing,
        }
    }

    pub(super) fn result(&self) -> Result<(), String> {
        self.result.clone()
    }

    pub(super) async fn after(self) {
        if let Then::SignOut = self.then {
            session::sign_out().await;
        }
    }
}

/// Carries out commands: the store, the translator and the router's navigation.
#[derive(Clone)]
pub(super) struct Actor {
    store: Store,
    i18n: I18n,
    navigate: Rc<dyn Fn(&str)>,
}

fn words(e: &ApiError) -> String {
    match e {
        ApiError::Unauthorized => "the token was refused".into(),
        ApiError::Network(d) => format!("the server is out of reach: {d}"),
        ApiError::Refused { message, .. } => message.clone(),
        ApiError::Throttled { .. } => "the server asked to wait (429)".into(),
        ApiError::BadResponse(d) => format!("the server's answer was not understood: {d}"),
    }
}

impl Actor {
    /// Made inside the router (it navigates) and the i18n context.
    pub(super) fn new(store: Store) -> Actor {
        let navigate = leptos_router::hooks::use_navigate();
        Actor {
            store,
            i18n: crate::i18n::use_i18n(),
            navigate: Rc::new(move |to: &str| navigate(to, Default::default())),
        }
    }

    fn signed_in(&self) -> Result<(), String> {
        if self.store.gate.get_untracked() == Gate::Open {
            Ok(())
        } else {
            Err("not signed in: send auth.token first".into())
        }
    }

    /// Carries out one command.
    pub(super) async fn run(&self, command: Command) -> Outcome {
        Outcome::of(match command {
            Command::AuthToken(token) => session::sign_in_with_token(self.store, token)
                .await
                .map_err(|e| words(&e)),
            Command::OpenConversation(id) => self.open_conversation(id).await,
            Command::OpenContact(key) => self.open_contact(key).await,
            Command::Compose(text) => self.compose(text),
            Command::SetLanguage(locale) => {
                self.i18n.set_locale(locale);
                Ok(())
            }
            Command::SetTheme(theme) => {
                crate::theme::apply(theme);
                Ok(())
            }
            Command::SignOut => {
                return Outcome {
                    result: Ok(()),
                    then: Then::SignOut,
                }
            }
        })
    }

    async fn open_conversation(&self, id: ConversationId) -> Result<(), String> {
        self.signed_in()?;
        // Asked first, so a conversation that is not there (or not this agent's to see)
        // is answered as such instead of opening an empty view.
        panel::load_detail(self.store, id)
            .await
            .map_err(|e| match e {
                ApiError::Refused {
                    code: ErrorCode::NotFound | ErrorCode::Forbidden,
                    ..
                } => format!("conversation {id} not found"),
                e => words(&e),
            })?;
        (self.navigate)(&format!("/conversations/{id}"));
        Ok(())
    }

    /// The contact's open conversation; without one, the New message dialog with the
    /// contact (or the phone or email to create one from) already searched for.
    async fn open_contact(&self, key: ContactKey) -> Result<(), String> {
        self.signed_in()?;
        let (value, by) = match &key {
            ContactKey::ExternalId(v) => (v, MatchedBy::ExternalId),
            ContactKey::Phone(v) => (v, MatchedBy::Phone),
            ContactKey::Email(v) => (v, MatchedBy::Email),
        };
        let matches = outbound::find_clients(value).await.map_err(|e| words(&e))?;
        let found = matches.iter().find(|m| m.matched_by == by);
        match found.and_then(|m| m.open_conversation) {
            Some(id) => (self.navigate)(&format!("/conversations/{id}")),
            None => self.store.ask_new_message.set(Some(value.clone())),
        }
        Ok(())
    }

    /// Adds the text to the open conversation's reply draft (after what the agent already
    /// wrote, on a new line: nothing of theirs is replaced).
    fn compose(&self, text: String) -> Result<(), String> {
        self.signed_in()?;
        let path = web_sys::window()
            .and_then(|w| w.location().pathname().ok())
            .unwrap_or_default();
        let id = match Route::parse(&path) {
            Route::Conversation(id) | Route::Message(id, _) => id,
            _ => return Err("no conversation is open".into()),
        };
        self.store.drafts.update(|d| {
            d.update(id, Visibility::Public, |draft| {
                if draft.text.trim().is_empty() {
                    draft.text = text;
                } else {
                    draft.text = format!("{}\n{text}", draft.text.trim_end());
                }
            })
        });
        Ok(())
    }
}
