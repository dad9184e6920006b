//! `viewing` frames: who else has a conversation open, relayed to the other agents, told to
//! an agent who opens it later, and cleared when the viewer's socket closes.

use crate::kit::quiet_demo;
use crate::util::{sign_in_as, SUPERVISOR};
use futures_util::SinkExt;
use switchboard_protocol::*;
use tokio_tungstenite::tungstenite::Message as WsMessage;

async fn say(ws: &mut crate::common::Socket, frame: &ClientFrame) {
    let text = serde_json::to_string(frame).unwrap();
    ws.0.send(WsMessage::Text(text.into())).await.unwrap();
}

/// The next `viewing` frame (heartbeats, presence and events skipped).
async fn next_viewing(ws: &mut crate::common::Socket) -> Option<ServerFrame> {
    loop {
        match ws.next_within(2_000).await? {
            f @ ServerFrame::Viewing { .. } => return Some(f),
            _ => continue,
        }
    }
}

fn viewing(c: i64, agent: i64, name: &str, active: bool) -> ServerFrame {
    ServerFrame::Viewing {
        conversation_id: ConversationId(c),
        agent_id: AgentId(agent),
        name: name.into(),
        active,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn viewers_are_relayed_told_to_latecomers_and_cleared_on_close() {
    let (dir, s, alex) = quiet_demo().await;
    let marta = sign_in_as(dir.path(), SUPERVISOR);
    let mut a = s.socket(&alex, None).await;
    let mut m = s.socket(&marta, None).await;
    assert!(matches!(a.next().await, Some(ServerFrame::Ready { .. })));
    assert!(matches!(m.next().await, Some(ServerFrame::Ready { .. })));

    let open = |c| ClientFrame::Viewing {
        conversation_id: Some(ConversationId(c)),
    };
    say(&mut a, &open(3)).await;
    assert_eq!(
        next_viewing(&mut m).await,
        Some(viewing(3, 1, "Alex Morgan", true))
    );
    // Marta opens it too: she is told Alex is there, and Alex hears of her.
    say(&mut m, &open(3)).await;
    assert_eq!(
        next_viewing(&mut m).await,
        Some(viewing(3, 1, "Alex Morgan", true))
    );
    assert_eq!(
        next_viewing(&mut a).await,
        Some(viewing(3, 2, "Marta Kovalenko", true))
    );
    // Alex moves on: he left 3 and views 4.
    say(&mut a, &open(4)).await;
    let mut got = vec![
        next_viewing(&mut m).await.unwrap(),
        next_viewing(&mut m).await.unwrap(),
    ];
    got.sort_by_key(|f| format!("{f:?}"));
    assert!(
        got.contains(&viewing(3, 1, "Alex Morgan", false)),
        "{got:?}"
    );
    assert!(got.contains(&viewing(4, 1, "Alex Morgan", true)), "{got:?}");
    // Alex's socket closes: what it viewed is cleared.
    a.0.close(None).await.unwrap();
    assert_eq!(
        next_viewing(&mut m).await,
        Some(viewing(4, 1, "Alex Morgan", false))
    );
    s.stop().await;
}
