// The articles of the prompt catalogue (catalogue.h): one short news story
// per language, with its author, split where a prompt is placed. Every
// sentence of these must survive the clutter pass on every catalogue page.
// Some sentences talk about subscriptions, newsletters, memberships and
// donations on purpose: article prose that mentions them is not a prompt.
#pragma once
#include <string>

namespace reader::testing {

struct CatalogueArticle {
  const char* lang;
  const char* author;    // the byline's author (as metadata gives it)
  const char* title;     // <h1>
  const char* opening;   // paragraphs before the prompt
  const char* closing;   // paragraphs after the prompt (the article's end)
};

inline const CatalogueArticle kCatalogueArticles[] = {
    {"en", "Jane Doe", "Council votes",
     "<p>The committee met on Tuesday to discuss the proposal in detail, and members from both "
     "parties raised questions about the cost of the programme and its timetable for delivery.</p>"
     "<p>Officials said the first phase would begin next spring, with a review scheduled after "
     "twelve months to decide whether the scheme should be extended to other regions.</p>"
     "<p>Critics argued that the plan lacked detail on funding, while supporters pointed to the "
     "success of similar schemes abroad that had reduced waiting times by a third.</p>",
     "<p>The minister is expected to publish the final version before the summer recess, after a "
     "consultation with councils, unions and the representatives of the affected industries.</p>"
     "<p>Streaming services lost two million subscribers last quarter, and analysts said readers "
     "who subscribe to several newsletters were cancelling paid memberships first.</p>"
     "<p>Opposition leaders said they would table amendments once the bill reaches the committee "
     "stage, and several backbenchers have signalled that they might support them.</p>"},
    {"de", "Maria Müller", "Der Stadtrat entscheidet",
     "<p>Der Ausschuss hat am Dienstag ausführlich über den Vorschlag beraten, und Mitglieder "
     "beider Fraktionen stellten Fragen zu den Kosten des Programms und zum Zeitplan.</p>"
     "<p>Nach Angaben der Verwaltung soll die erste Phase im kommenden Frühjahr beginnen, eine "
     "Überprüfung ist nach zwölf Monaten vorgesehen.</p>"
     "<p>Kritiker bemängelten, dass der Plan zur Finanzierung kaum etwas sage, während Befürworter "
     "auf ähnliche Projekte im Ausland verwiesen, die die Wartezeiten um ein Drittel verkürzt "
     "hätten.</p>",
     "<p>Die Ministerin will die endgültige Fassung noch vor der Sommerpause vorlegen, nachdem "
     "Kommunen, Gewerkschaften und Verbände angehört worden sind.</p>"
     "<p>Der Streamingdienst verlor im letzten Quartal zwei Millionen Abonnenten, und wer mehrere "
     "Newsletter abonniert, kündigt nach einer Umfrage zuerst die bezahlten Mitgliedschaften.</p>"
     "<p>Die Opposition kündigte Änderungsanträge an, sobald der Entwurf im Ausschuss beraten "
     "wird.</p>"},
    {"fr", "Claire Dubois", "Le conseil municipal vote",
     "<p>La commission s'est réunie mardi pour examiner la proposition en détail, et des élus des "
     "deux camps ont posé des questions sur le coût du programme et son calendrier.</p>"
     "<p>Selon les services de la ville, la première phase commencera au printemps prochain, avec "
     "un bilan prévu au bout de douze mois.</p>"
     "<p>Les opposants estiment que le plan manque de précisions sur son financement, tandis que "
     "ses partisans citent des projets semblables à l'étranger qui ont réduit les délais "
     "d'attente d'un tiers.</p>",
     "<p>La ministre doit présenter la version définitive avant l'été, après une consultation des "
     "communes, des syndicats et des associations concernées.</p>"
     "<p>La plateforme de streaming a perdu deux millions d'abonnés au dernier trimestre, et les "
     "lecteurs inscrits à plusieurs newsletters résilient d'abord leurs adhésions payantes.</p>"
     "<p>L'opposition a annoncé des amendements dès que le texte arrivera en commission.</p>"},
    {"es", "Lucía Fernández", "El ayuntamiento vota",
     "<p>La comisión se reunió el martes para estudiar la propuesta en detalle, y concejales de "
     "ambos grupos preguntaron por el coste del programa y su calendario.</p>"
     "<p>Según el ayuntamiento, la primera fase empezará la próxima primavera, con una revisión "
     "prevista a los doce meses.</p>"
     "<p>Los críticos señalan que el plan apenas detalla su financiación, mientras que sus "
     "defensores citan proyectos parecidos en otros países que redujeron las listas de espera en "
     "un tercio.</p>",
     "<p>La ministra presentará la versión definitiva antes del verano, tras consultar a los "
     "municipios, los sindicatos y las asociaciones afectadas.</p>"
     "<p>La plataforma de streaming perdió dos millones de suscriptores en el último trimestre, y "
     "quienes reciben varios boletines cancelan primero sus membresías de pago.</p>"
     "<p>La oposición anunció enmiendas en cuanto el proyecto llegue a la comisión.</p>"},
    {"it", "Giulia Romano", "Il consiglio comunale vota",
     "<p>La commissione si è riunita martedì per esaminare la proposta nel dettaglio, e consiglieri "
     "di entrambi gli schieramenti hanno chiesto chiarimenti sui costi e sui tempi del "
     "programma.</p>"
     "<p>Secondo il comune, la prima fase partirà la prossima primavera, con una verifica prevista "
     "dopo dodici mesi.</p>"
     "<p>I critici sostengono che il piano dica poco sul finanziamento, mentre i sostenitori citano "
     "progetti simili all'estero che hanno ridotto i tempi di attesa di un terzo.</p>",
     "<p>La ministra presenterà la versione definitiva prima dell'estate, dopo aver consultato "
     "comuni, sindacati e associazioni di categoria.</p>"
     "<p>La piattaforma di streaming ha perso due milioni di abbonati nell'ultimo trimestre, e chi "
     "è iscritto a più newsletter disdice per prime le iscrizioni a pagamento.</p>"
     "<p>L'opposizione ha annunciato emendamenti non appena il testo arriverà in commissione.</p>"},
    {"pt", "Ana Ribeiro", "A câmara municipal vota",
     "<p>A comissão reuniu-se na terça-feira para analisar a proposta em pormenor, e vereadores dos "
     "dois partidos questionaram o custo do programa e o seu calendário.</p>"
     "<p>Segundo a câmara, a primeira fase começa na próxima primavera, com uma avaliação prevista "
     "ao fim de doze meses.</p>"
     "<p>Os críticos dizem que o plano pouco explica sobre o financiamento, enquanto os apoiantes "
     "apontam projetos semelhantes no estrangeiro que reduziram as listas de espera em um "
     "terço.</p>",
     "<p>A ministra deve apresentar a versão final antes do verão, depois de ouvir os municípios, "
     "os sindicatos e as associações do setor.</p>"
     "<p>A plataforma de streaming perdeu dois milhões de assinantes no último trimestre, e quem "
     "assina várias newsletters cancela primeiro as assinaturas pagas.</p>"
     "<p>A oposição anunciou alterações assim que o projeto chegar à comissão.</p>"},
    {"nl", "Sanne de Vries", "De gemeenteraad stemt",
     "<p>De commissie heeft dinsdag uitgebreid over het voorstel vergaderd, en raadsleden van beide "
     "partijen stelden vragen over de kosten en de planning van het programma.</p>"
     "<p>Volgens de gemeente begint de eerste fase komend voorjaar, met een evaluatie na twaalf "
     "maanden.</p>"
     "<p>Critici vinden dat het plan weinig zegt over de financiering, terwijl voorstanders wijzen "
     "op vergelijkbare projecten in het buitenland die de wachttijden met een derde hebben "
     "verkort.</p>",
     "<p>De minister wil de definitieve versie voor de zomer presenteren, na overleg met gemeenten, "
     "vakbonden en brancheorganisaties.</p>"
     "<p>De streamingdienst verloor vorig kwartaal twee miljoen abonnees, en wie op meerdere "
     "nieuwsbrieven is geabonneerd, zegt volgens een enquête eerst betaalde lidmaatschappen "
     "op.</p>"
     "<p>De oppositie kondigde amendementen aan zodra het wetsvoorstel in de commissie komt.</p>"},
};

inline const CatalogueArticle& catalogue_article(const std::string& lang) {
  for (const CatalogueArticle& a : kCatalogueArticles) {
    if (lang == a.lang) return a;
  }
  return kCatalogueArticles[0];
}

}  // namespace reader::testing
