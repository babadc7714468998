from audit.quotes import find_quotes


def inner(text):
    return [text[slice(*q.inner)] for q in find_quotes(text) if not q.title]


def test_curly_straight_guillemets_and_single():
    t = 'He said “yes.” She said "no," and «peut-être». ‘Fine,’ they said.'
    assert inner(t) == ["yes.", "no,", "peut-être", "Fine,"]


def test_curly_quote_closed_by_a_straight_mark():
    t = 'He was a “good citizen," who gave back. “No bad publicity," said Lamb. “Next,” she said.'
    assert inner(t) == ["good citizen,", "No bad publicity,", "Next,"]
    # a straight pair inside a curly quotation that closes with a curly mark stays inside it
    t = '“He said "no" to me,” Ortiz said.'
    assert inner(t) == ['He said "no" to me,']
    # writers mix the marks: a straight close after the sentence's punctuation, before a later curly close
    t = '“I disagree," said Lee. "The bottom line is the budget.”'
    assert inner(t) == ["I disagree,", "The bottom line is the budget."]


def test_straight_quote_closed_by_a_curly_mark():
    t = '"Nothing we do now will matter,” Kagan said. "Next," she said.'
    assert inner(t) == ["Nothing we do now will matter,", "Next,"]
    # a curly pair inside a straight quotation (a title) does not close it
    t = '"As “The Ledger” wrote, it is over," Ortiz said.'
    assert inner(t) == ["As “The Ledger” wrote, it is over,"]


def test_opening_mark_typed_for_the_close():
    # “…,“ after the sentence's punctuation and before a space closes the quotation; elsewhere it opens one
    t = '“Not this time,“ she said. “The council has made up its mind.”'
    assert inner(t) == ["Not this time,", "The council has made up its mind."]
    t = '“We will wait “here, at the pier,” she said.'
    assert inner(t) == ["We will wait “here, at the pier,"]


def test_apostrophes_inside_words_are_not_quotes():
    t = "Kyiv’s mayor didn’t say it. The countries’ leaders met."
    assert find_quotes(t) == []


def test_quote_continues_into_next_paragraph():
    t = "He said: “We will win.\n“The enemy will fall,” he added."
    qs = find_quotes(t)
    assert len(qs) == 2 and qs[0].group == qs[1].group and all(q.balanced for q in qs)
    assert t[slice(*qs[0].inner)] == "We will win."


def test_unclosed_quote_ends_at_paragraph_and_is_flagged():
    t = "She said “this never closes\nNext paragraph is narration."
    (q,) = find_quotes(t)
    assert not q.balanced and t[slice(*q.inner)] == "this never closes"


def test_titles_and_names_are_not_speech():
    t = 'A restaurant called “Volga” opened. The film "War and Peace" ran. He called it “a disaster.”'
    qs = find_quotes(t)
    assert [q.title for q in qs] == [True, True, False]


def test_one_giant_quote_and_no_quotes():
    assert len(find_quotes("“" + "word " * 5000 + "”")) == 1
    assert find_quotes("plain text without any marks") == []


def test_newswire_double_apostrophes_are_quotes():
    t = "''This isn't reform,'' said Ms. Lee. ''It's a tax.''\nHe said ''no.'' and left. Don't 'tis."
    qs = [q for q in find_quotes(t) if not q.title]
    assert [t[q.start:q.end] for q in qs] == ["''This isn't reform,''", "''It's a tax.''", "''no.''"]
    assert inner(t) == ["This isn't reform,", "It's a tax.", "no."]


def test_newswire_marks_with_a_nested_quotation():
    # three apostrophes: the double pair with a single quotation mark nested in it, opening or closing with it
    t = "''I would use the word 'old-school,''' said Slayton. He replied, '''College Bowl,''' and left."
    qs = [q for q in find_quotes(t) if not q.title]
    assert [t[q.start:q.end] for q in qs] == ["''I would use the word 'old-school,'''", "'''College Bowl,'''"]
    assert all(q.balanced for q in qs)


def test_two_right_single_marks_close_a_curly_quotation():
    # “… leaders,’’ he said: the close typed as two right single marks; the quotation ends there, not at the paragraph
    t = "“Such crimes raise questions about their leaders,’’ he said. Then “ok,” she said.\nNext paragraph."
    qs = [q for q in find_quotes(t) if not q.title]
    assert [t[q.start:q.end] for q in qs] == ["“Such crimes raise questions about their leaders,’’", "“ok,”"]
    assert all(q.balanced and q.has_close for q in qs)
