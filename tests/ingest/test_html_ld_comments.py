from __future__ import annotations

from eventlens.ingest.html_ld_comments import json_ld_comments


def test_comments_and_their_replies_are_read_in_thread_order() -> None:
    objects = [
        {"@type": "Organization", "name": "Outlet"},
        {
            "@type": "NewsArticle",
            "comment": {
                "@type": "Comment",
                "text": "<p>First line.</p><p>Second line.</p>",
                "author": [{"@type": "Person", "name": "Kofi"}],
                "comment": [{"@type": "Comment", "text": "A reply.", "author": "Esi"}],
            },
        },
    ]
    assert [(c.author, c.text) for c in json_ld_comments(objects)] == [
        ("Kofi", "First line.\n\nSecond line."),
        ("Esi", "A reply."),
    ]


def test_comments_without_text_and_odd_values_are_passed_over() -> None:
    objects = [{"@type": "BlogPosting", "comment": [{"@type": "Comment", "text": "   "}, "not a comment", 7]}]
    assert json_ld_comments(objects) == []
