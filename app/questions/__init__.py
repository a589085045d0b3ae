"""Tanya Jawab: questions, answers, comments and the accepted answer."""
