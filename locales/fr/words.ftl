### Des mots qui arrivaient à l'écran comme valeur du protocole ou en anglais du serveur :
### l'historique des actions, les erreurs par code, les messages trouvés dans la liste, le
### réglage des notes de clôture.

## L'historique des actions : ce qui a changé (l'entrée ajoute qui et quand).

activity-status = Statut changé en « { $status } »
activity-assigned = Attribuée à { $agent }
activity-unassigned = Attribution retirée
activity-operator-added = { $agent } a rejoint les opérateurs
activity-operator-removed = { $agent } n'est plus opérateur
activity-tag-added = Étiquette ajoutée : { $tag }
activity-tag-removed = Étiquette retirée : { $tag }
# A deal created or changed; the fields that changed in the same edit follow in brackets.
activity-deal-created = Affaire créée à l'étape « { $stage } »
activity-deal-moved = Affaire passée de l'étape « { $from } » à « { $to } »
activity-deal-changed = Affaire modifiée : { $fields }
deal-field-pipeline = pipeline { $from } → { $to }
deal-field-line = ligne { $from } → { $to }
deal-field-channel = canal { $from } → { $to }
deal-field-amount = montant { $from } → { $to }
deal-field-other = un autre champ
deal-channel-none = aucun
activity-channel = Déplacée de { $from } vers { $to }
activity-snoozed = En attente jusqu'à { $until }
activity-unsnoozed = Sortie de l'attente
activity-closed = Conversation fermée
activity-closed-note = Conversation fermée ({ $category } : { $note })
activity-contact-blocked = Contact bloqué
activity-contact-unblocked = Contact débloqué
activity-ai-taken-over = Reprise à l'agent IA
activity-bot-on = Bot activé
activity-bot-off = Bot désactivé
activity-automation-started = Automatisation « { $name } » lancée
activity-automation-stopped = Automatisation « { $name } » arrêtée
activity-crm-linked = Fiche CRM « { $record } » liée
activity-crm-unlinked = Lien CRM retiré
activity-archived = Conversation archivée
activity-unarchived = Conversation sortie des archives
unknown-agent = Agent inconnu

## Les erreurs par code.

# Un fournisseur (IA, traduction) n'est pas configuré ou ne répond pas ; les mots du serveur suivent en dessous.
err-unavailable = Ce service n'est pas disponible pour le moment. Prévenez votre administrateur si cela dure.

## La liste pendant une recherche : la ligne montre le message trouvé.

matched-in-message = Trouvé dans un message

## Le réglage des notes de clôture (superviseurs et administrateurs).

closing-notes-choice = Notes de clôture : { $choice }
closing-notes-off = Désactivées
closing-notes-optional = Facultatives
closing-notes-mandatory = Obligatoires
closing-notes-saved = Réglage des notes de clôture enregistré.

## Les variables du serveur dans la liste de l'éditeur ({{contact.first_name}}…).

var-contact-first-name = Prénom du contact
var-contact-last-name = Nom de famille du contact
var-contact-name = Nom complet du contact
var-agent-name = Nom de l'agent
var-company-name = Nom de l'entreprise
var-deal-stage = Étape de l'affaire
var-deal-amount = Montant de l'affaire
