"""Realistic, deterministic demo data for the registry nodes."""
