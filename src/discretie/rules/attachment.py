"""``attachment``: Gevaarlijke bijlagen: programma's, scripts, macro's, archieven daarmee (§3.2).

Each attachment (also those inside forwarded messages) is judged twice:

- by the **final extension** of its decoded file name, the way Windows sees it: bidi and
  zero-width characters removed (``foto\\u202egpj.exe`` is an .exe), trailing dots and spaces
  dropped, case folded; ``rapport.pdf.exe`` is an .exe, ``rapport.exe.pdf`` a PDF;
- by **content sniffing**, whatever the declared Content-Type and name: PE (MZ), ELF, Mach-O,
  Windows shortcuts, ``#!`` scripts, CHM, OLE2 documents with VBA macros, OOXML/ODF packages
  with macros (``vbaProject.bin`` even in a file named .docx or .jpg), ISO 9660/UDF, VHD(X),
  DMG, and archives: ZIP (incl. JAR/APK/APPX), TAR, gzip/bzip2/xz, RAR (names), CAB (names).

Archives are opened in memory only, never extracted to disk, with bounds: at most
``max_archive_depth`` nested levels, ``max_archive_entries`` members each, and
``max_archive_bytes`` decompressed bytes read per attachment (members are sniffed from their
first 40 KB; only containers are read whole). Category of a finding: ``executable``, ``script``,
``macro``, ``disk_image`` (HIGH) or ``archive`` (MEDIUM): an archive whose content cannot be
checked (password-protected, nested too deep, a decompression bomb, a 7-Zip/ACE/ARJ/LZH file).
Encrypted archives are ``archive`` and held, not rejected, by default: they are the classic way to
smuggle malware past scanners, but teachers also use them to protect lists; a reviewer decides.
Member names of an encrypted ZIP or RAR are still visible and still judged.

Documents the gateway read for the content rules (``message.documents``, see
:mod:`discretie.documents`) add three categories: ``unreadable`` (MEDIUM, held by default like an
encrypted archive: an encrypted PDF, a password-protected Office file, a damaged file, one over its
budget), ``scanned`` (info: pages that are images, not read) and ``not_read`` (info: a format that is
recognised but not read, such as Word 97).
"""

from __future__ import annotations

import bz2
import io
import lzma
import re
import struct
import tarfile
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING

from pydantic import Field, PrivateAttr, field_validator

from discretie.config import RuleConfig
from discretie.model import Action, Finding, Message, Severity
from discretie.rules.base import Rule

if TYPE_CHECKING:
    from discretie.policy import Policy

CATEGORIES = ("executable", "script", "macro", "disk_image", "archive")  # most serious first
DOCUMENT_CATEGORIES = {"unreadable": Severity.MEDIUM, "scanned": Severity.INFO, "not_read": Severity.INFO}
LABELS = {
    "executable": "programma",
    "script": "script",
    "macro": "document met macro's",
    "disk_image": "schijfkopie",
    "archive": "archief",
}
REASONS = {
    "unreadable": (
        "De bijlage kan niet gecontroleerd worden (versleuteld met een wachtwoord, beschadigd of te groot); "
        "de privacyverantwoordelijke bekijkt ze."
    ),
    "scanned": "De bijlage is een gescand document (afbeeldingen van pagina's): de tekst is niet gelezen.",
    "not_read": "De bijlage heeft een ouder formaat waarvan de tekst niet gelezen wordt.",
    "executable": "De bijlage is een programma of snelkoppeling; zulke bestanden verspreiden virussen en ransomware.",
    "script": "De bijlage is een script dat code uitvoert op de computer van de ontvanger.",
    "macro": "De bijlage is een Office-document met macro's; macro's worden gebruikt om ransomware te verspreiden.",
    "disk_image": "De bijlage is een schijfkopie (ISO, IMG, VHD ...) die programma's kan verbergen.",
    "archive": (
        "De bijlage is een archief dat niet gecontroleerd kan worden (met wachtwoord, te diep genest of "
        "onbekend formaat); de privacyverantwoordelijke bekijkt het."
    ),
}

