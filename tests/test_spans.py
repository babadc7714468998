"""SpanIndex and span_test answer exactly what a scan over the spans answers."""
import random

from audit.quotes import SpanIndex, span_test


def test_span_index_matches_a_scan():
    rng = random.Random(3)
    for _ in range(300):
        spans = []
        index = SpanIndex()
        for _ in range(rng.randint(0, 12)):
            a = rng.randint(0, 60)
            b = a + rng.randint(-2, 15)
            spans.append((a, b))
            index.add(a, b)
            for pos in range(-2, 80):
                assert index.covers(pos) == any(x <= pos < y for x, y in spans)
        test = span_test(spans)
        assert all(test(p) == any(x <= p < y for x, y in spans) for p in range(-2, 80))
