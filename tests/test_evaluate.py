from audit.evaluate import load_polnear, match_spans, read_ann


def test_read_ann_discontinuous_and_missing_source(tmp_path):
    p = tmp_path / "x_a1.ann"
    p.write_text("T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 12;20 25\tabcd fghij\n"
                 "T4\tAttribution 3 7\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
                 "T5\tCue 30 34\tsaid\nT6\tContent 35 40\tthing\nE2\tAttribution-no-source:T5 Content:T6 Cue:T5\n")
    a, b = read_ann(p)
    assert a.source == [(0, 2)] and a.content == [(8, 12), (20, 25)]
    assert b.source is None and b.cue == [(30, 34)]


def test_partial_match_is_one_to_one_word_jaccard():
    text = "The official said that the talks had failed badly today."
    gold = [[(18, 55)]]  # that the talks had failed badly today
    pred = [[(23, 49)], [(18, 55)]]  # the talks had failed badly / the same as gold
    assert match_spans(text, gold, pred, "partial") == [(0, 1)]
    assert match_spans(text, gold, [[(23, 49)]], "partial") == [(0, 0)]  # 5/7 words ≥ 0.5
    assert match_spans(text, gold, [[(23, 32)]], "partial") == []  # 2/7 words < 0.5
    assert match_spans(text, gold, [[(18, 56)]], "exact") == []
    assert match_spans(text, [[(18, 55)]], [[(18, 55)]], "exact") == [(0, 0)]


def test_loads_first_annotator(tmp_path):
    root = tmp_path / "polnear"
    (root / "dev" / "attributions").mkdir(parents=True)
    (root / "dev" / "text").mkdir()
    (root / "dev" / "text" / "pub_2016_x.txt").write_text("He said yes.")
    (root / "dev" / "attributions" / "pub_2016_x_bb.ann").write_text("")
    (root / "dev" / "attributions" / "pub_2016_x_aa.ann").write_text(
        "T1\tSource 0 2\tHe\nT2\tCue 3 7\tsaid\nT3\tContent 8 11\tyes\nE1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n")
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\tpublisher\ndev\tpub_2016_x\tbb|aa\tpub\n")
    (art,) = load_polnear(root, "dev")
    assert art.gold == []  # bb is listed first
    (root / "metadata.tsv").write_text("compartment\tfilename\tannotators\tpublisher\ndev\tpub_2016_x\taa|bb\tpub\n")
    (art,) = load_polnear(root, "dev")
    assert len(art.gold) == 1 and art.publisher == "pub"


def test_real_polnear_reads(shared):
    arts = load_polnear(shared / "data" / "polnear", "dev", limit=5)
    assert len(arts) == 5 and all(a.gold for a in arts)
    for a in arts:
        for g in a.gold:
            for s, e in g.content or []:
                assert 0 <= s < e <= len(a.text)


def test_punctuation_only_cues_match_themselves():
    # "Pat Caddell: Democrats worried" (a headline colon) and "“…” ― Sonya" (a testimonial dash)
    text = "Pat Caddell: Democrats worried. “We won” ― Sonya"
    colon, dash = (11, 12), (text.index("―"), text.index("―") + 1)
    assert sorted(match_spans(text, [[colon], [dash]], [[dash], [colon]], "partial")) == [(0, 1), (1, 0)]
    assert match_spans(text, [[colon]], [[(13, 22)]], "partial") == []
