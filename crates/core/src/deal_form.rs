//! Editing a conversation's deal: stage on its pipeline, line (1 or 2), channel, amount.
//!
//! The form holds what the agent typed; [`deal_update`] turns it into the body of
//! `PUT /conversations/{id}/deal` or says what is wrong, by the server's own rules
//! (`crates/server/src/db/deals.rs`: the stage one of the pipeline's, the line 1 or 2, the
//! amount not negative, the currency three capital letters). Checking here first lets the
//! agent fix the form without a round trip; the server's refusal is still shown if it
//! comes.
//!
//! Amounts are typed the way people write money: `1250`, `1250.5`, `1 250,50`,
//! `1,250.50`, `1.250,50`. A separator followed by one or two digits at the end is the
//! decimal one; every other `.`, `,`, space or apostrophe groups thousands.

use switchboard_protocol::{Channel, Deal, DealUpdate, Pipeline, PipelineId};

/// The largest amount accepted, in minor units (a hundred billion in major units): far
/// above any real deal, far below `i64::MAX`, so sums of deals cannot overflow.
pub const MAX_AMOUNT_MINOR: i64 = 10_000_000_000_000;

/// What is wrong with a deal form (one field at a time, in form order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DealProblem {
    /// No pipeline is chosen, or it is not one of the workspace's.
    UnknownPipeline,
    /// The stage is not one of the pipeline's.
    UnknownStage,
    /// The line is not 1 or 2.
    BadLine,
    /// The channel is not one the app knows.
    UnknownChannel,
    /// The amount is empty or not a number with at most two decimals.
    AmountUnreadable,
    /// The amount is below zero.
    AmountNegative,
    /// The amount is above [`MAX_AMOUNT_MINOR`].
    AmountTooLarge,
    /// The currency is not three capital letters.
    BadCurrency,
}

/// The deal form as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DealForm {
    /// The chosen pipeline.
    pub pipeline: Option<PipelineId>,
    /// The chosen stage.
    pub stage: String,
    /// The line, as the select gives it (`"1"`, `"2"`).
    pub line: String,
    /// The channel's wire name, or empty for none.
    pub channel: String,
    /// The amount, as typed.
    pub amount: String,
    /// The currency, as typed.
    pub currency: String,
}

impl DealForm {
    /// The form for an existing deal, or a new one on the first pipeline's first stage.
    pub fn from_deal(deal: Option<&Deal>, pipelines: &[Pipeline], default_currency: &str) -> Self {
        match deal {
            Some(d) => DealForm {
                pipeline: Some(d.pipeline),
                stage: d.stage.clone(),
                line: d.line.to_string(),
                channel: d.channel.map(|c| c.as_str().to_owned()).unwrap_or_default(),
                amount: format_amount(d.amount_minor),
                currency: d.currency.clone(),
            },
            None => {
                let first = pipelines.first();
                DealForm {
                    pipeline: first.map(|p| p.id),
                    stage: first
                        .and_then(|p| p.stages.first().cloned())
                        .unwrap_or_default(),
                    line: "1".into(),
                    channel: String::new(),
                    amount: String::new(),
                    currency: default_currency.to_owned(),
                }
            }
        }
    }

    /// Switches to `pipeline`: the stage stays when the new pipeline has it, else it
    /// becomes the new pipeline's first.
    pub fn choose_pipeline(&mut self, pipeline: PipelineId, pipelines: &[Pipeline]) {
        self.pipeline = Some(pipeline);
        if let Some(p) = pipelines.iter().find(|p| p.id == pipeline) {
            if !p.stages.contains(&self.stage) {
                self.stage = p.stages.first().cloned().unwrap_or_default();
            }
        }
    }
}

/// The body of `PUT /conversations/{id}/deal` for `form`, or the first problem.
pub fn deal_update(form: &DealForm, pipelines: &[Pipeline]) -> Result<DealUpdate, DealProblem> {
    let pipeline = form
        .pipeline
        .and_then(|id| pipelines.iter().find(|p| p.id == id))
        .ok_or(DealProblem::UnknownPipeline)?;
    if !pipeline.stages.contains(&form.stage) {
        return Err(DealProblem::UnknownStage);
    }
    let line = match form.line.trim() {
        "1" => 1,
        "2" => 2,
        _ => return Err(DealProblem::BadLine),
    };
    let channel = match form.channel.trim() {
        "" => None,
        c => Some(
            Channel::ALL
                .into_iter()
                .find(|k| k.as_str() == c)
                .ok_or(DealProblem::UnknownChannel)?,
        ),
    };
    let amount_minor = parse_amount(&form.amount)?;
    let currency = form.currency.trim().to_ascii_uppercase();
    if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(DealProblem::BadCurrency);
    }
    Ok(DealUpdate {
        pipeline: pipeline.id,
        stage: form.stage.clone(),
        line,
        channel,
        amount_minor,
        currency,
    })
}

