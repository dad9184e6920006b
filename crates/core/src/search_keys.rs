//! The chat list's search shortcuts: `/` (outside text fields) and Ctrl+K / Cmd+K focus
//! the search box; Escape in it clears the search.
//!
//! Pure: the browser layer describes the key press and acts on the answer.

/// The shortcuts, as `aria-keyshortcuts` names them.
pub const ARIA_KEYSHORTCUTS: &str = "/ Control+K Meta+K";

/// What a key press asks of the search box.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SearchKey {
    /// Focus it and select its text.
    Focus,
    /// Clear it (and the search in the URL).
    Clear,
}

/// A key press, as the search shortcuts need it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// `KeyboardEvent.key` (`"/"`, `"k"`, `"Escape"`).
    pub key: &'a str,
    /// `KeyboardEvent.code`, for Ctrl+K on layouts whose K key types another letter.
    pub code: &'a str,
    /// Ctrl held.
    pub ctrl: bool,
    /// Cmd (Meta) held.
    pub meta: bool,
    /// Alt (Option) held.
    pub alt: bool,
    /// Part of an IME composition (the key belongs to the text being composed).
    pub composing: bool,
    /// Focus is in a field that takes text (see [`is_text_entry`]).
    pub in_text_field: bool,
    /// Focus is in the search box itself.
    pub in_search: bool,
    /// The search box or the URL's search holds text.
    pub search_has_text: bool,
}

/// Which shortcut, if any, a key press is.
pub fn search_key(k: &KeyPress<'_>) -> Option<SearchKey> {
    if k.composing {
        return None;
    }
    let is_k = k.key.eq_ignore_ascii_case("k") || k.code == "KeyK";
    // Exactly one of Ctrl and Cmd: Ctrl+Cmd+K is left to the system.
    if is_k && (k.ctrl != k.meta) && !k.alt {
        return Some(SearchKey::Focus);
    }
    let plain = !k.ctrl && !k.meta && !k.alt;
    // Shift may be needed to type "/" on some layouts, so it is not checked.
    if k.key == "/" && plain && !k.in_text_field {
        return Some(SearchKey::Focus);
    }
    // An empty search leaves Escape to others (closing a menu, say).
    if k.key == "Escape" && plain && k.in_search && k.search_has_text {
        return Some(SearchKey::Clear);
    }
    None
}

/// Whether an element takes typed text, so `/` there is a character, not a shortcut: a
/// textarea, a select (type-ahead), an editable element, or an input of a typing kind.
/// `tag` is the element's tag name in any case, `input_type` its `type` attribute.
pub fn is_text_entry(tag: &str, input_type: &str, content_editable: bool) -> bool {
    if content_editable {
        return true;
    }
    match tag.to_ascii_lowercase().as_str() {
        "textarea" | "select" => true,
        "input" => !matches!(
            input_type.to_ascii_lowercase().as_str(),
            "button"
                | "checkbox"
                | "color"
                | "file"
                | "hidden"
                | "image"
                | "radio"
                | "range"
                | "reset"
                | "submit"
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress {
            key,
            code: "",
            ..KeyPress::default()
        }
    }

    #[test]
    fn slash_focuses_search_outside_text_fields_only() {
        assert_eq!(search_key(&press("/")), Some(SearchKey::Focus));
        let typing = KeyPress {
            in_text_field: true,
            ..press("/")
        };
        assert_eq!(search_key(&typing), None);
        let with_ctrl = KeyPress {
            ctrl: true,
            ..press("/")
        };
        assert_eq!(search_key(&with_ctrl), None);
        assert_eq!(search_key(&press("?")), None);
    }

    #[test]
    fn ctrl_or_cmd_k_focuses_search_anywhere() {
        for (ctrl, meta) in [(true, false), (false, true)] {
            for key in ["k", "K"] {
                let k = KeyPress {
                    ctrl,
                    meta,
                    in_text_field: true,
                    ..press(key)
                };
                assert_eq!(
                    search_key(&k),
                    Some(SearchKey::Focus),
                    "{key} {ctrl} {meta}"
                );
            }
        }
        // A Cyrillic layout types "л" on the K key.
        let ru = KeyPress {
            ctrl: true,
            code: "KeyK",
            ..press("л")
        };
        assert_eq!(search_key(&ru), Some(SearchKey::Focus));
        assert_eq!(search_key(&press("k")), None);
        let alt = KeyPress {
            ctrl: true,
            alt: true,
            ..press("k")
        };
        assert_eq!(search_key(&alt), None);
        let both = KeyPress {
            ctrl: true,
            meta: true,
            ..press("k")
        };
        assert_eq!(search_key(&both), None);
    }

    #[test]
    fn escape_clears_a_search_from_the_search_box() {
        let esc = KeyPress {
            in_search: true,
            in_text_field: true,
            search_has_text: true,
            ..press("Escape")
        };
        assert_eq!(search_key(&esc), Some(SearchKey::Clear));
        let empty = KeyPress {
            search_has_text: false,
            ..esc
        };
        assert_eq!(search_key(&empty), None);
        let elsewhere = KeyPress {
            in_search: false,
            ..esc
        };
        assert_eq!(search_key(&elsewhere), None);
    }

    #[test]
    fn keys_of_an_ime_composition_are_text() {
        let k = KeyPress {
            composing: true,
            ..press("/")
        };
        assert_eq!(search_key(&k), None);
        let esc = KeyPress {
            composing: true,
            in_search: true,
            search_has_text: true,
            ..press("Escape")
        };
        assert_eq!(search_key(&esc), None);
    }

    #[test]
    fn text_entries_are_the_fields_that_take_typing() {
        for (tag, ty) in [
            ("INPUT", "text"),
            ("input", "search"),
            ("input", ""),
            ("input", "email"),
            ("textarea", ""),
            ("SELECT", ""),
        ] {
            assert!(is_text_entry(tag, ty, false), "{tag} {ty}");
        }
        for (tag, ty) in [
            ("input", "checkbox"),
            ("input", "radio"),
            ("INPUT", "Button"),
            ("button", ""),
            ("div", ""),
            ("a", ""),
        ] {
            assert!(!is_text_entry(tag, ty, false), "{tag} {ty}");
        }
        assert!(is_text_entry("div", "", true));
    }
}
