"""The school's pupil list (roster), held only as keyed hashes.

A school administration exports its pupils (Smartschool user export, Informat or Wisa pupil list) as a
CSV file; :func:`parse_csv` reads it (columns found by their Dutch header names, ``;`` or ``,``, UTF-8
with or without BOM, or Windows-1252) and :func:`build` turns the rows into a :class:`SchoolIndex`:
nothing but keyed hashes of normalised names, initials, classes and addresses, packed into a blob the
store keeps per school. :class:`Roster` is the union of the schools' indexes in memory: what the rules
use through :class:`discretie.model.PupilIndex`.

The hash is keyed BLAKE2b (RFC 7693, a keyed PRF like HMAC) with 64-bit output, keyed with a sub-key
derived by HKDF from the store's own key (:meth:`discretie.crypto.Sealer.derive`): one key to keep, and a
copy of the store without its key file tells nothing about who is on the list (a name cannot be tested
against it). BLAKE2b rather than HMAC-SHA256 for speed: a text is hashed word by word, and HMAC-SHA256
cost 2-3 µs CPU per word on the gateway's machine against 0.8 µs.

Mistyped addresses: for each address the index keeps the hashes of its one-deletion neighbourhood (the
local part and the domain apart, SymSpell-style) and of its address without the top-level domain, so an
address one or two characters away from a known one is found from hashes alone.
"""

from __future__ import annotations

import bisect
import codecs
import csv
import hashlib
import io
import json
import re
import struct
import sys
from array import array
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from discretie.detect import strip_accents
from discretie.model import PupilRef

if TYPE_CHECKING:
    from discretie.store import Store

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_FIRST_NAME_REFS = 8  # a first name more pupils carry gives one ref with a group id (see Roster.members)
MEMO_TEXT = 256 * 1024  # longer texts are not kept in find's memo (a big attachment's text)
# nor shorter ones: a rule's own composed names ("Lore Peeters", twenty of them for one mail) are read in
# microseconds, and kept they pushed the mail's text out of the memo that the other rules read it from
MEMO_MIN_TEXT = 200
MIN_LOCAL = 5  # shorter local parts (jan@, an@) are too close to too many others for typo checks
FORMAT = 1
_HASH_BYTES = 8

# -- normalisation -------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
_BLANK = re.compile(r"[ \t]")
_ADDRESS = re.compile(r"^[^@\s<>()\[\],;:\"]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$")
_PARTICLES = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "le", "la", "du", "d", "des", "el", "al"})


def _fold(text: str) -> str:
    """Lower case without accents: ``Crabbé`` -> ``crabbe``."""
    if text.isascii():
        return text.lower()
    return strip_accents(text).casefold()


def name_words(text: str) -> list[str]:
    """A name as the words a text would show: folded, split on anything not a letter
    (``D'Hondt`` -> ``d hondt``, ``Anne-Sophie`` -> ``anne sophie``)."""
    return _WORD.findall(_fold(text))


def normalize_name(text: str) -> str:
    return " ".join(name_words(text))


def normalize_class(text: str) -> str:
    """``5 C`` / ``5c`` / ``5-C`` -> ``5c`` (what is not a letter or a digit dropped: ``[\\W_]`` is exactly
    what ``str.isalnum`` refuses)."""
    return _NOT_ALNUM.sub("", _fold(text))


def normalize_address(text: str) -> str:
    value = text.strip().strip("<>").strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    return value.lower()


def is_address(value: str) -> bool:
    return len(value) <= 254 and _ADDRESS.match(value) is not None


# -- keyed hashing -------------------------------------------------------------------------------


class Hasher:
    """Keyed BLAKE2b, 64 bits, of ``tag`` and a normalised value."""

    def __init__(self, key: bytes):
        self._base = hashlib.blake2b(key=key[:64], digest_size=_HASH_BYTES)
        self._tagged: dict[str, hashlib.blake2b] = {}  # the keyed state after each tag and its separator, computed once

    def __call__(self, tag: str, value: str) -> int:
        tagged = self._tagged.get(tag)
        if tagged is None:
            tagged = self._tagged[tag] = self._base.copy()
            tagged.update(f"{tag}\x1f".encode())
        h = tagged.copy()
        h.update(value.encode())
        return int.from_bytes(h.digest(), "little")


def _hex(value: int) -> str:
    return value.to_bytes(_HASH_BYTES, "little").hex()


# -- the CSV export ------------------------------------------------------------------------------


class RosterError(Exception):
    """A roster file that cannot be imported: one ``file:line: reason`` per problem."""

    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("\n".join(problems))


@dataclass(frozen=True, slots=True)
class PupilRow:
    line: int
    ident: str  # the export's own id (Intern nummer ...), or the name and class when it has none
    first_names: tuple[str, ...]  # voornaam and roepnaam, as written
    last_name: str
    klass: str
    pupil_addresses: tuple[str, ...]
    parent_addresses: tuple[str, ...]


def _header_key(text: str) -> str:
    return normalize_class(text)


