//! One key with its modifiers: read from a key event or from its written form
//! (`Ctrl+Shift+K`, `Alt+ArrowDown`, `?`), written back the same way.

use std::fmt;
use std::str::FromStr;

/// A key with its modifiers, normalised so that equal presses are equal chords.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Chord {
    /// Ctrl or Cmd held (one of them: they are the same modifier here).
    pub primary: bool,
    /// Alt (Option) held.
    pub alt: bool,
    /// Shift held (letters and named keys only; see the module's invariants).
    pub shift: bool,
    /// The key: a lowercase letter or digit, another printable character as typed, or a
    /// key name (`Enter`, `ArrowDown`, `Space`, `F2`).
    pub key: String,
}

/// A `keydown` as the browser reports it.
#[derive(Clone, Copy, Debug, Default)]
pub struct KeyEvent<'a> {
    /// `KeyboardEvent.key`.
    pub key: &'a str,
    /// `KeyboardEvent.code` (`KeyJ`): the key's place, whatever the layout types there.
    pub code: &'a str,
    /// Ctrl held.
    pub ctrl: bool,
    /// Cmd (Meta) held.
    pub meta: bool,
    /// Alt held.
    pub alt: bool,
    /// Shift held.
    pub shift: bool,
    /// Part of an IME composition.
    pub composing: bool,
}

/// Keys that are only modifiers, or no key at all: never a chord by themselves.
const NOT_KEYS: [&str; 11] = [
    "Shift",
    "Control",
    "Alt",
    "AltGraph",
    "Meta",
    "OS",
    "CapsLock",
    "Dead",
    "Process",
    "Unidentified",
    "Fn",
];

/// Written names accepted for key names (lowercase) and what they mean.
const ALIASES: [(&str, &str); 8] = [
    ("esc", "Escape"),
    ("down", "ArrowDown"),
    ("up", "ArrowUp"),
    ("left", "ArrowLeft"),
    ("right", "ArrowRight"),
    ("space", "Space"),
    ("return", "Enter"),
    ("del", "Delete"),
];

impl Chord {
    /// The chord of a key event (`None`: a lone modifier, a dead key, both Ctrl and Cmd).
    pub fn from_event(e: &KeyEvent<'_>) -> Option<Chord> {
        if NOT_KEYS.contains(&e.key) || e.key.is_empty() || (e.ctrl && e.meta) {
            return None;
        }
        let single = e.key.chars().count() == 1;
        // AltGr arrives as Ctrl+Alt with the character it types: that is typing.
        let altgr = single && e.ctrl && e.alt && !e.meta;
        let (primary, alt) = if altgr {
            (false, false)
        } else {
            (e.ctrl || e.meta, e.alt)
        };
        let key = if single {
            let c = e.key.chars().next()?;
            if c == ' ' {
                "Space".to_owned()
            } else if !c.is_ascii() && !altgr {
                // Another script (or Option's symbols) on a letter or digit key: the key.
                letter_of(e.code).map_or_else(|| c.to_lowercase().collect(), String::from)
            } else {
                c.to_lowercase().collect()
            }
        } else {
            e.key.to_owned()
        };
        Some(Chord::new(primary, alt, e.shift, key))
    }

    /// A chord, with Shift kept only where it says something.
    fn new(primary: bool, alt: bool, shift: bool, key: String) -> Chord {
        let mut chars = key.chars();
        let printable = matches!((chars.next(), chars.next()), (Some(_), None));
        let letter = key.chars().all(|c| c.is_alphabetic());
        Chord {
            primary,
            alt,
            shift: shift && (!printable || letter),
            key,
        }
    }

    /// Whether agents may use it: Tab, Escape, and Enter or Space with no Ctrl, Cmd or
    /// Alt stay the keyboard's own.
    pub fn usable(&self) -> bool {
        match self.key.as_str() {
            "Tab" | "Escape" => false,
            "Enter" | "Space" => self.primary || self.alt,
            _ => true,
        }
    }

    /// The key as shown (letters upper-case).
    fn key_label(&self) -> String {
        if self.key.chars().count() == 1 {
            self.key.to_uppercase()
        } else {
            self.key.clone()
        }
    }

    /// The `aria-keyshortcuts` value: with Control and with Meta.
    pub fn aria(&self) -> String {
        let one = |primary: &str| {
            let mut parts: Vec<String> = Vec::new();
            if self.primary {
                parts.push(primary.to_owned());
            }
            if self.alt {
                parts.push("Alt".into());
            }
            if self.shift {
                parts.push("Shift".into());
            }
            parts.push(if self.key == "Space" {
                "Space".into()
            } else {
                self.key_label()
            });
            parts.join("+")
        };
        if self.primary {
            format!("{} {}", one("Control"), one("Meta"))
        } else {
            one("")
        }
    }
}

/// The letter or digit of a `KeyboardEvent.code` (`KeyJ` → `j`, `Digit4` → `4`).
fn letter_of(code: &str) -> Option<String> {
    let rest = code
        .strip_prefix("Key")
        .or_else(|| code.strip_prefix("Digit"))?;
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_alphanumeric() => Some(c.to_ascii_lowercase().to_string()),
        _ => None,
    }
}

impl fmt::Display for Chord {
    /// `Ctrl+Alt+Shift+K`: Ctrl stands for Cmd too.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.primary {
            f.write_str("Ctrl+")?;
        }
        if self.alt {
            f.write_str("Alt+")?;
        }
        if self.shift {
            f.write_str("Shift+")?;
        }
        f.write_str(&self.key_label())
    }
}

/// Why a written chord could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadChord(pub String);

impl FromStr for Chord {
    type Err = BadChord;

    /// Reads `Ctrl+Shift+K`, `cmd+k`, `Alt+Down`, `?`, `Ctrl++`.
    fn from_str(s: &str) -> Result<Chord, BadChord> {
        let bad = || BadChord(s.to_owned());
        let s = s.trim();
        // The key is what follows the last `+`, unless the key is `+` itself.
        let (mods, key) = match s.strip_suffix("++") {
            Some(m) => (m, "+"),
            None if s == "+" => ("", "+"),
            None => s.rsplit_once('+').unwrap_or(("", s)),
        };
        let (mut primary, mut alt, mut shift) = (false, false, false);
        for m in mods.split('+').filter(|m| !m.is_empty()) {
            match m.trim().to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "cmd" | "command" | "meta" | "mod" => primary = true,
                "alt" | "option" | "opt" => alt = true,
                "shift" => shift = true,
                _ => return Err(bad()),
            }
        }
        let key = key.trim();
        if key.is_empty() {
            return Err(bad());
        }
        let key = if key.chars().count() == 1 {
            key.to_lowercase()
        } else if let Some((_, name)) = ALIASES
            .iter()
            .find(|(alias, _)| key.eq_ignore_ascii_case(alias))
        {
            (*name).to_owned()
        } else if key.chars().all(|c| c.is_ascii_alphanumeric()) {
            // Key names as the browser spells them: `Enter`, `ArrowDown`, `F2`.
            let mut cs = key.chars();
            let first = cs.next().map(|c| c.to_ascii_uppercase());
            first.into_iter().chain(cs).collect()
        } else {
            return Err(bad());
        };
        if NOT_KEYS.contains(&key.as_str()) {
            return Err(bad());
        }
        Ok(Chord::new(primary, alt, shift, key))
    }
}
