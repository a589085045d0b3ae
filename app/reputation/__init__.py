"""Reputation: votes, the append-only ledger, rules with a daily cap, privileges."""