_ID_HEADERS = ("internnummer", "stamboeknummer", "leerlingnummer", "gebruikersnaam", "leerlingid", "id")
_FIRST_HEADERS = ("voornaam", "roepnaam", "voornaamleerling", "roepnaamleerling")
_LAST_HEADERS = ("naam", "familienaam", "achternaam", "naamleerling", "familienaamleerling", "achternaamleerling")
_CLASS_HEADERS = ("klas", "klasgroep", "klasnaam", "klascode", "klasleerling", "klasgroepcode")
_PARENT_WORDS: tuple[str, ...] = ("ouder", "moeder", "vader", "coaccount", "voogd", "gezin", "thuis", "contact")
_PARENT_WORDS += ("verzorger", "mama", "papa", "plusouder")


@dataclass(frozen=True)
class Columns:
    ident: int | None
    first: tuple[int, ...]
    last: int
    klass: int | None
    pupil_mail: tuple[int, ...]
    parent_mail: tuple[int, ...]


def _find_columns(header: list[str]) -> Columns | None:
    keys = [_header_key(h) for h in header]

    def first_of(names: Sequence[str]) -> int | None:
        for name in names:
            if name in keys:
                return keys.index(name)
        return None

    firsts = tuple(i for i, k in enumerate(keys) if k in _FIRST_HEADERS)
    last = first_of(_LAST_HEADERS)
    if not firsts or last is None:
        return None
    mails = [i for i, k in enumerate(keys) if "mail" in k]
    parent = tuple(i for i in mails if any(w in keys[i] for w in _PARENT_WORDS))
    pupil = tuple(i for i in mails if i not in parent)
    return Columns(first_of(_ID_HEADERS), firsts, last, first_of(_CLASS_HEADERS), pupil, parent)


def _decode(data: bytes, name: str) -> str:
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].count(b"\n") + 1
            raise RosterError([f"{name}:{line}: geen geldige UTF-8 (het bestand begint met een UTF-8-BOM)"]) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise RosterError([f"{name}:1: geen geldige UTF-16"]) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise RosterError([f"{name}:{line}: geen UTF-8 en geen Windows-1252 (byte 0x{data[exc.start]:02x})"]) from None


def _split_addresses(cell: str) -> list[str]:
    return [normalize_address(part) for part in re.split(r"[\s,;]+", cell) if part.strip()]


def parse_csv(data: bytes, name: str) -> list[PupilRow]:
    """The rows of a pupil export; raises :class:`RosterError` with every problem found."""
    if len(data) > MAX_FILE_BYTES:
        raise RosterError([f"{name}: te groot ({len(data) / 1e6:.1f} MB; hoogstens {MAX_FILE_BYTES // 2**20} MiB)"])
    text = _decode(data, name)
    if not text.strip():
        raise RosterError([f"{name}:1: het bestand is leeg"])
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    best: tuple[int, str, Columns] | None = None
    for delimiter in (";", ",", "\t"):
        header = next(csv.reader([first_line], delimiter=delimiter))
        columns = _find_columns(header)
        if columns is not None:
            score = len(header)
            if best is None or score > best[0]:
                best = (score, delimiter, columns)
    if best is None:
        shown = first_line[:120]
        raise RosterError(
            [
                f"{name}:1: geen kolommen voor voornaam en naam (familienaam/achternaam) gevonden in de kopregel "
                f"{shown!r}: verwacht een leerlingenexport met ; of , als scheidingsteken"
            ]
        )
    _, delimiter, columns = best
    problems: list[str] = []
    rows: list[PupilRow] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except csv.Error as exc:
        raise RosterError([f"{name}:1: {exc}"]) from None
    width = len(header)
    start = reader.line_num
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(f"{name}:{reader.line_num}: onleesbare regel ({exc})")
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != width:
            problems.append(f"{name}:{line}: {len(record)} velden in plaats van {width} (zoals de kopregel)")
            continue
        firsts = tuple(dict.fromkeys(record[i].strip() for i in columns.first if normalize_name(record[i])))
        last = record[columns.last].strip()
        klass = record[columns.klass].strip() if columns.klass is not None else ""
        if not firsts:
            problems.append(f"{name}:{line}: voornaam ontbreekt")
            continue
        if not normalize_name(last):
            problems.append(f"{name}:{line}: naam ontbreekt")
            continue
        bad: list[str] = []
        pupil_mail: list[str] = []
        parent_mail: list[str] = []
        for indexes, out in ((columns.pupil_mail, pupil_mail), (columns.parent_mail, parent_mail)):
            for i in indexes:
                for address in _split_addresses(record[i]):
                    if is_address(address):
                        out.append(address)
                    else:
                        bad.append(header[i].strip())
        if bad:
            problems.append(f"{name}:{line}: ongeldig e-mailadres in kolom {', '.join(dict.fromkeys(bad))}")
            continue
        ident = record[columns.ident].strip() if columns.ident is not None else ""
        key = ident or f"{normalize_name(firsts[0])}|{normalize_name(last)}|{normalize_class(klass)}"
        if key in seen:
            problems.append(f"{name}:{line}: dezelfde leerling staat al op regel {seen[key]}")
            continue
        seen[key] = line
        rows.append(
            PupilRow(
                line, key, firsts, last, klass, tuple(dict.fromkeys(pupil_mail)), tuple(dict.fromkeys(parent_mail))
            )
        )
    if problems:
        raise RosterError(problems)
    if not rows:
        raise RosterError([f"{name}:{start + 1}: geen leerlingen onder de kopregel"])
    return rows


