use super::*;

/// The links of a text, as (text, href) pairs.
fn links(text: &str) -> Vec<(&str, String)> {
    linkify(text)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Link { text, href } => Some((text, href)),
            Segment::Text(_) => None,
        })
        .collect()
}

/// The segments, joined back.
fn joined(text: &str) -> String {
    linkify(text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Link { text: t, .. } => t,
        })
        .collect()
}

#[test]
fn links_the_four_allowed_schemes() {
    assert_eq!(
        links("see https://example.com/a?b=1 and http://x.org"),
        [
            (
                "https://example.com/a?b=1",
                "https://example.com/a?b=1".into()
            ),
            ("http://x.org", "http://x.org".into()),
        ]
    );
    assert_eq!(
        links("mailto:jean@example.com or tel:+33612345678"),
        [
            ("mailto:jean@example.com", "mailto:jean@example.com".into()),
            ("tel:+33612345678", "tel:+33612345678".into()),
        ]
    );
    assert_eq!(
        links("HTTPS://Example.com"),
        [("HTTPS://Example.com", "https://Example.com".into())]
    );
}

#[test]
fn refuses_every_other_scheme() {
    for text in [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "ftp://files.example.com/a.zip",
        "ftp://www.example.com",
        "file:///etc/passwd",
        "vbscript:msgbox(1)",
        "xhttps://example.com",
        "https://",
        "http:// example.com",
    ] {
        assert_eq!(links(text), [], "{text}");
        assert_eq!(joined(text), text);
    }
    // Whatever is linked inside a hostile text links to an allowed scheme only.
    for (_, href) in links("javascript:alert('x@evil.com') https://ok.org") {
        assert!(
            href.starts_with("mailto:") || href.starts_with("https://"),
            "{href}"
        );
    }
}

#[test]
fn leaves_sentence_punctuation_out() {
    assert_eq!(
        links("Look: https://example.com/a?b=1. Then"),
        [(
            "https://example.com/a?b=1",
            "https://example.com/a?b=1".into()
        )]
    );
    assert_eq!(
        links("(see https://example.com/path), ok?"),
        [(
            "https://example.com/path",
            "https://example.com/path".into()
        )]
    );
    assert_eq!(
        links("https://en.wikipedia.org/wiki/Rust_(language)!"),
        [(
            "https://en.wikipedia.org/wiki/Rust_(language)",
            "https://en.wikipedia.org/wiki/Rust_(language)".into()
        )]
    );
    assert_eq!(
        links("«https://example.com/ü?q=é»…"),
        [(
            "https://example.com/ü?q=é",
            "https://example.com/ü?q=é".into()
        )]
    );
}

#[test]
fn links_bare_hosts_emails_and_phones() {
    assert_eq!(
        links("at www.example.com/help, or"),
        [(
            "www.example.com/help",
            "https://www.example.com/help".into()
        )]
    );
    assert_eq!(
        links("Write to jean.martin+shop@mail.example.fr."),
        [(
            "jean.martin+shop@mail.example.fr",
            "mailto:jean.martin+shop@mail.example.fr".into()
        )]
    );
    assert_eq!(
        links("call +33 6 12 34 56 78."),
        [("+33 6 12 34 56 78", "tel:+33612345678".into())]
    );
    assert_eq!(
        links("or +1 (555) 123-4567 today"),
        [("+1 (555) 123-4567", "tel:+15551234567".into())]
    );
}

#[test]
fn leaves_look_alikes_alone() {
    for text in [
        "order 48213 costs 1500",
        "+12 apples",
        "+1234567abc",
        "user@localhost",
        "a@b.c",
        "@Marta see this",
        "www.",
        "1.5 MB",
    ] {
        assert_eq!(links(text), [], "{text}");
    }
}

#[test]
fn gives_back_the_text_exactly() {
    for text in [
        "",
        "plain",
        "Привет https://пример.рф/путь? and jean@example.com!",
        "a https://x.org b www.y.org c +33612345678",
    ] {
        assert_eq!(joined(text), text);
    }
    assert_eq!(
        linkify("a https://x.org b"),
        [
            Segment::Text("a "),
            Segment::Link {
                text: "https://x.org",
                href: "https://x.org".into()
            },
            Segment::Text(" b"),
        ]
    );
}
