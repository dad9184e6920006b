//! Tests of the drafts (`super`).
use super::*;
use switchboard_protocol::{Author, MessageId};

#[test]
fn drafts_are_kept_per_conversation_and_mode() {
    let mut d = Drafts::default();
    d.set(ConversationId(1), Visibility::Public, "Hello".into());
    d.set(
        ConversationId(1),
        Visibility::Internal,
        "check stock".into(),
    );
    d.set(ConversationId(2), Visibility::Public, "Bonjour".into());
    assert_eq!(d.get(ConversationId(1), Visibility::Public), "Hello");
    assert_eq!(
        d.get(ConversationId(1), Visibility::Internal),
        "check stock"
    );
    assert_eq!(d.get(ConversationId(2), Visibility::Public), "Bonjour");
    d.set(ConversationId(1), Visibility::Public, String::new());
    assert_eq!(d.get(ConversationId(1), Visibility::Public), "");
    assert_eq!(d.by_key.len(), 2);
}

#[test]
fn a_quote_or_a_channel_keeps_a_draft_without_text() {
    let mut d = Drafts::default();
    let c = ConversationId(3);
    d.update(c, Visibility::Public, |d| {
        d.reply_to = Some(ReplyRef {
            id: MessageId(9),
            author: Author::Contact,
            excerpt: "Where is my order?".into(),
        })
    });
    assert_eq!(d.by_key.len(), 1);
    d.update(c, Visibility::Public, |d| d.reply_to = None);
    assert!(d.by_key.is_empty());
    d.update(c, Visibility::Public, |d| d.channel = Some(Channel::Email));
    assert_eq!(d.draft(c, Visibility::Public).channel, Some(Channel::Email));
    d.take(c, Visibility::Public);
    assert_eq!(d.draft(c, Visibility::Public), &Draft::default());
}

#[test]
fn a_translation_turned_on_is_kept_without_text() {
    let mut d = Drafts::default();
    let c = ConversationId(4);
    d.update(c, Visibility::Public, |d| {
        d.translate_to = Some("uk".into())
    });
    assert_eq!(
        d.draft(c, Visibility::Public).translate_to.as_deref(),
        Some("uk")
    );
    d.update(c, Visibility::Public, |d| d.translate_to = None);
    assert!(d.by_key.is_empty());
}

#[test]
fn edit_gives_a_refused_message_back_before_the_draft_already_there() {
    let mut d = Drafts::default();
    let c = ConversationId(5);
    d.restore(c, Visibility::Public, Draft::text("refused words"));
    assert_eq!(d.get(c, Visibility::Public), "refused words");
    d.set(c, Visibility::Public, "new words".into());
    d.restore(
        c,
        Visibility::Public,
        Draft {
            text: "second refusal".into(),
            subject: Some("Re: order".into()),
            ..Draft::default()
        },
    );
    let back = d.draft(c, Visibility::Public);
    assert_eq!(back.text, "second refusal\nnew words");
    assert_eq!(back.subject.as_deref(), Some("Re: order"));
}

#[test]
fn drafts_survive_storage() {
    let mut d = Drafts::default();
    d.set(
        ConversationId(1),
        Visibility::Internal,
        "ask the warehouse".into(),
    );
    d.update(ConversationId(2), Visibility::Public, |d| {
        d.text = "Добрий день!".into();
        d.subject = Some("Re: order".into());
        d.translate_to = Some("uk".into());
    });
    let json = serde_json::to_string(&d).unwrap();
    let back: Drafts = serde_json::from_str(&json).unwrap();
    assert_eq!(back, d);
}

#[test]
fn a_chosen_template_survives_storage_and_edit_gives_back_the_template_not_its_text() {
    use switchboard_protocol::{ClientMsgId, Template, TemplateId};
    let chosen = Draft {
        template: Some(TemplateUse {
            template_id: TemplateId(8),
            params: [("1".to_owned(), "48213".to_owned())].into(),
        }),
        template_info: Some(Template {
            id: TemplateId(8),
            name: "order_update".into(),
            text: "Order {{1}}".into(),
            attachments: Vec::new(),
            channels: Vec::new(),
            approved: true,
            params: vec!["order number".into()],
            language: None,
        }),
        ..Draft::default()
    };
    let mut d = Drafts::default();
    d.put(ConversationId(4), Visibility::Public, chosen.clone());
    let back: Drafts = serde_json::from_str(&serde_json::to_string(&d).unwrap()).unwrap();
    assert_eq!(back.draft(ConversationId(4), Visibility::Public), &chosen);

    let mut sent = PendingMessage::new(
        ClientMsgId("c".into()),
        ConversationId(4),
        "Order 48213".into(),
        Visibility::Public,
        chrono::Utc::now(),
    );
    sent.template = chosen.template.clone();
    let edit = Draft::from_pending(&sent);
    assert_eq!((edit.text.as_str(), &edit.template), ("", &chosen.template));
}

#[test]
fn every_file_held_by_a_draft_is_listed() {
    use switchboard_protocol::{AttachmentKind, UploadId};
    let file = |id| Upload {
        id: UploadId(id),
        name: format!("f{id}.png"),
        size: 1,
        mime: "image/png".into(),
        kind: AttachmentKind::Image,
        url: String::new(),
    };
    let mut d = Drafts::default();
    d.update(ConversationId(1), Visibility::Public, |d| {
        d.files = vec![file(1), file(2)]
    });
    d.update(ConversationId(2), Visibility::Internal, |d| {
        d.files = vec![file(3)]
    });
    let mut ids: Vec<i64> = d.uploads().map(|u| u.id.0).collect();
    ids.sort();
    assert_eq!(ids, vec![1, 2, 3]);
    d.take(ConversationId(1), Visibility::Public);
    assert_eq!(d.uploads().count(), 1);
}

#[test]
fn a_channel_templates_files_count_toward_the_cap() {
    let template: switchboard_protocol::Template = serde_json::from_value(serde_json::json!({
        "id": 7, "name": "Order", "text": "Your order {{1}}", "approved": true,
        "attachments": [
            {"id": 1, "name": "a.pdf", "size": 1, "mime": "application/pdf", "kind": "file", "url": "/a"},
            {"id": 2, "name": "b.pdf", "size": 1, "mime": "application/pdf", "kind": "file", "url": "/b"}
        ]
    }))
    .unwrap();
    let mut d = Draft::text("hi");
    d.template_info = Some(template);
    assert_eq!(d.file_count(), 0, "a record alone is not chosen");
    d.template = Some(serde_json::from_value(serde_json::json!({"template_id": 7})).unwrap());
    assert_eq!(d.file_count(), 2);
}

#[test]
fn drafts_stored_as_bare_text_still_load() {
    let json = r#"[[1,"public","Hello"],[1,"internal","check stock"]]"#;
    let d: Drafts = serde_json::from_str(json).unwrap();
    assert_eq!(d.get(ConversationId(1), Visibility::Public), "Hello");
    assert_eq!(
        d.get(ConversationId(1), Visibility::Internal),
        "check stock"
    );
}
