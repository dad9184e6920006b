//! `switchboard-server`: parses the flags, starts the server, prints the one start-up line
//! on stdout (after the listener is bound) and stops gracefully on Ctrl-C or SIGTERM.
//! With a subcommand (`agent …`, `device …`, `csp`, see `switchboard_server::cli`) it runs that instead and
//! exits: 0 on success, 1 with the reason on stderr otherwise.

use clap::Parser;
use switchboard_server::{start, Config};

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let config = Config::parse();
    if let Some(command) = &config.command {
        let done = switchboard_server::cli::run_command(
            &config,
            command,
            &mut std::io::stdin().lock(),
            &mut std::io::stdout().lock(),
        );
        if let Err(message) = done {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
        return Ok(());
    }
    let running = start(&config).await?;
    println!("Switchboard is running at http://{}/", running.addr);
    if config.simulate {
        eprintln!(
            "simulated customers write every {} ms",
            config.simulate_every_ms
        );
    }
    stop_signal().await;
    eprintln!("shutting down");
    running.stop().await
}

/// Resolves on Ctrl-C, or on SIGTERM where there is one.
async fn stop_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    {
        let term = async {
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(mut s) => {
                    s.recv().await;
                }
                Err(_) => std::future::pending().await,
            }
        };
        tokio::select! {
            () = ctrl_c => {}
            () = term => {}
        }
    }
    #[cfg(not(unix))]
    ctrl_c.await;
}