def read_csv(path: Path) -> list[PupilRow]:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise RosterError([f"{name}: te groot ({size / 1e6:.1f} MB; hoogstens {MAX_FILE_BYTES // 2**20} MiB)"])
        data = path.read_bytes()
    except OSError as exc:
        raise RosterError([f"{name}: kan niet gelezen worden: {exc.strerror or exc}"]) from None
    return parse_csv(data, name)


# -- the index of one school ---------------------------------------------------------------------

# Multimaps from a keyed hash to pupils (by their number within the school):
#   n: full name (first last, last first)   f: first name          ic: initials + class
#   fi: first name + initial of last name   fic: fi + class         fc: first name + class
#   a: parent's address                     pa: pupil's own address
#   k: class                                ps: a name a parent's address spells (see _address_names)
# (an index made before the optional maps were added lacks them: see Roster._in_classes, Roster.parents_named)
_MAPS = ("n", "f", "ic", "fi", "fic", "fc", "a", "pa")
_OPTIONAL_MAPS = ("k", "ps")


def _initials(words: Sequence[str]) -> set[str]:
    """Ways a school writes the initials of a name part: first word, all words, all but particles."""
    if not words:
        return set()
    out = {words[0][0], "".join(w[0] for w in words)}
    core = [w for w in words if w not in _PARTICLES]
    if core:
        out.add(core[0][0])
        out.add("".join(w[0] for w in core))
    return out


def _variants(name: str) -> list[list[str]]:
    """The ways a name part is written: as its words (``d hondt``), with apostrophes and hyphens joined
    (``dhondt``, ``annesophie``), and a last name without its particles ("Lore Broeck" for Lore Van den
    Broeck)."""
    out = [name_words(name)]
    for joined in (re.sub(r"['’`]", "", name), re.sub(r"['’`-]", "", name)):
        out.append(name_words(joined))
    core = [w for w in out[0] if w not in _PARTICLES]
    if core and len(out[0]) > 1:
        out.append(core)
        out.append(["".join(out[0])])  # "vandewalle" for Van de Walle, as in user names and addresses
    unique: list[list[str]] = []
    for words in out:
        if words and words not in unique:
            unique.append(words)
    return unique


def _address_names(address: str) -> set[str]:
    """The names an address's local part may spell: its words of letters and each two or three of them joined
    (sarah.van.laere@ -> sarah, van, laere, sarahvan, vanlaere, sarahvanlaere; an.coomans75@ -> an, coomans,
    ancoomans)."""
    words = _WORD.findall(_fold(address.rpartition("@")[0]))
    return {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(len(words), i + 3) + 1)}


def _near_local(local: str, domain: str) -> Iterable[str]:
    for i in range(len(local)):
        yield f"{local[:i]}{local[i + 1 :]}@{domain}"


_DOMAIN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.-"


def _domain_edits(domain: str) -> set[str]:
    """Every domain one edit away (a character deleted, added, replaced, or two swapped)."""
    out = {domain[:i] + domain[i + 1 :] for i in range(len(domain))}
    out |= {domain[:i] + domain[i + 1] + domain[i] + domain[i + 2 :] for i in range(len(domain) - 1)}
    for i in range(len(domain) + 1):
        for c in _DOMAIN_CHARS:
            out.add(domain[:i] + c + domain[i:])
            if i < len(domain):
                out.add(domain[:i] + c + domain[i + 1 :])
    out.discard(domain)
    return out


def _tld_free(local: str, domain: str) -> str | None:
    label, dot, _tld = domain.rpartition(".")
    return f"{local}@{label}" if dot and label else None


@dataclass
class SchoolIndex:
    """One school's part of the roster: keyed hashes only. ``counts`` is what ``roster status`` shows."""

    school: str
    key_id: str
    pupils: array[int]
    maps: dict[str, tuple[array[int], array[int]]]
    starts: array[int]
    words: array[int]
    near: array[int]
    max_words: int
    counts: dict[str, int] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        sections: list[tuple[str, array[int]]] = [("pupils", self.pupils), ("starts", self.starts)]
        sections += [("words", self.words), ("near", self.near)]
        for tag in (*_MAPS, *(t for t in _OPTIONAL_MAPS if t in self.maps)):
            keys, values = self.maps[tag]
            sections += [(f"{tag}.k", keys), (f"{tag}.v", values)]
        header = {
            "format": FORMAT,
            "school": self.school,
            "key_id": self.key_id,
            "max_words": self.max_words,
            "counts": self.counts,
            "byteorder": sys.byteorder,
            "sections": [[name, arr.typecode, len(arr)] for name, arr in sections],
        }
        head = json.dumps(header).encode()
        return struct.pack("<I", len(head)) + head + b"".join(arr.tobytes() for _, arr in sections)

    @classmethod
    def from_bytes(cls, blob: bytes) -> SchoolIndex:
        (size,) = struct.unpack_from("<I", blob)
        header = json.loads(blob[4 : 4 + size])
        if header.get("format") != FORMAT:
            raise ValueError(f"onbekend formaat {header.get('format')!r}")
        offset = 4 + size
        arrays: dict[str, array[int]] = {}
        for name, typecode, length in header["sections"]:
            arr = array(typecode)
            nbytes = arr.itemsize * length
            arr.frombytes(blob[offset : offset + nbytes])
            if header["byteorder"] != sys.byteorder:
                arr.byteswap()
            arrays[name] = arr
            offset += nbytes
        tags = (*_MAPS, *(t for t in _OPTIONAL_MAPS if f"{t}.k" in arrays))
        maps = {tag: (arrays[f"{tag}.k"], arrays[f"{tag}.v"]) for tag in tags}
        return cls(
            header["school"],
            header["key_id"],
            arrays["pupils"],
            maps,
            arrays["starts"],
            arrays["words"],
            arrays["near"],
            int(header["max_words"]),
            dict(header["counts"]),
        )


