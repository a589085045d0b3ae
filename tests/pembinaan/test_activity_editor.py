"""An activity's description uses the writer's editor, without uploads: files attach to posts only, and one
in an activity's description would be removed by `flask uploads clean` after 24 hours."""


def test_an_activity_description_has_the_toolbar_but_no_uploads(login_as, organiser):
    page = login_as(organiser).get("/activities/new").get_data(as_text=True)
    assert "data-compose" in page and 'data-upload-url="/uploads"' not in page
