package dev.reactivator.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.reactivator.core.model.internal.Hyp2f1;
import org.junit.jupiter.api.Test;

/** The hypergeometric function against closed forms. */
class Hyp2f1Test {
  @Test
  void matchesClosedForms() {
    // 2F1(1, 1; 2; z) = −ln(1 − z) / z
    for (double z : new double[] {0.1, 0.5, 0.9, 0.99}) {
      assertEquals(
          -Math.log1p(-z) / z, Hyp2f1.value(1, 1, 2, z), 1e-12 * (1 - Math.log1p(-z)), "z = " + z);
    }
    // 2F1(a, b; b; z) = (1 − z)^−a
    assertEquals(Math.pow(1 - 0.7, -2.5), Hyp2f1.value(2.5, 3.1, 3.1, 0.7), 1e-10);
    // 2F1(−n, b; c; z) is a polynomial: 2F1(−2, 1; 1; z) = (1 − z)²
    assertEquals(0.09, Hyp2f1.value(-2, 1, 1, 0.7), 1e-14);
    assertEquals(1.0, Hyp2f1.value(3, 4, 5, 0), 0);
  }

  @Test
  void largeParametersStayFiniteInLogSpace() {
    Hyp2f1 h = new Hyp2f1().evaluate(1000.24, 1002.4, 2002.2, 0.95);
    assertTrue(h.converged());
    assertTrue(Double.isFinite(h.logAbs()) && h.logAbs() > 0);
    // Euler: 2F1(a,b;c;z) = (1−z)^(c−a−b) 2F1(c−a, c−b; c; z); with c = a + b the prefactor is 1
    Hyp2f1 direct = new Hyp2f1().evaluate(0.3, 0.4, 0.7, 0.3);
    Hyp2f1 euler = new Hyp2f1().evaluate(0.4, 0.3, 0.7, 0.3);
    assertEquals(direct.logAbs(), euler.logAbs(), 1e-14);
  }
}
