package org.quarksbench.compare.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quarksbench.compare.ComparisonReport;

/**
 * Writes a comparison as JSON: {@code result} ({@code ok} or {@code regression}), {@code failures} (one
 * sentence per failed check) and {@code report}, the full {@link ComparisonReport} with record component
 * names as field names. A missing value is {@code null}.
 */
public final class JsonReportWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReportWriter() {}

  public static void write(ComparisonReport report, Writer out) throws IOException {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("result", report.hasRegression() ? "regression" : "ok");
    document.put("failures", report.failures());
    document.put("report", report);
    MAPPER.writeValue(out, document);
  }
}
