"""The regional catalogue, built only from the registry topics: search, sourcing requests and matches."""
