use super::*;

#[test]
fn negotiates_the_browser_language() {
    assert_eq!(Locale::negotiate(["uk-UA", "en"]), Locale::Uk);
    assert_eq!(Locale::negotiate(["de-DE", "fr-CA"]), Locale::Fr);
    assert_eq!(Locale::negotiate(["de", "es"]), Locale::En);
    assert_eq!(Locale::negotiate([]), Locale::En);
}

#[test]
fn slavic_plural_categories_follow_cldr() {
    use PluralCategory::*;
    for (n, want) in [
        (1, One),
        (21, One),
        (101, One),
        (2, Few),
        (4, Few),
        (22, Few),
        (0, Many),
        (5, Many),
        (11, Many),
        (12, Many),
        (14, Many),
        (111, Many),
    ] {
        assert_eq!(category(Locale::Ru, n), want, "ru {n}");
        assert_eq!(category(Locale::Uk, n), want, "uk {n}");
    }
}

#[test]
fn french_counts_zero_and_one_as_singular() {
    assert_eq!(Locale::Fr.count(Count::Unread, 0), "0 non lu");
    assert_eq!(Locale::Fr.count(Count::Unread, 1), "1 non lu");
    assert_eq!(Locale::Fr.count(Count::Unread, 2), "2 non lus");
}

#[test]
fn counted_phrases_pick_the_right_form() {
    assert_eq!(Locale::En.count(Count::Conversations, 1), "1 conversation");
    assert_eq!(Locale::En.count(Count::Conversations, 3), "3 conversations");
    assert_eq!(Locale::Ru.count(Count::Conversations, 3), "3 диалога");
    assert_eq!(Locale::Ru.count(Count::Conversations, 25), "25 диалогов");
    assert_eq!(Locale::Uk.count(Count::Unread, 2), "2 непрочитані");
    assert_eq!(Locale::En.count(Count::Unread, 1), "1 unread");
    assert_eq!(
        Locale::Fr.count(Count::CharsOver, 2),
        "2 caractères en trop"
    );
}

