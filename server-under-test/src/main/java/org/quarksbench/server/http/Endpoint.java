package org.quarksbench.server.http;

/**
 * The handler of one method and path.
 *
 * <p>A handler either responds before it returns or keeps the {@link Responder} and responds later from any
 * thread (the quarks gateway responds to a send when the block commits). A thrown {@link ApiException} becomes
 * its JSON error; any other exception becomes a 500 and is logged.
 */
@FunctionalInterface
public interface Endpoint {
  void handle(Request request, Responder responder) throws Exception;
}
