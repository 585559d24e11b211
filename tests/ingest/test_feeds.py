"""RSS and Atom feeds: one Document per item, safely parsed; a bad feed or item is an InputError of its own."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from eventlens.cli import main
from eventlens.ingest import IngestOptions, read_inputs, read_stdin
from eventlens.ingest.feeds import looks_like_feed, read_feed
from eventlens.types import BlockKind, Document, InputError

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Sahel Morning Post</title>
  <link>https://sahel-morning.example/</link>
  <item>
    <title>Gunmen attack a market near Gao</title>
    <link>https://sahel-morning.example/gao-market</link>
    <guid>smp-1001</guid>
    <pubDate>Tue, 06 Jul 2021 08:15:00 +0000</pubDate>
    <description>Short teaser only.</description>
    <content:encoded><![CDATA[<p>Armed men on motorbikes opened fire on traders at a weekly market outside Gao on Monday,
      killing four people, local officials said.</p><script>track()</script>
      <p>The army sent a patrol to the area after the attack.</p>]]></content:encoded>
  </item>
  <item>
    <title>Protest over fuel prices in Bamako</title>
    <link>https://sahel-morning.example/bamako-fuel</link>
    <dc:date>2021-07-05</dc:date>
    <description>&lt;p&gt;Hundreds of drivers &amp;amp; traders marched in Bamako&amp;nbsp;on Sunday against higher fuel prices.&lt;/p&gt;&lt;p&gt;Police watched; no arrests were reported.&lt;/p&gt;</description>
  </item>
</channel>
</rss>
"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="text">Kivu Watch</title>
  <entry>
    <title>Rebels seize a village in North Kivu</title>
    <id>tag:kivu-watch.example,2022:417</id>
    <link rel="alternate" href="https://kivu-watch.example/417"/>
    <link rel="edit" href="https://kivu-watch.example/edit/417"/>
    <published>2022-03-02T10:00:00Z</published>
    <updated>2022-03-03T09:00:00Z</updated>
    <summary>Fighters took a village.</summary>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Rebel fighters took control of a village north
      of Goma on Tuesday after the army withdrew, residents said.</p></div></content>
  </entry>
  <entry>
    <title>Headline with no body: two soldiers killed in ambush near Beni</title>
    <link href="https://kivu-watch.example/418"/>
    <updated>2022-03-04T07:00:00Z</updated>
  </entry>
</feed>
"""

RDF = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://lakes.example/"><title>Lakes Bulletin</title></channel>
  <item rdf:about="https://lakes.example/77">
    <title>Clashes between herders and farmers in the east</title>
    <dc:date>2020-11-12</dc:date>
    <description>Clashes between herders and farmers left three people dead in the east of the country on Wednesday.</description>
  </item>
