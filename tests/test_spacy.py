"""spaCy integration: the ``vnextract.Tokenizer.v1`` tokenizer and the ``vnextract`` component.

Entry points are only visible when vnextract is installed (``pip install -e .``); with the source
tree on PYTHONPATH alone, importing ``vnextract.spacy`` registers both, which the fixture does
when the entry points are missing so the tests still run.
"""

from __future__ import annotations

import importlib.metadata
import pickle
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402
from spacy.tokens import Doc, DocBin  # noqa: E402

import vnextract.models as M  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TTXVN = ROOT / "corpora" / "ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt"
CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "vnextract.Tokenizer.v1"}}}


def _entry_points(group: str) -> set[str]:
    return {ep.name for ep in importlib.metadata.entry_points(group=group)}


INSTALLED = "vnextract" in _entry_points("spacy_factories")


@pytest.fixture(scope="module")
def nlp():
    if not INSTALLED:  # source tree only: register by import
        import vnextract.spacy  # noqa: F401
    nlp = spacy.blank("vi", config=CONFIG)
    nlp.add_pipe("vnextract")
    return nlp


@pytest.fixture(scope="module")
def ttxvn_doc(nlp):
    return nlp(TTXVN.read_text(encoding="utf-8"))


# ---- entry points -------------------------------------------------------------------------------

@pytest.mark.skipif(not INSTALLED, reason="vnextract not pip-installed: entry points not visible")
def test_entry_points_declared():
    assert "vnextract.Tokenizer.v1" in _entry_points("spacy_tokenizers")
    assert "vnextract" in _entry_points("spacy_factories")
    assert "vnextract" in _entry_points("spacy_displacy_colors")


