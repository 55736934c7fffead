from typing import Literal

ProblemDetailsType = Literal['/v1/problems/bad-request', '/v1/problems/conflict', '/v1/problems/content-too-large', '/v1/problems/forbidden', '/v1/problems/gateway-timeout', '/v1/problems/idempotency-key-in-flight', '/v1/problems/idempotency-key-malformed', '/v1/problems/idempotency-key-reused', '/v1/problems/illegal-transition', '/v1/problems/internal-server-error', '/v1/problems/method-not-allowed', '/v1/problems/not-acceptable', '/v1/problems/not-found', '/v1/problems/not-owned', '/v1/problems/precondition-failed', '/v1/problems/precondition-required', '/v1/problems/service-unavailable', '/v1/problems/too-many-requests', '/v1/problems/unauthorized', '/v1/problems/unsupported-media-type', '/v1/problems/validation']

PROBLEM_DETAILS_TYPE_VALUES: set[ProblemDetailsType] = { '/v1/problems/bad-request', '/v1/problems/conflict', '/v1/problems/content-too-large', '/v1/problems/forbidden', '/v1/problems/gateway-timeout', '/v1/problems/idempotency-key-in-flight', '/v1/problems/idempotency-key-malformed', '/v1/problems/idempotency-key-reused', '/v1/problems/illegal-transition', '/v1/problems/internal-server-error', '/v1/problems/method-not-allowed', '/v1/problems/not-acceptable', '/v1/problems/not-found', '/v1/problems/not-owned', '/v1/problems/precondition-failed', '/v1/problems/precondition-required', '/v1/problems/service-unavailable', '/v1/problems/too-many-requests', '/v1/problems/unauthorized', '/v1/problems/unsupported-media-type', '/v1/problems/validation',  }

def check_problem_details_type(value: str) -> ProblemDetailsType:
    if value in PROBLEM_DETAILS_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PROBLEM_DETAILS_TYPE_VALUES!r}")