SNIFF_BYTES = 40 * 1024  # enough for the ISO 9660 descriptor at 0x8001 (and 0x8801, 0x9001)
MAX_FINDINGS = 20  # one finding per attachment, at most this many per message
MAX_EVIDENCE = 3  # evidence lines per finding
BOMB_RATIO = 1000  # declared uncompressed/compressed ratio of a zip member that counts as a bomb
BOMB_SIZE = 512 * 1024 * 1024  # ... when it also declares more than this many bytes

_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
_SHEBANG = re.compile(rb"#![ \t]*/")
_VBA_SOURCE = re.compile(rb"\x00Attribut\x00e VB_")
_UTF16_VBA_PROJECT = "_VBA_PROJECT".encode("utf-16-le")
_UTF16_VBA = "VBA\x00".encode("utf-16-le")
_ODF_MACRO = re.compile(r"^(?:basic/[^/]+/(?!script-lb\.xml$|dialog-lb\.xml$)[^/]+\.xml|scripts/.+)$")
_LNK = b"L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

DANGEROUS_TYPES: dict[str, str] = {
    "application/x-msdownload": "executable",
    "application/x-msdos-program": "executable",
    "application/x-dosexec": "executable",
    "application/x-executable": "executable",
    "application/vnd.microsoft.portable-executable": "executable",
    "application/x-ms-installer": "executable",
    "application/x-msi": "executable",
    "application/x-ms-shortcut": "executable",
    "application/x-mach-binary": "executable",
    "application/vnd.android.package-archive": "executable",
    "application/java-archive": "executable",
    "application/hta": "script",
    "application/x-bat": "script",
    "application/x-vbscript": "script",
    "text/vbscript": "script",
    "application/x-powershell": "script",
    "application/x-sh": "script",
    "application/x-shellscript": "script",
    "application/x-iso9660-image": "disk_image",
    "application/x-cd-image": "disk_image",
    "application/x-raw-disk-image": "disk_image",
    "application/x-apple-diskimage": "disk_image",
    "application/x-virtualbox-vhd": "disk_image",
    "application/x-virtualbox-vhdx": "disk_image",
}


def _extensions(value: object) -> object:
    if isinstance(value, list | tuple):
        return tuple(str(v).strip().lower().lstrip(".") for v in value if str(v).strip(" ."))
    return value


def _size(value: object) -> object:
    """Accept "64MB" like the other sizes in policy.yaml (imported here: policy imports rules)."""
    from discretie.policy import _parse_size

    return _parse_size(value)