@pytest.mark.skipif(not INSTALLED, reason="vnextract not pip-installed: entry points not visible")
def test_found_through_entry_points_without_import():
    # A fresh interpreter that never imports vnextract: spaCy must find both by entry point.
    import subprocess

    code = (
        "import spacy, sys\n"
        f"nlp = spacy.blank('vi', config={CONFIG!r})\n"
        "nlp.add_pipe('vnextract')\n"
        "doc = nlp('Bộ Công Thương phối hợp với tỉnh Quảng Ninh.')\n"
        "print([(e.text, e.label_) for e in doc.ents], 'pyvi' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[('Bộ Công Thương', 'ORG'), ('Quảng Ninh', 'PROVINCE')] False"


# ---- tokenizer ----------------------------------------------------------------------------------

# doc.text == text for strings that break tokenizers (spaCy's own naughty-strings idea), written
# for Vietnamese press text: NFD letters, U+00D0 in "NÐ-CP", NBSP and zero-width spaces as found
# in pasted articles, CRLF, paragraph breaks, leading/trailing/multiple spaces, emoji, control
# characters, brackets without end.
NAUGHTY = [
    "",
    " ",
    "\n\n",
    "  Bộ Công Thương  ",
    "Hội nghị\n\n\nChú thích ảnh\r\nThứ trưởng",
    unicodedata.normalize("NFD", "Quyền Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy"),
    "Nghị định số 111/2015/NÐ-CP ngày 03/11/2015",
    "tăng\u00a0từ 9 -10% (đạt 843,5 nghìn tỷ đồng",
    "Quảng\u200bNinh và Hà\u200b Nội",
    "Xuất khẩu đạt 1,37 tỷUSD 🚀🚀 tăng 28,8 %",
    "\t\x00\x07 ký tự điều khiển \x1f",
    "(" * 300 + " Hà Nội " + ")" * 300,
    "a\u2028b\u2029c",
    "\ufeffNgày 28/7, tại thành phố Hạ Long",
]


@pytest.mark.parametrize("text", NAUGHTY)
def test_doc_text_is_input(nlp, text):
    doc = nlp(text)  # tokenizer and component: neither may crash or change the text
    assert doc.text == text
    assert doc._.article.text == text
    assert "".join(t.text_with_ws for t in doc) == text
    # tokens tile the text: each starts where the one before ends, with the offset spaCy reports
    pos = 0
    for t in doc:
        assert t.idx == pos and text[t.idx:t.idx + len(t.text)] == t.text
        pos += len(t.text_with_ws)
    assert pos == len(text)
    # every entity covers its record whole (alignment expands, never cuts); PER is a name inside
    # a mention, so it lies within one instead
    spans = {(r.start, r.end) for r in doc._.article.spans()}
    for ent in doc.ents:
        a, b = ent.start_char, ent.end_char
        assert any((a <= s and e <= b) if ent.label_ != "PER" else (s <= a and b <= e) for s, e in spans)


# Vietnamese words are single tokens: syllables of one word stay together; legal identifiers and
# Vietnamese numbers stay whole. Sentences from the TTXVN article
# (corpora/ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt) and dev/015.txt; the segmenter is
# statistical, so the table names the words that must be tokens and the syllables that must not.
WORDS = [
    ("Ngày 28/7, tại thành phố Hạ Long (tỉnh Quảng Ninh), Bộ Công Thương phối hợp với tỉnh Quảng "
     "Ninh tổ chức Hội nghị ngành công thương 28 tỉnh, thành phố khu vực phía Bắc lần thứ IX, năm 2023.",
     ["28/7", "thành phố", "Hạ Long", "Quảng Ninh", "Bộ Công Thương", "phối hợp", "tổ chức",
      "Hội nghị", "khu vực"],
     ["Quảng", "Ninh", "Hạ", "phối", "chức"]),
    ("Đáng lưu ý, từ ngày 1/2/2017, Việt Nam bắt đầu thực hiện thí điểm cấp thị thực điện tử "
     "(E-visa) trong hai năm (2017-2018) cho công dân 40 nước theo Nghị định 07/2017/NĐ-CP của "
     "Chính phủ ngày 25/1/2017.",
     ["07/2017/NĐ-CP", "Nghị định", "Chính phủ", "Việt Nam", "bắt đầu", "công dân", "1/2/2017"],
     ["07", "2017", "NĐ", "CP", "Nghị", "Chính"]),
    ("tổng mức bán lẻ hàng hoá và doanh thu dịch vụ tiêu dùng phấn đấu tăng \u00a0từ 9 -10% (đạt "
     "843,5 nghìn tỷ đồng), tổng kim ngạch xuất khẩu phấn đấu tăng từ7-8% (đạt 111,1 tỷUSD)",
     ["843,5", "111,1", "10%", "phấn đấu", "doanh thu", "dịch vụ", "\u00a0"],
     ["843", "111", "phấn", "đấu"]),
]


@pytest.mark.parametrize("text,words,not_words", WORDS)
def test_tokens_are_words(nlp, text, words, not_words):
    tokens = [t.text for t in nlp.make_doc(text)]
    assert [w for w in words if w not in tokens] == []
    assert [w for w in not_words if w in tokens] == []


def test_whitespace_layout_follows_spacy():
    # One space after a word is its trailing space; other whitespace is a token of its own.
    from vnextract.spacy import words_and_spaces

    text = "Hạ Long  (tỉnh\n\nQuảng Ninh) "
    spans = [(0, 7), (9, 10), (10, 14), (16, 26), (26, 27)]
    words, spaces = words_and_spaces(text, spans)
    assert words == ["Hạ Long", " ", "(", "tỉnh", "\n\n", "Quảng Ninh", ")"]
    assert spaces == [True, False, False, False, False, False, True]
    # Characters no word covers are kept as tokens, never dropped.
    assert words_and_spaces("x\u200by", [(0, 1), (2, 3)]) == (["x", "\u200b", "y"], [False] * 3)


def test_no_pyvi_needed(monkeypatch):
    # With pyvi made unimportable, spaCy's own "vi" tokenizer fails and ours works.
    monkeypatch.setitem(sys.modules, "pyvi", None)
    with pytest.raises(ImportError):
        spacy.blank("vi")
    nlp = spacy.blank("vi", config=CONFIG)
    assert [t.text for t in nlp("tỉnh Quảng Ninh")] == ["tỉnh", "Quảng Ninh"]


_VOCAB = spacy.blank("xx").vocab


@settings(max_examples=30, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aăâđêôơưAĐ hòaquảngninh\n\t.,()/%-0123456789\u00a0\u200b\u0301")),
               max_size=80))
