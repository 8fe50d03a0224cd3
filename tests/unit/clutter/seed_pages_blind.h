// The blind seed set: 25 whole pages written for issue 10 ("the same is
// checked on seed-like pages you do not have") by a writer who had not read
// the clutter rules, their phrases or the prompt catalogue, while the rules
// were being tuned elsewhere. Nobody tunes against these pages: they measure
// how the clutter pass does on markup and wording it has never seen.
//
// Same format as seed_pages.h (SeedPage, SeedPrompt; {N} in the markup stands
// for paragraph N). Every page is an article of 8 paragraphs whose own
// sentences talk about subscriptions, newsletters, memberships, donations,
// apps, podcasts or logging in as part of the story (they must stay), plus 3
// to 6 prompts with the category their removal must carry and '|'-separated
// probes (words of the prompt that must be gone; the first also names the
// removal whose category is checked).
//
// Markups (one per page): Next.js/emotion `css-…` classes, styled-components
// `sc-…`, Svelte `svelte-…`, Angular `_ngcontent-…` attributes, no classes,
// only data-* attributes, shadow-less custom elements, <dialog open>,
// <aside> + <section aria-label>, <details>, layout tables, forms with and
// without labels, iframe placeholders, Tailwind, Bootstrap, Bulma, WordPress
// blocks, Ghost, Substack, Medium, Blogger, Squarespace, AMP, Drupal, Joomla.
// Languages: EN 5, DE 5, FR 4, ES 4, IT 3, PT 2, NL 2.
//
// Each page's comment lists its markup, language and kinds of prompt.
#pragma once

#include "seed_pages.h"

namespace reader::testing {

inline const SeedPage kBlindSeedPages[] = {
    // 0 Next.js with emotion `css-…` classes, EN: metered wall, newsletter
    // with an e-mail field, comments-count teaser, "read next" rail, cookie
    // banner. Story: a bakery's bread subscription, its app and newsletter.
    {"nextjs-emotion-en", "en", "Priya Raman",
     R"~(Every Friday before dawn, the ovens at Hollis Street Bakery turn out four hundred sourdough loaves that have already been sold. They belong to the bakery's subscribers, who pay £14 a month for a loaf a week and collect it on their way to work.
The scheme began in the first lockdown as a way to plan flour orders, said the owner, Dev Malhotra. It now brings in more than half of the shop's income.
Subscribers can pause their plan from an app that Malhotra's nephew built over a summer holiday. Most people skip a week or two in August, he said, and almost nobody cancels in winter.
Other bakeries in the city have noticed. Two of them started similar memberships this spring, and one offers a cheaper plan for students who sign up with a university email address.
Not everyone likes the model. A regular customer, Joan Pryce, said she misses being able to walk in on a Saturday and find the shelves full, because most of the bread is now spoken for.
Malhotra admits the walk-in trade has shrunk. He keeps forty loaves back each day for people who have not subscribed, and sends a short newsletter on Thursdays listing the weekend's specials.
The economics are simple, he said. Knowing how much to bake means almost nothing is thrown away, and the money arrives before the flour bill does.
The bakery plans to open a second shop in the autumn. Existing subscribers will be able to switch their collection point with a tap in the app.)~",
     R"~(<div id="__next"><div class="css-1d3w5wq"><header class="css-kq8f2c"><nav class="css-9x1ab2"><a class="css-1lk0x9s" href="/">Home</a><a class="css-1lk0x9s" href="/news">News</a><a class="css-1lk0x9s" href="/food">Food</a><a class="css-1lk0x9s" href="/sport">Sport</a></nav></header>
<main class="css-v8w0ze"><article class="css-15ny1ow"><h1 class="css-4rbku5">The bakery where the bread is sold before it is baked</h1>
<div class="css-1x2y3z"><span class="css-7hd2qe">By <a href="/profile/priya-raman" class="css-1pdl7ik">Priya Raman</a></span> <time class="css-1f9vc3n" datetime="2024-06-07">7 June 2024</time></div>
<div class="css-ac4b3r"><span class="css-0">You have 2 free articles left this month.</span> <a href="/subscribe?src=meter" class="css-1ncwwsg">Subscribe for unlimited access</a></div>
<div class="css-1bq8m3h"><p class="css-83ln2w">{0}</p><p class="css-83ln2w">{1}</p><p class="css-83ln2w">{2}</p><p class="css-83ln2w">{3}</p>
<div class="css-ykqdxu"><p class="css-1y2xp8e">Get the Kitchen Table in your inbox</p><p class="css-q0o2m1">Recipes, openings and closures from our food desk, every Wednesday.</p><form class="css-1m7pzo9" action="/api/newsletter"><input class="css-h9yzd4" type="email" name="email" placeholder="Email address" aria-label="Email address"><button class="css-1b6n3yd" type="submit">Sign me up</button></form></div>
<p class="css-83ln2w">{4}</p><p class="css-83ln2w">{5}</p><p class="css-83ln2w">{6}</p><p class="css-83ln2w">{7}</p></div>
<a class="css-3r8w2v" href="#comments"><span class="css-1qj4b5z">58</span> comments. Join the discussion</a></article>
<section class="css-8bq9ps"><h2 class="css-2ks9dl">Read next</h2><ul class="css-1t8vs2m"><li class="css-mm1x0d"><a href="/food/market-hall">The market hall that nearly became a car park</a></li><li class="css-mm1x0d"><a href="/food/oat-milk">Why your oat milk costs more this year</a></li><li class="css-mm1x0d"><a href="/food/curry-mile">A night on the curry mile with the last family-run kitchens</a></li></ul></section></main>
<div class="css-5tqz8n" role="region" aria-label="Cookie consent"><p class="css-0">We and our partners use cookies to measure traffic and personalise ads. You can change your choice at any time in Privacy settings.</p><button class="css-x7u2hc">Accept all</button><button class="css-x7u2hc">Manage preferences</button></div></div></div>)~",
     {{"paywall", "2 free articles left|unlimited access"},
      {"newsletter", "Kitchen Table in your inbox|from our food desk|Sign me up"},
      {"comments", "Join the discussion"},
      {"related", "market hall that nearly became|oat milk costs more"},
      {"consent", "partners use cookies to measure|Manage preferences"},
      {nullptr, nullptr}}},

    // 1 styled-components `sc-…` classes, DE: share bar, subscription pitch
    // with price, ad-blocker plea, author bio, link-only newsletter sign-up.
    // Story: a swimming club's membership boom, its app and newsletter.
    {"styled-components-de", "de", "Jonas Wehrmann",
     R"~(Der Schwimmverein Delphin Bielefeld hat in diesem Jahr so viele neue Mitglieder aufgenommen wie nie zuvor. Seit Januar sind 612 Menschen eingetreten, die meisten davon Familien mit kleinen Kindern.
Grund ist die Schließung zweier städtischer Bäder, in denen bisher Schwimmkurse stattfanden. Wer sein Kind jetzt zum Seepferdchen bringen will, braucht einen Platz im Verein.
Der Jahresbeitrag liegt bei 96 Euro für Erwachsene und 48 Euro für Kinder. Für Familien mit geringem Einkommen übernimmt ein Förderverein die Hälfte, finanziert aus Spenden von Unternehmen aus der Nachbarschaft.
Die Warteliste für Anfängerkurse ist trotzdem lang. Vorstand Sabine Kroll sagt, man habe zuletzt schon Anmeldungen für das kommende Frühjahr entgegengenommen.
Um die Kurse zu organisieren, hat der Verein eine App eingeführt, über die Eltern Termine buchen und absagen können. Ältere Mitglieder bekommen die Informationen weiter per Post oder im monatlichen Newsletter.
Das Problem seien nicht die Beiträge, sondern die Wasserzeiten, sagt Kroll. Der Verein darf das verbliebene Hallenbad nur an drei Abenden pro Woche nutzen.
Die Stadt prüft nun, ob eines der geschlossenen Bäder saniert werden kann. Ein Gutachten soll bis zum Sommer vorliegen, die Kosten werden auf mindestens elf Millionen Euro geschätzt.
Bis dahin üben die Kleinsten samstags früh um sieben. Für viele Eltern sei das ein Opfer, sagt Kroll, aber kaum jemand habe deswegen seine Mitgliedschaft gekündigt.)~",
     R"~(<div class="sc-bdVaJa kKLvPq"><header class="sc-bwzfXH hJTYpC"><h1 class="sc-htpNat dNyTjz">Ansturm auf den Schwimmverein: Eltern stehen Schlange für das Seepferdchen</h1><div class="sc-bxivhb fPZkNn">Von <a class="sc-ifAKCX eIHRJe" href="/autoren/jonas-wehrmann">Jonas Wehrmann</a> | 03.05.2024, 18:42 Uhr</div></header>
