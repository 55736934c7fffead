from shared.settings import ServiceSettings


class EventsSettings(ServiceSettings):
    service_name: str = "events"