class Config(RuleConfig):
    action: Action = Action.REJECT
    category_actions: dict[str, Action] = Field(
        default_factory=lambda: {"archive": Action.HOLD, "unreadable": Action.HOLD}
    )
    message: str = (
        "Uw bericht bevat een bijlage die virussen of ransomware kan verspreiden (programma, script, "
        "document met macro's of archief daarmee). §3.2: verstuur zulke bestanden niet per e-mail."
    )
    executable_extensions: tuple[str, ...] = (
        "exe",
        "scr",
        "com",
        "pif",
        "cpl",
        "msi",
        "msp",
        "mst",
        "msc",
        "dll",
        "sys",
        "ocx",
        "drv",
        "xll",
        "application",
        "appref-ms",
        "appx",
        "appxbundle",
        "msix",
        "msixbundle",
        "apk",
        "jar",
        "lnk",
        "url",
        "gadget",
        "pkg",
    )
    script_extensions: tuple[str, ...] = (
        "bat",
        "cmd",
        "vbs",
        "vbe",
        "vb",
        "js",
        "jse",
        "wsf",
        "wsh",
        "wsc",
        "ws",
        "hta",
        "sct",
        "scf",
        "inf",
        "ps1",
        "ps1xml",
        "ps2",
        "ps2xml",
        "psc1",
        "psc2",
        "psd1",
        "psm1",
        "msh",
        "msh1",
        "msh2",
        "mshxml",
        "reg",
        "chm",
        "sh",
        "command",
        "scpt",
    )
    macro_extensions: tuple[str, ...] = (
        "docm",
        "dotm",
        "xlsm",
        "xltm",
        "xlam",
        "xla",
        "pptm",
        "potm",
        "ppam",
        "ppsm",
        "sldm",
        "iqy",
        "slk",
    )
    disk_image_extensions: tuple[str, ...] = ("iso", "img", "vhd", "vhdx", "dmg")
    # A "#!" first line makes a file a script, except in these (lesson material for informatics).
    shebang_allowed_extensions: tuple[str, ...] = ("py", "pl", "rb", "r", "txt", "md", "csv", "log")
    max_archive_depth: int = Field(default=3, ge=1, le=10)
    max_archive_entries: int = Field(default=1000, ge=1)
    max_archive_bytes: int = Field(default=64 * 1024 * 1024, ge=1024)
    check_uninspectable: bool = True  # 7-Zip, ACE, ARJ, LZH and encrypted archives make an `archive` finding

    _norm = field_validator(
        "executable_extensions",
        "script_extensions",
        "macro_extensions",
        "disk_image_extensions",
        "shebang_allowed_extensions",
        mode="before",
    )(_extensions)
    _bytes = field_validator("max_archive_bytes", mode="before")(_size)

    @field_validator("category_actions")
    @classmethod
    def _unreadable_held(cls, value: dict[str, Action]) -> dict[str, Action]:
        """A policy that names only ``archive`` (written before documents were read) still holds an
        unreadable document instead of rejecting it with the rule's ``action``."""
        return {"unreadable": Action.HOLD, **value}

    _by_ext: dict[str, str] = PrivateAttr(default_factory=dict)

    def model_post_init(self, __context: object) -> None:
        table: dict[str, str] = {}
        for category, exts in (
            ("executable", self.executable_extensions),
            ("script", self.script_extensions),
            ("macro", self.macro_extensions),
            ("disk_image", self.disk_image_extensions),
        ):
            for ext in exts:
                table.setdefault(ext, category)
        self._by_ext = table

    def category_of(self, extension: str) -> str | None:
        return self._by_ext.get(extension)


def final_extension(name: str) -> str:
    """The extension Windows acts on: ``"Rapport.PDF.exe . "`` -> ``"exe"``; ``""`` if none."""
    clean = _INVISIBLE.sub("", name.split("\x00", 1)[0])  # C APIs stop at a NUL: "a.exe\0.pdf" is a.exe
    clean = clean.replace("\\", "/").rsplit("/", 1)[-1]
    if clean.lower().endswith("::$data"):
        clean = clean[: -len("::$data")]
    clean = clean.rstrip(" .\t\r\n\x00")
    _stem, dot, ext = clean.rpartition(".")
    if not dot or not ext or " " in ext:
        return ""
    return ext.casefold()


def display_name(name: str | None, width: int = 60) -> str:
    """A file name that is safe to show: hidden characters made visible, long names shortened."""
    if not name:
        return "(bijlage zonder naam)"
    shown = "".join(f"[U+{ord(ch):04X}]" if unicodedata.category(ch) in ("Cc", "Cf") else ch for ch in name)
    if len(shown) > width:
        shown = shown[: width - 26] + "…" + shown[-25:]
    return shown


@dataclass
class _Hit:
    category: str
    detail: str


@dataclass
class _Scan:
    """The work left for one top-level attachment and what was found in it."""

    config: Config
    budget: int
    hits: list[_Hit] = field(default_factory=list)

    def hit(self, category: str, path: str, why: str) -> None:
        self.hits.append(_Hit(category, f"{path}: {why}"))

    def read(self, stream: IO[bytes] | None, limit: int) -> bytes:
        """Up to ``limit`` bytes from a member stream, counted against the budget."""
        if stream is None:
            return b""
        want = max(0, min(limit, self.budget))
        data = stream.read(want)
        self.budget -= len(data)
        return data


