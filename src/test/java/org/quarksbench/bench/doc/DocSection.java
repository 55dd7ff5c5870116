package org.quarksbench.bench.doc;

/** One generated part of docs/benchmarks.md, kept between its own pair of markers. */
interface DocSection {
  /** Returns the marker name, which is also the section name in {@code runs.tsv}. */
  String id();

  /** Renders the section's Markdown, heading included, from the results of one suite run. */
  String render(SuiteResults results);
}
