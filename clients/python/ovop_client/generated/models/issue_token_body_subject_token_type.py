from typing import Literal

IssueTokenBodySubjectTokenType = Literal['urn:ietf:params:oauth:token-type:access_token']

ISSUE_TOKEN_BODY_SUBJECT_TOKEN_TYPE_VALUES: set[IssueTokenBodySubjectTokenType] = { 'urn:ietf:params:oauth:token-type:access_token',  }

def check_issue_token_body_subject_token_type(value: str) -> IssueTokenBodySubjectTokenType:
    if value in ISSUE_TOKEN_BODY_SUBJECT_TOKEN_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ISSUE_TOKEN_BODY_SUBJECT_TOKEN_TYPE_VALUES!r}")