<div class="sc-gZMcBi hPkzQw"><a class="sc-gqjmRU bAxXvC" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.de%2Fa">Teilen</a><a class="sc-gqjmRU bAxXvC" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fexample.de%2Fa">Twittern</a><a class="sc-gqjmRU bAxXvC" href="mailto:?subject=Schwimmverein">Per E-Mail senden</a><button class="sc-VigVT kLmqTa" type="button">Link kopieren</button></div>
<div class="sc-jTzLTM iwtdKP"><p class="sc-fjdhpX bUjXgx">{0}</p><p class="sc-fjdhpX bUjXgx">{1}</p><p class="sc-fjdhpX bUjXgx">{2}</p><p class="sc-fjdhpX bUjXgx">{3}</p>
<div class="sc-jzJRlG cDkVWs"><p class="sc-cSHVUG hNLmYe"><strong>Alles lesen, auch unterwegs:</strong> Testen Sie unser Digitalabo 4 Wochen für 0,99 Euro, danach 9,90 Euro im Monat. Monatlich kündbar.</p><a class="sc-kAzzGY dDMlGr" href="/abo/angebot">Jetzt Angebot sichern</a></div>
<p class="sc-fjdhpX bUjXgx">{4}</p><p class="sc-fjdhpX bUjXgx">{5}</p><p class="sc-fjdhpX bUjXgx">{6}</p><p class="sc-fjdhpX bUjXgx">{7}</p></div>
<div class="sc-chPdSV gqhKFj"><p class="sc-kgoBCf bIzXwQ">Jonas Wehrmann ist Lokalredakteur in Bielefeld und schreibt vor allem über Sport und Stadtentwicklung. Er hat in Dortmund Journalistik studiert und spielt selbst Wasserball.</p></div>
<p class="sc-kGXeez jwSsfD"><a class="sc-kpOJdX bDVzXs" href="/newsletter/morgen">Bielefeld am Morgen, der Newsletter für die Stadt: kostenlos anmelden</a></p>
<div class="sc-dxgOiQ eDuIVf"><p class="sc-ckVGcZ kPUeYy">Sie nutzen einen Werbeblocker. Unser Journalismus wird auch durch Anzeigen finanziert. Bitte schalten Sie ihn für unsere Seite ab oder lesen Sie werbefrei mit einem Abo.</p><button class="sc-jKJlTe hcxBqO" type="button">Ich habe den Werbeblocker deaktiviert</button></div></div>)~",
     {{"social", "Link kopieren|Per E-Mail senden|Twittern"},
      {"subscription", "Digitalabo 4 Wochen für 0,99 Euro|Jetzt Angebot sichern"},
      {"author-bio", "ist Lokalredakteur in Bielefeld"},
      {"newsletter", "Bielefeld am Morgen, der Newsletter"},
      {"ad", "Sie nutzen einen Werbeblocker|Ich habe den Werbeblocker deaktiviert"},
      {nullptr, nullptr}}},

    // 2 Svelte `svelte-…` classes, FR: cookie banner, podcast plug,
    // reader-funding appeal, "lire aussi" list. Story: a community radio's
    // podcast, its members' dues and listeners' gifts.
    {"svelte-fr", "fr", "Camille Desrosiers",
     R"~(À Roubaix, la radio associative Onde Nord fête ses quarante ans avec un projet qu'elle n'aurait pas imaginé en 1984 : un podcast enregistré dans les cafés du quartier de l'Épeule.
Chaque épisode donne la parole à des habitants qui racontent leur rue, leur métier ou leur arrivée en France. Le premier, consacré à une couturière turque installée depuis 1979, a été écouté plus de douze mille fois.
La station vit surtout de dons et des cotisations de ses trois cents adhérents, qui paient vingt euros par an. Les subventions de la région ont baissé de moitié en cinq ans.
Le podcast a changé la donne, explique la directrice, Nadia Benali. Des auditeurs de Lyon ou de Montréal ont envoyé de l'argent après avoir entendu un épisode, sans jamais avoir capté la radio sur la bande FM.
L'équipe reste modeste : deux salariés, une trentaine de bénévoles et un studio installé dans une ancienne boucherie. Les enregistrements se font le mardi, quand les cafés sont calmes.
Certains adhérents historiques craignent que la radio s'éloigne de l'antenne. Benali répond que les émissions en direct restent la priorité et que le podcast n'est qu'une seconde vie pour les voix du quartier.
Une campagne de financement participatif doit permettre d'acheter de nouveaux micros à l'automne. Plus de 4 000 euros ont déjà été promis.
La saison suivante suivra les marchés de la métropole, du samedi matin à Wazemmes jusqu'au dimanche de Roubaix.)~",
     R"~(<div class="app svelte-1n46o8q"><div class="consent svelte-9b1aq2" role="dialog" aria-label="Gestion des cookies"><p class="svelte-9b1aq2">Nous utilisons des traceurs pour mesurer l'audience et vous proposer des contenus adaptés. Vous pouvez accepter ou paramétrer vos choix à tout moment.</p><div class="row svelte-9b1aq2"><button class="svelte-9b1aq2">Tout accepter</button><button class="svelte-9b1aq2">Continuer sans accepter</button></div></div>
<main class="svelte-1qx7mzt"><article class="svelte-1qx7mzt"><h1 class="svelte-f3k2r0">Onde Nord, la radio de quartier qui se réinvente en podcast</h1><p class="meta svelte-f3k2r0">Par <a href="/auteurs/camille-desrosiers" class="svelte-f3k2r0">Camille Desrosiers</a>, publié le 12 mars 2024 à 07h30</p>
<div class="body svelte-ho1f9s"><p class="svelte-ho1f9s">{0}</p><p class="svelte-ho1f9s">{1}</p><p class="svelte-ho1f9s">{2}</p><p class="svelte-ho1f9s">{3}</p><p class="svelte-ho1f9s">{4}</p>
<div class="plug svelte-4hq1rk"><p class="svelte-4hq1rk">Écoutez « Le Réveil du Nord », notre podcast quotidien : l'actualité de la région en douze minutes, sur Apple Podcasts, Spotify et Deezer.</p><a class="svelte-4hq1rk" href="/podcasts/le-reveil-du-nord">Écouter le dernier épisode</a></div>
<p class="svelte-ho1f9s">{5}</p><p class="svelte-ho1f9s">{6}</p><p class="svelte-ho1f9s">{7}</p></div>
<div class="appeal svelte-p0l2xa"><h3 class="svelte-p0l2xa">Cet article vous a été utile ?</h3><p class="svelte-p0l2xa">Notre rédaction est indépendante et ne vit que grâce à ses lecteurs. Soutenez-nous à partir de 1 euro par mois, sans engagement.</p><a class="svelte-p0l2xa" href="/soutenir">Je fais un don</a></div></article>
<nav class="more svelte-8dk1mb"><h3 class="svelte-8dk1mb">Lire aussi</h3><ul class="svelte-8dk1mb"><li class="svelte-8dk1mb"><a href="/a/piscine">Tourcoing : la piscine Art déco rouvrira en septembre</a></li><li class="svelte-8dk1mb"><a href="/a/friche">Lille : que va devenir la friche Saint-Sauveur ?</a></li><li class="svelte-8dk1mb"><a href="/a/braderie">Braderie : les riverains excédés par les nuisances</a></li></ul></nav></main></div>)~",
     {{"consent", "Nous utilisons des traceurs|Continuer sans accepter"},
      {"promo", "notre podcast quotidien|Écouter le dernier épisode"},
      {"subscription", "Soutenez-nous à partir de 1 euro|Je fais un don"},
      {"related", "piscine Art déco rouvrira|friche Saint-Sauveur"},
      {nullptr, nullptr}}},

    // 3 Angular `_ngcontent-…` attributes and app-* elements, ES: "to continue
    // reading" wall with price, "already a subscriber? log in", app-download
    // plug, "most read" list. Story: a bike-share scheme's subscribers and app.
    {"angular-es", "es", "Lucía Garrido Peña",
     R"~(El servicio municipal de bicicletas de Valencia ha superado los 70.000 abonados, la cifra más alta desde que se puso en marcha en 2010.
El abono anual cuesta 29 euros y permite trayectos gratuitos de hasta media hora. A partir de ahí, cada fracción de treinta minutos se cobra aparte.
El aumento coincide con la llegada de una nueva aplicación que muestra en tiempo real cuántas bicicletas quedan en cada estación. Antes, los usuarios se quejaban de recorrer varias paradas vacías.
También ha influido el carril bici del paseo de la Alameda, inaugurado en otoño. Según el Ayuntamiento, por ese tramo pasan ya unas 9.000 bicicletas al día.
No todo son buenas noticias. La asociación de usuarios denuncia que una de cada cinco bicicletas está averiada y que la empresa concesionaria tarda semanas en repararlas.
Su portavoz, Andrés Muñoz, pide que el contrato incluya penalizaciones. Muchos socios de la asociación han renovado su suscripción este año, dice, pero no lo harán si el servicio sigue igual.
La concejalía de Movilidad asegura que en primavera llegarán 600 bicicletas eléctricas. Para usarlas habrá que pagar un suplemento de diez euros al año.
El concurso para renovar la concesión se convocará antes de que termine el año. Las empresas interesadas tendrán que garantizar un mínimo del 95 % de bicicletas operativas.)~",
     R"~(<app-root _nghost-ng-c2817346 ng-version="17.3.4"><app-header _ngcontent-ng-c2817346 _nghost-ng-c9921034><a _ngcontent-ng-c9921034 href="/">Portada</a><a _ngcontent-ng-c9921034 href="/valencia">Valencia</a><a _ngcontent-ng-c9921034 href="/deportes">Deportes</a></app-header>
<app-article _ngcontent-ng-c2817346 _nghost-ng-c4410298><article _ngcontent-ng-c4410298><h1 _ngcontent-ng-c4410298>Las bicicletas públicas de Valencia baten su récord de abonados</h1><app-byline _ngcontent-ng-c4410298 _nghost-ng-c1183920><span _ngcontent-ng-c1183920>Lucía Garrido Peña</span><span _ngcontent-ng-c1183920>Valencia, 22 de abril de 2024</span></app-byline>
<div _ngcontent-ng-c4410298 class="ng-star-inserted"><p _ngcontent-ng-c4410298>{0}</p><p _ngcontent-ng-c4410298>{1}</p><p _ngcontent-ng-c4410298>{2}</p></div>
<app-download-banner _ngcontent-ng-c4410298 _nghost-ng-c6650021 class="ng-star-inserted"><p _ngcontent-ng-c6650021>Lee las noticias de tu ciudad estés donde estés. Descarga nuestra app gratis para iOS y Android.</p><a _ngcontent-ng-c6650021 href="https://apps.apple.com/es/app/id1234567">App Store</a><a _ngcontent-ng-c6650021 href="https://play.google.com/store/apps/details?id=es.example.news">Google Play</a></app-download-banner>
<div _ngcontent-ng-c4410298 class="ng-star-inserted"><p _ngcontent-ng-c4410298>{3}</p><p _ngcontent-ng-c4410298>{4}</p><p _ngcontent-ng-c4410298>{5}</p><p _ngcontent-ng-c4410298>{6}</p><p _ngcontent-ng-c4410298>{7}</p></div></article>
<app-paywall _ngcontent-ng-c4410298 _nghost-ng-c7731102 class="ng-star-inserted"><div _ngcontent-ng-c7731102><h3 _ngcontent-ng-c7731102>Para seguir leyendo, hazte suscriptor</h3><p _ngcontent-ng-c7731102>Accede sin límites a toda nuestra información local por 1 euro el primer mes.</p><a _ngcontent-ng-c7731102 href="/suscripcion?origen=muro">Suscríbete</a></div></app-paywall>
<app-login-hint _ngcontent-ng-c4410298 _nghost-ng-c3309876 class="ng-star-inserted"><span _ngcontent-ng-c3309876>¿Ya eres suscriptor?</span> <a _ngcontent-ng-c3309876 href="/auth/login?volver=articulo">Inicia sesión</a></app-login-hint></app-article>
<app-most-read _ngcontent-ng-c2817346 _nghost-ng-c5520417><h2 _ngcontent-ng-c5520417>Lo más leído</h2><ol _ngcontent-ng-c5520417><li _ngcontent-ng-c5520417 class="ng-star-inserted"><a _ngcontent-ng-c5520417 href="/n/1">El Ayuntamiento aprueba la ampliación de la zona de bajas emisiones</a></li><li _ngcontent-ng-c5520417 class="ng-star-inserted"><a _ngcontent-ng-c5520417 href="/n/2">Cortes de tráfico en la avenida del Puerto por las obras del colector</a></li><li _ngcontent-ng-c5520417 class="ng-star-inserted"><a _ngcontent-ng-c5520417 href="/n/3">Una pareja de Benimaclet gana el concurso de paellas de Sueca</a></li></ol></app-most-read></app-root>)~",
     {{"paywall", "Para seguir leyendo, hazte suscriptor|por 1 euro el primer mes"},
      {"signin", "¿Ya eres suscriptor?"},
      {"promo", "Descarga nuestra app gratis|Google Play"},
      {"related", "zona de bajas emisiones|concurso de paellas"},
      {nullptr, nullptr}}},

    // 4 no classes at all, IT: share bar, newsletter with an e-mail field and
    // an unlabelled checkbox, author bio, comments-count teaser. Story: a
    // cinema saved by a members' cooperative, its newsletter, streaming.
    {"no-classes-it", "it", "Giulia Marchetti",
     R"~(Il cinema Astra di Pavia riaprirà a ottobre, due anni dopo la chiusura, grazie a una cooperativa di spettatori che ha raccolto 310.000 euro in otto mesi.
Chi entra nella cooperativa versa una quota di cento euro e riceve una tessera che dà diritto a uno sconto sul biglietto. I soci sono già 1.450, molti dei quali studenti dell'università.
L'idea è nata in un gruppo di appassionati che si ritrovava ogni settimana per discutere di film. All'inizio, racconta la presidente Elena Sacchi, nessuno pensava davvero di comprare una sala.
Il contributo più grande è arrivato da una fondazione bancaria, che ha coperto un terzo dei lavori di ristrutturazione. Il resto è venuto da donazioni private, anche di pochi euro.
La programmazione alternerà prime visioni e rassegne, con proiezioni in lingua originale il martedì. Gli iscritti alla newsletter della cooperativa riceveranno il calendario ogni venerdì.
Le piattaforme di streaming hanno cambiato le abitudini del pubblico, ammette Sacchi. Ma secondo lei molte persone pagano tre abbonamenti e continuano a sentire la mancanza del buio della sala.
I lavori riguardano soprattutto l'impianto di riscaldamento e le poltrone, che saranno ridotte da 420 a 300 per lasciare più spazio tra le file.
La prima proiezione sarà gratuita per i soci. Il titolo resta segreto, ma la cooperativa ha lasciato intendere che si tratterà di un classico girato proprio a Pavia.)~",
     R"~(<header><a href="/">La Provincia Pavese Oggi</a><ul><li><a href="/cronaca">Cronaca</a></li><li><a href="/cultura">Cultura</a></li><li><a href="/sport">Sport</a></li></ul></header>