def test_doc_text_is_input_property(text):
    from vnextract.spacy import Tokenizer

    doc = Tokenizer(_VOCAB)(text)
    assert doc.text == text


# ---- entities -----------------------------------------------------------------------------------

# (text, [(ent text, label, ent_id)]). Sentences from the project corpus, file named per case.
ENTS = [
    # corpora/ttxvn-2023-07-28-hoi-nghi-cong-thuong.txt: "Hạ Long" (a city), "phía Bắc" (a
    # region) and "lần thứ IX" (an ordinal) are not entities.
    ("Ngày 28/7, tại thành phố Hạ Long (tỉnh Quảng Ninh), Bộ Công Thương phối hợp với tỉnh Quảng "
     "Ninh tổ chức Hội nghị ngành công thương 28 tỉnh, thành phố khu vực phía Bắc lần thứ IX, năm 2023.",
     [("Ngày 28/7", "DATE", "2023-07-28"), ("Quảng Ninh", "PROVINCE", "Quảng Ninh"),
      ("Bộ Công Thương", "ORG", "Bộ Công Thương"), ("Quảng Ninh", "PROVINCE", "Quảng Ninh"),
      ("28 tỉnh", "QUANTITY", ""), ("năm 2023", "DATE", "2023")]),
    # corpora/dev/015.txt
    ("Đáng lưu ý, từ ngày 1/2/2017, Việt Nam bắt đầu thực hiện thí điểm cấp thị thực điện tử "
     "(E-visa) trong hai năm (2017-2018) cho công dân 40 nước theo Nghị định 07/2017/NĐ-CP của "
     "Chính phủ ngày 25/1/2017.",
     [("ngày 1/2/2017", "DATE", "2017-02-01"), ("2017-2018", "DATE", "2017/2018"),
      ("40 nước", "QUANTITY", ""), ("Nghị định 07/2017/NĐ-CP", "LEGAL_REF", "07/2017/NĐ-CP"),
      ("Chính phủ", "ORG", "Chính phủ"), ("ngày 25/1/2017", "DATE", "2017-01-25")]),
    # corpora/dev/005.txt: Bến Tre was merged into Vĩnh Long in 2025; the ent keeps the name used.
    ("Thanh tra Chính phủ mới đây đã chỉ rõ hàng loạt doanh nghiệp, dự án khai thác cát sỏi ở "
     "Bến Tre, Hưng Yên, Hòa Bình có rất nhiều sai phạm.",
     [("Thanh tra Chính phủ", "ORG", "Thanh tra Chính phủ"), ("Bến Tre", "PROVINCE", "Bến Tre"),
      ("Hưng Yên", "PROVINCE", "Hưng Yên"), ("Hòa Bình", "PROVINCE", "Hòa Bình")]),
    # corpora/dev/002.txt (two paragraphs): the later "Bộ trưởng Thể" gives PER "Thể" with the
    # full name as id; the title is not part of the PER span.
    ("Tại cuộc họp, Bộ trưởng GTVT Nguyễn Văn Thể đã cam kết cố gắng tối đa.\n\n"
     "Bộ trưởng Thể cho biết, theo quy định tại Nghị quyết 52/2017 của Quốc hội, Chính phủ sẽ "
     "báo cáo Ủy ban Thường vụ Quốc hội.",
     [("Nguyễn Văn Thể", "PER", "Nguyễn Văn Thể"), ("Thể", "PER", "Nguyễn Văn Thể"),
      ("Nghị quyết 52/2017", "LEGAL_REF", "52/2017"), ("Quốc hội", "ORG", "Quốc hội"),
      ("Chính phủ", "ORG", "Chính phủ"),
      ("Ủy ban Thường vụ Quốc hội", "ORG", "Ủy ban Thường vụ Quốc hội")]),
    # corpora/ttxvn-...: title + org + name gives ORG then PER; "UBND tỉnh Quảng Ninh" is one
    # ORG (the longer span wins over the PROVINCE inside it).
    ("Quyền Chủ tịch UBND tỉnh Quảng Ninh Cao Tường Huy cho biết, 6 tháng đầu năm 2023 tổng kim "
     "ngạch xuất khẩu đạt 43.489 triệu USD.",
     [("UBND tỉnh Quảng Ninh", "ORG", "UBND tỉnh Quảng Ninh"), ("Cao Tường Huy", "PER", "Cao Tường Huy"),
      ("6 tháng đầu năm 2023", "DATE", "2023-H1"), ("43.489 triệu USD", "QUANTITY", "")]),
    # corpora/ttxvn-... with the U+00D0 look-alike found in press copies: id is canonical.
    ("Căn cứ Nghị định số 111/2015/NÐ-CP ngày 03/11/2015 của Chính phủ.",
     [("Nghị định số 111/2015/NÐ-CP", "LEGAL_REF", "111/2015/NĐ-CP"),
      ("ngày 03/11/2015", "DATE", "2015-11-03"), ("Chính phủ", "ORG", "Chính phủ")]),
    # Negatives (written for this test, press style): no entity at all.
    ("Các doanh nghiệp phía Bắc cần tháo gỡ khó khăn, vướng mắc trong sản xuất kinh doanh.", []),
    ("Du khách đến Hạ Long ngắm cảnh vịnh vào cuối tuần.", []),
]


