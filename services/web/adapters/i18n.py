"""Interface languages: gettext catalogues (services/web/locales/<lang>/LC_MESSAGES/messages.po, compiled
in memory at start with Babel), and numbers, dates and currencies formatted per locale by Babel."""
from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.support import NullTranslations, Translations

LOCALES = {"en": "English", "vi": "Tiếng Việt", "km": "ខ្មែរ", "th": "ไทย"}
DEFAULT = "en"
DIR = Path(__file__).resolve().parents[1] / "locales"


def load_translations() -> dict[str, NullTranslations]:
    out: dict[str, NullTranslations] = {"en": NullTranslations()}
    for lang in LOCALES:
        po = DIR / lang / "LC_MESSAGES" / "messages.po"
        if lang == "en" or not po.exists():
            continue
        with po.open("rb") as f:
            catalog = read_po(f, locale=lang)
        buf = io.BytesIO()
        write_mo(buf, catalog)
        buf.seek(0)
        out[lang] = Translations(buf)
    return out


def pick(requested: str | None, accept_language: str | None) -> str:
    if requested in LOCALES:
        return requested
    for part in (accept_language or "").split(","):
        code = part.split(";")[0].strip().split("-")[0].lower()
        if code in LOCALES:
            return code
    return DEFAULT


class Formats:
    """Formatting helpers bound to one locale, for the templates."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.locale = Locale.parse(lang)

    def number(self, value) -> str:
        return "" if value is None else format_decimal(value, locale=self.locale)

    def money(self, value, currency: str) -> str:
        return "" if value is None else format_currency(value, currency, locale=self.locale)

    def date(self, value) -> str:
        if not value:
            return ""
        d = date.fromisoformat(value[:10]) if isinstance(value, str) else value
        return format_date(d, format="medium", locale=self.locale)

    def datetime(self, value) -> str:
        if not value:
            return ""
        d = datetime.fromisoformat(value) if isinstance(value, str) else value
        return format_datetime(d, format="medium", locale=self.locale)

    def time(self, value) -> str:
        d = datetime.fromisoformat(value) if isinstance(value, str) else value
        return format_datetime(d, format="HH:mm", locale=self.locale)