def pupil_id(hasher: Hasher, school: str, ident: str) -> int:
    return hasher("p", f"{normalize_name(school)}\x1f{ident.strip()}")


def build(rows: Sequence[PupilRow], school: str, hasher: Hasher, key_id: str) -> SchoolIndex:
    """The keyed-hash index of one school's rows (names and addresses go no further than here)."""
    pupils = array("Q")
    entries: dict[str, tuple[array[int], array[int]]] = {
        tag: (array("Q"), array("I")) for tag in (*_MAPS, *_OPTIONAL_MAPS)
    }
    starts: set[int] = set()
    words: set[int] = set()
    near: set[int] = set()
    max_words = 1
    classes: set[str] = set()
    parent_addresses: set[str] = set()
    pupil_addresses: set[str] = set()

    def add(tag: str, value: str, index: int) -> None:
        keys, values = entries[tag]
        keys.append(hasher(tag, value))
        values.append(index)

    for index, row in enumerate(rows):
        pupils.append(pupil_id(hasher, school, row.ident))
        lasts = _variants(row.last_name)
        last = lasts[0]
        klass = normalize_class(row.klass)
        if klass:
            classes.add(klass)
            add("k", klass, index)
        last_initials = _initials(last)
        done: set[tuple[str, str]] = set()  # (tag, value) already added for this pupil

        def once(tag: str, value: str, done: set[tuple[str, str]] = done, index: int = index) -> None:
            if (tag, value) not in done:
                done.add((tag, value))
                add(tag, value, index)

        for first_name in row.first_names:
            for first in _variants(first_name):
                f = " ".join(first)
                for variant in lasts:
                    max_words = max(max_words, len(first) + len(variant))
                    starts.update((hasher("w", first[0]), hasher("w", variant[0])))
                    words.update(hasher("w", word) for word in (*first, *variant))
                    once("n", f"{f} {' '.join(variant)}")
                    once("n", f"{' '.join(variant)} {f}")
                once("f", f)
                for initial in last_initials:
                    once("fi", f"{f}|{initial[0]}")
                    if klass:
                        once("fic", f"{f}|{initial[0]}|{klass}")
                if klass:
                    once("fc", f"{f}|{klass}")
                    for fi in _initials(first):
                        for li in last_initials:
                            once("ic", f"{fi + li}|{klass}")
                            once("ic", f"{li + fi}|{klass}")
        for address in row.parent_addresses:
            parent_addresses.add(address)
            add("a", address, index)
            for name in _address_names(address):
                once("ps", name)
        for address in row.pupil_addresses:
            pupil_addresses.add(address)
            add("pa", address, index)
    domains: set[str] = set()
    for address in parent_addresses:  # pupils' own addresses are the school's: not mistyped outside
        local, _, domain = address.rpartition("@")
        domains.add(domain)
        if len(local) >= MIN_LOCAL:
            near.update(hasher("l1", v) for v in _near_local(local, domain))
            near.add(hasher("loc", local))
            tld_free = _tld_free(local, domain)
            if tld_free:
                near.add(hasher("tld", tld_free))
    near.update(hasher("dom", domain) for domain in domains)
    maps = {}
    for tag, (keys, values) in entries.items():
        order = sorted(range(len(keys)), key=keys.__getitem__)
        maps[tag] = (array("Q", (keys[i] for i in order)), array("I", (values[i] for i in order)))
    counts = {
        "pupils": len(rows),
        "classes": len(classes),
        "parent_addresses": len(parent_addresses),
        "pupil_addresses": len(pupil_addresses),
        "pupils_with_parent_address": sum(1 for row in rows if row.parent_addresses),
    }
    return SchoolIndex(
        school,
        key_id,
        pupils,
        maps,
        array("Q", sorted(starts)),
        array("Q", sorted(words)),
        array("Q", sorted(near)),
        max_words,
        counts,
    )


# -- the roster in memory ------------------------------------------------------------------------

