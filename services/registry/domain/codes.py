"""Reference code lists: ISO 4217 currencies and ISO 3166-1 alpha-2 countries (from pycountry, through the
shared field rules), and the ASEAN member states."""
from shared.validation import countries, currencies

ASEAN = {"BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL"}

ISO_4217 = currencies()
ISO_3166_ALPHA2 = countries()
