"""``sensitive``: Gevoelige gegevens over leerlingen (gezinssituatie, psycho-sociaal, medisch, zorg, financieel) (§3.3).

§3.3 of the schools' policy: no sensitive personal data about pupils by mail ("gezinssituatie,
psycho-sociaal, medisch, zorg en financieel"); use the leerlingvolgsysteem. Sensitive means
*about an identifiable pupil*: a word list alone would stop every newsletter that mentions the
CLB and every biology lesson on diabetes. So the rule scores, as Presidio does:

1. **Terms.** A lexicon per category (``family``, ``psychosocial``, ``medical``, ``care``,
   ``financial``), Dutch first, with English and some French, each term with a weight: strong
   (``zelfverwonding``, ``verslag type 9``, ``rilatine``: 0.55-0.6), medium (``medicatie``,
   ``CLB``, ``schulden``: 0.4), weak (``ziek``, ``leerlingbegeleiding``: 0.1-0.25). Matching is
   accent-folded (``suïcidaal`` = ``suicidaal``) with Dutch compounds spelled out per term
   (``medicatie*`` covers ``medicatieschema``; ``*stoornis`` covers ``leerstoornis``; a bare
   ``scheiding`` is weak and ``de scheiding der machten`` is a neutral phrase in which it does
   not count). Capitalised acronyms (``ASS``, ``GON``, ``IAC``) count only in capitals.
2. **A pupil reference nearby** (within ``window`` words in the same paragraph, or 12 words
   across a paragraph break) adds to the score. Strong (+0.45): "uw zoon", "jullie dochter",
   "mijn kind", a pupil's name that the mail itself marks as a pupil ("leerling Tom",
   "ouders van Lotte", "Tom (3B)", "Lotte uit 5 ECMT"; every later mention of that name counts
   too), a rijksregisternummer. Medium (+0.3): "de leerling", "uw kind", "zijn dochter", a birth
   date, "je/jij" in a mail to a single pupil. Weak (+0.15): a class code alone (3B, 5 ECMT,
   1A2: a group, not a person), "een leerling", another capitalised name. References of two
   kinds add up (the second counts half), to at most +0.45; a reference across a paragraph
   break counts half. A pupil named in the subject or in the salutation ("Beste ouders van
   Tom") makes the whole mail about that pupil (+0.3 anywhere).
3. **Corroboration**: other distinct terms of the same category nearby, +0.1 each (max +0.2).
4. **Penalties**: -0.2 when the sentence is lesson content (leerstof, hoofdstuk, biologie ...)
   or a generic statement (als, wanneer, indien, alle, elke, leerlingen ...) and does not
   itself name the pupil; -0.3 when the term is a topic ("een spreekbeurt over autisme").

No reference, or a single weak one, never fires. A category fires when its best score reaches
``threshold`` (0.75): a strong term with a medium reference, a medium term with a strong
reference. Severity is HIGH from
``high_threshold`` (0.95), else MEDIUM. Terms in a mail signature or a short contact line
("zorgcoördinator 2de graad | tel 016 ...") do not count. Telephone numbers never identify a
pupil (a signature has one). Quoted earlier text counts: it is still in the mail.

One finding per category. Evidence: the term and the pupil reference, redacted to initials
(``"rilatine" bij "uw zoon"``, ``"epilepsie" bij "leerling T. P."``), never the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from pydantic import Field, PrivateAttr, field_validator

from discretie.config import Frozen, RuleConfig
from discretie.detect import (
    Folded,
    Hit,
    Lexicon,
    Span,
    Term,
    fold,
    fold_chars,
    fold_term,
    parse_term,
    quote_header_at,
    signature_at,
)
from discretie.model import INTERNAL_KINDS, Action, Finding, Kind, Message, PupilIndex, PupilRef, Severity
from discretie.names import FirstNames, load_first_names
from discretie.redact import mask_digits
from discretie.rules import personal_data
from discretie.rules.base import Rule
from discretie.rules.sensitive_model import Model, load_model

if TYPE_CHECKING:
    from discretie.policy import Policy

Category = Literal["family", "psychosocial", "medical", "care", "financial"]
SignatureCache = dict[int, Span | None]  # line start -> the signature span holding that line
CATEGORIES: tuple[Category, ...] = ("family", "psychosocial", "medical", "care", "financial")

LABELS: dict[str, str] = {
    "family": "Informatie over de gezinssituatie van een leerling",
    "psychosocial": "Psychosociale informatie over een leerling",
    "medical": "Medische informatie over een leerling",
    "care": "Zorginformatie over een leerling (begeleiding, ondersteuning)",
    "financial": "Financiële informatie over een leerling of het gezin",
}

# --------------------------------------------------------------------------- lexicon
# Weights: strong 0.55-0.6 (fires with a medium reference), medium 0.4-0.5 (needs a strong
# reference), weak 0.1-0.35 (never fires without help). Syntax: see discretie.detect.parse_term.

# whom a young carer looks after at home
_CARED_FOR = (
    "broertje", "zusje", "broertjes", "zusjes", "mama", "papa", "moeder", "vader", "oma", "opa", "grootmoeder",
)  # fmt: skip
# bones and joints that break at school (sports, the playground, a fall on the stairs)
_BONES = (
    *("pols", "arm", "been", "enkel", "voet", "hand", "vinger", "teen", "sleutelbeen", "elleboog", "knie", "heup"),
    *("schouder", "rib", "neus", "kaak", "schedel", "onderarm", "bovenarm", "scheenbeen", "dijbeen", "middenvoet"),
)
DEFAULT_LEXICON: dict[str, tuple[tuple[str, float], ...]] = {
    "medical": (
        # diagnoses (neuro-developmental, chronic)
        ("adhd", 0.55), ("ADD", 0.4), ("ASS", 0.55), ("autis*", 0.55), ("autismespectrumstoornis", 0.6),
        ("asperger*", 0.55), ("pdd-nos", 0.55), ("*stoornis*", 0.45),
        ("NAH", 0.5), ("hersenletsel", 0.55), ("tourette*", 0.55), ("tics", 0.35), ("OCD", 0.5),
        ("epilep*", 0.55), ("diabet*", 0.45), ("insuline*", 0.55), ("bloedsuiker*", 0.45),
        ("glucosemeter", 0.5),
        ("astma*", 0.4), ("asthma*", 0.4), ("*allergi*", 0.4), ("allergy", 0.4), ("allergic", 0.4),
        ("epipen*", 0.55), ("anafylact*", 0.55), ("mucoviscidose", 0.55), ("taaislijmziekte", 0.55),
        ("coeliakie", 0.45), ("*intolerantie", 0.35), ("hartafwijking*", 0.5), ("hartprobleem*", 0.45),
        ("hartproblemen", 0.45), ("*aandoening*", 0.4), ("migraine", 0.4), ("hersenschudding", 0.4),
        ("hersentumor", 0.6), ("*kanker", 0.45), ("leukemie", 0.55), ("chemo*", 0.5), ("tumor", 0.45),
        ("hiv", 0.5), ("aids", 0.3), ("hepatitis", 0.45), ("SOA", 0.4), ("zwanger*", 0.5), ("abortus", 0.55),
        ("anticonceptie", 0.4), ("pregnan*", 0.5),
        # disabilities
        ("handicap*", 0.4), ("motorische beperking", 0.5), ("visuele beperking", 0.5),
        ("auditieve beperking", 0.5), ("verstandelijke beperking", 0.55), ("mentale beperking", 0.5),
        ("beperking", 0.25), ("rolstoel*", 0.4), ("slechthorend*", 0.45), ("slechtziend*", 0.45),
        ("doof", 0.35),
        # hearing conditions (hearing loss after noise, ringing ears), Dutch, English, French
        ("gehoorverlies", 0.5), ("gehoorschade", 0.5), ("gehoorprobl*", 0.45), ("tinnitus", 0.5), ("oorsuizen", 0.5),
        ("hearing loss", 0.5), ("perte auditive", 0.5), ("acouph*", 0.5),
        ("gehoorapparaat*", 0.45), ("hoorapparaat*", 0.45),
        ("gehoorapparaten", 0.45), ("hoorapparaten", 0.45), ("cochleair*", 0.5), ("disabilit*", 0.45),
        ("wheelchair", 0.4), ("hearing impair*", 0.45),
        # treatment
        ("diagnos*", 0.4), ("gediagnosticeerd", 0.5), ("*medicatie*", 0.4), ("*medicijn*", 0.35),
        ("medication", 0.4), ("medicament*", 0.35), ("rilatine*", 0.6), ("ritalin*", 0.6), ("concerta", 0.55),
        ("medikinet", 0.6), ("equasym", 0.6), ("strattera", 0.6), ("methylfenidaat", 0.6),
        ("ziekenhuis*", 0.35), ("opgenomen in het ziekenhuis", 0.5), ("hospitali*", 0.45), ("hospital", 0.3),
        ("hopital", 0.35), ("spoedopname", 0.45), ("spoedgevallen", 0.35), ("operatie", 0.35),
        ("geopereerd", 0.4), ("revalidatie*", 0.4), ("kinesitherap*", 0.35), ("ergotherap*", 0.35),
        ("neuroloog", 0.45), ("neurolog*", 0.4), ("kinderarts", 0.4), ("huisarts", 0.25),
        ("specialist", 0.15),
        ("medisch dossier", 0.55), ("medische gegevens", 0.45), ("medische info*", 0.4),
        ("medische problem*", 0.5), ("medische redenen", 0.35), ("medische fiche", 0.3),
        ("medisch onderzoek", 0.35), ("medisch attest", 0.25), ("doktersattest", 0.25), ("medisch", 0.2),
        ("medische", 0.2), ("medical condition*", 0.5), ("seizure*", 0.45), ("inhaler", 0.4),
        ("chronisch ziek", 0.5), ("chronische ziekte*", 0.5), ("ernstig ziek", 0.45), ("ziekte*", 0.25),
        ("ziek", 0.15), ("koorts", 0.15), ("hoge koorts", 0.35), ("griep", 0.3), ("paracetamol", 0.35),
        ("maladie*", 0.3), ("flauwgevallen", 0.3), ("bewusteloos", 0.35),
        ("obesitas", 0.4), ("ondergewicht", 0.35), ("besmettelijk*", 0.3), ("positief getest", 0.35),
        ("luizen", 0.15), ("TDAH", 0.55),
        # the contagious childhood illnesses of the CLB's list, with which a child stays home or is treated
        ("krentenbaard", 0.45), ("impetigo", 0.45), ("waterpokken", 0.45), ("mazelen", 0.45), ("kinkhoest", 0.45),
        ("schurft", 0.45), ("roodvonk", 0.45), ("hand-voet-mondziekte", 0.45), ("antibiotica*", 0.35),
        # the same in French and English (scabies not as "gale": an English storm)
        ("rougeole", 0.45), ("varicelle", 0.45), ("coqueluche", 0.45), ("scarlatine", 0.45), ("measles", 0.45),
        ("chickenpox", 0.45), ("chicken pox", 0.45), ("whooping cough", 0.45), ("scarlet fever", 0.45),
        ("scabies", 0.45),
        # injuries (school accidents, insurance declarations)
        ("letsel*", 0.4), ("polsbreuk", 0.45), ("beenbreuk", 0.45), ("armbreuk", 0.45), ("enkelbreuk", 0.45),
        ("botbreuk", 0.45), ("breuk van de", 0.45), ("gebroken arm", 0.4), ("gebroken been", 0.4),
        ("gebroken pols", 0.4), ("gebroken enkel", 0.4), ("gips*", 0.35), ("stotter*", 0.45),
        # a fracture told by its place ("de breuk in haar enkel", "een breuk aan zijn pols"), the bone before its
        # verb ("heeft zijn sleutelbeen gebroken"), the fractures of other bones; a bruise (not a nosebleed: in a
        # fight it is the fight's, authors label it psychosocial only)
        # (not "een breuk aan de hand van een tekening": a fraction in a maths lesson)
        *((f"breuk {p} ~ {b}", 0.45) for p in ("in", "aan") for b in _BONES if (p, b) != ("aan", "hand")),
        *((f"{b} ~ gebroken", 0.4) for b in _BONES),
        *((f"{b}breuk", 0.45) for b in _BONES if b not in ("pols", "been", "arm", "enkel")),
        # a het-word's fracture ("breuk van het sleutelbeen"), a broken bone named after the adjective ("een
        # gebroken sleutelbeen"); a sling; tubes through the eardrum (an operation: no swimming for weeks)
        ("breuk van het", 0.45),
        *((f"gebroken {b}", 0.4) for b in _BONES if b not in ("pols", "been", "arm", "enkel")),
        ("draagverband", 0.4), ("mitella", 0.4), ("trommelvlies*", 0.45),
        ("gekneusd*", 0.3),
        ("blauwe plekken", 0.4), ("orthoped*", 0.45),
        ("verwonding*", 0.35), ("schoolongeval*", 0.3), ("ongeval", 0.25), ("hechtingen", 0.35),
        ("fysiotherap*", 0.35), ("UZ", 0.25), ("vermagerd", 0.35), ("viel flauw", 0.35), ("valt flauw", 0.35),
    ),
    "psychosocial": (
        ("zelfverwond*", 0.6), ("zelfbeschadig*", 0.6), ("automutilat*", 0.6), ("snijdt zichzelf", 0.6),
        ("zichzelf snijden", 0.6), ("zichzelf snijdt", 0.6), ("zichzelf verwondt", 0.6),
        ("zichzelf pijn", 0.5), ("self-harm*", 0.6), ("self harm*", 0.6),
        ("suicid*", 0.6), ("zelfmoord*", 0.55), ("zelfdoding", 0.6), ("doodsgedachte*", 0.6),
        ("doodswens", 0.6), ("niet meer leven", 0.5), ("einde aan zijn leven", 0.55),
        ("einde aan haar leven", 0.55), ("depressi*", 0.5), ("depress*", 0.45), ("angststoornis*", 0.55),
        ("angstaanval*", 0.5), ("paniekaanval*", 0.5), ("panic attack*", 0.5), ("anxiety", 0.45),
        ("anxiete", 0.45), ("faalangst*", 0.4), ("angstklacht*", 0.5), ("angstig*", 0.35), ("angsten", 0.35),
        ("angst", 0.3),  # weak alone ("angst voor de toets"), with another fact ("slaapproblemen en angst") it counts
        ("emotioneel zwaar", 0.45), ("huilt vaak", 0.4),
        ("huilt veel", 0.4), ("slaapt slecht", 0.35), ("verdriet*", 0.3), ("emotioneel", 0.25),
        ("heeft het ~ zwaar", 0.4), ("heeft het ~ moeilijk", 0.35), ("eetstoornis*", 0.55),
        ("eating disorder*", 0.55),
        ("anorexia", 0.55), ("anorectisch*", 0.55), ("boulimi*", 0.55), ("burn-out", 0.4), ("burnout", 0.4),
        ("psychiater*", 0.55), ("psychiatr*", 0.5), ("kinderpsychiat*", 0.55), ("KJP", 0.5), ("UPC", 0.4),
        ("psycholo*", 0.35), ("psychotherap*", 0.5), ("therapeut*", 0.35), ("therapist", 0.35),
        ("therapie", 0.35), ("*therapie*", 0.35), ("trauma*", 0.45), ("getraumatiseerd", 0.5),
        ("rouwverwerking", 0.45), ("rouw", 0.3), ("gedragsprobl*", 0.5), ("gedragsstoornis*", 0.55),
        ("hechtingsprobl*", 0.5), ("hechtingsstoornis*", 0.55), ("agressie*", 0.35), ("agressief", 0.35),
        ("agressief gedrag", 0.45), ("woede-uitbarsting*", 0.45), ("driftbui*", 0.35),
        ("emotionele problemen", 0.5), ("psychische problemen", 0.55), ("psychisch*", 0.4),
        ("mentale gezondheid", 0.4), ("mental health", 0.4), ("niet goed in zijn vel", 0.5),
        ("niet goed in haar vel", 0.5), ("slecht in zijn vel", 0.5), ("slecht in haar vel", 0.5),
        ("in zijn vel", 0.3), ("in haar vel", 0.3), ("somber*", 0.35), ("eenzaam*", 0.3), ("huilbui*", 0.35),
        ("piekert", 0.3), ("welbevinden", 0.2), ("welzijn", 0.15), ("zelfbeeld", 0.3),
        ("gepest", 0.45), ("wordt gepest", 0.5), ("pesten", 0.3), ("pestgedrag", 0.4), ("pesterij*", 0.4),
        ("cyberpest*", 0.45), ("pestprobl*", 0.45), ("bullied", 0.45), ("bullying", 0.35),
        ("harcelement", 0.4),
        ("spijbel*", 0.4), ("schoolverzuim", 0.4), ("problematische afwezighe*", 0.5), ("schoolmoe*", 0.4),
        ("schoolweigering", 0.5), ("schoolangst", 0.5), ("tuchtdossier*", 0.45), ("tuchtprocedure*", 0.45),
        ("tuchtmaatregel*", 0.45), ("ordemaatregel*", 0.45), ("definitieve uitsluiting", 0.5),
        ("tijdelijke uitsluiting", 0.45),
        ("preventieve schorsing", 0.45), ("time-out*", 0.3), ("*verslav*", 0.45), ("drugs", 0.3),
        ("drugsgebruik", 0.45), ("cannabis", 0.35), ("middelengebruik", 0.45), ("alcoholprobl*", 0.5),
        ("seksueel misbruik", 0.6), ("misbruik", 0.3), ("abuse*", 0.4), ("grensoverschrijdend*", 0.5),
        ("aanranding", 0.55), ("verkrachting", 0.55), ("sexting", 0.45), ("naaktfoto*", 0.45),
        ("radicalis*", 0.45), ("jeugdhulp*", 0.4), ("jeugdzorg", 0.4), ("crisisopvang", 0.55),
        ("crisisopname", 0.55), ("CAW", 0.35), ("JAC", 0.3), ("tejo", 0.35), ("awel", 0.3),
    ),
    "family": (
        ("echtscheiding*", 0.55), ("vechtscheiding*", 0.6), ("scheiding", 0.3), ("in scheiding", 0.55),
        # a separation known to both sides, named by "de" after a word of time or cause: "gezien de scheiding",
        # "sinds de scheiding" (not the separation of powers or of waste: those are neutral phrases)
        *((f"{w} de scheiding", 0.5) for w in ("gezien", "sinds", "na", "door", "tijdens", "wegens", "omwille van")),
        ("gescheiden ouders", 0.55), ("ouders zijn gescheiden", 0.55), ("ouders gaan scheiden", 0.55),
        ("ouders scheiden", 0.5), ("gescheiden", 0.3), ("uit elkaar", 0.3), ("ouders zijn uit elkaar", 0.55),
        ("gescheiden zijn", 0.45), ("zijn gescheiden", 0.4),  # people who are: "omdat u en mevrouw V. gescheiden zijn"
        ("ouders gaan uit elkaar", 0.55), ("*co-ouderschap", 0.55), ("coouderschap", 0.55),
        ("co ouderschap", 0.55), ("verblijfsregeling*", 0.55), ("regeling van de rechtbank", 0.5),
        ("verblijfsweek", 0.45), ("verblijfsweekend", 0.45), ("bezoekregeling*", 0.55),
        ("omgangsregeling*", 0.55), ("contactregeling*", 0.55), ("hoederecht", 0.55), ("ouderlijk gezag", 0.5),
        ("week-weekregeling", 0.5),
        ("week om week", 0.4),
        # said to the parents themselves, and the weeks in two homes: "sinds jullie uit elkaar zijn", "om de week
        # bij zijn papa"
        ("jullie ~ uit elkaar", 0.5),
        *((f"om de week bij ~ {kin}", 0.5) for kin in ("papa", "mama", "vader", "moeder")),
        ("jeugdrechter*", 0.6), ("jeugdrechtbank", 0.6), ("familierechtbank", 0.55),
        ("vrederechter", 0.45), ("advocaat", 0.3), ("pleeggezin*", 0.55), ("pleegouder*", 0.55),
        ("pleegzorg", 0.55), ("pleegkind*", 0.55), ("pleegmoeder", 0.55), ("pleegvader", 0.55),
        ("pleegzoon", 0.55), ("pleegdochter", 0.55), ("pleegbroer*", 0.5), ("pleegzus*", 0.5), ("voogd", 0.4),
        ("voogdij*", 0.55), ("leefgroep*", 0.45), ("residentiele opvang", 0.5), ("thuisbegeleiding", 0.45),
        ("gezinsbegeleiding", 0.45), ("opvoedingsondersteuning", 0.4), ("opvoedingsprobl*", 0.5),
        ("gezinssituatie", 0.4), ("thuissituatie", 0.4), ("moeilijke thuissituatie", 0.55),
        ("problematische thuissituatie", 0.6), ("moeilijke situatie thuis", 0.5),
        ("verontrustende situatie", 0.55),
        ("verontrusting", 0.45), ("vertrouwenscentrum kindermishandeling", 0.6), ("vertrouwenscentrum", 0.5),
        ("VK", 0.2), ("kindermishandeling", 0.6), ("huiselijk geweld", 0.6), ("intrafamiliaal geweld", 0.6),
        ("partnergeweld", 0.55), ("verwaarlo*", 0.55), ("mishandel*", 0.5), ("gevangenis", 0.45),
        ("gedetineerd", 0.5), ("detentie", 0.45), ("overleden", 0.35), ("overleed", 0.35),
        ("overlijden", 0.35),
        ("begrafenis", 0.3), ("contactverbod", 0.55), ("straatverbod", 0.55), ("uithuisplaatsing", 0.6),
        *((f"verloor ~ {w}", 0.55) for w in ("vader", "moeder", "mama", "papa", "ouders", "broer", "zus")),
        *((f"{w} ~ verloren", 0.55) for w in ("vader", "moeder", "mama", "papa", "ouders", "broer", "zus")),
        # a young carer: the pupil cares for a sibling or a parent at home ("omdat je 's avonds voor je broertje zorgt")
        ("mantelzorg*", 0.45), ("jonge mantelzorger*", 0.55), ("young carer*", 0.55),
        *((f"{v} ~ {k}", 0.45) for v in ("zorgt voor", "zorgen voor") for k in _CARED_FOR),
        *((f"voor ~ {k} zorgt", 0.45) for k in _CARED_FOR),
        # the verb at the end of a subordinate clause: "die vorige maand haar vader verloor"
        *((f"{w} ~ verloor", 0.55) for w in ("vader", "moeder", "mama", "papa", "ouders", "broer", "zus")),
        ("weduwe", 0.35), ("weduwnaar", 0.35), ("stiefvader", 0.3), ("stiefmoeder", 0.3), ("plusmama", 0.3),
        ("pluspapa", 0.3), ("plusouder*", 0.3), ("nieuw samengesteld gezin", 0.4), ("eenoudergezin*", 0.45),
        ("alleenstaande moeder", 0.4), ("alleenstaande vader", 0.4), ("alleenstaande ouder", 0.4),
        ("adoptie*", 0.4), ("geadopteerd", 0.45), ("asielaanvraag", 0.45), ("asielzoeker*", 0.4),
        ("asielcentrum", 0.45), ("verblijfsvergunning", 0.45), ("verblijfsstatus", 0.45),
        ("zonder papieren", 0.45), ("uitwijzing", 0.45), ("bevel om het grondgebied", 0.55),
        ("fedasil", 0.45),
        ("opvangcentrum", 0.4), ("vluchteling*", 0.3), ("NBMV", 0.5), ("niet-begeleide minderjarige*", 0.55),
        ("relatieprobl*", 0.45), ("ruzie thuis", 0.45), ("veel ruzie", 0.35), ("geslagen", 0.4),
        # with what or how in between: "hem met de riem slaat", "slaat haar soms"
        ("slaat haar", 0.5), ("slaat hem", 0.5), ("haar ~ slaat", 0.5), ("hem ~ slaat", 0.5),
        ("conflict tussen de ouders", 0.5),
        ("divorce*", 0.5), ("custody", 0.5), ("foster care", 0.55), ("foster family", 0.55),
        # a court's decision on where a pupil lives, in English as "de regeling van de rechtbank" says it
        ("court decision", 0.45), ("court order", 0.5), ("the judgement", 0.35), ("the judgment", 0.35),
        *((f"lives with {pos} {kin}", 0.4) for pos in ("his", "her") for kin in ("mother", "father", "mum", "dad")),
        ("foster parent*", 0.55), ("domestic violence", 0.6), ("child protection", 0.45),
        ("family crisis", 0.5), ("crisis at home", 0.5),
        *((f"lives with ~ {w}", 0.45) for w in ("aunt", "uncle", "grandmother", "grandfather", "grandparents")),
        ("social services", 0.4), ("passed away", 0.35), ("garde alternee", 0.55),
        # a foster family, and also an exchange's host family: weak alone, clear after "placé(e) en"
        ("famille d'accueil", 0.3),
        *((f"{w} en famille d'accueil", 0.55) for w in ("place", "placee", "places", "placees")),
        ("juge de la jeunesse", 0.6),
    ),
    "care": (
        ("dyslex*", 0.5), ("dyscalcul*", 0.5), ("dyspraxie", 0.5), ("DCD", 0.5), ("TOS", 0.45),
        ("taalontwikkelingsstoornis", 0.55), ("prikkelarm*", 0.45), ("begeleiding", 0.2),
        ("apart lokaal", 0.35),
        ("aparte ruimte", 0.35), ("separate room", 0.35), ("extra time", 0.3), ("extra tijd", 0.3),
        ("zorgfiche*", 0.5), ("zorgplan*", 0.55), ("handelingsplan*", 0.55), ("begeleidingsplan*", 0.5),
        ("verslag type", 0.6),
        *((f"verslag type {n}", 0.6) for n in range(1, 10)), ("verslag type basisaanbod", 0.6),
        ("type 9", 0.5), ("type basisaanbod", 0.5), ("gemotiveerd verslag", 0.6),
        ("verslag buitengewoon onderwijs", 0.6), ("buitengewoon onderwijs", 0.4), ("buo", 0.4), ("buso", 0.4),
        ("bubao", 0.4), ("GON", 0.5), ("gon-begeleid*", 0.55), ("ION", 0.4), ("ondersteuningsnetwerk*", 0.45),
        # a pupil's support worker ("haar ondersteuner"); "de ondersteuners" are the staff of a service, no fact
        ("ondersteuningsteam*", 0.45), ("ondersteuner", 0.4), ("ondersteunster", 0.4), ("ondersteuningsnoden", 0.5),
        # the learning-support decree (2023): a pupil's support plan, learning support and its worker
        ("ondersteuningsplan*", 0.5), ("krijgt leersteun", 0.45), ("leersteuner", 0.4),
        ("ondersteuningsbehoefte*", 0.5), ("IAC", 0.55), ("individueel aangepast curriculum", 0.6),
        ("aangepast curriculum", 0.5), ("redelijke aanpassing*", 0.55), ("sticordi*", 0.5),
        # the adapted programme said in other words: "een aangepast lesprogramma", "een aangepast traject",
        # exempted from a subject
        *((f"{adj} {what}", 0.5) for adj in ("aangepast", "aangepaste") for what in ("programma", "lesprogramma",
                                                                                     "lessenpakket", "traject")),
        ("vrijstelling voor", 0.35), ("vrijgesteld van", 0.35),
        ("compenserende maatregel*", 0.45), ("dispenserende maatregel*", 0.45), ("dispensatie*", 0.4),
        ("tijdverlenging", 0.4), ("voorleessoftware", 0.35), ("kurzweil", 0.3), ("sprintplus", 0.3),
        ("leesprobl*", 0.4), ("leerprobl*", 0.45), ("leermoeilijkhe*", 0.45), ("leerachterstand*", 0.35),
        ("leerstoornis*", 0.55), ("CLB", 0.3), ("clb-dossier", 0.55), ("clb-onderzoek", 0.5),
        ("clb-medewerker*", 0.3), ("clb-anker", 0.3), ("PMS", 0.4), ("doorverwijz*", 0.35),
        ("doorverwezen", 0.4),
        ("leerlingbegeleid*", 0.2), ("leerlingenbegeleid*", 0.2), ("zorgcoordinator*", 0.1),
        ("zorgleerkracht*", 0.2), ("zorgteam", 0.3), ("zorgoverleg", 0.45), ("zorgdossier*", 0.55),
        ("zorgfase*", 0.45), ("zorgcontinu*", 0.3), ("zorgnoden", 0.5), ("zorgvraag", 0.4),
        ("zorgbehoe*", 0.45),
        ("verhoogde zorg", 0.5), ("uitbreiding van zorg", 0.5), ("brede basiszorg", 0.25), ("MDO", 0.45),
        ("multidisciplinair overleg", 0.45), ("begeleidende klassenraad", 0.25), ("klassenraad", 0.15),
        ("remediering", 0.25), ("logopedi*", 0.45), ("logopede*", 0.45), ("hoogbegaafd*", 0.4),
        ("OKAN", 0.3), ("anderstalige nieuwkomer*", 0.35), ("begeleidingstraject*", 0.4),
        ("individueel traject", 0.4), ("trajectbegeleid*", 0.35), ("ambulante begeleiding", 0.45),
        ("intelligentieonderzoek", 0.55), ("IQ", 0.45), ("iq-test*", 0.5), ("IEP", 0.5),
        ("special educational needs", 0.55), ("SEN", 0.4), ("special needs", 0.5), ("learning support", 0.4),
        ("learning difficult*", 0.45), ("learning disabilit*", 0.55), ("reasonable adjustment*", 0.5),
        ("amenagements raisonnables", 0.55), ("troubles d'apprentissage", 0.55),
    ),
    "financial": (
        ("sociaal fonds", 0.5), ("solidariteitsfonds", 0.5), ("tussenkomst in de kosten", 0.4),
        ("komt tussen in de kosten", 0.45), ("factuur ~ open", 0.45), ("facturen ~ open", 0.45),
        ("rekening ~ open", 0.45), ("factuur ~ onbetaald", 0.5), ("onbetaalde factu*", 0.55),
        ("onbetaalde rekening*", 0.55),
        ("openstaande factu*", 0.45),
        ("openstaande rekening*", 0.45), ("openstaand bedrag", 0.45), ("openstaande bedragen", 0.45),
        ("openstaand saldo", 0.45), ("saldo ~ open", 0.4), ("achterstallig*", 0.45), ("betalingsachterstand*", 0.55),
        ("betalingsprobl*", 0.55), ("betalingsmoeilijkhe*", 0.55), ("financiele problemen", 0.55),
        ("financiele moeilijkheden", 0.55), ("financiele situatie", 0.45), ("financiele steun", 0.4),
        ("financiele hulp", 0.4), ("geldprobl*", 0.55), ("geldzorgen", 0.55), ("schulden*", 0.45),
        ("schuldbemiddel*", 0.6), ("schuldhulp*", 0.55), ("schuldenlast", 0.5),
        ("collectieve schuldenregeling", 0.6), ("budgetbeheer", 0.6), ("budgetbegeleiding", 0.6),
        ("budgetmeter", 0.5), ("afbetalingsplan*", 0.55), ("afbetaling*", 0.4), ("gespreide betaling", 0.45),
        # a bill paid in parts: "betaling in 3 delen", "in drie delen betalen", "in schijven"
        ("betaling in ~ delen", 0.45), ("in ~ delen betalen", 0.45), ("in ~ delen te betalen", 0.45),
        ("betaling in ~ schijven", 0.45), ("in ~ schijven betalen", 0.45), ("in ~ schijven te betalen", 0.45),
        ("spreiding van de betaling", 0.45), ("aanmaning*", 0.4), ("ingebrekestelling", 0.55),
        ("euro in ~ delen", 0.45), ("in ~ termijnen betalen", 0.45),  # batch41: a bill paid in parts
        ("incasso*", 0.5), ("invordering*", 0.5),
        ("deurwaarder*", 0.55), ("loonbeslag", 0.6), ("ocmw", 0.45), ("CPAS", 0.45), ("sociaal huis", 0.35),
        ("leefloon", 0.55), ("werkloos*", 0.35), ("uitkering*", 0.3), ("invaliditeit*", 0.4),
        ("armoede", 0.35),
        ("kansarm*", 0.35), ("voedselbank*", 0.55), ("voedselpakket*", 0.5), ("sociale kruidenier", 0.5),
        ("schooltoelage*", 0.4), ("studietoelage*", 0.4), ("verhoogde tegemoetkoming", 0.5),
        ("sociaal tarief", 0.4), ("kansentarief", 0.45), ("schoolrekening*", 0.3), ("schoolfactu*", 0.3),
        ("nog niet betaald", 0.4), ("niet betaald", 0.35), ("kan niet betalen", 0.5),
        ("kunnen niet betalen", 0.5), ("niet kunnen betalen", 0.5), ("failliet", 0.35),
        ("faillissement", 0.3),
        ("laag inkomen", 0.45), ("beperkt inkomen", 0.45), ("unpaid invoice*", 0.55), ("unpaid bill*", 0.55),
        ("outstanding balance", 0.45), ("debt*", 0.45), ("payment plan", 0.55),
        ("financial difficult*", 0.55),
        ("financial hardship", 0.55), ("food bank", 0.55), ("factures impayees", 0.55), ("impaye*", 0.45),
        ("dettes", 0.45), ("plan de paiement", 0.55), ("difficultes financieres", 0.55),
    ),
}

# Facts said without the keyword: events and situations as verbs and nouns (a death, an arrest, a
# placement, self-harm, a pregnancy, an unpaid bill paid by the OCMW), in Dutch with Flemish forms,
# English and French. Same syntax and weights as DEFAULT_LEXICON; merged into it below.
PARAPHRASES: dict[str, tuple[tuple[str, float], ...]] = {
    "psychosocial": (
        # self-harm, suicidal thoughts
        ("zichzelf ~ gesneden", 0.6), ("zichzelf ~ snijden", 0.6), ("zichzelf ~ krassen", 0.6),
        ("krast zichzelf", 0.6), ("wondjes ~ arm*", 0.5), ("wondjes ~ onderarm*", 0.55), ("wondjes ~ pols*", 0.55),
        ("sneetjes ~ arm*", 0.55), ("krassen op ~ arm*", 0.55), ("snijwonde*", 0.35), ("veiligheidsafspraak", 0.5),
        ("veiligheidsplan", 0.45), ("cuts on ~ arm*", 0.55), ("hurts herself", 0.55), ("hurts himself", 0.55),
        ("scarifi*", 0.6), ("se scarifie", 0.6), ("er een einde aan ~ maken", 0.6),
        ("einde aan ~ leven", 0.55),
        ("niet meer ~ leven", 0.5), ("levensmoe*", 0.55), ("liever dood", 0.55), ("wil ~ dood", 0.5),
        ("dood ~ willen", 0.5), ("wants to die", 0.6), ("veut mourir", 0.6), ("kill herself", 0.6),
        ("kill himself", 0.6),
        ("end her life", 0.6), ("end his life", 0.6), ("mettre fin a ses jours", 0.6),
        # feeling a burden, a warning sign of suicide: "iedereen is beter af zonder mij"
        ("beter af ~ zonder mij", 0.55), ("beter af ~ zonder me", 0.55), ("zonder mij ~ beter af", 0.55),
        ("better off without me", 0.6), ("mieux sans moi", 0.55), ("burden to ~ everyone", 0.5),
        # anxiety, panic, distress ("paniek" alone is weak: "in paniek omdat zijn kluisje niet openging")
        ("paniek", 0.3), ("panic*", 0.45), ("hyperventil*", 0.5), ("hartkloppingen", 0.4),
        ("nachtmerries", 0.45),
        ("nightmares", 0.45), ("cauchemars", 0.45), ("crise d'angoisse", 0.5), ("crises d'angoisse", 0.5),
        ("attaque de panique", 0.5),
        ("durft ~ niet ~ naar school", 0.5), ("durft ~ niet meer", 0.3), ("slecht ~ slaapt", 0.35),
        ("schrikt ~ van ~ geluid*", 0.45), ("huilde", 0.3), ("moest ~ huilen", 0.35), ("in tranen", 0.3),
        ("bleten", 0.3), ("crying", 0.3), ("pleurait", 0.3), ("shortness of breath", 0.3), ("aangeslagen", 0.3),
        # bullying, exclusion
        ("uitgelachen", 0.45), ("uitgesloten", 0.4), ("buitengesloten", 0.45), ("uit de groepsapp", 0.4),
        ("uit de groepschat", 0.4), ("nepaccount*", 0.45), ("spottende", 0.35), ("kwetsende", 0.35), ("bespot", 0.4),
        ("herstelgesprek*", 0.45), ("no-blame*", 0.45), ("niemand ~ naast ~ zitten", 0.4), ("geplaagd", 0.35),
        ("treiter*", 0.45), ("harcele*", 0.45), ("moque*", 0.35), ("left out", 0.3), ("excluded by", 0.4),
        ("mocked", 0.4), ("mocking", 0.35), ("made fun of", 0.4), ("laughed at", 0.35),
        # behaviour, discipline, absence
        ("tuchtgesprek*", 0.45), ("begeleidingscontract*", 0.5), ("gedragscontract*", 0.5), ("volgkaart*", 0.45),
        ("volgcontract*", 0.5), ("spijbelcontract*", 0.5),
        ("time-outruimte", 0.4), ("time-outklas", 0.4), ("time-outlokaal", 0.4),
        ("gespijbeld", 0.45), ("spijbelt", 0.45), ("problematisch afwezig", 0.5),
        ("halve dagen ~ afwezig", 0.4), ("stoel ~ gegooid", 0.45), ("gooide ~ stoel", 0.45), ("uitbarsting*", 0.4),
        ("woedeaanval*", 0.45), ("vechtpartij*", 0.4), ("incident*", 0.2), ("exclusion definitive", 0.5),
        # drugs
        ("blowt", 0.5), ("blowen", 0.45), ("joint*", 0.35), ("wiet", 0.45), ("softdrugs", 0.45),
        # eating, sleep, withdrawal, sexual abuse (said in plain words)
        ("eet ~ niet meer", 0.45), ("gooit ~ lunch ~ weg", 0.45), ("braakt ~ na het eten", 0.5),
        ("zelfmoordgedachte*", 0.6), ("antidepressiva", 0.55), ("antidepressivum", 0.55), ("slaappillen", 0.45),
        ("misbruikt", 0.55), ("aangerand", 0.55), ("betast", 0.45), ("ongepast ~ aangeraakt", 0.5),
        ("depressed", 0.5), ("anxious", 0.35), ("self-harming", 0.6), ("harassed", 0.4), ("harcelee", 0.45),
        ("depression", 0.5), ("angoisse*", 0.4), ("idees suicidaires", 0.6), ("wil ~ niet meer ~ naar school", 0.45),
        # self-harm said reflexively, a wish to be gone, stealing, crying at the gate, days away
        ("zich ~ gesneden", 0.6), ("zich ~ snijdt", 0.55), ("zich ~ gekrast", 0.55),
        ("liever niet meer ~ zijn", 0.55), ("er niet meer ~ zijn", 0.45), ("betrapt ~ stelen", 0.5),
        # the wish not to wake up again, and sleep that fails
        ("niet meer wakker ~ worden", 0.55), ("nooit meer wakker ~ worden", 0.55), ("slaapproblemen", 0.35),
        ("betrapt ~ diefstal", 0.5), ("heeft ~ gestolen", 0.4), ("huilend", 0.3), ("schooldagen ~ afwezig", 0.4),
        ("geschorst", 0.45), ("schorsing", 0.4), ("geschopt", 0.35), ("uitgescholden", 0.35),
        ("kamer niet uit", 0.4), ("withdrawn", 0.35), ("feeling down", 0.4), ("see the point", 0.4),
        ("exclusion temporaire", 0.45), ("exclu ~ jours", 0.45), ("a frappe", 0.4), ("menaces", 0.35),
        # a fight and aggression, in French and English as "vechtpartij" and "agressief gedrag" say it in Dutch
        ("bagarre*", 0.4), ("s'est battu*", 0.45), ("coup de poing", 0.4), ("coups de poing", 0.4),
        ("comportement agressif", 0.45), ("agressif", 0.35), ("agressive", 0.35), ("violemment", 0.35),
        ("got into a fight", 0.45), ("punched", 0.4), ("aggressive behaviour", 0.45), ("aggressive behavior", 0.45),
        # drunk, caught with alcohol, sent home from a trip or out of school for it (behaviour with consequences)
        ("dronken", 0.4), ("betrapt ~ drank", 0.45), ("betrapt ~ alcohol", 0.45), ("naar huis gestuurd", 0.4),
        # caught smoking or vaping, as with alcohol (the rule against it, told to everybody, names no one)
        ("betrapt ~ vape*", 0.45), ("betrapt ~ vapete", 0.45), ("aan het vapen", 0.4), ("betrapt ~ rookte", 0.45),
        ("betrapt ~ roken", 0.45), ("betrapt ~ sigaret*", 0.45), ("betrapt ~ e-sigaret*", 0.45),
        ("caught ~ vaping", 0.45), ("caught ~ smoking", 0.45), ("surpris ~ vapoter", 0.45),
        ("surpris ~ fumer", 0.45), ("surprise ~ vapoter", 0.45), ("surprise ~ fumer", 0.45),
        ("sent home", 0.35), ("renvoye a la maison", 0.4), ("was drunk", 0.45), ("ivre", 0.35),
        # the police hearing a pupil, threats and extortion against one (the pupil as suspect or as victim)
        ("verhoord", 0.45), ("politieverhoor", 0.5), ("politieonderzoek", 0.4), ("auditionne ~ police", 0.45),
        ("auditionnee ~ police", 0.45), ("questioned by ~ police", 0.45), ("interviewed by ~ police", 0.45),
        ("bedreigd", 0.4), ("afgeperst", 0.5), ("afpersing", 0.45), ("racket*", 0.4), ("extorted", 0.5),
        ("threatened", 0.4),
        # threats and a theft reported to the police, the youth police's officer, victim support; a locker broken
        # open (the pupil who did it, or whose it was)
        ("bedreigingen", 0.4), ("bedreiging", 0.35), ("jeugdinspecteur", 0.45), ("jeugdpolitie", 0.45),
        ("jeugdafdeling ~ politie", 0.45), ("jeugdbrigade", 0.45), ("brigade des mineurs", 0.45),
        ("police ~ questioned", 0.45), ("police ~ interviewed", 0.45), ("politie ~ verhoren", 0.45),
        # held by the police and let go: at the police station, released without charges
        ("op het politiebureau", 0.45), ("naar het politiebureau", 0.45), ("au commissariat", 0.45),
        ("police station", 0.4), ("released ~ without charge*", 0.45), ("sans poursuites", 0.4),
        ("zonder vervolging", 0.4), ("op het commissariaat", 0.45), ("naar het commissariaat", 0.45),
        ("winkeldiefstal", 0.45), ("shoplifting", 0.45), ("vol a l'etalage", 0.45),
        # (a theft alone is weak: "de school is niet verantwoordelijk bij diefstal")
        ("slachtofferhulp", 0.5), ("verklaring afgelegd", 0.4), ("diefstal", 0.3),
        ("opengebroken", 0.45), ("openbreekt", 0.45), ("openbrak", 0.45), ("openbreken", 0.4),
        # a pupil called names, racist abuse reported (the pupil as the victim; the words themselves are conduct's)
        ("uit te schelden", 0.45), ("uitschelden", 0.45), ("scholden ~ uit", 0.45), ("racistische opmerking*", 0.45),
        ("racistisch ~ uitgescholden", 0.5), ("racistische ~ scheldwoord*", 0.5), ("racist remark*", 0.45),
        ("racist abuse", 0.5), ("racist comment*", 0.45), ("a ete insulte*", 0.45), ("l'a traite de", 0.45),
        ("propos racistes", 0.45), ("insultes racistes", 0.5),
        # caught cheating at an exam and its sanction (a behaviour incident with consequences: the class council
        # weighs it); the exam rules that explain it to everybody stay general
        ("fraude", 0.35), ("examenfraude", 0.45), ("gespiekt", 0.4), ("spiekte", 0.4), ("spiekbrief*", 0.4),
        ("betrapt", 0.3), ("betrapt ~ spieken", 0.45), ("betrapt ~ fraude", 0.45), ("cheating", 0.35),
        ("caught cheating", 0.45), ("triche*", 0.35), ("a triche", 0.45),
        # a sanction the school imposes on a pupil (the school rules that list sanctions name no one; a detention for
        # coming late, "strafstudie", is everyday discipline: three authors labelled it so)
        ("herstelsanctie*", 0.45), ("tuchtsanctie*", 0.45), ("strafsanctie*", 0.45),
        ("vuistslag*", 0.4),
        ("dagen ~ niet ~ naar school", 0.4),
        # unjustified absence and school refusal, said in Dutch and in French
        # (not "ongewettigde afwezigheid" alone: the school rule explained, "dan wordt dat een ongewettigde
        # afwezigheid", says it as often as a pupil's absences)
        ("vaak afwezig", 0.4), ("afwezig zonder geldige reden", 0.35), ("afwezig ~ halve dagen", 0.4),
        ("niet graag naar school", 0.4),
        ("refus scolaire", 0.55), ("phobie scolaire", 0.55), ("decrochage scolaire", 0.5), ("decroche", 0.4),
        ("absences injustifiees", 0.5), ("absences non justifiees", 0.5), ("absente ~ jours sur", 0.4),
        ("ne veut plus ~ aller a l'ecole", 0.5),
        # trauma, flight, war
        ("gevlucht", 0.4), ("beschieting*", 0.4), ("bombardement*", 0.4), ("oorlog", 0.3), ("war trauma", 0.5),
    ),
    "family": (
        # death in the family
        ("is overleden", 0.4), ("gestorven", 0.35), ("stierf", 0.35), ("niet overleefd", 0.4),
        ("kwam om het leven", 0.4), ("omgekomen", 0.35), ("died", 0.35), ("decede*", 0.35), ("rouwt", 0.45),
        ("heengegaan", 0.35), ("ontslapen", 0.35),  # said gently, as people do
        *(
            (f"{own} {kin} ~ {verb}", 0.55)
            for own in ("zijn", "haar", "z'n", "hun", "his", "her")
            for kin in ("vader", "moeder", "mama", "papa", "broer", "zus", "broertje", "zusje", "opa", "oma",
                        "grootvader", "grootmoeder", "father", "mother", "brother", "sister", "grandfather",
                        "grandmother")
            for verb in ("overleden", "overleed", "gestorven", "stierf", "niet overleefd", "omgekomen", "died",
                         "heengegaan", "passed away")
        ),
        # police, court, prison
        ("opgepakt", 0.45), ("gearresteerd", 0.5), ("aangehouden", 0.35), ("in de gevangenis", 0.55),
        ("in de cel", 0.45), ("politie ~ thuis", 0.45), ("politie ~ ter plaatse", 0.4), ("parket", 0.4),
        ("vonnis", 0.45), ("uitspraak van de rechter", 0.5), ("beslissing van de rechter", 0.5),
        ("de rechter heeft", 0.45), ("omgangsrecht", 0.55), ("contactrecht", 0.55), ("arrested", 0.5),
        ("in prison", 0.55), ("en prison", 0.55), ("incarcere*", 0.5),
        # placement, where the child lives, safety at home
        ("consulent ~ jeugd*", 0.5), ("woont niet meer thuis", 0.5),
        # youth welfare's own services: Opgroeien's consulent, the support centre (OCJ), the juvenile court's service
        ("consulent ~ opgroeien", 0.5), ("ondersteuningscentrum jeugdzorg", 0.5), ("OCJ", 0.45),
        ("sociale dienst jeugdrechtbank", 0.55), ("SDJ", 0.4),
        ("logeert ~ bij ~ oma", 0.45), ("logeert ~ bij ~ grootmoeder", 0.45), ("logeert ~ bij ~ grootouders", 0.45),
        ("verblijft ~ bij ~ grootmoeder", 0.45), ("verblijft ~ bij ~ grootouders", 0.45),
        ("verblijft ~ bij ~ oma", 0.45), ("woont ~ bij ~ grootouders", 0.4), ("woont ~ bij ~ oma", 0.4),
        ("thuis ~ niet veilig", 0.55), ("thuis ~ niet meer veilig", 0.55), ("thuis ~ onveilig", 0.55),
        ("niet ~ naar huis ~ wil*", 0.45), ("wil ~ niet ~ naar huis", 0.45),
        ("nieuwe vriend van ~ mama", 0.4), ("nieuwe vriend van ~ moeder", 0.4), ("nieuwe partner van ~ mama", 0.4),
        *(
            (pattern.format(own=own, kin=kin), 0.45)
            for own in ("zijn", "haar", "z'n")
            for kin in ("vader", "moeder", "mama", "papa")
            for pattern in ("bij {own} {kin} ~ woont", "bij {own} {kin} ~ wonen", "woont ~ bij {own} {kin}")
        ),
        ("uit hun ~ gezet", 0.5), ("politie ~ meegenomen", 0.5), ("door de politie", 0.35),
        ("semaine sur deux", 0.5), ("jugement", 0.35), ("decision ~ du juge", 0.45),
        ("enkel nog ~ weekend", 0.45), ("alleen nog ~ weekend", 0.45), ("om het weekend", 0.45),
        ("weekend op twee", 0.5), ("week-end sur deux", 0.5), ("weekend sur deux", 0.5), ("separation", 0.4),
        ("mag ~ niet ~ ophalen", 0.45), ("mag ~ niet ~ meenemen", 0.4), ("geen informatie meer", 0.4),
        # separation, a parent who left, one income
        ("aan het scheiden", 0.55), ("het huis uit", 0.4), ("papa ~ vertrokken", 0.45), ("vader ~ vertrokken", 0.45),
        ("mama ~ vertrokken", 0.45), ("moeder ~ vertrokken", 0.45), ("niets meer van zich ~ horen", 0.5),
        ("elke week wisselen", 0.45), ("week bij papa", 0.45), ("week bij mama", 0.45), ("alleen ~ rondkomen", 0.45),
        ("alleenstaande mama", 0.45), ("papa woont ~ niet meer", 0.5), ("mama woont ~ niet meer", 0.5),
        # a family's flight is its situation too (not "onze vlucht uit Cork heeft vertraging": a plane's flight)
        ("gevlucht", 0.4), ("vluchtte uit", 0.4), ("vluchtten uit", 0.4),
        ("zit ~ vast", 0.35), ("achter de tralies", 0.5), ("opgesloten", 0.35), ("pleegmama", 0.55),
        ("pleegpapa", 0.55), ("instelling", 0.2), ("internaat", 0.3), ("voorziening ~ jeugdhulp", 0.5),
        ("uit huis gezet", 0.55), ("huisuitzetting", 0.55), ("uithuiszetting", 0.55), ("dakloos", 0.5),
        ("daklozenopvang", 0.55), ("placed in care", 0.55), ("evicted", 0.55),
        ("homeless", 0.5),
        ("place en foyer", 0.55), ("placee en foyer", 0.55), ("placee", 0.4), ("garde ~ enfant*", 0.45),
        # the French for "zijn ouders gaan uit elkaar", "papa is vertrokken", co-parenting
        ("parents ~ se separent", 0.55), ("se separent", 0.35), ("parents ~ separes", 0.5), ("se sont separes", 0.5),
        ("pere ~ quitte ~ maison", 0.5), ("mere ~ quitte ~ maison", 0.5), ("garde alternee", 0.5),
        ("divorce", 0.5),
        ("overlijden van ~ vader", 0.55), ("overlijden van ~ moeder", 0.55), ("overlijden van ~ mama", 0.55),
        ("overlijden van ~ papa", 0.55), ("begraven", 0.3), ("komt ~ zonder ~ eten", 0.45), ("honger", 0.3),
        # a death in the family in French and English, as "overlijden", "begrafenis" and "rouw" say it in Dutch
        ("deces", 0.35), ("funerailles", 0.3), ("obseques", 0.3), ("deuil", 0.3), ("funeral", 0.3),
        *((f"deces de ~ {w}", 0.55) for w in ("pere", "mere", "maman", "papa", "frere", "soeur")),
        *((f"death of ~ {w}", 0.55) for w in ("father", "mother", "mum", "mom", "dad", "brother", "sister")),
        # violence at home
        ("thuis ~ ruzie", 0.45),
        ("ruzie ~ slaan", 0.5), ("met slaan", 0.45), ("geweld ~ thuis", 0.55), ("thuis ~ geweld", 0.55),
        ("geweld", 0.35), ("violence", 0.4), ("blauwe plek", 0.35),
    ),
    "medical": (
        ("in verwachting", 0.5), ("verwacht ~ kindje", 0.55), ("verwacht ~ baby", 0.55), ("uitgerekend", 0.25),
        ("gynaecoloog", 0.5), ("vroedvrouw", 0.45), ("enceinte", 0.55), ("expecting a baby", 0.55),
        ("*operatie", 0.35), ("operatie aan", 0.45), ("operation", 0.3), ("l'hopital", 0.4), ("chirurg*", 0.4),
        ("de spoed", 0.4), ("puffer", 0.4), ("longarts", 0.45), ("adrenalinepen*", 0.55), ("adrenaline-pen*", 0.5),
        ("noodmedicatie", 0.35), ("krukken", 0.35), ("blindedarm*", 0.45), ("gebroken", 0.3), ("gehoorbeperking", 0.5),
        ("visusbeperking", 0.5), ("allergische reactie", 0.5), ("diabetes type", 0.55), ("comprime*", 0.35),
        ("traitement", 0.35), ("medecin", 0.25), ("buikpijn", 0.25), ("misselijk", 0.25), ("attestation du", 0.2),
        ("antidepressiva", 0.5), ("antidepressivum", 0.5), ("slaapmedicatie", 0.45),  # medication is medical too
        ("epilepsieaanval*", 0.55), ("insulinepomp", 0.55), ("glucosesensor", 0.5), ("hypo", 0.3),
        ("glucose-app", 0.45), ("cardioloog", 0.45), ("cardiolog*", 0.4), ("cardiologist", 0.45),
        # batch40's classes: a chronic bowel disease, an organ transplant and its medication, a kidney specialist;
        # a burn
        ("crohn", 0.5), ("colitis", 0.5), ("*transplantatie", 0.55), ("transplant", 0.45), ("transplanted", 0.45),
        ("immunosuppress*", 0.5), ("immunosuppressiva", 0.5), ("nefroloog", 0.45), ("nephrolog*", 0.45),
        ("brandwonde*", 0.45), ("zich ~ verbrand", 0.45),
        # a pupil's toileting accidents (special education: told plainly, without "incontinentie"), and a day's
        # dose or the pills of one pupil's medication
        ("incontinen*", 0.5), ("broek ~ geplast", 0.5), ("broek ~ gepoept", 0.5), ("broek ~ plast", 0.45),
        ("luier*", 0.35), ("bedplassen", 0.45), ("wet himself", 0.45), ("wet herself", 0.45),
        ("ochtenddosis", 0.45), ("middagdosis", 0.45), ("avonddosis", 0.45), ("pilletje*", 0.4),
        ("ziekenhuisopname", 0.5), ("ligt in het ziekenhuis", 0.5), ("bestraling", 0.5), ("kneuzing", 0.35),
        ("gescheurde", 0.3), ("hersenvliesontsteking", 0.55), ("longontsteking", 0.45), ("surgery", 0.45),
        # an illness that keeps a pupil away for weeks, in the three languages of the school's mail
        ("ziekte van pfeiffer", 0.5), ("pfeiffer", 0.45), ("klierkoorts", 0.5), ("mononucleos*", 0.5),
        ("glandular fever", 0.5), ("pneumonia", 0.45), ("meningitis", 0.55), ("appendicitis", 0.45),
        ("appendicite", 0.45), ("pneumonie", 0.45), ("illness", 0.3),
        # a school accident taken to the emergency department, in French and English as "spoed" says it in Dutch
        ("aux urgences", 0.45), ("service des urgences", 0.45), ("radiographie", 0.4),
        ("s'est fait mal", 0.35), ("emergency room", 0.45), ("emergency department", 0.45), ("a&e", 0.4),
        ("x-ray", 0.4), ("gespalkt", 0.4), ("spalk", 0.4),
        # a food one pupil may not have, the allergen named without the word allergy ("mag echt geen noten")
        *((f"mag ~ geen {food}", 0.45) for food in ("noten", "pinda*", "gluten", "lactose", "schaaldieren", "sesam")),
        # a sports injury and its care, in a trainer's or a sports physician's words (a top-sport school)
        ("verstuik*", 0.4), ("verzwikt", 0.35), ("enkelband*", 0.45), ("kruisband*", 0.45),
        ("ligament*", 0.4), ("afscheuring", 0.4), ("spierscheur*", 0.45), ("hamstring*", 0.35), ("blessure*", 0.35),
        ("geblesseerd", 0.35), ("sportarts", 0.4), ("kine", 0.35), ("kinesist*", 0.35), ("pijnstiller*", 0.4),
        ("fractuur", 0.45),
        ("MRI", 0.4), ("echografie", 0.4), ("rontgenfoto", 0.4), ("entorse", 0.45), ("dechirure", 0.45),
        ("IRM", 0.4), ("fracture", 0.45), ("antidouleur*", 0.4), ("ischio*", 0.35), ("sprain*", 0.45),
        ("torn ligament*", 0.5), ("physio", 0.35), ("physiotherap*", 0.35), ("concussion", 0.45),
        ("painkiller*", 0.4), ("grommets", 0.45), ("ear tubes", 0.45), ("ENT doctor", 0.45),
        ("diagnosed", 0.5), ("in hospital", 0.45), ("seizures", 0.5), ("hospitalise*", 0.45), ("diagnostique*", 0.45),
        # a diagnosed learning disorder is medical information as well as a care matter
        ("dyslex*", 0.45), ("dyscalcul*", 0.45), ("dysorthografie", 0.45), ("dyspraxie", 0.45),
        ("leerstoornis*", 0.45),
    ),
    "care": (
        ("hgd*", 0.5), ("handelingsgericht diagnostisch*", 0.55), ("dysorthografie", 0.5), ("revalidatiecentrum", 0.45),
        ("b-attest", 0.45), ("c-attest", 0.45), ("clausulering", 0.45), ("attest van verworven bekwaamheden", 0.5),
        ("heroriente*", 0.4), ("aangemeld bij ~ clb", 0.5), ("aanmelding ~ clb", 0.45), ("aandachtsleerling*", 0.5),
        # followed up by the CLB: "wordt door het CLB opgevolgd", "opvolging door het CLB", "het CLB volgt hem op"
        ("clb ~ opgevolgd", 0.45), ("opgevolgd ~ clb", 0.45), ("opvolging ~ clb", 0.45), ("clb-opvolging", 0.45),
        ("clb volgt ~ op", 0.4),
        ("bespreekleerling*", 0.5), ("planningscoaching", 0.35), ("remedi*", 0.3), ("inhaalplan", 0.3),
        ("orientatiegesprek", 0.35), ("concentratieprobl*", 0.45), ("moeite met ~ concentratie", 0.4),
        ("leerlingfiche", 0.3), ("studiebegeleiding", 0.25),
        ("faalangsttraining", 0.45), ("sova-training", 0.45), ("extra zorg", 0.35), ("zorgfase", 0.45),
        ("individueel handelingsplan", 0.55), ("learning plan", 0.4), ("support plan", 0.45), ("accommodations", 0.35),
        ("amenagement*", 0.4), ("suivi ~ clb", 0.45), ("suivi psycho*", 0.5),
        # a kindergarten child's school readiness tested by the CLB, an extra year in kindergarten
        ("schoolrijp*", 0.45), ("extra kleuterjaar", 0.5), ("extra jaar ~ kleuterklas", 0.45),
        # the French for begeleidingsplan, individueel plan, leesproblemen, leermoeilijkheden
        ("plan d'accompagnement", 0.5), ("plan individuel", 0.45), ("difficultes de lecture", 0.4),
        ("difficultes d'apprentissage", 0.45),
        ("GOK", 0.45), ("gok-uren", 0.5), ("gok-uur", 0.5), ("taalondersteuning", 0.35), ("extra ondersteuning", 0.4),
        ("care plan", 0.5), ("individual education plan", 0.55), ("education plan", 0.45),
        # an impairment comes with support measures
        ("gehoorbeperking", 0.45), ("slechthorend*", 0.4), ("slechtziend*", 0.4), ("fm-systeem", 0.45),
        ("fm-zender", 0.45), ("fm-apparatuur", 0.45),
    ),
    "financial": (
        ("facture ~ scolaire", 0.3), ("prendre en charge", 0.3), ("payer en deux fois", 0.5), ("en deux fois", 0.35),
        ("schooltoeslag", 0.4), ("verhoogde schooltoe*", 0.5), ("leenlaptop*", 0.3), ("rondkomen", 0.4),
        ("kan ~ niet betalen", 0.5), ("kunnen ~ niet betalen", 0.5), ("betaalt ~ ocmw", 0.5), ("ocmw ~ betaalt", 0.5),
        ("cpas ~ paie", 0.5), ("in twee keer", 0.35), ("in schijven", 0.35),
        ("geen geld", 0.45), ("krap bij kas", 0.5), ("betalingsherinnering*", 0.4), ("tweede herinnering", 0.4),
        ("derde herinnering", 0.45), ("kan ~ uitstap ~ niet betalen", 0.55), ("kan ~ reis ~ niet betalen", 0.55),
        ("cannot afford", 0.55), ("can't afford", 0.55), ("benefits", 0.3), ("bailiff", 0.55),
        ("n'arrive pas a payer", 0.55), ("facture impayee", 0.55), ("huurachterstand", 0.55),
        ("achterstal*", 0.45), ("elektriciteit ~ afgesloten", 0.5), ("gas ~ afgesloten", 0.5),
        ("solidarity fund", 0.5), ("fonds de solidarite", 0.5), ("fonds social", 0.45),
        ("instalment*", 0.45), ("installment*", 0.45), ("school allowance", 0.35),
        ("balance ~ open", 0.4),
        # no food at home is want; "had geen eten bij" (a lunch box forgotten) is none
        ("stroom ~ afgesloten", 0.5), ("water ~ afgesloten", 0.45), ("nauwelijks eten", 0.45), ("geen eten", 0.3),
        ("thuis ~ geen eten", 0.5), ("geen eten ~ thuis", 0.5), ("geen eten in huis", 0.5),
        ("paiement echelonne", 0.5), ("plan de paiement", 0.55), ("mensualite*", 0.45), ("impaye*", 0.5),
        ("demande d'intervention", 0.45), ("montant ~ encore ouvert", 0.45), ("reste ouvert", 0.35),
        ("frais ~ restent ouverts", 0.5), ("facture ~ ouverte", 0.45), ("factures ~ ouvertes", 0.45),
        ("reste a payer", 0.45),
        ("echelonnement", 0.5), ("en trois fois", 0.35), ("perte de ~ emploi", 0.45), ("au chomage", 0.45),
        ("chomage", 0.35), ("lost ~ job", 0.45),
    ),
}
DEFAULT_LEXICON = {category: terms + PARAPHRASES.get(category, ()) for category, terms in DEFAULT_LEXICON.items()}

# Phrases in which a term does not count (homonyms, everyday expressions, venues, policy).
# whoever has parental authority, as forms name them: a formula, no one's guardian
_GUARDIAN_FORMULAS = (
    "ouder of voogd", "ouders of voogd", "ouder of de voogd", "ouders of de voogd", "ouder/voogd", "ouders/voogd",
    "ouder(s) of voogd", "ouder(s)/voogd", "ouder(s) of voogd(en)", "ouders of voogden", "ouder of wettelijke voogd",
    "parent or guardian", "parents or guardians", "parent/guardian", "parent ou tuteur", "parents ou tuteurs",
)
# a hospital as a workplace: an internship, a department, a job (no one's stay)
_HOSPITAL_WORKPLACES = (
    "stage in het ziekenhuis", "stage in een ziekenhuis", "stage bij het ziekenhuis", "stageplaats in het ziekenhuis",
    "labo van het ziekenhuis", "apotheek van het ziekenhuis", "keuken van het ziekenhuis",
    "technische dienst van het ziekenhuis", "werkt in het ziekenhuis", "werkt in een ziekenhuis",
)
DEFAULT_NEUTRAL: tuple[str, ...] = (
    "scheiding der machten", "scheiding van de machten", "scheiding van machten",
    "scheiding tussen kerk en staat",
    "scheiding van kerk en staat", "gescheiden afval", "afval gescheiden", "gescheiden ophalen",
    "gescheiden inzameling", "gescheiden houden", "gescheiden gehouden", "gescheiden door",
    "uit elkaar halen", "uit elkaar houden", "uit elkaar te houden", "uit elkaar gehaald",
    "uit elkaar vallen",
    "uit elkaar gevallen", "medisch centrum", "medisch-pedagogisch", "medisch pedagogisch", "medisch kabinet",
    "militaire operatie", "zwangerschapsverlof", "bevallingsverlof", "moederschapsrust",
    "psychiatrisch centrum", "zelfmoordaanslag*", "zelfmoordterrorist*", "zelfmoordcommando*",
    "zelfmoordactie*", "verenigd koninkrijk", "rouwkaart", "time-out project", "time-outproject",
    "psychologie", "add to", "add a", "add the", "please add", "ion beam", "type 9 font",
    # things and bodies named after a care word: a cabinet, a trolley, a board (a care school's workplace)
    "medicatiekast*", "medicijnkast*", "medicatiekar*", "medicijnkar*", "ocmw-bestuur", "ocmw-raad",
    "bestuur van het ocmw", "raad van het ocmw",
    # French for "attached" ("vous trouverez ci-joint le bulletin"): no joint of cannabis
    "ci-joint", "ci-jointe", "ci-joints", "ci-jointes", "ci joint", "ci jointe", "piece jointe", "pieces jointes",
    # stuck on a screen, a page, a step ("zit vast op het aanmeldscherm"): no one held (that is "zit vast in")
    "zit ~ vast op",
    # a CLB file opened for a new pupil: every pupil has one, its opening is the enrolment's paperwork
    "aanmaken van het clb-dossier", "clb-dossier aanmaken", "clb-dossier aan te maken", "clb-dossier aanleggen",
    "clb-dossier aan te leggen", "clb-dossier openen", "clb-dossier te openen",
    *_GUARDIAN_FORMULAS,
    *_HOSPITAL_WORKPLACES,
)

# Pupil references found by phrase: (phrase, weight). Strong 0.45, medium 0.3, weak 0.15.
_KIN = ("zoon", "zoontje", "dochter", "dochtertje", "pleegzoon", "pleegdochter")
_CHILD = ("kind", "kindje", "pleegkind")
REFERENCE_PHRASES: tuple[tuple[str, float], ...] = (
    *((f"{p} {k}", 0.45) for p in ("uw", "jullie", "je", "jouw", "onze", "mijn", "ons") for k in _KIN),
    *((f"{p} {k}", 0.45) for p in ("mijn", "ons", "onze") for k in _CHILD),
    *((f"{p} {k}", 0.3) for p in ("uw", "jullie", "je", "jouw") for k in _CHILD),
    *((f"{p} {k}", 0.3) for p in ("zijn", "haar") for k in (*_KIN, *_CHILD)),
    *((f"hun {k}", 0.15) for k in (*_KIN, *_CHILD)),  # "ouders die hun kind ...": often generic
    ("your son", 0.45), ("your daughter", 0.45), ("my son", 0.45), ("my daughter", 0.45), ("our son", 0.45),
    ("our daughter", 0.45), ("votre fils", 0.45), ("votre fille", 0.45), ("mon fils", 0.45), ("ma fille", 0.45),
    ("notre fils", 0.45), ("notre fille", 0.45), ("your child", 0.3), ("votre enfant", 0.3),
    # (also the feminine "leerlinge": "de leerlinge uit 6A die ...")
    *((f"{p} {n}", 0.3) for p in ("de", "deze", "die", "betrokken", "jouw", "onze") for n in ("leerling", "leerlinge")),
    ("dit kind", 0.3), ("deze jongen", 0.3), ("dit meisje", 0.3),
    ("deze jongere", 0.3), ("the student", 0.3), ("this student", 0.3), ("the pupil", 0.3), ("this pupil", 0.3),
    ("l'eleve", 0.3), ("cet eleve", 0.3), ("cette eleve", 0.3), ("leerlingnummer", 0.3), ("stamboeknummer", 0.3),
    ("een leerling", 0.15), ("een leerlinge", 0.15), ("een jongen", 0.15), ("een meisje", 0.15),
    ("het kind", 0.15), ("de jongen", 0.15), ("het meisje", 0.15), ("a student", 0.15), ("a pupil", 0.15),
)
# "uw zoon of dochter": the whole group of parents, no one in particular.
REFERENCE_NEUTRAL: tuple[str, ...] = (
    "zoon of dochter", "zoon/dochter", "dochter of zoon", "dochter/zoon", "zoon en/of dochter",
    "zoon(s) of dochter(s)", "zoon en dochter", "son or daughter", "son/daughter", "fils ou fille",
    "kind of kinderen", "kind(eren)", "kind en/of",
)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Words in the sentence of a term that make it lesson content or a generic statement.
LESSON_WORDS = _wordset(
    "lesonderwerp leerstof hoofdstuk cursus samenvatting biologie wetenschappen natuurwetenschappen spreekbeurt "
    "werkblad handboek leerplan leerdoelen geschiedenis aardrijkskunde godsdienst filosofie lesson chapter "
    "biology documentaire lezing infosessie infoavond workshop campagne voordracht uitleg theorie"
)
GENERIC_WORDS = _wordset(
    "als wanneer indien elk elke iedere ieder alle sommige leerlingen kinderen jongeren bijvoorbeeld bv "
    "if when every all any "
    "students pupils children tous toutes si"
)

# Study-direction abbreviations that follow a year digit in a class code (5 ECMT, 6WEWI).
CLASS_ABBREVIATIONS: tuple[str, ...] = (
    "ECMT", "ECWI", "ECMO", "ECTA", "ECO", "EMT", "LAWI", "LAMT", "LAMO", "LAGR", "LAT", "LA", "WEWI", "WEWE",
    "WEIN", "WE", "MTWI", "MT", "HW", "HUWE", "GW", "STEM", "STWE", "MO", "MOWI", "BW", "BEW", "BEDR", "TW", "IW",
    "ICT", "EM", "EL", "ELMECH", "MECH", "BOUW", "HOUT", "VZ", "ZW", "SPW", "SPORT", "TSO", "BSO", "ASO", "KSO",
    "OKAN", "OPV", "TECH", "NW", "GRLA", "GRWI", "KANT", "ORG", "SOWE", "TWE", "BIO", "BO", "ELIT", "IT",
)

STRONG_REF, MEDIUM_REF, WEAK_REF = 0.45, 0.3, 0.15
MAX_BOOST = 0.45
MIN_BOOST = 0.2  # a finding needs more than one weak reference (a lone name or class code)
TOPIC_BOOST = 0.3
CORROBORATION, MAX_CORROBORATION = 0.1, 0.2
PENALTY = 0.2
TOPIC_PENALTY = 0.3
CROSS_PARAGRAPH = 12  # words: a reference just across a paragraph break still counts
MAX_HITS_PER_CATEGORY = 50  # strongest hits scored per category and text part: bounds huge mails
EVIDENCE_ITEMS = 2
NEAREST_REFS = 8  # references looked at on each side of a term
CROWD = 3  # different full names from which a text is prose about people

# --------------------------------------------------------------------------- pupil names

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
NAME = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_PARTICLE = (
    r"(?:[Vv]an (?:der |den |de )?|[Dd]e |[Dd]e[rn] |[Vv]ande[rn]? |[Vv]er |[Ll]e |[Ll]a |[Dd]u |d'|[Ee]l "
    r"|[Bb]en |'t )"
)
_FULL_NAME = rf"{NAME}(?: {_PARTICLE}?[{_UP}][\w'-]+)?"
_LEERJAAR = r"[1-6](?:ste|de|e) (?:leerjaar|jaar|kleuterklas|klas)"
# Title words: the name after them is a grown-up (staff), never a pupil.
_TITLES = _wordset(
    "juf juffrouw meester meneer mevrouw mevr mr mw mvr dhr heer dr prof collega directeur directrice "
    "leerkracht leraar lerares coordinator zorgcoordinator titularis klastitularis secretariaat mama papa "
    "moeder vader mrs ms mister madame monsieur mme"
)
# Capitalised words that are not names (folded): salutations, days, months, places, institutions.
_NOT_NAMES = _wordset(
    "beste dag hallo hoi geachte lieve liefste dank bedankt groeten groetjes hartelijk vriendelijk met "
    "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag januari februari maart april mei juni juli "
    "augustus september oktober november december pasen kerstmis kerst krokus herfst paas smartschool "
    "leuven brussel heverlee kessel-lo wilsele stroom sint sinte onze lieve vrouw god jezus belgie vlaanderen "
    "nederland frankrijk engels frans nederlands duits wiskunde biologie chemie fysica geschiedenis "
    "aardrijkskunde latijn grieks informatica lo muziek clb caw ocmw uz gasthuisberg pieterscollege "
    "college lyceum atheneum instituut school campus het de een deze die dit dat wij we ik u jij je hij zij "
    "ze zijn haar ons onze jullie hun er ook maar en of want dus toch nog al wel niet geen op in aan van voor "
    "na bij om uit over tot sinds tijdens na volgens graag alvast bijgevoegd hierbij zie nb ps pps verder "
    "tot morgen vandaag gisteren hi hello dear thanks regards mr mrs monday tuesday wednesday thursday friday "
    "bonjour merci cordialement leerlingen leerling ouders ouder klassen klas uitstap toets toetsen les lessen "
    "taak taken examen examens rapport groep groepen iedereen niemand alle sommige jongens meisjes kinderen "
    "wie wat welke waar wanneer hoe enkel alleen zowel daarom vanaf tijdens vorige volgende deze eerste "
    "tweede derde vierde vijfde zesde mama papa juf meester mevrouw meneer directie secretariaat iemand "
    "klasgenoten jongeren leerkrachten daguitstap sportdag schoolreis bezoek lokaal vergadering oudercontact "
    "proefwerk huiswerk titularis een twee drie vier vijf zes zeven acht negen tien samenvatting planning "
    "dringend vertrouwelijk betreft onderwerp overdracht verslag info informatie vraag opvolging update "
    "reminder herinnering uitnodiging "
    # the school's platforms and tools: "Informat - account", "Wisa: rapporten"
    "informat wisa bingel diddit scoodle toledo moodle itslearning classroom teams office outlook onedrive "
    "sharepoint google microsoft zoom webex padlet kahoot quizlet canva"
)

_CLASS_CODE = re.compile(
    r"[1-7] ?[A-Z]{1,6}[1-9]?(?![\w/-])|[KL][1-6][A-F]?(?![\w/-])|[Kk]las(?:groep)? [1-7]\w{0,6}\b"
    rf"|{_LEERJAAR}\b"
    # typed in lower case, as on a phone, only in brackets: "ella (4d)", not "de 3d-printer"
    r"|[1-7](?<=\(\d)[a-f][1-9]?(?=\))"  # (the digit first: a leading look-behind is tried at every position)
)
_YEAR_LETTER = re.compile(r"[1-7] ?[A-F][1-9]?")


def class_codes(norm: str, abbreviations: frozenset[str], lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Spans of class codes in norm[lo:hi]: 3B, 1A2, 5 ECMT, 6WEWI, L3, K2, "klas 3", "3de
    leerjaar" (not inside a word, a date or a number). A year digit with letters is a class code
    when the letters are A-F (3B, 1A2) or a known study-direction abbreviation (ECMT); the
    regex stays simple and cheap to scan, the set lookup decides."""
    spans = []
    for match in _CLASS_CODE.finditer(norm, lo, len(norm) if hi is None else hi):
        start = match.start()
        if start > 0 and (norm[start - 1].isalnum() or norm[start - 1] in "/.,-"):
            continue
        code = match.group()
        year_and_letters = code[0].isdigit() and code[1:2] in " ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        if (
            year_and_letters
            and not _YEAR_LETTER.fullmatch(code)
            and code[1:].strip().rstrip("123456789") not in abbreviations
        ):
            continue
        spans.append((start, match.end()))
    return spans


