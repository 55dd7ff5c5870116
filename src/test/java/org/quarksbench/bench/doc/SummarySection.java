package org.quarksbench.bench.doc;

import java.util.List;
import java.util.function.ToDoubleFunction;
import org.quarksbench.bench.results.RunMeasurement;
import org.quarksbench.bench.results.Spread;

/** The ratios and goals of the latest suite run in a few lines, computed from the sections' figures. */
final class SummarySection implements DocSection {
  @Override
  public String id() {
    return "summary";
  }

  @Override
  public String render(SuiteResults results) {
    StringBuilder text = new StringBuilder("## Summary of the latest run\n\n");
    text.append("Ratios of medians from the sections below (").append(results.machineFact("date"))
        .append("). A line says \"not measured\" when the latest run left its section out.\n\n");

    Spread wrk = CapacitySection.rate(results, "wrk");
    Spread gatling = CapacitySection.rate(results, "gatling-closed");
    Spread locustHttp = CapacitySection.rate(results, "locust-httpuser");
    Spread locustFast = CapacitySection.rate(results, "locust-fasthttpuser");
    text.append("- Capacity, Gatling vs wrk (goal ≥ 0.5×): ").append(CapacitySection.verdict(gatling, wrk, 0.5)).append('\n');
    text.append("- Capacity, Gatling with `-XX:+UseParallelGC` vs wrk: ")
        .append(ratioOrNot(CapacitySection.rate(results, "gatling-closed-parallelgc"), wrk)).append('\n');
    text.append("- Capacity, Gatling vs Locust HttpUser, one process (goal ≥ 10×): ")
        .append(CapacitySection.verdict(gatling, locustHttp, 10)).append('\n');
    text.append("- Capacity, Gatling vs Locust FastHttpUser, one process: ").append(ratioOrNot(gatling, locustFast)).append('\n');
    text.append("- CPU per request, Gatling (load phase) vs wrk: ")
        .append(ratioOrNot(spread(results, "capacity", "gatling-closed", CapacitySection::loadPhaseCpuPerThousand),
            spread(results, "capacity", "wrk", RunMeasurement::cpuSecondsPerThousandRequests)))
        .append(", Locust HttpUser vs Gatling (whole processes): ")
        .append(ratioOrNot(spread(results, "capacity", "locust-httpuser", RunMeasurement::cpuSecondsPerThousandRequests),
            spread(results, "capacity", "gatling-closed", RunMeasurement::cpuSecondsPerThousandRequests)))
        .append('\n');

    for (String tool : List.of("gatling", "locust-httpuser", "locust-fasthttpuser")) {
      Spread achieved = spread(results, "many-users", tool, run -> run.requests() / ManyUsersSection.expectedRequests(run.record()));
      Spread memory = spread(results, "many-users", tool, RunMeasurement::peakResidentMegabytes);
      text.append("- Many users, ").append(tool).append(": achieved / expected requests ")
          .append(achieved == null ? "not measured" : Figures.number(achieved.median(), 2))
          .append(", peak RSS ").append(memory == null ? "not measured" : Figures.number(memory.median(), 0) + " MB")
          .append('\n');
    }

    Spread nginx = ServersSection.kneeRate(results, "nginx-static");
    text.append("- Centralized POST /readMessage vs nginx static at the knee (goal ≥ 0.3×): ")
        .append(CapacitySection.verdict(ServersSection.kneeRate(results, "centralized-read"), nginx, 0.3))
        .append(". With TCP_NODELAY in the server JVM: ")
        .append(ratioOrNot(ServersSection.kneeRate(results, "centralized-read-nodelay"), nginx)).append('\n');

    Spread mavenWall = spread(results, "overhead", "mvn-gatling-test", RunMeasurement::elapsedSeconds);
    Spread javaWall = spread(results, "overhead", "java-gatling", RunMeasurement::elapsedSeconds);
    text.append("- `mvn gatling:test` overhead beyond the run time: ")
        .append(mavenWall == null ? "not measured" : Figures.number(mavenWall.median()
            - results.of("overhead", "mvn-gatling-test").get(0).record().number("runSeconds", 0), 1) + " s")
        .append(", of which Maven itself: ")
        .append(mavenWall == null || javaWall == null ? "not measured" : Figures.number(mavenWall.median() - javaWall.median(), 1) + " s")
        .append('\n');
    text.append("- Measurement truth: ").append(TruthSection.summary(results)).append("\n");
    return text.toString();
  }

  private static Spread spread(
      SuiteResults results, String section, String caseName, ToDoubleFunction<RunMeasurement> figure) {
    return Figures.spreadOf(results.of(section, caseName), figure);
  }

  private static String ratioOrNot(Spread numerator, Spread denominator) {
    return numerator == null || denominator == null ? "not measured" : Figures.ratio(numerator, denominator);
  }
}