<main><article><h1>Il cinema Astra rinasce grazie a 1.450 soci</h1><p>di <a href="/autori/giulia-marchetti">Giulia Marchetti</a> · 12 settembre 2024</p>
<div><span>Condividi:</span> <a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Fesempio.it%2Fastra">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fesempio.it%2Fastra">X</a> <a href="https://api.whatsapp.com/send?text=https%3A%2F%2Fesempio.it%2Fastra">WhatsApp</a> <a href="mailto:?subject=Cinema%20Astra">Email</a></div>
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div><h3>Pavia in tasca</h3><p>Ogni mattina alle 7 le notizie della città nella tua casella di posta.</p><form action="/newsletter/iscrizione" method="post"><input type="email" name="email" placeholder="La tua email"><input type="checkbox" name="privacy"> Ho letto l'informativa sulla privacy <button type="submit">Iscriviti</button></form></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<p>Giulia Marchetti è giornalista culturale e collabora con il giornale dal 2015. Vive a Milano e ha scritto due libri sul cinema italiano del dopoguerra.</p>
<p><a href="#commenti">Leggi i 14 commenti</a></p></article></main>
<footer><p>Via Mazzini 12, Pavia. Tutti i diritti riservati.</p></footer>)~",
     {{"social", "Condividi:|WhatsApp"},
      {"newsletter", "Pavia in tasca|nella tua casella di posta|Iscriviti"},
      {"author-bio", "è giornalista culturale e collabora"},
      {"comments", "Leggi i 14 commenti"},
      {nullptr, nullptr}}},

    // 5 only data-* attributes, NL: cookie banner, meter, subscription pitch
    // with price, "most read", "maybe later" row. Story: a library drops its
    // membership fee; its app.
    {"data-attributes-nl", "nl", "Sanne de Vries",
     R"~(De openbare bibliotheek van Zwolle schaft de jaarlijkse contributie voor volwassenen af. Vanaf januari kan iedereen die in de gemeente woont gratis lid worden.
Tot nu toe betaalden volwassenen 52 euro per jaar voor een abonnement. Kinderen en jongeren tot achttien jaar waren al vrijgesteld.
Het aantal leden daalde de afgelopen tien jaar met bijna een derde, terwijl het aantal bezoekers juist steeg. Veel mensen komen om te studeren, de krant te lezen of een cursus te volgen.
Directeur Mirjam Bakker noemt de contributie een drempel voor mensen met een kleine portemonnee. Wie twijfelt of hij een pas wil, loopt nu niet meer weg bij de balie.
De gemeente betaalt het verlies aan inkomsten, ongeveer 340.000 euro per jaar. Een deel van dat geld komt uit het budget voor armoedebestrijding.
Leden kunnen boeken reserveren en verlengen via de app van de bibliotheek. Daarin staan ook e-books en luisterboeken die thuis te downloaden zijn.
Oppositiepartij VVD vindt dat de bibliotheek eerst moet laten zien dat de maatregel werkt. Zij wil over een jaar een evaluatie met de ledenaantallen per wijk.
Bakker verwacht vooral gezinnen terug te zien. In Groningen, dat de contributie twee jaar geleden afschafte, verdubbelde het aantal volwassen leden binnen achttien maanden.)~",
     R"~(<div data-component="page" data-theme="light"><div data-component="consent-layer" data-state="open"><p data-role="text">Wij gebruiken cookies en vergelijkbare technieken om de site te verbeteren en advertenties af te stemmen op je interesses.</p><button data-action="accept">Akkoord</button><button data-action="settings">Instellingen aanpassen</button></div>
<div data-component="push-ask" data-visible="true"><p data-role="text">Wil je een melding ontvangen bij belangrijk nieuws uit Zwolle?</p><button data-action="allow">Ja, graag</button><button data-action="dismiss">Misschien later</button></div>
<article data-article-id="7731" data-section="regio"><h1 data-role="headline">Bibliotheek Zwolle wordt gratis voor iedereen</h1><div data-role="byline">Door <span data-author-id="112">Sanne de Vries</span> <time data-role="date" datetime="2024-11-04">4 november 2024</time></div>
<div data-component="meter" data-remaining="3">Je kunt deze maand nog 3 gratis artikelen lezen. <a href="/abonneren" data-action="subscribe">Word abonnee</a></div>
<div data-role="body"><p data-block="text">{0}</p><p data-block="text">{1}</p><p data-block="text">{2}</p><p data-block="text">{3}</p><p data-block="text">{4}</p>
<div data-slot="inline-offer" data-offer="digital-q1"><strong>Onbeperkt lezen?</strong> Neem een digitaal abonnement voor 2,50 euro per week. Het eerste kwartaal betaal je de helft. <a href="/aanbod" data-action="offer">Bekijk het aanbod</a></div>
<p data-block="text">{5}</p><p data-block="text">{6}</p><p data-block="text">{7}</p></div></article>
<div data-component="ranking" data-list="popular"><h2 data-role="title">Meest gelezen</h2><ol><li><a href="/regio/1">Brand in leegstaand pand aan de Diezerstraat</a></li><li><a href="/regio/2">Nieuwe fietsbrug over de IJssel pas in 2027 klaar</a></li><li><a href="/regio/3">PEC wint na spannende slotfase van Heracles</a></li></ol></div></div>)~",
     {{"consent", "Wij gebruiken cookies en vergelijkbare technieken|Instellingen aanpassen"},
      {"promo", "Wil je een melding ontvangen|Misschien later"},
      {"paywall", "nog 3 gratis artikelen lezen|Word abonnee"},
      {"subscription", "digitaal abonnement voor 2,50 euro per week|Bekijk het aanbod"},
      {"related", "leegstaand pand aan de Diezerstraat|fietsbrug over de IJssel"},
      {nullptr, nullptr}}},

    // 6 shadow-less custom elements (Web Components), EN: share bar,
    // reader-funding appeal, app-download plug, ad-blocker plea, related
    // stories. Story: an orchestra funded by its audience's donations.
    {"web-components-en", "en", "Marcus Bell",
     R"~(For the first time in its 88-year history, the Halvergate Community Orchestra will play a full season without a grant from the county council.
The council withdrew its arts funding last year, leaving a gap of about £22,000 in an annual budget of £60,000. Rather than cut concerts, the orchestra asked its audience for help.
More than 700 people have since made a donation, most of them between £5 and £25. A retired music teacher left the orchestra £4,000 in her will, the largest single gift it has received.
The conductor, Ruth Adeyemi, said she was moved by the notes that came with the money. One couple wrote that they had met in the interval of a Brahms concert in 1986.
The orchestra has also introduced a friends' membership at £40 a year, which includes a reserved seat and an invitation to the final rehearsal before each concert.
Younger players have helped by filming short rehearsal clips for social media. A video of the percussion section practising with saucepans was shared thousands of times.
Adeyemi does not want the orchestra to depend on a handful of large donors. She hopes regular small gifts will give it a steadier base than the grant ever did.
The new season opens on 21 September at St Mary's Church with Dvorak's Ninth Symphony. Tickets remain at £12, with free entry for under-eighteens.)~",
     R"~(<site-shell><site-masthead><a href="/">The Broadland Herald</a></site-masthead>
<story-page story-id="88120"><story-headline><h1>Audience steps in as orchestra loses its grant</h1></story-headline><story-byline author="Marcus Bell">By Marcus Bell, Arts Reporter</story-byline>
<share-tools><span>Share this story</span><share-button network="facebook"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></share-button><share-button network="whatsapp"><a href="https://wa.me/?text=x">WhatsApp</a></share-button><share-button network="email"><a href="mailto:?subject=Orchestra">Email</a></share-button><share-button network="copy"><button>Copy link</button></share-button></share-tools>
<story-body><p>{0}</p><p>{1}</p><p>{2}</p>
<app-promo placement="inline"><p>Get our app for alerts from your street, saved stories and the daily crossword.</p><a href="https://apps.apple.com/gb/app/id987654">Download on the App Store</a> <a href="https://play.google.com/store/apps/details?id=uk.example.herald">Get it on Google Play</a></app-promo>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></story-body>
<support-appeal variant="end"><h3>Before you go</h3><p>Local reporting costs money and we want it to stay free to read. If you value stories like this one, a gift of any size helps keep our reporters on the road.</p><cta-link><a href="/give?ref=story">Give now</a></cta-link></support-appeal>
<story-rail heading="More from Culture"><h2>More from Culture</h2><ul><li><a href="/culture/organ">The last cinema organ in Norfolk finds a new home</a></li><li><a href="/culture/brass">Why brass bands are recruiting teenagers again</a></li><li><a href="/culture/mural">Harbour mural to be repainted after storm damage</a></li></ul></story-rail></story-page>
<blocker-notice><p>We noticed you are blocking ads. Ads help pay for the journalism you are reading. Please add us to your allowlist, or go ad-free with a subscription.</p><button>I have allowed ads</button></blocker-notice></site-shell>)~",
     {{"social", "Share this story|Copy link"},
      {"promo", "Get our app for alerts|Download on the App Store"},
      {"subscription", "a gift of any size helps|Give now"},
      {"related", "last cinema organ in Norfolk|brass bands are recruiting"},
      {"ad", "you are blocking ads|add us to your allowlist"},
      {nullptr, nullptr}}},

    // 7 <dialog open> holding the wall, DE: "to continue reading" wall,
    // log-in prompt, print-edition (e-paper) links, "remind me later" row.
    // Story: rural newspaper delivery cut; subscribers, e-paper, app log-in.
    {"dialog-de", "de", "Katrin Oswald",
     R"~(Die Ostholsteiner Rundschau wird ab Juli in 34 Dörfern des Kreises nicht mehr morgens zugestellt. Abonnenten dort bekommen die Zeitung künftig mit der Post, also erst am Mittag.
Der Verlag begründet den Schritt mit fehlenden Zustellern. Auf manchen Touren seien seit Monaten Stellen unbesetzt, für einen Minijob um drei Uhr nachts finde man kaum noch Bewerber.
Betroffen sind rund 4.200 Haushalte. Wer auf das E-Paper umsteigt, soll ein Tablet zum halben Preis bekommen und sein Abo zwei Monate lang günstiger erhalten.
Viele ältere Leserinnen und Leser reagieren verärgert. Die Zeitung am Frühstückstisch gehöre für sie zum Tag, sagt Helga Brandt aus Lensahn, die seit 51 Jahren Abonnentin ist.
Der Verlag bietet in Gemeindehäusern Kurse an, in denen gezeigt wird, wie man sich in der App anmeldet und die digitale Ausgabe liest. Die ersten Termine waren innerhalb weniger Tage ausgebucht.
Auch andere Regionalzeitungen in Norddeutschland haben die Zustellung ausgedünnt. Branchenverbände warnen, dass die gedruckte Zeitung auf dem Land zuerst verschwinden könnte.
Die Landesregierung prüft eine Förderung der Zustellung, wie es sie in einigen anderen Bundesländern bereits gibt. Eine Entscheidung wird nicht vor dem Herbst erwartet.
Helga Brandt will ihr Abo trotzdem behalten. Sie werde die Zeitung dann eben zum Mittagessen lesen, sagt sie.)~",
     R"~(<div class="wrap"><div class="topbar"><p>Nichts mehr verpassen: Eilmeldungen aus Ostholstein direkt aufs Handy.</p><button type="button">Benachrichtigungen erlauben</button><button type="button">Später erinnern</button></div>
<header class="hd"><a class="hd__logo" href="/">Kieler Landbote</a></header>
<main class="mn"><article class="ar"><p class="ar__kicker">Ostholstein</p><h1 class="ar__title">Zeitung kommt in 34 Dörfern erst mittags</h1><p class="ar__meta">Von Katrin Oswald | 17.06.2024</p>
<div class="ar__body"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="ar__links"><a href="/epaper">Die Zeitung von heute als E-Paper lesen</a> · <a href="/epaper/archiv">Ausgaben der letzten 30 Tage</a></div>
<div class="box box--muted"><p>Melden Sie sich an, um Artikel zu merken und Kommentare zu schreiben.</p><a class="btn" href="/login">Anmelden</a> <a class="btn btn--ghost" href="/registrieren">Kostenlos registrieren</a></div></article></main>
<dialog open class="dlg dlg--lg"><h2>Weiterlesen mit LB+</h2><p>Um diesen Artikel weiterzulesen, schließen Sie ein Abo ab: alle Artikel, das E-Paper und die App.</p><a class="btn" href="/abo/plus">Jetzt 1 Monat gratis testen</a><p>Bereits Abonnent? <a href="/login?ziel=artikel">Hier einloggen</a></p></dialog></div>)~",
     {{"promo", "Eilmeldungen aus Ostholstein direkt aufs Handy|Später erinnern"},
      {"promo", "Die Zeitung von heute als E-Paper lesen|Ausgaben der letzten 30 Tage"},
      {"signin", "um Artikel zu merken und Kommentare zu schreiben|Kostenlos registrieren"},
      {"paywall", "Um diesen Artikel weiterzulesen|Jetzt 1 Monat gratis testen|Bereits Abonnent?"},
      {nullptr, nullptr}}},

    // 8 <aside> and <section aria-label>, FR: member-only label, newsletter
    // with a button and no e-mail field, ad-blocker plea, author bio, "à lire
    // aussi". Story: a heating network's subscribers; the town's news letter.
    {"aside-section-fr", "fr", "Thomas Lefèvre",
     R"~(À Besançon, le réseau de chaleur urbain va s'étendre au quartier de Planoise, où 3 200 logements sociaux sont encore chauffés au gaz.
Les travaux, qui commenceront en janvier, dureront près de deux ans. La ville promet une baisse de la facture de chauffage d'environ 15 % pour les locataires raccordés.
Le réseau compte aujourd'hui 9 000 abonnés, pour l'essentiel des bâtiments publics et des copropriétés du centre. Il est alimenté à 70 % par l'incinération des déchets et par une chaufferie au bois.
Les associations de locataires saluent le projet, mais réclament des garanties. Le prix de l'abonnement, fixé chaque année, représente déjà près d'un tiers de la facture dans certains immeubles.
L'adjoint chargé de la transition écologique, Karim Haddad, assure que le tarif sera gelé pendant trois ans pour les nouveaux raccordés. Une réunion publique est prévue le 8 octobre à la maison de quartier.
Le bailleur social Habitat 25 financera une partie des raccordements. Son directeur estime que l'investissement sera rentabilisé en une douzaine d'années.
Pendant les travaux, plusieurs rues seront fermées à la circulation. La mairie enverra une lettre d'information aux habitants concernés chaque mois, avec le calendrier des chantiers.
D'autres villes de la région, comme Dole et Montbéliard, étudient des projets comparables. Tous dépendent en partie des aides du fonds chaleur de l'Ademe.)~",
     R"~(<main><article><header><p><span>Article réservé aux abonnés</span></p><h1>Le réseau de chaleur arrive à Planoise</h1><p>Par <a rel="author" href="/journalistes/thomas-lefevre">Thomas Lefèvre</a> - 2 octobre 2024</p></header>
