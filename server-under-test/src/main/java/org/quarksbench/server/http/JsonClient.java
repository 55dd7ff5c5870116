package org.quarksbench.server.http;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BiConsumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/** Node-to-node JSON calls over OkHttp. Thread-safe; one instance per node. */
public final class JsonClient implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");

  private final OkHttpClient client;

  /**
   * Creates a client.
   *
   * @param retryOnConnectionFailure whether OkHttp may send a request again on a failed or stale pooled
   *     connection. Set it only for idempotent calls, because the first attempt may have reached the server.
   */
  public JsonClient(Duration callTimeout, int maxConcurrentCalls, boolean retryOnConnectionFailure) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConcurrentCalls);
    dispatcher.setMaxRequestsPerHost(maxConcurrentCalls);
    this.client = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .callTimeout(callTimeout)
        .retryOnConnectionFailure(retryOnConnectionFailure)
        .build();
  }

  /** A response: the status and the body bytes. */
  public record Reply(int status, byte[] body) {
    public boolean isSuccessful() {
      return status >= 200 && status < 300;
    }

    public <T> T bodyAs(Class<T> type) {
      return Json.fromBytes(body, type);
    }
  }

  /** POSTs {@code body} as JSON and waits for the reply. */
  public Reply post(String url, Object body) throws IOException {
    try (Response response = client.newCall(postRequest(url, body)).execute()) {
      return toReply(response);
    }
  }

  public Reply get(String url) throws IOException {
    try (Response response = client.newCall(new Request.Builder().url(url).get().build()).execute()) {
      return toReply(response);
    }
  }

  /**
   * POSTs {@code body} as JSON without waiting; {@code callback} gets the reply or the failure (the other
   * argument null), on an OkHttp thread.
   */
  public void postAsync(String url, Object body, BiConsumer<Reply, IOException> callback) {
    enqueue(client.newCall(postRequest(url, body)), callback);
  }

  public void getAsync(String url, BiConsumer<Reply, IOException> callback) {
    enqueue(client.newCall(new Request.Builder().url(url).get().build()), callback);
  }

  /** Calls queued or running. */
  public int callsInFlight() {
    return client.dispatcher().runningCallsCount() + client.dispatcher().queuedCallsCount();
  }

  private static void enqueue(Call call, BiConsumer<Reply, IOException> callback) {
    call.enqueue(new Callback() {
      @Override
      public void onFailure(Call failed, IOException e) {
        callback.accept(null, e);
      }

      @Override
      public void onResponse(Call done, Response response) {
        Reply reply;
        try (response) {
          reply = toReply(response);
        } catch (IOException e) {
          callback.accept(null, e);
          return;
        }
        callback.accept(reply, null);
      }
    });
  }

  private static Request postRequest(String url, Object body) {
    return new Request.Builder().url(url).post(RequestBody.create(Json.toBytes(body), JSON)).build();
  }

  private static Reply toReply(Response response) throws IOException {
    ResponseBody body = response.body();
    return new Reply(response.code(), body == null ? new byte[0] : body.bytes());
  }

  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }
}
