package dev.reactivator.core;

import dev.reactivator.core.internal.Messages;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/** The built-in {@link QuotaPolicy} implementations. */
final class Quotas {
  private Quotas() {}

  static final QuotaPolicy UNLIMITED =
      new QuotaPolicy() {
        @Override
        public long remaining() {
          return Long.MAX_VALUE;
        }

        @Override
        public void charge(long uniqueCustomers) {}

        @Override
        public String toString() {
          return "QuotaPolicy.unlimited()";
        }
      };

  static final class Fixed implements QuotaPolicy {
    private final AtomicLong left;

    Fixed(long units) {
      if (units < 0) {
        throw new IllegalArgumentException("units must be >= 0, was " + units);
      }
      this.left = new AtomicLong(units);
    }

    @Override
    public long remaining() {
      return left.get();
    }

    @Override
    public void charge(long uniqueCustomers) {
      if (uniqueCustomers < 0) {
        throw new IllegalArgumentException("uniqueCustomers must be >= 0, was " + uniqueCustomers);
      }
      left.updateAndGet(
          v -> {
            if (uniqueCustomers > v) {
              throw new QuotaExceededException(
                  uniqueCustomers,
                  v,
                  Messages.get(Locale.ENGLISH, "quota.exceeded", uniqueCustomers, v));
            }
            return v - uniqueCustomers;
          });
    }

    @Override
    public String toString() {
      return "QuotaPolicy.limitedTo(remaining=" + left.get() + ")";
    }
  }
}