<p>{0}</p><p>{1}</p><p>{2}</p>
<aside><h2>La lettre de Besançon</h2><p>Tous les vendredis, l'essentiel de l'actualité locale, gratuitement.</p><button type="button" data-href="/newsletters/besancon">Je m'inscris</button></aside>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<section aria-label="À propos de l'auteur"><p>Thomas Lefèvre est journaliste au service Environnement depuis 2018. Il a auparavant travaillé pour une radio locale et vit à Ornans.</p></section>
<section aria-label="Message"><p>Votre bloqueur de publicité nous empêche d'afficher des annonces. La publicité finance une partie de notre rédaction, merci de désactiver votre bloqueur sur notre site.</p><button type="button">Comment faire ?</button></section>
<section aria-label="À lire aussi"><h2>À lire aussi</h2><ul><li><a href="/a/tram">Grand Besançon : le tram prolongé jusqu'aux Hauts-du-Chazal ?</a></li><li><a href="/a/citadelle">La Citadelle bat son record de fréquentation estivale</a></li><li><a href="/a/doubs">Sécheresse : le Doubs au plus bas depuis 1976</a></li></ul></section></article></main>)~",
     {{"paywall", "Article réservé aux abonnés"},
      {"newsletter", "La lettre de Besançon|Je m'inscris"},
      {"author-bio", "est journaliste au service Environnement"},
      {"ad", "Votre bloqueur de publicité|merci de désactiver votre bloqueur"},
      {"related", "le tram prolongé|record de fréquentation estivale"},
      {nullptr, nullptr}}},

    // 9 <details>, ES: comments in a collapsed <details>, cookie dialog,
    // reprint and print-edition links, link-only newsletter sign-up. Story: a
    // history podcast paid for by its listeners.
    {"details-es", "es", "Álvaro Ibáñez",
     R"~(Lo que empezó como una conversación entre dos profesores de instituto en Zaragoza se ha convertido en uno de los podcasts de historia más escuchados en español.
«Antes del Ebro» cuenta en episodios de media hora la historia de Aragón desde la Edad Media hasta la Transición. Sus creadores, Marta Solans y Pedro Aznar, graban en la cocina de ella los domingos por la tarde.
El programa supera ya los dos millones de descargas. Buena parte de los oyentes son estudiantes que lo usan para preparar la selectividad, según los mensajes que reciben.
Hace un año lanzaron un sistema de mecenazgo: quien aporta tres euros al mes recibe los episodios sin anuncios y un capítulo extra cada trimestre. Unos 1.900 oyentes se han sumado.
Con ese dinero han podido pagar a una documentalista y comprar micrófonos nuevos. Aznar insiste en que el contenido principal seguirá siendo gratuito.
El éxito ha llamado la atención de una plataforma de audio que les ofreció un contrato de exclusividad. Lo rechazaron porque les obligaba a retirar los episodios antiguos de otras aplicaciones.
Ahora preparan una temporada dedicada a los Sitios de Zaragoza de 1808 y 1809, con la colaboración del archivo municipal.
Solans reconoce que a veces les cuesta encontrar tiempo. Pero cada vez que un oyente les escribe para contar que aprobó un examen gracias al podcast, dice, se les olvida el cansancio.)~",
     R"~(<div role="dialog" aria-modal="true" aria-label="Privacidad"><p>Este sitio utiliza cookies propias y de terceros para analizar la navegación y mostrarte publicidad personalizada.</p><button type="button">Aceptar</button> <button type="button">Rechazar todas</button><details><summary>Configurar</summary><label><input type="checkbox" checked disabled> Necesarias</label><label><input type="checkbox"> Analíticas</label></details></div>
<main><article><h1>Dos profesores, una cocina y dos millones de descargas</h1><p>Por Álvaro Ibáñez · Zaragoza · 9 de febrero de 2024</p>
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<p><strong>Boletín</strong> · <a href="/boletines/cultura">Apúntate gratis a nuestro boletín de cultura</a></p>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<ul><li><a href="/servicios/reproduccion">Solicitar derechos de reproducción</a></li><li><a href="/kiosko/hoy">Ver la edición impresa de hoy</a></li></ul>
<details><summary>Comentarios (37)</summary><p>Para comentar necesitas una cuenta.</p><ol><li>Gran podcast, lo escucho cada semana.</li><li>Que hagan uno sobre Huesca, por favor.</li></ol></details></article></main>)~",
     {{"consent", "cookies propias y de terceros|Rechazar todas"},
      {"newsletter", "Apúntate gratis a nuestro boletín de cultura"},
      {"promo", "Solicitar derechos de reproducción|Ver la edición impresa de hoy"},
      {"comments", "Comentarios (37)|lo escucho cada semana"},
      {nullptr, nullptr}}},

    // 10 layout tables, PT (Portugal): meter, share row, subscription pitch
    // with price, "mais lidas" column, author bio. Story: a bookshop's
    // subscription book club and its members' fund-raising.
    {"layout-table-pt", "pt", "Rui Cardoso",
     R"~(Numa rua estreita de Alfama, a livraria Tinta Fresca sobreviveu à pandemia graças a um clube de leitura por assinatura que hoje tem mais de 800 membros.
Por 25 euros por mês, cada assinante recebe em casa um livro escolhido pelos livreiros, acompanhado de uma carta escrita à mão a explicar a escolha.
A ideia foi da fundadora, Inês Martins, que em março de 2020 se viu com a porta fechada e as prateleiras cheias. Os primeiros pacotes foram entregues de bicicleta pelo filho.
Hoje a livraria envia livros para todo o país e para leitores portugueses em França e no Luxemburgo. A lista de espera para novas assinaturas chegou a ter 300 nomes.
Martins diz que o clube mudou a forma como trabalha. Em vez de encomendar os títulos que mais vendem, lê dezenas de livros por mês à procura de autores pouco conhecidos.
Alguns editores começaram a enviar provas antecipadas à livraria. Uma pequena editora do Porto esgotou a primeira tiragem de um romance depois de ele ter sido escolhido para o clube.
O aumento das rendas no bairro continua a ser a maior ameaça. O contrato da loja termina no próximo ano e o senhorio já avisou que quer rever o valor.
Os membros do clube organizaram uma angariação de fundos para ajudar a comprar o espaço. Em duas semanas reuniram 41 mil euros, cerca de um quinto do necessário.)~",
     R"~(<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3" bgcolor="#003366"><font color="#ffffff" size="5"><b>Jornal da Graça</b></font></td></tr>
<tr><td width="160" valign="top" bgcolor="#eeeeee"><a href="/">Início</a><br><a href="/cidade">Cidade</a><br><a href="/cultura">Cultura</a><br><a href="/desporto">Desporto</a></td>
<td valign="top"><table width="100%" cellpadding="4"><tr><td><font size="2" color="#990000">Resta-lhe 1 artigo gratuito este mês. <a href="/entrar">Entre</a> ou <a href="/assinaturas">assine</a>.</font></td></tr>
<tr><td><font size="5"><b>A livraria de Alfama que os leitores querem comprar</b></font><br><font size="2">Rui Cardoso | 28/05/2024</font></td></tr>
<tr><td><font size="2"><a href="https://www.facebook.com/sharer.php?u=x">Partilhar no Facebook</a> | <a href="https://twitter.com/share?url=x">Partilhar no X</a> | <a href="mailto:?subject=Livraria">Enviar por e-mail</a></font></td></tr>
<tr><td><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p>
<table width="100%" border="1" cellpadding="6"><tr><td bgcolor="#ffffee"><b>Assine o Jornal da Graça</b><br>Acesso ilimitado ao site e à edição digital por 4,99 euros por mês.<br><a href="/assinaturas">Assinar agora</a></td></tr></table>
<p>{6}</p><p>{7}</p>
<p><i>Rui Cardoso é jornalista e escreve sobre cultura e património em Lisboa. Foi repórter num diário nacional durante doze anos e vive na Graça.</i></p></td></tr></table></td>
<td width="200" valign="top" bgcolor="#f4f4f4"><b>Mais lidas</b><br><a href="/cidade/1">Elétrico 28 volta a circular na Graça</a><br><a href="/cidade/2">Miradouro de Santa Luzia fecha para obras</a><br><a href="/cidade/3">Feira da Ladra muda de horário no verão</a></td></tr></table>)~",
     {{"paywall", "Resta-lhe 1 artigo gratuito"},
      {"social", "Partilhar no Facebook|Enviar por e-mail"},
      {"subscription", "Acesso ilimitado ao site e à edição digital|Assinar agora"},
      {"author-bio", "escreve sobre cultura e património"},
      {"related", "Elétrico 28 volta a circular|Feira da Ladra"},
      {nullptr, nullptr}}},

    // 11 forms with and without labels, EN: newsletter form with a <label>,
    // log-in form without labels ("already a subscriber?"), "remind me
    // later" row, comments teaser, reprint link. Story: a law letting people
    // cancel gym memberships and subscriptions online, logging in to cancel.
    {"forms-labels-en", "en", "Dana Whitfield",
     R"~(Gyms in the state will have to let members cancel online as easily as they signed up, under a law that takes effect on 1 January.
Until now, many chains required customers to cancel in person or by certified letter. Consumer groups say that left thousands of people paying for memberships they had stopped using.
The new rules apply to any subscription that renews automatically, from fitness clubs to meal kits and streaming services. Companies must send a reminder before an annual plan renews.
Lena Ortiz, a nurse from Tacoma, said she spent four months trying to leave a gym after moving across town. Each time she went in, she was told the manager who handled cancellations was not there.
Under the law, if a customer can log in to an account to sign up, the same account must offer a cancel button. Phone lines alone will not count.
The fitness industry's trade group opposed the bill, arguing that gyms rely on steady monthly income to keep prices low. It dropped its objections after a grace period of six months was added.
The attorney general's office expects complaints to fall sharply. Last year it received 2,300 about gyms, more than about any other kind of business except used car dealers.
Ortiz eventually got out of her contract by disputing the charges with her bank. She has since joined a community center that charges by the visit.)~",
     R"~(<div id="page"><div class="strip"><p>Turn on breaking news alerts in this browser?</p><button type="button">Yes, please</button><button type="button">Remind me later</button></div>
<div id="content" class="two-col"><div class="col-main"><h1 class="headline">New law makes quitting the gym as easy as joining</h1><p class="dateline">By Dana Whitfield, Staff writer. Published March 3, 2024</p>
<div class="story"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="box box-grey"><form action="/newsletters/money" method="post"><label for="nl-email">Your Money: tips to cut your bills, every Tuesday</label><br><input id="nl-email" type="email" name="email" required> <button type="submit">Subscribe</button></form></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<p class="tools"><a href="/reprints/request?id=5521">Order a reprint of this article</a></p>
<div class="cbar"><a href="#comments">Comments (112)</a> Read what other readers are saying</div></div>
<div class="col-side"><div class="box"><p>Already a subscriber?</p><form action="/login" method="post"><input type="text" name="user" placeholder="Username"><input type="password" name="pass" placeholder="Password"><button type="submit">Log in</button></form><a href="/account/forgot">Forgot your password?</a></div></div></div></div>)~",
     {{"promo", "Turn on breaking news alerts|Remind me later"},
      {"newsletter", "tips to cut your bills, every Tuesday"},
      {"promo", "Order a reprint of this article"},
      {"comments", "Read what other readers are saying|Comments (112)"},
      {"signin", "Already a subscriber?|Forgot your password?"},
      {nullptr, nullptr}}},

    // 12 iframe placeholders, DE: cookie layer around a consent iframe,
    // ad-blocker plea beside an empty ad iframe, podcast plug around a player
    // iframe, "mehr zum Thema". Story: streaming subscriptions get dearer,
    // sharing log-ins costs extra.
    {"iframe-placeholders-de", "de", "Miriam Teschner",
     R"~(Wer Filme und Serien streamt, muss in diesem Jahr tiefer in die Tasche greifen. Drei der großen Anbieter haben ihre Preise in Deutschland seit Januar erhöht, einer davon gleich zweimal.
Das günstigste Abo ohne Werbung kostet bei den meisten Diensten inzwischen mehr als zwölf Euro im Monat. Vor fünf Jahren lag der Preis noch bei etwa acht Euro.
Die Verbraucherzentrale Nordrhein-Westfalen rät, die eigenen Abos regelmäßig zu überprüfen. Viele Kundinnen und Kunden zahlten für Dienste, die sie kaum noch nutzten, sagt Referentin Ayşe Demir.
Einige Anbieter setzen inzwischen auf günstigere Tarife mit Werbung. Wer sie bucht, sieht vor und während einer Folge Werbespots, zahlt aber einige Euro weniger.
Auch das Teilen von Passwörtern ist schwieriger geworden. Wer sich außerhalb des eigenen Haushalts einloggt, muss bei mehreren Diensten einen Aufpreis zahlen.
Marktforscher beobachten, dass viele Menschen Abos nur noch für einzelne Monate abschließen, etwa wenn eine bestimmte Serie erscheint. Danach kündigen sie wieder.
Für die Branche ist das ein Problem, weil sich die Produktion teurer Serien nur mit treuen Abonnenten rechnet. Mehrere Anbieter haben deshalb angekündigt, weniger eigene Inhalte zu produzieren.
Demir empfiehlt, vor einer Kündigung auf die Fristen zu achten. Seit 2022 müssen Verträge, die online abgeschlossen wurden, auch online mit wenigen Klicks gekündigt werden können.)~",
     R"~(<div class="cmp-wrap"><iframe src="about:blank" title="Consent Message" width="600" height="400"></iframe><div class="cmp-fallback"><p>Wir und unsere 143 Partner speichern Informationen auf Ihrem Gerät, etwa Cookies, und verarbeiten Daten für personalisierte Werbung und Messung.</p><button type="button">Alle akzeptieren</button><button type="button">Einstellungen</button></div></div>
