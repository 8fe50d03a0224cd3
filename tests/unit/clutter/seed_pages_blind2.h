// The second blind seed set: whole pages written the way other sites write
// them, held out from the clutter rules (issue 10: "the same is checked on
// seed-like pages you do not have"). Written without reading the clutter
// rules, the prompt catalogue or the first blind set, while the rules were
// being tuned elsewhere, in other markups than the first sets: Vue scoped
// data-v attributes, Astro, Emotion, atomic CSS-in-JS classes, BEM,
// Foundation, Materialize, Chakra, MUI, Hugo, Jekyll, Webflow, Wix, Shopify
// blogs, Contentful rich text, Gutenberg, TYPO3, HTML4 with <font> and
// <center>, XHTML, ARIA landmarks, microdata, inline-styled <div> soup with
// fixed bars, and overlays injected at the end of <body>; all seven
// languages.
//
// Same format as seed_pages.h (SeedPage): the article's paragraphs one per
// line, placed in the markup as {0}, {1}, ...; each prompt names the category
// its removal must carry and '|'-separated probes that must be gone (the
// first one also names the removal whose category is checked). Article
// sentences about subscriptions, newsletters, memberships, donations, apps,
// podcasts, cookies or logging in are part of the story and must stay.
#pragma once

#include "seed_pages.h"

namespace reader::testing {

inline const SeedPage kBlindSeedPages2[] = {
    // 0 Vue scoped data-v attributes, EN.
    {"vue-scoped-en", "en", "Maren Holloway",
     R"~(For eleven years the volunteers of Riverbend FM have broadcast from a converted signal box beside the old railway line, and last week they learned they could stay there for another twenty.
The lease had been due to expire in September, and the station's board feared the council would sell the building to a developer who wanted it for a café.
Instead, after a campaign in which more than 1,400 listeners pledged a monthly donation, the council agreed to a peppercorn rent on condition that the station opens the signal box to schoolchildren twice a week.
The station has never carried advertising. Its running costs, about £38,000 a year, come from listeners who give between £2 and £10 a month and from a weekly quiz night at the Anchor pub.
Its breakfast presenter, Dev Kapoor, said the pledges had come from people he had never met, including a lorry driver in Aberdeen who streams the station through an app on his phone.
A podcast of the station's Sunday folk programme now has more listeners abroad than the station has at home, which surprised everyone on the board.
Not all the news is good. The transmitter is more than thirty years old, and a replacement will cost close to £12,000, money the station does not yet have.
The board will put the question to members at the annual meeting in November, where it expects a lively argument about whether to accept sponsorship for the first time.)~",
     R"~(<div id="app" data-v-7ba5bd90><header data-v-7ba5bd90 class="masthead"><nav data-v-7ba5bd90><a data-v-7ba5bd90 href="/">Home</a> <a data-v-7ba5bd90 href="/local">Local</a> <a data-v-7ba5bd90 href="/culture">Culture</a></nav></header>
<main data-v-3f1c2a0e><article data-v-3f1c2a0e><h1 data-v-3f1c2a0e>Community station keeps its signal box home</h1><div data-v-3f1c2a0e class="meta">By <span data-v-3f1c2a0e>Maren Holloway</span> · 2 September 2024</div>
<p data-v-3f1c2a0e>{0}</p><p data-v-3f1c2a0e>{1}</p><p data-v-3f1c2a0e>{2}</p>
<div data-v-91d0e4c2 class="inline-box"><strong data-v-91d0e4c2>Get the Thursday Dispatch</strong><p data-v-91d0e4c2>Our pick of the week's local stories, straight to your inbox every Thursday evening.</p><form data-v-91d0e4c2><input data-v-91d0e4c2 type="email" name="addr" placeholder="Email address"><button data-v-91d0e4c2>Sign me up</button></form></div>
<p data-v-3f1c2a0e>{3}</p><p data-v-3f1c2a0e>{4}</p><p data-v-3f1c2a0e>{5}</p><p data-v-3f1c2a0e>{6}</p><p data-v-3f1c2a0e>{7}</p></article>
<div data-v-55e6b1aa class="pod"><img data-v-55e6b1aa src="/img/pod.png" alt=""><p data-v-55e6b1aa>Listen to Around the Patch, our weekly podcast on everything happening in the valley. New episodes every Monday on Spotify and Apple Podcasts.</p><a data-v-55e6b1aa href="https://podcasts.example.com/around-the-patch">Listen now</a></div>
<div data-v-2c8e7710 class="support"><h3 data-v-2c8e7710>Keep local reporting alive</h3><p data-v-2c8e7710>We are a small non-profit newsroom and every story is free to read. If you value what we do, a gift of any size helps us cover the next council meeting.</p><a data-v-2c8e7710 href="/give">Give today</a></div>
<section data-v-8d13f0b5><h3 data-v-8d13f0b5>More from Local</h3><ul data-v-8d13f0b5><li><a href="/l1">Footbridge reopens after flood repairs</a></li><li><a href="/l2">Allotment waiting list tops 300 names</a></li><li><a href="/l3">Library to extend Saturday hours</a></li></ul></section></main></div>)~",
     {{"newsletter", "Thursday Dispatch|straight to your inbox|Sign me up"},
      {"promo", "Around the Patch|New episodes every Monday|Listen now"},
      {"subscription", "Keep local reporting alive|a gift of any size|Give today"},
      {"related", "Footbridge reopens after flood repairs|Allotment waiting list"},
      {nullptr, nullptr}}},

    // 1 Astro scoped classes, DE.
    {"astro-de", "de", "Jonas Weidemann",
     R"~(Im Hamburger Stadtteil Wilhelmsburg hat die älteste Leihbücherei des Bezirks nach zwei Jahren Umbau wieder geöffnet, und am ersten Samstag standen die Leute bis auf die Straße.
Der Umbau hat 3,4 Millionen Euro gekostet. Ein großer Teil kam vom Bezirk, gut 200.000 Euro aber sammelte ein Förderverein, dessen Mitglieder seit 2021 Flohmärkte und Lesungen organisieren.
Neu ist vor allem das Erdgeschoss: Wo früher Zeitschriften in Regalen verstaubten, stehen jetzt Arbeitstische, Steckdosen und zwei Nähmaschinen, die man stundenweise buchen kann.
Die Leiterin, Gül Demirci, sagt, viele Jugendliche kämen nicht wegen der Bücher, sondern wegen des kostenlosen WLANs und der Ruhe. Das sei ihr recht, solange sie wiederkämen.
Wer einen Ausweis hat, kann außerdem über eine App E-Books und Hörbücher ausleihen; die Zahl der digitalen Ausleihen hat sich seit 2020 fast verdreifacht.
Ein Jahresausweis kostet weiterhin 15 Euro, für Schülerinnen, Studierende und Menschen mit geringem Einkommen ist er kostenlos.
Der Förderverein will nun Geld für eine Leseecke im Garten sammeln. Auf seinem Newsletter-Verteiler stehen inzwischen mehr als 900 Adressen, doppelt so viele wie vor dem Umbau.
Demirci hofft, dass die Bücherei bald auch sonntags öffnen kann. Dafür fehlen ihr allerdings noch zwei Stellen, über die der Bezirk im Herbst entscheidet.)~",
     R"~(<body class="astro-J7PV25F6"><header class="site-head astro-J7PV25F6"><a class="logo astro-J7PV25F6" href="/">Elbblick</a></header>
