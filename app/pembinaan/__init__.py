"""Pembinaan: development activities and the JP record (Catatan Pengembangan Kompetensi)."""
from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Activities, the JP record and its claims, compliance for leaders, the admins' settings."""
    from app.core import agency_figures
    from app.pembinaan import models  # noqa: F401  (the tables register with the metadata)
    from app.pembinaan.activity_display import activity_kind, activity_time, activity_when
    from app.pembinaan.activity_views import activities_bp
    from app.pembinaan.admin_views import pembinaan_admin_bp
    from app.pembinaan.certificates import certificate_activity_ids, certificate_of
    from app.pembinaan.checkin_views import checkin_bp, checkin_panel
    from app.pembinaan.claim_files import files_of_claims, register_claim_files
    from app.pembinaan.compliance import reached_per_agency
    from app.pembinaan.compliance_views import compliance_bp
    from app.pembinaan.external_views import jp_external_bp
    from app.pembinaan.home_panels import register as register_home_panels
    from app.pembinaan.jp_views import TEMPLATE_GLOBALS, jp_bp
    from app.pembinaan.permissions import can_verify
    from app.pembinaan.review_views import review_bp
    from app.pembinaan.siasn_views import jp_siasn_bp

    app.register_blueprint(activities_bp)
    app.register_blueprint(checkin_bp)
    app.register_blueprint(review_bp)
    app.register_blueprint(jp_bp)
    app.register_blueprint(jp_external_bp)
    app.register_blueprint(jp_siasn_bp)
    app.register_blueprint(compliance_bp)
    app.register_blueprint(pembinaan_admin_bp)
    app.jinja_env.globals.update(TEMPLATE_GLOBALS, jp_claim_files=files_of_claims)
    agency_figures.register(app, "jp_reached", reached_per_agency)  # the leaders' agency view reads it
    app.jinja_env.globals.update(checkin_panel=checkin_panel, attendance_certificate=certificate_of,
                                 certificate_activity_ids=certificate_activity_ids, may_verify_jp=can_verify)
    register_claim_files()  # files asks pembinaan who may see a claim's certificate
    register_home_panels(app)  # the JP and the verifiers' queue on a member's home
    for template_filter in (activity_kind, activity_when, activity_time):
        app.add_template_filter(template_filter)
