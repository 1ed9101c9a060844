"""Evaluation: how well and how fast the system answers — the eval set scored for this system and the
baselines (`scorer`, `baselines`, `report`: `kb eval`), what is covered and tested (`coverage`), and the
machine measures of `kb bench` (`bench`, with the scale curve in `scale`)."""
