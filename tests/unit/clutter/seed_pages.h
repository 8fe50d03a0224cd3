// The seed set: whole pages written the way other sites write them, held out
// from the clutter rules (issue 10: "the same is checked on seed-like pages
// you do not have"). They were written before the rules were read, in other
// words than the prompt catalogue (catalogue.h), in twelve and more markups
// (hashed CSS-module classes, no classes, custom elements, <dialog>, <aside>,
// <section aria-label>, layout tables, forms with and without labels, iframe
// placeholders, Tailwind, Bootstrap, WordPress blocks, Ghost, Substack,
// Medium, AMP, data-testid divs, Drupal fields) and seven languages.
//
// Each page is a real-looking article whose own paragraphs talk about
// subscriptions, newsletters, memberships or donations (those sentences must
// stay) and 3 to 6 prompts, each with the category its removal must carry
// and probes: '|'-separated words of the prompt that must be gone (the first
// one also names the removal whose category is checked).
//
// The article's paragraphs are listed apart (`paragraphs`, one per line) and
// the page's markup holds them as {0}, {1}, ... so the test knows every
// article sentence; the markup around each is the page's own.
//
// Even-numbered pages are the TUNING half (their failures may be studied),
// odd-numbered pages the HELD-OUT half: a rule change is kept only if it does
// not help the tuning half alone.
#pragma once

namespace reader::testing {

struct SeedPrompt {
  const char* category;  // nullptr ends the list
  const char* probes;
};

struct SeedPage {
  const char* name;
  const char* lang;
  const char* author;      // the byline's author, as the page's metadata gives it
  const char* paragraphs;  // the article's paragraphs, one per line (may hold inline tags)
  const char* html;        // the <body>'s content; {N} stands for paragraph N
  SeedPrompt prompts[7];
};

inline const SeedPage kSeedPages[] = {
    // 0 (tuning) hashed CSS-module classes, EN.
    {"css-modules-en", "en", "Harriet Okafor",
     R"~(When the printing works on Mill Lane announced it would close in March, the staff of the Dunmore Courier had six weeks to find a way to keep the paper alive.
The answer, agreed at a packed meeting in the town hall, was a cooperative owned by its readers. Anyone who buys a share for £20 becomes a member with a vote at the annual meeting.
By the end of the first month more than 2,300 people had joined, and the cooperative had raised enough to lease a second-hand press from a printer in Leeds.
Subscriptions to the print edition had fallen by a third since 2019, the editor, Moira Clegg, told the meeting, but the number of people reading the Courier online had never been higher.
The new model asks members to pay what they can. Some give £3 a month, while a retired teacher in Ashby sent a cheque for £500 with a note saying the paper had covered her wedding in 1971.
The Courier will keep its weekly email newsletter free, Clegg said, because it is how most readers under forty find the paper's stories.
Not everyone is convinced. A local councillor, Peter Hale, warned that cooperatives often struggle once the first wave of enthusiasm has passed and donations begin to dry up.
Clegg accepts the risk. The first issue printed under the new ownership sold out by Thursday lunchtime, and the cooperative's board will publish its accounts every quarter.)~",
     R"~(<div class="_1k3x9 a7Qz2"><header class="_9fj2a"><h1 class="_2bb1c">The town that bought its newspaper</h1><p class="_7ye0q">By <a href="/people/harriet-okafor" class="_3mmq1">Harriet Okafor</a> · 14 May 2024</p></header>
<div class="_4xr8t"><button class="_0pp3e" aria-label="Share on Facebook">Facebook</button><button class="_0pp3e">X</button><button class="_0pp3e">WhatsApp</button><button class="_0pp3e">Copy link</button></div>
<div class="_5ab3k"><p class="_8qq1w">{0}</p><p class="_8qq1w">{1}</p><p class="_8qq1w">{2}</p>
<div class="_6zz0r"><h4 class="_1aa7e">The Morning Edit</h4><p class="_2cc9u">Five stories worth your time, sent before breakfast on weekdays.</p><form class="_3dd1o"><input class="_4ee8p" type="email" placeholder="you@example.com"><button class="_5ff2i" type="submit">Count me in</button></form><small class="_6gg3l">No spam. Unsubscribe whenever you like.</small></div>
<p class="_8qq1w">{3}</p><p class="_8qq1w">{4}</p><p class="_8qq1w">{5}</p><p class="_8qq1w">{6}</p><p class="_8qq1w">{7}</p></div>
<div class="_7hh4s"><p class="_8ii5v">Harriet Okafor covers media and local democracy for the Standard. She previously worked at the Yorkshire Post and lives in Sheffield.</p></div>
<div class="_9jj6b"><h3 class="_0kk7n">Journalism like this costs money</h3><p class="_1ll8c">We don't put our reporting behind a paywall, so we rely on readers who chip in. A one-off gift or a few pounds a month keeps it free for everyone.</p><a class="_2mm9d" href="https://contribute.example.com/?ref=article">Make a contribution</a></div>
<div class="_3nn0f"><h3 class="_4oo1g">Most read</h3><ol class="_5pp2h"><li><a href="/a1">Bypass plan thrown out after three-year row</a></li><li><a href="/a2">School's swimming pool to reopen in June</a></li><li><a href="/a3">Why the market square is being dug up again</a></li></ol></div></div>)~",
     {{"social", "Copy link|WhatsApp"},
      {"newsletter", "The Morning Edit|sent before breakfast|Count me in"},
      {"author-bio", "covers media and local democracy"},
      {"subscription", "Journalism like this costs money|readers who chip in|Make a contribution"},
      {"related", "Bypass plan thrown out"},
      {nullptr, nullptr}}},

    // 1 (held out) no classes at all, DE.
    {"no-classes-de", "de", "Lena Brückner",
     R"~(Seit dem ersten April fahren in Kassel die Busse der Linie 12 nachts wieder im Halbstundentakt, nachdem der Stadtrat die Kürzungen des vergangenen Jahres zurückgenommen hat.
Den Ausschlag gab nach Angaben der Verkehrsbetriebe die Nachfrage: Die Zahl der Abonnenten des Deutschlandtickets in der Region ist im Winter auf mehr als 41.000 gestiegen.
Viele von ihnen arbeiten im Schichtdienst, etwa im Klinikum oder in den Logistikzentren am Stadtrand, und waren nach Mitternacht auf Taxis angewiesen.
Der Fahrgastverband hatte im Herbst eine Petition gestartet, die binnen drei Wochen fast 9.000 Unterschriften sammelte. Seine Mitglieder verteilten Flugblätter an den Haltestellen.
Die zusätzlichen Fahrten kosten die Stadt rund 1,2 Millionen Euro im Jahr. Ein Teil davon soll aus höheren Parkgebühren in der Innenstadt kommen.
Kritik kam von der Opposition, die eine genaue Auswertung der Fahrgastzahlen verlangt, bevor das Angebot dauerhaft festgeschrieben wird.
Die Verkehrsbetriebe wollen im Herbst einen Bericht vorlegen. Wer ein Jahresabo abschließt, soll bis dahin außerdem eine Mitfahrt am Wochenende kostenlos bekommen.
Für die Pflegekraft Selin Aydın bedeutet der neue Fahrplan vor allem eines: Sie kommt nach der Spätschicht wieder vor ein Uhr nach Hause.)~",
     R"~(<div><div><p>Wir nutzen Cookies und ähnliche Technologien, um Inhalte zu personalisieren und die Nutzung unseres Angebots zu messen. Mit „Einverstanden“ stimmen Sie dem zu.</p><button>Einverstanden</button> <button>Nur notwendige</button></div>
<h1>Nachtbusse fahren wieder öfter</h1><p>Von Lena Brückner</p>
<div><p>{0}</p><p>{1}</p><p>{2}</p>
<div><p>Noch 1 kostenloser Artikel in diesem Monat. Danach lesen Sie mit einem Digitalzugang weiter.</p><p><a href="/digital/angebote">Zu den Angeboten</a></p></div>
<p>{3}</p><p>{4}</p><p>{5}</p>
<div><p>Alle Nachrichten aus Nordhessen jetzt auch in unserer App – mit Eilmeldungen direkt aufs Handy.</p><a href="https://play.google.com/store/apps/details?id=x">Bei Google Play herunterladen</a> <a href="https://apps.apple.com/de/app/x">Im App Store laden</a></div>
<p>{6}</p><p>{7}</p></div>
<div><p>Lena Brückner ist Redakteurin im Ressort Stadt und schreibt seit 2016 über Verkehr und Stadtentwicklung. Zuvor volontierte sie bei der Hessischen Allgemeinen.</p></div></div>)~",
     {{"consent", "Wir nutzen Cookies und ähnliche|Nur notwendige"},
      {"paywall", "Noch 1 kostenloser Artikel|Zu den Angeboten"},
      {"promo", "jetzt auch in unserer App|Bei Google Play herunterladen"},
      {"author-bio", "ist Redakteurin im Ressort Stadt"},
      {nullptr, nullptr}}},

    // 2 (tuning) custom elements / Web Components, FR.
    {"custom-elements-fr", "fr", "Camille Vasseur",
     R"~(La médiathèque de Villeurbanne a supprimé au premier janvier le prix de l'abonnement annuel, qui coûtait jusque-là quinze euros pour les adultes.
En trois mois, le nombre d'inscrits a bondi de 38 %, selon les chiffres présentés mardi en conseil municipal.
La directrice, Sophie Marchal, explique que beaucoup de familles renonçaient à s'abonner pour une somme qui paraissait modeste mais qui comptait dans leur budget.
La mesure coûte environ 90 000 euros par an à la ville. Une partie est compensée par des dons, dont celui d'une librairie du quartier des Gratte-Ciel.
Les bénévoles de l'association des amis de la médiathèque, qui compte désormais 400 adhérents, ont aussi organisé des lectures dans les écoles.
L'opposition juge la mesure sympathique mais demande comment elle sera financée si les dons diminuent.
La lettre d'information de la médiathèque, envoyée chaque mois aux usagers, annonce désormais les nouveautés et les ateliers du samedi.
D'autres villes de la métropole, comme Vaulx-en-Velin, étudient la même formule pour la rentrée.)~",
     R"~(<page-shell><article-header><h1>À Villeurbanne, la médiathèque devient gratuite</h1><byline-block>Par <a href="/auteurs/camille-vasseur">Camille Vasseur</a>, le 2 avril 2024</byline-block></article-header>
<story-body><p>{0}</p><p>{1}</p>
<offer-card><strong>Offre de printemps</strong><p>Tout notre journal en illimité pour 1 € le premier mois, puis 9,99 € par mois. Sans engagement.</p><a href="/offres/printemps">J'en profite</a></offer-card>
<p>{2}</p><p>{3}</p><p>{4}</p>
<x-box><p>Recevez chaque vendredi l'essentiel de l'actualité lyonnaise dans votre boîte mail.</p><input type="email" placeholder="Adresse e-mail"><button>Je m'inscris</button></x-box>
<p>{5}</p><p>{6}</p><p>{7}</p></story-body>
<x-notice><p>Il semble qu'un module anti-publicités soit activé sur votre navigateur. Les annonces financent notre rédaction : merci de l'interrompre sur notre site.</p><button>J'ai compris</button></x-notice>
<x-tools><a href="/imprimer">Imprimer</a> <a href="/droits-reproduction">Demande de reproduction</a></x-tools></page-shell>)~",
     {{"subscription", "Offre de printemps|pour 1 € le premier mois|J'en profite"},
      {"newsletter", "Recevez chaque vendredi|Je m'inscris"},
      {"ad", "module anti-publicités soit activé|Les annonces financent notre rédaction"},
      {"promo", "Demande de reproduction"},
      {nullptr, nullptr}}},

    // 3 (held out) <dialog>, ES.
    {"dialog-es", "es", "Marta Olivares",
     R"~(El Ayuntamiento de Valencia aprobó el jueves un plan para plantar 12.000 árboles en los barrios con menos sombra de la ciudad antes de 2027.
La medida responde a un estudio de la Universitat Politècnica que midió diferencias de hasta siete grados entre calles arboladas y calles sin vegetación en pleno agosto.
Las asociaciones vecinales, que llevaban años reclamando más sombra, celebraron la decisión. Una de ellas recogió donaciones para comprar los primeros cincuenta plantones.
El concejal de Urbanismo explicó que el plan se financiará con fondos europeos y con parte de lo recaudado por la tasa turística.
Los socios de la cooperativa de jardinería El Cep se han ofrecido a cuidar los árboles durante los dos primeros veranos, cuando el riego es más delicado.
Algunos comerciantes temen que las obras afecten a las ventas. El Ayuntamiento promete trabajar por tramos para no cortar calles enteras.
El boletín municipal, al que están suscritos unos 30.000 vecinos, publicará cada mes el mapa de las calles donde se va a plantar.
Los primeros árboles llegarán a Benicalap y a Orriols en noviembre, cuando la temperatura permita trasplantarlos sin riesgo.)~",
     R"~(<main><article><h1>Valencia plantará 12.000 árboles en los barrios más calurosos</h1><div>Por Marta Olivares | Valencia</div>
