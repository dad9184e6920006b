//! Boolean environment variables through the real binary: each takes `1/0`, `true/false`,
//! `yes/no`, `on/off` in any case (`SWITCHBOARD_FAULT_ADMIN=1` used to stop the server at
//! start with "invalid value '1'"), and a wrong one is refused naming the forms.

use std::process::{Command, Output, Stdio};

/// Every boolean variable the server reads.
const BOOLEANS: [&str; 3] = [
    "SWITCHBOARD_DEMO",
    "SWITCHBOARD_SIMULATE",
    "SWITCHBOARD_FAULT_ADMIN",
];

/// `switchboard-server agent list` on a fresh data folder with `var=value` in the
/// environment: the whole command line, variables included, is parsed before it runs.
fn agent_list_with(var: &str, value: &str) -> Output {
    let dir = tempfile::tempdir().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_switchboard-server"));
    for other in BOOLEANS {
        cmd.env_remove(other);
    }
    cmd.args(["agent", "list", "--data"])
        .arg(dir.path())
        .env_remove("SWITCHBOARD_DATA")
        .env(var, value)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("the binary runs")
}

#[test]
fn every_boolean_variable_takes_every_form() {
    for var in BOOLEANS {
        for value in ["1", "0", "true", "FALSE", "Yes", "no", "ON", "off"] {
            let out = agent_list_with(var, value);
            assert!(
                out.status.success(),
                "{var}={value}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        let out = agent_list_with(var, "maybe");
        assert!(!out.status.success(), "{var}=maybe must be refused");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("maybe") && stderr.contains("yes/no"),
            "{stderr}"
        );
    }
}
