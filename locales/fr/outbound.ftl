### The new outbound message dialog.

## New outbound message.

new-message = Nouveau message
find-client = Trouver un client
no-client-found = Aucun client trouvé : créez-en un ci-dessous.
clients-found = Clients trouvés
matched-name = par nom
matched-phone = par téléphone
matched-email = par e-mail
matched-external-id = par identifiant externe
matched-username = par nom d’utilisateur
client-blocked = bloqué
has-open-conversation = a une conversation ouverte
phone-or-email = Nouveau client : téléphone ou e-mail
create-client = Créer le client
err-new-client-empty = Saisissez un numéro de téléphone ou un e-mail.
err-new-client-email = Cette adresse e-mail n’est pas valide.
err-new-client-phone = Un numéro a de 7 à 15 chiffres, par exemple +33 6 12 34 56 78.
writing-to = À : { $name }
choose-channel = Choisir un canal
no-template = Aucun modèle
message-text = Texte du message
required = obligatoire
uploading-files = Envoi…
err-outbound-no-client = Choisissez un client ou créez-en un.
err-outbound-blocked = Ce client est bloqué : aucun message ne peut lui être envoyé.
err-outbound-no-channel = Choisissez un canal.
err-outbound-unreachable = Ce client n’est pas joignable sur ce canal.
err-outbound-open = Ce client a déjà une conversation ouverte : écrivez-y, ou choisissez l’e-mail.
err-outbound-tags = Choisissez au moins une étiquette : cet espace l’exige pour les nouveaux fils.
err-outbound-empty = Écrivez un message, joignez un fichier ou choisissez un modèle.
err-outbound-param = Remplissez « { $name } » du modèle.
err-outbound-too-long = Le message dépasse { $max } caractères.
open-conversation-link = Ouvrir cette conversation
