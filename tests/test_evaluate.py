"""The scorer's matching rules on small hand-made gold/prediction pairs."""

from __future__ import annotations

import argparse
import json

from vnextract import evaluate


def _doc(gold, pred, text="Tổng kim ngạch xuất khẩu đạt 98,6 tỷ USD."):
    return evaluate._Doc("t", text, gold, pred)


def test_quantities_align_in_order_and_units_must_agree():
    gold = {"quantities": [
        {"text": "98,6 tỷ USD", "value": 98.6e9, "unit": "USD"},
        {"text": "6,1%", "value": 6.1, "unit": "%"},
        {"text": "4.189 chợ", "value": 4189, "unit": "chợ"},
    ]}
    pred = {"quantities": [
        {"text": "98,6 tỷ USD", "value": 98.6e9, "unit": "VND", "start": 0},  # wrong unit
        {"text": "6,1%", "value": 6.1, "unit": "%", "start": 10},
        {"text": "4.189 chợ", "value": 4189, "unit": "chợ đang hoạt động", "start": 20},  # counted noun prefix
    ]}
    scores, errors = {}, []
    evaluate.score_doc(_doc(gold, pred), ["quantities"], scores, errors)
    s = scores["quantities"]
    assert (s.tp, s.gold, s.pred) == (2, 3, 3)
    assert {e.kind for e in errors} == {"miss", "false positive"}


def test_ranges_compare_min_and_max():
    assert evaluate._qty_match({"min": 7, "max": 8, "unit": "%"}, {"min": 7.0, "max": 8.0, "unit": "%"})
    assert not evaluate._qty_match({"min": 7, "max": 8, "unit": "%"}, {"value": 7.5, "unit": "%"})


def test_sets_and_official_accuracy():
    gold = {"officials": [{"name": "Phan Thị Thắng", "title": "Thứ trưởng", "org": "Bộ Công Thương"},
                          {"name": "Cao Tường Huy", "title": "Quyền Chủ tịch", "org": "UBND tỉnh Quảng Ninh"}]}
    pred = {"officials": [{"name": "Phan Thị Thắng", "title": "Thứ trưởng", "org": "Bộ Công thương", "start": 0},
                          {"name": "Đức Hiếu", "title": None, "org": None, "start": 5}]}
    scores, errors = {}, []
    evaluate.score_doc(_doc(gold, pred), ["officials"], scores, errors)
    s = scores["officials"]
    assert (s.tp, s.gold, s.pred) == (1, 2, 2)
    assert s.extra["title"] == [1, 1] and s.extra["org"] == [1, 1]  # case-folded org matches
    assert round(s.f1, 3) == 0.5


def test_indicators_need_quantity_and_name_overlap():
    g = {"name": "tổng kim ngạch xuất khẩu", "quantity": {"value": 98.6e9, "unit": "USD"},
         "change": {"value": 6.1, "unit": "%", "direction": "decrease"}, "period": "2023-H1", "status": "estimate"}
    p_ok = dict(g, name="kim ngạch xuất khẩu", start=0, period={"value": "2023-H1"})
    p_bad_name = dict(g, name="tổng mức bán lẻ hàng hóa", start=0)
    assert evaluate._indicator_match(g, p_ok)
    assert not evaluate._indicator_match(g, p_bad_name)
    scores, errors = {}, []
    evaluate.score_doc(_doc({"indicators": [g]}, {"indicators": [p_ok]}), ["indicators"], scores, errors)
    assert scores["indicators"].extra["period"] == [1, 1]
    assert scores["indicators"].extra["status"] == [1, 1]


def test_cli_prints_table_and_errors(tmp_path, capsys):
    (tmp_path / "gold").mkdir()
    (tmp_path / "a.txt").write_text("Ngày 28/7/2023, Bộ Công Thương họp tại Quảng Ninh.", encoding="utf-8")
    (tmp_path / "gold" / "a.json").write_text(json.dumps({
        "doc": "a.txt", "published": "2023-07-28",
        "dates": [{"text": "28/7/2023", "value": "2023-07-28"}],
        "provinces": [{"name": "Hà Nội"}],
    }, ensure_ascii=False), encoding="utf-8")
    args = argparse.Namespace(gold_dir=str(tmp_path), field=["dates", "provinces"], show_errors=True, json=False,
                              against="vnextract")
    assert evaluate.run_cli(args) == 0
    out = capsys.readouterr().out
    assert "provinces" in out and "miss: Hà Nội" in out
    # A false positive is shown with the sentence it sits in.
    assert "false positive: Quảng Ninh" in out
    assert "in: Ngày 28/7/2023, Bộ Công Thương họp tại Quảng Ninh." in out


def test_missing_gold_dir_is_a_clear_error(tmp_path, capsys):
    args = argparse.Namespace(gold_dir=str(tmp_path / "nope"), field=None, show_errors=False, json=False,
                              against="vnextract")
    assert evaluate.run_cli(args) == 2
    assert "no gold files" in capsys.readouterr().err


def test_dates_found_when_years_are_not_compared():
    # "ngày 5/12" read as 2016-12-05 where the reader knew 2017: a miss and a false positive for
    # F1, but found when years are blanked; "tháng 3" read as a day is missed either way
    gold = {"published": None, "dates": [{"text": "ngày 5/12", "value": "2017-12-05"},
                                         {"text": "tháng 3", "value": "XXXX-03"}]}
    pred = {"dates": [{"text": "ngày 5/12", "value": "2016-12-05"},
                      {"text": "tháng 3", "value": "XXXX-03-01"}]}
    scores = {}
    evaluate.score_doc(_doc(gold, pred), ["dates"], scores, [])
    assert scores["dates"].tp == 0
    assert scores["dates"].extra["found any year"] == [1, 2]
    assert evaluate._without_year("2016-11/2017-02") == "Y-11/Y-02"


def test_inferred_year_of_articles_without_a_publication_date():
    def score(gold_inferred, pred_timex, published=None):
        gold = {"published": published, "published_inferred": gold_inferred, "dates": []}
        pred = {"dates": [], "published_inferred": None if pred_timex is None else {"timex": pred_timex}}
        scores = {}
        evaluate.score_doc(_doc(gold, pred), ["dates"], scores, [])
        return scores["dates"].extra.get("inferred year")

    assert score("2017-05", "2017-05-11") == [1, 1]        # the year is what is compared
    assert score("XXXX-06-08", "XXXX-06-08") == [1, 1]
    assert score(None, "XXXX-06-07") == [1, 1]             # both say the year is unknown
    assert score("2017", None) == [0, 1]
    assert score("XXXX-02-10", "2016-02-10") == [0, 1]
    assert score("2017", "2017", published="2017-06-30") is None  # only without a given date


def test_eval_scores_every_component():
    """``evaluate.FIELDS`` is the order the score table prints the pipeline's components in; it
    names each of ``pipeline.COMPONENTS`` once, so a new component cannot go unscored."""
    from vnextract import pipeline

    assert sorted(evaluate.FIELDS) == sorted(pipeline.COMPONENTS)
