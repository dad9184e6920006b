//! The colour theme: `data-theme` on the root element (`style/tokens.css`).

use switchboard_core::runtime_config::Theme;

/// Applies a theme.
pub fn apply(theme: Theme) {
    let name = match theme {
        Theme::Light => "light",
        Theme::Dark => "dark",
        Theme::System => "system",
    };
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", name);
    }
}

/// Applies `config.json`'s theme (the light one when it says none).
pub fn apply_configured() {
    apply(crate::config::get().theme.unwrap_or(Theme::Light));
}
