"""The Ray engine on a local loopback Ray: the same rows as the local engine, failures as rows, and every
socket Ray opens listening on the loopback interface only."""
from __future__ import annotations

import ipaddress
import os

import pytest

import audit
from test_engine import corpus, rows

pytest.importorskip("ray", reason="the Ray engine is the optional extra newsaudit[ray]")


def _loopback(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%")[0])
    mapped = getattr(addr, "ipv4_mapped", None)
    return addr.is_loopback or (mapped is not None and mapped.is_loopback)


def _listening() -> list[tuple[str, int, str]]:
    """(address, port, process) of every listening socket of this process and its descendants (Ray's GCS,
    raylet, agents and workers are all started under the driver)."""
    import psutil

    me = psutil.Process()
    procs = {p.pid: p for p in [me, *me.children(recursive=True)]}
    out = []
    for c in psutil.net_connections(kind="inet"):
        if c.status == psutil.CONN_LISTEN and c.pid in procs:
            try:
                name = procs[c.pid].name()
            except psutil.Error:
                name = "?"
            out.append((c.laddr.ip, c.laddr.port, name))
    return out


@pytest.mark.slow
def test_ray_gives_the_local_rows_on_loopback_only(parser, tmp_path):
    texts = corpus(20)
    local = audit.audit(texts, out=tmp_path / "local", chunk_size=4, workers=1, n_boot=20)
    sockets: list = []

    def peek(summary, tally):
        if not sockets:
            sockets.extend(_listening())

    res = audit.audit(texts, out=tmp_path / "ray", chunk_size=4, workers=2, n_boot=20, engine="ray", on_chunk=peek)
    assert res.meta["engine"]["kind"] == "ray" and res.meta["engine"]["workers"] == 2
    assert rows(res).equals(rows(local))
    assert res.articles.sort("article_id").equals(local.articles.sort("article_id"))
    assert "binary" in res.articles.filter(res.articles["article_id"] == "broken")["error"][0]
    names = {n for _, _, n in sockets}
    assert any("raylet" in n for n in names) and any("gcs_server" in n for n in names), sockets
    wide = [s for s in sockets if not _loopback(s[0])]
    assert not wide, f"Ray sockets listening beyond loopback: {wide}"
    assert not (tmp_path / "ray" / ".inputs").exists() and os.environ.get("RAY_USAGE_STATS_ENABLED") == "0"
