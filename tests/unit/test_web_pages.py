"""The web app's plain parts: the catalogue URL is the query, the schedule grid, the charts, the PUT body
of an edit, where a sign-in may send a person back to, and the interface languages."""
from services.web.adapters.i18n import Formats, load_translations, pick
from services.web.domain import catalogue as cat
from services.web.domain.charts import bar_chart
from services.web.domain.schedule import schedule_grid
from services.web.entrypoints.pages import _local, editable_body


def test_the_catalogue_url_carries_the_query_and_a_new_filter_starts_at_page_one():
    page = cat.clean({"q": "fish sauce", "stars": "4", "offset": "40", "evil": "x", "group": ""})
    assert page == {"q": "fish sauce", "stars": "4", "offset": "40"}
    assert cat.with_(page, country="VN") == "/catalogue?q=fish+sauce&stars=4&country=VN"
    assert cat.with_(page, stars=None) == "/catalogue?q=fish+sauce"
    assert cat.search_query(page, "USD") == {"limit": 20, "currency": "USD", "q": "fish sauce", "min_stars": "4",
                                             "offset": "40"}


def test_search_hits_are_pinned_at_their_producers_province_seat():
    hits = [{"product": {"id": "VN-P-1"}, "producer": {"id": "VN-M-1", "name_en": "Coop A",
                                                        "place": {"country": "VN", "province": "Kiên Giang"}}},
            {"product": {"id": "VN-P-2"}, "producer": {"id": "VN-M-1", "name_en": "Coop A",
                                                        "place": {"country": "VN", "province": "Kiên Giang"}}},
            {"product": {"id": "VN-P-3"}, "producer": {"id": "VN-M-2", "place": {"country": "VN", "province": "Nowhere"}}}]
    pins = cat.pins(hits, {("VN", "Kiên Giang"): [105.08, 10.0]})
    assert pins == [{"lon": 105.08, "lat": 10.0, "label": "Kiên Giang, VN",
                     "producers": [{"id": "VN-M-1", "name": "Coop A"}]}]


def test_the_schedule_grid_has_a_row_per_participant_and_a_column_per_slot_whatever_the_offsets():
    slots = ["2027-01-09T09:00:00+07:00", "2027-01-09T09:30:00+07:00"]
    # The fair answers its slots in venue time and its meetings in UTC: the same instants.
    meetings = [{"buyer_id": "B2", "application_id": "A1", "starts_at": "2027-01-09T02:30:00Z", "status": "scheduled"},
                {"buyer_id": "B1", "application_id": "A1", "starts_at": slots[0], "status": "scheduled"},
                {"buyer_id": "B1", "application_id": "A2", "starts_at": slots[1], "status": "cancelled"}]
    grid = schedule_grid(meetings, slots, "buyer")
    assert grid.slots == slots
    assert [(who, [m and m["application_id"] for m in row]) for who, row in grid.rows] == [
        ("B1", ["A1", None]), ("B2", [None, "A1"])]
    assert [who for who, _ in schedule_grid(meetings, slots, "exhibitor").rows] == ["A1"]


def test_a_chart_is_svg_that_says_its_figures_and_escapes_its_labels():
    svg = bar_chart("Products by group", [("food", 80), ("<b>crafts</b>", 10)])
    assert svg.startswith('<svg class="chart" role="img"')
    assert 'aria-label="Products by group: food: 80; &lt;b&gt;crafts&lt;/b&gt;: 10"' in svg
    assert "<b>" not in svg


def test_an_edit_puts_back_the_whole_record_with_the_forms_fields_and_without_the_servers():
    record = {"id": "VN-P-1", "version": 3, "country": "VN", "name_local": "Nước mắm", "name_en": "Fish sauce",
              "description": "old", "status": "listed", "stars": 4, "created_at": "x", "hs_code": "210390"}
    body = editable_body(record, {"name_local": "Nước mắm Phú Quốc", "name_en": "", "description": "new",
                                  "status": "listed"})
    assert body == {"name_local": "Nước mắm Phú Quốc", "description": "new", "status": "listed", "stars": 4,
                    "hs_code": "210390"}


def test_after_sign_in_a_person_goes_back_only_to_a_page_of_this_site():
    assert _local("/catalogue?q=x") == "/catalogue?q=x"
    for elsewhere in ("https://evil.example/", "//evil.example/", "/\\evil.example", None, ""):
        assert _local(elsewhere) == "/"


def test_the_interface_speaks_four_languages_and_formats_numbers_dates_and_money_per_locale():
    t = load_translations()
    assert [t[lang].gettext("Catalogue") for lang in ("en", "vi", "km", "th")] == [
        "Catalogue", "Danh mục", "កាតាឡុក", "แคตตาล็อก"]
    assert pick(None, "th-TH,th;q=0.9,en;q=0.8") == "th"
    assert pick("km", "vi") == "km" and pick("xx", None) == "en"
    assert Formats("vi").number(1234567.5) == "1.234.567,5"
    assert Formats("en").money(1500, "USD") == "$1,500.00"
    assert Formats("vi").money(25000, "VND") == "25.000\xa0₫"
    assert Formats("th").date("2027-01-09") == "9 ม.ค. 2027"


def test_every_string_of_the_interface_is_translated_in_vietnamese_khmer_and_thai_with_its_placeholders():
    import re
    from pathlib import Path

    from babel.messages.extract import extract_from_dir
    from babel.messages.pofile import read_po

    web = Path(load_translations.__code__.co_filename).resolve().parents[1]
    wanted = {m[2] for m in extract_from_dir(
        web, method_map=[("**/templates/**.html", "jinja2"), ("**.py", "python")],
        options_map={"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}})}
    assert len(wanted) > 300
    with (web / "locales" / "messages.pot").open("rb") as f:
        assert {m.id for m in read_po(f) if m.id} == wanted, "messages.pot is stale: run pybabel extract"
    placeholders = re.compile(r"%\(\w+\)[sd]|\{\w*\}|&#?\w+;")
    for lang in ("vi", "km", "th"):
        with (web / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalogue = read_po(f, locale=lang)
        untranslated = sorted(w for w in wanted if not (catalogue.get(w) and catalogue.get(w).string))
        assert untranslated == [], (lang, untranslated)
        broken = [(w, catalogue[w].string) for w in wanted
                  if sorted(placeholders.findall(w)) != sorted(placeholders.findall(catalogue[w].string))]
        assert broken == [], (lang, broken)
