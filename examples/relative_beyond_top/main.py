from app.web import views, too_far