# --- content sniffing ---------------------------------------------------------------------------


def _is_pe(head: bytes) -> bool:
    if head[:2] != b"MZ" or len(head) < 64:
        return False
    offset = int.from_bytes(head[0x3C:0x40], "little")
    if 64 <= offset <= len(head) - 4 and head[offset : offset + 4] == b"PE\x00\x00":
        return True
    # A DOS program, or a PE header beyond what was read: binary bytes in the DOS header.
    return any(b < 9 or 13 < b < 32 for b in head[2:64])


def _executable_kind(head: bytes) -> str | None:
    """A description of executable content, or None."""
    if _is_pe(head):
        return "Windows-programma (MZ)"
    if head[:4] == b"\x7fELF":
        return "Linux-programma (ELF)"
    if head[:4] in (b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe"):
        return "macOS-programma (Mach-O)"
    if head[:4] == b"\xca\xfe\xba\xbe" and 0 < int.from_bytes(head[4:8], "big") < 32:
        return "macOS-programma (Mach-O)"  # a fat binary; a Java class file has a version here
    if head[:20] == _LNK:
        return "Windows-snelkoppeling (LNK)"
    return None


def _disk_image_kind(data: bytes) -> str | None:
    for offset in (0x8001, 0x8801, 0x9001):
        tag = data[offset : offset + 5]
        if tag == b"CD001":
            return "schijfkopie (ISO 9660)"
        if tag in (b"BEA01", b"NSR02", b"NSR03"):
            return "schijfkopie (UDF)"
    if data[:8] == b"conectix" or data[-512:-504] == b"conectix":
        return "virtuele schijf (VHD)"
    if data[:8] == b"vhdxfile":
        return "virtuele schijf (VHDX)"
    if data[:4] == b"KDMV":
        return "virtuele schijf (VMDK)"
    if len(data) >= 512 and data[-512:-508] == b"koly":
        return "macOS-schijfkopie (DMG)"
    return None


def _archive_kind(head: bytes) -> str | None:
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if head[:6] == b"Rar!\x1a\x07":
        return "rar"
    if head[:6] == b"7z\xbc\xaf\x27\x1c":
        return "7z"
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh" and head[3:4].isdigit():
        return "bzip2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if head[:8] == b"MSCF\x00\x00\x00\x00":
        return "cab"
    if head[257:262] == b"ustar":
        return "tar"
    if head[7:14] == b"**ACE**":
        return "ace"
    if head[:2] == b"\x60\xea" and len(head) > 10:
        return "arj"
    if head[2:5] == b"-lh" and head[6:7] == b"-":
        return "lzh"
    if head[:8] == _OLE:
        return "ole"
    return None


def _ole_has_vba(data: bytes) -> bool:
    """VBA storage in an OLE2 compound file: a directory entry named _VBA_PROJECT or VBA (entries
    sit at 128-byte boundaries), or compressed VBA source ("Attribute VB_...")."""
    for needle, length in ((_UTF16_VBA_PROJECT, None), (_UTF16_VBA, 8)):
        start = 0
        while True:
            pos = data.find(needle, start)
            if pos < 0:
                break
            if pos % 128 == 0 and (length is None or int.from_bytes(data[pos + 64 : pos + 66], "little") == length):
                return True
            start = pos + 1
    return _VBA_SOURCE.search(data) is not None


# --- the walk -----------------------------------------------------------------------------------


def _inspect(scan: _Scan, name: str | None, data: bytes, path: str, depth: int) -> None:
    """Judge one file (an attachment or an archive member) by name and content."""
    config = scan.config
    ext = final_extension(name) if name else ""
    by_name = config.category_of(ext) if ext else None
    if by_name:
        trick = " (verborgen tekens in de naam)" if name and _INVISIBLE.search(name) else ""
        scan.hit(by_name, path, f"extensie .{ext} ({LABELS[by_name]}){trick}")

    head = data[:SNIFF_BYTES]
    unlike = f", hoewel de naam op .{ext} eindigt" if ext and not by_name else ""
    kind = _executable_kind(head)
    if kind:
        scan.hit("executable", path, f"inhoud is een {kind}{unlike}")
    elif _SHEBANG.match(head) and ext not in config.shebang_allowed_extensions:
        scan.hit("script", path, f"inhoud is een script (#!){unlike}")
    elif head[:4] == b"ITSF":
        scan.hit("script", path, f"inhoud is een gecompileerd helpbestand (CHM){unlike}")
    image = _disk_image_kind(data)
    if image:
        scan.hit("disk_image", path, f"inhoud is een {image}{unlike}")
        return

    container = _archive_kind(head)
    if container is None:
        return
    if container == "ole":
        if _ole_has_vba(data):
            scan.hit("macro", path, f"Office-document met VBA-macro's{unlike}")
        return
    if depth >= config.max_archive_depth:
        scan.hit("archive", path, f"archief dieper genest dan {config.max_archive_depth} niveaus")
        return
    if container == "zip":
        _zip(scan, data, path, depth, unlike)
    elif container == "tar":
        _tar(scan, data, path, depth)
    elif container in ("gzip", "bzip2", "xz"):
        _compressed(scan, container, name, data, path, depth)
    elif container == "rar":
        _listing(scan, _rar_names(data, config.max_archive_entries), path, "RAR")
    elif container == "cab":
        _listing(scan, _cab_names(data, config.max_archive_entries), path, "CAB")
    elif config.check_uninspectable:
        scan.hit("archive", path, f"{container.upper()}-archief: de inhoud kan niet gecontroleerd worden")


def _member_path(path: str, name: str) -> str:
    return f"{path} › {display_name(name, 50)}"


def _listing(scan: _Scan, listing: tuple[list[str], bool], path: str, kind: str) -> None:
    """Judge the member names of an archive whose content is not read (RAR, CAB)."""
    names, encrypted = listing
    for member in names:
        ext = final_extension(member)
        category = scan.config.category_of(ext) if ext else None
        if category:
            scan.hit(category, _member_path(path, member), f"extensie .{ext} ({LABELS[category]})")
    if encrypted and scan.config.check_uninspectable:
        scan.hit("archive", path, f"{kind}-archief met wachtwoord: de inhoud kan niet gecontroleerd worden")


def _zip(scan: _Scan, data: bytes, path: str, depth: int, unlike: str) -> None:
    config = scan.config
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, NotImplementedError):
        _listing(scan, _zip_local_names(data, config.max_archive_entries), path, "ZIP")
        return
    infos = infos[: config.max_archive_entries]
    names = [info.filename for info in infos]
    lower = {n.lower() for n in names}
    ooxml = "[content_types].xml" in lower
    if any(n.endswith("vbaproject.bin") for n in lower):
        scan.hit("macro", path, f"Office-document met VBA-macro's (vbaProject.bin){unlike}")
    if "mimetype" in lower and any(_ODF_MACRO.match(n) for n in lower):
        scan.hit("macro", path, f"OpenDocument-bestand met macro's{unlike}")
    if "androidmanifest.xml" in lower and "classes.dex" in lower:
        scan.hit("executable", path, f"inhoud is een Android-app (APK){unlike}")
    if "appxmanifest.xml" in lower or "appxmetadata/appxbundlemanifest.xml" in lower:
        scan.hit("executable", path, f"inhoud is een Windows-app (APPX/MSIX){unlike}")
    if "meta-inf/manifest.mf" in lower and _jar_main(scan, archive, names):
        scan.hit("executable", path, f"inhoud is een Java-programma (JAR){unlike}")

    encrypted = False
    declared_total = 0
    for info in infos:
        if info.filename.endswith("/"):
            continue
        member = _member_path(path, info.filename)
        declared_total += info.file_size
        if info.compress_size and info.file_size > BOMB_SIZE and info.file_size // info.compress_size > BOMB_RATIO:
            scan.hit("archive", member, "pakt uit tot een onredelijke grootte (zip-bom)")
            continue
        if info.flag_bits & 0x1:
            encrypted = True
            _judge_name(scan, info.filename, member)
            continue
        inner = info.filename.lower()
        if ooxml and "/embeddings/" not in inner and not inner.startswith("embeddings/"):
            continue  # the XML parts of an Office document: only their names matter (above)
        if scan.budget <= 0:
            _judge_name(scan, info.filename, member)
            continue
        try:
            with archive.open(info) as stream:
                head = scan.read(stream, SNIFF_BYTES)
                content = head
                if _archive_kind(head) is not None:
                    content = head + scan.read(stream, scan.budget)
        except (
            zipfile.BadZipFile,
            OSError,
            ValueError,
            EOFError,
            NotImplementedError,
            RuntimeError,
            zlib.error,
            lzma.LZMAError,
        ):
            _judge_name(scan, info.filename, member)
            continue
        _inspect(scan, info.filename, content, member, depth + 1)
    if declared_total > BOMB_SIZE * 4:
        scan.hit("archive", path, "pakt uit tot een onredelijke grootte (zip-bom)")
    if encrypted and config.check_uninspectable:
        scan.hit("archive", path, "ZIP-archief met wachtwoord: de inhoud kan niet gecontroleerd worden")


