//! The colour theme: the `data-theme` attribute on `<html>` (`light`, `dark` or `system`),
//! which `style/tokens.css` reads to pick its colour tokens (see `docs/theming.md`).
//!
//! Set once at start from `config.json` ([`apply_configured`]) and again whenever the host
//! page sends `set.theme` ([`apply`]). Nothing else in the app reads the theme: the style
//! sheets do all of it, so a change needs no re-render.

use switchboard_core::runtime_config::Theme;

/// The attribute value of a theme (what `style/tokens.css` matches on).
pub fn attribute(theme: Theme) -> &'static str {
    match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::System => "system",
    }
}

/// Shows the app in `theme`: sets `data-theme` on the document element. Public for the
/// host page API (`set.theme`).
pub fn apply(theme: Theme) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        // Setting an attribute on <html> cannot fail (the name is a valid one).
        let _ = root.set_attribute("data-theme", attribute(theme));
    }
}

/// Applies the theme of `config.json`; a file that does not name one gets the light
/// theme, the look of every deployment before themes existed (`system` only when asked).
pub fn apply_configured() {
    apply(crate::config::get().theme.unwrap_or(Theme::Light));
}