/// Reads an amount in major units (`"1 250,50"`) as minor units (`125050`).
pub fn parse_amount(typed: &str) -> Result<i64, DealProblem> {
    let t = typed.trim();
    let (negative, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    // Grouping characters that are never decimal separators.
    let t: String = t
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\''))
        .collect();
    if t.is_empty()
        || !t
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(DealProblem::AmountUnreadable);
    }
    // The decimal separator: the last `.` or `,`, when one or two digits follow it.
    let (whole, fraction) = match t.rfind(['.', ',']) {
        Some(i) if (2..=3).contains(&(t.len() - i)) => (&t[..i], &t[i + 1..]),
        _ => (t.as_str(), ""),
    };
    if fraction.contains(['.', ',']) {
        return Err(DealProblem::AmountUnreadable);
    }
    // What is left of the separators groups thousands: three digits after each.
    let mut groups = whole.split(['.', ',']);
    let first = groups.next().unwrap_or_default();
    let rest: Vec<&str> = groups.collect();
    // An empty whole part only in `,5` (no groups, a fraction).
    let whole_ok = !first.is_empty() || (rest.is_empty() && !fraction.is_empty());
    if !whole_ok || rest.iter().any(|g| g.len() != 3) {
        return Err(DealProblem::AmountUnreadable);
    }
    let digits: String = std::iter::once(first).chain(rest).collect();
    let whole: i64 = if digits.is_empty() {
        0
    } else {
        digits.parse().map_err(|_| DealProblem::AmountTooLarge)?
    };
    let cents: i64 = match fraction.len() {
        0 => 0,
        1 => {
            fraction
                .parse::<i64>()
                .map_err(|_| DealProblem::AmountUnreadable)?
                * 10
        }
        _ => fraction
            .parse()
            .map_err(|_| DealProblem::AmountUnreadable)?,
    };
    let minor = whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .ok_or(DealProblem::AmountTooLarge)?;
    if negative && minor > 0 {
        return Err(DealProblem::AmountNegative);
    }
    if minor > MAX_AMOUNT_MINOR {
        return Err(DealProblem::AmountTooLarge);
    }
    Ok(minor)
}