def _strip_class_codes(text: str, abbreviations: frozenset[str]) -> str:
    for start, end in reversed(class_codes(text, abbreviations)):
        text = text[:start] + text[end:]
    return text


_KIN_WORDS = (
    "leerling", "leerlinge", "zoon", "zoontje", "dochter", "dochtertje", "pleegzoon", "pleegdochter", "pleegkind",
    "kleinzoon", "kleindochter", "broer", "broertje", "zus", "zusje", "klasgenoot", "klasgenote", "son",
    "daughter", "pupil", "student", "fils", "fille", "eleve",
)
_PARENT_WORDS = (
    "ouders", "ouder", "mama", "papa", "mams", "paps", "moeder", "vader", "mam", "pap", "plusmama", "pluspapa",
    "stiefvader", "stiefmoeder", "grootouders", "oma", "opa", "voogd", "pleegouders", "pleegmoeder",
    "pleegvader", "parents", "mother", "father", "mum", "mom", "dad", "mere", "pere",
)
# After a kin word: "leerling Tom", "zoon: Tom Peeters". After a parent word: "ouders van Lotte".
_AFTER_KIN = re.compile(rf":? ({_FULL_NAME})\b")
_AFTER_PARENT = re.compile(rf" (?i:van|of|de) ({_FULL_NAME})\b")
# Before a class code: "Tom Peeters (", "Lotte uit ", "Jonas, klas ", "Emma Claes ".
_BEFORE_CODE = re.compile(
    rf"({_FULL_NAME}) ?(?:\((?i:klas )?|, (?i:klas )?|(?P<rel> (?i:uit|van|in|of|zit in|from|in class)"
    rf"(?: het)? (?i:klas )?))$"
)
_BEFORE_CODE_BARE = re.compile(rf"({NAME} {_PARTICLE}?[{_UP}][\w'-]+) $")
# Typed all in lower case, as on a phone: "rune smolders (2D)", "jamal (2A)" (the first word must be a first
# name that is no ordinary word; only before a class code in brackets).
# "rune smolders (2D)", "ella van den broeck (4d)", "malak el idrissi (5c)": a first name, a surname's particles
_BEFORE_CODE_LOWER = re.compile(
    rf"(?:^|[^\w'-])([{_LOW}]{{2,}}(?: (?:van|vande|vanden|vander|de|den|der|ter|ten|le|la|du|el|ben|'t))*"
    rf"(?: [{_LOW}]{{2,}})?) ?\((?i:klas )?$"
)
# ... or before a bare class code typed in lower case: "yasmine 3c heeft ...", "jonas uit 4b" (one word, a first
# name that is no ordinary word; the code found digit first, so that the engine skips to digits; not "2e", which
# is "tweede": "anna werd 2e")
_LOWER_CODE = re.compile(r"[1-7](?<= [1-7])[a-df][1-9]?(?![\w/-])")
_BEFORE_BARE_LOWER = re.compile(rf"(?:^|[^\w'-])([{_LOW}]{{2,}})(?: (?:uit|van|in))? $")

