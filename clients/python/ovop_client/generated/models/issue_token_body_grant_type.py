from typing import Literal

IssueTokenBodyGrantType = Literal['client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:token-exchange']

ISSUE_TOKEN_BODY_GRANT_TYPE_VALUES: set[IssueTokenBodyGrantType] = { 'client_credentials', 'password', 'urn:ietf:params:oauth:grant-type:token-exchange',  }

def check_issue_token_body_grant_type(value: str) -> IssueTokenBodyGrantType:
    if value in ISSUE_TOKEN_BODY_GRANT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ISSUE_TOKEN_BODY_GRANT_TYPE_VALUES!r}")
