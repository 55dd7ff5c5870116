package org.quarksbench.report.log;

/**
 * A USER record: a virtual user started or ended.
 *
 * @param scenarioIndex index into {@link RunRecord#scenarios()}
 * @param start true when the user started, false when it ended
 * @param offsetMillis milliseconds after the run start
 */
public record UserRecord(int scenarioIndex, boolean start, int offsetMillis) {}