# "Emma's ouders", "Tom z'n mama": a possessive name, a medium reference where it stands.
_POSSESSIVE = re.compile(
    rf"({NAME})(?:'s|’s| z'n) (?i:ouders|mama|papa|moeder|vader|broer|zus|gezin|thuissituatie|pleegouders"
    rf"|pleeggezin|medicatie|diagnose|zorgplan|verslag|begeleiding)\b"
)
_NAME_RE = re.compile(rf"{NAME}(?: (?:[Vv]an |[Dd]e |[Dd]e[rn] |[Tt]e[rn] |[Vv]an de[rn]? )?{NAME})*\b")
_YOU_RE = re.compile(r"\b(?:je|jij|jou|jouw|you|your)\b")
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_WORD_RE = re.compile(r"[a-z]+")
# The agent of what is done to someone ("gepest door oudere leerlingen", "bullied by other pupils"): a plural
# there says who did it, not that the sentence speaks of everybody ("leerlingen die gepest worden" does).
_AGENT = re.compile(
    r"(?:door(?<!\wdoor)|by(?<!\wby)|par(?<!\wpar))\s+(?:[a-z'-]+\s+){0,2}"  # (letters first: scanned fast)
    r"(?:leerlingen|kinderen|jongeren|klasgenoten|students|pupils|children|classmates|eleves|enfants)\b"
    r"(?!\s+(?:die|dat|te|om|who|that|to|qui|pour)\b)"
)


