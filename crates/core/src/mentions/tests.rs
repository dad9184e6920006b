use super::*;
use MentionPart::{Mention, Text};

const NAMES: &[&str] = &["Marta Kowalska", "Marta", "Alex Morgan", "Alex", "Олена"];

#[test]
fn finds_mentions_of_known_names() {
    assert_eq!(
        split_mentions("@Marta can you check the courier?", NAMES),
        [Mention("@Marta"), Text(" can you check the courier?")]
    );
    assert_eq!(
        split_mentions("cc @alex, @ОЛЕНА.", NAMES),
        [
            Text("cc "),
            Mention("@alex"),
            Text(", "),
            Mention("@ОЛЕНА"),
            Text(".")
        ]
    );
}

#[test]
fn prefers_the_longest_name() {
    assert_eq!(
        split_mentions("ask @Marta Kowalska now", NAMES),
        [Text("ask "), Mention("@Marta Kowalska"), Text(" now")]
    );
    // "Marta K" is not a name: the first name alone matches.
    assert_eq!(
        split_mentions("@Marta K", NAMES),
        [Mention("@Marta"), Text(" K")]
    );
}

#[test]
fn ignores_emails_unknown_names_and_longer_words() {
    for text in [
        "write to marta@example.com",
        "@Martha is not Marta",
        "@Bob please",
        "@ Marta",
        "@",
        "",
    ] {
        let parts = split_mentions(text, NAMES);
        assert!(
            parts.iter().all(|p| matches!(p, Text(_))),
            "{text}: {parts:?}"
        );
    }
    assert_eq!(split_mentions("no names", &[]), [Text("no names")]);
    assert_eq!(split_mentions("@x", &[""]), [Text("@x")]);
}

#[test]
fn gives_back_the_text_exactly() {
    let text = "@Alex Morgan and @alex: see x@y.com, @Marta";
    let joined: String = split_mentions(text, NAMES)
        .into_iter()
        .map(|p| match p {
            Text(t) | Mention(t) => t,
        })
        .collect();
    assert_eq!(joined, text);
}
