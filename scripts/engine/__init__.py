"""The build engine: streaming, incremental, parallel builds of large packages (issue 13).

``articles`` runs the per-article stage (read, extract, annotate, render rows) and keys its result
by the article's inputs and the extractor's version (``fingerprint``); ``cache`` keeps those results
between builds; ``runtime`` maps the per-article and per-part stages over a Dask cluster (local
processes, or an existing ``dask.distributed`` scheduler) or in-process; ``layout`` groups articles
into shards whose parts are bounded in size; ``build`` streams the corpus through them into the
package folder; ``check`` validates a package shard by shard, proving by hashes that its rows equal
an extraction made with the current extractor.
"""
