"""Does a block of text read like a subscription / newsletter / paywall /
sign-up prompt? A table of regexes by language, combined by is_prompt().

This is the *measuring* classifier of the clutter leak rate, independent of
the core's own clutter rules (a gate must not grade itself with the code it
grades). Patterns are phrases, not bare words, where a bare word has ordinary
article meanings (evidence in the comments).
"""
import re

kPromptPatterns = {
    "en": [
        r"\bsubscri(?:be|bed|bing|ption|ptions|ber|bers)\b",
        r"\bnewsletters?\b",
        r"\bsign(?:ing)?[ -]?(?:up|in)\b",
        r"\blog(?:ging)?[ -]?in\b",
        # bare "register" hits "cash register", "registered voters"
        r"\bregister (?:now|today|for free|here|to|for)\b",
        r"\bregistration (?:is )?(?:required|free)\b",
        r"\balready (?:a |an )?(?:subscriber|member|registered)\b",
        r"\bpaywall\b",
        r"\b(?:to )?continue reading\b",
        r"\bkeep reading\b",
        r"\bcreate (?:an|a|your)? ?(?:free )?account\b",
        r"\b(?:unlimited|full|digital|premium) (?:website |digital )?access\b",
        r"\bfree trial\b",
        r"\bunlock (?:this|the|full|all|unlimited)\b",
        r"\b(?:to|in|into) your inbox\b",
        r"\benter your e-?mail\b",
        r"\bbecome a (?:member|subscriber|supporter|patron)\b",
        r"\bjoin (?:now|today|us today|our mailing list|the club)\b",
        r"\bmembers?[ -]only\b",
        r"\b(?:support|fund) (?:our|independent|quality) journalism\b",
        r"\bcancel (?:or pause )?(?:at )?any ?time\b",
        r"\bsubscribe & save\b",
        r"\bmailing list\b",
    ],
    "de": [
        r"\babonn(?:ieren|iert|ement|ements|enten|ent)\b",
        r"\babo(?:s|nnent)?\b",
        r"\banmelden\b", r"\banmeldung\b",
        r"\bregistrier(?:en|ung)\b",
        r"\beinloggen\b", r"\blogin\b",
        r"\bkonto (?:erstellen|anlegen)\b",
        r"\bbereits abonnent\b",
        r"\bweiterlesen mit\b",
        r"\b(?:jetzt|gratis|kostenlos) (?:testen|lesen|weiterlesen|abonnieren)\b",
        r"\bzugang zu allen\b",
        r"\bplus[- ]artikel\b",
    ],
    "fr": [
        r"\bs[’']abonner\b", r"\babonnez[- ]vous\b",
        r"\babonn(?:é|ée|és|ées|ement|ements)\b",
        r"\binscri(?:vez|ption|re)\b", r"\bs[’']inscrire\b",
        r"\bconnectez[- ]vous\b", r"\bse connecter\b",
        r"\bcréer (?:un|votre) compte\b",
        r"\bdéjà abonné\b",
        r"\bréservé aux abonnés\b",
        r"\blettre d[’']information\b",
    ],
    "es": [
        r"\bsuscr[ií]b(?:ete|irse|ase|e)\b", r"\bsuscripci[oó]n(?:es)?\b",
        r"\bsuscriptor(?:es|a|as)?\b",
        r"\breg[ií]strate\b", r"\bregistrarse\b",
        r"\binici(?:a|ar) sesi[oó]n\b",
        r"\bcrea(?:r)? (?:una|tu) cuenta\b",
        r"\bbolet[ií]n\b",
    ],
    "it": [
        r"\biscriviti\b", r"\biscrizione\b",
        r"\babbonat(?:i|o|a)\b", r"\babbonament(?:o|i)\b",
        r"\baccedi\b", r"\bregistrati\b",
        r"\bcrea (?:un|il tuo) account\b",
        r"\bgià abbonato\b",
    ],
    "pt": [
        r"\bassine\b", r"\bassinatura\b", r"\bassinante(?:s)?\b",
        r"\binscreva[- ]se\b", r"\bcadastre[- ]se\b",
        r"\bfaça (?:o )?login\b",
        r"\bcri(?:e|ar) (?:uma )?conta\b",
    ],
    "nl": [
        r"\babonneer\b", r"\babonnement(?:en)?\b", r"\babonnee\b",
        r"\baanmelden\b", r"\binschrijven\b", r"\binloggen\b",
        r"\bregistreer\b", r"\bnieuwsbrief\b",
        r"\bword (?:nu )?lid\b", r"\bal abonnee\b",
    ],
}

_compiled = [re.compile(p, re.I) for ps in kPromptPatterns.values() for p in ps]

kMinBlockChars = 15    # shorter runs are menu items / buttons, not prompts to measure
kMaxBlockChars = 400   # longer runs are prose that merely mentions a keyword


def matching_rule(text):
    """The first pattern the text matches, or None."""
    for rx in _compiled:
        if rx.search(text):
            return rx.pattern
    return None


def is_prompt(text):
    return matching_rule(text) is not None


def is_prompt_block(text):
    """A source block counted by the leak rate: prompt-like and block-sized."""
    return kMinBlockChars <= len(text) <= kMaxBlockChars and is_prompt(text)
