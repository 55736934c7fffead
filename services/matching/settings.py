from shared.settings import ServiceSettings


class MatchingSettings(ServiceSettings):
    service_name: str = "matching"