@pytest.mark.parametrize("text,expected", ENTS)
def test_ents(nlp, text, expected):
    doc = nlp(text)
    assert doc.text == text
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == expected


def test_title_alone_is_not_per(nlp):
    # corpora/dev/002.txt: "Thủ tướng" refers to Nguyễn Xuân Phúc but has no name in it.
    text = ("Thủ tướng Nguyễn Xuân Phúc chủ trì cuộc họp.\n\n"
            "Thủ tướng yêu cầu các bộ, ngành tập trung tháo gỡ vướng mắc.")
    doc = nlp(text)
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("Nguyễn Xuân Phúc", "PER")]
    assert any(m.text == "Thủ tướng" and m.start > 40
               for o in doc._.article.officials for m in o.mentions)


def test_ttxvn_article(ttxvn_doc):
    doc = ttxvn_doc
    text = TTXVN.read_text(encoding="utf-8")
    assert doc.text == text
    art = doc._.article
    assert isinstance(art, M.Article) and art.text == text
    labels = {e.label_ for e in doc.ents}
    assert labels == {"LEGAL_REF", "PROVINCE", "ORG", "PER", "QUANTITY", "DATE"}
    # Non-overlapping (spaCy enforces it) and each ent covers its record's characters.
    ents = list(doc.ents)
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:]))
    legal = [e for e in ents if e.label_ == "LEGAL_REF"]
    assert [(e.text, e.ent_id_) for e in legal] == [("Nghị định số 111/2015/NĐ-CP", "111/2015/NĐ-CP")]
    assert {e.ent_id_ for e in ents if e.label_ == "PER"} == {"Phan Thị Thắng", "Cao Tường Huy"}
    # The glued "111,1 tỷUSD" of the source is one QUANTITY.
    assert "111,1 tỷUSD" in [e.text for e in ents if e.label_ == "QUANTITY"]
    # Every record is in the span group, overlaps included; indicators too.
    group = doc.spans["vnextract"]
    assert sum(1 for s in group if s.label_ == "INDICATOR") == len(art.indicators) > 0
    assert sum(1 for s in group if s.label_ == "PROVINCE") == len(art.provinces)


