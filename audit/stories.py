"""The same story across outlets: articles that cover one event, found by what their texts share (TF-IDF cosine
similarity of title and lead), when they were published (a date window) and whom they quote (the speakers and
actors the parse found), so that outlets can be put side by side on one story.

Two articles are linked when their texts are similar enough (``min_similarity``), they were published within
``window_days`` of each other (where both are dated), and, below ``sure_similarity``, they share a named
speaker or actor; a story is a group of linked articles (connected components), kept when it spans two or more
outlets; groups join pair by pair from the most similar down, and only where their articles are similar on
average, so that a week of news about one place does not chain into one story. The defaults (3 days; TF-IDF
similarity 0.1, 0.085 on the same day, 0.25 without a shared name) were read on the 480-article Ukraine-war
sample: 17 multi-outlet stories (41 articles), of which 13 of the first 15 cover one event (one gathers a week of
news about one nuclear plant, one pairs two different aid stories of one day); the bundled sample's three stories
come out with 8 of their 9 articles (the slanted "Kiev again refuses peace" shares too few words). Example: a BBC and a Reuters article of the same day on "shelling of Mykolaiv", both quoting the city's
mayor, are one story; a Guardian piece on Mykolaiv a month later is not.
"""
from __future__ import annotations

import datetime as dt

import polars as pl

