use super::*;
use std::collections::BTreeMap;
use switchboard_protocol::{Channel, Sort, TeamId};

const ME: AgentId = AgentId(1);
const OTHER: AgentId = AgentId(2);

fn team(id: i64, name: &str) -> Team {
    Team {
        id: TeamId(id),
        name: name.into(),
        members: Vec::new(),
    }
}

fn view(id: i64, name: &str, owner: AgentId, shared: bool) -> CustomView {
    CustomView {
        id: ViewId(id),
        name: name.into(),
        owner,
        shared,
        filter: ConversationFilter::default(),
    }
}

fn counts(pairs: &[(&str, u32)]) -> ConversationCounts {
    ConversationCounts {
        mailboxes: pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), *v))
            .collect::<BTreeMap<_, _>>(),
        ..ConversationCounts::default()
    }
}

fn input<'a>(
    teams: &'a [Team],
    views: &'a [CustomView],
    counts: Option<&'a ConversationCounts>,
    current: Mailbox,
) -> MenuInput<'a> {
    MenuInput {
        teams,
        views,
        me: ME,
        counts,
        blocked: counts.is_some_and(offers_blocked),
        mentions: false,
        current,
    }
}

/// A section as (group, [(mailbox wire name, count)]).
type Shape = (Group, Vec<(String, Option<u32>)>);

fn shape(sections: &[Section]) -> Vec<Shape> {
    sections
        .iter()
        .map(|s| {
            (
                s.group,
                s.entries
                    .iter()
                    .map(|e| (e.mailbox.to_string(), e.count))
                    .collect(),
            )
        })
        .collect()
}

#[test]
fn groups_teams_my_views_and_shared_views_with_their_counts() {
    let teams = [team(1, "Sales"), team(3, "Support")];
    let views = [
        view(5, "Hot leads", ME, false),
        view(6, "Team refunds", OTHER, true),
        view(7, "Shared by me", ME, true),
    ];
    let c = counts(&[
        ("all", 40),
        ("mine", 7),
        ("unassigned", 9),
        ("team:1", 12),
        ("team:3", 0),
        ("view:5", 2),
        ("view:6", 4),
    ]);
    let got = shape(&menu(input(&teams, &views, Some(&c), Mailbox::All)));
    let s = |m: &str, n: Option<u32>| (m.to_owned(), n);
    assert_eq!(
        got,
        vec![
            (
                Group::Inbox,
                vec![
                    s("all", Some(40)),
                    s("mine", Some(7)),
                    s("unassigned", Some(9))
                ]
            ),
            (
                Group::Teams,
                vec![s("team:1", Some(12)), s("team:3", Some(0))]
            ),
            // Shared or not, my own views are "mine"; a view not counted yet has no count.
            (
                Group::MyViews,
                vec![s("view:5", Some(2)), s("view:7", None)]
            ),
            (Group::SharedViews, vec![s("view:6", Some(4))]),
        ]
    );
    let names: Vec<Label> = menu(input(&teams, &views, Some(&c), Mailbox::All))[2]
        .entries
        .iter()
        .map(|e| e.label.clone())
        .collect();
    assert_eq!(
        names,
        [
            Label::Name("Hot leads".into()),
            Label::Name("Shared by me".into())
        ]
    );
}

#[test]
fn blocked_is_offered_exactly_when_the_counts_list_it() {
    let with = counts(&[("all", 3), ("blocked", 2)]);
    let without = counts(&[("all", 3)]);
    let last = |s: Vec<Section>| s.last().map(|s| s.group);
    assert!(offers_blocked(&with));
    assert!(!offers_blocked(&without));
    assert_eq!(
        last(menu(input(&[], &[], Some(&with), Mailbox::All))),
        Some(Group::Blocked)
    );
    assert_eq!(
        menu(input(&[], &[], Some(&with), Mailbox::All))
            .last()
            .map(|s| s.entries[0].count),
        Some(Some(2))
    );
    assert_eq!(
        last(menu(input(&[], &[], Some(&without), Mailbox::All))),
        Some(Group::Inbox)
    );
    assert_eq!(
        last(menu(input(&[], &[], None, Mailbox::All))),
        Some(Group::Inbox)
    );
}

