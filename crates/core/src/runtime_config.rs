//! `config.json`: the deployment's runtime configuration, read once at start.
//!
//! One built `dist/` serves any backend: a deployment edits this file beside `index.html`,
//! never rebuilds. A missing file means the defaults (the API on the app's own origin,
//! sign-in chosen by what the server offers). A file that is present but wrong is refused
//! whole with a [`ConfigError`] naming the key, which the app shows as its start page:
//! running half-configured against the wrong backend would be worse than not starting.
//!
//! Keys (`../shared/UI-CONTRACT.md`, "Runtime configuration"; `docs/deployment.md`):
//! `api_base`, `socket_url`, `auth`, `language`, `theme`, `host_origins`, `kiosk`
//! (`idle_blur_s`, `idle_sign_out_s`). Keys starting with `_` are comments and ignored;
//! any other unknown key is an error (a misspelt `api_bsae` would otherwise be silently
//! the default).

use crate::i18n::Locale;
use serde_json::{Map, Value};

/// How agents sign in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuthMode {
    /// Email and password (`POST /session`).
    Password,
    /// Signs in as the demo agent at once; the sign-in page also offers email and password.
    Demo,
    /// The host page hands the app a token (embedding).
    Host,
    /// A shared desk: a device code, then an agent and a PIN.
    Kiosk,
}

/// The colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    /// Light.
    Light,
    /// Dark.
    Dark,
    /// Follows the system's preference.
    System,
}

/// Idle times of a kiosk desk, in seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KioskIdle {
    /// After this long without input the screen is blurred.
    pub blur_s: Option<u32>,
    /// After this long without input the agent is signed out.
    pub sign_out_s: Option<u32>,
}

/// The shortest idle time a kiosk accepts (shorter would sign agents out mid-sentence).
pub const MIN_IDLE_S: u32 = 5;

/// The parsed file. Every field is optional: absent means the default.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuntimeConfig {
    /// The API root (`https://api.example.com/api/v1` or a path such as `/api/v1`), with
    /// no trailing slash.
    pub api_base: Option<String>,
    /// The socket's URL (`wss://…/api/v1/ws`); derived from `api_base` when absent.
    pub socket_url: Option<String>,
    /// How agents sign in; absent: by what the server offers.
    pub auth: Option<AuthMode>,
    /// The interface language, unless the agent chose one.
    pub language: Option<Locale>,
    /// The colour theme.
    pub theme: Option<Theme>,
    /// Origins allowed to frame the app and talk to it.
    pub host_origins: Vec<String>,
    /// Kiosk idle times.
    pub kiosk: Option<KioskIdle>,
}

/// What is wrong with the file: the key (`kiosk.idle_blur_s`, or `(file)` for the whole
/// file) and the problem in plain words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The key at fault.
    pub key: String,
    /// What is wrong with it, in English (shown as detail under a translated headline).
    pub problem: String,
}

impl ConfigError {
    fn new(key: &str, problem: impl Into<String>) -> Self {
        Self {
            key: key.to_owned(),
            problem: problem.into(),
        }
    }
}

/// The API root used without a file (the app's own origin).
pub const DEFAULT_API_BASE: &str = "/api/v1";

impl RuntimeConfig {
    /// Parses and checks the file's text.
    pub fn parse(text: &str) -> Result<RuntimeConfig, ConfigError> {
        let value: Value = serde_json::from_str(text)
            .map_err(|e| ConfigError::new("(file)", format!("not valid JSON: {e}")))?;
        let Value::Object(map) = value else {
            return Err(ConfigError::new("(file)", "must be a JSON object { … }"));
        };
        let mut c = RuntimeConfig::default();
        for (key, v) in &map {
            match key.as_str() {
                k if k.starts_with('_') => {}
                "api_base" => c.api_base = Some(api_base(v)?),
                "socket_url" => c.socket_url = Some(socket_url(v)?),
                "auth" => {
                    c.auth = Some(match string(key, v)? {
                        "password" => AuthMode::Password,
                        "demo" => AuthMode::Demo,
                        "host" => AuthMode::Host,
                        "kiosk" => AuthMode::Kiosk,
                        _ => return Err(one_of(key, "password, demo, host, kiosk")),
                    })
                }
                "language" => {
                    let tag = string(key, v)?;
                    let l = Locale::from_tag(tag).ok_or_else(|| one_of(key, &tags()))?;
                    c.language = Some(l);
                }
                "theme" => {
                    c.theme = Some(match string(key, v)? {
                        "light" => Theme::Light,
                        "dark" => Theme::Dark,
                        "system" => Theme::System,
                        _ => return Err(one_of(key, "light, dark, system")),
                    })
                }
                "host_origins" => c.host_origins = origins(v)?,
                "kiosk" => c.kiosk = Some(kiosk(v)?),
                other => {
                    return Err(ConfigError::new(
                        other,
                        "unknown key (a comment's key starts with _)",
                    ))
                }
            }
        }
        Ok(c)
    }

    /// The API root to call.
    pub fn api_root(&self) -> &str {
        self.api_base.as_deref().unwrap_or(DEFAULT_API_BASE)
    }

