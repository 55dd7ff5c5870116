package org.quarksbench.server.centralized;

import java.sql.SQLException;
import org.quarksbench.server.http.ApiException;
import org.quarksbench.server.http.Request;

/** Checks the {@code token} request header against the accounts table, as the researchers' server did. */
final class TokenCheck {
  static final String HEADER = "token";

  private final MessageStore store;

  TokenCheck(MessageStore store) {
    this.store = store;
  }

  /** Throws a 403 {@link ApiException} unless the request carries the token of account {@code email}. */
  void requireToken(Request request, String email) throws SQLException {
    String token = request.header(HEADER);
    if (token == null || token.isEmpty()) {
      throw ApiException.forbidden("missing_token", "The request has no '" + HEADER
          + "' header; send the account's token in it.");
    }
    if (!store.isValidToken(email, token)) {
      throw ApiException.forbidden("invalid_token", "The token is not valid for account '" + email
          + "'; send the token of an existing account.");
    }
  }
}