LEAD_CHARS = 1500  # the lead is what says which event an article covers
STORY_SCHEMA = {"article_id": pl.Utf8, "story_id": pl.Utf8, "story_articles": pl.Int64, "story_outlets": pl.Int64,
                "story_label": pl.Utf8}


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _similar(texts: list[str]):
    """Cosine similarities of the texts' TF-IDF vectors (English stop words out, sublinear term frequency)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import linear_kernel

    vec = TfidfVectorizer(stop_words="english", sublinear_tf=True, max_df=0.5, min_df=1, ngram_range=(1, 2),
                          token_pattern=r"(?u)\b[^\W\d_][\w'-]+\b")
    m = vec.fit_transform(texts)
    return linear_kernel(m, m), vec.get_feature_names_out(), m


def group_stories(articles: pl.DataFrame, people: dict[str, set[str]] | None = None, by: str = "outlet",
                  window_days: int = 3, min_similarity: float = 0.1, sure_similarity: float = 0.25,
                  same_day_similarity: float = 0.085) -> pl.DataFrame:
    """``articles``: article_id, ``by``, date, title, text. ``people``: article id → the named speakers and actors
    its attributions have. Returns one row per article in a multi-outlet story: article_id, story_id ("s001", by
    size), story_articles, story_outlets, story_label (the title of its most central article)."""
    rows = articles.filter(pl.col("text").is_not_null() & (pl.col("text").str.len_chars() > 0))
    if rows.height < 2:
        return pl.DataFrame(schema=STORY_SCHEMA)
    ids, groups = rows["article_id"].to_list(), rows[by].cast(pl.Utf8).fill_null("(none)").to_list()
    dates = [_date(d) for d in (rows["date"].to_list() if "date" in rows.columns else [None] * rows.height)]
    titles = rows["title"].fill_null("").to_list() if "title" in rows.columns else [""] * rows.height
    sim, terms, matrix = _similar([f"{t}. {t}. {x[:LEAD_CHARS]}" for t, x in zip(titles, rows["text"].to_list())])
    people = people or {}
    members = _link(sim, ids, dates, people, window_days, min_similarity, sure_similarity, same_day_similarity)
    stories = [m for m in members.values() if len({groups[i] for i in m}) >= 2]
    stories.sort(key=lambda m: (-len(m), min(ids[i] for i in m)))
    out = []
    for n, m in enumerate(stories, start=1):
        # the title of the article closest to the others says what the story is; the shared words where none has one
        centre = max(m, key=lambda i: sum(sim[i, k] for k in m))
        label = titles[centre].strip() or ", ".join(terms[k] for k in matrix[m].sum(axis=0).A1.argsort()[::-1][:4])
        for i in m:
            out.append({"article_id": ids[i], "story_id": f"s{n:03d}", "story_articles": len(m),
                        "story_outlets": len({groups[k] for k in m}), "story_label": label})
    return pl.DataFrame(out, schema=STORY_SCHEMA)


def _link(sim, ids: list[str], dates: list, people: dict[str, set[str]], window_days: int, min_similarity: float,
          sure_similarity: float, same_day_similarity: float) -> dict[int, list[int]]:
    """Groups of linked articles, joined pair by pair from the most similar down; two groups join only when their
    articles are similar on average (``min_similarity``), so that a week of news about one place does not chain
    into one story."""
    pairs = []
    for i in range(len(ids)):
        for j in range(i + 1, len(ids)):
            s = sim[i, j]
            days = abs((dates[i] - dates[j]).days) if dates[i] and dates[j] else None
            if s < (same_day_similarity if days == 0 else min_similarity) or days is not None and days > window_days:
                continue
            if s < sure_similarity and not (people.get(ids[i], set()) & people.get(ids[j], set())):
                continue
            pairs.append((s, i, j))
    group = {i: [i] for i in range(len(ids))}
    where = list(range(len(ids)))
    for s, i, j in sorted(pairs, reverse=True):
        a, b = where[i], where[j]
        if a == b:
            continue
        days = {dates[k] for k in group[a] + group[b]}
        floor = same_day_similarity if len(days) == 1 and None not in days else min_similarity
        if len(group[a]) + len(group[b]) > 2 and sim[group[a]][:, group[b]].mean() < floor:
            continue
        for k in group[b]:
            where[k] = a
        group[a] += group.pop(b)
    return group


def named_people(attributions: pl.DataFrame) -> dict[str, set[str]]:
    """Per article, the named speakers and the actors of its attributions (anonymous ones aside)."""
    if attributions.height == 0:
        return {}
    named = attributions.filter(~pl.col("anonymous") & pl.col("speaker").is_not_null())
    out: dict[str, set[str]] = {}
    for aid, speaker, actor in named.select("article_id", "speaker", "actor").iter_rows():
        out.setdefault(aid, set()).update(x.lower() for x in (speaker, actor) if x)
    return out


def story_sides(stories: pl.DataFrame, articles: pl.DataFrame, attributions: pl.DataFrame, terms: pl.DataFrame,
                by: str = "outlet", side_labels: dict[str, str] | None = None) -> pl.DataFrame:
    """One row per story and outlet: its articles, attributions, named and anonymous sources, the sides voiced,
    and the loaded terms in its own voice: the story side by side."""
    if stories.height == 0:
        return pl.DataFrame()
    arts = stories.join(articles.select("article_id", pl.col(by).cast(pl.Utf8).alias("_g")), on="article_id")
    att = attributions.join(arts.select("article_id", "story_id", "_g"), on="article_id")
    voiced = att.filter(pl.col("source_type") != "unattributed").with_columns(pl.col("side").replace(side_labels or {}))
    a = voiced.group_by("story_id", "_g").agg(
        pl.len().alias("attributions"), (~pl.col("anonymous")).sum().alias("named"),
        pl.col("anonymous").sum().alias("anonymous"),
        pl.col("speaker").filter(~pl.col("anonymous")).unique().sort().str.join(", ").alias("who is quoted"),
        pl.col("side").drop_nulls().value_counts(sort=True).alias("_sides"))
    a = a.with_columns(pl.col("_sides").list.eval(
        pl.element().struct.field("side") + ": " + pl.element().struct.field("count").cast(pl.Utf8))
        .list.join(", ").alias("sides voiced")).drop("_sides")
    t = terms.filter(pl.col("voice") == "narrator").join(arts.select("article_id", "story_id", "_g"), on="article_id") \
        .group_by("story_id", "_g").agg(pl.col("variant").unique().sort().str.join(", ").alias("loaded terms (own voice)"))
    n = arts.group_by("story_id", "_g").agg(pl.len().alias("articles"), pl.col("story_label").first())
    return n.join(a, on=["story_id", "_g"], how="left").join(t, on=["story_id", "_g"], how="left") \
        .rename({"_g": by}).sort("story_id", by)
