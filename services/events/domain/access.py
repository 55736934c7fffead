"""What a caller is at one fair: one of its organisers (the owner who created it, or a co-organiser the owner
added), an exhibitor (its own applications) or a buyer (its own registrations). Each party sees its own;
the organisers see and run everything of their fair."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Standing:
    organiser: bool = False
    owner: bool = False
    applications: frozenset[str] = frozenset()  # the caller's own exhibitor applications (a producer)
    buyers: frozenset[str] = frozenset()        # the caller's own buyer registrations (a buyer)

    def sees_application(self, application_id: str) -> bool:
        return self.organiser or application_id in self.applications

    def sees_buyer(self, buyer_id: str) -> bool:
        return self.organiser or buyer_id in self.buyers

    def sees_meeting(self, buyer_id: str, application_id: str) -> bool:
        return self.organiser or buyer_id in self.buyers or application_id in self.applications