<main class="astro-UXNKDZ4E"><article class="post astro-UXNKDZ4E"><h1 class="astro-UXNKDZ4E">Die Bücherei ist zurück</h1><p class="byline astro-UXNKDZ4E">Von Jonas Weidemann, 7. Oktober 2024</p>
<div class="share astro-3ZPJ5SRA"><a class="astro-3ZPJ5SRA" href="https://www.facebook.com/sharer/sharer.php?u=x">Teilen</a><a class="astro-3ZPJ5SRA" href="https://twitter.com/intent/tweet?url=x">Posten</a><a class="astro-3ZPJ5SRA" href="mailto:?subject=x">Per E-Mail senden</a></div>
<p class="astro-UXNKDZ4E">{0}</p><p class="astro-UXNKDZ4E">{1}</p><p class="astro-UXNKDZ4E">{2}</p><p class="astro-UXNKDZ4E">{3}</p>
<div class="meter astro-KQ3Z4CWB"><p class="astro-KQ3Z4CWB">Sie haben diesen Monat noch 2 von 5 freien Artikeln.</p><p class="astro-KQ3Z4CWB">Mit Elbblick Plus lesen Sie unbegrenzt weiter – im ersten Monat für 0,99 €.</p><a class="astro-KQ3Z4CWB" href="/plus">Jetzt testen</a></div>
<p class="astro-UXNKDZ4E">{4}</p><p class="astro-UXNKDZ4E">{5}</p><p class="astro-UXNKDZ4E">{6}</p><p class="astro-UXNKDZ4E">{7}</p></article>
<div class="comments-teaser astro-9LL2RXWQ"><a class="astro-9LL2RXWQ" href="#kommentare">14 Kommentare – diskutieren Sie mit</a></div>
<aside class="astro-PQ8ZZ1KD"><h2 class="astro-PQ8ZZ1KD">Meistgelesen</h2><ol class="astro-PQ8ZZ1KD"><li><a href="/m1">Neue Fähre nach Finkenwerder fällt schon wieder aus</a></li><li><a href="/m2">Wohnungsbau am Spreehafen: Was geplant ist</a></li><li><a href="/m3">Kita-Gebühren steigen ab Januar</a></li></ol></aside></main></body>)~",
     {{"social", "Per E-Mail senden|Posten"},
      {"paywall", "noch 2 von 5 freien Artikeln|Jetzt testen"},
      {"comments", "14 Kommentare"},
      {"related", "Meistgelesen|Neue Fähre nach Finkenwerder"},
      {nullptr, nullptr}}},

    // 2 Emotion hashed classes, FR.
    {"emotion-fr", "fr", "Camille Roussel",
     R"~(À Douarnenez, la dernière conserverie de sardines encore tenue par une famille vient d'embaucher quatorze personnes, une première depuis les années quatre-vingt.
L'entreprise, fondée en 1912 par l'arrière-grand-père de l'actuelle directrice, Anne Le Goff, avait failli fermer en 2016 après la perte de son principal client en Allemagne.
Elle s'en est sortie en vendant directement aux particuliers : un abonnement permet de recevoir chaque trimestre une caisse de douze boîtes, et il compte aujourd'hui plus de 6 000 abonnés.
« Nos clients lisent notre lettre d'information comme un feuilleton », sourit Anne Le Goff, qui y raconte chaque mois les arrivages, les tempêtes et les recettes des ouvrières.
Les nouvelles recrues sont pour la plupart des femmes de la ville, formées sur place pendant six semaines au travail du poisson, qui se fait encore entièrement à la main.
Le port, lui, ne débarque plus assez de sardines pour suivre la demande, et la conserverie doit acheter une partie de son poisson à Saint-Guénolé et à Lorient.
Les syndicats saluent les embauches mais rappellent que les salaires restent proches du minimum, malgré une prime versée à chaque fin de saison.
La directrice prévoit d'ouvrir l'an prochain un petit musée dans l'ancien atelier de soudure, financé en partie par un appel aux dons auprès des habitants.)~",
     R"~(<div class="css-1a2b3c4 e1x7kq0"><header class="css-9zz81k e1x7kq1"><h1 class="css-0qv5wp e1x7kq2">La conserverie qui embauche encore</h1><div class="css-m7t4d2 e1x7kq3">Par <a class="css-1l6yb3 e1x7kq4" href="/auteurs/camille-roussel">Camille Roussel</a> — le 12 juin 2024</div></header>
<div class="css-4hw1p0 e1x7kq5"><p class="css-ty2b9f e1x7kq6">{0}</p><p class="css-ty2b9f e1x7kq6">{1}</p><p class="css-ty2b9f e1x7kq6">{2}</p>
<div class="css-1u9sq8x e19dk3n0"><p class="css-7aa1fz e19dk3n1">Cet article vous est offert. Pour lire la suite de nos enquêtes, abonnez-vous : 1 € le premier mois, puis 9,99 € par mois, sans engagement.</p><a class="css-lq0k4r e19dk3n2" href="/abonnement">Je m'abonne</a></div>
<div class="css-8kd2mv e19dk3n3"><p class="css-7aa1fz e19dk3n1">Déjà abonné ? <a href="/connexion">Se connecter</a></p></div>
<p class="css-ty2b9f e1x7kq6">{3}</p><p class="css-ty2b9f e1x7kq6">{4}</p><p class="css-ty2b9f e1x7kq6">{5}</p><p class="css-ty2b9f e1x7kq6">{6}</p><p class="css-ty2b9f e1x7kq6">{7}</p></div>
<div class="css-2f0v9d e1q8y3a0"><p class="css-6cy8ne e1q8y3a1">Camille Roussel est journaliste au service économie depuis 2018. Elle a auparavant travaillé pour Ouest-Matin et vit à Quimper.</p></div>
<div class="css-11aa7k e1r0w3v0"><span class="css-0a4fbe e1r0w3v1">Partager</span><a href="https://www.facebook.com/sharer.php?u=x">Facebook</a><a href="https://www.linkedin.com/shareArticle?url=x">LinkedIn</a><button class="css-5p2w1o e1r0w3v2">Copier le lien</button></div></div>)~",
     {{"subscription", "1 € le premier mois|Je m'abonne"},
      {"signin", "Déjà abonné ?|Se connecter"},
      {"author-bio", "est journaliste au service économie|vit à Quimper"},
      {"social", "Copier le lien|LinkedIn"},
      {nullptr, nullptr}}},

    // 3 atomic CSS-in-JS classes, ES.
    {"atomic-es", "es", "Lucía Ferrándiz",
     R"~(El ayuntamiento de Teruel ha aprobado por unanimidad un plan para recuperar las huertas abandonadas a orillas del río Turia y cederlas a vecinos que quieran cultivarlas.
Son 46 parcelas de entre 80 y 200 metros cuadrados que llevaban más de una década sin uso, muchas de ellas invadidas por cañas y zarzas.
Quien obtenga una parcela pagará una cuota simbólica de 30 euros al año y se comprometerá a no usar pesticidas químicos ni a construir casetas permanentes.
La idea nació de una asociación de jubilados que, hace dos años, empezó a limpiar por su cuenta un tramo de la ribera. Hoy tiene 180 socios y una lista de espera.
Su presidenta, Pilar Escriche, explica que la mayoría de los socios se enteran de las jornadas de trabajo por un grupo de mensajería, aunque algunos siguen prefiriendo el tablón del mercado.
El plan incluye un pequeño almacén para herramientas y un punto de agua, financiados con 60.000 euros de fondos europeos.
Los agricultores profesionales de la comarca han recibido la noticia con cautela y piden que las parcelas no se usen para vender verdura sin control sanitario.
El sorteo de las parcelas se celebrará en enero en el salón de plenos, y el ayuntamiento transmitirá el acto en directo por internet.)~",
     R"~(<div class="x1n2onr6 x1ja2u2z x9f619"><div class="x78zum5 xdt5ytf x1iyjqo2"><h1 class="x1heor9g x1qlqyl8 x1pd3egz">Las huertas del Turia vuelven a tener dueño</h1><span class="x193iq5w xeuugli x13faqbe">Por Lucía Ferrándiz · 9 de noviembre de 2024</span></div>
<div class="x1lliihq x6ikm8r x10wlt62"><p class="x1e56ztr x1xmf6yo">{0}</p><p class="x1e56ztr x1xmf6yo">{1}</p><p class="x1e56ztr x1xmf6yo">{2}</p><p class="x1e56ztr x1xmf6yo">{3}</p>
<div class="xh8yej3 x1n2onr6 x1vjfegm"><span class="x1lkfr7t xk50ysn">Boletín</span><p class="x1e558r4 x150jy0e">Recibe cada mañana las noticias de Aragón en tu correo.</p><a class="x1i10hfl xjbqb8w" href="/boletines/alta">Apúntate gratis</a></div>
<p class="x1e56ztr x1xmf6yo">{4}</p><p class="x1e56ztr x1xmf6yo">{5}</p><p class="x1e56ztr x1xmf6yo">{6}</p><p class="x1e56ztr x1xmf6yo">{7}</p></div>
<div class="x6s0dn4 x78zum5 x1q0g3np"><p class="x1e558r4">Hemos detectado que usas un bloqueador de anuncios. La publicidad nos permite seguir informando: desactívalo en nuestra web o hazte suscriptor.</p><button class="x1i10hfl x1qjc9v5">Ya lo he desactivado</button></div>
<div class="x9f619 x1n2onr6"><h2 class="x1heor9g">Te puede interesar</h2><a href="/r1" class="x1i10hfl">El precio del jamón de Teruel sube un 12 %</a><a href="/r2" class="x1i10hfl">Nieve en la sierra de Albarracín a finales de octubre</a><a href="/r3" class="x1i10hfl">Cierra la última mercería del centro</a></div>
<div class="x1ey2m1c xixxii4 x13vifvy" style="position:fixed;bottom:0;left:0;right:0"><p>Usamos cookies propias y de terceros para analizar el tráfico y mostrarte publicidad personalizada.</p><button>Aceptar todo</button><button>Configurar</button></div></div>)~",
     {{"newsletter", "Recibe cada mañana las noticias de Aragón|Apúntate gratis"},
      {"ad", "bloqueador de anuncios|Ya lo he desactivado"},
      {"related", "Te puede interesar|El precio del jamón de Teruel"},
      {"consent", "Usamos cookies propias y de terceros|Aceptar todo"},
      {nullptr, nullptr}}},

    // 4 BEM classes, IT.
    {"bem-it", "it", "Giorgio Valsecchi",
     R"~(A Bergamo la funicolare di Città Alta ha compiuto centoquarant'anni, e per festeggiare l'azienda dei trasporti ha deciso di farla viaggiare gratis per un'intera settimana.
La linea, lunga appena 240 metri, porta ogni giorno in collina circa 5.000 persone, tra turisti, studenti dell'università e residenti che non vogliono affrontare le mura a piedi.
Le vetture attuali risalgono al 1987 e saranno sostituite entro il 2026. Il progetto costa 9 milioni di euro, in gran parte coperti dalla Regione.
Chi ha un abbonamento annuale ai mezzi cittadini potrà usare la funicolare senza supplemento anche dopo la festa, una richiesta avanzata da anni dai comitati di quartiere.
Il macchinista più anziano, Ettore Carminati, lavora sulla linea da trentun anni e racconta di aver visto passare tre sindaci e almeno cinque progetti di ammodernamento mai realizzati.
Per l'occasione la biblioteca Angelo Mai espone le fotografie del cantiere ottocentesco, donate da una famiglia di collezionisti che ne era proprietaria dal dopoguerra.
I commercianti della Corsarola sperano che la settimana gratuita porti più visitatori, ma temono le code già lunghe nei fine settimana d'estate.
L'azienda ha lanciato anche un'app per conoscere in tempo reale l'attesa alle due stazioni, scaricata in pochi giorni da oltre diecimila persone.)~",
     R"~(<div class="page"><header class="page__header header"><nav class="header__nav nav"><a class="nav__link" href="/cronaca">Cronaca</a><a class="nav__link" href="/sport">Sport</a><a class="nav__link nav__link--active" href="/citta">Città</a></nav></header>
<article class="article"><h1 class="article__title">La funicolare compie 140 anni</h1><p class="article__byline">di Giorgio Valsecchi</p>
<div class="article__body"><p class="article__para">{0}</p><p class="article__para">{1}</p><p class="article__para">{2}</p>
<div class="article__promo promo-box promo-box--app"><p class="promo-box__text">Tutte le notizie di Bergamo sempre con te: scarica la nostra app gratuita per iPhone e Android.</p><a class="promo-box__btn" href="https://apps.apple.com/app/id000">App Store</a> <a class="promo-box__btn" href="https://play.google.com/store/apps/details?id=x">Google Play</a></div>
<p class="article__para">{3}</p><p class="article__para">{4}</p><p class="article__para">{5}</p><p class="article__para">{6}</p><p class="article__para">{7}</p></div>
<div class="article__footer"><p class="article__reprint">Vuoi ripubblicare questo articolo? <a href="/licenze">Richiedi i diritti di riproduzione</a></p></div></article>
<div class="modal modal--open" role="dialog"><div class="modal__box"><p class="modal__text">Vuoi ricevere una notifica quando pubblichiamo una notizia importante?</p><button class="modal__btn modal__btn--primary">Attiva</button><button class="modal__btn">Più tardi</button></div></div>
<section class="rail rail--popular"><h3 class="rail__title">I più letti</h3><ul class="rail__list"><li class="rail__item"><a href="/p1">Atalanta, il programma del ritiro estivo</a></li><li class="rail__item"><a href="/p2">Lavori sulla circonvallazione fino a marzo</a></li></ul></section></div>)~",
     {{"promo", "scarica la nostra app gratuita|Google Play"},
      {"promo", "Richiedi i diritti di riproduzione|ripubblicare questo articolo"},
      {"promo", "Vuoi ricevere una notifica|Più tardi"},
      {"related", "I più letti|Atalanta, il programma del ritiro estivo"},
      {nullptr, nullptr}}},

    // 5 Foundation grid, PT.
    {"foundation-pt", "pt", "Beatriz Monteiro",
     R"~(Em Évora, um grupo de moradores comprou o antigo cinema da Praça do Giraldo, fechado desde 2009, e quer reabri-lo como sala municipal de espectáculos até ao fim do próximo ano.
O edifício foi posto à venda pelos herdeiros do último proprietário por 480 mil euros. A associação reuniu o dinheiro em dez meses, com quotas de sócios, um empréstimo bancário e doações.
Hoje a associação tem cerca de 2.100 sócios, que pagam cinco euros por mês e terão desconto nos bilhetes quando a sala abrir.
A presidente, Inês Barradas, diz que a campanha correu melhor do que esperava graças a uma newsletter semanal em que a direcção contava cada passo da negociação.
O interior, decorado em estilo art déco, precisa de obras profundas: o telhado deixa passar água e a instalação eléctrica não cumpre as normas actuais.
A câmara municipal prometeu apoiar a recuperação da fachada, classificada como imóvel de interesse municipal desde 1996.
Alguns comerciantes da praça esperam que a reabertura traga mais gente ao centro à noite, quando as ruas ficam vazias fora da época turística.
A primeira sessão, uma exibição de filmes portugueses dos anos sessenta, já tem data marcada para o aniversário da cidade, em Junho.)~",
     R"~(<div class="grid-container"><div class="grid-x grid-margin-x"><div class="cell medium-8"><h1>Moradores compram o cinema da praça</h1><p class="subheader">Por Beatriz Monteiro | 4 de março de 2024</p>
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="callout secondary"><h5>Conteúdo exclusivo para assinantes</h5><p>Para continuar a ler este artigo, torne-se assinante. Já é assinante? <a href="/entrar">Inicie sessão</a>.</p><a class="button" href="/assinar">Assinar por 4,90 €/mês</a></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="cell medium-4"><div class="card"><div class="card-divider">Mais lidas</div><div class="card-section"><ul class="no-bullet"><li><a href="/a1">Greve nos comboios do Alentejo adiada</a></li><li><a href="/a2">Temperaturas acima dos 40 graus no fim-de-semana</a></li></ul></div></div>
<div class="card"><div class="card-section"><p>A edição impressa chega às bancas todas as sextas-feiras. <a href="/edicao-impressa">Assine a edição em papel</a></p></div></div></div></div></div>)~",
     {{"paywall", "Conteúdo exclusivo para assinantes|Para continuar a ler este artigo"},
      {"related", "Mais lidas|Greve nos comboios do Alentejo"},
      {"promo", "A edição impressa chega às bancas|Assine a edição em papel"},
      {nullptr, nullptr}}},
    // 6 Materialize, NL.
    {"materialize-nl", "nl", "Sanne Verhoeven",
     R"~(In Deventer heeft de laatste fietsenmaker van de binnenstad zijn zaak overgedragen aan twee leerlingen die hij de afgelopen vijf jaar zelf heeft opgeleid.
Henk Brinkhuis begon in 1979 in een schuur achter de Brink en repareerde sindsdien naar eigen schatting meer dan zestigduizend fietsen.
Zijn opvolgers, Yara en Mo, willen de werkplaats grotendeels houden zoals die is, maar voegen een abonnement toe: voor negen euro per maand krijgt een klant twee keer per jaar een volledige onderhoudsbeurt.
Volgens Yara hebben zich in de eerste week al 140 mensen aangemeld, vooral studenten en ouders met bakfietsen die het zich niet kunnen permitteren dat hun fiets lang stilstaat.
De gemeente is blij met de overname. De binnenstad verloor de afgelopen tien jaar vier fietsenmakers aan grote ketens aan de rand van de stad.
Brinkhuis blijft op dinsdag meewerken, zegt hij, omdat hij het anders niet volhoudt thuis. Zijn vrouw noemt dat in de nieuwsbrief van de buurtvereniging een slecht bewaard geheim.
De nieuwe eigenaars hebben ook een app laten maken waarmee klanten een afspraak kunnen plannen, al komen de meeste mensen nog gewoon binnenlopen.
Op zaterdag houden ze een open dag met koffie en gratis bandenplakken voor kinderen.)~",
     R"~(<nav class="teal lighten-1"><div class="nav-wrapper container"><a href="/" class="brand-logo">Stadskrant</a><ul class="right hide-on-med-and-down"><li><a href="/nieuws">Nieuws</a></li><li><a href="/sport">Sport</a></li></ul></div></nav>
