"""Forum programmes and fair badges, in plain Python: room clashes, speakers in two places, seats and the line,
and badge tokens that verify offline with the fair's public key only."""
from __future__ import annotations

import base64
from datetime import datetime, timezone

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from services.events.adapters import badges
from services.events.domain.forums import SessionSlot, clashes, seat_status


def at(h: int, m: int = 0) -> datetime:
    return datetime(2026, 12, 3, h, m)


KEYNOTE = SessionSlot("S-1", "Hall C1", at(9), at(10, 30), ("Nguyễn Thị Lan", "Somchai Prasert"), "Green OCOP")


def test_a_session_in_the_same_room_at_an_overlapping_time_is_refused_naming_the_room():
    new = SessionSlot("S-2", "hall  c1", at(10), at(11), ("Dara Sok",), "Labels")
    assert clashes(new, [KEYNOTE]) == [{"field": "room", "reason":
                                        "room Hall C1 holds session S-1 (Green OCOP) at 2026-12-03 09:00-10:30"}]


def test_a_speaker_cannot_be_in_two_rooms_at_once_but_may_follow_on_right_after():
    new = SessionSlot("S-2", "Hall C2", at(10), at(11), ("Dara Sok", "somchai prasert"), "Labels")
    assert [c["field"] for c in clashes(new, [KEYNOTE])] == ["speakers.1"]
    after = SessionSlot("S-3", "Hall C1", at(10, 30), at(11, 30), ("Somchai Prasert",), "Q&A")
    assert clashes(after, [KEYNOTE]) == []


def test_seats_go_to_the_first_comers_and_the_rest_wait():
    assert [seat_status(2, n) for n in range(4)] == ["registered", "registered", "waiting", "waiting"]


def test_a_badge_verifies_with_the_published_public_key_alone_and_a_forged_one_does_not():
    key = badges.new_key()
    token = badges.sign(key, fair_id="F-1", kind="buyer", participant_id="B-1", name="Seoul Pantry",
                        issued_at=datetime.now(timezone.utc))
    jwk = badges.public_jwk(key, "F-1")
    public = Ed25519PublicKey.from_public_bytes(base64.urlsafe_b64decode(jwk["x"] + "=="))
    claims = jwt.decode(token, public, algorithms=["EdDSA"], audience="F-1")
    assert (claims["sub"], claims["kind"], claims["name"]) == ("B-1", "buyer", "Seoul Pantry")
    assert badges.verify(key, "F-1", token)["sub"] == "B-1"
    with pytest.raises(badges.BadBadge, match="not a badge of fair F-2"):
        badges.verify(key, "F-2", token)
    other = badges.sign(badges.new_key(), fair_id="F-1", kind="buyer", participant_id="B-1", name="x",
                        issued_at=datetime.now(timezone.utc))
    with pytest.raises(badges.BadBadge, match="Signature verification failed"):
        badges.verify(key, "F-1", other)
    assert badges.qr_svg(token).startswith("<svg")
