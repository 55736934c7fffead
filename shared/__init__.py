"""Code every OVOP service shares: settings, the event envelope, Kafka, the outbox, the database, logging."""