    /// The socket's URL: `socket_url`, or the API root's `/ws` with `http` made `ws`.
    /// `page_origin` (`https://app.example.com`) resolves a path-only API root.
    pub fn socket(&self, page_origin: &str) -> String {
        if let Some(s) = &self.socket_url {
            return s.clone();
        }
        let root = self.api_root();
        let absolute = if root.starts_with('/') {
            format!("{}{root}", page_origin.trim_end_matches('/'))
        } else {
            root.to_owned()
        };
        let ws = if let Some(rest) = absolute.strip_prefix("https://") {
            format!("wss://{rest}")
        } else if let Some(rest) = absolute.strip_prefix("http://") {
            format!("ws://{rest}")
        } else {
            absolute
        };
        format!("{ws}/ws")
    }

    /// The origin files are served from: the API's origin when it is absolute (a signed
    /// file path such as `/api/v1/files/…` then resolves there), else `None` (the page's).
    pub fn api_origin(&self) -> Option<&str> {
        origin_of(self.api_base.as_deref()?)
    }

    /// A file's URL as the browser should fetch it: a path is put on the API's origin.
    pub fn file_url(&self, url: &str) -> String {
        match self.api_origin() {
            Some(origin) if url.starts_with('/') && !url.starts_with("//") => {
                format!("{origin}{url}")
            }
            _ => url.to_owned(),
        }
    }
}

fn tags() -> String {
    Locale::ALL.map(Locale::tag).join(", ")
}

fn one_of(key: &str, allowed: &str) -> ConfigError {
    ConfigError::new(key, format!("must be one of: {allowed}"))
}

fn string<'a>(key: &str, v: &'a Value) -> Result<&'a str, ConfigError> {
    v.as_str()
        .ok_or_else(|| ConfigError::new(key, format!("must be a string, not {}", kind(v))))
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true/false",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// `scheme://host[:port]` with nothing after it; the scheme one of `schemes`.
fn is_origin(s: &str, schemes: &[&str]) -> bool {
    let Some((scheme, rest)) = s.split_once("://") else {
        return false;
    };
    schemes.contains(&scheme) && !rest.is_empty() && !rest.contains(['/', '?', '#', ' ', '@'])
}

/// The `scheme://host[:port]` part of an absolute URL (`None` for a path).
pub fn origin_of(url: &str) -> Option<&str> {
    let after = url.find("://")? + 3;
    let end = url[after..]
        .find(['/', '?', '#'])
        .map_or(url.len(), |i| after + i);
    Some(&url[..end])
}

/// An absolute `http(s)` URL (origin plus an optional path), or a path from `/`.
fn api_base(v: &Value) -> Result<String, ConfigError> {
    let s = string("api_base", v)?.trim().trim_end_matches('/');
    let ok = if s.starts_with('/') {
        !s.starts_with("//")
    } else {
        origin_of(s).is_some_and(|o| is_origin(o, &["http", "https"]))
            && !s.contains(['?', '#', ' '])
    };
    if !ok || s.is_empty() {
        return Err(ConfigError::new(
            "api_base",
            "must be an absolute http(s) URL such as https://api.example.com/api/v1, or a path such as /api/v1",
        ));
    }
    Ok(s.to_owned())
}

fn socket_url(v: &Value) -> Result<String, ConfigError> {
    let s = string("socket_url", v)?.trim();
    if !origin_of(s).is_some_and(|o| is_origin(o, &["ws", "wss"])) || s.contains(' ') {
        return Err(ConfigError::new(
            "socket_url",
            "must be a ws:// or wss:// URL such as wss://api.example.com/api/v1/ws",
        ));
    }
    Ok(s.to_owned())
}

fn origins(v: &Value) -> Result<Vec<String>, ConfigError> {
    let Value::Array(items) = v else {
        return Err(ConfigError::new(
            "host_origins",
            format!("must be a list of origins, not {}", kind(v)),
        ));
    };
    items
        .iter()
        .map(|item| {
            let s = item.as_str().unwrap_or_default().trim_end_matches('/');
            if is_origin(s, &["http", "https"]) {
                Ok(s.to_owned())
            } else {
                Err(ConfigError::new(
                    "host_origins",
                    format!("{item} is not an origin such as https://crm.example.com (scheme, host and port; no path)"),
                ))
            }
        })
        .collect()
}

fn kiosk(v: &Value) -> Result<KioskIdle, ConfigError> {
    let Value::Object(map) = v else {
        return Err(ConfigError::new(
            "kiosk",
            format!("must be an object, not {}", kind(v)),
        ));
    };
    let seconds = |map: &Map<String, Value>, key: &str| -> Result<Option<u32>, ConfigError> {
        let full = format!("kiosk.{key}");
        match map.get(key) {
            None => Ok(None),
            Some(v) => match v.as_u64().and_then(|n| u32::try_from(n).ok()) {
                Some(n) if n >= MIN_IDLE_S => Ok(Some(n)),
                _ => Err(ConfigError::new(
                    &full,
                    format!("must be a whole number of seconds, at least {MIN_IDLE_S}"),
                )),
            },
        }
    };
    if let Some(k) = map
        .keys()
        .find(|k| !k.starts_with('_') && *k != "idle_blur_s" && *k != "idle_sign_out_s")
    {
        return Err(ConfigError::new(&format!("kiosk.{k}"), "unknown key"));
    }
    Ok(KioskIdle {
        blur_s: seconds(map, "idle_blur_s")?,
        sign_out_s: seconds(map, "idle_sign_out_s")?,
    })
}

#[cfg(test)]
mod tests;
