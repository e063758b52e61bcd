from __future__ import annotations

from django.urls import path

from notifications import views

urlpatterns = [
    path("account/e-mails/", views.preferences, name="notification-preferences"),
    path("tickets/<int:ticket_id>/still-broken/", views.still_broken, name="still-broken"),
]
