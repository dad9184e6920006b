//! The one way every boolean flag and `SWITCHBOARD_*` variable of the server is written.
//!
//! Deployments set these from shells, `.env` files, systemd units and container
//! manifests, each with its own habit (`1`, `true`, `yes`, `on`). clap's own `bool`
//! parser takes only `true`/`false`, so `SWITCHBOARD_FAULT_ADMIN=1` stopped the server at
//! start while `SWITCHBOARD_DEMO=1` worked: every boolean goes through [`parse`] instead,
//! with the clap attributes spelled out at each flag:
//!
//! ```text
//! #[arg(long, env = "SWITCHBOARD_X", action = ArgAction::Set, num_args = 0..=1,
//!       default_value = "false", default_missing_value = "true", value_parser = boolean::parse)]
//! ```
//!
//! so `--x` alone means true, and `--x=VALUE` or the variable take any form below.

/// `1/0`, `true/false`, `yes/no`, `on/off`, in any case and with surrounding spaces; an
/// empty value is false (a variable set to nothing). Anything else is refused with the
/// forms that work.
pub fn parse(s: &str) -> Result<bool, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Ok(true),
        "0" | "false" | "no" | "off" | "" => Ok(false),
        other => Err(format!(
            "not a boolean: {other:?} (use 1/0, true/false, yes/no or on/off)"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn every_form_in_any_case() {
        for yes in ["1", "true", "TRUE", "True", "yes", "YES", "on", "On", " 1 "] {
            assert_eq!(parse(yes), Ok(true), "{yes:?}");
        }
        for no in ["0", "false", "FALSE", "no", "No", "off", "OFF", "", "  "] {
            assert_eq!(parse(no), Ok(false), "{no:?}");
        }
        for bad in ["2", "y", "enable", "truthy", "-1"] {
            let e = parse(bad).unwrap_err();
            assert!(e.contains("yes/no"), "{bad:?}: {e}");
        }
    }
}
