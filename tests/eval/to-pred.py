#!/usr/bin/env python3
"""Article records (JSON Lines) -> one prediction file per page for
score-extraction: PRED_DIR/<page id>.json with title, body, published,
author, url, lang.  The page id is the input file's base name."""
import json
import os
import sys

articles, outdir = sys.argv[1], sys.argv[2]
os.makedirs(outdir, exist_ok=True)
with open(articles, encoding="utf-8") as fh:
    for line in fh:
        r = json.loads(line)
        pid = os.path.splitext(os.path.basename(r["file"]))[0]
        pred = {
            "title": r.get("title"),
            "body": r.get("text"),
            "published": r.get("published"),
            "author": " ".join(r.get("authors") or []) or None,
            "url": r.get("url"),
            "lang": r.get("lang"),
        }
        with open(os.path.join(outdir, pid + ".json"), "w", encoding="utf-8") as out:
            json.dump(pred, out, ensure_ascii=False)
