"""The programme pages' plain rules: who may submit which registration, the dossier, the committee's review
and an evaluation as the registry's API takes them from a form, whether a registration moved on since its
page was shown; and every string of those pages translated."""
from services.web.domain import programme as pg

CHECKLIST = [{"key": "registration_form", "label": "Registration form", "required": True},
             {"key": "product_story", "label": "Product story", "required": False}]
PARTS = [{"key": "A", "label": "Strength", "max": 40}, {"key": "B", "label": "Marketing", "max": 25},
         {"key": "C", "label": "Quality", "max": 35}]


def test_a_registration_is_submitted_by_its_producer_or_an_officer_while_it_is_new_or_sent_back():
    for role in ("producer", "provincial_officer", "registry_admin"):
        assert pg.may_submit(role, "not_submitted") and pg.may_submit(role, "changes_requested")
        assert pg.may_submit(role, "rejected")
        assert not pg.may_submit(role, "submitted") and not pg.may_submit(role, "approved")
    assert not pg.may_submit("committee", "not_submitted") and not pg.may_submit(None, "not_submitted")


def test_a_person_works_with_the_node_of_its_binding_or_of_its_producer():
    assert pg.home_country("KH", None) == "KH"
    assert pg.home_country(None, "VN-M-000123") == "VN"
    assert pg.home_country(None, None) is None


def test_the_reasons_shown_are_those_of_the_last_step_when_it_sent_the_registration_back():
    back = {"step": "changes_requested", "reasons": ["No label"]}
    assert pg.sent_back([{"step": "submitted"}, back]) == back
    assert pg.sent_back([{"step": "submitted"}, back, {"step": "submitted"}]) is None
    assert pg.sent_back([{"step": "submitted"}, {"step": "approved"}]) is None
    assert pg.sent_back([]) is None


def test_a_version_is_sent_back_in_the_apis_etag_form():
    assert pg.etag_of(7) == 'W/"7"'


def test_the_dossier_holds_one_document_per_checklist_item_with_a_reference():
    form = {"doc-registration_form": " https://example.org/form.pdf ", "doc-product_story": "", "note": " New "}
    assert pg.SubmissionForm.read(form, CHECKLIST).body(CHECKLIST) == {
        "dossier": [{"title": "Registration form", "kind": "registration_form",
                     "reference": "https://example.org/form.pdf"}], "note": "New"}
    assert pg.SubmissionForm.read({}, CHECKLIST).body(CHECKLIST)["dossier"] == []  # the API says it is needed


def test_the_review_answers_every_checklist_item_and_sends_one_reason_per_line():
    form = {"decision": "request_changes", "met-registration_form": "1", "comments": "",
            "reasons": "No label\n\n  Address missing  \n"}
    assert pg.ReviewForm.read(form, CHECKLIST).body(CHECKLIST) == {
        "decision": "request_changes", "checklist": {"registration_form": True, "product_story": False},
        "comments": "", "reasons": ["No label", "Address missing"]}


def test_an_evaluation_sends_points_as_numbers_and_what_is_not_a_number_as_typed():
    form = {"score-A": "32", "score-B": "18,5", "score-C": "lots", "council_level": "provincial",
            "council_name": "Kiên Giang council", "assessors": "An\nBình\n", "evaluated_on": "2026-03-01",
            "notes": ""}
    assert pg.EvaluationForm.read(form, PARTS).body(PARTS) == {
        "scorecard": {"A": 32.0, "B": 18.5, "C": "lots"},
        "council": {"level": "provincial", "name": "Kiên Giang council"}, "assessors": ["An", "Bình"],
        "evaluated_on": "2026-03-01", "notes": ""}
    empty = pg.EvaluationForm.read({}, PARTS).body(PARTS)
    assert empty["scorecard"] == {} and empty["evaluated_on"] is None  # the API names what is missing


def test_a_programme_without_a_scorecard_rates_nothing():
    programmes = {"OCOP": {"evaluation": {"parts": PARTS}}, "OVOP": {"evaluation": None}}
    assert pg.scheme_of(programmes, "OCOP") == {"parts": PARTS}
    assert pg.scheme_of(programmes, "OVOP") is None and pg.scheme_of(programmes, "ODOP") is None


def test_every_string_of_the_programme_pages_is_translated_in_vietnamese_khmer_and_thai():
    from pathlib import Path

    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    web = Path(pg.__file__).resolve().parents[1]
    pages = ["committee.html", "registration.html", "_programme.html", "edit_product.html", "registry.html",
             "base.html"]
    wanted = {m[1] for name in pages for m in extract_from_file(
        "jinja2", web / "templates" / name, options={"extensions": "jinja2.ext.i18n"})}
    wanted |= {m[1] for m in extract_from_file("python", web / "entrypoints" / "programme_pages.py")}
    # the API's words these pages translate: the OCOP checklist and scorecard, council levels, statuses
    from services.registry.domain.programme import programmes

    ocop = programmes()["OCOP"]
    wanted |= {i.label for i in ocop.checklist} | {p.label for p in ocop.evaluation.parts}
    wanted |= set(ocop.evaluation.council_levels) | {"valid", "expired", "committee"}
    assert len(wanted) > 70
    for lang in ("vi", "km", "th"):
        with (web / "locales" / lang / "LC_MESSAGES" / "messages.po").open("rb") as f:
            catalogue = read_po(f, locale=lang)
        untranslated = sorted(w for w in wanted if not (catalogue.get(w) and catalogue.get(w).string))
        assert untranslated == [], (lang, untranslated)