# a definite plural names the pupils just spoken of, not pupils in general: "beide leerlingen zijn geschorst", "de
# twee kinderen", "these students" ("leerlingen" alone is a generic word)
_DEFINITE_PLURAL = re.compile(
    r"\b(?:beide|beiden|de (?:twee|drie|vier)|deze|die|betrokken|both|these|the two|the three|les deux|ces)\s+"
    r"(?:leerlingen|kinderen|jongeren|students|pupils|children|eleves|enfants)\b"
)


def _sentence_words(text: str) -> set[str]:
    """The words of a (folded) sentence that say whom it speaks of: the agent of a passive and a definite plural
    left out."""
    return set(_WORD_RE.findall(_DEFINITE_PLURAL.sub(" ", _AGENT.sub(" ", text))))


def _fold_word(word: str) -> str:
    """One word as the word sets hold it: lower case without accents (cheap for plain ASCII)."""
    return word.lower() if word.isascii() else fold_term(word)


def _word_start(norm: str, pos: int) -> bool:
    return pos == 0 or not norm[pos - 1].isalnum()


# --------------------------------------------------------------------------- policy schema


class TermSpec(Frozen):
    """A lexicon term with its own weight. A plain string gets ``default_weight``."""

    term: str
    weight: float = Field(default=0.5, ge=0.0, le=1.0)


