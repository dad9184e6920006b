### The chat list: mailboxes, views, filters, sorting, rows and their menu.

## Chat list controls.

no-conversations = Aucune conversation ici.
# Pull to refresh on touch screens: while pulling, once far enough, while loading.
list-pull-to-refresh = Tirez pour actualiser
list-release-to-refresh = Relâchez pour actualiser
list-refreshing = Actualisation…
mailbox = Boîte de réception
mailbox-all = Toutes
mailbox-mine = Les miennes
mailbox-unassigned = Non attribuées
mailbox-blocked = Contacts bloqués
mailbox-mentions = Mentions
status-tabs = Statut
tab-all = Toutes
unanswered = Sans réponse
sort = Tri
sort-newest = Message le plus récent
sort-oldest = Message le plus ancien
sort-longest-any = Statut le plus ancien
sort-shortest-any = Statut le plus récent
sort-longest-open = Ouvertes depuis le plus longtemps
sort-shortest-open = Ouvertes le plus récemment
sort-longest-in-progress = En cours depuis le plus longtemps
sort-shortest-in-progress = En cours le plus récemment
sort-longest-closed = Fermées depuis le plus longtemps
sort-shortest-closed = Fermées le plus récemment
sort-longest-snoozed = En pause depuis le plus longtemps
sort-shortest-snoozed = En pause le plus récemment
clear-unanswered = Afficher à nouveau toutes les conversations
err-bad-link = Les réglages de liste de ce lien ne sont pas valides ; la liste par défaut est affichée.
filters = Filtres
filter-channels = Canaux
filter-statuses = Statuts
filter-operators = Opérateurs
filter-tags = Étiquettes
archived = Archivées
remove-filter = Retirer le filtre
clear-filters = Effacer les filtres
active-filters = Filtres actifs

## Row details, row menu and swipe (issue 3).

typing = écrit…
until = jusqu'à { $when }
assigned-to = Attribuée à { $name }
attachment = Pièce jointe
system-notice = Notification système
row-actions = Actions sur la conversation
mark-as-read = Marquer comme lue
mark-as-unread = Marquer comme non lue
close-action = Fermer
reopen = Rouvrir
unsnooze = Reprendre
snooze-one-hour = Mettre en pause 1 heure
snooze-tomorrow = Mettre en pause jusqu'à demain 9 h
snooze-next-week = Mettre en pause jusqu'à la semaine prochaine
assign-to-me = M'attribuer
unassign = Retirer l'attribution
copy-link = Copier le lien
open-in-new-tab = Ouvrir dans un nouvel onglet
link-copied = Lien copié
err-clipboard = Le lien n'a pas pu être copié dans le presse-papiers.
closing-note-required = Fermer cette conversation demande une note de clôture : ouvrez-la et fermez-la depuis son en-tête.
done-read = Marquée comme lue
done-unread = Marquée comme non lue
done-closed = Conversation fermée
done-reopened = Conversation rouverte
done-snoozed = Conversation mise en pause
done-assigned = Conversation qui vous est attribuée
done-unassigned = Attribution retirée

## Mailboxes, custom views and search (issue 3).

mailbox-teams = Équipes
mailbox-my-views = Mes vues
mailbox-shared-views = Partagées avec moi
mailbox-gone = Boîte indisponible
view-save = Enregistrer la vue
view-save-hint = Enregistre les filtres, le statut et la recherche actuels comme une boîte à vous.
view-name = Nom de la vue
view-shared = Partager avec les autres agents
view-save-submit = Enregistrer
view-cancel = Annuler
view-delete = Supprimer la vue
view-delete-question = Supprimer cette vue ? Les agents avec qui elle est partagée la perdent aussi.
err-view-name-empty = Donnez un nom à la vue.
err-view-name-too-long = Le nom ne peut pas dépasser 80 caractères.
err-view-name-taken = Vous avez déjà une vue portant ce nom.
err-view-not-saved = La vue n'a pas été enregistrée.
err-view-not-deleted = La vue n'a pas été supprimée.
search-shortcut-hint = Appuyez sur / ou Ctrl+K pour rechercher, Échap pour effacer

## Counted phrases: $n is the number, one variant per plural category of the language.

count-unread =
    { $n ->
        [one] { $n } non lu
       *[other] { $n } non lus
    }
count-conversations =
    { $n ->
        [one] { $n } conversation
       *[other] { $n } conversations
    }
