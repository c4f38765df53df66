package dev.reactivator.core;

import dev.reactivator.core.data.Field;
import dev.reactivator.core.data.RowProblem;
import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.spi.TransactionSink;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Hands a source's events to another sink on a second thread, in batches and in order, so that
 * parsing (the source, on the caller's thread) and merging (the builder, on the merge thread) run
 * at the same time. Every event reaches the target in the order the source sent it; the target sees
 * one thread only. A failure on either side stops both and is rethrown on the caller's thread by
 * {@link #finish()}.
 */
final class PipelinedSink implements TransactionSink {
  private static final int BATCH = 2048;
  private static final Object[] END = new Object[0];

  private record Begin(Set<Field> columns, Map<String, String> details) {}

  private record Refund(long line, double amount) {}

  private record RefundOf(
      long line,
      double amount,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email) {}

  private record Reject(RowProblem problem) {}

  private record Warn(RowProblem problem) {}

  private record Progress(double fraction) {}

  private final TransactionSink target;
  private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(8);
  private final Thread consumer;
  private volatile Throwable failure;
  private Object[] batch = new Object[BATCH];
  private int size;

  PipelinedSink(TransactionSink target) {
    this.target = target;
    this.consumer = new Thread(this::consume, "reactivator-merge");
    consumer.setDaemon(true);
    consumer.start();
  }

  @Override
  public void begin(Set<Field> columns, Map<String, String> details) {
    add(new Begin(columns, details));
  }

  @Override
  public void accept(SourceRow row) {
    add(row);
  }

  @Override
  public void refund(long line, double amount) {
    add(new Refund(line, amount));
  }

  @Override
  public void refund(
      long line,
      double amount,
      Optional<String> customerId,
      Optional<String> phone,
      Optional<String> email) {
    add(new RefundOf(line, amount, customerId, phone, email));
  }

  @Override
  public void reject(RowProblem problem) {
    add(new Reject(problem));
  }

  @Override
  public void warn(RowProblem problem) {
    add(new Warn(problem));
  }

  @Override
  public void progress(double fraction) {
    add(new Progress(fraction));
  }

  private void add(Object event) {
    batch[size++] = event;
    if (size == BATCH) {
      put(batch);
      batch = new Object[BATCH];
      size = 0;
    }
  }

  private void put(Object[] b) {
    try {
      while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
        rethrowFailure();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while loading", e);
    }
    rethrowFailure();
  }

  /**
   * Delivers what is left, waits for the merge thread and rethrows its failure, if any.
   *
   * @throws RuntimeException or Error as thrown by the target sink
   */
  void finish() {
    if (size > 0) {
      put(Arrays.copyOf(batch, size));
      size = 0;
    }
    put(END);
    join();
    rethrowFailure();
  }

  /** Stops the merge thread after a failure of the source; the source's failure stays the one. */
  void abandon() {
    failure = failure == null ? new CancellationMarker() : failure;
    queue.clear();
    queue.offer(END);
    join();
  }

  private void join() {
    boolean interrupted = false;
    while (true) {
      try {
        consumer.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void rethrowFailure() {
    Throwable t = failure;
    if (t == null || t instanceof CancellationMarker) {
      return;
    }
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IllegalStateException(t);
  }

  private void consume() {
    try {
      while (true) {
        Object[] b = queue.take();
        if (b == END || failure != null) {
          return;
        }
        for (Object e : b) {
          deliver(e);
        }
      }
    } catch (Throwable t) {
      failure = t;
    }
  }

  private void deliver(Object e) {
    if (e instanceof SourceRow row) {
      target.accept(row);
    } else if (e instanceof Refund r) {
      target.refund(r.line(), r.amount());
    } else if (e instanceof RefundOf r) {
      target.refund(r.line(), r.amount(), r.customerId(), r.phone(), r.email());
    } else if (e instanceof Reject r) {
      target.reject(r.problem());
    } else if (e instanceof Warn w) {
      target.warn(w.problem());
    } else if (e instanceof Progress p) {
      target.progress(p.fraction());
    } else if (e instanceof Begin b) {
      target.begin(b.columns(), b.details());
    }
  }

  /** Marks a merge thread stopped because the source failed. */
  private static final class CancellationMarker extends Throwable {
    private static final long serialVersionUID = 1L;

    CancellationMarker() {
      super(null, null, false, false);
    }
  }
}