def _judge_name(scan: _Scan, name: str, path: str) -> None:
    ext = final_extension(name)
    category = scan.config.category_of(ext) if ext else None
    if category:
        scan.hit(category, path, f"extensie .{ext} ({LABELS[category]})")


def _jar_main(scan: _Scan, archive: zipfile.ZipFile, names: list[str]) -> bool:
    for name in names:
        if name.lower() == "meta-inf/manifest.mf":
            try:
                with archive.open(name) as stream:
                    manifest = scan.read(stream, 64 * 1024)
            except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError, zlib.error):
                return False
            return re.search(rb"(?im)^main-class\s*:", manifest) is not None
    return False


def _tar(scan: _Scan, data: bytes, path: str, depth: int) -> None:
    config = scan.config
    try:
        with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as archive:
            for count, info in enumerate(_tar_members(archive)):
                if count >= config.max_archive_entries:
                    break
                member = _member_path(path, info.name)
                if not info.isfile():
                    _judge_name(scan, info.name, member)
                    continue
                stream = archive.extractfile(info)
                head = scan.read(stream, SNIFF_BYTES)
                content = head
                if _archive_kind(head) is not None:
                    content = head + scan.read(stream, scan.budget)
                _inspect(scan, info.name, content, member, depth + 1)
    except (tarfile.TarError, OSError, ValueError, EOFError):
        return


