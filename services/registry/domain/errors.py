class DomainError(Exception):
    """A rule of the registry refused the command."""


class NotFound(DomainError):
    pass


class NotOwned(DomainError):
    """A write to a record of another member state: only its own node may change it."""


class VersionConflict(DomainError):
    def __init__(self, current: int, expected: int) -> None:
        super().__init__(f"record is at version {current}, the request expected {expected}")
        self.current, self.expected = current, expected


class InvalidField(DomainError):
    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field, self.reason = field, reason


class Forbidden(DomainError):
    """The caller's role, producer or province does not reach this record."""


class StateConflict(DomainError):
    """The record is not in a state where this step applies (e.g. a review of a registration not submitted)."""


class ForeignCountry(InvalidField):
    """A record, or a place in it, names another member state: only that state's node may register it
    (answered 403, naming the field; in an import, the row is rejected like any invalid one)."""


class UnknownReference(InvalidField):
    """The record names another that this node does not hold (its producer): a conflict with the node's
    state, not a malformed request (answered 409 naming the field; in an import, the row is rejected)."""
