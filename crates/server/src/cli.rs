//! The admin subcommands of the binary, on the database of `--data` (the server may be
//! running on it meanwhile):
//!
//! - `agent add --email E --name N --role agent|supervisor|admin [--language L]
//!   [--password-stdin]`
//! - `agent set-password --email E [--password-stdin]`
//! - `agent set-pin --email E --pin NNNN` (4 to 8 digits, for kiosk desks)
//! - `agent disable --email E`, `agent enable --email E`
//! - `agent list`
//! - `device add --team T --name N` (T: a team's name or id), `device list`,
//!   `device remove --name N`
//! - `csp [--api-base URL] [--socket-url URL]`: prints the security headers of the app in
//!   `--static` (framed by `--host-origin`s), for hosts other than this server to send
//!
//! Without `--password-stdin`, `add` and `set-password` generate a strong password and
//! print it as the last line of their output (the only time it is shown). Nothing else is
//! ever printed about a password, and a hash is never printed at all. Likewise `device add`
//! prints the desk's one-time device code (`XXXX-XXXX`, valid 24 hours) as its last line,
//! and only its hash is stored.

use crate::db::agents::{self, AccountError};
use crate::db::devices;
use crate::password;
use clap::{ArgAction, Subcommand};
use std::io::{Read, Write};
use std::path::Path;
use switchboard_protocol::Role;

/// A subcommand instead of starting the server.
#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Manage agent accounts.
    #[command(subcommand)]
    Agent(AgentCommand),
    /// Manage kiosk desks (devices).
    #[command(subcommand)]
    Device(DeviceCommand),
    /// Print the headers (Content-Security-Policy and the others) that every HTML answer
    /// of the app in --static must carry, for another web server to send. The backend's
    /// origins come from the config.json there unless given here.
    Csp {
        /// The API root the app calls (`api_base` of config.json), e.g.
        /// https://api.example.com/api/v1.
        #[arg(long)]
        api_base: Option<String>,
        /// The socket's URL (`socket_url` of config.json), when not derived from the API's.
        #[arg(long)]
        socket_url: Option<String>,
    },
}

/// `switchboard-server device …`
#[derive(Clone, Debug, Subcommand)]
pub enum DeviceCommand {
    /// Add a kiosk desk for a team; prints its one-time device code (valid 24 hours) as the
    /// last line.
    Add {
        /// The team whose conversations the desk works on (its name or id).
        #[arg(long)]
        team: String,
        /// The desk's name (unique without regard to case), e.g. "Front desk".
        #[arg(long)]
        name: String,
    },
    /// List the desks: name, team, whether set up, open sessions.
    List,
    /// Remove a desk: its device token and every session opened at it stop working at once.
    Remove {
        /// The desk's name.
        #[arg(long)]
        name: String,
    },
}

/// `switchboard-server agent …`
#[derive(Clone, Debug, Subcommand)]
pub enum AgentCommand {
    /// Add an agent (prints a generated password as the last line unless --password-stdin).
    Add {
        /// Email (the sign-in name; unique without regard to case).
        #[arg(long)]
        email: String,
        /// Name shown to colleagues.
        #[arg(long)]
        name: String,
        /// agent, supervisor or admin.
        #[arg(long, value_parser = parse_role)]
        role: Role,
        /// Interface language (a BCP 47 tag).
        #[arg(long, default_value = "en")]
        language: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_value = "false",
              default_missing_value = "true", value_parser = crate::boolean::parse)]
        password_stdin: bool,
    },
    /// Set an agent's password (signs it out everywhere; prints a generated password as
    /// the last line unless --password-stdin).
    SetPassword {
        /// The agent's email.
        #[arg(long)]
        email: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long, action = ArgAction::Set, num_args = 0..=1, default_value = "false",
              default_missing_value = "true", value_parser = crate::boolean::parse)]
        password_stdin: bool,
    },
    /// Set an agent's kiosk-desk PIN (4 to 8 digits; stored hashed).
    SetPin {
        /// The agent's email.
        #[arg(long)]
        email: String,
        /// The PIN.
        #[arg(long)]
        pin: String,
    },
    /// Disable an agent: it cannot sign in and its tokens stop working at once.
    Disable {
        /// The agent's email.
        #[arg(long)]
        email: String,
    },
    /// Enable a disabled agent again (it signs in anew).
    Enable {
        /// The agent's email.
        #[arg(long)]
        email: String,
    },
    /// List the agents: email, name, role, enabled.
    List,
}

/// `agent`, `supervisor` or `admin`.
pub fn parse_role(s: &str) -> Result<Role, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "agent" => Ok(Role::Agent),
        "supervisor" => Ok(Role::Supervisor),
        "admin" => Ok(Role::Admin),
        other => Err(format!(
            "unknown role {other:?} (use agent, supervisor or admin)"
        )),
    }
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Agent => "agent",
        Role::Supervisor => "supervisor",
        Role::Admin => "admin",
    }
}

