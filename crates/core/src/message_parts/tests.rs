use super::*;

#[test]
fn maps_only_coordinates_on_earth() {
    assert_eq!(
        map_url(48.8566, 2.3522).as_deref(),
        Some(
            "https://www.openstreetmap.org/?mlat=48.856600&mlon=2.352200#map=17/48.856600/2.352200"
        )
    );
    assert!(map_url(-90.0, 180.0).is_some());
    assert_eq!(map_url(91.0, 0.0), None);
    assert_eq!(map_url(0.0, -180.5), None);
    assert_eq!(map_url(f64::NAN, 0.0), None);
    assert_eq!(coordinates(48.8566, 2.3522), "48.85660, 2.35220");
    assert_eq!(coordinates(-0.5, -73.9857), "-0.50000, -73.98570");
    assert_eq!(coordinates(0.000_004, 180.0), "0.00000, 180.00000");
}

#[test]
fn labels_file_types() {
    assert_eq!(
        file_type("return-form.pdf", "application/pdf").as_deref(),
        Some("PDF")
    );
    assert_eq!(file_type("photo", "image/png").as_deref(), Some("PNG"));
    assert_eq!(
        file_type("archive.tar.gz", "application/gzip").as_deref(),
        Some("GZ")
    );
    assert_eq!(file_type(".bashrc", "application/octet-stream"), None);
    assert_eq!(file_type("notes", "application/octet-stream"), None);
    assert_eq!(
        file_type(
            "x",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        ),
        None
    );
}

#[test]
fn makes_server_paths_absolute() {
    let url = "/api/v1/uploads/17?exp=1&sig=ab";
    assert_eq!(
        absolute_url("http://127.0.0.1:8080", url),
        "http://127.0.0.1:8080/api/v1/uploads/17?exp=1&sig=ab"
    );
    assert_eq!(
        absolute_url("https://a.b/", "https://cdn.x/y"),
        "https://cdn.x/y"
    );
    assert_eq!(absolute_url("https://a.b", "//evil.x/y"), "//evil.x/y");
}

#[test]
fn loads_pictures_from_the_server_or_the_web_only() {
    assert!(loadable_picture("/stickers/thumbs-up.png"));
    assert!(loadable_picture("https://cdn.example.com/s.webp"));
    assert!(!loadable_picture("javascript:alert(1)"));
    assert!(!loadable_picture(
        "data:image/svg+xml,<svg onload=alert(1)>"
    ));
    assert!(!loadable_picture("//evil.example.com/x.png"));
}

#[test]
fn email_frames_refuse_scripts_and_remote_loads() {
    let doc = email_srcdoc("<p>Hi</p><script>alert(1)</script>");
    let (head, body) = doc.split_at(doc.find("<p>Hi").expect("the email follows the head"));
    assert!(head.contains("Content-Security-Policy"));
    assert!(head.contains("default-src 'none'"));
    assert!(
        !head.contains("script-src"),
        "no script source is ever allowed"
    );
    assert!(head.contains("<base target=\"_blank\">"));
    // The page's policy allows the frame's style by the hash of exactly this text.
    assert!(head.ends_with(&format!("<style>{EMAIL_STYLE}</style>")));
    assert_eq!(body, "<p>Hi</p><script>alert(1)</script>");
}

#[test]
fn estimates_frame_heights_within_bounds() {
    assert_eq!(email_frame_height(""), FRAME_MIN_PX);
    let short = email_frame_height("<p>Hello, could you send the <b>invoice</b>?</p>");
    assert!((FRAME_MIN_PX..100).contains(&short), "{short}");
    let long = "<p>word </p>".repeat(200);
    assert_eq!(email_frame_height(&long), FRAME_MAX_PX);
    // Markup alone does not count as text.
    assert_eq!(
        email_frame_height(
            "<div style=\"a very long style attribute that is not shown at all\"></div>"
        ),
        email_frame_height("<div></div>")
    );
}

#[test]
fn names_delivery_states() {
    assert_eq!(
        delivery_state(&DeliveryStatus::Read),
        ("read", Msg::DeliveryRead)
    );
    let failed = DeliveryStatus::Failed {
        reason: "full".into(),
    };
    assert_eq!(delivery_state(&failed), ("failed", Msg::DeliveryFailed));
}

#[test]
fn ui_contract_names_are_the_english_texts() {
    use crate::i18n::Locale;
    assert_eq!(Locale::En.t(Msg::ShowOriginal), "Show original");
    assert_eq!(Locale::En.t(Msg::ShowTranslation), "Show translation");
    assert_eq!(Locale::En.t(Msg::InternalNote), "Internal note");
}