<p>{0}</p><p>{1}</p><p>{2}</p>
<div><p>Escucha «La mañana en cinco minutos», nuestro pódcast diario, en Spotify, Apple Podcasts o iVoox.</p></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></article>
<p>Marta Olivares es periodista especializada en medio ambiente. Ha trabajado en Levante-EMV y colabora con la radio pública valenciana.</p></main>
<dialog open><h2>Has llegado al límite de artículos gratuitos</h2><p>Para seguir leyendo sin límites, hazte suscriptor desde 1 € al mes.</p><a href="/suscribirse">Ver planes</a><p>¿Ya tienes cuenta? <a href="/acceso">Entra</a></p><button>Ahora no</button></dialog>)~",
     {{"promo", "nuestro pódcast diario"},
      {"author-bio", "es periodista especializada en medio ambiente"},
      {"paywall", "Has llegado al límite de artículos|hazte suscriptor desde 1 €|Ahora no"},
      {nullptr, nullptr}}},

    // 4 (tuning) <aside> blocks, EN.
    {"aside-en", "en", "Tom Rafferty",
     R"~(Streaming services added fewer subscribers in the first quarter than in any period since 2014, according to figures published on Monday by the research firm Ampere.
Netflix, Disney+ and their rivals together gained 4.1 million paying accounts worldwide, down from 11 million a year earlier.
Analysts say the market is saturated in North America and Western Europe, where the average household already pays for three services.
Several companies have responded by raising prices and cracking down on password sharing, which pushes some viewers to cancel their memberships altogether.
Others are betting on cheaper tiers with advertising. Around a third of new sign-ups in the United States now choose a plan with adverts.
The picture is brighter in India and Indonesia, where low-cost mobile plans have drawn millions of first-time subscribers.
Ampere expects consolidation, with smaller services merging or being bought by larger studios before the end of next year.
Its report also notes that churn, the share of subscribers who leave each month, has stabilised at about five per cent.)~",
     R"~(<aside><p>Your privacy choices: we and our 214 partners store and access information on your device to show relevant adverts and measure audiences.</p><button>Agree and close</button><button>Show purposes</button></aside>
<article><span>Members only</span><h1>Streaming growth slows to a ten-year low</h1><p>Tom Rafferty · Media correspondent</p>
<p>{0}</p><p>{1}</p>
<aside><h3>On the pod</h3><p>This week on Screen Time, Tom and Aisha ask whether anyone still needs cable. New episodes every Wednesday wherever you get your podcasts.</p></aside>
<p>{2}</p><p>{3}</p><p>{4}</p>
<aside><p><b>Inside the Industry</b> lands in your inbox every Thursday: the deals, the numbers and the gossip.</p><form><input type="email" name="e"><input type="submit" value="Get it free"></form></aside>
<p>{5}</p><p>{6}</p><p>{7}</p></article>
<aside><h2>Trending now</h2><ul><li><a href="/x/1">Box office bounces back in surprise summer</a></li><li><a href="/x/2">Studio strikes deal with voice actors</a></li><li><a href="/x/3">The quiet return of the DVD box set</a></li></ul></aside>)~",
     {{"consent", "Your privacy choices|Agree and close"},
      {"paywall", "Members only"},
      {"promo", "On the pod|New episodes every Wednesday"},
      {"newsletter", "lands in your inbox every Thursday|Get it free"},
      {"related", "Box office bounces back"},
      {nullptr, nullptr}}},

    // 5 (held out) <section> with aria labels, IT.
    {"section-aria-it", "it", "Giulia Ferrante",
     R"~(Il Comune di Bologna ha firmato venerdì l'accordo che trasforma l'ex caserma Sani in un quartiere con 700 alloggi, un parco e una scuola elementare.
I lavori inizieranno in autunno e dureranno almeno sei anni, secondo il cronoprogramma presentato dall'assessora all'urbanistica.
Un terzo delle case sarà in affitto a canone calmierato, riservato a studenti, giovani coppie e lavoratori con redditi medi.
Le associazioni di quartiere, che contano oltre mille iscritti, chiedevano da anni che l'area non diventasse l'ennesimo complesso di lusso.
Una raccolta di donazioni promossa dalla parrocchia ha già finanziato il recupero del vecchio campo da calcio, che resterà aperto durante il cantiere.
Gli abbonati al servizio di car sharing del Comune potranno usare dieci nuovi parcheggi dedicati ai margini del parco.
I commercianti di via Ferrarese sperano che il nuovo quartiere porti clienti, ma temono due anni di strade chiuse e polvere.
La prima pietra sarà posata a ottobre, alla presenza del sindaco e dei rappresentanti delle famiglie che vivono già nella zona.)~",
     R"~(<main><h1>Bologna, l'ex caserma diventa un quartiere</h1><p>di Giulia Ferrante</p>