def _default_specs() -> set[str]:
    return {" ".join(spec.split()) for terms in DEFAULT_LEXICON.values() for spec, _ in terms}


@dataclass(frozen=True)
class _Compiled:
    """What a policy load precomputes: one automaton and the class/name regexes."""

    lexicon: Lexicon
    abbreviations: frozenset[str]  # study directions after a year digit in a class code
    anchors: Lexicon  # kin and parent words after which a pupil's name may follow
    first_names: FirstNames  # Dutch first names (empty when ``first_names: false``)
    model: Model | None = None  # the learned second opinion (None when ``model: false``)
    terms: dict[Category, int] = field(default_factory=dict)  # category -> number of terms


class Config(RuleConfig):
    """Parameters of ``rules.sensitive`` (see docs/rules.md).

    ``lexicon``: extra terms per category (strings, or ``{term, weight}``); a term that is also a
    default term of that category replaces its weight (``weight: 0`` switches it off).
    ``remove``: default terms (as listed in the docs) to drop from every category.
    ``neutral``: extra phrases in which terms do not count. ``references``: extra phrases that
    point at one pupil (weight 0.45 unless given). ``class_codes``: extra study-direction
    abbreviations for class codes (``5 XYZ``). ``window``: words between a term and a pupil
    reference. ``max_chars``: characters read per text part.
    """

    action: Action = Action.HOLD
    internal_action: Action | None = Action.FORWARD
    message: str = (
        "Uw bericht bevat mogelijk gevoelige informatie over een leerling (gezinssituatie, psycho-sociaal, "
        "medisch, zorg of financieel). §3.3: deel zulke informatie via het leerlingvolgsysteem, niet per e-mail."
    )
    threshold: float = Field(default=0.75, gt=0.0, le=1.0)
    high_threshold: float = Field(default=0.95, gt=0.0, le=1.01)
    window: int = Field(default=40, ge=1, le=400)
    default_weight: float = Field(default=0.55, ge=0.0, le=1.0)
    use_default_lexicon: bool = True
    lexicon: dict[Category, tuple[str | TermSpec, ...]] = Field(default_factory=dict)
    remove: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    references: tuple[str | TermSpec, ...] = ()
    class_codes: tuple[str, ...] = ()
    max_chars: int = Field(default=2_000_000, ge=1000)
    first_names: bool = True
    model: bool = True
    model_file: str | None = None
    model_threshold: float = Field(default=0.8, gt=0.0, le=1.0)
    model_alone: float = Field(default=0.7, gt=0.0, le=1.0)
    model_alone_sure: float = Field(default=0.9, gt=0.0, le=1.0)
    model_floor: float = Field(default=0.5, ge=0.0, le=1.0)
    category_threshold: float = Field(default=0.6, gt=0.0, le=1.0)
    model_veto: float = Field(default=0.3, ge=0.0, le=1.0)

    _compiled: _Compiled | None = PrivateAttr(default=None)

    @field_validator("lexicon")
    @classmethod
    def _terms_parse(cls, value: dict[str, tuple[str | TermSpec, ...]]) -> dict[str, tuple[str | TermSpec, ...]]:
        for category, entries in value.items():
            for entry in entries:
                parse_term(entry.term if isinstance(entry, TermSpec) else entry, category, 0.5)
        return value

    @field_validator("neutral", "references")
    @classmethod
    def _phrases_parse(cls, value: tuple[str | TermSpec, ...]) -> tuple[str | TermSpec, ...]:
        for entry in value:
            parse_term(entry.term if isinstance(entry, TermSpec) else entry, "neutral", 0.0)
        return value

    @field_validator("remove")
    @classmethod
    def _removable(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        known = _default_specs()
        unknown = [v for v in value if " ".join(v.split()) not in known]
        if unknown:
            raise ValueError(f"not a default term: {', '.join(unknown)} (see docs/rules.md for the list)")
        return value

    @field_validator("class_codes")
    @classmethod
    def _class_codes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for code in value:
            if not re.fullmatch(r"[A-Za-z]{1,8}", code.strip()):
                raise ValueError(f"{code!r}: a class-code abbreviation is 1 to 8 letters (ECMT, LAWI)")
        return value

    def model_post_init(self, __context: object) -> None:
        self._compiled = self._compile()

    def _compile(self) -> _Compiled:
        terms: dict[tuple[str, str], Term] = {}
        removed = {" ".join(r.split()) for r in self.remove}
        if self.use_default_lexicon:
            for category, defaults in DEFAULT_LEXICON.items():
                for spec, weight in defaults:
                    if " ".join(spec.split()) not in removed:
                        term = parse_term(spec, category, weight)
                        terms[(category, term.spec)] = term
        for category, extra in self.lexicon.items():
            for entry in extra:
                if isinstance(entry, TermSpec):
                    term = parse_term(entry.term, category, entry.weight)
                else:
                    term = parse_term(entry, category, self.default_weight)
                terms[(category, term.spec)] = term
        entries = [t for t in terms.values() if t.weight > 0]
        entries += [parse_term(p, "neutral", 0.0) for p in (*DEFAULT_NEUTRAL, *self.neutral)]
        entries += [parse_term(p, "ref_neutral", 0.0) for p in REFERENCE_NEUTRAL]
        entries += [parse_term(p, "ref", w) for p, w in REFERENCE_PHRASES]
        for ref in self.references:
            if isinstance(ref, TermSpec):
                entries.append(parse_term(ref.term, "ref", ref.weight))
            else:
                entries.append(parse_term(ref, "ref", STRONG_REF))
        counts = {c: sum(1 for t in terms.values() if t.category == c and t.weight > 0) for c in CATEGORIES}
        return _Compiled(
            lexicon=Lexicon(entries),
            abbreviations=frozenset({*CLASS_ABBREVIATIONS, *(c.strip().upper() for c in self.class_codes)}),
            anchors=Lexicon(
                [parse_term(w, "kin", 0.0) for w in _KIN_WORDS]
                + [parse_term(w, "parent", 0.0) for w in _PARENT_WORDS]
            ),
            terms=counts,
            first_names=load_first_names() if self.first_names else FirstNames(frozenset(), frozenset()),
            model=load_model(self.model_file) if self.model else None,
        )

    @property
    def compiled(self) -> _Compiled:
        if self._compiled is None:  # pragma: no cover - model_post_init always sets it
            self._compiled = self._compile()
        return self._compiled


# --------------------------------------------------------------------------- analysis


@dataclass(frozen=True, slots=True)
class Ref:
    """A pupil reference at [start, end) of a part's normalised text."""

    start: int
    end: int
    weight: float
    display: str  # redacted, for evidence
    kind: str = "phrase"  # phrase, class, name, id, you: references of one kind do not add up


@dataclass(frozen=True, slots=True)
class Scored:
    category: str
    score: float
    term: str
    ref: str | None
    audience: str = ""
    start: int = 0  # where the term stands in its (normalised) text: for the place in a document


@dataclass
class _Part:
    """One text (the subject or a text part) with its term hits, phrase references and the
    merged windows around the hits where everything else is looked for."""

    folded: Folded
    terms: list[Hit]
    refs: list[Ref]
    windows: list[tuple[int, int]] = field(default_factory=list)
    salutation_end: int = 0
    signatures: SignatureCache = field(default_factory=dict)  # line start -> signature span
    crowd: bool | None = None  # many people named in full (see _crowd), found when first needed


@dataclass
class _Context:
    """Message-level facts: pupil names the mail makes explicit, grown-ups' names, topic."""

    pupil_names: dict[str, str]  # name as written -> redacted display
    adult_names: frozenset[str]
    topic: str | None  # display of a pupil named in the subject or salutation
    to_single_pupil: bool
    audience: Audience = field(default_factory=lambda: Audience(False, "persoonlijk"))
    first_names: FirstNames = field(default_factory=lambda: FirstNames(frozenset(), frozenset()))
    pupils: _RosterFirstNames = field(default_factory=lambda: _RosterFirstNames(None))

    def pupil_first_name(self, first: str) -> bool:
        return self.pupils.carried(first)


@dataclass
class _RosterFirstNames:
    """Which first names the school's pupils carry, asked of the roster once a name per message."""

    roster: PupilIndex | None  # the school's pupil list, when imported
    known: dict[str, bool] = field(default_factory=dict)

    def carried(self, first: str) -> bool:
        """Whether a pupil of the roster carries ``first`` (True without a roster: any first name may be one)."""
        if self.roster is None:
            return True
        carried = self.known.get(first)
        if carried is None:
            carried = self.known[first] = any(r.kind == "first_name" for r in self.roster.find(first))
        return carried


@dataclass(frozen=True, slots=True)
class Audience:
    """Who reads the mail, as the envelope and the salutation tell. ``general``: a group (a
    group address, many outside recipients, "Beste ouders"): words such as "uw kind" or "de
    leerling" then address every reader, not one child, and only a named pupil counts."""

    general: bool
    why: str


GENERAL_RECIPIENTS = 5  # outside recipients from which a mail is a circular
_GENERAL_SALUTATION = re.compile(
    r"^\W*(?:(?:beste|geachte|lieve|dag|hallo|hoi|goedemiddag|goedemorgen|goedenavond|dear|cher|chere|chers|cheres"
    r"|bonjour|hello|hi)\s+)+(?:(?:alle|allemaal|iedereen|everyone|all|tous|toutes|les|de|mijnheer,?\s+mevrouw|"
    r"heer,?\s+mevrouw)\s*)*(?:ouders|ouder\(s\)|ouder|families|gezinnen|leerlingen|parents|parent\(s\)|students|"
    r"pupils|eleves|allemaal|iedereen|everyone|all|tous|heer/mevrouw|mevrouw/mijnheer|mevrouw,\s+mijnheer)\b",
)


def audience(message: Message, policy: Policy, salutation: str) -> Audience:
    """The audience recognizer: ``general`` for a group address among the recipients, at least
    :data:`GENERAL_RECIPIENTS` outside recipients (parents in Bcc), or a salutation to a group
    ("Beste ouders van het vijfde jaar", "Dear parents", "Chers parents"); else personal (one
    parent, one colleague, a few colleagues)."""
    school = policy.school
    rcpts = _recipients(message)
    kinds = [school.classify(r) for r in rcpts]
    if Kind.GROUP in kinds:
        return Audience(True, "groepsadres")
    outside = sum(1 for k in kinds if k is Kind.EXTERNAL or k is Kind.PUPIL)
    if outside >= GENERAL_RECIPIENTS:
        return Audience(True, f"{outside} ontvangers buiten de school")
    line = fold_chars(salutation.strip().split("\n", 1)[0])[:80]
    colleagues = all(k in INTERNAL_KINDS for k in kinds) and len(rcpts) < GENERAL_RECIPIENTS  # lists of staff too
    if _GENERAL_SALUTATION.match(line) and not (len(rcpts) == 1 and kinds[0] is Kind.EXTERNAL) and not colleagues:
        # "Beste ouders" to one address: one child's parents; "Hoi allemaal" to three colleagues: a few readers
        return Audience(True, "aanhef aan een groep")
    if len(rcpts) == 1:
        return Audience(False, "één ontvanger" if kinds[0] is not Kind.EXTERNAL else "één ontvanger buiten de school")
    return Audience(False, f"{len(rcpts)} ontvangers")


def initials(name: str) -> str:
    """``Tom Peeters`` -> ``T. P.``, ``K.D.`` -> ``K. D.``; particles are dropped."""
    parts = [p for p in re.split(r"[\s.-]+", name) if p and p[0].isupper()]
    return " ".join(f"{p[0]}." for p in parts) or "?"


def _recipients(message: Message) -> tuple[str, ...]:
    if message.envelope.rcpt_tos:
        return tuple(r.lower() for r in message.envelope.rcpt_tos)
    return tuple(a.key for a in message.to + message.cc + message.bcc)


def _context(message: Message, policy: Policy, parts: Sequence[_Part], compiled: _Compiled) -> _Context:
    """Who the mail is about. Anchors ("leerling Tom", "ouders van Lotte", "Tom (3B)") are read
    in the subject, the salutation and the windows around term hits: enough for a mail, and
    bounded on a huge one."""
    school = policy.school
    rcpts = _recipients(message)
    pupils = [r for r in rcpts if school.classify(r) is Kind.PUPIL]
    single_pupil = len(pupils) == 1 and all(school.classify(r) is not Kind.GROUP for r in rcpts)
    adults: set[str] = set()
    names: dict[str, str] = {}
    pupil_addresses = set(pupils)
    for address in (*message.from_, *message.to, *message.cc, *message.bcc):
        tokens = [t for t in re.split(r"[\s,]+", address.name) if t[:1].isupper()]
        if address.key in pupil_addresses:
            if tokens:
                names.setdefault(tokens[0], initials(" ".join(tokens)))
        else:
            adults.update(tokens)
    topic = None
    # with the school's pupil list, a name no pupil carries is no pupil's unless a class says so ("papa van Ewa",
    # "Griet - afwezigheid" among colleagues: a colleague's family, a colleague)
    known = _RosterFirstNames(policy.roster)
    for index, part in enumerate(parts):
        norm = part.folded.norm
        regions = [(0, part.salutation_end), *part.windows] if index else [(0, len(norm))]
        for lo, hi in regions:
            for full, start, display in _anchors(part.folded, lo, hi, compiled):
                first = full.split()[0]
                if _not_a_pupil(first, norm, start, adults):
                    continue
                if not known.carried(first) and not _class_code_after(norm, start + len(full), compiled):
                    continue
                names.setdefault(first, initials(full))
                if topic is None and (index == 0 or start < part.salutation_end):
                    topic = display
    bodies = [part.folded.norm for part in parts[1:]]
    for full in _subject_names(message.subject, compiled.abbreviations, bodies, compiled.first_names):
        first = full.split()[0]
        if not _not_a_pupil(first, full, 0, adults) and known.carried(first):
            names.setdefault(first, initials(full))
            topic = topic or f"leerling {initials(full)}"
    for index, part in enumerate(parts):
        if topic is not None:
            break
        for ref in part.refs:
            if ref.weight >= STRONG_REF and (index == 0 or ref.start < part.salutation_end):
                topic = ref.display
                break
    salutation = _salutation(parts)
    for word in _salutation_names(salutation, compiled.first_names):
        adults.add(word)  # "Dag Veerle," "Karim, Stefaan": the readers, grown-ups
    for full, _start in _initials_in(message.subject):
        names.setdefault(full, initials(full))
        topic = topic or f"leerling {initials(full)}"
    subject = _SUBJECT_PREFIX.sub("", message.subject)
    grown_up_end = -1  # where the last name after a title ends: "meneer Koen Claes" is one grown-up
    for found in _NAME_TOKEN.finditer(subject):
        token = found.group(1)
        after_grown_up = grown_up_end >= 0 and not subject[grown_up_end : found.start(1)].strip()
        if after_grown_up or _not_a_pupil(token, subject, found.start(1), adults):
            grown_up_end = found.end(1)
            continue  # "In memoriam meneer Jos Claes": a title makes a grown-up
        if compiled.first_names.kind(token) == "name" and known.carried(token):
            names.setdefault(token, initials(token))  # "Gesprek over Femke", "Afspraken Finn"
            topic = topic or f"leerling {initials(token)}"
    aud = audience(message, policy, salutation)
    if aud.general and topic is not None and not _named_topic(topic):
        topic = None  # "Beste ouders van uw zoon": a circular addresses every parent
    return _Context(names, frozenset(adults), topic, single_pupil, aud, compiled.first_names, known)


ALONE_WORDS = 25  # words from which the model may fire on its own: it reads mails, not lines
VETO_MARGIN = 0.05  # a finding this close to the threshold, with no named person, is asked to the model
WEAK_TERM = 0.35  # a term below this weight is weak: alone (no corroboration) it stays below the threshold


def _named(ref: str | None) -> bool:
    """Whether a reference's display names a pupil (initials, a masked identifier), not a phrase."""
    return ref is not None and (_named_topic(ref) or "*" in ref)


def _named_topic(display: str) -> bool:
    """Whether a topic display names a pupil (initials), rather than a phrase ("uw zoon")."""
    return bool(re.search(r"\b[A-Z]\.", display))


_NAME_TOKEN = re.compile(rf"(?<![\w.'-])({NAME})(?![\w'-])")
_SALUTATION_HEAD = re.compile(
    r"^\W*(?:(?:beste|dag|hallo|hoi|hey|hi|dear|cher|chere|bonjour|geachte|lieve|goedemorgen|goedemiddag)\s+)+", re.I
)


def _salutation_names(salutation: str, first_names: FirstNames) -> list[str]:
    """First names in a salutation line ("Dag Veerle,", "Karim, Stefaan", "Dag Luc, dag Karim"):
    the readers of the mail. Not after "van"/"of" ("Beste ouders van Tom")."""
    line = salutation.strip().split("\n", 1)[0]
    if len(line.split()) > 10 or re.search(r"\b(?:van|of|de)\s+[A-Z]", line):
        return []
    body = _SALUTATION_HEAD.sub("", line)
    return [t for t in _NAME_TOKEN.findall(body) if first_names.kind(t) is not None]



def _anchors(folded: Folded, lo: int, hi: int, compiled: _Compiled) -> Iterator[tuple[str, int, str]]:
    """Pupil names the text makes explicit in [lo, hi): (name, position, redacted display).
    "leerling Tom", "zoon: Tom Peeters", "ouders van Lotte", "Tom Peeters (3B)", "Lotte uit 5
    ECMT", "Emma Claes 4C". Targeted: a regex runs only after a kin or parent word and
    before a class code, never over the whole text."""
    norm = folded.norm
    for hit in compiled.anchors.find(folded, lo, hi):
        if hit.term.category == "kin" and folded.text[max(0, hit.start - 6) : hit.start].split()[-1:] in (
            ["zijn"], ["haar"], ["hun"], ["his"], ["her"], ["their"],
        ):
            continue  # "zijn zoon George": somebody's child, not evidently a pupil of the school
        after = _AFTER_KIN if hit.term.category == "kin" else _AFTER_PARENT
        match = after.match(norm, hit.end)
        header = match is not None and norm[hit.start].isupper()
        unknown = match is not None and compiled.first_names.kind(match.group(1).split()[0]) is None
        if unknown and (header or hit.term.category == "parent"):  # "de moeder van Ensor": a surname
            continue  # "Leerling Opmerking" (a table's header row), "Pupil Guidance": not "leerling Tom"
        if match is not None:
            word = norm[hit.start : hit.end].lower()
            display = f"{word} {initials(match.group(1))}" if hit.term.category == "kin" else (
                f"{word} van {initials(match.group(1))}"
            )
            yield match.group(1), match.start(1), display

    for start, _end in class_codes(norm, compiled.abbreviations, lo, hi):
        before = norm[max(0, start - 60) : start]
        match = _BEFORE_CODE.search(before)
        if match is None:
            match = _BEFORE_CODE_BARE.search(before)
        if match is None and (lower := _lower_name_before(norm, start, compiled)):
            yield lower[0], lower[1], f"leerling {initials(lower[0])}"
            continue
        if match is None:
            continue
        name_start = start - len(before) + match.start(1)
        if not _word_start(norm, name_start):
            continue
        name, name_start = _strip_leading_words(match.group(1), name_start)
        if not name:
            continue
        year_group = norm[start].isdigit() and norm[start:_end].endswith(("jaar", "leerjaar", "klas", "kleuterklas"))
        if (year_group or _sentence_initial(norm, name_start)) and compiled.first_names.kind(name.split()[0]) != "name":
            continue  # "Skireis 5e jaar", "Romereis 6de jaar": a year group after a noun, not a pupil
        yield name, name_start, f"leerling {initials(name)}"
    for _start, _end, name, name_start in _lower_bare_codes(norm, lo, hi, compiled):
        yield name, name_start, f"leerling {initials(name)}"


def _lower_name_before(norm: str, code: int, compiled: _Compiled) -> tuple[str, int] | None:
    """A name typed in lower case before the class code at ``code``: ("Rune Smolders", its start)."""
    match = _BEFORE_CODE_LOWER.search(norm, max(0, code - 60), code)
    if match is None:
        return None
    words = match.group(1).split()
    for name, start in ((words, match.start(1)), (words[-1:], match.end(1) - len(words[-1]))):
        first = name[0]  # "rune smolders (2D)"; else the last word alone: "fyi jamal (2A)"
        if _typed_first_name(first, compiled):
            return " ".join(name).title(), start
    return None


def _lower_bare_codes(norm: str, lo: int, hi: int, compiled: _Compiled) -> Iterator[tuple[int, int, str, int]]:
    """Class codes typed in lower case without brackets after a first name typed so: (code start, code end, the
    name capitalised, its start): "yasmine 3c heeft weer ...". Not after an ordinary word ("van 3c", "de 3d")."""
    for code in _LOWER_CODE.finditer(norm, lo, hi):
        match = _BEFORE_BARE_LOWER.search(norm, max(0, code.start() - 30), code.start())
        if match is None:
            continue
        first = match.group(1)
        if _typed_first_name(first, compiled):
            yield code.start(), code.end(), first.capitalize(), match.start(1)


def _typed_first_name(word: str, compiled: _Compiled) -> bool:
    """A word typed in lower case that is a first name and no ordinary word or school subject ("jamal", not
    "roos", "frans")."""
    return compiled.first_names.kind(word.capitalize()) == "name" and _fold_word(word) not in _NOT_NAMES


def _strip_leading_words(name: str, start: int) -> tuple[str, int]:
    """"Voor Lotte" -> "Lotte": a capitalised sentence-initial word is not part of the name."""
    while " " in name and _fold_word(name.split(" ", 1)[0]) in _NOT_NAMES:
        head, name = name.split(" ", 1)
        start += len(head) + 1
    return ("" if _fold_word(name.split(" ", 1)[0]) in _NOT_NAMES else name), start


_SUBJECT_PREFIX = re.compile(
    r"^\s*(?:(?:re|fw|fwd|tr|antw|doorst|betreft|dringend|vertrouwelijk|aw|wg)\s*:\s*)+", re.IGNORECASE
)
_SUBJECT_SPLIT = re.compile(r"\s[-|:–]\s|:\s")
_SUBJECT_NAME = re.compile(rf"{NAME}(?: {_PARTICLE}?[{_UP}][\w'-]+)?")


def _subject_names(
    subject: str, abbreviations: frozenset[str], bodies: Sequence[str], first_names: FirstNames | None = None
) -> list[str]:
    """A subject (or a ``:``/``-``/``|`` part of it) that is only a name, optionally with a
    class code: "Lars", "Re: Emma Claes 4C", "Overdracht - Tom (3B)". Teachers title a mail
    about one pupil with the pupil's name. Without a class code the name must also appear
    capitalised in the middle of a sentence in the body (Dutch capitalises names there, not
    nouns): "Bericht" or "Kerstmarkt" as a subject is not a pupil."""
    names = []
    for piece in _SUBJECT_SPLIT.split(_SUBJECT_PREFIX.sub("", subject)):
        bare = _strip_class_codes(piece, abbreviations).strip(" ()[],")
        if not _SUBJECT_NAME.fullmatch(bare):
            continue
        codes = [piece[a:b] for a, b in class_codes(piece, abbreviations)]
        if codes and all(c[:1].isdigit() and c.endswith(("jaar", "klas")) for c in codes) and (
            first_names is None or first_names.kind(bare.split()[0]) != "name"
        ):
            continue  # "Skireis 5e jaar": a trip of a year group, not a pupil
        if bare != piece.strip() or _mid_sentence(bare.split()[0], bodies):
            names.append(bare)
    return names


def _mid_sentence(word: str, bodies: Sequence[str], limit: int = 200) -> bool:
    """Whether ``word`` occurs capitalised after a lower-case word or a comma (not at the
    start of a sentence) in one of ``bodies``; at most ``limit`` occurrences are looked at."""
    for body in bodies:
        pos = body.find(word)
        seen = 0
        while pos >= 0 and seen < limit:
            seen += 1
            end = pos + len(word)
            if (
                pos >= 2 and body[pos - 1] == " " and (body[pos - 2].islower() or body[pos - 2] in ",;")
                and (end >= len(body) or not body[end].isalnum())
            ):
                return True
            pos = body.find(word, end)
    return False


def _sentence_initial(norm: str, pos: int) -> bool:
    before = norm[max(0, pos - 3) : pos].rstrip(" ")
    return not before or before[-1] in ".!?:\n\"'(-•*"


def _salutation_end(norm: str) -> int:
    """End of the first short paragraph (a salutation such as "Beste ouders van Tom,"), or 0."""
    head = norm[:200]
    start = len(head) - len(head.lstrip())  # the leading blank lines
    end = norm.find("\n\n", start, start + 200)
    if end < 0:
        return 0
    return end if len(norm[start:end].split()) <= 12 else 0


# Role words: a name right after one ("CLB-anker Veerle", "zorgcoördinator Hilde") or right
# after it in brackets ("Karim (leerlingenbegeleiding)", "Tom (LO)") is a grown-up of the school.
_ROLE_ENDINGS = (
    "anker", "coordinator", "coordinatrice", "begeleider", "begeleidster", "begeleiding", "leerkracht", "titularis",
    "directeur", "directrice", "medewerker", "medewerkster", "contactpersoon", "psycholoog", "psychologe", "arts",
    "verpleegkundige", "secretariaat", "opvoeder", "leraar", "lerares", "collega", "llb", "clb", "lo", "directie",
    "boekhouding", "ict", "onthaal", "consulent", "teacher", "nurse", "counsellor", "counselor",
    # grown-ups outside the school, as news and letters name them
    "trainer", "coach", "doelman", "minister", "voorzitter", "schrijver", "schrijfster", "auteur", "zanger",
    "zangeres", "speler", "speelster", "dokter", "professor", "burgemeester", "president", "journalist",
    "acteur", "actrice", "kunstenaar", "onderzoeker", "politicus", "partner", "dr", "prof", "author", "writer",
)
_BRACKET_AFTER = re.compile(r" ?\(([^()\n]{1,40})\)")
# a profession right after a name, as an apposition or in the next cell of a row ("Sara Wuyts, logopediste,", "Bart
# Claes | kinesitherapeut"): that person's job, no pupil's therapy. Not after a bare space: "Liens psychologe", "Haar
# kinesitherapeut" are a pupil's
_THERAPISTS = ("therapeut", "logopedist", "logopediste", "kinesist", "kinesiste")  # a role after a name or in a column
_NAME_BEFORE_ROLE = re.compile(rf"(?<![\w-]){NAME}(?:,| \| | - | – )[ \t]*$")


def _profession_of_a_name(norm: str, start: int) -> bool:
    """A therapist's or another grown-up's profession right after a name, as an apposition or in the next cell of
    its row: that person's job."""
    word = _WORD_AT.match(norm, start)  # the whole word: a term may be its stem ("logopedi*")
    return (
        word is not None
        and _fold_word(word.group()).endswith(_ROLES_AFTER)
        and _NAME_BEFORE_ROLE.search(norm, max(0, start - 40), start) is not None
    )


_WORD_AT = re.compile(r"[\w-]+")


# (professions only: a word such as "lo", "ict" or "arts" after a name is as often something else: "Lien lo")
_ROLES_AFTER = (
    *_THERAPISTS,
    *("therapeute", "orthopedagoog", "orthopedagoge", "pedagoog", "pedagoge", "therapist", "psychomotricien"),
    "psychomotricienne",
    *("verpleegkundige", "psycholoog", "psychologe", "leerkracht", "opvoeder", "opvoedster", "begeleider"),
    "begeleidster",
)
# the service someone works for or at, right after the name: "Jan van het CLB", "Nadia op het secretariaat"
_OF_SERVICE = re.compile(r",? (?:van|from|de|du|op|bij|at|au) (?:de |het |the |la |le |l')?(\w+)")
_INITIALS = re.compile(r"(?<![\w.])[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?(?![\w])")
_NAME_INITIAL = re.compile(rf"(?<![\w.'-])({NAME}) ([A-Z])\.(?![\w])")
_ONE_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.(?![\w.]| ?[A-Z]\.)")


def _signature(cache: SignatureCache, norm: str, pos: int) -> Span | None:
    """:func:`signature_at`, computed once per line of a text part (a dense table asks for every
    name and term on the same few lines)."""
    line = norm.rfind("\n", 0, pos) + 1
    if line not in cache:
        cache[line] = signature_at(norm, pos)
    return cache[line]


def roster_refs(
    roster: PupilIndex, norm: str, cache: SignatureCache | None = None, context: _Context | None = None
) -> list[Ref]:
    """The roster recognizer: the school's own pupils found in the text (``PupilIndex.find``).
    A full name or initials with the class is a strong reference, a first name that only pupils
    carry a medium one. A roster first name is read as the first-name recognizer reads one: not
    when it is a grown-up's (a title or role before it: "leerlingenbegeleider Jonas Claes"), nor
    when it is also an ordinary word at the start of a sentence or item ("5. Roos: rozenverkoop"),
    nor in a heading or a sign-off. Evidence shows the initials the roster gives, never the name."""
    refs: dict[tuple[int, int], Ref] = {}  # one per place: a first name five pupils carry is one reference, not five
    for hit in roster.find(norm):
        if _signature({} if cache is None else cache, norm, hit.start) is not None or quote_header_at(norm, hit.start):
            continue
        if hit.kind == "first_name" and context is not None and _roster_name_is_not_a_pupil(norm, hit, context):
            continue
        weight = MEDIUM_REF if hit.kind == "first_name" else STRONG_REF
        place = (hit.start, hit.end)
        if place not in refs or weight > refs[place].weight:
            refs[place] = Ref(hit.start, hit.end, weight, f"leerling {hit.initials}", "roster")
    return list(refs.values())


def _roster_name_is_not_a_pupil(norm: str, hit: PupilRef, context: _Context) -> bool:
    first = norm[hit.start : hit.end].split()[0] if norm[hit.start : hit.end].strip() else ""
    if not first:
        return False
    if _not_a_pupil(first, norm, hit.start, context.adult_names) or _is_staff(norm, hit.start, hit.end):
        return True
    if context.first_names.kind(first) == "word" and _sentence_initial(norm, hit.start):
        return True
    if hit.kind == "first_name" and context.audience.general and _sentence_initial(norm, hit.start):
        return True  # a circular's capitalised first word ("- Grâce au fonds de solidarité ..."): no pupil's name
    return _heading_line(norm, hit.start) or _sign_off(norm, hit.start)


def _initials_in(text: str) -> list[tuple[str, int]]:
    """Initials written the way staff protect a pupil's name: "K.D.", "E. K.", "N.V.": (text,
    start). A single capital with a dot is too common (abbreviations) to count; initials before
    a surname ("R.J. Palacio") are a grown-up's name, and on a quoted header line a correspondent's."""
    return [
        (m.group(), m.start())
        for m in _INITIALS.finditer(text)
        if not re.match(rf" ?{_PARTICLE}?[{_UP}][{_LOW}]", text[m.end() : m.end() + 12])
        and not quote_header_at(text, m.start())
    ]


def _class_code_after(norm: str, end: int, compiled: _Compiled) -> bool:
    """A class code just after ``end``: "K.D. (4C)", "E.K. uit 5A", "Lore B. 4B"."""
    tail = norm[end : end + 16]
    match = re.match(r" ?(?:\(|, |uit |van |in |- )?(?:klas )?", tail, re.I)
    offset = end + (match.end() if match else 0)
    return bool(class_codes(norm, compiled.abbreviations, offset, min(len(norm), offset + 10)))


# The one someone is referred or sent to is a grown-up who takes it over: "doorverwijzen naar Liesbeth", "stuur het door
# naar Jan", "u kan terecht bij Hilde", "melden bij Karim" (run on the text before the name, its own line)
_HANDED_TO = re.compile(
    r"(?i:\b(?:(?:door)?verwij[sz]\w*|verwezen|doorgestuurd|doorsturen|stuur\w*|terecht|meld\w*|refer\w*|send\w*)"
    r"(?:[ \t]+\w+){0,2}?[ \t]+(?:naar|bij|aan|to)[ \t]+)$"
)


def _is_staff(norm: str, start: int, end: int) -> bool:
    """A role word among the two words before the name on its line, a role in brackets after it, the service
    someone works for or at right after it ("Hilde van de boekhouding", "Jan van het CLB", "Nadia op het
    secretariaat"), or the one someone is referred or sent to ("doorverwijzen naar Liesbeth")."""
    line_start = norm.rfind("\n", 0, start) + 1
    if _HANDED_TO.search(norm, max(line_start, start - 60), start):
        return True
    words = norm[max(line_start, start - 40) : start].split()[-2:]
    if words and words[-1].endswith(":"):
        words = words[-1:]  # a label's last word names the role ("Titularis: Jan"); not "Wat het CLB betreft: Rayan"
    before = [_fold_word(w.strip(".,:;()")) for w in words]
    if any(w.endswith(_ROLE_ENDINGS) for w in before if w):
        return True
    service = _OF_SERVICE.match(norm, end)
    if service is not None and _fold_word(service.group(1)).endswith(_ROLE_ENDINGS):
        return True
    bracket = _BRACKET_AFTER.match(norm, end)
    if bracket is not None:
        inside = fold_term(bracket.group(1))
        return any(w.endswith(_ROLE_ENDINGS) for w in re.split(r"[\s,/-]+", inside) if w)
    return _in_role_column(norm, start)


# The people a table's column lists by their role ("Ondersteuner", "Begeleider", "Logopedist"): staff and helpers
_COLUMN_ROLES = (
    *_ROLE_ENDINGS,
    *_THERAPISTS,
    *("ondersteuner", "ondersteunster", "leersteuner", "begeleiders", "leerkrachten", "personeel", "verantwoordelijke"),
)
TABLE_ROWS_UP = 200  # rows walked up to a table's header


def _in_role_column(norm: str, start: int) -> bool:
    """A name in a table's cell (cells split by "|", a tab or ";") under a header cell that names a role: the
    name is that role's holder ("Klas | Lokaal | Ondersteuner" over "1B | B1.10 | Ellen"), not a pupil."""
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start)
    line = norm[line_start : len(norm) if line_end < 0 else line_end]
    separator = next((sep for sep in (" | ", "\t", ";") if sep in line), None)
    if separator is None:
        return False
    column = norm.count(separator, line_start, start)
    header = line_start
    for _ in range(TABLE_ROWS_UP):  # the first line of the block of lines that hold the separator
        if header == 0:
            break
        above = norm.rfind("\n", 0, header - 1) + 1
        if separator not in norm[above : header - 1]:
            break
        header = above
    if header == line_start:
        return False
    header_end = norm.find("\n", header)
    cells = norm[header : header_end if header_end >= 0 else len(norm)].split(separator)
    if column < len(cells) and _fold_word(cells[column].strip(" *:")).endswith(_COLUMN_ROLES):
        return True
    # or the row gives the person's role in its own column: "Naam;...;Rol" over "Sam Verlinden;...;ondersteuner"
    row = line.split(separator)
    return any(
        _fold_word(cells[i].strip(" *:")) in _ROLE_HEADERS
        and _fold_word((row[i].split() or [""])[0]).endswith(_COLUMN_ROLES)
        for i in range(min(len(cells), len(row)))
        if i != column
    )


