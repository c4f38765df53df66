package dev.reactivator.core.segment;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.data.Contacts;
import dev.reactivator.core.segment.abc.AbcGroup;
import dev.reactivator.core.segment.lifecycle.LifecycleStage;
import dev.reactivator.core.segment.overview.ChurnScores;
import dev.reactivator.core.segment.rfm.RfmResult;
import dev.reactivator.core.segment.sales.CallListRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * Every customer's {@link CustomerResult} of one {@link Analysis}, looked up by CRM customer id,
 * phone or e-mail (normalised as the sources normalise them) and iterated in call-list order: the
 * customers on the call list by rank, then the others by index. The look-up tables are built once,
 * when this is made ({@link Analysis#customers()}); the records themselves on demand. Immutable and
 * thread-safe.
 */
public final class CustomerResults implements Iterable<CustomerResult> {
  private final Analysis analysis;
  private final Map<String, Integer> byId = new HashMap<>();
  private final Map<String, Integer> byPhone = new HashMap<>();
  private final Map<String, Integer> byEmail = new HashMap<>();
  private final int[] order;
  private final int[] rowOf;
  private final byte[] abcOf;
  private final int[][] groupsOf;
  private final List<SegmentGroup> groups;
  private final ChurnScores churnScores;

  CustomerResults(Analysis analysis) {
    this.analysis = analysis;
    this.churnScores = analysis.churnScores();
    CustomerBase base = analysis.base();
    int n = base.size();
    for (int c = 0; c < n; c++) {
      // a key on two customers (possible only for contacts under the customer-id-first policy)
      // finds the first
      for (String id : base.customerIds(c)) {
        byId.putIfAbsent(id, c);
      }
      for (String phone : base.phones(c)) {
        byPhone.putIfAbsent(phone, c);
      }
      for (String email : base.emails(c)) {
        byEmail.putIfAbsent(email, c);
      }
    }
    List<CallListRow> callList = analysis.sales().callList();
    rowOf = new int[n];
    Arrays.fill(rowOf, -1);
    order = new int[n];
    int k = 0;
    for (int i = 0; i < callList.size(); i++) {
      int c = callList.get(i).index();
      if (rowOf[c] < 0) {
        rowOf[c] = i;
        order[k++] = c;
      }
    }
    for (int c = 0; c < n; c++) {
      if (rowOf[c] < 0) {
        order[k++] = c;
      }
    }
    abcOf = new byte[n];
    List<AbcGroup> abc = analysis.abc().groups();
    for (int g = 0; g < abc.size(); g++) {
      var members = abc.get(g).customers();
      for (int i = 0; i < members.size(); i++) {
        abcOf[members.getInt(i)] = (byte) (g + 1);
      }
    }
    groups = analysis.segmentGroups();
    int[] count = new int[n];
    for (SegmentGroup g : groups) {
      for (int c : g.customers()) {
        count[c]++;
      }
    }
    groupsOf = new int[n][];
    for (int c = 0; c < n; c++) {
      groupsOf[c] = new int[count[c]];
      count[c] = 0;
    }
    for (int g = 0; g < groups.size(); g++) {
      for (int c : groups.get(g).customers()) {
        int[] mine = groupsOf[c];
        // a group lists a customer once; keep the list free of repeats all the same
        if (count[c] == 0 || mine[count[c] - 1] != g) {
          mine[count[c]++] = g;
        }
      }
    }
    for (int c = 0; c < n; c++) {
      if (count[c] < groupsOf[c].length) {
        groupsOf[c] = Arrays.copyOf(groupsOf[c], count[c]);
      }
    }
  }

  /**
   * The number of customers.
   *
   * @return the base's size
   */
  public int size() {
    return order.length;
  }

  /**
   * The result of customer {@code index}.
   *
   * @param index the customer's index, {@code 0 <= index < size()}
   * @return the customer's result
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public CustomerResult get(int index) {
    Objects.checkIndex(index, size());
    CustomerBase base = analysis.base();
    RfmResult rfm = analysis.rfm();
    List<String> segments = new ArrayList<>(groupsOf[index].length);
    for (int g : groupsOf[index]) {
      segments.add(groups.get(g).key());
    }
    return new CustomerResult(
        index,
        base.customer(index),
        analysis.scored().score(index),
        churnScores.score(index),
        base.refunds(index),
        base.refundAmount(index),
        new CustomerResult.Rfm(
            rfm.recencyDays().getInt(index),
            rfm.recencyScores().getInt(index),
            rfm.frequencyScores().getInt(index),
            rfm.monetaryScores().getInt(index),
            rfm.code(index),
            rfm.seedSegment(index).key(),
            rfm.mapSegment(index).key()),
        abcOf[index] == 0
            ? Optional.empty()
            : Optional.of(analysis.abc().groups().get(abcOf[index] - 1).key()),
        analysis.nextBestProducts().recommendations().get(index),
        new CustomerResult.Lifecycle(
            analysis.lifecycle().stage(index).map(LifecycleStage::key),
            analysis.lifecycle().renewalShare(index),
            analysis.lifecycle().distinctProducts(index),
            analysis.lifecycle().earlyWarnings(index)),
        analysis.nextBestProducts().recommendations().nextPurchase(index),
        analysis.nextBestProducts().recommendations().crossSell(index),
        rowOf[index] < 0
            ? Optional.empty()
            : Optional.of(analysis.sales().callList().get(rowOf[index])),
        segments);
  }

  /**
   * The customer with CRM customer id {@code crmId} (compared exactly, after trimming).
   *
   * @param crmId the CRM's customer id
   * @return the customer's result, or empty when no customer has that id
   */
  public Optional<CustomerResult> byCrmId(String crmId) {
    Objects.requireNonNull(crmId, "crmId");
    return find(byId, Optional.of(crmId.strip()));
  }

  /**
   * The customer with phone {@code phone}, normalised as the sources normalise phones ({@code +7
   * (912) 345-67-89} and {@code 8 912 345 67 89} find the same customer).
   *
   * @param phone the phone, as written anywhere
   * @return the customer's result, or empty when the phone is no valid phone or nobody has it
   */
  public Optional<CustomerResult> byPhone(String phone) {
    Objects.requireNonNull(phone, "phone");
    return find(byPhone, Contacts.normalizePhone(phone));
  }

  /**
   * The customer with e-mail {@code email}, normalised as the sources normalise e-mails (case and
   * surrounding spaces do not matter).
   *
   * @param email the e-mail address
   * @return the customer's result, or empty when the address is invalid or nobody has it
   */
  public Optional<CustomerResult> byEmail(String email) {
    Objects.requireNonNull(email, "email");
    return find(byEmail, Contacts.normalizeEmail(email));
  }

  private Optional<CustomerResult> find(Map<String, Integer> index, Optional<String> key) {
    return key.map(index::get).map(this::get);
  }

  /**
   * The customers in call-list order: those on the call list by rank, then the others by index.
   *
   * @return the customers' indices in that order
   */
  public List<Integer> order() {
    List<Integer> out = new ArrayList<>(order.length);
    for (int c : order) {
      out.add(c);
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Iterates every customer's result in call-list order (see {@link #order()}), each made when
   * reached.
   *
   * @return an iterator over every customer's result
   */
  @Override
  public Iterator<CustomerResult> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < order.length;
      }

      @Override
      public CustomerResult next() {
        if (next >= order.length) {
          throw new NoSuchElementException();
        }
        return get(order[next++]);
      }
    };
  }
}
