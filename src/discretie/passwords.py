"""Which new passwords are acceptable (NIST SP 800-63B, 5.1.1.2): at least 12 characters, and
not a commonly used, expected or compromised value.

"Common" is judged by zxcvbn (Dropbox's estimator, pinned in pyproject.toml): its lists hold the
30,000 most used passwords of public breach corpora, English words, names and keyboard patterns,
and it sees through capitals, l33t spelling, reversals, repetitions, sequences and dates. A
password it estimates at fewer than 10^8 guesses (score below 3) is refused: ``Wachtwoord123``,
``Welkom123456``, ``P@ssw0rd2024``, ``123456789012``, ``qwertyuiopas``, ``xxxxxxxxxxxx``. The
sign-in name and a few words of this context (``discretie``, ``wachtwoord``, the school words)
count as known words. Only the first 32 characters are judged (zxcvbn's time grows steeply with
the length; 32 characters take at most about 60 ms).
"""

from __future__ import annotations

import threading

PASSWORD_MIN = 12
PASSWORD_MAX = 1024
JUDGED_CHARS = 32
MIN_SCORE = 3  # zxcvbn: 3 = at least 10^8 guesses
CONTEXT_WORDS = ("discretie", "wachtwoord", "paswoord", "welkom", "school", "leerling", "leuven", "lksd")

# zxcvbn keeps the user inputs of a call in a module dictionary: one check at a time.
_zxcvbn_lock = threading.Lock()


def check_password_quality(name: str, password: str) -> str | None:
    """A Dutch reason why ``password`` may not be used by ``name``, or None when it may."""
    if len(password) < PASSWORD_MIN:
        return f"het wachtwoord moet minstens {PASSWORD_MIN} tekens lang zijn"
    if len(password) > PASSWORD_MAX:
        return f"het wachtwoord is te lang (max. {PASSWORD_MAX} tekens)"
    login = name.strip().lower()
    if login and login in password.lower():
        return "het wachtwoord mag de naam niet bevatten"
    if len(set(password)) < 5:
        return "het wachtwoord is te eenvoudig"
    from zxcvbn import zxcvbn  # imported on use: its word lists take ~40 ms to load

    inputs = [login, *login.replace("@", ".").split("."), *CONTEXT_WORDS]
    with _zxcvbn_lock:
        result = zxcvbn(password[:JUDGED_CHARS], user_inputs=[w for w in inputs if len(w) >= 3])
    if int(result["score"]) < MIN_SCORE:
        return (
            "het wachtwoord is te makkelijk te raden: het staat in een lijst van veelgebruikte wachtwoorden "
            "of bestaat uit bekende woorden, namen, reeksen of herhalingen (kies bv. vier losse woorden)"
        )
    return None