#[test]
fn the_current_mailbox_is_always_an_entry() {
    // A view from a link, before the views are loaded (or after it is gone).
    let got = menu(input(&[], &[], None, Mailbox::View(ViewId(9))));
    let views = got.iter().find(|s| s.group == Group::MyViews).unwrap();
    assert_eq!(views.entries[0].mailbox, Mailbox::View(ViewId(9)));
    assert_eq!(views.entries[0].label, Label::Msg(Msg::MailboxGone));
    // A team that no longer exists.
    let got = menu(input(
        &[team(1, "Sales")],
        &[],
        None,
        Mailbox::Team(TeamId(4)),
    ));
    let teams = got.iter().find(|s| s.group == Group::Teams).unwrap();
    assert_eq!(teams.entries.len(), 2);
    assert_eq!(teams.entries[1].mailbox, Mailbox::Team(TeamId(4)));
    // Blocked from a link while the counts load.
    let got = menu(input(&[], &[], None, Mailbox::Blocked));
    assert_eq!(got.last().unwrap().entries[0].mailbox, Mailbox::Blocked);
    // A listed one is not repeated.
    let v = [view(9, "Mine", ME, false)];
    let got = menu(input(&[], &v, None, Mailbox::View(ViewId(9))));
    let n = got
        .iter()
        .flat_map(|s| &s.entries)
        .filter(|e| e.mailbox == Mailbox::View(ViewId(9)))
        .count();
    assert_eq!(n, 1);
}

#[test]
fn only_named_groups_have_titles() {
    assert_eq!(Group::Inbox.title(), None);
    assert_eq!(Group::Blocked.title(), None);
    assert_eq!(Group::Teams.title(), Some(Msg::MailboxTeams));
    assert_eq!(Group::MyViews.title(), Some(Msg::MailboxMyViews));
    assert_eq!(Group::SharedViews.title(), Some(Msg::MailboxSharedViews));
}

fn telegram_open() -> ConversationQuery {
    let mut q = ConversationQuery::default();
    q.filter.channels = vec![Channel::Telegram];
    q.filter.q = "refund".into();
    q.sort = Sort::Oldest;
    q
}

#[test]
fn a_new_view_saves_the_filters_under_a_trimmed_name() {
    let v = new_view("  Telegram refunds ", true, &telegram_open(), ME, &[]).unwrap();
    assert_eq!(v.name, "Telegram refunds");
    assert!(v.shared);
    assert_eq!(v.filter, telegram_open().filter);
}

#[test]
fn view_names_must_be_one_to_eighty_characters() {
    let q = ConversationQuery::default();
    assert_eq!(new_view("   ", false, &q, ME, &[]), Err(NameProblem::Empty));
    // Characters, not bytes: 80 Cyrillic letters are fine.
    let long = "я".repeat(VIEW_NAME_MAX);
    assert_eq!(new_view(&long, false, &q, ME, &[]).unwrap().name, long);
    let longer = format!("{long}яя");
    assert_eq!(
        new_view(&longer, false, &q, ME, &[]),
        Err(NameProblem::TooLong { over: 2 })
    );
    assert_eq!(NameProblem::Empty.msg(), Msg::ErrViewNameEmpty);
    assert_eq!(
        NameProblem::TooLong { over: 1 }.msg(),
        Msg::ErrViewNameTooLong
    );
}

