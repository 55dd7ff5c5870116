package org.quarksbench.report.format;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.quarksbench.InvalidInputException;

/** The Locust console layouts the report can print. */
public enum Layout {
  /**
   * Locust 2.0.0b2 to 2.8.6: one Name column holding {@code "GET /path"}, a {@code Median} column, a leading
   * space on every line, and {@code None} as the Aggregated row's type in the percentile table.
   */
  LOCUST_2_8("locust-2.8"),
  /**
   * Locust 2.9.0 and later (checked up to 2.46.3): separate Type and Name columns, {@code Med}, no leading space.
   */
  LOCUST_2_9("locust-2.9");

  private final String optionValue;

  Layout(String optionValue) {
    this.optionValue = optionValue;
  }

  /** Returns the value of the {@code --layout} option that selects this layout. */
  public String optionValue() {
    return optionValue;
  }

  /**
   * Returns the layout named by an option value.
   *
   * @throws InvalidInputException if the value names no layout
   */
  public static Layout fromOptionValue(String value) {
    for (Layout layout : values()) {
      if (layout.optionValue.equals(value)) {
        return layout;
      }
    }
    String valid = Arrays.stream(values()).map(Layout::optionValue).collect(Collectors.joining(", "));
    throw new InvalidInputException("invalid layout '" + value + "'; use one of: " + valid + ".");
  }

  @Override
  public String toString() {
    return optionValue;
  }
}