<div class="container"><div class="row"><div class="col s12 m8"><h3>Fietsenmaker draagt zaak over aan zijn leerlingen</h3><p class="grey-text">Door Sanne Verhoeven · 21 mei 2024</p>
<p class="flow-text">{0}</p><p class="flow-text">{1}</p><p class="flow-text">{2}</p><p class="flow-text">{3}</p>
<div class="card-panel amber lighten-4"><span class="card-title">Blijf op de hoogte</span><p>Elke vrijdag het beste uit de regio in je mailbox.</p><div class="input-field"><input id="nb" type="email" class="validate"><label for="nb">E-mailadres</label></div><button class="btn waves-effect">Aanmelden</button></div>
<p class="flow-text">{4}</p><p class="flow-text">{5}</p><p class="flow-text">{6}</p><p class="flow-text">{7}</p>
<div class="chip">23 reacties</div></div>
<div class="col s12 m4"><ul class="collection with-header"><li class="collection-header"><h5>Lees ook</h5></li><li class="collection-item"><a href="/l1">Nieuwe brug over de IJssel vertraagd</a></li><li class="collection-item"><a href="/l2">Markt verhuist tijdelijk naar het Rijsterborgherpark</a></li></ul></div></div></div>
<div class="modal open" style="z-index:1003;display:block"><div class="modal-content"><h4>Steun onafhankelijke journalistiek</h4><p>Word lid van de Stadskrant vanaf 5 euro per maand en lees alles zonder beperkingen.</p></div><div class="modal-footer"><a href="/lid-worden" class="btn">Lid worden</a><a href="#!" class="modal-close btn-flat">Misschien later</a></div></div>)~",
     {{"newsletter", "Blijf op de hoogte|het beste uit de regio in je mailbox"},
      {"comments", "23 reacties"},
      {"related", "Lees ook|Nieuwe brug over de IJssel vertraagd"},
      {"subscription", "Word lid van de Stadskrant vanaf 5 euro|Lid worden|Misschien later"},
      {nullptr, nullptr}}},

    // 7 Chakra UI, EN.
    {"chakra-en", "en", "Tobias Reyes",
     R"~(When the Lakeshore Ballet announced last spring that it would cancel its touring season, few people expected the company to survive the year.
Ticket sales had never fully recovered after the pandemic, and a long-standing grant from a regional arts foundation ended in January without renewal.
The company's new director, Alma Christensen, took a gamble. She cut ticket prices in half for anyone under thirty and introduced a membership that gives access to open rehearsals for $12 a month.
Within four months the membership had passed 3,000, and the average age of the audience at the company's winter programme dropped by nearly fifteen years.
Christensen says the dancers were sceptical at first. Open rehearsals mean mistakes in front of strangers, and some principals asked not to be scheduled for them.
The company also started a podcast in which dancers talk about injuries, money and the odd hours of the job. Its most popular episode features a stagehand who has worked there since 1988.
The accounts published in October show the company still running a small deficit, covered this year by a single donation from a retired orthopaedic surgeon.
Christensen wants to take the dancers back on the road in 2026, but only, she says, if the members come with them.)~",
     R"~(<div class="css-1k7990c"><div class="chakra-container css-13fgqj"><h1 class="chakra-heading css-1dklj6k">How a ballet company found a younger audience</h1><p class="chakra-text css-o2qxpl">By Tobias Reyes | Arts | 3 December 2024</p>
<div class="chakra-stack css-84zodg"><button class="chakra-button css-1t9p1ia" aria-label="Share on X">Share on X</button><button class="chakra-button css-1t9p1ia" aria-label="Share on Facebook">Share on Facebook</button><button class="chakra-button css-1t9p1ia">Email this story</button></div>
<div class="css-0"><p class="chakra-text css-1mk9mj7">{0}</p><p class="chakra-text css-1mk9mj7">{1}</p><p class="chakra-text css-1mk9mj7">{2}</p><p class="chakra-text css-1mk9mj7">{3}</p><p class="chakra-text css-1mk9mj7">{4}</p><p class="chakra-text css-1mk9mj7">{5}</p><p class="chakra-text css-1mk9mj7">{6}</p><p class="chakra-text css-1mk9mj7">{7}</p></div>
<div class="css-1bz3k7q"><p class="chakra-text css-1mk9mj7">Tobias Reyes writes about dance and theatre. He was previously the arts editor of the Harbor Weekly and has written for several music magazines. He lives in Milwaukee.</p></div>
<div class="chakra-card css-1udp8ry"><div class="chakra-card__body css-1idwstw"><p class="chakra-text css-2ygcmq">Unlock every story for $1 a week for your first year. Cancel anytime.</p><a class="chakra-button css-ez23ye" href="/subscribe?offer=annual">Subscribe now</a></div></div>
<div class="css-r3hd9k"><h2 class="chakra-heading css-1wsh7vm">Read next</h2><a class="chakra-link css-spn4bz" href="/n1">Orchestra musicians vote to end strike</a><a class="chakra-link css-spn4bz" href="/n2">A jazz club's last night on Water Street</a></div></div></div>)~",
     {{"social", "Email this story|Share on Facebook"},
      {"author-bio", "writes about dance and theatre|He lives in Milwaukee"},
      {"subscription", "Unlock every story for $1 a week|Subscribe now"},
      {"related", "Read next|Orchestra musicians vote to end strike"},
      {nullptr, nullptr}}},

    // 8 MUI, DE.
    {"mui-de", "de", "Katrin Oberhauser",
     R"~(Auf der Schwäbischen Alb hat ein Schäfer aus Münsingen erstmals seit Jahrzehnten wieder eine Herde von mehr als tausend Tieren über die Winterweiden getrieben.
Der Zug von der Alb hinunter ins Neckartal dauerte neun Tage. Unterwegs mussten Michael Rall und seine zwei Hunde drei Bundesstraßen und eine Bahnlinie überqueren.
Die Wanderschäferei gilt als aussterbender Beruf. In Baden-Württemberg gibt es nach Angaben des Landesschafzuchtverbands nur noch gut hundert Betriebe, die davon leben.
Rall finanziert sich inzwischen zu einem guten Teil über Patenschaften: Wer 60 Euro im Jahr zahlt, wird Pate eines Mutterschafs und bekommt im Frühjahr ein Foto der Lämmer.
Mehr als 400 Menschen haben bereits eine Patenschaft abgeschlossen, viele davon aus Stuttgart, wo Rall im Sommer auf dem Wochenmarkt Lammwürste verkauft.
Den Kontakt zu seinen Paten hält er über einen Rundbrief, den seine Tochter schreibt. Darin stehen auch die Geburten, die Verluste und das Wetter.
Naturschützer sehen in der Beweidung einen wichtigen Beitrag zum Erhalt der Wacholderheiden, die ohne Schafe innerhalb weniger Jahre zuwachsen würden.
Ob Rall einen Nachfolger findet, ist offen. Sein Sohn studiert Informatik in Karlsruhe, hilft aber jedes Jahr beim Scheren.)~",
     R"~(<div class="MuiBox-root css-1xhj18k"><header class="MuiPaper-root MuiAppBar-root css-1x7skt0"><div class="MuiToolbar-root css-i6s8oy"><a class="MuiTypography-root MuiLink-root css-3kmhmz" href="/">Albbote</a></div></header>