<section aria-label="Condividi"><a href="https://www.facebook.com/sharer.php?u=y">Facebook</a><a href="https://x.com/intent/post?url=y">X</a><a href="https://t.me/share/url?url=y">Telegram</a><a href="mailto:?body=y">Invia per email</a></section>
<section aria-label="Articolo"><p>{0}</p><p>{1}</p><p>{2}</p>
<section aria-label="Newsletter"><h3>Ogni mattina, la tua città</h3><p>Le notizie di Bologna e provincia nella tua casella di posta alle 7. Basta inserire l'indirizzo.</p><form><input type="email" aria-label="Email"><button>Ricevila gratis</button></form></section>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></section>
<section aria-label="Sostienici"><h3>Il giornalismo locale ha bisogno di te</h3><p>Questo articolo è libero per tutti grazie ai lettori che ci sostengono. Con un piccolo contributo ci aiuti a restare indipendenti.</p><a href="/contributo">Dona ora</a></section>
<section aria-label="App"><p>Scarica la nostra app gratuita e ricevi le notifiche delle ultime notizie.</p><a href="https://apps.apple.com/it/app/y">App Store</a> <a href="https://play.google.com/store/apps/details?id=y">Google Play</a></section></main>)~",
     {{"social", "Invia per email|Telegram"},
      {"newsletter", "Ogni mattina, la tua città|Ricevila gratis"},
      {"subscription", "Il giornalismo locale ha bisogno di te|Dona ora"},
      {"promo", "Scarica la nostra app gratuita"},
      {nullptr, nullptr}}},

    // 6 (tuning) layout tables, PT.
    {"tables-pt", "pt", "Rui Cardoso",
     R"~(A Câmara Municipal do Porto vai reabrir em junho o Mercado do Bolhão à noite, às sextas e aos sábados, depois de um ano de testes com concertos e bancas de comida.
A decisão foi tomada depois de um inquérito em que 80 % dos comerciantes disseram ter aumentado as vendas nas noites de abertura.
A associação de comerciantes do mercado, que tem 120 sócios, pediu apenas que a limpeza seja reforçada e que haja mais segurança nas entradas.
O vereador da Economia explicou que o horário noturno não terá custos para os comerciantes e que a câmara pagará a iluminação e a vigilância.
Alguns moradores da Rua Formosa queixam-se do barulho e pediram que a música termine antes da meia-noite.
Os assinantes do cartão municipal Porto Card terão descontos em algumas bancas, numa tentativa de atrair também os moradores e não só os turistas.
Uma campanha de doações organizada por uma escola de música do bairro vai pagar os instrumentos de uma pequena orquestra juvenil que tocará no mercado.
A primeira noite está marcada para 7 de junho, com fado e uma homenagem às vendedoras mais antigas do Bolhão.)~",
     R"~(<table width="100%"><tr><td colspan="2"><h1>Bolhão vai abrir à noite às sextas e aos sábados</h1><font size="2">Rui Cardoso | Porto</font></td></tr>
<tr><td valign="top"><p>{0}</p><p>{1}</p><p>{2}</p>
<table border="1"><tr><td><b>Assine já e leia sem limites.</b> Plano digital a 4,99 € por mês nos primeiros seis meses.</td><td><a href="/assinaturas">Quero assinar</a></td></tr></table>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<table><tr><td>Rui Cardoso é jornalista da secção Local desde 2009. Escreve sobre o Porto, o património e a vida dos bairros.</td></tr></table>
<table><tr><td><a href="/edicao-impressa">Edição impressa</a></td><td><a href="/reproducao">Pedir reprodução deste artigo</a></td></tr></table></td>
<td valign="top" width="250"><table><tr><td><b>Newsletter Manhã</b><br>As notícias do dia, todas as manhãs no seu e-mail.<br><input type="email" placeholder="O seu e-mail"> <input type="submit" value="Subscrever"></td></tr></table></td></tr></table>)~",
     {{"subscription", "Assine já e leia sem limites|Quero assinar"},
      {"author-bio", "é jornalista da secção Local"},
      {"promo", "Pedir reprodução deste artigo"},
      {"newsletter", "Newsletter Manhã|todas as manhãs no seu e-mail"},
      {nullptr, nullptr}}},

    // 7 (held out) <form> with labels, NL.
    {"form-labels-nl", "nl", "Sanne de Graaf",
     R"~(De gemeente Utrecht gaat vanaf september de fietsenstalling onder het Stationsplein de hele nacht openhouden, meldde wethouder Jansen dinsdag.
De stalling, met ruim 12.500 plekken de grootste ter wereld, sloot tot nu toe om één uur en ging om vijf uur weer open.
Reizigers die na de laatste trein aankwamen, moesten hun fiets daardoor buiten laten staan, waar diefstal veel vaker voorkomt.
De Fietsersbond, die in Utrecht ruim 3.000 leden heeft, voerde al jaren actie voor een nachtopenstelling en bood zelf vrijwilligers aan.
De extra kosten, ongeveer 400.000 euro per jaar, betaalt de gemeente samen met de NS.
Abonnementhouders van de stalling, die nu twaalf euro per maand betalen voor een vaste plek, gaan er niet op vooruit in prijs.
Een inzamelactie van bewoners van Lombok leverde eerder al geld op voor extra verlichting bij de ingang aan de Jaarbeurszijde.
De gemeente evalueert de proef na een jaar. Als het gebruik meevalt, volgen de stallingen bij Vaartsche Rijn en Zuilen.)~",
     R"~(<article><h1>Grootste fietsenstalling ter wereld gaat 's nachts open</h1><p>Door Sanne de Graaf</p>
<p>{0}</p><p>{1}</p>
<form action="/nieuwsbrief"><fieldset><legend>Utrecht Vandaag</legend><p>Elke werkdag om zeven uur het belangrijkste nieuws uit de stad per mail in je postvak.</p><label for="nb">E-mailadres</label><input id="nb" type="email" required><label><input type="checkbox"> Ik ga akkoord met de privacyverklaring</label><button type="submit">Aanmelden</button></fieldset></form>
<p>{2}</p><p>{3}</p><p>{4}</p>
<div><p>Je hebt dit jaar al 10 gratis artikelen gelezen. Neem een abonnement om verder te lezen.</p><a href="/abonneren">Bekijk de mogelijkheden</a> <a href="/inloggen">Inloggen</a></div>
<p>{5}</p><p>{6}</p><p>{7}</p></article>
<div><p>Wij zien dat er een advertentieblokker actief is. Zonder advertentie-inkomsten kunnen we onze journalistiek niet maken. Zet je adblocker uit voor deze site.</p></div>
<div><h3>Steun onafhankelijke journalistiek</h3><p>Met een gift vanaf 5 euro help je onze verslaggevers om het nieuws uit je buurt te blijven brengen.</p><a href="/doneren">Doe een gift</a></div>)~",
     {{"newsletter", "Utrecht Vandaag|in je postvak|Ik ga akkoord met de privacyverklaring"},
      {"paywall", "10 gratis artikelen gelezen|Bekijk de mogelijkheden"},
      {"ad", "een advertentieblokker actief is|Zet je adblocker uit"},
      {"subscription", "Steun onafhankelijke journalistiek|Doe een gift"},
      {nullptr, nullptr}}},

    // 8 (tuning) <form> without labels and iframe placeholders, DE.
    {"form-iframe-de", "de", "Jonas Wendt",
     R"~(Der Tierpark Hellabrunn in München hat im vergangenen Jahr einen Besucherrekord aufgestellt: Gut 2,1 Millionen Menschen kamen, so viele wie nie zuvor.
Einen großen Anteil daran hatten die Jahreskarten. Die Zahl der Jahreskarteninhaber stieg um ein Viertel, vor allem Familien aus dem Umland griffen zu.
Der Förderverein des Tierparks, der inzwischen 6.500 Mitglieder zählt, finanzierte mit Spenden das neue Gehege für die Schneeleoparden.
Zoodirektor Rasem Baban sagte, ohne die Spenden der Münchner wäre der Umbau erst in fünf Jahren möglich gewesen.
In diesem Jahr sollen die Eisbärenanlage und der Spielplatz am Haupteingang erneuert werden. Die Kosten schätzt der Tierpark auf acht Millionen Euro.
Kritik gibt es an den Eintrittspreisen, die zum Jahresbeginn erneut gestiegen sind. Eine Tageskarte für Erwachsene kostet jetzt 19 Euro.
Der Tierpark verweist auf höhere Energie- und Futterkosten und auf den kostenlosen Eintritt für Kinder unter vier Jahren.
Wer den Newsletter des Fördervereins bezieht, erfährt als Erster von Geburten im Tierpark – zuletzt kamen zwei junge Pinguine zur Welt.)~",
     R"~(<div id="app"><h1>Rekordjahr für Hellabrunn</h1><div>Jonas Wendt, 3. Februar 2024</div>
