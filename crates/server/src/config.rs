//! Command-line flags, each also readable from a `SWITCHBOARD_*` environment variable.

use clap::{ArgAction, Parser};
use std::net::SocketAddr;
use std::path::PathBuf;

/// How the server runs.
#[derive(Clone, Debug, Parser)]
#[command(
    name = "switchboard-server",
    version,
    about = "The Switchboard reference server"
)]
pub struct Config {
    /// Address to listen on.
    #[arg(long, env = "SWITCHBOARD_LISTEN", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// Directory holding `switchboard.sqlite3` and `uploads/` (created if missing).
    #[arg(
        long,
        env = "SWITCHBOARD_DATA",
        default_value = "./data",
        global = true
    )]
    pub data: PathBuf,
    /// Directory of the built app to serve; when missing only the API is served.
    #[arg(long = "static", env = "SWITCHBOARD_STATIC", default_value = "./dist")]
    pub static_dir: PathBuf,
    /// Load demo data into an empty database and allow demo sign-in.
    #[arg(long, env = "SWITCHBOARD_DEMO", action = ArgAction::Set, num_args = 0..=1,
          default_value = "false", default_missing_value = "true", value_parser = crate::boolean::parse)]
    pub demo: bool,
    /// With `--demo`: this many extra synthetic conversations (for scale tests and
    /// benchmarks), added when the demo data is first loaded into an empty database.
    #[arg(long, env = "SWITCHBOARD_DEMO_BULK", default_value_t = 0)]
    pub demo_bulk: usize,
    /// Let simulated customers keep writing into demo conversations.
    #[arg(long, env = "SWITCHBOARD_SIMULATE", action = ArgAction::Set, num_args = 0..=1,
          default_value = "false", default_missing_value = "true", value_parser = crate::boolean::parse)]
    pub simulate: bool,
    /// Pause between two simulated customer messages, in milliseconds.
    #[arg(long, env = "SWITCHBOARD_SIMULATE_EVERY_MS", default_value_t = 4000)]
    pub simulate_every_ms: u64,
    /// Simulated network: milliseconds from sending to `delivered` (or `failed`).
    #[arg(long, env = "SWITCHBOARD_DELIVER_AFTER_MS", default_value_t = 1000)]
    pub deliver_after_ms: u64,
    /// Simulated network: milliseconds from `delivered` to `read`.
    #[arg(long, env = "SWITCHBOARD_READ_AFTER_MS", default_value_t = 2000)]
    pub read_after_ms: u64,
    /// Origins allowed by CORS, comma-separated; CORS is closed when empty.
    #[arg(
        long = "cors-origin",
        env = "SWITCHBOARD_CORS_ORIGINS",
        value_delimiter = ','
    )]
    pub cors_origins: Vec<String>,
    /// Origins of host pages allowed to put the app in a frame (`frame-ancestors`), beside
    /// `host_origins` of the static folder's `config.json`; repeatable, or comma-separated
    /// in the environment variable. See `crate::framing`.
    #[arg(
        long = "host-origin",
        env = "SWITCHBOARD_HOST_ORIGINS",
        value_delimiter = ','
    )]
    pub host_origins: Vec<String>,
    /// Seconds an access token lives (the bearer token answered by sign-in and
    /// `POST /session/refresh`); the app renews it through the refresh cookie. Short
    /// values are for tests.
    #[arg(long, env = "SWITCHBOARD_ACCESS_TOKEN_SECS", default_value_t = 900,
          value_parser = clap::value_parser!(u64).range(1..))]
    pub access_token_secs: u64,
    /// Seconds a rotated-away refresh cookie still gets an access token (two tabs
    /// refreshing at once); after that, presenting it ends the whole session.
    #[arg(
        long,
        env = "SWITCHBOARD_REFRESH_REUSE_GRACE_SECS",
        default_value_t = 10
    )]
    pub refresh_reuse_grace_secs: u64,
    /// Translation and AI providers (none by default: offline behaviour).
    #[command(flatten)]
    pub providers: crate::providers::ProviderFlags,
    /// Fault injection switches (all off by default).
    #[command(flatten)]
    pub faults: crate::faults::FaultFlags,
    /// An admin command (`agent …`) instead of starting the server.
    #[command(subcommand)]
    pub command: Option<crate::cli::Command>,
}

impl Config {
    /// A configuration for tests and embedding: everything default but the two paths.
    pub fn new(data: PathBuf, static_dir: PathBuf) -> Self {
        Self {
            listen: SocketAddr::from(([127, 0, 0, 1], 0)),
            data,
            static_dir,
            demo: false,
            demo_bulk: 0,
            simulate: false,
            simulate_every_ms: 4000,
            deliver_after_ms: 1000,
            read_after_ms: 2000,
            cors_origins: Vec::new(),
            host_origins: Vec::new(),
            access_token_secs: 900,
            refresh_reuse_grace_secs: 10,
            providers: Default::default(),
            faults: Default::default(),
            command: None,
        }
    }
}

