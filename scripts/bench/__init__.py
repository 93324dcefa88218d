"""Benchmarks (``make bench``): each module measures one thing and prints its table.

``newsquant`` scores the extractor on NewsQuant and measures throughput beside quantulum3. Every
accuracy or speed figure the project states comes from a module here, never from a timed test.
"""