<div class="page"><article class="story"><h1>Streaming wird teurer: Was Abonnenten jetzt tun können</h1><div class="meta">Miriam Teschner, 08.02.2024</div>
<p>{0}</p><p>{1}</p>
<div class="embed"><iframe src="about:blank" data-src="https://www.youtube-nocookie.com/embed/abc123" title="Video" width="560" height="315"></iframe></div>
<p>{2}</p><p>{3}</p><p>{4}</p>
<div class="slot"><iframe src="about:blank" title="Anzeige" width="300" height="250"></iframe><p>Wir sehen, dass Sie einen Adblocker verwenden. Bitte setzen Sie uns auf Ihre Ausnahmeliste, denn Werbung hilft uns, Inhalte kostenlos anzubieten.</p></div>
<p>{5}</p><p>{6}</p><p>{7}</p>
<div class="embed"><iframe src="about:blank" data-src="https://open.spotify.com/embed/show/xyz" title="Podcast-Player" width="100%" height="152"></iframe><p>Hören Sie auch „Geld und Alltag“, unseren Verbraucher-Podcast, jeden Montag neu.</p></div></article>
<div class="teasers"><h3>Mehr zum Thema</h3><a href="/v/handy">Handyverträge: So kommen Sie schneller raus</a><a href="/v/gym">Fitnessstudio kündigen: Was erlaubt ist</a><a href="/v/strom">Stromanbieter wechseln lohnt sich wieder</a></div></div>)~",
     {{"consent", "Wir und unsere 143 Partner|Alle akzeptieren"},
      {"ad", "einen Adblocker verwenden|Ausnahmeliste"},
      {"promo", "unseren Verbraucher-Podcast"},
      {"related", "So kommen Sie schneller raus|Stromanbieter wechseln"},
      {nullptr, nullptr}}},

    // 13 Tailwind utility classes, FR: meter, newsletter with an e-mail field,
    // sticky app-download plug, share bar, comments teaser. Story: school
    // canteens booked through an app, menus sent by e-mail.
    {"tailwind-fr", "fr", "Élodie Marchand",
     R"~(À partir de la rentrée, les 14 écoles élémentaires de Villeurbanne serviront des repas entièrement préparés dans une cuisine centrale municipale, avec 60 % de produits bio.
La ville a mis fin au contrat qui la liait depuis vingt ans à une entreprise de restauration collective. Le nouveau système coûtera environ 1,3 million d'euros de plus par an.
Les familles continueront de payer selon leurs revenus, de 0,50 euro à 5,20 euros le repas. Les inscriptions à la cantine se font désormais sur une application, où les parents peuvent aussi signaler une absence la veille.
Cette réservation à l'avance doit réduire le gaspillage. Jusqu'ici, près d'un repas sur cinq finissait à la poubelle, selon un audit réalisé l'an dernier.
La cuisine centrale emploiera 45 personnes, dont une diététicienne. Les menus seront affichés chaque lundi et envoyés par courriel aux parents qui le souhaitent.
Certains parents d'élèves regrettent que l'application soit devenue obligatoire. Une permanence sera ouverte en mairie pour les familles qui n'ont pas d'ordinateur ou de smartphone.
Les producteurs de la région se sont regroupés en coopérative pour répondre aux appels d'offres. Un maraîcher de Miribel fournira à lui seul une tonne de carottes par mois.
La maire assure que le prix payé par les familles n'augmentera pas cette année. Un bilan est prévu au printemps, avec un questionnaire remis à chaque élève.)~",
     R"~(<div class="min-h-screen bg-white text-slate-900"><main class="mx-auto max-w-2xl px-4 py-8"><article>
<p class="mb-2 text-xs font-semibold uppercase tracking-wide text-rose-600">Éducation</p><h1 class="text-3xl font-bold leading-tight">Cantines : Villeurbanne reprend la main sur les repas de ses écoliers</h1>
<div class="mt-3 flex items-center gap-2 text-sm text-slate-500"><a class="font-medium text-slate-700 hover:underline" href="/auteurs/elodie-marchand">Élodie Marchand</a><span aria-hidden="true">·</span><time datetime="2024-08-29">29 août 2024</time></div>
<div class="my-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-2 text-sm">Cet article vous est offert. Il vous reste 2 articles gratuits ce mois-ci. <a class="font-semibold underline" href="/offres">Voir les offres</a></div>
<div class="flex gap-3 border-y py-2 text-sm"><span class="text-xs uppercase text-slate-500">Partager</span><a aria-label="Partager sur Facebook" href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="https://bsky.app/intent/compose?text=x">Bluesky</a><a href="https://www.linkedin.com/sharing/share-offsite/?url=x">LinkedIn</a></div>
<div class="prose prose-slate prose-lg mt-6"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="not-prose my-8 rounded-xl bg-sky-50 p-6"><p class="font-semibold">Le Midi de Lyon</p><p class="text-sm text-slate-600">Chaque jour à midi, l'actu de la métropole dans votre boîte mail.</p><form class="mt-4 flex gap-2"><input type="email" class="flex-1 rounded border px-3 py-2" placeholder="Votre adresse e-mail"><button class="rounded bg-sky-600 px-4 py-2 text-white">Je m'abonne</button></form></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<a href="#reactions" class="mt-6 inline-flex items-center gap-1 text-sm font-medium text-sky-700">Voir les 23 réactions</a></article></main>
<div class="fixed inset-x-0 bottom-0 flex items-center gap-3 bg-slate-900 p-3 text-white md:hidden"><p class="flex-1 text-sm">Téléchargez l'application Lyon Info : alertes, direct et météo.</p><a class="rounded bg-white px-3 py-1 text-slate-900" href="https://apps.apple.com/fr/app/id555">Installer</a></div></div>)~",
     {{"paywall", "Il vous reste 2 articles gratuits|Voir les offres"},
      {"social", "Bluesky|LinkedIn"},
      {"newsletter", "l'actu de la métropole dans votre boîte mail|Je m'abonne"},
      {"comments", "Voir les 23 réactions"},
      {"promo", "Téléchargez l'application Lyon Info|Installer"},
      {nullptr, nullptr}}},

    // 14 Bootstrap, ES: modal pitch with price (and its own "quizás más
    // tarde"), "ahora no" alert row, author bio in a card, "te puede
    // interesar" list group. Story: an energy cooperative's members, an app.
    {"bootstrap-es", "es", "Carmen Villalobos",
     R"~(La cooperativa energética Sol del Sur ha alcanzado los 12.000 socios en Andalucía, tres veces más que hace cinco años, impulsada por la subida de la luz.
Para hacerse socio basta con aportar un capital de cien euros, que se devuelve si la persona se da de baja. Los socios votan en la asamblea anual y eligen al consejo rector.
La cooperativa compra la electricidad a productores renovables y la vende a precio de coste más un pequeño margen. Este invierno su tarifa fue un 18 % más barata que la media del mercado regulado.
Su presidenta, Rocío Alarcón, atribuye el crecimiento al boca a boca. Muchos clientes llegan recomendados por vecinos que ya se habían cambiado.
La entidad también gestiona tres instalaciones solares en tejados de colegios de Córdoba y Jaén. Los socios pueden participar en su financiación con aportaciones voluntarias.
Las grandes comercializadoras han respondido con ofertas agresivas y campañas de llamadas. Alarcón pide a los socios que no firmen nada por teléfono sin consultar antes.
La cooperativa ha abierto una oficina en Sevilla y prepara una aplicación para que cada socio pueda consultar su consumo hora a hora.
El próximo reto es la comunidad energética del barrio de San Pablo, donde 200 familias compartirán la electricidad de una planta solar instalada en un polideportivo.)~",
     R"~(<nav class="navbar navbar-expand-lg navbar-light bg-light"><div class="container"><a class="navbar-brand" href="/">El Diario del Sur</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/andalucia">Andalucía</a></li><li class="nav-item"><a class="nav-link" href="/economia">Economía</a></li></ul></div></nav>
