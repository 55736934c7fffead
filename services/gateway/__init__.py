"""The only public entry: routing to the services, protection, one merged OpenAPI."""
