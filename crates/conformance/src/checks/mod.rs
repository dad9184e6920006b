//! The checks, in the order they run: health and sign-in, the session and its refusals,
//! the documented reads, the optional parts a backend declares, then the socket and the
//! idempotent send (which writes one internal note).

mod cors;
mod live;
mod messages;
mod optional;
mod reads;
mod refresh;
mod resume;
mod send;
mod session;
mod slow;

use crate::http::{Auth, Http, Reply};
use crate::schema::Spec;
use crate::{Options, Outcome, Report, Verdict};

/// A check's result: passed (with an optional remark) or failed (why).
pub(crate) type Check = Result<Option<String>, String>;

/// What the checks share: the client, the token, what earlier checks learned, the report.
pub(crate) struct Ctx<'a> {
    pub spec: &'static Spec,
    pub http: Http,
    pub options: Options,
    pub token: Option<String>,
    /// `Session.capabilities` as the backend declares it (`None`: absent, all offered).
    pub capabilities: Option<Vec<String>>,
    /// The conversation the per-conversation checks (and the note) use.
    pub conversation: Option<i64>,
    /// Its contact.
    pub contact: Option<i64>,
    /// Its contact's name (for the contact search).
    pub contact_name: Option<String>,
    pub report: Report,
    line: Box<dyn FnMut(&Outcome) + 'a>,
}

impl Ctx<'_> {
    /// Records a check's result.
    pub fn record(&mut self, name: &str, result: Check) {
        let verdict = match result {
            Ok(note) => Verdict::Pass(note),
            Err(why) => Verdict::Fail(why),
        };
        self.push(name, verdict);
    }

    pub(crate) fn push(&mut self, name: &str, verdict: Verdict) {
        let outcome = Outcome {
            name: name.to_owned(),
            verdict,
        };
        (self.line)(&outcome);
        self.report.outcomes.push(outcome);
    }

    /// Whether the backend declares a capability (all of them when it lists none).
    pub fn offers(&self, capability: &str) -> bool {
        self.capabilities
            .as_ref()
            .is_none_or(|list| list.iter().any(|c| c == capability))
    }

    /// Records a check of an undeclared optional part as skipped.
    pub fn skip(&mut self, name: &str, capability: &str) {
        self.push(
            name,
            Verdict::Skipped(format!("`{capability}` not declared")),
        );
    }

    /// Records an optional part a backend without a capability list answers 404 for.
    pub fn not_offered(&mut self, name: &str) {
        self.push(name, Verdict::Skipped("404: not offered".into()));
    }

    /// The token, or why a check cannot run.
    pub fn token(&self) -> Result<String, String> {
        self.token
            .clone()
            .ok_or_else(|| "not run: no token (sign-in failed)".to_owned())
    }

    /// The conversation under test, or why a check cannot run.
    pub fn conversation(&self) -> Result<i64, String> {
        self.conversation
            .ok_or_else(|| "not run: the backend lists no conversation to check".to_owned())
    }

    /// The contact under test, or why a check cannot run.
    pub fn contact(&self) -> Result<i64, String> {
        self.contact
            .ok_or_else(|| "not run: no contact (conversation-detail failed)".to_owned())
    }

    /// A `GET` with the token.
    pub async fn get(&self, path: &str) -> Result<Reply, String> {
        let token = self.token()?;
        self.http
            .call("GET", path, Auth::Bearer(&token), None)
            .await
    }

    /// A `POST` with the token and a JSON body (or none).
    pub async fn post(
        &self,
        path: &str,
        body: Option<&serde_json::Value>,
    ) -> Result<Reply, String> {
        let token = self.token()?;
        self.http
            .call("POST", path, Auth::Bearer(&token), body)
            .await
    }
}

/// Runs every check.
pub(crate) async fn run(options: &Options, line: impl FnMut(&Outcome)) -> Report {
    let mut ctx = Ctx {
        spec: Spec::embedded(),
        http: Http::new(&options.url),
        options: options.clone(),
        token: None,
        capabilities: None,
        conversation: options.conversation,
        contact: None,
        contact_name: None,
        report: Report::default(),
        line: Box::new(line),
    };
    session::health_and_sign_in(&mut ctx).await;
    // The slow socket checks wait on timers (first heartbeat, the silent socket's close):
    // they run beside everything else.
    let slow = slow::start_slow(&ctx);
    session::session(&mut ctx).await;
    refresh::run(&mut ctx).await;
    cors::run(&mut ctx).await;
    reads::conversations(&mut ctx).await;
    reads::conversation(&mut ctx).await;
    messages::messages(&mut ctx).await;
    optional::run(&mut ctx).await;
    live::run(&mut ctx).await;
    slow::finish_slow(&mut ctx, slow).await;
    ctx.report
}
