package dev.reactivator.core.segment.internal;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The purchase columns of a base keyed by product category ({@link PurchaseColumns#byKey}): the one
 * product → category mapping every by-category view reads. Category ids are the base's; the
 * products without a category share one more key, named {@code category.none} in the base's
 * language ("Без категории"), present only when such a product exists (a category of that name in
 * the data takes them instead). Not part of the public API.
 *
 * @param columns the purchases with each product replaced by its category
 * @param names the name of every key, by key id
 */
public record CategoryColumns(PurchaseColumns columns, List<String> names) {

  /** The keyed columns of the bases in use. */
  private static final Memo<CustomerBase, CategoryColumns> MEMO = new Memo<>();

  /**
   * Checks the components and copies the list.
   *
   * @param columns the purchases with each product replaced by its category
   * @param names the name of every key, by key id
   */
  public CategoryColumns {
    Objects.requireNonNull(columns, "columns");
    names = List.copyOf(names);
  }

  /**
   * The category columns of {@code base}, or empty when no product has a category.
   *
   * @param base the customer base
   * @return the keyed columns, computed once per base
   */
  public static Optional<CategoryColumns> of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    if (!base.hasCategories()) {
      return Optional.empty();
    }
    return Optional.of(MEMO.get(base, CategoryColumns::read));
  }

  private static CategoryColumns read(CustomerBase base) {
    List<String> names = new ArrayList<>(base.categoryNames());
    String label = Messages.get(base.locale(), "category.none");
    // a category the data already calls "Без категории" takes the products without one
    int existing = names.indexOf(label);
    int none = existing >= 0 ? existing : names.size();
    int[] keyOf = new int[base.productCount()];
    boolean uncategorised = false;
    for (int p = 0; p < keyOf.length; p++) {
      var g = base.productCategory(p);
      keyOf[p] = g.orElse(none);
      uncategorised |= g.isEmpty();
    }
    if (uncategorised && existing < 0) {
      names.add(label);
    }
    return new CategoryColumns(PurchaseColumns.of(base).byKey(keyOf, names.size()), names);
  }
}