#[test]
fn my_own_view_names_do_not_repeat_but_others_may() {
    let q = ConversationQuery::default();
    let views = [view(1, "Hot leads", ME, false), view(2, "VIP", OTHER, true)];
    assert_eq!(
        new_view("hot LEADS ", false, &q, ME, &views),
        Err(NameProblem::Taken)
    );
    assert_eq!(NameProblem::Taken.msg(), Msg::ErrViewNameTaken);
    assert!(new_view("VIP", false, &q, ME, &views).is_ok());
}

#[test]
fn the_mine_mailbox_is_saved_as_operator_me() {
    let mut q = telegram_open();
    q.mailbox = Mailbox::Mine;
    assert_eq!(
        new_view("Mine", false, &q, ME, &[])
            .unwrap()
            .filter
            .operators,
        [ME]
    );
    // Operators already chosen: they are kept as they are.
    q.filter.operators = vec![OTHER];
    assert_eq!(
        new_view("Theirs", false, &q, ME, &[])
            .unwrap()
            .filter
            .operators,
        [OTHER]
    );
    // Other mailboxes add nothing.
    q.mailbox = Mailbox::Unassigned;
    q.filter.operators.clear();
    assert!(new_view("U", false, &q, ME, &[])
        .unwrap()
        .filter
        .operators
        .is_empty());
}

#[test]
fn showing_a_new_view_replaces_the_filters_and_keeps_the_sort() {
    let mut q = telegram_open();
    q.limit = Some(50);
    q.cursor = Some("x".into());
    let got = showing_view(&q, ViewId(8));
    assert_eq!(got.mailbox, Mailbox::View(ViewId(8)));
    assert_eq!(got.filter, ConversationFilter::default());
    assert_eq!(got.sort, Sort::Oldest);
    assert_eq!((got.limit, got.cursor.as_deref()), (None, None));
    assert_eq!(got.to_query(), "mailbox=view:8&sort=oldest");
}

#[test]
fn deleting_the_shown_view_goes_back_to_all_and_keeps_the_filters() {
    let mut q = telegram_open();
    q.mailbox = Mailbox::View(ViewId(8));
    let got = without_view(&q, ViewId(8)).unwrap();
    assert_eq!(got.mailbox, Mailbox::All);
    assert_eq!(got.filter, q.filter);
    assert_eq!(without_view(&q, ViewId(9)), None);
}

#[test]
fn only_my_own_shown_view_may_be_deleted() {
    let views = [view(1, "Mine", ME, false), view(2, "Theirs", OTHER, true)];
    let mut q = ConversationQuery {
        mailbox: Mailbox::View(ViewId(1)),
        ..ConversationQuery::default()
    };
    assert_eq!(
        my_current_view(&q, ME, &views).map(|v| v.id),
        Some(ViewId(1))
    );
    q.mailbox = Mailbox::View(ViewId(2));
    assert_eq!(my_current_view(&q, ME, &views), None);
    q.mailbox = Mailbox::Mine;
    assert_eq!(my_current_view(&q, ME, &views), None);
}

#[test]
fn mentions_follows_unassigned_with_its_count_when_offered() {
    let c = counts(&[("all", 9), ("mine", 2), ("unassigned", 1), ("mentions", 3)]);
    let offered = MenuInput {
        mentions: true,
        ..input(&[], &[], Some(&c), Mailbox::All)
    };
    let inbox = &shape(&menu(offered))[0];
    assert_eq!(inbox.0, Group::Inbox);
    assert_eq!(
        inbox.1.last(),
        Some(&("mentions".to_owned(), Some(3))),
        "{inbox:?}"
    );
    // Not offered: no entry, unless the URL names it.
    let hidden = menu(input(&[], &[], Some(&c), Mailbox::All));
    assert!(!shape(&hidden)[0].1.iter().any(|(m, _)| m == "mentions"));
    let named = menu(input(&[], &[], Some(&c), Mailbox::Mentions));
    let entry = &named[0].entries[3];
    assert_eq!(entry.mailbox, Mailbox::Mentions);
    assert_eq!(entry.label, Label::Msg(Msg::MailboxMentions));
}
