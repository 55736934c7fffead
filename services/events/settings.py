from shared.settings import ServiceSettings


class EventsSettings(ServiceSettings):
    service_name: str = "events"
    # How often lapsed waitlist holds are released and meeting reminders sent.
    sweep_interval_s: float = 1.0
    reminder_lead_minutes: int = 15
    # At fairs using check-in: a meeting whose side is not checked in this long after its start is a no-show.
    no_show_grace_minutes: float = 10
