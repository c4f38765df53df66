package dev.reactivator.core;

import dev.reactivator.core.features.PeriodUnit;
import dev.reactivator.core.internal.JsonText;
import dev.reactivator.core.internal.Messages;
import dev.reactivator.core.model.BgNbdParameters;
import dev.reactivator.core.model.FitAttempt;
import dev.reactivator.core.model.FitQuality;
import dev.reactivator.core.model.FittedModels;
import dev.reactivator.core.model.GammaGammaParameters;
import dev.reactivator.core.model.ModelKind;
import dev.reactivator.core.model.NextPurchaseModel;
import dev.reactivator.core.model.ParameterEstimate;
import dev.reactivator.core.model.PurchaseModelFit;
import dev.reactivator.core.model.SpendModelFit;
import dev.reactivator.core.model.SupervisedLayer;
import dev.reactivator.core.model.SupervisedValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Saves {@link FittedModels} as a versioned JSON document and reads them back, so that a base can
 * be scored later without refitting ({@link
 * ScoreStage#score(dev.reactivator.core.score.ScoringOptions, FittedModels)}): every number
 * round-trips exactly, so the same data give bit-identical scores. The schema is in {@code
 * docs/saved-models.md}. Core has no JSON library: this fixed schema is written and read by a small
 * codec of its own.
 */
public final class SavedModels {
  /** The {@code format} field of every saved-models document. */
  public static final String FORMAT = "reactivator-models";

  /** The major version written; a document with a higher major version is refused. */
  public static final int MAJOR = 1;

  /** The minor version written; newer minor versions only add fields, which are ignored. */
  public static final int MINOR = 1;

  private SavedModels() {}

  /**
   * The models as a JSON document.
   *
   * @param models the models
   * @return the document
   */
  public static String toJson(FittedModels models) {
    Objects.requireNonNull(models, "models");
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("format", FORMAT);
    doc.put("version", MAJOR + "." + MINOR);
    doc.put("purchases", purchases(models.purchases()));
    doc.put("spend", spend(models.spend()));
    doc.put("supervised", models.supervised().map(SavedModels::layer).orElse(null));
    doc.put("supervisedNote", models.supervisedNote());
    doc.put("nextPurchase", models.nextPurchase().map(SavedModels::nextPurchase).orElse(null));
    return JsonText.write(doc);
  }

  /**
   * Writes the models to {@code file} (UTF-8).
   *
   * @param models the models
   * @param file the file to write, replaced if it exists
   * @param locale the language of an error message
   * @throws ModelFileException if the file cannot be written
   */
  public static void write(FittedModels models, Path file, Locale locale) {
    try {
      Files.writeString(file, toJson(models), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModelFileException(Messages.get(locale, "model.file.io", file, e.getMessage()), e);
    }
  }

  /**
   * Reads models written by {@link #write}.
   *
   * @param file the file
   * @param locale the language of an error message
   * @return the models
   * @throws ModelFileException if the file cannot be read, is not a models file, has a newer major
   *     version or a missing or invalid field
   */
  public static FittedModels read(Path file, Locale locale) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ModelFileException(Messages.get(locale, "model.file.io", file, e.getMessage()), e);
    }
    return fromJson(text, file.toString(), locale);
  }

  /**
   * Reads models from a JSON document.
   *
   * @param json the document
   * @param source the name of the document in an error message
   * @param locale the language of an error message
   * @return the models
   * @throws ModelFileException if it is not a models document, has a newer major version or a
   *     missing or invalid field
   */
  public static FittedModels fromJson(String json, String source, Locale locale) {
    Reader r = new Reader(source, locale);
    Object tree;
    try {
      tree = JsonText.parse(json);
    } catch (JsonText.MalformedException e) {
      throw new ModelFileException(
          Messages.get(locale, "model.file.malformed", source, e.getMessage()), e);
    }
    if (!(tree instanceof Map<?, ?> doc) || !FORMAT.equals(doc.get("format"))) {
      throw new ModelFileException(Messages.get(locale, "model.file.format", source));
    }
    String version = r.string(doc, "version");
    int major;
    try {
      major = Integer.parseInt(version.substring(0, version.indexOf('.')));
    } catch (RuntimeException e) {
      throw r.invalid("version");
    }
    if (major > MAJOR) {
      throw new ModelFileException(
          Messages.get(locale, "model.file.version", source, version, MAJOR + "." + MINOR));
    }
    try {
      Map<?, ?> s = r.map(doc, "supervised", true);
      // added in 1.1: a 1.0 file has no transitions, and the segment stage fits them
      Map<?, ?> np = doc.containsKey("nextPurchase") ? r.map(doc, "nextPurchase", true) : null;
      return new FittedModels(
          r.purchases(r.map(doc, "purchases", false)),
          r.spend(r.map(doc, "spend", false)),
          s == null ? Optional.empty() : Optional.of(r.layer(s)),
          r.string(doc, "supervisedNote"),
          np == null ? Optional.empty() : Optional.of(r.nextPurchase(np)));
    } catch (IllegalArgumentException e) {
      throw new ModelFileException(
          Messages.get(locale, "model.file.malformed", source, e.getMessage()), e);
    }
  }

  private static Map<String, Object> purchases(PurchaseModelFit p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", p.kind().name());
    m.put("unit", p.unit().name());
    BgNbdParameters q = p.parameters();
    m.put("parameters", numbers("r", q.r(), "alpha", q.alpha(), "a", q.a(), "b", q.b()));
    m.put("estimates", estimates(p.estimates()));
    m.put("logLikelihood", p.logLikelihood());
    m.put("iterations", p.iterations());
    m.put("converged", p.converged());
    m.put("quality", p.quality().name());
    m.put("reason", p.reason());
    m.put("customers", p.customers());
    m.put("repeatCustomers", p.repeatCustomers());
    List<Object> attempts = new ArrayList<>();
    for (FitAttempt a : p.attempts()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("kind", a.kind().name());
      t.put("penalty", a.penalty());
      t.put("logLikelihood", a.logLikelihood());
      t.put("quality", a.quality().name());
      t.put("reason", a.reason());
      attempts.add(t);
    }
    m.put("attempts", attempts);
    return m;
  }

  private static Map<String, Object> spend(SpendModelFit s) {
    Map<String, Object> m = new LinkedHashMap<>();
    GammaGammaParameters q = s.parameters();
    m.put("parameters", numbers("p", q.p(), "q", q.q(), "v", q.v()));
    m.put("estimates", estimates(s.estimates()));
    m.put("logLikelihood", s.logLikelihood());
    m.put("iterations", s.iterations());
    m.put("converged", s.converged());
    m.put("quality", s.quality().name());
    m.put("reason", s.reason());
    m.put("customers", s.customers());
    m.put("populationMean", s.populationMean());
    return m;
  }

  private static Map<String, Object> nextPurchase(NextPurchaseModel m) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("alpha", m.alpha());
    out.put("products", new ArrayList<Object>(m.products()));
    List<Object> t = new ArrayList<>();
    for (NextPurchaseModel.Transition x : m.transitions()) {
      t.add(List.<Object>of(x.from(), x.to(), x.count()));
    }
    out.put("transitions", t);
    out.put("nextOrders", new ArrayList<Object>(m.nextOrders()));
    return out;
  }

  private static Map<String, Object> layer(SupervisedLayer l) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("features", new ArrayList<Object>(l.features()));
    m.put("means", new ArrayList<Object>(l.means()));
    m.put("scales", new ArrayList<Object>(l.scales()));
    m.put("weights", new ArrayList<Object>(l.weights()));
    SupervisedValidation v = l.validation();
    Map<String, Object> t = new LinkedHashMap<>();
    t.put("cutoffDay", v.cutoffDay());
    t.put("windowDays", v.windowDays());
    t.put("trainingCustomers", v.trainingCustomers());
    t.put("validationCustomers", v.validationCustomers());
    t.put("penalty", v.penalty());
    t.put("btydLogLoss", v.btydLogLoss());
    t.put("supervisedLogLoss", v.supervisedLogLoss());
    t.put("btydAuc", v.btydAuc());
    t.put("supervisedAuc", v.supervisedAuc());
    t.put("btydCalibrationError", v.btydCalibrationError());
    t.put("supervisedCalibrationError", v.supervisedCalibrationError());
    t.put("supervisedChosen", v.supervisedChosen());
    m.put("validation", t);
    return m;
  }

  private static List<Object> estimates(List<ParameterEstimate> estimates) {
    List<Object> out = new ArrayList<>();
    for (ParameterEstimate e : estimates) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name());
      m.put("value", e.value());
      e.standardError().ifPresent(v -> m.put("standardError", v));
      e.lower95().ifPresent(v -> m.put("lower95", v));
      e.upper95().ifPresent(v -> m.put("upper95", v));
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> numbers(Object... pairs) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((String) pairs[i], pairs[i + 1]);
    }
    return m;
  }

  /** Reads the fields of the document, naming the missing or invalid one. */
  private static final class Reader {
    private final String source;
    private final Locale locale;

    Reader(String source, Locale locale) {
      this.source = source;
      this.locale = locale;
    }

    ModelFileException invalid(String field) {
      return new ModelFileException(
          Messages.get(locale, "model.file.field", source, field, "missing or invalid"));
    }

    Object get(Map<?, ?> m, String key) {
      if (!m.containsKey(key)) {
        throw invalid(key);
      }
      return m.get(key);
    }

    Map<?, ?> map(Map<?, ?> m, String key, boolean nullable) {
      Object v = get(m, key);
      if (v == null && nullable) {
        return null;
      }
      if (v instanceof Map<?, ?> r) {
        return r;
      }
      throw invalid(key);
    }

    List<?> list(Map<?, ?> m, String key) {
      if (get(m, key) instanceof List<?> l) {
        return l;
      }
      throw invalid(key);
    }

    String string(Map<?, ?> m, String key) {
      if (get(m, key) instanceof String s) {
        return s;
      }
      throw invalid(key);
    }

    double number(Map<?, ?> m, String key) {
      return number(get(m, key), key);
    }

    double number(Object v, String key) {
      if (v instanceof Double d) {
        return d;
      }
      if (v instanceof String s) {
        switch (s) {
          case "NaN":
            return Double.NaN;
          case "Infinity":
            return Double.POSITIVE_INFINITY;
          case "-Infinity":
            return Double.NEGATIVE_INFINITY;
          default:
            break;
        }
      }
      throw invalid(key);
    }

    int integer(Map<?, ?> m, String key) {
      double d = number(m, key);
      if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
        throw invalid(key);
      }
      return (int) d;
    }

    boolean bool(Map<?, ?> m, String key) {
      if (get(m, key) instanceof Boolean b) {
        return b;
      }
      throw invalid(key);
    }

    NextPurchaseModel nextPurchase(Map<?, ?> m) {
      List<String> products = new ArrayList<>();
      for (Object o : list(m, "products")) {
        if (!(o instanceof String name)) {
          throw invalid("nextPurchase.products");
        }
        products.add(name);
      }
      List<NextPurchaseModel.Transition> transitions = new ArrayList<>();
      for (Object o : list(m, "transitions")) {
        if (!(o instanceof List<?> t) || t.size() != 3) {
          throw invalid("nextPurchase.transitions");
        }
        transitions.add(
            new NextPurchaseModel.Transition(
                whole(t.get(0), "nextPurchase.transitions"),
                whole(t.get(1), "nextPurchase.transitions"),
                whole(t.get(2), "nextPurchase.transitions")));
      }
      List<Integer> nextOrders = new ArrayList<>();
      for (Object o : list(m, "nextOrders")) {
        nextOrders.add(whole(o, "nextPurchase.nextOrders"));
      }
      return NextPurchaseModel.of(products, number(m, "alpha"), transitions, nextOrders);
    }

    int whole(Object v, String key) {
      double d = number(v, key);
      if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
        throw invalid(key);
      }
      return (int) d;
    }

    <E extends Enum<E>> E constant(Map<?, ?> m, String key, Class<E> type) {
      try {
        return Enum.valueOf(type, string(m, key));
      } catch (IllegalArgumentException e) {
        throw invalid(key);
      }
    }

    List<Double> numbers(Map<?, ?> m, String key) {
      List<Double> out = new ArrayList<>();
      for (Object o : list(m, key)) {
        out.add(number(o, key));
      }
      return out;
    }

    List<ParameterEstimate> estimates(Map<?, ?> m) {
      List<ParameterEstimate> out = new ArrayList<>();
      for (Object o : list(m, "estimates")) {
        if (!(o instanceof Map<?, ?> e)) {
          throw invalid("estimates");
        }
        out.add(
            new ParameterEstimate(
                string(e, "name"),
                number(e, "value"),
                optional(e, "standardError"),
                optional(e, "lower95"),
                optional(e, "upper95")));
      }
      return out;
    }

    OptionalDouble optional(Map<?, ?> m, String key) {
      return m.containsKey(key) ? OptionalDouble.of(number(m, key)) : OptionalDouble.empty();
    }

    PurchaseModelFit purchases(Map<?, ?> m) {
      Map<?, ?> p = map(m, "parameters", false);
      List<FitAttempt> attempts = new ArrayList<>();
      for (Object o : list(m, "attempts")) {
        if (!(o instanceof Map<?, ?> a)) {
          throw invalid("attempts");
        }
        attempts.add(
            new FitAttempt(
                constant(a, "kind", ModelKind.class),
                number(a, "penalty"),
                number(a, "logLikelihood"),
                constant(a, "quality", FitQuality.class),
                string(a, "reason")));
      }
      return new PurchaseModelFit(
          constant(m, "kind", ModelKind.class),
          constant(m, "unit", PeriodUnit.class),
          new BgNbdParameters(number(p, "r"), number(p, "alpha"), number(p, "a"), number(p, "b")),
          estimates(m),
          number(m, "logLikelihood"),
          integer(m, "iterations"),
          bool(m, "converged"),
          constant(m, "quality", FitQuality.class),
          string(m, "reason"),
          integer(m, "customers"),
          integer(m, "repeatCustomers"),
          attempts);
    }

    SpendModelFit spend(Map<?, ?> m) {
      Map<?, ?> p = map(m, "parameters", false);
      return new SpendModelFit(
          new GammaGammaParameters(number(p, "p"), number(p, "q"), number(p, "v")),
          estimates(m),
          number(m, "logLikelihood"),
          integer(m, "iterations"),
          bool(m, "converged"),
          constant(m, "quality", FitQuality.class),
          string(m, "reason"),
          integer(m, "customers"),
          number(m, "populationMean"));
    }

    SupervisedLayer layer(Map<?, ?> m) {
      List<String> features = new ArrayList<>();
      for (Object o : list(m, "features")) {
        if (!(o instanceof String s)) {
          throw invalid("features");
        }
        features.add(s);
      }
      Map<?, ?> v = map(m, "validation", false);
      SupervisedValidation validation =
          new SupervisedValidation(
              integer(v, "cutoffDay"),
              integer(v, "windowDays"),
              integer(v, "trainingCustomers"),
              integer(v, "validationCustomers"),
              number(v, "penalty"),
              number(v, "btydLogLoss"),
              number(v, "supervisedLogLoss"),
              number(v, "btydAuc"),
              number(v, "supervisedAuc"),
              number(v, "btydCalibrationError"),
              number(v, "supervisedCalibrationError"),
              bool(v, "supervisedChosen"));
      return SupervisedLayer.of(
          features, numbers(m, "means"), numbers(m, "scales"), numbers(m, "weights"), validation);
    }
  }
}
