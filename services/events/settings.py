from shared.settings import ServiceSettings


class EventsSettings(ServiceSettings):
    service_name: str = "events"
    # How often lapsed waitlist holds are released and meeting reminders sent.
    sweep_interval_s: float = 1.0
    reminder_lead_minutes: int = 15
