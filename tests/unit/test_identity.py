"""The gateway's anonymous identity and the identity every service asks of a request."""
import time

from shared.auth import AnonymousIdentity, Role, TokenVerifier, generate_keypair


def test_the_anonymous_identity_is_a_short_lived_public_token_renewed_before_it_expires(tmp_path):
    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub")
    identity = AnonymousIdentity((tmp_path / "k.pem").read_bytes(), ttl_s=60)
    first = identity.authorization()
    assert identity.authorization() == first  # reused while young
    principal = TokenVerifier((tmp_path / "k.pub").read_bytes()).verify(first.removeprefix("Bearer "))
    assert principal.role is Role.public and principal.anonymous and principal.client_id == "anonymous"
    identity._renew_at = time.time() - 1  # half its life is gone: the next request gets a fresh one
    renewed = identity.authorization()
    assert TokenVerifier((tmp_path / "k.pub").read_bytes()).verify(renewed.removeprefix("Bearer ")).anonymous
    assert identity._renew_at > time.time() + 25


def test_without_a_signing_key_there_is_no_anonymous_identity():
    assert AnonymousIdentity(None).authorization() is None


def test_a_remembered_token_is_refused_once_it_expires(tmp_path, monkeypatch):
    import pytest

    from shared import auth
    from shared.auth import Principal, issue_token
    from shared.problems import Problem

    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub")
    verifier = TokenVerifier((tmp_path / "k.pub").read_bytes())
    now = time.time()
    token = issue_token((tmp_path / "k.pem").read_bytes(), Principal("buyer-1", Role.buyer), ttl_s=60, now=now)
    assert verifier.verify(token).client_id == "buyer-1"
    assert verifier.verify(token).client_id == "buyer-1"  # the second time from memory
    monkeypatch.setattr(auth.time, "time", lambda: now + 61)
    with pytest.raises(Problem) as refused:
        verifier.verify(token)
    assert refused.value.status == 401 and refused.value.detail == "the token has expired"


def test_a_token_signed_with_another_key_is_refused_every_time(tmp_path):
    import pytest

    from shared.auth import Principal, issue_token
    from shared.problems import Problem

    generate_keypair(tmp_path / "k.pem", tmp_path / "k.pub")
    generate_keypair(tmp_path / "other.pem", tmp_path / "other.pub")
    verifier = TokenVerifier((tmp_path / "k.pub").read_bytes())
    forged = issue_token((tmp_path / "other.pem").read_bytes(), Principal("mallory", Role.registry_admin, "VN"))
    for _ in range(2):
        with pytest.raises(Problem) as refused:
            verifier.verify(forged)
        assert refused.value.status == 401 and refused.value.detail.startswith("the token is not valid")
