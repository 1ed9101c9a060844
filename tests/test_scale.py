"""`kb bench --scale` on a tiny corpus with the stand-in embedder: the grown stores hold factor × the
chunks, are searched, and the report has its table and its PNG."""
import json
import sys
from pathlib import Path

from conftest import shared_or_skip
from fakes import HashEmbedder

from kb.evaluation.scale import ScaleCurve, write_report

QUESTIONS = ["스토킹 범죄의 처벌은?", "What is the penalty for stalking?", "잠정조치는 무엇인가요?"]


def test_the_scale_curve_of_a_tiny_corpus(ingestor, tmp_path):
    shared = shared_or_skip()
    statute = sorted((shared / "statutes").glob("스토킹범죄의처벌등에관한법률__법률*.md"))[0]
    news = sorted((shared / "news").glob("*.txt"))[0]
    report = ingestor.ingest([statute, news])
    base = report.embedded
    assert base > 10
    ingestor.index.close()
    embedder = HashEmbedder()
    queries = {q: embedder.get_query_embedding(q) for q in QUESTIONS}
    server = (Path(sys.executable).parent / "chroma").exists()
    modes = ("embedded", "server") if server else ("embedded",)
    curve = ScaleCurve(ingestor.settings, queries, tokens=5000, tokens_per_s=250.0, work=tmp_path / "scale",
                       factors=(1, 3), modes=modes)
    points = curve.run()
    assert [(p.mode, p.factor) for p in points] == [(m, f) for m in modes for f in (1, 3)]
    for point in points:
        assert point.chunks == base * point.factor  # every copy stored, none merged with its original
        assert point.embed_s == 5000 * point.factor / 250.0  # derived, from the tokens and the throughput
        assert point.store_s > 0 and point.lexical_s > 0 and point.build_s > point.embed_s
        assert 0 < point.search_p50_ms <= point.search_p95_ms
        assert point.peak_rss_mb > 50 and point.index_mb > 0
        assert (point.server_rss_mb is not None and point.server_rss_mb > 0) == (point.mode == "server")
    result = write_report(points, 250.0, tmp_path / "report")
    assert Path(result["plot"]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    table = Path(result["table"]).read_text(encoding="utf-8")
    assert table.count("| 3× |") == len(modes) and "derived" in table
    assert json.loads((tmp_path / "report" / "scale.json").read_text())["rows"][0]["chunks"] == base
