//! The deployment's `config.json`, read once before the app mounts (the rules and keys:
//! `switchboard_core::runtime_config`; the guide: `docs/deployment.md`).
//!
//! The file sits beside `index.html`. A 404, or an HTML page where the file should be (a
//! static host's single-page fallback answers every path with `index.html`), means no
//! file: the defaults. Anything else that is not a valid file stops the start with a page
//! naming the bad key.

use gloo_net::http::Request;
use std::sync::OnceLock;
use switchboard_core::runtime_config::{ConfigError, RuntimeConfig};
use web_sys::RequestCache;

static CONFIG: OnceLock<RuntimeConfig> = OnceLock::new();

/// The configuration in force (the defaults until [`load`] has run).
pub fn get() -> &'static RuntimeConfig {
    CONFIG.get_or_init(RuntimeConfig::default)
}

/// The URL of `config.json`: beside `index.html`, whatever path the app is showing (a
/// relative `config.json` on `/conversations/5` would be `/conversations/config.json`).
/// The app's own script says where that is: Trunk preloads it from the folder the app was
/// built for (`/` by default).
fn config_url() -> String {
    let script = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=modulepreload]").ok().flatten())
        .and_then(|l| l.get_attribute("href"));
    let dir = script
        .as_deref()
        .and_then(|href| href.rsplit_once('/'))
        .map_or("", |(dir, _)| dir);
    format!("{dir}/config.json")
}

/// Reads and checks the file, and keeps it for [`get`].
pub async fn load() -> Result<(), ConfigError> {
    let config = fetch().await?;
    let _ = CONFIG.set(config);
    Ok(())
}

async fn fetch() -> Result<RuntimeConfig, ConfigError> {
    let problem = |p: String| ConfigError {
        key: "(file)".to_owned(),
        problem: p,
    };
    // Revalidated every start: a deployment that edits the file is heard at the next load.
    let answer = Request::get(&config_url())
        .cache(RequestCache::NoCache)
        .send()
        .await
        .map_err(|e| problem(format!("could not be read: {e}")))?;
    if answer.status() == 404 {
        return Ok(RuntimeConfig::default());
    }
    if !answer.ok() {
        return Err(problem(format!(
            "could not be read: HTTP {}",
            answer.status()
        )));
    }
    let text = answer
        .text()
        .await
        .map_err(|e| problem(format!("could not be read: {e}")))?;
    if text.trim_start().starts_with('<') {
        return Ok(RuntimeConfig::default());
    }
    RuntimeConfig::parse(&text)
}

/// A file's URL as the browser should fetch it: the server's signed paths live on the
/// API's origin, which is not the page's when `api_base` points elsewhere.
pub fn file_url(url: &str) -> String {
    get().file_url(url)
}
