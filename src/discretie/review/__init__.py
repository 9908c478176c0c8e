"""Reviewing held messages and incidents: the actions (``review.actions``) are shared by the
command line (``discretie queue|incidents``) and the web console."""