# The pupils of the classes a mail names (Roster.in_classes): of the classes with one reading, all in one set;
# of each class with two readings, the pupils of each reading, the longest first.
_ClassMembers = tuple[frozenset[str], list[list[frozenset[str]]]]

# Initials as a school writes them: "L.M.", "L. M.", "L.V.D.B."; or two or three capitals ("LM") when a
# class follows.
# (_INITIALS and _CAPITALISED start with the letter they need and look behind it after: the engine skips to such
# letters instead of trying the look-behind at every position; _DOTTED reads a word once, possessively. The three
# scans of a 5 KB mail: 0.41 -> 0.19 ms, the same matches)
_INITIALS = re.compile(
    r"([A-Z](?<![\w.][A-Z])(?:\.[ \t]?[A-Z]){1,3}\.[ \t]?"
    r"|[A-Z](?<![\w.][A-Z])[A-Z]{1,2}(?=[ \t]*(?:\(|uit\b|van\b|,|-)))"
)
# What may stand between a name or initials and its class: "uit", "van", "in", "(klas", ", " ...
_CLASS_AFTER = re.compile(
    r"[ \t]*(?:\(|,|-|:)?[ \t]*(?:(?:uit|van|in|de|klas|uit klas|van klas|in klas)[ \t]+)?(?:klas[ \t]+)?"
    r"([A-Za-z]?\d{1,2}(?:[ \t]?[A-Za-z]{1,6}\d?)?)(?![\w])"
)
_LAST_INITIAL = re.compile(r"[ \t]([A-Z])\.")
# first.last in lower case: a user name, the local part of an address
_DOTTED = re.compile(r"(?<![\w.])([a-z]{2,}+(?:-[a-z]++)?)\.([a-z]{2,}+(?:-[a-z]++)?)(?=@|[^\w.]|$)")
# After a first name, a pronoun means the name was a verb ("Ben je", "Wil je", "Mag ik", "Hoop u").
_VERB_READING = re.compile(r"[ \t]+(?:je|jij|u|ik|we|wij|jullie|ze|zij|hij|het|er|men)\b")
# first names that are also words a pronoun follows ("Ben je", "Wil je", "Ken je", "Kan ik", "Dan het volgende"):
# only these are read as the word there; any other name before a pronoun is the name ("blijft Jasper het weekend",
# "heeft Noor het moeilijk": the verb stood before the name)
_VERB_NAMES = frozenset({"ben", "bent", "wil", "ken", "kan", "dan", "mag", "leen", "zal"})
# A word that starts with a capital (names are written so; "roos", "hoop", "ben" are ordinary words).
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ž](?<![^\W_].)[^\W\d_]*")
# The next word of a name: after blanks, a hyphen or an apostrophe, or one line break.
_RUN_SPLIT = re.compile(r"[ \t]*[-'’][ \t]*|[ \t]+")  # what _NEXT_WORD allows between a name's words on one line
_NEXT_WORD = re.compile(r"(?:[ \t]*(?:[-'’][ \t]*)?|[ \t]*\r?\n[ \t]*)([^\W\d_]+)")


