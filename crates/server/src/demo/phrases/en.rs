//! English-speaking customers: shipping, pricing, account access, damaged goods.

use super::{Lang, Line::*, Thread};

/// English.
pub const LANG: Lang = Lang {
    code: "en",
    countries: &["GB", "US", "IE", "AU"],
    phone_prefix: "+44",
    currency: "GBP",
    names: &[
        "Emily Carter", "James Wilson", "Olivia Brown", "Daniel Hughes",
        "Sophie Taylor", "Michael Evans", "Grace Walker", "Ryan Thompson",
        "Hannah Clarke", "Ethan Wright", "Megan Harris", "Connor Murphy",
    ],
    threads: &[
        Thread { tag: "delivery", lines: &[
            C("Hi, my order #UK-55812 was supposed to arrive today but the tracking hasn't moved since Monday.", None),
            A("Hi Emily, sorry about that! I've checked with the courier: it's held at the Leeds depot because of the weather."),
            C("Any idea when it'll get here? It's for my daughter's birthday on Saturday.", None),
            A("They expect to deliver tomorrow. If it's not with you by Friday noon, I'll send a replacement by next-day delivery."),
            C("That would be brilliant, thank you.", None),
            A("You're welcome — I'll keep an eye on it and message you as soon as it moves."),
        ]},
        Thread { tag: "complaint", lines: &[
            C("The blender arrived with a cracked jug. Really disappointed.", None),
            A("I'm so sorry to hear that. Could you send a photo of the crack and the box label?"),
            C("Photos attached.", None),
            A("Thank you. A new jug is on its way (free of charge) and you don't need to return the broken one."),
        ]},
        Thread { tag: "lead", lines: &[
            C("Hello, what's the price for 25 seats on the Pro plan? We're a small logistics firm.", None),
            A("Hi! Pro is £24 per seat per month, or £19 billed annually. For 25 seats that's £475 a month on the annual plan."),
            C("Do you offer a trial? And can we import our contacts from HubSpot?", None),
            A("Yes to both: a 14-day trial with all features, and a one-click HubSpot import. Shall I set it up?"),
            C("Please do. My colleague Sam will be the admin.", None),
            A("Done — Sam has the invitation. I've also booked a 20-minute onboarding call for Tuesday."),
        ]},
        Thread { tag: "account", lines: &[
            C("I can't log in — the password reset email never arrives.", None),
            A("Hi! I've resent it just now. Could you check your spam folder too?"),
            C("Found it in spam, all sorted. Thanks!", None),
            A("Great! Adding noreply@switchboard.example to your contacts will stop that happening again."),
        ]},
        Thread { tag: "refund", lines: &[
            C("I cancelled my subscription last week but was still charged £39 today.", None),
            A("Sorry about that! I can see the cancellation was processed after the billing run. I've issued a full refund."),
            C("How long will it take to show up?", None),
            A("Usually 3–5 working days, depending on your bank. You'll get a confirmation email shortly."),
        ]},
    ],
    simulated: &[
        ("Hi, is this still in stock?", None),
        ("Any update on my order?", None),
        ("Can I change the delivery address?", None),
        ("Thanks, everything arrived fine!", None),
        ("Do you ship to Ireland?", None),
        ("The discount code SPRING20 isn't working at checkout.", None),
        ("Could you send me a VAT invoice please?", None),
        ("Is there a student discount?", None),
    ],
};
