"""claimcheck: attributed claims in, archived primary sources fetched, verdicts out."""