def _tar_members(archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
    while True:
        info = archive.next()
        if info is None:
            return
        yield info


def _compressed(scan: _Scan, kind: str, name: str | None, data: bytes, path: str, depth: int) -> None:
    """A single compressed stream (gzip, bzip2, xz): decompress a bounded prefix and judge that."""
    inner_name = ""
    if kind == "gzip":
        inner_name = _gzip_name(data) or ""
    if not inner_name and name:
        base = _INVISIBLE.sub("", name).rstrip(" .")
        stem, dot, ext = base.rpartition(".")
        if dot:
            ext = ext.lower()
            inner_name = stem + ".tar" if ext in ("tgz", "tbz", "tbz2", "txz") else stem
    limit = scan.budget
    if limit <= 0:
        return  # budget spent (zlib would read "0" as "no limit")
    try:
        if kind == "gzip":
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, limit)
        elif kind == "bzip2":
            inner = bz2.BZ2Decompressor().decompress(data, max_length=limit)
        else:
            inner = lzma.LZMADecompressor().decompress(data, max_length=limit)
    except (zlib.error, OSError, lzma.LZMAError, EOFError, ValueError):
        return
    scan.budget -= len(inner)
    member = _member_path(path, inner_name or "(inhoud)")
    _inspect(scan, inner_name or None, inner, member, depth + 1)