<main class="MuiContainer-root MuiContainer-maxWidthMd css-1oqqzyl"><h1 class="MuiTypography-root MuiTypography-h3 css-zq6grw">Mit tausend Schafen ins Tal</h1><p class="MuiTypography-root MuiTypography-caption css-1w5d9vy">Katrin Oberhauser · 18. November 2024</p>
<p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{0}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{1}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{2}</p>
<div class="MuiPaper-root MuiPaper-outlined css-1ps6pg7"><p class="MuiTypography-root MuiTypography-body2 css-68o8xu">Keine Nachricht aus der Region verpassen: Tragen Sie sich für unseren kostenlosen Morgenbrief ein.</p><div class="MuiFormControl-root MuiTextField-root css-i44wyl"><input class="MuiInputBase-input css-1x5jdmq" type="email" aria-label="E-Mail-Adresse"></div><button class="MuiButton-root MuiButton-contained css-sghohy">Eintragen</button></div>
<p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{3}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{4}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{5}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{6}</p><p class="MuiTypography-root MuiTypography-body1 css-9l3uo3">{7}</p>
<div class="MuiBox-root css-k008qs"><p class="MuiTypography-root MuiTypography-body2 css-68o8xu">Unabhängiger Lokaljournalismus braucht Unterstützung. Mit einem freiwilligen Beitrag ab 3 Euro helfen Sie uns, weiter über die Alb zu berichten.</p><a class="MuiButton-root MuiButton-outlined css-1rwt2y5" href="/unterstuetzen">Jetzt unterstützen</a></div></main>
<div class="MuiSnackbar-root css-zzms1c" style="position:fixed;bottom:24px"><div class="MuiPaper-root MuiSnackbarContent-root css-1eqdgzv">Wir verwenden Cookies, um unsere Website zu verbessern. <button class="MuiButton-root css-1ujsas3">Alle akzeptieren</button><button class="MuiButton-root css-1ujsas3">Ablehnen</button></div></div>
<div class="MuiBox-root css-2imjyh"><div class="MuiAlert-root css-1xsto0d">Sie lesen mit einem Werbeblocker. Bitte schalten Sie ihn für albbote.example aus, damit wir weiter kostenlos berichten können.</div></div></div>)~",
     {{"newsletter", "Tragen Sie sich für unseren kostenlosen Morgenbrief ein|Eintragen"},
      {"subscription", "Mit einem freiwilligen Beitrag ab 3 Euro|Jetzt unterstützen"},
      {"consent", "Wir verwenden Cookies, um unsere Website zu verbessern|Alle akzeptieren"},
      {"ad", "Sie lesen mit einem Werbeblocker"},
      {nullptr, nullptr}}},

    // 9 Hugo theme, FR.
    {"hugo-fr", "fr", "Olivier Mercadier",
     R"~(Depuis la rentrée, les élèves du collège Jean-Moulin de Figeac peuvent emprunter un instrument de musique pour l'année scolaire, comme ils empruntent un livre au CDI.
Le dispositif compte quarante-deux instruments, dont des violons, des guitares, deux violoncelles et un tuba, réunis grâce à des dons d'habitants et d'une fanfare dissoute.
L'idée vient de la professeure de musique, Nadia Sebbar, qui constatait chaque année que les enfants des familles modestes renonçaient au conservatoire faute de pouvoir acheter un instrument.
L'école de musique intercommunale propose désormais aux élèves concernés une cotisation réduite à vingt euros l'année, au lieu de cent quatre-vingts.
Un luthier retraité de Capdenac passe deux fois par mois pour régler les cordes et recoller ce qui doit l'être, sans se faire payer.
Les parents d'élèves ont créé une association qui tient un site internet et envoie chaque trimestre une lettre aux donateurs pour leur dire qui joue de leur ancien instrument.
Le département envisage d'étendre l'expérience à trois autres collèges du Lot l'an prochain, si le budget le permet.
Au concert de fin d'année, en juin, vingt-six des emprunteurs sont montés sur scène, dont un garçon de sixième qui n'avait jamais touché un violon en septembre.)~",
     R"~(<body class="kind-page"><header class="header"><nav class="nav"><div class="logo"><a href="/">Carnets du Lot</a></div><ul id="menu"><li><a href="/posts/">Articles</a></li><li><a href="/tags/">Étiquettes</a></li><li><a href="/a-propos/">À propos</a></li></ul></nav></header>
<main class="main"><article class="post-single"><header class="post-header"><h1 class="post-title">Au collège, on emprunte un violon comme un livre</h1><div class="post-meta"><span title="2024-10-02">2 octobre 2024</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Olivier Mercadier</div></header>
<div class="post-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<footer class="post-footer"><ul class="post-tags"><li><a href="/tags/musique/">musique</a></li><li><a href="/tags/ecole/">école</a></li></ul>
<nav class="paginav"><a class="prev" href="/posts/marche-de-noel/"><span class="title">« Précédent</span><br><span>Le marché de Noël déménage place Carnot</span></a><a class="next" href="/posts/crue-du-cele/"><span class="title">Suivant »</span><br><span>La crue du Célé vue du ciel</span></a></nav>
<div class="share-buttons"><a href="https://x.com/intent/tweet/?text=x" aria-label="partager sur x">Partager sur X</a><a href="https://www.facebook.com/sharer/sharer.php?u=x" aria-label="partager sur facebook">Partager sur Facebook</a></div></footer></article>
<div class="newsletter-cta"><p>Vous aimez ces carnets ? Recevez les nouveaux articles par courriel, une fois par mois.</p><a href="https://carnets.example.com/inscription">S'inscrire à la lettre</a></div>
<div class="tip"><p>Ce site est écrit par un bénévole et sans publicité. Si vous voulez l'aider à couvrir l'hébergement, vous pouvez m'offrir un café.</p><a href="https://ko-fi.com/x">Offrir un café</a></div></main></body>)~",
     {{"navigation", "Le marché de Noël déménage place Carnot|La crue du Célé vue du ciel"},
      {"social", "Partager sur X|Partager sur Facebook"},
      {"newsletter", "Recevez les nouveaux articles par courriel|S'inscrire à la lettre"},
      {"subscription", "vous pouvez m'offrir un café|Offrir un café"},
      {nullptr, nullptr}}},

    // 10 Jekyll theme, ES.
    {"jekyll-es", "es", "Andrés Quiroga",
     R"~(En el barrio de Lavapiés, en Madrid, una imprenta de tipos móviles que llevaba cerrada desde 1994 ha vuelto a funcionar gracias a un grupo de diseñadores y tipógrafos jubilados.
La imprenta conserva más de trescientas cajas de tipos de plomo y madera, algunas fundidas en Barcelona a principios del siglo veinte, y dos minervas que todavía funcionan.
El colectivo que la ha recuperado se financia con talleres de fin de semana y con unos cuarenta socios que pagan quince euros al mes a cambio de usar las máquinas.
Su portavoz, Marta Olmedo, cuenta que la mayoría de los socios trabajan todo el día frente a una pantalla y buscan justo lo contrario: tinta, peso y ruido.
También editan una pequeña revista en papel, de tirada limitada, que se vende por suscripción a lectores de media España.
El local pertenece a una familia que se ha comprometido a no subir el alquiler durante cinco años, algo poco habitual en un barrio donde los precios no dejan de crecer.
Los vecinos más mayores se acercan a menudo a la puerta. Algunos trabajaron en imprentas parecidas y se quedan a enseñar cómo se compone una línea a mano.
El próximo proyecto del colectivo es imprimir una edición de poemas escritos por alumnos de un instituto cercano, que se presentará en la Feria del Libro.)~",
     R"~(<div class="wrapper"><header class="site-header"><a class="site-title" rel="author" href="/">Cuaderno de Madrid</a><nav class="site-nav"><a class="page-link" href="/archivo/">Archivo</a><a class="page-link" href="/sobre-mi/">Sobre mí</a></nav></header>
