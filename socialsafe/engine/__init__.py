"""SocialSafe's text analysis: checking drafts, classifying comments, matching names.

A plain Python package with no Django imports, so the CLI, the web app and workers all
use the same code. The school's policy pack (socialsafe.policy.schema.Pack) decides what
is enforced and how severely; the code is the same for every school."""
