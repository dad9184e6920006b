//! French-speaking customers: Colissimo delivery, invoices, table booking, subscriptions.

use super::{Lang, Line::*, Thread};

/// French.
pub const LANG: Lang = Lang {
    code: "fr",
    countries: &["FR", "BE", "CH", "CA"],
    phone_prefix: "+33",
    currency: "EUR",
    names: &[
        "Camille Martin", "Julien Bernard", "Léa Dubois", "Thomas Petit",
        "Chloé Moreau", "Nicolas Laurent", "Manon Girard", "Antoine Roux",
        "Sarah Fontaine", "Hugo Lambert", "Inès Mercier", "Louis Garnier",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Bonjour, ma commande n°FR-20931 est indiquée comme livrée mais je n'ai rien reçu."),
            A("Bonjour Madame, je suis désolée. Je viens d'ouvrir une enquête auprès de Colissimo."),
            C("Merci. Le colis a peut-être été déposé chez un voisin ?"),
            A("C'est possible : le livreur indique « remis en main propre ». Pouvez-vous vérifier auprès de vos voisins ?"),
            C("Trouvé chez la gardienne ! Désolée pour le dérangement."),
            A("Aucun souci, ravie que ce soit réglé. Bonne journée !"),
        ]},
        Thread { tag: "invoice", lines: &[
            C("Bonjour, pourriez-vous m'envoyer une facture avec le numéro de TVA de ma société ?"),
            A("Bonjour ! Bien sûr, indiquez-moi le nom de la société et le numéro de TVA intracommunautaire."),
            C("Atelier Lumière SARL, FR 42 813 456 789."),
            A("Merci, la facture corrigée vient de partir sur votre adresse e-mail."),
        ]},
        Thread { tag: "booking", lines: &[
            C("Bonsoir, avez-vous une table pour 6 personnes samedi à 20h ?"),
            A("Bonsoir ! Samedi 20h, nous avons une table en terrasse ou en salle. Que préférez-vous ?"),
            C("En salle, s'il vous plaît. Une personne est végétarienne."),
            A("C'est noté : 6 couverts en salle, samedi 20h, un menu végétarien. À samedi !"),
            C("Parfait, merci beaucoup !"),
            A("Avec plaisir, à très bientôt."),
        ]},
        Thread { tag: "refund", lines: &[
            C("J'ai été débité deux fois pour mon abonnement ce mois-ci."),
            A("Bonjour, je vérifie tout de suite. Pouvez-vous me donner les 4 derniers chiffres de la carte ?"),
            C("4417."),
            A("Effectivement, il y a eu un double prélèvement. Le remboursement de 19,90 € est lancé, comptez 3 à 5 jours ouvrés."),
            C("Merci pour la réactivité."),
            A("Je vous en prie, et toutes nos excuses pour la gêne occasionnée."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Bonjour, nous sommes une agence de 15 personnes. Proposez-vous une démo de l'outil ?"),
            A("Bonjour ! Oui, avec plaisir. Quel créneau vous conviendrait cette semaine ?"),
            C("Jeudi à 14h, si possible."),
            A("C'est réservé pour jeudi 14h. Vous recevrez l'invitation par e-mail."),
        ]},
    ],
    simulated: &[
        "Bonjour, ce produit est-il encore disponible ?",
        "Quand est-ce que ma commande sera expédiée ?",
        "Est-il possible de payer en trois fois ?",
        "Merci, j'ai bien reçu le colis !",
        "Pouvez-vous livrer en Belgique ?",
        "Le lien de paiement ne fonctionne pas.",
        "Je voudrais modifier l'adresse de livraison.",
        "Vous êtes ouverts le dimanche ?",
    ],
};
