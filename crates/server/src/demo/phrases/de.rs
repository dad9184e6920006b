//! German-speaking customers: delivery, invoices, appointments, returns.

use super::{Lang, Line::*, Thread};

/// German.
pub const LANG: Lang = Lang {
    code: "de",
    countries: &["DE", "AT", "CH"],
    phone_prefix: "+49",
    currency: "EUR",
    names: &[
        "Anna Schmidt", "Lukas Müller", "Lena Fischer", "Felix Weber",
        "Marie Wagner", "Jonas Becker", "Laura Hoffmann", "Paul Schulz",
        "Sophie Koch", "Leon Richter", "Mia Klein", "Tim Wolf",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Guten Tag, meine Bestellung sollte gestern kommen, aber DHL zeigt nichts Neues an.", Some("Hello, my order was supposed to arrive yesterday, but DHL isn't showing any updates.")),
            A("Guten Tag! Ich habe nachgesehen: Das Paket liegt im Paketzentrum Leipzig, es kommt morgen."),
            C("Kann es an eine Packstation umgeleitet werden? Ich bin tagsüber nicht zu Hause.", Some("Can it be redirected to a Packstation? I'm not at home during the day.")),
            A("Ja, das geht. Nennen Sie mir bitte Ihre Postnummer und die Nummer der Packstation."),
        ]},
        Thread { tag: "invoice", lines: &[
            C("Hallo, auf meiner Rechnung fehlt die Firmenanschrift. Können Sie das korrigieren?", Some("Hello, my invoice is missing the company address. Could you correct that?")),
            A("Hallo! Natürlich. Wie lautet die vollständige Anschrift?"),
            C("Kraft & Partner GmbH, Hauptstraße 12, 80331 München.", Some("Kraft & Partner GmbH, Hauptstraße 12, 80331 München.")),
            A("Danke, die korrigierte Rechnung ist unterwegs per E-Mail."),
            C("Angekommen, vielen Dank!", Some("It's arrived, thank you very much!")),
            A("Gern geschehen, einen schönen Tag noch!"),
        ]},
        Thread { tag: "booking", lines: &[
            C("Hallo, haben Sie nächste Woche einen Termin für eine Probefahrt mit dem E-Bike?", Some("Hello, do you have an appointment next week for a test ride on the e-bike?")),
            A("Hallo! Dienstag um 16 Uhr oder Donnerstag um 10 Uhr wären frei."),
            C("Donnerstag 10 Uhr passt perfekt.", Some("Thursday at 10:00 suits me perfectly.")),
            A("Ist eingetragen. Bitte bringen Sie einen Ausweis mit. Bis Donnerstag!"),
        ]},
        Thread { tag: "complaint", lines: &[
            C("Die Kaffeemaschine macht nach zwei Wochen schon komische Geräusche.", Some("The coffee machine is already making strange noises after just two weeks.")),
            A("Das tut mir leid. Können Sie ein kurzes Video davon schicken?"),
            C("Video ist in der E-Mail.", Some("The video is in the email.")),
            A("Danke! Das ist ein Garantiefall. Wir holen die Maschine ab und schicken Ihnen sofort ein Ersatzgerät."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Wir möchten Ihr Tool für unser Kundenservice-Team (12 Personen) testen. Gibt es ein Angebot?", Some("We'd like to trial your tool for our customer service team (12 people). Do you have an offer?")),
            A("Sehr gern! Für 12 Nutzer erstelle ich Ihnen ein Angebot mit 15 % Rabatt bei jährlicher Zahlung."),
            C("Bitte an einkauf@kraft-partner.de schicken.", Some("Please send it to einkauf@kraft-partner.de.")),
            A("Das Angebot ist verschickt. Haben Sie Zeit für eine kurze Demo am Mittwoch?"),
        ]},
    ],
    simulated: &[
        ("Hallo, ist der Artikel noch auf Lager?", Some("Hello, is the item still in stock?")),
        ("Wann wird meine Bestellung verschickt?", Some("When will my order be shipped?")),
        ("Kann ich auf Rechnung bezahlen?", Some("Can I pay by invoice?")),
        ("Danke, alles gut angekommen!", Some("Thanks, everything arrived safely!")),
        ("Liefern Sie auch nach Österreich?", Some("Do you also deliver to Austria?")),
        ("Der Gutscheincode funktioniert leider nicht.", Some("Unfortunately, the voucher code doesn't work.")),
        ("Ich möchte meine Bestellung stornieren.", Some("I'd like to cancel my order.")),
        ("Haben Sie am Samstag geöffnet?", Some("Are you open on Saturday?")),
    ],
};
