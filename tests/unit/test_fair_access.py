from services.events.domain.access import Standing


def test_an_organiser_of_the_fair_sees_every_party():
    st = Standing(organiser=True)
    assert st.sees_application("A-1") and st.sees_buyer("B-1") and st.sees_meeting("B-1", "A-1")


def test_an_exhibitor_sees_its_own_applications_and_meetings_only():
    st = Standing(applications=frozenset({"A-1"}))
    assert st.sees_application("A-1") and not st.sees_application("A-2")
    assert st.sees_meeting("B-9", "A-1") and not st.sees_meeting("B-9", "A-2")
    assert not st.sees_buyer("B-9")


def test_a_buyer_sees_its_own_registrations_and_meetings_only():
    st = Standing(buyers=frozenset({"B-1"}))
    assert st.sees_buyer("B-1") and not st.sees_buyer("B-2")
    assert st.sees_meeting("B-1", "A-7") and not st.sees_meeting("B-2", "A-7")
    assert not st.sees_application("A-7")
