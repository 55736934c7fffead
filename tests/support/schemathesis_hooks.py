"""schemathesis hooks for the test command's run (SCHEMATHESIS_HOOKS=tests.support.schemathesis_hooks): the
registry's bulk imports take their file as the body, CSV or JSON Lines, which schemathesis sends as text."""
import schemathesis

schemathesis.serializer.alias("text/csv", "text/plain")
schemathesis.serializer.alias("application/x-ndjson", "text/plain")
