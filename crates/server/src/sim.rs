//! Simulated customers: every tick one customer types for a moment, then writes into a
//! random conversation that is not closed (now and then a closed one, which reopens it), in
//! the contact's language. Where the AI agent handles the conversation, it types and
//! answers too. Messages go through [`crate::db::inbound`], the same path as
//! `POST /inbound`, so unread counts, reopening and events behave exactly as for a real
//! customer. Typing is ephemeral (no `seq`), like every typing frame.

use crate::db::inbound;
use crate::db::messages::{self, NewMessage};
use crate::demo::{phrases, rng::Rng};
use crate::error::AppResult;
use crate::events::{self, Ephemeral};
use crate::state::AppState;
use rusqlite::params;
use std::sync::Arc;
use std::time::Duration;
use switchboard_protocol::{
    Author, Content, ConversationId, DeliveryStatus, MessageTranslation, ServerFrame, TeamId,
    Typist, Visibility,
};

/// How long a customer or the AI agent is seen typing before the message arrives.
const TYPING: Duration = Duration::from_millis(1200);

/// The AI agent's holding answer, per language (English otherwise).
fn ai_answer(language: &str) -> &'static str {
    match language {
        "ru" => "Спасибо! Я ИИ-ассистент: записал ваш вопрос, коллега подтвердит детали в ближайшее время.",
        "uk" => "Дякую! Я ШІ-асистент: записав ваше питання, колега підтвердить деталі найближчим часом.",
        "fr" => "Merci ! Je suis l'assistant IA : j'ai noté votre question, un collègue vous confirme les détails très vite.",
        "es" => "¡Gracias! Soy el asistente de IA: he anotado su pregunta y un compañero le confirmará los detalles enseguida.",
        "de" => "Danke! Ich bin der KI-Assistent: Ihre Frage ist notiert, ein Kollege bestätigt die Details in Kürze.",
        _ => "Thanks! I'm the AI assistant: I've noted your question and a colleague will confirm the details shortly.",
    }
}

/// Who writes next: a conversation, the contact's language, the text with its stored
/// translation (English for a text in another language), and whether the AI agent handles it.
type Pick = (
    ConversationId,
    String,
    &'static str,
    Option<MessageTranslation>,
    bool,
);

/// Chooses the next customer message; `None` when there is no conversation to write in.
/// A network whose business account is disconnected delivers nothing (and the AI agent
/// could not answer there).
fn pick(conn: &rusqlite::Connection, rng: &mut Rng) -> AppResult<Option<Pick>> {
    let reopen = rng.chance(10);
    let mut stmt = conn.prepare(
        "SELECT c.id, COALESCE(k.language, 'en'), c.ai_active FROM conversations c \
         JOIN contacts k ON k.id = c.contact_id \
         LEFT JOIN business_accounts b ON b.channel = c.channel \
         WHERE (c.status = 'closed') = ?1 AND k.blocked = 0 AND c.archived = 0 \
         AND COALESCE(b.connected, 1) = 1 ORDER BY c.id",
    )?;
    let candidates = stmt
        .query_map(params![reopen], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, bool>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    if candidates.is_empty() {
        return Ok(None);
    }
    let (id, language, ai) = rng.pick(&candidates).clone();
    let lang = phrases::lang(&language);
    let (text, english) = *rng.pick(lang.simulated);
    let translation = lang.translation(english);
    Ok(Some((ConversationId(id), language, text, translation, ai)))
}

/// The AI agent's answer, stored and announced like any public message.
fn ai_reply(
    conn: &mut rusqlite::Connection,
    hub: &events::Hub,
    id: ConversationId,
    text: &str,
) -> AppResult<()> {
    let tx = conn.transaction()?;
    let message = messages::insert(
        &tx,
        &NewMessage {
            conversation_id: id,
            client_id: None,
            author: Author::Ai,
            visibility: Visibility::Public,
            content: Content::Text {
                text: text.to_owned(),
            },
            status: DeliveryStatus::Sent,
            created_at_ms: crate::db::now_ms(),
        },
    )?;
    tx.execute(
        "UPDATE conversations SET unanswered = 0, last_message = ?2, last_activity_at = ?3 WHERE id = ?1",
        params![id.0, messages::preview_json(&message)?, message.created_at.timestamp_millis()],
    )?;
    let out = messages::announce(&tx, &message)?;
    tx.commit()?;
    events::publish(hub, out);
    Ok(())
}

fn typing(state: &AppState, id: ConversationId, teams: &[TeamId], who: Typist, active: bool) {
    let frame = ServerFrame::Typing {
        conversation_id: id,
        who,
        active,
    };
    let _ = state.ephemeral.send(Arc::new(Ephemeral {
        from: None,
        frame,
        // The simulator never picks a blocked contact's conversation.
        restricted: false,
        teams: Some(teams.to_vec()),
    }));
}

/// One customer message (and the AI agent's answer where it handles the conversation).
async fn tick(state: &AppState, rng: &mut Rng) -> AppResult<()> {
    let mut local = rng.clone();
    rng.next_u64();
    let Some((id, language, text, translation, ai)) =
        state.run(move |conn, _| pick(conn, &mut local)).await?
    else {
        return Ok(());
    };
    let teams = state
        .run(move |conn, _| Ok(events::conversation_teams(conn, id)?))
        .await?;
    let typing = |who, active| typing(state, id, &teams, who, active);
    typing(Typist::Contact, true);
    tokio::time::sleep(TYPING).await;
    typing(Typist::Contact, false);
    state
        .run(move |conn, hub| {
            inbound::inbound_translated(conn, hub, id, text, translation).map(|_| ())
        })
        .await?;
    if ai {
        typing(Typist::Ai, true);
        tokio::time::sleep(TYPING).await;
        typing(Typist::Ai, false);
        let answer = ai_answer(&language);
        state
            .run(move |conn, hub| ai_reply(conn, hub, id, answer))
            .await?;
    }
    Ok(())
}

/// Runs until the server stops.
pub async fn run(state: AppState, every: Duration) {
    let seed = crate::db::now_ms().unsigned_abs();
    let mut rng = Rng::new(seed);
    let mut shutdown = state.shutdown.clone();
    let mut timer = tokio::time::interval(every);
    timer.tick().await;
    loop {
        tokio::select! {
            _ = shutdown.changed() => return,
            _ = timer.tick() => {}
        }
        if let Err(e) = tick(&state, &mut rng).await {
            eprintln!("simulator: {}", e.body.message);
        }
    }
}
