package dev.reactivator.core.data;

import java.util.List;

/**
 * The fields of Reactivator's input contract: one row is one purchase. Each field has the header
 * names it is recognised by (Russian and English, matched case- and whitespace-insensitively).
 */
public enum Field {
  /** Person or company name; for personalisation only. */
  NAME(false, "Имя", "name"),
  /**
   * Phone; an identity key. Digits after removing {@code + ( ) - space}; RU 8XXXXXXXXXX =
   * 7XXXXXXXXXX.
   */
  PHONE(false, "Телефон", "phone"),
  /** E-mail; an identity key. Trimmed and lower-cased. */
  EMAIL(false, "Email", "E-mail", "Почта", "email"),
  /** The product, service or plan bought. Required. */
  PRODUCT(true, "Товар", "product"),
  /** The amount of this purchase. Required. */
  AMOUNT(true, "Сумма", "amount"),
  /** Days from this purchase (the customer's last) to the analysis date. */
  DAYS(false, "Дни", "День", "days"),
  /** The customer's first purchase date, {@code ДД.ММ.ГГГГ} or ISO. */
  FIRST_PURCHASE_DATE(false, "Дата первой покупки", "first_purchase_date"),
  /** Customer-level count of complaints (repeated on each row; the maximum is taken). */
  COMPLAINTS(false, "Жалоб", "complaints"),
  /** Customer-level count of support tickets. */
  TICKETS(false, "Обращений", "tickets"),
  /** Customer-level count of purchases made with a discount. */
  DISCOUNTED_PURCHASES(false, "Покупок со скидкой", "discounted_purchases"),
  /** The true date of this purchase; enables cohorts, drops and sequences. */
  PURCHASE_DATE(false, "Дата покупки", "purchase_date"),
  /** A customer id from the CRM: the strongest identity key. */
  CUSTOMER_ID(false, "ID клиента", "customer_id"),
  /**
   * The order (invoice, receipt, document) a line belongs to: lines of one customer with the same
   * order id are one purchase occasion. Without it, one customer's lines of one calendar day are
   * one occasion.
   */
  ORDER_ID(false, "Номер заказа", "order_id");

  private final boolean required;
  private final List<String> headers;

  Field(boolean required, String... headers) {
    this.required = required;
    this.headers = List.of(headers);
  }

  /**
   * Whether every file must have this column.
   *
   * @return whether every file must have this column
   */
  public boolean required() {
    return required;
  }

  /**
   * The header names this field is recognised by, the Russian template name first.
   *
   * @return the header names this field is recognised by, the Russian template name first
   */
  public List<String> headers() {
    return headers;
  }

  /**
   * The Russian header used in the template.
   *
   * @return the Russian header used in the template
   */
  public String templateHeader() {
    return headers.get(0);
  }

  /**
   * The English header, the last of {@link #headers()}.
   *
   * @return the English header, such as {@code amount}
   */
  public String englishHeader() {
    return headers.get(headers.size() - 1);
  }

  /**
   * Whether this optional, customer-level or per-row column switches features on when present.
   *
   * @return whether this optional, customer-level or per-row column switches features on when
   *     present
   */
  public boolean isOptionalFeature() {
    return this == COMPLAINTS
        || this == TICKETS
        || this == DISCOUNTED_PURCHASES
        || this == PURCHASE_DATE
        || this == CUSTOMER_ID;
  }
}