<main class="page-content"><article class="post h-entry"><header class="post-header"><h1 class="post-title p-name">La imprenta que volvió a mancharse de tinta</h1><p class="post-meta"><time class="dt-published" datetime="2024-04-15">15 abr 2024</time> • <span class="p-author h-card">Andrés Quiroga</span></p></header>
<div class="post-content e-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<p><em>Andrés Quiroga es periodista y fotógrafo. Ha colaborado con varias revistas de viajes y vive en Madrid desde 2010.</em></p></article>
<div class="related"><h2>Entradas relacionadas</h2><ul><li><a href="/2024/03/mercado-de-san-fernando/">Un sábado en el mercado de San Fernando</a></li><li><a href="/2024/02/corralas/">Las corralas que quedan en pie</a></li></ul></div>
<div class="comments-link"><a href="#disqus_thread">Ver los 8 comentarios</a></div></main>
<footer class="site-footer"><div class="footer-col"><p>Suscríbete por RSS o recibe cada entrada en tu correo.</p><form action="https://buttondown.example/api/emails/embed-subscribe/x" method="post"><input type="email" name="email" placeholder="tu@correo.es"><input type="submit" value="Suscribirme"></form></div></footer></div>)~",
     {{"author-bio", "es periodista y fotógrafo|vive en Madrid desde 2010"},
      {"related", "Entradas relacionadas|Un sábado en el mercado de San Fernando"},
      {"comments", "Ver los 8 comentarios"},
      {"newsletter", "recibe cada entrada en tu correo"},
      {nullptr, nullptr}}},

    // 11 Webflow, IT.
    {"webflow-it", "it", "Chiara Benedetti",
     R"~(A Trieste un gruppo di sommozzatori volontari ha recuperato in un anno più di quattro tonnellate di rifiuti dai fondali del porto vecchio.
Si immergono ogni sabato mattina, quando il traffico delle barche è minimo, e riportano in superficie soprattutto copertoni, biciclette, bottiglie e reti da pesca abbandonate.
L'associazione che li coordina, nata nel 2019, conta oggi 85 soci. La quota annuale è di cinquanta euro e copre l'assicurazione e la manutenzione delle bombole.
Il presidente, Marco Zorzut, racconta che il ritrovamento più strano è stato un pianoforte verticale, finito in acqua chissà come a pochi metri dal molo Audace.
I rifiuti vengono pesati, fotografati e catalogati in un database aperto che l'università usa per studiare le correnti del golfo.
L'autorità portuale ha firmato quest'anno una convenzione che mette a disposizione un gommone e un deposito, ma non prevede contributi in denaro.
Per questo l'associazione ha lanciato una raccolta fondi per comprare un verricello elettrico: finora ha raccolto poco più di metà dei dodicimila euro necessari.
Zorzut spera che altre città costiere copino il modello. Un gruppo di Pola, in Croazia, si è già fatto avanti per un'immersione comune a primavera.)~",
     R"~(<div class="w-nav navbar" data-collapse="medium" role="banner"><div class="w-container"><a href="/" class="brand w-nav-brand">Il Golfo</a><nav role="navigation" class="w-nav-menu"><a href="/ambiente" class="nav-link w-nav-link">Ambiente</a><a href="/citta" class="nav-link w-nav-link">Città</a></nav></div></div>
<div class="section-article"><div class="w-container"><h1 class="heading-article">Quattro tonnellate di rifiuti dal porto vecchio</h1><div class="text-byline">Chiara Benedetti — 30 settembre 2024</div>
<div class="rich-text-article w-richtext"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<figure class="w-richtext-figure-type-image"><div><img src="/img/sub.jpg" alt=""></div></figure>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="members-badge">Articolo riservato agli abbonati Premium</div>
<div class="w-form form-block"><form name="wf-form-iscrizione" data-name="iscrizione"><label for="email-2">La newsletter del Golfo, ogni domenica</label><input type="email" class="w-input" name="email-2" id="email-2" placeholder="La tua email"><input type="submit" value="Iscriviti" class="w-button"></form><div class="w-form-done"><div>Grazie! Controlla la tua casella di posta.</div></div><div class="w-form-fail"><div>Ops, qualcosa è andato storto.</div></div></div>
<div class="podcast-strip"><p>Ascolta «Sale», il podcast della redazione: ogni mercoledì una storia di mare in venti minuti.</p><a href="https://open.spotify.com/show/x" class="w-button">Ascolta su Spotify</a></div></div></div>)~",
     {{"paywall", "Articolo riservato agli abbonati Premium"},
      {"newsletter", "La newsletter del Golfo, ogni domenica|Controlla la tua casella di posta"},
      {"promo", "il podcast della redazione|Ascolta su Spotify"},
      {nullptr, nullptr}}},
    // 12 Wix comp- ids, PT.
    {"wix-pt", "pt", "Rafael Tavares",
     R"~(No Porto, uma antiga fábrica de chapéus em Campanhã foi transformada em residência para artistas, com vinte ateliers arrendados a preços abaixo do mercado.
O projecto nasceu de uma cooperativa de arquitectos que comprou o edifício em ruínas em 2020 e passou três anos a recuperá-lo com a ajuda de estudantes de engenharia.
Cada artista paga 150 euros por mês, incluindo água e luz, e compromete-se a abrir o atelier ao público no primeiro sábado de cada mês.
Há uma lista de espera de mais de sessenta pessoas. A cooperativa escolhe os residentes por sorteio, para evitar acusações de favoritismo.
Para pagar as obras, os cooperantes venderam assinaturas anuais de uma caixa com serigrafias e cerâmica feitas no próprio edifício; hoje têm cerca de 700 assinantes.
A escultora Marta Vilaça, uma das primeiras residentes, diz que antes trabalhava na garagem dos pais e que nunca tinha vendido uma peça fora da família.
Os vizinhos mais antigos, que ainda se lembram das operárias a sair da fábrica ao fim da tarde, foram convidados para a inauguração e ficaram com a chave do pátio.
A câmara estuda agora replicar o modelo noutros dois armazéns municipais da zona oriental da cidade.)~",
     R"~(<div id="SITE_CONTAINER"><div id="comp-kx1a2b3c" class="comp-kx1a2b3c wixui-header"><a href="/">Revista Oriente</a></div>
<main id="PAGES_CONTAINER"><div id="comp-lq8z7y6x" class="comp-lq8z7y6x"><h1 class="font_0 wixui-rich-text__text">Uma fábrica de chapéus cheia de ateliers</h1><p class="font_8 wixui-rich-text__text">Rafael Tavares · 11 de julho de 2024</p></div>
<div id="comp-m1n2o3p4" class="comp-m1n2o3p4 wixui-rich-text" data-testid="richTextElement"><p class="font_8">{0}</p><p class="font_8">{1}</p><p class="font_8">{2}</p><p class="font_8">{3}</p><p class="font_8">{4}</p><p class="font_8">{5}</p><p class="font_8">{6}</p><p class="font_8">{7}</p></div>
<div id="comp-r5s6t7u8" class="comp-r5s6t7u8"><p class="font_8">Rafael Tavares é jornalista freelance e escreve sobre arquitectura e cidades. Já colaborou com vários jornais portugueses e vive no Porto.</p></div>
<div id="comp-v9w0x1y2" class="comp-v9w0x1y2"><p class="font_7">Receba as nossas histórias por email</p><form><input type="email" placeholder="Email"><button>Subscrever</button></form></div>
<div id="comp-z3a4b5c6" class="comp-z3a4b5c6"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Partilhar no Facebook</a> <a href="https://api.whatsapp.com/send?text=x">Enviar por WhatsApp</a></div></main>
<div id="comp-d7e8f9g0" class="comp-d7e8f9g0" style="position:fixed;bottom:0;width:100%"><p>Este site utiliza cookies. Ao continuar a navegar, concorda com a sua utilização.</p><button>Aceitar</button></div></div>)~",
     {{"author-bio", "é jornalista freelance e escreve sobre arquitectura|vive no Porto"},
      {"newsletter", "Receba as nossas histórias por email"},
      {"social", "Partilhar no Facebook|Enviar por WhatsApp"},
      {"consent", "Este site utiliza cookies|Ao continuar a navegar"},
      {nullptr, nullptr}}},

    // 13 Shopify blog, NL.
    {"shopify-nl", "nl", "Femke de Graaf",
     R"~(Bij de koffiebranderij in Zwolle begint de dag om zes uur, als de eerste zakken groene bonen uit Ethiopië en Colombia de trommel in gaan.
Eigenaar Ruben Wolters begon zeven jaar geleden met een tweedehands branderij in de garage van zijn ouders en verkoopt inmiddels aan veertig cafés in Overijssel.
Een groot deel van de omzet komt van particulieren met een koffieabonnement: zij krijgen elke twee of vier weken vers gebrande bonen thuisgestuurd.
Het aantal abonnees groeide tijdens de lockdowns van een paar honderd naar bijna drieduizend en is daarna, tot verbazing van Wolters, nauwelijks gedaald.
Hij betaalt de boeren ruim boven de wereldmarktprijs en bezoekt elk jaar minstens één van de coöperaties waar hij inkoopt.
Dit jaar was dat een coöperatie van vrouwelijke boeren in de buurt van Sidama, die met het extra geld een waterzuivering voor de dorpsschool heeft gebouwd.
De stijgende koffieprijzen maken het lastiger. Wolters heeft zijn prijzen twee keer verhoogd en merkt dat sommige cafés overstappen op goedkopere bonen.
Toch wil hij volgend jaar uitbreiden naar een tweede branderij, in een leegstaand pakhuis aan het Zwarte Water.)~",
     R"~(<div class="shopify-section shopify-section-group-header-group"><header class="header"><a href="/" class="header__heading-link">Branderij Wolters</a><nav class="header__inline-menu"><a href="/collections/koffie" class="header__menu-item">Koffie</a><a href="/pages/abonnement" class="header__menu-item">Abonnement</a><a href="/blogs/verhalen" class="header__menu-item">Verhalen</a></nav><a href="/cart" class="header__icon--cart">Winkelwagen (0)</a></header></div>
<main id="MainContent"><article class="article-template"><h1 class="article-template__title">Van boon tot kop: een ochtend in de branderij</h1><p class="article-template__meta">Femke de Graaf · 6 februari 2024</p>
<div class="article-template__content rte"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="article-template__social-sharing"><a href="https://www.facebook.com/sharer.php?u=x" class="share-button">Delen op Facebook</a><a href="https://pinterest.com/pin/create/button/?url=x" class="share-button">Pinnen op Pinterest</a></div>
<div class="article-template__comment-count">5 reacties</div></article>
<div class="shopify-section featured-collection"><h2>Probeer onze koffie</h2><ul><li><a href="/products/sidama">Sidama, licht gebrand – € 11,50</a></li><li><a href="/products/huila">Huila, medium – € 10,95</a></li></ul><a href="/pages/abonnement" class="button">Start je abonnement – eerste zak gratis</a></div>
<div class="shopify-section newsletter"><h2 class="newsletter__heading">Word lid van onze koffieclub</h2><p>Ontvang 10% korting op je eerste bestelling en als eerste nieuws over nieuwe oogsten.</p><form method="post" action="/contact#contact_form" class="newsletter-form"><input type="hidden" name="contact[tags]" value="newsletter"><input id="NewsletterForm" type="email" name="contact[email]" placeholder="E-mail"><button type="submit">Inschrijven</button></form></div></main>)~",
     {{"social", "Delen op Facebook|Pinnen op Pinterest"},
      {"comments", "5 reacties"},
      {"subscription", "Start je abonnement – eerste zak gratis"},
      {"newsletter", "Word lid van onze koffieclub|Ontvang 10% korting op je eerste bestelling"},
      {nullptr, nullptr}}},

    // 14 Contentful rich text, EN.
    {"contentful-en", "en", "Priya Natarajan",
     R"~(On a wet Tuesday in March, forty people crowded into a church hall in Leicester to learn how to fix their own washing machines.
The Repair Café, which meets on the second Tuesday of every month, was set up in 2017 by Ashok Mistry, a retired engineer who was tired of seeing appliances dumped for want of a five-pound part.
Volunteers now fix about seventy items a session, from toasters and lamps to torn coats and wobbly chairs, and keep a record of everything that comes through the door.
The café charges nothing, but it asks visitors for a donation towards tools and spare parts. Most put a few pounds in the jar; one man left a cheque for £200 after his grandmother's sewing machine was saved.
Mistry says the hardest part is not the repairs but persuading people that a thing is worth repairing at all. Some arrive apologising for wasting the volunteers' time.
The group keeps in touch with its regulars through an email newsletter that lists the next session and the items it is still trying to find parts for.
A survey by the city council last year found that the café had kept more than four tonnes of electrical goods out of landfill since it opened.
Mistry is now training younger volunteers, including two sixth-formers who want to be engineers, so that the café can carry on when he is gone.)~",
     R"~(<div class="layout_root__x81Kq"><header class="header_bar__2Pm3n"><a class="header_logo__Lq8aZ" href="/">Midlands Weekly</a><a class="header_login__hT2bV" href="/account/login">Log in</a></header>