<div class="alert alert-info d-flex align-items-center gap-2 mb-0" role="alert"><span>¿Quieres recibir notificaciones con las noticias más importantes?</span><button class="btn btn-sm btn-primary">Activar</button><button class="btn btn-sm btn-outline-secondary">Ahora no</button></div>
<div class="container my-4"><div class="row"><div class="col-lg-8"><h1 class="display-6">Los socios de Sol del Sur ya son 12.000</h1><p class="text-muted small">Carmen Villalobos · Sevilla · 15/01/2024</p>
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<div class="card mt-4"><div class="card-body"><p class="card-text">Carmen Villalobos es redactora de Economía en Sevilla. Ha trabajado en la radio y en una agencia de noticias, y escribe sobre energía y consumo desde 2016.</p></div></div></div>
<div class="col-lg-4"><h4 class="h6 text-uppercase">Te puede interesar</h4><div class="list-group"><a class="list-group-item list-group-item-action" href="/e/1">Placas solares en el balcón: qué dice la ley</a><a class="list-group-item list-group-item-action" href="/e/2">La factura de la luz baja un 9 % en diciembre</a><a class="list-group-item list-group-item-action" href="/e/3">Cómo leer el contador inteligente</a></div></div></div></div>
<div class="modal fade show d-block" tabindex="-1" role="dialog" aria-modal="true"><div class="modal-dialog modal-dialog-centered"><div class="modal-content"><div class="modal-header"><h5 class="modal-title">Oferta de bienvenida</h5><button type="button" class="btn-close" aria-label="Cerrar"></button></div><div class="modal-body"><p>Suscríbete a El Diario del Sur por solo 1 euro al mes durante seis meses. Después, 7,99 euros al mes.</p></div><div class="modal-footer"><a class="btn btn-primary" href="/suscripciones">Quiero suscribirme</a><button type="button" class="btn btn-link">Quizás más tarde</button></div></div></div></div>)~",
     {{"promo", "recibir notificaciones con las noticias más importantes|Ahora no"},
      {"author-bio", "es redactora de Economía en Sevilla"},
      {"related", "Placas solares en el balcón|contador inteligente"},
      {"subscription", "por solo 1 euro al mes durante seis meses|Quiero suscribirme"},
      {nullptr, nullptr}}},

    // 15 Bulma, IT: cookie notification, ad-blocker plea, reader-funding box,
    // "i più letti" column. Story: a regional season ticket for students,
    // activated in an app.
    {"bulma-it", "it", "Paolo Ferrante",
     R"~(Da settembre gli studenti under 26 della Toscana potranno viaggiare su treni regionali e autobus con un unico abbonamento annuale da 150 euro.
Finora chi faceva il pendolare tra due province doveva comprare due tessere diverse, una per il treno e una per il bus urbano, spendendo spesso più di 500 euro l'anno.
La Regione stima che ne approfitteranno circa 60.000 ragazzi. La misura costerà 18 milioni di euro, coperti in parte da fondi europei.
L'abbonamento si attiva da un'app regionale, dove va caricato un documento d'identità. Chi non ha lo smartphone potrà richiedere una tessera fisica nelle biglietterie.
Le associazioni studentesche chiedevano da anni una tariffa unica. Secondo Marta Bellini, rappresentante degli studenti a Siena, molti rinunciavano all'università fuori città per il costo dei trasporti.
I sindacati dei ferrovieri avvertono che i treni del mattino sono già pieni. Senza nuove carrozze, dicono, il rischio è di lasciare a terra proprio i nuovi abbonati.
L'assessore ai trasporti ha promesso dieci convogli in più entro la primavera. Intanto sulle linee più affollate saranno aggiunti autobus sostitutivi nelle ore di punta.
Altre regioni guardano all'esperimento. In Emilia-Romagna una proposta simile è stata presentata in consiglio regionale, ma non ha ancora trovato una copertura.)~",
     R"~(<nav class="navbar is-white"><div class="navbar-brand"><a class="navbar-item" href="/">Il Corriere Toscano</a></div><div class="navbar-menu"><a class="navbar-item" href="/firenze">Firenze</a><a class="navbar-item" href="/siena">Siena</a></div></nav>
<section class="section"><div class="container"><div class="columns"><div class="column is-8"><h1 class="title is-3">Treni e bus con un solo abbonamento: 150 euro l'anno per gli under 26</h1><p class="subtitle is-6">di Paolo Ferrante, 2 luglio 2024</p>
<div class="notification is-warning is-light"><p>Abbiamo rilevato un blocco della pubblicità. La pubblicità ci permette di offrirti notizie gratuite: disattiva l'adblock o passa alla versione senza pubblicità.</p></div>
<div class="content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="box has-background-light"><h4 class="title is-5">Sostieni l'informazione locale</h4><p>Siamo una testata indipendente. Con un contributo anche piccolo ci aiuti a restare liberi e gratuiti per tutti.</p><a class="button is-danger" href="/sostienici">Dona ora</a></div></div>
<aside class="column is-4"><h3 class="title is-6">I più letti</h3><ul><li><a href="/f/1">Firenze, chiude lo storico caffè di piazza della Repubblica</a></li><li><a href="/f/2">Palio di Siena, la Tartuca vince al fotofinish</a></li><li><a href="/f/3">Maltempo, allerta arancione su tutta la costa</a></li></ul></aside></div></div></section>
<div class="notification is-light is-fixed-bottom"><p>Questo sito usa cookie tecnici e, previo consenso, cookie di profilazione di terze parti.</p><div class="buttons"><button class="button is-primary">Accetta</button><button class="button">Rifiuta</button><a class="button is-text" href="/privacy">Personalizza</a></div></div>)~",
     {{"ad", "rilevato un blocco della pubblicità|disattiva l'adblock"},
      {"subscription", "Sostieni l'informazione locale|Dona ora"},
      {"related", "storico caffè di piazza|Palio di Siena"},
      {"consent", "cookie di profilazione di terze parti|Personalizza"},
      {nullptr, nullptr}}},

    // 16 WordPress blocks with Jetpack widgets, EN: newsletter block with an
    // e-mail field, share buttons, author biography block, related posts,
    // comments teaser. Story: a radio station's pledge drive, members,
    // podcast and membership newsletter.
    {"wordpress-blocks-en", "en", "Tom Ashworth",
     R"~(WKVR, the volunteer-run radio station that has broadcast from a converted garage in Millbrook since 1994, raised $86,000 in its spring pledge drive, beating its target by a third.
The station has no advertising and depends on listeners for almost all of its budget. About 1,100 of them now give monthly, typically between $5 and $15.
This year's drive ran for nine days and featured live sets from local bands in the station's tiny studio. A bluegrass group played for six hours straight on the final night.
Station manager Carla Boone said the number of first-time donors rose sharply after WKVR began streaming its shows online. Listeners now call in from as far away as Germany and Brazil.
The station also started a podcast feed of its weekly interview show last year. Boone said a third of new members mentioned the podcast when they signed up.
The money will pay for a new transmitter, which will extend the signal to two neighboring counties. The current one was bought second-hand from a college station in 2003.
Volunteers host every show on the schedule, from a Sunday polka hour to a Thursday night program about the history of local mills. New hosts take a twelve-week training course.
Boone said the station would keep its membership newsletter going and hold a smaller drive in the fall. The first fall event is a barn dance on October 12.)~",
     R"~(<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">The Millbrook Ledger</a></p></div></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">Listeners power WKVR past its pledge target</h1><div class="wp-block-group is-layout-flex"><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Tom Ashworth</p></div></div><div class="wp-block-post-date"><time datetime="2024-04-22">April 22, 2024</time></div></div>
<div class="entry-content wp-block-post-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="wp-block-group has-background" style="background-color:#f3f1ea"><div class="wp-block-jetpack-subscriptions"><form action="#" method="post"><p>Enter your email address to get the Ledger's weekend roundup.</p><input type="email" name="email" placeholder="Type your email"><button type="submit" class="wp-block-button__link">Subscribe</button></form></div></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li><a class="share-facebook sd-button" href="?share=facebook">Facebook</a></li><li><a class="share-x sd-button" href="?share=x">X</a></li><li><a class="share-email sd-button" href="?share=email">Email</a></li><li><a class="share-print sd-button" href="#print">Print</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Related</em></h3><div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4><a href="/2024/03/book-sale">Library book sale returns to the fairgrounds</a></h4></div><div class="jp-relatedposts-post"><h4><a href="/2024/02/mill-museum">Mill museum wins state heritage award</a></h4></div></div></div></div>
<div class="wp-block-post-author-biography">Tom Ashworth reports on arts and community life for the Ledger. He grew up in Millbrook and has written for regional papers in Ohio and Kentucky.</div>
<p class="wp-block-post-comments-link"><a href="#respond">4 comments, add yours</a></p></main></div>)~",
     {{"newsletter", "get the Ledger's weekend roundup"},
      {"social", "Share this:"},
      {"related", "Library book sale returns|Mill museum wins"},
      {"author-bio", "reports on arts and community life"},
      {"comments", "4 comments, add yours"},
      {nullptr, nullptr}}},

    // 17 Ghost theme, DE: members-only label, paid-membership card with price,
    // newsletter form (data-members-form), "weiterlesen" cards. Story: a
    // member-funded city magazine and its newsletter.
    {"ghost-de", "de", "Felix Hartung",
     R"~(Seit drei Jahren erscheint in Leipzig ein Magazin, das ohne Anzeigen und ohne Verlag auskommt. „Nordost“ wird von 2.800 zahlenden Mitgliedern getragen, die monatlich zwischen fünf und zwanzig Euro geben.
Gegründet haben es zwei frühere Redakteurinnen der Lokalzeitung, nachdem ihre Stellen gestrichen worden waren. Sie wollten weiter über ihren Stadtteil schreiben, sagt Mitgründerin Johanna Pietsch.
Die Texte sind frei zugänglich. Wer Mitglied wird, bekommt dafür Einladungen zu Redaktionskonferenzen und darf mitbestimmen, welche Themen recherchiert werden.
Das Modell hat Grenzen. Mit den Beiträgen lassen sich drei Teilzeitstellen bezahlen, für große Recherchen fehlt oft das Geld.
Eine Stiftung hat im vergangenen Jahr eine Recherche über leerstehende Wohnungen im Leipziger Osten finanziert. Danach stieg die Zahl der Mitglieder innerhalb eines Monats um fast 400.
Pietsch beobachtet, dass viele Leserinnen und Leser ihren Newsletter inzwischen wichtiger finden als die Website. Die wöchentliche Ausgabe wird von mehr als 11.000 Menschen geöffnet.
Auch andere Städte haben ähnliche Projekte, etwa in Hamburg und Dortmund. Die Gründerinnen tauschen sich regelmäßig aus und haben eine gemeinsame Software für die Verwaltung der Mitglieder entwickelt.
Ob das Magazin in fünf Jahren noch existiert, weiß Pietsch nicht. Aber solange die Menschen im Viertel dafür bezahlen, sagt sie, werde weitergeschrieben.)~",
     R"~(<div class="viewport"><header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">Stadtlichter</a><nav class="gh-head-menu"><a href="/recherche/">Recherche</a><a href="/kultur/">Kultur</a></nav></header>
<div class="site-content"><main id="site-main" class="site-main"><article class="article post tag-leipzig"><header class="article-header gh-canvas"><span class="article-access">Nur für Mitglieder</span><h1 class="article-title">Ein Magazin, das seinen Lesern gehört</h1>
<div class="article-byline"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/felix/">Felix Hartung</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-09-10">10. Sep. 2024</time><span class="byline-reading-time">5 Min. Lesezeit</span></div></div></div></header>
<section class="gh-content gh-canvas"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="kg-card kg-cta-card"><p>Unabhängiger Lokaljournalismus braucht dich: Werde Mitglied für 6 Euro im Monat oder 60 Euro im Jahr.</p><a class="kg-btn" href="#/portal/signup/paid" data-portal="signup">Mitglied werden</a></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></section></article>
<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Hol dir den Freitagsbrief</h2><form data-members-form="signup"><input data-members-email type="email" placeholder="Deine E-Mail-Adresse" required><button class="footer-cta-button" type="submit">Eintragen</button></form></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><a class="post-card-content-link" href="/eisenbahnstrasse/"><h2 class="post-card-title">Warum die Eisenbahnstraße ihren Ruf nicht loswird</h2></a></article><article class="post-card"><a class="post-card-content-link" href="/kleingaerten/"><h2 class="post-card-title">Kleingärten gegen Bauland: Der Streit in Schönefeld</h2></a></article></div></aside></main></div></div>)~",
     {{"paywall", "Nur für Mitglieder"},
      {"subscription", "Werde Mitglied für 6 Euro im Monat|Mitglied werden"},
      {"newsletter", "Hol dir den Freitagsbrief|Eintragen"},
      {"related", "Eisenbahnstraße ihren Ruf|Kleingärten gegen Bauland"},
      {nullptr, nullptr}}},

    // 18 Substack, EN: subscribe widget with an e-mail field, share row,
    // upgrade-to-paid pitch with price, comments teaser, "read in the app"
    // plug. Story: a farmer's newsletter with paying subscribers and a podcast.
    {"substack-en", "en", "Nina Castellanos",
     R"~(When Grace Mwangi started writing a weekly email about her vegetable plots in 2021, she sent it to nineteen friends. Three years later it has 41,000 readers, and about 2,600 of them pay.
The newsletter, called Dirt Notes, mixes soil science with the small disasters of a four-acre farm in Vermont. One of its most-read posts described losing an entire garlic crop to a single wet week.
Paid subscribers get a monthly question-and-answer session and access to the archive. The free posts, Mwangi said, will always stay free, because that is how new readers find her.
Her income from the newsletter now exceeds what she earned as a university researcher. She still sells produce at two farmers markets, mostly, she says, so she has something to write about.
Mwangi is part of a growing group of specialists who have built audiences by writing directly to readers. Platforms that handle payments take a cut of about ten percent.
The model has drawbacks. Mwangi described the pressure of publishing every Sunday without fail, and the guilt of taking a week off when people are paying for the work.
She has also started a podcast in which she answers listeners' gardening questions. It is free and funded by a seed company that sponsors each episode.
Asked what she would tell someone starting out, Mwangi said to write about one thing you know better than almost anyone. The readers, she said, will find you if you keep showing up.)~",
     R"~(<div class="main-menu-content"><div class="topbar-content"><a class="navbar-title-link" href="/">The Field Report</a></div>
