package org.quarksbench.report.summary;

import java.util.List;

/**
 * The machine-readable result of one scenario: the content of a Locust report, plus what Gatling knew.
 *
 * <p>It is written as {@code summary.json} beside the Locust text and CSV files, and it is what
 * {@code compare} reads from every kind of input. Field names are the JSON names; the schema is
 * documented in {@code docs/report-json.md}.
 *
 * @param schemaVersion version of this layout, 1 for now
 * @param gatlingVersion version string from the log's RUN record, or null for inputs that are not Gatling logs
 * @param simulation fully qualified simulation class, or null
 * @param scenario scenario name ({@code centralized}, {@code quarks}, or the Gatling scenario)
 * @param startEpochMillis start of the scenario's run (its first user), epoch milliseconds
 * @param durationSeconds span from the start to the end of the last request; the denominator of the rates
 * @param percentileMode {@code locust} (Locust's rounded buckets) or {@code exact} (whole milliseconds)
 * @param endpoints one entry per request name and method, in Locust's row order
 * @param aggregated the Aggregated row
 * @param errors distinct errors in first-seen order
 */
public record ReportSummary(
    int schemaVersion,
    String gatlingVersion,
    String simulation,
    String scenario,
    long startEpochMillis,
    double durationSeconds,
    String percentileMode,
    List<EndpointSummary> endpoints,
    EndpointSummary aggregated,
    List<ErrorSummary> errors) {}