class Roster:
    """The pupil lists of the school group in memory, as keyed hashes (implements ``PupilIndex``)."""

    def __init__(self, hasher: Hasher, schools: Sequence[SchoolIndex]):
        self._h = hasher
        self.schools = tuple(schools)
        # the optional maps only when every school's index has them
        tags = (*_MAPS, *(t for t in _OPTIONAL_MAPS if all(t in school.maps for school in schools)))
        maps: dict[str, dict[int, tuple[str, ...]]] = {tag: {} for tag in tags}
        starts: set[int] = set()
        words: set[int] = set()
        near: set[int] = set()
        self.max_words = 1
        for school in schools:
            ids = [_hex(p) for p in school.pupils]
            for tag in tags:
                target = maps[tag]
                keys, values = school.maps[tag]
                for key, value in zip(keys, values, strict=True):
                    pupil = ids[value]
                    have = target.get(key, ())
                    if pupil not in have:
                        target[key] = (*have, pupil)
            starts.update(school.starts)
            words.update(school.words)
            near.update(school.near)
            self.max_words = max(self.max_words, school.max_words)
        self._maps = maps
        self._starts = frozenset(starts)
        self._words = frozenset(words)
        self._near = array("Q", sorted(near))
        parents: dict[str, set[str]] = {}
        for key, pupils in maps["a"].items():
            for pupil in pupils:
                parents.setdefault(pupil, set()).add(_hex(key))
        self._parents = {pupil: frozenset(keys) for pupil, keys in parents.items()}
        # first names that many pupils carry: one ref with a group id (the name's keyed hash)
        self._group_ids = {
            pupils: f"g{_hex(key)}" for key, pupils in maps["f"].items() if len(pupils) > MAX_FIRST_NAME_REFS
        }
        self._groups = {group: frozenset(pupils) for pupils, group in self._group_ids.items()}
        self._memo: dict[str, tuple[PupilRef, ...]] = {}
        classes = maps.get("k")
        self._class_pupils = None if classes is None else {key: frozenset(p) for key, p in classes.items()}
        self._parent_names = maps.get("ps", {})
        self._exact = frozenset(maps["a"].keys() | maps["pa"].keys())

    # -- PupilIndex ----------------------------------------------------------------------------

    def parents(self, pupil: str) -> frozenset[str]:
        return self._parents.get(pupil, frozenset())

    def parents_named(self, surname: str) -> frozenset[str]:
        """The pupils a parent of whom has an address that spells ``surname`` (its letters, blanks and particles
        joined: "Van Laere" in sarah.vanlaere@ or van.laere.sarah@): a mother who kept her own surname is known by
        it. Empty with an index made before this map."""
        key = "".join(name_words(surname))
        return frozenset(self._parent_names.get(self._h("ps", key), ())) if key else frozenset()

    def children_of(self, address: str) -> frozenset[str]:
        return frozenset(self._maps["a"].get(self._h("a", normalize_address(address)), ()))

    def pupils_at(self, address: str) -> frozenset[str]:
        return frozenset(self._maps["pa"].get(self._h("pa", normalize_address(address)), ()))

    def is_known_address(self, address: str) -> bool:
        value = normalize_address(address)
        return self._h("a", value) in self._maps["a"] or self._h("pa", value) in self._maps["pa"]

    def near_known_address(self, address: str) -> bool:
        """Whether ``address`` is one or two characters away from a known parent's address: in the local
        part a letter missing, one or two too many, one wrong or two swapped; or the domain mistyped by
        one character or its top-level domain changed (``.be`` for ``.com``). Callers check
        :meth:`is_known_address` first."""
        value = normalize_address(address)
        local, at, domain = value.rpartition("@")
        if not at or len(local) < MIN_LOCAL - 1 or not domain:
            return False
        h = self._h
        parents = self._maps["a"]
        if self._has("l1", value):  # a character missing here
            return True
        for variant in _near_local(local, domain):  # one too many, or one wrong or two swapped
            if h("a", variant) in parents or self._has("l1", variant):
                return True
        for i in range(len(local)):  # two too many
            for variant in _near_local(local[:i] + local[i + 1 :], domain):
                if h("a", variant) in parents:
                    return True
        tld_free = _tld_free(local, domain)
        if tld_free and self._has("tld", tld_free):
            return True
        if self._has("loc", local):  # a known local part at an unknown domain: a mistyped domain?
            for candidate in _domain_edits(domain):
                if self._has("dom", candidate) and h("a", f"{local}@{candidate}") in parents:
                    return True
        return False

    def _has(self, tag: str, value: str) -> bool:
        key = self._h(tag, value)
        i = bisect.bisect_left(self._near, key)
        return i < len(self._near) and self._near[i] == key

    def members(self, pupil: str) -> frozenset[str]:
        """The pupils an id found by :meth:`find` stands for: the pupil itself, or for a first name more
        than ``MAX_FIRST_NAME_REFS`` pupils carry (one ref with a group id instead of one per pupil), all
        of them."""
        return self._groups.get(pupil) or frozenset((pupil,))

    def pupil_id(self, school: str, ident: str) -> str:
        """The opaque id of the pupil with the export's own id ``ident`` in ``school`` (for measuring)."""
        return _hex(pupil_id(self._h, school, ident))

    def find(self, text: str) -> tuple[PupilRef, ...]:
        """Every reference to a roster pupil in ``text`` (see :meth:`_find`). Several rules read the same
        text: the last few answers are kept (a bounded memo of values computed from this immutable object,
        like ``School.classify``'s)."""
        memo = self._memo
        refs = memo.get(text)
        if refs is None:
            refs = tuple(self._find(text))
            if MEMO_MIN_TEXT <= len(text) <= MEMO_TEXT:
                if len(memo) >= 8:
                    memo.clear()
                memo[text] = refs
        return refs

    def in_classes(self, firsts: Iterable[str], classes: Sequence[str]) -> dict[str, frozenset[str]]:
        """For each of ``firsts``, the pupils that ``find(f"{first} ({klass})")`` reads at its start as that first
        name with a class, for any of ``classes``: the same maps, without reading each composed text (a class-council
        report naming fifty first names and ten classes asked 500 readings of 20 us each). Each class is looked up
        once: a first name's pupils in a class are those of the first name that are in the class (the ``k`` map).
        An index made before that map existed is read by a keyed hash of each first name and class (``fc``), with
        the same answers."""
        if not classes:
            return dict.fromkeys(firsts, frozenset())
        read = []
        for klass in classes:
            after = _CLASS_AFTER.match(f" ({klass})")
            if after is not None:
                read.append(_class_candidates(after.group(1)))
        by_class = self._class_pupils
        members: _ClassMembers | None = None
        if by_class is not None:
            empty: frozenset[str] = frozenset()
            plain: list[frozenset[str]] = []  # the pupils of every class read one way ("5C"), in one set below
            either: list[list[frozenset[str]]] = []  # classes read two ways ("5 ECMT": 5ecmt, else 5)
            for candidates in read:
                if len(candidates) == 1:
                    plain.append(by_class.get(self._h("k", candidates[0]), empty))
                else:
                    either.append([by_class.get(self._h("k", c), empty) for c in candidates])
            members = (empty.union(*plain), either)
        return {first: self._in_classes(first, read, members) for first in firsts}

    def full_names(self, firsts: Iterable[str], surnames: Sequence[str]) -> dict[str, frozenset[str]]:
        """For each of ``firsts`` (a first name as the text wrote it), the pupils that it and one of ``surnames``
        name in full ("Chloé" and "Lambert": Chloé Lambert; "Julie" and "Van Acker"), from the map of full
        names: a keyed hash of each pair. (Reading ``find(f"{first} {surname}")`` gave the same pupils at 10-20 us a
        pair, and a shorter full name at the start as well: "Anne-Sophie" of a pupil Anne Sophie for "Anne-Sophie"
        and "Wouters".)"""
        h = self._h
        names = self._maps["n"]
        lasts = [normalize_name(surname) for surname in surnames]
        found: dict[str, frozenset[str]] = {}
        for first in firsts:
            head = normalize_name(first)
            pupils: set[str] = set()
            for last in lasts:  # (an empty name gives a key no full name has: " peeters", "lore ")
                pupils.update(names.get(h("n", f"{head} {last}"), ()))
            found[first] = frozenset(pupils)
        return found

    def _in_classes(self, first: str, classes: list[list[str]], members: _ClassMembers | None) -> frozenset[str]:
        if not _CAPITALISED.match(first):
            return frozenset()  # find reads capitalised names only
        h = self._h
        maps = self._maps
        # the name words as find joins them (blanks, hyphens, apostrophes; an empty word ends the run)
        words = [_fold(w) for w in _RUN_SPLIT.split(first)]
        parts = words[: self.max_words]
        for length in range(len(parts), 1, -1):
            if maps["n"].get(h("n", " ".join(parts[:length]))):
                return frozenset()  # a full name ("Jan-Pieter" of Jan Pieter): find reads no class after it
        for length in range(min(len(parts), 3), 0, -1):
            name = " ".join(parts[:length])
            named = maps["f"].get(h("f", name))
            if named:
                if length < len(words):
                    return frozenset()  # words after the first name ("Noor-Mathis"): no class right after it
                found: set[str] = set()
                if members is not None:
                    plain, either = members
                    found.update(plain.intersection(named))
                    for in_class in either:
                        for pupils_in in in_class:  # the longest reading first
                            both = pupils_in.intersection(named)
                            if both:
                                found.update(both)
                                break
                    return frozenset(found)
                for candidates in classes:
                    for candidate in candidates:
                        pupils = maps["fc"].get(h("fc", f"{name}|{candidate}"))
                        if pupils:
                            found.update(pupils)
                            break
                return frozenset(found)
        return frozenset()

    def _find(self, text: str) -> list[PupilRef]:
        """Every reference to a roster pupil in ``text``, in text order: full names (either order,
        any case), initials or a first name with a class ("L.M. uit 5C", "Lore B. (4B)", "Lore (4B)"),
        and capitalised first names that roster pupils carry (one ref per pupil with that name)."""
        h = self._h
        maps = self._maps
        name_words = self._words
        known: dict[str, tuple[str, int]] = {}  # word -> (folded, keyed hash)
        refs: list[PupilRef] = []
        taken_until = -1
        for m in _CAPITALISED.finditer(text):
            start, end = m.span()
            if start < taken_until:
                continue
            word = m.group()
            seen = known.get(word)
            if seen is None:
                folded = _fold(word)
                seen = known[word] = (folded, h("w", folded))
            if seen[1] not in self._starts:
                continue
            # the longest run of name words (joined by blanks, hyphens, apostrophes) that is a name
            parts = [seen[0]]
            spans = [(start, end)]
            while len(parts) < self.max_words:
                following = _NEXT_WORD.match(text, spans[-1][1])
                if following is None:
                    break
                w = following.group(1)
                nxt = known.get(w)
                if nxt is None:
                    folded = _fold(w)
                    nxt = known[w] = (folded, h("w", folded))
                if nxt[1] not in name_words:
                    break
                parts.append(nxt[0])
                spans.append(following.span(1))
            match: tuple[str, int, tuple[str, ...]] | None = None
            for length in range(len(parts), 1, -1):
                pupils = maps["n"].get(h("n", " ".join(parts[:length])))
                if pupils:
                    match = ("full_name", length, pupils)
                    if len(pupils) > 1:
                        match = self._narrow_full(text, spans[length - 1][1], parts[0], match)
                    break
            if match is None:
                for length in range(min(len(parts), 3), 0, -1):
                    first = " ".join(parts[:length])
                    pupils = maps["f"].get(h("f", first))
                    if pupils:
                        match = ("first_name", length, pupils)
                        match = self._narrow(text, spans[length - 1][1], first, match)
                        break
            if match is None:
                continue
            kind, length, pupils = match
            stop = spans[length - 1][1]
            if kind == "first_name" and parts[0] in _VERB_NAMES and _VERB_READING.match(text, stop):
                continue  # "Ben je morgen ...", "Wil je ...": a verb that is also a first name
            if kind == "initials_class":
                stop = max(stop, self._class_end(text, stop))
            initials = " ".join(f"{text[s].upper()}." for s, e in spans[:length] if text[s].isupper())
            last_initial = _LAST_INITIAL.match(text, spans[length - 1][1]) if kind != "full_name" else None
            if last_initial:
                initials += f" {last_initial.group(1)}."
            group = self._group_ids.get(pupils) if kind == "first_name" else None
            if group is not None:
                refs.append(PupilRef(start, stop, group, kind, initials))
            else:
                refs.extend(PupilRef(start, stop, pupil, kind, initials) for pupil in pupils)
            taken_until = stop
        for m in _DOTTED.finditer(text):  # user names and addresses: lisa.vandewalle, lore.peeters@...
            first, last = (part.replace("-", " ") for part in m.groups())
            for full in (f"{first} {last}", f"{last} {first}"):
                pupils = maps["n"].get(h("n", full))
                if pupils:
                    shown = f"{first[0].upper()}. {last[0].upper()}."
                    refs.extend(PupilRef(m.start(), m.end(), p, "full_name", shown) for p in pupils)
                    break
        for m in _INITIALS.finditer(text):
            letters = "".join(c for c in m.group(1) if c.isalpha()).lower()
            klass = _CLASS_AFTER.match(text, m.end())
            if not klass:
                continue
            for candidate in _class_candidates(klass.group(1)):
                pupils = maps["ic"].get(h("ic", f"{letters}|{candidate}"))
                if pupils:
                    shown = " ".join(f"{c.upper()}." for c in letters)
                    refs.extend(PupilRef(m.start(), klass.end(), p, "initials_class", shown) for p in pupils)
                    break
        refs.sort(key=lambda r: (r.start, r.end))
        return refs

    def _narrow(
        self, text: str, end: int, first: str, match: tuple[str, int, tuple[str, ...]]
    ) -> tuple[str, int, tuple[str, ...]]:
        """A first name followed by the initial of a last name and/or a class: fewer candidates, and
        with a class a strong reference."""
        h = self._h
        maps = self._maps
        initial = _LAST_INITIAL.match(text, end)
        after = initial.end() if initial else end
        klass = _CLASS_AFTER.match(text, after)
        if klass:
            for candidate in _class_candidates(klass.group(1)):
                key = (
                    h("fic", f"{first}|{initial.group(1).lower()}|{candidate}")
                    if initial
                    else h("fc", f"{first}|{candidate}")
                )
                pupils = maps["fic" if initial else "fc"].get(key)
                if pupils:
                    return ("initials_class", match[1], pupils)
        if initial:
            pupils = maps["fi"].get(h("fi", f"{first}|{initial.group(1).lower()}"))
            if pupils:
                return ("first_name", match[1], pupils)
        return match

    def _narrow_full(
        self, text: str, end: int, first: str, match: tuple[str, int, tuple[str, ...]]
    ) -> tuple[str, int, tuple[str, ...]]:
        """A full name that several pupils answer to ("Lars Vos": Lars Vos, and Lars De Vos written without his
        particle) followed by a class ("Lars Vos (6ECMT)"): the ones of them in that class, when there are any."""
        klass = _CLASS_AFTER.match(text, end)
        if klass:
            for candidate in _class_candidates(klass.group(1)):
                in_class = self._maps["fc"].get(self._h("fc", f"{first}|{candidate}"))
                kept = tuple(pupil for pupil in match[2] if in_class and pupil in in_class)
                if kept:
                    return (match[0], match[1], kept)
        return match

    @staticmethod
    def _class_end(text: str, end: int) -> int:
        initial = _LAST_INITIAL.match(text, end)
        after = initial.end() if initial else end
        klass = _CLASS_AFTER.match(text, after)
        return klass.end() if klass else after


