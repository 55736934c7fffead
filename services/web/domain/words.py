"""Words the API answers with (groups, statuses, roles, match factors, trade's reasons) that the pages show translated.
Marked here so that the message extraction finds them; the templates translate them with `_()`."""


def N_(s: str) -> str:
    return s


WORDS = [
    N_("food"), N_("beverages"), N_("herbal"), N_("textiles"), N_("handicrafts"), N_("tourism_services"),
    N_("cooperative"), N_("sme"), N_("household"),
    N_("buyer"), N_("producer"), N_("registry_admin"), N_("fair_organiser"),
    N_("open"), N_("matched"), N_("closed"), N_("cancelled"), N_("expired"), N_("proposed"), N_("accepted"),
    N_("declined"), N_("submitted"), N_("approved"), N_("rejected"), N_("waitlisted"), N_("draft"), N_("listed"),
    N_("delisted"), N_("running"), N_("done"), N_("failed"), N_("interrupted"),
    N_("shortlisted"), N_("agreed"), N_("shipped"), N_("delivered"),
    # why trade closed a quote (its `status_reason`; a buyer's reason to decline is shown as written)
    N_("another quote was accepted"), N_("the request's deadline passed"), N_("the request closed to quotes"),
    N_("the buyer ended the request"),
    # the programme: roles, council levels, the OCOP checklist and scorecard (services/registry/config/programmes.json)
    N_("committee"), N_("provincial_officer"), N_("district"), N_("provincial"), N_("central"), N_("valid"),
    N_("Registration form for the OCOP cycle"), N_("Business or cooperative registration certificate"),
    N_("Food-safety certificate or commitment (food, beverages, herbal groups)"),
    N_("Published product standard (TCCS) and test report"), N_("Product story and origin"),
    N_("Label and packaging complying with labelling rules"),
    N_("Product and community strength"), N_("Marketing capacity"), N_("Product quality"),
    N_("text"), N_("hs_code"), N_("capacity"), N_("certifications"), N_("stars"), N_("price"), N_("export_experience"),
]
