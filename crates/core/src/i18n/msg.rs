//! The keys of the UI strings.

/// A UI string. Every variant has English text (`en.rs`, an exhaustive match).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
// Each variant's English text (en.rs) is its documentation.
pub enum Msg {
    // Landmarks and their parts (UI-CONTRACT.md).
    Conversations,
    SearchConversations,
    ConversationList,
    Conversation,
    Messages,
    ClientDetails,
    Contact,
    Deal,
    Tasks,
    Notes,
    Composer,
    MessageField,
    NoteField,
    Reply,
    Note,
    Send,
    CloseConversation,
    Snooze,
    Assign,
    MoreActions,
    Language,
    // Statuses and channels.
    StatusOpen,
    StatusInProgress,
    StatusClosed,
    StatusSnoozed,
    StatusOther,
    ChannelTelegram,
    ChannelWhatsapp,
    ChannelViber,
    ChannelInstagram,
    ChannelFacebook,
    ChannelEmail,
    ChannelWebchat,
    ChannelOther,
    // Empty and loading states.
    NoConversationSelected,
    NoConversationSelectedHint,
    NoConversations,
    NoMessages,
    Loading,
    LoadOlder,
    // Messages.
    InternalNote,
    Sending,
    Queued,
    NotSent,
    Retry,
    Delete,
    You,
    UnsupportedMessage,
    DeliverySent,
    DeliveryDelivered,
    DeliveryRead,
    DeliveryFailed,
    Agent,
    Customer,
    AiAgent,
    Bot,
    System,
    // Client panel.
    Name,
    Phone,
    Email,
    Account,
    Country,
    CustomerLanguage,
    Source,
    Tags,
    Created,
    Assignee,
    Unassigned,
    Stage,
    Amount,
    NoDeal,
    NoTasks,
    NoNotes,
    Channel,
    Status,
    // Connection.
    Connecting,
    Reconnecting,
    Live,
    // Errors.
    ErrNetwork,
    ErrUnauthorized,
    ErrForbidden,
    ErrNotFound,
    ErrInvalid,
    ErrConflict,
    ErrServer,
    ErrBadResponse,
    ErrEmptyMessage,
    ErrTooLong,
    ErrSignIn,
    ErrStorage,
    Dismiss,
    // Chat list controls.
    Mailbox,
    MailboxAll,
    MailboxMine,
    MailboxUnassigned,
    MailboxBlocked,
    StatusTabs,
    TabAll,
    Unanswered,
    Sort,
    SortNewest,
    SortOldest,
    SortLongestAny,
    SortShortestAny,
    SortLongestOpen,
    SortShortestOpen,
    SortLongestInProgress,
    SortShortestInProgress,
    SortLongestClosed,
    SortShortestClosed,
    SortLongestSnoozed,
    SortShortestSnoozed,
    ClearUnanswered,
    ErrBadLink,
    Filters,
    FilterChannels,
    FilterStatuses,
    FilterOperators,
    FilterTags,
    Archived,
    RemoveFilter,
    ClearFilters,
    ActiveFilters,
    // == Row details, row menu and swipe (issue 3): add here. ==
    //
    //
    //
    // == Mailboxes, custom views and search (issue 3): add here. ==
    //
    //
    //
}

/// A phrase with a number in it, in the plural form the number needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Count {
    /// `"3 unread"`.
    Unread,
    /// `"3 conversations"`.
    Conversations,
    /// `"{n} characters too many"`.
    CharsOver,
}
