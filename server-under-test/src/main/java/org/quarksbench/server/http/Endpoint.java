package org.quarksbench.server.http;

/**
 * The handler of one method and path.
 *
 * <p>A handler either answers before it returns or keeps the {@link Responder} and answers later from any
 * thread (the quarks gateway answers a send when the block commits). A thrown {@link ApiException} becomes
 * its JSON error; any other exception becomes a 500 and is logged.
 */
@FunctionalInterface
public interface Endpoint {
  void handle(Request request, Responder responder) throws Exception;
}
