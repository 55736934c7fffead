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
