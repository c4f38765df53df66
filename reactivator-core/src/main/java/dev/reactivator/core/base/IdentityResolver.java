package dev.reactivator.core.base;

import dev.reactivator.core.data.SourceRow;
import dev.reactivator.core.internal.StringIntMap;
import dev.reactivator.core.internal.UnionFind;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The identity keys of a load (customer id, e-mail, phone) and the union-find that merges them:
 * keys seen on one row belong to one customer. {@link #resolve()} numbers the customers by their
 * smallest key, so the numbering does not depend on the order of the rows.
 *
 * <p>Under {@link IdentityPolicy#CUSTOMER_ID_FIRST} a row with a customer id links only its id; its
 * contacts are remembered as the id's (a contact several ids have is ambiguous). Rows without an id
 * link their contacts among themselves, and at {@link #resolve()} each such group joins the one id
 * whose contacts it shares, or stays apart when it shares contacts with several ids.
 */
final class IdentityResolver {
  // identity keys, one map per kind -> key id (= union-find element); kinds ordered c < e < p
  static final byte ID = 0;
  static final byte EMAIL = 1;
  static final byte PHONE = 2;

  private final StringIntMap idKeys = new StringIntMap(1024);
  private final StringIntMap emailKeys = new StringIntMap(1024);
  private final StringIntMap phoneKeys = new StringIntMap(1024);
  private int[] keyEntry = new int[1024]; // the key's entry in its kind's map
  private byte[] keyKind = new byte[1024];
  private long[] keyPrefix; // only while resolve() orders the customers
  private long[] keyPrefix2; // characters 9-16 of ids and e-mails, likewise
  private final UnionFind sets = new UnionFind();

  private static final int AMBIGUOUS = -2;
  private final IdentityPolicy policy;
  // CUSTOMER_ID_FIRST only: contact -> the id key of the rows that have it (AMBIGUOUS for several
  // ids), and each id key's contacts
  private final Map<String, Integer> phoneOwner = new HashMap<>();
  private final Map<String, Integer> emailOwner = new HashMap<>();
  private final Map<Integer, TreeSet<String>> phonesOfId = new HashMap<>();
  private final Map<Integer, TreeSet<String>> emailsOfId = new HashMap<>();

  IdentityResolver() {
    this(IdentityPolicy.ANY_KEY);
  }

  IdentityResolver(IdentityPolicy policy) {
    this.policy = policy;
  }

  /**
   * The customers of a load: how many, the customer of every key, every key of each customer
   * (sorted, per kind), and the customers without an id left apart because their contacts belong to
   * several ids (ascending; empty unless {@link IdentityPolicy#CUSTOMER_ID_FIRST}).
   */
  record Resolution(
      int customers, int[] customerOfKey, Texts ids, Texts emails, Texts phones, int[] ambiguous) {}

  /**
   * Links the keys of {@code row}; returns the row's key (its first key), or -1 when it has none.
   */
  int keyOf(SourceRow row) {
    int first = -1;
    if (policy == IdentityPolicy.CUSTOMER_ID_FIRST && row.customerId().isPresent()) {
      int id = link(first, idKeys, ID, row.customerId().get());
      if (row.phone().isPresent()) {
        own(phoneOwner, phonesOfId, row.phone().get(), id);
      }
      if (row.email().isPresent()) {
        own(emailOwner, emailsOfId, row.email().get(), id);
      }
      return id;
    }
    if (row.customerId().isPresent()) {
      first = link(first, idKeys, ID, row.customerId().get());
    }
    if (row.phone().isPresent()) {
      first = link(first, phoneKeys, PHONE, row.phone().get());
    }
    if (row.email().isPresent()) {
      first = link(first, emailKeys, EMAIL, row.email().get());
    }
    return first;
  }

  /**
   * The key of an identity already seen (customer id first, then phone, then e-mail), without
   * linking anything; -1 when none of them was seen on an accepted row.
   */
  int find(Optional<String> customerId, Optional<String> phone, Optional<String> email) {
    if (policy == IdentityPolicy.CUSTOMER_ID_FIRST) {
      if (customerId.isPresent()) {
        return idKeys.get(customerId.get());
      }
      int k = phone.map(phoneKeys::get).orElse(-1);
      if (k < 0) {
        k = email.map(emailKeys::get).orElse(-1);
      }
      if (k < 0) {
        k = phone.map(v -> phoneOwner.getOrDefault(v, -1)).orElse(-1);
      }
      if (k < 0) {
        k = email.map(v -> emailOwner.getOrDefault(v, -1)).orElse(-1);
      }
      return Math.max(k, -1);
    }
    int k = customerId.map(idKeys::get).orElse(-1);
    if (k < 0) {
      k = phone.map(phoneKeys::get).orElse(-1);
    }
    if (k < 0) {
      k = email.map(emailKeys::get).orElse(-1);
    }
    return k;
  }

  /**
   * Ends the linking: the keys stay readable for {@link #resolve()}, but {@link #keyOf} and {@link
   * #find} can no longer be called (their look-up tables go).
   */
  void endLinking() {
    idKeys.freeze();
    emailKeys.freeze();
    phoneKeys.freeze();
  }

  /** The number of distinct keys seen. */
  int keys() {
    return sets.count();
  }

  private static void own(
      Map<String, Integer> owner, Map<Integer, TreeSet<String>> ofId, String contact, int id) {
    owner.merge(contact, id, (a, b) -> a.intValue() == b.intValue() ? a : AMBIGUOUS);
    ofId.computeIfAbsent(id, k -> new TreeSet<>()).add(contact);
  }

  /**
   * {@link IdentityPolicy#CUSTOMER_ID_FIRST}: links each group of id-less keys to the one id whose
   * contacts it shares; returns a key of each group sharing contacts with several ids.
   */
  private int[] joinUnambiguous() {
    int nKeys = sets.count();
    int[] ownerOfRoot = new int[nKeys];
    Arrays.fill(ownerOfRoot, -1);
    for (int k = 0; k < nKeys; k++) {
      if (keyKind[k] == ID) {
        continue;
      }
      Integer o =
          keyKind[k] == PHONE
              ? phoneOwner.get(phoneKeys.key(keyEntry[k]))
              : emailOwner.get(emailKeys.key(keyEntry[k]));
      if (o != null) {
        int r = sets.find(k);
        int cur = ownerOfRoot[r];
        ownerOfRoot[r] = cur == -1 || cur == o ? o : AMBIGUOUS;
      }
    }
    int[] apart = new int[nKeys];
    int n = 0;
    for (int r = 0; r < nKeys; r++) {
      if (ownerOfRoot[r] == AMBIGUOUS) {
        apart[n++] = r;
      } else if (ownerOfRoot[r] >= 0) {
        sets.union(ownerOfRoot[r], r);
      }
    }
    return Arrays.copyOf(apart, n);
  }

  private int link(int first, StringIntMap ids, byte kind, String value) {
    int id = ids.getOrPut(value, sets.count());
    if (id < 0) {
      id = sets.add();
      if (id == keyEntry.length) {
        // by half, as the maps' arenas: less spare room than doubling
        int grown = id + (id >> 1) + 16;
        keyEntry = Arrays.copyOf(keyEntry, grown);
        keyKind = Arrays.copyOf(keyKind, grown);
      }
      keyEntry[id] = ids.size() - 1;
      keyKind[id] = kind;
    }
    if (first >= 0) {
      sets.union(first, id);
      return first;
    }
    return id;
  }

  /**
   * The components of the key graph as customers, ordered by their smallest key (kind, then value),
   * with every key of each customer.
   */
  Resolution resolve() {
    int[] apartKeys = policy == IdentityPolicy.CUSTOMER_ID_FIRST ? joinUnambiguous() : new int[0];
    int nKeys = sets.count();
    boolean digitPhones = true;
    for (int k = 0; k < nKeys && digitPhones; k++) {
      digitPhones = keyKind[k] != PHONE || isShortDigits(phoneKeys, keyEntry[k]);
    }
    keyPrefix = new long[nKeys];
    keyPrefix2 = new long[nKeys];
    for (int k = 0; k < nKeys; k++) {
      StringIntMap m = mapOf(keyKind[k]);
      keyPrefix[k] = prefix(keyKind[k], m, keyEntry[k], digitPhones);
      keyPrefix2[k] = keyKind[k] == PHONE && digitPhones ? 0 : secondChars(m, keyEntry[k]);
    }
    int[] rootOf = new int[nKeys];
    int[] smallestKey = new int[nKeys];
    Arrays.fill(smallestKey, -1);
    int n = 0;
    for (int k = 0; k < nKeys; k++) {
      int r = sets.find(k);
      rootOf[k] = r;
      if (smallestKey[r] < 0) {
        n++;
        smallestKey[r] = k;
      } else if (compareKeys(k, smallestKey[r]) < 0) {
        smallestKey[r] = k;
      }
    }
    // the smallest keys of the components, sorted; then each root in that order
    int[] order0 = new int[n];
    for (int k = 0, j = 0; k < nKeys; k++) {
      if (rootOf[k] == k) {
        order0[j++] = smallestKey[k];
      }
    }
    sortKeys(order0);
    keyPrefix = null;
    keyPrefix2 = null;
    int[] customerOfRoot = new int[nKeys];
    for (int c = 0; c < n; c++) {
      customerOfRoot[rootOf[order0[c]]] = c;
    }
    int[] customerOfKey = new int[nKeys];
    for (int k = 0; k < nKeys; k++) {
      customerOfKey[k] = customerOfRoot[rootOf[k]];
    }
    return keysPerCustomer(n, customerOfKey, apartKeys);
  }

  private StringIntMap mapOf(byte kind) {
    return kind == ID ? idKeys : kind == EMAIL ? emailKeys : phoneKeys;
  }

  /** Every key seen, per customer, sorted. */
  private Resolution keysPerCustomer(int n, int[] customerOfKey, int[] apartKeys) {
    Texts ids = keysOf(ID, n, customerOfKey, Map.of());
    Texts emails = keysOf(EMAIL, n, customerOfKey, contactsOfCustomers(emailsOfId, customerOfKey));
    Texts phones = keysOf(PHONE, n, customerOfKey, contactsOfCustomers(phonesOfId, customerOfKey));
    int[] ambiguous = new int[apartKeys.length];
    for (int i = 0; i < apartKeys.length; i++) {
      ambiguous[i] = customerOfKey[apartKeys[i]];
    }
    Arrays.sort(ambiguous);
    return new Resolution(n, customerOfKey, ids, emails, phones, ambiguous);
  }

  /**
   * The keys of one kind per customer, sorted, with the contacts seen on the rows of each id
   * ({@code extra}, by customer) added once each.
   */
  private Texts keysOf(byte kind, int n, int[] customerOfKey, Map<Integer, TreeSet<String>> extra) {
    StringIntMap map = mapOf(kind);
    int nKeys = customerOfKey.length;
    // the keys of this kind in customer order (a counting sort), as their entries in the map
    int[] start = new int[n + 1];
    int count = 0;
    for (int k = 0; k < nKeys; k++) {
      if (keyKind[k] == kind) {
        start[customerOfKey[k] + 1]++;
        count++;
      }
    }
    if (count == 0 && extra.isEmpty()) {
      return Texts.none(n);
    }
    for (int c = 0; c < n; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = Arrays.copyOf(start, n);
    int[] entry = new int[count];
    long chars = 0;
    for (int k = 0; k < nKeys; k++) {
      if (keyKind[k] == kind) {
        entry[fill[customerOfKey[k]]++] = keyEntry[k];
        chars += map.length(keyEntry[k]);
      }
    }
    fill = null;
    Texts.Builder texts =
        new Texts.Builder(n, count, (int) Math.min(Integer.MAX_VALUE - 16, chars));
    for (int c = 0; c < n; c++) {
      int from = start[c];
      int to = start[c + 1];
      TreeSet<String> more = extra.get(c);
      texts.customer(c);
      if (more != null) {
        for (int j = from; j < to; j++) {
          more.add(map.key(entry[j]));
        }
        for (String v : more) {
          texts.add(v);
        }
        continue;
      }
      sortEntries(map, entry, from, to);
      for (int j = from; j < to; j++) {
        texts.add(map, entry[j]);
      }
    }
    return texts.build();
  }

  /** Insertion sort of {@code entry[from … to)} by the keys' text (a customer has few keys). */
  private static void sortEntries(StringIntMap map, int[] entry, int from, int to) {
    for (int a = from + 1; a < to; a++) {
      int x = entry[a];
      int b = a - 1;
      while (b >= from && map.compare(entry[b], x) > 0) {
        entry[b + 1] = entry[b];
        b--;
      }
      entry[b + 1] = x;
    }
  }

  /** The contacts seen on the rows of each id, by the id's customer. */
  private static Map<Integer, TreeSet<String>> contactsOfCustomers(
      Map<Integer, TreeSet<String>> ofId, int[] customerOfKey) {
    Map<Integer, TreeSet<String>> out = new HashMap<>();
    for (Map.Entry<Integer, TreeSet<String>> e : ofId.entrySet()) {
      out.computeIfAbsent(customerOfKey[e.getKey()], c -> new TreeSet<>()).addAll(e.getValue());
    }
    return out;
  }

  /** Whether the {@code entry}-th key of {@code map} is 1 to 15 ASCII digits. */
  private static boolean isShortDigits(StringIntMap map, int entry) {
    int n = map.length(entry);
    if (n == 0 || n > 15) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = map.charAt(entry, i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Orders identity keys by kind (customer id, e-mail, phone), then by value. */
  private int compareKeys(int a, int b) {
    if (keyPrefix != null) {
      int c = Long.compare(keyPrefix[a], keyPrefix[b]);
      if (c != 0) {
        return c;
      }
      c = Long.compare(keyPrefix2[a], keyPrefix2[b]);
      if (c != 0) {
        return c;
      }
    }
    int c = Byte.compare(keyKind[a], keyKind[b]);
    return c != 0 ? c : mapOf(keyKind[a]).compare(keyEntry[a], keyEntry[b]);
  }

  /**
   * A non-negative number whose order agrees with {@link #compareKeys}: the kind in the top bits,
   * then the first 8 characters in 7 bits each (0 past the end, 1 + c for ASCII, 127 for any other
   * character, after which nothing more is encoded). Equal prefixes say nothing; the keys are then
   * compared in full. When every phone key is 1-15 digits ({@code digitPhones}), a phone is encoded
   * whole instead, 4 bits a digit (0 past the end), so phones never need a String comparison.
   */
  private static long prefix(byte kind, StringIntMap map, int entry, boolean digitPhones) {
    long p = 0;
    if (kind == PHONE && digitPhones) {
      // a phone key is 5-15 digits: 4 bits a digit (0 = end) keep it whole, so equal prefixes
      // never need the texts
      int n = map.length(entry);
      for (int i = 0; i < 15; i++) {
        p = (p << 4) | (i < n ? map.charAt(entry, i) - '0' + 1 : 0);
      }
      return ((long) kind << 61) | p;
    }
    return ((long) kind << 61) | chars(map, entry, 0);
  }

  /**
   * Characters 9-16 of a key as {@link #chars}, or 0 when one of the first eight is not ASCII (the
   * first block then stops encoding, and only the texts can tell).
   */
  private static long secondChars(StringIntMap map, int entry) {
    int n = map.length(entry);
    for (int i = 0; i < Math.min(8, n); i++) {
      if (map.charAt(entry, i) >= 127) {
        return 0;
      }
    }
    return chars(map, entry, 8);
  }

  /**
   * Characters {@code from … from+7} of a key in 7 bits each (0 past the end, 1 + c for ASCII, 127
   * for any other character, after which nothing more is encoded): a number whose order agrees with
   * the order of those characters.
   */
  private static long chars(StringIntMap map, int entry, int from) {
    int n = map.length(entry);
    long p = 0;
    boolean open = true;
    for (int i = from; i < from + 8; i++) {
      int code = 0;
      if (open && i < n) {
        char c = map.charAt(entry, i);
        if (c < 127) {
          code = c + 1;
        } else {
          code = 127;
          open = false;
        }
      } else {
        open = false;
      }
      p = (p << 7) | code;
    }
    return p;
  }

  /**
   * Sorts key ids by {@link #compareKeys}: a bottom-up merge sort over primitive ids that carries
   * each id's prefix alongside, so comparisons read the arrays being merged in order and look at
   * the key Strings only on equal prefixes.
   */
  private void sortKeys(int[] a) {
    int n = a.length;
    long[] pa = new long[n];
    for (int i = 0; i < n; i++) {
      pa[i] = keyPrefix[a[i]];
    }
    int[] src = a;
    long[] psrc = pa;
    int[] dst = new int[n];
    long[] pdst = new long[n];
    final int run = 16;
    for (int lo = 0; lo < n; lo += run) {
      int hi = Math.min(n, lo + run);
      for (int i = lo + 1; i < hi; i++) {
        int x = a[i];
        long px = pa[i];
        int j = i - 1;
        while (j >= lo && (pa[j] > px || (pa[j] == px && compareKeys(a[j], x) > 0))) {
          a[j + 1] = a[j];
          pa[j + 1] = pa[j];
          j--;
        }
        a[j + 1] = x;
        pa[j + 1] = px;
      }
    }
    for (int width = run; width < n; width *= 2) {
      for (int lo = 0; lo < n; lo += 2 * width) {
        int mid = Math.min(n, lo + width);
        int hi = Math.min(n, lo + 2 * width);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
          long pi = psrc[i];
          long pj = psrc[j];
          if (pj < pi || (pj == pi && compareKeys(src[j], src[i]) < 0)) {
            pdst[k] = pj;
            dst[k++] = src[j++];
          } else {
            pdst[k] = pi;
            dst[k++] = src[i++];
          }
        }
        System.arraycopy(src, i, dst, k, mid - i);
        System.arraycopy(psrc, i, pdst, k, mid - i);
        k += mid - i;
        System.arraycopy(src, j, dst, k, hi - j);
        System.arraycopy(psrc, j, pdst, k, hi - j);
      }
      int[] t = src;
      src = dst;
      dst = t;
      long[] pt = psrc;
      psrc = pdst;
      pdst = pt;
    }
    if (src != a) {
      System.arraycopy(src, 0, a, 0, n);
    }
  }
}
