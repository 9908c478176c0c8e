"""``conduct``: Pornografische, racistische, discriminerende, beledigende, (seksueel) intimiderende of
haatdragende inhoud (§3.2).

Terms (``data/conduct_terms.txt``, Dutch and Flemish first, French, English; partly from the LDNOOBW lists,
CC BY 4.0) are matched on accent-folded lower-case text. What counts is who the words are aimed at:

- **aimed** (HIGH): a phrase that addresses someone by itself ("ik maak je dood", "rot op", "sale arabe"),
  or a term the writer aims at a person or a group: "je bent een ...", "jij ...", "ge zijt een ...",
  "vuile ...", "hij is een ...", "Jonas is een ...", "... dat je bent", "t'es un ...", "espèce de ...",
  "you ...", "... !"; or a group generalisation that incites hate ("alle moslims moeten weg", "X zijn ratten").
- **used** (MEDIUM): a slur (racist or discriminating word) used without a target, outside any report or lesson.
- **quoted or reported** (nothing): the words stand in quotation marks, on a ``>`` line, after a forward or
  reply marker or in an attached message, or next to a reporting verb in the same sentence ("hij noemde
  haar ...", "schreef", "riep", "traité de", "called"). A teacher who forwards a bullying incident to the
  care team, or a history teacher who quotes propaganda, is not the bully.
- In a mail about an incident or a lesson (pesten, melding, zorgteam, CLB, tucht, geschiedenis, holocaust,
  literatuur ...), only words the writer aims at the reader in the second person count.

A link to a pornographic site counts as ``sexual`` (MEDIUM).

A **learned second opinion** (``data/conduct_model.json``, built by ``bench/train_conduct_model.py``: the text
classifier of :mod:`discretie.rules.textmodel`) reads the writer's own text of a mail in which the word lists and
forms found nothing. It fires (category ``model``, MEDIUM) when its probability reaches ``model_threshold``, the
mail is not a report or a lesson, and the text is aimed: it addresses the reader, speaks of a person or names a
group. Its evidence is the probability and the target, never a word of the mail.

Default: ``mode: audit`` (recorded, forwarded; the incident report goes to the DPO and to ``report_to``);
``mode: enforce`` holds. Evidence names the category, how it is aimed and the term masked to its first
letter (``m****``): never the word itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING, Literal

from pydantic import Field, PrivateAttr, field_validator

from discretie.config import Mode, RuleConfig
from discretie.model import Action, Finding, Message, Severity
from discretie.rules import links
from discretie.rules.base import Rule
from discretie.rules.textmodel import Model, load_model

if TYPE_CHECKING:
    from discretie.policy import Policy

Category = Literal["slur", "insult", "sexual", "threat"]
CATEGORIES: tuple[Category, ...] = ("slur", "insult", "sexual", "threat")
MAX_CHARS = 500_000  # characters read per text part
EVIDENCE_ITEMS = 5

LABELS = {
    "slur": "racistisch of discriminerend scheldwoord",
    "insult": "belediging",
    "sexual": "seksueel intimiderende of pornografische inhoud",
    "threat": "bedreiging of aanzetten tot geweld",
    "hate": "aanzetten tot haat tegen een groep",
    "model": "vermoedelijk ongepaste inhoud (geleerd model)",
}
REASONS = {
    "slur": "Het bericht bevat een racistisch of discriminerend scheldwoord (§3.2).",
    "insult": "Het bericht beledigt iemand (§3.2).",
    "sexual": "Het bericht heeft een seksueel intimiderende of pornografische inhoud (§3.2).",
    "threat": "Het bericht bedreigt iemand of zet aan tot geweld (§3.2).",
    "hate": "Het bericht zet aan tot haat tegen een groep mensen (§3.2).",
    "model": "Het bericht lijkt iemand of een groep te beledigen, te kleineren of te intimideren (§3.2).",
}
MODEL_DATA = "conduct_model.json"

_QUOTE_OPEN = "“„«‘‹"
_QUOTE_CLOSE = "”»’›"
_SENTENCE_END = re.compile(r"[.!?;\n]")
_FORWARD = re.compile(
    r"(?im)^(?:-{2,}\s*(?:doorgestuurd bericht|forwarded message|original message|oorspronkelijk bericht|"
    r"message transf[ée]r[ée]|message d'origine)|"
    r"(?:van|from|de)\s*:.*\n(?:(?:verzonden|sent|envoy[ée]|datum|date)\s*:)|"
    r"op .{5,80} (?:schreef|heeft .{0,40} geschreven)|on .{5,80} wrote|le .{5,80} a [ée]crit)"
)
_REPORT = re.compile(
    r"\b(?:noem(?:de|den|t|en)?|genoemd|riep(?:en)?|roep(?:t|en)|geroepen|schreef|schreven|schrijft|geschreven|"
    r"zei(?:den)?|zegt|gezegd|uitgescholden|scheld\w*|schold\w*|beledig\w*|stuurde|stuurden|gestuurd|typte|"
    r"getypt|postte|gepost|appte|geapt|sms'?te|verklaarde|vertelde|beweerde|citeer\w*|citaat|citaten|uitspraak|"
    r"opmerking\w*|berichtje\w*|uitlating\w*|krabbelde|tekende|woorden|scheldwoord\w*|"
    r"a dit|ont dit|a ecrit|a traite|traite de|traitee de|insulte\w*|disait|propos|"
    r"called|calls|calling|wrote|writes|said|says|texted|posted|shouted|yelled|messaged|the word)\b"
)
_REPORTED_AFTER = re.compile(r"['\"]?\s*[,:]\s*(?:\w+\s+){0,2}?" + _REPORT.pattern)
# A mail that reports an incident or teaches about hate. Only words that say so by themselves: not "les",
# "klacht", "sanctie" or "verslag", which every school mail may carry (and "les" is a French article). Read in
# the writer's own text and the subject, not in a quoted message it answers.
_CONTEXT = re.compile(
    r"\b(?:pest\w*|gepest|cyberpest\w*|incident\w*|melding\w*|zorgteam\w*|zorgco\w*|leerlingbegeleid\w*|"
    r"leerlingenbegeleid\w*|clb|vertrouwenspersoon|tucht\w*|getuig\w*|discriminatie|racisme|"
    r"racistisch\w*|seksisme|homofobie|grensoverschrijd\w*|haatspraak|harcelement|harcele\w*|"
    r"bullying|bullied|safeguarding|lesvoorbereiding|lesfiche|lesplan|lessenreeks|werkblad\w*|geschiedenis\w*|"
    r"holocaust|shoah|nazi\w*|propaganda|jodenvervolging|wereldoorlog|apartheid|slavernij|kolonial\w*|"
    r"literatuur\w*|gedicht\w*|roman|novelle|bronnenanalyse|leerstof|histoire|litterature|colonisation|"
    r"history|literature|lesson\s+plans?|lessons?\s+(?:on|about)|les(?:sen)?\s+over)\b"
)
# The writer says the reader (or someone) IS it: "je bent (echt) een ...", "ge zijt ne ...", "wat ben jij een ...",
# "t'es un ...", "espèce de ...", "you are a ..."; or "... dat je bent", "... que tu es", "... that you are" after it.
_AIM_PREDICATE = re.compile(
    r"(?:\b(?:je|jij|gij|ge|u|jullie|gullie)\s+(?:bent|zijt|zijn|zij|blijft|blijven)\s+(?:\w+\s+){0,3}"
    r"|\bwat\s+(?:ben|zijt)\s+(?:jij|je|gij|ge)\s+(?:\w+\s+){0,2}"
    r"|\b(?:ben|bent|zijt|zijn|blijf|blijft)\s+(?:je|jij|gij|ge|u|jullie)\s+(?:\w+\s+){0,3}"
    r"|\b(?:t'?\s?es|tu\s+es|vous\s+etes|t'?\s?etais)\s+(?:\w+\s+){0,3}"
    r"|\b(?:espece|bande)\s+d[e']\s*(?:\w+\s+)?"
    r"|\b(?:you'?re|you\s+are|u\s+r)\s+(?:\w+\s+){0,3})$"
)
_AIM_PREDICATE_AFTER = re.compile(
    r",?\s*(?:(?:dat|die)\s+(?:je|ge|gij)\s+(?:bent|zijt)|que\s+tu\s+es|that\s+you\s+are)\b"
)
# The writer calls someone it: "jij ...", "vuile ...", "sale ...", "you (fucking) ...", "...!".
_AIM_ADDRESS = re.compile(
    r"(?:\b(?:jij|gij)\s+(?:\w+\s+)?"
    r"|\b(?:vuile|vuil|vuilen|smerige|vieze|stomme|stommen|domme|achterlijke|kanker|kut|tering|tyfus|klote)\s+"
    r"|\b(?:sale|gros|grosse)\s+"
    r"|\byou\s+(?:(?:dirty|fucking|stupid|little|fat)\s+)?|\b(?:dirty|fucking|stupid)\s+)$"
)
_EXCLAIMED = re.compile(r"\s*!")
# Someone else IS it: "hij is een ...", "uw zoon is een ...", "Jonas is een ...", "die ouders zijn ..." (not "dit
# is een ...", "er zijn ...").
_AIM_THIRD = re.compile(
    r"\b(?!(?:dit|dat|het|er|wat|deze|hier|daar|alles|niets|iets|this|that|it|ce|c|ca|cela|there)\b)\w+\s+"
    r"(?:(?:is|was|es|est)\s+(?:echt\s+|gewoon\s+|toch\s+|zo'?n\s+)?(?:een|nen|ne|un|une|a|an)"
    r"|(?:zijn|waren|sont|are)(?:\s+(?:allemaal|echte|toch|des))*)\s+(?:\w+\s+){0,3}$"
)
# Someone pointed at: "die kleine ... van 3B", "that little ...", "ces ... de 4D" (a term that is only an insult;
# a word that is also an ordinary one needs an insulting adjective: "dat dik ...").
_AIM_POINTED = re.compile(
    r"\b(?:die|dat|deze|zo'?n|zulke|that|those|these|ce|cet|cette|ces|onze|ons)\s+(?:\w+\s+){0,2}$"
)
_INSULTING_ADJECTIVE = re.compile(
    r"\b(?:dik|dikke|vet|vette|vuil|vuile|vies|vieze|smerig|smerige|lelijk|lelijke|stom|stomme|dom|domme|"
    r"achterlijk|achterlijke|gestoord|gestoorde|vals|valse|zielig|zielige|fat|ugly|dirty|stupid|gros|grosse|sale)"
    r"\s+(?:\w+\s+)?$"
)
# Compared with it: "gedraagt zich als een ...", "like a ...", "comme un ..."
_AIM_LIKE = re.compile(r"\b(?:als|zoals|like|comme)\s+(?:een|ne|nen|a|an|un|une|des|de)\s+(?:\w+\s+)?$")
# Called it in passing: ", (klein) ...!" or ", ..., dan" (a vocative between commas or at the end).
_VOCATIVE_BEFORE = re.compile(r",\s*(?:\w+\s+)?$")
_VOCATIVE_AFTER = re.compile(r"\s*[.!?,]")
# "... zijn het (allemaal)", "... is het", "ce sont des ...", "... they are": the term said of people after it.
_AIM_THIRD_AFTER = re.compile(r"\s+(?:zijn|is|waren)\s+(?:het|ze|die)\b")
# After a term said of someone: the end of the phrase, not a noun it qualifies ("een idioot voorstel").
# the blanks possessive: a second run of them inside made a long run quadratic (20,000 blanks: 8 s)
_PHRASE_END = re.compile(r"\s*+(?:[.,!?;:)\"']|$|\b(?:en|of|maar|hoor|zeg|die|dat|et|and)\b)")
_GROUPS = (
    r"(?:moslims|joden|marokkanen|turken|zwarten|negers|homo'?s|homofielen|lesbiennes|transgenders|vluchtelingen|"
    r"buitenlanders|allochtonen|asielzoeker\w*|vluchtelingen\w*|marokkaantjes|turkjes|buitenlandertjes|allochtoontjes|"
    r"zigeuners|roma|arabieren|afrikanen|chinezen|polen|poolse|roemenen|roemeense|bulgaren|vrouwen|transgenders|"
    r"gehandicapten|musulmans|juifs|arabes|noirs|homos|etrangers|migrants|roms|gitans|muslims|jews|blacks|gays|"
    r"immigrants|refugees|gypsies|gipsies|women)"
)
# One of a group, for a stereotype ("typisch jood") or a joke ("wat zegt een Marokkaan ...?").
_GROUP_ONE = (
    r"(?:moslim|jood|marokkaan|turk|zwarte|neger|homo|lesbienne|vluchteling|buitenlander|allochtoon|asielzoeker|"
    r"zigeuner|arabier|afrikaan|chinees|pool|roemeen|bulgaar|vrouw|juif|arabe|noir|musulman|gitan|roumain|"
    r"muslim|jew|gypsy|immigrant|woman|blondje|" + _GROUPS[3:-1] + r")"
)
# Told to go back where they came from: "terug naar hun land", "op de boot terug", "retourne dans ton pays".
_GO_BACK = re.compile(
    r"\bterug\s*(?:\w+\s+){0,2}?(?:naar|in|op)\s+(?:hun|je|jouw|uw|zijn|haar|jullie|de|het)?\s*(?:eigen\s+)?"
    r"(?:land|landen|boot|boom|bomen|jungle|woestijn|bergen|kamp|dorp)\b"
    r"|\b(?:op|met)\s+de\s+(?:eerste\s+)?boot\s+terug\b"
    r"|\bterug\s*(?:\w+\s+){0,3}?naar\s+waar\s+(?:ze|zij|hij|je|jij|ge|jullie|u)\s+vandaan\s+(?:komen|komt|kwamen)\b"
    r"|\b(?:retourne|retournez|rentre|rentrez|renvoyer|renvoyez)\w*\s+(?:\w+\s+){0,2}?(?:dans|en|chez)\s+"
    r"(?:ton|votre|leur|leurs|eux|toi|vous|son)\s*(?:pays|bled|brousse)?\b(?<!chez\s)"
    r"|\b(?:go|send\s+(?:them|him|her))\s+back\s+(?:to\s+(?:your|their|his|her)\s+(?:own\s+)?(?:country|jungle)|"
    r"where\s+(?:you|they|he|she)\s+came?\s+from)"
)
# A stereotype pinned on one of a group or on "your kind": "typisch jood", "typical gypsy", "uw soort volk".
_STEREOTYPE = re.compile(
    r"\b(?:typisch|typical|typique|echt\s+iets\s+voor)\s+(?:voor\s+)?(?:een\s+|ne\s+|nen\s+|a\s+|an\s+|d'un\s+|de\s+)?"
    + _GROUP_ONE
    + r"\b|\b(?:uw|jouw|jullie|hun|zijn|haar|your|their)\s+soort\s+(?:volk|mensen|mens|lui|types)\b"
    r"|\b(?:your|their)\s+(?:kind|lot)\b(?!\s+(?:of|regards|words))|\bton\s+espece\b|\bvotre\s+race\b"
    r"|\bcomme\s+tous\s+ceux\s+de\s+(?:son|sa|leur|ton)\b"
)
# A group painted with a crime or a smell: "die ... komen hier alleen om te stelen", "they stink, they steal".
_GROUP_SMEAR = re.compile(
    r"\b" + _GROUPS + r"\b[^.!?\n]{0,120}?(?:[.!?]\s*\w+[^.!?\n]{0,60}?)?\b(?:stinken|stelen|zuipen|profiteren|"
    r"brengen\s+(?:hier\s+)?(?:alleen\s+(?:maar\s+)?)?(?:luizen|ziektes|criminaliteit|diefstal)|stink|steal|"
    r"puent|volent|komen\s+hier\s+(?:alleen\s+)?(?:om|voor)\s+(?:te\s+)?(?:profiteren|stelen|ons\s+geld|uitkering\w*))\b"
)
# A degrading adjective on a person or people: "achterlijk kind", "dom volk", "vals wijf", "verwend nest".
_DEGRADING = re.compile(
    r"\b(?:achterlijke?|dom(?:me)?|gestoorde?|debiele?|zwakzinnige?|mongoolse?|valse?|vuile?|smerige?|vie(?:s|ze)|"
    r"verwende?|stom(?:me)?|leugenachtige?|luie?)\s+(?:\w+\s+)?(?:kind|kinderen|jong|gast|ventje|mannetje|manneke|"
    r"meid|griet|wijf|wicht|nest|kreng|volk|volkje|ras|gebroed|vent|kerel|bende|mens|mensen)\b"
)
# A mail that tells a joke: a laugh or the word for it. A question about one of a group is then the joke.
_JOKE = re.compile(
    r"(?:\U0001F602|\U0001F923|\U0001F606|\bhaha\w*|\bhihi\w*|\blol\b|\bmop\w*|\bgrap\w*|\bblague\w*|\bjoke\w*|\bmdr\b)"
)
_GROUP_IN_QUESTION = re.compile(r"\b" + _GROUP_ONE + r"\b")
# The writer forwards something and stands behind it: a laugh, "zo waar", "stuur door" (then the forwarded
# text is the writer's own).
_ENDORSED = re.compile(
    r"(?:\U0001F602|\U0001F923|\bhaha\w*|\blol\b|\bzo\s+waar\b|\bzo\s+is\s+het\b|\beerlijk\s+is\s+eerlijk\b|"
    r"\b(?:stuur|doe|zend)\s+(?:\w+\s+)?door\b|\bmoet\s+(?:ge|je|jij|gij)\s+(?:eens\s+)?lezen\b|\bso\s+true\b|"
    r"\btellement\s+vrai\b|\bmopje\w*)"
)
# Sexual pressure: secrecy asked ("dit blijft tussen ons", "niemand moet het weten") together with a private
# meeting, a photo or a remark on looks, aimed at the reader.
_SECRECY = re.compile(
    r"\b(?:(?:blijft|blijven)\s+(?:wel\s+)?(?:tussen|onder)\s+ons|ons\s+geheim\w*|niemand\s+(?:moet|hoeft|mag)\s+"
    r"(?:het|dit|dat|daar|er)\s+(?:iets\s+)?(?:van\s+)?(?:te\s+)?weten|(?:hoeft|moet|mag)\s+(?:daar|dit|dat|het|er)\s+"
    r"niets\s+van\s+(?:te\s+)?weten|nobody\s+(?:needs|has)\s+to\s+know|(?:our|a)\s+little\s+secret|"
    r"between\s+(?:you\s+and\s+me|us)|entre\s+nous|notre\s+secret|personne\s+ne\s+doit\s+(?:le\s+)?savoir)"
)
_INTIMATE = re.compile(
    r"\b(?:wij|ons|jij\s+en\s+ik)\s+(?:tweetjes|twee)\b|\bbij\s+mij\s+thuis\b|\bafspreken\s+buiten\b|"
    r"\bfoto\s+van\s+(?:je|jou|jezelf)\b|\b(?:er|eruit)\s+(?:\w+\s+){0,3}uit(?:zag|ziet|zien)\b|"
    r"\b(?:zag|ziet|zaagt)\s+(?:je|jij|ge|u)\s+er\b|\bsexy\b|\bjust\s+the\s+two\s+of\s+us\b|\bat\s+my\s+place\b|"
    r"\b(?:pic|picture|photo)\s+of\s+you\b|\byou\s+look(?:ed)?\s+(?:so\s+)?(?:hot|sexy|beautiful)\b|"
    r"\bnous\s+deux\b|\bchez\s+moi\b|\bphoto\s+de\s+toi\b"
)
# A photo asked for without the clothes: "stuur me een foto ... of zonder", "send me a pic ... without it".
_UNDRESSED = re.compile(
    r"\b(?:stuur|send|envoie)\w*\s+(?:\w+\s+){0,6}?(?:foto|fotootje|pic|picture|photo|selfie)\w*\b[^.!?\n]{0,80}?"
    r"\b(?:zonder|without|sans)\b"
)
# A threat with a condition: "als ..., dan ga je (op de parking) eens iets meemaken", "or you'll regret it".
_THREAT_IF = re.compile(
    r"\b(?:dan|anders|of)\s+(?:ga|gaat|zal|zult)\s+(?:je|jij|ge|gij|u|jullie)\s+(?:\w+\s+){0,5}?(?:iets|wat)\s+"
    r"(?:meemaken|beleven)\b|\b(?:or|and)\s+you(?:'ll|\s+will)\s+(?:\w+\s+)?regret\s+it\b"
    r"|\bsinon\s+tu\s+vas\s+(?:le\s+)?regretter\b"
)
# A remark on someone's clothes or body with the writer's gaze or desire, in one sentence: "met die broek mag je
# komen bukken", "jij in die leggings, daar kan ik naar kijken", "... om in te bijten".
_BODY = (
    r"(?:broek|broekje|rok|rokje|rokken|kleedje|jurk|jurkje|blouse|truitje|topje|decollete|bikini|badpak|leggings?|"
    r"sportleggings?|benen|billen|kont|kontje|borsten|tetten|tieten|legs|dress|skirt|bum|butt|boobs|jupe|seins|fesses)"
)
_DESIRE = (
    r"(?:(?:kan|kon|zou)\s+ik\s+(?:\w+\s+){0,4}?naar\s+kijken|kijk\s+(?:\w+\s+)?graag\s+mee|komen\s+bukken|"
    r"(?:niet|nauwelijks)\s+(?:meer\s+)?(?:\w+\s+){0,3}?concentreren|ogen\s+niet\s+van|om\s+in\s+te\s+bijten|"
    r"stop\s+(?:staring|looking)|staring\s+at|look\s+at\s+all\s+day)"
)
_BODY_REMARK = re.compile(
    r"\b" + _BODY + r"\b[^.!?\n]{0,80}?" + _DESIRE + r"|" + _DESIRE + r"[^.!?\n]{0,60}?\b" + _BODY + r"\b"
)
# A third-person subject that is a person: "hij is een ...", "uw zoon is een ...".
_PERSON_SUBJECT = re.compile(
    r"\b(?:hij|zij|ze|zoon|dochter|kind|leerling|moeder|vader|man|vrouw|collega|he|she|son|daughter|il|elle|fils|"
    r"fille)\s+(?:is|was|est)\b|\b(?:ze|zij|ouders|kinderen|leerlingen|collega'?s|ils|elles|they)\s+(?:zijn|waren|sont|are)\b"
)
_HATE = re.compile(
    r"\b(?:alle|die|de|les|tous\s+les|all|those|the)?\s*" + _GROUPS + r"\s+"
    r"(?:moeten|mogen|horen|zijn|doivent|sont|should|must|are)\s+(?:\w+\s+){0,3}"
    r"(?:weg|dood|terug|uit|buiten|vergast|uitgeroeid|opgesloten|afgemaakt|ratten|beesten|apen|parasieten|kakkerlakken|"
    r"ongedierte|uitschot|tuig|minderwaardig|mourir|crever|degager|rats|animaux|singes|parasites|cafards|die|"
    r"be\s+killed|be\s+gassed|go\s+back|animals|apes|vermin|parasites|cockroaches|subhuman)\b"
    r"|\b" + _GROUPS + r"\s+(?:zijn|sont|are)\s+(?:allemaal|toutes|tous|all)\s+(?:\w+\s+)?"
    r"(?:dieven|criminelen|profiteurs|uitvreters|luiaards|lui|dom|dommer|achterlijk|terroristen|verkrachters|"
    r"dealers|voleurs|criminels|terroristes|profiteurs|thieves|criminals|terrorists|lazy|stupid|rapists|pedo'?s|"
    r"pedofielen|beesten|dieren|apen)\b"
    # a group told where it belongs or does not: "... horen in de keuken", "... horen niet in een gewone klas"
    r"|\b" + _GROUPS + r"\s+(?:horen|hoort|belong|belongs|n'ont\s+rien\s+a\s+faire)\s+(?:niet\s+|not\s+)?(?:thuis\s+)?"
    r"(?:in|op|bij|aan|achter|dans)\b"
)
_GROUP_WORD = re.compile(r"\b" + _GROUPS + r"\b")
PORN_HOSTS = ("pornhub.com", "xvideos.com", "xnxx.com", "xhamster.com", "youporn.com", "redtube.com", "onlyfans.com")


def _fold_char(char: str) -> str:
    if char in "’‘`´":
        return "'"
    base = unicodedata.normalize("NFKD", char)[:1]
    return base if base.isascii() and base.isalpha() else char


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower case, accents off, curly quotes straight; one character for one (positions stay)."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two (İ): keep those as they are
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if low.isascii():
        return low
    table: dict[str, str] = {}

    def one(match: re.Match[str]) -> str:
        char = match.group()
        if char not in table:
            table[char] = _fold_char(char)
        return table[char]

    return _NON_ASCII.sub(one, low)  # only the few non-ASCII characters are looked at


_SEP = r"[\s,]+"


def _token(word: str) -> str:
    """One word of a term: ``a|b`` a choice, a trailing ``*`` any ending (``?`` is handled by the phrase)."""
    choices = []
    for choice in word.split("|"):
        body = re.escape(fold(choice.rstrip("*"))).replace("'", "'?")
        choices.append(body + (r"\w*" if choice.endswith("*") else ""))
    return "(?:" + "|".join(choices) + ")"


def phrase_pattern(phrase: str) -> str:
    """A term as a regular expression; a word ending in ``?`` (not the last) may be left out."""
    words = phrase.split()
    out = []
    for index, word in enumerate(words):
        last = index == len(words) - 1
        if word.endswith("?") and len(word) > 1 and not last:
            out.append(f"(?:{_token(word[:-1])}{_SEP})?")
        else:
            out.append(_token(word.rstrip("?") if last else word) + ("" if last else _SEP))
    return "".join(out)


@dataclass(frozen=True, slots=True)
class _Word:
    category: str
    weak: bool  # also an ordinary word (marked ~): only when the reader is said to BE it


@dataclass(frozen=True, slots=True)
class _Terms:
    """The terms as look-ups on the words of a text (one dictionary probe per word, not one regex per term)."""

    exact: dict[str, tuple[_Word, ...]]
    prefixes: dict[str, tuple[_Word, ...]]  # words written with a trailing *
    prefix_lengths: tuple[int, ...]
    stems: frozenset[str]  # the first three letters of every term and phrase start: a cheap first test
    phrases: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]  # first word -> (category, whole phrase)


def _build_terms(entries: list[tuple[str, str]]) -> _Terms:
    exact: dict[str, list[_Word]] = {}
    prefixes: dict[str, list[_Word]] = {}
    phrases: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for category, entry in entries:
        if entry.startswith("!"):
            phrase = entry[1:].strip()
            pattern = re.compile(phrase_pattern(phrase) + r"(?![\w])")
            for first in phrase.split()[0].rstrip("?").split("|"):
                first = fold(first)
                for key in {first, first.replace("'", "")}:
                    phrases.setdefault(key, []).append((category, pattern))
            continue
        word = _Word(category, entry.endswith("~"))
        text = fold(entry.rstrip("~"))
        if text.endswith("*"):
            prefixes.setdefault(text[:-1], []).append(word)
        else:
            exact.setdefault(text, []).append(word)
    return _Terms(
        exact={k: tuple(v) for k, v in exact.items()},
        prefixes={k: tuple(v) for k, v in prefixes.items()},
        prefix_lengths=tuple(sorted({len(k) for k in prefixes}, reverse=True)),
        stems=frozenset(k[:3] for k in (*exact, *prefixes, *phrases)),
        phrases={k: tuple(v) for k, v in phrases.items()},
    )


def _validate_entry(entry: str) -> None:
    words = entry.lstrip("!").split()
    if not words:
        raise ValueError("an empty term")
    if entry.startswith("!") and ("*" in words[0] or words[0].endswith("?")):
        raise ValueError(f"{entry!r}: the first word of a phrase has no * and no ?")
    if not entry.startswith("!") and entry.rstrip("~").endswith("*") and len(entry.rstrip("~*")) < 3:
        raise ValueError(f"{entry!r}: at least three letters before the *")
    re.compile(phrase_pattern(entry.lstrip("!").rstrip("~")))


def _entries(lines: tuple[str, ...]) -> list[tuple[str, str]]:
    """(category, entry) where an entry is one word or one ``!phrase``."""
    out = []
    for line in lines:
        category, _, rest = line.strip().partition(" ")
        rest = rest.strip()
        if rest.startswith("!"):
            out.append((category, rest))
        else:
            out.extend((category, word) for word in rest.split())
    return out


def _data_lines() -> tuple[str, ...]:
    text = resources.files("discretie.rules").joinpath("data", "conduct_terms.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in text.splitlines())
    return tuple(line for line in lines if line)


class Config(RuleConfig):
    """Parameters of ``rules.conduct`` (see docs/rules.md)."""

    mode: Mode = "audit"
    action: Action = Action.HOLD
    report_to: str | None = None  # also receives the incident report (e.g. the direction)
    message: str = (
        "Uw bericht bevat mogelijk beledigende, racistische, discriminerende, (seksueel) intimiderende of "
        "haatdragende inhoud. §3.2: zulke berichten zijn niet toegestaan."
    )
    use_default_terms: bool = True
    terms: dict[Category, tuple[str, ...]] = Field(default_factory=dict)  # words, or "!phrase"
    remove: tuple[str, ...] = ()  # default entries to drop, as written in the data file
    context: tuple[str, ...] = ()  # more words that make a mail a report or a lesson
    model: bool = True  # the learned second opinion on a mail the terms and forms found nothing in
    model_file: str | None = None  # a model built by bench/train_conduct_model.py (default: the packaged one)
    model_threshold: float = Field(default=0.7, gt=0.0, le=1.0)

    _terms: _Terms | None = PrivateAttr(default=None)
    _model: Model | None = PrivateAttr(default=None)
    _context: re.Pattern[str] | None = PrivateAttr(default=None)

    @field_validator("report_to")
    @classmethod
    def _address(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        value = value.strip().lower()
        if "@" not in value or value.startswith("@") or value.endswith("@") or any(c.isspace() for c in value):
            raise ValueError("must be a mail address")
        return value

    @field_validator("terms")
    @classmethod
    def _terms_parse(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        for entries in value.values():
            for entry in entries:
                try:
                    _validate_entry(entry.strip())
                except re.error as exc:
                    raise ValueError(f"{entry!r}: {exc}") from None
        return value

    @field_validator("remove")
    @classmethod
    def _removable(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        known = {entry.rstrip("~") for _, entry in _entries(_data_lines())}
        unknown = [v for v in value if v.strip().rstrip("~") not in known]
        if unknown:
            raise ValueError(f"not a default term: {', '.join(unknown)}")
        return value

    def model_post_init(self, __context: object) -> None:
        removed = {r.strip().rstrip("~") for r in self.remove}
        entries: list[tuple[str, str]] = [
            (c, e)
            for c, e in (_entries(_data_lines()) if self.use_default_terms else [])
            if e.rstrip("~") not in removed and c in CATEGORIES
        ]
        for category, extra in self.terms.items():
            entries.extend(_entries(tuple(f"{category} {line}" for line in extra)))
        self._terms = _build_terms(entries)
        self._model = load_model(MODEL_DATA, self.model_file) if self.model else None
        if self.context:
            self._context = re.compile(r"\b(?:" + "|".join(phrase_pattern(c) for c in self.context) + r")\b")


def mask(term: str) -> str:
    """``makak`` -> ``m****``; every word of a phrase the same way."""
    return " ".join(w[:1] + "*" * (len(w) - 1) for w in term.split())


def _in_quotes(text: str, start: int) -> bool:
    """Whether ``start`` lies inside quotation marks opened in the same paragraph."""
    lo = max(text.rfind("\n\n", max(0, start - 600), start), start - 600, 0)
    inside = False
    for i in range(lo, start):
        char = text[i]
        if char in _QUOTE_OPEN:
            inside = True
        elif char in _QUOTE_CLOSE and not (char == "’" and i > 0 and text[i - 1].isalpha()):
            inside = False
        elif char == '"':
            inside = not inside
        elif char == "'" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalpha():
            inside = True  # an opening single quote (not the apostrophe of "m'n", "t'es")
        elif char == "'" and i > 0 and text[i - 1].isalpha() and (i + 1 == len(text) or not text[i + 1].isalnum()):
            inside = False
    return inside


def _sentence(folded: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in _SENTENCE_END.finditer(folded, max(0, start - 300), start)), default=max(0, start - 300))
    after = _SENTENCE_END.search(folded, end, end + 300)
    return lo, after.start() if after else min(len(folded), end + 300)


# A line of a script or a dialogue: a speaker's name in capitals and a colon ("MARK: ...", "LA MÈRE: ...").
_SPEAKER = re.compile(r"[^\W\d_a-z](?:[^\W\d_a-z]|[ .'-]){2,30}:\s")


def _quoted_line(text: str, start: int) -> bool:
    """On a ``>`` line of a quoted message, or on a line a character of a script speaks."""
    line_start = text.rfind("\n", max(0, start - 2000), start) + 1
    return text[line_start : line_start + 1] == ">" or bool(_SPEAKER.match(text, line_start))


def _aim(text: str, folded: str, start: int, end: int, lo: int, weak: bool) -> str | None:
    """'second' (at the reader), 'third' (at someone named or pointed at), or None. A ``weak`` term (also
    an ordinary word: zak, del, eikel) counts only when the writer says the reader IS it."""
    before = folded[lo:start]
    if _AIM_PREDICATE.search(before) or _AIM_PREDICATE_AFTER.match(folded, end):
        return "second"
    if weak:
        pointed = _AIM_POINTED.search(before) and (
            _INSULTING_ADJECTIVE.search(before) or re.search(r"\b(?:zulke|such)\s+$", before)
        )
        said_of = _AIM_THIRD.search(before) and _PERSON_SUBJECT.search(before) and _PHRASE_END.match(folded, end)
        if pointed or said_of or _AIM_LIKE.search(before) or _AIM_THIRD_AFTER.match(folded, end):
            return "third"
        return None
    if _AIM_ADDRESS.search(before) or _EXCLAIMED.match(folded, end):
        return "second"
    if _VOCATIVE_BEFORE.search(before) and _VOCATIVE_AFTER.match(folded, end):
        return "second"
    if _AIM_THIRD.search(before) and _PHRASE_END.match(folded, end):
        return "third"
    if _AIM_POINTED.search(before) or _AIM_LIKE.search(before) or _AIM_THIRD_AFTER.match(folded, end):
        return "third"
    return None


@dataclass(frozen=True, slots=True)
class _Hit:
    category: str
    how: str  # "aimed", "group", "used", "joke", "link", "model"
    term: str


_WORD = re.compile(r"\w+(?:'\w+)*")
MAX_CANDIDATES = 200  # term occurrences examined per text part: a longer list of them says enough


def _candidates(text: str, terms: _Terms) -> Iterator[tuple[int, int, str, str, bool]]:
    """(start, end, matched text, category, weak) for phrases (category prefixed with "!": aimed by
    themselves) and single words, in text order. Words are read in ``text.lower()``; only a word that
    could start a term (its first three letters) is folded and looked up, and only then is the whole
    text folded (once) to match a phrase."""
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two (İ): fold keeps positions
        low = fold(text)
    folded: list[str] = []
    for m in _WORD.finditer(low):
        word = m.group()
        if not word.isascii():
            word = fold(word)
        if word[:3] not in terms.stems:
            continue
        for key in (word, word.replace("'", "")) if "'" in word else (word,):
            for category, pattern in terms.phrases.get(key, ()):
                if not folded:
                    folded.append(fold(text))
                found = pattern.match(folded[0], m.start())
                if found is not None:
                    yield m.start(), found.end(), found.group(), "!" + category, False
        words = terms.exact.get(word, ())
        if not words:
            for length in terms.prefix_lengths:
                if len(word) >= length and word[:length] in terms.prefixes:
                    words = terms.prefixes[word[:length]]
                    break
        for entry in words:
            yield m.start(), m.end(), word, entry.category, entry.weak


def _scan(text: str, terms: _Terms, context: Callable[[], bool], forwarded: bool = False) -> list[_Hit]:
    """The hits in one text part; ``forwarded``: a forwarded text the writer endorsed, read as the writer's own."""
    text = text[:MAX_CHARS]
    folded = ""
    quoted_from = len(text)
    hits: list[_Hit] = []

    def reported(start: int, end: int) -> tuple[bool, int]:
        """Quoted, or told as what someone said: a reporting verb before it in the sentence, or right
        after it ("..., zei hij"); not any verb later in the sentence ("als je dat nog eens zegt")."""
        lo, _hi = _sentence(folded, start, end)
        if start >= quoted_from or _quoted_line(text, start) or _in_quotes(text, start):
            return True, lo
        return bool(_REPORT.search(folded, lo, start) or _REPORTED_AFTER.match(folded, end)), lo

    for count, (start, end, term, category, weak) in enumerate(_candidates(text, terms)):
        if count >= MAX_CANDIDATES:
            break
        if not folded:  # the first term: now the text is read in full
            folded = fold(text)
            marker = None if forwarded else _FORWARD.search(text)
            quoted_from = marker.start() if marker else len(text)
        quoted, lo = reported(start, end)
        if quoted:
            continue
        if category.startswith("!"):
            hits.append(_Hit(category[1:], "aimed", term))
            continue
        aim = _aim(text, folded, start, end, lo, weak)
        if aim == "second" or (aim == "third" and not context()):
            hits.append(_Hit(category, "aimed", term))
        elif aim is None and category == "slur" and not weak and not context():
            hits.append(_Hit(category, "used", term))
    if not folded:
        folded = fold(text)
        marker = None if forwarded else _FORWARD.search(text)
        quoted_from = marker.start() if marker else len(text)
    if (
        quoted_from < len(text)
        and _gate(folded[:quoted_from], _ENDORSED_KEYS)
        and _ENDORSED.search(folded, 0, quoted_from)
    ):
        # forwarded and endorsed: the forwarded text is the writer's own now, and is read as such
        hits.extend(_scan(text[quoted_from:], terms, context, forwarded=True))
    reach = quoted_from if quoted_from < len(text) else len(folded)
    own = folded[:reach]
    found: list[_Hit] = []
    group = _has_group_word(own)
    for pattern, keys, category, how in _PATTERNS:
        if not (group if keys is _GROUP_KEYS else _gate(own, keys)):  # a cheap test first: alternations are slow
            continue
        count = 0
        for m in pattern.finditer(own):
            if not reported(m.start(), m.end())[0]:
                found.append(_Hit(category, how, m.group().strip()))
                count += 1
                if count >= EVIDENCE_ITEMS:  # enough said: a hostile text of matches is not read to its end
                    break
    if _gate(own, _JOKE_KEYS) and _JOKE.search(own):
        found.extend(_Hit("hate", "joke", q) for q in _group_questions(own, reported))
    secrecy = _SECRECY.search(own) if _gate(own, _SECRECY_KEYS) else None
    if secrecy and (_INTIMATE.search(own) or _UNDRESSED.search(own)):
        found.append(_Hit("sexual", "aimed", secrecy.group()))
    if found and not context():
        hits.extend(found)
    return hits


