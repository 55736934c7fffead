"""schemathesis hooks for the test command's run (SCHEMATHESIS_HOOKS=tests.support.schemathesis_hooks): the
registry's bulk imports take their file as the body, CSV or JSON Lines, which schemathesis sends as text."""
import re
import uuid

import schemathesis

schemathesis.serializer.alias("text/csv", "text/plain")
schemathesis.serializer.alias("application/x-ndjson", "text/plain")


_KEY = re.compile(r"^[\x21-\x7E]{1,255}$")


@schemathesis.hook
def before_call(ctx, case, kwargs):
    """A client keeps an Idempotency-Key for the retries of one request: generated requests that happen to
    share the example key are different requests, so each valid key becomes a fresh one (invalid keys, the
    negative cases, are sent as generated)."""
    headers = case.headers or {}
    for name, value in list(headers.items()):
        if name.lower() == "idempotency-key" and isinstance(value, str) and _KEY.match(value):
            headers[name] = str(uuid.uuid4())
