/**
 * Reactivator core: the typed model, features, models, scores and segments behind the fluent {@code
 * Reactivator} façade, and the transaction-source SPI. Packages named {@code internal} are not
 * exported.
 *
 * @uses dev.reactivator.core.spi.TransactionSourceProvider
 */
module dev.reactivator.core {
  requires commons.math3;
  requires ejml.core;
  requires ejml.ddense;
  requires org.slf4j;

  exports dev.reactivator.core;
  exports dev.reactivator.core.base;
  exports dev.reactivator.core.data;
  exports dev.reactivator.core.features;
  exports dev.reactivator.core.model;
  exports dev.reactivator.core.model.evaluation;
  exports dev.reactivator.core.score;
  exports dev.reactivator.core.segment;
  exports dev.reactivator.core.segment.abc;
  exports dev.reactivator.core.segment.analytics;
  exports dev.reactivator.core.segment.cohort;
  exports dev.reactivator.core.segment.drivers;
  exports dev.reactivator.core.segment.finance;
  exports dev.reactivator.core.segment.lifecycle;
  exports dev.reactivator.core.segment.nbp;
  exports dev.reactivator.core.segment.overview;
  exports dev.reactivator.core.segment.rfm;
  exports dev.reactivator.core.segment.sales;
  exports dev.reactivator.core.segment.whales;
  exports dev.reactivator.core.segment.widget;
  exports dev.reactivator.core.spi;

  uses dev.reactivator.core.spi.TransactionSourceProvider;
}