/// Minor units as the amount field shows them: `125050` → `"1250.50"`, `1200` → `"12"`.
pub fn format_amount(minor: i64) -> String {
    let (whole, cents) = (minor / 100, (minor % 100).abs());
    let sign = if minor < 0 && whole == 0 { "-" } else { "" };
    if cents == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{cents:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use switchboard_protocol::ConversationId;

    fn pipelines() -> Vec<Pipeline> {
        vec![
            Pipeline {
                id: PipelineId(1),
                name: "Sales".into(),
                stages: vec!["New lead".into(), "Qualified".into(), "Won".into()],
            },
            Pipeline {
                id: PipelineId(2),
                name: "Wholesale".into(),
                stages: vec!["New lead".into(), "Samples sent".into()],
            },
        ]
    }

    fn form() -> DealForm {
        DealForm {
            pipeline: Some(PipelineId(1)),
            stage: "Qualified".into(),
            line: "2".into(),
            channel: "viber".into(),
            amount: "1 250,50".into(),
            currency: "eur".into(),
        }
    }

    #[test]
    fn reads_amounts_as_people_write_them() {
        for (typed, minor) in [
            ("0", 0),
            ("1250", 125_000),
            ("1250.5", 125_050),
            ("1250,50", 125_050),
            ("1 250,50", 125_050),
            ("1\u{a0}250.50", 125_050),
            ("1,250.50", 125_050),
            ("1.250,50", 125_050),
            ("1'250.50", 125_050),
            ("1,250", 125_000),
            ("1.250.000", 125_000_000),
            (" 7 ", 700),
            (",5", 50),
            ("-0", 0),
        ] {
            assert_eq!(parse_amount(typed), Ok(minor), "{typed:?}");
        }
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        for typed in [
            "", " ", "abc", "12a", "1.2.3", "1,25,0", "1.2345", "12..5", ".",
        ] {
            assert_eq!(
                parse_amount(typed),
                Err(DealProblem::AmountUnreadable),
                "{typed:?}"
            );
        }
        assert_eq!(parse_amount("-5"), Err(DealProblem::AmountNegative));
        assert_eq!(parse_amount("- 1,50"), Err(DealProblem::AmountNegative));
        assert_eq!(
            parse_amount("100000000001"),
            Err(DealProblem::AmountTooLarge)
        );
        assert_eq!(
            parse_amount("99999999999999999999999"),
            Err(DealProblem::AmountTooLarge)
        );
        assert_eq!(parse_amount("100000000000"), Ok(MAX_AMOUNT_MINOR));
    }

    #[test]
    fn formats_amounts_for_the_field_and_reads_them_back() {
        assert_eq!(format_amount(125_050), "1250.50");
        assert_eq!(format_amount(125_000), "1250");
        assert_eq!(format_amount(5), "0.05");
        for minor in [0, 5, 99, 100, 125_050, MAX_AMOUNT_MINOR] {
            assert_eq!(parse_amount(&format_amount(minor)), Ok(minor));
        }
    }

    #[test]
    fn a_valid_form_becomes_the_put_body() {
        assert_eq!(
            deal_update(&form(), &pipelines()),
            Ok(DealUpdate {
                pipeline: PipelineId(1),
                stage: "Qualified".into(),
                line: 2,
                channel: Some(Channel::Viber),
                amount_minor: 125_050,
                currency: "EUR".into(),
            })
        );
        let none = DealForm {
            channel: String::new(),
            ..form()
        };
        assert_eq!(
            deal_update(&none, &pipelines()).map(|u| u.channel),
            Ok(None)
        );
    }

    #[test]
    fn each_bad_field_is_named() {
        let p = pipelines();
        let bad = |f: DealForm| deal_update(&f, &p).unwrap_err();
        assert_eq!(
            bad(DealForm {
                pipeline: Some(PipelineId(9)),
                ..form()
            }),
            DealProblem::UnknownPipeline
        );
        assert_eq!(
            bad(DealForm {
                pipeline: None,
                ..form()
            }),
            DealProblem::UnknownPipeline
        );
        // "Qualified" is a stage of Sales, not of Wholesale.
        assert_eq!(
            bad(DealForm {
                pipeline: Some(PipelineId(2)),
                ..form()
            }),
            DealProblem::UnknownStage
        );
        assert_eq!(
            bad(DealForm {
                line: "3".into(),
                ..form()
            }),
            DealProblem::BadLine
        );
        assert_eq!(
            bad(DealForm {
                channel: "pigeon".into(),
                ..form()
            }),
            DealProblem::UnknownChannel
        );
        assert_eq!(
            bad(DealForm {
                amount: "lots".into(),
                ..form()
            }),
            DealProblem::AmountUnreadable
        );
        assert_eq!(
            bad(DealForm {
                amount: "-1".into(),
                ..form()
            }),
            DealProblem::AmountNegative
        );
        assert_eq!(
            bad(DealForm {
                currency: "EURO".into(),
                ..form()
            }),
            DealProblem::BadCurrency
        );
        assert_eq!(
            bad(DealForm {
                currency: "E1R".into(),
                ..form()
            }),
            DealProblem::BadCurrency
        );
    }

    #[test]
    fn the_form_starts_from_the_deal_or_the_first_stage() {
        let deal = Deal {
            conversation_id: ConversationId(4),
            pipeline: PipelineId(2),
            stage: "Samples sent".into(),
            line: 2,
            channel: Some(Channel::Email),
            amount_minor: 99_900,
            currency: "UAH".into(),
        };
        let f = DealForm::from_deal(Some(&deal), &pipelines(), "EUR");
        assert_eq!(f.stage, "Samples sent");
        assert_eq!((f.line.as_str(), f.channel.as_str()), ("2", "email"));
        assert_eq!((f.amount.as_str(), f.currency.as_str()), ("999", "UAH"));
        let fresh = DealForm::from_deal(None, &pipelines(), "EUR");
        assert_eq!(fresh.pipeline, Some(PipelineId(1)));
        assert_eq!(
            (fresh.stage.as_str(), fresh.line.as_str()),
            ("New lead", "1")
        );
    }

    #[test]
    fn switching_pipelines_keeps_a_shared_stage_only() {
        let p = pipelines();
        let mut f = DealForm {
            stage: "New lead".into(),
            ..form()
        };
        f.choose_pipeline(PipelineId(2), &p);
        assert_eq!(f.stage, "New lead");
        let mut f = form();
        f.choose_pipeline(PipelineId(2), &p);
        assert_eq!(f.stage, "New lead", "Qualified is not on Wholesale");
    }
}