<div class="single-post-container"><div class="container"><div class="single-post"><article class="typography newsletter-post post"><div class="post-header"><h1 class="post-title published">The farmer who makes a living from her weekly email</h1><h3 class="subtitle">Grace Mwangi turned garden notes into a business. Here is how.</h3>
<div class="post-meta pencraft pc-display-flex"><a href="https://substack.com/@ninacastellanos" class="pencraft pc-reset">Nina Castellanos</a><div class="pencraft pc-reset color-pub-secondary-text">Oct 06, 2024</div></div>
<div class="post-ufi"><button class="post-ufi-button like-button">312</button><button class="post-ufi-button">Restack</button><button class="post-ufi-button">Share</button></div></div>
<div class="available-content"><div class="body markup" dir="auto"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="subscription-widget-wrap"><div class="subscription-widget show-subscribe"><div class="preamble"><p>The Field Report is free to read and paid for by its readers. Leave your email to get each new post.</p></div><form class="form subscription-widget-subscribe"><input type="email" class="email-input" name="email" placeholder="Type your email..."><button class="button primary subscribe-btn" type="submit">Subscribe</button></form></div></div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p>
<div class="captioned-button-wrap"><p class="button-wrapper"><a class="button primary" href="/subscribe?plan=paid">Upgrade to paid</a></p><p class="button-caption">Paid members get the full archive and the monthly call, for $7 a month or $70 a year.</p></div></div></div>
<div class="post-footer"><a class="post-ufi-button" href="/p/farmer-email/comments">View 87 comments</a></div></article></div></div></div>
<div class="app-install-banner"><p>Keep reading in the app, where new posts arrive as notifications.</p><a class="button" href="https://substack.com/app">Open in app</a></div></div>)~",
     {{"social", "Restack"},
      {"newsletter", "Leave your email to get each new post"},
      {"subscription", "for $7 a month or $70 a year|Upgrade to paid"},
      {"comments", "View 87 comments"},
      {"promo", "Keep reading in the app|Open in app"},
      {nullptr, nullptr}}},

    // 19 Medium (short generated classes), FR: member-only label, meter, "déjà
    // un compte ?" sign-in line, "écrit par" author bio with a follow button,
    // "recommandé" list. Story: a year without social apps; a news letter
    // sent to friends, groups one can no longer log in to.
    {"medium-fr", "fr", "Julien Moreau",
     R"~(Il y a un an, j'ai supprimé de mon téléphone toutes les applications de réseaux sociaux. Pas par conviction, mais parce que je passais trois heures par jour à faire défiler des images sans m'en souvenir le soir.
Les premières semaines ont été étranges. Je sortais mon téléphone dans le métro, je le rallumais, puis je le rangeais, faute de savoir quoi en faire.
J'avais un peu plus de 2 000 abonnés sur un réseau de photos. Je pensais que ce chiffre me manquerait, mais je l'ai oublié en moins d'un mois.
Ce qui m'a manqué, ce sont les nouvelles des amis éloignés. J'ai fini par écrire une lettre d'information mensuelle, envoyée par courriel à une quarantaine de personnes, qui me répondent souvent plus longuement que je ne l'aurais imaginé.
J'ai aussi recommencé à lire. Douze romans cette année, contre deux l'année précédente, la plupart empruntés à la médiathèque de mon quartier.
Tout n'a pas été simple. Certains événements s'organisent uniquement sur des groupes auxquels je ne peux plus me connecter, et j'ai raté deux anniversaires.
Je ne crois pas que tout le monde doive faire la même chose. Mais je conseillerais à chacun de regarder, une semaine durant, combien de temps il passe vraiment sur ces applications.
Aujourd'hui, je ne sais pas si je les réinstallerai un jour. Pour l'instant, je préfère les soirées où je n'ai rien vu passer.)~",
     R"~(<div class="ab cb"><div class="l gr"><p class="be b bf z dt">Vous avez déjà un compte ? <a class="af ag" href="/m/signin?operation=login">Se connecter</a></p></div>
<article class="meteredContent"><div class="l"><div class="ab ca"><div class="ci bh fz ga gb gc"><div class="ab q hc"><p class="be b bf z dt">Histoire réservée aux membres</p></div>
<h1 id="8f1a" class="pw-post-title hd he hf be hg hh hi hj hk" data-testid="storyTitle">Un an sans réseaux sociaux : ce que j'ai gagné, ce que j'ai perdu</h1>
<div class="ab hs"><a class="af ag" href="/@julien.moreau" rel="noopener follow">Julien Moreau</a><span class="be b bf z dt">7 min de lecture · 4 janv. 2024</span></div>
<p id="a1b2" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{0}</p><p id="c3d4" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{1}</p><p id="e5f6" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{2}</p><p id="a7b8" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{3}</p><p id="c9d0" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{4}</p><p id="e1f2" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{5}</p><p id="a3b4" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{6}</p><p id="c5d6" class="pw-post-body-paragraph mu mv hg mw b mx my" data-selectable-paragraph="">{7}</p></div></div></div></article>
<div class="ab ca nj"><p class="be b bf z dt">Il vous reste 1 histoire gratuite réservée aux membres ce mois-ci. Devenez membre pour lire sans limite.</p></div>
<div class="ab ca ot"><div class="ab"><h2 class="be ou ov">Écrit par Julien Moreau</h2><p class="be b bf z dt">212 abonnés</p><p class="be b ow z ox">Julien Moreau est ingénieur à Nantes et écrit sur la technologie et la vie quotidienne. Il a publié des textes dans plusieurs revues.</p><button class="be b bf z pa">Suivre</button></div></div>
<div class="ab ca pf"><h2 class="be pg">Recommandé par Medium</h2><div class="ab ph"><a href="/p/1"><h3>Pourquoi j'ai quitté Paris pour un village de 300 habitants</h3></a><a href="/p/2"><h3>Le jour où j'ai arrêté de vérifier mes mails le week-end</h3></a></div></div></div>)~",
     {{"signin", "Vous avez déjà un compte ?"},
      {"paywall", "Histoire réservée aux membres"},
      {"paywall", "Il vous reste 1 histoire gratuite|Devenez membre pour lire sans limite"},
      {"author-bio", "est ingénieur à Nantes et écrit sur"},
      {"related", "Recommandé par Medium|village de 300 habitants"},
      {nullptr, nullptr}}},

    // 20 Blogger (Blogspot widgets, paragraphs as <br> runs), ES: share
    // buttons, comments link, "follow by email" widget with a text input,
    // popular posts, "invítame a un café" appeal. Story: a community garden's
    // dues, its paper bulletin, its collection for drip irrigation.
    {"blogger-es", "es", "Beatriz Ocaña",
     R"~(El huerto comunitario del barrio de San Fermín cumple diez años con más parcelas que nunca y una lista de espera de casi doscientas familias.
Lo gestiona una asociación vecinal que cobra una cuota de quince euros al año por parcela. Con ese dinero se pagan el agua, las herramientas y los cursos de compostaje.
Cada sábado por la mañana se reúnen entre treinta y cuarenta personas. Hay jubilados que cultivan tomates desde la primera temporada y estudiantes que llegan sin saber distinguir una acelga de una lechuga.
La asociación publica un boletín mensual en papel con el calendario de siembra, que reparte en los portales del barrio. También lo envía por correo a quien lo pide.
El Ayuntamiento cedió el terreno en 2014 con un convenio que vence el año que viene. Los vecinos temen que la parcela se destine a construir viviendas.
Rosa Jiménez, una de las fundadoras, recuerda que al principio el solar estaba lleno de escombros. Tardaron un invierno entero en limpiarlo con carretillas prestadas.
Para reforzar su posición, la asociación ha recogido más de 3.000 firmas y ha pedido una reunión con la junta de distrito. También ha abierto una colecta para comprar un sistema de riego por goteo.
El sábado 14 celebrarán el aniversario con una comida popular. Cada hortelano llevará un plato hecho con lo que ha cosechado este verano.)~",
     R"~(<div class="content-outer"><div class="header-outer"><div class="header section" id="header"><div class="widget Header" id="Header1"><h1 class="title"><a href="https://huertosdemadrid.blogspot.com/">Huertos de Madrid</a></h1></div></div></div>
<div class="columns fauxcolumns"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="post hentry uncustomized-post-template"><h3 class="post-title entry-title">Diez años de tomates en San Fermín</h3><div class="post-header"><div class="post-header-line-1">Publicado por <span class="fn">Beatriz Ocaña</span> el 2 de octubre de 2024</div></div>
<div class="post-body entry-content" id="post-body-7731">{0}<br /><br />{1}<br /><br />{2}<br /><br />{3}<br /><br />{4}<br /><br />{5}<br /><br />{6}<br /><br />{7}<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="https://www.blogger.com/share-post.g?blogID=1&amp;postID=2&amp;target=email" title="Enviar por correo electrónico"><span class="share-button-link-text">Enviar por correo electrónico</span></a><a class="goog-inline-block share-button sb-twitter" href="https://www.blogger.com/share-post.g?blogID=1&amp;postID=2&amp;target=twitter"><span class="share-button-link-text">Compartir en X</span></a><a class="goog-inline-block share-button sb-facebook" href="https://www.blogger.com/share-post.g?blogID=1&amp;postID=2&amp;target=facebook"><span class="share-button-link-text">Compartir con Facebook</span></a></div>
<span class="post-comment-link"><a class="comment-link" href="https://huertosdemadrid.blogspot.com/2024/10/diez-anos.html#comment-form">12 comentarios</a></span></div></div></div></div></div></div>
<div class="column-right-inner"><div class="sidebar section" id="sidebar-right-1"><div class="widget FollowByEmail" id="FollowByEmail1"><h2 class="title">Recibe las entradas por correo</h2><div class="widget-content"><form action="https://feedburner.google.com/fb/a/mailverify" method="post"><input class="follow-by-email-address" name="email" placeholder="Correo electrónico" type="text"><input class="follow-by-email-submit" type="submit" value="Enviar"></form></div></div>
<div class="widget HTML" id="HTML3"><h2 class="title">¿Te gusta el blog?</h2><div class="widget-content"><p>Este blog se mantiene sin publicidad. Si te ha sido útil, puedes invitarme a un café.</p><a href="https://ko-fi.com/huertosmadrid">Invítame a un café</a></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Entradas populares</h2><div class="widget-content popular-posts"><ul><li><a href="/2024/05/compost.html">Cómo hacer compost en un balcón</a></li><li><a href="/2024/09/siembra.html">Calendario de siembra de otoño</a></li></ul></div></div></div></div></div></div>)~",
     {{"social", "Compartir en X|Compartir con Facebook"},
      {"comments", "12 comentarios"},
      {"newsletter", "Recibe las entradas por correo"},
      {"subscription", "puedes invitarme a un café|Invítame a un café"},
      {"related", "compost en un balcón|Calendario de siembra de otoño"},
      {nullptr, nullptr}}},

    // 21 Squarespace blocks, PT (Brazil): announcement bar with "agora não",
    // newsletter block with an e-mail field, cookie banner, author bio,
    // podcast plug. Story: a coffee roaster's subscription club and podcast.
    {"squarespace-pt", "pt", "Mariana Lopes",
     R"~(Uma pequena torrefação no bairro da Pompeia, em São Paulo, transformou a crise de 2020 em um negócio que hoje atende clientes em todos os estados do país.
A Torra Lenta vende café por assinatura: por 79 reais por mês, o cliente recebe em casa meio quilo de grãos torrados na semana do envio, de produtores do sul de Minas.
O sócio Henrique Tavares conta que o clube começou com 60 assinantes, quase todos frequentadores da cafeteria. Hoje são mais de 3.500.
Cada pacote vem com um cartão que apresenta a fazenda de origem e o produtor. Alguns assinantes já visitaram as propriedades durante a colheita.
A empresa mantém um podcast mensal em que Tavares conversa com produtores sobre clima, preços e o trabalho no campo. Os episódios são gravados nas próprias fazendas.
A alta do preço do café no mercado internacional pressionou as margens. Em março, a torrefação reajustou a assinatura pela primeira vez em dois anos, e cerca de 4% dos clientes cancelaram.
Tavares diz que prefere perder assinantes a pagar menos aos produtores. Segundo ele, a relação de confiança com as fazendas é o que diferencia a marca.
A próxima etapa é abrir uma segunda cafeteria, em Belo Horizonte, no começo do ano que vem.)~",
     R"~(<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-content"><p>Ative as notificações para saber quando publicarmos uma nova reportagem.</p><a href="#ativar">Ativar</a> <a href="#fechar">Agora não</a></div></div>
