//! The `mentions` mailbox: conversations with a note that mentions me, newest first, with
//! its count; a summary names the agents its notes mention.

use crate::kit::{quiet_demo, send, text};
use crate::util::{all, sign_in_as, SUPERVISOR};
use switchboard_protocol::*;

async fn mentions_count(s: &crate::common::Server, token: &str) -> u32 {
    let c: ConversationCounts = s
        .json("GET", "/api/v1/conversations/counts", token, None, 200)
        .await;
    c.mailboxes["mentions"]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_note_mentioning_an_agent_lists_the_conversation_in_their_mentions() {
    let (dir, s, alex) = quiet_demo().await;
    let marta = sign_in_as(dir.path(), SUPERVISOR);
    let before = all(&s, &marta, "mailbox=mentions", 50).await;
    assert_eq!(mentions_count(&s, &marta).await, before.len() as u32);
    assert!(before.iter().all(|c| c.mentioned.contains(&AgentId(2))));
    let everything = all(&s, &marta, "", 200).await;
    let target = everything
        .iter()
        .find(|c| !before.iter().any(|b| b.id == c.id))
        .expect("a conversation that does not mention Marta")
        .id;
    let alex_before = mentions_count(&s, &alex).await;

    let mut note = text("@Marta can you check?");
    note.visibility = Visibility::Internal;
    note.mentions = vec![AgentId(2)];
    let (status, body) = send(&s, &alex, target.0, &note).await;
    assert_eq!(status, 201, "{body}");

    let after = all(&s, &marta, "mailbox=mentions", 50).await;
    assert_eq!(after.len(), before.len() + 1);
    assert_eq!(after[0].id, target, "newest first");
    assert!(after[0].mentioned.contains(&AgentId(2)));
    assert_eq!(mentions_count(&s, &marta).await, after.len() as u32);
    // Alex was not mentioned: his mailbox does not move.
    assert_eq!(mentions_count(&s, &alex).await, alex_before);
    assert!(!all(&s, &alex, "mailbox=mentions", 50)
        .await
        .iter()
        .any(|c| c.id == target));
    s.stop().await;
}