</rdf:RDF>
"""


def _read(content: bytes, **options: object) -> list[Document | InputError]:
    return list(read_feed(content, name="feed.xml", origin="feed.xml", options=IngestOptions(**options)))  # type: ignore[arg-type]


def _documents(content: bytes) -> list[Document]:
    items = _read(content)
    assert all(isinstance(item, Document) for item in items), items
    return [item for item in items if isinstance(item, Document)]


def test_rss_items_become_documents_with_title_date_link_and_outlet() -> None:
    market, protest = _documents(RSS)
    assert market.title == "Gunmen attack a market near Gao"
    assert market.published == dt.date(2021, 7, 6)
    assert market.url == "https://sahel-morning.example/gao-market"
    assert market.source == "Sahel Morning Post"
    assert market.doc_id == "feed.xml#smp-1001"
    assert market.comments == []
    assert protest.published == dt.date(2021, 7, 5)  # dc:date
    assert protest.doc_id == "feed.xml#https://sahel-morning.example/bamako-fuel"  # no guid: the link


def test_the_fullest_body_is_read_as_paragraphs_without_scripts() -> None:
    market, _ = _documents(RSS)
    assert market.text.startswith("Armed men on motorbikes opened fire")  # content:encoded, not the teaser
    assert "track()" not in market.text
    assert [block.kind for block in market.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]
    assert market.text.split("\n\n")[1] == "The army sent a patrol to the area after the attack."


def test_escaped_html_and_entities_in_a_description_are_decoded() -> None:
    # &amp;nbsp; is a no-break space in the HTML, a plain space once the text is read as the page reader reads it.
    _, protest = _documents(RSS)
    assert protest.text == (
        "Hundreds of drivers & traders marched in Bamako on Sunday against higher fuel prices."
        "\n\nPolice watched; no arrests were reported."
    )


def test_markup_and_entities_escaped_into_titles_are_read_as_text() -> None:
    feed = b"""<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast &amp;amp; Delta</title>
      <entry><title type="html">&lt;b&gt;Pirates&lt;/b&gt; board a tanker&amp;#8217;s deck</title>
      <summary>Armed pirates boarded a tanker off the coast on Friday and took six crew members.</summary></entry></feed>"""
    (item,) = _documents(feed)
    assert item.title == "Pirates board a tanker\u2019s deck"
    assert item.source == "Coast & Delta"


def test_atom_entries_read_content_alternate_link_and_published() -> None:
    seized, headline = _documents(ATOM)
    assert seized.source == "Kivu Watch"
    assert seized.url == "https://kivu-watch.example/417"
    assert seized.published == dt.date(2022, 3, 2)  # published before updated
    assert seized.text.startswith("Rebel fighters took control of a village north of Goma")
    assert headline.text == headline.title  # a headline-only entry is its own stub
    assert headline.published == dt.date(2022, 3, 4)


def test_rss_1_rdf_items_and_their_channel() -> None:
    (item,) = _documents(RDF)
    assert item.source == "Lakes Bulletin"
    assert item.url == "https://lakes.example/77"
    assert item.published == dt.date(2020, 11, 12)


def test_a_malformed_feed_is_one_error_with_its_reason() -> None:
    (error,) = _read(b"<rss><channel><title>Broken</title><item><title>Half</item></channel></rss>")
    assert isinstance(error, InputError)
    assert error.reason.startswith("not a well-formed feed")


def test_xml_that_is_no_feed_says_so() -> None:
    (error,) = _read(b"<?xml version='1.0'?><catalog><book/></catalog>")
    assert isinstance(error, InputError)
    assert "not an RSS or Atom feed" in error.reason


def test_a_bad_item_is_its_own_error_and_the_others_are_read() -> None:
    feed = b"""<rss><channel><title>Delta Daily</title>
      <item><link>https://delta.example/empty</link></item>
      <item><title>Pipeline blown up in the creeks</title>
        <description>Militants blew up an oil pipeline in the creeks on Friday, the company said.</description></item>
    </channel></rss>"""
    empty, good = _read(feed)
    assert isinstance(empty, InputError) and empty.reason == "empty item: no title and no text"
    assert empty.origin == "feed.xml:item 1"
    assert isinstance(good, Document) and good.source == "Delta Daily"


def test_an_item_without_a_date_takes_the_default() -> None:
    feed = b"<rss><channel><title>T</title><item><title>Troops clash with rebels in the hills overnight</title></item></channel></rss>"
    (item,) = _read(feed, default_published=dt.date(2023, 1, 9))
    assert isinstance(item, Document) and item.published == dt.date(2023, 1, 9)


def test_entities_are_never_expanded_nor_files_read() -> None:
    feed = b"""<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname"><!ENTITY lol "lollollollollollollollollollol">]>
<rss><channel><title>Trap</title><item><title>Police disperse a crowd in the capital</title>
<description>Police fired tear gas at a crowd in the capital on Monday. &secret; &lol;</description></item></channel></rss>"""
    (item,) = _read(feed)
    assert isinstance(item, Document)
    assert "lollol" not in item.text
    assert item.text.startswith("Police fired tear gas at a crowd")


def test_a_feed_is_recognised_by_its_root() -> None:
    assert looks_like_feed(b'<?xml version="1.0"?>\n<!-- hi -->\n<rss version="2.0">')
    assert looks_like_feed(b'\xef\xbb\xbf<feed xmlns="http://www.w3.org/2005/Atom">')
    assert looks_like_feed(b"<rdf:RDF xmlns:rdf='x'>")
    assert not looks_like_feed(b"<?xml version='1.0'?><catalog/>")
    assert not looks_like_feed(b"<!doctype html><html>")


def test_feeds_are_read_by_extension_by_content_and_from_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.rss").write_bytes(RSS)
    (tmp_path / "b.atom").write_bytes(ATOM)
    (tmp_path / "latest").write_bytes(RDF)  # no extension: recognised by its root element
    items = list(read_inputs([str(tmp_path)], IngestOptions()))
    assert [type(item) for item in items] == [Document] * 5
    assert [item.doc_id for item in items if isinstance(item, Document)][-1] == "latest#https://lakes.example/77"
    from_stdin = list(read_stdin(io.BytesIO(ATOM), IngestOptions()))
    assert next(item.doc_id for item in from_stdin if isinstance(item, Document)).startswith("stdin#tag:kivu")


def test_the_read_command_shows_a_feeds_items(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes(RSS)
    assert main(["read", str(path), "--json"]) == 0
    shown = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(item["source"], item["published"]) for item in shown] == [
        ("Sahel Morning Post", "2021-07-06"),
        ("Sahel Morning Post", "2021-07-05"),
    ]
