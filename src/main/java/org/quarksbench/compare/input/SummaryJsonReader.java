package org.quarksbench.compare.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quarksbench.InvalidInputException;
import org.quarksbench.compare.gate.Precision;
import org.quarksbench.report.summary.EndpointSummary;
import org.quarksbench.report.summary.ReportSummary;

/**
 * Reads quarks-bench's {@code summary.json}: one {@link ReportSummary} object, or an array of them (one per
 * scenario). Only schema version 1 is accepted; unknown fields are ignored so that later additions still
 * read. Values are exact, so the result has {@link Precision#EXACT}.
 */
public final class SummaryJsonReader {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
      .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

  private SummaryJsonReader() {}

  public static LoadedReport read(Path file) {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      JsonLocation location = e.getLocation();
      String where = location == null ? "" : " at line " + location.getLineNr() + " column " + location.getColumnNr();
      throw new InvalidInputException(file + " is not valid JSON" + where + ": " + e.getOriginalMessage()
          + ". Pass a summary.json written by quarks-bench, or set --format for another kind.", e);
    } catch (IOException e) {
      throw new InvalidInputException("failed to read " + file + ": " + e.getMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidInputException(file + " is empty; expected a summary.json written by quarks-bench.");
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
    } else {
      nodes.add(root);
    }
    if (nodes.isEmpty()) {
      throw new InvalidInputException(file + " contains an empty array; expected at least one scenario summary.");
    }
    List<ReportSummary> summaries = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      summaries.add(summaryOf(file, nodes.get(i), nodes.size() > 1 ? " (array element " + i + ")" : ""));
    }
    return new LoadedReport(file, InputFormat.JSON, Precision.EXACT, summaries, List.of());
  }

  private static ReportSummary summaryOf(Path file, JsonNode node, String where) {
    if (!node.isObject()) {
      throw new InvalidInputException(file + where + " is not a JSON object; expected a quarks-bench summary.");
    }
    JsonNode version = node.get("schemaVersion");
    if (version == null || !version.isInt()) {
      throw new InvalidInputException(file + where + " has no integer 'schemaVersion', so it is not a"
          + " quarks-bench summary.json. Pass the summary.json of a run folder, or set --format for another kind.");
    }
    if (version.asInt() != 1) {
      throw new InvalidInputException(file + where + " has schemaVersion " + version.asInt() + ", but this"
          + " quarks-bench reads version 1 only. Compare it with the quarks-bench version that wrote it.");
    }

    ReportSummary summary;
    try {
      summary = MAPPER.treeToValue(node, ReportSummary.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException(file + where + " does not match the summary.json schema: "
          + e.getOriginalMessage() + ".", e);
    }
    if (summary.aggregated() == null || summary.endpoints() == null) {
      throw new InvalidInputException(file + where + " lacks the 'aggregated' or 'endpoints' field of a"
          + " summary.json.");
    }

    List<EndpointSummary> rows = new ArrayList<>(summary.endpoints());
    rows.add(summary.aggregated());
    for (EndpointSummary row : rows) {
      if (row == null || row.name() == null || row.percentiles() == null) {
        throw new InvalidInputException(file + where + " has an endpoint without 'name' or 'percentiles'.");
      }
    }

    String scenario = summary.scenario() == null ? "" : summary.scenario();
    String percentileMode = summary.percentileMode() == null ? "locust" : summary.percentileMode();
    return new ReportSummary(summary.schemaVersion(), summary.gatlingVersion(), summary.simulation(), scenario,
        summary.startEpochMillis(), summary.durationSeconds(), percentileMode, summary.endpoints(),
        summary.aggregated(), summary.errors() == null ? List.of() : summary.errors());
  }
}
