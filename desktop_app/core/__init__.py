"""The domain: records, rules and Vietnamese text handling. No Qt, no SQL."""
