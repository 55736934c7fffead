from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.issue_token_body_grant_type import check_issue_token_body_grant_type
from ..models.issue_token_body_grant_type import IssueTokenBodyGrantType
from ..models.issue_token_body_subject_token_type import check_issue_token_body_subject_token_type
from ..models.issue_token_body_subject_token_type import IssueTokenBodySubjectTokenType
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IssueTokenBody")



@_attrs_define
class IssueTokenBody:
    """ 
        Attributes:
            grant_type (IssueTokenBodyGrantType):
            client_id (str | Unset): with client_secret_post (without HTTP Basic)
            client_secret (str | Unset): with client_secret_post (without HTTP Basic)
            password (str | Unset): password grant: the person's password
            subject_token (str | Unset): token exchange (first-party clients only): the signed-in person's unexpired token
            subject_token_type (IssueTokenBodySubjectTokenType | Unset): token exchange: the kind of subject_token
            username (str | Unset): password grant (first-party clients only): the person
     """

    grant_type: IssueTokenBodyGrantType
    client_id: str | Unset = UNSET
    client_secret: str | Unset = UNSET
    password: str | Unset = UNSET
    subject_token: str | Unset = UNSET
    subject_token_type: IssueTokenBodySubjectTokenType | Unset = UNSET
    username: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        grant_type: str = self.grant_type

        client_id = self.client_id

        client_secret = self.client_secret

        password = self.password

        subject_token = self.subject_token

        subject_token_type: str | Unset = UNSET
        if not isinstance(self.subject_token_type, Unset):
            subject_token_type = self.subject_token_type


        username = self.username


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "grant_type": grant_type,
        })
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if password is not UNSET:
            field_dict["password"] = password
        if subject_token is not UNSET:
            field_dict["subject_token"] = subject_token
        if subject_token_type is not UNSET:
            field_dict["subject_token_type"] = subject_token_type
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        grant_type = check_issue_token_body_grant_type(d.pop("grant_type"))




        client_id = d.pop("client_id", UNSET)

        client_secret = d.pop("client_secret", UNSET)

        password = d.pop("password", UNSET)

        subject_token = d.pop("subject_token", UNSET)

        _subject_token_type = d.pop("subject_token_type", UNSET)
        subject_token_type: IssueTokenBodySubjectTokenType | Unset
        if isinstance(_subject_token_type,  Unset):
            subject_token_type = UNSET
        else:
            subject_token_type = check_issue_token_body_subject_token_type(_subject_token_type)




        username = d.pop("username", UNSET)

        issue_token_body = cls(
            grant_type=grant_type,
            client_id=client_id,
            client_secret=client_secret,
            password=password,
            subject_token=subject_token,
            subject_token_type=subject_token_type,
            username=username,
        )


        issue_token_body.additional_properties = d
        return issue_token_body

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
