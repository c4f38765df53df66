package dev.reactivator.narrative;

import dev.reactivator.core.base.CustomerBase;
import dev.reactivator.core.score.DiscountProfile;
import dev.reactivator.core.score.ScoredBase;
import dev.reactivator.core.segment.Analysis;
import dev.reactivator.core.segment.Glossary;
import dev.reactivator.core.segment.abc.VipChurn;
import dev.reactivator.core.segment.abc.VipChurnMonth;
import dev.reactivator.core.segment.cohort.CohortRow;
import dev.reactivator.core.segment.finance.Finance;
import dev.reactivator.core.segment.finance.RoiResult;
import dev.reactivator.core.segment.lifecycle.CustomerLifecycle;
import dev.reactivator.core.segment.lifecycle.EarlyWarning;
import dev.reactivator.core.segment.lifecycle.RevenueGrowth;
import dev.reactivator.core.segment.nbp.AssociationRule;
import dev.reactivator.core.segment.nbp.RecommendationGroup;
import dev.reactivator.core.segment.overview.Overview;
import dev.reactivator.core.segment.rfm.RfmSegment;
import dev.reactivator.core.segment.sales.CallGroup;
import dev.reactivator.core.segment.sales.CallListRow;
import dev.reactivator.core.segment.sales.Channel;
import dev.reactivator.core.segment.sales.Tone;
import dev.reactivator.core.segment.widget.Absence;
import dev.reactivator.core.segment.widget.CustomerGroup;
import dev.reactivator.llm.ChatMessage;
import dev.reactivator.llm.ChatRequest;
import dev.reactivator.llm.ChatRequestFilter;
import dev.reactivator.narrative.internal.ContactMasker;
import dev.reactivator.narrative.internal.PiiDictionary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The privacy firewall: the only path from an {@link Analysis} to an LLM prompt.
 *
 * <p>It works in three steps, each of which alone would keep personal data out of a prompt:
 *
 * <ol>
 *   <li><b>Anonymous facts.</b> {@link #facts(NarrationContext)} copies out of the analysis only
 *       aggregates and, for customer-level facts, the pseudonymous id ({@code ID-0042}, stable per
 *       customer index) with numbers. Names, phones, e-mails and CRM ids are never read into the
 *       {@link FactSheet}.
 *   <li><b>Untrusted text cleaned.</b> The user's business context and the product names (the only
 *       free text that reaches a prompt) have e-mail-like and phone-like strings masked (any
 *       spelling: {@code +7 (912) 345-67-89}, {@code 89123456789}, {@code 912 345 67 89}, …) and
 *       the base's customer names masked, control characters removed, and are clipped. They go into
 *       the prompt as JSON data, below instructions that tell the model to treat them as data.
 *   <li><b>Final inspection.</b> {@link #prompt(FactSheet)} scans the finished request for every
 *       phone (by its last ten digits, whatever the separators) and e-mail of the base, and the
 *       customer-supplied texts of the facts (business context, product names) for every name
 *       (three letters or more, as whole words, case-insensitively, whatever the punctuation), and
 *       throws {@link PrivacyViolationException} instead of returning a request that contains one.
 *       The fixed instructions are not searched for names, so a customer named like one of their
 *       words does not block the request.
 * </ol>
 *
 * The same inspection is available as a {@link ChatRequestFilter} ({@link #filter()}) to install on
 * any {@code LlmClient}, and as {@link #leakIn(String)} for checking answers.
 *
 * <p>Instances are immutable and thread-safe. The base's names, phones and e-mails are read into
 * hashed sets once per base, on the first text that could hold one (an {@code @} or five digits for
 * contacts, any letter or digit for names), and shared by every firewall of that base; a run that
 * sends no request and cleans no free text reads none.
 */
public final class PrivacyFirewall {

  /** How many customers the customer-level facts list at most. */
  public static final int TOP_CUSTOMERS = 5;

  /** The longest business context sent, in characters. */
  public static final int MAX_CONTEXT_CHARS = 2000;

  /** The longest product name sent, in characters. */
  public static final int MAX_PRODUCT_CHARS = 80;

  private final Analysis analysis;

  private PrivacyFirewall(Analysis analysis) {
    this.analysis = analysis;
  }

  /**
   * The base's dictionary, built on the first text that could hold personal data and then shared by
   * every firewall of the base ({@link PiiDictionary#of}): a run that sends nothing and cleans no
   * free text (the offline writer without a business context) never builds it.
   */
  private PiiDictionary pii() {
    return PiiDictionary.of(analysis.base());
  }

  private Optional<String> findLeak(String text) {
    return findContactLeak(text).or(() -> findNameLeak(text));
  }

  private Optional<String> findContactLeak(String text) {
    return PiiDictionary.mayHoldContact(text) ? pii().findContactLeak(text) : Optional.empty();
  }

  private Optional<String> findNameLeak(String text) {
    return PiiDictionary.mayHoldName(text) ? pii().findNameLeak(text) : Optional.empty();
  }

  /**
   * The firewall of {@code analysis}: knows every name, phone and e-mail of its base.
   *
   * @param analysis the analysis whose base the firewall protects
   * @return the firewall of {@code analysis}: knows every name, phone and e-mail of its base
   */
  public static PrivacyFirewall of(Analysis analysis) {
    return new PrivacyFirewall(Objects.requireNonNull(analysis, "analysis"));
  }

  /**
   * {@code text} with every e-mail-like and phone-like string masked ({@code [email]}, {@code
   * [phone]}). Works without a base: used for any free text.
   *
   * @param text any free text
   * @return the text with contacts masked
   */
  public static String maskContacts(String text) {
    return ContactMasker.mask(Objects.requireNonNull(text, "text"));
  }

  /**
   * Untrusted text made safe to send: contacts masked, the base's customer names masked ({@code
   * [client]}), control characters and line breaks turned into spaces, clipped to {@code maxChars}.
   *
   * @param untrusted free text from the user or the input, possibly with personal data
   * @param maxChars the maximum length of the result, in characters
   * @return the cleaned text, at most {@code maxChars} characters
   */
  public String clean(String untrusted, int maxChars) {
    Objects.requireNonNull(untrusted, "untrusted");
    String t = untrusted.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]+", " ");
    t = ContactMasker.mask(t);
    if (PiiDictionary.mayHoldName(t)) {
      t = pii().maskNames(t);
    }
    t = t.replaceAll("\\s+", " ").strip();
    if (t.length() > maxChars) {
      t = t.substring(0, maxChars).strip() + "…";
    }
    return t;
  }

  /**
   * The kind of personal data of the base that {@code text} contains ({@code "a customer name"},
   * {@code "a phone number"}, {@code "an e-mail address"}), never the data itself.
   *
   * @param text the text to inspect
   * @return the kind of personal data found, never the data itself; empty when there is none
   */
  public Optional<String> leakIn(String text) {
    return findLeak(Objects.requireNonNull(text, "text"));
  }

  /**
   * Throws if any message of {@code request} contains personal data of the base.
   *
   * @param request the chat request about to be sent
   * @throws PrivacyViolationException naming the kind of data and the message, not the data
   */
  public void inspect(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    for (int i = 0; i < request.messages().size(); i++) {
      ChatMessage m = request.messages().get(i);
      // the system message is the application's fixed instructions, not the base's texts: a
      // customer named like one of its words ("Rules") must not block every request
      Optional<String> leak =
          m.role() == ChatMessage.Role.SYSTEM
              ? findContactLeak(m.content())
              : findLeak(m.content());
      if (leak.isPresent()) {
        throw violation(m.role().name().toLowerCase(Locale.ROOT) + " message #" + i, leak.get());
      }
    }
  }

  private static FactSheet.VipChurn vipChurn(VipChurn v) {
    VipChurnMonth peak = null;
    for (VipChurnMonth m : v.months()) {
      if (m.count() > 0 && (peak == null || m.count() >= peak.count())) {
        peak = m;
      }
    }
    return new FactSheet.VipChurn(
        v.count(),
        v.ltv(),
        v.annualRevenue(),
        Optional.ofNullable(peak).map(m -> m.month().toString()),
        peak == null ? 0 : peak.count());
  }

  private static PrivacyViolationException violation(String where, String what) {
    return new PrivacyViolationException(
        "The "
            + where
            + " of the LLM request contains "
            + what
            + " of the customer base; the request was not sent.");
  }

  /**
   * {@link #inspect(ChatRequest)} as a filter for {@code LlmClient.builder(…).filter(…)}.
   *
   * @return a filter that throws {@link PrivacyViolationException} on any request with personal
   *     data
   */
  public ChatRequestFilter filter() {
    return request -> {
      inspect(request);
      return request;
    };
  }

  /**
   * The prompt that asks for the six sections and the message-chain templates of {@code facts},
   * inspected.
   *
   * @param facts the anonymous facts to put in the prompt
   * @return the prompt that asks for the six sections and the message-chain templates of {@code
   *     facts}, inspected
   * @throws PrivacyViolationException if the finished request would contain personal data
   */
  public ChatRequest prompt(FactSheet facts) {
    Objects.requireNonNull(facts, "facts");
    ChatRequest request = Prompts.request(facts);
    // phones and e-mails are looked for everywhere; names as whole words of the customer-supplied
    // texts only (the fixed instructions, JSON keys, ids and numbers cannot carry a name)
    for (int i = 0; i < request.messages().size(); i++) {
      ChatMessage m = request.messages().get(i);
      Optional<String> leak = findContactLeak(m.content());
      if (leak.isPresent()) {
        throw violation(m.role().name().toLowerCase(Locale.ROOT) + " message #" + i, leak.get());
      }
    }
    for (String text : facts.freeTexts()) {
      Optional<String> leak = findNameLeak(text);
      if (leak.isPresent()) {
        throw violation("facts' free text", leak.get());
      }
    }
    return request;
  }

  /**
   * The anonymous facts of the analysis for {@code context} (business context cleaned).
   *
   * @param context the locale and the user's business context, which is cleaned before use
   * @return the anonymous facts of the analysis for {@code context} (business context cleaned)
   */
  public FactSheet facts(NarrationContext context) {
    return facts(context, true);
  }

  /**
   * The facts for the offline writer, whose text stays on this machine: as {@link #facts}, but the
   * product names are not masked (a customer named like a product must not turn the product into
   * {@code [client]}); only control characters are removed and long names clipped.
   */
  FactSheet localFacts(NarrationContext context) {
    return facts(context, false);
  }

  private FactSheet facts(NarrationContext context, boolean forPrompt) {
    Objects.requireNonNull(context, "context");
    java.util.function.UnaryOperator<String> product =
        forPrompt ? p -> clean(p, MAX_PRODUCT_CHARS) : PrivacyFirewall::localProduct;
    ScoredBase scored = analysis.scored();
    CustomerBase base = analysis.base();
    Overview o = analysis.overview();
    FactSheet.Picture picture =
        new FactSheet.Picture(
            o.uniqueCustomers(),
            o.transactions(),
            o.health().score(),
            o.health().activity(),
            o.health().repeatRate(),
            o.health().retention(),
            o.health().alarm(),
            analysis.funnel().first(),
            analysis.funnel().second(),
            analysis.funnel().thirdPlus(),
            analysis.funnel().secondPurchaseRate());

    List<FactSheet.Reason> reasons =
        analysis.reasonShares().stream()
            .map(
                r ->
                    new FactSheet.Reason(
                        r.code().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        r.customersAtRisk(),
                        r.share()))
            .toList();
    List<FactSheet.Driver> drivers =
        analysis.churnDrivers().stream()
            .limit(3)
            .map(
                d ->
                    new FactSheet.Driver(
                        d.key().startsWith("product:")
                            ? "product:" + product.apply(d.key().substring("product:".length()))
                            : d.key(),
                        d.customers(),
                        d.churnRateWith(),
                        d.churnRateWithout()))
            .toList();
    List<FactSheet.Bucket> buckets =
        new ArrayList<>(
            o.revenueAtRisk().buckets().stream()
                .map(
                    b ->
                        new FactSheet.Bucket(
                            b.level().name().toLowerCase(Locale.ROOT),
                            b.count(),
                            b.revenueAtRisk()))
                .toList());
    java.util.Collections.reverse(buckets);
    // the shared groups' counts and shares are the glossary's, as in every other output
    FactSheet.Risks risks =
        new FactSheet.Risks(
            Glossary.AT_RISK.count(analysis),
            Glossary.AT_RISK.share(analysis),
            Glossary.RISK_CRITICAL.count(analysis),
            Glossary.RISK_CRITICAL.share(analysis),
            Glossary.RISK_ZONE.count(analysis),
            Glossary.RISK_ZONE.share(analysis),
            Glossary.CRITICAL_CHURN.count(analysis),
            Glossary.CRITICAL_CHURN.share(analysis),
            reasons,
            drivers);

    List<FactSheet.Customer> topToSave =
        o.topToSave().stream()
            .limit(TOP_CUSTOMERS)
            .map(
                s ->
                    new FactSheet.Customer(
                        base.pseudonym(s.index()), s.riskPercent(), s.daysIdle(), s.ltv()))
            .toList();
    FactSheet.Money money =
        new FactSheet.Money(
            o.revenueAtRisk().total(),
            buckets,
            analysis.finance().waterfall().savedRevenue(),
            topToSave);

    List<FactSheet.Customer> vipTop =
        analysis.vipAtRisk().customers().stream()
            .limit(TOP_CUSTOMERS)
            .map(
                c ->
                    new FactSheet.Customer(
                        base.pseudonym(c),
                        100 * scored.churnProbability(c),
                        scored.daysSinceLast(c),
                        base.totalSpent(c)))
            .toList();
    List<FactSheet.Product> nbp = new ArrayList<>();
    for (RecommendationGroup g : analysis.nextBestProducts().recommendations().groups()) {
      if (nbp.size() == 3) {
        break;
      }
      nbp.add(new FactSheet.Product(product.apply(g.key()), g.customers().size(), 0));
    }
    List<FactSheet.Pair> pairs =
        analysis.associationRules().rules().stream()
            .sorted(
                Comparator.comparingDouble(AssociationRule::lift)
                    .reversed()
                    .thenComparing(AssociationRule::key))
            .limit(3)
            .map(
                r ->
                    new FactSheet.Pair(
                        product.apply(r.antecedentName()),
                        product.apply(r.consequentName()),
                        r.bothCustomers(),
                        r.confidence(),
                        r.lift()))
            .toList();
    List<CohortRow> entryRows =
        analysis.productCohorts().rows().stream().filter(r -> r.clients() >= 2).toList();
    Optional<FactSheet.Product> entry =
        entryRows.size() < 2
            ? Optional.empty()
            : entryRows.stream()
                .max(
                    Comparator.comparingDouble(CohortRow::averageLtv)
                        .thenComparing(CohortRow::key, Comparator.reverseOrder()))
                .map(
                    r ->
                        new FactSheet.Product(product.apply(r.key()), r.clients(), r.averageLtv()));
    FactSheet.Growth growth =
        new FactSheet.Growth(
            analysis.abc().a().customers().size(),
            analysis.abc().a().revenueShare(),
            analysis.vipAtRisk().size(),
            vipTop,
            analysis.vipChurn().map(PrivacyFirewall::vipChurn),
            analysis.whales().whales().count(),
            analysis.whales().whales().totalLtv(),
            nbp,
            pairs,
            entry);

    List<CallListRow> calls = analysis.sales().callList();
    int[] priorities = new int[3];
    Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
    Map<Tone, Integer> tones = new EnumMap<>(Tone.class);
    int today = 0;
    for (CallListRow row : calls) {
      priorities[row.priority().ordinal()]++;
      today += row.today() ? 1 : 0;
      channels.merge(row.primary(), 1, Integer::sum);
      tones.merge(row.tone(), 1, Integer::sum);
    }
    List<CallGroup> groups = analysis.callGroups();
    List<FactSheet.Count> segments = new ArrayList<>();
    for (RfmSegment s : analysis.rfm().seedSegments()) {
      segments.add(new FactSheet.Count(s.key(), s.count()));
    }
    FactSheet.Roadmap roadmap =
        new FactSheet.Roadmap(
            calls.size(),
            priorities[0],
            priorities[1],
            priorities[2],
            today,
            analysis.options().sales().callsPerDay(),
            counts(channels),
            counts(tones),
            segments);

    Optional<FactSheet.Roi> roi = analysis.roi().map(PrivacyFirewall::roi);
    Optional<FactSheet.Discounts> discounts =
        analysis.finance().discountHarm().map(PrivacyFirewall::discounts);
    List<String> absent = analysis.absences().stream().map(Absence::widget).toList();
    return new FactSheet(
        context.locale(),
        analysis.base().currency(),
        clean(context.businessContext(), MAX_CONTEXT_CHARS),
        picture,
        risks,
        money,
        growth,
        roadmap,
        roi,
        discounts,
        lifecycle(analysis.lifecycle()),
        groups,
        absent);
  }

  private static FactSheet.Lifecycle lifecycle(CustomerLifecycle l) {
    List<FactSheet.Count> stages = new ArrayList<>();
    for (CustomerGroup g : l.stages()) {
      stages.add(new FactSheet.Count(g.key(), g.size()));
    }
    List<FactSheet.Count> warnings = new ArrayList<>();
    for (EarlyWarning w : l.earlyWarnings()) {
      warnings.add(new FactSheet.Count(w.key(), w.customers().size()));
    }
    Optional<RevenueGrowth> g = l.growth();
    return new FactSheet.Lifecycle(
        stages,
        g.map(RevenueGrowth::arpu).orElse(OptionalDouble.empty()),
        g.map(RevenueGrowth::existingCustomers).orElse(0),
        g.map(RevenueGrowth::arpuNow).orElse(OptionalDouble.empty()),
        g.map(RevenueGrowth::arpuBefore).orElse(OptionalDouble.empty()),
        g.map(RevenueGrowth::arpuGrowth).orElse(OptionalDouble.empty()),
        g.map(RevenueGrowth::upsellShare).orElse(OptionalDouble.empty()),
        warnings);
  }

  private static FactSheet.Discounts discounts(Finance.DiscountHarm h) {
    List<FactSheet.DiscountEffect> effects = new ArrayList<>();
    for (Finance.DiscountEffect e : h.effects()) {
      effects.add(
          new FactSheet.DiscountEffect(
              e.metric(),
              e.sensitive(),
              e.others(),
              e.interval().low(),
              e.interval().high(),
              e.p(),
              e.interval().excludesZero()));
    }
    return new FactSheet.Discounts(h.group(DiscountProfile.Kind.SENSITIVE).count(), effects);
  }

  private static String localProduct(String name) {
    String t = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
    return t.length() <= MAX_PRODUCT_CHARS ? t : t.substring(0, MAX_PRODUCT_CHARS).strip() + "…";
  }

  private static FactSheet.Roi roi(RoiResult r) {
    OptionalDouble pct = r.roiPercent();
    return new FactSheet.Roi(
        r.inputs().touchBase(),
        r.inputs().costPerTouch(),
        r.inputs().conversion(),
        r.inputs().averageCheck(),
        r.returningCustomers(),
        r.touchBudget(),
        r.revenue(),
        r.netProfit(),
        pct,
        r.savingsVsAcquisition());
  }

  private static <E extends Enum<E>> List<FactSheet.Count> counts(Map<E, Integer> byKey) {
    List<FactSheet.Count> out = new ArrayList<>();
    byKey.forEach(
        (k, v) ->
            out.add(new FactSheet.Count(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), v)));
    out.sort(
        Comparator.comparingInt(FactSheet.Count::customers)
            .reversed()
            .thenComparing(FactSheet.Count::key));
    return out;
  }
}
