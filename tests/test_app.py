"""Every report page renders on the bundled sample; widgets change what is shown; uploads fail clearly."""
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parents[1] / "app.py")


def run_page(page=None, setup=None):
    at = AppTest.from_file(APP, default_timeout=300)
    if setup:
        setup(at)
    at.run()
    if page:
        at.switch_page(page).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_article_page_sample_and_switch(parser):
    at = run_page()
    html = "".join(m.value for m in at.html)
    assert "na-content-" in html and "na-source" in html
    # the seed's headline claim ("reportedly") is put on no one: said apart, not a row of the sources table
    assert any("1 unattributed claims" in c.value for c in at.caption)
    sources = at.dataframe[0].value
    assert "speaker" in sources.columns and sources["speaker"].notna().all()
    first = at.metric[0].value
    at.selectbox(key="sample_pick").select_index(3).run()
    assert not at.exception
    assert "na-text" in "".join(m.value for m in at.html)
    assert at.metric[0].value != first or at.subheader[-1].value  # another article is shown


def test_article_page_escapes_untrusted_text(parser):
    at = run_page()
    at.radio(key="article_choice").set_value("Paste text").run()
    evil = 'The mayor said <script>alert(1)</script> and <img src=x onerror="alert(2)"> were "fine".'
    at.text_area(key="pasted").input(evil).run()
    assert not at.exception
    html = "".join(m.value for m in at.html if "na-text" in m.value)
    assert "<script>" not in html and "<img" not in html
    import re

    visible = re.sub(r"</?span[^>]*>", "", html)  # highlight spans may cut through the text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in visible and "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;" in visible


def test_article_page_names_statements_inside_statements(parser):
    at = run_page()
    at.radio(key="article_choice").set_value("Paste text").run()
    at.text_area(key="pasted").input("The mayor said on Monday that the contractor had told her that the bridge "
                                     "would reopen in June.").run()
    assert not at.exception
    caption = next(c.value for c in at.caption if "statements reported by a source" in c.value)
    # (plain() writes the brackets as entities, so that Markdown leaves them alone)
    assert caption.startswith("1 statements reported by a source from someone else: the contractor") \
        and "via The mayor" in caption
    assert at.metric[0].value == "1"  # the mayor's statement; the contractor's is hers to report


def test_corpus_compare_lexicons_export(parser):
    at = run_page("reports/corpus.py")
    at.button(key="run_corpus").click().run()
    assert not at.exception
    assert any(df.value.shape[0] >= 9 for df in at.dataframe)
    at.switch_page("reports/compare.py").run()
    assert not at.exception and len(at.dataframe) >= 2
    assert any(h.value == "Month by month" for h in at.subheader)  # the bundled sample is dated
    assert any(str(v).startswith("Voice share: ") for df in at.dataframe for v in df.value.get("figure", []))
    at.switch_page("reports/export.py").run()
    assert not at.exception and "trends" in at.selectbox(key="export_frame").options
    at.button(key="export_build").click().run()
    assert not at.exception
    at.switch_page("reports/lexicons.py").run()
    assert not at.exception and any("russia_ukraine" in str(df.value) for df in at.dataframe)


def test_lexicons_page_validates_upload(tmp_path):
    from audit.lexicon import load_pack
    from audit.errors import LexiconError

    # the page calls load_pack on the uploaded file; its message is what the user sees
    p = tmp_path / "bad.toml"
    p.write_text('schema = "newsaudit.pack/1"\n[pack]\nid = "Bad Id"\n')
    with pytest.raises(LexiconError, match="must be lowercase"):
        load_pack(p)


class FakeUpload:
    def __init__(self, name, data):
        self.name, self._data = name, data

    def getvalue(self):
        return self._data


@pytest.mark.parametrize("name, data, words", [
    ("empty.csv", b"", "is empty"),
    ("t.csv", b"body,outlet\nx,y\n", "no 'text' column"),
    ("z.zip", b"not a zip", "not a valid zip"),
])
def test_upload_errors_are_clear(name, data, words):
    from reports.common import InputError, read_upload

    with pytest.raises(InputError, match=words):
        read_upload(FakeUpload(name, data))


def test_upload_non_utf8_and_oversize(monkeypatch):
    import reports.common as common

    df = common.read_upload(FakeUpload("a.txt", b"caf\xe9 au lait"))
    assert "not valid UTF-8" in df["error"][0]
    monkeypatch.setattr(common, "MAX_UPLOAD_MB", 0.000001)
    with pytest.raises(common.InputError, match="up to"):
        common.read_upload(FakeUpload("a.txt", b"0123456789" * 10))


def test_plain_text_renders_no_markdown():
    from reports.common import plain

    shown = plain("![p](http://h/p.png) $5 to $10 # x <b>bold</b> :red[y] :material/home:\nline")
    # every character with a meaning in Markdown is an entity, which Markdown prints as is; HTML is escaped
    assert not set("![]()$#:") & set(shown.replace("&#", "").replace(";", ""))
    assert "&lt;b&gt;" in shown and "\n" not in shown
    import html

    assert html.unescape(shown) == "![p](http://h/p.png) $5 to $10 # x <b>bold</b> :red[y] :material/home: line"


@pytest.mark.parametrize("name", ["../../x.toml", "..", "/etc/passwd", "..\\..\\x.toml", ".hidden", "a/../../b", ""])
def test_uploads_are_written_inside_their_folder(tmp_path, name):
    from reports.common import upload_path

    p = upload_path(tmp_path, name)
    assert p.parent == tmp_path.resolve() and not p.name.startswith(".")


def test_an_uploaded_pack_is_checked_before_it_is_kept(tmp_path):
    from reports.common import LexiconError, save_pack

    folder = tmp_path / "packs"
    with pytest.raises(LexiconError, match="field `color` must be a CSS colour"):
        save_pack(FakeUpload("../evil.toml", b'schema = "newsaudit.pack/1"\n[pack]\nid = "x"\n[[side]]\nid = "a"\n'
                                               b'color = 123\n'), folder)
    assert not list(tmp_path.rglob("*.toml"))  # nothing written for an invalid pack
    pack, path = save_pack(FakeUpload("../evil.toml", b'schema = "newsaudit.pack/1"\n[pack]\nid = "mine"\n'), folder)
    assert pack.id == "mine" and path.parent == folder.resolve() and path.name.startswith("mine-")
    assert [p.name for p in tmp_path.rglob("*.toml")] == [path.name]


def test_methods_page_gives_scores_limits_and_definitions():
    at = run_page("reports/methods.py")
    frames = [df.value for df in at.dataframe]
    scores = next(f for f in frames if "precision %" in f.columns)
    assert list(scores["F1 %"]) == ["75.0", "70.6", "69.1"]
    assert any("Voice share" in " ".join(map(str, f.get("figure", []))) for f in frames)
    assert any("English only" in m.value for m in at.markdown)


def test_stories_page_puts_outlets_side_by_side(parser):
    at = run_page("reports/stories.py")
    options = at.selectbox(key="story_pick").options
    assert len(options) == 3 and any("3 outlets" in o for o in options)  # the bundled sample's aid story
    side = next(df.value for df in at.dataframe if "who is quoted" in df.value.columns)
    assert side.shape[0] >= 2 and "sides voiced" in side.columns