<div><p>{0}</p><p>{1}</p><p>{2}</p>
<div><iframe data-src="https://www.youtube-nocookie.com/embed/abc" width="560" height="315"></iframe><p>Externer Inhalt: Hier wird ein Video von YouTube angezeigt. Mit einem Klick laden Sie das Video und übermitteln dabei Daten an den Anbieter.</p><button>Video laden</button></div>
<p>{3}</p><p>{4}</p>
<div><h4>München am Morgen</h4><form><input type="email" placeholder="E-Mail-Adresse eingeben"><button>Abonnieren</button></form><p>Der kostenlose Überblick für Ihren Tag – montags bis samstags.</p></div>
<p>{5}</p><p>{6}</p><p>{7}</p></div>
<div><p>Jonas Wendt arbeitet als Reporter in der Münchner Lokalredaktion. Er hat Biologie studiert und schreibt am liebsten über Tiere und Umwelt.</p></div>
<div style="position:fixed;bottom:0"><p>Testen Sie unser Digital-Abo: 4 Wochen für 0,99 €, danach monatlich kündbar.</p><a href="/abo/testen">Jetzt testen</a> <button>Nicht jetzt</button></div></div>)~",
     {{"consent", "Externer Inhalt: Hier wird|Video laden"},
      {"newsletter", "München am Morgen|Der kostenlose Überblick für Ihren Tag"},
      {"author-bio", "arbeitet als Reporter in der Münchner"},
      {"subscription", "Testen Sie unser Digital-Abo|Jetzt testen|Nicht jetzt"},
      {nullptr, nullptr}}},

    // 9 (held out) Tailwind utility classes, EN.
    {"tailwind-en", "en", "Priya Natarajan",
     R"~(Rangers in the Cairngorms have counted 43 golden eagle chicks this summer, the highest number since monitoring began in the national park three decades ago.
The recovery follows a ten-year project that moved young eagles from the Highlands to the south of Scotland and cracked down on the illegal poisoning of birds of prey.
Landowners who signed up to the park's wildlife agreements receive annual payments for keeping moorland managed in ways that suit the eagles.
The scheme has not been without friction. Some gamekeepers say the payments do not make up for the grouse the birds take each year.
Conservation charities, which rely heavily on donations from members, paid for the satellite tags that let scientists follow each chick after it leaves the nest.
One young female, tagged in 2022, has already flown as far as the Yorkshire Dales and back.
The park's wildlife newsletter, which has 18,000 subscribers, publishes a monthly map of where the tagged eagles have travelled.
Ecologists caution that one good year is not a trend, but they say the numbers suggest the population is finally stable.)~",
     R"~(<div class="min-h-screen bg-white"><div class="mx-auto max-w-2xl px-4"><h1 class="text-4xl font-bold tracking-tight">Golden eagles have their best year in decades</h1><p class="mt-2 text-sm text-gray-500">by <a class="underline" href="/writers/priya-natarajan">Priya Natarajan</a></p>
<div class="mt-4 flex gap-2"><a class="rounded bg-gray-100 px-2 py-1" href="https://www.linkedin.com/sharing/share-offsite/?url=z">LinkedIn</a><a class="rounded bg-gray-100 px-2 py-1" href="https://bsky.app/intent/compose?text=z">Bluesky</a><a class="rounded bg-gray-100 px-2 py-1" href="https://www.reddit.com/submit?url=z">Reddit</a></div>
<div class="prose prose-lg mt-6"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="my-8 rounded-xl border border-emerald-200 bg-emerald-50 p-6"><p class="font-semibold">Before you scroll on...</p><p class="mt-2">Nobody owns us and nobody tells us what to write. If our nature reporting matters to you, back it with a gift of any size.</p><a class="mt-4 inline-block rounded-full bg-emerald-700 px-5 py-2 text-white" href="https://give.example.org/once">Give once</a> <a class="mt-4 inline-block rounded-full border px-5 py-2" href="https://give.example.org/monthly">Give monthly</a></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="mt-10 border-t pt-6"><h2 class="text-lg font-semibold">Popular this week</h2><ul class="mt-3 space-y-2"><li><a href="/p/1">The hidden cost of cheap flights to the islands</a></li><li><a href="/p/2">A guide to the best autumn walks in Perthshire</a></li><li><a href="/p/3">Ferry timetable cut again for winter</a></li></ul></div></div>
<div class="fixed inset-x-0 bottom-0 z-50 bg-slate-900 p-4 text-white"><p>Our apps are here: get breaking news alerts and offline reading on your phone.</p><a class="ml-3 underline" href="https://apps.apple.com/gb/app/z">iPhone</a> <a class="ml-3 underline" href="https://play.google.com/store/apps/details?id=z">Android</a></div></div>)~",
     {{"social", "Bluesky|Reddit"},
      {"subscription", "Before you scroll on|nobody tells us what to write|Give monthly"},
      {"related", "The hidden cost of cheap flights"},
      {"promo", "Our apps are here|offline reading on your phone"},
      {nullptr, nullptr}}},

    // 10 (tuning) Bootstrap, FR.
    {"bootstrap-fr", "fr", "Antoine Lefèvre",
     R"~(Le conseil régional de Bretagne a voté vendredi une aide de 14 millions d'euros pour rénover les ports de pêche de Lorient, Concarneau et du Guilvinec.
Les criées, dont certaines datent des années 1970, ne respectent plus les normes sanitaires européennes et perdent des clients au profit des ports espagnols.
Les armateurs, réunis dans une coopérative qui compte 230 adhérents, réclamaient ces travaux depuis la fin du plan de sortie de flotte.
La région demande en contrepartie que les ports réduisent leur consommation d'énergie, notamment celle des chambres froides.
À Concarneau, une association de patrimoine maritime a lancé un appel aux dons pour sauver le vieux bâtiment de la criée, qui doit être démoli.
Les abonnés de la lettre d'information de l'association, environ 5 000 personnes, ont déjà réuni plus de 60 000 euros.
Les premiers travaux commenceront au Guilvinec à l'automne, en dehors de la saison de la langoustine.
Le président de la région a promis que les pêcheurs seraient consultés à chaque étape du chantier.)~",
     R"~(<div class="container"><div class="row"><div class="col-md-8"><h1 class="display-5">Bretagne : 14 millions pour les ports de pêche</h1><p class="text-muted small">Antoine Lefèvre, correspondant à Lorient</p>
<p>{0}</p><p>{1}</p><p>{2}</p>
<div class="alert alert-warning" role="alert">Notre site est financé par la publicité. Pour continuer à nous lire gratuitement, pensez à autoriser les annonces ou à nous soutenir en vous abonnant.</div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p class="mt-4 fst-italic">Antoine Lefèvre est journaliste au service Économie. Il suit la pêche et le littoral breton depuis 2012 et a publié un livre sur les ports du Finistère.</p></div>
<div class="col-md-4"><div class="card"><div class="card-header">Les articles les plus consultés</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/r/1">Brest : le pont de Recouvrance fermé trois semaines</a></li><li class="list-group-item"><a href="/r/2">Tempête : les îles privées de bateaux</a></li><li class="list-group-item"><a href="/r/3">Le prix du gazole dépasse deux euros</a></li></ul></div></div></div></div>
<div class="modal fade show d-block" tabindex="-1" role="dialog"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Ne ratez plus rien</h5></div><div class="modal-body"><p>Chaque soir, un résumé de l'actualité bretonne directement par e-mail.</p><input class="form-control" type="email" placeholder="votre@email.fr"></div><div class="modal-footer"><button class="btn btn-secondary">Non merci</button><button class="btn btn-primary">Valider</button></div></div></div></div>)~",
     {{"ad", "Notre site est financé par la publicité|autoriser les annonces"},
      {"author-bio", "est journaliste au service Économie"},
      {"related", "le pont de Recouvrance fermé"},
      {"newsletter", "Ne ratez plus rien|un résumé de l'actualité bretonne"},
      {nullptr, nullptr}}},

    // 11 (held out) WordPress blocks, ES.
    {"wp-blocks-es", "es", "Diego Santamaría",
     R"~(La Biblioteca Regional de Murcia digitalizará en los próximos dos años su archivo de prensa histórica, con más de 400.000 páginas publicadas entre 1850 y 1980.
El proyecto, presupuestado en 1,3 millones de euros, permitirá consultar gratis desde casa periódicos que hoy solo pueden verse en microfilm.
La asociación de amigos de la biblioteca, con 700 socios, lleva una década recogiendo donaciones de colecciones privadas para completar los huecos del archivo.
Entre las joyas figura una colección casi completa de un diario republicano que se publicó en Cartagena entre 1931 y 1939.
Los investigadores celebran la noticia. Hasta ahora, quien quería consultar el archivo tenía que pedir cita con semanas de antelación.
La biblioteca ofrecerá una suscripción gratuita a un boletín que avisará cada vez que se publique un nuevo lote de periódicos digitalizados.
Algunos historiadores piden que se incluya también la prensa local de los pueblos, que corre más riesgo de perderse.
La directora del centro asegura que esos fondos entrarán en una segunda fase, si la Comunidad mantiene la financiación.)~",
     R"~(<div class="wp-site-blocks"><main class="wp-block-group"><h1 class="wp-block-post-title">Murcia digitalizará 400.000 páginas de prensa histórica</h1><div class="wp-block-post-author"><div class="wp-block-post-author__name">Diego Santamaría</div></div>