<article class="article_wrapper__Zk0pE"><h1 class="article_headline__f3Gq1">The café where nothing is thrown away</h1><div class="article_byline__Mx0c2"><a href="/authors/priya-natarajan">Priya Natarajan</a><time datetime="2024-03-19">19 March 2024</time></div>
<div class="rich-text_root__Jw4vR" data-contentful-field-id="body"><p data-node-type="paragraph">{0}</p><p data-node-type="paragraph">{1}</p><p data-node-type="paragraph">{2}</p>
<div data-node-type="embedded-entry-block" data-entry-type="promoBlock"><p>Want more stories like this? Sign up to Midlands Weekly for free and get our Friday briefing.</p><a href="/register?source=article-inline">Create a free account</a></div>
<div data-node-type="embedded-entry-block" data-entry-type="loginHint"><p>Already registered? <a href="/account/login?source=inline">Log in here</a> to read on without interruptions.</p></div>
<p data-node-type="paragraph">{3}</p><p data-node-type="paragraph">{4}</p><p data-node-type="paragraph">{5}</p><p data-node-type="paragraph">{6}</p><p data-node-type="paragraph">{7}</p>
<p data-node-type="paragraph"><i>This article was amended on 20 March 2024 to correct the year the café opened.</i></p></div>
<div class="article_print__a9Hf2"><a href="/reprints">Buy a reprint of this page</a> · <a href="/shop/print-edition">Order the print edition</a></div></article>
<aside class="popular_rail__qR2ms" aria-label="Most popular"><h2>Most popular</h2><ol><li><a href="/p1">Ring road closure: the diversions explained</a></li><li><a href="/p2">Plans unveiled for former Haymarket site</a></li></ol></aside></div>)~",
     {{"newsletter", "Sign up to Midlands Weekly for free|Create a free account"},
      {"signin", "Already registered?|Log in here"},
      {"promo", "Buy a reprint of this page|Order the print edition"},
      {"related", "Ring road closure: the diversions explained|Plans unveiled for former Haymarket site"},
      {nullptr, nullptr}}},

    // 15 TYPO3 content elements, DE.
    {"typo3-de", "de", "Andreas Pichler",
     R"~(In Regensburg hat die Stadt einen alten Salzstadel an der Steinernen Brücke an eine Genossenschaft vermietet, die dort eine Markthalle für Erzeuger aus der Oberpfalz betreibt.
Seit der Eröffnung im Mai verkaufen an zwölf Ständen Bäuerinnen und Bauern Käse, Fleisch, Gemüse und Brot, ohne Zwischenhändler und ohne Standgebühr in den ersten zwei Jahren.
Die Genossenschaft hat rund 650 Mitglieder, die jeweils mindestens einen Anteil zu 250 Euro gezeichnet haben. Dafür bekommen sie fünf Prozent Rabatt an allen Ständen.
Vorstand Florian Schmaus sagt, die meisten Mitglieder seien keine Stammkunden, sondern Menschen, die wollten, dass es so etwas in der Altstadt überhaupt gibt.
Die Stände wechseln mit den Jahreszeiten. Im Herbst kommt ein Imker aus Cham dazu, im Winter ein Fischzüchter aus dem Stiftland mit Karpfen und Saiblingen.
Einige Händler in der Altstadt fürchten Konkurrenz. Der Einzelhandelsverband hat angekündigt, die Mietbedingungen der Stadt genau prüfen zu lassen.
Wer nicht in die Halle kommen kann, bestellt über einen Online-Shop und holt die Ware an einem von sechs Abholpunkten im Stadtgebiet ab.
Die Genossenschaft will im kommenden Jahr eine kleine Küche einbauen, in der Schulklassen lernen sollen, aus regionalen Zutaten zu kochen.)~",
     R"~(<div id="page"><header id="header"><nav id="mainnav"><ul class="nav"><li class="nav-item"><a href="/region">Region</a></li><li class="nav-item"><a href="/wirtschaft">Wirtschaft</a></li><li class="nav-item"><a href="/kultur">Kultur</a></li></ul></nav></header>
<main id="content"><div id="c1204" class="frame frame-default frame-type-header frame-layout-0"><header><h1 class="">Markthalle im Salzstadel</h1><p class="">Von Andreas Pichler | 2. Juli 2024</p></header></div>
<div id="c1205" class="frame frame-default frame-type-text frame-layout-0"><p>{0}</p><p>{1}</p><p>{2}</p></div>
<div id="c1206" class="frame frame-default frame-type-textpic frame-layout-0"><div class="ce-textpic ce-right ce-intext"><div class="ce-bodytext"><p><b>Regensburg am Sonntag</b> – auch gedruckt: Die Wochenendausgabe liegt ab Samstag am Kiosk. <a href="/abo/print">Jetzt Probeabo der gedruckten Zeitung bestellen</a></p></div></div></div>
<div id="c1207" class="frame frame-default frame-type-text frame-layout-0"><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div id="c1208" class="frame frame-default frame-type-list frame-layout-0"><h2>Das könnte Sie auch interessieren</h2><ul><li><a href="/r/1">Dultplatz: Neue Pläne für die Parkfläche</a></li><li><a href="/r/2">Brauerei am Arnulfsplatz schließt nach 300 Jahren</a></li><li><a href="/r/3">Donauufer: Radweg wird verbreitert</a></li></ul></div>
<div id="c1209" class="frame frame-default frame-type-html frame-layout-0"><div class="app-teaser"><p>Die Nachrichten aus Ostbayern jetzt auch als App – mit Push-Meldungen bei Eilmeldungen.</p><a href="https://apps.apple.com/de/app/x">Im App Store laden</a></div></div></main>
<div id="loginbar" style="position:fixed;top:0;right:0"><p>Sie sind bereits Abonnent? <a href="/login">Hier anmelden</a></p></div></div>)~",
     {{"promo", "Jetzt Probeabo der gedruckten Zeitung bestellen|auch gedruckt"},
      {"related", "Das könnte Sie auch interessieren|Dultplatz: Neue Pläne"},
      {"promo", "jetzt auch als App|Im App Store laden"},
      {"signin", "Sie sind bereits Abonnent?|Hier anmelden"},
      {nullptr, nullptr}}},

    // 16 Gutenberg blocks, FR.
    {"gutenberg-fr", "fr", "Sophie Vannier",
     R"~(À Roubaix, une ancienne filature accueille depuis l'automne une épicerie où chacun paie ses courses selon ses revenus, sur simple déclaration.
Trois tarifs sont affichés pour chaque produit. Les clients choisissent eux-mêmes celui qui leur correspond, et personne ne vérifie leur feuille d'impôts.
Le projet est porté par une association d'habitants qui compte 430 adhérents. L'adhésion coûte entre un et trente euros par an, là aussi au choix.
Sa coordinatrice, Fatima Bensalem, explique que le système tient parce que les clients qui choisissent le tarif le plus élevé compensent ceux qui paient le moins.
Les produits viennent en grande partie de maraîchers de la métropole lilloise et d'une minoterie de la Pévèle, avec laquelle l'association a signé un contrat sur trois ans.
Une cagnotte en ligne a permis de financer les frigos et la caisse, et une fondation d'entreprise prend en charge un salaire et demi pendant deux ans.
Les débuts ont été difficiles : en décembre, le chiffre d'affaires couvrait à peine les achats. Il a doublé depuis que l'épicerie ouvre aussi le dimanche matin.
L'association aimerait ouvrir une seconde boutique à Tourcoing, mais elle attend d'abord le bilan de sa première année complète.)~",
     R"~(<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Le Nord en Vrai</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/societe/">Société</a></li><li class="wp-block-navigation-item"><a href="/economie/">Économie</a></li></ul></nav></div></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">L'épicerie où l'on paie selon ses moyens</h1><div class="wp-block-post-author"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Sophie Vannier</p></div></div>
<div class="entry-content wp-block-post-content"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<div class="wp-block-group has-pale-cyan-blue-background-color has-background"><h3 class="wp-block-heading">Le Nord en Vrai vit grâce à vous</h3><p>Pas de publicité, pas d'actionnaire : seulement nos lecteurs. Soutenez-nous par un don, même de 5 €, déductible à 66 % de vos impôts.</p><div class="wp-block-buttons"><div class="wp-block-button"><a class="wp-block-button__link" href="/faire-un-don/">Je fais un don</a></div></div></div>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="wp-block-post-comments-count">3 commentaires</div>
<div class="wp-block-group"><h2 class="wp-block-heading">À lire aussi</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/friche-textile/">Ce que deviennent les friches textiles</a></li><li><a class="wp-block-latest-posts__post-title" href="/tramway/">Le tramway de Roubaix, vingt ans après</a></li></ul></div></main>
<div class="wp-block-group popup" role="dialog" aria-modal="true" style="position:fixed;inset:0"><p>Notre lettre du vendredi : les enquêtes de la semaine, sans rien rater.</p><form class="wp-block-jetpack-subscriptions"><input type="email" name="email" aria-label="Adresse e-mail"><button type="submit">Je m'inscris</button></form><button class="popup-close">Non merci</button></div></div>)~",
     {{"subscription", "Le Nord en Vrai vit grâce à vous|Soutenez-nous par un don|Je fais un don"},
      {"comments", "3 commentaires"},
      {"related", "À lire aussi|Ce que deviennent les friches textiles"},
      {"newsletter", "Notre lettre du vendredi|Je m'inscris"},
      {nullptr, nullptr}}},

    // 17 old HTML4 with <font>, <center> and layout tables, ES.
    {"html4-font-es", "es", "Ernesto Villalba",
     R"~(En el pueblo de Aínsa, en el Pirineo aragonés, la vieja central hidroeléctrica del río Cinca ha vuelto a producir electricidad, esta vez para los propios vecinos.
La central, construida en 1921, dejó de funcionar a finales de los setenta. Una cooperativa energética la compró a la compañía eléctrica por un precio simbólico en 2021.
La cooperativa tiene 310 socios, la mayoría del valle. Cada uno aportó al menos cien euros y ahora recibe la electricidad a precio de coste a través de su propia comercializadora.
El ingeniero que dirigió la rehabilitación, Joaquín Laplana, trabajó en la central de joven y recuerda que entonces la turbina se engrasaba a mano cada mañana.
La nueva turbina produce lo suficiente para unas cuatrocientas viviendas en un año normal, aunque depende mucho de la nieve del invierno.
Los socios pueden seguir la producción en tiempo real desde una aplicación del móvil, algo que, según la cooperativa, se ha convertido en tema de conversación en el bar.
Los ecologistas han pedido garantías de que el caudal del río no bajará en verano por debajo de lo que necesitan las truchas, y la cooperativa ha aceptado instalar un medidor público.
El proyecto ha despertado el interés de otros pueblos del Sobrarbe, que conservan pequeñas centrales abandonadas desde hace décadas.)~",
     R"~(<center><font face="Arial" size="5"><b>EL ECO DEL SOBRARBE</b></font><br><font size="2"><a href="index.html">Portada</a> | <a href="comarca.html">Comarca</a> | <a href="agenda.html">Agenda</a></font></center><hr>
