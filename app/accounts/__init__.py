"""Accounts: users, agencies, roles and the sign-in flows."""