_ROLE_HEADERS = frozenset({"rol", "functie", "role", "function", "fonction", "taak"})


_NUMBERED_LINE = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[a-z]\))\s+(?=[A-Z])")
_SENTENCE_END_IN_LINE = re.compile(r"[.!?](?:\s|$)")
_ENUMERATOR = re.compile(r"[ \t>]*(?:\d{1,2}[.)]|[a-z]\))[ \t]+")  # "1. ", "2) ", "b) " before a list item
# A surname cell before the first name in a delimited row, as pupil exports write them ("De Backer;Axelle;6A")
_SURNAME_CELL = re.compile(r"[ \t]*[A-Z][\w'’-]*(?: [A-Za-z][\w'’-]*){0,3} ?([;|]) ?")


def _heading_line(norm: str, pos: int) -> bool:
    """Whether ``pos`` is on a heading: a numbered line with no sentence's end ("3.1 Zorg en aandacht"), or a
    short line (at most six words) without a sentence's end in which every word starts with a capital."""
    start = norm.rfind("\n", 0, pos) + 1
    end = norm.find("\n", pos)
    line = norm[start : len(norm) if end < 0 else end].strip()
    if numbered := _NUMBERED_LINE.match(line):
        # a title, not an item of a numbered list that tells something ("1. Jonas (3B) heeft ... .")
        return _SENTENCE_END_IN_LINE.search(line, numbered.end()) is None
    words = _WORDS_AND_CELLS.split(line)  # a table's row has more cells than capitals: "Jonas Peeters;2B;jonas.p"
    return 1 < len(words) <= 6 and not line.endswith((".", "!", "?", ":")) and all(w[:1].isupper() for w in words)


_WORDS_AND_CELLS = re.compile(r"\s*[;|\t]\s*|\s+")


def _row_start(norm: str, start: int, end: int, first_names: FirstNames) -> bool:
    """A name that opens a line of a table or a bullet or numbered list ("- Lore B.: ...", "1. Lore (4B) ...",
    "Lore<TAB>Sinds ...", "Bosmans;Lore;4B;..." after a surname cell, a table cell on its own line followed by
    the row's other cells, or a line next to another line that opens with a first name): the row is about
    that person. A name alone on a
    line before a blank line or the end is a sign-off."""
    line_start = norm.rfind("\n", 0, start) + 1
    rest = norm[end : end + 3]
    surname = _SURNAME_CELL.fullmatch(norm, line_start, start)
    if surname is not None:
        return rest.lstrip(" ").startswith(surname.group(1))  # the next cell follows: a row of a pupil list
    if norm[line_start:start].strip(" -*•·–>") != "" and not _ENUMERATOR.fullmatch(norm, line_start, start):
        return False
    if rest.startswith("\n"):
        return not rest.startswith("\n\n") and len(rest) > 1
    if rest[:1] in (":", "(", "\t") or rest.startswith((" -", " –", " (", " :")):
        return True
    before = norm.rfind("\n", 0, max(0, line_start - 1)) + 1
    after = norm.find("\n", end)
    if norm[line_start : len(norm) if after < 0 else after].rstrip().endswith((".", "!", "?")):
        return False  # a sentence that opens with a name, one a line: prose, not a table row
    lines = [norm[before : max(before, line_start - 1)], norm[after + 1 : after + 60] if after >= 0 else ""]
    return any(_opens_with_name(line, first_names) for line in lines if line)


