"""Training code for Shoal's own small models (not imported by the application)."""
