//! The rules against the cases the server's agreement test shares.

use super::*;

fn list() -> FieldKind {
    FieldKind::List {
        options: vec!["Morning".into(), "Evening".into()],
    }
}

#[test]
fn field_rules_follow_the_shared_cases() {
    for (s, ok) in cases::EMAILS {
        assert_eq!(is_email(s), *ok, "email {s:?}");
    }
    for (s, ok) in cases::PHONES {
        assert_eq!(is_phone(s), *ok, "phone {s:?}");
    }
    for (s, ok) in cases::COUNTRIES {
        assert_eq!(is_country(s), *ok, "country {s:?}");
    }
    for (s, ok) in cases::NUMBERS {
        let got = parse_value(&FieldKind::Number, s);
        assert_eq!(got.is_ok(), *ok, "number {s:?}: {got:?}");
    }
    for (s, ok) in cases::LINKS {
        let got = parse_value(&FieldKind::Link, s);
        assert_eq!(got.is_ok(), *ok, "link {s:?}: {got:?}");
    }
}

#[test]
fn names_and_tags_have_lengths() {
    assert!(is_name(" Olena "));
    assert!(!is_name("   "));
    assert!(is_name(&"я".repeat(200)));
    assert!(!is_name(&"я".repeat(201)));
    assert!(is_tag("vip"));
    assert!(!is_tag(" "));
    assert!(is_tag(&"x".repeat(50)));
    assert!(!is_tag(&"x".repeat(51)));
}

#[test]
fn empty_input_clears_and_values_are_typed() {
    assert_eq!(parse_value(&FieldKind::Number, "  "), Ok(None));
    assert_eq!(
        parse_value(&FieldKind::Number, " 990 "),
        Ok(Some(FieldValue::Number("990".into())))
    );
    assert_eq!(
        parse_value(&FieldKind::Date, "1990-04-01"),
        Ok(Some(FieldValue::Date(
            NaiveDate::from_ymd_opt(1990, 4, 1).unwrap()
        )))
    );
    assert_eq!(
        parse_value(&FieldKind::Date, "1990-02-30"),
        Err(Problem::Date)
    );
    assert_eq!(
        parse_value(&list(), "Evening"),
        Ok(Some(FieldValue::List("Evening".into())))
    );
    assert_eq!(parse_value(&list(), "Night"), Err(Problem::ListOption));
    assert_eq!(
        parse_value(&FieldKind::Checkbox, "false"),
        Ok(Some(FieldValue::Checkbox(false)))
    );
    assert_eq!(
        parse_value(&FieldKind::Text, &"a".repeat(1001)),
        Err(Problem::TextLength)
    );
    assert_eq!(
        parse_value(&FieldKind::Text, " Nova Retail"),
        Ok(Some(FieldValue::Text(" Nova Retail".into())))
    );
}

#[test]
fn a_value_of_another_type_is_refused() {
    assert_eq!(
        check_value(&FieldKind::Number, &FieldValue::Text("1".into())),
        Err(Problem::Number)
    );
    assert!(check_value(&FieldKind::Checkbox, &FieldValue::Checkbox(true)).is_ok());
}

#[test]
fn raw_text_round_trips() {
    for (kind, raw) in [
        (FieldKind::Text, "Nova"),
        (FieldKind::Number, "1250.50"),
        (FieldKind::Date, "2026-03-02"),
        (list(), "Morning"),
        (FieldKind::Checkbox, "true"),
        (FieldKind::Link, "https://a.example"),
    ] {
        let v = parse_value(&kind, raw).unwrap().unwrap();
        assert_eq!(raw_value(&v), raw);
    }
}

#[test]
fn every_problem_has_a_message() {
    use crate::i18n::Locale;
    for p in [
        Problem::NameLength,
        Problem::Email,
        Problem::Phone,
        Problem::Country,
        Problem::TagLength,
        Problem::TextLength,
        Problem::Number,
        Problem::Date,
        Problem::ListOption,
        Problem::Link,
    ] {
        assert!(!Locale::En.t(p.msg()).is_empty());
    }
}