<header id="header"><a class="header-title-text" href="/">Prato e Campo</a></header>
<main id="page"><article class="blog-item"><h1 class="entry-title">A torrefação que vende café por assinatura para o Brasil inteiro</h1><div class="blog-item-author-date-wrapper"><a class="blog-author-name" href="/blog?author=ml">Mariana Lopes</a> <time class="blog-date">11 de junho de 2024</time></div>
<div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><p class="">{0}</p><p class="">{1}</p><p class="">{2}</p><p class="">{3}</p><p class="">{4}</p></div></div>
<div class="sqs-block button-block sqs-block-button" data-block-type="53"><div class="sqs-block-content"><p>Ouça o Prato Cheio, nosso podcast sobre comida e política, no Spotify ou no Apple Podcasts.</p><a class="sqs-block-button-element" href="https://open.spotify.com/show/abc">Ouvir agora</a></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><p class="">{5}</p><p class="">{6}</p><p class="">{7}</p></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2"><div class="sqs-block-content"><p class=""><em>Mariana Lopes é repórter de gastronomia e negócios. Escreveu para jornais e revistas de São Paulo e mora em Campinas.</em></p></div></div>
<div class="sqs-block newsletter-block sqs-block-newsletter" data-block-type="51"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Receba nossas reportagens</h2><p class="newsletter-form-header-description">Toda quinta-feira, as histórias de quem produz o que você come.</p><form class="newsletter-form"><input type="email" name="email" placeholder="Endereço de e-mail" aria-label="Endereço de e-mail"><button class="newsletter-form-button" type="submit"><span class="newsletter-form-button-label">Cadastrar</span></button></form></div></div></div></div></div></div></article></main>
<div class="sqs-cookie-banner-v2"><div class="sqs-cookie-banner-v2-text">Usamos cookies para melhorar sua experiência e analisar o tráfego do site. Ao continuar navegando, você concorda com nossa política de privacidade.</div><button class="sqs-cookie-banner-v2-accept">Aceitar</button><button class="sqs-cookie-banner-v2-decline">Recusar</button></div>)~",
     {{"promo", "Ative as notificações|Agora não"},
      {"promo", "Ouça o Prato Cheio|Ouvir agora"},
      {"author-bio", "é repórter de gastronomia e negócios"},
      {"newsletter", "Receba nossas reportagens|Cadastrar"},
      {"consent", "Usamos cookies para melhorar sua experiência|Recusar"},
      {nullptr, nullptr}}},

    // 22 AMP, IT: amp-consent UI, share row of amp-social-share, meter,
    // "già abbonato? accedi", digital print-edition plug. Story: a book
    // festival's tickets sold only in an app, season passes, members' dues.
    {"amp-it", "it", "Francesca Rinaldi",
     R"~(Il festival letterario di Mantova chiude la sua edizione con 128.000 presenze, il dato più alto dal 2019, e con molti incontri esauriti già a luglio.
Per la prima volta i biglietti erano disponibili solo tramite un'app, una scelta che all'inizio aveva suscitato proteste tra i visitatori più anziani.
Gli organizzatori avevano aperto due sportelli in piazza Sordello per aiutare chi non riusciva a registrarsi. Secondo la direttrice, Anna Colombo, sono stati usati soprattutto il primo giorno.
L'abbonamento per tutti e cinque i giorni, a 90 euro, è andato esaurito in meno di un'ora. Molti lettori hanno ripiegato sui biglietti singoli a otto euro.
Il festival si regge su circa 700 volontari, in gran parte studenti delle superiori, che accompagnano gli autori e gestiscono le code.
Una parte dei costi è coperta dalle quote dei soci dell'associazione che organizza la manifestazione, oltre che da sponsor privati e dal Comune.
Tra gli incontri più seguiti ci sono stati quelli dedicati alla crisi climatica e al giornalismo locale, con lunghe file sotto il sole di settembre.
La prossima edizione si terrà dal 3 al 7 settembre. Colombo ha annunciato che tornerà anche la vendita dei biglietti alle casse, accanto a quella online.)~",
     R"~(<amp-consent id="gdpr" layout="nodisplay"><div id="consent-ui" class="consent-ui"><p>Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.</p><button on="tap:gdpr.accept">Accetta</button><button on="tap:gdpr.reject">Rifiuta</button></div></amp-consent>
<header class="amp-header"><a href="/">Gazzetta del Mincio</a></header>
<main><article><h1 class="amp-title">Festival letterario, record di presenze e biglietti solo in app</h1><div class="amp-byline">di Francesca Rinaldi · 9 settembre 2024</div>
<div class="amp-meter">Ti restano 2 articoli gratuiti su 5 questo mese.</div>
<amp-img src="/img/piazza.jpg" width="1200" height="675" layout="responsive" alt="Piazza Sordello durante un incontro"></amp-img>
<div class="amp-share"><span>Condividi l'articolo</span><amp-social-share type="facebook" width="32" height="32"></amp-social-share><amp-social-share type="whatsapp" width="32" height="32"></amp-social-share><amp-social-share type="email" width="32" height="32"></amp-social-share></div>
<div class="amp-body"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="amp-login"><p>Già abbonato? <a href="/login">Accedi</a> per leggere senza limiti.</p></div>
<div class="amp-edicola"><amp-img src="/copertina.jpg" width="90" height="120" alt="Prima pagina di oggi"></amp-img><p>Il giornale di oggi in edicola digitale: sfoglia la copia cartacea su tablet e pc.</p><a href="/edicola">Sfoglia l'edizione</a></div></article></main>)~",
     {{"consent", "utilizziamo cookie o tecnologie simili|Rifiuta"},
      {"paywall", "Ti restano 2 articoli gratuiti"},
      {"social", "Condividi l'articolo"},
      {"signin", "Già abbonato?|per leggere senza limiti"},
      {"promo", "sfoglia la copia cartacea|Sfoglia l'edizione"},
      {nullptr, nullptr}}},

    // 23 Drupal 10 (Olivero-like fields, blocks and views), NL (Flemish):
    // link-only newsletter sign-up, reader-funding block, ad-blocker status
    // message, "lees ook" view, comment count with a log-in link. Story: an
    // open-air pool run by a members' association, gifts and an app.
    {"drupal-nl", "nl", "Pieter Janssens",
     R"~(Het openluchtzwembad van Ledeberg gaat deze zomer opnieuw open, na vier jaar sluiting. Een vzw van buurtbewoners heeft het bad overgenomen van de stad.
De vereniging telt intussen 1.700 leden, die elk 25 euro per jaar betalen. Daarvoor krijgen ze voorrang bij het reserveren van een tijdslot en korting op de toegangsprijs.
De renovatie kostte 640.000 euro. De stad betaalde de helft, de rest kwam van giften, een crowdfunding en een lening bij een coöperatieve bank.
Voorzitter Hilde Claes zegt dat de steun uit de buurt haar verraste. Een bakker aan het kerkplein schonk een maand lang de opbrengst van zijn zondagse verkoop.
Bezoekers reserveren via een website of een app. Wie geen smartphone heeft, kan aan de kassa terecht, al is het aantal plaatsen daar beperkt.
Het bad wordt verwarmd met zonnepanelen op het dak van de kleedkamers. Daardoor kan het open blijven tot half september, drie weken langer dan vroeger.
Niet alle buren zijn enthousiast. Sommigen vrezen voor lawaai en parkeerproblemen op warme dagen, toen het bad vroeger tot 2.000 bezoekers per dag trok.
De vzw wil het aantal bezoekers per dag beperken tot 900. De eerste zwemmers mogen op zaterdag 28 juni om tien uur het water in.)~",
     R"~(<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas><div class="layout-container"><header class="site-header" role="banner"><a href="/" rel="home" class="site-branding__name">Gentse Kroniek</a></header>
<div data-drupal-messages><div class="messages messages--warning" role="contentinfo" aria-label="Waarschuwingsbericht"><p>Het lijkt erop dat je een adblocker gebruikt. Advertenties houden deze site draaiende, zet hem uit voor onze website.</p></div></div>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--promoted node--view-mode-full"><h1 class="page-title"><span class="field field--name-title field--type-string">Openluchtbad Ledeberg gaat weer open dankzij de buurt</span></h1>
<div class="node__meta"><span class="field field--name-uid field--type-entity-reference"><a href="/user/42" hreflang="nl">Pieter Janssens</a></span> <span class="field field--name-created">vr 13/06/2024 - 09:12</span></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<section class="field field--name-comment field--type-comment"><h2 class="comments__title">8 reacties</h2><p><a href="/user/login?destination=/comment/reply/node/9912/comment">Log in</a> of <a href="/user/register">registreer</a> om te reageren</p></section></article>
<div id="block-gentsekroniek-nieuwsbrief" class="block block-block-content block-block-content4f3a"><div class="field field--name-body field__item"><p><a href="/nieuwsbrief">Elke vrijdag het Gentse nieuws in je mailbox? Schrijf je in</a></p></div></div>
<div id="block-gentsekroniek-steun" class="block block-block-content block-block-content9c1e"><h2 class="block__title">Steun onafhankelijke journalistiek</h2><div class="field field--name-body field__item"><p>Onze artikels zijn gratis voor iedereen. Dat kan alleen dankzij lezers die maandelijks een kleine bijdrage doen.</p><p><a href="/doneer" class="button">Doneer</a></p></div></div>
<div class="views-element-container block block-views block-views-blockgerelateerd-block-1"><h2 class="block__title">Lees ook</h2><div class="view view-gerelateerd view-display-id-block_1"><div class="views-row"><a href="/n/1">Gentse Feesten: minder podia, meer water</a></div><div class="views-row"><a href="/n/2">Nieuwe fietsstraat in Sint-Amandsberg</a></div></div></div></div></main></div></div>)~",
     {{"ad", "je een adblocker gebruikt|zet hem uit voor onze website"},
      {"comments", "8 reacties|om te reageren"},
      {"newsletter", "het Gentse nieuws in je mailbox"},
      {"subscription", "Steun onafhankelijke journalistiek|lezers die maandelijks een kleine bijdrage"},
      {"related", "minder podia, meer water|fietsstraat in Sint-Amandsberg"},
      {nullptr, nullptr}}},

    // 24 Joomla (com_content item page and module positions), DE (Austria):
    // subscribers-only label, app-download module, print-edition plug,
    // author bio, newsletter module with a button and no e-mail field.
    // Story: a vegetable-box subscription run by farmers, ordered in an app.
    {"joomla-de", "de", "Andrea Vogt",
     R"~(Was als Notlösung begann, ist für 38 Bauernfamilien im Tiroler Unterland zu einem festen Standbein geworden: Die Gemüsekiste „Vom Hof“ wird inzwischen an 2.100 Haushalte geliefert.
Die Kundinnen und Kunden schließen ein Abo ab und bekommen jede Woche eine Kiste mit Gemüse, Eiern und Brot aus der Region. Die kleine Kiste kostet 24 Euro, die große 39 Euro.
Organisiert wird die Lieferung von einer Genossenschaft in Wörgl. Ihr Geschäftsführer, Matthias Eder, war früher Lehrer und kam über den eigenen Garten zur Landwirtschaft.
Bestellungen laufen über eine App, in der man Lieferungen pausieren oder einzelne Produkte tauschen kann. Wer lieber telefoniert, kann das jeden Montagvormittag tun.
Für die Betriebe bedeutet das Abo Planungssicherheit. Eine Bäuerin aus Kundl erzählt, dass sie ihre Hühnerhaltung erweitern konnte, weil sie wusste, wie viele Eier sie jede Woche verkaufen würde.
Im Winter ist das Angebot knapper. Dann kommen vor allem Kraut, Rüben und eingelagerte Kartoffeln in die Kiste, ergänzt um Käse aus einer Sennerei im Zillertal.
Einige Kunden haben im vergangenen Jahr gekündigt, als die Preise wegen gestiegener Energiekosten um einen Euro erhöht wurden. Die meisten seien aber geblieben, sagt Eder.
Die Genossenschaft sucht nun weitere Betriebe, vor allem für Obst. Interessierte Höfe können sich bis Ende Februar melden.)~",
     R"~(<div class="body-innerwrapper"><header id="sp-header"><div class="logo"><a href="/">Unterland Rundschau</a></div><ul class="nav menu"><li class="item-101"><a href="/">Startseite</a></li><li class="item-102"><a href="/region">Region</a></li></ul></header>
<div id="sp-main-body"><div class="row"><main id="sp-component" class="col-lg-8"><div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Gemüsekiste vom Bauern: 2.100 Haushalte im Abo</h2></div>
<dl class="article-info muted"><dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">Andrea Vogt</span></dd><dd class="published"><time datetime="2024-02-02T08:00:00+01:00" itemprop="datePublished">02. Februar 2024</time></dd><dd class="category-name"><span class="label label-warning">Exklusiv für Abonnenten</span></dd></dl>
<div itemprop="articleBody"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="moduletable"><div class="custom"><p>Andrea Vogt lebt in Kufstein und schreibt seit 2011 über Landwirtschaft, Tourismus und Verkehr im Tiroler Unterland. Zuvor war sie Redakteurin beim Radio.</p></div></div>
<div class="moduletable"><div class="custom"><p>Diesen Beitrag finden Sie auch in der gedruckten Ausgabe vom 3. Februar. <a href="/abo/printausgabe">Printausgabe bestellen</a></p></div></div></div></main>
<aside id="sp-right" class="col-lg-4"><div class="moduletable"><h3>Unsere App</h3><div class="custom"><p>Alle Nachrichten aus dem Unterland jetzt auch als App, kostenlos für iPhone und Android.</p><p><a href="https://apps.apple.com/at/app/id4711">Im App Store laden</a> <a href="https://play.google.com/store/apps/details?id=at.unterland">Bei Google Play herunterladen</a></p></div></div>
<div class="moduletable"><h3>Newsletter</h3><div class="custom"><p>Einmal pro Woche das Wichtigste aus dem Unterland.</p><p><a class="btn btn-primary" href="/newsletter">Jetzt abonnieren</a></p></div></div></aside></div></div></div>)~",
     {{"paywall", "Exklusiv für Abonnenten"},
      {"author-bio", "schreibt seit 2011 über Landwirtschaft"},
      {"promo", "auch in der gedruckten Ausgabe vom|Printausgabe bestellen"},
      {"promo", "kostenlos für iPhone und Android|Im App Store laden"},
      {"newsletter", "Einmal pro Woche das Wichtigste aus dem Unterland|Jetzt abonnieren"},
      {nullptr, nullptr}}},
};

}  // namespace reader::testing