<div class="entry-content wp-block-post-content"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><h3 class="wp-block-heading">Este periódico lo sostienen sus lectores</h3><p>No tenemos grandes accionistas detrás. Si te parece valioso lo que hacemos, colabora con una aportación única o mensual.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/colabora">Colabora</a></div></div></div>
<p>{3}</p><p>{4}</p><p>{5}</p>
<div class="wp-block-group"><p><strong>Apúntate a nuestro boletín.</strong> Cada domingo, lo mejor de la semana en Murcia en tu correo.</p><form class="wp-block-form"><input type="email" placeholder="Tu correo electrónico"><button class="wp-element-button">Quiero recibirlo</button></form></div>
<p>{6}</p><p>{7}</p>
<p class="has-small-font-size"><em>Escucha el episodio de esta semana de «Memoria de papel», el pódcast de la redacción, en tu plataforma favorita.</em></p>
<div class="wp-block-buttons"><div class="wp-block-button is-style-outline"><a class="wp-block-button__link" href="/hemeroteca/edicion-impresa">Edición impresa en PDF</a></div></div></div></main>
<div class="wp-block-group" style="position:sticky;bottom:0"><p>Este sitio utiliza cookies propias y de terceros para fines analíticos y para mostrarte publicidad personalizada.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="#aceptar">Aceptar</a></div><div class="wp-block-button"><a class="wp-block-button__link" href="#rechazar">Rechazar</a></div></div></div></div>)~",
     {{"subscription", "Este periódico lo sostienen sus lectores|colabora con una aportación"},
      {"newsletter", "Apúntate a nuestro boletín|Quiero recibirlo"},
      {"promo", "el pódcast de la redacción"},
      {"promo", "Edición impresa en PDF"},
      {"consent", "utiliza cookies propias y de terceros"},
      {nullptr, nullptr}}},

    // 12 (tuning) Ghost theme, EN.
    {"ghost-en", "en", "Owen Marsh",
     R"~(The last independent bookshop in Ferrybridge will stay open after more than 600 people pledged a monthly sum to keep it trading.
Owner Dilys Pryce had announced in January that rising rent and energy bills meant she would close the shop her parents opened in 1968.
A customer suggested a membership scheme modelled on the ones that saved several community pubs. Members pay £6 a month and get a discount and a free coffee on Saturdays.
Within a fortnight the scheme had covered the shortfall, Pryce said, and the shop has since taken on a part-time assistant.
Booksellers elsewhere are watching closely. The Booksellers Association says memberships and subscription boxes now account for a growing share of small shops' income.
Some warn the model works only where customers are unusually loyal and reasonably well off.
Pryce has started a fortnightly email newsletter with reading recommendations, which she writes at the counter on quiet afternoons.
She says the shop's future depends on members renewing next year, but for now the shelves are full and the lights are on.)~",
     R"~(<div class="site-wrapper"><main class="site-main"><article class="article post tag-culture"><header class="article-header gh-canvas"><h1 class="article-title">The bookshop its readers refused to let close</h1><div class="article-byline"><a href="/author/owen/">Owen Marsh</a> <time>Mar 9, 2024</time></div></header>
<section class="gh-content gh-canvas"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="kg-card kg-cta-card"><p>You're reading The Northern Ledger, a reader-supported paper. To get every story and our weekly digest, become a free or paying member.</p><a href="#/portal/signup">Join for free</a></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></section>
<section class="article-comments gh-canvas"><p>Want to join the conversation? <a href="#/portal/signin">Sign in</a> or become a member to leave a comment.</p></section></article>
<p>Owen Marsh is a freelance writer who grew up in Pontefract. His work has appeared in the New Statesman and the Yorkshire Post.</p></main>
<div class="gh-portal-triggerbtn-wrapper" style="position:fixed;right:20px;bottom:20px"><span>Subscribe</span></div></div>)~",
     {{"newsletter", "become a free or paying member|Join for free"},
      {"signin", "Want to join the conversation"},
      {"author-bio", "is a freelance writer who grew up in Pontefract"},
      {"subscription", "Subscribe"},
      {nullptr, nullptr}}},

    // 13 (held out) Substack-like, DE.
    {"substack-de", "de", "Miriam Haas",
     R"~(Als die Gemeinde Ebersberg im vergangenen Sommer ihr Freibad schließen wollte, gründeten drei Mütter einen Verein und sammelten in zwei Monaten 180.000 Euro.
Heute hat der Verein „Bad bleibt“ 1.400 Mitglieder, mehr als jeder Sportverein im Ort. Der Jahresbeitrag liegt bei 25 Euro.
Das Geld reichte, um die marode Filteranlage zu ersetzen. Den laufenden Betrieb übernimmt die Gemeinde weiterhin, allerdings mit verkürzten Öffnungszeiten.
Ähnliche Initiativen gibt es inzwischen in mehreren bayerischen Gemeinden. Bundesweit sind nach Angaben der Bäder-Allianz seit 2000 über tausend Freibäder geschlossen worden.
Die Initiatorin Katrin Ostler sagt, viele Spender hätten nicht nur Geld gegeben, sondern auch Arbeitsstunden – beim Streichen der Umkleiden etwa.
Kritiker wenden ein, der Staat dürfe sich nicht darauf verlassen, dass Bürger mit Spenden einspringen, wo öffentliche Aufgaben liegen.
Der Verein verschickt inzwischen einen Newsletter an seine Mitglieder, in dem er über Wassertemperatur, Öffnungszeiten und die nächsten Arbeitseinsätze informiert.
In diesem Jahr öffnet das Bad am ersten Juni. Der erste Sprung ins Becken ist traditionell dem Bürgermeister vorbehalten.)~",
     R"~(<div class="single-post-container"><div class="post-header"><h1 class="post-title">Ein Dorf rettet sein Freibad</h1><h3 class="subtitle">Wie ein Verein in Ebersberg 180.000 Euro sammelte</h3><div class="byline"><a href="https://miriamhaas.example.com/">Miriam Haas</a> · 12. Mai</div></div>
<div class="available-content"><div class="body markup"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="subscription-widget-wrap"><p>Lokal & Lesenswert ist eine von Lesern getragene Publikation. Um neue Beiträge zu erhalten und meine Arbeit zu unterstützen, werden Sie kostenloser oder zahlender Abonnent.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse …"><input type="submit" value="Abonnieren"></form></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p class="button-wrapper"><a class="button primary" href="/p/freibad?action=share"><span>Beitrag teilen</span></a></p>
<p>Danke fürs Lesen! Wenn Ihnen dieser Text gefallen hat, leiten Sie ihn gerne an Freunde weiter.</p></div></div>
<div class="post-footer"><div>Bereit für mehr?</div><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Kostenlos abonnieren</button></form></div>
<div class="app-install"><p>Lesen Sie Lokal & Lesenswert in der App – jetzt herunterladen.</p><a href="https://apps.apple.com/app/substack/id1">Laden im App Store</a></div></div>)~",
     {{"newsletter", "eine von Lesern getragene Publikation|kostenloser oder zahlender Abonnent"},
      {"social", "Beitrag teilen"},
      {"social", "Danke fürs Lesen!|an Freunde weiter"},
      {"newsletter", "Bereit für mehr?|Kostenlos abonnieren"},
      {"promo", "in der App – jetzt herunterladen"},
      {nullptr, nullptr}}},

    // 14 (tuning) Medium-like, EN.
    {"medium-en", "en", "Lucas Brennan",
     R"~(For three years I ran a small food bank out of a church hall in Leicester, and the thing I learned first was that hunger does not keep office hours.
We opened on Tuesday and Friday evenings. Most of the people who came had jobs, often two, and could not get to the daytime services in the city centre.
Donations came in waves. At Christmas the shelves overflowed, and by February we were buying pasta with money from our own pockets.
What changed things was a local gym that asked its members to bring a tin every time they came in. Within a month we had a steady supply.
The supermarket across the road, which had refused us for years, started giving us surplus bread once its new manager saw the queue outside.
We also set up a standing order scheme. Two hundred people now give £5 a month, which pays the rent on the hall and the van insurance.
I stepped down last spring, but the food bank still sends out a short newsletter to volunteers every Sunday night with the week's rota.
If there is a lesson, it is that generosity is not the problem. The problem is that it arrives when it is easiest to give, not when it is most needed.)~",
     R"~(<div class="l-root"><article><div class="ae af"><div class="pw-member-label"><span class="bq br">Member-only story</span></div>
<h1 class="pw-post-title" data-testid="storyTitle">What running a food bank taught me about giving</h1>
<div class="speechify-ignore"><a rel="noopener follow" href="/@lucasbrennan">Lucas Brennan</a> <button class="ay az">Follow</button> <span>7 min read</span> · <span>Feb 2, 2024</span></div>
<div class="ch ci"><button aria-label="clap">1.2K</button> <button aria-label="responses">38</button> <button aria-label="Bookmark">Save</button> <button aria-label="Share">Share</button></div>
<p class="pw-post-body-paragraph">{0}</p><p class="pw-post-body-paragraph">{1}</p><p class="pw-post-body-paragraph">{2}</p><p class="pw-post-body-paragraph">{3}</p><p class="pw-post-body-paragraph">{4}</p><p class="pw-post-body-paragraph">{5}</p><p class="pw-post-body-paragraph">{6}</p><p class="pw-post-body-paragraph">{7}</p></div></article>
<div class="bm bn"><h2>Written by Lucas Brennan</h2><p>512 Followers</p><p>Former food bank coordinator. I write about poverty, volunteering and life in the East Midlands.</p></div>
<div class="bo bp"><h2>More from Medium</h2><div><a href="/s/1">The Quiet Collapse of the British High Street</a></div><div><a href="/s/2">I Volunteered for a Year. Here Is What Nobody Tells You</a></div></div>
<div class="bs bt" role="dialog"><h2>Get unlimited access to the best of Medium for less than $1/week.</h2><a href="/plans">Get full access</a></div></div>)~",
     {{"paywall", "Member-only story"},
      {"social", "1.2K|Save"},
      {"author-bio", "Former food bank coordinator|512 Followers"},
      {"related", "The Quiet Collapse of the British"},
      {"subscription", "Get unlimited access to the best of Medium|Get full access"},
      {nullptr, nullptr}}},

    // 15 (held out) styled-components hashed classes, FR.
    {"sc-hashed-fr", "fr", "Élise Morvan",
     R"~(La ville de Nantes va expérimenter dès septembre la gratuité des transports en commun le samedi pour les moins de 26 ans.
La mesure, votée lundi soir en conseil métropolitain, coûtera environ 3 millions d'euros par an selon les services de la métropole.
Les détenteurs d'un abonnement mensuel ne perdront rien : leur tarif restera inchangé et ils garderont l'accès aux vélos en libre-service.
L'association des usagers, qui compte 800 adhérents, réclamait une gratuité totale comme à Dunkerque, mais se dit satisfaite d'un premier pas.
Le réseau a gagné 12 % de voyageurs l'an dernier, en partie grâce à la nouvelle ligne de tramway vers Rezé.
L'opposition dénonce une mesure électoraliste et craint une hausse des impôts locaux pour la financer.
La métropole promet de publier chaque trimestre les chiffres de fréquentation dans sa lettre d'information, envoyée à tous les abonnés du réseau.
Un premier bilan sera présenté en juin prochain, avant une éventuelle extension au dimanche.)~",
     R"~(<div class="sc-bczRLJ kVbqxP"><div class="sc-gsnTZi fFbTQq"><h1 class="sc-dkzDqf gmkKXw">Nantes : bus et tram gratuits le samedi pour les jeunes</h1><div class="sc-hKMtZM jLVXXa">Par <a class="sc-eCYdqJ" href="/journalistes/elise-morvan">Élise Morvan</a></div></div>
