//! Built-in canned replies for the offline ranker, each written in the demo languages.
//! Every variant carries hidden keywords a customer would use, so a customer's message in
//! any of these languages finds the group, and the reply is then offered in the agent's
//! language (with the customer-language variant as a human-written translation).

/// One reply in one language: `(language, reply, keywords)`.
pub type Variant = (&'static str, &'static str, &'static str);

/// The canned replies, one group per topic.
pub const GROUPS: &[&[Variant]] = &[
    &[
        ("en", "I'm sorry for the trouble. I have started a refund; the money will be back on your card within 5 business days.", "refund money back return charge reimburse"),
        ("uk", "Перепрошую за незручності. Я оформив повернення коштів; гроші повернуться на вашу картку протягом 5 робочих днів.", "повернення коштів гроші повернути оплату"),
        ("ru", "Извините за неудобства. Я оформил возврат средств; деньги вернутся на вашу карту в течение 5 рабочих дней.", "возврат денег вернуть деньги оплату"),
        ("fr", "Désolé pour ce désagrément. J'ai lancé le remboursement ; l'argent sera recrédité sur votre carte sous 5 jours ouvrés.", "remboursement rembourser argent"),
        ("es", "Siento las molestias. He iniciado el reembolso; el dinero volverá a su tarjeta en 5 días hábiles.", "reembolso devolución dinero devolver"),
        ("de", "Entschuldigen Sie die Unannehmlichkeiten. Ich habe die Rückerstattung veranlasst; das Geld ist in 5 Werktagen wieder auf Ihrer Karte.", "rückerstattung geld zurück erstatten"),
    ],
    &[
        ("en", "Your order is on its way. Here is the tracking link; delivery usually takes 3 to 5 days.", "where is my order parcel package delivery shipping tracking arrive late"),
        ("uk", "Ваше замовлення вже в дорозі. Ось посилання для відстеження; доставка зазвичай триває 3–5 днів.", "де моє замовлення посилка доставка відстеження"),
        ("ru", "Ваш заказ уже в пути. Вот ссылка для отслеживания; доставка обычно занимает 3–5 дней.", "где мой заказ посылка доставка отслеживание"),
        ("fr", "Votre commande est en route. Voici le lien de suivi ; la livraison prend généralement 3 à 5 jours.", "commande colis livraison suivi reçu"),
        ("es", "Su pedido está en camino. Aquí tiene el enlace de seguimiento; la entrega suele tardar de 3 a 5 días.", "pedido paquete entrega envío seguimiento"),
        ("de", "Ihre Bestellung ist unterwegs. Hier ist der Sendungslink; die Lieferung dauert meist 3 bis 5 Tage.", "bestellung paket lieferung versand sendungsverfolgung"),
    ],
    &[
        ("en", "You can reset your password with the \"Forgot password\" link on the sign-in page; the email arrives within a minute.", "password login sign in account locked reset forgot"),
        ("uk", "Скинути пароль можна за посиланням «Забули пароль?» на сторінці входу; лист прийде за хвилину.", "пароль вхід увійти акаунт обліковий запис"),
        ("ru", "Сбросить пароль можно по ссылке «Забыли пароль?» на странице входа; письмо придёт в течение минуты.", "пароль вход войти аккаунт учётная запись"),
        ("fr", "Vous pouvez réinitialiser votre mot de passe avec le lien « Mot de passe oublié » sur la page de connexion.", "mot de passe connexion compte"),
        ("es", "Puede restablecer su contraseña con el enlace «¿Olvidó su contraseña?» en la página de inicio de sesión.", "contraseña iniciar sesión cuenta"),
        ("de", "Sie können Ihr Passwort über den Link „Passwort vergessen“ auf der Anmeldeseite zurücksetzen.", "passwort anmelden konto login"),
    ],
    &[
        ("en", "I can see the payment did not go through. Please try another card, or pay by bank transfer with the details I will send.", "payment failed card declined pay charge error"),
        ("uk", "Бачу, що оплата не пройшла. Спробуйте іншу картку або оплатіть банківським переказом за реквізитами, які я надішлю.", "оплата картка платіж не пройшла помилка"),
        ("ru", "Вижу, что оплата не прошла. Попробуйте другую карту или оплатите банковским переводом по реквизитам, которые я пришлю.", "оплата карта платёж не прошёл ошибка"),
        ("fr", "Je vois que le paiement n'est pas passé. Essayez une autre carte ou payez par virement avec les coordonnées que je vous envoie.", "paiement carte refusée payer"),
        ("es", "Veo que el pago no se realizó. Pruebe con otra tarjeta o pague por transferencia con los datos que le enviaré.", "pago tarjeta rechazada pagar"),
        ("de", "Ich sehe, dass die Zahlung nicht durchging. Bitte versuchen Sie eine andere Karte oder zahlen Sie per Überweisung.", "zahlung karte abgelehnt bezahlen"),
    ],
    &[
        ("en", "I have cancelled your order; you will get a confirmation email shortly and will not be charged.", "cancel order subscription stop cancellation"),
        ("uk", "Я скасував ваше замовлення; незабаром ви отримаєте лист-підтвердження, кошти не буде списано.", "скасувати замовлення підписку скасування"),
        ("ru", "Я отменил ваш заказ; скоро придёт письмо с подтверждением, деньги списаны не будут.", "отменить заказ подписку отмена"),
        ("fr", "J'ai annulé votre commande ; vous recevrez bientôt un e-mail de confirmation et ne serez pas débité.", "annuler commande abonnement annulation"),
        ("es", "He cancelado su pedido; recibirá en breve un correo de confirmación y no se le cobrará.", "cancelar pedido suscripción cancelación"),
        ("de", "Ich habe Ihre Bestellung storniert; Sie erhalten gleich eine Bestätigung und werden nicht belastet.", "stornieren bestellung abo kündigen"),
    ],
    &[
        ("en", "I'm sorry the item arrived damaged. Please send a photo and we will ship a replacement right away at no cost.", "broken damaged wrong item defective replacement photo"),
        ("uk", "Шкода, що товар прийшов пошкодженим. Надішліть, будь ласка, фото, і ми одразу безкоштовно відправимо заміну.", "пошкоджений зламаний товар брак заміна фото"),
        ("ru", "Жаль, что товар пришёл повреждённым. Пришлите, пожалуйста, фото, и мы сразу бесплатно отправим замену.", "повреждён сломан товар брак замена фото"),
        ("fr", "Désolé que l'article soit arrivé abîmé. Envoyez-nous une photo et nous expédions un remplacement gratuitement.", "abîmé cassé article défectueux remplacement"),
        ("es", "Siento que el artículo llegara dañado. Envíenos una foto y le enviaremos un reemplazo sin coste.", "dañado roto artículo defectuoso reemplazo"),
        ("de", "Es tut mir leid, dass der Artikel beschädigt ankam. Schicken Sie uns ein Foto, wir senden kostenlos Ersatz.", "beschädigt kaputt artikel defekt ersatz"),
    ],
    &[
        ("en", "Here is your invoice; you can also download every invoice from the Billing page of your account.", "invoice receipt bill billing vat"),
        ("uk", "Ось ваш рахунок; усі рахунки також можна завантажити на сторінці «Оплата» у вашому акаунті.", "рахунок квитанція чек фактура"),
        ("ru", "Вот ваш счёт; все счета также можно скачать на странице «Оплата» в вашем аккаунте.", "счёт квитанция чек фактура"),
        ("fr", "Voici votre facture ; vous pouvez aussi télécharger toutes vos factures depuis la page Facturation.", "facture reçu facturation"),
        ("es", "Aquí tiene su factura; también puede descargar todas sus facturas desde la página de Facturación.", "factura recibo facturación"),
        ("de", "Hier ist Ihre Rechnung; alle Rechnungen finden Sie auch auf der Seite Abrechnung in Ihrem Konto.", "rechnung quittung beleg abrechnung"),
    ],
    &[
        ("en", "You're welcome! Is there anything else I can help you with?", "thanks thank you great perfect bye"),
        ("uk", "Будь ласка! Чи можу я ще чимось допомогти?", "дякую спасибі чудово"),
        ("ru", "Пожалуйста! Могу ли я ещё чем-то помочь?", "спасибо благодарю отлично"),
        ("fr", "Avec plaisir ! Puis-je vous aider pour autre chose ?", "merci parfait super"),
        ("es", "¡De nada! ¿Puedo ayudarle con algo más?", "gracias perfecto genial"),
        ("de", "Gern geschehen! Kann ich Ihnen sonst noch helfen?", "danke super perfekt"),
    ],
];

/// The variant of `group` in `language`, if written.
pub fn variant(group: usize, language: &str) -> Option<&'static str> {
    GROUPS
        .get(group)?
        .iter()
        .find(|(l, _, _)| *l == language)
        .map(|(_, text, _)| *text)
}
