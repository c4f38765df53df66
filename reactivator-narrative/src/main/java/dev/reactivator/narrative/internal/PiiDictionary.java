package dev.reactivator.narrative.internal;

import dev.reactivator.core.base.CustomerBase;
import java.lang.ref.SoftReference;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every name, phone and e-mail address of a customer base, normalised so that they can be found in
 * any spelling: case, {@code ё}/{@code е}, punctuation and spacing are ignored for names and
 * addresses, and phones are compared by their last ten digits whatever the separators (anywhere in
 * a run of digits); a phone of five to nine digits only when a whole number in the text is exactly
 * it, so that short numbers do not turn every amount into a leak.
 *
 * <p>Names count only when they have at least three letters, so that initials and one-letter
 * placeholders do not make every text a leak.
 */
public final class PiiDictionary {

  /** What a masked customer name is replaced by in untrusted text. */
  public static final String NAME_MASK = "[client]";

  private static final int MAX_NAME_TOKENS = 8;
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 255;
  private static final int MIN_NAME_LETTERS = 3;
  private static final int MIN_TOKEN_LETTERS = 4;
  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "ооо",
          "зао",
          "оао",
          "пао",
          "нко",
          "ип",
          "ао",
          "llc",
          "inc",
          "ltd",
          "gmbh",
          "corp",
          "company",
          "компания",
          "группа",
          "group",
          "holding",
          "холдинг");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern DIGIT_RUN =
      Pattern.compile("\\p{N}(?:[\\s\\u00A0\\u2009\\u202F\\-\\u2010-\\u2015.()/+]{0,3}\\p{N})*");

  private final Set<String> names;
  private final Set<String> nameTokens;
  private final Set<String> emails;
  private final Map<String, Set<String>> localsByDomain;
  private final Set<String> emailSequences;
  private final Set<String> phones;
  private final Set<String> shortPhones;
  private final int maxTokens;

  /** Takes the sets as they are: they are built for this dictionary and never leave it. */
  private PiiDictionary(
      Set<String> names,
      Set<String> nameTokens,
      Set<String> emails,
      Set<String> emailSequences,
      Set<String> phones,
      Set<String> shortPhones) {
    this.names = names;
    this.nameTokens = nameTokens;
    this.emails = emails;
    Map<String, Set<String>> byDomain = new HashMap<>();
    for (String e : emails) {
      int at = e.lastIndexOf('@');
      if (at > 0 && at < e.length() - 1) {
        byDomain.computeIfAbsent(e.substring(at + 1), d -> new HashSet<>()).add(e.substring(0, at));
      }
    }
    this.localsByDomain = byDomain;
    this.emailSequences = emailSequences;
    this.phones = phones;
    this.shortPhones = shortPhones;
    int m = 1;
    for (String s : names) {
      m = Math.max(m, words(s));
    }
    for (String s : emailSequences) {
      m = Math.max(m, words(s));
    }
    this.maxTokens = Math.min(m, MAX_NAME_TOKENS * 2);
  }

  private static final Map<CustomerBase, SoftReference<PiiDictionary>> BUILT = new WeakHashMap<>();

  /**
   * The dictionary of every customer of {@code base}, built once per base and shared by the offline
   * writer, the LLM narrator and its fallback; held softly, so the reports that follow can reclaim
   * its memory (it is then rebuilt if asked for again).
   */
  public static PiiDictionary of(CustomerBase base) {
    Objects.requireNonNull(base, "base");
    synchronized (BUILT) {
      SoftReference<PiiDictionary> ref = BUILT.get(base);
      PiiDictionary d = ref == null ? null : ref.get();
      if (d == null) {
        d = build(base);
        BUILT.put(base, new SoftReference<>(d));
      }
      return d;
    }
  }

  /**
   * Reads each customer's name, phones and e-mails from the base's columns (no profile is built: a
   * profile copies the customer's purchases).
   */
  private static PiiDictionary build(CustomerBase base) {
    Set<String> names = new HashSet<>();
    Set<String> tokens = new HashSet<>();
    Set<String> emails = new HashSet<>();
    Set<String> emailSequences = new HashSet<>();
    Set<String> phones = new HashSet<>();
    Set<String> shortPhones = new HashSet<>();
    for (int c = 0; c < base.size(); c++) {
      base.name(c).ifPresent(n -> addName(n, names, tokens));
      for (String e : base.emails(c)) {
        String lower = e.strip().toLowerCase(Locale.ROOT);
        if (!lower.isEmpty()) {
          emails.add(lower);
          String seq = normalize(lower);
          if (!seq.isEmpty()) {
            emailSequences.add(seq);
          }
        }
      }
      for (String ph : base.phones(c)) {
        phoneKey(ph).ifPresent(k -> (k.length() == 10 ? phones : shortPhones).add(k));
      }
    }
    return new PiiDictionary(names, tokens, emails, emailSequences, phones, shortPhones);
  }

  private static void addName(String name, Set<String> names, Set<String> tokens) {
    String n = normalize(name);
    if (letters(n) < MIN_NAME_LETTERS) {
      return;
    }
    String[] parts = n.split(" ");
    if (parts.length > MAX_NAME_TOKENS) {
      parts = java.util.Arrays.copyOf(parts, MAX_NAME_TOKENS);
      n = String.join(" ", parts);
    }
    names.add(n);
    if (parts.length > 1) {
      for (String t : parts) {
        if (letters(t) >= MIN_TOKEN_LETTERS
            && letters(t) == t.length()
            && !LEGAL_FORMS.contains(t)) {
          tokens.add(t);
        }
      }
    }
  }

  /**
   * Whether {@code text} could hold a phone or an e-mail address of any base: it has an {@code @}
   * or at least five digits. When not, {@link #findContactLeak} finds nothing whatever the base.
   */
  public static boolean mayHoldContact(String text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@' || Character.isDigit(c) && ++digits >= 5) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} could hold a name or a spelled-out address of any base: it has a letter, a
   * digit or a mark. When not, {@link #findNameLeak} and {@link #maskNames} find nothing whatever
   * the base.
   */
  public static boolean mayHoldName(String text) {
    return TOKEN.matcher(text).find();
  }

  /** Whether the base has no names, phones or e-mails at all. */
  public boolean isEmpty() {
    return names.isEmpty() && emails.isEmpty() && phones.isEmpty() && shortPhones.isEmpty();
  }

  /**
   * What kind of personal data of the base {@code text} contains, if any: {@code "a customer
   * name"}, {@code "a phone number"} or {@code "an e-mail address"}. Never the value itself.
   */
  public Optional<String> findLeak(String text) {
    return findContactLeak(text).or(() -> findNameLeak(text));
  }

  /**
   * Whether {@code text} contains a phone or an e-mail address of the base ({@code "a phone
   * number"}, {@code "an e-mail address"}), never the value itself.
   */
  public Optional<String> findContactLeak(String text) {
    Objects.requireNonNull(text, "text");
    String lower = text.toLowerCase(Locale.ROOT);
    if (!emails.isEmpty()) {
      for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
        if (emailAt(lower, at)) {
          return Optional.of("an e-mail address");
        }
      }
    }
    if (!phones.isEmpty() || !shortPhones.isEmpty()) {
      Matcher m = DIGIT_RUN.matcher(text);
      while (m.find()) {
        String d = ContactMasker.digits(m.group());
        if (shortPhones.contains(d)) {
          return Optional.of("a phone number");
        }
        for (int i = 0; i + 10 <= d.length(); i++) {
          if (phones.contains(d.substring(i, i + 10))) {
            return Optional.of("a phone number");
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether {@code text} contains a customer name of the base as whole words ({@code "a customer
   * name"}), or an address spelled out as words ({@code "an e-mail address"}).
   */
  public Optional<String> findNameLeak(String text) {
    Objects.requireNonNull(text, "text");
    List<Span> tokens = tokens(text);
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder seq = new StringBuilder();
      for (int k = 0; k < maxTokens && i + k < tokens.size(); k++) {
        if (k > 0) {
          seq.append(' ');
        }
        seq.append(tokens.get(i + k).norm);
        String s = seq.toString();
        if (names.contains(s)) {
          return Optional.of("a customer name");
        }
        if (emailSequences.contains(s)) {
          return Optional.of("an e-mail address");
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether an address of the base sits around the {@code @} at {@code at} of {@code lower}: any
   * tail of the characters before it joined to any head (ending before a dot) of those after it.
   */
  private boolean emailAt(String lower, int at) {
    int from = at;
    while (from > 0 && from > at - MAX_LOCAL && isEmailChar(lower.charAt(from - 1))) {
      from--;
    }
    int to = at + 1;
    while (to < lower.length() && to < at + 1 + MAX_DOMAIN && isEmailChar(lower.charAt(to))) {
      to++;
    }
    for (int end = to; end > at + 1; end--) {
      if (end != to && lower.charAt(end) != '.') {
        continue;
      }
      Set<String> locals = localsByDomain.get(lower.substring(at + 1, end));
      if (locals == null) {
        continue;
      }
      for (int start = from; start < at; start++) {
        if (locals.contains(lower.substring(start, at))) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isEmailChar(char c) {
    return Character.isLetterOrDigit(c)
        || c == '.'
        || c == '_'
        || c == '%'
        || c == '+'
        || c == '-'
        || c == '\''
        || c == '!'
        || c == '#'
        || c == '$'
        || c == '&'
        || c == '*'
        || c == '/'
        || c == '='
        || c == '?'
        || c == '^'
        || c == '`'
        || c == '{'
        || c == '|'
        || c == '}'
        || c == '~';
  }

  /**
   * {@code text} with every customer name of the base, and every distinctive word of a multi-word
   * name (four letters or more, legal forms such as {@code ООО} excepted), replaced by {@link
   * #NAME_MASK}. For untrusted text (the business context, product names).
   */
  public String maskNames(String text) {
    Objects.requireNonNull(text, "text");
    if (names.isEmpty()) {
      return text;
    }
    List<Span> tokens = tokens(text);
    boolean[] masked = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      StringBuilder seq = new StringBuilder();
      for (int k = 0; k < maxTokens && i + k < tokens.size(); k++) {
        if (k > 0) {
          seq.append(' ');
        }
        seq.append(tokens.get(i + k).norm);
        if (names.contains(seq.toString())) {
          for (int j = i; j <= i + k; j++) {
            masked[j] = true;
          }
        }
      }
      if (nameTokens.contains(tokens.get(i).norm)) {
        masked[i] = true;
      }
    }
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    int i = 0;
    while (i < tokens.size()) {
      if (!masked[i]) {
        i++;
        continue;
      }
      int j = i;
      while (j + 1 < tokens.size() && masked[j + 1]) {
        j++;
      }
      out.append(text, pos, tokens.get(i).start).append(NAME_MASK);
      pos = tokens.get(j).end;
      i = j + 1;
    }
    out.append(text, pos, text.length());
    return out.toString();
  }

  /**
   * The comparable form of a name: lower case, {@code ё} as {@code е}, words joined by one space.
   */
  public static String normalize(String s) {
    if (plain(s)) {
      return normalizePlain(s);
    }
    return normalizeByNormalizer(s);
  }

  /** {@link #normalize} through NFKC and {@link #TOKEN}, for any string. */
  static String normalizeByNormalizer(String s) {
    String n =
        Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace('ё', 'е');
    StringBuilder out = new StringBuilder(n.length());
    Matcher m = TOKEN.matcher(n);
    while (m.find()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(m.group());
    }
    return out.toString();
  }

  /**
   * Whether NFKC leaves {@code s} as it is and {@link #TOKEN}'s classes are plain to tell: every
   * character is printable ASCII or a Cyrillic letter of U+0400–U+045F (no combining mark, no
   * compatibility character).
   */
  static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(c >= 0x20 && c < 0x7F || c >= 0x0400 && c <= 0x045F)) {
        return false;
      }
    }
    return true;
  }

  /** {@link #normalize} of a {@link #plain} string, without the normaliser and the regex. */
  private static String normalizePlain(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean inToken = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean word = c >= 0x0400 || Character.isLetterOrDigit(c);
      if (word) {
        if (!inToken && out.length() > 0) {
          out.append(' ');
        }
        char lower = Character.toLowerCase(c);
        out.append(lower == 'ё' ? 'е' : lower);
      }
      inToken = word;
    }
    return out.toString();
  }

  /**
   * The phone key compared: the last ten digits, or all of them for shorter numbers (five to nine).
   */
  static Optional<String> phoneKey(String phone) {
    String d = ContactMasker.digits(phone);
    if (d.length() >= 10) {
      return Optional.of(d.substring(d.length() - 10));
    }
    return d.length() >= 5 ? Optional.of(d) : Optional.empty();
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      n += s.charAt(i) == ' ' ? 1 : 0;
    }
    return n;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private record Span(int start, int end, String norm) {}

  private static List<Span> tokens(String text) {
    List<Span> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      String norm =
          Normalizer.normalize(m.group(), Normalizer.Form.NFKC)
              .toLowerCase(Locale.ROOT)
              .replace('ё', 'е');
      out.add(new Span(m.start(), m.end(), norm));
    }
    return out;
  }
}