<div class="sc-jSMfEi dpJrYx"><div class="sc-crXcEl bBOXuS"><p>Plus que 2 articles offerts ce mois-ci. <a href="/connexion">Connectez-vous</a> ou <a href="/abonnement/offre">abonnez-vous</a> pour ne plus être limité.</p></div>
<p class="sc-ftvSup">{0}</p><p class="sc-ftvSup">{1}</p><p class="sc-ftvSup">{2}</p><p class="sc-ftvSup">{3}</p>
<div class="sc-papXJ hRsnOx"><span class="sc-jqUVSM">La newsletter Nantes Matin</span><span class="sc-kDDrLX">Tous les jours à 7 h, l'info de la métropole dans votre messagerie.</span><input class="sc-iqcoie" type="email"><button class="sc-crXcEl">S'inscrire gratuitement</button></div>
<p class="sc-ftvSup">{4}</p><p class="sc-ftvSup">{5}</p><p class="sc-ftvSup">{6}</p><p class="sc-ftvSup">{7}</p></div>
<div class="sc-fEOsli ocLsr"><p>Élise Morvan suit les transports et l'urbanisme à Nantes depuis 2018. Elle a auparavant été correspondante à Saint-Nazaire.</p></div>
<div class="sc-bjUoiL LQkkz"><p>Téléchargez l'application pour lire le journal hors connexion et recevoir les alertes.</p><a href="https://apps.apple.com/fr/app/w">Télécharger</a></div></div>)~",
     {{"paywall", "Plus que 2 articles offerts|pour ne plus être limité"},
      {"newsletter", "La newsletter Nantes Matin|S'inscrire gratuitement"},
      {"author-bio", "suit les transports et l'urbanisme"},
      {"promo", "Téléchargez l'application pour lire"},
      {nullptr, nullptr}}},

    // 16 (tuning) AMP custom elements, ES.
    {"amp-es", "es", "Lucía Ferrer",
     R"~(Bilbao cerrará al tráfico privado el puente de San Antón a partir de julio y lo convertirá en un paseo para peatones y bicicletas.
El alcalde defendió que el puente, uno de los símbolos de la villa, soporta hoy más de 9.000 coches al día en un espacio pensado para carros.
Los comerciantes del Casco Viejo están divididos: unos temen perder clientes que llegan en coche y otros creen que el paseo atraerá a más visitantes.
La asociación de vecinos de Bilbao La Vieja, con 450 socios, celebró la decisión y pidió que se instalen bancos y fuentes.
El Ayuntamiento calcula que los autobuses ganarán cuatro minutos en su recorrido al liberar el tráfico del puente de la Merced.
Los abonados de Bilbaobizi, el servicio de bicicletas públicas, podrán usar un nuevo aparcamiento junto al mercado de la Ribera.
Una campaña de micromecenazgo de un colectivo de artistas ha recaudado ya 20.000 euros para iluminar el puente de noche.
Las obras de adaptación durarán tres meses y el paseo se inaugurará, si no hay retrasos, en las fiestas de la Aste Nagusia.)~",
     R"~(<amp-consent id="consent" layout="nodisplay"><div><p>Utilizamos cookies para mejorar tu experiencia y ofrecerte anuncios de tu interés. Puedes aceptarlas o configurarlas.</p><button on="tap:consent.accept">Aceptar y cerrar</button><button on="tap:consent.reject">Configurar</button></div></amp-consent>
<article><h1>El puente de San Antón será peatonal</h1><address>Lucía Ferrer</address>
<amp-social-share type="whatsapp"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="email">Enviar por correo</amp-social-share>
<p>{0}</p><p>{1}</p><p>{2}</p>
<div><p>Publicidad</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/1/x"></amp-ad></div>
<p>{3}</p><p>{4}</p>
<section subscriptions-section="content-not-granted"><h3>Este contenido es exclusivo para suscriptores</h3><p>Únete a nuestra comunidad de lectores por 5 € al mes y disfruta de todo nuestro periodismo.</p><button subscriptions-action="subscribe">Suscribirme</button></section>
<p>{5}</p><p>{6}</p><p>{7}</p>
<amp-form><form method="post" action-xhr="/boletin"><p>El boletín de la mañana: Bilbao y Bizkaia, de lunes a viernes, antes de las ocho.</p><input type="email" name="correo" placeholder="Escribe tu correo"><input type="submit" value="Suscribirme al boletín"></form></amp-form></article>)~",
     {{"consent", "Utilizamos cookies para mejorar|Aceptar y cerrar"},
      {"social", "Enviar por correo"},
      {"ad", "Publicidad"},
      {"paywall", "exclusivo para suscriptores|Únete a nuestra comunidad de lectores"},
      {"newsletter", "El boletín de la mañana|Suscribirme al boletín"},
      {nullptr, nullptr}}},

    // 17 (held out) React divs with data-testid, IT.
    {"react-testid-it", "it", "Marco Rinaldi",
     R"~(La Regione Toscana ha stanziato 40 milioni di euro per riaprire entro il 2026 le stazioni ferroviarie minori chiuse negli ultimi vent'anni lungo la linea Faentina.
Le prime a riaprire saranno Fontanelle, Ronta e Crespino del Lamone, che torneranno a essere servite da due treni all'ora nelle ore di punta.
Il comitato dei pendolari del Mugello, che conta oltre 2.000 iscritti, aveva raccolto migliaia di firme per chiedere il ripristino delle fermate.
Gli abbonati mensili della linea, circa 3.500, pagheranno la stessa tariffa anche con il servizio potenziato, ha assicurato l'assessore ai trasporti.
La Regione prevede anche parcheggi di interscambio e rastrelliere per le biciclette in ciascuna stazione.
Una fondazione bancaria ha promesso una donazione per restaurare la stazione di Borgo San Lorenzo, che diventerà un punto informativo per i turisti.
Restano dubbi sui tempi: RFI dovrà prima completare i lavori di messa in sicurezza delle gallerie sull'Appennino.
I sindaci della zona parlano comunque di una svolta per un territorio che negli anni ha perso abitanti e servizi.)~",
     R"~(<div id="root"><div data-testid="article-page"><div data-testid="headline-block"><h1>Faentina, riaprono le stazioni chiuse</h1><div data-testid="byline">Marco Rinaldi</div></div>
<div data-testid="article-body"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p>
<div data-testid="inline-block"><div><p>Il resto dell'articolo è riservato agli abbonati.</p><p>Prova l'abbonamento digitale: il primo mese costa 1 euro.</p></div><div><a href="/abbonati">Abbonati ora</a><a href="/login">Sei già abbonato? Accedi</a></div></div>
<p>{5}</p><p>{6}</p><p>{7}</p></div>
<div data-testid="author-card"><p>Marco Rinaldi scrive di trasporti e infrastrutture per la cronaca di Firenze. Vive a Borgo San Lorenzo.</p></div>
<div data-testid="rail"><h2>I più letti</h2><a href="/t/1"><span>Firenze, il tram arriva a Bagno a Ripoli</span></a><a href="/t/2"><span>Prato, chiude lo storico cinema Eden</span></a><a href="/t/3"><span>Siena, il Palio straordinario a settembre</span></a></div>
<div data-testid="notification-prompt"><p>Vuoi ricevere le notifiche con le notizie più importanti?</p><button>Più tardi</button><button>Attiva</button></div></div></div>)~",
     {{"paywall", "Il resto dell'articolo è riservato|Prova l'abbonamento digitale"},
      {"author-bio", "scrive di trasporti e infrastrutture"},
      {"related", "il tram arriva a Bagno a Ripoli"},
      {"promo", "Vuoi ricevere le notifiche|Più tardi"},
      {nullptr, nullptr}}},

    // 18 (tuning) Drupal field classes, PT.
    {"drupal-pt", "pt", "Ana Beatriz Lopes",
     R"~(A prefeitura de Belo Horizonte vai transformar três viadutos do centro em jardins suspensos até o fim do próximo ano, num projeto inspirado em exemplos de Seul e de Nova Iorque.
As obras começam em agosto pelo viaduto Santa Tereza, que hoje recebe feiras de artesanato aos domingos.
A associação de moradores do bairro Floresta, com 300 associados, participou das oficinas em que foram escolhidas as plantas e os bancos.
O projeto custa 28 milhões de reais, parte dos quais virá de doações de empresas que poderão dar o nome aos canteiros.
Urbanistas elogiam a ideia, mas lembram que jardins suspensos exigem manutenção constante e água, um recurso que faltou na cidade no último inverno.
Os assinantes do programa de hortas comunitárias da prefeitura terão acesso a uma área de cultivo no viaduto da Floresta.
A prefeitura promete que os vendedores ambulantes que trabalham sob os viadutos não serão removidos durante as obras.
O primeiro trecho deve ficar pronto em março, a tempo do aniversário da cidade.)~",
     R"~(<div class="layout-container"><main role="main"><article class="node node--type-article node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">Viadutos de BH vão virar jardins suspensos</span></h1><div class="field field--name-field-author">Ana Beatriz Lopes</div>
