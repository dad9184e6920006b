### Intégré dans une page hôte, et postes en libre-service.

host-waiting = En attente de la connexion par la page qui contient Switchboard…
host-alone = Ce Switchboard est prévu pour s'ouvrir dans une autre page, comme votre CRM. Ouvrez-le depuis celle-ci.
host-again = Votre session a pris fin. La page qui contient Switchboard doit vous reconnecter ; vos brouillons et messages non envoyés sont conservés.
desk-setup = Configurer ce poste
desk-setup-hint = Demandez un code d'appareil à votre administrateur (switchboard-server device add).
desk-code = Code d'appareil
desk-setup-button = Configurer
desk-code-wrong = Ce code d'appareil n'est pas valide ou a déjà été utilisé.
desk-removed = Ce poste a été supprimé. Configurez-le à nouveau avec un nouveau code d'appareil.
desk-who = Qui travaille ?
desk-pin = PIN
desk-pin-wrong = PIN incorrect.
desk-pick = Choisissez votre nom, puis saisissez votre PIN.
desk-nobody = Personne ne peut encore se connecter à ce poste : l'administrateur définit un PIN pour chaque agent (switchboard-server agent set-pin).
desk-resume = Continuer
desk-idle = Les données des clients sont masquées tant que personne n'utilise le poste.
count-desk-draining =
    { $n ->
    [one] Déconnexion dès l'envoi du dernier message…
   *[other] Déconnexion dès l'envoi de { $n } messages…
}
desk-link-blocked = Les liens vers d'autres sites ne s'ouvrent pas sur ce poste.
