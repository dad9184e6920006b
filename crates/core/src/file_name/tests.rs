use super::*;

#[test]
fn a_direction_override_is_shown_not_obeyed() {
    let name = "invoice\u{202E}gpj.exe";
    assert_eq!(display_name(name), "invoice[U+202E]gpj.exe");
    assert_eq!(download_name(name), "invoicegpj.exe");
}

#[test]
fn every_invisible_that_reorders_or_hides_is_marked() {
    for (c, marker) in [
        ('\u{200B}', "[U+200B]"),
        ('\u{200F}', "[U+200F]"),
        ('\u{2066}', "[U+2066]"),
        ('\u{2069}', "[U+2069]"),
        ('\u{061C}', "[U+061C]"),
        ('\u{FEFF}', "[U+FEFF]"),
        ('\u{0000}', "[U+0000]"),
        ('\n', "[U+000A]"),
        ('\u{009B}', "[U+009B]"),
        ('\u{E0041}', "[U+E0041]"),
    ] {
        let name = format!("a{c}b.txt");
        assert_eq!(display_name(&name), format!("a{marker}b.txt"), "{:?}", c);
        assert_eq!(download_name(&name), "ab.txt", "{:?}", c);
    }
}

#[test]
fn visible_text_is_kept_as_written() {
    // Markup is only text: the view escapes it. Letters of any script stay.
    let html = "\"><img src=x onerror=alert(1)>.png";
    assert_eq!(display_name(html), html);
    assert_eq!(
        display_name("звіт 2026 — مرحبا.pdf"),
        "звіт 2026 — مرحبا.pdf"
    );
    assert_eq!(display_name("🙂 photo.jpg"), "🙂 photo.jpg");
}

#[test]
fn a_download_name_is_one_plain_file_name() {
    assert_eq!(
        download_name("\"><img src=x onerror=alert(1)>.png"),
        "___img src=x onerror=alert(1)_.png"
    );
    assert_eq!(download_name("../../etc/passwd"), "_.._etc_passwd");
    assert_eq!(download_name("C:\\Users\\x.txt"), "C__Users_x.txt");
    assert_eq!(download_name(".bashrc"), "bashrc");
    assert_eq!(download_name("  report.pdf.  "), "report.pdf");
    assert_eq!(download_name("a'b`c|d*e?f.txt"), "a_b_c_d_e_f.txt");
    assert_eq!(download_name("звіт.pdf"), "звіт.pdf");
}

#[test]
fn nothing_left_is_a_plain_fallback() {
    assert_eq!(download_name(""), FALLBACK_NAME);
    assert_eq!(download_name("\u{202E}\u{200B}"), FALLBACK_NAME);
    assert_eq!(download_name(" ... "), FALLBACK_NAME);
}

#[test]
fn device_names_are_not_saved_as_devices() {
    assert_eq!(download_name("CON.txt"), "_CON.txt");
    assert_eq!(download_name("lpt1"), "_lpt1");
    assert_eq!(download_name("console.txt"), "console.txt");
}

#[test]
fn a_long_name_keeps_its_extension() {
    let long = format!("{}.pdf", "a".repeat(500));
    let short = download_name(&long);
    assert_eq!(short.chars().count(), MAX_DOWNLOAD_CHARS);
    assert!(short.ends_with("a.pdf"), "{short}");
    let wide = "ж".repeat(300);
    assert_eq!(download_name(&wide).chars().count(), MAX_DOWNLOAD_CHARS);
}

#[test]
fn what_is_saved_has_nothing_hidden_or_unsavable() {
    // Every character of a sample that mixes all the troubles.
    let nasty: String = (0u32..0x3000)
        .chain(0xE0000..0xE0080)
        .chain(0xFE00..0xFF00)
        .filter_map(char::from_u32)
        .collect();
    let saved = download_name(&nasty);
    assert!(!saved.chars().any(|c| is_hidden(c) || is_unsavable(c)));
    assert!(!display_name(&nasty).chars().any(is_hidden));
}
