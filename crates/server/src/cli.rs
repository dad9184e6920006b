//! The admin subcommands of the binary, on the database of `--data` (the server may be
//! running on it meanwhile):
//!
//! - `agent add --email E --name N --role agent|supervisor|admin [--language L]
//!   [--password-stdin]`
//! - `agent set-password --email E [--password-stdin]`
//! - `agent set-pin --email E --pin NNNN` (4 to 8 digits, for kiosk desks)
//! - `agent disable --email E`, `agent enable --email E`
//! - `agent list`
//!
//! Without `--password-stdin`, `add` and `set-password` generate a strong password and
//! print it as the last line of their output (the only time it is shown). Nothing else is
//! ever printed about a password, and a hash is never printed at all.

use crate::db::agents::{self, AccountError};
use crate::password;
use clap::Subcommand;
use std::io::{Read, Write};
use std::path::Path;
use switchboard_protocol::Role;

/// A subcommand instead of starting the server.
#[derive(Clone, Debug, Subcommand)]
pub enum Command {
    /// Manage agent accounts.
    #[command(subcommand)]
    Agent(AgentCommand),
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
        #[arg(long)]
        password_stdin: bool,
    },
    /// Set an agent's password (signs it out everywhere; prints a generated password as
    /// the last line unless --password-stdin).
    SetPassword {
        /// The agent's email.
        #[arg(long)]
        email: String,
        /// Read the password from standard input instead of generating one.
        #[arg(long)]
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

/// Runs an agent command on the database in `data` (created if missing); the error is
/// the message to print.
pub fn run(
    data: &Path,
    command: &AgentCommand,
    stdin: &mut dyn Read,
    out: &mut dyn Write,
) -> Result<(), String> {
    std::fs::create_dir_all(data).map_err(|e| format!("{}: {e}", data.display()))?;
    let path = data.join("switchboard.sqlite3");
    let conn = crate::db::open(&path).map_err(|e| format!("opening {}: {e}", path.display()))?;
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
            let header = ["EMAIL", "NAME", "ROLE", "ENABLED"].map(str::to_owned);
            let mut widths = [0usize; 4];
            for row in std::iter::once(&header).chain(&rows) {
                for (w, cell) in widths.iter_mut().zip(row) {
                    *w = (*w).max(cell.chars().count());
                }
            }
            for row in std::iter::once(&header).chain(&rows) {
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
