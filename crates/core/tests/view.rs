//! The chat-list view rules: mailboxes, every filter, combinations, search, and each sort
//! with its edges.

mod fixtures;

use fixtures::*;
use switchboard_core::view::{compare, matches, Verdict, ViewContext};
use switchboard_core::ConversationIndex;
use switchboard_protocol::*;

const ME: AgentId = AgentId(1);

fn ctx(views: &[CustomView]) -> ViewContext<'_> {
    ViewContext { me: ME, views }
}

fn q(mailbox: Mailbox, filter: ConversationFilter) -> ConversationQuery {
    ConversationQuery {
        mailbox,
        filter,
        ..ConversationQuery::default()
    }
}

fn verdict(query: &ConversationQuery, c: &ConversationSummary) -> Verdict {
    matches(query, c, ctx(&[]))
}

#[test]
fn mailboxes() {
    let mut mine = conv(1, 0, 0);
    mine.assignee = Some(ME);
    let mut operator = conv(2, 0, 0);
    operator.assignee = Some(AgentId(2));
    operator.operators = vec![ME];
    let mut other = conv(3, 0, 0);
    other.assignee = Some(AgentId(2));
    other.team = Some(TeamId(7));
    let nobody = conv(4, 0, 0);
    let mut blocked = conv(5, 0, 0);
    blocked.contact_blocked = true;
    let all = [&mine, &operator, &other, &nobody, &blocked];
    let ids = |m: Mailbox| -> Vec<i64> {
        all.iter()
            .filter(|c| verdict(&q(m, ConversationFilter::default()), c) == Verdict::In)
            .map(|c| c.id.0)
            .collect()
    };
    assert_eq!(
        ids(Mailbox::All),
        [1, 2, 3, 4],
        "blocked contacts only in their mailbox"
    );
    assert_eq!(ids(Mailbox::Mine), [1, 2], "assignee or operator");
    assert_eq!(ids(Mailbox::Unassigned), [4]);
    assert_eq!(ids(Mailbox::Team(TeamId(7))), [3]);
    assert_eq!(ids(Mailbox::Blocked), [5]);
    assert_eq!(
        ids(Mailbox::View(ViewId(9))),
        Vec::<i64>::new(),
        "unknown view shows nothing"
    );
}

#[test]
fn custom_views_apply_their_filter_and_the_query_filter() {
    let view = CustomView {
        id: ViewId(3),
        name: "VIP on Viber".into(),
        owner: AgentId(2),
        shared: true,
        filter: ConversationFilter {
            channels: vec![Channel::Viber],
            tags: vec!["vip".into()],
            ..ConversationFilter::default()
        },
    };
    let mut c = conv(1, 0, 0);
    c.channel = Channel::Viber;
    c.tags = vec!["VIP".into()];
    let views = [view];
    let query = q(Mailbox::View(ViewId(3)), ConversationFilter::default());
    assert_eq!(
        matches(&query, &c, ctx(&views)),
        Verdict::In,
        "tags compare without case"
    );
    let closed_only = q(
        Mailbox::View(ViewId(3)),
        ConversationFilter {
            status: vec![ConversationStatus::Closed],
            ..ConversationFilter::default()
        },
    );
    assert_eq!(matches(&closed_only, &c, ctx(&views)), Verdict::Out);
    c.channel = Channel::Telegram;
    assert_eq!(matches(&query, &c, ctx(&views)), Verdict::Out);
}

#[test]
fn each_filter_and_their_combination() {
    let mut c = conv(1, 0, 2);
    c.status = ConversationStatus::InProgress;
    c.channel = Channel::Whatsapp;
    c.assignee = Some(AgentId(4));
    c.tags = vec!["refund".into()];
    let f = |f: ConversationFilter| verdict(&q(Mailbox::All, f), &c);
    let base = ConversationFilter::default;
    assert_eq!(f(base()), Verdict::In);
    let status = |s: Vec<ConversationStatus>| ConversationFilter {
        status: s,
        ..base()
    };
    assert_eq!(
        f(status(vec![
            ConversationStatus::Open,
            ConversationStatus::InProgress
        ])),
        Verdict::In
    );
    assert_eq!(f(status(vec![ConversationStatus::Closed])), Verdict::Out);
    assert_eq!(
        f(ConversationFilter {
            unanswered: true,
            ..base()
        }),
        Verdict::In
    );
    assert_eq!(
        f(ConversationFilter {
            channels: vec![Channel::Viber],
            ..base()
        }),
        Verdict::Out
    );
    assert_eq!(
        f(ConversationFilter {
            operators: vec![AgentId(4), AgentId(9)],
            ..base()
        }),
        Verdict::In
    );
    assert_eq!(
        f(ConversationFilter {
            operators: vec![AgentId(9)],
            ..base()
        }),
        Verdict::Out
    );
    assert_eq!(
        f(ConversationFilter {
            tags: vec!["vip".into()],
            ..base()
        }),
        Verdict::Out
    );
    assert_eq!(
        f(ConversationFilter {
            archived: true,
            ..base()
        }),
        Verdict::Out,
        "archive is a switch"
    );
    let all_at_once = ConversationFilter {
        status: vec![ConversationStatus::InProgress],
        unanswered: true,
        channels: vec![Channel::Whatsapp, Channel::Email],
        operators: vec![AgentId(4)],
        tags: vec!["refund".into(), "vip".into()],
        archived: false,
        q: String::new(),
    };
    assert_eq!(f(all_at_once.clone()), Verdict::In);
    c.unanswered = false;
    assert_eq!(
        verdict(&q(Mailbox::All, all_at_once), &c),
        Verdict::Out,
        "one rule failing is enough"
    );
}

