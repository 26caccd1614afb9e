"""The two Vietnamese encodings of the 1990s and 2000s, as old Word files and text files hold them.

Before Unicode, Vietnamese was typed in 8-bit fonts that drew other letters at Latin-1 code points:

- **TCVN3 (ABC)**, fonts named ".Vn…" (".VnTime", ".VnArial"): one byte per letter, lower case
  only for letters with a tone; the upper case came from separate fonts whose names end in "H"
  (".VnTimeH"), which draw every lower-case code point as its capital.
- **VNI**, fonts named "VNI-…" ("VNI-Times"): a base letter followed by one byte for its marks
  ("Vieät" is "Việt"), capitals with capital mark bytes.

A Word file keeps such text as the Latin-1 characters of those bytes ("ViÖt Nam", "Vieät Nam"); a
text file keeps the bytes. Both tables below are written from the letters' shapes, for this program;
``encode`` exists so tests can make legacy samples from Unicode text and check the way back.
"""

from __future__ import annotations

import unicodedata

TCVN3 = "tcvn3"
VNI = "vni"
ENCODINGS = (TCVN3, VNI)

# TCVN3: the byte of each letter, as the Latin-1 character Word stores for it.
_TCVN3_LETTERS = {
    "Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7,
    "ă": 0xA8, "â": 0xA9, "ê": 0xAA, "ô": 0xAB, "ơ": 0xAC, "ư": 0xAD, "đ": 0xAE,
    "à": 0xB5, "ả": 0xB6, "ã": 0xB7, "á": 0xB8, "ạ": 0xB9,
    "ằ": 0xBB, "ẳ": 0xBC, "ẵ": 0xBD, "ắ": 0xBE, "ặ": 0xC6,
    "ầ": 0xC7, "ẩ": 0xC8, "ẫ": 0xC9, "ấ": 0xCA, "ậ": 0xCB,
    "è": 0xCC, "ẻ": 0xCE, "ẽ": 0xCF, "é": 0xD0, "ẹ": 0xD1,
    "ề": 0xD2, "ể": 0xD3, "ễ": 0xD4, "ế": 0xD5, "ệ": 0xD6,
    "ì": 0xD7, "ỉ": 0xD8, "ĩ": 0xDC, "í": 0xDD, "ị": 0xDE,
    "ò": 0xDF, "ỏ": 0xE1, "õ": 0xE2, "ó": 0xE3, "ọ": 0xE4,
    "ồ": 0xE5, "ổ": 0xE6, "ỗ": 0xE7, "ố": 0xE8, "ộ": 0xE9,
    "ờ": 0xEA, "ở": 0xEB, "ỡ": 0xEC, "ớ": 0xED, "ợ": 0xEE,
    "ù": 0xEF, "ủ": 0xF1, "ũ": 0xF2, "ú": 0xF3, "ụ": 0xF4,
    "ừ": 0xF5, "ử": 0xF6, "ữ": 0xF7, "ứ": 0xF8, "ự": 0xF9,
    "ỳ": 0xFA, "ỷ": 0xFB, "ỹ": 0xFC, "ý": 0xFD, "ỵ": 0xFE,
}  # fmt: skip
_TCVN3_ENCODE = {letter: chr(code) for letter, code in _TCVN3_LETTERS.items()}
_TCVN3_DECODE = {ord(chr(code)): letter for letter, code in _TCVN3_LETTERS.items()}

# VNI: the byte after a base letter for each mark (lower case; a capital letter takes the capital
# of the byte). Tone alone on a, e, i, o, u, y; the tone with a circumflex (â ê ô) or a breve (ă).
_VNI_TONE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0301": "á", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0301": "é", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0323": "ë"}
# Letters VNI writes as one byte: ơ ư đ, and i and y with some tones.
_VNI_SINGLE = {
    "ơ": "ô", "ư": "ö", "đ": "ñ", "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò", "ỵ": "î",
    "Ơ": "Ô", "Ư": "Ö", "Đ": "Ñ", "Í": "Í", "Ì": "Ì", "Ỉ": "Æ", "Ĩ": "Ó", "Ị": "Ò", "Ỵ": "Î",
}  # fmt: skip
_TONES = frozenset(_VNI_TONE)


def _vni_table() -> dict[str, str]:
    """Every Vietnamese letter with a mark → its VNI spelling, made from the mark tables above."""
    table = dict(_VNI_SINGLE)
    for base in "aeiouyAEIOUY":
        for tone, byte in _VNI_TONE.items():
            table.setdefault(_compose(base, tone), base + _case(byte, base))
    for base in "aeoAEO":
        for tone, byte in _VNI_CIRCUMFLEX.items():
            table[_compose(base, "\u0302" + tone)] = base + _case(byte, base)
    for base in "aA":
        for tone, byte in _VNI_BREVE.items():
            table[_compose(base, "\u0306" + tone)] = base + _case(byte, base)
    for letter, single in (("ơ", "ô"), ("ư", "ö"), ("Ơ", "Ô"), ("Ư", "Ö")):
        for tone, byte in _VNI_TONE.items():
            table[_compose(letter, tone)] = single + _case(byte, letter)
    return table


def _compose(base: str, marks: str) -> str:
    return unicodedata.normalize("NFC", base + marks)


def _case(byte: str, letter: str) -> str:
    return byte.upper() if letter.isupper() else byte


_VNI_ENCODE = _vni_table()
_VNI_DECODE = {spelling: letter for letter, spelling in _VNI_ENCODE.items()}
_VNI_LONGEST = 2


class NotEncodable(ValueError):
    """A letter the legacy encoding has no code for (a capital with a tone in TCVN3's normal fonts)."""


def encode(text: str, encoding: str, upper_font: bool = False) -> str:
    """``text`` as a legacy font would store it. With ``upper_font`` (TCVN3's "H" fonts) the text
    is typed in lower case and the font draws capitals."""
    text = unicodedata.normalize("NFC", text.lower() if upper_font else text)
    table = _TCVN3_ENCODE if encoding == TCVN3 else _VNI_ENCODE
    out = []
    for char in text:
        coded = table.get(char)
        if coded is None and not char.isascii():
            raise NotEncodable(f"{char!r} has no {encoding} code")
        out.append(coded or char)
    return "".join(out)


def decode(text: str, encoding: str, upper_font: bool = False) -> str:
    """Unicode (NFC) for text stored in a legacy font; characters with no meaning there stay."""
    if encoding == TCVN3:
        out = text.translate(_TCVN3_DECODE)
    else:
        out = _decode_vni(text)
    return out.upper() if upper_font else out


def _decode_vni(text: str) -> str:
    out = []
    i = 0
    while i < len(text):
        pair = text[i : i + _VNI_LONGEST]
        if len(pair) == _VNI_LONGEST and pair in _VNI_DECODE:
            out.append(_VNI_DECODE[pair])
            i += _VNI_LONGEST
            continue
        out.append(_VNI_DECODE.get(text[i], text[i]))
        i += 1
    return "".join(out)


def font_encoding(font_name: str | None) -> tuple[str, bool] | None:
    """The legacy encoding a font name implies, and whether it is an upper-case-only ("H") font;
    None for a Unicode font."""
    name = (font_name or "").strip()
    if name.lower().startswith(".vn"):
        return TCVN3, name.endswith("H")
    if name.lower().startswith("vni-") or name.lower().startswith("vni "):
        return VNI, False
    return None
