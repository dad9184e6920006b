### Connexion et déconnexion, et la page de démarrage quand config.json est invalide.

sign-in = Se connecter
sign-in-title = Connexion à Switchboard
sign-in-email = E-mail
sign-in-password = Mot de passe
sign-in-try-demo = Essayer la démo
sign-in-busy = Connexion…
sign-in-again = Votre session a pris fin. Reconnectez-vous pour continuer : vos brouillons et messages non envoyés sont conservés.
sign-in-wrong = E-mail ou mot de passe incorrect.
sign-in-unreachable = Le serveur est injoignable. Vérifiez la connexion et réessayez.
sign-in-missing = Saisissez votre e-mail et votre mot de passe.
agent-menu = Menu de l'agent
sign-out = Se déconnecter
sign-out-unsent-title = Se déconnecter avec des messages non envoyés ?
count-sign-out-unsent =
    { $n ->
    [one] Un message n'a pas encore été envoyé. Il reste dans ce navigateur et partira à votre prochaine connexion ici.
   *[other] { $n } messages n'ont pas encore été envoyés. Ils restent dans ce navigateur et partiront à votre prochaine connexion ici.
}
sign-out-anyway = Se déconnecter quand même
stay-signed-in = Rester connecté
config-error-title = Switchboard ne peut pas démarrer
config-error-body = Le fichier config.json de ce déploiement contient une erreur. La personne qui a installé Switchboard peut la corriger dans ce seul fichier.
config-error-key = Clé
