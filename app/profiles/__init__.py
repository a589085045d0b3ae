"""The top floor's pages: profiles and agencies, gathered from accounts, content, reputation and moderation."""
