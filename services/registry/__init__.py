"""A member state's national registry node: system of record for its producers and products."""
