package org.quarksbench.report.log;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * Big-endian primitives read from a stream through one buffer, with the byte position of the next read.
 *
 * <p>{@link java.io.DataInputStream} would do the decoding but hides the position, which every error message
 * and the truncation warning need. An {@link EOFException} means the stream ended inside a value.
 */
final class BinaryLogInput {
  private static final int BUFFER_BYTES = 1 << 16;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER_BYTES];
  private int limit;
  private int index;
  private long bufferStartPosition;

  BinaryLogInput(InputStream in) {
    this.in = in;
  }

  /** Returns the offset in the stream of the next byte to be read. */
  long position() {
    return bufferStartPosition + index;
  }

  /** Returns true when no byte is left; reads ahead to find out. */
  boolean atEnd() throws IOException {
    return index == limit && !fill();
  }

  byte readByte() throws IOException {
    if (index == limit && !fill()) {
      throw new EOFException();
    }
    return buffer[index++];
  }

  int readInt() throws IOException {
    if (limit - index >= 4) {
      int value =
          (buffer[index] & 0xff) << 24
              | (buffer[index + 1] & 0xff) << 16
              | (buffer[index + 2] & 0xff) << 8
              | (buffer[index + 3] & 0xff);
      index += 4;
      return value;
    }
    return (readByte() & 0xff) << 24 | (readByte() & 0xff) << 16 | (readByte() & 0xff) << 8 | (readByte() & 0xff);
  }

  long readLong() throws IOException {
    return ((long) readInt() << 32) | (readInt() & 0xffffffffL);
  }

  void readFully(byte[] target, int length) throws IOException {
    int copied = 0;
    while (copied < length) {
      if (index == limit && !fill()) {
        throw new EOFException();
      }
      int chunk = Math.min(length - copied, limit - index);
      System.arraycopy(buffer, index, target, copied, chunk);
      index += chunk;
      copied += chunk;
    }
  }

  void skip(long length) throws IOException {
    long left = length;
    while (left > 0) {
      if (index == limit && !fill()) {
        throw new EOFException();
      }
      int chunk = (int) Math.min(left, limit - index);
      index += chunk;
      left -= chunk;
    }
  }

  private boolean fill() throws IOException {
    bufferStartPosition += limit;
    index = 0;
    limit = 0;
    int read;
    do {
      read = in.read(buffer, 0, buffer.length);
    } while (read == 0);
    if (read < 0) {
      return false;
    }
    limit = read;
    return true;
  }
}
