"""Integration-event schemas: the data of the events that cross service boundaries on Kafka.

They live here, once, because several services consume them and the AsyncAPI document describes them.
"""
