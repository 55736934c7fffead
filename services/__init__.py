"""The OVOP network's services, one package each."""