impl Config {
    /// How long tokens live, from the flags.
    pub fn lifetimes(&self) -> crate::refresh::Lifetimes {
        let secs = |s: u64| i64::try_from(s.saturating_mul(1000)).unwrap_or(i64::MAX);
        crate::refresh::Lifetimes {
            access_ms: secs(self.access_token_secs),
            reuse_grace_ms: secs(self.refresh_reuse_grace_secs),
            ..Default::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_parse() {
        let c = Config::try_parse_from([
            "x",
            "--demo",
            "--demo-bulk",
            "300",
            "--simulate=0",
            "--cors-origin",
            "http://a,http://b",
            "--host-origin",
            "https://crm.example.com",
            "--host-origin",
            "http://localhost:3000",
        ])
        .unwrap();
        assert!(c.demo);
        assert_eq!(c.demo_bulk, 300);
        assert!(!c.simulate);
        assert_eq!(c.cors_origins, ["http://a", "http://b"]);
        assert_eq!(
            c.host_origins,
            ["https://crm.example.com", "http://localhost:3000"]
        );
        assert_eq!(c.listen.port(), 8080);
        assert!(c.command.is_none());
    }

    #[test]
    fn boolean_flags_take_the_same_forms() {
        // Alone, each means true; with a value, any form of `crate::boolean::parse`.
        let c = Config::try_parse_from(["x", "--demo", "--simulate", "--fault-admin"]).unwrap();
        assert!(c.demo && c.simulate && c.faults.fault_admin);
        let c = Config::try_parse_from(["x", "--demo=YES", "--simulate=on", "--fault-admin=1"])
            .unwrap();
        assert!(c.demo && c.simulate && c.faults.fault_admin);
        let c = Config::try_parse_from(["x", "--demo=0", "--simulate=Off", "--fault-admin=no"])
            .unwrap();
        assert!(!c.demo && !c.simulate && !c.faults.fault_admin);
        let c = Config::try_parse_from([
            "x",
            "agent",
            "set-password",
            "--email",
            "a@b.c",
            "--password-stdin=true",
        ])
        .unwrap();
        assert!(matches!(
            c.command,
            Some(crate::cli::Command::Agent(
                crate::cli::AgentCommand::SetPassword {
                    password_stdin: true,
                    ..
                }
            ))
        ));
        let e = Config::try_parse_from(["x", "--fault-admin=maybe"]).unwrap_err();
        assert!(e.to_string().contains("yes/no"), "{e}");
    }

    #[test]
    fn agent_commands_parse_with_the_data_flag_anywhere() {
        use crate::cli::{AgentCommand, Command};
        let c = Config::try_parse_from([
            "x",
            "agent",
            "add",
            "--email",
            "a@b.c",
            "--name",
            "A",
            "--role",
            "admin",
            "--data",
            "/tmp/d",
            "--password-stdin",
        ])
        .unwrap();
        assert_eq!(c.data, PathBuf::from("/tmp/d"));
        assert!(matches!(
            c.command,
            Some(Command::Agent(AgentCommand::Add {
                password_stdin: true,
                ..
            }))
        ));
        let c = Config::try_parse_from(["x", "--data", "/tmp/e", "agent", "list"]).unwrap();
        assert_eq!(c.data, PathBuf::from("/tmp/e"));
        assert!(Config::try_parse_from([
            "x", "agent", "add", "--email", "a@b.c", "--name", "A", "--role", "boss"
        ])
        .is_err());
    }

    #[test]
    fn device_commands_parse_with_the_data_flag_anywhere() {
        use crate::cli::{Command, DeviceCommand};
        let c = Config::try_parse_from([
            "x",
            "device",
            "add",
            "--team",
            "Support",
            "--name",
            "Front desk",
            "--data",
            "/tmp/d",
        ])
        .unwrap();
        assert_eq!(c.data, PathBuf::from("/tmp/d"));
        assert!(matches!(
            c.command,
            Some(Command::Device(DeviceCommand::Add { ref team, ref name }))
                if team == "Support" && name == "Front desk"
        ));
        let c = Config::try_parse_from(["x", "device", "remove", "--name", "Front desk"]).unwrap();
        assert!(matches!(
            c.command,
            Some(Command::Device(DeviceCommand::Remove { .. }))
        ));
        assert!(Config::try_parse_from(["x", "device", "add", "--name", "N"]).is_err());
    }
}