# ---- the overlap rule and the alignment, on records placed by hand ------------------------------

def _article(text: str, **records) -> M.Article:
    return M.Article(id="t", text=text, **records)


def _q(text: str, s: int, e: int) -> M.Quantity:
    return M.Quantity(start=s, end=e, text=text[s:e], value=1.0)


def _run(nlp, text: str, article: M.Article, **cfg):
    from vnextract.spacy import VnextractComponent

    doc = nlp.make_doc(text)
    VnextractComponent(nlp, **cfg).set_annotations(doc, article)
    return [(e.text, e.label_) for e in doc.ents]


def test_overlap_longest_then_earliest_then_kind(nlp):
    text = "UBND tỉnh Quảng Ninh"
    prov = M.ProvinceMention(start=10, end=20, text="Quảng Ninh", name="Quảng Ninh", code="22",
                             status="current", current_name="Quảng Ninh", current_code="22")
    org = M.Organization(start=0, end=20, text=text, name=text, kind="people's committee")
    assert _run(nlp, text, _article(text, provinces=[prov], organizations=[org])) == [(text, "ORG")]
    # Same length, overlapping: the earlier one wins.
    text2 = "đạt 43.489 triệu USD"
    a, b = _q(text2, 4, 16), _q(text2, 11, 20)  # "43.489 triệu", "triệu USD" (made up)
    assert _run(nlp, text2, _article(text2, quantities=[b, a])) == [("43.489 triệu", "QUANTITY")]
    # Identical spans of two kinds: the kind earlier in COMPONENTS (dates before quantities).
    text3 = "năm 2023"
    d = M.DateMention(start=0, end=8, text=text3, value="2023", grain="year")
    assert _run(nlp, text3, _article(text3, quantities=[_q(text3, 0, 8)], dates=[d])) == [(text3, "DATE")]


def test_alignment_expands_to_tokens(nlp):
    # A record that ends inside a token covers the whole token ("expand" alignment).
    text = "Hà Nội đạt 843,5 nghìn tỷ đồng"
    doc = nlp.make_doc(text)
    assert "843,5" in [t.text for t in doc]
    art = _article(text, quantities=[_q(text, 12, 16)])  # "43,5" only
    assert _run(nlp, text, art) == [("843,5", "QUANTITY")]


def test_existing_ents_kept_unless_overwrite(nlp):
    text = "UBND tỉnh Quảng Ninh"
    org = M.Organization(start=0, end=20, text=text, name=text, kind="people's committee")
    from vnextract.spacy import VnextractComponent

    for overwrite, expected in ((False, [("Quảng Ninh", "GPE")]), (True, [(text, "ORG")])):
        doc = nlp.make_doc(text)
        doc.ents = [doc.char_span(10, 20, label="GPE")]
        VnextractComponent(nlp, overwrite_ents=overwrite).set_annotations(doc, _article(text, organizations=[org]))
        assert [(e.text, e.label_) for e in doc.ents] == expected


# ---- serialisation, multiprocessing, displaCy ---------------------------------------------------

def test_article_survives_bytes(ttxvn_doc, nlp):
    data = DocBin(docs=[ttxvn_doc], store_user_data=True).to_bytes()
    doc2 = list(DocBin().from_bytes(data).get_docs(nlp.vocab))[0]
    assert doc2._.article == ttxvn_doc._.article
    assert [(e.start, e.end, e.label_, e.ent_id_) for e in doc2.ents] == \
           [(e.start, e.end, e.label_, e.ent_id_) for e in ttxvn_doc.ents]


def test_pickle_nlp(nlp):
    nlp2 = pickle.loads(pickle.dumps(nlp))
    doc = nlp2("Bộ Công Thương phối hợp với tỉnh Quảng Ninh.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bộ Công Thương", "ORG"), ("Quảng Ninh", "PROVINCE")]