def _gzip_name(data: bytes) -> str | None:
    """The FNAME field of a gzip header (RFC 1952), if any."""
    if len(data) < 10 or not data[3] & 0x08:
        return None
    pos = 10
    if data[3] & 0x04:  # FEXTRA
        if len(data) < 12:
            return None
        pos += 2 + int.from_bytes(data[10:12], "little")
    end = data.find(b"\x00", pos, pos + 1024)
    if end < 0:
        return None
    return data[pos:end].decode("latin-1")


# --- archive listings without a library: RAR 4/5, CAB, damaged ZIP -----------------------------


def _vint(data: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    for index in range(10):
        if pos + index >= len(data):
            raise ValueError("truncated")
        byte = data[pos + index]
        value |= (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos + index + 1
    raise ValueError("vint too long")


def _rar_names(data: bytes, limit: int) -> tuple[list[str], bool]:
    """Member names of a RAR archive and whether anything is encrypted (names or content)."""
    try:
        if data[:8] == b"Rar!\x1a\x07\x01\x00":
            return _rar5_names(data, limit)
        if data[:7] == b"Rar!\x1a\x07\x00":
            return _rar4_names(data, limit)
    except (ValueError, struct.error, IndexError):
        pass
    return [], False


def _rar4_names(data: bytes, limit: int) -> tuple[list[str], bool]:
    names: list[str] = []
    encrypted = False
    pos = 7
    for _ in range(limit * 2 + 8):
        if pos + 7 > len(data) or len(names) >= limit:
            break
        _crc, kind, flags, size = struct.unpack_from("<HBHH", data, pos)
        if size < 7:
            break
        extra = 0
        if kind == 0x73 and flags & 0x80:
            return names, True  # the headers themselves are encrypted
        if kind == 0x74 or flags & 0x8000:
            extra = struct.unpack_from("<I", data, pos + 7)[0]
        if kind == 0x74:
            name_size = struct.unpack_from("<H", data, pos + 26)[0]
            start = pos + 32 + (8 if flags & 0x100 else 0)
            raw = data[start : start + name_size]
            if flags & 0x200 and b"\x00" in raw:
                raw = raw.split(b"\x00", 1)[0]
            names.append(raw.decode("utf-8", "replace"))
            encrypted = encrypted or bool(flags & 0x04)
        pos += size + extra
    return names, encrypted


def _rar5_names(data: bytes, limit: int) -> tuple[list[str], bool]:
    names: list[str] = []
    encrypted = False
    pos = 8
    for _ in range(limit * 2 + 8):
        if pos + 5 > len(data) or len(names) >= limit:
            break
        size, body = _vint(data, pos + 4)
        end = body + size
        kind, p = _vint(data, body)
        flags, p = _vint(data, p)
        extra_size = data_size = 0
        if flags & 0x1:
            extra_size, p = _vint(data, p)
        if flags & 0x2:
            data_size, p = _vint(data, p)
        if kind == 4:
            return names, True  # archive encryption header: names are encrypted
        if kind == 2:
            file_flags, p = _vint(data, p)
            _, p = _vint(data, p)  # unpacked size
            _, p = _vint(data, p)  # attributes
            p += (4 if file_flags & 0x2 else 0) + (4 if file_flags & 0x4 else 0)
            _, p = _vint(data, p)  # compression
            _, p = _vint(data, p)  # host OS
            name_len, p = _vint(data, p)
            names.append(data[p : p + name_len].decode("utf-8", "replace"))
            q = end - extra_size
            while 0 <= q < end:
                record_size, r = _vint(data, q)
                record_type, _ = _vint(data, r)
                if record_type == 1:
                    encrypted = True
                if record_size <= 0:
                    break
                q = r + record_size
        if end <= pos:
            break
        pos = end + data_size
    return names, encrypted


def _cab_names(data: bytes, limit: int) -> tuple[list[str], bool]:
    names: list[str] = []
    if len(data) < 36:
        return names, False
    offset = struct.unpack_from("<I", data, 16)[0]
    count = struct.unpack_from("<H", data, 28)[0]
    pos = offset
    for _ in range(min(count, limit)):
        start = pos + 16
        end = data.find(b"\x00", start, start + 1024)
        if start >= len(data) or end < 0:
            break
        names.append(data[start:end].decode("utf-8", "replace"))
        pos = end + 1
    return names, False


def _zip_local_names(data: bytes, limit: int) -> tuple[list[str], bool]:
    """Names from the local file headers of a ZIP that zipfile cannot open (damaged or crafted:
    Windows and 7-Zip open many of those anyway)."""
    names: list[str] = []
    encrypted = False
    for match in re.finditer(rb"PK\x03\x04", data):
        if len(names) >= limit:
            break
        pos = match.start()
        if pos + 30 > len(data):
            break
        flags = struct.unpack_from("<H", data, pos + 6)[0]
        name_len = struct.unpack_from("<H", data, pos + 26)[0]
        raw = data[pos + 30 : pos + 30 + name_len]
        names.append(raw.decode("utf-8" if flags & 0x800 else "cp437", "replace"))
        encrypted = encrypted or bool(flags & 0x1)
    return names, encrypted


# --- the rule -----------------------------------------------------------------------------------


def _evidence(hits: list[_Hit]) -> tuple[str, ...]:
    lines = list(dict.fromkeys(h.detail for h in hits))
    if len(lines) > MAX_EVIDENCE:
        lines = [*lines[:MAX_EVIDENCE], f"en {len(lines) - MAX_EVIDENCE} andere"]
    return tuple(lines)


def check(message: Message, policy: Policy) -> list[Finding]:
    config: Config = policy.rules.attachment
    findings: list[Finding] = []
    for attachment in message.attachments:
        if len(findings) >= MAX_FINDINGS:
            break
        scan = _Scan(config=config, budget=config.max_archive_bytes)
        path = display_name(attachment.filename)
        declared = DANGEROUS_TYPES.get(attachment.content_type.lower())
        if declared is None and "macroenabled" in attachment.content_type.lower():
            declared = "macro"
        if declared:
            scan.hit(declared, path, f"opgegeven type {attachment.content_type}")
        _inspect(scan, attachment.filename, attachment.data, path, 0)
        if not scan.hits:
            continue
        category = min((h.category for h in scan.hits), key=CATEGORIES.index)
        ordered = sorted(scan.hits, key=lambda h: CATEGORIES.index(h.category))
        findings.append(
            Finding(
                rule="attachment",
                category=category,
                severity=Severity.MEDIUM if category == "archive" else Severity.HIGH,
                reason=REASONS[category],
                evidence=_evidence(ordered),
                attachment=path,
            )
        )
    return findings + _document_findings(message)


def _document_findings(message: Message) -> list[Finding]:
    """One finding per category for the documents that could not be (fully) read."""
    by_category: dict[str, list[_Hit]] = {}
    for doc in message.documents:
        if doc.status in DOCUMENT_CATEGORIES:
            by_category.setdefault(doc.status, []).append(
                _Hit(doc.status, f"{display_name(doc.name, 80)}: {doc.detail}")
            )
    return [
        Finding(
            rule="attachment",
            category=category,
            severity=severity,
            reason=REASONS[category],
            evidence=_evidence(by_category[category]),
        )
        for category, severity in DOCUMENT_CATEGORIES.items()
        if category in by_category
    ]


RULE = Rule(
    id="attachment",
    description="Gevaarlijke bijlagen: programma's, scripts, macro's, archieven daarmee",
    paragraph="§3.2",
    config=Config,
    check=check,
)