/// The password to set: one line read from `stdin`, or a generated one (then `true`).
fn password(from_stdin: bool, stdin: &mut dyn Read) -> Result<(String, bool), String> {
    if !from_stdin {
        return Ok((password::generate()?, true));
    }
    let mut text = String::new();
    stdin
        .read_to_string(&mut text)
        .map_err(|e| format!("reading the password from standard input: {e}"))?;
    let line = text.trim_end_matches(['\r', '\n']);
    if line.is_empty() {
        return Err("empty password on standard input".into());
    }
    if line.contains(['\r', '\n']) {
        return Err("the password on standard input must be one line".into());
    }
    Ok((line.to_owned(), false))
}

fn io(e: std::io::Error) -> String {
    format!("writing the output: {e}")
}

/// Runs any command of `config` (see [`run`], [`run_device`] and [`run_csp`]).
pub fn run_command(
    config: &crate::Config,
    command: &Command,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<(), String> {
    match command {
        Command::Agent(c) => run(&config.data, c, stdin, out),
        Command::Device(c) => run_device(&config.data, c, out),
        Command::Csp {
            api_base,
            socket_url,
        } => run_csp(
            &config.static_dir,
            &config.host_origins,
            api_base.as_deref(),
            socket_url.as_deref(),
            out,
        ),
    }
}

/// Prints the headers of the app built in `static_dir`, as this server would send them:
/// host origins from its `config.json` and `host_flags`, the backend from `api_base` and
/// `socket_url` when either is given (checked as the app checks `config.json`), else from
/// that `config.json`. Unlike the server, a bad `config.json` is an error here.
pub fn run_csp(
    static_dir: &Path,
    host_flags: &[String],
    api_base: Option<&str>,
    socket_url: Option<&str>,
    out: &mut dyn Write,
) -> Result<(), String> {
    use crate::csp::Backend;
    if !static_dir.join("index.html").is_file() {
        return Err(format!(
            "no index.html in {}: build the app first (cargo xtask build)",
            static_dir.display()
        ));
    }
    let host_origins = crate::framing::host_origins(static_dir, host_flags)?;
    let backend = if api_base.is_some() || socket_url.is_some() {
        let mut json = serde_json::Map::new();
        for (key, value) in [("api_base", api_base), ("socket_url", socket_url)] {
            if let Some(v) = value {
                json.insert(key.to_owned(), v.into());
            }
        }
        let json = serde_json::Value::Object(json);
        let config = switchboard_core::runtime_config::RuntimeConfig::parse(&json.to_string())
            .map_err(|e| format!("--{}: {}", e.key.replace('_', "-"), e.problem))?;
        Backend::of(&config)
    } else {
        Backend::from_static_dir(static_dir)?
    };
    let headers = crate::headers::Headers::new(static_dir, backend, host_origins);
    write!(out, "{}", headers.lines()).map_err(io)
}

fn open(data: &Path) -> Result<rusqlite::Connection, String> {
    std::fs::create_dir_all(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let path = data.join("switchboard.sqlite3");
    crate::db::open(&path).map_err(|e| format!("opening {}: {e}", path.display()))
}

/// Prints `rows` under `header` as left-aligned columns two spaces apart.
fn table<const N: usize>(
    out: &mut dyn Write,
    header: [&str; N],
    rows: &[[String; N]],
) -> Result<(), String> {
    let header = header.map(str::to_owned);
    let mut widths = [0usize; N];
    for row in std::iter::once(&header).chain(rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (i, cell) in row.iter().enumerate() {
            if i + 1 < row.len() {
                let pad = widths[i] - cell.chars().count();
                line.push_str(&format!("{cell}{}  ", " ".repeat(pad)));
            } else {
                line.push_str(cell);
            }
        }
        writeln!(out, "{line}").map_err(io)?;
    }
    Ok(())
}

/// Runs a device command on the database in `data` (created if missing); the error is the
/// message to print.
pub fn run_device(data: &Path, command: &DeviceCommand, out: &mut dyn Write) -> Result<(), String> {
    let conn = open(data)?;
    let err = |e: devices::DeviceError| e.to_string();
    match command {
        DeviceCommand::Add { team, name } => {
            let code = devices::new_code()?;
            let desk = devices::add(&conn, team, name, &devices::code_hash(&code)).map_err(err)?;
            writeln!(
                out,
                "added desk {:?} for team {} (id {})",
                desk.name, desk.team_name, desk.team.0
            )
            .map_err(io)?;
            writeln!(
                out,
                "device code (shown only now, works once, for 24 hours; type it into \"Set up this desk\"):"
            )
            .map_err(io)?;
            writeln!(out, "{code}").map_err(io)?;
        }
        DeviceCommand::List => {
            let now = crate::db::now_ms();
            let rows: Vec<[String; 4]> = devices::list(&conn)
                .map_err(|e| e.to_string())?
                .into_iter()
                .map(|d| {
                    let state = match (d.claimed, d.code_expires_at) {
                        (true, _) => "set up".to_owned(),
                        (false, Some(t)) if t > now => "waiting for its code".to_owned(),
                        _ => "code expired (remove and add again)".to_owned(),
                    };
                    [d.desk.name, d.desk.team_name, state, d.sessions.to_string()]
                })
                .collect();
            table(out, ["NAME", "TEAM", "STATE", "SESSIONS"], &rows)?;
        }
        DeviceCommand::Remove { name } => {
            let ended = devices::remove(&conn, name).map_err(err)?;
            writeln!(
                out,
                "removed desk {:?} ({ended} session(s) signed out)",
                name.trim()
            )
            .map_err(io)?;
        }
    }
    Ok(())
}

/// Runs an agent command on the database in `data` (created if missing); the error is
/// the message to print.
pub fn run(
    data: &Path,
    command: &AgentCommand,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<(), String> {
    let conn = open(data)?;
    let err = |e: AccountError| e.to_string();
    match command {
        AgentCommand::Add {
            email,
            name,
            role,
            language,
            password_stdin,
        } => {
            // Refuse a bad email or a duplicate before asking for (or making) a password.
            let email = agents::clean_email(email).map_err(err)?;
            if agents::credentials(&conn, &email)
                .map_err(|e| e.to_string())?
                .is_some()
            {
                return Err(err(AccountError::DuplicateEmail(email)));
            }
            let (secret, generated) = password(*password_stdin, stdin)?;
            let phc = password::hash(&secret)?;
            let agent = agents::add(&conn, &email, name, *role, language, &phc).map_err(err)?;
            writeln!(
                out,
                "added {} <{}> as {}",
                agent.name,
                agent.email,
                role_name(agent.role)
            )
            .map_err(io)?;
            if generated {
                writeln!(out, "generated password (shown only now):").map_err(io)?;
                writeln!(out, "{secret}").map_err(io)?;
            }
        }
        AgentCommand::SetPassword {
            email,
            password_stdin,
        } => {
            let known = agents::credentials(&conn, email).map_err(|e| e.to_string())?;
            let Some(known) = known else {
                return Err(err(AccountError::UnknownEmail(email.trim().to_owned())));
            };
            let (secret, generated) = password(*password_stdin, stdin)?;
            let phc = password::hash(&secret)?;
            agents::set_password(&conn, email, &phc).map_err(err)?;
            writeln!(
                out,
                "password set for {} (signed out everywhere)",
                known.agent.email
            )
            .map_err(io)?;
            if generated {
                writeln!(out, "generated password (shown only now):").map_err(io)?;
                writeln!(out, "{secret}").map_err(io)?;
            }
        }
        AgentCommand::SetPin { email, pin } => {
            agents::check_pin(pin).map_err(err)?;
            let known = agents::credentials(&conn, email).map_err(|e| e.to_string())?;
            let Some(known) = known else {
                return Err(err(AccountError::UnknownEmail(email.trim().to_owned())));
            };
            agents::set_pin(&conn, email, &password::hash(pin)?).map_err(err)?;
            writeln!(out, "PIN set for {}", known.agent.email).map_err(io)?;
        }
        AgentCommand::Disable { email } | AgentCommand::Enable { email } => {
            let enable = matches!(command, AgentCommand::Enable { .. });
            let known = agents::credentials(&conn, email).map_err(|e| e.to_string())?;
            let Some(known) = known else {
                return Err(err(AccountError::UnknownEmail(email.trim().to_owned())));
            };
            agents::set_enabled(&conn, email, enable).map_err(err)?;
            let what = if enable {
                "enabled"
            } else {
                "disabled (its tokens no longer work)"
            };
            writeln!(out, "{} {what}", known.agent.email).map_err(io)?;
        }
        AgentCommand::List => {
            let list = agents::list(&conn).map_err(|e| e.to_string())?;
            let rows: Vec<[String; 4]> = list
                .iter()
                .map(|a| {
                    [
                        a.agent.email.clone(),
                        a.agent.name.clone(),
                        role_name(a.agent.role).to_owned(),
                        if a.enabled { "yes" } else { "no" }.to_owned(),
                    ]
                })
                .collect();
            table(out, ["EMAIL", "NAME", "ROLE", "ENABLED"], &rows)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_parse() {
        assert_eq!(parse_role("Admin"), Ok(Role::Admin));
        assert_eq!(parse_role("supervisor"), Ok(Role::Supervisor));
        assert!(parse_role("boss").is_err());
    }

    #[test]
    fn a_password_from_stdin_is_one_line() {
        let mut ok: &[u8] = b"s3cret pass\n";
        assert_eq!(
            password(true, &mut ok).unwrap(),
            ("s3cret pass".into(), false)
        );
        let mut empty: &[u8] = b"\n";
        assert!(password(true, &mut empty).is_err());
        let mut two: &[u8] = b"a\nb\n";
        assert!(password(true, &mut two).is_err());
    }
}
