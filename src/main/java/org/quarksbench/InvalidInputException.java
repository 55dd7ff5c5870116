package org.quarksbench;

/**
 * Bad input from the user: an invalid option, a missing or corrupt file, a report of an unknown kind.
 *
 * <p>The message is shown to the user as it is, so it names the value and the fix. Commands
 * exit with {@link org.quarksbench.cli.ExitCodes#BAD_INPUT} when it reaches them.
 */
public class InvalidInputException extends RuntimeException {
  public InvalidInputException(String message) {
    super(message);
  }

  public InvalidInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
