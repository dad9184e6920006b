use super::*;

fn chord(s: &str) -> Chord {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

fn ev(key: &str) -> KeyEvent<'_> {
    KeyEvent {
        key,
        ..KeyEvent::default()
    }
}

fn press(event: KeyEvent<'_>) -> Press<'_> {
    Press {
        event,
        ..Press::default()
    }
}

#[test]
fn written_chords_read_and_write_back_the_same() {
    for s in [
        "Ctrl+Shift+K",
        "J",
        "Shift+J",
        "Alt+ArrowDown",
        "?",
        "Ctrl+Enter",
        "Ctrl++",
        "F2",
    ] {
        assert_eq!(chord(s).to_string(), s);
    }
    assert_eq!(chord("cmd+shift+k"), chord("Ctrl+Shift+K"));
    assert_eq!(chord("Control+Shift+k"), chord("Ctrl+Shift+K"));
    assert_eq!(chord("alt+down"), chord("Alt+ArrowDown"));
    assert_eq!(chord("Esc").key, "Escape");
    // Shift is part of the character for anything but letters and named keys.
    assert_eq!(chord("Shift+?"), chord("?"));
    assert!("Hyper+K".parse::<Chord>().is_err());
    assert!("Ctrl+".parse::<Chord>().is_err());
    assert!("Ctrl+Shift".parse::<Chord>().is_err());
}

#[test]
fn key_events_become_chords() {
    let e = KeyEvent {
        key: "K",
        code: "KeyK",
        ctrl: true,
        shift: true,
        ..ev("K")
    };
    assert_eq!(Chord::from_event(&e), Some(chord("Ctrl+Shift+K")));
    let mac = KeyEvent {
        ctrl: false,
        meta: true,
        ..e
    };
    assert_eq!(Chord::from_event(&mac), Some(chord("Ctrl+Shift+K")));
    // `?` is Shift+/ on a US layout.
    let q = KeyEvent {
        shift: true,
        code: "Slash",
        ..ev("?")
    };
    assert_eq!(Chord::from_event(&q), Some(chord("?")));
    // A Cyrillic layout types "о" on the J key.
    let ru = KeyEvent {
        code: "KeyJ",
        ..ev("о")
    };
    assert_eq!(Chord::from_event(&ru), Some(chord("J")));
    // AltGr types a character: no modifiers.
    let altgr = KeyEvent {
        ctrl: true,
        alt: true,
        code: "KeyQ",
        ..ev("@")
    };
    assert_eq!(Chord::from_event(&altgr), Some(chord("@")));
    assert_eq!(Chord::from_event(&ev(" ")), Some(chord("Space")));
    for lone in ["Shift", "Control", "Meta", "Alt", "Dead", ""] {
        assert_eq!(Chord::from_event(&ev(lone)), None, "{lone}");
    }
    let both = KeyEvent {
        ctrl: true,
        meta: true,
        ..ev("k")
    };
    assert_eq!(Chord::from_event(&both), None);
}

#[test]
fn aria_names_both_ctrl_and_cmd() {
    assert_eq!(chord("Ctrl+Shift+K").aria(), "Control+Shift+K Meta+Shift+K");
    assert_eq!(chord("J").aria(), "J");
    assert_eq!(chord("Alt+ArrowDown").aria(), "Alt+ArrowDown");
}

#[test]
fn the_defaults_are_unique_and_clear_of_the_fixed_shortcuts() {
    let map = Keymap::default();
    let mut seen = Vec::new();
    for a in Action::ALL {
        assert!(!a.defaults().is_empty(), "{a:?}");
        for c in map.bindings(a) {
            assert!(!seen.contains(&c), "{c} twice");
            assert_eq!(map.lookup(&c), Some(a));
            seen.push(c);
        }
        assert_eq!(Action::from_id(a.id()), Some(a));
    }
    for f in Fixed::ALL {
        for c in f.keys() {
            assert!(!seen.contains(&c), "{c} is fixed");
            assert_eq!(map.owner(&c), Some(Taken::Fixed(f)));
            assert_eq!(map.lookup(&c), None);
        }
    }
    assert_eq!(map.lookup(&chord("?")), Some(Action::ShowShortcuts));
}

#[test]
fn a_remap_replaces_the_keys_and_refuses_a_taken_chord() {
    let mut map = Keymap::default();
    assert_eq!(map.remap(Action::Close, chord("X")), Ok(()));
    assert_eq!(map.bindings(Action::Close), vec![chord("X")]);
    assert_eq!(map.lookup(&chord("E")), None);
    assert_eq!(map.lookup(&chord("X")), Some(Action::Close));
    assert!(map.is_remapped(Action::Close));

    assert_eq!(
        map.remap(Action::Snooze, chord("J")),
        Err(RemapError::Conflict(Taken::Action(
            Action::NextConversation
        )))
    );
    assert_eq!(
        map.remap(Action::Snooze, chord("/")),
        Err(RemapError::Conflict(Taken::Fixed(Fixed::FocusSearch)))
    );
    assert_eq!(
        map.remap(Action::Snooze, chord("Cmd+K")),
        Err(RemapError::Conflict(Taken::Fixed(Fixed::FocusSearch)))
    );
    // Freed by the remap above.
    assert_eq!(map.remap(Action::Snooze, chord("E")), Ok(()));
    // Its own key again.
    assert_eq!(map.remap(Action::Snooze, chord("E")), Ok(()));
    assert_eq!(map.bindings(Action::Snooze), vec![chord("E")]);
    for bad in ["Tab", "Escape", "Enter", "Space"] {
        assert_eq!(
            map.remap(Action::Snooze, chord(bad)),
            Err(RemapError::Unusable),
            "{bad}"
        );
    }
    assert_eq!(map.remap(Action::Snooze, chord("Alt+Enter")), Ok(()));
    map.reset();
    assert_eq!(map, Keymap::default());
}

#[test]
fn a_remap_to_the_default_forgets_it() {
    let mut map = Keymap::default();
    map.remap(Action::Close, chord("X")).unwrap();
    map.remap(Action::Close, chord("E")).unwrap();
    assert!(!map.is_remapped(Action::Close));
}

#[test]
fn remaps_survive_storage_and_bad_ones_are_dropped() {
    let mut map = Keymap::default();
    map.remap(Action::Close, chord("X")).unwrap();
    map.remap(Action::CommandPalette, chord("Ctrl+Shift+P"))
        .unwrap();
    let stored = serde_json::to_string(&map.remaps()).unwrap();
    let back: Remaps = serde_json::from_str(&stored).unwrap();
    assert_eq!(Keymap::from_remaps(&back), map);

    let mut odd = map.remaps();
    odd.0.insert("no-such-action".into(), "Q".into());
    odd.0.insert("snooze".into(), "Hyper+Q".into());
    // Clashes with Close's X: dropped.
    odd.0.insert("toggle-panel".into(), "X".into());
    assert_eq!(Keymap::from_remaps(&odd), map);
}

#[test]
fn letters_fire_outside_text_fields_only() {
    let map = Keymap::default();
    assert_eq!(map.decide(&press(ev("j"))), Some(Action::NextConversation));
    let typing = Press {
        in_text_field: true,
        in_composer: true,
        ..press(ev("j"))
    };
    assert_eq!(map.decide(&typing), None);
    let in_dialog = Press {
        dialog_open: true,
        ..press(ev("j"))
    };
    assert_eq!(map.decide(&in_dialog), None);
    let composing = press(KeyEvent {
        composing: true,
        ..ev("j")
    });
    assert_eq!(map.decide(&composing), None);
    // Alt+ArrowDown is a text field's own (a paragraph down on a Mac).
    let alt_down = Press {
        in_text_field: true,
        ..press(KeyEvent {
            alt: true,
            ..ev("ArrowDown")
        })
    };
    assert_eq!(map.decide(&alt_down), None);
}

#[test]
fn send_fires_from_the_composer_and_the_palette_anywhere() {
    let map = Keymap::default();
    let ctrl_enter = KeyEvent {
        ctrl: true,
        ..ev("Enter")
    };
    let composer = Press {
        in_text_field: true,
        in_composer: true,
        ..press(ctrl_enter)
    };
    assert_eq!(map.decide(&composer), Some(Action::Send));
    let other_field = Press {
        in_composer: false,
        ..composer
    };
    assert_eq!(map.decide(&other_field), None);
    assert_eq!(map.decide(&press(ctrl_enter)), None);

    let palette = KeyEvent {
        meta: true,
        shift: true,
        code: "KeyK",
        ..ev("K")
    };
    let in_field = Press {
        in_text_field: true,
        ..press(palette)
    };
    assert_eq!(map.decide(&in_field), Some(Action::CommandPalette));
    assert_eq!(map.decide(&press(palette)), Some(Action::CommandPalette));
}

#[test]
fn a_remapped_send_without_modifiers_never_takes_typing() {
    let mut map = Keymap::default();
    map.remap(Action::Send, chord("Q")).unwrap();
    let typing = Press {
        in_text_field: true,
        in_composer: true,
        ..press(ev("q"))
    };
    assert_eq!(map.decide(&typing), None);
}

#[test]
fn next_and_previous_rows() {
    let ids = [10, 20, 30];
    assert_eq!(neighbour(&ids, None, true), Some(10));
    assert_eq!(neighbour(&ids, Some(99), false), Some(10));
    assert_eq!(neighbour(&ids, Some(10), true), Some(20));
    assert_eq!(neighbour(&ids, Some(30), true), None);
    assert_eq!(neighbour(&ids, Some(20), false), Some(10));
    assert_eq!(neighbour(&ids, Some(10), false), None);
    assert_eq!(neighbour::<u8>(&[], None, true), None);
}

#[test]
fn next_unread_goes_round_and_skips_the_open_one() {
    let ids = [1, 2, 3, 4];
    let unread = |x: i32| x == 2 || x == 4;
    assert_eq!(next_where(&ids, Some(2), unread), Some(4));
    assert_eq!(next_where(&ids, Some(4), unread), Some(2));
    assert_eq!(next_where(&ids, None, unread), Some(2));
    assert_eq!(next_where(&ids, Some(2), |x| x == 2), None);
    assert_eq!(next_where(&ids, Some(9), unread), Some(2));
}

#[test]
fn the_dialog_names_are_the_ui_contracts() {
    use crate::i18n::{Locale, Msg};
    assert_eq!(Locale::En.t(Msg::KbShortcutsTitle), "Keyboard shortcuts");
    assert_eq!(Locale::En.t(Msg::KbPaletteTitle), "Command palette");
    // The fixed shortcut is named as the search box is.
    assert_eq!(
        Locale::En.t(Msg::KbFixedFocusSearch),
        Locale::En.t(Msg::SearchConversations)
    );
}