def _opens_with_name(line: str, first_names: FirstNames) -> bool:
    """A line that opens with a first name, or with two capitalised words (a full name, a header)."""
    words = line.lstrip(" -*•·–>").split(" ", 2)
    if not words or not words[0][:1].isupper():
        return False
    return first_names.kind(words[0]) == "name" or (len(words) > 1 and words[1][:1].isupper())


_PARTICLE_BEFORE = re.compile(r"(?:^|[\s(])(?:De|Van|Der|Den|Ter|Ten|Le|La|Du|El|Vande|Vanden|Vander) $")


def _first_name_alone(norm: str, first: str, after: int, limit: int = 50) -> bool:
    """Whether ``first`` occurs again after ``after`` on its own (not followed by a capitalised
    word), at most ``limit`` occurrences looked at."""
    pos = norm.find(first, after)
    seen = 0
    while pos >= 0 and seen < limit:
        seen += 1
        end = pos + len(first)
        if _word_start(norm, pos) and (end >= len(norm) or not norm[end].isalnum()):
            nxt = norm[end + 1 : end + 2]
            if not (norm[end : end + 1] == " " and nxt.isupper()):
                return True
        pos = norm.find(first, end)
    return False


def _sign_off(norm: str, start: int) -> bool:
    """A name alone on one of the last lines of a text, after a blank line ("\n\nTom"): the sender."""
    line_start = norm.rfind("\n", 0, start) + 1
    line_end = norm.find("\n", start)
    line = norm[line_start : len(norm) if line_end < 0 else line_end]
    if len(line.split()) > 3 or norm[max(0, line_start - 2) : line_start] != "\n\n":
        return False
    rest = norm[line_start:].strip().splitlines()
    if len(rest) <= 4:
        return True
    following = next((r for r in rest[1:] if r.strip()), "")  # a forwarded or quoted message below
    return following.startswith(("---", "___", "-----")) or quote_header_at(following, 0)


def _crowd(part: _Part, first_names: FirstNames) -> bool:
    """Whether the text names three or more different people in full ("Jacco Verhaeren", "Stefaan
    Obreno" ...): prose about people (news, history), where a full name is a grown-up's."""
    if part.crowd is None:
        seen = set()
        for match in _NAME_RE.finditer(part.folded.norm):
            tokens = match.group().split()
            if len(tokens) > 1 and first_names.kind(tokens[0]) == "name":
                seen.add(match.group())
                if len(seen) >= CROWD:
                    break
        part.crowd = len(seen) >= CROWD
    return part.crowd


def _person(part: _Part, start: int, full: str, context: _Context) -> Ref | None:
    """The first-name recognizer. A capitalised word from the Dutch first-name list is a person
    (medium reference); it is a pupil (strong) when it opens a table row or bullet, or carries an
    initial ("Lore B."). Not a person: grown-ups (readers, titles, roles), a name that is also
    an ordinary word at the start of a sentence, a word in a heading, a signature."""
    norm, cache = part.folded.norm, part.signatures
    tokens = full.split()
    first = tokens[0]
    kind = context.first_names.kind(first)
    if kind is None or first in context.adult_names or _fold_word(first) in _NOT_NAMES:
        return None
    if _PARTICLE_BEFORE.search(norm[max(0, start - 8) : start]):
        return None  # "De Morgan", "Van Rompay", "El Amrani": a surname after its particle
    end = start + len(full)
    initial = _NAME_INITIAL.match(norm, start)
    if initial is not None and initial.start(1) == start:
        end = initial.end()
    if kind == "word" and _sentence_initial(norm, start):
        return None  # "Roos is een bloem.", "Storm op komst"
    if _not_a_pupil(first, norm, start, context.adult_names) or _is_staff(norm, start, end):
        return None
    if _heading_line(norm, start) or _signature(cache, norm, start) is not None or quote_header_at(norm, start):
        return None
    if _sign_off(norm, start):
        return None
    display = initials(norm[start:end])
    if initial is not None or _row_start(norm, start, end, context.first_names):
        return Ref(start, end, STRONG_REF, f"leerling {display}", "name")
    if kind == "word":
        return Ref(start, end, WEAK_REF, display, "name")  # "Augustus", "Storm": maybe a word after all
    if len(tokens) > 1 and not _first_name_alone(norm, first, end) and _crowd(part, context.first_names):
        # "Jacco Verhaeren ... Verhaeren": news and letters name grown-ups in full, then by surname;
        # staff write a pupil's full name once and then the first name
        return Ref(start, end, WEAK_REF, display, "name")
    if context.audience.general:
        return None  # a circular names grown-ups (authors, speakers, staff) far more often than pupils
    if not context.pupil_first_name(first):
        # with the school's pupil list, a first name no pupil carries is someone else's (a colleague's: "Griet is
        # voor langere tijd thuis"): a weak reference, that a class, an initial or the model must confirm
        return Ref(start, end, WEAK_REF, display, "name")
    return Ref(start, end, MEDIUM_REF, display, "name")


def _not_a_pupil(name: str, norm: str, pos: int, adults: frozenset[str] | set[str]) -> bool:
    if name in adults or _fold_word(name) in _NOT_NAMES:
        return True
    before = norm[max(norm.rfind("\n", 0, pos) + 1, pos - 25) : pos].split()  # on the name's line only
    return bool(before) and _fold_word(before[-1].strip(".,:;()")) in _TITLES