<div class="field field--name-field-share"><ul class="links inline"><li><a href="https://api.whatsapp.com/send?text=w">Compartilhar no WhatsApp</a></li><li><a href="https://www.facebook.com/sharer/sharer.php?u=w">Compartilhar no Facebook</a></li><li><a href="#" onclick="navigator.clipboard.writeText(location.href)">Copiar link</a></li></ul></div>
<div class="field field--name-body field--type-text-with-summary"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="block block-block-content"><p>Jornalismo independente só existe com o apoio de quem lê. Faça uma contribuição via Pix ou cartão e ajude a manter nossas reportagens abertas a todos.</p><p><a href="/apoie">Quero apoiar</a></p></div>
<p>{3}</p><p>{4}</p><p>{5}</p>
<div class="block block-views"><p>Percebemos que você usa um bloqueador de anúncios. Os anúncios pagam nossos repórteres: adicione nosso site à lista de exceções.</p></div>
<p>{6}</p><p>{7}</p></div>
<div class="field field--name-field-podcast"><p>Ouça também o BH em 15 Minutos, nosso podcast sobre a cidade, toda segunda-feira.</p><a href="https://open.spotify.com/show/w">Ouvir no Spotify</a></div></article></main></div>)~",
     {{"social", "Compartilhar no WhatsApp|Copiar link"},
      {"subscription", "só existe com o apoio de quem lê|Quero apoiar"},
      {"ad", "usa um bloqueador de anúncios|lista de exceções"},
      {"promo", "nosso podcast sobre a cidade|Ouvir no Spotify"},
      {nullptr, nullptr}}},

    // 19 (held out) div and span soup without meaningful classes, NL.
    {"div-soup-nl", "nl", "Pieter van Dam",
     R"~(Het Rijksmuseum in Amsterdam heeft vorig jaar voor het eerst meer dan 2,7 miljoen bezoekers ontvangen, mede dankzij de grote tentoonstelling over Vermeer.
Bijna de helft van de bezoekers kwam uit het buitenland, maar ook het aantal Nederlanders groeide, vooral onder houders van een Museumkaart.
De Museumkaart, een jaarabonnement voor ruim vierhonderd musea, had eind december 1,6 miljoen houders, een record.
De Vereniging Rembrandt, met 16.000 leden, droeg bij aan de aankoop van twee zeventiende-eeuwse tekeningen die nu in de eregalerij hangen.
Directeur Taco Dibbits sprak van een uitzonderlijk jaar, maar waarschuwt dat de drukte in de zomer de grens van wat het gebouw aankan nadert.
Het museum overweegt daarom tijdsloten voor alle bezoekers en een avondopenstelling op vrijdag.
Vrienden van het museum, die jaarlijks een bijdrage doneren, krijgen ook dit jaar voorrang bij het reserveren van tickets.
Voor 2025 staat een tentoonstelling over de Gouden Eeuw in Azië op het programma.)~",
     R"~(<div><div><span>Wij gebruiken cookies om de site te laten werken en om advertenties af te stemmen op je interesses.</span><div><span role="button">Alles accepteren</span><span role="button">Instellingen aanpassen</span></div></div>
<div><div><div><h1>Rijksmuseum breekt bezoekersrecord</h1><div><span>Pieter van Dam</span> <span>8 januari 2024</span></div></div>
<div><div><p>{0}</p></div><div><p>{1}</p></div><div><p>{2}</p></div>
<div><div><span>Lees onbeperkt voor € 1 per week</span></div><div><span>Het eerste jaar met korting, daarna maandelijks opzegbaar.</span></div><div><a href="/abonnementen">Neem een abonnement</a></div></div>
<div><p>{3}</p></div><div><p>{4}</p></div><div><p>{5}</p></div><div><p>{6}</p></div><div><p>{7}</p></div></div>
<div><div><span>Pieter van Dam is kunstredacteur. Hij schreef eerder voor De Groene Amsterdammer en woont in Haarlem.</span></div></div>
<div><div><span>Cultuur in je inbox</span><span>Elke vrijdag de beste tentoonstellingen, boeken en films.</span></div><div><input type="email" placeholder="Je e-mailadres"><span role="button">Inschrijven</span></div></div>
<div><a href="/krant">Digitale krant</a> <a href="/herdruk">Herpublicatie aanvragen</a></div></div></div></div>)~",
     {{"consent", "Wij gebruiken cookies om de site|Instellingen aanpassen"},
      {"subscription", "Lees onbeperkt voor € 1 per week|Neem een abonnement"},
      {"author-bio", "is kunstredacteur"},
      {"newsletter", "Cultuur in je inbox|de beste tentoonstellingen, boeken en films"},
      {"promo", "Herpublicatie aanvragen"},
      {nullptr, nullptr}}},

    // 20 (tuning) <aside> and <section> together, DE.
    {"aside-section-de", "de", "Tobias Reuter",
     R"~(Die Stadt Leipzig will bis 2030 alle Grundschulen mit einer eigenen Schulküche ausstatten, in der täglich frisch gekocht wird.
Bisher werden die meisten Schulen von Großküchen beliefert, die das Essen stundenlang warmhalten müssen.
Ein Pilotprojekt an vier Schulen im Leipziger Osten hat gezeigt, dass deutlich weniger Essen im Müll landet, wenn vor Ort gekocht wird.
Der Elternrat, in dem Vertreter von 80 Schulen Mitglied sind, begrüßte den Beschluss, verlangt aber, dass das Essen für Familien nicht teurer wird.
Die Stadt rechnet mit Investitionen von 45 Millionen Euro. Eine Stiftung hat angekündigt, mit einer Spende die Ausstattung der ersten zehn Küchen zu bezahlen.
Kritik kommt von den Caterern, die um Arbeitsplätze fürchten. Die Stadt will ihnen anbieten, die Schulküchen zu betreiben.
Eltern, die ein Essensabo für ihre Kinder abgeschlossen haben, sollen rechtzeitig über den Wechsel informiert werden.
Die ersten Küchen sollen nach den Sommerferien 2025 in Betrieb gehen.)~",
     R"~(<main><article><header><h1>Leipzig: Frisch gekocht statt aufgewärmt</h1><p>Von Tobias Reuter</p></header>
<section aria-label="Artikeltext"><p>{0}</p><p>{1}</p><p>{2}</p>
<aside><p>Sie möchten weiterlesen? Dieser Artikel ist Teil unseres Plus-Angebots. Lesen Sie jetzt 30 Tage gratis und danach für 7,99 € im Monat.</p><a href="/plus/bestellen">Gratis testen</a><p>Bereits Kunde? <a href="/login">Einloggen</a></p></aside>
<p>{3}</p><p>{4}</p>
<aside><p>Hören Sie „Leipzig kompakt“, den Nachrichten-Podcast der Redaktion, jeden Morgen ab 6 Uhr bei Spotify, Deezer und überall, wo es Podcasts gibt.</p></aside>
<p>{5}</p><p>{6}</p><p>{7}</p></section></article>
<section aria-label="Meistgelesen"><h2>Meistgelesen</h2><ol><li><a href="/m/1">Neue Straßenbahnlinie nach Grünau beschlossen</a></li><li><a href="/m/2">Zoo Leipzig: Elefantenbaby ist da</a></li><li><a href="/m/3">Hochwasser: Elster-Pegel steigt weiter</a></li></ol></section>
<aside><p>Eilmeldungen aus Leipzig direkt aufs Smartphone: Holen Sie sich unsere kostenlose Nachrichten-App.</p><a href="https://play.google.com/store/apps/details?id=l">Android</a> <a href="https://apps.apple.com/de/app/l">iOS</a></aside></main>)~",
     {{"paywall", "Sie möchten weiterlesen?|Teil unseres Plus-Angebots|Gratis testen"},
      {"promo", "den Nachrichten-Podcast der Redaktion"},
      {"related", "Neue Straßenbahnlinie nach Grünau"},
      {"promo", "Holen Sie sich unsere kostenlose Nachrichten-App"},
      {nullptr, nullptr}}},

    // 21 (held out) Tailwind utility classes, ES.
    {"tailwind-es", "es", "Javier Montes",
     R"~(El Gobierno de Canarias ha limitado a 1.500 el número de visitantes diarios al Parque Nacional del Teide a partir del próximo mes de marzo.
La medida responde a la saturación de los senderos más populares, donde los guardas han registrado atascos de caminantes y residuos en zonas protegidas.
Los visitantes deberán reservar plaza gratis en una web oficial. Los residentes en las islas podrán acceder sin reserva entre semana.
Las asociaciones de montañismo, que suman unos 6.000 federados en Tenerife, piden que el sistema no perjudique a quienes suben al Teide desde hace décadas.
El Cabildo destinará a la conservación del parque lo que recaude con una nueva tasa para las excursiones guiadas.
Una ONG ecologista lanzó el año pasado una campaña de donaciones para reparar los muros de piedra seca de las antiguas rutas de pastores.
Los socios del club alpino local se han ofrecido a informar a los visitantes en los accesos durante los primeros fines de semana.
El consejero de Medio Ambiente ha prometido revisar el límite dentro de un año con los datos de ocupación de cada sendero.)~",
     R"~(<div class="flex min-h-screen flex-col"><main class="container mx-auto max-w-3xl px-4 py-8"><span class="inline-flex items-center rounded-md bg-amber-100 px-2 py-1 text-xs font-medium text-amber-800">Solo para socios</span>
