package dev.reactivator.core.data;

import java.util.List;

/**
 * The fields of Reactivator's input contract: one row is one purchase line. Each field has the
 * header names it is recognised by (matched case- and whitespace-insensitively, {@code _} read as a
 * space): the Russian template name first, the English name last, and the synonyms common exports
 * use (CRM, accounting and shop exports) in between.
 *
 * <p>Immutable and thread-safe.
 */
public enum Field {
  /** Person or company name; for personalisation only. */
  NAME(
      false,
      "Имя",
      "ФИО",
      "Контакт",
      "Основной контакт",
      "Компания",
      "Customer Name",
      "Client Name",
      "Full Name",
      "name"),
  /**
   * Phone; an identity key. Digits after removing {@code + ( ) - space}; RU 8XXXXXXXXXX =
   * 7XXXXXXXXXX.
   */
  PHONE(
      false,
      "Телефон",
      "Мобильный телефон",
      "Рабочий телефон",
      "Телефон клиента",
      "Мобильный",
      "Phone Number",
      "Telephone",
      "Mobile",
      "phone"),
  /** E-mail; an identity key. Trimmed and lower-cased. */
  EMAIL(
      false,
      "Email",
      "E-mail",
      "Почта",
      "Эл. почта",
      "Электронная почта",
      "Рабочий email",
      "Личный email",
      "Customer Email",
      "Email Address",
      "email"),
  /** The product, service or plan bought. Required. */
  PRODUCT(
      true,
      "Товар",
      "Наименование",
      "Номенклатура",
      "Услуга",
      "Продукт",
      "Наименование товара",
      "Товары",
      "Товар/услуга",
      "Description",
      "Item",
      "Product Name",
      "Item Name",
      "product"),
  /** The amount of this purchase. Required. */
  AMOUNT(
      true,
      "Сумма",
      "Сумма заказа",
      "Сумма продажи",
      "Сумма документа",
      "Сумма с НДС",
      "Бюджет",
      "Выручка",
      "Стоимость",
      "Total",
      "Revenue",
      "Sales",
      "Sum",
      "Order Total",
      "Order Amount",
      "Total Price",
      "amount"),
  /** Days from this purchase (the customer's last) to the analysis date. */
  DAYS(false, "Дни", "День", "Дней с покупки", "Recency", "days"),
  /** The customer's first purchase date, {@code ДД.ММ.ГГГГ} or ISO. */
  FIRST_PURCHASE_DATE(false, "Дата первой покупки", "first_purchase_date"),
  /** Customer-level count of complaints (repeated on each row; the maximum is taken). */
  COMPLAINTS(false, "Жалоб", "complaints"),
  /** Customer-level count of support tickets. */
  TICKETS(false, "Обращений", "tickets"),
  /** Customer-level count of purchases made with a discount. */
  DISCOUNTED_PURCHASES(false, "Покупок со скидкой", "discounted_purchases"),
  /** The true date of this purchase; enables cohorts, drops and sequences. */
  PURCHASE_DATE(
      false,
      "Дата покупки",
      "Дата",
      "Дата заказа",
      "Дата продажи",
      "Дата документа",
      "Дата чека",
      "Дата оплаты",
      "Дата закрытия",
      "Период",
      "InvoiceDate",
      "Invoice Date",
      "Order Date",
      "Date",
      "Transaction Date",
      "Sale Date",
      "purchase_date"),
  /** A customer id from the CRM: the strongest identity key. */
  CUSTOMER_ID(
      false,
      "ID клиента",
      "Клиент",
      "Контрагент",
      "Покупатель",
      "ИНН",
      "Код клиента",
      "CustomerID",
      "ClientID",
      "Client ID",
      "Client",
      "customer_id"),
  /**
   * The order (invoice, receipt, document) a line belongs to: lines of one customer with the same
   * order id are one purchase occasion. Without it, one customer's lines of one calendar day are
   * one occasion.
   */
  ORDER_ID(
      false,
      "Номер заказа",
      "Заказ",
      "Номер документа",
      "Документ",
      "Чек",
      "Номер чека",
      "Регистратор",
      "InvoiceNo",
      "Invoice",
      "Invoice No",
      "Invoice Number",
      "Invoice ID",
      "Order",
      "Order No",
      "Order Number",
      "Transaction ID",
      "Receipt",
      "order_id"),
  /**
   * The quantity of a line; with {@link #UNIT_PRICE} it gives the amount when a file has no amount
   * column.
   */
  QUANTITY(false, "Количество", "Кол-во", "Кол.", "Qty", "quantity"),
  /** The price of one unit of a line; see {@link #QUANTITY}. */
  UNIT_PRICE(false, "Цена", "Цена за единицу", "UnitPrice", "Price", "unit_price"),
  /**
   * The category (product group) of the line's product; turns on the by-category views of the
   * cohorts, the next-best-product matrix and the association rules. A product seen with several
   * categories takes its most frequent one.
   */
  CATEGORY(
      false,
      "Категория",
      "Группа товаров",
      "Категория товара",
      "Товарная группа",
      "Product Category",
      "Item Category",
      "Category",
      "category");

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
   * The header names this field is recognised by: the Russian template name first, the English name
   * last, synonyms in between.
   *
   * @return the header names this field is recognised by, the Russian template name first and the
   *     English one last
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
        || this == CUSTOMER_ID
        || this == CATEGORY;
  }
}