def test_pipe_two_processes(nlp):
    texts = [
        "Bộ Công Thương phối hợp với tỉnh Quảng Ninh.",
        "Căn cứ Nghị định số 111/2015/NĐ-CP ngày 03/11/2015 của Chính phủ.",
        "",
        "Xuất khẩu đạt 43.489 triệu USD, tăng 28,8% so với cùng kỳ.",
    ]
    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))
    single = [nlp(t) for t in texts]
    assert [d.text for d in docs] == texts
    assert [[(e.text, e.label_, e.ent_id_) for e in d.ents] for d in docs] == \
           [[(e.text, e.label_, e.ent_id_) for e in d.ents] for d in single]
    assert [d._.article for d in docs] == [d._.article for d in single]


def test_pipe_spawned_workers():
    # macOS, Windows and Python 3.14's forkserver pickle the pipeline into fresh interpreters.
    import subprocess

    code = (
        "import multiprocessing as mp, spacy\n"
        "if __name__ == '__main__':\n"
        "    mp.set_start_method('spawn')\n"
        "    import vnextract.spacy\n"
        f"    nlp = spacy.blank('vi', config={CONFIG!r})\n"
        "    nlp.add_pipe('vnextract')\n"
        "    texts = ['tỉnh Quảng Ninh', 'Nghị định số 111/2015/NĐ-CP']\n"
        "    docs = list(nlp.pipe(texts, n_process=2, batch_size=1))\n"
        "    print([[(e.text, e.label_) for e in d.ents] for d in docs], docs[1]._.article.legal_refs[0].number)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == (
        "[[('Quảng Ninh', 'PROVINCE')], [('Nghị định số 111/2015/NĐ-CP', 'LEGAL_REF')]] 111/2015/NĐ-CP"
    )


def test_to_disk_and_load(nlp, tmp_path):
    cfg_nlp = spacy.blank("vi", config=CONFIG)
    cfg_nlp.add_pipe("vnextract", config={"spans_key": None, "include_related": True})
    cfg_nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert loaded.config["nlp"]["tokenizer"] == {"@tokenizers": "vnextract.Tokenizer.v1"}
    pipe = loaded.get_pipe("vnextract")
    assert (pipe.spans_key, pipe.include_related) == (None, True)
    doc = loaded("Bộ Công Thương phối hợp với tỉnh Quảng Ninh.")
    assert [(e.text, e.label_) for e in doc.ents] == [("Bộ Công Thương", "ORG"), ("Quảng Ninh", "PROVINCE")]
    assert "vnextract" not in doc.spans


def test_displacy_colour_per_label(ttxvn_doc):
    from vnextract.spacy import COLORS, displacy_options

    assert len(set(COLORS.values())) == len(COLORS) == 6
    for options in ({}, displacy_options()) if INSTALLED else (displacy_options(),):
        html = displacy.render(ttxvn_doc, style="ent", options=options, jupyter=False)
        for label, colour in COLORS.items():
            marks = re.findall(r'<mark class="entity" style="background: (#\w+);[^>]*>(?:(?!</mark>).)*?'
                               r'<span style="[^"]*">' + label + "</span>", html, re.S)
            assert marks and set(marks) == {colour}, label


def test_labels_follow_the_article_record_kinds():
    # one declaration (_ENTITIES): each label marks one Article field, in Article's order (the
    # tie-break on identical spans), and has its colour
    from vnextract.models import Article
    from vnextract.spacy import COLORS, LABELS
    from vnextract.spacy.component import _KIND

    fields = [_KIND[label] for label in LABELS]
    assert fields == [f for f in Article.model_fields if f in fields]
    assert set(fields) == {"legal_refs", "provinces", "organizations", "officials", "quantities", "dates"}
    assert set(COLORS) == set(LABELS)