#[test]
fn search_is_decided_locally_only_when_the_summary_matches() {
    let mut c = conv(1, 0, 0);
    c.contact.name = "Olena Kovalenko".into();
    let search = |text: &str| ConversationFilter {
        q: text.into(),
        ..ConversationFilter::default()
    };
    assert_eq!(verdict(&q(Mailbox::All, search("olena")), &c), Verdict::In);
    // Might match the phone, email or an older message: the server decides.
    assert_eq!(
        verdict(&q(Mailbox::All, search("+380")), &c),
        Verdict::Unknown
    );
    c.status = ConversationStatus::Closed;
    let closed_filter = ConversationFilter {
        status: vec![ConversationStatus::Open],
        ..search("+380")
    };
    assert_eq!(
        verdict(&q(Mailbox::All, closed_filter), &c),
        Verdict::Out,
        "other rules still exclude"
    );
}

fn order(sort: Sort, items: &[ConversationSummary]) -> Vec<i64> {
    let mut idx = ConversationIndex::default();
    for c in items {
        idx.upsert(c.clone());
    }
    idx.sorted(sort).iter().map(|c| c.id.0).collect()
}

#[test]
fn sorts_with_their_edges() {
    let mut a = conv(1, 10, 0);
    a.status_since = Some(at(5));
    let mut b = conv(2, 30, 0);
    b.status_since = Some(at(1));
    let mut c = conv(3, 10, 0); // same last activity as 1: ties by id
    c.status_since = Some(at(5)); // same status time as 1
    let d = conv(4, 20, 0); // no status_since: its last activity (20) counts
    let items = [a.clone(), b.clone(), c.clone(), d.clone()];
    assert_eq!(order(Sort::Newest, &items), [2, 4, 3, 1]);
    assert_eq!(order(Sort::Oldest, &items), [1, 3, 4, 2]);
    assert_eq!(order(Sort::Longest, &items), [2, 1, 3, 4]);
    assert_eq!(order(Sort::Shortest, &items), [4, 3, 1, 2]);
    // Each order is the exact reverse of its opposite: no two rows compare equal.
    for (x, y) in [
        (Sort::Newest, Sort::Oldest),
        (Sort::Longest, Sort::Shortest),
    ] {
        let mut reversed = order(y, &items);
        reversed.reverse();
        assert_eq!(order(x, &items), reversed);
    }
    assert_eq!(compare(Sort::Newest, &a, &a), std::cmp::Ordering::Equal);
}

#[test]
fn rows_and_tab_counts_follow_the_view() {
    use switchboard_core::list_view::{rows, tab_counts};
    let mut idx = ConversationIndex::default();
    let mut a = conv(1, 10, 1);
    a.status = ConversationStatus::Open;
    let mut b = conv(2, 20, 0);
    b.status = ConversationStatus::Closed;
    let mut c = conv(3, 30, 2);
    c.status = ConversationStatus::Open;
    c.assignee = Some(ME);
    let mut d = conv(4, 40, 0);
    d.status = ConversationStatus::Snoozed;
    d.contact_blocked = true;
    for x in [a, b, c, d] {
        idx.upsert(x);
    }
    let open = q(
        Mailbox::All,
        ConversationFilter {
            status: vec![ConversationStatus::Open],
            ..ConversationFilter::default()
        },
    );
    let ids: Vec<i64> = rows(&idx, &open, ctx(&[])).iter().map(|i| i.0).collect();
    assert_eq!(ids, [3, 1]);
    let counts = tab_counts(&idx, &open, ctx(&[]));
    assert_eq!(
        (counts.all, counts.open, counts.closed, counts.snoozed),
        (3, 2, 1, 0)
    );
    assert_eq!(counts.of(Some(ConversationStatus::Open)), 2);
    assert_eq!(counts.of(None), 3);
    let mine = q(Mailbox::Mine, ConversationFilter::default());
    assert_eq!(tab_counts(&idx, &mine, ctx(&[])).all, 1);
    let unanswered = q(
        Mailbox::All,
        ConversationFilter {
            unanswered: true,
            ..ConversationFilter::default()
        },
    );
    let ids: Vec<i64> = rows(&idx, &unanswered, ctx(&[]))
        .iter()
        .map(|i| i.0)
        .collect();
    assert_eq!(ids, [3, 1]);
    let oldest = ConversationQuery {
        sort: Sort::Oldest,
        ..ConversationQuery::default()
    };
    let ids: Vec<i64> = rows(&idx, &oldest, ctx(&[])).iter().map(|i| i.0).collect();
    assert_eq!(ids, [1, 2, 3], "blocked contacts stay out of All");
}

#[test]
fn chips_list_the_active_filters_and_remove_them_one_by_one() {
    use switchboard_core::list_view::{chips, remove, toggle, Chip};
    let mut f = ConversationFilter::default();
    toggle(&mut f.channels, Channel::Viber);
    toggle(&mut f.tags, "vip".to_owned());
    f.status = vec![ConversationStatus::Open];
    assert_eq!(
        chips(&f),
        [Chip::Channel(Channel::Viber), Chip::Tag("vip".into())],
        "a single status is the tab, not a chip"
    );
    f.status.push(ConversationStatus::Snoozed);
    f.archived = true;
    f.operators = vec![AgentId(3)];
    let all = chips(&f);
    assert_eq!(all.len(), 6);
    for chip in all {
        remove(&mut f, &chip);
    }
    assert_eq!(
        f,
        ConversationFilter::default(),
        "every chip removes its own filter"
    );
    toggle(&mut f.channels, Channel::Viber);
    toggle(&mut f.channels, Channel::Viber);
    assert!(f.channels.is_empty(), "toggling twice leaves nothing");
}
