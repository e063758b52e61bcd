"""The employees' knowledge base: search and read articles."""

from __future__ import annotations

from django.urls import path

from portal.views import kb

urlpatterns = [
    path("kb/", kb.kb_list, name="kb"),
    path("kb/<int:article_id>/", kb.kb_article, name="kb-article"),
]