def _overlaps(spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of ``spans`` (short phrases, sorted by start)."""
    k = bisect.bisect_right(starts, end - 1) - 1
    while k >= 0 and spans[k][0] > start - 500:  # phrases are far shorter than 500 characters
        if start < spans[k][1]:
            return True
        k -= 1
    return False


def _window_refs(part: _Part, lo: int, hi: int, compiled: _Compiled, context: _Context) -> list[Ref]:
    """References computed on demand in norm[lo:hi]: class codes, names, identifiers, 'je'."""
    norm = part.folded.norm
    chunk = norm[lo:hi]
    refs: list[Ref] = []
    for start, end in class_codes(norm, compiled.abbreviations, lo, hi):
        if _signature(part.signatures, norm, start) is None:
            refs.append(Ref(start, end, WEAK_REF, f"klas {norm[start:end]}", "class"))
            if lower := _lower_name_before(norm, start, compiled):  # "rune smolders (2D)": no capital to find
                name, name_start = lower
                refs.append(Ref(name_start, name_start + len(name), STRONG_REF, f"leerling {initials(name)}", "name"))
    for start, end, name, name_start in _lower_bare_codes(norm, lo, hi, compiled):
        if _signature(part.signatures, norm, start) is None:  # "yasmine 3c": no capital, no brackets
            refs.append(Ref(start, end, WEAK_REF, f"klas {norm[start:end]}", "class"))
            refs.append(Ref(name_start, name_start + len(name), STRONG_REF, f"leerling {initials(name)}", "name"))
    for match in _NAME_RE.finditer(chunk):
        start = lo + match.start()
        if not _word_start(norm, start):
            continue
        full, start = _strip_leading_words(match.group(), start)
        if not full:
            continue
        known = next((t for t in full.split() if t in context.pupil_names), None)
        if known is not None:
            refs.append(Ref(start, start + len(full), STRONG_REF, f"leerling {context.pupil_names[known]}", "name"))
            continue
        first = full.split()[0]
        if " " in full and context.first_names.kind(first) is None and _sentence_initial(norm, start):
            head, full = full.split(" ", 1)  # "Pour Wannes", "Gisteren Ilke": a capitalised first word
            start += len(head) + 1
            first = full.split()[0]
        ref = _person(part, start, full, context)
        if ref is not None:
            refs.append(ref)
            continue
        if _sentence_initial(norm, start) or _not_a_pupil(first, norm, start, context.adult_names):
            continue  # a capitalised first word is not evidently a name
        if _is_staff(norm, start, start + len(full)):
            continue  # a grown-up by role or as the one someone is referred to: not even a weak pupil reference
        if _signature(part.signatures, norm, start) is None:
            refs.append(Ref(start, start + len(full), WEAK_REF, initials(full), "name"))
    for full, start in _initials_in(chunk):
        start += lo
        if _signature(part.signatures, norm, start) is None:
            weight = STRONG_REF if _class_code_after(norm, start + len(full), compiled) else MEDIUM_REF
            refs.append(Ref(start, start + len(full), weight, f"leerling {initials(full)}", "initials"))
    for match in _ONE_INITIAL.finditer(chunk):  # "N. uit 5B", "S. (6D)": one initial counts with a class
        start = lo + match.start()
        if _class_code_after(norm, start + 2, compiled) and _signature(part.signatures, norm, start) is None:
            refs.append(Ref(start, start + 2, STRONG_REF, f"leerling {match.group()}", "initials"))
    for match in _POSSESSIVE.finditer(chunk):
        name_start = lo + match.start()
        if _word_start(norm, name_start) and not _not_a_pupil(match.group(1), norm, name_start, context.adult_names):
            display = f"{initials(match.group(1))}'s {match.group(0).split()[-1].lower()}"
            refs.append(Ref(lo + match.start(), lo + match.end(1), MEDIUM_REF, display, "phrase"))
    for result in personal_data.find_national_numbers(chunk):
        if result.score >= 0.6:
            display = f"rijksregisternummer {mask_digits(result.text)}"
            refs.append(Ref(lo + result.start, lo + result.end, STRONG_REF, display, "id"))
    for result in personal_data.find_birthdates(chunk):
        display = f"geboortedatum {mask_digits(result.text)}"
        refs.append(Ref(lo + result.start, lo + result.end, MEDIUM_REF, display, "id"))
    if context.to_single_pupil:
        text = part.folded.text[lo:hi]
        for match in _YOU_RE.finditer(text):
            refs.append(Ref(lo + match.start(), lo + match.end(), MEDIUM_REF, f"{match.group()} (leerling)", "you"))
    return refs


# Reference kinds that name nobody in particular ("uw kind", "de leerling", "je", a class code)
# and kinds that identify one person (a name, initials, a national number, a roster hit).
GENERIC_KINDS = frozenset({"phrase", "you", "class"})
IDENTITY_KINDS = frozenset({"name", "initials", "id", "roster"})
_CONDITIONAL_BETWEEN = re.compile(r"\b(?:als|wanneer|indien|if|when|whenever|si|lorsque|quand|iemand|someone)\b")
_RULE_WORDS = re.compile(
    r"\b(?:moet|moeten|mag|mogen|dient|dienen|hoeft|hoeven|kan niet|kunnen niet|doit|doivent|peut|peuvent"
    r"|must|may|should|needs to)\b"
)
_CONDITIONAL_START = _wordset("als indien wanneer mocht moest ingeval if when whenever si lorsque quand")
_EXAMPLE_WORDS = re.compile(r"\b(?:bv|bvb|bijv|bijvoorbeeld|e\.g|for example|for instance|par exemple|p\. ?ex)\b")


def generic_sentence(folded: Folded, left: int, right: int) -> str | None:
    """The genericness recognizer: why the sentence at [left, right) speaks of anyone rather
    than one child, or None. A question ("Mijn kind heeft astma: mag het ...?", FAQ style), a
    condition ("Als uw kind ...", "Indien ..."), an example ("bv. ADHD-medicatie"), a numbered
    heading or rule ("3.1 Zorg en aandacht", "Art. 12")."""
    text = folded.text[left:right].strip(" -*•")
    tail = folded.text[right : right + 2]
    if tail.startswith("?") or text.endswith("?"):
        return "vraag"
    words = text.split(maxsplit=1)
    if words and words[0].strip(",:;") in _CONDITIONAL_START:
        return "voorwaarde"
    if _EXAMPLE_WORDS.search(text):
        return "voorbeeld"
    if re.match(r"^(?:\d+(?:\.\d+)+\.?|art(?:ikel)?\.? ?\d+)\s", text):
        return "reglement"
    if sum(text.count(w) for w in ("gegevens", "data", "donnees")) >= 2 and text.count(",") >= 2:
        return "gegevenslijst"  # "volgende gegevens: identificatiegegevens, medische gegevens, ..."
    if _RULE_WORDS.search(text):
        return "regel"  # "De leerling moet ...", "l'élève ne peut pas partir": a rule for everyone
    return None


def _sentence_bounds(folded: Folded, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): bounded by . ! ? or a line break, at most 300
    characters either side."""
    norm = folded.norm
    lo = max(0, start - 300)
    left = lo
    for match in _SENTENCE_END.finditer(norm, lo, start):
        left = match.end()
    right_match = _SENTENCE_END.search(norm, end, min(len(norm), end + 300))
    right = right_match.start() if right_match else min(len(norm), end + 300)
    return left, right


_TOPIC_MARKERS = frozenset({"over", "about", "sur", "rond", "omtrent"})
# a case, a dispute or a decision about the term is someone's own matter, not a subject of talk or text
_CASE_NOUNS = frozenset(
    {"procedure", "rechtszaak", "zaak", "geschil", "conflict", "ruzie", "onenigheid", "meningsverschil",
     "uitspraak", "vonnis", "beslissing", "dispute", "case", "proceedings", "litige", "proces"}
)  # fmt: skip
_ARTICLES = frozenset({"de", "het", "een", "the", "a", "an", "le", "la", "les", "l"})


def _is_topic(text: str, start: int, end: int, ref_starts: Sequence[int]) -> bool:
    """"een spreekbeurt over autisme", "a talk about diabetes": the term is a subject, not a
    pupil's condition ("over haar depressie" keeps its possessive and is not a topic, nor does "de brief over de
    tuchtprocedure van Stan": a pupil right after the term, with "van"/"of"/"de", is whose it is)."""
    words = text[max(0, start - 30) : start].split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    if not words or words[-1] not in _TOPIC_MARKERS:
        return False
    if len(words) > 1 and words[-2] in _CASE_NOUNS:
        return False  # "de procedure over het hoederecht", "een geschil over de schoolkosten": a family's own case
    owner = _OWNER_AFTER.match(text, end)
    return owner is None or not _starts_at(ref_starts, owner.end())


_OWNER_AFTER = re.compile(r"[ \t\n]+(?:van|of|de|du|d')[ \t\n]*")
# A title in quotes after what it names: the workshop 'Cyberpesten', "W04 'Omgaan met rouw'", the play "Verlies":
# an activity's noun or code, the opening quote and at most five words before the term; the closing quote within five
# words after it. (A quote without such a noun is someone's words: "ze zei: 'ik word gepest'" stays a fact.)
TITLE_CHARS = 80
_QUOTES = "'\"‘’“”„«»"
_TITLE_NOUNS = (
    r"workshop|atelier|voorstelling|theatervoorstelling|toneelstuk|film|boek|spreekbeurt|lezing|thema|project"
    r"|module|sessie|vorming|opleiding|lessenreeks|campagne|brochure|folder|play|talk|session"
)
_QUOTED_TITLE = re.compile(
    rf"\b(?:{_TITLE_NOUNS}|[a-z]{{1,3}}\d{{1,3}})[ \t]*:?[ \t]*[{_QUOTES}](?:[^\s{_QUOTES}.!?]+ ){{0,5}}$"
)
_TITLE_END = re.compile(rf"(?: [^\s{_QUOTES}.!?]+){{0,5}}[{_QUOTES}](?![a-z])")


def _in_title(text: str, start: int, end: int) -> bool:
    while start > 0 and text[start - 1].isalnum():  # the term at the end of a compound: "cyber|pesten"
        start -= 1
    return bool(_QUOTED_TITLE.search(text, max(0, start - TITLE_CHARS), start) and _TITLE_END.match(text, end))


def _starts_at(starts: Sequence[int], pos: int) -> bool:
    i = bisect.bisect_left(starts, pos)
    return i < len(starts) and starts[i] == pos


def _reach(config: Config) -> int:
    """Characters around a term that can hold ``window`` words, generously."""
    return (config.window + CROSS_PARAGRAPH) * 15


def _score_part(part: _Part, refs: list[Ref], context: _Context, config: Config) -> list[Scored]:
    folded = part.folded
    window = config.window
    reach = _reach(config)
    ref_starts = [r.start for r in refs]
    conditions: list[int] | None = None  # positions of condition words, found when first needed
    sentences: dict[tuple[int, int], tuple[str | None, set[str]]] = {}
    ref_sentences: dict[int, tuple[int, int]] = {}  # reference start -> its sentence
    scored: list[Scored] = []
    by_category: dict[str, list[Hit]] = {}
    for hit in part.terms:
        by_category.setdefault(hit.term.category, []).append(hit)
    for category, hits in by_category.items():
        starts = [h.start for h in hits]
        full: set[tuple[str, str | None]] = set()  # distinct evidence at the highest score
        for hit in hits:
            if len(full) >= EVIDENCE_ITEMS:
                break  # nothing later can raise the score or enter the evidence
            if _in_title(folded.text, hit.word_start, hit.word_end):
                continue  # the title of a workshop or a play, not a fact about the pupil
            lo, hi = max(0, hit.start - reach), min(len(folded.text), hit.end + reach)
            left, right = _sentence_bounds(folded, hit.start, hit.end)
            if (left, right) not in sentences:
                sentences[(left, right)] = (
                    generic_sentence(folded, left, right), _sentence_words(folded.text[left:right])
                )
            generic, words = sentences[(left, right)]

            def _generic_ref(ref: Ref) -> bool:
                """The sentence of a reference speaks of anyone: "mijn kind ...?", "als uw kind ...",
                "de leerling moet ..." (a rule: only for a medium or weak reference)."""
                if ref.start in ref_sentences:
                    bounds = ref_sentences[ref.start]
                else:
                    bounds = ref_sentences[ref.start] = _sentence_bounds(folded, ref.start, ref.end)
                if bounds not in sentences:
                    sentences[bounds] = (
                        generic_sentence(folded, *bounds), _sentence_words(folded.text[bounds[0] : bounds[1]])
                    )
                why = sentences[bounds][0]
                return why is not None and (why != "regel" or ref.weight <= MEDIUM_REF)

            near: list[tuple[float, Ref]] = []
            # the references nearest to the term on either side (bounded work in a dense table)
            here = bisect.bisect_left(ref_starts, hit.start)
            first = max(bisect.bisect_left(ref_starts, lo), here - NEAREST_REFS)
            last = min(bisect.bisect_right(ref_starts, hi), here + NEAREST_REFS)
            for ref in refs[first:last]:
                if ref.end > hit.start and ref.start < hit.end:
                    continue  # the reference is the term itself ("pleegzoon")
                if ref.kind in GENERIC_KINDS and (context.audience.general or _generic_ref(ref)):
                    continue  # "uw kind" in a circular, "mijn kind ...?" in a FAQ: every reader's child
                a, b = (ref.end, hit.start) if ref.end <= hit.start else (hit.end, ref.start)
                distance = folded.words_between(a, b)
                if distance > window:
                    continue
                # across a paragraph break a reference counts half (HTML line breaks become
                # blank lines, so a break is no proof of another subject)
                same = distance <= CROSS_PARAGRAPH or folded.same_paragraph(a, b)
                weight = ref.weight if same else ref.weight / 2
                if ref.kind in GENERIC_KINDS and ref.weight > WEAK_REF:
                    if conditions is None:
                        conditions = [m.start() for m in _CONDITIONAL_BETWEEN.finditer(folded.text)]
                    k = bisect.bisect_left(conditions, a)
                    if k < len(conditions) and conditions[k] < b:
                        weight /= 2  # "mijn zoon vroeg wat de school doet als iemand gepest wordt"
                near.append((weight, ref))
            # strongest first; of equal weight the nearest ("Ilke" on the row, not "Wannes" above)
            near.sort(key=lambda item: (-item[0], abs(item[1].start - hit.start)))
            boost = 0.0
            best: Ref | None = None
            for weight, ref in near:
                if best is None:
                    best, boost = ref, weight
                elif ref.kind != best.kind:  # "een leerling" + "3B": two kinds of evidence
                    boost += weight / 2
                    break
            boost = min(MAX_BOOST, boost)
            ref_display = best.display if best else None
            if context.topic is not None and boost < TOPIC_BOOST:
                boost, ref_display = TOPIC_BOOST, context.topic
            if boost < MIN_BOOST:
                continue  # no pupil reference, or one capitalised name alone: never fires
            others: set[str] = set()
            for h in hits[bisect.bisect_left(starts, lo) : bisect.bisect_right(starts, hi)]:
                if (
                    h.term.key != hit.term.key and h.term.weight >= 0.35 and h.term.key not in others
                    and folded.words_between(h.start, hit.start) <= window
                ):
                    others.add(h.term.key)
                    if len(others) * CORROBORATION >= MAX_CORROBORATION:
                        break
            corroboration = min(MAX_CORROBORATION, CORROBORATION * len(others))
            identified = any(r.kind in IDENTITY_KINDS and w >= MEDIUM_REF for w, r in near)
            if best is not None and best.kind in GENERIC_KINDS and best.weight <= MEDIUM_REF and not identified:
                corroboration = 0.0  # "de leerling", "l'élève" in a procedure: terms pile up, nobody is named
            named_from = left
            if generic == "vraag" and not context.audience.general and left > 0:
                # a question right after the sentence that names the pupil asks about that pupil ("Het gezin
                # van Tom P. wordt begeleid. Kan het OCMW tussenkomen ...?"), not every reader's child
                before, _ = _sentence_bounds(folded, left - 1, left - 1)
                if folded.same_paragraph(before, left):
                    named_from = before
            named = any(
                (w >= STRONG_REF or (r.kind in IDENTITY_KINDS and w >= MEDIUM_REF)) and named_from <= r.start < right
                for w, r in near
            )
            # lesson content or a generic statement ("alle leerlingen", "als ..."), unless the
            # sentence itself names the pupil ("uw zoon werd gepest door klasgenoten")
            generic_here = generic is not None and generic != "regel"
            penalty = (
                PENALTY if not named and (words & LESSON_WORDS or words & GENERIC_WORDS or generic_here) else 0.0
            )
            if _is_topic(folded.text, hit.word_start, hit.word_end, ref_starts):
                penalty += TOPIC_PENALTY
            score = max(0.0, min(1.0, hit.term.weight + boost + corroboration - penalty))
            if hit.term.weight < WEAK_TERM and not corroboration:
                score = min(score, config.threshold - 0.01)  # a weak word alone: the model has the last word
            scored.append(Scored(category, score, hit.word(folded), ref_display, context.audience.why, hit.start))
            if score >= 1.0:
                full.add((hit.word(folded), ref_display))
    return scored


# A quoted mail's header line: "Op di 4 mrt. 2025 om 20:12 schreef Veerle D'hondt <v.dhondt@...>:",
# "On ... wrote:", "Le ... a écrit :", Outlook's "Van: Veerle D'hondt <...>".
_QUOTE_HEADER = re.compile(
    r"^[ \t>]*(?:(?:op|on|le|am)\b.{4,160}?\b(?:schreef|wrote|a [ée]crit|schrieb)\s*(?P<who>[^\n]{0,160}?)\s*:?"
    r"|(?:van|from|de)\s*:\s*(?P<sender>[^\n]{1,160}))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FIRST_PERSON = re.compile(r"(?:^|[^\w])(?:mijn|my|mon|ma|mes)\s+$")  # "mijn operatie": the writer's own


def _own_quote(text: str, message: Message, policy: Policy) -> int:
    """Where the recipient's own mail starts in a reply to that one outside recipient (its quote header),
    or -1. What a parent wrote about their child and gets back in the school's answer tells them nothing
    they did not say: "onze zoon heeft nog niets vastgesteld" quoted under a general answer is no
    disclosure. Copied to anyone else, it is; and among staff a care note mailed back and forth is the
    mail §3.3 asks to keep out of the mailbox, so a colleague's quote still counts. A quote headed by the
    sender's own address is the sender's mail (forwarded to a private mailbox under the same name), never the
    recipient's."""
    rcpts = _recipients(message)
    if len(rcpts) != 1 or policy.school.classify(rcpts[0]) is not Kind.EXTERNAL:
        return -1
    rcpt = rcpts[0]
    local = rcpt.split("@", 1)[0]
    names = {fold_chars(a.name).strip() for a in (*message.to, *message.cc) if a.key == rcpt and a.name.strip()}
    sender = message.sender.lower()
    # the sender's own name, as a quote header without an address shows it ("Van: Nathalie Wuyts")
    sender_names = {fold_chars(a.name).strip() for a in message.from_ if a.name.strip()}
    sender_local = sender.split("@", 1)[0]
    for found in _QUOTE_HEADER.finditer(text, 0, min(len(text), 20_000)):
        who = fold_chars(found.group("who") or found.group("sender") or "").strip(" \t\r:")
        if sender and sender in who:
            continue  # the sender's own mail forwarded, also to their own private mailbox: not the recipient's words
        name = re.sub(r"\s*<[^>]*>\s*$|\s*\[mailto:[^\]]*\]\s*$", "", who).strip(" \"'")
        if name and (name in sender_names or re.sub(r"[\s']+", ".", name) == sender_local):
            continue  # the same, headed by the sender's name alone
        if rcpt in who or (name and (name in names or re.sub(r"[\s']+", ".", name) == local)):
            return found.start()
    return -1


def _read_part(text: str, compiled: _Compiled, config: Config, own_quote: int = -1) -> _Part:
    """Fold, match the lexicon, drop terms inside neutral phrases and signatures, keep the
    strongest hits per category (bounded work), and merge the windows around them. Terms and
    references from ``own_quote`` on (the recipient's own mail, quoted) do not count, nor a fact
    said of the writer ("mijn operatie")."""
    folded = fold(text[: config.max_chars])
    signatures: SignatureCache = {}
    hits = compiled.lexicon.find(folded)
    if own_quote >= 0:
        hits = [h for h in hits if h.start < own_quote]
    neutral = [(h.start, h.end) for h in hits if h.term.category == "neutral"]
    neutral_starts = [s for s, _ in neutral]
    ref_neutral = [(h.start, h.end) for h in hits if h.term.category == "ref_neutral"]
    ref_neutral_starts = [s for s, _ in ref_neutral]
    refs = [
        Ref(h.start, h.end, h.term.weight, h.term.key)
        for h in hits
        if h.term.category == "ref" and not _overlaps(ref_neutral, ref_neutral_starts, h.start, h.end)
    ]
    by_category: dict[str, list[Hit]] = {}
    for hit in hits:
        if hit.term.category in LABELS and not _overlaps(neutral, neutral_starts, hit.start, hit.end):
            if hit.term.category != "care" and _FIRST_PERSON.search(folded.text, max(0, hit.start - 6), hit.start):
                continue  # "tot ik terug ben van mijn operatie" (care words are the pupils': "mijn zorgleerlingen")
            if _profession_of_a_name(folded.norm, hit.start):
                continue  # "Sara Wuyts, logopediste, neemt over van Eline": a colleague's job, no pupil's care
            by_category.setdefault(hit.term.category, []).append(hit)
    terms: list[Hit] = []
    for category_hits in by_category.values():
        category_hits.sort(key=lambda h: -h.term.weight)  # stable: strongest first, then in order
        kept = 0
        for hit in category_hits:
            span = _signature(signatures, folded.norm, hit.start)
            if span is not None and not (
                span.kind == "contact"  # "Tom (3B) - gsm 0470 ... - epilepsie" is a table row
                and any(span.start <= r.start < span.end and r.weight >= MEDIUM_REF for r in refs)
            ):
                continue
            terms.append(hit)
            kept += 1
            if kept >= MAX_HITS_PER_CATEGORY:
                break
    terms.sort(key=lambda h: h.start)
    refs = [r for r in refs if r.weight >= STRONG_REF or _signature(signatures, folded.norm, r.start) is None]
    reach = _reach(config)
    windows: list[tuple[int, int]] = []
    for hit in terms:
        lo, hi = max(0, hit.start - reach), min(len(folded.norm), hit.end + reach)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return _Part(folded, terms, refs, windows, _salutation_end(folded.norm), signatures)


def _salutation(parts: Sequence[_Part]) -> str:
    first_part = parts[1] if len(parts) > 1 else parts[0]
    return first_part.folded.norm[: max(first_part.salutation_end, 120)]


def _model_text(message: Message, quotes: Sequence[int]) -> str:
    """What the model reads: the subject and every text part, without the recipient's own quoted mail
    (what the recipient wrote is not the writer's to disclose)."""
    bodies = (p.text[:q] if q >= 0 else p.text for p, q in zip(message.text_parts, quotes, strict=True))
    return "\n".join([message.subject, *bodies])


def _model_alone(
    message: Message,
    policy: Policy,
    parts: Sequence[_Part],
    quotes: Sequence[int],
    read: tuple[str, dict[str, float]] | None,
    context: _Context | None,
) -> tuple[dict[str, list[Scored]], dict[str, str]]:
    """The model on its own, for a mail the recognizers did not fire on: a mail to a personal
    audience (one parent, a colleague, the CLB; never a group address, many outside recipients
    or "Beste ouders") of at least ALONE_WORDS words that points at a pupil (a name in the subject
    or the salutation, a pupil recipient, a phrase such as "uw zoon" or "de jongen") fires from a
    probability of ``model_alone``, in the categories whose heads reach ``category_threshold`` (with no
    such head it cannot say what the mail holds, and fires only from ``model_alone_sure``, in the strongest
    head), shown with the mail's pupil when it has one. The recognizers know words; the model has read
    how a mail about one child is written where no listed word stands. A line of news ("Ik voelde dat
    hij twijfelde.") is too short and about nobody."""
    config: Config = policy.rules.sensitive
    model = config.compiled.model
    if model is None or not model.heads or config.model_alone >= 1.0:
        return {}, {}
    reader = context.audience if context is not None else audience(message, policy, _salutation(parts))
    if reader.general:
        return {}, {}
    if read is None:  # the mail's text and the model's vector, when the recognizers did not ask already
        text = _model_text(message, quotes)
        read = text, model.vector(text)
    text, vector = read
    probability = model.probability_of(vector)
    if probability < config.model_alone:
        return {}, {}
    if len(text[: 20 * ALONE_WORDS * 8].split()) < ALONE_WORDS:  # counted in a bounded head: 16 MB mails
        return {}, {}
    if context is None:
        context = _context(message, policy, parts, config.compiled)
    person = context.topic or _pupil_in(parts, context, config.compiled, policy.roster)
    if not (person or context.pupil_names or any(part.refs for part in parts)):
        return {}, {}  # nobody the mail is about: a pupil named in the subject or salutation, "uw zoon", "Tom (3B)"
    heads = model.categories_of(vector)
    chosen: list[str] = [c for c in CATEGORIES if heads.get(c, 0.0) >= config.category_threshold]
    if not chosen and probability >= config.model_alone_sure:
        chosen = [max(heads, key=heads.__getitem__)]  # sure it is sensitive, unsure of what kind
    best = {c: [Scored(c, config.threshold, "inhoud", person, reader.why, 0)] for c in chosen}
    return best, {c: f"model {probability:.2f}" for c in chosen}


ALONE_SCAN = 3000  # characters of each text part searched for a pupil when the model fires on its own


def _pupil_in(parts: Sequence[_Part], context: _Context, compiled: _Compiled, roster: PupilIndex | None) -> str | None:
    """The first pupil a mail names anywhere in its first ALONE_SCAN characters per part with a strong
    reference: a marked name ("den Wout uit 1D", "leerling Tom", "Tom (3B)"), initials with a class
    ("opvolging E. (5D)"), a national number, a roster hit (full name or initials with the class); a
    name alone is not enough here. Only these recognizers run (the mail may be long and is asked about
    only when the model fires alone)."""
    for part in parts:
        norm = part.folded.norm
        hi = min(len(norm), ALONE_SCAN)
        for full, start, display in _anchors(part.folded, 0, hi, compiled):
            first = full.split()[0]
            if _not_a_pupil(first, norm, start, context.adult_names):
                continue
            if context.pupil_first_name(first) or _class_code_after(norm, start + len(full), compiled):
                return display
        chunk = norm[:hi]
        marked = _initials_in(chunk) + [(m.group(), m.start()) for m in _ONE_INITIAL.finditer(chunk)]
        for full, start in sorted(marked, key=lambda item: item[1]):
            outside = _signature(part.signatures, norm, start) is None
            if outside and _class_code_after(norm, start + len(full), compiled):
                return f"leerling {initials(full)}"
        if any(result.score >= 0.6 for result in personal_data.find_national_numbers(chunk)):
            return "rijksregisternummer"
        if roster is not None:
            strong = [r for r in roster_refs(roster, chunk, part.signatures, context) if r.weight >= STRONG_REF]
            if strong:
                return strong[0].display
    return None


def _part_refs(part: _Part, policy: Policy, context: _Context, compiled: _Compiled) -> list[Ref]:
    """Every reference to a person in ``part``, in text order: its phrases, the roster's pupils, and what the
    windows around its terms name (class codes, names, identifiers)."""
    refs = list(part.refs)
    if policy.roster is not None:
        refs.extend(roster_refs(policy.roster, part.folded.norm, part.signatures, context))
    for lo, hi in part.windows:
        refs.extend(_window_refs(part, lo, hi, compiled, context))
    refs.sort(key=lambda r: r.start)
    return refs


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.sensitive
    compiled = config.compiled
    quotes = [_own_quote(p.text, message, policy) for p in message.text_parts]
    parts = [_read_part(message.subject, compiled, config)]
    parts += [_read_part(p.text, compiled, config, q) for p, q in zip(message.text_parts, quotes, strict=True)]
    if not any(part.terms for part in parts):
        return _findings(*_model_alone(message, policy, parts, quotes, None, None), {}, config)
    context = _context(message, policy, parts, compiled)
    best: dict[str, list[Scored]] = {}
    borderline: list[Scored] = []  # the best item below the threshold, for the model
    places: dict[int, str] = {}  # id of a Scored -> its place in a document attachment
    for part, source in zip(parts, (None, *message.text_parts), strict=True):
        if not part.terms:
            continue
        refs = _part_refs(part, policy, context, compiled)
        for item in _score_part(part, refs, context, config):
            if source is not None and (where := source.where(item.start)):
                places[id(item)] = where
            if item.score + 1e-9 >= config.threshold:  # 0.35 + 0.3 + 0.1 is 0.7499... in floating point
                best.setdefault(item.category, []).append(item)
            elif item.score >= config.model_floor and (not borderline or item.score > borderline[0].score):
                borderline = [item]
    if not best:
        for item, place in _listed_in_attachment(message, policy, parts, context, config):
            places[id(item)] = place
            best.setdefault(item.category, []).append(item)
    opinions: dict[str, str] = {}
    model = compiled.model
    read: tuple[str, dict[str, float]] | None = None
    if model is not None and ((borderline and not best) or (best and model.heads)):
        text = _model_text(message, quotes)
        vector = model.vector(text)
        read = text, vector
        probability = model.probability_of(vector)
        items = [i for found in best.values() for i in found]
        edge = config.threshold + VETO_MARGIN
        # Just at the threshold and only phrases name the person ("uw kind", "de leerling"): one child or
        # every child. General text (an answer to a parent's general question, a forwarded CLB page) reads
        # so too, and the model, trained on both kinds, tells them apart.
        at_edge = items and max(i.score for i in items) < edge and not any(_named(i.ref) for i in items)
        if at_edge and probability < config.model_veto:
            best = {}
        if not best and borderline and probability >= config.model_threshold:
            # a fact and a person, but below the threshold: the learned model has the last word
            best[borderline[0].category] = borderline
            opinions[borderline[0].category] = f"model {probability:.2f}"
        if best:
            # A sensitive mail often tells more than its keywords say: the model's category heads add the
            # categories they read from ``category_threshold`` on, shown with the person of the mail's best
            # finding ("durft 's morgens niet meer binnen" in a mail that fired on "CLB": psychosocial too;
            # "zijn papa zit voorlopig niet thuis": family).
            lead = max((i for items in best.values() for i in items), key=lambda i: i.score)
            for category, p in model.categories_of(vector).items():
                if category not in best and p >= config.category_threshold:
                    best[category] = [Scored(category, config.threshold, "inhoud", lead.ref, lead.audience, lead.start)]
                    opinions[category] = f"model {p:.2f}"
    if not best:
        best, opinions = _model_alone(message, policy, parts, quotes, read, context)
    return _findings(best, opinions, places, config)


# A sentence of the mail that introduces an attached list: "In bijlage de licenties van de leerlingen met
# voorleessoftware", "In bijlage drie nieuwe dossiers voor invordering", "Hierbij het overzicht ..."
_INTRODUCES = re.compile(
    r"\b(?:in bijlage|als bijlage|bijgevoegd\w*|hierbij|in de bijlage|attached|in attachment|ci-joint|en annexe)\b"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n\s*\n")


def _listed_in_attachment(
    message: Message, policy: Policy, parts: list[_Part], context: _Context, config: Config
) -> list[tuple[Scored, str]]:
    """A fact about a list told in the mail, the pupils named only in the attached list: the mail's sentence that
    introduces the attachment and holds a term, read as the list's title over the attachment's text (its rows)."""
    compiled = config.compiled
    sentences: list[str] = []
    for part, source in zip(parts[1:], message.text_parts, strict=True):
        if source.source == "attachment" or not part.terms:
            continue
        start = 0
        for boundary in (*_SENTENCE_SPLIT.finditer(part.folded.norm), None):
            end = boundary.start() if boundary is not None else len(part.folded.norm)
            sentence = part.folded.norm[start:end]
            if _INTRODUCES.search(sentence.lower()) and any(start <= t.start < end for t in part.terms):
                sentences.append(sentence)  # it introduces the attachment and holds a term
            start = boundary.end() if boundary is not None else end
    if not sentences:
        return []
    found: list[tuple[Scored, str]] = []
    for source in message.text_parts:
        if source.source != "attachment" or not source.text.strip():
            continue
        titled = _read_part(" ".join(sentences) + "\n\n" + source.text, compiled, config)
        if not titled.terms:
            continue
        refs = _part_refs(titled, policy, context, compiled)
        for item in _score_part(titled, refs, context, config):
            if item.score + 1e-9 >= config.threshold:
                found.append((item, f"bijlage {source.filename or ''}".strip()))
    return found


def _findings(
    best: dict[str, list[Scored]], opinions: dict[str, str], places: dict[int, str], config: Config
) -> list[Finding]:
    findings = []
    for category in CATEGORIES:
        items = sorted(best.get(category, []), key=lambda s: -s.score)
        if not items:
            continue
        top = items[0].score
        evidence: dict[str, None] = {}
        for item in items:
            line = f"[{item.term}] bij \"{item.ref}\"" if item.ref else f"[{item.term}]"
            why = "; ".join(w for w in (item.audience, opinions.get(category, ""), places.get(id(item), "")) if w)
            if why:
                line += f" ({why})"
            evidence[line] = None
            if len(evidence) >= EVIDENCE_ITEMS:
                break
        findings.append(
            Finding(
                rule="sensitive",
                category=category,
                severity=Severity.HIGH if top >= config.high_threshold else Severity.MEDIUM,
                reason=f"{LABELS[category]}: deel dit via het leerlingvolgsysteem, niet per e-mail.",
                evidence=tuple(evidence),
                score=round(top, 2),
            )
        )
    return findings


RULE = Rule(
    id="sensitive",
    description="Gevoelige gegevens over leerlingen (gezinssituatie, psycho-sociaal, medisch, zorg, financieel)",
    paragraph="§3.3",
    config=Config,
    check=check,
)