<h1 class="mt-3 text-3xl font-extrabold">El Teide tendrá un cupo de 1.500 visitantes al día</h1><p class="text-sm text-zinc-500">Javier Montes · Santa Cruz de Tenerife</p>
<div class="my-4 flex items-center gap-3 text-zinc-600"><span class="text-xs uppercase">Compartir</span><a class="hover:text-black" href="https://www.facebook.com/sharer/sharer.php?u=v">Facebook</a><a class="hover:text-black" href="https://wa.me/?text=v">WhatsApp</a><a class="hover:text-black" href="https://x.com/intent/tweet?url=v">X</a></div>
<div class="space-y-5 text-lg leading-relaxed"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="rounded-lg bg-zinc-100 p-5"><p class="font-bold">Sin ti no hay periodismo local</p><p class="mt-1">Cada artículo que lees existe porque miles de lectores aportan lo que pueden. Súmate desde 3 € al mes.</p><a class="mt-3 inline-block rounded bg-black px-4 py-2 text-white" href="/apoya">Quiero ayudar</a></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="mt-10 rounded-2xl bg-sky-50 p-6"><h3 class="text-xl font-bold">La isla, cada mañana</h3><p class="mt-1 text-zinc-600">Te enviamos las noticias de Tenerife por correo antes del desayuno.</p><div class="mt-3 flex gap-2"><input class="flex-1 rounded border px-3 py-2" type="email" placeholder="nombre@correo.com"><button class="rounded bg-sky-600 px-4 py-2 text-white">Enviar</button></div></div></main></div>)~",
     {{"paywall", "Solo para socios"},
      {"social", "Compartir"},
      {"subscription", "Sin ti no hay periodismo local|Súmate desde 3 € al mes"},
      {"newsletter", "La isla, cada mañana|antes del desayuno"},
      {nullptr, nullptr}}},

    // 22 (tuning) Bootstrap cards, IT.
    {"bootstrap-it", "it", "Chiara Longo",
     R"~(Il Comune di Torino ha approvato il piano per trasformare l'ex fabbrica Lancia di Borgo San Paolo in un polo per startup, laboratori e un mercato coperto.
Il progetto prevede il recupero di 60.000 metri quadrati di capannoni abbandonati dagli anni Novanta.
Una cooperativa di artigiani, con 150 soci, gestirà i laboratori a prezzi calmierati per i giovani sotto i trent'anni.
I lavori saranno finanziati in parte con i fondi del Pnrr e in parte da una fondazione che ha promesso una donazione di 5 milioni.
Gli abitanti del quartiere, riuniti in un comitato con quasi mille iscritti alla sua newsletter, chiedono che resti spazio per un parco.
L'assessore allo sviluppo economico ha garantito che un terzo dell'area sarà verde pubblico.
Restano dubbi sulla bonifica del terreno, che secondo alcune analisi contiene ancora residui industriali.
Il cantiere dovrebbe partire nella primavera del 2025 e concludersi entro tre anni.)~",
     R"~(<div class="container my-4"><div class="row"><div class="col-lg-8"><h1>Torino, l'ex Lancia rinasce come polo per startup</h1><p class="text-secondary">Chiara Longo</p>
<p>{0}</p><p>{1}</p><p>{2}</p>
<div class="card text-bg-light mb-3"><div class="card-body"><h5 class="card-title">Tutto il nostro giornalismo, senza limiti</h5><p class="card-text">Con l'abbonamento Digital hai accesso a tutti gli articoli, all'archivio e al quotidiano in pdf. A soli 2,99 € al mese per un anno.</p><a class="btn btn-danger" href="/offerte">Scopri l'offerta</a></div></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p class="small">Chiara Longo è giornalista professionista e si occupa di economia e lavoro. Prima di arrivare in redazione ha lavorato per un'agenzia di stampa a Milano.</p>
<div class="d-flex gap-3 border-top pt-2"><a href="/sfoglia">Sfoglia il giornale</a><a href="/stampa?id=22">Stampa l'articolo</a></div></div>
<div class="col-lg-4"><div class="card"><div class="card-body"><h5 class="card-title">Buongiorno Torino</h5><p class="card-text">La rassegna del mattino con le notizie della città, nella tua casella email dal lunedì al venerdì.</p><form><input class="form-control mb-2" type="email" placeholder="Indirizzo email"><button class="btn btn-primary w-100">Iscrivimi</button></form></div></div></div></div></div>
<div class="position-fixed bottom-0 start-0 end-0 bg-dark text-white p-3"><p class="mb-2">Questo sito usa cookie tecnici e, previo consenso, cookie di profilazione di terze parti.</p><button class="btn btn-light btn-sm">Accetta tutti</button> <button class="btn btn-outline-light btn-sm">Rifiuta</button></div>)~",
     {{"subscription", "Tutto il nostro giornalismo, senza limiti|Scopri l'offerta"},
      {"author-bio", "è giornalista professionista e si occupa"},
      {"promo", "Sfoglia il giornale"},
      {"newsletter", "Buongiorno Torino|La rassegna del mattino"},
      {"consent", "cookie di profilazione di terze parti"},
      {nullptr, nullptr}}},

    // 23 (held out) WordPress classic theme with widgets, FR.
    {"wp-classic-fr", "fr", "Nicolas Garnier",
     R"~(Le festival de musique de chambre de Prades fêtera cet été ses 75 ans, avec une programmation qui revient sur les pas de son fondateur, le violoncelliste Pablo Casals.
Le festival a bien failli disparaître il y a trois ans, quand la région a réduit sa subvention de moitié.
Il a été sauvé par ses mécènes et par une campagne de dons qui a rassemblé plus de 2 000 particuliers, dont beaucoup d'habitants du Conflent.
L'association des amis du festival compte aujourd'hui 1 100 adhérents, qui bénéficient d'une prévente sur les billets.
Les concerts auront lieu dans l'abbaye Saint-Michel-de-Cuxa, dont l'acoustique attire chaque année des musiciens du monde entier.
Le directeur artistique a voulu ouvrir le festival aux jeunes : les places seront à cinq euros pour les moins de 25 ans.
Les abonnés à la lettre d'information du festival recevront en avant-première le programme des concerts gratuits dans les villages.
La soirée d'ouverture, le 26 juillet, sera retransmise en direct sur une radio publique.)~",
     R"~(<div id="page" class="site"><div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main"><article class="post type-post status-publish format-standard hentry category-culture"><header class="entry-header"><h1 class="entry-title">Prades fête 75 ans de musique de chambre</h1><div class="entry-meta"><span class="byline">par <span class="author vcard"><a class="url fn n" href="/author/ngarnier/">Nicolas Garnier</a></span></span></div></header>
<div class="entry-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<p><strong>Soutenez-nous !</strong> Notre rédaction ne vit que grâce à vous. Un don, même de 5 €, nous permet de continuer à couvrir la vie culturelle du département. <a href="https://www.helloasso.com/associations/x">Je fais un don</a></p>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p><em>Retrouvez chaque semaine notre émission « Partitions », à écouter en podcast sur toutes les plateformes.</em></p></div></article></main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_text"><h2 class="widget-title">Restez informé</h2><div class="textwidget"><p>La lettre culturelle des Pyrénées-Orientales, un jeudi sur deux.</p><form><input type="email" placeholder="Votre adresse électronique"><input type="submit" value="Je m'abonne"></form></div></section>
<section class="widget widget_top-posts"><h2 class="widget-title">Articles populaires</h2><ul><li><a href="/f/1">Perpignan : le Castillet rouvre après travaux</a></li><li><a href="/f/2">Collioure accueille une exposition Matisse</a></li><li><a href="/f/3">Sécheresse : restrictions d'eau dans la plaine</a></li></ul></section>
<section class="widget widget_text"><div class="textwidget"><p>Notre application est disponible : toute l'actualité culturelle dans votre poche.</p><a href="https://play.google.com/store/apps/details?id=f">Disponible sur Google Play</a></div></section></aside></div></div>)~",
     {{"subscription", "Soutenez-nous !|Un don, même de 5 €"},
      {"promo", "notre émission « Partitions »"},
      {"newsletter", "Restez informé|La lettre culturelle des Pyrénées-Orientales"},
      {"related", "le Castillet rouvre après travaux"},
      {"promo", "Notre application est disponible"},
      {nullptr, nullptr}}},
};

}  // namespace reader::testing