def _group_questions(own: str, reported: Callable[[int, int], tuple[bool, int]]) -> Iterator[str]:
    """Questions (up to 300 characters before each "?", from the sentence end before it) that name one of a
    group, not quoted or reported; at most EVIDENCE_ITEMS."""
    count = 0
    at = own.find("?")
    while at != -1 and count < EVIDENCE_ITEMS:
        lo = max((m.end() for m in _SENTENCE_END.finditer(own, max(0, at - 300), at)), default=max(0, at - 300))
        if _GROUP_IN_QUESTION.search(own, lo, at) and not reported(lo, at)[0]:
            count += 1
            yield own[lo : at + 1].strip()
        at = own.find("?", at + 1)


def _gate(text: str, keys: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``keys`` (no keys: always)."""
    return not keys or any(key in text for key in keys)


# The group words' first four letters: a word of the text must start with one before the group patterns are tried.
_GROUP_STEMS = frozenset(alt[:4] for alt in re.sub(r"\\w\*|'\?|\(\?:|\)", "", _GROUPS).split("|"))


_GROUP_KEYS: tuple[str, ...] = ("<a group word>",)  # a marker: tried only when _has_group_word


def _has_group_word(text: str) -> bool:
    return any(m.group()[:4] in _GROUP_STEMS for m in re.finditer(r"\w{4,}", text)) and bool(_GROUP_WORD.search(text))


_JOKE_KEYS = ("\U0001f602", "\U0001f923", "\U0001f606", "haha", "hihi", "lol", "mop", "grap", "blague", "joke", "mdr")
_ENDORSED_KEYS = (
    "\U0001f602",
    "\U0001f923",
    "haha",
    "lol",
    "waar",
    "zo is",
    "eerlijk",
    "door",
    "lezen",
    "true",
    "vrai",
    "mop",
)
_SECRECY_KEYS = ("ons", "geheim", "weten", "know", "secret", "nous", "savoir", "between")
_DEGRADING_KEYS: tuple[str, ...] = ("achterlijk", "dom", "gestoord", "debiel", "zwakzinnig", "mongools", "vals")
_DEGRADING_KEYS += ("vuil", "smerig", "vie", "verwend", "stom", "leugenachtig", "lui")
# (pattern, substrings one of which a match must hold, category, how)
_PATTERNS: tuple[tuple[re.Pattern[str], tuple[str, ...], str, str], ...] = (
    (_HATE, _GROUP_KEYS, "hate", "group"),  # only when a group word occurs
    (_GO_BACK, ("terug", "retourn", "rentr", "renvoy", "back"), "hate", "group"),
    (_STEREOTYPE, ("typi", "echt iets", "soort", "kind", "lot", "espece", "race", "ceux"), "hate", "group"),
    (_GROUP_SMEAR, _GROUP_KEYS, "hate", "group"),
    (_DEGRADING, _DEGRADING_KEYS, "insult", "aimed"),
    (_UNDRESSED, ("zonder", "without", "sans"), "sexual", "aimed"),
    (
        _BODY_REMARK,
        ("kijk", "bukken", "concentr", "ogen niet", "bijten", "staring", "stop look", "all day"),
        "sexual",
        "aimed",
    ),
    (_THREAT_IF, ("meemaken", "beleven", "regret"), "threat", "aimed"),
)


def own_text(message: Message) -> str:
    """The subject and what the writer wrote: the body parts (their first ``MAX_CHARS``) up to a forward or reply
    marker, without ``>`` lines."""
    parts = [message.subject]
    for part in message.text_parts:
        if part.source == "embedded":
            continue
        text = part.text[:MAX_CHARS]  # what is read of it: a 25 MB part is not copied whole
        marker = _FORWARD.search(text)
        text = text[: marker.start()] if marker else text
        parts.append("\n".join(line for line in text.splitlines() if not line.startswith(">")))
    return "\n".join(parts)


def model_text(message: Message) -> str:
    """What the learned model reads: :func:`own_text`, or, when the writer endorses what they forward (a laugh,
    "zo waar", "stuur door"), the subject and the whole text parts, the forwarded text being the writer's own."""
    own = own_text(message)
    parts = [p.text[:MAX_CHARS] for p in message.text_parts if p.source != "embedded"]
    folded = fold(own[:MAX_CHARS])
    if any(_FORWARD.search(p) for p in parts) and _gate(folded, _ENDORSED_KEYS) and _ENDORSED.search(folded):
        return "\n".join([message.subject, *parts])
    return own


# Whom a text is aimed at, for the model: the reader (second person), a person (third person, a person word)
# or a group (a group word, or one of a group).
_ADDRESSED = re.compile(
    r"\b(?:je|jij|jou|jouw|jullie|u|uw|ge|gij|tu|toi|ton|ta|tes|vous|votre|you|your|yours)\b"
    r"|\b(?:hij|zij|ze|hem|haar|hun|hen|he|she|him|her|his|they|them|their|il|elle|lui|ils|elles|eux|leur)\b"
    r"|\b(?:leerling\w*|collega\w*|moeder|vader|mama|papa|ouders?|zoon|dochter|juf|meester|directeur|directrice|"
    r"stagiair\w*|jongen|meisje|kind|kinderen|mensen|volk|gasten|pupil|student|colleague|teacher|people|eleve|prof|"
    r"gens)\b"
)


def _target(folded: str) -> str | None:
    """At whom a text is aimed, for the model: "een groep" (a group word), "iemand" (the reader, a person, people),
    or None when it names no one."""
    if _GROUP_WORD.search(folded) or _GROUP_IN_QUESTION.search(folded):
        return "een groep"
    return "iemand" if _ADDRESSED.search(folded) else None


HOW = {
    "aimed": "gericht aan een persoon",
    "group": "gericht tegen een groep",
    "used": "gebruikt, niet geciteerd",
    "joke": "grap over een groep",
}


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.conduct
    assert config._terms is not None
    parts = [message.subject] + [p.text for p in message.text_parts if p.source != "embedded"]
    known: list[bool] = []

    def context() -> bool:
        """Whether the mail is a report or a lesson (read once, only when a term was found)."""
        if not known:
            whole = fold(own_text(message)[:MAX_CHARS])
            extra = config._context
            known.append(bool(_CONTEXT.search(whole) or (extra is not None and extra.search(whole))))
        return known[0]

    hits: list[_Hit] = []
    for text in parts:
        hits.extend(_scan(text, config._terms, context))
    for url, _text in links.urls(message):
        if any(links.under(url.host, host) for host in PORN_HOSTS):
            hits.append(_Hit("sexual", "link", url.host))

    if not hits and config._model is not None and not context():
        # nothing the lists and forms know: the learned model reads the writer's own text (only when aimed at
        # someone, outside a report or a lesson)
        text = model_text(message)
        target = _target(fold(text[:MAX_CHARS]))
        if target is not None:
            probability = config._model.probability(text)
            if probability >= config.model_threshold:
                hits.append(_Hit("model", "model", f"gericht tegen {target}; model {probability:.2f}"))

    by_category: dict[str, list[_Hit]] = {}
    for hit in hits:
        by_category.setdefault(hit.category, []).append(hit)
    findings = []
    for category, found in by_category.items():
        strong = any(h.how in ("aimed", "group", "joke") for h in found)
        evidence = []
        for hit in found:
            if hit.how == "model":  # no word of the mail: the target and the probability
                item = f"{LABELS[category]}: {hit.term}"
            else:
                how = "link naar een pornosite" if hit.how == "link" else HOW[hit.how]
                term = hit.term if hit.how == "link" else mask(hit.term)
                item = f"{LABELS[category]} ({how}): {term}"
            if item not in evidence:
                evidence.append(item)
        findings.append(
            Finding(
                rule="conduct",
                category=category,
                severity=Severity.HIGH if strong else Severity.MEDIUM,
                reason=REASONS[category],
                evidence=tuple(evidence[:EVIDENCE_ITEMS]),
            )
        )
    return findings


RULE = Rule(
    id="conduct",
    description="Beledigende, racistische, discriminerende, intimiderende of haatdragende inhoud",
    paragraph="§3.2",
    config=Config,
    check=check,
)
