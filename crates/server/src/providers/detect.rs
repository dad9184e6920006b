//! Offline language detection with `whatlang` (trigram models compiled in), answered as
//! BCP 47 codes: the two-letter ISO 639-1 code where one exists, else ISO 639-3.

use switchboard_protocol::DetectedLanguage;
use whatlang::Lang;

/// ISO 639-3 → ISO 639-1 for the languages whatlang knows that have a two-letter code.
const TWO_LETTER: &[(&str, &str)] = &[
    ("eng", "en"),
    ("ukr", "uk"),
    ("rus", "ru"),
    ("fra", "fr"),
    ("spa", "es"),
    ("deu", "de"),
    ("ita", "it"),
    ("por", "pt"),
    ("pol", "pl"),
    ("nld", "nl"),
    ("swe", "sv"),
    ("dan", "da"),
    ("nob", "nb"),
    ("fin", "fi"),
    ("ces", "cs"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("hrv", "hr"),
    ("srp", "sr"),
    ("bul", "bg"),
    ("ron", "ro"),
    ("hun", "hu"),
    ("ell", "el"),
    ("tur", "tr"),
    ("ara", "ar"),
    ("heb", "he"),
    ("pes", "fa"),
    ("hin", "hi"),
    ("ben", "bn"),
    ("urd", "ur"),
    ("cmn", "zh"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("vie", "vi"),
    ("tha", "th"),
    ("ind", "id"),
    ("bel", "be"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("est", "et"),
    ("kat", "ka"),
    ("hye", "hy"),
    ("aze", "az"),
    ("kaz", "kk"),
    ("uzb", "uz"),
    ("cat", "ca"),
    ("epo", "eo"),
    ("lat", "la"),
    ("afr", "af"),
    ("mkd", "mk"),
    ("tgl", "tl"),
    ("tam", "ta"),
    ("tel", "te"),
    ("mar", "mr"),
    ("guj", "gu"),
    ("kan", "kn"),
    ("mal", "ml"),
    ("pan", "pa"),
    ("nep", "ne"),
    ("sin", "si"),
    ("khm", "km"),
    ("mya", "my"),
    ("amh", "am"),
    ("yid", "yi"),
    ("zul", "zu"),
    ("sna", "sn"),
    ("aka", "ak"),
    ("jav", "jv"),
    ("ori", "or"),
    ("tuk", "tk"),
    ("yor", "yo"),
    ("hau", "ha"),
];

/// The BCP 47 code of a whatlang language.
fn code(lang: Lang) -> String {
    let three = lang.code();
    TWO_LETTER
        .iter()
        .find(|(t, _)| *t == three)
        .map_or(three, |(_, two)| two)
        .to_owned()
}

/// The most likely language of `text`; `"und"` with confidence 0 when nothing is found.
pub fn detect(text: &str) -> DetectedLanguage {
    match whatlang::detect(text) {
        Some(info) => DetectedLanguage {
            language: code(info.lang()),
            confidence: info.confidence() as f32,
        },
        None => DetectedLanguage {
            language: "und".into(),
            confidence: 0.0,
        },
    }
}

/// The language of `text` when the detector is reasonably sure.
pub fn likely(text: &str) -> Option<String> {
    let info = whatlang::detect(text)?;
    (info.is_reliable() || info.confidence() > 0.5).then(|| code(info.lang()))
}

/// The primary subtag of a BCP 47 tag, lowercased (`"pt-BR"` → `"pt"`).
pub fn primary(tag: &str) -> String {
    tag.split(['-', '_']).next().unwrap_or("").to_lowercase()
}

/// The English name of a language for prompts to a model (the code when unknown).
pub fn language_name(tag: &str) -> String {
    let name = match primary(tag).as_str() {
        "en" => "English",
        "uk" => "Ukrainian",
        "ru" => "Russian",
        "fr" => "French",
        "es" => "Spanish",
        "de" => "German",
        "it" => "Italian",
        "pt" => "Portuguese",
        "pl" => "Polish",
        "nl" => "Dutch",
        "tr" => "Turkish",
        "ar" => "Arabic",
        "zh" => "Chinese",
        "ja" => "Japanese",
        _ => return format!("the language with BCP 47 code \"{tag}\""),
    };
    name.to_owned()
}

/// Whether `tag` looks like a BCP 47 language tag (`en`, `pt-BR`, `zh-Hant`).
pub fn is_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first_ok = parts
        .next()
        .is_some_and(|p| (2..=3).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphabetic()));
    first_ok
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_common_languages() {
        assert_eq!(
            detect("Доброго дня! Де моє замовлення? Я чекаю вже тиждень.").language,
            "uk"
        );
        assert_eq!(
            detect("Bonjour, je n'ai toujours pas reçu ma commande.").language,
            "fr"
        );
        assert_eq!(
            detect("Hello, I still have not received my order and would like to know where it is.")
                .language,
            "en"
        );
        assert_eq!(detect("").language, "und");
    }

    #[test]
    fn tags() {
        assert!(is_tag("en") && is_tag("pt-BR") && is_tag("zh-Hant"));
        assert!(!is_tag("") && !is_tag("english!") && !is_tag("e"));
        assert_eq!(primary("pt-BR"), "pt");
    }
}
