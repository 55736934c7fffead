"""The web app's sessions keep a person's network token sealed with a key only the browser's cookie holds."""
import base64

from services.web.adapters.sessions import _hash, seal, unseal

TOKEN = "eyJhbGciOiJFZERTQSJ9.eyJzdWIiOiJwZXJzb24tbGFuIn0.c2lnbmF0dXJl"


def test_a_sealed_token_opens_with_its_session_id_only():
    sid, other = "a-session-id-from-the-cookie", "another-session-id"
    stored = seal(TOKEN, sid)
    assert TOKEN not in stored and "eyJ" not in stored
    assert unseal(stored, sid) == TOKEN
    assert unseal(stored, other) is None          # another session's key does not open it
    assert unseal(stored, _hash(sid)) is None     # nor does the row's own key (the id's hash)
    assert seal(TOKEN, sid) != stored             # a fresh nonce each time


def test_a_tampered_or_foreign_value_opens_to_nothing():
    sid = "a-session-id-from-the-cookie"
    stored = seal(TOKEN, sid)
    raw = bytearray(base64.urlsafe_b64decode(stored[3:]))
    for at in (0, 12, len(raw) - 1):  # the nonce, the ciphertext, the tag: one bit each
        tampered = bytearray(raw)
        tampered[at] ^= 0x01
        assert unseal("v1." + base64.urlsafe_b64encode(bytes(tampered)).decode(), sid) is None
    assert unseal(TOKEN, sid) is None             # a token stored in clear by an older version is not used
    assert unseal("v1.not-base64!", sid) is None
    assert unseal(None, sid) is None