<table width="100%" border="0" cellpadding="4"><tr><td width="75%" valign="top">
<font face="Georgia" size="4"><b>La central del Cinca vuelve a dar luz</b></font><br><font size="2" color="#666666">Por Ernesto Villalba - 28/08/2024</font><br><br>
<font face="Georgia" size="3">{0}<br><br>{1}<br><br>{2}<br><br>{3}<br><br>{4}<br><br>{5}<br><br>{6}<br><br>{7}</font><br><br>
<table border="1" cellpadding="6" bgcolor="#FFFFCC" width="100%"><tr><td><font size="2"><b>¿Quiere recibir El Eco en casa?</b> Suscripción anual a la edición impresa: 45 euros. Llame al 974 000 000 o escriba a suscripciones@eco.example.</font></td></tr></table>
</td><td width="25%" valign="top" bgcolor="#EEEEEE"><font size="2"><b>LO MÁS VISTO</b><br><a href="n1.html">Fiestas de Boltaña: programa completo</a><br><a href="n2.html">Corte de la carretera de Bielsa por obras</a><br><a href="n3.html">Nuevo médico en el centro de salud</a></font><br><br>
<font size="2"><b>PUBLICIDAD</b><br>Si no ve los anuncios de nuestros patrocinadores es porque tiene un bloqueador activado. Sin ellos este periódico no podría existir.</font></td></tr></table>
<center><font size="1"><a href="#">Enviar a un amigo</a> | <a href="#">Imprimir</a> | <a href="#">Compartir en Facebook</a></font></center>)~",
     {{"promo", "Suscripción anual a la edición impresa|Quiere recibir El Eco en casa"},
      {"related", "LO MÁS VISTO|Fiestas de Boltaña: programa completo"},
      {"ad", "tiene un bloqueador activado"},
      {"social", "Enviar a un amigo|Compartir en Facebook"},
      {nullptr, nullptr}}},

    // 18 XHTML 1.0 strict with self-closed tags, IT.
    {"xhtml-it", "it", "Paolo Ferraris",
     R"~(Nelle Langhe, una cantina sociale fondata nel 1958 ha deciso di affidare la vendemmia di quest'anno ai figli dei soci, tutti sotto i trent'anni.
La cooperativa riunisce 94 famiglie di viticoltori e produce soprattutto dolcetto e barbera, ma negli ultimi anni aveva visto crescere l'età media dei soci oltre i sessantacinque.
Il nuovo presidente, Luca Ghione, ha ventisei anni e una laurea in enologia ad Alba. Dice che il primo problema non è il vino, ma convincere i coetanei che si può vivere di campagna.
Per questo la cantina ha aperto un club dei vini: gli iscritti pagano una quota annuale e ricevono sei bottiglie a stagione, insieme a un invito alla vendemmia.
I soci più anziani hanno accettato il passaggio senza troppe resistenze, anche se qualcuno continua a presentarsi all'alba in cantina per controllare le vasche.
Il cambiamento climatico pesa: la vendemmia arriva ormai con due settimane di anticipo rispetto agli anni novanta, e le grandinate di luglio hanno colpito i vigneti più alti.
La cantina ha ottenuto un contributo regionale per installare reti antigrandine su venti ettari, ma i soci dovranno coprire il resto della spesa.
La festa di fine vendemmia si terrà in ottobre nel cortile della cantina, con la banda del paese e una degustazione aperta a tutti.)~",
     R"~(<div id="wrapper" xml:lang="it" lang="it"><div id="testata"><h2><a href="/">Gazzetta delle Colline</a></h2></div>
<div id="colonna-sinistra"><h1>La vendemmia passa ai figli</h1><p class="firma">di Paolo Ferraris<br />12 settembre 2024</p>
<div class="testo"><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div class="condividi"><a href="http://www.facebook.com/share.php?u=x"><img src="/img/fb.gif" alt="Condividi su Facebook" /></a> <a href="http://twitter.com/home?status=x"><img src="/img/tw.gif" alt="Condividi su Twitter" /></a> <a href="mailto:?subject=x">Invia per email</a></div>
<div class="box-abbonati"><h3>Abbonati alla Gazzetta</h3><p>Edizione digitale completa a 6,99 euro al mese, oppure 59 euro l'anno: risparmi più del 25 per cento.</p><p><a href="/abbonamenti/">Scegli il tuo abbonamento</a></p></div></div>
<div id="colonna-destra"><h3>Gli articoli più commentati</h3><ul><li><a href="/a/1">Fiera del tartufo, i prezzi di quest'anno</a></li><li><a href="/a/2">Nuovo parcheggio in piazza Savona</a></li></ul>
<h3>Dalla stessa sezione</h3><ul><li><a href="/a/3">Nocciole, raccolto in calo del 30 per cento</a></li><li><a href="/a/4">La scuola enologica compie 140 anni</a></li></ul></div></div>)~",
     {{"social", "Invia per email"},
      {"subscription", "Abbonati alla Gazzetta|Scegli il tuo abbonamento"},
      {"related", "Gli articoli più commentati|Fiera del tartufo, i prezzi di quest'anno"},
      {"related", "Dalla stessa sezione|Nocciole, raccolto in calo"},
      {nullptr, nullptr}}},

    // 19 ARIA landmarks and roles only, PT.
    {"aria-landmarks-pt", "pt", "Joana Falcão",
     R"~(Em Lisboa, o Mercado de Arroios reabriu depois de uma renovação que demorou quase três anos e custou 4,5 milhões de euros à junta de freguesia.
Das 42 bancas, 30 voltaram a ser ocupadas por comerciantes que já lá estavam antes das obras, uma condição imposta pela assembleia de freguesia.
As restantes foram atribuídas por concurso a pequenos negócios, entre eles uma banca de peixe gerida por duas irmãs de Peniche e uma padaria de fermentação lenta.
Dona Amélia Rocha, que vende fruta no mercado há 51 anos, diz que os preços das rendas subiram, mas que finalmente há casas de banho decentes e um tecto que não pinga.
A junta criou também um cartão de cliente que dá descontos aos moradores e um serviço de entregas ao domicílio para pessoas com mais de setenta anos.
Um grupo de moradores organiza aos sábados uma banca de troca de livros e mantém uma lista de correio electrónico com mais de mil inscritos, que recebem a agenda do mercado.
Os comerciantes queixam-se do estacionamento, que continua escasso, e pedem à câmara que aumente a frequência do autocarro que pára à porta.
Para o primeiro aniversário da reabertura, em Setembro, está prevista uma festa com sardinhas, música e a banda filarmónica da freguesia.)~",
     R"~(<div role="banner"><a href="/" aria-label="Página inicial">Bairro Vivo</a><div role="search"><input type="search" aria-label="Pesquisar"></div></div>
<div role="navigation" aria-label="Secções"><a href="/lisboa">Lisboa</a> <a href="/cultura">Cultura</a> <a href="/desporto">Desporto</a></div>
<div role="main"><div role="article" aria-labelledby="t1"><h1 id="t1">O Mercado de Arroios voltou</h1><div aria-label="Autoria">Texto de Joana Falcão</div>
<div><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p></div>
<div role="complementary" aria-label="Publicidade"><p>Parece que está a usar um bloqueador de anúncios. Desligue-o para o nosso site ou apoie-nos com uma assinatura.</p><div role="button" tabindex="0">Como desligar</div></div>
<div><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div></div>
<div role="region" aria-label="Comentários"><a href="#comentarios">Ler os 41 comentários</a></div>
<div role="complementary" aria-label="Mais lidas"><h2>Mais lidas</h2><div role="list"><div role="listitem"><a href="/m/1">Obras na Avenida Almirante Reis: o que muda</a></div><div role="listitem"><a href="/m/2">Novas regras para o alojamento local em Arroios</a></div></div></div></div>
<div role="alertdialog" aria-modal="true" aria-labelledby="d1"><h2 id="d1">Descarregue a app Bairro Vivo</h2><p>Leia as notícias do seu bairro em qualquer lado, mesmo sem rede.</p><div role="button" tabindex="0">Instalar</div><div role="button" tabindex="0">Agora não</div></div>)~",
     {{"ad", "bloqueador de anúncios|Como desligar"},
      {"comments", "Ler os 41 comentários"},
      {"related", "Obras na Avenida Almirante Reis|Novas regras para o alojamento local"},
      {"promo", "Descarregue a app Bairro Vivo|Agora não"},
      {nullptr, nullptr}}},

    // 20 schema.org microdata, NL.
    {"microdata-nl", "nl", "Pieter Jongeneel",
     R"~(Op Texel hebben schapenhouders en natuurbeheerders na jaren van ruzie een akkoord gesloten over het begrazen van de duinen.
De afspraak is dat vijf boeren hun schapen in de winter laten grazen in delen van het Nationaal Park, in ruil voor een vergoeding per hectare.
Voor de boeren is dat welkom, omdat de prijs van wol al jaren zo laag is dat scheren meer kost dan het oplevert.
Een van hen, Gerrit Witte, heeft daarom een wolcoöperatie opgericht die truien, dekens en sokken laat breien in een atelier in Den Burg.
De coöperatie verkoopt via een webwinkel en heeft een lidmaatschap voor vaste klanten, die elk najaar als eersten kunnen bestellen uit de nieuwe collectie.
Natuurbeheerders zeggen dat de schapen het duin open houden, zodat zeldzame planten als de parnassia en het duinviooltje meer kans krijgen.
Niet iedereen is enthousiast. Sommige wandelaars klagen over hekken die paden afsluiten, en een paar vakantiehuisverhuurders vrezen voor stank.
Het akkoord loopt vijf jaar. Daarna wordt gekeken of de duinen er werkelijk beter van zijn geworden.)~",
     R"~(<div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2024-01-23"><h1 itemprop="headline">Schapen en natuur sluiten vrede op Texel</h1>