/// Every language has every key and every counted phrase: what this lists is what the
/// translators still have to write (`locales/README.md`).
#[test]
fn every_language_has_every_key() {
    let mut missing = Vec::new();
    for locale in Locale::ALL {
        for (msg, (id, file)) in Msg::ALL.into_iter().zip(catalogue::MSG_SOURCES) {
            if catalogue::own_text(locale, msg).is_none() {
                missing.push(format!(
                    "{}: {id} (English in locales/{file})",
                    locale.tag()
                ));
            }
        }
        for (what, (id, file)) in Count::ALL.into_iter().zip(catalogue::COUNT_SOURCES) {
            if catalogue::own_count(locale, what, PluralCategory::Other).is_none() {
                missing.push(format!(
                    "{}: {id} (English in locales/{file})",
                    locale.tag()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} translation(s) missing:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn a_missing_text_falls_back_to_english() {
    // No language lacks a key (the test above), so the fallback is checked on its parts.
    assert_eq!(catalogue::present(""), None);
    assert_eq!(catalogue::present("Envoyer"), Some("Envoyer"));
    assert_eq!(Locale::Ru.t(Msg::Send), "Отправить");
}

#[test]
fn tables_line_up_with_the_enums() {
    assert_eq!(Msg::ALL.len(), Msg::COUNT);
    for (i, msg) in Msg::ALL.into_iter().enumerate() {
        assert_eq!(msg as usize, i);
    }
    for (i, what) in Count::ALL.into_iter().enumerate() {
        assert_eq!(what as usize, i);
    }
    // The count tables' columns are in the order of `PluralCategory`.
    use PluralCategory::*;
    assert_eq!(
        [One as usize, Few as usize, Many as usize, Other as usize],
        [0, 1, 2, 3]
    );
}

#[test]
fn typed_methods_fill_the_variables() {
    assert_eq!(
        Locale::En.typing_two(&"Ann", &"Bob"),
        "Ann and Bob are typing…"
    );
    assert_eq!(
        Locale::En.err_panel_text_too_long(&500),
        Locale::En
            .t(Msg::ErrPanelTextTooLong)
            .replace("{max}", "500")
    );
    assert_eq!(Locale::Ru.typing_one(&"Анна"), "Анна печатает…");
}

#[test]
fn fill_leaves_unknown_braces_alone() {
    let n: &dyn std::fmt::Display = &3;
    assert_eq!(fill("{n} of {total} {", &[("n", n)]), "3 of {total} {");
    assert_eq!(fill("}{n}{}", &[("n", n)]), "}3{}");
}

#[test]
fn the_ui_contract_names_are_the_english_texts() {
    let names = [
        (Msg::Conversations, "Conversations"),
        (Msg::SearchConversations, "Search conversations"),
        (Msg::ConversationList, "Conversation list"),
        (Msg::Conversation, "Conversation"),
        (Msg::Messages, "Messages"),
        (Msg::ClientDetails, "Client details"),
        (Msg::Composer, "Composer"),
        (Msg::MessageField, "Message"),
        (Msg::NoteField, "Note"),
        (Msg::Send, "Send"),
        (Msg::InternalNote, "Internal note"),
        (Msg::CloseConversation, "Close conversation"),
        (Msg::MoreActions, "More actions"),
    ];
    for (msg, want) in names {
        assert_eq!(Locale::En.t(msg), want);
    }
}

/// Texts a language may write exactly as English does: names (of brands, of the product)
/// and words that are the same in that language. Anything else identical to English is a
/// copy a translator has not written yet, which shows the agent English.
const SAME_AS_ENGLISH: &[(&str, &[&str])] = &[
    (
        "*",
        &[
            "channel-telegram",
            "channel-whatsapp",
            "channel-viber",
            "channel-instagram",
            "channel-facebook",
            // "PIN" is the word Russian, Ukrainian and French use.
            "desk-pin",
            // Placeholders and punctuation only: "{action}: {keys}".
            "kb-saved",
        ],
    ),
    (
        "fr",
        &[
            // The same words in French.
            "alerts-banner",
            "kb-group-navigation",
            "kb-kind-action",
            "kb-kind-conversation",
            "layout-actions",
            "conversations",
            "conversation",
            "messages",
            "contact",
            "notes",
            "message-field",
            "emoji",
            "variables",
            "emoji-smileys",
            "agent",
            "bot",
            "audio-file",
            "email-cc",
            "original-label",
            "agents",
            "mailbox-mentions",
            "count-conversations",
            "source",
            "crm-kind-client",
            "pipeline",
            "date",
            "deal-field-pipeline",
        ],
    ),
];

/// The keys of a language's text that are identical to English and not allowed to be.
fn copies_of_english(locale: Locale) -> Vec<&'static str> {
    let allowed = |id: &str| {
        SAME_AS_ENGLISH
            .iter()
            .filter(|(tag, _)| *tag == "*" || *tag == locale.tag())
            .any(|(_, ids)| ids.contains(&id))
    };
    let mut copies = Vec::new();
    for (msg, (id, _)) in Msg::ALL.into_iter().zip(catalogue::MSG_SOURCES) {
        if catalogue::own_text(locale, msg) == catalogue::own_text(Locale::En, msg) && !allowed(id)
        {
            copies.push(id);
        }
    }
    for (what, (id, _)) in Count::ALL.into_iter().zip(catalogue::COUNT_SOURCES) {
        let same = [1, 2, 5]
            .iter()
            .all(|&n| locale.count(what, n) == Locale::En.count(what, n));
        if same && !allowed(id) {
            copies.push(id);
        }
    }
    copies
}

/// No language shows English by copying it: every text differs from English's except
/// the allow-list above.
#[test]
fn no_language_copies_english() {
    let mut copies = Vec::new();
    for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
        for id in copies_of_english(locale) {
            copies.push(format!("{}: {id} = {:?}", locale.tag(), {
                let i = catalogue::MSG_SOURCES.iter().position(|(k, _)| *k == id);
                i.map_or("(counted)", |i| Locale::En.t(Msg::ALL[i]))
            }));
        }
    }
    assert!(
        copies.is_empty(),
        "{} text(s) identical to English (translate them, or add a name to SAME_AS_ENGLISH):\n{}",
        copies.len(),
        copies.join("\n")
    );
}

/// The check above can fail: English compared with itself is all copies.
#[test]
fn the_copy_check_sees_a_copy() {
    assert!(copies_of_english(Locale::En).contains(&"send"));
}
