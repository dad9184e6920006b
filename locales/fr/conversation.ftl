### The open conversation: its log, messages, message kinds, header, actions and banners.

## Empty and loading states.

no-conversation-selected = Aucune conversation ouverte
no-conversation-selected-hint = Choisissez une conversation dans la liste pour la lire et y répondre.
no-messages = Pas encore de messages.
loading = Chargement…
load-older = Charger les messages précédents
in-reply-to = En réponse à
new-messages = Nouveaux messages
jump-to-latest = Aller aux derniers
today = Aujourd'hui
yesterday = Hier
search-in-conversation = Rechercher dans cette conversation
search-previous = Résultat précédent
search-next = Résultat suivant
search-close = Fermer la recherche
search-no-matches = Aucun résultat
err-message-gone = Ce message ne fait plus partie de cette conversation.

## Messages.

internal-note = Commentaire interne
sending = Envoi…
queued = En attente du réseau ; il sera envoyé automatiquement
not-sent = Non envoyé
outbox-held = En attente : le message ci-dessus n’a pas été envoyé
outbox-editing = En cours de modification : les messages suivants attendent
outbox-discard = Abandonner
retry = Réessayer
delete = Supprimer
you = Vous
unsupported-message = Message non pris en charge
delivery-sent = Envoyé
delivery-delivered = Distribué
delivery-read = Lu
delivery-failed = Échec
agent = Agent
customer = Client
ai-agent = Agent IA
bot = Bot
system = Système

## Message kinds (issue 4).

view-image = Ouvrir l'image
lightbox-close = Fermer
attachment-download = Télécharger
attachment-share = Partager
attachment-copy-link = Copier le lien
attachment-link-copied = Lien copié
attachment-copy-failed = Impossible de copier le lien
attachments = Pièces jointes
playback-speed = Vitesse de lecture
voice-message = Message vocal
audio-file = Audio
video-file = Vidéo
sticker-label = Autocollant
location-label = Position
open-map = Ouvrir la carte
contact-card-label = Fiche de contact
template-label = Modèle
email-subject = Objet
email-from = De
email-to = À
email-cc = Cc
email-frame = Contenu de l'e-mail
email-safety = Affiché en sécurité : scripts et images distantes bloqués.
email-show-plain = Afficher le texte brut
email-show-formatted = Afficher la mise en forme
email-show-quoted = Afficher le texte cité
email-hide-quoted = Masquer le texte cité
show-original = Afficher l'original
show-translation = Afficher la traduction
translation-label = Traduction
original-label = Original
auto-translate = Traduction automatique
translation-written = Rédigé
translation-received = Reçu par le client

## Message actions and quotes.

quote-in-reply = Citer dans la réponse
message-actions = Actions du message
copy-message-link = Copier le lien du message
edit = Modifier

## Conversation log.

history-start = Début de la conversation

## Conversation header, actions, banners and typing (issue 4).

take-into-work = En cours
take-hint = Prendre en charge : le statut passe à « En cours » et la conversation vous est attribuée si personne ne l'a.
status-of = Statut : { $status }
err-no-way-back = Une conversation en cours ne peut pas redevenir « Ouverte » : fermez-la ou mettez-la en pause.
snooze-later-today = Plus tard aujourd'hui
snooze-preset-tomorrow = Demain
snooze-preset-next-week = La semaine prochaine
snooze-pick = Choisir une date et une heure…
snooze-until = En pause jusqu'au
snooze-blocked = La conversation d'un contact bloqué ne peut pas être mise en pause.
snooze-closed = Une conversation fermée ne peut pas être mise en pause : rouvrez-la d'abord.
err-snooze-past = Choisissez un moment dans le futur.
err-snooze-unreadable = Saisissez une date et une heure.
agents = Agents
presence-online = en ligne
presence-away = absent
presence-offline = hors ligne
mark-unread = Marquer comme non lu
read-without-reply = Lu sans réponse
take-over = Reprendre la main
block-contact = Bloquer le contact
unblock-contact = Débloquer le contact
delete-conversation = Supprimer la conversation
cancel = Annuler
block-title = Bloquer ce contact ?
block-body = Ses messages n'arriveront plus dans la boîte de réception et ses conversations ne pourront plus être mises en pause. Vous pourrez le débloquer plus tard.
block-body-hidden = Ses messages n'arriveront plus dans la boîte de réception et ses conversations ne pourront plus être mises en pause. Vous ne voyez pas les contacts bloqués : cette conversation quittera votre boîte, et seul un superviseur pourra débloquer le contact.
unblock-title = Débloquer ce contact ?
unblock-body = Ses messages arriveront de nouveau dans la boîte de réception et ses conversations pourront être mises en pause.
delete-title = Supprimer cette conversation ?
delete-body = La conversation et tous ses messages sont supprimés pour tout le monde. Impossible d'annuler.
closing-category = Catégorie
closing-text = Note de clôture
closing-optional = La note de clôture est facultative.
closing-mandatory = Une catégorie et une note de clôture sont requises.
no-category = Sans catégorie
err-category-needed = Choisissez une catégorie.
err-closing-text-needed = Rédigez une note de clôture.
err-unknown-category = Cette catégorie n'est pas dans la liste.
conversation-state = État de la conversation
banner-ai = L'agent IA gère cette conversation.
banner-blocked = Ce contact est bloqué : ses messages n'arrivent pas dans la boîte de réception.
banner-window-closed = La fenêtre de messagerie s'est fermée le { $time } : seuls les modèles approuvés peuvent être envoyés.
banner-snoozed = En pause jusqu'au { $time }.
banner-no-channel = Aucun canal connecté : impossible d'envoyer des réponses tant que { $account } n'est pas reconnecté. Les commentaires internes restent possibles.
business-account = Compte de l'entreprise
written-to = à { $account }
typing-one = { $name } écrit…
typing-two = { $a } et { $b } écrivent…
typing-many = Plusieurs personnes écrivent…
viewing-one = { $name } consulte
viewing-two = { $a } et { $b } consultent
viewing-many = Plusieurs agents consultent

## Counted phrases: $n is the number, one variant per plural category of the language.

count-new-count =
    { $n ->
        [one] { $n } nouveau
       *[other] { $n } nouveaux
    }
count-matches =
    { $n ->
        [one] { $n } résultat
       *[other] { $n } résultats
    }
