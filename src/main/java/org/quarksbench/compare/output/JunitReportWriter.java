package org.quarksbench.compare.output;

import java.io.Writer;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.quarksbench.compare.ComparisonReport;
import org.quarksbench.compare.gate.EndpointComparison;
import org.quarksbench.compare.gate.MetricComparison;
import org.quarksbench.compare.gate.Presence;
import org.quarksbench.compare.gate.RegressionMessages;
import org.quarksbench.compare.gate.ScenarioComparison;
import org.quarksbench.compare.gate.Verdict;

/**
 * Writes a comparison as JUnit XML, which CI servers show as test results.
 *
 * <p>One {@code testsuite} per scenario; one {@code testcase} per endpoint and checked metric, named after
 * the metric's key, with the endpoint as {@code classname}. A regression is a {@code failure}; a checked
 * metric that one side lacks is {@code skipped}. An endpoint found in one report only gets a test case
 * {@code present-in-both}, skipped, or failed when missing endpoints count as regressions.
 */
public final class JunitReportWriter {
  private JunitReportWriter() {}

  public static void write(ComparisonReport report, Writer out) throws XMLStreamException {
    XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    xml.writeCharacters("\n");
    xml.writeStartElement("testsuites");
    xml.writeAttribute("name", "quarks-bench compare");
    for (ScenarioComparison scenario : report.scenarios()) {
      writeSuite(xml, scenario);
    }
    xml.writeEndElement();
    xml.writeCharacters("\n");
    xml.writeEndDocument();
    xml.flush();
  }

  private static void writeSuite(XMLStreamWriter xml, ScenarioComparison scenario) throws XMLStreamException {
    List<EndpointComparison> endpoints = ComparisonRows.endpointsWithAggregated(scenario);
    int tests = 0;
    int failures = 0;
    int skipped = 0;

    for (EndpointComparison endpoint : endpoints) {
      if (endpoint.presence() != Presence.BOTH) {
        tests++;
        if (scenario.missingEndpointsFail() && endpoint.presence() == Presence.BASELINE_ONLY) {
          failures++;
        } else {
          skipped++;
        }
      }
      for (MetricComparison metric : endpoint.metrics()) {
        if (metric.verdict() == Verdict.NOT_CHECKED) {
          continue;
        }
        tests++;
        failures += metric.verdict() == Verdict.REGRESSION ? 1 : 0;
        skipped += metric.verdict() == Verdict.NOT_AVAILABLE ? 1 : 0;
      }
    }

    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", "compare " + scenario.title());
    xml.writeAttribute("tests", Integer.toString(tests));
    xml.writeAttribute("failures", Integer.toString(failures));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", Integer.toString(skipped));
    for (EndpointComparison endpoint : endpoints) {
      writeCases(xml, scenario, endpoint);
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void writeCases(XMLStreamWriter xml, ScenarioComparison scenario, EndpointComparison endpoint)
      throws XMLStreamException {
    if (endpoint.presence() != Presence.BOTH) {
      boolean fails = scenario.missingEndpointsFail() && endpoint.presence() == Presence.BASELINE_ONLY;
      String message = endpoint.label() + (endpoint.presence() == Presence.BASELINE_ONLY
          ? " is missing from the candidate" : " is missing from the baseline");
      startCase(xml, scenario, endpoint, "present-in-both");
      xml.writeEmptyElement(fails ? "failure" : "skipped");
      xml.writeAttribute("message", message);
      xml.writeEndElement();
    }
    for (MetricComparison metric : endpoint.metrics()) {
      if (metric.verdict() == Verdict.NOT_CHECKED) {
        continue;
      }
      startCase(xml, scenario, endpoint, metric.metric().key());
      if (metric.verdict() == Verdict.REGRESSION) {
        xml.writeEmptyElement("failure");
        xml.writeAttribute("type", "regression");
        xml.writeAttribute("message", RegressionMessages.describe(scenario.title(), endpoint.label(), metric));
      } else if (metric.verdict() == Verdict.NOT_AVAILABLE) {
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", "no " + metric.metric().label() + " value in "
            + (metric.baseline() == null ? "the baseline" : "the candidate"));
      }
      xml.writeEndElement();
    }
  }

  private static void startCase(XMLStreamWriter xml, ScenarioComparison scenario, EndpointComparison endpoint,
      String name) throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("classname", scenario.title() + "." + endpoint.label());
    xml.writeAttribute("name", name);
  }
}