<div itemprop="author" itemscope itemtype="https://schema.org/Person">Door <span itemprop="name">Pieter Jongeneel</span></div>
<div itemprop="articleBody"><p>{0}</p><p>{1}</p><p>{2}</p>
<div class="plus-label" itemprop="isAccessibleForFree" content="false">Plus-artikel · alleen voor abonnees</div>
<p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></div>
<div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="Waddenbode"></div></div>
<div class="teller"><p>Je hebt nog 1 gratis artikel deze maand. <a href="/abonneren">Neem een abonnement</a> en lees onbeperkt verder.</p></div>
<div class="podcast"><p>Nieuw: De Waddenpodcast. Elke week een gesprek met eilanders over werk, weer en toerisme.</p><a href="https://podcasts.apple.com/nl/podcast/x">Luister in Apple Podcasts</a></div>
<div class="auteur"><p>Pieter Jongeneel is verslaggever voor de Waddeneilanden en schreef eerder voor het Noordhollands Dagblad. Hij woont op Vlieland.</p></div>)~",
     {{"paywall", "Plus-artikel · alleen voor abonnees"},
      {"paywall", "Je hebt nog 1 gratis artikel deze maand|Neem een abonnement"},
      {"promo", "De Waddenpodcast|Luister in Apple Podcasts"},
      {"author-bio", "is verslaggever voor de Waddeneilanden|Hij woont op Vlieland"},
      {nullptr, nullptr}}},

    // 21 <div> soup with inline styles and a fixed bottom bar, EN.
    {"inline-style-soup-en", "en", "Declan Furlong",
     R"~(The ferry to Inishbofin was cancelled eleven times in January, and the island's only shop ran out of milk twice before the weather broke.
For the 170 people who live there year-round, the winter timetable has always been fragile, but this year the operator's older boat failed its inspection in December.
Islanders took matters into their own hands. A group of fishermen agreed to run a small passenger service on the calmer days, charging the same fare as the ferry.
The county council has since promised a replacement vessel by next winter, paid for partly by a national fund for offshore islands.
Bríd Lavelle, who runs the island's guesthouse, said the cancellations had cost her bookings for a wedding party and two walking groups.
Her daughter has started a small podcast about island life that now has listeners in Boston and Sydney, many of them the grandchildren of people who left in the 1950s.
The island's community co-operative, which most households have joined, is also asking for a second mooring so that the new boat can shelter in bad weather.
For now, the shop has put in a larger fridge, and the school has agreed that children can stay on the mainland with relatives on the worst days.)~",
     R"~(<div style="max-width:720px;margin:0 auto;font-family:Georgia,serif"><div style="font-size:12px;color:#888;border-bottom:1px solid #ddd;padding:6px 0"><a href="/">West Coast Times</a> &rsaquo; <a href="/islands">Islands</a></div>
<div style="font-size:34px;font-weight:bold;margin:18px 0 6px">An island winter without a ferry</div><div style="font-size:14px;color:#555">By Declan Furlong &middot; 5 February 2024</div>
<div style="font-size:18px;line-height:1.6"><div style="margin:1em 0">{0}</div><div style="margin:1em 0">{1}</div><div style="margin:1em 0">{2}</div><div style="margin:1em 0">{3}</div>
<div style="border:2px solid #0a5;padding:12px;margin:1.5em 0;font-family:sans-serif"><div style="font-weight:bold">Don't miss a tide</div><div>Island news, ferry changes and weather warnings in one short email every Sunday.</div><div style="margin-top:8px"><input type="text" placeholder="you@example.ie" style="width:60%"> <span style="background:#0a5;color:#fff;padding:6px 12px;cursor:pointer" onclick="subscribe()">Join free</span></div></div>
<div style="margin:1em 0">{4}</div><div style="margin:1em 0">{5}</div><div style="margin:1em 0">{6}</div><div style="margin:1em 0">{7}</div></div>
<div style="font-size:15px;color:#444;border-top:1px solid #ddd;padding-top:10px">Declan Furlong is the paper's western correspondent. He grew up in Clifden and has reported from the islands for fifteen years.</div>
<div style="margin:24px 0;font-family:sans-serif"><div style="font-weight:bold;text-transform:uppercase">You might also like</div><div><a href="/s/1">Aran Islands school gets its first new teacher in a decade</a></div><div><a href="/s/2">Storm Isha: a night on Achill</a></div><div><a href="/s/3">The last currach maker of Connemara</a></div></div></div>
<div style="position:fixed;bottom:0;left:0;right:0;background:#111;color:#fff;padding:12px;font-family:sans-serif;z-index:9999">Get breaking news alerts on your phone with the West Coast Times app. <a href="https://apps.apple.com/ie/app/x" style="color:#6cf">Download</a> <span style="text-decoration:underline;cursor:pointer" onclick="dismiss()">Remind me later</span></div>)~",
     {{"newsletter", "Don't miss a tide|one short email every Sunday|Join free"},
      {"author-bio", "is the paper's western correspondent|grew up in Clifden"},
      {"related", "You might also like|Storm Isha: a night on Achill"},
      {"promo", "breaking news alerts on your phone|Remind me later"},
      {nullptr, nullptr}}},

    // 22 prompts injected at the end of <body> as a fixed overlay, DE.
    {"end-overlay-de", "de", "Miriam Lohse",
     R"~(In Leipzig hat ein Verein ehemaliger Straßenbahnfahrer einen Triebwagen aus dem Jahr 1929 restauriert, der nun an Sonntagen wieder durch die Südvorstadt fährt.
Die Arbeiten dauerten sieben Jahre. Viele Ersatzteile gab es nicht mehr, sodass die Mitglieder Bremsklötze, Griffe und Lampen nach alten Zeichnungen nachbauen ließen.
Der Verein hat 240 Mitglieder, von denen etwa dreißig regelmäßig in der Werkstatt im Depot Möckern mitarbeiten. Die Jüngste ist neunzehn und studiert Maschinenbau.
Bezahlt wurde die Restaurierung vor allem mit Spenden: Bei einer Aktion im Jahr 2019 konnten Leipzigerinnen und Leipziger symbolisch einzelne Nieten des Wagens kaufen.
Die Leipziger Verkehrsbetriebe stellen das Gleis und den Strom, verlangen aber, dass auf jeder Fahrt ein Fahrer mit aktueller Lizenz am Steuer sitzt.
Für die Fahrten am Sonntag braucht man keine Fahrkarte. Der Verein bittet um eine Spende in eine Blechbüchse, die schon in den dreißiger Jahren im Wagen hing.
Wer öfter mitfahren will, kann Fördermitglied werden; dafür gibt es einen Ausweis, der wie eine alte Monatskarte aussieht.
Im Frühjahr soll ein zweiter Wagen folgen, ein Beiwagen aus den fünfziger Jahren, der derzeit noch in einer Scheune bei Borna steht.)~",
     R"~(<div id="root"><header><a href="/">Sachsenkurier</a><nav><a href="/leipzig">Leipzig</a> <a href="/kultur">Kultur</a></nav></header>
<article><h1>Ein Triebwagen von 1929 fährt wieder</h1><p>Von Miriam Lohse · 17. März 2024</p>
<p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p><p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></article>
<section aria-label="Weitere Artikel"><h2>Mehr aus Leipzig</h2><ul><li><a href="/l/1">Neues Radwegenetz für Connewitz vorgestellt</a></li><li><a href="/l/2">Zoo Leipzig: Nachwuchs bei den Okapis</a></li></ul></section></div>
<div class="x-overlay" style="position:fixed;inset:0;background:rgba(0,0,0,.6);z-index:2147483647"><div style="background:#fff;max-width:480px;margin:15vh auto;padding:24px"><h2>Weiterlesen mit SK+</h2><p>Dieser Artikel ist nur mit einem Abonnement vollständig lesbar. Testen Sie SK+ vier Wochen für 1 Euro, danach 8,99 Euro im Monat.</p><a href="/abo/sk-plus">Jetzt 4 Wochen testen</a><p>Bereits registriert? <a href="/login">Einloggen</a></p></div></div>
<div style="position:fixed;bottom:0;left:0;right:0;background:#f4f4f4;padding:10px;z-index:2147483646"><p>Diese Website nutzt Cookies und verarbeitet Daten zu Werbezwecken gemeinsam mit 143 Partnern. <button>Akzeptieren</button> <button>Einstellungen</button></p></div>)~",
     {{"paywall", "Weiterlesen mit SK+|nur mit einem Abonnement vollständig lesbar|Jetzt 4 Wochen testen"},
      {"consent", "Diese Website nutzt Cookies|gemeinsam mit 143 Partnern"},
      {"related", "Mehr aus Leipzig|Neues Radwegenetz für Connewitz"},
      {nullptr, nullptr}}},

    // 23 shadow-less custom elements (web components), FR.
    {"custom-elements-fr", "fr", "Hugo Delattre",
     R"~(Dans la vallée de la Bruche, en Alsace, une scierie fermée depuis vingt ans a rouvert grâce à un groupement de communes qui voulait transformer son propre bois au lieu de le vendre brut à l'étranger.
Le hêtre et le sapin des forêts communales partaient jusqu'ici par camions entiers vers des usines en Allemagne ou en Chine, avant de revenir parfois sous forme de meubles.
La nouvelle scierie emploie neuf personnes et produit des planches, des charpentes et des bardages pour les artisans de la vallée.
Son directeur, Thomas Kieffer, raconte que le plus dur a été de trouver des scieurs : le métier ne s'enseigne presque plus, et deux anciens de l'usine ont repris du service pour former les jeunes.
Les communes ont financé l'outil avec un prêt bancaire et un financement participatif auquel près de huit cents habitants ont contribué, souvent pour quelques dizaines d'euros.
Les contributeurs ont reçu en échange un bon d'achat ou une planche gravée à leur nom, qui orne désormais de nombreuses cuisines de Schirmeck.
Les professionnels de la filière bois restent prudents et rappellent que les prix des sciages ont beaucoup varié ces dernières années.
La scierie espère atteindre l'équilibre dans trois ans et envisage déjà une petite ligne de fabrication de granulés pour le chauffage.)~",
     R"~(<site-header><site-logo><a href="/">Vosges Matin Libre</a></site-logo><site-nav><a href="/alsace">Alsace</a> <a href="/economie">Économie</a></site-nav></site-header>
<news-article><article-headline><h1>La scierie qui fait revivre la vallée</h1></article-headline><article-byline>Par <author-link><a href="/auteur/hugo-delattre">Hugo Delattre</a></author-link>, le 8 avril 2024</article-byline>
<article-body><p>{0}</p><p>{1}</p><p>{2}</p><p>{3}</p>
<newsletter-signup list="eco-hebdo"><p>La lettre Éco de la semaine : chaque lundi, l'essentiel de l'économie régionale.</p><signup-form><input type="email" placeholder="Votre adresse"><button>Recevoir la lettre</button></signup-form></newsletter-signup>
<p>{4}</p><p>{5}</p><p>{6}</p><p>{7}</p></article-body>
<share-bar><share-button network="facebook">Facebook</share-button><share-button network="bluesky">Bluesky</share-button><share-button network="copy">Copier l'adresse</share-button></share-bar>
<comment-counter><a href="#reactions">Réagir (12 réactions)</a></comment-counter></news-article>
<story-list heading="Les plus lus"><h2>Les plus lus</h2><story-card><a href="/s/1">Le Donon sous la neige dès octobre</a></story-card><story-card><a href="/s/2">Fermeture du col de la Schlucht pour travaux</a></story-card></story-list>
<reminder-toast style="position:fixed;bottom:16px;right:16px"><p>Activez les notifications pour ne rien manquer de l'actualité alsacienne.</p><button>Oui</button><button>Me le rappeler plus tard</button></reminder-toast>)~",
     {{"newsletter", "La lettre Éco de la semaine|Recevoir la lettre"},
      {"social", "Copier l'adresse|Bluesky"},
      {"comments", "12 réactions"},
      {"related", "Les plus lus|Le Donon sous la neige"},
      {"promo", "Activez les notifications|Me le rappeler plus tard"},
      {nullptr, nullptr}}},
};

}  // namespace reader::testing
