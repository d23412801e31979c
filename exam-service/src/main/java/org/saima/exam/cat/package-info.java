/**
 * The adaptive leadership test (人机对话) as pure code: no I/O, no clock, no hidden randomness.
 *
 * <ul>
 *   <li>{@code model}: IRT item models (3PL/2PL, graded response), items, scenarios with their
 *       branching map and its validation, the item bank.</li>
 *   <li>{@code estimate}: the quadrature grid and prior, log-likelihoods, EAP θ̂ and SE.</li>
 *   <li>{@code select}: content balancing across dimensions, maximum-information ranking with
 *       randomesque exposure control.</li>
 *   <li>{@code session}: the test definition, stopping rules and the session engine
 *       ({@link org.saima.exam.cat.session.AdaptiveTest}); a session is rebuilt from
 *       (definition, bank, seed, responses).</li>
 *   <li>{@code report}: T-scores, percentiles and the stage score.</li>
 *   <li>{@code calibrate}: Bock–Aitkin marginal maximum likelihood for 2PL and GRM items.</li>
 *   <li>{@code sim}: the {@code Simulate} and {@code Recover} commands (docs/cat-simulation.md,
 *       docs/cat-calibration.md).</li>
 *   <li>{@code math}: SplitMix64, the normal distribution, the logistic function.</li>
 * </ul>
 */
package org.saima.exam.cat;
