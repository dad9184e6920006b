//! French (falls back to English key by key).

use super::{Count, Msg, PluralCategory};

/// The French text of a key, if translated.
pub(super) fn text(msg: Msg) -> Option<&'static str> {
    use Msg::*;
    Some(match msg {
        Conversations => "Conversations",
        SearchConversations => "Rechercher des conversations",
        ConversationList => "Liste des conversations",
        Conversation => "Conversation",
        Messages => "Messages",
        ClientDetails => "Détails du client",
        Contact => "Contact",
        Deal => "Affaire",
        Tasks => "Tâches",
        Notes => "Notes",
        Composer => "Rédaction",
        MessageField => "Message",
        NoteField => "Commentaire",
        Reply => "Répondre",
        Note => "Commentaire",
        Send => "Envoyer",
        CloseConversation => "Fermer la conversation",
        Snooze => "Mettre en pause",
        Assign => "Attribuer",
        MoreActions => "Plus d'actions",
        Language => "Langue",
        StatusOpen => "Ouverte",
        StatusInProgress => "En cours",
        StatusClosed => "Fermée",
        StatusSnoozed => "En pause",
        ChannelEmail => "E-mail",
        ChannelWebchat => "Chat web",
        NoConversationSelected => "Aucune conversation ouverte",
        NoConversationSelectedHint => "Choisissez une conversation dans la liste pour la lire et y répondre.",
        NoConversations => "Aucune conversation ici.",
        NoMessages => "Pas encore de messages.",
        Loading => "Chargement…",
        LoadOlder => "Charger les messages précédents",
        NewMessages => "Nouveaux messages",
        JumpToLatest => "Aller aux derniers",
        Today => "Aujourd'hui",
        Yesterday => "Hier",
        SearchInConversation => "Rechercher dans cette conversation",
        SearchPrevious => "Résultat précédent",
        SearchNext => "Résultat suivant",
        SearchClose => "Fermer la recherche",
        SearchNoMatches => "Aucun résultat",
        ErrMessageGone => "Ce message ne fait plus partie de cette conversation.",
        InternalNote => "Commentaire interne",
        Sending => "Envoi…",
        NotSent => "Non envoyé",
        Retry => "Réessayer",
        Delete => "Supprimer",
        You => "Vous",
        UnsupportedMessage => "Message non pris en charge",
        DeliverySent => "Envoyé",
        DeliveryDelivered => "Distribué",
        DeliveryRead => "Lu",
        DeliveryFailed => "Échec",
        Customer => "Client",
        Name => "Nom",
        Phone => "Téléphone",
        Email => "E-mail",
        Account => "Compte",
        Country => "Pays",
        CustomerLanguage => "Langue",
        Source => "Source",
        Tags => "Étiquettes",
        Created => "Créé le",
        Assignee => "Responsable",
        Unassigned => "Non attribuée",
        Stage => "Étape",
        Amount => "Montant",
        Channel => "Canal",
        Status => "Statut",
        Connecting => "Connexion…",
        Reconnecting => "Connexion perdue. Reconnexion…",
        ErrNetwork => "Le serveur est injoignable. Vérifiez la connexion ; rien de ce que vous avez écrit n'est perdu.",
        Mailbox => "Boîte de réception",
        MailboxAll => "Toutes",
        MailboxMine => "Les miennes",
        MailboxUnassigned => "Non attribuées",
        MailboxBlocked => "Contacts bloqués",
        StatusTabs => "Statut",
        TabAll => "Toutes",
        Unanswered => "Sans réponse",
        Sort => "Tri",
        SortNewest => "Message le plus récent",
        SortOldest => "Message le plus ancien",
        Filters => "Filtres",
        FilterChannels => "Canaux",
        FilterStatuses => "Statuts",
        FilterOperators => "Opérateurs",
        FilterTags => "Étiquettes",
        Archived => "Archivées",
        RemoveFilter => "Retirer le filtre",
        ClearFilters => "Effacer les filtres",
        ErrStorage => "Ce navigateur n'autorise pas la sauvegarde des brouillons et des messages non envoyés : ils seront perdus à la fermeture de la page.",
        Dismiss => "Fermer",
        // == Row details, row menu and swipe (issue 3): add here. ==
        //
        //
        //
        // == Mailboxes, custom views and search (issue 3): add here. ==
        //
        //
        //
        _ => return None,
    })
}

/// The French form of a counted phrase, if translated.
pub(super) fn count(what: Count, cat: PluralCategory) -> Option<&'static str> {
    let one = cat == PluralCategory::One;
    Some(match what {
        Count::Unread if one => "{n} non lu",
        Count::Unread => "{n} non lus",
        Count::Conversations if one => "{n} conversation",
        Count::Conversations => "{n} conversations",
        Count::NewCount if one => "{n} nouveau",
        Count::NewCount => "{n} nouveaux",
        Count::Matches if one => "{n} résultat",
        Count::Matches => "{n} résultats",
        Count::CharsOver => return None,
    })
}
