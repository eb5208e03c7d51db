"""The closed word lists a pack may use, so a typo is a validation error, not a silent miss.

Each list maps a name to a short human label shown on the policy page."""

from __future__ import annotations

import difflib
from collections.abc import Mapping

# What a post may be for (SPEC C2 "purpose"; KI staff conduct, SO official accounts).
PURPOSES: Mapping[str, str] = {
    "alerts": "Alerts about changes (procedures, weather, staffing)",
    "closures": "School closures and other things parents must know",
    "reminders": "Reminders of deadlines, events and activities",
    "events": "Advertising school events and activities",
    "vacancies": "Job vacancies and requests for volunteers",
    "newsletters": "Newsletters, guidance and factsheets for families",
    "achievements": "Achievements of pupils and staff",
    "school_news": "Good news about the school's performance or reputation",
    "trips_and_activities": "Photos and posts about trips, events and activities",
    "seasonal_greetings": "Seasonal greetings and religious festivals",
    "feedback": "Invitations to give feedback",
    "teaching_and_learning": "Teaching and learning with pupils",
    "emergency_contact": "Emergency communication with parents",
}

# Who or what is told outside the school (SPEC I3, W3).
EXTERNAL_BODIES: Mapping[str, str] = {
    "police": "Police",
    "lado": "Local authority designated officer (LADO)",
    "prevent": "Prevent referral",
    "platform": "The platform hosting the post",
    "posh": "Professionals Online Safety Helpline",
    "hr": "HR provider",
    "legal": "Legal advice",
    "press_office": "Local authority press office",
    "union": "Trade union or professional association",
    "employee_assistance": "Employee assistance programme",
}

# School procedures a case is handed to (SPEC I3).
PROCEDURES: Mapping[str, str] = {
    "behaviour_policy": "Behaviour policy",
    "code_of_conduct": "Staff code of conduct",
    "disciplinary": "Disciplinary procedure",
    "complaints": "Complaints procedure",
    "allegations": "Dealing with allegations against adults",
    "safeguarding": "Safeguarding and child protection procedure",
    "media_policy": "Media policy",
    "whistleblowing": "Whistleblowing, grievance or safeguarding procedure",
    "data_protection": "Data protection procedure",
}

# Events that have an escalation route (SPEC I1, I3, P7).
TRIGGERS: Mapping[str, str] = {
    "incident_reported": "Any incident reported",
    "pupil_contact_attempt": "A pupil tries to contact or befriend a member of staff",
    "staff_contact_attempt": "A member of staff tries to contact or befriend a pupil",
    "indecent_images": "Indecent images of children found",
    "unsuitable_material": "Other unsuitable material found",
    "extremism": "Extremist content or radicalisation concern",
    "safeguarding_concern": "A possible risk to a child's safety",
    "staff_mention": "A member of staff is mentioned online",
    "online_bullying_of_staff": "Online bullying of a member of staff",
    "threat": "A threatening post",
    "illegal_content": "A post or conduct that may be illegal",
    "pupil_misconduct": "A pupil breaks the policy",
    "staff_misconduct": "A member of staff breaks the policy",
    "parent_post": "An inappropriate post by a parent or carer",
    "third_party_post": "An offending post by someone outside the school",
    "complaint": "A complaint made on social media",
    "press_enquiry": "A journalist asks about a post",
    "lost_device": "A device with account access is lost",
    "compromising_image": "A photo that could be misconstrued",
    "policy_deviation": "A member of staff departs from the policy",
    "data_breach": "Personal data published or leaked",
}

# Features of SocialSafe that enforce or record a provision.
FEATURES: Mapping[str, str] = {
    "accounts.application": "Account application with business case",
    "accounts.approval": "Account approval",
    "accounts.register": "Account register",
    "accounts.vault": "Credential vault",
    "accounts.access": "Account access control",
    "accounts.handover": "Leaver hand-over",
    "accounts.suspension": "Access suspension (lost device)",
    "accounts.review": "Periodic account review",
    "posts.check": "Pre-publication check",
    "posts.approval": "Post approval workflow",
    "posts.attribution": "Post attribution",
    "posts.images": "Image checks",
    "moderation.queue": "Moderation queue",
    "moderation.deadline": "Response deadline",
    "moderation.strikes": "Strikes and blocks",
    "moderation.rota": "Monitoring rota",
    "monitoring.watchlist": "Watch lists",
    "monitoring.staff_mentions": "Staff mention alerts",
    "monitoring.responses": "Recorded responses to posts about the school",
    "monitoring.follows": "Follows and likes register",
    "incidents.report_form": "Incident report form",
    "incidents.triage": "Incident triage and routes",
    "incidents.evidence": "Evidence store",
    "incidents.chronology": "Case chronology",
    "registers.acknowledgements": "Policy acknowledgements",
    "registers.training": "Training register",
    "registers.declarations": "Declarations register",
    "registers.personal_sites": "Personal blogs and sites register",
    "registers.devices": "Devices register",
    "registers.deviations": "Deviations register",
    "registers.attestations": "Yearly attestations",
    "registers.roster": "Pupil roster and consent",
    "staff.self_check": "Staff self-check",
    "staff.press": "Press enquiry routing",
    "data.retention": "Retention and purge",
    "data.audit": "Audit log",
    "data.access": "Role-based access",
    "data.subject_access": "Subject-access export",
    "policy.review": "Policy review tracking",
    "policy.pack": "Policy pack",
}

# Kinds of record with a retention period (SPEC D1).
RECORD_KINDS: Mapping[str, str] = {
    "monitoring": "Monitoring of staff internet use",
    "incident_evidence": "Incident evidence",
    "moderated_comments": "Removed or moderated comments",
    "cases": "Closed incident cases",
    "posts": "Post drafts and check results",
    "acknowledgements": "Policy acknowledgements",
}


def check(what: str, value: str, allowed: Mapping[str, str]) -> str:
    """Return `value` when it is in `allowed`, else raise a ValueError naming the nearest."""
    if value in allowed:
        return value
    close = difflib.get_close_matches(value, list(allowed), n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    raise ValueError(f"unknown {what} {value!r}{hint}")