def _class_candidates(raw: str) -> list[str]:
    """``5C`` -> [5c]; ``5 ECMT`` -> [5ecmt, 5]: the longest reading first."""
    full = normalize_class(raw)
    head = normalize_class(_BLANK.split(raw, maxsplit=1)[0])
    return [full] if head == full else [full, head]


PURPOSE = "roster v1"  # the HKDF purpose of the roster's hash key


def hasher_for(store: Store) -> Hasher:
    return Hasher(store.sealer.derive(PURPOSE))


def from_store(store: Store) -> Roster | None:
    """The roster in ``store`` (None when no school imported one)."""
    return load(store.roster_data(), hasher_for(store), store.sealer.key_id)


def load(schools: Sequence[tuple[str, bytes]], hasher: Hasher, key_id: str) -> Roster | None:
    """The roster from the store's blobs; None when no school imported one. A blob made with another
    key (the key file was replaced) is refused: its hashes would silently match nothing."""
    indexes = []
    for school, blob in schools:
        index = SchoolIndex.from_bytes(blob)
        if index.key_id != key_id:
            raise ValueError(f"de leerlingenlijst van {school} is gemaakt met een andere sleutel: importeer ze opnieuw")
        indexes.append(index)
    return Roster(hasher, indexes) if indexes else None
