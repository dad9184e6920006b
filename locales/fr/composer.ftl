### The composer: reply and note, templates, emoji, files and voice messages.

## Composer tools.

replying-to = Réponse à
cancel-quote = Retirer la citation
err-quote-not-supported = Citer un message n'est possible que sur WhatsApp et Telegram ; { $channel } affiche la réponse sans la citation. Une note interne peut toujours la citer.
composer-tools = Outils de rédaction
reply-on = Répondre via
subject-hint = Un nouvel objet démarre un nouveau fil

## Templates, emoji, variables and mentions.

templates = Modèles
emoji = Emoji
variables = Variables
mention = Mentionner
search-templates = Rechercher des modèles
search-emoji = Rechercher un emoji
emoji-recent = Récents
emoji-smileys = Smileys
template-approved = Modèle approuvé
template-files = Fichiers ({ $n }) :
template-remove = Retirer le modèle
template-sent-as-is = Envoyé tel qu'approuvé : remplissez ses champs.
template-chosen = Modèle
window-closed-only-templates = La fenêtre de messagerie { $channel } est fermée : seul un modèle approuvé peut être envoyé. Choisissez-en un avec Modèles ou en tapant /.
err-window-closed = La fenêtre de messagerie { $channel } est fermée : seul un modèle approuvé peut être envoyé.
err-unresolved-variables = Certaines variables n'ont pas de valeur dans cette conversation : remplacez-les avant d'envoyer.
err-template-param = Remplissez le champ { $n } du modèle.
err-text-with-template = Un modèle approuvé est envoyé tel quel : effacez le texte ou retirez le modèle.
sent-as = Envoyé ainsi :
variables-missing = Pas de valeur ici pour { $keys } : remplacez-les avant d'envoyer.
mention-team = équipe

## Files and voice messages.

attach-files = Joindre des fichiers
attached-files = Fichiers joints
remove-file = Retirer { $name }
cancel-upload = Annuler l’envoi de { $name }
retry-upload = Réessayer l’envoi de { $name }
uploading-file = Envoi de { $name }
upload-failed = Non envoyé :
drop-files-here = Déposez les fichiers ici pour les joindre
files-not-attached = Fichiers non joints
dismiss-file-errors = Fermer
err-file-too-large = { $name } : un fichier ne peut pas dépasser { $max }.
err-file-type = { $name } : ce type de fichier ne peut pas être envoyé. Types acceptés : { $types }.
err-file-empty = { $name } : le fichier est vide.
err-file-name = { $name } : un nom de fichier doit compter de 1 à { $max } caractères.
err-too-many-files = { $name } n’a pas été ajouté : un message peut contenir au plus { $max } fichiers.
err-upload-running = Attendez la fin de l’envoi des fichiers, ou annulez-le.
err-upload-failed = Un fichier n’a pas été envoyé : réessayez ou retirez-le avant d’envoyer.
record-voice = Enregistrer un message vocal
recording-voice = Enregistrement
stop-recording = Arrêter l’enregistrement
record-again = Réenregistrer
delete-recording = Supprimer l’enregistrement
send-voice = Envoyer le message vocal
voice-preview = Message vocal enregistré
err-microphone-denied = Le micro n’est pas autorisé : permettez à ce site de l’utiliser dans les réglages du navigateur, puis réessayez.
err-no-microphone = Aucun micro n’a été trouvé : branchez-en un et réessayez.
err-recorder-unavailable = Ce navigateur ne peut pas enregistrer de messages vocaux ici.
voice-kept-from-reload = L’enregistrement a été interrompu par un rechargement. Ce qui a été enregistré jusque-là est conservé : écoutez-le, puis envoyez-le ou supprimez-le.

## Counted phrases: $n is the number, one variant per plural category of the language.

count-chars-over =
    { $n ->
        [one] { $n } caractère en trop
       *[other] { $n } caractères en trop
    }

## Warning before sending over another agent's reply.

replied-since = { $name } a répondu depuis que vous avez ouvert cette conversation. Envoyer quand même ? Appuyez de nouveau sur Envoyer.
