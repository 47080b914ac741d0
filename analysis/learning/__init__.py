"""Learning from reviewers: which documents to label next, and how much work that saves."""
